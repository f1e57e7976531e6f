-- pgTAP: the registration register: its tables as the database's (not the
-- extension's), constraints, workflow, history, region roles.  Everything,
-- the register and the roles included, is rolled back.
BEGIN;
SET search_path = enroll, enroll_register, public;
SELECT plan(44);

SELECT is(create_register(), 'created', 'create_register() creates the register');
SELECT is(create_register(), 'unchanged', 'and is idempotent');
SELECT is(register_layout_version(), 5, 'layout 5');

-- Schema.
SELECT has_table('enroll_register', t, 'table ' || t) FROM unnest(ARRAY['person', 'registration', 'enrolment',
    'person_flag', 'problem', 'history', 'lookup_audit', 'register_secret', 'register_layout']) t;
SELECT has_view('enroll', 'region_grant', 'region grants are a view of region roles');
SELECT col_is_pk('enroll_register', 'person', 'cnid', 'one person per cnid');
SELECT col_is_pk('enroll_register', 'history', ARRAY['cnid', 'id'], 'history keyed by cnid first');
SELECT col_type_is('enroll_register', 'person', 'cnid', 'cnid', 'the key is a cnid');
SELECT is((SELECT count(*)::int FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
           WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e' AND c.relname IN ('person', 'history')
             AND c.relnamespace = 'enroll_register'::regnamespace), 0, 'the register''s tables are not members of the extension');
SELECT is((SELECT count(*)::int FROM pg_class WHERE relnamespace = 'enroll_register'::regnamespace
             AND relname IN ('person', 'registration', 'enrolment', 'person_flag', 'problem', 'history', 'lookup_audit', 'register_secret')
             AND relrowsecurity), 8, 'row-level security on the eight tables');
SELECT is((SELECT count(*)::int FROM pg_proc WHERE pronamespace = 'enroll'::regnamespace AND prosecdef
             AND NOT coalesce(proconfig, '{}') @> ARRAY['search_path=pg_catalog, enroll, pg_temp']), 0,
          'every security-definer function pins search_path');

-- Constraints (the owner may write directly; nobody else may).
SELECT lives_ok($$SELECT register('{"cnid": "11010519491231002X", "name": "李四", "county": 110105, "employment": "retired",
                                   "phone": "13800138000", "insurances": [120, 310]}')$$, 'a valid form registers');
SELECT throws_ok($$UPDATE person SET phone = '1380013800' WHERE cnid = '11010519491231002X'$$, '23514', NULL, 'phone CHECK');
SELECT throws_ok($$UPDATE person SET sex = 1 WHERE cnid = '11010519491231002X'$$, '23514', NULL, 'sex must agree with the cnid');
SELECT throws_ok($$UPDATE person SET employment = 'employed' WHERE cnid = '11010519491231002X'$$, '23514', NULL, 'employed needs an employer');
SELECT throws_ok($$INSERT INTO person_flag (cnid, flag, region) VALUES ('11010519491231002X', 'retired', 110105)$$, '23514', NULL, 'unknown flag');
SELECT throws_ok($$INSERT INTO enrolment (cnid, insurance, region) VALUES ('11010519491231002X', 999, 110105)$$, '23514', NULL, 'unknown insurance');
SELECT throws_ok($$SELECT register('{"cnid": "11010519491231002X", "name": "李四", "county": 110105, "employment": "retired",
                                    "phone": "1380013800"}')$$, '22P02', 'phone: 11 digits expected, got "1380013800"', 'field-named error');

-- Workflow.
SELECT throws_ok($$SELECT workflow_check('collected', 'confirmed')$$, '55000', NULL, 'collected cannot jump to confirmed');
SELECT is(submit('11010519491231002X'), 'township_review', 'submit');
SELECT is(review('11010519491231002X', 'township', true), 'county_review', 'township approves');
SELECT is(review('11010519491231002X', 'county', false, '材料不全'), 'returned', 'county returns');
SELECT is((SELECT count(*)::int FROM problem WHERE reason = 'returned' AND closed_at IS NULL), 1, 'a returned form is queued');
SELECT is(submit('11010519491231002X'), 'township_review', 'resubmitted');
SELECT is((SELECT count(*)::int FROM problem WHERE reason = 'returned' AND closed_at IS NULL), 0, 'resubmission closes the problem');

-- History.
SELECT is((SELECT count(*)::int FROM history WHERE tbl = 'registration' AND cnid = '11010519491231002X'), 5,
          'five changes of the form are in history');
SELECT is((SELECT count(*)::int FROM history h JOIN person p USING (cnid) WHERE h.region IS DISTINCT FROM p.region), 0,
          'every history row carries the person''s region');

-- Region roles (made here, rolled back).
CREATE ROLE tap_clerk_a;
CREATE ROLE tap_clerk_b;
SELECT grant_region('tap_clerk_a', 110105);
SELECT grant_region('tap_clerk_b', 110108);
SELECT ok(pg_has_role('tap_clerk_a', 'enroll_region_110105', 'MEMBER'), 'a grant is membership of the region role');
SELECT ok(region_permitted_to(110105001002, 'tap_clerk_a'), 'a county grant covers its villages');
SELECT is(region_grant_level(110105001, 'tap_clerk_a'), 'county', 'held at county level');
SELECT is((SELECT count(*)::int FROM region_grant WHERE role IN ('tap_clerk_a', 'tap_clerk_b')), 2, 'the grants are listed');
SET LOCAL ROLE tap_clerk_b;
SELECT is((SELECT count(*)::int FROM person), 0, 'B sees none of A''s people');
SELECT is((SELECT count(*)::int FROM history), 0, 'B sees none of A''s history');
SELECT throws_ok($$SELECT submit('11010519491231002X')$$, 'P0002', NULL, 'B cannot act on A''s person');
SELECT throws_ok($$DELETE FROM history$$, '42501', NULL, 'history cannot be erased');
RESET ROLE;
SET LOCAL ROLE tap_clerk_a;
SELECT is((SELECT count(*)::int FROM person), 1, 'A sees its person');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
