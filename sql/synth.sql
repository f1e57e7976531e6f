-- synth_persons: determinism, the injected ID and name errors and what cnid
-- and the name functions make of them, consistency of the true number with
-- sex, birth date and the county code valid at registration, minority names,
-- and argument errors.
SET search_path = enroll, public;
\set VERBOSITY default
SET datestyle = ISO;

-- A sample, and the md5 of a fixed output: this pins the generator (PRNG,
-- name tables, region data) across machines and versions.  The md5s cover the
-- nine columns the generator had before name errors (name_error_rate = 0
-- leaves them as they were: 28aeb37d… is the value pinned since then), and
-- the whole row with name errors.
SELECT * FROM synth_persons(8, 42, 0.5);
SELECT md5(string_agg((s.person_id, s.id_number, s.cnid_true, s.name, s.sex, s.birth_date,
                       s.region, s.registered_on, s.error_kind)::text, E'\n' ORDER BY person_id)) AS md5_200_seed_42
FROM synth_persons(200, 42) s;
SELECT md5(string_agg((s.person_id, s.id_number, s.cnid_true, s.name, s.sex, s.birth_date,
                       s.region, s.registered_on, s.error_kind, s.name_entered,
                       s.name_error)::text, E'\n' ORDER BY person_id)) AS md5_200_seed_42_name_errors
FROM synth_persons(200, 42, 0.05, 610000, 0.5) s;

-- Same seed, same output; another seed, another output.
SELECT (SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) FROM synth_persons(2000, 7) s)
     = (SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) FROM synth_persons(2000, 7) s)
       AS same_seed_same_output,
       (SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) FROM synth_persons(2000, 7) s)
     <> (SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) FROM synth_persons(2000, 8) s)
       AS other_seed_other_output;
-- The first k rows do not depend on n; the persons do not depend on error_rate.
SELECT (SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) FROM synth_persons(500, 7) s)
     = (SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) FROM synth_persons(2000, 7) s
        WHERE person_id <= 500) AS prefix_stable;
SELECT count(*) AS persons_changed_by_error_rate
FROM synth_persons(2000, 7, 0) a JOIN synth_persons(2000, 7, 1) b USING (person_id)
WHERE (a.cnid_true, a.name, a.sex, a.birth_date, a.region, a.registered_on)
      IS DISTINCT FROM (b.cnid_true, b.name, b.sex, b.birth_date, b.region, b.registered_on);
SELECT count(*) FILTER (WHERE error_kind IS NOT NULL) AS errors_at_rate_0
FROM synth_persons(2000, 7, 0);
SELECT count(*) FILTER (WHERE error_kind IS NULL) AS clean_at_rate_1
FROM synth_persons(2000, 7, 1);
-- Same in a parallel worker (SPI reads enroll.region there too).
SELECT set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
                       THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END, 'on', false);
SELECT md5(string_agg((s.person_id, s.id_number, s.cnid_true, s.name, s.sex, s.birth_date,
                       s.region, s.registered_on, s.error_kind)::text, E'\n' ORDER BY person_id)) AS md5_200_seed_42_in_worker
FROM synth_persons(200, 42) s;
SELECT md5(string_agg((s.person_id, s.id_number, s.cnid_true, s.name, s.sex, s.birth_date,
                       s.region, s.registered_on, s.error_kind, s.name_entered,
                       s.name_error)::text, E'\n' ORDER BY person_id)) AS md5_200_seed_42_name_errors_in_worker
FROM synth_persons(200, 42, 0.05, 610000, 0.5) s;
SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) AS md5_2000_seed_42_relatives_in_worker
FROM synth_persons(2000, 42, 0.05, 650000, 0.1, 0.05, 0.05) s;
RESET ALL;
SET search_path = enroll, public;
SET datestyle = ISO;

-- 20,000 persons, 10 % with errors.
CREATE TEMP TABLE p AS SELECT * FROM synth_persons(20000, 2024, 0.1);
SELECT count(*) AS persons, count(DISTINCT cnid_true) AS distinct_true_numbers,
       count(*) FILTER (WHERE error_kind IS NOT NULL) BETWEEN 1800 AND 2200 AS error_rate_within_tolerance
