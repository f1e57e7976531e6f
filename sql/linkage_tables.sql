-- compare_registers(regclass, regclass) and dedupe(regclass) on plain
-- tables: the same rows as the query forms; columns checked by name and
-- type; the building blocks of the distributed forms (dedupe_strata,
-- dedupe's rounds, linkage_repairs, linkage_day, linkage_distribution).
-- The distributed path itself needs Citus: test/citus/linkage.sh.
SET search_path = enroll, public;
\set SHOW_CONTEXT never

CREATE TEMP TABLE hh (rec_id bigint, id_number text, name text, birth_date date, sex smallint, note text);
INSERT INTO hh VALUES
    (101, '11010519491231002X', '王秀英', NULL, NULL, 'matched by ID'),
    (103, '150102198807303035', '张伟', NULL, NULL, 'name mismatch'),
    (105, '33010219200403064X', '赵敏', NULL, NULL, 'found through a repaired ID'),
    (106, '61080219900101123X', '陈静', '1990-01-01', 1, 'found by name key'),
    (108, '612724197506150310', '刘洋', NULL, NULL, 'uninsured'),
    (110, NULL, '无号码', '2001-05-05', 2, 'no ID, uninsured');
-- the insured register keeps rec_id as integer and sex as text: cast as the query forms cast
CREATE TEMP TABLE ins (rec_id integer, id_number text, name text, birth_date date, sex text);
INSERT INTO ins VALUES
    (1, '11010519491231002x', '王秀英', NULL, NULL),
    (3, '150102880730303', '张玮', NULL, NULL),
    (5, '330102192004030649', '赵敏', '1920-04-03', '2'),
    (6, '', '陈静', '1990-01-01', '1'),
    (7, '110105194912310038', '周杰', NULL, NULL),
    (11, 'abc', '不存在', '1950-01-01', '1');

SELECT * FROM compare_registers('ins'::regclass, 'hh'::regclass)
ORDER BY insured_rec NULLS LAST, household_rec;
-- the same rows as the query form, both ways
SELECT count(*) AS differ FROM (
    (SELECT * FROM compare_registers('ins'::regclass, 'hh'::regclass, 0.9, 5)
     EXCEPT ALL SELECT * FROM compare_registers('SELECT * FROM ins', 'SELECT * FROM hh', 0.9, 5))
    UNION ALL
    (SELECT * FROM compare_registers('SELECT * FROM ins', 'SELECT * FROM hh', 0.9, 5)
     EXCEPT ALL SELECT * FROM compare_registers('ins'::regclass, 'hh'::regclass, 0.9, 5))) d;
-- a string literal is still a query (the text form)
SELECT count(*) FROM compare_registers('SELECT * FROM ins', 'SELECT * FROM hh');

CREATE TEMP TABLE recs AS
SELECT rec_id, id_number, name, birth_date, sex FROM ins
UNION ALL SELECT rec_id, id_number, name, birth_date, sex::text FROM hh;
SELECT * FROM dedupe('recs'::regclass) ORDER BY rec_id;
SELECT count(*) AS differ FROM (
    (SELECT * FROM dedupe('recs'::regclass, 0.8, 5) EXCEPT ALL SELECT * FROM dedupe('SELECT * FROM recs', 0.8, 5))
    UNION ALL
    (SELECT * FROM dedupe('SELECT * FROM recs', 0.8, 5) EXCEPT ALL SELECT * FROM dedupe('recs'::regclass, 0.8, 5))) d;

-- region_level on a plain table: the region column is read too
CREATE TEMP TABLE recs_region AS SELECT r.*, 610802::bigint AS region FROM recs r;
SELECT count(*) AS differ FROM (
    SELECT * FROM dedupe('recs_region'::regclass, region_level => 'county')
    EXCEPT ALL SELECT * FROM dedupe('SELECT * FROM recs_region', region_level => 'county')) d;

-- Errors: the table's columns by name and type, the arguments as the query forms check them.
\set ON_ERROR_STOP 0
CREATE TEMP TABLE no_sex (rec_id bigint, id_number text, name text, birth_date date);
SELECT * FROM compare_registers('no_sex'::regclass, 'hh'::regclass);
SELECT * FROM compare_registers('ins'::regclass, 'no_sex'::regclass);
CREATE TEMP TABLE bad_birth (rec_id bigint, id_number text, name text, birth_date point, sex smallint);
SELECT * FROM dedupe('bad_birth'::regclass);
SELECT * FROM dedupe('recs'::regclass, region_level => 'county');
SELECT * FROM dedupe(NULL::regclass);
SELECT * FROM compare_registers('ins'::regclass, NULL::regclass);
SELECT * FROM compare_registers('ins'::regclass, 'hh'::regclass, 0);
SELECT * FROM dedupe('recs'::regclass, max_cluster_size => 1);
SELECT * FROM dedupe('no_such_table'::regclass);
CREATE TEMP TABLE twice AS SELECT * FROM recs UNION ALL SELECT * FROM recs WHERE rec_id = 1;
SELECT * FROM dedupe('twice'::regclass);
\set ON_ERROR_STOP 1

-- Building blocks.
-- dedupe_strata: per sex (unknown, 1, 2, other) x 32 birth decades, the records with a name, birth date and sex
SELECT cardinality(s) AS cells, (SELECT sum(x) FROM unnest(s) x) AS records,
       array_positions(s, 1::bigint) AS cells_of_one
FROM dedupe_strata('SELECT * FROM recs') s;
-- dedupe_links on a plain table is its query form, in its order
SELECT (SELECT array_agg(row(l.*)::text) FROM dedupe_links('recs'::regclass, 0.8, 5) l)
     = (SELECT array_agg(row(l.*)::text) FROM dedupe_links('SELECT * FROM recs', 0.8, 5) l) AS same_links_same_order,
       (SELECT count(*) FROM dedupe_links('recs'::regclass, 0.8, 5)) AS links;
\set ON_ERROR_STOP 0
-- the strata the distributed dedupe's rounds take (their use: below)
SELECT linkage_dedupe_stratum(rec_id, id_number, name, birth_date, sex::smallint, 47, 0.85, 1000, NULL) FROM recs;
SELECT linkage_dedupe_stratum(rec_id, id_number, name, birth_date, sex::smallint, 47, 0.85, 1000, '{1,2,3}') FROM recs;
SELECT linkage_dedupe_stratum(rec_id, id_number, name, birth_date, sex::smallint, 47, 0.85, 1000,
                              array_fill(-1::bigint, ARRAY[128])) FROM recs;
SELECT dedupe_strata(NULL);
SELECT dedupe_strata('SELECT rec_id FROM recs');
\set ON_ERROR_STOP 1

-- linkage_repairs: the candidates a broken ID is compared with; none for a valid, empty or NULL one
SELECT c FROM linkage_repairs('330102192004030649') c ORDER BY c::text;
SELECT count(*) FROM linkage_repairs('33010219200403064X');
SELECT count(*) FROM linkage_repairs('');
SELECT count(*) FROM linkage_repairs(NULL);
-- the record reader's candidates (by check sum) against cnid_repairs' general search
SELECT c, 'linkage_repairs only' AS found FROM (
    SELECT linkage_repairs('330102192004030649') EXCEPT SELECT cnid_repairs('330102192004030649')) d(c)
UNION ALL
SELECT c, 'cnid_repairs only' FROM (
    SELECT cnid_repairs('330102192004030649') EXCEPT SELECT linkage_repairs('330102192004030649')) d(c)
ORDER BY 2, 1;

-- linkage_day and linkage_block: the day and block a record is grouped by, read as the linkage
-- functions read it (birth date and sex as given, else from the valid ID; other sexes one group)
SELECT linkage_day(NULL, '1990-01-01', 1::smallint) AS given,
       linkage_day('11010519491231002X', NULL, NULL) AS from_id,
       linkage_day('11010519491231002X', '1990-01-01', 1::smallint) AS given_first,
       linkage_day(NULL, '2000-01-02', 9::smallint) AS other_sex,
       linkage_day(NULL, '1990-01-01', NULL) AS no_sex,
       linkage_day('abc', NULL, 1::smallint) AS no_day;
SELECT linkage_block(NULL, '陈静', '1990-01-01', 1::smallint) = linkage_block('', '陳靜', '1990-01-01', 1::smallint) AS same_key,
       linkage_block(NULL, '陈静', '1990-01-01', 1::smallint) = linkage_block(NULL, '陈静', '1990-01-01', 2::smallint) AS other_sex,
       linkage_block(NULL, NULL, '1990-01-01', 1::smallint) AS no_name,
       linkage_block(NULL, '陈静', NULL, 1::smallint) AS no_day;

-- linkage_pair_similarity: what the second pass of the distributed
-- compare_registers weighs a repaired-ID or name-block pair by; its score
-- is 0.9 times that, as on one server
SELECT c.insured_rec, c.household_rec, c.score,
       c.score = (0.9::float8 * linkage_pair_similarity(i.id_number, i.name, i.birth_date, i.sex::smallint,
                                                         h.id_number, h.name, h.birth_date, h.sex,
                                                         cnid_try(h.id_number) NOT IN (SELECT linkage_repairs(i.id_number))))::real
           AS same_score
FROM compare_registers('ins'::regclass, 'hh'::regclass) c
JOIN ins i ON i.rec_id = c.insured_rec JOIN hh h ON h.rec_id = c.household_rec
WHERE c.status = 'id_invalid'
ORDER BY 1;
-- NULL where the step would not compare the two: another day in a name
-- block; a birth date or sex in conflict with a repaired ID (unknown passes)
SELECT linkage_pair_similarity(NULL, '陈静', '1990-01-01', 1::smallint, NULL, '陈静', '1990-01-02', 1::smallint, true) AS other_day,
       linkage_pair_similarity(NULL, '陈静', '1990-01-01', 1::smallint, NULL, '陈静', '1990-01-01', 2::smallint, true) AS other_sex,
       linkage_pair_similarity(NULL, NULL, '1990-01-01', 1::smallint, NULL, NULL, '1990-01-01', 1::smallint, true) AS no_name_key,
       linkage_pair_similarity('x', '陈静', NULL, 1::smallint, '61080219900101123X', '陈静', NULL, NULL, false) AS repair_day_unknown,
       linkage_pair_similarity('x', '陈静', '1991-01-01', 1::smallint, '61080219900101123X', '陈静', NULL, NULL, false) AS repair_conflict,
       linkage_pair_similarity('x', NULL, NULL, NULL, '61080219900101123X', '陈静', NULL, NULL, false) AS repair_null_name;

-- the transport of the distributed forms: lines of tab-separated fields, text escaped
SELECT * FROM linkage_result_rows(E'k\t1\t2\tmatched\t0.95\n\nf\t3\t\\N\t\\N\t\\N');
SELECT r.*, r.id_number = E'a\tb\\c\nd' AS round_trip
FROM linkage_record_rows(linkage_record_line(1, E'a\tb\\c\nd', NULL, '1990-01-01', 2::smallint) || E'\n'
                         || linkage_record_line(2, '', '陈静', NULL, NULL) || E'\n'
                         || linkage_record_line(3, NULL, '', '-infinity', 1::smallint)) r;
\set ON_ERROR_STOP 0
SELECT * FROM linkage_result_rows(E'k\t1\t2');
SELECT * FROM linkage_result_rows(E'k\tx\t2\tmatched\t0.95');
\set ON_ERROR_STOP 1

-- The rounds of the distributed dedupe, run here on plain tables as the
-- distributed form runs them: the name links per stratum (the aggregate
-- linkage_dedupe_stratum, one group per stratum of the records of the
-- wanted days and the first day of the next stratum), then dedupe_resolve
-- on the records without a valid ID and those of the IDs the links and
-- repairs reach.  With the by-ID pass's rows for the other records, the
-- rows and links are dedupe's and dedupe_links', on persons with every
-- kind of error, twins, namesakes and a placeholder block.
-- linkage_stratum: sex x 32 + birth decade; with previous, the stratum of the day before when it is another
SELECT linkage_stratum(NULL, '2000-01-01', 1::smallint, false) AS own,
       linkage_stratum(NULL, '2000-01-01', 1::smallint, true) AS day_before,
       linkage_stratum(NULL, '2000-01-02', 1::smallint, true) AS same_stratum,
       linkage_stratum('11010519491231002X', NULL, NULL, false) AS from_id,
       linkage_stratum(NULL, '2000-01-01', NULL, false) AS no_sex,
       linkage_stratum(NULL, '1800-01-01', 9::smallint, false) AS other_sex_first_decade;
CREATE TEMP TABLE rp AS SELECT * FROM synth_persons(3000, 7, 0.05, 610000, 0.05, 0.02, 0.01);
CREATE TEMP TABLE rt AS
SELECT person_id AS rec_id, id_number, name_entered AS name, birth_date, sex FROM rp
UNION ALL
SELECT 100000 + person_id, CASE person_id % 3 WHEN 0 THEN '' WHEN 1 THEN id_number ELSE cnid_true::text END,
       name_entered, birth_date, sex FROM rp WHERE person_id % 10 = 7
UNION ALL
SELECT 200000 + g, '', '不详', DATE '1900-01-01', 1::smallint FROM generate_series(1, 12) g;
CREATE TEMP TABLE rsub AS SELECT * FROM rt WHERE cnid_try(id_number) IS NULL;
SELECT coalesce(array_agg(DISTINCT d), '{}') AS days
FROM (SELECT linkage_day(id_number, birth_date, sex) d FROM rsub) x WHERE d IS NOT NULL \gset
CREATE TEMP TABLE rw AS
SELECT linkage_stratum(id_number, birth_date, sex, false) AS stratum, q.* FROM rt q
WHERE linkage_day(id_number, birth_date, sex) = ANY(:'days'::bigint[])
UNION ALL
SELECT linkage_stratum(id_number, birth_date, sex, true), q.* FROM rt q
WHERE linkage_day(id_number, birth_date, sex) - 4 = ANY(:'days'::bigint[])
  AND linkage_stratum(id_number, birth_date, sex, true) IS NOT NULL;
SELECT dedupe_strata('SELECT * FROM rt') AS strata \gset
CREATE TEMP TABLE enroll_dd_round1 AS
SELECT r.* FROM (SELECT stratum, linkage_dedupe_stratum(rec_id, id_number, name, birth_date, sex, stratum, 0.85, 10,
                                                        :'strata'::bigint[]) AS res
                 FROM rw GROUP BY stratum) x, linkage_result_rows(x.res) r;
CREATE TEMP TABLE rlinks AS
SELECT a AS rec_a, b AS rec_b, substr(kind, 2)::integer AS level, c AS sim, split_part(s, ' ', 1)::real AS chance,
       nullif(split_part(s, ' ', 2), '-') AS b_id
FROM enroll_dd_round1 WHERE kind LIKE 'n%';
SELECT array_agg(s ORDER BY i) AS sums FROM (
    SELECT u.i, sum(u.v)::bigint AS s FROM enroll_dd_round1 p, unnest(p.s::bigint[]) WITH ORDINALITY u(v, i)
    WHERE p.kind = 'S' GROUP BY u.i) x \gset
SELECT array_agg(a) AS skipped FROM enroll_dd_round1 WHERE kind = 's' \gset
INSERT INTO rsub SELECT * FROM rt WHERE cnid_try(id_number)::text IN (
    SELECT b_id FROM rlinks UNION SELECT c::text FROM rsub a, linkage_repairs(a.id_number) c);
-- what each round saw: strata, name links by level, records skipped, the placeholder block
SELECT count(DISTINCT stratum) > 10 AS strata, (SELECT count(*) FROM rlinks) > 50 AS links,
       (SELECT array_agg(DISTINCT level ORDER BY level) FROM rlinks) AS levels,
       cardinality(:'skipped'::bigint[]) AS skipped, :'sums'::bigint[] IS NOT NULL AS counted
FROM rw;
SELECT kind, a AS size, s AS block FROM enroll_dd_round1 WHERE kind IN ('g', 'G');
-- the WARNING of the distributed form, worded as dedupe's
SELECT linkage_dedupe_giant_warning('dedupe', 10, :'sums'::bigint[]);
SELECT count(*) AS differ FROM (
    (SELECT * FROM (SELECT * FROM dedupe('SELECT * FROM rt WHERE enroll.cnid_try(id_number) IS NOT NULL', 0.85, 20, NULL, 0.5, 10) p
                    WHERE NOT EXISTS (SELECT 1 FROM rsub s WHERE s.rec_id = p.rec_id)
                    UNION ALL
                    SELECT * FROM dedupe_resolve('SELECT * FROM rsub', 'SELECT rec_a, rec_b, level, sim, chance FROM rlinks',
                                                 0.85, 20, 0.5, 10, :'sums'::bigint[], :'skipped'::bigint[])) t
     EXCEPT ALL SELECT * FROM dedupe('SELECT * FROM rt', 0.85, 20, NULL, 0.5, 10))
    UNION ALL
    (SELECT * FROM dedupe('SELECT * FROM rt', 0.85, 20, NULL, 0.5, 10)
     EXCEPT ALL SELECT * FROM (SELECT * FROM dedupe('SELECT * FROM rt WHERE enroll.cnid_try(id_number) IS NOT NULL', 0.85, 20, NULL, 0.5, 10) p
                               WHERE NOT EXISTS (SELECT 1 FROM rsub s WHERE s.rec_id = p.rec_id)
                               UNION ALL
                               SELECT * FROM dedupe_resolve('SELECT * FROM rsub', 'SELECT rec_a, rec_b, level, sim, chance FROM rlinks',
                                                            0.85, 20, 0.5, 10, :'sums'::bigint[], :'skipped'::bigint[])) t)) d;
SELECT reason, count(*) FROM dedupe('SELECT * FROM rt', 0.85, 20, NULL, 0.5, 10) GROUP BY 1 ORDER BY 1;
CREATE TEMP TABLE rl_whole AS SELECT * FROM dedupe_links('SELECT * FROM rt', 0.85, 20, NULL, 0.5, 10);
CREATE TEMP TABLE rl_rounds AS
SELECT * FROM dedupe_links('SELECT * FROM rt WHERE enroll.cnid_try(id_number) IS NOT NULL', 0.85, 20, NULL, 0.5, 10) p
WHERE NOT EXISTS (SELECT 1 FROM rsub s WHERE s.rec_id = p.rec_a)
UNION ALL
SELECT * FROM dedupe_links_resolve('SELECT * FROM rsub', 'SELECT rec_a, rec_b, level, sim, chance FROM rlinks',
                                   0.85, 20, 0.5, 10, :'sums'::bigint[], :'skipped'::bigint[]);
SELECT (SELECT count(*) FROM (SELECT * FROM rl_whole EXCEPT ALL SELECT * FROM rl_rounds) d)
     + (SELECT count(*) FROM (SELECT * FROM rl_rounds EXCEPT ALL SELECT * FROM rl_whole) d) AS links_differ,
       (SELECT count(*) FROM rl_whole WHERE reason = 'name_birth_sex') > 50 AS name_links;
-- the counts summed in another order (the strata backwards) are the same integers
SELECT (SELECT array_agg(s ORDER BY i) FROM (
            SELECT u.i, sum(u.v)::bigint AS s
            FROM (SELECT * FROM enroll_dd_round1 WHERE kind = 'S' ORDER BY s DESC) p,
                 unnest(p.s::bigint[]) WITH ORDINALITY u(v, i) GROUP BY u.i) x) = :'sums'::bigint[] AS same_sums;
\set ON_ERROR_STOP 0
SELECT * FROM dedupe_resolve('SELECT * FROM rsub', 'SELECT rec_a, rec_b + 1 AS rec_b, level, sim, chance FROM rlinks',
                             0.85, 20, 0.5, 10, :'sums'::bigint[], NULL);
SELECT * FROM dedupe_resolve('SELECT * FROM rsub', 'SELECT rec_a, rec_b, level, sim FROM rlinks',
                             0.85, 20, 0.5, 10, :'sums'::bigint[], NULL);
SELECT * FROM dedupe_resolve('SELECT * FROM rsub', 'SELECT rec_a, rec_b, level + 3 AS level, sim, chance FROM rlinks',
                             0.85, 20, 0.5, 10, :'sums'::bigint[], NULL);
SELECT * FROM dedupe_resolve('SELECT * FROM rsub', 'SELECT rec_a, rec_b, NULL::integer AS level, sim, chance FROM rlinks',
                             0.85, 20, 0.5, 10, :'sums'::bigint[], NULL);
SELECT * FROM dedupe_resolve('SELECT * FROM rsub', 'SELECT * FROM rlinks WHERE false', 0.85, 20, 0.5, 10, '{1,2}', NULL);
SELECT * FROM dedupe_resolve('SELECT * FROM rsub', 'SELECT rec_a, rec_b, level, sim, chance FROM rlinks', 0.85, 20, 0.5, 10,
                             array_fill(-1::bigint, ARRAY[61]), NULL);
SELECT * FROM dedupe_resolve('SELECT * FROM rsub', 'SELECT rec_a, rec_b, level, sim, chance FROM rlinks', 0.85, 20, 0.5, 10,
                             NULL, '{-5}');
SELECT * FROM dedupe_resolve(NULL, 'SELECT 1', 0.85, 20, 0.5, 10, NULL, NULL);
SELECT * FROM dedupe_resolve('SELECT * FROM rsub', NULL, 0.85, 20, 0.5, 10, NULL, NULL);
SELECT * FROM dedupe_resolve('SELECT * FROM rsub', 'SELECT 1', 0, 20, 0.5, 10, NULL, NULL);
SELECT * FROM dedupe_resolve('SELECT * FROM rsub', 'SELECT 1', 0.85, 1, 0.5, 10, NULL, NULL);
SELECT * FROM dedupe_resolve('SELECT * FROM rsub', 'SELECT 1', 0.85, 20, 1, 10, NULL, NULL);
SELECT * FROM dedupe_resolve('SELECT * FROM rsub', 'SELECT 1', 0.85, 20, 0.5, 1, NULL, NULL);
SELECT linkage_dedupe_stratum(rec_id, id_number, name, birth_date, sex, 128, 0.85, 10, :'strata'::bigint[]) FROM rt;
SELECT linkage_dedupe_stratum(rec_id, id_number, name, birth_date, sex, 1, 1.5, 10, :'strata'::bigint[]) FROM rt;
SELECT linkage_dedupe_stratum(rec_id, id_number, name, birth_date, sex, 1, 0.85, 10, '{1}') FROM rt;
\set ON_ERROR_STOP 1
-- no rows, no round
SELECT linkage_dedupe_stratum(rec_id, id_number, name, birth_date, sex, 1, 0.85, 10, :'strata'::bigint[]) IS NULL AS no_rows
FROM rt WHERE false;

-- not a distributed table (and no Citus): NULL, the single-server path
SELECT linkage_distribution('hh'::regclass, 'test', 'tbl');
SELECT linkage_table_query('hh'::regclass, 'test', 'tbl');
