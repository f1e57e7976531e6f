-- The second pass of compare_registers(regclass, regclass) on a Citus
-- cluster, on the workers: the insured records not found by ID (a broken
-- or missing ID, a valid ID no household person holds) resolved by a
-- repaired ID and by name key + birth date + sex, each step on work tables
-- that Citus distributes by the step's key, so that every candidate pair
-- meets on one shard:
--   repairs: one row per (record, repair candidate), distributed by the
--            candidate, co-located with the household register (whose
--            holders of the candidate are on that shard);
--   names:   the records and the household persons, both distributed by
--            the block key (name key, birth date, sex).
-- Citus moves the rows between the workers (INSERT … SELECT repartitions)
-- and runs the joins there; the coordinator gets one short row per record.
-- The work tables live in the transaction (rolled back with it) and are
-- dropped at the end.

/*
 * The name similarity of two records as compare_registers weighs a
 * candidate, or NULL when its step would not compare them (same_block
 * false: a repaired ID, birth date or sex in conflict; true: a name block,
 * another name key, birth date or sex).
 */
CREATE FUNCTION @extschema@.linkage_pair_similarity(
    a_id_number text, a_name text, a_birth_date date, a_sex smallint,
    b_id_number text, b_name text, b_birth_date date, b_sex smallint,
    same_block boolean)
RETURNS double precision
AS 'MODULE_PATHNAME', 'linkage_pair_similarity'
-- STABLE: an ID's validity depends on today's date
LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.linkage_pair_similarity(text, text, date, smallint, text, text, date, smallint, boolean) IS
    'the name similarity compare_registers weighs a repaired-ID (same_block false) or name-block (true) candidate pair by, read as it reads records; NULL when that step does not compare the two';

/*
 * A work table of a distributed second pass: created in schema ws, named
 * for the session (two sessions never meet), distributed by dist; its
 * shards co-located with colocate_with, or with colocate_with 'none' a
 * group of its own of shard_count shards.  Returns its qualified name.
 */
