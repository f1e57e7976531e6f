-- The cross-province functions on a table of the provinces' records
-- (rec_id, province, id_number, name, birth_date, sex), plain or
-- distributed by Citus: they call the table forms of dedupe and
-- compare_registers (extension/parts/95_compare_on_tables.sql), so that on a national
-- register distributed by the normalised ID the linkage runs on the workers
-- instead of every record travelling to the coordinator.  Same rules and
-- rows as the query forms (extension/parts/97_cross_province.sql).

/* the records table's columns by name and type, as the query forms check theirs */
CREATE FUNCTION @extschema@.cross_province_table_check(records regclass, caller text)
RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    IF records IS NULL THEN
        RAISE EXCEPTION 'records must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    PERFORM @extschema@.query_columns_check(format('SELECT * FROM %s', records), caller, 'records',
        ARRAY['rec_id', 'province', 'id_number', 'name', 'birth_date', 'sex'],
        ARRAY['bigint', 'bigint', 'text', 'text', 'date', 'smallint']::regtype[]);
END
$fn$;
COMMENT ON FUNCTION @extschema@.cross_province_table_check(regclass, text) IS
    'checks that a table of the provinces'' records has rec_id, province, id_number, name, birth_date and sex of the agreed types';

CREATE FUNCTION @extschema@.cross_province_duplicates(
    records regclass,
    name_threshold real DEFAULT 0.85,
    min_probability real DEFAULT 0.5,
    max_cluster_size integer DEFAULT 20,
    max_block integer DEFAULT 1000)
RETURNS TABLE (person_key bigint, province integer, rec_id bigint, matched_by text, score real)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    PERFORM @extschema@.cross_province_table_check(records, 'cross_province_duplicates');
    -- every province valid, as the query form requires (on the workers for a distributed table)
    EXECUTE format('SELECT count(@extschema@.cross_province_code(province::bigint, rec_id::bigint)) FROM %s', records);
    PERFORM @extschema@.linkage_drop_work('enroll_cp_linked');
    CREATE TEMP TABLE enroll_cp_linked ON COMMIT DROP AS
    SELECT d.rec_id, d.cluster_id, d.score, d.reason
    FROM @extschema@.dedupe(records, name_threshold, max_cluster_size, NULL, min_probability, max_block) d
    WHERE d.reason = ANY (ARRAY['same_id', 'repaired_id', 'name_birth_sex']);
    -- the provinces of the linked records only
    RETURN QUERY EXECUTE format($q$
        WITH j AS (
            SELECT d.cluster_id, @extschema@.cross_province_code(r.province::bigint, r.rec_id::bigint) AS province,
                   d.rec_id, d.reason, d.score
            FROM pg_temp.enroll_cp_linked d JOIN (SELECT q.rec_id::bigint AS rec_id, q.province FROM %s q) r
              ON r.rec_id = d.rec_id
        )
        SELECT j.cluster_id, j.province, j.rec_id, j.reason, j.score
        FROM (SELECT j.*, min(j.province) OVER w AS first_province, max(j.province) OVER w AS last_province
              FROM j WINDOW w AS (PARTITION BY j.cluster_id)) j
        WHERE j.first_province <> j.last_province
        ORDER BY 1, 2, 3 $q$, records);
END
$fn$;
COMMENT ON FUNCTION @extschema@.cross_province_duplicates(regclass, real, real, integer, integer) IS
    'cross_province_duplicates() of a table of the provinces'' records; on a table distributed by Citus on the normalised ID, dedupe''s by-ID pass runs on the workers';

CREATE FUNCTION @extschema@.cross_province_report(
    records regclass,
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
          FROM @extschema@.cross_province_duplicates(records, name_threshold, min_probability,
                                                     max_cluster_size, max_block) d) a
    CROSS JOIN LATERAL @extschema@.cross_province_tally(a.k, a.p, a.m) t
    ORDER BY t.persons DESC, t.province_a, t.province_b;
END;
COMMENT ON FUNCTION @extschema@.cross_province_report(regclass, real, real, integer, integer) IS
    'cross_province_report() of a table of the provinces'' records (cross_province_duplicates of the table)';

CREATE FUNCTION @extschema@.cross_province_uninsured(
    records regclass,
    household regclass,
    name_threshold real DEFAULT 0.85,
    max_block integer DEFAULT 1000)
RETURNS TABLE (household_rec bigint)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    PERFORM @extschema@.cross_province_table_check(records, 'cross_province_uninsured');
    RETURN QUERY
        SELECT c.household_rec
        FROM @extschema@.compare_registers(records, household, name_threshold, max_block) c
        WHERE c.status = 'uninsured'
        ORDER BY 1;
END
$fn$;
COMMENT ON FUNCTION @extschema@.cross_province_uninsured(regclass, regclass, real, integer) IS
    'cross_province_uninsured() of a table of the provinces'' records and a household table; on tables distributed by Citus on the normalised ID, co-located, compare_registers runs on the workers';
