-- dedupe(): every reason, the guards against over-merging, NULLs, empty
-- input and bad queries.
SET search_path = enroll, public;
\set SHOW_CONTEXT never

CREATE TEMP TABLE records (rec_id bigint, id_number text, name text, birth_date date, sex smallint);
INSERT INTO records VALUES
    -- one person, three forms of the same ID, across counties
    (1, '11010519491231002X', '王秀英', NULL, NULL),
    (2, '110105491231002', '王秀英', NULL, NULL),
    (3, '１１０１０５１９４９１２３１００２ｘ', '王秀英', NULL, NULL),
    -- a typo'd ID repaired to a registered one, name in traditional form
    (4, '33010219200403064X', '赵国华', NULL, NULL),
    (5, '330102192004030649', '趙國華', '1920-04-03', 2),
    -- a blank ID, found by name key + birth date + sex (a space in the name)
    (14, '610802198505051118', '周杰', NULL, NULL),
    (15, '', '周 杰', '1985-05-05', 1),
    -- two different people with different IDs and the same name, birth date
    -- and sex are never merged, and a blank-ID record that fits both is ambiguous
    (6, '61080219900101123X', '陈静', NULL, NULL),
    (11, '610802199001011256', '陈静', NULL, NULL),
    (7, '', '陈静', '1990-01-01', 1),
    -- a blank ID whose name/birth/sex fits two different valid IDs: ambiguous
    (8, '610802199001011213', '李明', NULL, NULL),
    (9, '610802199001018271', '李明', NULL, NULL),
    (10, NULL, '李明', '1990-01-01', 1),
    -- nobody else
    (12, '120110198012010073', '孙悟空', NULL, NULL),
    (13, NULL, NULL, NULL, NULL);

SELECT r.rec_id, d.cluster_id, round(d.score::numeric, 3) AS score, d.reason, r.id_number, r.name
FROM dedupe('SELECT * FROM records') d JOIN records r USING (rec_id)
ORDER BY r.rec_id;

-- One row per record; no cluster holds two different valid IDs.
SELECT count(*) AS rows_out, count(DISTINCT rec_id) AS records FROM dedupe('SELECT * FROM records');
SELECT count(*) AS clusters_with_two_ids FROM (
    SELECT d.cluster_id FROM dedupe('SELECT * FROM records') d JOIN records r USING (rec_id)
    WHERE cnid_valid(coalesce(r.id_number, ''))
    GROUP BY d.cluster_id HAVING count(DISTINCT cnid(r.id_number)) > 1) c;

-- The giant-cluster guard: 30 records of one placeholder person.
CREATE TEMP TABLE placeholder AS
SELECT i::bigint AS rec_id, '' AS id_number, '不详' AS name, date '1900-01-01' AS birth_date, 1::smallint AS sex
FROM generate_series(1, 30) i;
SELECT reason, count(*), count(DISTINCT cluster_id) AS clusters
FROM dedupe('SELECT * FROM placeholder', max_cluster_size => 20) GROUP BY reason;
SELECT reason, count(*), count(DISTINCT cluster_id) AS clusters
FROM dedupe('SELECT * FROM placeholder', max_cluster_size => 50) GROUP BY reason;

-- region_level: the region as evidence.  1,000 people enrolled twice under
-- their valid ID, both times in their own county, teach dedupe that
-- duplicates stay in their region (m); a prefecture holds a tenth of the
-- records, a county about 1 % (u).  Without a region, a blank-ID 陈静 born
-- the same day as the valid one is linked; with it, one in another
-- prefecture (2) is likelier a stranger and stays apart; one registered under an
-- abolished county code of the same prefecture (3: 612724 横山县 -> 610803
-- 横山区, 榆林) is linked at the prefecture level and, being in another
-- county, kept apart at the county level; one without a region (4) gets no
-- name link (it could chain two regions together).
CREATE TEMP TABLE regional AS
SELECT person_id + 100 AS rec_id, id_number, name, birth_date, sex, region::bigint
FROM synth_persons(1000, 11, 0.0, 610000);
-- 陈静 made common among men of the 1990s, so that a namesake born the
-- same day is not proof by itself
UPDATE regional SET name = '陈静'
WHERE sex = 1 AND birth_date >= '1990-01-02' AND birth_date < '2000-01-01';
INSERT INTO regional SELECT rec_id + 10000, id_number, name, birth_date, sex, region FROM regional;
-- and 500 blank-ID records of people enrolled once: duplicates are rare
-- among records without an ID
INSERT INTO regional
SELECT person_id + 20000, '', name, birth_date, sex, region FROM synth_persons(500, 12, 0.0, 610000);
INSERT INTO regional VALUES
    (1, '61080219900101123X', '陈静', NULL, NULL, 610802),
    (2, '', '陈静', '1990-01-01', 1, 610102),
    (3, '', '陈静', '1990-01-01', 1, 612724),
    (4, '', '陈静', '1990-01-01', 1, NULL);
