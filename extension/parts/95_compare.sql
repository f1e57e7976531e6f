-- compare_registers(): the insured register against the household register
-- (公安户籍), inside the database.  One row per insured record with the first
-- status that applies (id_invalid, id_not_found, name_mismatch, matched),
-- and one 'uninsured' row per household person nobody resolves to.

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

    DROP TABLE IF EXISTS pg_temp.enroll_cmp_ins, pg_temp.enroll_cmp_hh, pg_temp.enroll_cmp_link;
    BEGIN
        EXECUTE pg_catalog.format($q$
            CREATE TEMP TABLE enroll_cmp_ins AS
            SELECT q.rec_id::bigint AS rec_id, q.id_number::text AS id_number, q.name::text AS name,
                   q.birth_date::date AS birth_date, q.sex::smallint AS sex
            FROM (%s) AS q $q$, insured_sql);
        EXECUTE pg_catalog.format($q$
            CREATE TEMP TABLE enroll_cmp_hh AS
            SELECT q.rec_id::bigint AS rec_id, q.id_number::text AS id_number, q.name::text AS name,
                   q.birth_date::date AS birth_date, q.sex::smallint AS sex
            FROM (%s) AS q $q$, household_sql);
    EXCEPTION WHEN undefined_column OR cannot_coerce OR datatype_mismatch OR invalid_text_representation THEN
        DECLARE
            state text;
            message text;
        BEGIN
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
            RAISE EXCEPTION 'compare_registers: %', message
                USING ERRCODE = state,
                      DETAIL = 'Both queries must return rec_id (bigint), id_number (text), name (text), birth_date (date) and sex (smallint).';
        END;
    END;

    -- Derived columns: check of the ID as entered, the ID itself, and
    -- birth date and sex from a valid ID where the register left them out.
    ALTER TABLE pg_temp.enroll_cmp_ins ADD COLUMN rule text, ADD COLUMN id enroll.cnid,
        ADD COLUMN nname text, ADD COLUMN nkey text;
    UPDATE pg_temp.enroll_cmp_ins SET
        rule = enroll.cnid_check(coalesce(id_number, '')),
        id = CASE WHEN enroll.cnid_valid(coalesce(id_number, '')) THEN enroll.cnid(id_number) END,
        nname = enroll.name_norm(name), nkey = enroll.name_key(name);
    UPDATE pg_temp.enroll_cmp_ins SET
        birth_date = coalesce(birth_date, enroll.cnid_birth_date(id)),
        sex = coalesce(sex, enroll.cnid_sex(id))
    WHERE id IS NOT NULL AND (birth_date IS NULL OR sex IS NULL);
    ALTER TABLE pg_temp.enroll_cmp_hh ADD COLUMN id enroll.cnid, ADD COLUMN nname text, ADD COLUMN nkey text;
    UPDATE pg_temp.enroll_cmp_hh SET
        id = CASE WHEN enroll.cnid_valid(coalesce(id_number, '')) THEN enroll.cnid(id_number) END,
        nname = enroll.name_norm(name), nkey = enroll.name_key(name);
    UPDATE pg_temp.enroll_cmp_hh SET
        birth_date = coalesce(birth_date, enroll.cnid_birth_date(id)),
        sex = coalesce(sex, enroll.cnid_sex(id))
    WHERE id IS NOT NULL AND (birth_date IS NULL OR sex IS NULL);
    CREATE INDEX ON pg_temp.enroll_cmp_hh (id);
    CREATE INDEX ON pg_temp.enroll_cmp_hh (nkey, birth_date, sex);
    ANALYZE pg_temp.enroll_cmp_ins;
    ANALYZE pg_temp.enroll_cmp_hh;
    SELECT pg_catalog.count(*) INTO n_ins FROM pg_temp.enroll_cmp_ins;
    SELECT pg_catalog.count(*) INTO n_hh FROM pg_temp.enroll_cmp_hh;
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
        SELECT i.rec_id, pg_catalog.min(h.rec_id) AS hh, pg_catalog.count(*) AS n,
               pg_catalog.max(enroll.name_similarity(i.name, h.name)) AS sim
        FROM pg_temp.enroll_cmp_ins i
        JOIN pg_temp.enroll_cmp_hh h
          ON h.nkey = i.nkey AND h.birth_date = i.birth_date AND h.sex = i.sex
        WHERE i.nkey IS NOT NULL
          AND enroll.name_similarity(i.name, h.name) >= name_threshold
        GROUP BY i.rec_id
    )
    SELECT i.rec_id, i.rule, i.id, i.nname, i.name,
           bi.hh AS id_hh, bi.n AS id_n, br.hh AS repair_hh, br.n AS repair_n, bn.hh AS name_hh, bn.n AS name_n,
           bn.sim AS name_sim
    FROM pg_temp.enroll_cmp_ins i
    LEFT JOIN by_id bi USING (rec_id)
    LEFT JOIN by_repair br USING (rec_id)
    LEFT JOIN by_name bn USING (rec_id);

    RAISE NOTICE 'compare_registers: resolved in % ms',
        pg_catalog.round(EXTRACT(epoch FROM pg_catalog.clock_timestamp() - t0) * 1000);

    RETURN QUERY
    WITH resolved AS (
        SELECT l.*,
               CASE WHEN l.id_n = 1 THEN l.id_hh
                    WHEN l.id_n > 1 THEN NULL                     -- the household register holds the ID twice
                    WHEN l.repair_n = 1 THEN l.repair_hh
                    WHEN l.repair_n > 1 THEN NULL                 -- two repairs fit: no link
                    WHEN l.name_n = 1 THEN l.name_hh
                    END AS hh,
               CASE WHEN l.id_n >= 1 THEN 'id'
                    WHEN l.repair_n >= 1 THEN 'repair'
                    WHEN l.name_n >= 1 THEN 'name' END AS via
        FROM pg_temp.enroll_cmp_link l
    )
    SELECT r.rec_id, r.hh,
           CASE WHEN r.rule <> 'ok' THEN 'id_invalid'
                WHEN r.id_n IS NULL THEN 'id_not_found'
                WHEN NOT EXISTS (SELECT 1 FROM pg_temp.enroll_cmp_hh h2
                                 WHERE h2.id = r.id AND h2.nname IS NOT DISTINCT FROM r.nname) THEN 'name_mismatch'
                ELSE 'matched' END,
           CASE WHEN r.hh IS NULL THEN 0::real
                WHEN r.via = 'id' THEN coalesce(enroll.name_similarity(r.name, h.name), 0::real)
                ELSE (0.9 * coalesce(enroll.name_similarity(r.name, h.name), 0))::real END
    FROM resolved r
    LEFT JOIN pg_temp.enroll_cmp_hh h ON h.rec_id = r.hh
    UNION ALL
    SELECT NULL::bigint, h.rec_id, 'uninsured', 1::real
    FROM pg_temp.enroll_cmp_hh h
    WHERE NOT EXISTS (
        SELECT 1 FROM pg_temp.enroll_cmp_link l
        WHERE h.rec_id = CASE WHEN l.id_n = 1 THEN l.id_hh WHEN l.id_n > 1 THEN NULL
                              WHEN l.repair_n = 1 THEN l.repair_hh WHEN l.repair_n > 1 THEN NULL
                              WHEN l.name_n = 1 THEN l.name_hh END);

    DROP TABLE pg_temp.enroll_cmp_ins, pg_temp.enroll_cmp_hh, pg_temp.enroll_cmp_link;
END
$fn$;
COMMENT ON FUNCTION @extschema@.compare_registers(text, text, real) IS
    'insured register against household register: per insured record the status (id_invalid, id_not_found, name_mismatch, matched), the household person it resolves to and a score; plus one uninsured row per household person nobody resolves to';
