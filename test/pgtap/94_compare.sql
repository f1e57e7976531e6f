-- pgTAP: compare_registers(): the schema contract, properties (scores in
-- [0, 1], the caller's tables untouched, an empty household register) and
-- the SQLSTATEs of the errors.  Every status on the reference fixtures is
-- sql/compare.sql's output.
BEGIN;
SET search_path = enroll, public;
SELECT plan(12);
SELECT has_function('enroll', 'compare_registers', ARRAY['text', 'text', 'real', 'integer']);
SELECT volatility_is('enroll', 'compare_registers', ARRAY['text', 'text', 'real', 'integer'], 'volatile');

CREATE TEMP TABLE hh (rec_id bigint, id_number text, name text, birth_date date, sex smallint);
INSERT INTO hh VALUES
    (101, '11010519491231002X', '王秀英', NULL, NULL),
    (102, '150102198807303035', '张伟', NULL, NULL),
    (103, '33010219200403064X', '赵敏', NULL, NULL),
    (104, '612724197506150310', '刘洋', NULL, NULL);
CREATE TEMP TABLE ins (rec_id bigint, id_number text, name text, birth_date date, sex smallint);
INSERT INTO ins VALUES
    (1, '110105491231002', '王秀英', NULL, NULL),           -- legacy form: matched
    (2, '150102198807303035', '张玮', NULL, NULL),          -- name_mismatch
    (3, '330102192004030649', '赵敏', '1920-04-03', 2),     -- wrong check: id_invalid, repaired
    (4, '110105194912310038', '周杰', NULL, NULL);          -- id_not_found

SELECT ok((SELECT bool_and(score BETWEEN 0 AND 1) FROM compare_registers('SELECT * FROM ins', 'SELECT * FROM hh')),
          'scores are in [0, 1]');
SELECT is((SELECT count(*)::int FROM compare_registers('SELECT * FROM ins', 'SELECT * FROM hh WHERE false')
           WHERE status = 'id_not_found'), 3, 'an empty household register: every valid ID unknown');
SELECT throws_ok($$SELECT * FROM compare_registers('SELECT rec_id, name FROM ins', 'SELECT * FROM hh')$$,
                 '42703', NULL, 'a missing column');
SELECT throws_ok($$SELECT * FROM compare_registers(NULL, 'SELECT * FROM hh')$$, '22004', NULL, 'a NULL query');
SELECT throws_ok($$SELECT * FROM compare_registers('SELECT * FROM ins', 'SELECT * FROM hh', 1.5)$$,
                 '22023', NULL, 'a threshold out of range');
SELECT is((SELECT count(*)::int FROM ins) + (SELECT count(*)::int FROM hh), 8, 'the caller''s tables are untouched');
SELECT throws_ok($$SELECT * FROM compare_registers('SELECT * FROM ins', 'SELECT * FROM hh', max_block => 1)$$,
                 '22023', NULL, 'max_block below 2');
SELECT is((SELECT count(*)::int FROM compare_registers(
              'SELECT i::bigint AS rec_id, '''' AS id_number, ''不详'' AS name, date ''1900-01-01'' AS birth_date, 1::smallint AS sex FROM generate_series(1, 2000) i',
              'SELECT i::bigint AS rec_id, '''' AS id_number, ''不详'' AS name, date ''1900-01-01'' AS birth_date, 1::smallint AS sex FROM generate_series(1, 2000) i')
           WHERE household_rec IS NULL), 2000, 'a household block of 2,000 placeholders resolves nobody');
SELECT throws_ok($$SELECT * FROM compare_registers(NULL, 'SELECT 1')$$, '22004', NULL, 'insured_sql NULL');
SELECT throws_ok($$SELECT * FROM compare_registers('SELECT 1', NULL)$$, '22004', 'household_sql must not be null', 'household_sql NULL');

SELECT * FROM finish();
ROLLBACK;
