-- enroll 0.1.0 -> 0.2.0 (ALTER EXTENSION enroll UPDATE TO '0.2.0').
--
-- Functions, types and reference data only.  The register's tables are not
-- the extension's in 0.2.0: this script releases 0.1.0's register tables from
-- the extension (their data stays), and `SELECT enroll.create_register();`
-- then migrates them to the 0.2.0 layout (doc/reference-register.md,
-- "Upgrading from 0.1.0").  test/t/upgrade.pl checks that an upgraded
-- install equals a fresh one, schema and data.
\echo Use "ALTER EXTENSION enroll UPDATE TO '0.2.0'" to load this file. \quit

-- ---------------------------------------------------------------------------
-- register: the tables become the database's (released here, migrated by
-- enroll.create_register()); no triggers; region grants become roles.

-- 0.1.0's triggers and the functions that only they used.
DROP FUNCTION @extschema@.history_record() CASCADE;
DROP FUNCTION @extschema@.history_guard() CASCADE;
DROP FUNCTION @extschema@.registration_transition_check() CASCADE;
-- Functions whose signature or role changed (they depend on the tables).
DROP FUNCTION @extschema@.handover(@extschema@.cnid, bigint, name);
DROP FUNCTION @extschema@.person_lock(@extschema@.cnid);
DROP FUNCTION @extschema@.problem_open(@extschema@.cnid, text, text);
DROP FUNCTION @extschema@.problem_close(@extschema@.cnid, text);
DROP FUNCTION @extschema@.region_grant_level(bigint);
DROP FUNCTION @extschema@.revoke_region(name, bigint);
DROP FUNCTION @extschema@.person_insurances(@extschema@.cnid);
DROP FUNCTION @extschema@.region_permitted(bigint) CASCADE;  -- and the old policies that call it
DROP FUNCTION @extschema@.region_permitted_to(bigint, name);

-- The data leaves the extension; the rows stay.  region_grant's name goes
-- to the view of region roles: its rows wait for create_register().
ALTER EXTENSION enroll DROP VIEW @extschema@.review_queue;
ALTER EXTENSION enroll DROP VIEW @extschema@.person_masked;
ALTER EXTENSION enroll DROP TABLE @extschema@.person;
ALTER EXTENSION enroll DROP TABLE @extschema@.registration;
ALTER EXTENSION enroll DROP TABLE @extschema@.enrolment;
ALTER EXTENSION enroll DROP TABLE @extschema@.person_flag;
ALTER EXTENSION enroll DROP TABLE @extschema@.problem;
ALTER EXTENSION enroll DROP TABLE @extschema@.history;
ALTER EXTENSION enroll DROP SEQUENCE @extschema@.problem_id_seq;
ALTER EXTENSION enroll DROP SEQUENCE @extschema@.history_id_seq;
ALTER EXTENSION enroll DROP TABLE @extschema@.region_local;
ALTER EXTENSION enroll DROP TABLE @extschema@.coverage_target;
ALTER EXTENSION enroll DROP TABLE @extschema@.region_grant;
ALTER TABLE @extschema@.region_grant RENAME TO region_grant_layout1;
GRANT SELECT ON @extschema@.workflow_transition TO PUBLIC;

-- >>> register parts (generated from extension/parts/90-94 and 50)
-- 90_register_access.sql (without the unchanged workflow_transition)
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

CREATE OR REPLACE FUNCTION @extschema@.region_permitted(code bigint) RETURNS boolean
    AS 'MODULE_PATHNAME', 'enroll_region_permitted' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.region_permitted(bigint) IS
    'true when the current role holds the region code (a role enroll_region_<code> of the code or an ancestor), or sees the whole register; the row-level-security test of the register, reading no table';

CREATE OR REPLACE FUNCTION @extschema@.region_permitted_to(code bigint, viewer name) RETURNS boolean
    AS 'MODULE_PATHNAME', 'enroll_region_permitted_to' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.region_permitted_to(bigint, name) IS
    'true when the role holds the region code, or sees the whole register (superuser, or a member of the register''s owner)';

CREATE OR REPLACE FUNCTION @extschema@.region_grant_level(code bigint, viewer name DEFAULT CURRENT_USER) RETURNS text
    AS 'MODULE_PATHNAME', 'enroll_region_grant_level' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.region_grant_level(bigint, name) IS
    'the coarsest level (province .. village) at which the role holds the code; province for those who see the whole register; NULL when not held';

CREATE OR REPLACE FUNCTION @extschema@.acting_role() RETURNS name
    AS 'MODULE_PATHNAME', 'enroll_acting_role' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.acting_role() IS
    'the role the register''s writing functions act for: the session''s role (login or SET ROLE), also inside SECURITY DEFINER functions';

CREATE OR REPLACE FUNCTION @extschema@.region_role(code bigint) RETURNS name
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN ('enroll_region_' || code::text)::name;
COMMENT ON FUNCTION @extschema@.region_role(bigint) IS
    'the role that stands for a region: its members hold the region and everything inside it';

CREATE OR REPLACE FUNCTION @extschema@.person_key(id @extschema@.cnid, secret bytea) RETURNS uuid
    AS 'MODULE_PATHNAME', 'enroll_person_key' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.person_key(@extschema@.cnid, bytea) IS
    'pseudonymous person key: HMAC-SHA-256 of the ID under a secret, as a uuid; not invertible without the secret';

-- Not for direct use: lookup_registration() and register() call it.
CREATE OR REPLACE FUNCTION @extschema@.lookup_audit_record(id @extschema@.cnid, answer text) RETURNS void
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



-- ---------------------------------------------------------------------------
-- For the DBA: bind a role to a region, or make it an analyst.

-- The register must exist before roles can be granted its tables.
CREATE OR REPLACE FUNCTION @extschema@.register_required() RETURNS void
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