CREATE FUNCTION @extschema@.linkage_work_table(ws name, suffix text, columns text, dist name,
                                               colocate_with text, shard_count integer DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    tbl text := format('%I.%I', ws, 'enroll_work_' || pg_backend_pid() || '_' || suffix);
BEGIN
    IF to_regclass(tbl) IS NOT NULL THEN
        EXECUTE format('DROP TABLE %s', tbl);   -- left by an earlier call in this transaction
    END IF;
    EXECUTE format('CREATE TABLE %s (%s)', tbl, columns);
    IF shard_count IS NULL THEN
        EXECUTE 'SELECT pg_catalog.create_distributed_table($1, $2, colocate_with => $3)'
            USING tbl, dist, colocate_with;
    ELSE
        EXECUTE 'SELECT pg_catalog.create_distributed_table($1, $2, colocate_with => $3, shard_count => $4)'
            USING tbl, dist, colocate_with, shard_count;
    END IF;
    RETURN tbl;
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_work_table(name, text, text, name, text, integer) IS
    'creates and distributes a work table of the distributed second pass of compare_registers or dedupe, named for the session';

/* the number of nodes holding the shards of a distributed table */
CREATE FUNCTION @extschema@.linkage_worker_count(tbl regclass)
RETURNS integer
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    n integer;
BEGIN
    EXECUTE $q$SELECT count(DISTINCT (p.nodename, p.nodeport)) FROM pg_catalog.pg_dist_shard s
               JOIN pg_catalog.pg_dist_shard_placement p ON p.shardid = s.shardid
               WHERE s.logicalrelid = $1$q$ INTO n USING tbl;
    RETURN greatest(n, 1);
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_worker_count(regclass) IS
    'the number of nodes holding the shards of a table distributed by Citus';

/*
 * Repairs, on the workers: per insured record with a broken ID and per
 * repair candidate that household persons hold, whether more than
 * max_block hold it (then not compared), and among the holders whose birth
 * date and sex do not conflict and whose name is similar enough: the
 * smallest and largest rec_id and the best similarity.
 */
CREATE FUNCTION @extschema@.linkage_compare_repairs(insured regclass, household regclass, hdist name,
                                                    ws name, name_threshold real, max_block integer)
RETURNS TABLE (rec_id bigint, giant boolean, lo bigint, hi bigint, sim double precision)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    rep text := @extschema@.linkage_work_table(ws, 'rep',
                    'cand @extschema@.cnid, rec_id bigint, id_number text, name text, birth_date date, sex smallint',
                    'cand', household::text);
BEGIN
    -- the candidates are computed where the records are; Citus sends each
    -- row to the shard of its candidate (a candidate that is not a valid
    -- ID, the check-sum search not checking the region, is held by nobody)
    EXECUTE format($q$INSERT INTO %s
        SELECT c, i.rec_id::bigint, i.id_number::text, i.name::text, i.birth_date::date, i.sex::smallint
        FROM %s i, @extschema@.linkage_repairs(i.id_number::text) c
        WHERE @extschema@.cnid_try(i.id_number::text) IS NULL AND @extschema@.cnid_valid(c::text)$q$,
        rep, insured);
    RETURN QUERY EXECUTE format($q$
        SELECT p.rec_id, sum(p.k) > $2, min(p.hrec) FILTER (WHERE p.sim >= $1),
               max(p.hrec) FILTER (WHERE p.sim >= $1), max(p.sim) FILTER (WHERE p.sim >= $1)
        -- grouped, so that the similarity is computed once a pair (a plain
        -- subquery is flattened, the expression copied into each aggregate)
        FROM (SELECT r.rec_id, r.cand, h.rec_id::bigint AS hrec,
                     @extschema@.linkage_pair_similarity(r.id_number, r.name, r.birth_date, r.sex,
                         h.id_number::text, h.name::text, h.birth_date::date, h.sex::smallint, false) AS sim,
                     count(*) AS k
              -- a holder has a valid ID (a record without one may hold any
              -- value in the distribution column)
              FROM %s r JOIN %s h ON h.%I = r.cand AND @extschema@.cnid_try(h.id_number::text) IS NOT NULL
              GROUP BY 1, 2, 3, 4) p
        GROUP BY p.rec_id, p.cand$q$, rep, household, hdist)
        USING name_threshold, max_block;
    EXECUTE format('DROP TABLE %s', rep);
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_compare_repairs(regclass, regclass, name, name, real, integer) IS
    'the repaired-ID step of the distributed second pass of compare_registers, on the workers: per broken-ID record and held candidate, the confirmed holders';

/*
 * Names, on the workers: the insured records of the second pass that have
 * a block, and the household persons with a block, moved to the shards of
 * their block; per record, whether its household block holds more than
 * max_block persons (then not searched), how many persons of it have a
 * name similar enough, the smallest rec_id among them and the best
 * similarity.  Also one row per block too large (rec_id NULL): its size
 * and a person's name, birth date and sex, for the WARNING.
 */
CREATE FUNCTION @extschema@.linkage_compare_names(insured regclass, household regclass, idist name,
                                                  hdist name, ws name, name_threshold real,
                                                  max_block integer)
RETURNS TABLE (rec_id bigint, blk bigint, giant boolean, n bigint, best bigint, sim double precision,
               block_name text, block_birth date, block_sex smallint)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    cols text := 'blk bigint, rec_id bigint, id_number text, name text, birth_date date, sex smallint';
    -- two shards per worker holding the registers, as linkage_on_shards runs
    -- two sessions per worker: each shard is a task, and fewer shards cost
    -- less to create, fill and drop
    ins text := @extschema@.linkage_work_table(ws, 'ins', cols, 'blk', 'none',
                    2 * @extschema@.linkage_worker_count(household));
    hh text := @extschema@.linkage_work_table(ws, 'hh', cols, 'blk', ins);
    t0 timestamptz := clock_timestamp();
BEGIN
    -- the records not found by ID: a broken or missing ID, or a valid one
    -- that no household person holds (on its own shard: co-located)
    EXECUTE format($q$INSERT INTO %s
        SELECT b, i.rec_id::bigint, i.id_number::text, i.name::text, i.birth_date::date, i.sex::smallint
        FROM %s i
        -- a join, not NOT EXISTS under OR (a subplan per record)
        LEFT JOIN %s h ON h.%I = i.%I AND @extschema@.cnid_try(i.id_number::text) IS NOT NULL
                          AND @extschema@.cnid_try(h.id_number::text) IS NOT NULL,
        LATERAL @extschema@.linkage_block(i.id_number::text, i.name::text, i.birth_date::date, i.sex::smallint) b
        WHERE b IS NOT NULL AND h.%s IS NULL$q$,
        ins, insured, household, hdist, idist, quote_ident(hdist));
    RAISE DEBUG '%: name blocks: records moved to their block''s shard at % ms', 'compare_registers', round(extract(epoch FROM clock_timestamp() - t0) * 1000);
    -- the household persons with a block, moved to the shards of their
    -- block: all of them (the join keeps those of the records' blocks);
    -- sending each shard the blocks asked about instead took twice the time
    -- at 1M and a literal of every key in each shard's query, held by the
    -- coordinator
    EXECUTE format($q$INSERT INTO %s
        SELECT b, h.rec_id::bigint, h.id_number::text, h.name::text, h.birth_date::date, h.sex::smallint
        FROM %s h, @extschema@.linkage_block(h.id_number::text, h.name::text, h.birth_date::date, h.sex::smallint) b
        WHERE b IS NOT NULL$q$,
        hh, household);
    RAISE DEBUG '%: name blocks: household persons moved at % ms', 'compare_registers', round(extract(epoch FROM clock_timestamp() - t0) * 1000);
    RETURN QUERY EXECUTE format($q$
        SELECT p.rec_id, p.blk, bool_or(p.giant), coalesce(sum(p.k) FILTER (WHERE p.sim >= $1), 0)::bigint,
               min(p.hrec) FILTER (WHERE p.sim >= $1), max(p.sim) FILTER (WHERE p.sim >= $1),
               NULL::text, NULL::date, NULL::smallint
        -- grouped, so that the similarity is computed once a pair
        FROM (SELECT i.rec_id, i.blk, g.n > $2 AS giant, h.rec_id AS hrec,
                     CASE WHEN h.rec_id IS NOT NULL THEN
                         @extschema@.linkage_pair_similarity(i.id_number, i.name, i.birth_date, i.sex,
                             h.id_number, h.name, h.birth_date, h.sex, true) END AS sim,
                     count(*) AS k
              FROM %1$s i
              JOIN (SELECT h.blk, count(*) AS n FROM %2$s h WHERE h.blk IN (SELECT blk FROM %1$s) GROUP BY h.blk) g
                ON g.blk = i.blk
              LEFT JOIN %2$s h ON h.blk = i.blk AND g.n <= $2
              GROUP BY 1, 2, 3, 4, 5) p
        GROUP BY p.rec_id, p.blk
        UNION ALL
        SELECT NULL, h.blk, true, count(*), NULL, NULL, min(h.name), min(h.birth_date), min(h.sex)
        FROM %2$s h WHERE h.blk IN (SELECT blk FROM %1$s) GROUP BY h.blk HAVING count(*) > $2$q$, ins, hh)
        USING name_threshold, max_block;
    RAISE DEBUG '%: name blocks: compared at % ms', 'compare_registers', round(extract(epoch FROM clock_timestamp() - t0) * 1000);
    EXECUTE format('DROP TABLE %s, %s', ins, hh);
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_compare_names(regclass, regclass, name, name, name, real, integer) IS
    'the name-block step of the distributed second pass of compare_registers, on the workers: per record not found by ID, the similar persons of its block';

/*
 * The WARNING of compare_registers for the household blocks too large to
 * search that records the repairs left ask about (the work tables of this
 * call, pg_temp.enroll_cr_names and enroll_cr_rep), worded as the
 * single-server function words it (src/record_reader.c).
 */
CREATE FUNCTION @extschema@.linkage_compare_giant_warning(max_block integer)
RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    nblocks bigint;
    largest text;
BEGIN
    SELECT count(*), string_agg(d, '; ' ORDER BY rk) FILTER (WHERE rk <= 3)
    INTO nblocks, largest
    FROM (SELECT row_number() OVER (ORDER BY g.n DESC, g.blk) AS rk,
                 CASE WHEN g.block_name IS NOT NULL
                      THEN format('%s records named "%s" born %s, sex %s', g.n, g.block_name,
                                  to_char(g.block_birth, 'YYYY-MM-DD'), g.block_sex)
                      ELSE format('%s records born %s, sex %s', g.n, to_char(g.block_birth, 'YYYY-MM-DD'), g.block_sex)
                 END AS d
          FROM pg_temp.enroll_cr_names g
          WHERE g.rec_id IS NULL
            AND EXISTS (SELECT 1 FROM pg_temp.enroll_cr_names r
                        WHERE r.blk = g.blk AND r.rec_id IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM pg_temp.enroll_cr_rep p WHERE p.rec_id = r.rec_id))) t;
    IF nblocks > 0 THEN
        RAISE WARNING '%', format(CASE WHEN nblocks = 1
                                       THEN '%s: %s block of more than max_block (%s) records was not compared pairwise'
                                       ELSE '%s: %s blocks of more than max_block (%s) records were not compared pairwise' END,
                                  'compare_registers', nblocks, max_block)
            USING DETAIL = CASE WHEN nblocks > 3 THEN 'The three largest: ' || largest || '.' ELSE largest || '.' END,
                  HINT = 'Insured records of the same name key, birth date and sex resolved to nobody, as with two candidates. Such values are likely placeholders.';
    END IF;
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_compare_giant_warning(integer) IS
    'raises the WARNING of the distributed compare_registers for household blocks too large to search';
