-- pgTAP: dedupe() and dedupe_links(): the schema contract, properties that
-- hold for any input (the caller's table untouched, rec_a < rec_b, input
-- order, the region as evidence) and the SQLSTATEs of the errors.  What the
-- functions return on the reference fixtures is sql/dedupe.sql's output.
BEGIN;
SET search_path = enroll, public;
SELECT plan(35);
SELECT has_function('enroll', 'dedupe', ARRAY['text', 'real', 'integer', 'text', 'real', 'integer', 'text[]']);
SELECT has_function('enroll', 'dedupe_links', ARRAY['text', 'real', 'integer', 'text', 'real', 'integer', 'text[]']);
SELECT volatility_is('enroll', 'dedupe', ARRAY['text', 'real', 'integer', 'text', 'real', 'integer', 'text[]'], 'volatile');
SELECT function_returns('enroll', 'dedupe', ARRAY['text', 'real', 'integer', 'text', 'real', 'integer', 'text[]'], 'setof record');

CREATE TEMP TABLE r (rec_id bigint, id_number text, name text, birth_date date, sex smallint);
INSERT INTO r VALUES
    (1, '11010519491231002X', '王秀英', NULL, NULL),
    (2, '110105491231002', '王秀英', NULL, NULL),
    (3, '33010219200403064X', '赵国华', NULL, NULL),
    (4, '330102192004030649', '趙國華', '1920-04-03', 2),
    (5, '610802198505051118', '周杰', NULL, NULL),
    (6, '', '周 杰', '1985-05-05', 1),
    (7, '61080219900101123X', '陈静', NULL, NULL),
    (8, '610802199001011256', '陈静', NULL, NULL),
    (9, NULL, '陈静', '1990-01-01', 1),
    (10, '120110198012010073', '孙悟空', NULL, NULL);

SELECT is((SELECT count(*)::int FROM r), 10, 'the caller''s table is untouched');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT rec_id, name FROM r')$$, '42703', NULL, 'a missing column');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT 1::bigint AS rec_id, NULL AS id_number, NULL AS name, NULL::date AS birth_date, NULL::smallint AS sex UNION ALL SELECT 1, NULL, NULL, NULL, NULL')$$,
                 '23505', NULL, 'a repeated rec_id');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT * FROM r', min_probability => 1)$$, '22023', NULL, 'min_probability out of range');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT * FROM r', region_level => 'street')$$, '22023', NULL, 'an unrecognized region level');
-- region_level: the region weighs in each name link (both agreements), a
-- record without a region gets none
CREATE TEMP TABLE rr AS
SELECT rec_id, id_number, name, birth_date, sex,
       CASE WHEN rec_id = 6 THEN 610102 WHEN rec_id = 9 THEN NULL ELSE 610802 END::bigint AS region FROM r;
INSERT INTO rr VALUES (11, '', '周杰', '1985-05-05', 1, 610802);
SELECT is((SELECT array_agg(explain -> 'region' ->> 'agreement' ORDER BY rec_a, rec_b)
           FROM dedupe_links('SELECT * FROM rr', region_level => 'prefecture') WHERE rec_a IN (6, 11) OR rec_b IN (6, 11)),
          ARRAY['differ', 'same', 'differ'], 'each name link says whether the regions agree');
SELECT ok((SELECT bool_and(((explain -> 'region' ->> 'weight')::float8 > 0) = (explain -> 'region' ->> 'agreement' = 'same'))
           FROM dedupe_links('SELECT * FROM rr', region_level => 'prefecture') WHERE reason = 'name_birth_sex'),
          'the same region weighs for one person, another against');
SELECT is((SELECT count(*)::int FROM dedupe_links('SELECT * FROM rr', region_level => 'prefecture') WHERE 9 IN (rec_a, rec_b)),
          0, 'a record without a region gets no name link');
-- dedupe_links: rec_a < rec_b whatever the input order, the same rows
SELECT ok((SELECT bool_and(rec_a < rec_b) FROM dedupe_links('SELECT * FROM r ORDER BY rec_id DESC')), 'rec_a < rec_b');
SELECT results_eq($$SELECT rec_a, rec_b, reason, kept FROM dedupe_links('SELECT * FROM r ORDER BY rec_id DESC')$$,
                  $$SELECT rec_a, rec_b, reason, kept FROM dedupe_links('SELECT * FROM r ORDER BY rec_id')$$,
                  'the same links in the same order for two input orders');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT * FROM r', max_block => 1)$$, '22023', NULL, 'max_block below 2');
