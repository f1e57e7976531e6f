-- region_current() of every code that has no current row, against the list
-- computed independently from the upstream data by
-- test/tools/region_current_expected.py (test/data/region_current_expected.csv).
SET search_path = enroll, public;

CREATE TEMP TABLE expected (code integer PRIMARY KEY, current text);
\copy expected (code, current) FROM 'test/data/region_current_expected.csv' WITH (FORMAT csv, HEADER true)

-- Every code without a current row is in the list, and nothing else.
SELECT count(*) AS expected_codes,
       count(*) FILTER (WHERE current <> '') AS with_current_successor,
       (SELECT count(DISTINCT code) FROM region r
        WHERE NOT EXISTS (SELECT FROM region c WHERE c.code = r.code AND c.status = 'current'))
           AS codes_without_current_row
FROM expected;
-- Disagreements: none.
SELECT e.code, region_name(e.code), e.current AS expected, region_current(e.code) AS got
FROM expected e
WHERE region_current(e.code) IS DISTINCT FROM nullif(string_to_array(e.current, ';')::integer[], '{}')
ORDER BY e.code;

-- Every legacy code and every abolished prefecture that has a successor
-- reaches a current code (one exception: two raw lists disagree on 232504,
-- and the code's last row is the one without a successor).
SELECT r.code, r.name, r.valid_from, r.valid_to, r.successors
FROM region r
WHERE (r.status = 'legacy' OR (r.level = 'prefecture' AND r.status <> 'current'))
  AND r.successors IS NOT NULL AND region_current(r.code, r.valid_to - 1) IS NULL
ORDER BY 1, 3;

-- Derived successors, by kind of row.
SELECT r.status, r.level, r.source, count(*) AS rows,
       count(r.successors) AS with_successors,
       count(*) FILTER (WHERE region_current(r.code, r.valid_to - 1) IS NOT NULL) AS reaching_current
FROM region r
WHERE r.status IN ('legacy', 'renamed') OR (r.status = 'abolished' AND r.level = 'prefecture')
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;

-- The codes real ID numbers carry, one per rule.
SELECT code, year, region_name(code, year) AS name,
       ARRAY(SELECT s.successor FROM region_successors(code, year) s) AS first_step,
       region_current(code, year) AS today,
       (SELECT string_agg(region_name(c), '、') FROM unnest(region_current(code, year)) c) AS today_name
FROM (VALUES (110201, NULL::integer), -- renumbered 1982: 昌平县 -> 110221 -> 昌平区 (1999)
             (132105, NULL),  -- renumbered, a name shared in the province: 邯郸 郊区
             (139002, NULL),  -- xx90xx code of 1990-1994: 霸州市
             (440401, NULL),  -- summary code 市辖区 of 珠海市
             (140120, NULL),  -- summary code 市区 of 太原市, 1980 list
             (612700, NULL),  -- 榆林地区 -> 榆林市 (1999)
             (222200, NULL),  -- 通化地区: its counties went to two cities
             (510400, 1986),  -- 渡口市, renamed 攀枝花市 (1987)
             (517000, NULL)   -- 涪陵市 (1995-1996 code), to 重庆 in 1997
     ) AS v(code, year)
ORDER BY code;

-- Reading the table, not a copy: a change to it shows at once.
BEGIN;
UPDATE region SET successors = NULL WHERE code = 110221;
SELECT region_current(110201) AS after_removing_a_link;
ROLLBACK;
SELECT region_current(110201) AS after_rollback;
