-- Eligibility (who is in each denominator), the region hierarchy below the
-- county (township, village), coverage targets, and the annex-1 report.

-- ---- Eligibility -----------------------------------------------------------
-- Status flags of the registration form (Yulin 2016, 二.(一).2: unwilling to
-- enrol, working away, student, deceased, military, imprisoned).
CREATE FUNCTION @extschema@.registration_flags() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN ARRAY['unwilling', 'working_away', 'student', 'deceased', 'military', 'imprisoned'];
COMMENT ON FUNCTION @extschema@.registration_flags() IS
    'the registration status flags: unwilling, working_away, student, deceased, military, imprisoned (Yulin 2016)';

CREATE FUNCTION @extschema@.flags_checked(flags text[]) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    bad text;
BEGIN
    SELECT f INTO bad FROM unnest(flags) f
    WHERE f IS NULL OR NOT f = ANY (ARRAY['unwilling', 'working_away', 'student', 'deceased', 'military', 'imprisoned'])
    LIMIT 1;
    RAISE EXCEPTION 'unrecognized registration flag: %', coalesce(quote_literal(bad), 'NULL')
        USING ERRCODE = 'invalid_parameter_value',
              HINT = 'The flags are unwilling, working_away, student, deceased, military, imprisoned.';
END $$;
COMMENT ON FUNCTION @extschema@.flags_checked(text[]) IS
    'raises the error for an unrecognized registration flag (the error branch of in_denominator)';

-- Completed years on a date; a 29 February birthday counts from 1 March;
-- negative before birth, so that "age >= 16" is false for the unborn.
CREATE FUNCTION @extschema@.age_on(birth date, on_date date) RETURNS integer
    AS 'MODULE_PATHNAME', 'age_on' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.age_on(date, date) IS
    'age in completed years on a date (negative before birth); as cnid_age for a birth date';

CREATE FUNCTION @extschema@.insurance_category_checked(category text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF category IN ('registration', 'pension', 'medical', 'unemployment', 'work_injury', 'maternity') THEN
        RETURN category;
    END IF;
    RAISE EXCEPTION 'unrecognized coverage category: %', coalesce(quote_literal(category), 'NULL')
        USING ERRCODE = 'invalid_parameter_value',
              HINT = 'The categories are registration, pension, medical, unemployment, work_injury, maternity.';
END $$;
COMMENT ON FUNCTION @extschema@.insurance_category_checked(text) IS
    'the category if known, else an error naming it';

/*
 * Who counts in the denominator of a coverage rate.  The rules, and where
 * they come from:
 *   registration  everyone alive: registration rate 100% (Yulin 2016, 一.(二)).
 *   pension       aged 16 or over, not a student, not in the army, not in
 *                 prison: "城乡基本养老保险覆盖全体职工和适龄城乡居民" (Yulin 2016,
 *                 一.(一)); 16 and over and not in school (Chengjiang 2021, 五.(二):
 *                 医保部门提供16周岁以上参保人信息, 教育部门核查16周岁以上在校学生);
 *                 soldiers and prisoners are flagged, not enrolled (Yulin 2016, 二.(一).2).
 *   medical       everyone alive except soldiers (military medical cover):
 *                 "基本医疗保险覆盖全民" (Yulin 2016, 一.(一)).
 *   unemployment, work_injury, maternity
 *                 the legal groups: employed, 16 or over, not in the army
 *                 or in prison ("基本覆盖所有法定群体", Yulin 2016, 一.(一)).
 * Unwilling and working-away people stay in every denominator: they are
 * exactly whom the survey must win over.  Deceased people are in none.
 * Unknown age or employment gives NULL (unknown), which counts in no
 * aggregate.
 */
CREATE FUNCTION @extschema@.in_denominator(category text, age integer,
                                           flags text[] DEFAULT '{}', employed boolean DEFAULT NULL)
RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN NOT coalesce(flags <@ ARRAY['unwilling', 'working_away', 'student', 'deceased', 'military', 'imprisoned'], true)
        THEN @extschema@.flags_checked(flags) IS NULL
    WHEN 'deceased' = ANY (flags) THEN false
    WHEN category = 'registration' THEN true
    WHEN category = 'medical' THEN NOT ('military' = ANY (flags))
    WHEN category = 'pension' THEN
        CASE WHEN flags && ARRAY['student', 'military', 'imprisoned'] THEN false ELSE age >= 16 END
    WHEN category IN ('unemployment', 'work_injury', 'maternity') THEN
        CASE WHEN flags && ARRAY['military', 'imprisoned'] THEN false ELSE age >= 16 AND employed END
    ELSE @extschema@.insurance_category_checked(category) IS NULL
END;
COMMENT ON FUNCTION @extschema@.in_denominator(text, integer, text[], boolean) IS
    'is a person in the denominator of the category''s coverage rate (registration, pension, medical, unemployment, work_injury, maternity); rules cite Yulin 2016 and Chengjiang 2021';

-- (The region hierarchy to the village is in 30_regions.sql.)

-- Names of townships and villages (enroll.region_local) and coverage
-- targets (enroll.coverage_target) are the province's data: the DBA's
-- tables, created by enroll.create_register() (92_register_tables.sql).
-- The functions below read them at run time, and do without them where the
-- register has not been created.

CREATE FUNCTION @extschema@.region_label(code bigint) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    IF code BETWEEN 100000 AND 999999 THEN
        RETURN @extschema@.region_name(code::integer);
    ELSIF to_regclass('enroll_register.region_local') IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT l.name FROM enroll_register.region_local l WHERE l.code = region_label.code);
