-- pgTAP: the cross-province functions (extension/parts/97_cross_province.sql)
-- and synth_persons' twins and namesakes: signatures, volatility, SQLSTATEs.
BEGIN;
SET search_path = enroll, public;
SELECT plan(26);

SELECT function_returns('enroll', 'cross_province_duplicates', ARRAY['text', 'real', 'real', 'integer', 'integer'],
                        'setof record', 'cross_province_duplicates: signature');
SELECT volatility_is('enroll', 'cross_province_duplicates', ARRAY['text', 'real', 'real', 'integer', 'integer'],
                     'volatile', 'cross_province_duplicates runs the caller''s query: volatile');
SELECT volatility_is('enroll', 'cross_province_report', ARRAY['text', 'real', 'real', 'integer', 'integer'],
                     'volatile', 'cross_province_report: volatile');
SELECT volatility_is('enroll', 'cross_province_uninsured', ARRAY['text', 'text', 'real', 'integer'],
                     'volatile', 'cross_province_uninsured: volatile');
SELECT volatility_is('enroll', 'cross_province_code', ARRAY['bigint', 'bigint'], 'immutable',
                     'cross_province_code: immutable');
SELECT is(cross_province_code(61, 1), 610000, 'two digits');
SELECT is(cross_province_code(610102, 1), 610000, 'a county code');
SELECT throws_ok($$SELECT cross_province_code(71, 7)$$, '22023', 'invalid province code 71 of record 7', 'Taiwan is not a mainland province code');
SELECT throws_ok($$SELECT cross_province_code(NULL, 7)$$, '22023', 'invalid province code NULL of record 7', 'a NULL province');

SELECT throws_ok($$SELECT * FROM cross_province_duplicates('SELECT 1::bigint AS rec_id, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1::smallint AS sex')$$,
                 '42703', 'records_sql returns no column named province', 'duplicates: province missing');
SELECT throws_ok($$SELECT * FROM cross_province_duplicates('SELECT 1::bigint AS rec_id, point(0, 0) AS province, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1::smallint AS sex')$$,
                 '42804', 'column province of records_sql has type point, expected bigint', 'duplicates: a point province');
SELECT throws_ok($$SELECT * FROM cross_province_duplicates(NULL)$$, '22004', NULL, 'duplicates: NULL query');
SELECT throws_ok($$SELECT * FROM cross_province_duplicates('SELECT 1::bigint AS rec_id, 61 AS province, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1::smallint AS sex UNION ALL SELECT 1, 51, '''', ''王伟'', NULL, NULL')$$,
                 '23505', NULL, 'duplicates: rec_id not unique');
SELECT throws_ok($$SELECT * FROM cross_province_report('SELECT 1::bigint AS rec_id, 61 AS province, ''x'' AS id_number, ''王伟'' AS name, 1 AS birth_date, 1::smallint AS sex')$$,
                 '42804', NULL, 'report: an integer birth date');
SELECT throws_ok($$SELECT * FROM cross_province_uninsured('SELECT 1::bigint AS rec_id, 61 AS province, ''x'' AS id_number, ''王伟'' AS name, NULL::date AS birth_date, 1::smallint AS sex', 'SELECT 1 AS rec_id')$$,
                 '42703', NULL, 'uninsured: household_sql without the columns');
SELECT is((SELECT array_agg(province ORDER BY province) FROM cross_province_duplicates(
               $$SELECT * FROM (VALUES (1::bigint, 61, '610102198503031010', '刘洋', NULL::date, NULL::smallint),
                                       (2, 51, '610102850303101', '刘洋', NULL, NULL))
                 AS t(rec_id, province, id_number, name, birth_date, sex)$$)),
          ARRAY[510000, 610000], 'one person by ID, 18 and 15 digits, in two provinces');

SELECT throws_ok($$SELECT * FROM synth_persons(10, 1, 0.1, 610000, 0, 1.5)$$, '22023', NULL, 'synth: twin_rate above 1');
SELECT throws_ok($$SELECT * FROM synth_persons(10, 1, 0.1, 610000, 0, 0.7, 0.4)$$, '22023', NULL, 'synth: rates adding up to more than 1');
SELECT is((SELECT count(*) FROM synth_persons(300, 5, 0, 610000, 0, 0.5, 0.5) WHERE relation IS NULL), 1::bigint,
          'synth: at rates adding up to 1, every person but the first is a relative');

-- a relative's number is issued beside the row's own: the set of numbers is
-- the table forms (extension/parts/97_cross_province_tables.sql)
SELECT volatility_is('enroll', 'cross_province_duplicates', ARRAY['regclass', 'real', 'real', 'integer', 'integer'],
                     'volatile', 'cross_province_duplicates(regclass): volatile');
SELECT volatility_is('enroll', 'cross_province_report', ARRAY['regclass', 'real', 'real', 'integer', 'integer'],
                     'volatile', 'cross_province_report(regclass): volatile');
SELECT volatility_is('enroll', 'cross_province_uninsured', ARRAY['regclass', 'regclass', 'real', 'integer'],
                     'volatile', 'cross_province_uninsured(regclass, regclass): volatile');
SELECT throws_ok($$SELECT * FROM cross_province_duplicates(NULL::regclass)$$, '22004', 'records must not be null',
                 'duplicates(regclass): NULL table');
CREATE TEMP TABLE cp_no_sex (rec_id bigint, province int, id_number text, name text, birth_date date);
SELECT throws_ok($$SELECT * FROM cross_province_uninsured('cp_no_sex'::regclass, 'cp_no_sex'::regclass)$$, '42703', NULL,
                 'uninsured(regclass): a missing column');
SELECT volatility_is('enroll', 'dedupe_links', ARRAY['regclass', 'real', 'integer', 'text', 'real', 'integer'],
                     'volatile', 'dedupe_links(regclass): volatile');

-- sized for both (it was not, and a long chain of relatives filled it)
SELECT is((SELECT count(*) FROM synth_persons(3000, 5, 0, 610000, 0, 0.5, 0.5)), 3000::bigint,
          'synth: 3,000 persons, every one a relative of the one before');
SELECT * FROM finish();
ROLLBACK;
