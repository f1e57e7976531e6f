-- dedupe and dedupe_links on a table that Citus distributes by the
-- normalised ID: the steps both share (the by-ID pass per shard on the
-- workers, the name links per stratum on the workers, the coordinator's
-- round), and dedupe_links' own pieces.  dedupe(regclass) is in extension/parts/95_compare_on_tables.sql.

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
 * The stratum (sex and birth decade) whose round of the distributed dedupe
 * makes a record's name links; with previous, the stratum of the day
 * before when that is another one (the record is then the null sample of
 * that stratum's last day), else NULL.  NULL without a day.
 */
CREATE FUNCTION @extschema@.linkage_stratum(id_number text, birth_date date, sex smallint, previous boolean)
RETURNS integer
AS 'MODULE_PATHNAME', 'linkage_stratum'
LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.linkage_stratum(text, date, smallint, boolean) IS
    'the stratum (sex x birth decade) whose round of the distributed dedupe links a record; with previous, the stratum of the day before when it is another (NULL otherwise)';

CREATE FUNCTION @extschema@.linkage_dedupe_stratum_add(internal, bigint, text, text, date, smallint,
                                                       integer, real, integer, bigint[])
RETURNS internal
AS 'MODULE_PATHNAME', 'linkage_dedupe_stratum_add'
LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.linkage_dedupe_stratum_add(internal, bigint, text, text, date, smallint, integer, real, integer, bigint[]) IS
    'transition function of linkage_dedupe_stratum: one record';

CREATE FUNCTION @extschema@.linkage_dedupe_stratum_final(internal)
RETURNS text
AS 'MODULE_PATHNAME', 'linkage_dedupe_stratum_final'
LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.linkage_dedupe_stratum_final(internal) IS
    'final function of linkage_dedupe_stratum: the stratum''s name links and counts, as lines';

/*
 * The round of the distributed dedupe on the workers, one stratum a group
 * (src/dedupe.c): its records without a valid ID linked by name as on one
 * server; lines (linkage_result_rows) of the links (n0, n1, n2: the level
 * of name agreement; rec_a, rec_b, chance and rec_b's valid ID, score),
 * the records skipped (s), the largest blocks and same-day groups too
 * large (g, G), and the counts the probabilities need (S).
 */
CREATE AGGREGATE @extschema@.linkage_dedupe_stratum(rec_id bigint, id_number text, name text, birth_date date,
                                                    sex smallint, stratum integer, name_threshold real,
                                                    max_block integer, strata bigint[]) (
    SFUNC = @extschema@.linkage_dedupe_stratum_add,
    STYPE = internal,
    FINALFUNC = @extschema@.linkage_dedupe_stratum_final,
    FINALFUNC_MODIFY = READ_WRITE,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.linkage_dedupe_stratum(bigint, text, text, date, smallint, integer, real, integer, bigint[]) IS
    'the round of the distributed dedupe on a worker: the name links of one stratum''s records without a valid ID, with the counts, as lines';

/*
 * The round of the distributed dedupe on the coordinator: the records
 * without a valid ID and those of the valid IDs the links reach or the
 * repairs propose (records_sql), the name links of the rounds on the
 * workers (links_sql: rec_a, rec_b, level, sim, chance), their counts
 * summed (sums) and the records they skipped; the links by ID and
 * repaired ID, the probabilities, guards and clusters as on one server,
 * and those records' rows.  dedupe_links_resolve: their links.
 */
CREATE FUNCTION @extschema@.dedupe_resolve(records_sql text, links_sql text, name_threshold real,
                                           max_cluster_size integer, min_probability real, max_block integer,
                                           sums bigint[], skipped bigint[])
RETURNS TABLE (rec_id bigint, cluster_id bigint, score real, reason text)
AS 'MODULE_PATHNAME', 'dedupe_resolve_records'
-- runs the caller's queries
LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.dedupe_resolve(text, text, real, integer, real, integer, bigint[], bigint[]) IS
    'the coordinator''s round of dedupe on a distributed table: the name links found on the workers, with the links by ID and repaired ID, through the probabilities, guards and clusters';

CREATE FUNCTION @extschema@.dedupe_links_resolve(records_sql text, links_sql text, name_threshold real,
                                                 max_cluster_size integer, min_probability real, max_block integer,
                                                 sums bigint[], skipped bigint[])
RETURNS TABLE (rec_a bigint, rec_b bigint, reason text, score real, kept boolean, explain jsonb)
AS 'MODULE_PATHNAME', 'dedupe_resolve_records'
LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.dedupe_links_resolve(text, text, real, integer, real, integer, bigint[], bigint[]) IS
    'the coordinator''s round of dedupe_links on a distributed table: the links of the records the name links and repairs reach';

/* dedupe's WARNING for blocks (by_day: same-day groups) too large, in C (src/dedupe.c) */
CREATE FUNCTION @extschema@.linkage_dedupe_giant_report(caller text, by_day boolean, blocks bigint, max_block integer,
                                                        largest text)
RETURNS void
AS 'MODULE_PATHNAME', 'linkage_dedupe_giant_report'
LANGUAGE C VOLATILE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.linkage_dedupe_giant_report(text, boolean, bigint, integer, text) IS
    'raises dedupe''s WARNING for blocks (by_day: same-day groups) of more than max_block records, the largest described';

/*
 * The WARNINGs of the distributed dedupe for the blocks and same-day
 * groups too large that the rounds on the workers noted (the g and G
 * lines of pg_temp.enroll_dd_round1; their numbers in sums), raised by the
 * single-server function's own code (linkage_dedupe_giant_report).  Of
 * blocks of one size, the three named are the first by their description.
 */
CREATE FUNCTION @extschema@.linkage_dedupe_giant_warning(caller text, max_block integer, sums bigint[])
RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    n bigint;
    largest text;
BEGIN
    FOR k IN 0..1 LOOP
        n := coalesce(sums[18 + 2 * k], 0);
        CONTINUE WHEN n = 0;
        SELECT string_agg(s, '; ' ORDER BY a DESC, s) INTO largest FROM (
            SELECT r.a, r.s FROM pg_temp.enroll_dd_round1 r WHERE r.kind = CASE k WHEN 0 THEN 'g' ELSE 'G' END
            ORDER BY r.a DESC, r.s LIMIT 3) t;
        PERFORM @extschema@.linkage_dedupe_giant_report(caller, k = 1, n, max_block, largest);
    END LOOP;
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_dedupe_giant_warning(text, integer, bigint[]) IS
    'raises the WARNINGs of the distributed dedupe for blocks and same-day groups too large to compare';

/*
 * dedupe (links false) or dedupe_links (true) on a table distributed by
 * the normalised ID (q its query), up to the coordinator's round: the
 * arguments and rec_id checked as the single-server function checks them;
 *   1. per shard, on the workers: the records with a valid ID (their rows
 *      or links; an ID's records are all on its shard) and the shard's
 *      strata, into pg_temp.enroll_dd_pass1;
 *   2. the records without a valid ID fetched (pg_temp.enroll_dd_subset);
 *   3. every record of their birth days (and sex) moved by Citus to a
 *      work table distributed by stratum (sex and birth decade), so that a
 *      stratum's blocks, same-day groups and name frequencies are whole
 *      on one shard, with the first day of the next stratum (the null
 *      sample of its last day); the aggregate linkage_dedupe_stratum makes
 *      each stratum's name links on the workers, into
 *      pg_temp.enroll_dd_round1 (and pg_temp.enroll_dd_links);
 *   4. the records of the valid IDs those links reach and of the repair
 *      candidates of the broken IDs, fetched from their shards into
 *      pg_temp.enroll_dd_subset.
 * Returns the counts of the rounds, summed (sums of integers: the same in
 * any order).
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
    sums bigint[];
    days bigint[];
    dup bigint;
    work text;
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

    PERFORM @extschema@.linkage_drop_work('enroll_dd_pass1', 'enroll_dd_subset', 'enroll_dd_round1', 'enroll_dd_links');
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

    -- 2. the records without a valid ID
    EXECUTE format($q$CREATE TEMP TABLE enroll_dd_subset ON COMMIT DROP AS
        SELECT q.* FROM (%s) q WHERE @extschema@.cnid_try(q.id_number) IS NULL$q$, q);
    SELECT coalesce(array_agg(DISTINCT d), '{}') INTO days FROM (
        SELECT @extschema@.linkage_day(a.id_number, a.birth_date, a.sex) AS d FROM pg_temp.enroll_dd_subset a) x
    WHERE d IS NOT NULL;
    RAISE DEBUG '%: % records without a valid ID fetched at % ms', caller,
        (SELECT count(*) FROM pg_temp.enroll_dd_subset), round(extract(epoch FROM clock_timestamp() - t0) * 1000);

    -- 3. their days, by stratum, on the workers
    work := @extschema@.linkage_work_table((SELECT c.relnamespace::regnamespace::name FROM pg_class c WHERE c.oid = records),
                'dd', 'stratum integer, rec_id bigint, id_number text, name text, birth_date date, sex smallint',
                'stratum', 'none', 2 * @extschema@.linkage_worker_count(records));
    -- two statements (Citus pushes down no subquery without FROM, which
    -- would make both rows of a record in one): the stratum's days, then
    -- the first day of the next stratum when the day before is wanted
    EXECUTE format($q$INSERT INTO %1$s
        SELECT @extschema@.linkage_stratum(q.id_number, q.birth_date, q.sex, false), q.*
        FROM (%2$s) q WHERE @extschema@.linkage_day(q.id_number, q.birth_date, q.sex) = ANY(%3$L::bigint[])$q$,
        work, q, days);
    EXECUTE format($q$INSERT INTO %1$s
        SELECT @extschema@.linkage_stratum(q.id_number, q.birth_date, q.sex, true), q.*
        FROM (%2$s) q WHERE @extschema@.linkage_day(q.id_number, q.birth_date, q.sex) - 4 = ANY(%3$L::bigint[])
                        AND @extschema@.linkage_stratum(q.id_number, q.birth_date, q.sex, true) IS NOT NULL$q$,
        work, q, days);
    RAISE DEBUG '%: records of their days moved to their stratum''s shard at % ms', caller, round(extract(epoch FROM clock_timestamp() - t0) * 1000);
    EXECUTE format($q$CREATE TEMP TABLE enroll_dd_round1 ON COMMIT DROP AS
        SELECT r.* FROM (
            SELECT w.stratum, @extschema@.linkage_dedupe_stratum(w.rec_id, w.id_number, w.name, w.birth_date, w.sex,
                                                                 w.stratum, %2$L::real, %3$s, %4$L::bigint[]) AS res
            FROM %1$s w GROUP BY w.stratum) t,
        @extschema@.linkage_result_rows(t.res) r$q$, work, name_threshold, max_block, strata);
    EXECUTE format('DROP TABLE %s', work);
    CREATE TEMP TABLE enroll_dd_links ON COMMIT DROP AS
    SELECT r.a AS rec_a, r.b AS rec_b, substr(r.kind, 2)::integer AS level, r.c AS sim,
           split_part(r.s, ' ', 1)::real AS chance, nullif(split_part(r.s, ' ', 2), '-') AS b_id
    FROM pg_temp.enroll_dd_round1 r WHERE r.kind LIKE 'n%';
    SELECT array_agg(s ORDER BY i) INTO sums FROM (
        SELECT u.i, sum(u.v)::bigint AS s
        FROM pg_temp.enroll_dd_round1 p, unnest(p.s::bigint[]) WITH ORDINALITY u(v, i)
        WHERE p.kind = 'S' GROUP BY u.i) t;
    RAISE DEBUG '%: % name links made on the workers at % ms', caller,
        (SELECT count(*) FROM pg_temp.enroll_dd_links), round(extract(epoch FROM clock_timestamp() - t0) * 1000);
    PERFORM @extschema@.linkage_dedupe_giant_warning(caller, max_block, sums);

    -- 4. the records of the valid IDs the links reach and of the repair
    --    candidates, from their shards (each shard is sent its own IDs)
    INSERT INTO pg_temp.enroll_dd_subset
    SELECT r.* FROM @extschema@.linkage_on_shards(ARRAY[records],
            format('SELECT string_agg(@extschema@.linkage_record_line(q.rec_id, q.id_number, q.name, q.birth_date, q.sex), E''\n'')'
                   ' FROM (%s) q WHERE @extschema@.cnid_try(q.id_number)::text = ANY(%%2$s::text[])',
                   @extschema@.linkage_select('%1$s')),
            2, @extschema@.linkage_ids_by_shard(records,
                   'SELECT l.b_id::@extschema@.cnid FROM pg_temp.enroll_dd_links l WHERE l.b_id IS NOT NULL
                    UNION SELECT c FROM pg_temp.enroll_dd_subset a, @extschema@.linkage_repairs(a.id_number) c')) AS res,
         @extschema@.linkage_record_rows(res) AS r;
    RAISE DEBUG '%: % records for the coordinator''s round at % ms', caller,
        (SELECT count(*) FROM pg_temp.enroll_dd_subset), round(extract(epoch FROM clock_timestamp() - t0) * 1000);
    RETURN sums;
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_dedupe_shards(regclass, text, boolean, real, integer, text, real, integer) IS
    'dedupe or dedupe_links on a distributed table up to the coordinator''s round: the by-ID pass and the name links on the workers, the records the links and repairs reach; returns the rounds'' counts';

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
    sums bigint[];
BEGIN
    IF dist IS NULL THEN
        RETURN QUERY SELECT * FROM @extschema@.dedupe_links(q, name_threshold, max_cluster_size, region_level,
                                                            min_probability, max_block);
        RETURN;
    END IF;
    sums := @extschema@.linkage_dedupe_shards(records, q, true, name_threshold, max_cluster_size,
                                              region_level, min_probability, max_block);
    RETURN QUERY
        SELECT * FROM (
            SELECT p.a, p.b, split_part(p.s, ' ', 1), p.c, p.kind = 'l',
                   CASE WHEN strpos(p.s, ' ') > 0 THEN substr(p.s, strpos(p.s, ' ') + 1)::jsonb END
            FROM pg_temp.enroll_dd_pass1 p
            WHERE p.kind IN ('l', 'x')
              AND NOT EXISTS (SELECT 1 FROM pg_temp.enroll_dd_subset s WHERE s.rec_id = p.a)
            UNION ALL
            SELECT * FROM @extschema@.dedupe_links_resolve('SELECT * FROM pg_temp.enroll_dd_subset',
                              'SELECT rec_a, rec_b, level, sim, chance FROM pg_temp.enroll_dd_links',
                              name_threshold, max_cluster_size, min_probability, max_block, sums,
                              (SELECT array_agg(r.a) FROM pg_temp.enroll_dd_round1 r WHERE r.kind = 's'))
            ) l(rec_a, rec_b, reason, score, kept, explain)
        ORDER BY l.rec_a, l.rec_b, array_position(ARRAY['same_id', 'repaired_id', 'name_birth_sex'], l.reason);
END
$fn$;
COMMENT ON FUNCTION @extschema@.dedupe_links(regclass, real, integer, text, real, integer) IS
    'dedupe_links() of a register table; on a table distributed by Citus on the normalised ID, the links by ID are found on each shard on the workers';