FROM p;

-- Per kind: lossless errors still parse to the true number; the others are
-- invalid, for the reasons listed.
SELECT coalesce(error_kind, '(none)') AS error_kind,
       count(*) > 0 AS present,
       bool_and(cnid_valid(id_number)) AS all_valid,
       bool_and(NOT cnid_valid(id_number)) AS all_invalid,
       bool_and(CASE WHEN cnid_valid(id_number) THEN id_number::cnid = cnid_true END) AS equal_to_true,
       string_agg(DISTINCT cnid_check(id_number), ', ') AS reasons
FROM p GROUP BY error_kind ORDER BY error_kind NULLS FIRST;
-- Each error kind's form.
SELECT count(*) FILTER (WHERE error_kind IS NULL AND id_number <> cnid_true::text) AS clean_not_canonical,
       count(*) FILTER (WHERE error_kind = 'legacy15' AND (length(id_number) <> 15 OR registered_on >= '2000-01-01' OR birth_date >= '2000-01-01')) AS bad_legacy15,
       count(*) FILTER (WHERE error_kind = 'lowercase_x' AND id_number <> lower(cnid_true::text)) AS bad_lowercase_x,
       count(*) FILTER (WHERE error_kind = 'fullwidth' AND id_number !~ '^[０-９]{17}[０-９Ｘ]$') AS bad_fullwidth,
       count(*) FILTER (WHERE error_kind = 'blanks' AND replace(replace(replace(id_number, ' ', ''), '-', ''), '　', '') <> cnid_true::text) AS bad_blanks,
       count(*) FILTER (WHERE error_kind = 'empty' AND id_number <> '') AS bad_empty,
       count(*) FILTER (WHERE error_kind = 'check' AND left(id_number, 17) <> left(cnid_true::text, 17)) AS bad_check,
       count(*) FILTER (WHERE error_kind = 'typo' AND (length(id_number) <> 18
            OR (SELECT count(*) FROM generate_series(1, 18) i
                WHERE substr(id_number, i, 1) <> substr(cnid_true::text, i, 1)) <> 1)) AS bad_typo,
       count(*) FILTER (WHERE error_kind = 'transposition' AND NOT EXISTS (
            SELECT 1 FROM generate_series(1, 17) i
            WHERE overlay(cnid_true::text PLACING substr(cnid_true::text, i + 1, 1) || substr(cnid_true::text, i, 1) FROM i FOR 2) = id_number)) AS bad_transposition
FROM p;
-- A typo'd number is one of the repairs of its input.
SELECT count(*) AS typos, count(*) FILTER (WHERE cnid_true IN (SELECT cnid_repairs(id_number))) AS true_number_among_repairs
FROM p WHERE error_kind IN ('typo', 'transposition', 'check');

-- The true number agrees with the other columns; the county code was in the
-- year-end list of the registration year; dates in range.
SELECT count(*) FILTER (WHERE cnid_sex(cnid_true) <> sex) AS sex_mismatch,
       count(*) FILTER (WHERE cnid_birth_date(cnid_true) <> birth_date) AS birth_mismatch,
       count(*) FILTER (WHERE cnid_region(cnid_true) <> region) AS region_mismatch,
       count(*) FILTER (WHERE region_province(region) <> 610000) AS outside_province,
       count(*) FILTER (WHERE NOT EXISTS (
            SELECT 1 FROM region r
            WHERE r.code = p.region AND r.level = 'county'
              AND r.valid_from <= extract(year FROM p.registered_on)
              AND extract(year FROM p.registered_on) < coalesce(r.valid_to, 32767))) AS code_not_valid_at_registration,
       count(*) FILTER (WHERE registered_on < birth_date) AS registered_before_birth,
       min(birth_date) >= '1930-01-01' AND max(birth_date) <= '2024-12-31' AS births_1930_2024,
       max(registered_on) <= '2024-12-31' AS registered_by_2024