CREATE OR REPLACE FUNCTION @extschema@.grant_region(role_name name, region bigint) RETURNS void
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
-- (PUBLIC has no EXECUTE on grant_region since 0.1.0)
COMMENT ON FUNCTION @extschema@.grant_region(name, bigint) IS
    'DBA: makes a role hold a region (any level) by granting it the region role enroll_region_<code>, and lets it read the register''s tables, which row-level security limits to its regions; changes go through the register''s functions only';

CREATE OR REPLACE FUNCTION @extschema@.revoke_region(role_name name, region bigint) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM @extschema@.region_grant g WHERE g.role = role_name AND g.region = revoke_region.region) THEN
        EXECUTE format('REVOKE %I FROM %I', @extschema@.region_role(region), role_name);
    END IF;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.revoke_region(name, bigint) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.revoke_region(name, bigint) IS
    'DBA: takes a region from a role (its table privileges stay, but it sees no rows of that region)';

CREATE OR REPLACE FUNCTION @extschema@.grant_analyst(role_name name) RETURNS void
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
-- (PUBLIC has no EXECUTE on grant_analyst since 0.1.0)
COMMENT ON FUNCTION @extschema@.grant_analyst(name) IS
    'DBA: lets a role read the pseudonymised view enroll.person_masked and the aggregates of register_summary(), nothing else';

-- @include-replace extension/parts/91_register_forms.sql
-- @include-replace extension/parts/92_register_tables.sql
-- @include-replace extension/parts/93_register_write.sql

-- 94_register_read.sql, copied rather than included: ALTER EXTENSION's
-- privilege statements set the extension's initial privileges (pg_init_privs),
-- so this script must not run the part's REVOKE on register_summary, which
-- would make the grants of grant_analyst() under 0.1.0 initial and leave them
-- out of pg_dump (test/t/020_upgrade.pl compares the dumps).
-- The registration register, part 5: reading it as it was, as coverage
-- populations and as aggregates.

-- A table's rows as they were at a time: as_of(NULL::enroll.person, '2026-01-01'),
-- of every person or of the persons given (as_of(NULL::enroll.person, t, persons => ARRAY[…]),
-- which reads only their history).
-- A row shows when its person was, at that time, in one of the viewer's
-- regions; so a person moved away shows up to the move and not after.
-- The rows of a person carry the person's region of that time.
-- SECURITY DEFINER (it must read the whole history to find each row's last
-- state); viewer defaults to the caller, and a session may name only a
-- role it is a member of.
-- 0.1.0's as_of() without persons
DROP FUNCTION @extschema@.as_of(anyelement, timestamptz, name);
CREATE FUNCTION @extschema@.as_of(tbl anyelement, at_time timestamptz, viewer name DEFAULT CURRENT_USER,
                                  persons @extschema@.cnid[] DEFAULT NULL)
RETURNS SETOF anyelement
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    t text;
    -- with persons, each scan of the history reads their rows by its key
    only_them text := CASE WHEN persons IS NOT NULL THEN ' AND h.cnid = ANY ($3)' ELSE '' END;
    only_their_rows text := CASE WHEN persons IS NOT NULL THEN ' WHERE y.cnid = ANY ($3)' ELSE '' END;
BEGIN
    PERFORM @extschema@.register_required();
    SELECT c.relname INTO t
    FROM pg_type ty JOIN pg_class c ON c.oid = ty.typrelid
    WHERE ty.oid = pg_typeof(tbl)
      AND c.relnamespace = 'enroll_register'::regnamespace
      AND c.relname IN ('person', 'registration', 'enrolment', 'person_flag', 'problem');
    IF t IS NULL THEN
        RAISE EXCEPTION 'type % has no history', pg_typeof(tbl)
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Tables with history: enroll_register.person, registration, enrolment, person_flag, problem.';
    END IF;
    -- the acting role (not the login, which may be a superuser that SET ROLE)
    IF viewer IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = viewer)
       OR NOT pg_has_role(@extschema@.acting_role(), viewer, 'MEMBER') THEN
        PERFORM @extschema@.form_error('viewer', format('%s is not a role you act as', coalesce(quote_ident(viewer), 'null')),
            'insufficient_privilege');
    END IF;
    -- Each row's last change at that time.  The rows a person was created
    -- with by register_batch() are read, for this table only, from that
    -- change's children (layout 3) or, in layout 4, where its history row
    -- copies none (new is NULL), as enroll_register.history_rows shows them:
    -- the old of a row's first later change, else the row as it is now.
    -- cnid leads the DISTINCT ON and every join (a key belongs to one
    -- person), so on Citus the whole query runs on each shard; the key is
    -- compared bytewise (no collation needed to tell keys apart).  $1 tbl,
    -- $2 at_time, $3 persons, $4 viewer, $5 t; %2$I the table, whose rows
    -- %3$s limits to the persons given too.
    RETURN QUERY EXECUTE format($q$
        WITH persons AS (
            SELECT DISTINCT ON (h.cnid) h.cnid, h.op, h.region
            FROM enroll_register.history h
            WHERE h.tbl = 'person' AND h.at <= $2%1$s
            ORDER BY h.cnid, h.id DESC),
        seen AS (
            SELECT p.cnid, p.region FROM persons p
            WHERE p.op <> 'DELETE' AND @extschema@.region_permitted_to(p.region, $4)),
        changes AS (
            SELECT h.cnid, h.id, h.key, h.op, h.new
            FROM enroll_register.history h
            WHERE h.tbl = $5 AND h.at <= $2%1$s AND (h.new IS NOT NULL OR h.op <> 'INSERT')
            UNION ALL
            SELECT h.cnid, h.id, @extschema@.history_key($5, r.value), 'INSERT', r.value
            FROM enroll_register.history h
            CROSS JOIN LATERAL jsonb_array_elements(h.children -> $5) r
            WHERE h.tbl = 'person' AND h.children IS NOT NULL AND h.at <= $2%1$s
            UNION ALL
            SELECT h.cnid, h.id, l.key, 'INSERT', l.old || jsonb_build_object('region', h.region)
            FROM enroll_register.history h
            JOIN enroll_register.history l ON l.cnid = h.cnid AND l.id > h.id AND l.tbl = $5
            WHERE h.tbl = 'person' AND h.op = 'INSERT' AND h.new IS NULL AND h.at <= $2%1$s AND l.op <> 'INSERT'
              AND NOT EXISTS (SELECT 1 FROM enroll_register.history m
                              WHERE m.cnid = l.cnid AND m.tbl = $5 AND m.key = l.key AND m.id > h.id AND m.id < l.id)
            UNION ALL
            SELECT h.cnid, h.id, x.key, 'INSERT', x.row || jsonb_build_object('region', h.region)
            FROM enroll_register.history h
            JOIN (SELECT y.cnid, to_jsonb(y) AS row, @extschema@.history_key($5, to_jsonb(y)) AS key
                  FROM enroll_register.%2$I y%3$s) x ON x.cnid = h.cnid
            WHERE h.tbl = 'person' AND h.op = 'INSERT' AND h.new IS NULL AND h.at <= $2%1$s
              AND NOT EXISTS (SELECT 1 FROM enroll_register.history m
                              WHERE m.cnid = x.cnid AND m.tbl = $5 AND m.key = x.key AND m.id > h.id))
        SELECT (jsonb_populate_record($1, CASE WHEN $5 = 'person' THEN h.new
                                               ELSE h.new || jsonb_build_object('region', s.region) END)).*
        FROM (SELECT DISTINCT ON (c.cnid, c.key COLLATE "C") c.cnid, c.op, c.new
              FROM changes c
              ORDER BY c.cnid, c.key COLLATE "C", c.id DESC) h
        JOIN seen s ON s.cnid = h.cnid
        WHERE h.op <> 'DELETE'$q$, only_them, t, only_their_rows)
        USING tbl, at_time, persons, viewer, t;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.as_of(anyelement, timestamptz, name, @extschema@.cnid[]) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.as_of(anyelement, timestamptz, name, @extschema@.cnid[]) IS
    'the rows of a register table (person, registration, enrolment, person_flag, problem) as they were at a time, rebuilt from enroll.history, of the persons given (all when NULL) then in the viewer''s regions; pass NULL::enroll.<table>';

