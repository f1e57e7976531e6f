-- pgTAP: the region table and the functions on GB/T 2260 codes.
BEGIN;
SET search_path = enroll, public;
SELECT plan(43);

-- The table and its data.
SELECT has_table('enroll', 'region', 'table region exists');
SELECT columns_are('enroll', 'region',
    ARRAY['code', 'name', 'level', 'valid_from', 'valid_to', 'status', 'successors', 'source'],
    'region columns');
SELECT col_type_is('enroll', 'region', 'code', 'integer', 'code is integer');
SELECT has_index('enroll', 'region', 'region_code_period_key', 'unique key by code and period');
SELECT has_index('enroll', 'region', 'region_current_code_key', 'one current row per code');
SELECT is((SELECT count(*)::int FROM region), 7589, '7,589 rows');
SELECT is((SELECT count(*)::int FROM region WHERE status = 'current' AND level = 'county'), 2846,
          '2,846 current county-level units');
SELECT is((SELECT count(*)::int FROM region WHERE level <> region_level(code)), 0,
          'region_level() agrees with the level column for every row');

-- Signatures.
SELECT has_function('enroll', 'region_code_checked', ARRAY['integer']);
SELECT has_function('enroll', 'region_name', ARRAY['integer']);
SELECT has_function('enroll', 'region_name', ARRAY['integer', 'integer']);
SELECT has_function('enroll', 'region_level', ARRAY['bigint']);
SELECT has_function('enroll', 'region_province', ARRAY['integer']);
SELECT has_function('enroll', 'region_prefecture', ARRAY['integer']);
SELECT has_function('enroll', 'region_row', ARRAY['integer', 'integer']);
SELECT has_function('enroll', 'region_successors', ARRAY['integer', 'integer']);
SELECT has_function('enroll', 'region_current', ARRAY['integer']);
SELECT has_function('enroll', 'region_current', ARRAY['integer', 'integer']);
SELECT function_returns('enroll', 'region_name', ARRAY['integer'], 'text');
SELECT function_returns('enroll', 'region_name', ARRAY['integer', 'integer'], 'text');
SELECT function_returns('enroll', 'region_level', ARRAY['bigint'], 'text');
SELECT function_returns('enroll', 'region_province', ARRAY['integer'], 'integer');
SELECT function_returns('enroll', 'region_prefecture', ARRAY['integer'], 'integer');
SELECT function_returns('enroll', 'region_row', ARRAY['integer', 'integer'], 'setof region');
SELECT function_returns('enroll', 'region_current', ARRAY['integer'], 'integer[]');
SELECT function_returns('enroll', 'region_current', ARRAY['integer', 'integer'], 'integer[]');

-- Volatility: arithmetic is IMMUTABLE, table look-ups are STABLE.
SELECT volatility_is('enroll', 'region_province', ARRAY['integer'], 'immutable');
SELECT volatility_is('enroll', 'region_prefecture', ARRAY['integer'], 'immutable');
SELECT volatility_is('enroll', 'region_level', ARRAY['bigint'], 'immutable');
SELECT volatility_is('enroll', 'region_code_checked', ARRAY['integer'], 'immutable');
SELECT volatility_is('enroll', 'region_name', ARRAY['integer'], 'stable');
SELECT volatility_is('enroll', 'region_name', ARRAY['integer', 'integer'], 'stable');
SELECT volatility_is('enroll', 'region_row', ARRAY['integer', 'integer'], 'stable');
SELECT volatility_is('enroll', 'region_current', ARRAY['integer'], 'stable');
SELECT is((SELECT count(*)::int FROM pg_proc WHERE pronamespace = 'enroll'::regnamespace
           AND proname LIKE 'region%' AND proparallel <> 's'), 0, 'every region function is PARALLEL SAFE');

-- The values of each function on the reference codes, successors included,
-- are sql/regions.sql's and sql/region_successors.sql's output (the latter
-- against the whole list derived from the sources).
SELECT is((SELECT count(*)::int FROM region WHERE status = 'legacy' AND successors IS NOT NULL), 686,
          'legacy rows with a derived successor');
-- Functions read the table at each call: a change shows at once.
UPDATE region SET successors = NULL WHERE code = 110221;
SELECT ok(region_current(110201) IS NULL, 'region_current follows the table as it is now');
UPDATE region SET valid_to = NULL WHERE code = 110201;
SELECT is(cnid_warnings('110201199301010012'::cnid), '{}'::text[], 'cnid_warnings follows the table as it is now');

-- Errors.
SELECT throws_ok($$SELECT region_name(99999)$$, '22023',
                 NULL, 'five digits');
SELECT throws_ok($$SELECT region_province(1000000)$$, '22023',
                 NULL, 'seven digits');
SELECT throws_ok($$SELECT region_prefecture(-1)$$, '22023', NULL, 'negative');
SELECT throws_ok($$SELECT region_level(0)$$, '22023', NULL, 'zero');
SELECT throws_ok($$SELECT region_current(42)$$, '22023', NULL, 'region_current checks too');

SELECT * FROM finish();
ROLLBACK;
