-- The register's workflow, run by test/citus/register.sh twice: in a Citus
-- database whose register is distributed, and in a plain database of the
-- same server.  Its output must be the same in both (the script diffs it),
-- and so must the register's tables afterwards (clocks aside).  A subset of
-- sql/register.sql that calls every function of the register: register(),
-- submit(), review(), record_death(), move(), change_status(), set_flag(),
-- lookup_registration(), as_of(), the review queue, and what each clerk
-- sees.  The clerks are LOGIN roles: Citus reads the shards as the session's
-- role (doc/scale-out.md).  Run by psql with ON_ERROR_STOP.
SET search_path = enroll, enroll_register, public;
\set VERBOSITY terse
SELECT grant_region('enroll_cr_clerk_a', 610802), grant_region('enroll_cr_clerk_b', 610803),
       grant_region('enroll_cr_town_a', 610802001);

-- IDs from 15-digit numbers (enroll.cnid() adds the century and the check).
SELECT cnid('610802900307001')::text AS a1, cnid('610802850615002')::text AS a2, cnid('610802700101003')::text AS a3,
       cnid('610803700101001')::text AS b1, cnid('610803800202002')::text AS b2 \gset
SELECT jsonb_build_object('cnid', :'a1', 'name', '张三', 'county', 610802, 'township', 610802001,
    'village', 610802001002, 'employment', 'employed', 'employer', '榆林市某某有限公司', 'hukou', 610802,
    'address', '榆阳区新建路 1 号', 'phone', '13800138000', 'insurances', '[110, 310, 410]'::jsonb) AS form \gset

-- County A's clerk registers, updates, submits.
SET ROLE enroll_cr_clerk_a;
SELECT r ->> 'action' AS action, r ->> 'state' AS state, r ->> 'insurances' AS insurances, r -> 'warnings' AS warnings
FROM (VALUES (1, register(:'form')), (2, register(:'form')),
             (3, register(:'form'::jsonb || '{"phone": "13900139000"}'))) AS t(i, r) ORDER BY i;
SELECT register(jsonb_build_object('cnid', :'a2', 'name', '李四', 'county', 610802, 'township', 610802001,
    'employment', 'student', 'insurances', '[]'::jsonb, 'flags', '["student", "working_away"]'::jsonb)) -> 'warnings' AS warnings;
SELECT register(jsonb_build_object('cnid', :'a3', 'name', '王五', 'county', 610802, 'township', 610802002,
    'employment', 'retired', 'phone', '13700137000', 'insurances', '[120, 390]'::jsonb)) ->> 'action' AS action;
SELECT submit(:'a1') AS submit, submit(:'a1') AS again, submit(:'a3') AS submit_a3;
SELECT review(:'a1', 'township', true) AS township, review(:'a1', 'county', false, '户口所在地与身份证不符') AS county;
SELECT state, return_reason FROM registration WHERE cnid = :'a1';
-- Amend and resubmit: the returned problem closes.
SELECT register(:'form'::jsonb || '{"phone": "13900139001"}') ->> 'state' AS state, submit(:'a1') AS submit;
SELECT set_flag(:'a3', 'military', true, '服役') AS flag, set_flag(:'a2', 'working_away', false) AS cleared,
       change_status(:'a2', 'unemployed') AS status;
SELECT pg_sleep(0.05);
SELECT clock_timestamp() AS before_death \gset
SELECT pg_sleep(0.05);
SELECT record_death(:'a3', '2024-05-01') AS death, record_death(:'a3', '2024-05-01') AS again;
RESET ROLE;

-- County B's clerk.
SET ROLE enroll_cr_clerk_b;
SELECT register(jsonb_build_object('cnid', :'b1', 'name', '横山一', 'county', 610803, 'township', 610803100,
    'employment', 'unemployed', 'phone', '13900000001', 'insurances', '[170]'::jsonb)) ->> 'action' AS action;
SELECT register(jsonb_build_object('cnid', :'b2', 'name', '横山二', 'county', 610803,
    'employment', 'flexible', 'insurances', '[170, 390]'::jsonb, 'not_insured_reason', NULL)) ->> 'action' AS action;
SELECT submit(:'b1') AS submit_b1;
-- A's person is not B's: refused, and the look-up audited.
SELECT register_try(:'form'::jsonb || '{"county": 610803, "township": null, "village": null}') AS takes_a_person;
SELECT lookup_registration(:'a1') AS a1, lookup_registration(:'b1') AS b1, lookup_registration(cnid('610803990101009')) AS nobody;
SELECT level, office, cnid, state, open_problems FROM review_queue ORDER BY cnid;
RESET ROLE;

-- The township clerk reviews its township's form at township level only.
SET ROLE enroll_cr_town_a;
SELECT cnid, region FROM person ORDER BY cnid;
SELECT level, office, cnid, state, open_problems FROM review_queue ORDER BY cnid;
SELECT review(:'a1', 'township', true) AS township;
SELECT register_try(:'form'::jsonb || '{"township": 610802002, "village": null}') AS outside_township;
RESET ROLE;

-- A moves a person to county B; B then sees it with a moved_in problem.
SET ROLE enroll_cr_clerk_a;
SELECT review(:'a1', 'county', true) AS county;
SELECT move(:'a2', 610803100) AS move;
-- Region-scoped reads, each table and the as-of views.
SELECT 'person' AS tbl, count(*), count(*) FILTER (WHERE region_at(region, 'county') <> 610802) AS foreign FROM person
UNION ALL SELECT 'registration', count(*), count(*) FILTER (WHERE region_at(region, 'county') <> 610802) FROM registration
UNION ALL SELECT 'enrolment', count(*), count(*) FILTER (WHERE region_at(region, 'county') <> 610802) FROM enrolment
UNION ALL SELECT 'person_flag', count(*), count(*) FILTER (WHERE region_at(region, 'county') <> 610802) FROM person_flag
UNION ALL SELECT 'problem', count(*), count(*) FILTER (WHERE region_at(region, 'county') <> 610802) FROM problem
UNION ALL SELECT 'history', count(*), count(*) FILTER (WHERE region_at(region, 'county') <> 610802) FROM history
ORDER BY 1;
SELECT cnid, name, died_on FROM as_of(NULL::person, :'before_death') ORDER BY cnid;
SELECT cnid, name, died_on FROM as_of(NULL::person, now()) ORDER BY cnid;
SELECT cnid, insurance FROM as_of(NULL::enrolment, now()) ORDER BY cnid, insurance;
SELECT register_try(jsonb_build_object('cnid', :'a2', 'name', '李四', 'county', 610802, 'employment', 'student')) AS a2_gone;
RESET ROLE;
SET ROLE enroll_cr_clerk_b;
SELECT p.cnid, p.region, g.state, q.reason, q.detail
FROM person p JOIN registration g USING (cnid) JOIN problem q USING (cnid)
WHERE q.closed_at IS NULL ORDER BY p.cnid, q.reason;
RESET ROLE;
-- The owner's view: history in order, the audit of look-ups.
SELECT id, cnid, tbl, key, op, region, actor, session_actor FROM history ORDER BY id;
SELECT cnid, asked_by, answer FROM lookup_audit ORDER BY id;
