-- Linkage on a table, plain or distributed by Citus: compare_registers(regclass,
-- regclass), dedupe(regclass) and their building blocks (doc/reference-linkage.md,
-- "On a table, plain or distributed").  The query forms are in 95_compare.sql.

/*
 * Building blocks of the distributed forms (doc/reference-linkage.md,
 * "On a table, plain or distributed").  dedupe_strata counts, per sex and
 * birth decade, the records dedupe weighs name frequencies against (the
 * distributed dedupe's rounds on the workers take the whole register's in
 * place of their own); linkage_repairs gives the repair candidates a broken ID is
 * compared with, so that the records holding them can be fetched.
 */
CREATE FUNCTION @extschema@.dedupe_strata(records_sql text)
RETURNS bigint[]
AS 'MODULE_PATHNAME', 'dedupe_strata'
-- runs the caller's query
LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.dedupe_strata(text) IS
    'per sex (unknown, 1, 2, other) and birth decade from the 1850s (32), the records with a name, birth date and sex: the counts dedupe weighs name frequencies against';

CREATE FUNCTION @extschema@.linkage_repairs(id_number text)
RETURNS SETOF @extschema@.cnid
AS 'MODULE_PATHNAME', 'linkage_repairs'
LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.linkage_repairs(text) IS
    'the one-edit repair candidates compare_registers and dedupe compare a broken ID with (none for a valid or empty ID)';

/* the agreed columns of a register, read from src (a table or a shard) */
CREATE FUNCTION @extschema@.linkage_select(src text, with_region boolean DEFAULT false)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
    SELECT format('SELECT rec_id::bigint AS rec_id, id_number::text AS id_number, name::text AS name, '
                  'birth_date::date AS birth_date, sex::smallint AS sex%s FROM %s',
                  CASE WHEN with_region THEN ', region::bigint AS region' ELSE '' END, src)
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_select(text, boolean) IS
    'the query of the agreed register columns (rec_id, id_number, name, birth_date, sex[, region]) from a table or shard, cast to their types';

/*
 * The query of a register table with the agreed columns, checked by name
 * and type as the query forms check theirs (errors name the caller and the
 * argument).
 */
CREATE FUNCTION @extschema@.linkage_table_query(tbl regclass, caller text, param text,
                                                with_region boolean DEFAULT false)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    IF tbl IS NULL THEN
        RAISE EXCEPTION '% must not be null', param USING ERRCODE = 'null_value_not_allowed';
    END IF;
    PERFORM @extschema@.query_columns_check(format('SELECT * FROM %s', tbl), caller, param,
        ARRAY['rec_id', 'id_number', 'name', 'birth_date', 'sex']
            || CASE WHEN with_region THEN ARRAY['region'] ELSE '{}'::text[] END,
        ARRAY['bigint', 'text', 'text', 'date', 'smallint']::regtype[]
            || CASE WHEN with_region THEN ARRAY['bigint'::regtype] ELSE '{}'::regtype[] END);
    RETURN @extschema@.linkage_select(tbl::text, with_region);
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_table_query(regclass, text, text, boolean) IS
    'the query of a register table (rec_id, id_number, name, birth_date, sex[, region]) after checking its columns by name and type';

/*
 * The distribution column of a table that Citus distributes by hash, or
 * NULL for any other table (no Citus, a local or reference table).  The
 * linkage runs per shard only if every record with a valid ID is placed by
 * it: the column is of type cnid and holds cnid_try(id_number) wherever
 * that is not NULL (checked, on the workers).  Records without a valid ID
 * may hold any value.
 */
CREATE FUNCTION @extschema@.linkage_distribution(tbl regclass, caller text, param text)
RETURNS name
LANGUAGE plpgsql STABLE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    col name;
    typ regtype;
    bad bigint;
