-- Cross-province duplicates (跨省重复参保) and the uninsured (漏保) on the
-- national register: the provinces' records in one query, linked by
-- dedupe()'s rules (valid ID, repaired ID, name + birth date + sex for a
-- record without a valid ID) and kept where a person's records lie in two
-- or more provinces; the uninsured are compare_registers()' uninsured rows
-- against the national household extract.  Both only wrap the one
-- implementation of their rules (src/dedupe.c, src/compare.c): whatever
-- makes those run on a distributed table (Citus) serves these too
-- (doc/scale-out.md).

-- A record's province as a 6-digit province code: a 2-digit code (61) or
-- any 6-digit region code (610000, 610102) of a mainland province-level
-- unit; anything else is an error naming the record.
CREATE FUNCTION @extschema@.cross_province_code(province bigint, rec_id bigint)
RETURNS integer
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    p bigint := CASE WHEN province BETWEEN 11 AND 99 THEN province
                     WHEN province BETWEEN 110000 AND 999999 THEN province / 10000 END;
BEGIN
    IF p IS NULL OR NOT (p BETWEEN 11 AND 15 OR p BETWEEN 21 AND 23 OR p BETWEEN 31 AND 37
                         OR p BETWEEN 41 AND 46 OR p BETWEEN 50 AND 54 OR p BETWEEN 61 AND 65) THEN
        RAISE EXCEPTION 'invalid province code % of record %', coalesce(province::text, 'NULL'), rec_id
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'A province is a mainland province-level code: two digits (61) or a six-digit region code (610000, 610102).';
    END IF;
    RETURN p * 10000;
END $fn$;
COMMENT ON FUNCTION @extschema@.cross_province_code(bigint, bigint) IS
    'the 6-digit province code (610000) of a record''s province given as two digits (61) or a 6-digit region code; an invalid code is an error naming rec_id';

-- The persons enrolled in two or more provinces, one row per record of such
-- a person.  records_sql returns rec_id (unique over the nation), province,
-- id_number, name, birth_date, sex.  The query is read twice (dedupe reads
-- its five columns, the join back its provinces), so it must be stable
-- within the statement, as a table or a view is.
CREATE FUNCTION @extschema@.cross_province_duplicates(
    records_sql text,
    name_threshold real DEFAULT 0.85,
    min_probability real DEFAULT 0.5,
    max_cluster_size integer DEFAULT 20,
    max_block integer DEFAULT 1000)
RETURNS TABLE (person_key bigint, province integer, rec_id bigint, matched_by text, score real)
-- VOLATILE and PARALLEL UNSAFE: it runs the caller's query, which may be
-- either.  No SET search_path: the query must see the caller's path;
-- everything of ours is schema-qualified.
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE AS $fn$
BEGIN
    IF records_sql IS NULL THEN
        RAISE EXCEPTION 'records_sql must not be null'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    PERFORM @extschema@.query_columns_check(records_sql, 'cross_province_duplicates', 'records_sql',
        ARRAY['rec_id', 'province', 'id_number', 'name', 'birth_date', 'sex'],
        ARRAY['bigint', 'bigint', 'text', 'text', 'date', 'smallint']::pg_catalog.regtype[]);
    RETURN QUERY EXECUTE pg_catalog.format($q$
        WITH d AS (
            SELECT d.rec_id, d.cluster_id, d.score, d.reason
            FROM @extschema@.dedupe($1, $2, $3, NULL, $4, $5) d
        ), r AS (
            SELECT q.rec_id::bigint AS rec_id,
                   @extschema@.cross_province_code(q.province::bigint, q.rec_id::bigint) AS province
            FROM (%s) AS q
        ), j AS (
            SELECT d.cluster_id, r.province, d.rec_id, d.reason, d.score,
                   pg_catalog.min(r.province) OVER w AS first_province,
                   pg_catalog.max(r.province) OVER w AS last_province
            FROM d JOIN r ON r.rec_id OPERATOR(pg_catalog.=) d.rec_id
            WHERE d.reason OPERATOR(pg_catalog.=) ANY (ARRAY['same_id', 'repaired_id', 'name_birth_sex'])
            WINDOW w AS (PARTITION BY d.cluster_id)
        )
        SELECT j.cluster_id, j.province, j.rec_id, j.reason, j.score FROM j
        WHERE j.first_province OPERATOR(pg_catalog.<>) j.last_province
        ORDER BY 1, 2, 3 $q$, records_sql)
        USING 'SELECT q.rec_id, q.id_number, q.name, q.birth_date, q.sex FROM ('
                  OPERATOR(pg_catalog.||) records_sql OPERATOR(pg_catalog.||) ') AS q',
              name_threshold, max_cluster_size, min_probability, max_block;
END $fn$;
COMMENT ON FUNCTION @extschema@.cross_province_duplicates(text, real, real, integer, integer) IS
    'persons enrolled in two or more provinces (跨省重复参保): one row per record of such a person, with the person''s key (the smallest rec_id of its records), the record''s province (6-digit code), how dedupe() linked it (same_id, repaired_id, name_birth_sex) and its score';

