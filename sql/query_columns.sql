-- Functions that run the caller's query check its columns before reading a
-- value: wrong column counts, names and types are clear errors naming the
-- column and the type expected (42804, 42703), never a crash or an internal
-- error; NULL values and zero rows are handled.
SET search_path = enroll, public;
\set SHOW_CONTEXT never
\set ON_ERROR_STOP 0

-- fs_estimate: (pattern smallint[] or integer[], n bigint), by position.
-- A scalar, bytea or text first column was read as an array (a crash, a
-- read out of bounds, an internal error).
SELECT fs_estimate('SELECT 1::bigint, 2::bigint', '{2,2}', 1, 0.5, 0.5);
SELECT fs_estimate('SELECT ''\x0102''::bytea, 2::bigint', '{2,2}', 1, 0.5, 0.5);
SELECT fs_estimate('SELECT ''{1,0}''::text, 2::bigint', '{2,2}', 1, 0.5, 0.5);
SELECT fs_estimate('SELECT ARRAY[1, 0], 2.5', '{2,2}');
SELECT fs_estimate('SELECT ARRAY[1, 0]::bigint[], 2::bigint', '{2,2}');
SELECT fs_estimate('SELECT ARRAY[1, 0]', '{2,2}');
SELECT fs_estimate('SELECT ARRAY[1, 0], 2, 3', '{2,2}');
SELECT fs_estimate('SELECT ARRAY[1, 0], 2; SELECT ARRAY[1, 0], 2', '{2,2}');
SELECT fs_estimate('SELECT ARRAY[1, 0], 2::bigint WHERE false', '{2,2}');
-- NULL patterns and counts are skipped; only NULLs is no pairs
SELECT fs_estimate('SELECT NULL::int[], 2::bigint UNION ALL SELECT ARRAY[1, 0], NULL', '{2,2}');
\set ON_ERROR_STOP 1
-- n may be any integer type; NULL rows are skipped
SELECT fs_estimate('SELECT ARRAY[1, 0]::smallint[], 5 UNION ALL SELECT NULL, 1 UNION ALL SELECT ARRAY[0, 0]::smallint[], 50::smallint', '{2,2}') ->> 'pairs' AS pairs;
\set ON_ERROR_STOP 0

-- connected_components: (a, b) of integer types, by position.
SELECT * FROM connected_components('SELECT ''x''::text, 1');
SELECT * FROM connected_components('SELECT 1, ''\x01''::bytea');
SELECT * FROM connected_components('SELECT ARRAY[1], 2');

-- compare_registers, dedupe, dedupe_links: columns by name, each read
-- through a cast to its type (bigint, text, text, date, smallint, and
-- region bigint), so a type without such a cast is named.
SELECT * FROM dedupe('SELECT point(1, 2) AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1 AS sex');
SELECT * FROM dedupe('SELECT 1 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, 19900101 AS birth_date, 1 AS sex');
SELECT * FROM dedupe('SELECT 1 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, true AS sex');
SELECT * FROM dedupe('SELECT 1 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1 AS sex, point(0, 0) AS region', region_level => 'county');
SELECT * FROM dedupe('SELECT 1 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1 AS sex', region_level => 'county');
SELECT * FROM dedupe('SELECT 1 AS rec_id, 2 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1 AS sex');
SELECT * FROM dedupe('SELECT 1 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1 AS sex; SELECT 1');
SELECT * FROM dedupe_links('SELECT ''{1}''::int[] AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1 AS sex');
SELECT * FROM compare_registers('SELECT 1 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1 AS sex',
                                'SELECT 1 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, ''1990-01-01''::timestamp::time AS birth_date, 1 AS sex');
-- a value that does not cast is a data error of the caller's query
SELECT * FROM dedupe('SELECT ''abc''::text AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1 AS sex');
\set ON_ERROR_STOP 1
-- types with a cast are read through it; NULLs everywhere but rec_id are allowed; zero rows give none
SELECT rec_id, cluster_id, reason FROM dedupe($$SELECT 1::int AS rec_id, 11010519491231002 AS id_number, '王伟'::varchar AS name,
                                                 '1990-01-01'::timestamp AS birth_date, 1::bigint AS sex
                                          UNION ALL SELECT 2, NULL, NULL, NULL, NULL$$) ORDER BY rec_id;
SELECT count(*) FROM compare_registers('SELECT 1 AS rec_id, NULL AS id_number, NULL AS name, NULL AS birth_date, NULL AS sex WHERE false',
                                       'SELECT 1 AS rec_id, NULL AS id_number, NULL AS name, NULL AS birth_date, NULL AS sex WHERE false');
\set ON_ERROR_STOP 0

-- coverage_report and linkage_records (SQL) check through query_columns_check.
SELECT * FROM coverage_report('SELECT point(0, 0) AS region, true AS registered, NULL::insset AS insurances, true AS eligible');
SELECT * FROM coverage_report('SELECT 610802 AS region, true AS registered, NULL::insset AS insurances');
SELECT * FROM coverage_report('SELECT 610802 AS region, true AS registered, 1.5 AS insurances, true AS eligible');
SELECT linkage_records('SELECT 1 AS rec_id, ''x'' AS id_number, ''王伟'' AS name, 1 AS birth_date, 1 AS sex', 'work', 'my_caller');
SELECT query_columns_check('SELECT 1 AS a', 'me', 'q', ARRAY['a', 'b'], ARRAY['int']::regtype[]);
CREATE TEMP TABLE t (a int);
SELECT query_columns_check('INSERT INTO t VALUES (1)', 'me', 'q', ARRAY['a'], ARRAY['int']::regtype[]);
SELECT query_columns_check('SELECT nonsense FROM t', 'me', 'q', ARRAY['a'], ARRAY['int']::regtype[]);
\set ON_ERROR_STOP 1
SELECT query_columns_check('SELECT 1 AS a, ''x'' AS b', 'me', 'q', ARRAY['b', 'a'], ARRAY['text', 'bigint']::regtype[]) AS passes;