BEGIN
    IF to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE $q$SELECT column_to_column_name(logicalrelid, partkey) FROM pg_catalog.pg_dist_partition
               WHERE logicalrelid = $1 AND partmethod = 'h'$q$ INTO col USING tbl;
    IF col IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT a.atttypid::regtype INTO typ FROM pg_attribute a WHERE a.attrelid = tbl AND a.attname = col;
    IF typ IS DISTINCT FROM '@extschema@.cnid'::regtype THEN
        RAISE EXCEPTION 'distribution column % of % has type %, expected cnid', col, tbl, typ
            USING ERRCODE = 'datatype_mismatch',
                  HINT = 'Distribute the register by the normalised ID: a cnid column holding cnid_try(id_number).';
    END IF;
    EXECUTE format($q$SELECT rec_id::bigint FROM %1$s
                      WHERE @extschema@.cnid_try(id_number::text)::text <> %2$I::text LIMIT 1$q$,
                   tbl, col) INTO bad;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'records of % are not placed by their ID', tbl
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('Record %s has a valid ID that its distribution column %I does not hold.', bad, col),
                  HINT = format('Set %I to cnid_try(id_number) wherever it is not NULL.', col);
    END IF;
    RETURN col;
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_distribution(regclass, text, text) IS
    'the distribution column of a register table that Citus distributes by hash on its normalised ID (checked), or NULL for a table that is not';

/*
 * A command per shard of tbls[1], run on the worker holding it, in
 * parallel (Citus' master_run_on_worker, on connections of its own: the
 * tables must be committed).  %1$s, %2$s, … in command are the co-located
 * shards of tbls[1], tbls[2], …; the next one is the shard's value in
 * shard_args (keyed by the shard's smallest hash, pg_dist_shard's
 * shardminvalue), or NULL.  The shards of a worker are run in at most
 * per_worker sessions, one after the other in each (a session costs a
 * connection and loading the libraries; per_worker up to the worker's
 * cores).  Returns each session's results, newline-separated; a command
 * that failed is an error with the worker's message.
 */
CREATE FUNCTION @extschema@.linkage_on_shards(tbls regclass[], command text, per_worker integer DEFAULT 2,
                                              shard_args jsonb DEFAULT NULL)
RETURNS SETOF text
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    nodes text[];
    ports int[];
    commands text[];
BEGIN
    IF per_worker IS NULL OR per_worker < 1 THEN
        RAISE EXCEPTION 'per_worker must be at least 1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE $q$
        WITH s AS (
            SELECT d.logicalrelid, d.shardid, d.shardminvalue,
                   quote_ident(n.nspname) || '.' || quote_ident(c.relname || '_' || d.shardid) AS sname
            FROM pg_catalog.pg_dist_shard d
            JOIN pg_catalog.pg_class c ON c.oid = d.logicalrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE d.logicalrelid = ANY($1)),
        g AS (
            SELECT f.shardid, array_agg(s.sname ORDER BY array_position($1, s.logicalrelid))
                                  || coalesce($4 ->> f.shardminvalue, 'NULL') AS names
            FROM s f JOIN s ON s.shardminvalue = f.shardminvalue
            WHERE f.logicalrelid = $1[1]
            GROUP BY f.shardid, f.shardminvalue),
        c AS (
            SELECT p.nodename, p.nodeport, format($2, VARIADIC g.names) AS cmd,
                   row_number() OVER (PARTITION BY p.nodename, p.nodeport ORDER BY g.shardid) % $3 AS session
            FROM g JOIN pg_catalog.pg_dist_shard_placement p ON p.shardid = g.shardid AND p.shardstate = 1)
        SELECT array_agg(nodename), array_agg(nodeport),
               array_agg('SELECT concat_ws(E''\n'', ' || cmds || ')')
        FROM (SELECT nodename, nodeport, string_agg('(' || cmd || ')', ', ') AS cmds
              FROM c GROUP BY nodename, nodeport, session) t $q$
        INTO nodes, ports, commands USING tbls, command, per_worker, shard_args;
    RETURN QUERY EXECUTE $q$
        SELECT CASE WHEN r.success THEN r.result
                    ELSE @extschema@.linkage_shard_failed(r.node_name, r.node_port, r.result) END
        FROM master_run_on_worker($1, $2, $3, true) r $q$
        USING nodes, ports, commands;
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_on_shards(regclass[], text, integer, jsonb) IS
    'runs a one-value command on every shard group of co-located tables, on the workers, in parallel sessions; returns each session''s values, newline-separated';

/*
 * IDs (the cnid column of ids_sql) grouped by the shard of tbl that holds
 * them (Citus' worker_hash against the shards' hash ranges), as
 * linkage_on_shards' shard_args: each shard's as an array literal.
 */
