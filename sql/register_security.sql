-- register_security: the attacks on the register of 0.1.0, each tried again
-- and refused, and the audited look-up that is the one way left to learn
-- whether a person is registered elsewhere.
SET search_path = enroll, enroll_register, public;
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT create_register() IN ('created', 'unchanged') AS register_exists;

-- For a pair of columns of the masked view: the share of rows, among those
-- that share their pair of values with another row, whose group has one
-- check character only.  A pair that determines the check character scores
-- 1; an unrelated one near 1 in 11 or less.
CREATE FUNCTION pg_temp.constant_share(a text, b text) RETURNS double precision LANGUAGE plpgsql AS $$
DECLARE
    share double precision;
BEGIN
    EXECUTE format('SELECT sum(n) FILTER (WHERE c)::float8 / sum(n) FROM (
                        SELECT count(DISTINCT check_char) = 1 AS c, count(*) AS n FROM truth
                        GROUP BY %s::text, %s::text HAVING count(*) >= 2) g', a, b) INTO share;
    RETURN share;
END $$;
CREATE FUNCTION pg_temp.try(stmt text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE stmt;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ' ' || SQLERRM;
END $$;

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['enroll_sec_clerk_a', 'enroll_sec_clerk_b', 'enroll_sec_analyst'] LOOP
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('DROP OWNED BY %I', r);
            EXECUTE format('DROP ROLE %I', r);
        END IF;
    END LOOP;
END $$;
CREATE ROLE enroll_sec_clerk_a;   -- 榆阳区 610802
CREATE ROLE enroll_sec_clerk_b;   -- 横山区 610803
CREATE ROLE enroll_sec_analyst;
SELECT grant_region('enroll_sec_clerk_a', 610802), grant_region('enroll_sec_clerk_b', 610803),
       grant_analyst('enroll_sec_analyst');
-- A clerk may create temporary tables (the attack needs one).
SELECT format('GRANT TEMPORARY ON DATABASE %I TO enroll_sec_clerk_b', current_database()) \gexec

-- County A registers a person and confirms the form.
SET ROLE enroll_sec_clerk_a;
SELECT register('{"cnid": "610802199201010055", "name": "张三", "county": 610802, "employment": "unemployed",
                  "phone": "13800138000", "insurances": [170, 390]}') ->> 'action' AS registered;
SELECT submit('610802199201010055'), review('610802199201010055', 'township', true), review('610802199201010055', 'county', true);
RESET ROLE;
SELECT cnid, state, county_by FROM registration WHERE cnid = '610802199201010055';

-- 0. 0.1.0's fs_estimate() took any query and read its first column as an
-- array: a clerk crashed the server with one call.  Every function that runs
-- a caller's query now checks each column's type first.
SET ROLE enroll_sec_clerk_b;
SELECT pg_temp.try($$SELECT enroll.fs_estimate('SELECT 1::bigint, 2::bigint', '{2,2}', 1, 0.5, 0.5)$$) AS fs_estimate_bigint,
       pg_temp.try($$SELECT enroll.fs_estimate('SELECT ''x''::bytea, 2::bigint', '{2,2}', 1, 0.5, 0.5)$$) AS fs_estimate_bytea;
RESET ROLE;

-- 1. County B's clerk forges history through a trigger on its own temporary
-- table (0.1.0 trusted pg_trigger_depth()), and reads A's form through
-- as_of().
SET ROLE enroll_sec_clerk_b;
CREATE TEMP TABLE bait (x int);
CREATE FUNCTION pg_temp.forge() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO enroll_register.history (cnid, tbl, key, op, region, at, actor, session_actor, xid, old, new)
    VALUES ('610802199201010055', 'person', '610802199201010055', 'DELETE', 610803, now(), 'x', 'x', 0, '{}', NULL);
    RETURN NEW;
END $$;
CREATE TRIGGER forge AFTER INSERT ON bait FOR EACH ROW EXECUTE FUNCTION pg_temp.forge();
SELECT pg_temp.try('INSERT INTO bait VALUES (1)') AS forge_history_by_trigger;
CREATE OR REPLACE FUNCTION pg_temp.forge() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM enroll.register('{"cnid": "610802199201010055", "name": "伪造", "county": 610803, "employment": "unemployed"}');
    RETURN NEW;
END $$;
SELECT pg_temp.try('INSERT INTO bait VALUES (2)') AS register_through_trigger;
SELECT count(*) AS forms_of_a_through_as_of FROM as_of(NULL::registration, now()) WHERE cnid = '610802199201010055';
SELECT pg_temp.try('SELECT * FROM enroll.as_of(NULL::enroll_register.registration, now(), viewer => ''enroll_sec_clerk_a'')') AS as_of_as_a;
SELECT count(*) AS history_rows_of_a_b_sees FROM history WHERE cnid = '610802199201010055';
RESET ROLE;
SELECT tbl, op, actor FROM history WHERE cnid = '610802199201010055' AND op = 'DELETE';

-- 2. Direct writes that bypass the workflow: a confirmed form rewritten,
-- the optimistic lock's version reset.  Even in its own county.
SET ROLE enroll_sec_clerk_a;
SELECT pg_temp.try($$UPDATE enroll_register.registration SET county_by = 'enroll_sec_clerk_b', form = '{"forged": true}' WHERE cnid = '610802199201010055'$$) AS rewrite_confirmed_form;
SELECT pg_temp.try($$UPDATE enroll_register.person SET version = 1 WHERE cnid = '610802199201010055'$$) AS reset_version;
SELECT pg_temp.try($$DELETE FROM enroll_register.problem$$) AS delete_problems;
RESET ROLE;
SELECT state, county_by, form ? 'forged' AS forged FROM registration WHERE cnid = '610802199201010055';

-- 3. Probing for existence with INSERT ... ON CONFLICT and a rollback.
SET ROLE enroll_sec_clerk_b;
SELECT pg_temp.try($$INSERT INTO enroll_register.person (cnid, name, sex, birth, region, employment) VALUES ('610802199201010055', 'x', 1, '1992-01-01', 610803, 'student') ON CONFLICT (cnid) DO NOTHING RETURNING cnid$$) AS on_conflict_probe;
-- The functions give the same answer for "absent" and "elsewhere".
SELECT pg_temp.try($$SELECT enroll.submit('610802199201010055')$$) AS submit_elsewhere,
       pg_temp.try($$SELECT enroll.submit('610803199201010051')$$) AS submit_absent;
RESET ROLE;

-- 4. The one way to learn that a person is registered elsewhere is a
-- look-up, and every look-up is recorded, even when rolled back.
SET ROLE enroll_sec_clerk_b;
SELECT lookup_registration('610802199201010055') AS elsewhere, lookup_registration('610803199201010051') AS absent;
BEGIN;
SELECT lookup_registration('610802199201010055') AS looked_up_then_rolled_back;
ROLLBACK;
-- register() of a person registered elsewhere tells it, so it is a look-up too.
SELECT pg_temp.try($$SELECT enroll.register('{"cnid": "610802199201010055", "name": "张三", "county": 610803, "employment": "unemployed"}')$$) AS register_elsewhere;
SELECT pg_temp.try('SELECT * FROM enroll_register.lookup_audit') AS read_the_audit;
RESET ROLE;
SELECT cnid, asked_by, session_role, answer FROM lookup_audit WHERE asked_by LIKE 'enroll_sec_%' ORDER BY id;

-- 5. The analysts' view: no ID, no check character, rows not in ID order.
SET ROLE enroll_sec_analyst;
SELECT pg_temp.try('SELECT * FROM enroll_register.person') AS person_table, pg_temp.try('SELECT * FROM enroll_register.register_secret') AS secret;
SELECT array_agg(attname ORDER BY attnum) AS masked_columns FROM pg_attribute
WHERE attrelid = 'enroll_register.person_masked'::regclass AND attnum > 0;
RESET ROLE;
-- 5,000 persons of one county, inserted in ID order as a loader would.
INSERT INTO person (cnid, name, sex, birth, region, employment)
SELECT DISTINCT ON (s.cnid_true) s.cnid_true, s.name, s.sex, s.birth_date, 610802, 'unemployed'
FROM synth_persons(5000, 7, 0, 610000) s
WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.cnid = s.cnid_true)
ORDER BY s.cnid_true;
-- The view's order is independent of the ID order (rank correlation near 0).
CREATE TEMP TABLE masked AS
SELECT row_number() OVER () AS pos, m.* FROM person_masked m;
CREATE TEMP TABLE truth AS
SELECT m.*, p.cnid, right(p.cnid::text, 1) AS check_char, rank() OVER (ORDER BY p.cnid) AS id_rank
FROM masked m JOIN person p ON person_key(p.cnid, (SELECT secret FROM register_secret)) = m.person_key;
SELECT count(*) >= 5000 AS rows_5000, abs(corr(pos, id_rank)) < 0.1 AS order_independent_of_id FROM truth;
-- No pair of the view's columns determines the check character (nor does
-- the beginning of the person key).  The same test on cnid_mask(), the
-- column 0.1.0 showed, scores 1.
SELECT max(pg_temp.constant_share(a.c, b.c)) < 0.3 AS no_pair_determines_the_check_character, count(*) AS pairs
FROM (VALUES ('sex'), ('birth_year'), ('county'), ('township'), ('employment'), ('deceased'), ('state'),
             ('insurances'), ('flags'), ('substr(person_key::text, 1, 3)')) a(c)
JOIN (VALUES ('sex'), ('birth_year'), ('county'), ('township'), ('employment'), ('deceased'), ('state'),
             ('insurances'), ('flags'), ('substr(person_key::text, 1, 3)')) b(c) ON a.c < b.c;
ALTER TABLE truth ADD COLUMN masked_0_1 text;
UPDATE truth SET masked_0_1 = cnid_mask(cnid);
SELECT pg_temp.constant_share('county', 'masked_0_1') AS with_0_1_masking;

-- 6. DROP EXTENSION keeps the data: it refuses while the register exists.
SELECT regexp_replace(pg_temp.try('DROP EXTENSION enroll'), E'\n.*', '') AS drop_extension;
SELECT count(*) > 5000 AS persons_still_there FROM person;

-- Clean up the roles.
DROP OWNED BY enroll_sec_clerk_a, enroll_sec_clerk_b, enroll_sec_analyst;
DROP ROLE enroll_sec_clerk_a, enroll_sec_clerk_b, enroll_sec_analyst;
