-- regions: the GB/T 2260 table and the functions on six-digit codes:
-- level/province/prefecture arithmetic, names by era, successor chains
-- (the county history of 榆林, data/regions.csv), and argument errors.
SET search_path = enroll, public;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- The data as loaded (data/regions.csv): 34/333/2,846 current units, 7,589 rows.
SELECT level, count(*) AS current_units
FROM region WHERE status = 'current' GROUP BY level
ORDER BY array_position(ARRAY['province', 'prefecture', 'county'], level);
SELECT count(*) AS rows, count(DISTINCT code) AS codes FROM region;
-- One current row per current code (enforced by a partial unique index).
SELECT count(*) AS codes_with_two_current_rows
FROM (SELECT code FROM region WHERE status = 'current' GROUP BY code HAVING count(*) > 1) s;
-- region_level() reads the pattern; the table agrees for every row.
SELECT count(*) AS level_disagreements FROM region WHERE level <> region_level(code);

-- Pattern arithmetic: province, prefecture, level.
SELECT code, region_level(code), region_province(code), region_prefecture(code)
FROM (VALUES (610802), (610800), (610000), (612724), (612700),
             (429004),      -- 湖北 仙桃: county-level unit under the province (4290 summary)
             (419001),      -- 河南 济源
             (110105),      -- 北京 朝阳区: municipal district (1101 summary)
             (500229),      -- 重庆 城口县 (5002 summary)
             (100000), (999999)) AS t(code);
SELECT region_level(NULL), region_province(NULL), region_prefecture(NULL);
-- The pure functions are inlined: no function call left but the error branch.
CREATE TEMP TABLE codes AS SELECT 610802 AS code;
EXPLAIN (VERBOSE, COSTS OFF) SELECT region_province(code), region_prefecture(code) FROM codes;

-- Names: current name; for an abolished code its last name.
SELECT code, region_name(code)
FROM (VALUES (610802), (612724), (610823), (130502), (132401), (110103),
             (440524), (999999), (NULL)) AS t(code);
-- Names by year-end list; outside a code's listed years the nearest name.
SELECT code, year, region_name(code, year)
FROM (VALUES (130502, 2019), (130502, 2020),       -- 桥东区 renamed 襄都区 in 2020
             (132401, 1982), (132401, 1990),       -- code reused: 保定市, then 定州市
             (132426, 1990), (132426, 1993),       -- 完县 renamed 顺平县
             (612724, 1975), (612724, 2020),       -- before the first list, after abolition
             (610803, 2000),                       -- 横山区, first listed 2015
             (612724, NULL), (999999, 2000)) AS t(code, year);
SELECT * FROM region_row(612724, 1990);
SELECT * FROM region_row(130502, NULL);
SELECT count(*) AS rows_for_unknown FROM region_row(999999, NULL);

-- One step of history.
SELECT * FROM region_successors(612721, NULL);   -- 榆林县 -> 榆林市 (county-level, 1988)
SELECT * FROM region_successors(130421, NULL);   -- 邯郸县: split in 2016 (130404[2014] left earlier)
SELECT * FROM region_successors(132700, NULL);   -- 唐山地区: only a bracketed successor
SELECT count(*) AS successors_of_current FROM region_successors(120106, NULL);  -- current, lost a part in 2020
SELECT * FROM region_successors(132401, 1982);   -- 保定市 (county-level) split into districts

-- All 12 county-level units of 榆林市.  Every former code rolls
-- up to today's code, through intermediate codes, and current codes map to
-- themselves.
SELECT g.current_code, region_name(g.current_code) AS current_name, f.former,
       region_name(f.former) AS former_name, region_current(f.former) AS rolled_to,
       region_current(f.former) = ARRAY[g.current_code] AS ok
FROM (VALUES (610802, ARRAY[612721, 612701, 610802]),
             (610881, ARRAY[612722, 610821, 610881]),
             (610822, ARRAY[612723, 610822]),
             (610803, ARRAY[612724, 610823, 610803]),
             (610824, ARRAY[612725, 610824]),
             (610825, ARRAY[612726, 610825]),
             (610826, ARRAY[612727, 610826]),
             (610827, ARRAY[612728, 610827]),
             (610828, ARRAY[612729, 610828]),
             (610829, ARRAY[612730, 610829]),
             (610830, ARRAY[612731, 610830]),
             (610831, ARRAY[612732, 610831])) AS g(current_code, formers)
CROSS JOIN LATERAL unnest(g.formers) WITH ORDINALITY AS f(former, step)
ORDER BY g.current_code, f.step;
-- The prefecture: 610800 is current; 612700 榆林地区 rolls up to it through its counties.
SELECT region_current(610800) AS yulin_city, region_current(612700) AS yulin_area;

-- More histories (data/regions.csv), splits, reuse by era, unknown codes.
SELECT code, region_name(code), region_current(code)
FROM (VALUES (110103), (110104), (120221), (500234), (440524), (321083), (612722),
             (130421),     -- split in two
             (132700),     -- followed through its bracketed successor
             (132401),     -- last row: 定州市 (1986-1993)
             (419001),     -- current (济源市), although the code once meant 义马市
             (999999), (NULL)) AS t(code);
SELECT code, year, region_current(code, year)
FROM (VALUES (132401, 1982), (132401, 1990), (419001, 1988), (419001, 2000),
             (612724, 1990), (612724, NULL), (NULL, 1990)) AS t(code, year);
-- Chains that loop stop (rows added in a transaction that is rolled back).
BEGIN;
INSERT INTO region (code, name, level, valid_from, valid_to, status, successors, source) VALUES
    (999901, 'A', 'county', 1981, 1990, 'abolished', '999902', 'test'),
    (999902, 'B', 'county', 1990, 1995, 'abolished', '999901;999903', 'test'),
    (999901, 'A2', 'county', 1995, 2000, 'abolished', '999902', 'test'),
    (999903, 'C', 'county', 1995, NULL, 'current', NULL, 'test');
SELECT region_current(999901) AS from_last_row, region_current(999901, 1985) AS from_1985;
INSERT INTO region (code, name, level, valid_from, valid_to, status, successors, source) VALUES
    (999904, 'D', 'county', 1981, 1990, 'abolished', '999905', 'test'),
    (999905, 'E', 'county', 1990, 1995, 'abolished', '999904;999905', 'test');
SELECT region_current(999904) AS closed_loop, region_current(999905) AS self_loop;
ROLLBACK;

-- Arguments outside 100000..999999: SQLSTATE 22023, naming the value.
SELECT region_name(99999);
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
FROM (VALUES ('SELECT region_name(1000000)'),
             ('SELECT region_name(12, 2000)'),
             ('SELECT region_level(-610802)'),
             ('SELECT region_province(0)'),
             ('SELECT region_prefecture(99999)'),
             ('SELECT region_current(6108020)'),
             ('SELECT region_current(61080, 1999)'),
             ('SELECT * FROM region_row(5, NULL)'),
             ('SELECT * FROM region_successors(5, NULL)'),
             ('SELECT region_code_checked(2147483647)'),
             ('SELECT region_code_checked(100000)'),
             ('SELECT region_province(c) FROM (VALUES (610802), (42)) t(c)')) AS t(q);