SELECT rec_id, cluster_id, reason FROM dedupe('SELECT rec_id, id_number, name, birth_date, sex FROM regional') WHERE rec_id <= 4 ORDER BY rec_id;
SELECT rec_id, cluster_id, reason FROM dedupe('SELECT * FROM regional', region_level => 'prefecture') WHERE rec_id <= 4 ORDER BY rec_id;
SELECT rec_id, cluster_id, reason FROM dedupe('SELECT * FROM regional', region_level => 'county') WHERE rec_id <= 4 ORDER BY rec_id;
-- the evidence: agreement, the share of duplicates in the same region, the weight (log2)
SELECT rec_a, rec_b, kept, explain->'region'->>'agreement' AS region,
       round((explain->'region'->>'duplicates_in_same_region')::numeric, 4) AS m,
       (explain->'region'->>'weight')::numeric > 0 AS for_one_person
FROM dedupe_links('SELECT * FROM regional', region_level => 'prefecture') WHERE rec_a <= 4 ORDER BY rec_a, rec_b;
-- the second records enrolled in 西安 in one case of ten: m falls, another
-- prefecture weighs less against, and the namesakes elsewhere are linked
SELECT rec_a + rec_b - 2 AS other, kept, round((explain->'region'->>'duplicates_in_same_region')::numeric, 4) AS m,
       (explain->'region'->>'weight')::numeric AS weight_of_another_prefecture
FROM dedupe_links($$SELECT rec_id, id_number, name, birth_date, sex,
                           CASE WHEN rec_id > 10000 AND rec_id % 10 = 0 THEN 610102 ELSE region END AS region
                    FROM regional$$, region_level => 'prefecture') WHERE 2 IN (rec_a, rec_b) ORDER BY 1;

-- Evidence by name frequency: 2,000 blank-ID men named 王伟 born across
-- the 1990s, two of them on the same day, against one pair of 欧阳翠花.
-- Agreeing on 王伟 + birth date + sex is expected by chance, on 欧阳翠花
-- it is not: the first pair's probability is low and the default
-- min_probability (0.5) keeps it apart; with 0 it links with a low score.
-- The second pair links either way.
CREATE TEMP TABLE common AS
SELECT i::bigint AS rec_id, '' AS id_number, '王伟' AS name,
       date '1990-01-01' + (i % 3650) AS birth_date, 1::smallint AS sex
FROM generate_series(1, 2000) i
UNION ALL SELECT 3001, '', '王伟', date '1990-01-02', 1
UNION ALL SELECT 3002, '', '欧阳翠花', date '1991-05-05', 2
UNION ALL SELECT 3003, '', '欧阳翠花', date '1991-05-05', 2;
SELECT rec_id, cluster_id, round(score::numeric, 3) AS score, reason
FROM dedupe('SELECT * FROM common') WHERE rec_id IN (1, 3001, 3002, 3003) ORDER BY rec_id;
SELECT rec_id, cluster_id, round(score::numeric, 3) AS score, reason
FROM dedupe('SELECT * FROM common', min_probability => 0) WHERE rec_id IN (1, 3001, 3002, 3003) ORDER BY rec_id;
-- A name error that changes the name key: a look-alike character (未/末)
-- and a husband's surname in front (冠夫姓).  Nobody shares the blank-ID
-- record's key, so it is compared with the people born that day of that
-- sex whose name shares its first or last character.
CREATE TEMP TABLE misspelt (rec_id bigint, id_number text, name text, birth_date date, sex smallint);
INSERT INTO misspelt VALUES
    (1, '610802198001010013', '张未来', NULL, NULL),
    (2, '', '张末来', '1980-01-01', 1),
    (3, '610802196003030043', '林美玲', NULL, NULL),
    (4, '', '陈林美玲', '1960-03-03', 2),
    (5, '', '赵美玲', '1960-03-03', 2);   -- shares 玲, but not similar enough