END $$;
COMMENT ON FUNCTION @extschema@.region_label(bigint) IS
    'name of a 6-digit code from enroll.region, of a 9- or 12-digit code from enroll.region_local';

-- Roll an abolished county code into its successor when there is exactly one.
CREATE FUNCTION @extschema@.region_rollup_code(code bigint) RETURNS bigint
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
-- PL/pgSQL, not SQL: its plan is cached, where a SQL body calling
-- region_current() would be planned again on every call.
DECLARE
    successors integer[];
BEGIN
    IF code IS NULL OR code NOT BETWEEN 100000 AND 999999 THEN
        RETURN code;
    END IF;
    successors := @extschema@.region_current(code::integer);
    IF array_length(successors, 1) = 1 THEN
        RETURN successors[1];
    END IF;
    RETURN code;
END $$;
COMMENT ON FUNCTION @extschema@.region_rollup_code(bigint) IS
    'a 6-digit code''s single current successor (itself when current, unchanged when split or unknown); longer codes unchanged';

-- ---- Targets -----------------------------------------------------------------
-- National defaults of Yulin 2016 (一.(一)/(二)): pension 98%, registration
-- 100%, medical "covers everyone".  Others have no default.
CREATE FUNCTION @extschema@.coverage_target_for(region bigint, category text, year integer)
RETURNS double precision LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    target double precision;
BEGIN
    IF to_regclass('enroll_register.coverage_target') IS NOT NULL THEN
        SELECT t.target INTO target FROM enroll_register.coverage_target t
        WHERE t.category = coverage_target_for.category AND t.year = coverage_target_for.year
          AND t.region IN (coverage_target_for.region,
                           @extschema@.region_at(coverage_target_for.region, 'township'),
                           @extschema@.region_at(coverage_target_for.region, 'county'),
                           @extschema@.region_at(coverage_target_for.region, 'prefecture'),
                           @extschema@.region_at(coverage_target_for.region, 'province'))
        ORDER BY t.region DESC LIMIT 1;
    END IF;
    RETURN coalesce(target, CASE coverage_target_for.category WHEN 'pension' THEN 0.98 WHEN 'registration' THEN 1.0
                                                              WHEN 'medical' THEN 1.0 END);
END $$;
COMMENT ON FUNCTION @extschema@.coverage_target_for(bigint, text, integer) IS
    'target of a region: its own row, else its nearest ancestor''s, else the national default (pension 0.98, registration and medical 1.0)';

-- ---- The report ---------------------------------------------------------------
-- The query coverage_report() runs, built from its arguments (checked by
-- coverage_report): the caller's population_sql inside, one column per level
-- down to the requested one, a grouping set per level and () for the total.
CREATE FUNCTION @extschema@.coverage_report_query(population_sql text, level text, category text, target_year integer)
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    levels constant text[] := ARRAY['province', 'prefecture', 'county', 'township', 'village'];
    depth integer := pg_catalog.array_position(levels, level);
    covered_expr text;
    group_cols text := '';
    sets text := '';
    order_cols text := '';
    drop_cond text := 'false';
