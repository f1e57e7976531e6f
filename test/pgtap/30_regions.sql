-- pgTAP: the region table and the functions on GB/T 2260 codes.
BEGIN;
SET search_path = enroll, public;
SELECT plan(65);

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

-- Behaviour.
SELECT is(region_province(610802), 610000, 'province of 榆阳区');
SELECT is(region_prefecture(610802), 610800, 'prefecture of 榆阳区');
SELECT is(region_prefecture(429004), 429000, 'province-administered unit: the xx90 summary code');
SELECT ok(region_prefecture(610000) IS NULL, 'a province has no prefecture');
SELECT is(region_level(612700), 'prefecture', 'level from the pattern');
SELECT is(region_name(610802), '榆阳区', 'current name');
SELECT is(region_name(612724), '横山县', 'last name of an abolished code');
SELECT is(region_name(130502, 2019), '桥东区', 'name before a rename');
SELECT is(region_name(130502), '襄都区', 'name after the rename');
SELECT ok(region_name(999999) IS NULL, 'unknown code has no name');
SELECT results_eq(
    $$SELECT c, region_current(c) FROM unnest(ARRAY[612721, 612701, 612722, 610821, 612724, 610823, 612732]) c ORDER BY c$$,
    $$VALUES (610821, ARRAY[610881]), (610823, ARRAY[610803]), (612701, ARRAY[610802]),
             (612721, ARRAY[610802]), (612722, ARRAY[610881]), (612724, ARRAY[610803]),
             (612732, ARRAY[610831])$$,
    'old 榆林 codes roll up to today''s counties');
SELECT is(region_current(610803), ARRAY[610803], 'a current code maps to itself');
SELECT is(region_current(130421), ARRAY[130402, 130403], 'a split code maps to all its successors');
SELECT is(region_current(132401, 1982), ARRAY[130602, 130606], 'a reused code is followed by era');
SELECT ok(region_current(999999) IS NULL, 'unknown code: NULL');
SELECT results_eq($$SELECT successor, since FROM region_successors(612724, NULL)$$,
                  $$VALUES (610823, 1999)$$, 'one step of history');

-- Legacy and abolished codes with a successor derived from the sources
-- (extension/parts/32_region_successors.sql); the full list is compared in
-- sql/region_successors.sql.
SELECT is(region_current(110201), ARRAY[110114], '1980 code renumbered in 1982: 昌平县 -> 昌平区');
SELECT is(region_current(440401), ARRAY[440400], 'summary code 市辖区 -> its city');
SELECT is(region_current(140120), ARRAY[140100], 'summary code 市区 of the 1980 list -> its city');
SELECT is(region_current(612700), ARRAY[610800], 'abolished prefecture -> the city holding its counties');
SELECT is(region_current(510400, 1986), ARRAY[510400], 'renamed prefecture -> the code''s next row');
SELECT ok(region_current(110200) IS NULL, 'a prefecture-level summary code (县) has no successor');
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
