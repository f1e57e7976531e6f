-- The registration register, part 7: the register on a Citus cluster (the
-- national database, doc/scale-out.md).  distribute_register() runs on the
-- coordinator: it checks the cluster, then distributes the person's tables
-- by cnid, co-located, so that all rows of a person live in one shard group
-- and each person's writes are router queries to one node, and makes the
-- register's code lists reference tables, a copy on every node.
--
-- What stays where (doc/scale-out.md, section 3):
--   * by cnid, co-located with person: person, registration, enrolment,
--     person_flag, problem, history;
--   * reference tables: region_local, coverage_target (code lists that
--     queries join with the persons), register_layout, register_secret
--     (the key of person_masked, which joins it with every person);
--   * local on the coordinator: lookup_audit.  A background worker writes it
--     (src/register.c) and only the owner reads it; as a local table each
--     record is one local commit, with no distributed transaction in a
--     background worker;
--   * the extension's own tables (enroll.region, enroll.insurance_type,
--     enroll.workflow_transition) are created by CREATE EXTENSION on every
--     node and stay local there.
-- Nothing here needs Citus at CREATE EXTENSION: the Citus catalogues and
-- functions are reached only after citus_required() has found them.

-- Citus must be installed in this database and this node must be the
-- coordinator; raises 55000 otherwise.
CREATE FUNCTION @extschema@.citus_required() RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    grp integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
        RAISE EXCEPTION 'extension "citus" is not installed in this database'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = 'The register is distributed on a Citus cluster, from its coordinator.',
                  HINT = 'Install Citus and run CREATE EXTENSION citus on every node (doc/scale-out.md).';
    END IF;
    EXECUTE 'SELECT groupid FROM pg_catalog.pg_dist_local_group' INTO grp;
    IF grp IS DISTINCT FROM 0 THEN
        RAISE EXCEPTION 'this node is not the coordinator of the Citus cluster'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = format('This node is in group %s; the coordinator is group 0.', grp),
                  HINT = 'Connect to the coordinator.';
    END IF;
END $$;
COMMENT ON FUNCTION @extschema@.citus_required() IS
    'raises 55000 unless the citus extension is installed in this database and this node is the coordinator';

-- The Citus and enroll versions of every node agree with the coordinator's,
-- and Citus is one the register was tested with.  Raises 55000 naming the
-- node and both versions.  (It asks every worker over a connection of its
-- own: volatile, and not for parallel workers.)
CREATE FUNCTION @extschema@.citus_cluster_check() RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    oldest constant integer[] := ARRAY[13, 0];  -- the oldest Citus tested (doc/scale-out.md)
    citus_v text := (SELECT extversion FROM pg_extension WHERE extname = 'citus');
    enroll_v text := (SELECT extversion FROM pg_extension WHERE extname = 'enroll');
    ext text;
    want text;
    n record;
BEGIN
    IF string_to_array(split_part(citus_v, '-', 1), '.')::integer[] < oldest THEN
        RAISE EXCEPTION 'Citus % is older than %, the oldest version the register is tested with', citus_v, array_to_string(oldest, '.')
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    FOREACH ext IN ARRAY ARRAY['citus', 'enroll'] LOOP
        want := CASE ext WHEN 'citus' THEN citus_v ELSE enroll_v END;
        FOR n IN EXECUTE format($q$SELECT nodename, nodeport, success, result FROM pg_catalog.run_command_on_workers(%L)
                                   ORDER BY nodename, nodeport$q$,
                                format('SELECT coalesce((SELECT extversion FROM pg_catalog.pg_extension WHERE extname = %L), %L)', ext, 'none'))
        LOOP
            IF NOT n.success THEN
                RAISE EXCEPTION 'could not read the % version of node %:%', ext, n.nodename, n.nodeport
                    USING ERRCODE = 'object_not_in_prerequisite_state', DETAIL = n.result;
            ELSIF n.result = 'none' THEN
                RAISE EXCEPTION 'extension "%" is not installed on node %:%', ext, n.nodename, n.nodeport
                    USING ERRCODE = 'object_not_in_prerequisite_state',
                          HINT = format('Run CREATE EXTENSION %s VERSION %L on that node.', ext, want);
            ELSIF n.result <> want THEN
                RAISE EXCEPTION 'extension "%" is version % on node %:%, % on the coordinator', ext, n.result, n.nodename, n.nodeport, want
                    USING ERRCODE = 'object_not_in_prerequisite_state',
                          HINT = 'Install the same version on every node (ALTER EXTENSION ... UPDATE).';
            END IF;
        END LOOP;
    END LOOP;
