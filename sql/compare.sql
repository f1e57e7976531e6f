-- compare_registers(): every status, lossless differences, repairs,
-- name-key resolution, ambiguity, uninsured rows and bad queries.
SET search_path = enroll, public;
\set SHOW_CONTEXT never

CREATE TEMP TABLE household (rec_id bigint, id_number text, name text, birth_date date, sex smallint);
INSERT INTO household VALUES
    (101, '11010519491231002X', '王秀英', NULL, NULL),          -- matched by ID
    (102, '440524188001010014', '李建國', NULL, NULL),          -- traditional vs simplified
    (103, '150102198807303035', '张伟', NULL, NULL),            -- name mismatch
    (104, '610104196209276908', '买买提·艾力', NULL, NULL),     -- minority dot variants
    (105, '33010219200403064X', '赵敏', NULL, NULL),            -- found through a repaired ID (typo)
    (106, '61080219900101123X', '陈静', '1990-01-01', 1),       -- found by name key + birth + sex
    (107, '610802199001011213', '陈静', '1990-01-01', 1),       -- and her namesake: ambiguity case
    (108, '612724197506150310', '刘洋', NULL, NULL),            -- uninsured
    (109, '360426199101010071', '孙丽', NULL, NULL),            -- two insured records of one person
    (110, NULL, '无号码', '2001-05-05', 2);                      -- no ID, uninsured
INSERT INTO household SELECT 111, '610802199001011213', '陈晶', '1990-01-01', 1;  -- the same ID twice

CREATE TEMP TABLE insured (rec_id bigint, id_number text, name text, birth_date date, sex smallint);
INSERT INTO insured VALUES
    (1, '11010519491231002x', '王秀英', NULL, NULL),            -- lower-case x: matched
    (2, '440524188001010014', '李建国', NULL, NULL),            -- 國/国: matched
    (3, '150102880730303', '张玮', NULL, NULL),                 -- legacy 15 digits, other name: name_mismatch
    (4, '６１０１０４１９６２０９２７６９０８', '买买提.艾力', NULL, NULL),  -- full width, ASCII dot: matched
    (5, '330102192004030649', '赵敏', '1920-04-03', 2),         -- wrong check: id_invalid, repaired to 105
    (6, '', '陈静', '1990-01-01', 1),                           -- empty ID: id_invalid, two namesakes: no link
    (7, '110105194912310038', '周杰', NULL, NULL),              -- valid, unknown: id_not_found
    (8, '360426199101010071', '孙丽', NULL, NULL),              -- matched
    (9, '360426199101010071', '孫麗', NULL, NULL),              -- same person again: matched
    (10, '610802199001011213', '陈静', NULL, NULL),             -- the household holds this ID twice: the same name decides
    (12, '610802199001011213', '陈景', NULL, NULL),             -- the same ID, a third name: no link
    (11, 'abc', '不存在', '1950-01-01', 1);                     -- id_invalid, unresolved

SELECT * FROM compare_registers('SELECT * FROM insured', 'SELECT * FROM household')
ORDER BY insured_rec NULLS LAST, household_rec;

-- Every insured record has exactly one row; statuses counted.
SELECT status, count(*) FROM compare_registers('SELECT * FROM insured', 'SELECT * FROM household')
GROUP BY status ORDER BY status;

-- A stricter name threshold leaves the repair unconfirmed when names differ.
SELECT insured_rec, household_rec, status FROM compare_registers(
    $$SELECT 5::bigint AS rec_id, '330102192004030649' AS id_number, '赵明' AS name, NULL::date AS birth_date, NULL::smallint AS sex$$,
    'SELECT * FROM household WHERE rec_id = 105', 0.99);

-- Empty registers.
SELECT count(*) FROM compare_registers('SELECT * FROM insured WHERE false', 'SELECT * FROM household WHERE false');
SELECT status, count(*) FROM compare_registers('SELECT * FROM insured WHERE false', 'SELECT * FROM household') GROUP BY 1;

