-- compare_registers(): the insured register against the household register
-- (公安户籍), inside the database.  One row per insured record with the first
-- status that applies (id_invalid, id_not_found, name_mismatch, matched),
-- and one 'uninsured' row per household person nobody resolves to.

-- The records of a register as a work table, for analysts who want to join
-- a register themselves with everything linkage derives: the caller's query
-- with the five agreed columns (and region, when with_region), checked, plus
-- the ID's rule and value, normalised name and name key, birth date and sex
-- from a valid ID where the register left them out, indexed.
-- (compare_registers and dedupe read their registers in C: src/record_reader.c.)
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
        -- re-raised with its own message, without the position (which would
        -- point into our wrapper rather than the caller's query), the caller
        -- named in the detail
        DECLARE
            state text;
            message text;
        BEGIN
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
            RAISE EXCEPTION USING MESSAGE = message, ERRCODE = state,
                      DETAIL = pg_catalog.format('Argument query of function %s must return rec_id (bigint), id_number (text), name (text), birth_date (date) and sex (smallint)', caller)
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
 *      lossless differences); a household register holding the ID twice
 *      resolves to the one of the same name if exactly one is;
 *   2. for a broken ID, the cnid_repairs() candidates that a household
 *      person holds whose name (name_similarity >= name_threshold), birth
 *      date and sex agree;
 *   3. name_key + birth date + sex, when the name is similar enough.
 * A step that finds two or more candidates links nobody: never pick one of
 * two by chance, a wrong link hides an uninsured person.  A household block
 * (name key, birth date, sex) of more than max_block records is not
 * searched (placeholder values such as 不详 born 1900-01-01 would make it
 * quadratic): its insured records resolve to nobody, and a WARNING names
 * the values.
 *
 * One pass in C (src/compare.c): both queries are streamed once, nothing
 * is written; IDs are merged sorted, repairs by check sum merged with the
 * household IDs.  Memory: both registers, about 80 bytes per record plus
 * the names, within enroll.linkage_memory (doc/reference-linkage.md).
 */
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

/*
 * dedupe(records_sql): flag the same person enrolled twice, never delete.
 * records_sql returns (rec_id bigint, id_number text, name text,
 * birth_date date, sex smallint).  One row per record: its cluster (the
 * smallest rec_id in it), the score of its strongest link, and the reason.
 * One pass in C (src/dedupe.c): the query is streamed once, nothing is
 * written.
 *
 * Links, strongest first:
 *   same_id         the same normalised ID (15/18 digits, x/X, blanks…);
 *   repaired_id     a broken ID one edit from another record's valid ID,
 *                   with a similar name and no conflicting birth date or sex;
 *   name_birth_sex  no valid ID on one side, the same birth date and sex, a
 *                   similar name (the same name_key, or when nobody shares
 *                   the key the same first or last character: look-alikes,
 *                   冠夫姓), no broken ID contradicting the other's number,
 *                   and a probability of at least min_probability that the
 *                   two are one person: the chance that an unrelated record
 *                   agrees is estimated from the frequency of the name (or
 *                   key) within sex and birth decade and of the birth date,
 *                   against the share of ID-less records that have a
 *                   duplicate (both estimated from the data, per level of
 *                   name agreement; dedupe_links shows them).  Its score is
 *                   similarity x probability.  The default 0.5 links when a
 *                   duplicate is likelier than a stranger who happens to
 *                   agree.
 * With region_level set, records_sql also returns region (a 6-, 9- or
 * 12-digit code), compared at that level (abolished county codes rolled
 * into their successors first) as evidence for each name_birth_sex link:
 * the odds are multiplied by m/u when the regions agree and by
 * (1-m)/(1-u) when they differ, where m is the share of records sharing a
 * valid ID that are registered in the same region (prior 0.9 worth ten
 * pairs) and u the share of all records in the region.  Where duplicates
 * stay in their region, namesakes born the same day elsewhere stay apart;
 * where people move, a rare name still links them.  A record without a
 * region gets no name link (it could chain two regions together).
 * evidence names further text columns of records_sql (address, phone,
 * village, employer…) weighed the same way for each name_birth_sex link:
 * m from the records sharing a valid ID that both have a value, u the
 * share of the records with a value that have the ID-less record's value;
 * a NULL or empty value is no evidence.  The exact-name links also weigh
 * namesakes: the rate, beyond chance, at which two different valid IDs
 * share name, birth date and sex (in the same region) in the blocks asked
 * about.
 * Over-merging guards: a record without a valid ID that fits two persons
 * (two valid IDs, or records the rules keep apart) equally well is linked
 * to neither and stands alone with reason 'ambiguous' (it keeps the one it
 * fits strictly best, by kind and level of name agreement); two different
 * valid IDs are never in one cluster (a component that would join them
 * keeps only its same_id links, and the records that caused it are
 * 'ambiguous' too); a component larger than max_cluster_size is not built
 * (its records stand alone with reason 'giant_cluster', and a WARNING says
 * how many).  A block (name key, birth date, sex) or a same-day group of
 * more than max_block records is not compared pairwise: its records without
 * a valid ID that found nobody stand alone with reason 'giant_block', and a
 * WARNING names the values (placeholders such as 不详 born 1900-01-01).
 * Memory: about 110 MB per million records, within enroll.linkage_memory
 * (doc/reference-linkage.md).
 */
