-- The registration register (全民参保登记库), part 1: who may see and change
-- what.  See doc/reference-register.md.
--
-- The register's tables hold the province's data, so they are not the
-- extension's: enroll.create_register() (92_register_tables.sql) creates
-- them in the database, and pg_dump, DROP EXTENSION and Citus treat them
-- as the DBA's tables.  What the extension ships is code: the functions
-- below, the form's rules (91), the writing functions (93) and the readers
-- (94).
--
-- Region grants are roles.  Holding region 610802 means having the
-- privileges of the role enroll_region_610802; a row-level-security policy
-- asks the role catalogue (src/register.c), never a table, so that it also
-- works on Citus shards.

-- The schema of the register's tables.  It is the extension's, the tables
-- in it are not: DROP EXTENSION refuses while they exist, and DROP
-- EXTENSION ... CASCADE removes them whole.
CREATE SCHEMA enroll_register;
COMMENT ON SCHEMA enroll_register IS
    'enroll: the province''s register (the DBA''s tables, created by enroll.create_register())';

CREATE FUNCTION @extschema@.region_permitted(code bigint) RETURNS boolean
    AS 'MODULE_PATHNAME', 'enroll_region_permitted' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.region_permitted(bigint) IS
    'true when the current role holds the region code (a role enroll_region_<code> of the code or an ancestor), or sees the whole register; the row-level-security test of the register, reading no table';

CREATE FUNCTION @extschema@.region_permitted_to(code bigint, viewer name) RETURNS boolean
    AS 'MODULE_PATHNAME', 'enroll_region_permitted_to' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.region_permitted_to(bigint, name) IS
    'true when the role holds the region code, or sees the whole register (superuser, or a member of the register''s owner)';

CREATE FUNCTION @extschema@.region_grant_level(code bigint, viewer name DEFAULT CURRENT_USER) RETURNS text
    AS 'MODULE_PATHNAME', 'enroll_region_grant_level' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.region_grant_level(bigint, name) IS
    'the coarsest level (province .. village) at which the role holds the code; province for those who see the whole register; NULL when not held';

CREATE FUNCTION @extschema@.acting_role() RETURNS name
    AS 'MODULE_PATHNAME', 'enroll_acting_role' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.acting_role() IS
    'the role the register''s writing functions act for: the session''s role (login or SET ROLE), also inside SECURITY DEFINER functions';

CREATE FUNCTION @extschema@.region_role(code bigint) RETURNS name
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN ('enroll_region_' || code::text)::name;
COMMENT ON FUNCTION @extschema@.region_role(bigint) IS
    'the role that stands for a region: its members hold the region and everything inside it';

CREATE FUNCTION @extschema@.person_key(id @extschema@.cnid, secret bytea) RETURNS uuid
    AS 'MODULE_PATHNAME', 'enroll_person_key' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.person_key(@extschema@.cnid, bytea) IS
    'pseudonymous person key: HMAC-SHA-256 of the ID under a secret, as a uuid; not invertible without the secret';

-- Not for direct use: lookup_registration() and register() call it.
CREATE FUNCTION @extschema@.lookup_audit_record(id @extschema@.cnid, answer text) RETURNS void
    AS 'MODULE_PATHNAME', 'enroll_lookup_audit_record' LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE;
REVOKE EXECUTE ON FUNCTION @extschema@.lookup_audit_record(@extschema@.cnid, text) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.lookup_audit_record(@extschema@.cnid, text) IS
    'records a look-up of an ID in enroll.lookup_audit through a background worker, committed before it returns, so that the caller''s rollback cannot undo it';

CREATE VIEW @extschema@.region_grant AS
SELECT m.rolname AS role, substr(r.rolname, 15)::bigint AS region
FROM pg_catalog.pg_auth_members a
JOIN pg_catalog.pg_roles r ON r.oid = a.roleid
JOIN pg_catalog.pg_roles m ON m.oid = a.member
WHERE r.rolname ~ '^enroll_region_[1-9][0-9]{5}([0-9]{3}){0,2}$';
COMMENT ON VIEW @extschema@.region_grant IS
    'region grants: the roles that are members of a region role enroll_region_<code> (province, prefecture, county, township or village)';

-- The workflow: collected -> township_review -> county_review -> confirmed,
-- with returned (and a reason) from either review, and amend back to
-- collected when the data change.  Code, not data: shipped and fixed.
CREATE TABLE @extschema@.workflow_transition (
    from_state  text NOT NULL,
    to_state    text NOT NULL,
    action      text NOT NULL,
    PRIMARY KEY (from_state, to_state)
);
COMMENT ON TABLE @extschema@.workflow_transition IS
    'the legal transitions of a registration''s state; any other change of state is refused';
INSERT INTO @extschema@.workflow_transition VALUES
    ('collected',       'township_review', 'submit'),
    ('returned',        'township_review', 'submit'),
    ('township_review', 'county_review',   'township_approve'),
    ('township_review', 'returned',        'township_return'),
    ('county_review',   'confirmed',       'county_approve'),
    ('county_review',   'returned',        'county_return'),
    ('township_review', 'collected',       'amend'),
    ('county_review',   'collected',       'amend'),
    ('confirmed',       'collected',       'amend'),
    ('returned',        'collected',       'amend');