-- evidence: each evidence column weighs in each name link, for one person
-- when the values agree, against when they differ, not at all when one is
-- unknown; the columns are checked
CREATE TEMP TABLE re AS
SELECT r.*, CASE WHEN rec_id IN (5, 6) THEN '城关镇东坡村17号' WHEN rec_id = 9 THEN NULL ELSE 'x' || rec_id END AS address FROM r;
INSERT INTO re VALUES (11, '', '周杰', '1985-05-05', 1, '新城镇河西村3号');
SELECT is((SELECT array_agg(explain -> 'evidence' -> 'address' ->> 'agreement' ORDER BY rec_a, rec_b)
           FROM dedupe_links('SELECT * FROM re', evidence => '{address}') WHERE reason = 'name_birth_sex' AND rec_b IN (6, 9, 11)),
          ARRAY['same', 'differ', 'differ', 'unknown', 'unknown'], 'each name link says whether each evidence column agrees');
SELECT ok((SELECT bool_and(sign((explain -> 'evidence' -> 'address' ->> 'weight')::float8) =
                           CASE explain -> 'evidence' -> 'address' ->> 'agreement' WHEN 'same' THEN 1 WHEN 'differ' THEN -1 ELSE 0 END)
           FROM dedupe_links('SELECT * FROM re', evidence => '{address}') WHERE reason = 'name_birth_sex'),
          'agreeing values weigh for one person, differing ones against, an unknown one not at all');
SELECT results_eq($$SELECT * FROM dedupe('SELECT * FROM re', evidence => '{}')$$,
                  $$SELECT * FROM dedupe('SELECT * FROM re')$$, 'an empty evidence list is none');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT * FROM r', evidence => '{address}')$$, '42703', NULL, 'a missing evidence column');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT *, 1 AS phone FROM r', evidence => '{phone}')$$, '42804', NULL, 'an evidence column not text');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT * FROM re', evidence => '{address,address}')$$, '22023', NULL, 'an evidence column named twice');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT * FROM re', evidence => '{sex}')$$, '22023', NULL, 'one of the five columns as evidence');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT * FROM re', evidence => ARRAY[NULL])$$, '22004', NULL, 'a null evidence column');
SELECT throws_ok($$SELECT * FROM dedupe('SELECT * FROM re', evidence => '{a,b,c,d,e}')$$, '22023', NULL, 'more than four evidence columns');
SELECT throws_ok($$SELECT * FROM dedupe_links('SELECT * FROM re', evidence => '{{address}}')$$, '2202E', NULL, 'a two-dimensional evidence array');
-- the rounds of the distributed dedupe (sql/linkage_tables.sql shows them equal to dedupe)
SELECT volatility_is('enroll', 'dedupe_resolve', ARRAY['text', 'text', 'real', 'integer', 'real', 'integer', 'bigint[]', 'bigint[]'], 'volatile');
SELECT volatility_is('enroll', 'linkage_stratum', ARRAY['text', 'date', 'smallint', 'boolean'], 'stable');
SELECT is((SELECT linkage_dedupe_stratum(rec_id, id_number, name, birth_date, sex, 47, 0.85, 1000,
                                          dedupe_strata('SELECT * FROM r')) ~ '^S' FROM r), true,
          'a stratum without records without a valid ID: only its counts');
SELECT throws_ok($$SELECT * FROM dedupe_resolve('SELECT * FROM r', 'SELECT 1::bigint AS rec_a, 99::bigint AS rec_b, 0 AS level, 1::real AS sim, 0::real AS chance', 0.85, 20, 0.5, 1000, NULL, NULL)$$,
                 '22023', NULL, 'a link to a record not read');
SELECT throws_ok($$SELECT * FROM dedupe_resolve('SELECT * FROM r', 'SELECT 1 AS rec_a', 0.85, 20, 0.5, 1000, NULL, NULL)$$,
                 '42804', NULL, 'links of other columns');
SELECT throws_ok($$SELECT * FROM dedupe_resolve('SELECT * FROM r', 'SELECT NULL::bigint AS rec_a, 1::bigint AS rec_b, 0 AS level, 1::real AS sim, 0::real AS chance', 0.85, 20, 0.5, 1000, NULL, NULL)$$,
                 '22004', NULL, 'a link with a null');
SELECT throws_ok($$SELECT * FROM dedupe_resolve('SELECT * FROM r', 'SELECT * FROM r WHERE false', 0.85, 20, 0.5, 1000, '{1}', NULL)$$,
                 '22023', NULL, 'sums of another length');
SELECT throws_ok($$SELECT * FROM dedupe_links_resolve(NULL, 'SELECT 1', 0.85, 20, 0.5, 1000, NULL, NULL)$$,
                 '22004', NULL, 'records_sql null');
SELECT throws_ok($$SELECT linkage_dedupe_stratum(rec_id, id_number, name, birth_date, sex, -1, 0.85, 1000, dedupe_strata('SELECT * FROM r')) FROM r$$,
                 '22023', NULL, 'a stratum out of range');
SELECT throws_ok($$SELECT linkage_dedupe_stratum(rec_id, id_number, name, birth_date, sex, 1, 0.85, 1000, NULL) FROM r$$,
                 '22004', NULL, 'strata null');
SELECT * FROM finish();
ROLLBACK;
