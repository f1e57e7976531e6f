-- pgTAP: distribute_register() on a server without Citus: refused, with the
-- SQLSTATE and the message a DBA reads; the placement of every table of the
-- register is decided.  (On a Citus cluster: test/citus/register.sh.)
-- Everything is rolled back.
BEGIN;
SET search_path = enroll, enroll_register, public;
SELECT plan(10);

SELECT throws_ok('SELECT enroll.distribute_register()', '55000',
    'extension "citus" is not installed in this database',
    'distribute_register() without Citus: 55000, saying that citus is missing');
SELECT throws_ok('SELECT enroll.citus_required()', '55000', NULL, 'citus_required() raises the same');
SELECT ok(create_register() IN ('created', 'unchanged'), 'a register');
SELECT throws_ok('SELECT enroll.distribute_register()', '55000',
    'extension "citus" is not installed in this database',
    'still refused with a register: Citus is checked first');
SELECT lives_ok('SELECT enroll.register_required()', 'register_required() passes on a server without Citus');

-- Every table create_register() makes has a placement, and no other.
SELECT set_eq($$SELECT tbl FROM enroll.register_placement()$$,
              $$SELECT relname::text FROM pg_class WHERE relnamespace = 'enroll_register'::regnamespace AND relkind = 'r'$$,
              'register_placement() names every table of the register');
SELECT set_eq($$SELECT tbl FROM enroll.register_placement() WHERE placement = 'distributed'$$,
              $$SELECT c.relname::text FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
                WHERE c.relnamespace = 'enroll_register'::regnamespace AND c.relkind = 'r'
                  AND a.attname = 'cnid' AND a.attnum = 1 AND c.relname <> 'lookup_audit'$$,
              'the distributed tables are those keyed by cnid first (lookup_audit stays on the coordinator)');
SELECT ok(NOT has_function_privilege('public', 'enroll.distribute_register()', 'EXECUTE'),
          'PUBLIC may not call distribute_register()');

-- The warning for roles that cannot log in is for a distributed register only.
CREATE ROLE tap_citus_nologin NOLOGIN;
SELECT is(enroll.register_login_warning('tap_citus_nologin'), false, 'register_login_warning(): no warning without Citus');
SELECT lives_ok($$SELECT enroll.grant_region('tap_citus_nologin', 610802)$$, 'grant_region() to a role without LOGIN on one server');

SELECT * FROM finish();
ROLLBACK;
