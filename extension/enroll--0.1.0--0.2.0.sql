-- enroll 0.1.0 -> 0.2.0 (ALTER EXTENSION enroll UPDATE TO '0.2.0').
--
-- Functions, types and reference data only.  The register's tables are not
-- the extension's in 0.2.0: this script releases 0.1.0's register tables from
-- the extension (their data stays), and `SELECT enroll.create_register();`
-- then migrates them to the 0.2.0 layout (doc/reference-register.md,
-- "Upgrading from 0.1.0").  test/t/upgrade.pl checks that an upgraded
-- install equals a fresh one, schema and data.
\echo Use "ALTER EXTENSION enroll UPDATE TO '0.2.0'" to load this file. \quit


-- linkage: the caller's query checked before it is read
-- query_columns_check() is new; coverage_report and linkage_records call it
-- (fs_estimate, connected_components, compare_registers and dedupe check in C).
-- Functions that take the caller's query (coverage_report, linkage_records;
-- in C also compare_registers, dedupe, dedupe_links, fs_estimate and
-- connected_components) check its columns before they read a value: a
-- missing column or one of a type that cannot be read as the documented
-- one is a clear error naming it (SQLSTATE 42703 or 42804).
CREATE FUNCTION @extschema@.query_columns_check(query text, caller text, param text,
                                               columns text[], types regtype[])
RETURNS void
AS 'MODULE_PATHNAME', 'query_columns_check'
-- only parse analysis: the query is not run
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.query_columns_check(text, text, text, text[], regtype[]) IS
    'checks that query (one statement returning rows) has each named column once, of a type with an explicit cast to the type given; errors name the caller, the parameter and the column';