END $$;
COMMENT ON FUNCTION @extschema@.citus_cluster_check() IS
    'raises 55000 unless Citus is at least the tested version and every worker has citus and enroll at the coordinator''s versions; the error names the node and the versions';

-- Where each table of the register goes on a cluster.
CREATE FUNCTION @extschema@.register_placement() RETURNS TABLE (tbl text, placement text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT * FROM (VALUES ('person', 'distributed'), ('registration', 'distributed'), ('enrolment', 'distributed'),
                          ('person_flag', 'distributed'), ('problem', 'distributed'), ('history', 'distributed'),
                          ('region_local', 'reference'), ('coverage_target', 'reference'),
                          ('register_layout', 'reference'), ('register_secret', 'reference'),
                          ('lookup_audit', 'local')) AS p (tbl, placement);
END;
COMMENT ON FUNCTION @extschema@.register_placement() IS
    'where distribute_register() puts each table of enroll_register: distributed (by cnid, co-located with person), reference (a copy on every node) or local (on the coordinator only)';

-- Where a table of the register is now: distributed (by cnid, co-located
-- with person), reference, local (not a Citus table), or other.
CREATE FUNCTION @extschema@.register_table_placement(tbl text) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    rel regclass := to_regclass(format('enroll_register.%I', tbl));
    person_group integer;
    d record;
BEGIN
    PERFORM @extschema@.citus_required();
    IF rel IS NULL THEN
        RAISE EXCEPTION 'relation "enroll_register.%" does not exist', tbl USING ERRCODE = 'undefined_table';
    END IF;
    SELECT * INTO d FROM pg_dist_partition WHERE logicalrelid = rel;
    IF NOT FOUND THEN
        RETURN 'local';
    ELSIF d.partmethod = 'n' AND d.repmodel = 't' THEN
        RETURN 'reference';
    END IF;
    SELECT colocationid INTO person_group FROM pg_dist_partition WHERE logicalrelid = 'enroll_register.person'::regclass;
    IF d.partmethod = 'h' AND column_to_column_name(rel, d.partkey) = 'cnid' AND d.colocationid = person_group THEN
        RETURN 'distributed';
    END IF;
    RETURN 'other';
END $$;
COMMENT ON FUNCTION @extschema@.register_table_placement(text) IS
    'where a table of enroll_register is on the Citus cluster: distributed (by cnid, co-located with person), reference, local or other';

-- The register's schema is the extension's, made by CREATE EXTENSION on
-- every node, so Citus does not carry its grants to the workers; yet the
-- shards are read there as the session's role, which needs USAGE on it.
-- PUBLIC gets it on every node: the tables and views in it keep their own
-- privileges (none for PUBLIC), so it opens nothing.
CREATE FUNCTION @extschema@.register_schema_usage() RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n record;
BEGIN
    GRANT USAGE ON SCHEMA enroll_register TO PUBLIC;
    FOR n IN SELECT * FROM run_command_on_workers('GRANT USAGE ON SCHEMA enroll_register TO PUBLIC') LOOP
        IF NOT n.success THEN
            RAISE EXCEPTION 'could not grant USAGE on schema enroll_register on node %:%', n.nodename, n.nodeport
                USING ERRCODE = 'object_not_in_prerequisite_state', DETAIL = n.result;
        END IF;
    END LOOP;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.register_schema_usage() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.register_schema_usage() IS
    'grants USAGE on schema enroll_register to PUBLIC on the coordinator and every worker (the tables keep their own privileges); called by distribute_register()';

-- Citus opens the coordinator's connections to the workers as the current
-- role, so a session that has SET ROLE to a role without LOGIN cannot read
-- the shards ("role ... is not permitted to log in").  A role without LOGIN
-- is still right as a group whose LOGIN members read the register as
-- themselves, so this warns, never refuses.  True when it warned.
CREATE FUNCTION @extschema@.register_login_warning(role_name name) RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    distributed boolean;
BEGIN
    IF to_regclass('pg_catalog.pg_dist_partition') IS NULL OR to_regclass('enroll_register.person') IS NULL
       OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name AND NOT rolcanlogin) THEN
        RETURN false;
    END IF;
    EXECUTE 'SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition WHERE logicalrelid = $1)'
        INTO distributed USING to_regclass('enroll_register.person');
    IF NOT distributed THEN
        RETURN false;
    END IF;
    RAISE WARNING 'role % cannot log in', quote_ident(role_name)
        USING DETAIL = 'The register is distributed by Citus, which reads the shards as the current role: the workers refuse a session that has set this role.',
              HINT = format('Give the role LOGIN (ALTER ROLE %s LOGIN), or grant it to LOGIN roles that use the register as themselves.',
                            quote_ident(role_name));
    RETURN true;