CREATE OR REPLACE FUNCTION @extschema@.register_population(at_time timestamptz DEFAULT NULL, category text DEFAULT 'pension')
RETURNS TABLE (cnid @extschema@.cnid, region bigint, registered boolean, insurances @extschema@.insset, eligible boolean)
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
-- registered: the form is confirmed (Huainan 2016: 完成确认登记); the dead are left out;
-- eligible: in_denominator() with the age and flags at that time.
DECLARE
    on_date date := coalesce(at_time, now())::date;
BEGIN
    PERFORM @extschema@.insurance_category_checked(category);
    IF at_time IS NULL THEN
        RETURN QUERY
        SELECT p.cnid, p.region, coalesce(g.state = 'confirmed', false),
               (SELECT @extschema@.insset(coalesce(array_agg(e.insurance), '{}')) FROM enroll_register.enrolment e WHERE e.cnid = p.cnid),
               @extschema@.in_denominator(category, @extschema@.age_on(p.birth, on_date),
                   ARRAY(SELECT f.flag FROM enroll_register.person_flag f WHERE f.cnid = p.cnid), p.employment = 'employed')
        FROM enroll_register.person p LEFT JOIN enroll_register.registration g ON g.cnid = p.cnid
        WHERE p.died_on IS NULL;
    ELSE
        RETURN QUERY
        WITH p AS (SELECT * FROM @extschema@.as_of(NULL::enroll_register.person, at_time)),
             g AS (SELECT * FROM @extschema@.as_of(NULL::enroll_register.registration, at_time)),
             e AS (SELECT x.cnid, @extschema@.insset(array_agg(x.insurance)) AS ins
                   FROM @extschema@.as_of(NULL::enroll_register.enrolment, at_time) x GROUP BY x.cnid),
             f AS (SELECT x.cnid, array_agg(x.flag) AS flags
                   FROM @extschema@.as_of(NULL::enroll_register.person_flag, at_time) x GROUP BY x.cnid)
        SELECT p.cnid, p.region, coalesce(g.state = 'confirmed', false), coalesce(e.ins, '{}'::@extschema@.insset),
               @extschema@.in_denominator(category, @extschema@.age_on(p.birth, on_date), coalesce(f.flags, '{}'),
                                          p.employment = 'employed')
        FROM p LEFT JOIN g ON g.cnid = p.cnid LEFT JOIN e ON e.cnid = p.cnid LEFT JOIN f ON f.cnid = p.cnid
        WHERE p.died_on IS NULL OR p.died_on > on_date;
    END IF;
END $$;
COMMENT ON FUNCTION @extschema@.register_population(timestamptz, text) IS
    'the register as coverage_report() population (region, registered = confirmed form, insurances, eligible for the category), now or as of a time from history; the dead left out';

CREATE OR REPLACE FUNCTION @extschema@.register_summary(level text DEFAULT 'county')
RETURNS TABLE (region bigint, persons bigint, collected bigint, in_review bigint, confirmed bigint,
               returned bigint, deceased bigint, flagged bigint, uninsured bigint, open_problems bigint)
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    IF level IS NULL OR level NOT IN ('province', 'prefecture', 'county') THEN
        PERFORM @extschema@.form_error('level', format('province, prefecture or county expected, got %s', coalesce(to_jsonb(level)::text, 'null')),
            'invalid_parameter_value');
    END IF;
    RETURN QUERY
    SELECT @extschema@.region_at(p.region, level), count(*),
           count(*) FILTER (WHERE g.state = 'collected'),
           count(*) FILTER (WHERE g.state IN ('township_review', 'county_review')),
           count(*) FILTER (WHERE g.state = 'confirmed'),
           count(*) FILTER (WHERE g.state = 'returned'),
           count(*) FILTER (WHERE p.died_on IS NOT NULL),
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM enroll_register.person_flag f WHERE f.cnid = p.cnid)),
           count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM enroll_register.enrolment e WHERE e.cnid = p.cnid)),
           sum((SELECT count(*) FROM enroll_register.problem q WHERE q.cnid = p.cnid AND q.closed_at IS NULL))::bigint
    FROM enroll_register.person p LEFT JOIN enroll_register.registration g ON g.cnid = p.cnid
    GROUP BY 1 ORDER BY 1;