CREATE OR REPLACE FUNCTION @extschema@.coverage_report(
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
    depth integer := pg_catalog.array_position(levels, level);
    covered_expr text;
    group_cols text := '';
    sets text := '';
    order_cols text := '';
    drop_cond text := 'false';
    target_year integer := coalesce(year, pg_catalog.date_part('year', current_date)::integer);
    q text;
BEGIN
    IF population_sql IS NULL OR level IS NULL OR category IS NULL THEN
        RAISE EXCEPTION 'population_sql, level and category must not be null'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF depth IS NULL THEN
        RAISE EXCEPTION 'unknown region level: %', pg_catalog.quote_literal(level)
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'The levels are province, prefecture, county, township, village.';
    END IF;
    PERFORM enroll.insurance_category_checked(category);
    PERFORM enroll.query_columns_check(population_sql, 'coverage_report', 'population_sql',
                                       ARRAY['region', 'registered', 'insurances', 'eligible'],
                                       ARRAY['bigint', 'boolean', 'enroll.insset', 'boolean']::pg_catalog.regtype[]);
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

    q := pg_catalog.format($q$
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

    BEGIN
        RETURN QUERY EXECUTE q;
    EXCEPTION WHEN undefined_column OR cannot_coerce OR datatype_mismatch OR invalid_text_representation THEN
        DECLARE
            state text;
            message text;
        BEGIN
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
            RAISE EXCEPTION 'population_sql: %', message
                USING ERRCODE = state,
                      DETAIL = 'population_sql must return the columns region (bigint), registered (boolean), insurances (enroll.insset) and eligible (boolean).',
                      HINT = 'See the reference of enroll.coverage_report.';
        END;
    END;
END
$fn$;
COMMENT ON FUNCTION @extschema@.coverage_report(text, text, text, integer) IS
    'annex-1 coverage table at a level with subtotals, targets, progress and ranking (seed 000 annex 1, seed 004)';

CREATE OR REPLACE FUNCTION @extschema@.linkage_records(query text, work_table text, caller text,
                                            with_region boolean DEFAULT false)
RETURNS bigint
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE   -- it creates a work table
-- No SET search_path: query is the caller's and must see the caller's path.
AS $fn$
DECLARE
    n bigint;
BEGIN
    IF pg_catalog.to_regclass('pg_temp.' || pg_catalog.quote_ident(work_table)) IS NOT NULL THEN
        EXECUTE pg_catalog.format('DROP TABLE pg_temp.%I', work_table);   -- left by a failed call
    END IF;
    PERFORM enroll.query_columns_check(query, caller, 'query',
        ARRAY['rec_id', 'id_number', 'name', 'birth_date', 'sex']
            || CASE WHEN with_region THEN ARRAY['region'] ELSE '{}'::text[] END,
        ARRAY['bigint', 'text', 'text', 'date', 'smallint']::pg_catalog.regtype[]
            || CASE WHEN with_region THEN ARRAY['bigint'::pg_catalog.regtype] ELSE '{}'::pg_catalog.regtype[] END);
    -- One pass: the caller's columns and everything derived from them (a
    -- second pass of UPDATEs would rewrite every row).
    BEGIN
        EXECUTE pg_catalog.format($q$
            CREATE TEMP TABLE %1$I AS
            SELECT s.rec_id, s.id_number, s.name,
                   coalesce(s.birth_date, enroll.cnid_birth_date(s.id)) AS birth_date,
                   coalesce(s.sex, enroll.cnid_sex(s.id)) AS sex,
                   s.region, s.rule, s.id,
                   enroll.name_norm(s.name) AS nname, enroll.name_key(s.name) AS nkey
            FROM (SELECT r.*,
                         -- one parse for a valid ID, two only for a broken one
                         CASE WHEN r.id IS NOT NULL THEN 'ok'
                              ELSE enroll.cnid_check(coalesce(r.id_number, '')) END AS rule
                  FROM (SELECT q.rec_id::bigint AS rec_id, q.id_number::text AS id_number, q.name::text AS name,
                               q.birth_date::date AS birth_date, q.sex::smallint AS sex, %2$s AS region,
                               enroll.cnid_try(q.id_number::text) AS id
                        FROM (%3$s) AS q) r) s $q$,
            work_table, CASE WHEN with_region THEN 'q.region::bigint' ELSE 'NULL::bigint' END, query);
    EXCEPTION WHEN undefined_column OR undefined_table OR syntax_error OR cannot_coerce
                   OR datatype_mismatch OR invalid_text_representation THEN
        -- re-raised with the caller's name and without the position, which
        -- would point into our wrapper rather than the caller's query
        DECLARE
            state text;
            message text;
        BEGIN
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
            RAISE EXCEPTION '%: %', caller, message
                USING ERRCODE = state,
                      DETAIL = 'The query must return rec_id (bigint), id_number (text), name (text), birth_date (date) and sex (smallint)'
                               || CASE WHEN with_region THEN ', and region (bigint).' ELSE '.' END;
        END;
    END;
    EXECUTE pg_catalog.format($q$
        CREATE INDEX ON pg_temp.%1$I (id);
        CREATE INDEX ON pg_temp.%1$I (nkey, birth_date, sex);
        ANALYZE pg_temp.%1$I $q$, work_table);
    EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM pg_temp.%I', work_table) INTO n;
    RETURN n;
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_records(text, text, text, boolean) IS
    'loads a register query (rec_id, id_number, name, birth_date, sex[, region]) into a temporary work table with the ID''s rule and value, name_norm, name_key, and birth date and sex from the ID; returns the row count';

-- linkage: a max_block argument for compare_registers, dedupe and dedupe_links
-- (blocks too large to compare pairwise, placeholders); new signatures.
DROP FUNCTION @extschema@.compare_registers(text, text, real);
DROP FUNCTION @extschema@.dedupe(text, real, integer, text, real);
DROP FUNCTION @extschema@.dedupe_links(text, real, integer, text, real);
CREATE FUNCTION @extschema@.compare_registers(
    insured_sql text,
    household_sql text,
    name_threshold real DEFAULT 0.85,
    max_block integer DEFAULT 1000)
RETURNS TABLE (insured_rec bigint, household_rec bigint, status text, score real)
AS 'MODULE_PATHNAME', 'compare_registers'
-- VOLATILE and PARALLEL UNSAFE: it runs the caller's queries, which may be
-- either.  No search_path: the queries must see the caller's.
LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.compare_registers(text, text, real, integer) IS
    'insured register against household register: per insured record the status (id_invalid, id_not_found, name_mismatch, matched), the household person it resolves to and a score; plus one uninsured row per household person nobody resolves to';
CREATE FUNCTION @extschema@.dedupe(
    records_sql text,
    name_threshold real DEFAULT 0.85,
    max_cluster_size integer DEFAULT 20,
    region_level text DEFAULT NULL,
    min_probability real DEFAULT 0.5,
    max_block integer DEFAULT 1000)
RETURNS TABLE (rec_id bigint, cluster_id bigint, score real, reason text)
AS 'MODULE_PATHNAME', 'dedupe_records'
-- VOLATILE and PARALLEL UNSAFE: it runs the caller's query, which may be
-- either.  No search_path: the query must see the caller's; our own look-ups
-- are schema-qualified.
LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.dedupe(text, real, integer, text, real, integer) IS
    'one row per record: its duplicate cluster (smallest rec_id), the score of its strongest link and the reason (same_id, repaired_id, name_birth_sex, singleton, ambiguous, giant_cluster, giant_block); never two different valid IDs in one cluster';
CREATE FUNCTION @extschema@.dedupe_links(
    records_sql text,
    name_threshold real DEFAULT 0.85,
    max_cluster_size integer DEFAULT 20,
    region_level text DEFAULT NULL,
    min_probability real DEFAULT 0.5,
    max_block integer DEFAULT 1000)
RETURNS TABLE (rec_a bigint, rec_b bigint, reason text, score real, kept boolean, explain jsonb)
AS 'MODULE_PATHNAME', 'dedupe_records'
LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.dedupe_links(text, real, integer, text, real, integer) IS
    'the links behind dedupe(): one row per link found (rec_a, rec_b, reason, score), whether it was kept, and the per-field evidence as jsonb';