BEGIN
    covered_expr := CASE category WHEN 'registration' THEN 'p.registered'
                    ELSE pg_catalog.format('enroll.insset_has_category(p.insurances, %L)', category) END;

    -- One column per level down to the requested one; a grouping set per
    -- level gives the subtotals, () the grand total.
    -- A subtotal of level k over people whose level-k code is unknown
    -- would repeat its parent: those rows are dropped (the people are on
    -- the parent's 'unassigned' line and in its subtotal).
    FOR i IN 1 .. depth - 1 LOOP
        drop_cond := drop_cond || pg_catalog.format(' OR (r.grouping_bits = %s AND r.l%s IS NULL)',
                                                    (1 << (depth - i)) - 1, i);
    END LOOP;
    FOR i IN 1 .. depth LOOP
        group_cols := group_cols || pg_catalog.format(', enroll.region_at(g.code, %L) AS l%s', levels[i], i);
        order_cols := order_cols || pg_catalog.format('l%s NULLS LAST, ', i);
        sets := sets || '(' || (SELECT pg_catalog.string_agg('l' || j, ', ') FROM pg_catalog.generate_series(1, i) j) || '), ';
    END LOOP;

    RETURN pg_catalog.format($q$
        WITH p AS (
            SELECT population.region::bigint AS region, population.registered::boolean AS registered,
                   population.insurances::enroll.insset AS insurances,
                   population.eligible::boolean AS eligible
            FROM (%1$s) AS population
        ), phase1 AS (
            -- at county level or finer, so that abolished counties can be
            -- rolled into their successors before anything is summed
            -- (a person known only at a coarser level keeps that code and
            -- is reported on an 'unassigned' line of it)
            SELECT CASE WHEN %2$L IN ('province', 'prefecture', 'county')
                        THEN coalesce(enroll.region_at(p.region, 'county'), p.region)
                        ELSE coalesce(enroll.region_at(p.region, %2$L), p.region) END AS code,
                   pg_catalog.count(*) AS household_population,
                   pg_catalog.count(*) FILTER (WHERE p.registered) AS registered,
                   enroll.coverage(p.insurances) AS ic,
                   enroll.coverage_state(CASE WHEN p.eligible THEN %3$s END) AS cs
            FROM p
            GROUP BY 1
        ), g AS MATERIALIZED (
            SELECT CASE WHEN phase1.code < 1000000 THEN enroll.region_rollup_code(phase1.code)
                        ELSE phase1.code END AS code,
                   phase1.household_population, phase1.registered, phase1.ic, phase1.cs
            FROM phase1
        ), rolled AS (
            SELECT %4$s,
                   pg_catalog.sum(g.household_population)::bigint AS household_population,
                   pg_catalog.sum(g.registered)::bigint AS registered,
                   enroll.coverage_merge(g.ic) AS ic,
                   enroll.coverage_merge(g.cs) AS cs,
                   GROUPING(%4$s) AS grouping_bits
            FROM (SELECT g.* %5$s FROM g) g
            GROUP BY GROUPING SETS (%6$s ())
        ), named AS (
            SELECT coalesce(%7$s) AS code, r.*, enroll.coverage_result(r.cs) AS res,
                   r.grouping_bits = 0 AND l%11$s IS NULL AS unassigned
            FROM rolled r
            WHERE NOT (%12$s)
        ), ranked AS (
            SELECT n.*,
                   -- ranked: the regions of the requested level, not the
                   -- subtotals nor the unassigned lines
                   CASE WHEN n.grouping_bits = 0 AND NOT n.unassigned THEN
                       pg_catalog.rank() OVER (PARTITION BY n.grouping_bits, n.unassigned
                                               ORDER BY (n.res).rate DESC NULLS LAST) END AS best,
                   CASE WHEN n.grouping_bits = 0 AND NOT n.unassigned THEN
                       pg_catalog.rank() OVER (PARTITION BY n.grouping_bits, n.unassigned
                                               ORDER BY (n.res).rate ASC NULLS LAST) END AS worst
            FROM named n
        )
        SELECT x.code,
               CASE WHEN x.code IS NULL THEN '合计 total'
                    WHEN x.unassigned THEN pg_catalog.concat(enroll.region_label(x.code), ' 未细分 unassigned')
                    ELSE enroll.region_label(x.code) END,
               CASE WHEN x.code IS NULL THEN 'total' WHEN x.unassigned THEN 'unassigned'
                    ELSE enroll.region_level(x.code) END,
               x.grouping_bits <> 0,
               coalesce(x.household_population, 0), coalesce(x.registered, 0),
               (enroll.coverage_of(x.ic, 'pension')).covered,
               (enroll.coverage_of(x.ic, 'medical')).covered,
               (enroll.coverage_of(x.ic, 'unemployment')).covered,
               (enroll.coverage_of(x.ic, 'work_injury')).covered,
               (enroll.coverage_of(x.ic, 'maternity')).covered,
               x.household_population - (enroll.coverage_of(x.ic, 'any')).covered,
               (x.res).population, (x.res).covered, (x.res).rate, (x.res).ci_low, (x.res).ci_high,
               t.target,
               (x.res).rate / t.target,
               x.best::integer,
               CASE WHEN x.best <= 3 THEN 'top 3' WHEN x.worst <= 3 THEN 'bottom 3' END
        FROM ranked x
        CROSS JOIN LATERAL (SELECT enroll.coverage_target_for(x.code, %8$L, %9$s) AS target) t
        ORDER BY %10$s x.grouping_bits
    $q$,
        population_sql, level, covered_expr,
        (SELECT pg_catalog.string_agg('l' || i, ', ') FROM pg_catalog.generate_series(1, depth) i),
        group_cols, sets,
        (SELECT pg_catalog.string_agg('l' || i, ', ' ORDER BY i DESC) FROM pg_catalog.generate_series(1, depth) i),
        category, target_year, order_cols, depth, drop_cond);
END
$fn$;
COMMENT ON FUNCTION @extschema@.coverage_report_query(text, text, text, integer) IS
    'the query coverage_report() runs for its arguments (checked there), population_sql inside; for coverage_report';

/*
 * coverage_report(): the annex-1 table of Yulin 2016 (未参保人员统计表) and the
 * monthly ranking of Jiujiang 2017, in one call, at any level.
 *
 * population_sql returns one row per household-registered person with
 *   region      bigint or integer: the finest division code known (6, 9 or 12 digits)
 *   registered  boolean: in the registration database
 *   insurances  insset: the insurances held
 *   eligible    boolean: in the denominator of `category` (see in_denominator())
 * Aggregation runs in two phases: first by the code at the requested level
 * (immutable arithmetic, parallel), then the few resulting groups are
 * rolled into current codes and subtotalled with GROUPING SETS by merging
 * coverage states, so no per-row table look-up is needed.
 */
CREATE FUNCTION @extschema@.coverage_report(
    population_sql text,
    level text DEFAULT 'county',
    category text DEFAULT 'pension',
    year integer DEFAULT NULL)
RETURNS TABLE (
    region bigint, region_name text, region_level text, subtotal boolean,
    household_population bigint, registered bigint,
    pension bigint, medical bigint, unemployment bigint, work_injury bigint, maternity bigint,
    uninsured bigint,
    eligible bigint, covered bigint, rate double precision, ci_low double precision, ci_high double precision,
    target double precision, progress double precision, rank integer, standing text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
-- No SET search_path: population_sql is the caller's query and must see the
-- caller's search_path.  Everything of ours below is schema-qualified.
AS $fn$
DECLARE
    levels constant text[] := ARRAY['province', 'prefecture', 'county', 'township', 'village'];
BEGIN
    IF population_sql IS NULL THEN
        RAISE EXCEPTION 'population_sql must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF level IS NULL THEN
        RAISE EXCEPTION 'level must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF category IS NULL THEN
        RAISE EXCEPTION 'category must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF pg_catalog.array_position(levels, level) IS NULL THEN
        RAISE EXCEPTION 'unrecognized region level: %', pg_catalog.quote_literal(level)
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'The levels are province, prefecture, county, township, village.';
    END IF;
    PERFORM enroll.insurance_category_checked(category);
    PERFORM enroll.query_columns_check(population_sql, 'coverage_report', 'population_sql',
                                       ARRAY['region', 'registered', 'insurances', 'eligible'],
                                       ARRAY['bigint', 'boolean', 'enroll.insset', 'boolean']::pg_catalog.regtype[]);
    BEGIN
        RETURN QUERY EXECUTE enroll.coverage_report_query(population_sql, level, category,
            coalesce(year, pg_catalog.date_part('year', current_date)::integer));
    EXCEPTION WHEN undefined_column OR cannot_coerce OR datatype_mismatch OR invalid_text_representation THEN
        DECLARE
            state text;
            message text;
        BEGIN
            -- the caller's error as it is, with what population_sql must return
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
            RAISE EXCEPTION USING MESSAGE = message,
                      ERRCODE = state,
                      DETAIL = 'population_sql must return the columns region (bigint), registered (boolean), insurances (enroll.insset) and eligible (boolean).',
                      HINT = 'See the reference of enroll.coverage_report.';
        END;
    END;
END
$fn$;
COMMENT ON FUNCTION @extschema@.coverage_report(text, text, text, integer) IS
    'annex-1 coverage table at a level with subtotals, targets, progress and ranking (Yulin 2016 annex 1, Jiujiang 2017)';
