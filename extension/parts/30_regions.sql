-- GB/T 2260 administrative division codes, current and historical, from
-- data/regions.csv (see data/LICENSES.md).  Old ID numbers carry codes that
-- were abolished long ago, so history is kept, never overwritten.

CREATE TABLE @extschema@.region (
    code        integer NOT NULL CHECK (code BETWEEN 100000 AND 999999),
    name        text NOT NULL,
    level       text NOT NULL CHECK (level IN ('province', 'prefecture', 'county')),
    valid_from  smallint,       -- first year-end list that has the row
    valid_to    smallint,       -- first year-end list without it (exclusive)
    status      text NOT NULL CHECK (status IN ('current', 'abolished', 'renamed', 'legacy')),
    successors  text,           -- ';'-separated, code or code[YEAR]
    source      text NOT NULL
);
-- A code may have several rows (renames, reuse); valid_from may be unknown.
CREATE UNIQUE INDEX region_code_period_key
    ON @extschema@.region (code, coalesce(valid_from, 0), name);
-- Every current code has exactly one current row (data/regions.csv).
CREATE UNIQUE INDEX region_current_code_key
    ON @extschema@.region (code) WHERE status = 'current';
COMMENT ON TABLE @extschema@.region IS
    'GB/T 2260 administrative division codes with history (current as of 2024-12-31); one row per code and name period';

-- ---------------------------------------------------------------------------
-- Functions on six-digit codes.  Arguments outside 100000..999999 raise
-- SQLSTATE 22023.  The pure ones are inlinable SQL (a CASE whose error branch
-- calls region_code_checked); the ones that read enroll.region are STABLE
-- SQL-standard bodies, bound to the table when the extension is created, so
-- they never depend on the caller's search_path.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.region_code_checked(code integer) RETURNS integer
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $region_code_checked$
BEGIN
    IF code BETWEEN 100000 AND 999999 THEN
        RETURN code;
    END IF;
    RAISE EXCEPTION 'invalid administrative division code: %', code
        USING ERRCODE = 'invalid_parameter_value',
              DETAIL = 'A GB/T 2260 code has six digits, 100000 to 999999.';
END
$region_code_checked$;
COMMENT ON FUNCTION @extschema@.region_code_checked(integer) IS
    'returns a six-digit GB/T 2260 code unchanged; raises 22023 for a value outside 100000..999999';