-- The report's counting, shared by its query and table forms: per pair of
-- provinces, the persons of the duplicates list (person_key, province,
-- matched_by, one element a record) enrolled in both, by the weakest
-- evidence that puts them in both: each province's best record of the
-- person (same_id before repaired_id before name_birth_sex), the weaker of
-- the two.
CREATE FUNCTION @extschema@.cross_province_tally(person_keys bigint[], provinces integer[], matched_by text[])
RETURNS TABLE (province_a integer, name_a text, province_b integer, name_b text,
               persons bigint, by_id bigint, by_repaired_id bigint, by_name bigint)
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $fn$
#variable_conflict use_column
BEGIN
    IF coalesce(cardinality(person_keys), 0) <> coalesce(cardinality(provinces), 0)
       OR coalesce(cardinality(person_keys), 0) <> coalesce(cardinality(matched_by), 0) THEN
        RAISE EXCEPTION 'person_keys, provinces and matched_by must have the same length'
            USING ERRCODE = 'array_subscript_error';
    END IF;
    RETURN QUERY
    WITH d AS (
        SELECT u.person_key, u.province, u.matched_by
        FROM unnest(person_keys, provinces, matched_by) AS u(person_key, province, matched_by)
    ), best AS (
        SELECT d.person_key, d.province,
               min(CASE d.matched_by WHEN 'same_id' THEN 1 WHEN 'repaired_id' THEN 2 ELSE 3 END) AS level
        FROM d GROUP BY d.person_key, d.province
    ), pairs AS (
        SELECT a.province AS province_a, b.province AS province_b, greatest(a.level, b.level) AS level
        FROM best a JOIN best b ON a.person_key = b.person_key AND a.province < b.province
    )
    SELECT p.province_a, (SELECT r.name FROM @extschema@.region r WHERE r.code = p.province_a AND r.status = 'current'),
           p.province_b, (SELECT r.name FROM @extschema@.region r WHERE r.code = p.province_b AND r.status = 'current'),
           count(*), count(*) FILTER (WHERE p.level = 1), count(*) FILTER (WHERE p.level = 2),
           count(*) FILTER (WHERE p.level = 3)
    FROM pairs p
    GROUP BY p.province_a, p.province_b
    ORDER BY count(*) DESC, p.province_a, p.province_b;
END $fn$;
COMMENT ON FUNCTION @extschema@.cross_province_tally(bigint[], integer[], text[]) IS
    'cross_province_report()''s counting of a duplicates list (one element a record): per pair of provinces, the persons in both, by the weakest evidence';

-- The ministry's list: cross_province_tally() of the duplicates.
CREATE FUNCTION @extschema@.cross_province_report(
    records_sql text,
    name_threshold real DEFAULT 0.85,
    min_probability real DEFAULT 0.5,
    max_cluster_size integer DEFAULT 20,
    max_block integer DEFAULT 1000)
RETURNS TABLE (province_a integer, name_a text, province_b integer, name_b text,
               persons bigint, by_id bigint, by_repaired_id bigint, by_name bigint)
LANGUAGE sql VOLATILE PARALLEL UNSAFE
BEGIN ATOMIC
    SELECT t.*
    FROM (SELECT array_agg(d.person_key) AS k, array_agg(d.province) AS p, array_agg(d.matched_by) AS m
          FROM @extschema@.cross_province_duplicates(records_sql, name_threshold, min_probability,
                                                     max_cluster_size, max_block) d) a
    CROSS JOIN LATERAL @extschema@.cross_province_tally(a.k, a.p, a.m) t
    ORDER BY t.persons DESC, t.province_a, t.province_b;
END;
COMMENT ON FUNCTION @extschema@.cross_province_report(text, real, real, integer, integer) IS
    'per pair of provinces, the persons enrolled in both (cross_province_duplicates), by the weakest evidence that puts them in both: valid ID, repaired ID or name + birth date + sex';

-- The persons of the national household extract in no province's register
-- (漏保): compare_registers()' uninsured rows, the provinces' records as
-- its insured register.
CREATE FUNCTION @extschema@.cross_province_uninsured(
    records_sql text,
    household_sql text,
    name_threshold real DEFAULT 0.85,
    max_block integer DEFAULT 1000)
RETURNS TABLE (household_rec bigint)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE AS $fn$
BEGIN
    IF records_sql IS NULL THEN
        RAISE EXCEPTION 'records_sql must not be null'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    PERFORM @extschema@.query_columns_check(records_sql, 'cross_province_uninsured', 'records_sql',
        ARRAY['rec_id', 'province', 'id_number', 'name', 'birth_date', 'sex'],
        ARRAY['bigint', 'bigint', 'text', 'text', 'date', 'smallint']::pg_catalog.regtype[]);
    RETURN QUERY
        SELECT c.household_rec
        FROM @extschema@.compare_registers(
                 'SELECT q.rec_id, q.id_number, q.name, q.birth_date, q.sex FROM ('
                     OPERATOR(pg_catalog.||) records_sql OPERATOR(pg_catalog.||) ') AS q',
                 household_sql, name_threshold, max_block) c
        WHERE c.status OPERATOR(pg_catalog.=) 'uninsured'
        ORDER BY 1;
END $fn$;
COMMENT ON FUNCTION @extschema@.cross_province_uninsured(text, text, real, integer) IS
    'the persons of the national household extract (household_sql, as for compare_registers) whom no province''s record (records_sql, as for cross_province_duplicates) resolves to (漏保)';
