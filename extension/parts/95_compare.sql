-- compare_registers(): the insured register against the household register
-- (公安户籍), inside the database.  One row per insured record with the first
-- status that applies (id_invalid, id_not_found, name_mismatch, matched),
-- and one 'uninsured' row per household person nobody resolves to.

-- The records of a register as a work table: the caller's query with the
-- five agreed columns (and region, when with_region), checked, plus the
-- derived columns every linkage step needs (the ID's rule and value,
-- normalised name and name key, birth date and sex from a valid ID where
-- the register left them out), indexed.
CREATE FUNCTION @extschema@.linkage_records(query text, work_table text, caller text,
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

/*
 * Both queries return (rec_id bigint, id_number text, name text,
 * birth_date date, sex smallint); birth_date and sex may be NULL and are
 * then taken from a valid ID number.
 *
 * Resolution of an insured record to a household person, in order:
 *   1. the normalised ID (15/18 digits, x/X, full width and blanks are
 *      lossless differences);
 *   2. for a broken ID, the cnid_repairs() candidates that a household
 *      person holds whose name (name_similarity >= name_threshold), birth
 *      date and sex agree;
 *   3. name_key + birth date + sex, when the name is similar enough.
 * A step that finds two or more candidates links nobody: never pick one of
 * two by chance, a wrong link hides an uninsured person.
 *
 * Cost: a few hash joins over both registers plus one cnid_repairs() call
 * per broken ID; the work tables are temporary and dropped at the end.
 */
CREATE FUNCTION @extschema@.compare_registers(
    insured_sql text,
    household_sql text,
    name_threshold real DEFAULT 0.85)
RETURNS TABLE (insured_rec bigint, household_rec bigint, status text, score real)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE   -- it creates work tables
-- No SET search_path: the two queries are the caller's and must see the
-- caller's search_path.  Everything of ours is schema-qualified.
AS $fn$
DECLARE
    t0 timestamptz := pg_catalog.clock_timestamp();
    n_ins bigint;
    n_hh bigint;
BEGIN
    IF insured_sql IS NULL OR household_sql IS NULL THEN
        RAISE EXCEPTION 'insured_sql and household_sql must not be null'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT (name_threshold > 0 AND name_threshold <= 1) THEN
        RAISE EXCEPTION 'name_threshold must be in (0, 1], not %', name_threshold
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    IF pg_catalog.to_regclass('pg_temp.enroll_cmp_link') IS NOT NULL THEN
        DROP TABLE pg_temp.enroll_cmp_link;   -- left by a failed call
    END IF;
    n_ins := enroll.linkage_records(insured_sql, 'enroll_cmp_ins', 'compare_registers');
    n_hh := enroll.linkage_records(household_sql, 'enroll_cmp_hh', 'compare_registers');
    RAISE NOTICE 'compare_registers: % insured and % household records read in % ms', n_ins, n_hh,
        pg_catalog.round(EXTRACT(epoch FROM pg_catalog.clock_timestamp() - t0) * 1000);

    -- Resolution: one row per insured record with its candidate, the step
    -- that found it, and whether the step was ambiguous.
    CREATE TEMP TABLE enroll_cmp_link AS
    WITH by_id AS (
        -- a household register holding an ID twice: the one of the same
        -- name, if exactly one is; otherwise nobody
        SELECT i.rec_id,
               CASE WHEN pg_catalog.count(*) = 1 THEN pg_catalog.min(h.rec_id)
                    WHEN pg_catalog.count(*) FILTER (WHERE h.nname = i.nname) = 1
                        THEN pg_catalog.min(h.rec_id) FILTER (WHERE h.nname = i.nname) END AS hh,
               CASE WHEN pg_catalog.count(*) = 1
                      OR pg_catalog.count(*) FILTER (WHERE h.nname = i.nname) = 1 THEN 1
                    ELSE pg_catalog.count(*) END AS n
        FROM pg_temp.enroll_cmp_ins i JOIN pg_temp.enroll_cmp_hh h ON h.id = i.id
        GROUP BY i.rec_id
    ), by_repair AS (
        SELECT i.rec_id, pg_catalog.min(h.rec_id) AS hh, pg_catalog.count(DISTINCT h.rec_id) AS n
        FROM pg_temp.enroll_cmp_ins i
        CROSS JOIN LATERAL enroll.cnid_repairs(i.id_number) AS r(candidate)
        JOIN pg_temp.enroll_cmp_hh h ON h.id = r.candidate
        WHERE i.id IS NULL AND i.id_number IS NOT NULL
          AND (i.birth_date IS NULL OR h.birth_date IS NULL OR i.birth_date = h.birth_date)
          AND (i.sex IS NULL OR h.sex IS NULL OR i.sex = h.sex)
          AND enroll.name_similarity(i.name, h.name) >= name_threshold
        GROUP BY i.rec_id
    ), by_name AS (
        SELECT i.rec_id, pg_catalog.min(h.rec_id) AS hh, pg_catalog.count(*) AS n
        FROM pg_temp.enroll_cmp_ins i
        JOIN pg_temp.enroll_cmp_hh h
          ON h.nkey = i.nkey AND h.birth_date = i.birth_date AND h.sex = i.sex
        WHERE i.nkey IS NOT NULL
          AND enroll.name_similarity(i.name, h.name) >= name_threshold
        GROUP BY i.rec_id
    )
    SELECT i.rec_id, i.rule, i.id, i.nname, i.name, bi.n AS id_n,
           -- the first step with a candidate decides; two or more: no link
           CASE WHEN bi.n = 1 THEN bi.hh
                WHEN bi.n > 1 THEN NULL                     -- the household register holds the ID twice
                WHEN br.n = 1 THEN br.hh
                WHEN br.n > 1 THEN NULL                     -- two repairs fit
                WHEN bn.n = 1 THEN bn.hh
                END AS hh,
           CASE WHEN bi.n >= 1 THEN 'id' WHEN br.n >= 1 THEN 'repair' WHEN bn.n >= 1 THEN 'name' END AS via
    FROM pg_temp.enroll_cmp_ins i
    LEFT JOIN by_id bi USING (rec_id)
    LEFT JOIN by_repair br USING (rec_id)
    LEFT JOIN by_name bn USING (rec_id);

    RAISE NOTICE 'compare_registers: resolved in % ms',
        pg_catalog.round(EXTRACT(epoch FROM pg_catalog.clock_timestamp() - t0) * 1000);

    RETURN QUERY
    SELECT r.rec_id, r.hh,
           CASE WHEN r.rule <> 'ok' THEN 'id_invalid'
                WHEN r.id_n IS NULL THEN 'id_not_found'
                WHEN NOT EXISTS (SELECT 1 FROM pg_temp.enroll_cmp_hh h2
                                 WHERE h2.id = r.id AND h2.nname IS NOT DISTINCT FROM r.nname) THEN 'name_mismatch'
                ELSE 'matched' END,
           CASE WHEN r.hh IS NULL THEN 0::real
                WHEN r.via = 'id' THEN coalesce(enroll.name_similarity(r.name, h.name), 0::real)
                ELSE (0.9 * coalesce(enroll.name_similarity(r.name, h.name), 0))::real END
    FROM pg_temp.enroll_cmp_link r
    LEFT JOIN pg_temp.enroll_cmp_hh h ON h.rec_id = r.hh
    UNION ALL
    SELECT NULL::bigint, h.rec_id, 'uninsured', 1::real
    FROM pg_temp.enroll_cmp_hh h
    WHERE NOT EXISTS (SELECT 1 FROM pg_temp.enroll_cmp_link l WHERE l.hh = h.rec_id);

    DROP TABLE pg_temp.enroll_cmp_ins, pg_temp.enroll_cmp_hh, pg_temp.enroll_cmp_link;
END
$fn$;
COMMENT ON FUNCTION @extschema@.compare_registers(text, text, real) IS
    'insured register against household register: per insured record the status (id_invalid, id_not_found, name_mismatch, matched), the household person it resolves to and a score; plus one uninsured row per household person nobody resolves to';

/*
 * dedupe(records_sql): flag the same person enrolled twice, never delete.
 * records_sql returns (rec_id bigint, id_number text, name text,
 * birth_date date, sex smallint).  One row per record: its cluster (the
 * smallest rec_id in it), the score of its strongest link, and the reason.
 *
 * Links, strongest first:
 *   same_id         the same normalised ID (15/18 digits, x/X, blanks…);
 *   repaired_id     a broken ID one edit from another record's valid ID,
 *                   with a similar name and no conflicting birth date or sex;
 *   name_birth_sex  no valid ID on one side, the same name_key, birth date
 *                   and sex, and a similar name.
 * With region_level set, records_sql also returns region (a 6-, 9- or
 * 12-digit code) and a name_birth_sex link needs the same region at that
 * level (abolished county codes rolled into their successors first; a
 * record without a region gets no such link, or it could chain two places
 * together): namesakes born on the same day in
 * different places stay apart, at the price of blank-ID duplicates enrolled
 * in two places.
 * Over-merging guards: two different valid IDs are never in one cluster (a
 * component that would join them keeps only its same_id links, and the
 * records that caused it stand alone with reason 'ambiguous'); a component
 * larger than max_cluster_size is not built (its records stand alone with
 * reason 'giant_cluster', and a WARNING says how many).
 */
CREATE FUNCTION @extschema@.dedupe(
    records_sql text,
    name_threshold real DEFAULT 0.85,
    max_cluster_size integer DEFAULT 20,
    region_level text DEFAULT NULL)
RETURNS TABLE (rec_id bigint, cluster_id bigint, score real, reason text)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE   -- it creates work tables
-- No SET search_path: records_sql is the caller's query.
AS $fn$
DECLARE
    t0 timestamptz := pg_catalog.clock_timestamp();
    n bigint;
    giants bigint;
BEGIN
    IF records_sql IS NULL THEN
        RAISE EXCEPTION 'records_sql must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT (name_threshold > 0 AND name_threshold <= 1) OR max_cluster_size IS NULL OR max_cluster_size < 2 THEN
        RAISE EXCEPTION 'need 0 < name_threshold <= 1 and max_cluster_size >= 2'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF region_level IS NOT NULL
       AND region_level NOT IN ('province', 'prefecture', 'county', 'township', 'village') THEN
        RAISE EXCEPTION 'unknown region level: %', pg_catalog.quote_literal(region_level)
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'The levels are province, prefecture, county, township, village.';
    END IF;
    IF pg_catalog.to_regclass('pg_temp.enroll_dd_edge') IS NOT NULL THEN DROP TABLE pg_temp.enroll_dd_edge; END IF;
    IF pg_catalog.to_regclass('pg_temp.enroll_dd_comp') IS NOT NULL THEN DROP TABLE pg_temp.enroll_dd_comp; END IF;
    IF pg_catalog.to_regclass('pg_temp.enroll_dd_cluster') IS NOT NULL THEN DROP TABLE pg_temp.enroll_dd_cluster; END IF;
    n := enroll.linkage_records(records_sql, 'enroll_dd_rec', 'dedupe', region_level IS NOT NULL);
    -- The region key of each record, looked up once per distinct code.
    ALTER TABLE pg_temp.enroll_dd_rec ADD COLUMN rkey bigint;
    IF region_level IS NOT NULL THEN
        UPDATE pg_temp.enroll_dd_rec r SET rkey = m.rkey
        FROM (SELECT c.region,
                     CASE WHEN region_level IN ('province', 'prefecture', 'county')
                          THEN enroll.region_at(coalesce(enroll.region_rollup_code(enroll.region_at(c.region, 'county')),
                                                         c.region), region_level)
                          ELSE enroll.region_at(c.region, region_level) END AS rkey
              FROM (SELECT DISTINCT d.region FROM pg_temp.enroll_dd_rec d WHERE d.region IS NOT NULL) c
              OFFSET 0) m        -- a fence: the look-ups run once per code, not per record
        WHERE m.region = r.region;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_temp.enroll_dd_rec r GROUP BY r.rec_id HAVING pg_catalog.count(*) > 1)
       OR EXISTS (SELECT 1 FROM pg_temp.enroll_dd_rec r WHERE r.rec_id IS NULL) THEN
        RAISE EXCEPTION 'dedupe: rec_id must be unique and not null'
            USING ERRCODE = 'unique_violation';
    END IF;

    -- Links.  Kind 1 same_id, 2 repaired_id, 3 name_birth_sex.
    CREATE TEMP TABLE enroll_dd_edge AS
    SELECT a.rec_id AS a, b.rec_id AS b, 1 AS kind, 1::real AS score
    FROM pg_temp.enroll_dd_rec a JOIN pg_temp.enroll_dd_rec b ON b.id = a.id AND b.rec_id > a.rec_id
    UNION ALL
    -- name_similarity once per candidate pair (kind 2, then kind 3)
    SELECT x.a, x.b, x.kind, x.sim FROM (
        SELECT a.rec_id AS a, b.rec_id AS b, 2 AS kind, enroll.name_similarity(a.name, b.name) AS sim
        FROM pg_temp.enroll_dd_rec a
        CROSS JOIN LATERAL enroll.cnid_repairs(a.id_number) AS r(candidate)
        JOIN pg_temp.enroll_dd_rec b ON b.id = r.candidate
        WHERE a.id IS NULL AND a.id_number IS NOT NULL
          AND (a.birth_date IS NULL OR b.birth_date IS NULL OR a.birth_date = b.birth_date)
          AND (a.sex IS NULL OR b.sex IS NULL OR a.sex = b.sex)
        UNION ALL
        SELECT a.rec_id, b.rec_id, 3, enroll.name_similarity(a.name, b.name)
        FROM pg_temp.enroll_dd_rec a
        JOIN pg_temp.enroll_dd_rec b
          ON b.nkey = a.nkey AND b.birth_date = a.birth_date AND b.sex = a.sex AND b.rec_id <> a.rec_id
        WHERE a.nkey IS NOT NULL AND a.id IS NULL AND (b.id IS NOT NULL OR b.rec_id > a.rec_id)
          AND (region_level IS NULL OR a.rkey = b.rkey)
        OFFSET 0) x             -- a fence, so that sim is not computed again in the filter
    WHERE x.sim >= name_threshold;
    RAISE NOTICE 'dedupe: % records, % links in % ms', n,
        (SELECT pg_catalog.count(*) FROM pg_temp.enroll_dd_edge),
        pg_catalog.round(EXTRACT(epoch FROM pg_catalog.clock_timestamp() - t0) * 1000);

    -- Guard 1: a record without a valid ID that links to two different
    -- valid IDs is ambiguous: it keeps no link of kind 2 or 3.
    CREATE TEMP TABLE enroll_dd_comp AS
    SELECT e.a AS rec_id FROM pg_temp.enroll_dd_edge e
    JOIN pg_temp.enroll_dd_rec b ON b.rec_id = e.b
    WHERE e.kind > 1 AND b.id IS NOT NULL
    GROUP BY e.a HAVING pg_catalog.count(DISTINCT b.id) > 1;
    DELETE FROM pg_temp.enroll_dd_edge e WHERE e.kind > 1 AND e.a IN (SELECT c.rec_id FROM pg_temp.enroll_dd_comp c);
    -- Guard 2: components that still join two valid IDs (through chains of
    -- ID-less records) keep only their same_id links; the ID-less records
    -- in them become ambiguous too.
    LOOP
        WITH comp AS (
            SELECT c.node, c.component FROM enroll.connected_components('SELECT a, b FROM pg_temp.enroll_dd_edge') c
        ), bad AS (
            SELECT comp.component FROM comp JOIN pg_temp.enroll_dd_rec r ON r.rec_id = comp.node
            GROUP BY comp.component HAVING pg_catalog.count(DISTINCT r.id) > 1
        ), culprits AS (
            SELECT comp.node FROM comp JOIN bad USING (component)
            JOIN pg_temp.enroll_dd_rec r ON r.rec_id = comp.node WHERE r.id IS NULL
        ), gone AS (
            DELETE FROM pg_temp.enroll_dd_edge e
            WHERE e.kind > 1 AND (e.a IN (SELECT node FROM culprits) OR e.b IN (SELECT node FROM culprits))
            RETURNING e.a
        ), noted AS (
            INSERT INTO pg_temp.enroll_dd_comp SELECT node FROM culprits
            EXCEPT SELECT c.rec_id FROM pg_temp.enroll_dd_comp c
            RETURNING 1
        )
        SELECT (SELECT pg_catalog.count(*) FROM gone) INTO n;
        EXIT WHEN n = 0;
    END LOOP;

    -- Components, and guard 3: giant clusters are not built.
    CREATE TEMP TABLE enroll_dd_cluster AS
    SELECT c.node AS rec_id, c.component FROM enroll.connected_components('SELECT a, b FROM pg_temp.enroll_dd_edge') c;
    WITH sizes AS (SELECT component, pg_catalog.count(*) AS size FROM pg_temp.enroll_dd_cluster GROUP BY component)
    SELECT pg_catalog.count(*) INTO giants FROM sizes WHERE size > max_cluster_size;
    IF giants > 0 THEN
        RAISE WARNING 'dedupe: % cluster(s) larger than max_cluster_size % were not built', giants, max_cluster_size
            USING HINT = 'Their records are returned alone with reason ''giant_cluster''; look for placeholder values shared by many records.';
    END IF;

    RETURN QUERY
    WITH sizes AS (
        SELECT k.component, pg_catalog.count(*) AS size FROM pg_temp.enroll_dd_cluster k GROUP BY k.component
    ), best AS (
        SELECT x.rec_id, pg_catalog.min(x.kind) AS kind, pg_catalog.max(x.score) AS score
        FROM (SELECT e.a AS rec_id, e.kind, e.score FROM pg_temp.enroll_dd_edge e
              UNION ALL SELECT e.b, e.kind, e.score FROM pg_temp.enroll_dd_edge e) x
        GROUP BY x.rec_id
    )
    SELECT r.rec_id,
           CASE WHEN k.component IS NULL OR s.size > max_cluster_size THEN r.rec_id ELSE k.component END,
           CASE WHEN k.component IS NULL OR s.size > max_cluster_size THEN 1::real ELSE b.score END,
           CASE WHEN s.size > max_cluster_size THEN 'giant_cluster'
                WHEN r.rec_id IN (SELECT c.rec_id FROM pg_temp.enroll_dd_comp c) AND k.component IS NULL THEN 'ambiguous'
                WHEN k.component IS NULL THEN 'singleton'
                WHEN b.kind = 1 THEN 'same_id'
                WHEN b.kind = 2 THEN 'repaired_id'
                ELSE 'name_birth_sex' END
    FROM pg_temp.enroll_dd_rec r
    LEFT JOIN pg_temp.enroll_dd_cluster k ON k.rec_id = r.rec_id
    LEFT JOIN sizes s ON s.component = k.component
    LEFT JOIN best b ON b.rec_id = r.rec_id;

    DROP TABLE pg_temp.enroll_dd_rec, pg_temp.enroll_dd_edge, pg_temp.enroll_dd_comp, pg_temp.enroll_dd_cluster;
END
$fn$;
COMMENT ON FUNCTION @extschema@.dedupe(text, real, integer, text) IS
    'one row per record: its duplicate cluster (smallest rec_id), the score of its strongest link and the reason (same_id, repaired_id, name_birth_sex, singleton, ambiguous, giant_cluster); never two different valid IDs in one cluster';
