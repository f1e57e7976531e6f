-- dedupe and dedupe_links on a table that Citus distributes by the
-- normalised ID: the steps both share (the by-ID pass per shard on the
-- workers, the subset the other links can reach), and dedupe_links' own
-- pieces.  dedupe(regclass) is in extension/parts/95_compare.sql.

/*
 * dedupe_links on a subset of a register closed under its links, with the
 * strata (dedupe_strata) of the whole register: the second pass of
 * dedupe_links on a distributed table.  Same C function as dedupe_subset:
 * it returns links when its result has six columns.
 */
CREATE FUNCTION @extschema@.dedupe_links_subset(
    records_sql text,
    name_threshold real,
    max_cluster_size integer,
    region_level text,
    min_probability real,
    max_block integer,
    strata bigint[])
RETURNS TABLE (rec_a bigint, rec_b bigint, reason text, score real, kept boolean, explain jsonb)
AS 'MODULE_PATHNAME', 'dedupe_subset_records'
-- runs the caller's query
LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.dedupe_links_subset(text, real, integer, text, real, integer, bigint[]) IS
    'dedupe_links() of a subset of a register closed under its links, with the strata (dedupe_strata) of the whole register: the second pass of dedupe_links on a distributed table';

/*
 * dedupe_links on one shard (run on the worker by dedupe_links(regclass)):
 * the links of its records with a valid ID, all same_id ones there, as
 * lines (linkage_result_rows) of l (kept) or x (dropped), rec_a, rec_b,
 * the reason and the evidence (jsonb, if any) after a space, score; then a line
 * of # and the shard's strata over all its records.
 */
CREATE FUNCTION @extschema@.linkage_dedupe_links_shard(valid_sql text, records_sql text, name_threshold real,
                                                       max_cluster_size integer, min_probability real,
                                                       max_block integer)
RETURNS text
LANGUAGE sql VOLATILE PARALLEL UNSAFE
-- scores as text that reads back exactly, whatever the worker's setting
SET search_path = pg_catalog, pg_temp
SET extra_float_digits = 1
AS $fn$
    SELECT concat_ws(E'\n',
        (SELECT string_agg(CASE WHEN l.kept THEN 'l' ELSE 'x' END || E'\t' || l.rec_a || E'\t' || l.rec_b
                           || E'\t' || @extschema@.linkage_field(l.reason || coalesce(' ' || l.explain::text, ''))
                           || E'\t' || coalesce(l.score::text, '\N'), E'\n')
         FROM @extschema@.dedupe_links(valid_sql, name_threshold, max_cluster_size, NULL, min_probability, max_block) l),
        '#' || E'\t\\N\t\\N\t' || @extschema@.dedupe_strata(records_sql)::text || E'\t\\N')
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_dedupe_links_shard(text, text, real, integer, real, integer) IS
    'the by-ID pass of dedupe_links on one shard of a distributed register, as lines for the coordinator';

/*
 * Steps 1 and 2 of dedupe (links false) or dedupe_links (true) on a table
 * distributed by the normalised ID (q its query): the arguments and
 * rec_id checked as the single-server function checks them; per shard, on
 * the workers, the records with a valid ID (their rows or links) and the
 * shard's strata, into pg_temp.enroll_dd_pass1; the records that a link
 * other than same_id can reach — those without a valid ID, every record
 * born on a day and of a sex that one of them has, the holders of their
 * repair candidates, and every record sharing a valid ID with those —
 * fetched from the shards (the filters run on the workers) into
 * pg_temp.enroll_dd_subset.  Returns the strata of the whole table.
 */
CREATE FUNCTION @extschema@.linkage_dedupe_shards(records regclass, q text, links boolean, name_threshold real,
                                                  max_cluster_size integer, region_level text,
                                                  min_probability real, max_block integer)
RETURNS bigint[]
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    t0 timestamptz := clock_timestamp();
    caller text := CASE WHEN links THEN 'dedupe_links' ELSE 'dedupe' END;
    strata bigint[];
    dup bigint;