END $$;
-- (PUBLIC has no EXECUTE on register_summary since 0.1.0)
COMMENT ON FUNCTION @extschema@.register_summary(text) IS
    'aggregates of the whole register by province, prefecture or county, for analysts (SECURITY DEFINER, granted by grant_analyst())';

-- The analysts' rows (the view enroll_register.person_masked): SECURITY
-- DEFINER, so that the register is read with the rights of the extension's
-- owner on one server and on a Citus cluster alike (Citus reads the shards
-- as the current user: a view's owner rights do not reach the workers).
-- Joins on cnid rather than subqueries in the select list, which Citus
-- pushes down to the shards with the ORDER BY.
CREATE FUNCTION @extschema@.person_masked_rows()
RETURNS TABLE (person_key uuid, sex smallint, birth_year integer, county bigint, township bigint, employment text,
               deceased boolean, state text, insurances @extschema@.insset, flags text[])
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    PERFORM @extschema@.register_required();
    RETURN QUERY
    SELECT @extschema@.person_key(p.cnid, s.secret), p.sex, extract(year FROM p.birth)::integer,
           @extschema@.region_at(p.region, 'county'), @extschema@.region_at(p.region, 'township'),
           p.employment, p.died_on IS NOT NULL, g.state,
           coalesce(e.insurances, @extschema@.insset('{}'::smallint[])), coalesce(f.flags, '{}'::text[])
    FROM enroll_register.person p
    CROSS JOIN enroll_register.register_secret s
    LEFT JOIN enroll_register.registration g ON g.cnid = p.cnid
    LEFT JOIN (SELECT e1.cnid, @extschema@.insset(array_agg(e1.insurance)) AS insurances
               FROM enroll_register.enrolment e1 GROUP BY e1.cnid) e ON e.cnid = p.cnid
    LEFT JOIN (SELECT f1.cnid, array_agg(f1.flag ORDER BY f1.flag) AS flags
               FROM enroll_register.person_flag f1 GROUP BY f1.cnid) f ON f.cnid = p.cnid
    ORDER BY 1;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.person_masked_rows() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.person_masked_rows() IS
    'the rows of the analysts'' view enroll_register.person_masked, in person key order (SECURITY DEFINER, granted by grant_analyst())';


-- 50_insurance.sql
CREATE OR REPLACE FUNCTION @extschema@.insurance_code_known(code smallint) RETURNS boolean
    AS 'MODULE_PATHNAME', 'insurance_code_known' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.insurance_code_known(smallint) IS
    'true for the AAE140 codes of enroll.insurance_type, compiled into the library (a table-free CHECK for the register''s enrolments)';
-- 70_report.sql
CREATE OR REPLACE FUNCTION @extschema@.region_label(code bigint) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    IF code BETWEEN 100000 AND 999999 THEN
        RETURN @extschema@.region_name(code::integer);
    ELSIF to_regclass('enroll_register.region_local') IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT l.name FROM enroll_register.region_local l WHERE l.code = region_label.code);
END $$;
COMMENT ON FUNCTION @extschema@.region_label(bigint) IS
    'name of a 6-digit code from enroll.region, of a 9- or 12-digit code from enroll.region_local';

-- 70_report.sql
CREATE OR REPLACE FUNCTION @extschema@.coverage_target_for(region bigint, category text, year integer)
RETURNS double precision LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    target double precision;
BEGIN
    IF to_regclass('enroll_register.coverage_target') IS NOT NULL THEN
        SELECT t.target INTO target FROM enroll_register.coverage_target t
        WHERE t.category = coverage_target_for.category AND t.year = coverage_target_for.year
          AND t.region IN (coverage_target_for.region,
                           @extschema@.region_at(coverage_target_for.region, 'township'),
                           @extschema@.region_at(coverage_target_for.region, 'county'),
                           @extschema@.region_at(coverage_target_for.region, 'prefecture'),
                           @extschema@.region_at(coverage_target_for.region, 'province'))
        ORDER BY t.region DESC LIMIT 1;
    END IF;
    RETURN coalesce(target, CASE coverage_target_for.category WHEN 'pension' THEN 0.98 WHEN 'registration' THEN 1.0
                                                              WHEN 'medical' THEN 1.0 END);
END $$;
COMMENT ON FUNCTION @extschema@.coverage_target_for(bigint, text, integer) IS
    'target of a region: its own row, else its nearest ancestor''s, else the national default (pension 0.98, registration and medical 1.0)';

-- <<< register parts