FROM p;
-- People registered before 1999 in 榆林 carry the 6127xx codes of 榆林地区.
SELECT extract(year FROM registered_on) < 1999 AS before_1999,
       array_agg(DISTINCT region_prefecture(region) ORDER BY region_prefecture(region)) AS yulin_prefecture_codes
FROM p WHERE region_current(region) <@ (SELECT array_agg(code) FROM region WHERE code / 100 = 6108 AND status = 'current')
GROUP BY 1 ORDER BY 1;
-- Sex ratio, name shape, surnames by frequency.
SELECT sex, count(*) BETWEEN 9500 AND 10500 AS about_half FROM p GROUP BY sex ORDER BY sex;
SELECT char_length(name) AS name_length, count(*) > 0 AS present FROM p GROUP BY 1 ORDER BY 1;
SELECT left(name, 1) AS surname, count(*) FROM p GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3;
SELECT count(*) > 0 AS compound_surnames FROM p WHERE name LIKE '欧阳%';

-- Name errors (name_error_rate): drawn from a third stream, so the persons
-- and their ID errors do not depend on the rate, and at rate 0 there are none.
SELECT count(*) AS persons_changed_by_name_error_rate
FROM synth_persons(2000, 7, 0.1) a JOIN synth_persons(2000, 7, 0.1, 610000, 1) b USING (person_id)
WHERE (a.id_number, a.cnid_true, a.name, a.sex, a.birth_date, a.region, a.registered_on, a.error_kind)
      IS DISTINCT FROM (b.id_number, b.cnid_true, b.name, b.sex, b.birth_date, b.region, b.registered_on, b.error_kind);
SELECT count(*) FILTER (WHERE name_error IS NOT NULL OR name_entered IS DISTINCT FROM name) AS name_errors_at_rate_0
FROM synth_persons(2000, 7, 0.1);
SELECT count(*) FILTER (WHERE name_error IS NULL) AS clean_names_at_rate_1
FROM synth_persons(2000, 7, 0.1, 610000, 1);
SELECT (SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) FROM synth_persons(2000, 7, 0.1, 610000, 0.3) s)
     = (SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) FROM synth_persons(2000, 7, 0.1, 610000, 0.3) s)
       AS same_seed_same_name_errors,
       (SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) FROM synth_persons(500, 7, 0.1, 610000, 0.3) s)
     = (SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) FROM synth_persons(2000, 7, 0.1, 610000, 0.3) s
        WHERE person_id <= 500) AS name_errors_prefix_stable;
-- A larger rate only adds name errors: each one at rate 0.3 is also there at 0.6.
SELECT count(*) AS name_errors_lost_at_higher_rate
FROM synth_persons(2000, 7, 0.1, 610000, 0.3) a JOIN synth_persons(2000, 7, 0.1, 610000, 0.6) b USING (person_id)
WHERE a.name_error IS NOT NULL AND b.name_error IS NULL;

-- 20,000 persons, 20 % with a name error; every kind appears.  Lossless kinds
-- keep name_norm; homophones keep name_key, the others change name_norm.
CREATE TEMP TABLE pn AS SELECT * FROM synth_persons(20000, 2024, 0.1, 610000, 0.2);
SELECT count(*) FILTER (WHERE name_error IS NOT NULL) BETWEEN 3600 AND 4400 AS name_error_rate_within_tolerance
FROM pn;
SELECT coalesce(name_error, '(none)') AS name_error,
       count(*) > 0 AS present,
       bool_and(name_entered <> name) AS all_changed,
       bool_and(name_norm(name_entered) = name_norm(name)) AS norm_kept,
       bool_and(name_norm(name_entered) <> name_norm(name)) AS norm_changed,
       bool_and(name_key(name_entered) = name_key(name)) AS key_kept,
       bool_and(name_key(name_entered) <> name_key(name)) AS key_changed