-- Bad queries and arguments name what is wrong.
\set ON_ERROR_STOP 0
SELECT * FROM compare_registers('SELECT rec_id, name FROM insured', 'SELECT * FROM household');
SELECT * FROM compare_registers('SELECT rec_id, id_number, name, birth_date, ''male'' AS sex FROM insured', 'SELECT * FROM household');
SELECT * FROM compare_registers('SELECT * FROM insured', 'SELECT * FROM no_such_table');
SELECT * FROM compare_registers(NULL, 'SELECT * FROM household');
SELECT * FROM compare_registers('SELECT * FROM insured', 'SELECT * FROM household', 0);
\set ON_ERROR_STOP 1
-- linkage_records, the SQL helper for analysts (the linkage functions read in C), on its own.
SELECT linkage_records('SELECT * FROM insured WHERE rec_id IN (3, 5, 6)', 'work', 'test') AS rows_loaded;
SELECT rec_id, rule, id, nname, nkey, birth_date, sex FROM pg_temp.work ORDER BY rec_id;
SELECT linkage_records('SELECT * FROM insured WHERE rec_id = 1', 'work', 'test') AS reloaded;
\set ON_ERROR_STOP 0
SELECT linkage_records('SELECT 1 AS rec_id', 'work', 'my_caller');
-- a value the query's columns cannot be cast to fails only when read: the
-- error keeps its own message, the detail names the caller
SELECT linkage_records($$SELECT 'r1'::text AS rec_id, '110105194912310025' AS id_number, '王伟' AS name,
                               NULL::date AS birth_date, NULL::smallint AS sex$$, 'work', 'my_caller');
\set ON_ERROR_STOP 1

-- The C pass against a reference written in SQL (the former implementation,
-- kept here as an oracle), on 15,000 household persons and about 16,000
-- insured records with ID and name errors, blank and NULL IDs, unknown IDs, NULL birth
-- dates and sexes, an ID held twice in the household register, and
-- namesakes: the same rows both ways.
CREATE TEMP TABLE hh_mixed AS
SELECT person_id AS rec_id, cnid_true::text AS id_number, name, birth_date, sex
FROM synth_persons(15000, 5, 0, 610000, 0)
UNION ALL
SELECT 100000 + person_id, cnid_true::text, name_entered, birth_date, sex     -- the same ID twice
FROM synth_persons(15000, 5, 0, 610000, 0.5) WHERE person_id % 200 = 0
UNION ALL
SELECT 200000 + person_id, NULL, name, birth_date, sex                         -- no ID
FROM synth_persons(15000, 5, 0, 610000, 0) WHERE person_id % 300 = 1;
CREATE TEMP TABLE ins_mixed AS
SELECT person_id AS rec_id, id_number, name_entered AS name,
       CASE WHEN person_id % 7 = 0 THEN NULL ELSE birth_date END AS birth_date,
       CASE WHEN person_id % 11 = 0 THEN NULL ELSE sex END AS sex
FROM synth_persons(15000, 5, 0.2, 610000, 0.1) WHERE person_id % 9 <> 0
UNION ALL
SELECT 300000 + person_id, CASE WHEN person_id % 2 = 0 THEN '' END, name, birth_date, sex
FROM synth_persons(15000, 5, 0, 610000, 0) WHERE person_id % 13 = 0
UNION ALL
SELECT 400000 + person_id, cnid_true::text, name, birth_date, sex              -- people of elsewhere
FROM synth_persons(300, 99, 0, 610000, 0);
SELECT linkage_records('SELECT * FROM ins_mixed', 'ref_ins', 'test') AS insured,
       linkage_records('SELECT * FROM hh_mixed', 'ref_hh', 'test') AS household;
