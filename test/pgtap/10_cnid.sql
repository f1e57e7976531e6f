-- pgTAP: the cnid type's schema contract and behaviour.
BEGIN;
SET search_path = enroll, public;
SELECT plan(47);

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
SELECT is((SELECT count(*)::int FROM pg_proc WHERE pronamespace = 'enroll'::regnamespace
           AND proname LIKE 'cnid%' AND proparallel <> 's'), 0, 'every cnid function is PARALLEL SAFE');

-- Behaviour.
SELECT is('11010519491231002x'::cnid::text, '11010519491231002X', 'lower-case x is folded');
SELECT is('110105491231002'::cnid::text, '11010519491231002X', '15 digits upgrade to 18');
SELECT is('１１０１０５１９４９１２３１００２Ｘ'::cnid::text, '11010519491231002X', 'full-width input');
SELECT is(cnid_birth_date('11010519491231002X'), date '1949-12-31', 'birth date');
SELECT is(cnid_sex('11010519491231002X'), 2::smallint, 'even sequence is female');
SELECT is(cnid_sex('440524188001010014'), 1::smallint, 'odd sequence is male');
SELECT is(cnid_region('440524188001010014'), 440524, 'abolished region code is kept');
SELECT is(cnid_kind('830000199201300022'), 'taiwan', 'Taiwan permit');
SELECT is(cnid_kind('932682198501010017'), 'foreign', '2023 foreign permanent residence');
SELECT is(cnid_age('11010519491231002X', '2000-01-01'), 50, 'age');
SELECT is(cnid_mask('11010519491231002X'), '110105********002X', 'mask');
SELECT is(cnid_check('36042619910102009X'), 'check_char', 'reason code check_char');
SELECT is(cnid_check(''), 'empty', 'reason code empty');
SELECT is(cnid_check('360426199113010079'), 'birth_date', 'reason code birth_date');
SELECT ok(NOT cnid_valid('520323297806058856'), 'future birth date is invalid');
SELECT results_eq($$SELECT cnid_repairs('11010519491231002Y')$$,
                  $$VALUES ('11010519491231002X'::cnid)$$, 'repair of a bad check character');

-- Errors: SQLSTATE and message.
SELECT throws_ok($$SELECT '36042619910102009X'::cnid$$, '22P02',
                 'invalid input syntax for type cnid: "36042619910102009X"', 'bad check');
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
