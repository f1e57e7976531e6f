-- compare_registers(): every status, lossless differences, repairs,
-- name-key resolution, ambiguity, uninsured rows and bad queries.
SET search_path = enroll, public;
SET client_min_messages = warning;   -- progress NOTICEs carry timings
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
-- The shared loader of both functions, on its own.
SELECT linkage_records('SELECT * FROM insured WHERE rec_id IN (3, 5, 6)', 'work', 'test') AS rows_loaded;
SELECT rec_id, rule, id, nname, nkey, birth_date, sex FROM pg_temp.work ORDER BY rec_id;
SELECT linkage_records('SELECT * FROM insured WHERE rec_id = 1', 'work', 'test') AS reloaded;
\set ON_ERROR_STOP 0
SELECT linkage_records('SELECT 1 AS rec_id', 'work', 'my_caller');
\set ON_ERROR_STOP 1
-- The caller's tables are never changed.
SELECT count(*) AS insured_rows, (SELECT count(*) FROM household) AS household_rows FROM insured;
RESET client_min_messages;
