-- enroll 0.1.0 -> 0.2.0 (ALTER EXTENSION enroll UPDATE TO '0.2.0').
--
-- Functions, types and reference data only.  The register's tables are not
-- the extension's in 0.2.0: this script releases 0.1.0's register tables from
-- the extension (their data stays), and `SELECT enroll.create_register();`
-- then migrates them to the 0.2.0 layout (doc/reference-register.md,
-- "Upgrading from 0.1.0").  test/t/upgrade.pl checks that an upgraded
-- install equals a fresh one, schema and data.
\echo Use "ALTER EXTENSION enroll UPDATE TO '0.2.0'" to load this file. \quit


-- region successors: successors derived for legacy codes, renamed prefectures
-- and abolished prefectures (extension/parts/32_region_successors.sql)
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

-- cnid as_of: IMMUTABLE forms of cnid_valid, cnid_try and cnid_check
-- (extension/parts/10_cnid.sql)
CREATE FUNCTION @extschema@.cnid_valid(text, as_of date) RETURNS boolean
    AS 'MODULE_PATHNAME', 'cnid_valid_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_try(text, as_of date) RETURNS @extschema@.cnid
    AS 'MODULE_PATHNAME', 'cnid_try_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_check(text, as_of date) RETURNS text
    AS 'MODULE_PATHNAME', 'cnid_check_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.cnid_valid(text, date) IS 'cnid_valid(text) with as_of in place of today for the birth_future rule; immutable';
COMMENT ON FUNCTION @extschema@.cnid_try(text, date) IS 'cnid_try(text) with as_of in place of today for the birth_future rule; immutable';
COMMENT ON FUNCTION @extschema@.cnid_check(text, date) IS 'cnid_check(text) with as_of in place of today for the birth_future rule; immutable';

-- cnid warnings: address_at_birth (extension/parts/35_cnid_warnings.sql)
CREATE INDEX region_legacy_valid_to ON @extschema@.region (valid_to) WHERE status = 'legacy';

CREATE FUNCTION @extschema@.cnid_warnings(id @extschema@.cnid) RETURNS text[]
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT array_remove(ARRAY[
        CASE WHEN EXISTS (SELECT FROM @extschema@.region r
                          WHERE r.code = @extschema@.cnid_region(cnid_warnings.id))
              AND NOT EXISTS (
                  SELECT FROM @extschema@.region r
                  WHERE r.code = @extschema@.cnid_region(cnid_warnings.id)
                    AND (r.valid_to IS NULL
                         OR r.valid_to >= extract(year FROM @extschema@.cnid_birth_date(cnid_warnings.id))
                         OR (r.status = 'legacy'
                             AND r.valid_to >= (SELECT max(l.valid_to) FROM @extschema@.region l
                                                WHERE l.status = 'legacy'))))
             THEN 'address_at_birth' END], NULL);
END;
COMMENT ON FUNCTION @extschema@.cnid_warnings(@extschema@.cnid) IS
    'warnings on a valid number, empty if none: address_at_birth (address code withdrawn before the birth year)';

CREATE FUNCTION @extschema@.cnid_warnings(text) RETURNS text[]
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN @extschema@.cnid_warnings(@extschema@.cnid_try($1));
COMMENT ON FUNCTION @extschema@.cnid_warnings(text) IS
    'cnid_warnings of the number in a text; NULL when the text is not a valid cnid (cnid_check says why)';