GRANT SELECT ON @extschema@.workflow_transition TO PUBLIC;

-- ---------------------------------------------------------------------------
-- For the DBA: bind a role to a region, or make it an analyst.

-- The register must exist before roles can be granted its tables.
CREATE FUNCTION @extschema@.register_required() RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    grp integer;
BEGIN
    IF to_regclass('enroll_register.person') IS NULL THEN
        RAISE EXCEPTION 'the register does not exist in this database'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Create it with SELECT enroll.create_register();';
    END IF;
    -- On a Citus cluster the register is used through its coordinator: the
    -- history is ordered by the coordinator's sequence, and a function run
    -- inside a shard query cannot start queries of its own.
    IF to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL THEN
        EXECUTE 'SELECT (SELECT groupid FROM pg_catalog.pg_dist_local_group)
                 FROM pg_catalog.pg_dist_partition WHERE logicalrelid = $1' INTO grp USING to_regclass('enroll_register.person');
        IF grp <> 0 THEN
            RAISE EXCEPTION 'the register is used through the coordinator of the Citus cluster'
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = format('This node is a worker (group %s).', grp),
                      HINT = 'Connect to the coordinator.';
        END IF;
    END IF;
END $$;
COMMENT ON FUNCTION @extschema@.register_required() IS
    'raises 55000 with a hint when enroll.create_register() has not been run in this database, or on a worker of the Citus cluster the register is distributed on';

CREATE FUNCTION @extschema@.grant_region(role_name name, region bigint) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    region_role name := @extschema@.region_role(region);
BEGIN
    PERFORM @extschema@.register_required();
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
        PERFORM @extschema@.form_error('role_name', format('no role %s', quote_ident(role_name)), 'undefined_object');
    END IF;
    IF @extschema@.region_level(region) IS NULL THEN
        PERFORM @extschema@.form_error('region', format('a 6, 9 or 12-digit region code expected, got %s', coalesce(region::text, 'null')),
            'invalid_parameter_value');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = region_role) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', region_role);
        EXECUTE format('COMMENT ON ROLE %I IS %L', region_role,
                       format('enroll: members hold region %s and everything inside it', region));
    END IF;
    IF NOT pg_has_role(role_name, region_role, 'MEMBER') OR NOT EXISTS (
            SELECT 1 FROM @extschema@.region_grant g WHERE g.role = role_name AND g.region = grant_region.region) THEN
        EXECUTE format('GRANT %I TO %I', region_role, role_name);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA @extschema@, enroll_register TO %I', role_name);
    EXECUTE format('GRANT SELECT ON enroll_register.person, enroll_register.registration, enroll_register.enrolment, enroll_register.person_flag, '
                   'enroll_register.problem, enroll_register.history, enroll_register.review_queue, @extschema@.region_grant, '
                   '@extschema@.region, enroll_register.region_local, @extschema@.insurance_type TO %I', role_name);
    -- (layout 3 on; 0.1.0's grants are made again by the migration before it)
    IF to_regclass('enroll_register.history_rows') IS NOT NULL THEN
        EXECUTE format('GRANT SELECT ON enroll_register.history_rows TO %I', role_name);
    END IF;
    EXECUTE format('GRANT EXECUTE ON FUNCTION @extschema@.as_of(anyelement, timestamptz, name, @extschema@.cnid[]) TO %I', role_name);
    PERFORM @extschema@.register_login_warning(role_name);
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.grant_region(name, bigint) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.grant_region(name, bigint) IS
    'DBA: makes a role hold a region (any level) by granting it the region role enroll_region_<code>, and lets it read the register''s tables, which row-level security limits to its regions; changes go through the register''s functions only';

CREATE FUNCTION @extschema@.revoke_region(role_name name, region bigint) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM @extschema@.region_grant g WHERE g.role = role_name AND g.region = revoke_region.region) THEN
        EXECUTE format('REVOKE %I FROM %I', @extschema@.region_role(region), role_name);
    END IF;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.revoke_region(name, bigint) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.revoke_region(name, bigint) IS
    'DBA: takes a region from a role (its table privileges stay, but it sees no rows of that region)';

CREATE FUNCTION @extschema@.grant_analyst(role_name name) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    PERFORM @extschema@.register_required();
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
        PERFORM @extschema@.form_error('role_name', format('no role %s', quote_ident(role_name)), 'undefined_object');
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA @extschema@, enroll_register TO %I', role_name);
    EXECUTE format('GRANT SELECT ON enroll_register.person_masked TO %I', role_name);
    EXECUTE format('GRANT EXECUTE ON FUNCTION @extschema@.register_summary(text) TO %I', role_name);
    EXECUTE format('GRANT EXECUTE ON FUNCTION @extschema@.person_masked_rows() TO %I', role_name);
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.grant_analyst(name) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.grant_analyst(name) IS
    'DBA: lets a role read the pseudonymised view enroll.person_masked and the aggregates of register_summary(), nothing else';
