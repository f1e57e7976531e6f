-- Eligibility rules, the region hierarchy to the village, targets, and the
-- annex-1 coverage report with subtotals and ranking.
SET search_path = enroll, enroll_register, public;

-- ---- age_on and in_denominator ----------------------------------------------
SELECT b AS birth, d AS on_date, age_on(b, d)
FROM (VALUES (date '2000-02-29', date '2016-02-28'), ('2000-02-29', '2016-02-29'),
             ('2000-02-29', '2017-02-28'), ('2000-02-29', '2017-03-01'),
             ('2010-06-01', '2026-05-31'), ('2010-06-01', '2026-06-01'),
             ('2030-01-01', '2026-01-01')) t(b, d);
SELECT age_on('2000-01-01', date '2020-01-01') = cnid_age('110105200001010016'::cnid, '2020-01-01') AS same_as_cnid_age;

-- One row per rule: category x (age, flags, employed).
SELECT c AS category, a AS age, f AS flags, e AS employed, in_denominator(c, a, f, e)
FROM (VALUES ('registration', 3, '{}'::text[], NULL::boolean),
             ('registration', 70, '{deceased}', NULL),
             ('registration', 30, '{military,imprisoned,unwilling}', NULL),
             ('pension', 15, '{}', NULL),
             ('pension', 16, '{}', NULL),
             ('pension', 18, '{student}', NULL),
             ('pension', 40, '{military}', NULL),
             ('pension', 40, '{imprisoned}', NULL),
             ('pension', 40, '{unwilling,working_away}', NULL),
             ('pension', 40, '{deceased}', NULL),
             ('pension', NULL, '{}', NULL),
             ('medical', 0, '{}', NULL),
             ('medical', 30, '{military}', NULL),
             ('medical', 30, '{student,imprisoned}', NULL),
             ('unemployment', 30, '{}', true),
             ('unemployment', 30, '{}', false),
             ('unemployment', 30, '{}', NULL),
             ('work_injury', 15, '{}', true),
             ('work_injury', 30, '{imprisoned}', true),
             ('maternity', 30, '{working_away}', true)) t(c, a, f, e);
SELECT registration_flags();
\set ON_ERROR_STOP 0
SELECT in_denominator('pension', 30, '{retired}');
SELECT in_denominator('pension', 30, ARRAY['student', NULL]);
SELECT in_denominator('dental', 30);
SELECT age_on('infinity', '2020-01-01');
SELECT age_on('2000-01-01', '-infinity');
\set ON_ERROR_STOP 1

-- ---- region hierarchy --------------------------------------------------------
SELECT c AS code, region_level(c),
       region_at(c, 'province') AS province, region_at(c, 'prefecture') AS prefecture,
       region_at(c, 'county') AS county, region_at(c, 'township') AS township,
       region_at(c, 'village') AS village
FROM (VALUES (610802101203::bigint), (610802101::bigint), (610802::bigint), (610800::bigint),
             (610000::bigint), (429004001002::bigint), (NULL::bigint)) t(c);
\set ON_ERROR_STOP 0
SELECT region_at(610802101203, 'street');
SELECT region_at(61080210120, 'county');
SELECT region_level(6108021);
\set ON_ERROR_STOP 1
-- Without the register's tables, labels of townships and villages are
-- unknown and targets are the national defaults.
SELECT region_label(610802101) AS township_label, coverage_target_for(610802, 'pension', 2017) AS default_target
WHERE register_layout_version() = 0;
-- Names of townships and villages and the targets are the province's data,
-- in tables that create_register() makes.
SELECT create_register() IN ('created', 'unchanged') AS register_exists;
INSERT INTO region_local VALUES (610802101, '鱼河镇'), (610802101203, '某村');
SELECT c, region_label(c)
FROM (VALUES (610802::bigint), (612724::bigint), (610802101::bigint), (610802101203::bigint), (610802999::bigint)) t(c);
\set ON_ERROR_STOP 0
INSERT INTO region_local VALUES (6108021012, 'wrong length');
\set ON_ERROR_STOP 1
SELECT c, region_rollup_code(c)
FROM (VALUES (612724::bigint), (610803::bigint), (610321::bigint), (610802101203::bigint), (NULL::bigint)) t(c);