CREATE FUNCTION @extschema@.dedupe(
    records_sql text,
    name_threshold real DEFAULT 0.85,
    max_cluster_size integer DEFAULT 20,
    region_level text DEFAULT NULL,
    min_probability real DEFAULT 0.5,
    max_block integer DEFAULT 1000,
    evidence text[] DEFAULT NULL)
RETURNS TABLE (rec_id bigint, cluster_id bigint, score real, reason text)
AS 'MODULE_PATHNAME', 'dedupe_records'
-- VOLATILE and PARALLEL UNSAFE: it runs the caller's query, which may be
-- either.  No search_path: the query must see the caller's; our own look-ups
-- are schema-qualified.
LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.dedupe(text, real, integer, text, real, integer, text[]) IS
    'one row per record: its duplicate cluster (smallest rec_id), the score of its strongest link and the reason (same_id, repaired_id, name_birth_sex, singleton, ambiguous, giant_cluster, giant_block); never two different valid IDs in one cluster';

/*
 * dedupe_links(): the links behind dedupe(), for a registrar asking why
 * two records were (or were not) put together.  Same arguments and rules
 * as dedupe(); one row per link found, kept or dropped, with the evidence
 * of each field as jsonb (the ID of each side and how they agree, the name
 * similarity and how the pair was found, birth date, sex, and for name
 * links the chance agreement, the namesakes, the estimated share of
 * duplicates, the probability and its log2 odds; the region and each
 * evidence column when given).  Same C function: it returns links when
 * its result has six columns.  Rows come with rec_a < rec_b, ordered by
 * (rec_a, rec_b), whatever the input order.
 */
CREATE FUNCTION @extschema@.dedupe_links(
    records_sql text,
    name_threshold real DEFAULT 0.85,
    max_cluster_size integer DEFAULT 20,
    region_level text DEFAULT NULL,
    min_probability real DEFAULT 0.5,
    max_block integer DEFAULT 1000,
    evidence text[] DEFAULT NULL)
RETURNS TABLE (rec_a bigint, rec_b bigint, reason text, score real, kept boolean, explain jsonb)
AS 'MODULE_PATHNAME', 'dedupe_records'
LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.dedupe_links(text, real, integer, text, real, integer, text[]) IS
    'the links behind dedupe(): one row per link found (rec_a, rec_b, reason, score), whether it was kept, and the per-field evidence as jsonb';