SELECT rec_id, cluster_id, round(score::numeric, 3) AS score, reason
FROM dedupe('SELECT * FROM misspelt') ORDER BY rec_id;

-- Records in any order (rec_id descending) give the same clusters.
SELECT count(*) AS differ FROM (
    SELECT * FROM dedupe('SELECT * FROM records ORDER BY rec_id DESC')
    EXCEPT SELECT * FROM dedupe('SELECT * FROM records')) d;

-- Names longer than 1,024 bytes are compared on their first 1,024 (cut at
-- a character boundary).
SELECT rec_id, cluster_id, reason FROM dedupe($$
    SELECT 1::bigint AS rec_id, '' AS id_number, repeat('王', 400) AS name, date '1990-01-01' AS birth_date, 1::smallint AS sex
    UNION ALL SELECT 2, '', repeat('王', 400) || '伟', date '1990-01-01', 1$$) ORDER BY rec_id;

-- Empty input.
SELECT count(*) FROM dedupe('SELECT * FROM records WHERE false');

-- Errors.
\set ON_ERROR_STOP 0
SELECT * FROM dedupe('SELECT rec_id, name FROM records');
SELECT * FROM dedupe('SELECT 1::bigint AS rec_id, NULL AS id_number, NULL AS name, NULL::date AS birth_date, NULL::smallint AS sex UNION ALL SELECT 1, NULL, NULL, NULL, NULL');
SELECT * FROM dedupe('SELECT * FROM records', name_threshold => 0);
SELECT * FROM dedupe('SELECT * FROM records', max_cluster_size => 1);
SELECT * FROM dedupe(NULL);
SELECT * FROM dedupe('SELECT * FROM records', region_level => 'street');
SELECT * FROM dedupe('SELECT * FROM records', min_probability => 1);
SELECT * FROM dedupe('SELECT * FROM records', min_probability => NULL);
SELECT * FROM dedupe('SELECT 3::bigint AS rec_id, NULL AS id_number, NULL AS name, NULL::date AS birth_date, NULL::smallint AS sex UNION ALL SELECT 2, NULL, NULL, NULL, NULL UNION ALL SELECT 3, NULL, NULL, NULL, NULL');
SELECT * FROM dedupe('SELECT rec_id, id_number, name, birth_date, birth_date AS sex FROM records');
SELECT * FROM dedupe('SELECT * FROM records', region_level => 'county');
\set ON_ERROR_STOP 1
SELECT count(*) AS records_untouched FROM records;

-- dedupe_links(): why records were (not) put together.
SELECT rec_a, rec_b, reason, round(score::numeric, 3) AS score, kept,
       explain ->> 'dropped_by' AS dropped_by, explain -> 'id' AS id, explain -> 'name' ->> 'found_by' AS found_by
FROM dedupe_links('SELECT * FROM records') ORDER BY rec_a, rec_b;
-- a name link's evidence in full, and one dropped for its probability
SELECT jsonb_pretty(explain) FROM dedupe_links('SELECT * FROM misspelt') WHERE 4 IN (rec_a, rec_b);
SELECT rec_a, rec_b, kept, explain ->> 'dropped_by' AS dropped_by,
       (explain ->> 'probability')::float8 < 0.5 AS improbable
