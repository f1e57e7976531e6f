-- register: the registration register.  Field validation,
-- idempotent register(), every workflow transition, history and as-of
-- queries, deaths, moves, status and flags, and row-level security with
-- real roles (county A clerk, county B clerk, a township clerk, an analyst).
SET search_path = enroll, enroll_register, public;
SELECT create_register() IN ('created', 'unchanged') AS register_exists;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- Valid ID numbers for the test: 17 digits and the ISO 7064 check character.
CREATE FUNCTION pg_temp.id(body text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
SELECT body || substr('10X98765432', (SELECT sum(substr(body, i, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[i])
                                      FROM generate_series(1, 17) i)::int % 11 + 1, 1)
$$;
-- Run a statement, give 'ok' or the SQLSTATE and message.
CREATE FUNCTION pg_temp.try(stmt text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE stmt;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ' ' || SQLERRM;
END $$;
CREATE FUNCTION pg_temp.try_register(form jsonb) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    RETURN enroll.register(form) ->> 'action';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ' ' || SQLERRM;
END $$;

-- A complete form (Huainan 2016 annex 1, doc/sources.md) of a person in 榆阳区 (610802).
SELECT jsonb_build_object(
    'cnid', pg_temp.id('61080219900307001'), 'name', '张 三', 'county', 610802, 'township', '610802001',
    'village', 610802001002, 'employment', '已单位就业', 'employer', '榆林市某某有限公司',
    'hukou', 610802, 'address', '榆阳区新建路 1 号', 'phone', '+86 138-0013-8000',
    'insurances', '[110, 310, 410]'::jsonb, 'insured_elsewhere', NULL) AS form \gset

-- 1. Field validation: every error names its field and has its SQLSTATE.
SELECT v.what, pg_temp.try_register(:'form'::jsonb || v.change) AS result
FROM (VALUES
    ('unknown field',          '{"telephone": "13800138000"}'::jsonb),
    ('cnid missing',           '{"cnid": null}'),
    ('cnid check character',   '{"cnid": "610802199003070010"}'),
    ('cnid length',            '{"cnid": "61080219900307"}'),
    ('name missing',           '{"name": "  "}'),
    ('name with digits',       '{"name": "张3"}'),
    ('name not text',          '{"name": 12}'),
    ('name too long',          jsonb_build_object('name', repeat('名', 51))),
    ('county missing',         '{"county": null}'),
    ('county digits',          '{"county": "61080"}'),
    ('county unknown',         '{"county": 610899}'),
    ('county is a prefecture', '{"county": 610800}'),
    ('township digits',        '{"township": 61080200}'),
    ('township elsewhere',     '{"township": 610803001}'),
    ('village elsewhere',      '{"village": 610802002001}'),
    ('village, no township',   '{"township": null}'),
    ('employment missing',     '{"employment": null}'),
    ('employment unknown',     '{"employment": "farmer"}'),
    ('employer missing',       '{"employer": null}'),
    ('employer not employed',  '{"employment": "student"}'),
    ('hukou unknown',          '{"hukou": 619999}'),
    ('phone 10 digits',        '{"phone": "1380013800"}'),
    ('phone letters',          '{"phone": "1380013800O"}'),
    ('phone not mobile',       '{"phone": "02988880000"}'),
    ('phone not text',         '{"phone": [1]}'),
    ('insurances not array',   '{"insurances": "110,310"}'),
    ('insurances bad code',    '{"insurances": [110, "31"]}'),
    ('insurances unknown',     '{"insurances": [110, 999]}'),
    ('reason while insured',   '{"not_insured_reason": "personal"}'),
    ('reason unknown',         '{"insurances": [], "not_insured_reason": "lazy"}'),
    ('elsewhere unknown',      '{"insured_elsewhere": "abroad"}'),
    ('flag unknown',           '{"flags": ["retired"]}'),
    ('flag deceased',          '{"flags": ["deceased"]}'),
    ('version not a number',   '{"version": "1"}'),
    ('address too long',       jsonb_build_object('address', repeat('路', 201)))
) AS v(what, change);
SELECT pg_temp.try_register('[1, 2]'), pg_temp.try_register(NULL);
-- The column of the error is the field, for applications.
DO $$
DECLARE
    col text;
BEGIN
    PERFORM enroll.register('{"cnid": "610802199003070014", "name": "李四", "county": 610802, "employment": "student", "phone": "123"}');
EXCEPTION WHEN invalid_text_representation THEN
    GET STACKED DIAGNOSTICS col = COLUMN_NAME;
    RAISE NOTICE 'column: %', col;
END $$;
-- form_problem() gives the same message without raising (for bulk loads).
SELECT form_problem(:'form'), form_problem(:'form'::jsonb || '{"phone": "1380013800"}');
-- Nothing was stored by the failures.
SELECT count(*) AS persons, (SELECT count(*) FROM history) AS history_rows FROM person;

-- 2. register(): insert, then idempotent, then update; warnings.
SELECT r ->> 'action' AS action, r -> 'person' ->> 'name' AS name, r -> 'person' ->> 'phone' AS phone,
       r -> 'person' ->> 'employment' AS employment, r -> 'person' ->> 'region' AS region,
       r -> 'person' ->> 'sex' AS sex, r -> 'person' ->> 'birth' AS birth, r ->> 'state' AS state,
       r ->> 'insurances' AS insurances, r -> 'warnings' AS warnings
FROM (VALUES (register(:'form')), (register(:'form')),
             (register(:'form'::jsonb || '{"cnid": "610802900307001", "phone": "13800138000"}'))) AS t(r);
SELECT count(*) AS persons, max(version) AS version FROM person;
-- An update: new phone, a student now, no insurance and no reason, flags.
SELECT r ->> 'action' AS action, r -> 'person' ->> 'version' AS version, r -> 'person' ->> 'phone' AS phone,
       r ->> 'insurances' AS insurances, r -> 'warnings' AS warnings
FROM register(:'form'::jsonb - 'employer' - 'phone' || '{"employment": "在校学生", "insurances": [], "flags": ["student", "working_away"]}') r;
SELECT cnid, reason, detail, closed_at IS NULL AS open FROM problem ORDER BY id;
SELECT flag FROM person_flag ORDER BY flag;
-- Back to the first form: flags are kept when the form has none; problems close.
SELECT register(:'form') ->> 'action' AS action;
SELECT reason, closed_at IS NOT NULL AS closed, closed_by FROM problem ORDER BY id;
SELECT cnid, insurance FROM enrolment ORDER BY 1, 2;
-- Optimistic locking: a form based on an old version is refused.
SELECT pg_temp.try_register(:'form'::jsonb || '{"version": 1, "phone": "13900139000"}');
SELECT pg_temp.try_register(:'form'::jsonb || '{"version": 3, "phone": "13900139000"}');
-- A warning when the ID number was issued in another province than the hukou.
SELECT register(:'form'::jsonb || jsonb_build_object('cnid', pg_temp.id('11010519491231002'), 'hukou', 610802)) -> 'warnings' AS warnings;

-- 3. Workflow.  Through the functions: submit, township and county review.
\set a '''610802199003070014'''
SELECT cnid_check(:a);
SELECT submit(:a) AS submit, submit(:a) AS again;
SELECT pg_temp.try(format('SELECT enroll.review(%L, ''county'', true)', :a)) AS county_before_township;
SELECT review(:a, 'township', true) AS township, review(:a, 'township', true) AS again;
SELECT pg_temp.try(format('SELECT enroll.review(%L, ''county'', false)', :a)) AS return_without_reason;
SELECT pg_temp.try(format('SELECT enroll.review(%L, ''city'', true)', :a)) AS bad_level;
SELECT review(:a, 'county', false, '户口所在地与身份证不符') AS county, review(:a, 'county', false, '户口所在地与身份证不符') AS again;
SELECT state, return_reason FROM registration WHERE cnid = :a;
SELECT reason, detail FROM problem WHERE cnid = :a AND closed_at IS NULL ORDER BY id;
SELECT pg_temp.try(format('SELECT enroll.review(%L, ''county'', true)', :a)) AS approve_returned;
SELECT submit(:a), review(:a, 'township', true), review(:a, 'county', true);
SELECT state, township_by, county_by FROM registration WHERE cnid = :a;
SELECT count(*) AS open_returned_problems FROM problem WHERE cnid = :a AND reason = 'returned' AND closed_at IS NULL;
-- Changing a confirmed form sends it back to collected (amend).
SELECT r ->> 'action' AS action, r ->> 'state' AS state FROM register(:'form'::jsonb || '{"phone": "13900139001"}') r;

-- Every pair of states: a change is legal exactly when listed in
-- workflow_transition (every writing function checks its change with
-- workflow_check(); nobody else may write the table).
CREATE TEMP TABLE matrix AS
SELECT f.s AS from_state, t.s AS to_state,
       pg_temp.try(format('SELECT enroll.workflow_check(%L, %L)', f.s, t.s)) AS result
FROM unnest(ARRAY['collected', 'township_review', 'county_review', 'confirmed', 'returned']) WITH ORDINALITY f(s, i),
     unnest(ARRAY['collected', 'township_review', 'county_review', 'confirmed', 'returned']) WITH ORDINALITY t(s, j)
WHERE f.s <> t.s;
SELECT from_state, to_state, result FROM matrix ORDER BY from_state, to_state;
SELECT count(*) AS disagreements_with_workflow_transition
FROM matrix m
WHERE (m.result = 'ok') <> EXISTS (SELECT 1 FROM workflow_transition w WHERE w.from_state = m.from_state AND w.to_state = m.to_state);
SELECT state FROM registration WHERE cnid = :a;

-- 4. History and as-of queries.
SELECT pg_sleep(0.01);
SELECT clock_timestamp() AS t0 \gset
SELECT pg_sleep(0.01);
\set b '''61080219850615002X'''
SELECT cnid_check(:b);
SELECT register(jsonb_build_object('cnid', :b, 'name', '王芳', 'county', 610802, 'township', 610802001,
    'employment', 'flexible', 'phone', '13712345678', 'insurances', '[170, 390]'::jsonb)) ->> 'action';
SELECT pg_sleep(0.01);
SELECT clock_timestamp() AS t1 \gset
SELECT pg_sleep(0.01);
SELECT change_status(:b, 'employed', '榆林煤业') AS status, change_status(:b, 'employed', '榆林煤业') AS again;
SELECT set_flag(:b, 'working_away', note => '在西安务工') AS flag, set_flag(:b, 'working_away', note => '在西安务工') AS again;
SELECT pg_sleep(0.01);
SELECT clock_timestamp() AS t2 \gset
SELECT pg_sleep(0.01);
SELECT record_death(:b, '2025-01-15') AS death, record_death(:b, '2025-01-15') AS again;
SELECT set_flag(:b, 'working_away', false) AS cleared;
-- Who, when, from what, to what.
SELECT tbl, key, op, region, actor, session_actor, at > :'t0' AS after_t0,
       old ->> 'employment' AS old_employment, new ->> 'employment' AS new_employment,
       old ->> 'died_on' AS old_died, new ->> 'died_on' AS new_died, coalesce(new, old) ->> 'flag' AS flag
FROM history WHERE key LIKE :b || '%' ORDER BY id;
-- The register as of t0, t1, t2 and now.
SELECT 't0' AS at, count(*) FROM as_of(NULL::person, :'t0') WHERE cnid = :b
UNION ALL SELECT 't1', count(*) FROM as_of(NULL::person, :'t1') WHERE cnid = :b;
SELECT 't1' AS at, name, employment, employer, died_on, version FROM as_of(NULL::person, :'t1') WHERE cnid = :b
UNION ALL
SELECT 't2', name, employment, employer, died_on, version FROM as_of(NULL::person, :'t2') WHERE cnid = :b
UNION ALL
SELECT 'now', name, employment, employer, died_on, version FROM as_of(NULL::person, now()) WHERE cnid = :b;
-- as_of() of now agrees with the table row for row.
SELECT (SELECT array_agg(p ORDER BY flag) FROM as_of(NULL::person_flag, now()) p WHERE cnid = :b)
     = (SELECT array_agg(p ORDER BY flag) FROM person_flag p WHERE cnid = :b) AS flags_agree,
       (SELECT array_agg(flag ORDER BY flag) FROM as_of(NULL::person_flag, :'t2') WHERE cnid = :b) AS flags_at_t2,
       (SELECT array_agg(insurance ORDER BY insurance) FROM as_of(NULL::enrolment, :'t1') WHERE cnid = :b) AS insurances_at_t1,
       (SELECT array_agg(p ORDER BY cnid) FROM as_of(NULL::person, now()) p) = (SELECT array_agg(p ORDER BY cnid) FROM person p) AS persons_agree,
       (SELECT array_agg(p ORDER BY cnid) FROM as_of(NULL::registration, now()) p) = (SELECT array_agg(p ORDER BY cnid) FROM registration p) AS registrations_agree;
SELECT pg_temp.try('SELECT * FROM enroll.as_of(NULL::enroll.region_grant, now())') AS no_history;
-- as_of() of the persons given reads only their history, and gives their
-- rows of the whole register's as_of(), at every time and for every table.
CREATE FUNCTION pg_temp.as_of_given(tbl anyelement, at timestamptz, ids cnid[]) RETURNS text
LANGUAGE sql AS $$
    SELECT count(*) || ' rows, ' ||
           CASE WHEN (SELECT array_agg(to_jsonb(x)::text ORDER BY to_jsonb(x)::text) FROM enroll.as_of(tbl, at, persons => ids) x)
                     IS NOT DISTINCT FROM
                     (SELECT array_agg(to_jsonb(x)::text ORDER BY to_jsonb(x)::text) FROM enroll.as_of(tbl, at) x WHERE x.cnid = ANY (ids))
                THEN 'as in the whole register' ELSE 'DIFFERENT' END
    FROM enroll.as_of(tbl, at, persons => ids)
$$;
SELECT i AS time, pg_temp.as_of_given(NULL::person, at, ARRAY[:b, '610802199201010055']::cnid[]) AS persons,
       pg_temp.as_of_given(NULL::enrolment, at, ARRAY[:b]::cnid[]) AS enrolments,
       pg_temp.as_of_given(NULL::person_flag, at, ARRAY[:b]::cnid[]) AS flags
FROM unnest(ARRAY[:'t0', :'t1', :'t2', now()]::timestamptz[]) WITH ORDINALITY a(at, i)
ORDER BY i;
SELECT count(*) AS nobody FROM as_of(NULL::person, now(), persons => '{}');
-- The register as coverage_report()'s population, as of t1 and now (the
-- person died since, so is left out now).
SELECT 't1' AS at, * FROM register_population(:'t1') WHERE cnid = :b
UNION ALL SELECT 'now', * FROM register_population() WHERE cnid = :b;
SELECT region, region_level, household_population, registered, eligible, covered
FROM coverage_report(format('SELECT region, registered, insurances, eligible FROM enroll.register_population(%L)', :'t1'),
                     'county', 'pension')
ORDER BY region NULLS LAST;
SELECT pg_temp.try('SELECT * FROM enroll.register_population(now(), ''dental'')') AS bad_category;
-- 5. Deaths, moves, status changes, flags: errors.
SELECT regexp_replace(pg_temp.try(format('SELECT enroll.record_death(%L, ''1980-01-01'')', :b)), '\d{4}-\d\d-\d\d$', 'today') AS before_birth;
SELECT regexp_replace(pg_temp.try(format('SELECT enroll.record_death(%L, current_date + 1)', :b)),
                      '^(\S+ died: )\d{4}-\d\d-\d\d( is outside \S+ \.\. )\d{4}-\d\d-\d\d$', '\1tomorrow\2today') AS in_future;
SELECT pg_temp.try(format('SELECT enroll.record_death(%L, ''2020-01-01'')', pg_temp.id('11010519800101009'))) AS no_such_person;
SELECT pg_temp.try(format('SELECT enroll.set_flag(%L, ''deceased'')', :b)) AS deceased_flag;
SELECT pg_temp.try(format('SELECT enroll.set_flag(%L, ''retired'')', :b)) AS unknown_flag;
SELECT pg_temp.try(format('SELECT enroll.change_status(%L, ''employed'')', :b)) AS employer_missing;
SELECT pg_temp.try(format('SELECT enroll.move(%L, 610899)', :b)) AS unknown_county;
SELECT pg_temp.try(format('SELECT enroll.move(%L, 6108)', :b)) AS bad_code;
SELECT register(jsonb_build_object('cnid', :b, 'name', '王芳', 'county', 610802, 'township', 610802001,
    'employment', 'employed', 'employer', '榆林煤业', 'phone', '13712345678', 'insurances', '[170, 390]'::jsonb)) -> 'warnings' AS warnings;

-- 6. Row-level security with real roles.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['enroll_reg_clerk_a', 'enroll_reg_clerk_b', 'enroll_reg_town_a', 'enroll_reg_analyst'] LOOP
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('DROP OWNED BY %I', r);
            EXECUTE format('DROP ROLE %I', r);
        END IF;
    END LOOP;
END $$;
CREATE ROLE enroll_reg_clerk_a;   -- county A: 榆阳区 610802
CREATE ROLE enroll_reg_clerk_b;   -- county B: 横山区 610803
CREATE ROLE enroll_reg_town_a;    -- a township of county A: 610802001
CREATE ROLE enroll_reg_analyst;   -- the province's analyst
SELECT grant_region('enroll_reg_clerk_a', 610802), grant_region('enroll_reg_clerk_b', 610803),
       grant_region('enroll_reg_town_a', 610802001), grant_analyst('enroll_reg_analyst');
SELECT pg_temp.try('SELECT enroll.grant_region(''enroll_reg_nobody'', 610802)') AS unknown_role;
-- People in county B, registered by its clerk.
SET ROLE enroll_reg_clerk_b;
SELECT register(jsonb_build_object('cnid', pg_temp.id('61080319700101' || lpad(i::text, 3, '0')), 'name', '横山' || chr(19968 + i),
    'county', 610803, 'township', 610803100, 'employment', 'unemployed', 'phone', '1390000000' || i, 'insurances', '[170]'::jsonb)) ->> 'action'
FROM generate_series(1, 3) i;
SELECT submit(pg_temp.id('61080319700101' || lpad(i::text, 3, '0'))::cnid) FROM generate_series(1, 3) i;
SELECT pg_temp.try_register(:'form') AS b_registers_a_person;
SELECT pg_temp.try_register(:'form'::jsonb || '{"county": 610803, "township": null, "village": null}') AS b_takes_a_person;
SELECT count(*) AS persons_b_sees, min(region) AS min_region, max(region) AS max_region FROM person;
RESET ROLE;
-- County A's clerk: reads only county A, through every table and function.
SET ROLE enroll_reg_clerk_a;
SELECT region_at(region, 'county') AS county, count(*) FROM person GROUP BY 1;
SELECT (SELECT count(*) FROM registration) AS registrations, (SELECT count(*) FROM enrolment) AS enrolments,
       (SELECT count(*) FROM person_flag) AS flags, (SELECT count(*) FROM problem) AS problems,
       (SELECT count(*) FROM history WHERE region_at(region, 'county') IS DISTINCT FROM 610802) AS foreign_history,
       (SELECT count(*) FROM history) > 0 AS has_history,
       (SELECT count(*) FROM as_of(NULL::person, now()) WHERE region_at(region, 'county') <> 610802) AS foreign_as_of,
       (SELECT count(*) FROM region_grant WHERE role LIKE 'enroll_reg_%') AS grants_seen;
-- No role writes the tables directly, not even in its own regions: the
-- functions are the only path (and they keep the history).
SELECT pg_temp.try('UPDATE enroll_register.person SET phone = ''13000000000''') AS update_persons,
       pg_temp.try('UPDATE enroll_register.registration SET state = ''confirmed''') AS update_forms,
       pg_temp.try('DELETE FROM enroll_register.enrolment') AS delete_enrolments;
SELECT pg_temp.try(format('SELECT enroll.submit(%L)', pg_temp.id('61080319700101001'))) AS submit_b;
SELECT pg_temp.try(format('SELECT enroll.review(%L, ''township'', false, ''x'')', pg_temp.id('61080319700101001'))) AS review_b;
SELECT pg_temp.try(format('SELECT enroll.record_death(%L, ''2020-01-01'')', pg_temp.id('61080319700101001'))) AS death_b;
SELECT pg_temp.try(format('SELECT enroll.set_flag(%L, ''military'')', pg_temp.id('61080319700101001'))) AS flag_b;
SELECT pg_temp.try(format('SELECT enroll.move(%L, 610802)', pg_temp.id('61080319700101001'))) AS move_b_in;
SELECT pg_temp.try(format('SELECT enroll.change_status(%L, ''student'')', pg_temp.id('61080319700101001'))) AS status_b;
SELECT pg_temp.try_register(jsonb_build_object('cnid', pg_temp.id('61080319700101001'), 'name', '改名', 'county', 610802,
    'employment', 'unemployed', 'insurances', '[170]'::jsonb)) AS register_b_person;
SELECT pg_temp.try_register(jsonb_build_object('cnid', pg_temp.id('61080319800101001'), 'name', '新人', 'county', 610803,
    'employment', 'unemployed')) AS register_in_b;
SELECT pg_temp.try('INSERT INTO enroll_register.person (cnid, name, sex, birth, region, employment) VALUES (''61080319800101001X'', ''x'', 1, ''1980-01-01'', 610803, ''student'')') AS insert_in_b;
SELECT pg_temp.try('INSERT INTO enroll_register.history (cnid, tbl, key, op, at, actor, session_actor, xid) VALUES (''11010519491231002X'', ''person'', ''x'', ''INSERT'', now(), ''me'', ''me'', 0)') AS forge_history,
       pg_temp.try('UPDATE enroll_register.history SET actor = ''someone''') AS rewrite_history,
       pg_temp.try('DELETE FROM enroll_register.history') AS erase_history;
SELECT pg_temp.try('SELECT * FROM enroll_register.person_masked') AS masked_view;
SELECT pg_temp.try('SELECT * FROM enroll.register_summary()') AS summary;
SELECT pg_temp.try('SELECT enroll.grant_region(''enroll_reg_clerk_a'', 610000)') AS self_grant;
SELECT pg_temp.try('INSERT INTO enroll.region_grant VALUES (''enroll_reg_clerk_a'', 610000)') AS self_grant_table;
-- Its review queue is empty: none of its forms waits, and B's three are not its.
SELECT level, office, count(*) FROM review_queue GROUP BY 1, 2;
-- Its own people: it works, history records the clerk.
SELECT submit(:b) AS submit, review(:b, 'township', true) AS township, review(:b, 'county', true) AS county;
SELECT actor, session_actor, op, old ->> 'state' AS from_state, new ->> 'state' AS to_state
FROM history WHERE tbl = 'registration' AND key = :b ORDER BY id DESC LIMIT 3;
RESET ROLE;
SET ROLE enroll_reg_clerk_b;
SELECT level, office, cnid, name, state, open_problems FROM review_queue ORDER BY cnid;
RESET ROLE;
-- County B's data is untouched.
SELECT count(*) FILTER (WHERE phone = '13000000000') AS b_phones_changed,
       (SELECT count(*) FROM enrolment WHERE cnid::text LIKE '610803%') AS b_enrolments,
       (SELECT count(*) FROM registration WHERE cnid::text LIKE '610803%' AND state = 'township_review') AS b_forms_still_in_review,
       (SELECT count(*) FROM person WHERE cnid::text LIKE '610803198%') AS b_new_persons,
       (SELECT max(version) FROM person WHERE region_at(region, 'county') = 610803) AS b_max_version
FROM person WHERE region_at(region, 'county') = 610803;
-- A township clerk: sees its township only, may review at township level, not county.
SET ROLE enroll_reg_town_a;
SELECT cnid, region FROM person ORDER BY cnid;
SELECT r ->> 'action' FROM register(jsonb_build_object('cnid', :b, 'name', '王芳', 'county', 610802, 'township', 610802001,
    'employment', 'employed', 'employer', '榆林煤业集团', 'phone', '13712345678', 'insurances', '[170, 390]'::jsonb)) r;
SELECT submit(:b) AS submit, review(:b, 'township', true) AS township;
SELECT level, office, cnid, state FROM review_queue;
SELECT pg_temp.try(format('SELECT enroll.review(%L, ''county'', true)', :b)) AS county_review_by_township;
SELECT pg_temp.try(format('UPDATE enroll_register.registration SET state = ''confirmed'' WHERE cnid = %L', :b)) AS county_decision_by_update;
SELECT pg_temp.try_register(:'form'::jsonb || '{"township": 610802002, "village": null}') AS outside_township;
RESET ROLE;
-- A move out of county A: A's clerk moves the person to county B, then no
-- longer sees them; B's clerk sees them with a moved_in problem.  B cannot
-- move A's people, and A cannot act as B.
SET ROLE enroll_reg_clerk_b;
SELECT pg_temp.try(format('SELECT enroll.move(%L, 610803)', :b)) AS b_grabs_a_person;
RESET ROLE;
SET SESSION AUTHORIZATION enroll_reg_clerk_a;
SELECT pg_temp.try('SET ROLE enroll_reg_clerk_b') AS a_poses_as_b;
SELECT pg_sleep(0.01);
SELECT clock_timestamp() AS before_move \gset
SELECT pg_sleep(0.01);
SELECT move(:b, 610803100) AS move;
SELECT count(*) AS a_sees FROM person WHERE cnid = :b;
-- As of before the move A sees the person and its rows; as of now, nothing.
SELECT (SELECT count(*) FROM as_of(NULL::person, :'before_move') WHERE cnid = :b) AS person_before,
       (SELECT count(*) FROM as_of(NULL::enrolment, :'before_move') WHERE cnid = :b) AS enrolments_before,
       (SELECT count(*) FROM as_of(NULL::person, now()) WHERE cnid = :b) AS person_now,
       (SELECT count(*) FROM as_of(NULL::enrolment, now()) WHERE cnid = :b) AS enrolments_now,
       (SELECT count(*) FROM as_of(NULL::problem, now()) WHERE cnid = :b) AS problems_now;
SELECT pg_temp.try('SELECT * FROM enroll.as_of(NULL::enroll_register.person, now(), viewer => ''enroll_reg_clerk_b'')') AS a_views_as_b;
SELECT pg_temp.try(format('SELECT enroll.move(%L, 610803100)', :b)) AS again_no_longer_a_person;
RESET SESSION AUTHORIZATION;
SELECT tbl, op, actor, session_actor, old ->> 'region' AS from_region, new ->> 'region' AS to_region
FROM history WHERE key = :b AND tbl = 'person' ORDER BY id DESC LIMIT 1;
SET ROLE enroll_reg_clerk_b;
SELECT p.region, g.state, q.reason, q.detail
FROM person p JOIN registration g USING (cnid) JOIN problem q USING (cnid)
WHERE p.cnid = :b AND q.closed_at IS NULL ORDER BY q.id;
RESET ROLE;
-- The analyst: masked IDs and aggregates only.
SET ROLE enroll_reg_analyst;
SELECT pg_temp.try('SELECT * FROM enroll_register.person') AS person_table;
SELECT pg_temp.try('SELECT * FROM enroll_register.history') AS history_table;
SELECT pg_temp.try('SELECT * FROM enroll.as_of(NULL::enroll_register.person, now())') AS as_of;
SELECT pg_temp.try(format('SELECT enroll.submit(%L)', :b)) AS submit;
SELECT sex, birth_year, county, township, employment, deceased, state, insurances, flags
FROM person_masked ORDER BY county, birth_year, sex, employment;
SELECT count(*) AS persons, count(DISTINCT person_key) AS keys FROM person_masked;
SELECT * FROM register_summary('county');
SELECT * FROM register_summary('province');
SELECT pg_temp.try('SELECT * FROM enroll.register_summary(''village'')') AS bad_level;
RESET ROLE;
-- The security-definer function pins its search_path.
SELECT p.oid::regprocedure, p.prosecdef, p.proconfig
FROM pg_proc p WHERE p.pronamespace = 'enroll'::regnamespace AND p.prosecdef ORDER BY 1;

-- Clean up the roles.
DROP OWNED BY enroll_reg_clerk_a, enroll_reg_clerk_b, enroll_reg_town_a, enroll_reg_analyst;
DROP ROLE enroll_reg_clerk_a, enroll_reg_clerk_b, enroll_reg_town_a, enroll_reg_analyst;