END $$;
COMMENT ON FUNCTION @extschema@.register_login_warning(name) IS
    'warns (and returns true) when the register is distributed by Citus and the role cannot log in, so that a session that sets it could not read the shards; called by grant_region() and distribute_register()';

CREATE FUNCTION @extschema@.distribute_register() RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    t record;
    now_at text;
    moved text[] := '{}';
    messages text := current_setting('client_min_messages');
BEGIN
    PERFORM @extschema@.citus_required();
    PERFORM @extschema@.register_required();
    PERFORM @extschema@.citus_cluster_check();
    -- one at a time, and no writer while the tables move
    PERFORM pg_advisory_xact_lock(hashtext('@extschema@.distribute_register'));
    FOR t IN SELECT * FROM @extschema@.register_placement() LOOP
        now_at := @extschema@.register_table_placement(t.tbl);
        CONTINUE WHEN now_at = t.placement;
        IF now_at <> 'local' THEN
            RAISE EXCEPTION 'table enroll_register.% is a Citus table of another kind than %', t.tbl, t.placement
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = format('distribute_register() expects it %s, and finds it %s.', t.placement, now_at),
                      HINT = 'Undistribute it (undistribute_table) and call distribute_register() again.';
        END IF;
        IF t.placement = 'distributed' THEN
            -- person joins the default group of its column type, so that
            -- other tables distributed by cnid can be co-located with it
            PERFORM create_distributed_table(format('enroll_register.%I', t.tbl), 'cnid',
                colocate_with => CASE WHEN t.tbl = 'person' THEN 'default' ELSE 'enroll_register.person' END);
            moved := moved || t.tbl;
        ELSIF t.placement = 'reference' THEN
            PERFORM create_reference_table(format('enroll_register.%I', t.tbl));
            moved := moved || t.tbl;
        END IF;
    END LOOP;
    PERFORM @extschema@.register_schema_usage();
    -- the roles that hold regions and cannot log in (grant_region() warns
    -- for those granted later)
    PERFORM @extschema@.register_login_warning(g.role)
    FROM (SELECT DISTINCT g1.role FROM @extschema@.region_grant g1 ORDER BY 1) g;
    IF cardinality(moved) = 0 THEN
        RETURN 'unchanged';
    END IF;
    -- The rows copied to the shards stay on the coordinator's disk, unseen.
    -- (Truncating them cascades along the foreign keys to person; the
    -- notices that say so are not the caller's business.)
    PERFORM set_config('client_min_messages', 'warning', true);
    FOREACH now_at IN ARRAY moved LOOP
        PERFORM truncate_local_data_after_distributing_table(format('enroll_register.%I', now_at));
    END LOOP;
    PERFORM set_config('client_min_messages', messages, true);
    RETURN 'distributed';
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.distribute_register() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.distribute_register() IS
    'DBA, on the coordinator of a Citus cluster: checks the cluster (Citus version, enroll at the same version on every node), distributes the register''s person tables by cnid, co-located, and makes its code lists reference tables (enroll.register_placement()); idempotent; returns distributed or unchanged';
