-- synth_persons: determinism, the injected errors and what cnid makes of
-- them, consistency of the true number with sex, birth date and the county
-- code valid at registration, and argument errors.
SET search_path = enroll, public;
\set VERBOSITY default
SET datestyle = ISO;

-- A sample, and the md5 of a fixed output: this pins the generator (PRNG,
-- name tables, region data) across machines and versions.
SELECT * FROM synth_persons(8, 42, 0.5);
SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) AS md5_200_seed_42
FROM synth_persons(200, 42) s;

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
SELECT md5(string_agg(s::text, E'\n' ORDER BY person_id)) AS md5_200_seed_42_in_worker
FROM synth_persons(200, 42) s;
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
             ('SELECT * FROM synth_persons(10, 1, 1, 650000)')) AS t(q);
-- A mainland prefix that enroll.region does not list as a province, and a
-- province without current counties (table edited in a rolled-back transaction).
BEGIN;
DELETE FROM region WHERE code = 650000;
SELECT pg_temp.error_of('SELECT * FROM synth_persons(10, 1, 0.1, 650000)');
UPDATE region SET valid_to = 2000, status = 'abolished' WHERE code BETWEEN 640100 AND 649999 AND valid_to IS NULL;
SELECT pg_temp.error_of('SELECT * FROM synth_persons(10, 1, 0.1, 640000)');
ROLLBACK;
