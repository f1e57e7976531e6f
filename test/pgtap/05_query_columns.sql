-- pgTAP: every function that runs the caller's query checks its columns
-- (SQLSTATE 42804 for a wrong type or count, 42703 for a missing column).
BEGIN;
SET search_path = enroll, public;
SELECT plan(24);
SELECT throws_ok($$SELECT fs_estimate('SELECT 1::bigint, 2::bigint', '{2,2}', 1, 0.5, 0.5)$$, '42804',
                 NULL,
                 'fs_estimate: a scalar pattern column (was a crash)');
SELECT throws_ok($$SELECT fs_estimate('SELECT ''\x01''::bytea, 2::bigint', '{2,2}')$$, '42804', NULL,
                 'fs_estimate: a bytea pattern column (was a read out of bounds)');
SELECT throws_ok($$SELECT fs_estimate('SELECT ''{1,0}''::text, 2::bigint', '{2,2}')$$, '42804', NULL,
                 'fs_estimate: a text pattern column (was an internal error)');
SELECT throws_ok($$SELECT fs_estimate('SELECT ARRAY[1, 0], 2.5', '{2,2}')$$, '42804',
                 NULL, 'fs_estimate: a numeric count');
SELECT throws_ok($$SELECT fs_estimate('SELECT ARRAY[1, 0]', '{2,2}')$$, '42804', NULL, 'fs_estimate: one column');
SELECT throws_ok($$SELECT fs_estimate('SELECT ARRAY[1, 0], 2; SELECT 1', '{2,2}')$$, '22023', NULL, 'fs_estimate: two statements');
SELECT throws_ok($$SELECT * FROM connected_components('SELECT ''x''::text, 1')$$, '42804', NULL, 'connected_components: a text node');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT point(1, 2) AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1 AS sex')$$,
                 '42804', NULL, 'dedupe: rec_id of a type without a cast');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT 1 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, 19900101 AS birth_date, 1 AS sex')$$,
                 '42804', NULL, 'dedupe: an integer birth date');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT 1 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1 AS sex', region_level => 'county')$$,
                 '42703', NULL, 'dedupe: region missing with region_level');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT 1 AS rec_id, 2 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1 AS sex')$$,
                 '42702', NULL, 'dedupe: two columns of one name');
SELECT throws_ok($$SELECT * FROM dedupe_links('SELECT ''{1}''::int[] AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1 AS sex')$$,
                 '42804', NULL, 'dedupe_links: an array rec_id');
SELECT throws_ok($$SELECT * FROM compare_registers('SELECT 1 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, true AS sex', 'SELECT 1')$$,
                 '42804', 'column sex of insured_sql has type boolean, expected smallint', 'compare_registers: a boolean sex');
SELECT throws_ok($$SELECT * FROM compare_registers('SELECT 1 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1 AS sex', 'SELECT 1')$$,
                 '42703', NULL, 'compare_registers: household_sql without the columns');
SELECT throws_ok($$SELECT * FROM coverage_report('SELECT point(0, 0) AS region, true AS registered, NULL::insset AS insurances, true AS eligible')$$,
                 '42804', NULL, 'coverage_report: a point region');
SELECT throws_ok($$SELECT * FROM coverage_report('SELECT 610802 AS region, true AS registered, NULL::insset AS insurances')$$,
                 '42703', NULL, 'coverage_report: eligible missing');
SELECT throws_ok($$SELECT linkage_records('SELECT 1 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, 1 AS birth_date, 1 AS sex', 'work', 'my_caller')$$,
                 '42804', NULL, 'linkage_records: an integer birth date');
SELECT lives_ok($$SELECT * FROM dedupe('SELECT 1::int AS rec_id, NULL AS id_number, NULL AS name, NULL AS birth_date, NULL AS sex')$$,
                'NULL columns (text) are read through their casts');
SELECT throws_ok($$SELECT query_columns_check('SELECT 1 AS a', 'me', 'q', ARRAY['a', 'b'], ARRAY['int']::regtype[])$$,
                 '2202E', NULL, 'query_columns_check: names and types differ in number');
SELECT throws_ok($$SELECT query_columns_check('SELECT 1 AS a', 'me', 'q', ARRAY[NULL], ARRAY['int']::regtype[])$$,
                 '22004', 'column names must not be null', 'query_columns_check: a NULL name');
SELECT throws_ok($$SELECT query_columns_check('SELECT 1 AS a', 'me', 'q', ARRAY['a'], ARRAY[NULL]::regtype[])$$,
                 '22004', 'column types must not be null', 'query_columns_check: a NULL type');
SELECT throws_ok($$SELECT fs_estimate('SELECT ARRAY[1, 0], 2', '{2,2}', 0)$$, '22023', 'max_iterations must be at least 1', 'fs_estimate: max_iterations 0');
SELECT throws_ok($$SELECT fs_estimate('SELECT ARRAY[1, 0], 2', '{2,2}', 10, 0)$$, '22023', 'tolerance must be greater than 0', 'fs_estimate: tolerance 0');
SELECT throws_ok($$SELECT fs_estimate('SELECT ARRAY[1, 0], 2', '{2,2}', 10, 0.001, 0)$$, '22023', 'prior must be in (0, 1), not 0', 'fs_estimate: prior 0');

SELECT * FROM finish();
ROLLBACK;