FROM dedupe_links('SELECT * FROM common') WHERE rec_b = 3001 OR rec_a = 3001;
-- kept links are exactly what dedupe() clusters by
SELECT count(*) AS differ FROM (
    SELECT DISTINCT least(d1.rec_id, d2.rec_id), greatest(d1.rec_id, d2.rec_id)
    FROM dedupe('SELECT * FROM records') d1 JOIN dedupe('SELECT * FROM records') d2
      ON d1.cluster_id = d2.cluster_id AND d1.rec_id < d2.rec_id
    EXCEPT
    SELECT least(c1.node, c2.node), greatest(c1.node, c2.node)
    FROM connected_components('SELECT rec_a, rec_b FROM enroll.dedupe_links(''SELECT * FROM records'') WHERE kept') c1
    JOIN connected_components('SELECT rec_a, rec_b FROM enroll.dedupe_links(''SELECT * FROM records'') WHERE kept') c2
      ON c1.component = c2.component AND c1.node < c2.node) x;
\set ON_ERROR_STOP 0
SELECT * FROM dedupe_links('SELECT rec_id FROM records');
SELECT * FROM dedupe_links(NULL);
\set ON_ERROR_STOP 1

-- Invariants on 30,000 mixed records: synthetic persons with ID and name
-- errors, second records (blank, legacy or the same ID; another name),
-- NULLs, birth dates outside 1850-2149, rec_ids in no order.
CREATE TEMP TABLE mixed AS
SELECT (person_id * 7919) % 100003 AS rec_id, id_number, name_entered AS name,
       CASE WHEN person_id % 97 = 0 THEN NULL WHEN person_id % 89 = 0 THEN date '1700-01-01' ELSE birth_date END AS birth_date,
       CASE WHEN person_id % 83 = 0 THEN NULL ELSE sex END AS sex
FROM synth_persons(25000, 11, 0.2, 610000, 0.2)
UNION ALL
SELECT 200000 + person_id, CASE person_id % 3 WHEN 0 THEN '' WHEN 1 THEN cnid_true::text ELSE NULL END,
       CASE WHEN person_id % 2 = 0 THEN name ELSE name_entered END, birth_date, sex
FROM synth_persons(25000, 11, 0.2, 610000, 0.5) WHERE person_id % 5 = 0;
CREATE TEMP TABLE mixed_out AS SELECT * FROM dedupe('SELECT * FROM mixed');
SELECT (SELECT count(*) FROM mixed) AS records, count(*) AS rows_out, count(DISTINCT rec_id) AS distinct_out,
       count(*) FILTER (WHERE cluster_id > rec_id) AS cluster_above_rec,
       count(*) FILTER (WHERE score IS NULL OR score < 0 OR score > 1) AS bad_scores
FROM mixed_out;
-- cluster_id is the smallest rec_id of its cluster, and a member of it
SELECT count(*) AS bad_cluster_ids FROM (
    SELECT cluster_id, min(rec_id) AS m FROM mixed_out GROUP BY cluster_id HAVING min(rec_id) <> cluster_id) c;
SELECT count(*) AS clusters_with_two_ids FROM (
    SELECT o.cluster_id FROM mixed_out o JOIN mixed m USING (rec_id)
    WHERE cnid_valid(coalesce(m.id_number, ''))
    GROUP BY o.cluster_id HAVING count(DISTINCT cnid(m.id_number)) > 1) c;
-- the kept links of dedupe_links are the clusters of dedupe
SELECT count(*) AS differ FROM (
    SELECT rec_id, cluster_id FROM mixed_out WHERE reason NOT IN ('singleton', 'ambiguous', 'giant_cluster')
    EXCEPT
    SELECT node, component FROM connected_components(
        'SELECT rec_a, rec_b FROM enroll.dedupe_links(''SELECT * FROM mixed'') WHERE kept')) d;
SELECT reason, count(*) > 0 AS present FROM mixed_out GROUP BY 1 ORDER BY 1;

-- dedupe_links gives rec_a < rec_b, in (rec_a, rec_b) order, the same rows
-- in the same order for any input order.
SELECT bool_and(rec_a < rec_b) AS rec_a_first FROM dedupe_links('SELECT * FROM mixed');
SELECT count(*) AS rows_differ FROM (
    (SELECT l.*, n FROM dedupe_links('SELECT * FROM mixed ORDER BY rec_id') WITH ORDINALITY l(rec_a, rec_b, reason, score, kept, explain, n)
     EXCEPT
     SELECT l.*, n FROM dedupe_links('SELECT * FROM mixed ORDER BY rec_id DESC') WITH ORDINALITY l(rec_a, rec_b, reason, score, kept, explain, n))
    UNION ALL
    (SELECT l.*, n FROM dedupe_links('SELECT * FROM mixed ORDER BY md5(rec_id::text)') WITH ORDINALITY l(rec_a, rec_b, reason, score, kept, explain, n)
     EXCEPT
     SELECT l.*, n FROM dedupe_links('SELECT * FROM mixed ORDER BY rec_id') WITH ORDINALITY l(rec_a, rec_b, reason, score, kept, explain, n))) d;