-- ---- targets -------------------------------------------------------------------
INSERT INTO coverage_target VALUES
    (610000, 'pension', 2017, 0.95, '陕人社发〔2015〕54号'),
    (610800, 'pension', 2017, 0.98, '榆政办函〔2016〕271号'),
    (610802101, 'pension', 2017, 0.99, 'township example');
SELECT r, c, y, coverage_target_for(r, c, y)
FROM (VALUES (610802101203::bigint, 'pension', 2017), (610803::bigint, 'pension', 2017),
             (610102::bigint, 'pension', 2017), (610102::bigint, 'pension', 2018),
             (610102::bigint, 'registration', 2018), (610102::bigint, 'medical', 2018),
             (610102::bigint, 'maternity', 2018), (NULL::bigint, 'pension', 2017)) t(r, c, y);
\set ON_ERROR_STOP 0
INSERT INTO coverage_target VALUES (610000, 'pension', 2017, 1.5, NULL);
INSERT INTO coverage_target VALUES (610000, 'dental', 2017, 0.5, NULL);
\set ON_ERROR_STOP 1

-- ---- the report ------------------------------------------------------------------
-- A small population whose counts are known: 3 counties of Yulin (one under
-- its abolished code 612724, which rolls into 610803 横山区), 2 villages each.
CREATE TEMP TABLE hh AS
SELECT i AS id,
       CASE i % 6 WHEN 0 THEN 610802101001 WHEN 1 THEN 610802101002 WHEN 2 THEN 610803201001
                  WHEN 3 THEN 612724 WHEN 4 THEN 610881100001 ELSE 610881100002 END AS region,
       i % 10 <> 0 AS registered,
       CASE WHEN i % 5 = 0 THEN '{}'::insset WHEN i % 3 = 0 THEN '{110,310,410}'::insset
            ELSE '{170,390}'::insset END AS insurances,
       date '1940-01-01' + (i * 97 % 29000) AS birth
FROM generate_series(1, 600) i;

SELECT region, region_name, region_level, subtotal, household_population, registered,
       pension, medical, unemployment, work_injury, maternity, uninsured,
       eligible, covered, round(rate::numeric, 4) AS rate, target,
       round(progress::numeric, 4) AS progress, rank, standing
FROM coverage_report($$SELECT region, registered, insurances,
                              in_denominator('pension', age_on(birth, date '2017-06-30')) AS eligible
                       FROM hh$$, 'county', 'pension', 2017);

-- The same numbers in plain SQL, for the county rows.
SELECT county, count(*) AS household_population,
       count(*) FILTER (WHERE in_denominator('pension', age_on(birth, date '2017-06-30'))) AS eligible,
       count(*) FILTER (WHERE in_denominator('pension', age_on(birth, date '2017-06-30'))
                          AND insurances && '{110,120,170}') AS covered
FROM (SELECT *, CASE WHEN region = 612724 THEN 610803 ELSE region_at(region, 'county') END AS county FROM hh) s
GROUP BY county ORDER BY county;

-- Village level, registration as the category; names from region_local.
SELECT region, region_name, region_level, subtotal, household_population, eligible, covered,
       round(rate::numeric, 4) AS rate, target, rank, standing
FROM coverage_report($$SELECT region, registered, insurances, true AS eligible FROM hh$$,
                     'village', 'registration', 2017);

-- Province level: only the total rows.
SELECT region, region_name, subtotal, household_population, uninsured
FROM coverage_report($$SELECT region, registered, insurances, true AS eligible FROM hh$$, 'province', 'medical', 2017);

-- Empty population: just the grand total with zeros.
SELECT region_name, household_population, eligible, rate
FROM coverage_report($$SELECT region, registered, insurances, true AS eligible FROM hh WHERE false$$);

-- Errors name what is wrong.
\set ON_ERROR_STOP 0
SELECT * FROM coverage_report($$SELECT region, registered, insurances FROM hh$$);
SELECT * FROM coverage_report($$SELECT region, registered, insurances, true AS eligible FROM hh$$, 'street');
SELECT * FROM coverage_report($$SELECT region, registered, insurances, true AS eligible FROM hh$$, 'county', 'dental');
SELECT * FROM coverage_report(NULL);
SELECT * FROM coverage_report($$SELECT region, registered, 42 AS insurances, true AS eligible FROM hh$$);
SELECT * FROM coverage_report($$SELECT nonsense$$);
\set ON_ERROR_STOP 1

DELETE FROM coverage_target;
DELETE FROM region_local;