-- Pure arithmetic on the code pattern (GB/T 2260 §3): IMMUTABLE, inlined
-- by the planner.  Not STRICT on purpose (a STRICT function with a CASE is
-- not inlined); NULL still gives NULL.
CREATE FUNCTION @extschema@.region_province(code integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN code BETWEEN 100000 AND 999999 THEN code / 10000 * 10000
            ELSE @extschema@.region_code_checked(code) END;
COMMENT ON FUNCTION @extschema@.region_province(integer) IS
    'province-level code of a code: 610802 -> 610000 (arithmetic, no table look-up)';

CREATE FUNCTION @extschema@.region_prefecture(code integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN code BETWEEN 100000 AND 999999
            THEN CASE WHEN code % 10000 = 0 THEN NULL ELSE code / 100 * 100 END
            ELSE @extschema@.region_code_checked(code) END;
COMMENT ON FUNCTION @extschema@.region_prefecture(integer) IS
    'prefecture-level code of a code: 610802 -> 610800; NULL for a province; xx90xx -> xx9000 and municipal xx01xx/xx02xx -> xx0100/xx0200 (summary codes)';

-- ---- Region hierarchy to the village ---------------------------------------
-- Statistical division codes extend GB/T 2260: 9 digits for a township
-- (乡镇街道), 12 for a village (村居委会).  They are bigint; the 6-digit
-- levels are those of enroll.region.
CREATE FUNCTION @extschema@.region_level_checked(level text, code bigint) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF level IN ('province', 'prefecture', 'county', 'township', 'village') THEN
        RETURN NULL;   -- a level finer than the code: no ancestor there
    END IF;
    RAISE EXCEPTION 'unrecognized region level: %', coalesce(quote_literal(level), 'NULL')
        USING ERRCODE = 'invalid_parameter_value',
              HINT = 'The levels are province, prefecture, county, township, village.';
END $$;
COMMENT ON FUNCTION @extschema@.region_level_checked(text, bigint) IS
    'NULL for a known level finer than the code, an error for an unknown level';

CREATE FUNCTION @extschema@.region_code_checked(code bigint) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF code BETWEEN 100000 AND 999999 OR code BETWEEN 100000000 AND 999999999
       OR code BETWEEN 100000000000 AND 999999999999 OR code IS NULL THEN
        RETURN code;
    END IF;
    RAISE EXCEPTION 'invalid division code: %', code
        USING ERRCODE = 'invalid_parameter_value',
              DETAIL = 'A division code has 6 digits (GB/T 2260), 9 (township) or 12 (village).';
END $$;
COMMENT ON FUNCTION @extschema@.region_code_checked(bigint) IS
    'the code if it has 6, 9 or 12 digits, else an error naming it';

CREATE FUNCTION @extschema@.region_level(code bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN code BETWEEN 100000000000 AND 999999999999 THEN 'village'
    WHEN code BETWEEN 100000000 AND 999999999 THEN 'township'
    WHEN code BETWEEN 100000 AND 999999 THEN
        CASE WHEN code % 10000 = 0 THEN 'province' WHEN code % 100 = 0 THEN 'prefecture' ELSE 'county' END
    WHEN code IS NOT NULL THEN @extschema@.region_code_checked(code)::text
END;
COMMENT ON FUNCTION @extschema@.region_level(bigint) IS
    'level of a 6-, 9- or 12-digit division code: province, prefecture, county, township, village';

CREATE FUNCTION @extschema@.region_at(code bigint, level text) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN code IS NULL THEN NULL
    WHEN code BETWEEN 100000000000 AND 999999999999 THEN
        CASE level
            WHEN 'village' THEN code
            WHEN 'township' THEN code / 1000
            WHEN 'county' THEN code / 1000000
            WHEN 'prefecture' THEN @extschema@.region_prefecture((code / 1000000)::integer)
            WHEN 'province' THEN code / 10000000000 * 10000
            ELSE @extschema@.region_level_checked(level, code)
        END
    WHEN code BETWEEN 100000000 AND 999999999 THEN
        CASE level
            WHEN 'township' THEN code
            WHEN 'county' THEN code / 1000
            WHEN 'prefecture' THEN @extschema@.region_prefecture((code / 1000)::integer)
            WHEN 'province' THEN code / 10000000 * 10000
            ELSE @extschema@.region_level_checked(level, code)
        END
    WHEN code BETWEEN 100000 AND 999999 THEN
        CASE level
            WHEN 'county' THEN CASE WHEN code % 100 <> 0 THEN code END
            WHEN 'prefecture' THEN @extschema@.region_prefecture(code::integer)
            WHEN 'province' THEN code / 10000 * 10000
            ELSE @extschema@.region_level_checked(level, code)
        END
    ELSE @extschema@.region_code_checked(code)
END;
COMMENT ON FUNCTION @extschema@.region_at(bigint, text) IS
    'the code''s ancestor at a level (province, prefecture, county, township, village); NULL when the code is coarser than the level';

-- The row of a code at a year: the row in that year's year-end list, else
-- the row nearest in time (so a year before the first list gives the first
-- row, a year after abolition the last one).  With year NULL: the current
-- row, or for an abolished code its last row.  No row for an unknown code.
-- SETOF and not STRICT so that the planner inlines it into the functions
-- below (one executor per call instead of one per step).
CREATE FUNCTION @extschema@.region_row(code integer, year integer)
    RETURNS SETOF @extschema@.region
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT r.*
    FROM @extschema@.region r
    WHERE r.code = CASE WHEN region_row.code BETWEEN 100000 AND 999999 THEN region_row.code
                        ELSE @extschema@.region_code_checked(region_row.code) END
    ORDER BY CASE WHEN region_row.year IS NULL
                  THEN CASE WHEN r.status = 'current' THEN 0 ELSE 1 END
                  WHEN r.valid_from IS NULL THEN 100000
                  WHEN region_row.year < r.valid_from THEN r.valid_from - region_row.year
                  WHEN region_row.year >= coalesce(r.valid_to, 32767) THEN region_row.year - r.valid_to + 1
                  ELSE 0 END,
             coalesce(r.valid_to, 32767) DESC,
             CASE WHEN r.source = 'areacodes' THEN 0 ELSE 1 END,
             coalesce(r.valid_from, 0) DESC,
             r.name
    LIMIT 1;
END;
COMMENT ON FUNCTION @extschema@.region_row(integer, integer) IS
    'the enroll.region row of a code in the year-end list of a year (nearest row in time if not listed that year); year NULL: the current or last row; no row if unknown';

CREATE FUNCTION @extschema@.region_name(code integer) RETURNS text
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN (SELECT r.name FROM @extschema@.region_row(code, NULL) r);
COMMENT ON FUNCTION @extschema@.region_name(integer) IS
    'current name of a code; for an abolished code its last name; NULL if the code is unknown';

-- Not STRICT: year NULL means the current (or last) name, as in region_row.
CREATE FUNCTION @extschema@.region_name(code integer, year integer) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN (SELECT r.name FROM @extschema@.region_row(code, year) r);
COMMENT ON FUNCTION @extschema@.region_name(integer, integer) IS
    'name of a code in the year-end list of a year (nearest listed name if the code was not listed that year; year NULL: current or last name); NULL if unknown';

-- Direct successors of the row of a code at a year (year NULL: current or
-- last row), one step.  successors lists where the row's area went: plain
-- codes when the row ended (valid_to), code[YEAR] for parts that left
-- earlier.  The plain ones are the successors; a row with only bracketed
-- ones (e.g. 132700 唐山地区) gives those.  No rows for a current row.
CREATE FUNCTION @extschema@.region_successors(code integer, year integer)
    RETURNS TABLE (successor integer, since integer)
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 2
BEGIN ATOMIC
    SELECT s.successor, s.since
    FROM (SELECT m[1]::integer AS successor,
                 coalesce(m[2]::integer, r.valid_to::integer) AS since,
                 m[2] IS NULL AS plain,
                 bool_or(m[2] IS NULL) OVER () AS any_plain
          FROM @extschema@.region_row(region_successors.code, region_successors.year) r
          CROSS JOIN LATERAL regexp_matches(r.successors, '(\d{6})(?:\[(\d{4})\])?', 'g') AS m
          WHERE r.status <> 'current') s
    WHERE s.plain OR NOT s.any_plain
    ORDER BY s.successor;
END;
COMMENT ON FUNCTION @extschema@.region_successors(integer, integer) IS
    'one step of code history: the codes the row of a code at a year (NULL: current or last row) passed its area to, with the year-end list they start in';

-- Current successor codes, following successor chains transitively.  Each
-- step moves to the successor's row of the year it took over, so a reused
-- code (132401 保定市 1981-1982, 定州市 1986-1993) is followed through the
-- right era.  Rows already visited are not visited again (cycle-safe), and
-- chains stop after 32 steps.
CREATE FUNCTION @extschema@.region_current(code integer, year integer) RETURNS integer[]
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH RECURSIVE walk (code, year, status, visited) AS (
        SELECT r.code, region_current.year, r.status,
               ARRAY[r.code::bigint * 100000 + coalesce(r.valid_from, 0)]
        FROM @extschema@.region_row(region_current.code, region_current.year) r
      UNION ALL
        SELECT n.code, s.since, n.status,
               w.visited || (n.code::bigint * 100000 + coalesce(n.valid_from, 0))
        FROM walk w
        CROSS JOIN LATERAL @extschema@.region_successors(w.code, w.year) s
        CROSS JOIN LATERAL @extschema@.region_row(s.successor, s.since) n
        WHERE w.status <> 'current'
          AND NOT (n.code::bigint * 100000 + coalesce(n.valid_from, 0)) = ANY (w.visited)
          AND cardinality(w.visited) < 32
    )
    SELECT array_agg(DISTINCT w.code ORDER BY w.code) FROM walk w WHERE w.status = 'current';
END;
COMMENT ON FUNCTION @extschema@.region_current(integer, integer) IS
    'current code(s) that the row of a code at a year (NULL: current or last row) became, following successors transitively; NULL if none is known';

-- Not STRICT, so that it is inlined and the two-argument form's plan is
-- kept for the whole query.
CREATE FUNCTION @extschema@.region_current(code integer) RETURNS integer[]
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN @extschema@.region_current(code, NULL);
COMMENT ON FUNCTION @extschema@.region_current(integer) IS
    'current code(s) of a code: itself if current, else its successors followed transitively (612724 -> {610803}); NULL if unknown or untraceable';
