-- Successors that data/regions.csv leaves empty, derived when the extension
-- is created from the rows themselves (doc/reference-regions.md, "Derived
-- successors"), so that region_current() follows the codes old ID numbers
-- carry.  Only rows without successors are filled, and only where a rule
-- gives an unambiguous answer; every other row keeps what its source says.
--
--  * renumbered: a supplementary (legacy) row of a code the primary source
--    lacks, e.g. the 1980 codes that GB/T 2260-1982 renumbered (110201
--    昌平县 -> 110221): the primary-source row of the same province, level
--    and name listed in the legacy row's last year-end list or the next.
--    When several codes qualify, the one listed the year after is taken,
--    then the one under the prefecture that the row's unambiguous siblings
--    (same code prefix and end) moved to (132105 郊区 -> 130405 郊区).
--  * summary: a county-level summary code (xxxx01 市辖区, xxxx20 市区)
--    stands for the districts of one city, so its successor is the city's
--    prefecture-level code (440401 -> 440400).
--  * renamed: a row marked renamed without successors, whose code's next row
--    starts the year it ends, passes to that row (510400 渡口市 -> 攀枝花市).
--  * counties: an abolished prefecture that the primary source gives no
--    successor (its area is its counties', yescallop/areacodes diff-spec.md):
--    the current prefectures holding its counties' current codes, or the
--    current county itself where none holds it, or where the prefecture's
--    code still named an earlier unit the year the prefecture ended (the
--    walk picks a code's row by era): 612700 榆林地区 -> 610800.
--    A prefecture marked renamed whose code was only reused later (511400
--    涪陵市 1995-1997, 眉山市 since 2000) is treated the same way.
-- The statement reads the table as loaded, so the rules do not feed each
-- other; region_current() chains them when it walks.
WITH legacy AS (
    SELECT l.code, l.valid_from, l.name, l.level, l.valid_to
    FROM @extschema@.region l
    WHERE l.status = 'legacy' AND l.successors IS NULL AND l.valid_to IS NOT NULL
      AND l.name NOT IN ('市辖区', '市区', '县', '市')
),
candidate AS (
    SELECT l.code, l.valid_from, l.name, l.valid_to, a.code AS successor,
           a.valid_from <= l.valid_to AND l.valid_to < coalesce(a.valid_to, 32767) AS took_over
    FROM legacy l
    JOIN @extschema@.region a
      ON a.source = 'areacodes'
     AND a.code BETWEEN l.code / 10000 * 10000 AND l.code / 10000 * 10000 + 9999
     AND a.level = l.level AND a.name = l.name AND a.code <> l.code
     AND a.valid_from <= l.valid_to AND l.valid_to - 1 < coalesce(a.valid_to, 32767)
),
unique_match AS (
    SELECT code, valid_from, name, valid_to,
           CASE WHEN count(DISTINCT successor) = 1 THEN min(successor)
                WHEN count(DISTINCT successor) FILTER (WHERE took_over) = 1
                THEN min(successor) FILTER (WHERE took_over)
           END AS successor
    FROM candidate
    GROUP BY code, valid_from, name, valid_to
),
sibling_prefix AS (
    SELECT code / 100 AS prefix, valid_to, min(successor / 100) AS successor_prefix
    FROM unique_match
    WHERE successor IS NOT NULL
    GROUP BY code / 100, valid_to
    HAVING count(DISTINCT successor / 100) = 1
),
renumbered AS (
    SELECT u.code, u.valid_from, u.name, u.successor
    FROM unique_match u
    WHERE u.successor IS NOT NULL
  UNION ALL
    SELECT u.code, u.valid_from, u.name, min(c.successor)
    FROM unique_match u
    JOIN sibling_prefix s ON s.prefix = u.code / 100 AND s.valid_to = u.valid_to
    JOIN candidate c ON c.code = u.code AND c.valid_from IS NOT DISTINCT FROM u.valid_from
                    AND c.name = u.name AND c.took_over AND c.successor / 100 = s.successor_prefix
    WHERE u.successor IS NULL
    GROUP BY u.code, u.valid_from, u.name
    HAVING count(DISTINCT c.successor) = 1
),
summary AS (
    SELECT l.code, l.valid_from, l.name, l.code / 100 * 100 AS successor
    FROM @extschema@.region l
    WHERE l.status = 'legacy' AND l.successors IS NULL AND l.level = 'county'
      AND l.name IN ('市辖区', '市区')
      AND EXISTS (SELECT FROM @extschema@.region p
                  WHERE p.code = l.code / 100 * 100
                    AND coalesce(p.valid_from, 0) < coalesce(l.valid_to, 32767)
                    AND coalesce(l.valid_from, 0) < coalesce(p.valid_to, 32767))
),
renamed AS (
    SELECT r.code, r.valid_from, r.name, r.code AS successor
    FROM @extschema@.region r
    WHERE r.status = 'renamed' AND r.successors IS NULL
      AND EXISTS (SELECT FROM @extschema@.region n
                  WHERE n.code = r.code AND n.valid_from = r.valid_to)
),
counties AS (
    SELECT p.code, p.valid_from, p.name,
           CASE WHEN EXISTS (SELECT FROM @extschema@.region_row(c / 100 * 100, p.valid_to) q
                             WHERE q.status = 'current' AND q.level = 'prefecture')
                THEN c / 100 * 100 ELSE c END AS successor
    FROM @extschema@.region p
    JOIN @extschema@.region k
      ON k.source = 'areacodes' AND k.level = 'county' AND k.code BETWEEN p.code + 1 AND p.code + 99
     AND k.valid_from <= p.valid_to - 1 AND p.valid_to - 1 < coalesce(k.valid_to, 32767)
    CROSS JOIN LATERAL unnest(@extschema@.region_current(k.code, p.valid_to - 1)) AS c
    WHERE p.source = 'areacodes' AND p.level = 'prefecture'
      AND p.status IN ('abolished', 'renamed') AND p.successors IS NULL
      AND NOT EXISTS (SELECT FROM @extschema@.region n
                      WHERE n.code = p.code AND n.valid_from = p.valid_to)
),
derived AS (
    SELECT code, valid_from, name, string_agg(DISTINCT successor::text, ';') AS successors
    FROM (SELECT * FROM renumbered UNION ALL SELECT * FROM summary
          UNION ALL SELECT * FROM renamed UNION ALL SELECT * FROM counties) d
    GROUP BY code, valid_from, name
)
UPDATE @extschema@.region r
SET successors = d.successors
FROM derived d
WHERE r.code = d.code AND r.valid_from IS NOT DISTINCT FROM d.valid_from AND r.name = d.name
  AND r.successors IS NULL;