-- region successors: successors derived for legacy codes, renamed prefectures
-- and abolished prefectures (extension/parts/32_region_successors.sql)
WITH legacy AS (
    SELECT l.code, l.valid_from, l.name, l.level, l.valid_to
    FROM @extschema@.region l
    WHERE l.status = 'legacy' AND l.successors IS NULL AND l.valid_to IS NOT NULL
      AND l.name NOT IN ('市辖区', '市区', '县', '市')
),
candidate AS (
    SELECT l.code, l.valid_from, l.name, l.valid_to, a.code AS successor,
           a.valid_from <= l.valid_to AND l.valid_to < coalesce(a.valid_to, 32767) AS took_over
    FROM legacy l
    JOIN @extschema@.region a
      ON a.source = 'areacodes'
     AND a.code BETWEEN l.code / 10000 * 10000 AND l.code / 10000 * 10000 + 9999
     AND a.level = l.level AND a.name = l.name AND a.code <> l.code
     AND a.valid_from <= l.valid_to AND l.valid_to - 1 < coalesce(a.valid_to, 32767)
),
unique_match AS (
    SELECT code, valid_from, name, valid_to,
           CASE WHEN count(DISTINCT successor) = 1 THEN min(successor)
                WHEN count(DISTINCT successor) FILTER (WHERE took_over) = 1
                THEN min(successor) FILTER (WHERE took_over)
           END AS successor
    FROM candidate
    GROUP BY code, valid_from, name, valid_to
),
sibling_prefix AS (
    SELECT code / 100 AS prefix, valid_to, min(successor / 100) AS successor_prefix
    FROM unique_match
    WHERE successor IS NOT NULL
    GROUP BY code / 100, valid_to
    HAVING count(DISTINCT successor / 100) = 1
),
renumbered AS (
    SELECT u.code, u.valid_from, u.name, u.successor
    FROM unique_match u
    WHERE u.successor IS NOT NULL
  UNION ALL
    SELECT u.code, u.valid_from, u.name, min(c.successor)
    FROM unique_match u
    JOIN sibling_prefix s ON s.prefix = u.code / 100 AND s.valid_to = u.valid_to
    JOIN candidate c ON c.code = u.code AND c.valid_from IS NOT DISTINCT FROM u.valid_from
                    AND c.name = u.name AND c.took_over AND c.successor / 100 = s.successor_prefix
    WHERE u.successor IS NULL
    GROUP BY u.code, u.valid_from, u.name
    HAVING count(DISTINCT c.successor) = 1
),
summary AS (
    SELECT l.code, l.valid_from, l.name, l.code / 100 * 100 AS successor
    FROM @extschema@.region l
    WHERE l.status = 'legacy' AND l.successors IS NULL AND l.level = 'county'
      AND l.name IN ('市辖区', '市区')
      AND EXISTS (SELECT FROM @extschema@.region p
                  WHERE p.code = l.code / 100 * 100
                    AND coalesce(p.valid_from, 0) < coalesce(l.valid_to, 32767)
                    AND coalesce(l.valid_from, 0) < coalesce(p.valid_to, 32767))
),
renamed AS (
    SELECT r.code, r.valid_from, r.name, r.code AS successor
    FROM @extschema@.region r
    WHERE r.status = 'renamed' AND r.successors IS NULL
      AND EXISTS (SELECT FROM @extschema@.region n
                  WHERE n.code = r.code AND n.valid_from = r.valid_to)
),
counties AS (
    SELECT p.code, p.valid_from, p.name,
           CASE WHEN EXISTS (SELECT FROM @extschema@.region_row(c / 100 * 100, p.valid_to) q
                             WHERE q.status = 'current' AND q.level = 'prefecture')
                THEN c / 100 * 100 ELSE c END AS successor
    FROM @extschema@.region p
    JOIN @extschema@.region k
      ON k.source = 'areacodes' AND k.level = 'county' AND k.code BETWEEN p.code + 1 AND p.code + 99
     AND k.valid_from <= p.valid_to - 1 AND p.valid_to - 1 < coalesce(k.valid_to, 32767)
    CROSS JOIN LATERAL unnest(@extschema@.region_current(k.code, p.valid_to - 1)) AS c
    WHERE p.source = 'areacodes' AND p.level = 'prefecture'
      AND p.status IN ('abolished', 'renamed') AND p.successors IS NULL
      AND NOT EXISTS (SELECT FROM @extschema@.region n
                      WHERE n.code = p.code AND n.valid_from = p.valid_to)
),
derived AS (
    SELECT code, valid_from, name, string_agg(DISTINCT successor::text, ';') AS successors
    FROM (SELECT * FROM renumbered UNION ALL SELECT * FROM summary
          UNION ALL SELECT * FROM renamed UNION ALL SELECT * FROM counties) d
    GROUP BY code, valid_from, name
)
UPDATE @extschema@.region r
SET successors = d.successors
FROM derived d
WHERE r.code = d.code AND r.valid_from IS NOT DISTINCT FROM d.valid_from AND r.name = d.name
  AND r.successors IS NULL;

-- cnid as_of: IMMUTABLE forms of cnid_valid, cnid_try and cnid_check
-- (extension/parts/10_cnid.sql)
CREATE FUNCTION @extschema@.cnid_valid(text, as_of date) RETURNS boolean
    AS 'MODULE_PATHNAME', 'cnid_valid_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_try(text, as_of date) RETURNS @extschema@.cnid
    AS 'MODULE_PATHNAME', 'cnid_try_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_check(text, as_of date) RETURNS text
    AS 'MODULE_PATHNAME', 'cnid_check_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.cnid_valid(text, date) IS 'cnid_valid(text) with as_of in place of today for the birth_future rule; immutable';
COMMENT ON FUNCTION @extschema@.cnid_try(text, date) IS 'cnid_try(text) with as_of in place of today for the birth_future rule; immutable';
COMMENT ON FUNCTION @extschema@.cnid_check(text, date) IS 'cnid_check(text) with as_of in place of today for the birth_future rule; immutable';

-- cnid warnings: address_at_birth (extension/parts/35_cnid_warnings.sql)
CREATE INDEX region_legacy_valid_to ON @extschema@.region (valid_to) WHERE status = 'legacy';

CREATE FUNCTION @extschema@.cnid_warnings(id @extschema@.cnid) RETURNS text[]
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT array_remove(ARRAY[
        CASE WHEN EXISTS (SELECT FROM @extschema@.region r
                          WHERE r.code = @extschema@.cnid_region(cnid_warnings.id))
              AND NOT EXISTS (
                  SELECT FROM @extschema@.region r
                  WHERE r.code = @extschema@.cnid_region(cnid_warnings.id)
                    AND (r.valid_to IS NULL
                         OR r.valid_to >= extract(year FROM @extschema@.cnid_birth_date(cnid_warnings.id))
                         OR (r.status = 'legacy'
                             AND r.valid_to >= (SELECT max(l.valid_to) FROM @extschema@.region l
                                                WHERE l.status = 'legacy'))))
             THEN 'address_at_birth' END], NULL);