BEGIN
    IF links THEN
        PERFORM FROM @extschema@.dedupe_links(q || ' LIMIT 0', name_threshold, max_cluster_size, region_level,
                                              min_probability, max_block);
    ELSE
        PERFORM FROM @extschema@.dedupe(q || ' LIMIT 0', name_threshold, max_cluster_size, region_level,
                                        min_probability, max_block);
    END IF;
    IF region_level IS NOT NULL THEN
        RAISE EXCEPTION 'region_level is not supported on a distributed table'
            USING ERRCODE = 'feature_not_supported',
                  HINT = format('Call %s() with a query on the table.', caller);
    END IF;
    EXECUTE format('SELECT rec_id FROM (%s) q GROUP BY rec_id HAVING count(*) > 1 LIMIT 1', q) INTO dup;
    IF dup IS NOT NULL THEN
        RAISE EXCEPTION 'rec_id must be unique' USING ERRCODE = 'unique_violation',
            DETAIL = format('rec_id %s appears twice.', dup);
    END IF;
    RAISE DEBUG '%: columns, placement and rec_id checked at % ms', caller, round(extract(epoch FROM clock_timestamp() - t0) * 1000);

    PERFORM @extschema@.linkage_drop_work('enroll_dd_pass1', 'enroll_dd_subset');
    -- 1. per shard, on the workers
    CREATE TEMP TABLE enroll_dd_pass1 ON COMMIT DROP AS
    SELECT r.* FROM @extschema@.linkage_on_shards(ARRAY[records],
            format('SELECT @extschema@.%s(%L, %L, %s, %s, %s, %s)',
                   CASE WHEN links THEN 'linkage_dedupe_links_shard' ELSE 'linkage_dedupe_shard' END,
                   @extschema@.linkage_select('%1$s') || ' WHERE @extschema@.cnid_try(id_number::text) IS NOT NULL',
                   @extschema@.linkage_select('%1$s'), name_threshold, max_cluster_size, min_probability,
                   max_block)) AS res,
         @extschema@.linkage_result_rows(res) AS r;
    SELECT array_agg(s ORDER BY i) INTO strata FROM (
        SELECT u.i, sum(u.v)::bigint AS s
        FROM pg_temp.enroll_dd_pass1 p, unnest(p.s::bigint[]) WITH ORDINALITY u(v, i)
        WHERE p.kind = '#' GROUP BY u.i) t;
    RAISE DEBUG '%: by ID on the shards at % ms', caller, round(extract(epoch FROM clock_timestamp() - t0) * 1000);

    -- 2. the records other links can reach: the ID-less, their days, their
    --    repair candidates' holders, and the IDs of those (on the workers)
    EXECUTE format($q$CREATE TEMP TABLE enroll_dd_subset ON COMMIT DROP AS
        SELECT q.* FROM (%s) q WHERE @extschema@.cnid_try(q.id_number) IS NULL$q$, q);
    RAISE DEBUG '%: records without a valid ID fetched at % ms', caller, round(extract(epoch FROM clock_timestamp() - t0) * 1000);
    -- each shard is sent the days and its own candidates, and returns its
    -- records with a valid ID of which one record is born on such a day or
    -- holds such a candidate (an ID's records are all on its shard)
    INSERT INTO pg_temp.enroll_dd_subset
    SELECT r.* FROM @extschema@.linkage_on_shards(ARRAY[records],
            format('SELECT string_agg(@extschema@.linkage_record_line(q.rec_id, q.id_number, q.name, q.birth_date, q.sex), E''\n'')'
                   ' FROM ('
                   ' SELECT q.*, bool_or(@extschema@.linkage_day(q.id_number, q.birth_date, q.sex) = ANY(%L::bigint[])'
                   '   OR @extschema@.cnid_try(q.id_number)::text = ANY(%%2$s::text[]))'
                   '   OVER (PARTITION BY @extschema@.cnid_try(q.id_number)::text) AS enroll_reached'
                   ' FROM (%s) q WHERE @extschema@.cnid_try(q.id_number) IS NOT NULL) q WHERE q.enroll_reached',
                   (SELECT coalesce(array_agg(DISTINCT d), '{}') FROM (
                        SELECT @extschema@.linkage_day(a.id_number, a.birth_date, a.sex) AS d
                        FROM pg_temp.enroll_dd_subset a) x WHERE d IS NOT NULL),
                   @extschema@.linkage_select('%1$s')),
            2, @extschema@.linkage_ids_by_shard(records,
                   'SELECT c FROM pg_temp.enroll_dd_subset a, @extschema@.linkage_repairs(a.id_number) c')) AS res,
         @extschema@.linkage_record_rows(res) AS r;
    RAISE DEBUG '%: records they reach fetched at % ms', caller, round(extract(epoch FROM clock_timestamp() - t0) * 1000);
    RETURN strata;
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_dedupe_shards(regclass, text, boolean, real, integer, text, real, integer) IS
    'steps 1 and 2 of dedupe or dedupe_links on a distributed table: the by-ID pass on the workers and the subset the other links can reach; returns the whole table''s strata';

/*
 * dedupe_links on a table.  On a plain table (or without Citus) it is
 * dedupe_links of its query.  On a table that Citus distributes by the
 * normalised ID, as dedupe(regclass): the links of the records with a
 * valid ID per shard on the workers, those of the subset the other links
 * can reach (with the whole table's strata) on the coordinator; each
 * record's links come from the one pass that holds it.  Rows identical to
 * the single-server function, in its order (rec_a, rec_b, then the kind:
 * same_id, repaired_id, name_birth_sex).
 */
CREATE FUNCTION @extschema@.dedupe_links(
    records regclass,
    name_threshold real DEFAULT 0.85,
    max_cluster_size integer DEFAULT 20,
    region_level text DEFAULT NULL,
    min_probability real DEFAULT 0.5,
    max_block integer DEFAULT 1000)
RETURNS TABLE (rec_a bigint, rec_b bigint, reason text, score real, kept boolean, explain jsonb)
LANGUAGE plpgsql VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    q text := @extschema@.linkage_table_query(records, 'dedupe_links', 'records', region_level IS NOT NULL);
    dist name := @extschema@.linkage_distribution(records, 'dedupe_links', 'records');
    strata bigint[];
BEGIN
    IF dist IS NULL THEN
        RETURN QUERY SELECT * FROM @extschema@.dedupe_links(q, name_threshold, max_cluster_size, region_level,
                                                            min_probability, max_block);
        RETURN;
    END IF;
    strata := @extschema@.linkage_dedupe_shards(records, q, true, name_threshold, max_cluster_size,
                                                region_level, min_probability, max_block);
    RETURN QUERY
        SELECT * FROM (
            SELECT p.a, p.b, split_part(p.s, ' ', 1), p.c, p.kind = 'l',
                   CASE WHEN strpos(p.s, ' ') > 0 THEN substr(p.s, strpos(p.s, ' ') + 1)::jsonb END
            FROM pg_temp.enroll_dd_pass1 p
            WHERE p.kind IN ('l', 'x')
              AND NOT EXISTS (SELECT 1 FROM pg_temp.enroll_dd_subset s WHERE s.rec_id = p.a)
            UNION ALL
            SELECT * FROM @extschema@.dedupe_links_subset('SELECT * FROM pg_temp.enroll_dd_subset', name_threshold,
                                                          max_cluster_size, NULL, min_probability, max_block,
                                                          strata)) l(rec_a, rec_b, reason, score, kept, explain)
        ORDER BY l.rec_a, l.rec_b, array_position(ARRAY['same_id', 'repaired_id', 'name_birth_sex'], l.reason);
END
$fn$;
COMMENT ON FUNCTION @extschema@.dedupe_links(regclass, real, integer, text, real, integer) IS
    'dedupe_links() of a register table; on a table distributed by Citus on the normalised ID, the links by ID are found on each shard on the workers';