FROM pn GROUP BY name_error ORDER BY name_error NULLS FIRST;
-- Each kind's form: one character replaced (homophone, look-alike, dialect),
-- every convertible character in its traditional form, a blank or U+3000 after
-- the surname, a single-character surname in front of a woman's name.
SELECT count(*) FILTER (WHERE name_error IS NULL AND name_entered <> name) AS clean_changed,
       count(*) FILTER (WHERE name_error IN ('homophone', 'lookalike', 'dialect') AND (char_length(name_entered) <> char_length(name)
            OR (SELECT count(*) FROM generate_series(1, char_length(name)) i
                WHERE substr(name_entered, i, 1) <> substr(name, i, 1)) <> 1)) AS bad_substitution,
       count(*) FILTER (WHERE name_error = 'traditional' AND char_length(name_entered) <> char_length(name)) AS bad_traditional,
       count(*) FILTER (WHERE name_error = 'blank' AND replace(replace(name_entered, ' ', ''), '　', '') <> name) AS bad_blank,
       count(*) FILTER (WHERE name_error = 'married_surname' AND (substr(name_entered, 2) <> name OR sex <> 2
            OR birth_date >= '2000-01-01' OR left(name_entered, 1) = left(name, 1))) AS bad_married_surname
FROM pn;
-- The matcher sees what the kind says: homophones and look-alikes by name_explain.
SELECT name_error, count(*) FILTER (WHERE name_explain(name, name_entered)::text
                                   LIKE '%"relation": "' || name_error || '"%') = count(*) AS name_explain_agrees