END;
COMMENT ON FUNCTION @extschema@.cnid_warnings(@extschema@.cnid) IS
    'warnings on a valid number, empty if none: address_at_birth (address code withdrawn before the birth year)';

CREATE FUNCTION @extschema@.cnid_warnings(text) RETURNS text[]
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN @extschema@.cnid_warnings(@extschema@.cnid_try($1));
COMMENT ON FUNCTION @extschema@.cnid_warnings(text) IS
    'cnid_warnings of the number in a text; NULL when the text is not a valid cnid (cnid_check says why)';

-- linkage: the caller's query checked before it is read
-- query_columns_check() is new; coverage_report and linkage_records call it
-- (fs_estimate, connected_components, compare_registers and dedupe check in C).
-- @include extension/parts/05_queries.sql

-- coverage_report calls query_columns_check(): it is replaced once, in the
-- section "coverage_report: the query it runs is built by coverage_report_query()" below.
COMMENT ON FUNCTION @extschema@.coverage_report(text, text, text, integer) IS
    'annex-1 coverage table at a level with subtotals, targets, progress and ranking (Yulin 2016 annex 1, Jiujiang 2017)';

CREATE OR REPLACE FUNCTION @extschema@.linkage_records(query text, work_table text, caller text,
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

-- linkage: a max_block argument for compare_registers, dedupe and dedupe_links
-- (blocks too large to compare pairwise, placeholders); new signatures.
DROP FUNCTION @extschema@.compare_registers(text, text, real);
DROP FUNCTION @extschema@.dedupe(text, real, integer, text, real);
DROP FUNCTION @extschema@.dedupe_links(text, real, integer, text, real);
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

-- ---------------------------------------------------------------------------
-- citations: the notices are cited by the short names of doc/sources.md
COMMENT ON FUNCTION @extschema@.registration_flags() IS
    'the registration status flags: unwilling, working_away, student, deceased, military, imprisoned (Yulin 2016)';
COMMENT ON FUNCTION @extschema@.in_denominator(text, integer, text[], boolean) IS
    'is a person in the denominator of the category''s coverage rate (registration, pension, medical, unemployment, work_injury, maternity); rules cite Yulin 2016 and Chengjiang 2021';

-- error messages after the PostgreSQL style guide: "unrecognized" for
-- "unknown", one condition per message, population_sql's own errors not
-- wrapped in another message (the C functions' messages live in the module)
CREATE OR REPLACE FUNCTION @extschema@.region_level_checked(level text, code bigint) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF level IN ('province', 'prefecture', 'county', 'township', 'village') THEN
        RETURN NULL;   -- a level finer than the code: no ancestor there
    END IF;
    RAISE EXCEPTION 'unrecognized region level: %', coalesce(quote_literal(level), 'NULL')
        USING ERRCODE = 'invalid_parameter_value',
              HINT = 'The levels are province, prefecture, county, township, village.';
END $$;
CREATE OR REPLACE FUNCTION @extschema@.flags_checked(flags text[]) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    bad text;
BEGIN
    SELECT f INTO bad FROM unnest(flags) f
    WHERE f IS NULL OR NOT f = ANY (ARRAY['unwilling', 'working_away', 'student', 'deceased', 'military', 'imprisoned'])
    LIMIT 1;
    RAISE EXCEPTION 'unrecognized registration flag: %', coalesce(quote_literal(bad), 'NULL')
        USING ERRCODE = 'invalid_parameter_value',
              HINT = 'The flags are unwilling, working_away, student, deceased, military, imprisoned.';
END $$;
CREATE OR REPLACE FUNCTION @extschema@.insurance_category_checked(category text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF category IN ('registration', 'pension', 'medical', 'unemployment', 'work_injury', 'maternity') THEN
        RETURN category;
    END IF;
    RAISE EXCEPTION 'unrecognized coverage category: %', coalesce(quote_literal(category), 'NULL')
        USING ERRCODE = 'invalid_parameter_value',
              HINT = 'The categories are registration, pension, medical, unemployment, work_injury, maternity.';
END $$;
-- coverage_report's new messages: it is replaced once, in the section
-- "coverage_report: the query it runs is built by coverage_report_query()" below.

-- >>> register batch: the form's rules in C (extension/parts/91_register_forms.sql,
-- src/register_form.c) and bulk registration (extension/parts/96_register_batch.sql)
-- (form_normalize, form_check, form_problem and load_form, the rules in C, are
-- created once, in the register parts above.)

-- the rules' PL/pgSQL helpers are gone (src/register_form.c has them)
DROP FUNCTION IF EXISTS @extschema@.form_code(jsonb, text, integer);
DROP FUNCTION IF EXISTS @extschema@.form_text(jsonb, text, integer);

-- @include-replace extension/parts/96_register_batch.sql
-- <<< register batch

-- @include extension/parts/95_compare_on_tables.sql

-- ---------------------------------------------------------------------------
-- coverage_report: the query it runs is built by coverage_report_query(),
-- so that neither function is longer than about 120 lines; behaviour and
-- output unchanged.
-- The query coverage_report() runs, built from its arguments (checked by
-- coverage_report): the caller's population_sql inside, one column per level
-- down to the requested one, a grouping set per level and () for the total.
CREATE FUNCTION @extschema@.coverage_report_query(population_sql text, level text, category text, target_year integer)
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    levels constant text[] := ARRAY['province', 'prefecture', 'county', 'township', 'village'];
    depth integer := pg_catalog.array_position(levels, level);
    covered_expr text;
    group_cols text := '';
    sets text := '';
    order_cols text := '';
    drop_cond text := 'false';
BEGIN
    covered_expr := CASE category WHEN 'registration' THEN 'p.registered'
                    ELSE pg_catalog.format('enroll.insset_has_category(p.insurances, %L)', category) END;

    -- One column per level down to the requested one; a grouping set per
    -- level gives the subtotals, () the grand total.
    -- A subtotal of level k over people whose level-k code is unknown
    -- would repeat its parent: those rows are dropped (the people are on
    -- the parent's 'unassigned' line and in its subtotal).
    FOR i IN 1 .. depth - 1 LOOP
        drop_cond := drop_cond || pg_catalog.format(' OR (r.grouping_bits = %s AND r.l%s IS NULL)',
                                                    (1 << (depth - i)) - 1, i);
    END LOOP;
    FOR i IN 1 .. depth LOOP
        group_cols := group_cols || pg_catalog.format(', enroll.region_at(g.code, %L) AS l%s', levels[i], i);
        order_cols := order_cols || pg_catalog.format('l%s NULLS LAST, ', i);
        sets := sets || '(' || (SELECT pg_catalog.string_agg('l' || j, ', ') FROM pg_catalog.generate_series(1, i) j) || '), ';
    END LOOP;

    RETURN pg_catalog.format($q$
        WITH p AS (
            SELECT population.region::bigint AS region, population.registered::boolean AS registered,
                   population.insurances::enroll.insset AS insurances,
                   population.eligible::boolean AS eligible
            FROM (%1$s) AS population
        ), phase1 AS (
            -- at county level or finer, so that abolished counties can be
            -- rolled into their successors before anything is summed
            -- (a person known only at a coarser level keeps that code and
            -- is reported on an 'unassigned' line of it)
            SELECT CASE WHEN %2$L IN ('province', 'prefecture', 'county')
                        THEN coalesce(enroll.region_at(p.region, 'county'), p.region)
                        ELSE coalesce(enroll.region_at(p.region, %2$L), p.region) END AS code,
                   pg_catalog.count(*) AS household_population,
                   pg_catalog.count(*) FILTER (WHERE p.registered) AS registered,
                   enroll.coverage(p.insurances) AS ic,
                   enroll.coverage_state(CASE WHEN p.eligible THEN %3$s END) AS cs
            FROM p
            GROUP BY 1
        ), g AS MATERIALIZED (
            SELECT CASE WHEN phase1.code < 1000000 THEN enroll.region_rollup_code(phase1.code)
                        ELSE phase1.code END AS code,
                   phase1.household_population, phase1.registered, phase1.ic, phase1.cs
            FROM phase1
        ), rolled AS (
            SELECT %4$s,
                   pg_catalog.sum(g.household_population)::bigint AS household_population,
                   pg_catalog.sum(g.registered)::bigint AS registered,
                   enroll.coverage_merge(g.ic) AS ic,
                   enroll.coverage_merge(g.cs) AS cs,
                   GROUPING(%4$s) AS grouping_bits
            FROM (SELECT g.* %5$s FROM g) g
            GROUP BY GROUPING SETS (%6$s ())
        ), named AS (
            SELECT coalesce(%7$s) AS code, r.*, enroll.coverage_result(r.cs) AS res,
                   r.grouping_bits = 0 AND l%11$s IS NULL AS unassigned
            FROM rolled r
            WHERE NOT (%12$s)
        ), ranked AS (
            SELECT n.*,
                   -- ranked: the regions of the requested level, not the
                   -- subtotals nor the unassigned lines
                   CASE WHEN n.grouping_bits = 0 AND NOT n.unassigned THEN
                       pg_catalog.rank() OVER (PARTITION BY n.grouping_bits, n.unassigned
                                               ORDER BY (n.res).rate DESC NULLS LAST) END AS best,
                   CASE WHEN n.grouping_bits = 0 AND NOT n.unassigned THEN
                       pg_catalog.rank() OVER (PARTITION BY n.grouping_bits, n.unassigned
                                               ORDER BY (n.res).rate ASC NULLS LAST) END AS worst
            FROM named n
        )
        SELECT x.code,
               CASE WHEN x.code IS NULL THEN '合计 total'
                    WHEN x.unassigned THEN pg_catalog.concat(enroll.region_label(x.code), ' 未细分 unassigned')
                    ELSE enroll.region_label(x.code) END,
               CASE WHEN x.code IS NULL THEN 'total' WHEN x.unassigned THEN 'unassigned'
                    ELSE enroll.region_level(x.code) END,
               x.grouping_bits <> 0,
               coalesce(x.household_population, 0), coalesce(x.registered, 0),
               (enroll.coverage_of(x.ic, 'pension')).covered,
               (enroll.coverage_of(x.ic, 'medical')).covered,
               (enroll.coverage_of(x.ic, 'unemployment')).covered,
               (enroll.coverage_of(x.ic, 'work_injury')).covered,
               (enroll.coverage_of(x.ic, 'maternity')).covered,
               x.household_population - (enroll.coverage_of(x.ic, 'any')).covered,
               (x.res).population, (x.res).covered, (x.res).rate, (x.res).ci_low, (x.res).ci_high,
               t.target,
               (x.res).rate / t.target,
               x.best::integer,
               CASE WHEN x.best <= 3 THEN 'top 3' WHEN x.worst <= 3 THEN 'bottom 3' END
        FROM ranked x
        CROSS JOIN LATERAL (SELECT enroll.coverage_target_for(x.code, %8$L, %9$s) AS target) t
        ORDER BY %10$s x.grouping_bits
    $q$,
        population_sql, level, covered_expr,
        (SELECT pg_catalog.string_agg('l' || i, ', ') FROM pg_catalog.generate_series(1, depth) i),
        group_cols, sets,
        (SELECT pg_catalog.string_agg('l' || i, ', ' ORDER BY i DESC) FROM pg_catalog.generate_series(1, depth) i),
        category, target_year, order_cols, depth, drop_cond);
END
$fn$;
COMMENT ON FUNCTION @extschema@.coverage_report_query(text, text, text, integer) IS
    'the query coverage_report() runs for its arguments (checked there), population_sql inside; for coverage_report';

CREATE OR REPLACE FUNCTION @extschema@.coverage_report(
    population_sql text,
    level text DEFAULT 'county',
    category text DEFAULT 'pension',
    year integer DEFAULT NULL)
RETURNS TABLE (
    region bigint, region_name text, region_level text, subtotal boolean,
    household_population bigint, registered bigint,
    pension bigint, medical bigint, unemployment bigint, work_injury bigint, maternity bigint,
    uninsured bigint,
    eligible bigint, covered bigint, rate double precision, ci_low double precision, ci_high double precision,
    target double precision, progress double precision, rank integer, standing text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
-- No SET search_path: population_sql is the caller's query and must see the
-- caller's search_path.  Everything of ours below is schema-qualified.
AS $fn$
DECLARE
    levels constant text[] := ARRAY['province', 'prefecture', 'county', 'township', 'village'];
BEGIN
    IF population_sql IS NULL THEN
        RAISE EXCEPTION 'population_sql must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF level IS NULL THEN
        RAISE EXCEPTION 'level must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF category IS NULL THEN
        RAISE EXCEPTION 'category must not be null' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF pg_catalog.array_position(levels, level) IS NULL THEN
        RAISE EXCEPTION 'unrecognized region level: %', pg_catalog.quote_literal(level)
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'The levels are province, prefecture, county, township, village.';
    END IF;
    PERFORM enroll.insurance_category_checked(category);
    PERFORM enroll.query_columns_check(population_sql, 'coverage_report', 'population_sql',
                                       ARRAY['region', 'registered', 'insurances', 'eligible'],
                                       ARRAY['bigint', 'boolean', 'enroll.insset', 'boolean']::pg_catalog.regtype[]);
    BEGIN
        RETURN QUERY EXECUTE enroll.coverage_report_query(population_sql, level, category,
            coalesce(year, pg_catalog.date_part('year', current_date)::integer));
    EXCEPTION WHEN undefined_column OR cannot_coerce OR datatype_mismatch OR invalid_text_representation THEN
        DECLARE
            state text;
            message text;
        BEGIN
            -- the caller's error as it is, with what population_sql must return
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
            RAISE EXCEPTION USING MESSAGE = message,
                      ERRCODE = state,
                      DETAIL = 'population_sql must return the columns region (bigint), registered (boolean), insurances (enroll.insset) and eligible (boolean).',
                      HINT = 'See the reference of enroll.coverage_report.';
        END;
    END;
END
$fn$;
COMMENT ON FUNCTION @extschema@.coverage_report(text, text, text, integer) IS
    'annex-1 coverage table at a level with subtotals, targets, progress and ranking (Yulin 2016 annex 1, Jiujiang 2017)';
COMMENT ON FUNCTION @extschema@.flags_checked(text[]) IS
    'raises the error for an unrecognized registration flag (the error branch of in_denominator)';
-- register on Citus: distribute_register() and its checks
-- (extension/parts/97_register_citus.sql, new in 0.2.0)
-- @include extension/parts/97_register_citus.sql

-- operators that resolve everywhere: the equality of cnid and uscc moves to
-- pg_catalog, where PostgreSQL finds "=" by name in every session, whatever
-- its search_path (JOIN ... USING on Citus workers; extension/parts/10_cnid.sql)
ALTER OPERATOR @extschema@.= (@extschema@.cnid, @extschema@.cnid) SET SCHEMA pg_catalog;
ALTER OPERATOR @extschema@.= (@extschema@.uscc, @extschema@.uscc) SET SCHEMA pg_catalog;

-- twins and namesakes, a household address and a phone in the generator
-- (extension/parts/40_synth.sql): new arguments and result columns, so the
-- function is replaced
DROP FUNCTION @extschema@.synth_persons(integer, bigint, real, integer, real);
-- STABLE, not IMMUTABLE: it reads enroll.region.  STRICT: a NULL argument
-- gives no rows, like generate_series.  PARALLEL SAFE: it only reads a
-- permanent table (SPI in a worker may do that) and is deterministic.
CREATE FUNCTION @extschema@.synth_persons(
        n integer,
        seed bigint DEFAULT 1,
        error_rate real DEFAULT 0.05,
        province integer DEFAULT 610000,
        name_error_rate real DEFAULT 0,
        twin_rate real DEFAULT 0,
        namesake_rate real DEFAULT 0)
    RETURNS TABLE (
        person_id       bigint,
        id_number       text,
        cnid_true       @extschema@.cnid,
        name            text,
        sex             smallint,
        birth_date      date,
        region          integer,
        registered_on   date,
        error_kind      text,
        name_entered    text,
        name_error      text,
        relation        text,
        related_to      bigint,
        address         text,
        phone           text,
        address_entered text,
        phone_entered   text)
    AS 'MODULE_PATHNAME', 'synth_persons'
    LANGUAGE C STABLE STRICT PARALLEL SAFE
    ROWS 1000 SUPPORT @extschema@.synth_persons_support;
COMMENT ON FUNCTION @extschema@.synth_persons(integer, bigint, real, integer, real, real, real) IS
    'n synthetic persons of a province with citizen ID numbers, a share error_rate of them with an injected ID error (error_kind), a share name_error_rate with a name error (name_entered, name_error), and shares twin_rate and namesake_rate that are a twin or a same-county namesake of the person before (relation, related_to); each with a household address and a mobile phone, and both as a second register has them (address_entered, phone_entered: moved, changed or missing); deterministic per seed';

-- cross-province duplicates and the uninsured on the national register
-- (extension/parts/97_cross_province.sql)
-- @include extension/parts/97_cross_province.sql

-- the second pass of compare_registers(regclass, regclass) on the workers of
-- a Citus cluster: repairs and name blocks on work tables distributed by
-- their key (extension/parts/95_compare_pass2.sql, 95_compare_on_tables.sql)
-- @include extension/parts/95_compare_pass2.sql

-- dedupe_links on a distributed table, sharing dedupe's steps 1 and 2
-- (extension/parts/95_dedupe_tables.sql, 95_compare_on_tables.sql)
-- @include extension/parts/95_dedupe_tables.sql


-- the cross-province functions on a table, plain or distributed
-- (extension/parts/97_cross_province_tables.sql)
-- @include extension/parts/97_cross_province_tables.sql
