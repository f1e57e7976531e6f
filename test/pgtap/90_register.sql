-- pgTAP: the registration register (issue 6): schema, constraints, workflow,
-- history, row-level security.  Everything, roles included, is rolled back.
BEGIN;
SET search_path = enroll, public;
SELECT plan(34);

-- Schema.
SELECT has_table('enroll', t, 'table ' || t) FROM unnest(ARRAY['person', 'registration', 'enrolment',
    'person_flag', 'problem', 'history', 'workflow_transition', 'region_grant']) t;
SELECT col_is_pk('enroll', 'person', 'cnid', 'one person per cnid');
SELECT col_type_is('enroll', 'person', 'cnid', 'cnid', 'the key is a cnid');
SELECT fk_ok('enroll', 'enrolment', 'insurance', 'enroll', 'insurance_type', 'code');
SELECT is((SELECT count(*)::int FROM pg_class WHERE relnamespace = 'enroll'::regnamespace
             AND relname IN ('person', 'registration', 'enrolment', 'person_flag', 'problem', 'history', 'region_grant')
             AND relrowsecurity), 7, 'row-level security on the seven tables');
SELECT is((SELECT proconfig FROM pg_proc WHERE oid = 'enroll.register_summary(text)'::regprocedure),
          ARRAY['search_path=pg_catalog, enroll, pg_temp'], 'the security-definer summary pins search_path');
SELECT is((SELECT proconfig FROM pg_proc WHERE oid = 'enroll.handover(enroll.cnid, bigint, name)'::regprocedure),
          ARRAY['search_path=pg_catalog, enroll, pg_temp'], 'the security-definer handover pins search_path');

-- Constraints.
SELECT lives_ok($$SELECT register('{"cnid": "11010519491231002X", "name": "李四", "county": 110105, "employment": "retired",
                                   "phone": "13800138000", "insurances": [120, 310]}')$$, 'a valid form registers');
SELECT throws_ok($$UPDATE person SET phone = '1380013800' WHERE cnid = '11010519491231002X'$$, '23514', NULL, 'phone CHECK');
SELECT throws_ok($$UPDATE person SET sex = 1 WHERE cnid = '11010519491231002X'$$, '23514', NULL, 'sex must agree with the cnid');
SELECT throws_ok($$UPDATE person SET employment = 'employed' WHERE cnid = '11010519491231002X'$$, '23514', NULL, 'employed needs an employer');
SELECT throws_ok($$INSERT INTO person_flag (cnid, flag) VALUES ('11010519491231002X', 'retired')$$, '23514', NULL, 'unknown flag');
SELECT throws_ok($$INSERT INTO enrolment (cnid, insurance) VALUES ('11010519491231002X', 999)$$, '23503', NULL, 'unknown insurance');
SELECT throws_ok($$SELECT register('{"cnid": "11010519491231002X", "name": "李四", "county": 110105, "employment": "retired",
                                    "phone": "1380013800"}')$$, '22P02', 'phone: 11 digits expected, got "1380013800"', 'field-named error');

-- Workflow.
SELECT throws_ok($$UPDATE registration SET state = 'confirmed' WHERE cnid = '11010519491231002X'$$, '55000', NULL,
                 'collected cannot jump to confirmed');
SELECT is(submit('11010519491231002X'), 'township_review', 'submit');
SELECT is(review('11010519491231002X', 'township', true), 'county_review', 'township approves');
SELECT is(review('11010519491231002X', 'county', false, '材料不全'), 'returned', 'county returns');
SELECT is((SELECT count(*)::int FROM problem WHERE reason = 'returned' AND closed_at IS NULL), 1, 'a returned form is queued');
SELECT is(submit('11010519491231002X'), 'township_review', 'resubmitted');
SELECT is((SELECT count(*)::int FROM problem WHERE reason = 'returned' AND closed_at IS NULL), 0, 'resubmission closes the problem');

-- History.
SELECT is((SELECT count(*)::int FROM history WHERE tbl = 'registration' AND key = '11010519491231002X'), 5,
          'five changes of the form are in history');
SELECT throws_ok($$DELETE FROM history$$, '42501', NULL, 'history is append-only');

-- Row-level security (roles made here are rolled back).
CREATE ROLE tap_clerk_a;
CREATE ROLE tap_clerk_b;
SELECT grant_region('tap_clerk_a', 110105);
SELECT grant_region('tap_clerk_b', 110108);
SET LOCAL ROLE tap_clerk_b;
SELECT is((SELECT count(*)::int FROM person), 0, 'B sees none of A''s people');
SELECT is((SELECT count(*)::int FROM history), 0, 'B sees none of A''s history');
SELECT throws_ok($$SELECT submit('11010519491231002X')$$, 'P0002', NULL, 'B cannot act on A''s person');
RESET ROLE;
SET LOCAL ROLE tap_clerk_a;
SELECT is((SELECT count(*)::int FROM person), 1, 'A sees its person');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
