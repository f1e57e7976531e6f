-- Cross-province duplicates (跨省重复参保) and the uninsured (漏保) on a
-- national register of three synthetic provinces: 陕西 (61), 四川 (51) and
-- 新疆 (65), 2,000 persons each, with persons of 陕西 planted in the others'
-- registers (doc/reference-linkage.md).
SET search_path = enroll, public;
\set VERBOSITY default

CREATE TEMP TABLE people AS
SELECT p.province / 10000 * 1000000 + s.person_id AS person, p.province, s.*
FROM (VALUES (610000), (510000), (650000)) AS p(province),
     LATERAL synth_persons(2000, p.province / 10000, 0, p.province) s;
-- (Each province its own seed: one seed would give the same names and
-- birth dates in every province.)  Each province's register: its persons
-- (but one in 97, who is in none: the uninsured), by ID as entered (with
-- 5 % of the generator's ID errors), and one person in 100 of 陕西 twice in
-- 陕西 itself (not a cross-province case).
CREATE TEMP TABLE national (rec_id bigint, province integer, id_number text, name text,
                            birth_date date, sex smallint, person bigint, planted text);
INSERT INTO national
SELECT p.province / 10000 * 1000000 + s.person_id, p.province / 10000, s.id_number, s.name,
       s.birth_date, s.sex, p.province / 10000 * 1000000 + s.person_id, NULL
FROM (VALUES (610000), (510000), (650000)) AS p(province),
     LATERAL synth_persons(2000, p.province / 10000, 0.05, p.province) s
WHERE s.person_id % 97 <> 0;
INSERT INTO national
SELECT 61500000 + person_id, 610000, cnid_true::text, name, birth_date, sex, person, 'same province'
FROM people WHERE province = 610000 AND person_id % 100 = 5;
-- planted: 陕西 persons also enrolled in 四川 by the same ID (every second
-- one in the 15-digit form or with a lower-case x), in 新疆 with a typo in
-- the ID, in 四川 without an ID, and in all three (四川 by ID, 新疆 without)
INSERT INTO national
SELECT 51500000 + person_id, 510102,
       CASE WHEN person_id % 2 = 0 THEN cnid_true::text
            WHEN birth_date < '2000-01-01' THEN substr(cnid_true::text, 1, 6) || substr(cnid_true::text, 9, 9)
            ELSE lower(cnid_true::text) END,
       name, birth_date, sex, person, 'same_id'
FROM people WHERE province = 610000 AND person_id % 50 = 1 AND person_id % 97 <> 0;
INSERT INTO national
SELECT 65500000 + person_id, 650000,
       overlay(cnid_true::text PLACING ((substr(cnid_true::text, 15, 1)::int + 1) % 10)::text FROM 15 FOR 1),
       name, birth_date, sex, person, 'repaired_id'
FROM people WHERE province = 610000 AND person_id % 50 = 2 AND person_id % 97 <> 0;
INSERT INTO national
SELECT 51600000 + person_id, 51, '', name, birth_date, sex, person, 'name_birth_sex'
FROM people WHERE province = 610000 AND person_id % 50 = 3 AND person_id % 97 <> 0;
INSERT INTO national
SELECT 51700000 + person_id, 51, cnid_true::text, name, birth_date, sex, person, 'three provinces'
FROM people WHERE province = 610000 AND person_id % 50 = 4 AND person_id % 97 <> 0
UNION ALL
SELECT 65700000 + person_id, 65, NULL, name, birth_date, sex, person, 'three provinces'
FROM people WHERE province = 610000 AND person_id % 50 = 4 AND person_id % 97 <> 0;
SELECT planted, count(*) FROM national GROUP BY 1 ORDER BY 1 NULLS FIRST;

-- One row per record of a person enrolled in two or more provinces.
CREATE TEMP TABLE dup AS
SELECT * FROM cross_province_duplicates(
    'SELECT rec_id, province, id_number, name, birth_date, sex FROM national');
SELECT * FROM dup WHERE person_key IN (SELECT min(person_key) FROM dup d JOIN national n USING (rec_id)
                                       GROUP BY n.planted) ORDER BY person_key, province, rec_id;
-- Every planted person is found, with the kind of link planted, and nothing
-- else: no person twice in one province only, no two persons together.
-- (A planted person's own record in 陕西 may carry an ID error of the
-- generator: then it is linked by repair or by name.)
SELECT k.planted, count(DISTINCT d.person_key) AS persons, count(*) AS records,
       string_agg(DISTINCT d.matched_by, ', ') AS matched_by
FROM dup d JOIN national n USING (rec_id)
JOIN (SELECT person, max(planted) AS planted FROM national GROUP BY 1) k USING (person)
GROUP BY 1 ORDER BY 1 NULLS FIRST;
SELECT count(*) AS planted_persons_missed FROM (
    SELECT person FROM national WHERE planted IN ('same_id', 'repaired_id', 'name_birth_sex', 'three provinces')
    EXCEPT SELECT n.person FROM dup d JOIN national n USING (rec_id)) m;
SELECT count(*) AS keys_with_two_persons FROM (
    SELECT d.person_key FROM dup d JOIN national n USING (rec_id)
    GROUP BY 1 HAVING count(DISTINCT n.person) > 1) k;
-- The same for any order of the input, and with the province as text.
SELECT count(*) AS rows_differ FROM (
    (SELECT * FROM dup EXCEPT ALL
     SELECT * FROM cross_province_duplicates(
        'SELECT rec_id, province::text AS province, id_number, name, birth_date, sex FROM national ORDER BY md5(rec_id::text)'))
    UNION ALL
    (SELECT * FROM cross_province_duplicates(
        'SELECT rec_id, province, id_number, name, birth_date, sex FROM national ORDER BY rec_id DESC')
     EXCEPT ALL SELECT * FROM dup)) x;

-- The ministry's list: per pair of provinces, by the weakest evidence.
SELECT * FROM cross_province_report('SELECT rec_id, province, id_number, name, birth_date, sex FROM national');

-- The persons of the national household extract in no province's register.
CREATE TEMP TABLE household AS
SELECT person AS rec_id, cnid_true::text AS id_number, name, birth_date, sex FROM people;
CREATE TEMP TABLE uninsured AS
SELECT * FROM cross_province_uninsured('SELECT rec_id, province, id_number, name, birth_date, sex FROM national',
                                       'SELECT * FROM household');
-- the truth: one in 97 of each province, less the 陕西 persons planted elsewhere
SELECT count(*) AS uninsured,
       count(*) FILTER (WHERE household_rec IN (SELECT person FROM people WHERE person_id % 97 = 0)) AS of_the_unenrolled
FROM uninsured;
SELECT count(*) AS truly_uninsured
FROM people p WHERE NOT EXISTS (SELECT 1 FROM national n WHERE n.person = p.person);

-- On a table (plain here; on Citus, distributed by the normalised ID, the
-- linkage runs on the workers: test/citus/cross_province.sh): the same rows.
SELECT (SELECT count(*) FROM (SELECT * FROM cross_province_duplicates('national'::regclass)
                              EXCEPT ALL SELECT * FROM dup) x)
     + (SELECT count(*) FROM (SELECT * FROM dup
                              EXCEPT ALL SELECT * FROM cross_province_duplicates('national'::regclass)) x) AS duplicates_differ,
       (SELECT count(*) FROM (SELECT * FROM cross_province_report('national'::regclass)
                              EXCEPT ALL SELECT * FROM cross_province_report('SELECT rec_id, province, id_number, name, birth_date, sex FROM national')) x)
     + (SELECT count(*) FROM (SELECT * FROM cross_province_report('SELECT rec_id, province, id_number, name, birth_date, sex FROM national')
                              EXCEPT ALL SELECT * FROM cross_province_report('national'::regclass)) x) AS report_differ,
       (SELECT count(*) FROM (SELECT * FROM cross_province_uninsured('national'::regclass, 'household'::regclass)
                              EXCEPT ALL SELECT * FROM uninsured) x)
     + (SELECT count(*) FROM (SELECT * FROM uninsured
                              EXCEPT ALL SELECT * FROM cross_province_uninsured('national'::regclass, 'household'::regclass)) x) AS uninsured_differ;

-- Errors: every column is checked, name and type; provinces must be valid.
\set VERBOSITY terse
\set ON_ERROR_STOP 0
SELECT * FROM cross_province_duplicates('SELECT rec_id, id_number, name, birth_date, sex FROM national');
SELECT * FROM cross_province_duplicates('SELECT rec_id, province, id_number, name, 1 AS birth_date, sex FROM national');
SELECT * FROM cross_province_duplicates('SELECT rec_id, province, id_number, name, birth_date, birth_date AS sex FROM national');
SELECT * FROM cross_province_duplicates('SELECT birth_date AS rec_id, province, id_number, name, birth_date, sex FROM national');
SELECT * FROM cross_province_duplicates('SELECT rec_id, birth_date AS province, id_number, name, birth_date, sex FROM national');
SELECT * FROM cross_province_duplicates('SELECT rec_id, 71 AS province, id_number, name, birth_date, sex FROM national');
SELECT * FROM cross_province_duplicates('SELECT rec_id, 6101 AS province, id_number, name, birth_date, sex FROM national');
SELECT * FROM cross_province_duplicates('SELECT rec_id, NULL::int AS province, id_number, name, birth_date, sex FROM national');
SELECT * FROM cross_province_duplicates(NULL);
SELECT * FROM cross_province_report('SELECT 1');
SELECT * FROM cross_province_uninsured('SELECT rec_id, id_number, name, birth_date, sex FROM national', 'SELECT * FROM household');
SELECT * FROM cross_province_uninsured('SELECT rec_id, province, id_number, name, birth_date, sex FROM national', 'SELECT rec_id FROM household');
CREATE TEMP TABLE no_province AS SELECT rec_id, id_number, name, birth_date, sex FROM national;
SELECT * FROM cross_province_duplicates('no_province'::regclass);
SELECT * FROM cross_province_uninsured('no_province'::regclass, 'household'::regclass);
SELECT * FROM cross_province_duplicates(NULL::regclass);
CREATE TEMP TABLE bad_province AS SELECT rec_id, 71 AS province, id_number, name, birth_date, sex FROM national;
SELECT * FROM cross_province_report('bad_province'::regclass);
SELECT * FROM cross_province_duplicates('SELECT rec_id, province, id_number, name, birth_date, sex FROM national UNION ALL SELECT 61000001, 61, '''', ''x'', NULL, NULL');
-- The report's counting alone: person 1 in 北京 by ID and in 上海 by a
-- repaired ID (the weaker counts), person 5 in 北京 and 广东 by name; an
-- empty list; lists of different lengths.
SELECT * FROM cross_province_tally(ARRAY[1, 1, 1, 5, 5]::bigint[], ARRAY[110000, 110000, 310000, 110000, 440000],
                                   ARRAY['same_id', 'name_birth_sex', 'repaired_id', 'same_id', 'name_birth_sex']);
SELECT count(*) FROM cross_province_tally(NULL, NULL, NULL);
SELECT * FROM cross_province_tally(ARRAY[1, 1]::bigint[], ARRAY[110000], ARRAY['same_id', 'same_id']);

\set ON_ERROR_STOP 1
\set VERBOSITY default