CREATE TEMP TABLE ref_link AS
WITH by_id AS (
    SELECT i.rec_id,
           CASE WHEN count(*) = 1 THEN min(h.rec_id)
                WHEN count(*) FILTER (WHERE h.nname = i.nname) = 1 THEN min(h.rec_id) FILTER (WHERE h.nname = i.nname) END AS hh,
           CASE WHEN count(*) = 1 OR count(*) FILTER (WHERE h.nname = i.nname) = 1 THEN 1 ELSE count(*) END AS n
    FROM ref_ins i JOIN ref_hh h ON h.id = i.id GROUP BY i.rec_id
), by_repair AS (
    SELECT i.rec_id, min(h.rec_id) AS hh, count(DISTINCT h.rec_id) AS n
    FROM ref_ins i CROSS JOIN LATERAL cnid_repairs(i.id_number) AS r(candidate)
    JOIN ref_hh h ON h.id = r.candidate
    WHERE i.id IS NULL AND i.id_number IS NOT NULL
      AND (i.birth_date IS NULL OR h.birth_date IS NULL OR i.birth_date = h.birth_date)
      AND (i.sex IS NULL OR h.sex IS NULL OR i.sex = h.sex)
      AND name_similarity(i.name, h.name) >= 0.85
    GROUP BY i.rec_id
), by_name AS (
    SELECT i.rec_id, min(h.rec_id) AS hh, count(*) AS n
    FROM ref_ins i JOIN ref_hh h ON h.nkey = i.nkey AND h.birth_date = i.birth_date AND h.sex = i.sex
    WHERE i.nkey IS NOT NULL AND name_similarity(i.name, h.name) >= 0.85
    GROUP BY i.rec_id
)
SELECT i.rec_id, i.rule, i.id, i.nname, i.name, bi.n AS id_n,
       CASE WHEN bi.n = 1 THEN bi.hh WHEN bi.n > 1 THEN NULL
            WHEN br.n = 1 THEN br.hh WHEN br.n > 1 THEN NULL
            WHEN bn.n = 1 THEN bn.hh END AS hh,
       CASE WHEN bi.n >= 1 THEN 'id' WHEN br.n >= 1 THEN 'repair' WHEN bn.n >= 1 THEN 'name' END AS via
FROM ref_ins i LEFT JOIN by_id bi USING (rec_id) LEFT JOIN by_repair br USING (rec_id) LEFT JOIN by_name bn USING (rec_id);
CREATE TEMP TABLE ref_out AS
SELECT r.rec_id AS insured_rec, r.hh AS household_rec,
       CASE WHEN r.rule <> 'ok' THEN 'id_invalid'
            WHEN r.id_n IS NULL THEN 'id_not_found'
            WHEN NOT EXISTS (SELECT 1 FROM ref_hh h2 WHERE h2.id = r.id AND h2.nname IS NOT DISTINCT FROM r.nname) THEN 'name_mismatch'
            ELSE 'matched' END AS status,
       CASE WHEN r.hh IS NULL THEN 0::real
            WHEN r.via = 'id' THEN coalesce(name_similarity(r.name, h.name), 0::real)
            ELSE (0.9 * coalesce(name_similarity(r.name, h.name), 0))::real END AS score
FROM ref_link r LEFT JOIN ref_hh h ON h.rec_id = r.hh
UNION ALL
SELECT NULL::bigint, h.rec_id, 'uninsured', 1::real FROM ref_hh h
WHERE NOT EXISTS (SELECT 1 FROM ref_link l WHERE l.hh = h.rec_id);
CREATE TEMP TABLE c_out AS SELECT * FROM compare_registers('SELECT * FROM ins_mixed', 'SELECT * FROM hh_mixed');
SELECT (SELECT count(*) FROM c_out) AS rows_out,
       (SELECT count(*) FROM (SELECT * FROM c_out EXCEPT ALL SELECT * FROM ref_out) a) AS only_c,
       (SELECT count(*) FROM (SELECT * FROM ref_out EXCEPT ALL SELECT * FROM c_out) b) AS only_reference;
SELECT status, count(*) > 0 AS present FROM c_out GROUP BY 1 ORDER BY 1;
-- The caller's tables are never changed.
SELECT count(*) AS insured_rows, (SELECT count(*) FROM household) AS household_rows FROM insured;

