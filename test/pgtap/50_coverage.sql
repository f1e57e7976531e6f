-- pgTAP: insurance types, insset, coverage aggregates and the report.
BEGIN;
SET search_path = enroll, public;
SELECT plan(47);

SELECT has_table('enroll', 'insurance_type', 'insurance types table');
SELECT is((SELECT count(*)::int FROM insurance_type), 12, 'twelve AAE140 codes');
SELECT is((SELECT array_agg(code ORDER BY code) FROM insurance_type WHERE basic AND category = 'pension'),
          ARRAY[110, 120, 170]::smallint[], 'basic pension schemes');
SELECT has_type('enroll', 'insset', 'insset type');
SELECT has_type('enroll', 'coverage_state', 'coverage_state type');
SELECT has_type('enroll', 'insurance_coverage', 'insurance_coverage type');
SELECT has_type('enroll', 'coverage_result', 'coverage_result composite');
SELECT is((SELECT typlen::int FROM pg_type WHERE oid = 'enroll.insset'::regtype), 4, 'insset is 4 bytes');
SELECT has_opclass('enroll', 'insset_ops', 'insset btree opclass');
SELECT has_opclass('enroll', 'insset_hash_ops', 'insset hash opclass');

-- Aggregates: combine function, own state type, parallel safe (the
-- coverage aggregates; linkage_dedupe_stratum, dedupe's round on the
-- workers, runs whole per stratum and holds records: no combine function).
SELECT is((SELECT count(*)::int FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
           WHERE p.pronamespace = 'enroll'::regnamespace), 7, 'seven aggregates');
SELECT is((SELECT count(*)::int FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
           WHERE p.pronamespace = 'enroll'::regnamespace AND p.proname <> 'linkage_dedupe_stratum'
             AND (a.aggcombinefn = 0 OR a.aggtranstype = 'internal'::regtype OR p.proparallel <> 's')), 0,
          'every aggregate has a combine function, a real state type and is PARALLEL SAFE');
SELECT function_returns('enroll', 'coverage_of', ARRAY['insurance_coverage', 'text'], 'coverage_result');
SELECT function_returns('enroll', 'wilson_interval', ARRAY['bigint', 'bigint', 'double precision'], 'double precision[]');
SELECT volatility_is('enroll', 'in_denominator', ARRAY['text', 'integer', 'text[]', 'boolean'], 'immutable');
SELECT volatility_is('enroll', 'age_on', ARRAY['date', 'date'], 'immutable');
SELECT volatility_is('enroll', 'region_at', ARRAY['bigint', 'text'], 'immutable');
SELECT volatility_is('enroll', 'coverage_report', ARRAY['text', 'text', 'text', 'integer'], 'stable');

-- insset behaviour.
SELECT is('{410,110}'::insset::text, '{110,410}', 'codes come out ascending');
SELECT ok('{110,310}'::insset @> 310::smallint, 'membership');
SELECT is(# '{110,310,410}'::insset, 3, 'count operator');
SELECT is(('{110}'::insset | '{310}')::text, '{110,310}', 'union');
SELECT ok(insset_has_category('{390}', 'medical'), 'residents'' medical is medical');
SELECT ok(NOT insset_has_category('{330}', 'medical'), 'a supplement alone is not medical coverage');
SELECT throws_ok($$SELECT '{999}'::insset$$, '22P02', NULL, 'unknown code');
SELECT throws_ok($$SELECT insset_has_category('{110}', 'x')$$, '22023', NULL, 'unknown category');

-- Aggregates equal plain SQL.
SELECT is((SELECT (coverage(x)).covered FROM (VALUES (true), (false), (NULL), (true)) t(x)), 2::bigint, 'covered count');
SELECT is((SELECT (coverage(x)).population FROM (VALUES (true), (false), (NULL), (true)) t(x)), 3::bigint,
          'NULL is not counted');
SELECT is((SELECT (coverage(x)).rate FROM (VALUES (true)) t(x) WHERE false), NULL::float8, 'empty group: rate NULL');
SELECT is((SELECT coverage(s)::text FROM (VALUES ('{110,310}'::insset), ('{390}'), ('{}')) t(s)),
          '(3,2,1,2,0,0,0)', 'per-category counts');
SELECT is((SELECT coverage_result(coverage_merge(st))::text
           FROM (SELECT coverage_state(x) st FROM (VALUES (true), (false), (true)) t(x) GROUP BY x) s),
          (SELECT coverage(x)::text FROM (VALUES (true), (false), (true)) t(x)), 'merge of partial states');
SELECT is(round((coverage_result(40, 38)).ci_low::numeric, 4), 0.8350, 'Wilson lower bound');
SELECT throws_ok($$SELECT '(3,4)'::coverage_state$$, '22P02', NULL, 'covered > population');
SELECT throws_ok($$SELECT coverage_result(1, 2)$$, '22023', NULL, 'bad counts');

-- Eligibility.
SELECT ok(in_denominator('pension', 16), 'pension from 16');
SELECT ok(NOT in_denominator('pension', 20, '{student}'), 'students are not in the pension denominator');
SELECT ok(NOT in_denominator('medical', 20, '{deceased}'), 'the deceased are in no denominator');
SELECT ok(in_denominator('medical', 20, '{unwilling}'), 'the unwilling stay in the denominator');
SELECT throws_ok($$SELECT in_denominator('pension', 20, '{x}')$$, '22023', NULL, 'unknown flag');

-- Report.
SELECT is((SELECT household_population FROM coverage_report(
              $$SELECT 610802101001::bigint AS region, true AS registered, '{170}'::enroll.insset AS insurances, true AS eligible$$)
           WHERE region = 610802), 1::bigint, 'a one-person report');
SELECT throws_ok($$SELECT * FROM coverage_report('SELECT 1 AS region')$$, '42703', NULL, 'missing column is named');
SELECT throws_ok($$SELECT * FROM coverage_report('SELECT 1', 'street')$$, '22023', NULL, 'unknown level');

-- one condition per message; the caller's error is not wrapped in another message
SELECT throws_ok($$SELECT * FROM coverage_report(NULL)$$, '22004', NULL, 'population_sql NULL');
SELECT throws_ok($$SELECT * FROM coverage_report('SELECT 1', NULL)$$, '22004', 'level must not be null', 'level NULL');
SELECT throws_ok($$SELECT * FROM coverage_report('SELECT 1', 'county', NULL)$$, '22004', 'category must not be null', 'category NULL');
SELECT throws_ok($$SELECT * FROM coverage_report('SELECT 1', 'street')$$, '22023', NULL, 'unrecognized level named');
SELECT throws_ok($$SELECT * FROM coverage_report('SELECT ''abc''::text AS region, true AS registered, NULL::insset AS insurances, true AS eligible')$$,
                 '22P02', NULL, 'a value of population_sql that cannot be read: its own error');

SELECT * FROM finish();
ROLLBACK;