FROM pn WHERE name_error IN ('homophone', 'lookalike') GROUP BY 1 ORDER BY 1;
-- Dialect errors by the pair of readings: zh/z, ch/c, sh/s, n/l, en/eng and
-- in/ing keep name_key (its merges K1, K2, K5); f-/hu- keeps it only for fu/hu.
CREATE FUNCTION pg_temp.dialect_pair(a text, b text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN regexp_replace(a, '^([zcs])h', '\1') = regexp_replace(b, '^([zcs])h', '\1') THEN 'zh/z ch/c sh/s'
                WHEN regexp_replace(a, '^n', 'l') = regexp_replace(b, '^n', 'l') THEN 'n/l'
                WHEN regexp_replace(a, '([ei])ng$', '\1n') = regexp_replace(b, '([ei])ng$', '\1n') THEN 'en/eng in/ing'
                WHEN a IN ('fu', 'hu') AND b IN ('fu', 'hu') THEN 'fu/hu'
                WHEN ARRAY[a, b] <@ ARRAY['fa', 'hua'] OR ARRAY[a, b] <@ ARRAY['fan', 'huan']
                  OR ARRAY[a, b] <@ ARRAY['fang', 'huang'] OR ARRAY[a, b] <@ ARRAY['fei', 'hui']
                  OR ARRAY[a, b] <@ ARRAY['fen', 'hun'] OR ARRAY[a, b] <@ ARRAY['feng', 'hong']
                  OR ARRAY[a, b] <@ ARRAY['fo', 'huo'] THEN 'f-/hu- other'
                ELSE 'not a dialect pair' END $$;
SELECT pair, count(*) > 0 AS present, bool_and(key_kept) AS key_kept, bool_and(NOT key_kept) AS key_changed
FROM (SELECT pg_temp.dialect_pair(x.a, x.b) AS pair, name_key(name) = name_key(name_entered) AS key_kept
      FROM pn, LATERAL (SELECT a.s AS a, b.s AS b
                        FROM unnest(string_to_array(name_pinyin(name), ' ')) WITH ORDINALITY a(s, i)
                        JOIN unnest(string_to_array(name_pinyin(name_entered), ' ')) WITH ORDINALITY b(s, i) USING (i)
                        WHERE a.s <> b.s) x
      WHERE name_error = 'dialect') d
GROUP BY pair ORDER BY pair;
SELECT name, name_entered, name_error, name_norm(name_entered) = name_norm(name) AS norm_kept
FROM synth_persons(10, 5, 0.05, 610000, 1) ORDER BY person_id;

-- Minority names: 新疆 52 % given·father (U+00B7), 西藏 86 % and 青海 24 %
-- Tibetan, 内蒙古 17 % Mongol; every other province has none.
SELECT province, count(*) FILTER (WHERE name LIKE '%·%') AS dotted,
       count(*) FILTER (WHERE char_length(name) = 4 AND NOT name ~ '^(欧阳|上官|皇甫|令狐|司徒|诸葛|司马)') AS four_characters
FROM (VALUES (650000), (540000), (630000), (150000), (640000), (450000)) v(province),
     LATERAL synth_persons(2000, 1, 0, province) GROUP BY province ORDER BY province;
SELECT name, sex, name_entered, name_error FROM synth_persons(6, 3, 0, 650000, 1) ORDER BY person_id;
SELECT name, sex FROM synth_persons(4, 3, 0, 540000) ORDER BY person_id;
-- Provinces without minority names keep their output (宁夏: the value before).
SELECT md5(string_agg((s.person_id, s.id_number, s.cnid_true, s.name, s.sex, s.birth_date,
                       s.region, s.registered_on, s.error_kind)::text, E'\n' ORDER BY person_id)) AS md5_3000_ningxia
FROM synth_persons(3000, 2026, 0.3, 640000) s;
-- Separator errors (新疆): lossless unless the separator is dropped.
CREATE TEMP TABLE xj AS SELECT * FROM synth_persons(5000, 2024, 0.1, 650000, 0.5);
SELECT name_error, count(*) > 0 AS present,
       bool_and(name_norm(name_entered) = name_norm(name)) AS norm_kept,
       bool_and(name_norm(name_entered) <> name_norm(name)) AS norm_changed
FROM xj WHERE name LIKE '%·%' AND name_error IS NOT NULL
GROUP BY 1 ORDER BY 1;
SELECT char_length(name_entered) < char_length(name) AS separator_dropped, count(*) > 0 AS present,
       bool_and(name_norm(name_entered) = name_norm(name)) AS norm_kept,
       bool_and(name_key(name_entered) = name_key(name)) AS key_kept,
       string_agg(DISTINCT translate(name_entered, translate(name_entered, ' •.．‧・', ''), ''), '') AS separators
FROM xj WHERE name_error = 'separator' GROUP BY 1 ORDER BY 1;

-- Provinces founded later: 重庆 (1997) gets codes valid at registration.
SELECT min(registered_on) >= '1997-01-01' AS chongqing_from_1997,
       bool_and(region_province(region) = 500000) AS all_in_chongqing
FROM synth_persons(500, 1, 0, 500000);

-- The planner sees n rows.
CREATE FUNCTION pg_temp.plan_rows(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE j json;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO j;
    RETURN j -> 0 -> 'Plan' ->> 'Plan Rows';
END $$;
SELECT pg_temp.plan_rows('SELECT * FROM synth_persons(12345)') AS planned_rows;

-- Arguments: a NULL gives no rows (STRICT); bad values raise 22023.
SELECT count(*) AS rows_for_null_seed FROM synth_persons(10, NULL);
SELECT count(*) AS rows_for_zero FROM synth_persons(0);
SELECT * FROM synth_persons(-1);
CREATE FUNCTION pg_temp.error_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE detail text;
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' / ' || nullif(detail, ''), '');
END $$;
SELECT q, pg_temp.error_of(q)
FROM (VALUES ('SELECT * FROM synth_persons(100000001)'),
             ('SELECT * FROM synth_persons(10, 1, -0.01)'),
             ('SELECT * FROM synth_persons(10, 1, 1.5)'),
             ('SELECT * FROM synth_persons(10, 1, ''NaN'')'),
             ('SELECT * FROM synth_persons(10, 1, 0.1, 610800)'),
             ('SELECT * FROM synth_persons(10, 1, 0.1, 6100000)'),
             ('SELECT * FROM synth_persons(10, 1, 0.1, 710000)'),
             ('SELECT * FROM synth_persons(10, 1, 0.1, 810000)'),
             ('SELECT * FROM synth_persons(10, 1, 0.1, 990000)'),
             ('SELECT * FROM synth_persons(10, 1, 0.1, 660000)'),
             ('SELECT * FROM synth_persons(10, 1, 1, 650000)'),
             ('SELECT * FROM synth_persons(10, 1, 0.1, 610000, -0.01)'),
             ('SELECT * FROM synth_persons(10, 1, 0.1, 610000, 1.5)'),
             ('SELECT * FROM synth_persons(10, 1, 0.1, 610000, ''NaN'')'),
             ('SELECT * FROM synth_persons(10, 1, 0.1, 610000, 1)'),
             ('SELECT * FROM synth_persons(10, 1, 0.1, 610000, 0, -0.01)'),
             ('SELECT * FROM synth_persons(10, 1, 0.1, 610000, 0, 0, ''NaN'')'),
             ('SELECT * FROM synth_persons(10, 1, 0.1, 610000, 0, 0.6, 0.5)'),
             ('SELECT * FROM synth_persons(10, 1, 0.1, 610000, 0, 0.5, 0.5)')) AS t(q);
SELECT count(*) AS rows_for_null_name_error_rate FROM synth_persons(10, 1, 0.1, 610000, NULL);
-- A mainland prefix that enroll.region does not list as a province, and a
-- province without current counties (table edited in a rolled-back transaction).
BEGIN;
DELETE FROM region WHERE code = 650000;
SELECT pg_temp.error_of('SELECT * FROM synth_persons(10, 1, 0.1, 650000)');
UPDATE region SET valid_to = 2000, status = 'abolished' WHERE code BETWEEN 640100 AND 649999 AND valid_to IS NULL;
SELECT pg_temp.error_of('SELECT * FROM synth_persons(10, 1, 0.1, 640000)');
ROLLBACK;
-- A kind that falls back to another when no replacement fits (compound
-- surnames such as 令狐) leaves nothing of the failed attempt behind: at
-- rate 1 over 300,000 persons, every blank error is the name plus a blank.
SELECT count(*) FILTER (WHERE name_error = 'blank') > 0 AS has_blanks,
       count(*) FILTER (WHERE name_error = 'blank' AND replace(replace(name_entered, ' ', ''), '　', '') <> name) AS bad_blank
FROM synth_persons(300000, 2026, 0, 610000, 1);

-- Twins and same-county namesakes (twin_rate, namesake_rate): a relative of
-- the person before.  Rates 0 (the default) leave every column as it was:
-- the md5s above are the values pinned before relatives existed, and the
-- whole row at rates 0 is those columns plus two NULLs.
SELECT md5(string_agg((s.person_id, s.id_number, s.cnid_true, s.name, s.sex, s.birth_date,
                       s.region, s.registered_on, s.error_kind)::text, E'\n' ORDER BY person_id)) AS md5_200_seed_42_rates_0
FROM synth_persons(200, 42, 0.05, 610000, 0, 0, 0) s;
SELECT count(*) FILTER (WHERE relation IS NOT NULL OR related_to IS NOT NULL) AS relatives_at_rates_0
FROM synth_persons(2000, 7, 0.1, 610000, 0.1);
SELECT person_id, id_number, name, sex, birth_date, region, relation, related_to
FROM synth_persons(12, 42, 0, 610000, 0, 0.2, 0.2);
CREATE TEMP TABLE fam AS SELECT * FROM synth_persons(100000, 2024, 0.05, 610000, 0.02, 0.01, 0.003);
-- about 1 % twins and 0.3 % namesakes; every one is a different person
SELECT relation, count(*) BETWEEN n * 0.7 AND n * 1.3 AS near_rate
FROM fam, (VALUES ('twin', 1000), ('namesake', 300)) AS r(rel, n)
WHERE relation = rel GROUP BY relation, n ORDER BY relation;
SELECT count(*) AS rows, count(DISTINCT cnid_true) AS distinct_ids FROM fam;
-- twins: same birth date, county, registration and surname, the next
-- sequence number of their sex (two in three of the same sex), a given
-- name one character apart; namesakes: same name, birth date, sex, county
SELECT r.relation,
       count(*) AS pairs,
       count(*) FILTER (WHERE r.birth_date = o.birth_date AND r.region = o.region
                          AND r.registered_on = o.registered_on) AS same_day_and_county,
       count(*) FILTER (WHERE r.name = o.name) AS same_name,
       count(*) FILTER (WHERE r.sex = o.sex) AS same_sex,
       count(*) FILTER (WHERE left(r.name, 1) = left(o.name, 1) AND length(r.name) = length(o.name)
                          AND (SELECT count(*) FROM generate_series(1, length(r.name)) i
                               WHERE substr(r.name, i, 1) <> substr(o.name, i, 1)) = 1) AS one_character_apart,
       count(*) FILTER (WHERE substr(r.cnid_true::text, 15, 3)::int
                              - substr(o.cnid_true::text, 15, 3)::int IN (1, 2)) AS next_sequence,
       count(*) FILTER (WHERE cnid_birth_date(r.cnid_true) = r.birth_date
                          AND cnid_sex(r.cnid_true) = r.sex) AS id_agrees
FROM fam r JOIN fam o ON o.person_id = r.related_to
GROUP BY r.relation ORDER BY r.relation;
SELECT count(*) FILTER (WHERE r.sex = o.sex)::numeric / count(*) BETWEEN 0.6 AND 0.73 AS twins_two_in_three_same_sex
FROM fam r JOIN fam o ON o.person_id = r.related_to WHERE r.relation = 'twin';
-- the others are the persons of rates 0, apart from a rare redraw of a
-- number a relative took
SELECT count(*) FILTER (WHERE f.relation IS NULL AND (f.cnid_true, f.name, f.region)
                        IS DISTINCT FROM (p.cnid_true, p.name, p.region)) < 10 AS others_unchanged
FROM fam f JOIN synth_persons(100000, 2024, 0.05, 610000, 0.02) p USING (person_id);
-- deterministic per seed; minority names (新疆) get a twin name anew
SELECT (SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) FROM synth_persons(3000, 9, 0.05, 650000, 0, 0.1, 0.1) s)
     = (SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) FROM synth_persons(3000, 9, 0.05, 650000, 0, 0.1, 0.1) s)
       AS relatives_deterministic,
       (SELECT count(*) FROM synth_persons(3000, 9, 0.05, 650000, 0, 0.1, 0.1) r
        JOIN synth_persons(3000, 9, 0.05, 650000, 0, 0.1, 0.1) o ON o.person_id = r.related_to
        WHERE r.relation = 'twin' AND r.name = o.name) AS twins_with_the_same_name;

-- Address and phone (a fifth stream): in the second register 8 % moved,
-- 25 % a new phone, 5 % of each register without a phone; a twin at its
-- twin's address (and half the time its phone), a namesake drawn anew; the
-- other columns as without them (the md5s above are unchanged).
SELECT round(avg((address_entered <> address)::int), 3) AS moved,
       round(avg((phone_entered <> phone)::int) FILTER (WHERE phone IS NOT NULL AND phone_entered IS NOT NULL), 3) AS new_phone,
       round(avg((phone IS NULL)::int), 3) AS no_phone, round(avg((phone_entered IS NULL)::int), 3) AS no_phone_entered,
       bool_and(phone ~ '^1[35789][0-9]{9}$') AS mobile_numbers,
       bool_and(address ~ '^..镇..村[0-9]+号$') AS addresses,
       count(DISTINCT address) AS addresses_distinct, count(*) AS persons
FROM fam;
SELECT r.relation, count(*) AS relatives, count(*) FILTER (WHERE r.address = o.address) AS same_address,
       count(*) FILTER (WHERE r.phone = o.phone) AS same_phone
FROM fam r JOIN fam o ON o.person_id = r.related_to GROUP BY r.relation ORDER BY r.relation;