CREATE FUNCTION @extschema@.linkage_ids_by_shard(tbl regclass, ids_sql text)
RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    res jsonb;
BEGIN
    -- the shard of a hash: the last range starting at or below it (width_bucket's binary search)
    EXECUTE format($q$
        WITH r AS (
            SELECT array_agg(d.shardminvalue::int ORDER BY d.shardminvalue::int) AS mins
            FROM pg_catalog.pg_dist_shard d WHERE d.logicalrelid = $1)
        SELECT jsonb_object_agg(r.mins[t.bucket]::text, quote_literal(t.ids::text)) FROM r, (
            SELECT width_bucket(worker_hash(x.c), r.mins) AS bucket, array_agg(DISTINCT x.c::text) AS ids
            FROM r, (%s) x(c)
            -- a candidate that is not a valid ID (the search by check sum
            -- does not check the region) is held by nobody
            WHERE @extschema@.cnid_valid(x.c::text)
            GROUP BY 1) t $q$, ids_sql)
        INTO res USING tbl;
    RETURN res;
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_ids_by_shard(regclass, text) IS
    'the IDs of a query grouped by the shard of a distributed table that holds them, as array literals keyed by the shard''s smallest hash';

CREATE FUNCTION @extschema@.linkage_shard_failed(node text, port integer, message text)
RETURNS text
LANGUAGE plpgsql VOLATILE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    RAISE EXCEPTION 'a shard''s linkage failed on worker %:%', node, port
        USING ERRCODE = 'external_routine_exception', DETAIL = message;
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_shard_failed(text, integer, text) IS
    'raises the error of a shard''s command that failed on a worker';

/*
 * The workers' results travel as text, one row a line, fields separated by
 * tabs, text escaped as in COPY's text format (linkage_field); parsed on
 * the coordinator in C.
 */
CREATE FUNCTION @extschema@.linkage_result_rows(lines text)
RETURNS TABLE (kind text, a bigint, b bigint, s text, c real)
AS 'MODULE_PATHNAME', 'linkage_rows'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.linkage_result_rows(text) IS
    'the rows (kind, a, b, s, c) of a shard''s by-ID pass, from its lines of tab-separated fields';

CREATE FUNCTION @extschema@.linkage_record_rows(lines text)
RETURNS TABLE (rec_id bigint, id_number text, name text, birth_date date, sex smallint)
AS 'MODULE_PATHNAME', 'linkage_rows'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.linkage_record_rows(text) IS
    'the records a shard returned for a second pass, from its lines of tab-separated fields (birth date as days from 2000-01-01)';

/* a field of such a line: \N for NULL, else the text with \, tab and newline escaped */
CREATE FUNCTION @extschema@.linkage_field(v text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
-- an SQL-standard body: bound when created, and inlined into the workers' queries
RETURN CASE WHEN v IS NULL THEN '\N'
            ELSE pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(v, '\', '\\'), E'\t', '\t'), E'\n', '\n') END;
COMMENT ON FUNCTION @extschema@.linkage_field(text) IS
    'a text as a field of a linkage transport line: \N for NULL, backslash, tab and newline escaped';

/* a record as such a line */
CREATE FUNCTION @extschema@.linkage_record_line(rec_id bigint, id_number text, name text, birth_date date, sex smallint)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN rec_id::text || E'\t' || @extschema@.linkage_field(id_number) || E'\t' || @extschema@.linkage_field(name)
       || E'\t' || CASE WHEN birth_date IS NULL THEN '\N'
                         WHEN pg_catalog.isfinite(birth_date) THEN (birth_date - DATE '2000-01-01')::text
                         WHEN birth_date > DATE '2000-01-01' THEN '2147483647' ELSE '-2147483648' END
       || E'\t' || coalesce(sex::text, '\N');
COMMENT ON FUNCTION @extschema@.linkage_record_line(bigint, text, text, date, smallint) IS
    'a linkage record as a transport line (tab-separated, text escaped, birth date as days from 2000-01-01)';

/* the work tables of an earlier call in this transaction */
CREATE FUNCTION @extschema@.linkage_drop_work(VARIADIC work_tables text[])
RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY work_tables LOOP
        IF to_regclass('pg_temp.' || quote_ident(t)) IS NOT NULL THEN
            EXECUTE format('DROP TABLE pg_temp.%I', t);
        END IF;
    END LOOP;
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_drop_work(text[]) IS
    'drops the temporary work tables of an earlier linkage call in the same transaction';

/*
 * compare_registers on one co-located pair of shards (run on the worker by
 * compare_registers(regclass, regclass)): the insured records with a valid
 * ID against the shard's household persons.  Lines (linkage_result_rows)
 * of kind, insured_rec, household_rec, status, score: kind k, a record
 * found by ID (its row is final); f, a record not found by ID (for the
 * second pass); u, a household person that no record found by ID resolves
 * to.
 */
CREATE FUNCTION @extschema@.linkage_compare_shard(insured_sql text, household_sql text,
                                                  name_threshold real, max_block integer)
RETURNS text
LANGUAGE sql VOLATILE PARALLEL UNSAFE
-- scores as text that reads back exactly, whatever the worker's setting
SET search_path = pg_catalog, pg_temp
SET extra_float_digits = 1
AS $fn$
    WITH r AS MATERIALIZED (
        SELECT * FROM @extschema@.compare_registers(insured_sql, household_sql, name_threshold, max_block)),
    kept AS (
        SELECT * FROM r WHERE insured_rec IS NOT NULL AND status IN ('name_mismatch', 'matched'))
    SELECT string_agg(line, E'\n') FROM (
        SELECT 'k' || E'\t' || insured_rec || E'\t' || coalesce(household_rec::text, '\N')
               || E'\t' || status || E'\t' || score AS line
        FROM kept
        UNION ALL
        SELECT 'f' || E'\t' || insured_rec || E'\t\\N\t\\N\t\\N' FROM r WHERE status = 'id_not_found'
        UNION ALL
        SELECT 'u' || E'\t\\N\t' || u.hh || E'\t\\N\t\\N' FROM (
            SELECT household_rec AS hh FROM r WHERE insured_rec IS NULL
            UNION
            SELECT household_rec FROM r WHERE status = 'id_not_found' AND household_rec IS NOT NULL
            EXCEPT
            SELECT household_rec FROM kept WHERE household_rec IS NOT NULL) u) l
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_compare_shard(text, text, real, integer) IS
    'the by-ID pass of compare_registers on one shard of a distributed register, as lines for the coordinator';

/*
 * compare_registers on tables.  On plain tables (or without Citus) it is
 * compare_registers of their queries.  On tables that Citus distributes by
 * the normalised ID, co-located, everything runs on the workers: the
 * records found by ID are resolved on each shard, in parallel; the others
 * (a broken or missing ID, an ID no household person holds) in a second
 * pass on work tables that Citus distributes by the key of each step (the
 * repair candidate, co-located with the household register; the block of
 * name key, birth date and sex), so that every pair meets on one shard
 * (extension/parts/95_compare_pass2.sql); the coordinator combines one
 * short row per record.  A household person nobody resolves to in either
 * pass is uninsured.  Rows identical to the single-server function.  On a
 * distributed table the insured rec_id must be unique among the records
 * not found by ID (the second pass is keyed by it), and the caller needs
 * CREATE on the household table's schema (the work tables, dropped at the
 * end, live there).
 */
CREATE FUNCTION @extschema@.compare_registers(
    insured regclass,
    household regclass,
    name_threshold real DEFAULT 0.85,
    max_block integer DEFAULT 1000)
RETURNS TABLE (insured_rec bigint, household_rec bigint, status text, score real)
LANGUAGE plpgsql VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    t0 timestamptz := clock_timestamp();
    iq text := @extschema@.linkage_table_query(insured, 'compare_registers', 'insured');
    hq text := @extschema@.linkage_table_query(household, 'compare_registers', 'household');
    idist name := @extschema@.linkage_distribution(insured, 'compare_registers', 'insured');
    hdist name := @extschema@.linkage_distribution(household, 'compare_registers', 'household');
    ws name;
    dup bigint;
BEGIN
    IF idist IS NULL AND hdist IS NULL THEN
        RETURN QUERY SELECT * FROM @extschema@.compare_registers(iq, hq, name_threshold, max_block);
        RETURN;
    END IF;
    PERFORM @extschema@.linkage_colocated(insured, household, idist, hdist, 'compare_registers');
    -- the arguments checked as the single-server function checks them
    PERFORM FROM @extschema@.compare_registers(iq || ' LIMIT 0', hq || ' LIMIT 0', name_threshold, max_block);
    RAISE DEBUG '%: columns and placement checked at % ms', 'compare_registers', round(extract(epoch FROM clock_timestamp() - t0) * 1000);

    PERFORM @extschema@.linkage_drop_work('enroll_cr_pass1', 'enroll_cr_x', 'enroll_cr_rep', 'enroll_cr_names', 'enroll_cr_pass2');
    -- pass 1, per shard on the workers
    CREATE TEMP TABLE enroll_cr_pass1 ON COMMIT DROP AS
    SELECT r.kind AS k, r.a AS i, r.b AS h, r.s, r.c
    FROM @extschema@.linkage_on_shards(ARRAY[insured, household],
            format('SELECT @extschema@.linkage_compare_shard(%L, %L, %s, %s)',
                   @extschema@.linkage_select('%1$s') || ' WHERE @extschema@.cnid_try(id_number::text) IS NOT NULL',
                   @extschema@.linkage_select('%2$s'), name_threshold, max_block)) AS res,
         @extschema@.linkage_result_rows(res) AS r;
    RAISE DEBUG '%: by ID on the shards at % ms', 'compare_registers', round(extract(epoch FROM clock_timestamp() - t0) * 1000);

    -- pass 2, on the workers: the records not found by ID, by repaired ID
    -- and by name block, each step on work tables that Citus distributes
    -- by its key (extension/parts/95_compare_pass2.sql); the coordinator
    -- gets a short row per record
    SELECT n.nspname INTO ws FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = household;
    EXECUTE format($q$CREATE TEMP TABLE enroll_cr_x ON COMMIT DROP AS
        SELECT q.rec_id, 'id_invalid'::text AS status FROM (%s) q WHERE @extschema@.cnid_try(q.id_number) IS NULL
        UNION ALL
        SELECT p.i, 'id_not_found' FROM pg_temp.enroll_cr_pass1 p WHERE p.k = 'f'$q$, iq);
    -- its results are keyed by the insured rec_id
    SELECT x.rec_id INTO dup FROM pg_temp.enroll_cr_x x GROUP BY x.rec_id HAVING count(*) > 1 LIMIT 1;
    IF dup IS NOT NULL THEN
        RAISE EXCEPTION 'rec_id of insured must be unique on a distributed table' USING ERRCODE = 'unique_violation',
            DETAIL = format('rec_id %s appears twice among the records not found by ID.', dup);
    END IF;
    CREATE TEMP TABLE enroll_cr_rep ON COMMIT DROP AS
    SELECT r.rec_id, bool_or(r.giant) AS giant, min(r.lo) AS lo, max(r.hi) AS hi, max(r.sim) AS sim
    FROM @extschema@.linkage_compare_repairs(insured, household, hdist, ws, name_threshold, max_block) r
    GROUP BY r.rec_id
    HAVING bool_or(r.giant) OR count(r.lo) > 0;
    RAISE DEBUG '%: repairs on the workers at % ms', 'compare_registers', round(extract(epoch FROM clock_timestamp() - t0) * 1000);
    CREATE TEMP TABLE enroll_cr_names ON COMMIT DROP AS
    SELECT * FROM @extschema@.linkage_compare_names(insured, household, idist, hdist, ws, name_threshold, max_block);
    RAISE DEBUG '%: name blocks on the workers at % ms', 'compare_registers', round(extract(epoch FROM clock_timestamp() - t0) * 1000);
    PERFORM @extschema@.linkage_compare_giant_warning(max_block);
    CREATE TEMP TABLE enroll_cr_pass2 ON COMMIT DROP AS
        SELECT x.rec_id AS insured_rec,
               CASE WHEN r.rec_id IS NOT NULL THEN CASE WHEN NOT r.giant AND r.lo = r.hi THEN r.lo END
                    WHEN NOT nm.giant AND nm.n = 1 THEN nm.best END AS household_rec,
               x.status,
               (CASE WHEN r.rec_id IS NOT NULL THEN CASE WHEN NOT r.giant AND r.lo = r.hi THEN 0.9::float8 * r.sim ELSE 0 END
                     WHEN NOT nm.giant AND nm.n = 1 THEN 0.9::float8 * nm.sim ELSE 0 END)::real AS score
        FROM pg_temp.enroll_cr_x x
        LEFT JOIN pg_temp.enroll_cr_rep r ON r.rec_id = x.rec_id
        LEFT JOIN pg_temp.enroll_cr_names nm ON nm.rec_id = x.rec_id;
    RAISE DEBUG '%: second pass at % ms', 'compare_registers', round(extract(epoch FROM clock_timestamp() - t0) * 1000);

    RETURN QUERY
        SELECT p.i, p.h, p.s, p.c FROM pg_temp.enroll_cr_pass1 p WHERE p.k = 'k'
        UNION ALL
        SELECT * FROM pg_temp.enroll_cr_pass2
        UNION ALL
        SELECT NULL::bigint, u.hh, 'uninsured', 1.0::real
        FROM (SELECT DISTINCT p.h AS hh FROM pg_temp.enroll_cr_pass1 p WHERE p.k = 'u') u
        WHERE NOT EXISTS (SELECT 1 FROM pg_temp.enroll_cr_pass2 r WHERE r.household_rec = u.hh);
END
$fn$;
COMMENT ON FUNCTION @extschema@.compare_registers(regclass, regclass, real, integer) IS
    'compare_registers() of two register tables; on tables distributed by Citus on the normalised ID, both passes run on the workers';

/* two distributed register tables must be co-located (their IDs on the same workers) */
CREATE FUNCTION @extschema@.linkage_colocated(a regclass, b regclass, adist name, bdist name, caller text)
RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    same boolean;
BEGIN
    IF adist IS NULL OR bdist IS NULL THEN
        RAISE EXCEPTION '% is distributed and % is not', CASE WHEN adist IS NULL THEN b ELSE a END,
                        CASE WHEN adist IS NULL THEN a ELSE b END
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Distribute both by their normalised ID, co-located, or neither.';
    END IF;
    EXECUTE 'SELECT pg_catalog.distributed_tables_colocated($1, $2)' INTO same USING a, b;
    IF NOT same THEN
        RAISE EXCEPTION '% and % are not co-located', a, b
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Distribute the second with colocate_with => the first.';
    END IF;
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_colocated(regclass, regclass, name, name, text) IS
    'raises an error unless two register tables are both distributed and co-located';

/*
 * dedupe on one shard (run on the worker by dedupe(regclass)): its records
 * with a valid ID, whose links there are all same_id ones, as lines
 * (linkage_result_rows) of d, rec_id, cluster_id, reason, score; then a
 * line of # and the shard's strata (dedupe_strata) over all its records.
 */
CREATE FUNCTION @extschema@.linkage_dedupe_shard(valid_sql text, records_sql text, name_threshold real,
                                                 max_cluster_size integer, min_probability real,
                                                 max_block integer)
RETURNS text
LANGUAGE sql VOLATILE PARALLEL UNSAFE
-- scores as text that reads back exactly, whatever the worker's setting
SET search_path = pg_catalog, pg_temp
SET extra_float_digits = 1
AS $fn$
    SELECT concat_ws(E'\n',
        (SELECT string_agg('d' || E'\t' || d.rec_id || E'\t' || d.cluster_id || E'\t' || d.reason
                           || E'\t' || d.score, E'\n')
         FROM @extschema@.dedupe(valid_sql, name_threshold, max_cluster_size, NULL, min_probability, max_block) d),
        '#' || E'\t\\N\t\\N\t' || @extschema@.dedupe_strata(records_sql)::text || E'\t\\N')
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_dedupe_shard(text, text, real, integer, real, integer) IS
    'the by-ID pass of dedupe on one shard of a distributed register, as lines for the coordinator';

/*
 * dedupe on a table.  On a plain table (or without Citus) it is dedupe of
 * its query.  On a table that Citus distributes by the normalised ID
 * (linkage_dedupe_shards, extension/parts/95_dedupe_tables.sql):
 *   1. on each shard, on the workers, in parallel: the records with a valid
 *      ID, whose links there are all same_id; and the shard's strata;
 *   2. on the workers too, per stratum (sex and birth decade) of a work
 *      table that Citus distributes by it: the name links of the records
 *      without a valid ID, with the counts their probabilities need;
 *   3. on the coordinator (dedupe_resolve): the records without a valid ID
 *      and those of the valid IDs the name links reach or the repairs
 *      propose, their links by ID and repaired ID, the name links, the
 *      probabilities from the counts summed, the guards and clusters;
 *   4. the other records keep their result of step 1.
 * Rows identical to the single-server function.  region_level is not
 * supported on a distributed table (its m and u are global too).
 */
CREATE FUNCTION @extschema@.dedupe(
    records regclass,
    name_threshold real DEFAULT 0.85,
    max_cluster_size integer DEFAULT 20,
    region_level text DEFAULT NULL,
    min_probability real DEFAULT 0.5,
    max_block integer DEFAULT 1000)
RETURNS TABLE (rec_id bigint, cluster_id bigint, score real, reason text)
LANGUAGE plpgsql VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    t0 timestamptz := clock_timestamp();
    q text := @extschema@.linkage_table_query(records, 'dedupe', 'records', region_level IS NOT NULL);
    dist name := @extschema@.linkage_distribution(records, 'dedupe', 'records');
    sums bigint[];
BEGIN
    IF dist IS NULL THEN
        RETURN QUERY SELECT * FROM @extschema@.dedupe(q, name_threshold, max_cluster_size, region_level,
                                                      min_probability, max_block);
        RETURN;
    END IF;
    -- steps 1 and 2 (extension/parts/95_dedupe_tables.sql)
    sums := @extschema@.linkage_dedupe_shards(records, q, false, name_threshold, max_cluster_size,
                                              region_level, min_probability, max_block);
    -- 3. the coordinator's round
    PERFORM @extschema@.linkage_drop_work('enroll_dd_pass2');
    CREATE TEMP TABLE enroll_dd_pass2 ON COMMIT DROP AS
    SELECT * FROM @extschema@.dedupe_resolve('SELECT * FROM pg_temp.enroll_dd_subset',
                                             'SELECT rec_a, rec_b, level, sim, chance FROM pg_temp.enroll_dd_links',
                                             name_threshold, max_cluster_size, min_probability, max_block, sums,
                                             (SELECT array_agg(r.a) FROM pg_temp.enroll_dd_round1 r WHERE r.kind = 's'));
    RAISE DEBUG '%: the coordinator''s round at % ms', 'dedupe', round(extract(epoch FROM clock_timestamp() - t0) * 1000);

    -- 4. the others as step 1 left them
    RETURN QUERY
        SELECT p.a, p.b, p.c, p.s
        FROM pg_temp.enroll_dd_pass1 p
        WHERE p.kind = 'd'
          AND NOT EXISTS (SELECT 1 FROM pg_temp.enroll_dd_pass2 s WHERE s.rec_id = p.a)
        UNION ALL
        SELECT * FROM pg_temp.enroll_dd_pass2;
END
$fn$;
COMMENT ON FUNCTION @extschema@.dedupe(regclass, real, integer, text, real, integer) IS
    'dedupe() of a register table; on a table distributed by Citus on the normalised ID, the by-ID pass runs on each shard on the workers';

/*
 * The day and sex (linkage_day) and the block (linkage_block: name key,
 * birth date, sex) that compare_registers and dedupe group a record by,
 * read as they read it (src/record_reader.c: birth date and sex as given,
 * else from a valid ID; sexes other than 1 and 2 one group), as numbers;
 * NULL without one.  The distributed forms compute them on the workers for
 * their rows and on the coordinator for the records they ask about.
 */
CREATE FUNCTION @extschema@.linkage_day(id_number text, birth_date date, sex smallint)
RETURNS bigint
AS 'MODULE_PATHNAME', 'linkage_day'
LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.linkage_day(text, date, smallint) IS
    'the birth date and sex a linkage record is grouped by (as given, else from its valid ID) as a number: days from 2000-01-01 times 4 plus the sex (3: another code); NULL without one';

CREATE FUNCTION @extschema@.linkage_block(id_number text, name text, birth_date date, sex smallint)
RETURNS bigint
AS 'MODULE_PATHNAME', 'linkage_block'
LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.linkage_block(text, text, date, smallint) IS
    'the block a linkage record is compared in (name key, birth date and sex, as compare_registers and dedupe read them) as a 64-bit key; NULL without one';
