-- pgTAP: the uscc type's schema contract and behaviour, the GB 11714
-- validators and idno_check().
BEGIN;
SET search_path = enroll, public;
SELECT plan(52);

-- Type, operator classes, casts.
SELECT has_type('enroll', 'uscc', 'type uscc exists');
SELECT is((SELECT typlen::int FROM pg_type WHERE oid = 'enroll.uscc'::regtype), 16, 'uscc is 16 bytes');
SELECT ok(NOT (SELECT typbyval FROM pg_type WHERE oid = 'enroll.uscc'::regtype), 'uscc is passed by reference');
SELECT has_type('enroll', 'idno_result', 'composite type idno_result exists');
SELECT has_opclass('enroll', 'uscc_ops', 'btree opclass');
SELECT has_opclass('enroll', 'uscc_hash_ops', 'hash opclass');
SELECT has_cast('text', 'uscc', 'cast text -> uscc');
SELECT has_cast('character varying', 'uscc', 'cast varchar -> uscc');
SELECT has_cast('uscc', 'text', 'cast uscc -> text');
SELECT has_operator('uscc', 'enroll', '=', 'uscc', 'boolean', 'operator =');
SELECT has_operator('uscc', 'enroll', '<', 'uscc', 'boolean', 'operator <');
SELECT has_operator('uscc', 'enroll', '>=', 'uscc', 'boolean', 'operator >=');

-- Functions: signatures and volatility.
SELECT has_function('enroll', 'uscc_in', ARRAY['cstring']);
SELECT has_function('enroll', 'uscc_recv', ARRAY['internal']);
SELECT has_function('enroll', 'uscc_send', ARRAY['uscc']);
SELECT function_returns('enroll', 'uscc_region', ARRAY['uscc'], 'integer');
SELECT function_returns('enroll', 'uscc_orgcode', ARRAY['uscc'], 'text');
SELECT function_returns('enroll', 'uscc_authority', ARRAY['uscc'], 'text');
SELECT function_returns('enroll', 'uscc_category', ARRAY['uscc'], 'text');
SELECT function_returns('enroll', 'uscc_authority_label', ARRAY['text'], 'text');
SELECT function_returns('enroll', 'uscc_category_label', ARRAY['text'], 'text');
SELECT function_returns('enroll', 'uscc_valid', ARRAY['text'], 'boolean');
SELECT function_returns('enroll', 'uscc_check', ARRAY['text'], 'text');
SELECT function_returns('enroll', 'orgcode_valid', ARRAY['text'], 'boolean');
SELECT function_returns('enroll', 'orgcode_check', ARRAY['text'], 'text');
SELECT function_returns('enroll', 'idno_check', ARRAY['text'], 'idno_result');
SELECT function_returns('enroll', 'uscc_hash', ARRAY['uscc'], 'integer');
SELECT function_returns('enroll', 'uscc_hash_extended', ARRAY['uscc', 'bigint'], 'bigint');
SELECT volatility_is('enroll', 'uscc_in', ARRAY['cstring'], 'immutable', 'type input is IMMUTABLE');
SELECT volatility_is('enroll', 'uscc', ARRAY['text'], 'immutable', 'cast function is IMMUTABLE');
SELECT volatility_is('enroll', 'uscc_valid', ARRAY['text'], 'immutable', 'uscc_valid is IMMUTABLE (no date rule)');
SELECT volatility_is('enroll', 'uscc_check', ARRAY['text'], 'immutable', 'uscc_check is IMMUTABLE');
SELECT volatility_is('enroll', 'orgcode_valid', ARRAY['text'], 'immutable', 'orgcode_valid is IMMUTABLE');
SELECT volatility_is('enroll', 'orgcode_check', ARRAY['text'], 'immutable', 'orgcode_check is IMMUTABLE');
SELECT volatility_is('enroll', 'idno_check', ARRAY['text'], 'stable', 'idno_check is STABLE (birth_future)');
SELECT volatility_is('enroll', 'uscc_category_label', ARRAY['text'], 'immutable');
SELECT is((SELECT count(*)::int FROM pg_proc WHERE pronamespace = 'enroll'::regnamespace
           AND (proname LIKE 'uscc%' OR proname LIKE 'orgcode%' OR proname = 'idno_check')
           AND proparallel <> 's'), 0, 'every uscc, orgcode and idno function is PARALLEL SAFE');
SELECT is((SELECT count(*)::int FROM pg_proc WHERE pronamespace = 'enroll'::regnamespace
           AND proname IN ('uscc_eq', 'uscc_ne', 'uscc_lt', 'uscc_le', 'uscc_gt', 'uscc_ge',
                           'uscc_cmp', 'uscc_hash', 'uscc_hash_extended')
           AND proleakproof), 9, 'comparison and hash functions are LEAKPROOF');

-- Behaviour pg_regress does not show, and the pinned hashes (the values of
-- each function on the reference codes are sql/uscc.sql's output).
SELECT ok('91110000600037341L'::uscc < '91350100M000100Y43'::uscc, 'orders like the text');
SELECT is(uscc_hash('91350100M000100Y43'), -1986161827, 'pinned hash');
SELECT is(uscc_hash_extended('91350100M000100Y43', 0), 6275389431597601629, 'pinned extended hash');
SELECT results_eq($$SELECT kind, canonical, reason FROM idno_check('kaz 110090123105')$$,
                  $$VALUES ('foreign_pr_2017', 'KAZ110090123105', 'ok')$$, 'idno_check: 2017 PR number');
SELECT results_eq($$SELECT kind, canonical, reason FROM idno_check('110105491231002')$$,
                  $$VALUES ('citizen_id_15', '11010519491231002X', 'ok')$$, 'idno_check: legacy citizen number');
SELECT results_eq($$SELECT kind, canonical, reason FROM idno_check('')$$,
                  $$VALUES (NULL::text, NULL::text, 'empty')$$, 'idno_check: empty input');

-- Errors: the SQLSTATEs (the messages are in expected/uscc.out).
SELECT throws_ok($$SELECT '91110000600037341N'::uscc$$, '22P02',
                 NULL, 'bad check character');
SELECT throws_ok($$SELECT '9135010OM000100Y43'::uscc$$, '22P02', NULL, 'letter O');
SELECT throws_ok($$SELECT '91350100M000100Y56'::uscc$$, '22P02', NULL, 'bad embedded organisation code');
SELECT throws_ok($$SELECT ''::uscc$$, '22P02', NULL, 'empty');
SELECT throws_ok($$SELECT uscc('12345')$$, '22P02', NULL, 'cast function');
SELECT lives_ok($$CREATE TEMP TABLE tap_codes (code uscc PRIMARY KEY)$$, 'uscc can be a primary key');
SELECT lives_ok($$INSERT INTO tap_codes VALUES ('91350100M000100Y43')$$, 'insert');
SELECT throws_ok($$INSERT INTO tap_codes VALUES ('9135 0100 m000 100y 43')$$, '23505', NULL,
                 'another spelling of the same code is a duplicate');

SELECT * FROM finish();
ROLLBACK;
