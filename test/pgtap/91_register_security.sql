-- pgTAP: every attack on the register of 0.1.0 fails (sql/register_security.sql
-- shows them to people), and the audited look-up records the probe even
-- when the caller rolls back.  The register is created outside the test's
-- transaction: the audit worker writes in a transaction of its own, which
-- must see the audit table.
SELECT enroll.create_register() IS NOT NULL AS register_ready \gset
BEGIN;
SET search_path = enroll, enroll_register, public;
SELECT plan(20);

CREATE ROLE tap_sec_a;
CREATE ROLE tap_sec_b;
SELECT grant_region('tap_sec_a', 610802);
SELECT grant_region('tap_sec_b', 610803);
SELECT format('GRANT TEMPORARY ON DATABASE %I TO tap_sec_b', current_database()) \gexec
SET LOCAL ROLE tap_sec_a;
SELECT lives_ok($$SELECT register('{"cnid": "610802199201010055", "name": "张三", "county": 610802, "employment": "unemployed", "phone": "13800138000"}')$$,
                'county A registers its person');
SELECT lives_ok($$SELECT submit('610802199201010055'), review('610802199201010055', 'township', true), review('610802199201010055', 'county', true)$$,
                'and confirms the form');
RESET ROLE;

-- History forged through a trigger on one's own temporary table.
SET LOCAL ROLE tap_sec_b;
CREATE TEMP TABLE bait (x int);
CREATE FUNCTION pg_temp.forge() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO enroll_register.history (cnid, tbl, key, op, region, at, actor, session_actor, xid)
    VALUES ('610802199201010055', 'person', '610802199201010055', 'DELETE', 610803, now(), 'x', 'x', 0);
    RETURN NEW;
END $$;
CREATE TRIGGER forge AFTER INSERT ON bait FOR EACH ROW EXECUTE FUNCTION pg_temp.forge();
SELECT throws_ok($$INSERT INTO bait VALUES (1)$$, '42501', 'permission denied for table history', 'no history forged through a temporary trigger');
SELECT is((SELECT count(*)::int FROM as_of(NULL::registration, now()) WHERE cnid = '610802199201010055'), 0,
          'as_of() shows B nothing of A''s forms');
SELECT throws_ok($$SELECT * FROM as_of(NULL::registration, now(), viewer => 'tap_sec_a')$$, '42501', NULL, 'B cannot view as A');
-- Existence probing by INSERT ... ON CONFLICT.
SELECT throws_ok($$INSERT INTO person (cnid, name, sex, birth, region, employment) VALUES ('610802199201010055', 'x', 1, '1992-01-01', 610803, 'student')
                   ON CONFLICT (cnid) DO NOTHING RETURNING cnid$$, '42501', 'permission denied for table person', 'no ON CONFLICT probe');
SELECT throws_ok($$SELECT submit('610802199201010055')$$, 'P0002', 'cnid: no person 610802199201010055 in your regions', 'elsewhere looks like absent');
SELECT throws_ok($$SELECT submit('610803199201010051')$$, 'P0002', 'cnid: no person 610803199201010051 in your regions', 'absent looks like elsewhere');
RESET ROLE;

-- A direct UPDATE of a confirmed form, in one's own county.
SET LOCAL ROLE tap_sec_a;
SELECT throws_ok($$UPDATE registration SET county_by = 'tap_sec_b', form = '{"forged": true}' WHERE cnid = '610802199201010055'$$,
                 '42501', 'permission denied for table registration', 'no direct UPDATE of a confirmed form');
SELECT throws_ok($$UPDATE person SET version = 1$$, '42501', 'permission denied for table person', 'no reset of the optimistic lock');
RESET ROLE;

-- The audited look-up: recorded before the answer, and kept after a rollback.
SELECT count(*) AS audit_before FROM lookup_audit WHERE asked_by = 'tap_sec_b' \gset
SET LOCAL ROLE tap_sec_b;
SAVEPOINT probe;
SELECT is(lookup_registration('610802199201010055'), 'registered_elsewhere', 'B may ask whether A''s person is registered');
ROLLBACK TO SAVEPOINT probe;
SELECT throws_ok($$SELECT * FROM lookup_audit$$, '42501', NULL, 'B cannot read the audit');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM lookup_audit WHERE asked_by = 'tap_sec_b' AND cnid = '610802199201010055'), :audit_before::int + 1,
          'the look-up is recorded, the rollback notwithstanding');

-- A wrong column type in a caller's query: an error, not a crash.
SET LOCAL ROLE tap_sec_b;
SELECT throws_ok($$SELECT fs_estimate('SELECT 1::bigint, 2::bigint', '{2,2}', 1, 0.5, 0.5)$$, '42804', NULL,
                 'fs_estimate names a first column that is not an array');
SELECT throws_ok($$SELECT fs_estimate('SELECT ''x''::bytea, 2::bigint', '{2,2}', 1, 0.5, 0.5)$$, '42804', NULL,
                 'and a bytea one');
RESET ROLE;

-- The analysts' view: its rows those of the view's earlier form (subqueries
-- in the select list, the owner's rights), in key order; its function not
-- for PUBLIC, and granted with the view.
CREATE ROLE tap_sec_analyst;
SELECT grant_analyst('tap_sec_analyst');
SELECT set_flag('610802199201010055', 'military', true, '服役');
SELECT results_eq(
    $$SELECT person_key(p.cnid, s.secret), p.sex, extract(year FROM p.birth)::integer,
             region_at(p.region, 'county'), region_at(p.region, 'township'), p.employment, p.died_on IS NOT NULL, g.state,
             (SELECT insset(coalesce(array_agg(e.insurance), '{}')) FROM enrolment e WHERE e.cnid = p.cnid),
             ARRAY(SELECT f.flag FROM person_flag f WHERE f.cnid = p.cnid ORDER BY f.flag)
      FROM person p CROSS JOIN register_secret s LEFT JOIN registration g ON g.cnid = p.cnid ORDER BY 1$$,
    $$SELECT * FROM person_masked$$,
    'person_masked: the rows of its earlier form, in key order');
SELECT ok(NOT has_function_privilege('public', 'enroll.person_masked_rows()', 'EXECUTE'),
          'PUBLIC may not call person_masked_rows()');
SELECT count(*) AS persons FROM person \gset
SET LOCAL ROLE tap_sec_analyst;
SELECT is((SELECT count(*)::int FROM person_masked), :persons::int, 'an analyst reads person_masked, every person');
SELECT throws_ok($$SELECT * FROM person$$, '42501', 'permission denied for table person', 'but not the persons');
RESET ROLE;

-- DROP EXTENSION without CASCADE keeps the data.
SELECT throws_ok($$DROP EXTENSION enroll$$, '2BP01', NULL, 'DROP EXTENSION refuses while the register exists');

SELECT * FROM finish();
ROLLBACK;