SELECT count(*) AS clusters_differ FROM (
    SELECT * FROM dedupe('SELECT * FROM mixed ORDER BY md5(rec_id::text)')
    EXCEPT SELECT * FROM mixed_out) d;

-- A record without a valid ID that fits two persons equally well is linked
-- to neither: namesakes (two valid IDs, same name, birth date and sex), and
-- two records the rules keep apart (a broken ID far from the other's
-- number).  Twins whose given names differ by one character (the same name
-- key) stay apart; a blank-ID record with one twin's exact name goes to that
-- twin, the link to the other is rejected as ambiguous.
CREATE TEMP TABLE persons (rec_id bigint, id_number text, name text, birth_date date, sex smallint);
INSERT INTO persons VALUES
    (101, '610802198503031017', '刘洋', NULL, NULL),
    (102, '610802198503031033', '刘洋', NULL, NULL),
    (103, '', '刘洋', '1985-03-03', 1),
    (111, '61080219850303105X', '张伟', NULL, NULL),
    (112, '610802198503031076', '张炜', NULL, NULL),
    (113, '', '张伟', '1985-03-03', 1),
    (121, '610802198503032028', '王芳', NULL, NULL),
    (122, '110105199912319992', '王芳', '1985-03-03', 2),
    (123, '', '王芳', '1985-03-03', 2);
SELECT rec_id, cluster_id, reason FROM dedupe('SELECT * FROM persons') ORDER BY rec_id;
SELECT rec_a, rec_b, reason, kept, explain ->> 'dropped_by' AS dropped_by, explain -> 'name' ->> 'similarity' AS similarity
FROM dedupe_links('SELECT * FROM persons') ORDER BY rec_a, rec_b;

-- The same with the generator's twins and same-county namesakes
-- (synth_persons' twin_rate, namesake_rate): every person enrolled by ID,
-- plus a blank-ID record for each relative, with the relative's own name.
-- A namesake's blank-ID record fits two persons exactly (two valid IDs):
-- linked to neither, ambiguous.  A twin's goes to that twin, never to the
-- other (given names one character apart).  No cluster holds two persons.
CREATE TEMP TABLE fam AS
SELECT * FROM synth_persons(20000, 31, 0, 610000, 0, 0.05, 0.05);
CREATE TEMP TABLE fam_rec AS
SELECT person_id AS rec_id, person_id, cnid_true::text AS id_number, name, birth_date, sex FROM fam
UNION ALL
SELECT 1000000 + person_id, person_id, '', name, birth_date, sex FROM fam WHERE relation IS NOT NULL;
CREATE TEMP TABLE fam_out AS
SELECT * FROM dedupe('SELECT rec_id, id_number, name, birth_date, sex FROM fam_rec');
SELECT f.relation, o.reason, count(*) AS blank_id_records,
       count(*) FILTER (WHERE o.cluster_id = f.person_id) AS with_its_person
FROM fam_out o JOIN fam_rec r USING (rec_id) JOIN fam f USING (person_id)
WHERE r.id_number = '' GROUP BY 1, 2 ORDER BY 1, 2;
-- the twins' ambiguous ones are twins with a namesake of their own (the
-- generator chains relatives: a namesake of a twin)
SELECT count(*) AS ambiguous_twins_without_a_namesake
FROM fam_out o JOIN fam_rec r USING (rec_id) JOIN fam f USING (person_id)
WHERE r.id_number = '' AND f.relation = 'twin' AND o.reason = 'ambiguous'
  AND NOT EXISTS (SELECT 1 FROM fam g WHERE g.person_id <> f.person_id AND g.name = f.name
                  AND g.birth_date = f.birth_date AND g.sex = f.sex);