-- A household block of more than max_block records (placeholders: 不详,
-- born 1900-01-01, no ID) is not searched: its insured records resolve to
-- nobody, as with two candidates, and a WARNING names the values.
SELECT status, household_rec IS NULL AS nobody, count(*) FROM compare_registers(
    $$SELECT i::bigint AS rec_id, '' AS id_number, '不详' AS name, date '1900-01-01' AS birth_date, 1::smallint AS sex
      FROM generate_series(1, 3000) i$$,
    $$SELECT i::bigint AS rec_id, '' AS id_number, '不详' AS name, date '1900-01-01' AS birth_date, 1::smallint AS sex
      FROM generate_series(1, 3000) i$$) GROUP BY 1, 2 ORDER BY 1, 2;
-- under the threshold: two or more candidates, nobody, without a WARNING
SELECT status, household_rec IS NULL AS nobody, count(*) FROM compare_registers(
    $$SELECT i::bigint AS rec_id, '' AS id_number, '不详' AS name, date '1900-01-01' AS birth_date, 1::smallint AS sex
      FROM generate_series(1, 30) i$$,
    $$SELECT i::bigint AS rec_id, '' AS id_number, '不详' AS name, date '1900-01-01' AS birth_date, 1::smallint AS sex
      FROM generate_series(1, 30) i$$, max_block => 30) GROUP BY 1, 2 ORDER BY 1, 2;
\set ON_ERROR_STOP 0
SELECT * FROM compare_registers('SELECT * FROM insured', 'SELECT * FROM household', max_block => 1);
\set ON_ERROR_STOP 1
-- Cancel within a second inside one block (threshold set very high).
SET statement_timeout = '500ms';
SELECT clock_timestamp() AS t0 \gset
\set ON_ERROR_STOP 0
SELECT count(*) FROM compare_registers(
    $$SELECT i::bigint AS rec_id, '' AS id_number, '不详' AS name, date '1900-01-01' AS birth_date, 1::smallint AS sex
      FROM generate_series(1, 100000) i$$,
    $$SELECT i::bigint AS rec_id, '' AS id_number, '不详' AS name, date '1900-01-01' AS birth_date, 1::smallint AS sex
      FROM generate_series(1, 100000) i$$, max_block => 1000000);
\set ON_ERROR_STOP 1
RESET statement_timeout;
SELECT clock_timestamp() - :'t0'::timestamptz < interval '1.5 s' AS cancelled_within_a_second;
-- An ID that more than max_block household records hold is resolved through
-- an index of their names (one look-up per insured record, not a pass):
-- the same result as comparing with each.
CREATE TEMP TABLE shared_hh AS
SELECT i::bigint AS rec_id, '11010519491231002X' AS id_number,
       CASE WHEN i = 777 THEN '孤名' WHEN i % 3 = 0 THEN '王秀英' WHEN i % 3 = 1 THEN NULL ELSE '秀英' || (i % 7) END AS name,
       NULL::date AS birth_date, NULL::smallint AS sex
FROM generate_series(1, 1500) i;
CREATE TEMP TABLE shared_ins (rec_id bigint, id_number text, name text, birth_date date, sex smallint);
INSERT INTO shared_ins VALUES (1, '11010519491231002X', '王秀英', NULL, NULL), (2, '110105491231002', NULL, NULL, NULL),
    (3, '11010519491231002x', '孤名', NULL, NULL), (4, '11010519491231002X', '李四', NULL, NULL);
SELECT insured_rec, household_rec, status FROM compare_registers('SELECT * FROM shared_ins', 'SELECT * FROM shared_hh', max_block => 100)
WHERE insured_rec IS NOT NULL ORDER BY 1;
SELECT count(*) AS differ FROM (
    (SELECT * FROM compare_registers('SELECT * FROM shared_ins', 'SELECT * FROM shared_hh', max_block => 100)
     EXCEPT ALL SELECT * FROM compare_registers('SELECT * FROM shared_ins', 'SELECT * FROM shared_hh', max_block => 100000))
    UNION ALL
    (SELECT * FROM compare_registers('SELECT * FROM shared_ins', 'SELECT * FROM shared_hh', max_block => 100000)
     EXCEPT ALL SELECT * FROM compare_registers('SELECT * FROM shared_ins', 'SELECT * FROM shared_hh', max_block => 100))) d;
