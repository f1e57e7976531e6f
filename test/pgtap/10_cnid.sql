-- pgTAP: the cnid type's schema contract and behaviour.
BEGIN;
SET search_path = enroll, public;
SELECT plan(48);

SELECT has_extension('enroll', 'extension is installed');
SELECT has_schema('enroll');
SELECT has_type('enroll', 'cnid', 'type cnid exists');
SELECT is((SELECT typlen::int FROM pg_type WHERE oid = 'enroll.cnid'::regtype), 8, 'cnid is 8 bytes');
SELECT ok((SELECT typbyval FROM pg_type WHERE oid = 'enroll.cnid'::regtype), 'cnid is passed by value');
SELECT has_opclass('enroll', 'cnid_ops', 'btree opclass');
SELECT has_opclass('enroll', 'cnid_hash_ops', 'hash opclass');
SELECT has_cast('text', 'cnid', 'cast text -> cnid');
SELECT has_cast('cnid', 'text', 'cast cnid -> text');

-- Function signatures and volatility.
SELECT function_returns('enroll', 'cnid_birth_date', ARRAY['cnid'], 'date');
SELECT function_returns('enroll', 'cnid_sex', ARRAY['cnid'], 'smallint');
SELECT function_returns('enroll', 'cnid_region', ARRAY['cnid'], 'integer');
SELECT function_returns('enroll', 'cnid_age', ARRAY['cnid', 'date'], 'integer');
SELECT function_returns('enroll', 'cnid_kind', ARRAY['cnid'], 'text');
SELECT function_returns('enroll', 'cnid_mask', ARRAY['cnid'], 'text');
SELECT function_returns('enroll', 'cnid_valid', ARRAY['text'], 'boolean');
SELECT function_returns('enroll', 'cnid_check', ARRAY['text'], 'text');
SELECT function_returns('enroll', 'cnid_repairs', ARRAY['text'], 'setof cnid');
SELECT volatility_is('enroll', 'cnid_in', ARRAY['cstring'], 'immutable', 'type input is IMMUTABLE');
SELECT volatility_is('enroll', 'cnid_birth_date', ARRAY['cnid'], 'immutable');
SELECT volatility_is('enroll', 'cnid_valid', ARRAY['text'], 'stable', 'cnid_valid is STABLE (birth_future)');
SELECT volatility_is('enroll', 'cnid_check', ARRAY['text'], 'stable', 'cnid_check is STABLE (birth_future)');
SELECT volatility_is('enroll', 'cnid_try', ARRAY['text'], 'stable', 'cnid_try is STABLE (birth_future)');
SELECT function_returns('enroll', 'cnid_valid', ARRAY['text', 'date'], 'boolean');
SELECT function_returns('enroll', 'cnid_try', ARRAY['text', 'date'], 'cnid');
SELECT function_returns('enroll', 'cnid_check', ARRAY['text', 'date'], 'text');
SELECT volatility_is('enroll', 'cnid_valid', ARRAY['text', 'date'], 'immutable', 'cnid_valid(text, as_of) is IMMUTABLE');
SELECT volatility_is('enroll', 'cnid_try', ARRAY['text', 'date'], 'immutable', 'cnid_try(text, as_of) is IMMUTABLE');
SELECT volatility_is('enroll', 'cnid_check', ARRAY['text', 'date'], 'immutable', 'cnid_check(text, as_of) is IMMUTABLE');
-- C functions with no settings of their own: nothing but the arguments to read.
SELECT is((SELECT count(*)::int FROM pg_proc WHERE pronamespace = 'enroll'::regnamespace
           AND proname IN ('cnid_valid', 'cnid_try', 'cnid_check') AND pronargs = 2
           AND prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')
           AND proconfig IS NULL AND proisstrict), 3, 'the as_of forms are strict C functions without SET');
SELECT volatility_is('enroll', 'cnid_warnings', ARRAY['cnid'], 'stable', 'cnid_warnings reads the region table: STABLE');
SELECT function_returns('enroll', 'cnid_warnings', ARRAY['text'], 'text[]');
SELECT is((SELECT count(*)::int FROM pg_proc WHERE pronamespace = 'enroll'::regnamespace
           AND proname LIKE 'cnid%' AND proparallel <> 's'), 0, 'every cnid function is PARALLEL SAFE');

-- Behaviour pg_regress does not show (the values of each function on the
-- reference IDs are sql/cnid.sql's output).
-- as_of replaces today, and nothing else does: born tomorrow is in the
-- future as of today, not as of tomorrow, whatever the session's time zone.
CREATE TEMP TABLE tap_tomorrow AS
    SELECT s || c AS id
    FROM (SELECT '110105' || to_char(current_date + 1, 'YYYYMMDD') || '001' AS s) b,
         unnest('{0,1,2,3,4,5,6,7,8,9,X}'::text[]) c
    WHERE cnid_valid(s || c, 'infinity');
SELECT is(cnid_check((SELECT id FROM tap_tomorrow), current_date), 'birth_future', 'as_of today: born tomorrow is in the future');
SELECT is(cnid_check((SELECT id FROM tap_tomorrow), current_date + 1), 'ok', 'as_of tomorrow: valid');
SELECT is(cnid_check((SELECT id FROM tap_tomorrow)), 'birth_future', 'one-argument form: today');
SET LOCAL TimeZone = 'Etc/GMT-14';
SELECT is(cnid_try((SELECT id FROM tap_tomorrow), date '2000-01-01'), NULL, 'time zone +14: same result');
SET LOCAL TimeZone = 'Etc/GMT+12';
SELECT is(cnid_valid((SELECT id FROM tap_tomorrow), 'infinity'), true, 'time zone -12: same result');
RESET TimeZone;
SELECT is(cnid_check('110105202001010015', 'infinity'), 'ok', 'as_of infinity: no birth date is in the future');
SELECT is(cnid_check('11010519491231002X', '-infinity'), 'birth_future', 'as_of -infinity: every birth date is');

-- Errors: the SQLSTATEs (the messages are in expected/cnid.out).
SELECT throws_ok($$SELECT '36042619910102009X'::cnid$$, '22P02',
                 NULL, 'bad check');
SELECT throws_ok($$SELECT '990426199112010074'::cnid$$, '22P02', NULL, 'bad province');
SELECT throws_ok($$SELECT '520323197802318856'::cnid$$, '22P02', NULL, '31 February');
SELECT throws_ok($$SELECT ''::cnid$$, '22P02', NULL, 'empty');
SELECT throws_ok($$SELECT cnid_age('11010519491231002X', 'infinity')$$, '22008', NULL, 'infinite reference date');
SELECT lives_ok($$CREATE TEMP TABLE tap_ids (id cnid PRIMARY KEY)$$, 'cnid can be a primary key');
SELECT lives_ok($$INSERT INTO tap_ids VALUES ('11010519491231002X')$$, 'insert');
SELECT throws_ok($$INSERT INTO tap_ids VALUES ('110105491231002')$$, '23505', NULL,
                 'the legacy form of the same number is a duplicate');

SELECT * FROM finish();
ROLLBACK;