SELECT count(*) AS clusters_joining_two_persons FROM (
    SELECT o.cluster_id FROM fam_out o JOIN fam_rec r USING (rec_id)
    GROUP BY o.cluster_id HAVING count(DISTINCT r.person_id) > 1) c;
SELECT count(*) FILTER (WHERE kept) AS kept_links_between_two_persons,
       count(*) FILTER (WHERE NOT kept AND explain ->> 'dropped_by' = 'ambiguous') AS rejected_as_ambiguous
FROM dedupe_links('SELECT rec_id, id_number, name, birth_date, sex FROM fam_rec') l
JOIN fam_rec a ON a.rec_id = l.rec_a JOIN fam_rec b ON b.rec_id = l.rec_b
WHERE a.person_id <> b.person_id;

-- evidence: further columns weighed for each name link as the region is
-- (m from the records sharing a valid ID, u from the value's frequency),
-- here the household address and the phone.  The generator's persons with
-- twins and namesakes at 2 % and 5 %, each enrolled with the first
-- register's address and phone, by ID except half the namesakes, whose only
-- record has none; one person in eight has a second record (half of them
-- without an ID) with the second register's address and phone (moved,
-- changed or missing at the generator's rates).  By name, birth date and
-- sex the ID-less namesake has one candidate, the other namesake; address
-- and phone tell them apart.
CREATE TEMP TABLE ev_person AS
SELECT * FROM synth_persons(20000, 37, 0, 610000, 0, 0.02, 0.05);
CREATE TEMP TABLE ev AS
SELECT person_id AS rec_id, person_id,
       CASE WHEN relation = 'namesake' AND person_id % 2 = 0 THEN '' ELSE cnid_true::text END AS id_number,
       name, birth_date, sex, address, phone FROM ev_person
UNION ALL
SELECT 1000000 + person_id, person_id, CASE WHEN person_id % 16 = 3 THEN cnid_true::text ELSE '' END,
       name, birth_date, sex, address_entered, phone_entered
FROM ev_person WHERE person_id % 8 = 3;
CREATE FUNCTION pg_temp.ev_pairs(evidence text[]) RETURNS TABLE (true_pairs bigint, false_pairs bigint)
LANGUAGE sql AS $$
    WITH d AS (SELECT o.cluster_id, e.person_id, e.rec_id
               FROM dedupe('SELECT rec_id, id_number, name, birth_date, sex, address, phone FROM ev',
                           evidence => evidence) o JOIN ev e USING (rec_id))
    SELECT count(*) FILTER (WHERE a.person_id = b.person_id), count(*) FILTER (WHERE a.person_id <> b.person_id)
    FROM d a JOIN d b ON a.cluster_id = b.cluster_id AND a.rec_id < b.rec_id
$$;
SELECT 'name, birth date, sex' AS evidence, * FROM pg_temp.ev_pairs(NULL)
UNION ALL SELECT 'and address', * FROM pg_temp.ev_pairs('{address}')
UNION ALL SELECT 'and address, phone', * FROM pg_temp.ev_pairs('{address,phone}');
-- how the second records were entered, and the true pairs there are
SELECT count(*) FILTER (WHERE address_entered <> address) AS moved,
       count(*) FILTER (WHERE phone_entered <> phone) AS phone_changed,
       count(*) FILTER (WHERE phone IS NULL OR phone_entered IS NULL) AS phone_missing,
       count(*) AS second_records
FROM ev_person WHERE person_id % 8 = 3;
-- a namesake's link in full: both columns differ, and the namesakes
-- measured on the valid IDs weigh in
SELECT jsonb_pretty(l.explain - 'chance' - 'probability' - 'weight')
FROM dedupe_links('SELECT rec_id, id_number, name, birth_date, sex, address, phone FROM ev',
                  evidence => '{address,phone}') l
JOIN ev a ON a.rec_id = l.rec_a JOIN ev b ON b.rec_id = l.rec_b
WHERE a.person_id <> b.person_id AND l.reason = 'name_birth_sex' AND l.explain -> 'evidence' -> 'phone' ->> 'agreement' = 'differ'
ORDER BY l.rec_a, l.rec_b LIMIT 1;
-- and a duplicate's: the same address and phone
SELECT l.rec_a, l.rec_b, l.kept, l.explain -> 'evidence' AS evidence
FROM dedupe_links('SELECT rec_id, id_number, name, birth_date, sex, address, phone FROM ev',
                  evidence => '{address,phone}') l
JOIN ev a ON a.rec_id = l.rec_a JOIN ev b ON b.rec_id = l.rec_b
WHERE a.person_id = b.person_id AND l.reason = 'name_birth_sex'
ORDER BY l.rec_a, l.rec_b LIMIT 2;
-- the evidence columns are checked: present, text, named once, not one of
-- the five (or region), no nulls, at most four
\set ON_ERROR_STOP 0
SELECT * FROM dedupe('SELECT rec_id, id_number, name, birth_date, sex FROM ev', evidence => '{address}');
SELECT * FROM dedupe('SELECT rec_id, id_number, name, birth_date, sex, 1 AS phone FROM ev', evidence => '{phone}');
SELECT * FROM dedupe('SELECT * FROM ev', evidence => '{address,address}');
SELECT * FROM dedupe('SELECT * FROM ev', evidence => '{name}');
SELECT * FROM dedupe('SELECT * FROM ev', evidence => ARRAY['address', NULL]);
SELECT * FROM dedupe('SELECT * FROM ev', evidence => '{a,b,c,d,e}');
\set ON_ERROR_STOP 1

-- Giant blocks: 100,000 records of one placeholder person (不详, born
-- 1900-01-01, no ID) are not compared pairwise (max_block, default 1,000):
-- they stand alone, and a WARNING names the values.
CREATE TEMP TABLE placeholder100k AS
SELECT i::bigint AS rec_id, '' AS id_number, '不详' AS name, date '1900-01-01' AS birth_date, 1::smallint AS sex
FROM generate_series(1, 100000) i;
SELECT reason, count(*), count(DISTINCT cluster_id) AS clusters FROM dedupe('SELECT * FROM placeholder100k') GROUP BY 1;
SELECT count(*) AS links FROM dedupe_links('SELECT * FROM placeholder100k');
-- under the threshold, the block is compared (and its cluster is too large)
SELECT reason, count(*) FROM dedupe('SELECT * FROM placeholder', max_block => 30) GROUP BY 1;
SELECT reason, count(*) FROM dedupe('SELECT * FROM placeholder', max_block => 29) GROUP BY 1;
-- a same-day group larger than max_block is not searched for look-alike names
SELECT reason, count(*) FROM dedupe($$SELECT person_id AS rec_id, '' AS id_number, name, date '1900-01-01' AS birth_date,
                                             1::smallint AS sex FROM synth_persons(40, 3, 0.0, 610000)$$, max_block => 20)
GROUP BY 1 ORDER BY 1;
\set ON_ERROR_STOP 0
SELECT * FROM dedupe('SELECT * FROM persons', max_block => 1);
SELECT * FROM dedupe('SELECT * FROM persons', max_block => NULL);
\set ON_ERROR_STOP 1

-- Cancel within a second, even inside one block: the threshold set so high
-- that the 100,000 placeholders would be compared pairwise.
SET statement_timeout = '500ms';
SELECT clock_timestamp() AS t0 \gset
\set ON_ERROR_STOP 0
SELECT count(*) FROM dedupe('SELECT * FROM placeholder100k', max_block => 1000000);
\set ON_ERROR_STOP 1
RESET statement_timeout;
SELECT clock_timestamp() - :'t0'::timestamptz < interval '1.5 s' AS cancelled_within_a_second;

-- Memory is bounded by enroll.linkage_memory: past it, a clean error.
SET enroll.linkage_memory = '64MB';
\set VERBOSITY terse
\set ON_ERROR_STOP 0
SELECT count(*) FROM dedupe('SELECT * FROM placeholder100k', max_block => 1000000);
\set ON_ERROR_STOP 1
\set VERBOSITY default
RESET enroll.linkage_memory;
SELECT count(*) AS still_up FROM dedupe('SELECT * FROM persons');
