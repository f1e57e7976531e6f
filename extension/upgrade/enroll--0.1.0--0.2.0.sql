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

-- 91_register_forms.sql
-- The registration form (全民参保登记表): validation of every field, and the
-- CSV columns of enroll-load.  Pure functions of the form and the code
-- lists; the register's writing functions (93_register_write.sql) call them.

-- ---------------------------------------------------------------------------
-- Validation of a registration form.  Every error names its field.

CREATE OR REPLACE FUNCTION @extschema@.form_error(field text, message text, code text) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '%: %', field, message USING ERRCODE = code, COLUMN = field;
END $$;
COMMENT ON FUNCTION @extschema@.form_error(text, text, text) IS
    'raises "<field>: <message>" with the SQLSTATE and the column field set';

/*
 * form_normalize(form) checks every field of a registration form and
 * returns it in canonical form (src/register_form.c, the one implementation
 * of the rules: register() raises its errors, register_batch() reads them
 * from form_check()).  Fields (Huainan 2016, annex 1; doc/sources.md):
 *   cnid                公民身份证号码, required
 *   name                姓名, required
 *   county, township, village   县(区), 镇(街道), 村(社区): 6, 9, 12 digits; county required
 *   employment          就业状态: employed, preschool, student, unemployed, flexible, retired
 *                       (or 已单位就业, 学龄前, 在校学生, 未就业, 灵活就业, 离退休)
 *   employer            工作单位全称, required when employed
 *   hukou               户口所在地, a 6-digit code
 *   address             常住所在地地址
 *   phone               联系电话(手机), 11 digits (+86, blanks and hyphens allowed)
 *   insurances          现参保情况, an array of AAE140 codes
 *   not_insured_reason  未参保原因: personal, employer, military_abroad_prison
 *   insured_elsewhere   异地参保: province, other_province
 *   flags               registration flags except deceased
 *   version             optional: the person version the form was based on
 * SQLSTATEs: 23502 missing, 22P02 malformed, 22023 unrecognized code or value,
 * 23514 inconsistent fields, 22001 too long.
 */
CREATE OR REPLACE FUNCTION @extschema@.form_normalize(form jsonb) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'enroll_form_normalize' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.form_normalize(jsonb) IS
    'checks every field of a registration form (Huainan 2016, annex 1; doc/sources.md) and returns it in canonical form; errors are "<field>: <reason>" with SQLSTATE 23502, 22P02, 22023, 23514 or 22001';

CREATE OR REPLACE FUNCTION @extschema@.form_check(form jsonb, OUT normalized jsonb, OUT sqlstate text, OUT field text, OUT message text)
    AS 'MODULE_PATHNAME', 'enroll_form_check' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.form_check(jsonb) IS
    'form_normalize() without raising: the canonical form, or the SQLSTATE, field and message of the error form_normalize() would raise';

CREATE OR REPLACE FUNCTION @extschema@.form_problem(form jsonb) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN (SELECT c.message FROM @extschema@.form_check(form) c);
COMMENT ON FUNCTION @extschema@.form_problem(jsonb) IS
    'NULL for a valid form, else the field-named error register() would raise (bulk validation)';

-- ---------------------------------------------------------------------------
-- Bulk loading (enroll-load): a CSV row becomes a form, registered by the
-- same function with the same rules, its error returned instead of raised.

CREATE OR REPLACE FUNCTION @extschema@.load_form(keys text[], vals text[]) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'enroll_load_form' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.load_form(text[], text[]) IS
    'a form from CSV columns (header keys, row values): blank cells omitted, insurances and flags split on ; , | or blanks';

CREATE OR REPLACE FUNCTION @extschema@.load_column(header text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE regexp_replace(lower(normalize(btrim(header), NFKC)), '[\s()（）]', '', 'g')
    WHEN 'cnid' THEN 'cnid' WHEN '公民身份证号码' THEN 'cnid' WHEN '身份证号码' THEN 'cnid'
    WHEN 'name' THEN 'name' WHEN '姓名' THEN 'name'
    WHEN 'county' THEN 'county' WHEN '县区' THEN 'county'
    WHEN 'township' THEN 'township' WHEN '镇街道' THEN 'township' WHEN '乡镇街道' THEN 'township'
    WHEN 'village' THEN 'village' WHEN '村社区' THEN 'village'
    WHEN 'employment' THEN 'employment' WHEN '就业状态' THEN 'employment'
    WHEN 'employer' THEN 'employer' WHEN '工作单位' THEN 'employer' WHEN '工作单位全称' THEN 'employer'
    WHEN 'hukou' THEN 'hukou' WHEN '户口所在地' THEN 'hukou'
    WHEN 'address' THEN 'address' WHEN '常住所在地地址' THEN 'address'
    WHEN 'phone' THEN 'phone' WHEN '联系电话' THEN 'phone' WHEN '联系电话手机' THEN 'phone'
    WHEN 'insurances' THEN 'insurances' WHEN '现参保情况' THEN 'insurances'
    WHEN 'not_insured_reason' THEN 'not_insured_reason' WHEN '未参保原因' THEN 'not_insured_reason'
    WHEN 'insured_elsewhere' THEN 'insured_elsewhere' WHEN '异地参保' THEN 'insured_elsewhere'
    WHEN 'flags' THEN 'flags' WHEN '标注' THEN 'flags'
END;
COMMENT ON FUNCTION @extschema@.load_column(text) IS
    'the form field of a CSV header (English field name or the form''s Chinese label); NULL when unknown';


-- 92_register_tables.sql
-- The registration register, part 3: its tables, created in the database by
-- enroll.create_register() in schema enroll_register and owned by whoever
-- runs it (the DBA), not by the extension.  pg_dump dumps them like any
-- table; DROP EXTENSION enroll refuses while they exist, and DROP EXTENSION
-- enroll CASCADE drops them whole (the schema is the extension's, the
-- tables are not); Citus can distribute them.
--
-- Shape rules (checked by sql/register_catalog.sql):
--   * every table is keyed by cnid first, so that all rows of a person can
--     live on one shard (history and problem carry the cnid);
--   * no triggers: the writing functions (93_register_write.sql) keep the
--     history in the same transaction;
--   * policies read no table: each row carries its person's region, and
--     region_permitted() asks the role catalogue;
--   * nobody but the owner may write: roles get SELECT (limited by row-level
--     security) and call the functions.
--
-- Layouts: 1 is 0.1.0's (extension-owned tables with triggers), 2 the first
-- of 0.2.0, 3 layout 2 with the history of bulk registration and without
-- foreign keys (register_migrate_layout2()), 4 this one: a person created
-- by bulk registration has a history row without copies of its rows
-- (register_migrate_layout3()).  create_register() creates layout 2 and
-- migrates it to 3 and 4, or migrates an older layout up the same way.

-- The register's tables of persons: the person, the form, enrolments, flags.
CREATE OR REPLACE FUNCTION @extschema@.register_create_persons() RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    -- One record per person.
    CREATE TABLE enroll_register.person (
        cnid        @extschema@.cnid PRIMARY KEY,
        name        text NOT NULL CHECK (name <> '' AND length(name) <= 50),
        sex         smallint NOT NULL CHECK (sex IN (1, 2)),
        birth       date NOT NULL,
        region      bigint NOT NULL CHECK (@extschema@.region_level(region) IN ('county', 'township', 'village')),
        hukou       bigint CHECK (hukou BETWEEN 100000 AND 999999),
        address     text CHECK (length(address) <= 200),
        phone       text CHECK (phone ~ '^1[3-9][0-9]{9}$'),
        employment  text NOT NULL CHECK (employment IN ('employed', 'preschool', 'student', 'unemployed', 'flexible', 'retired')),
        employer    text CHECK (employer <> ''),
        died_on     date,
        version     integer NOT NULL DEFAULT 1 CHECK (version > 0),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        updated_by  name NOT NULL DEFAULT CURRENT_USER,
        CHECK (employer IS NULL OR employment = 'employed'),
        CHECK (employment <> 'employed' OR employer IS NOT NULL),
        CHECK (died_on IS NULL OR died_on >= birth),
        CHECK (sex = @extschema@.cnid_sex(cnid) AND birth = @extschema@.cnid_birth_date(cnid))
    );
    CREATE INDEX person_region_idx ON enroll_register.person (region);
    COMMENT ON TABLE enroll_register.person IS
        'the register: one row per person keyed by cnid; region is the finest known place (village, township or county code)';

    -- The registration form, one per person, with its review state.
    CREATE TABLE enroll_register.registration (
        cnid                @extschema@.cnid PRIMARY KEY REFERENCES enroll_register.person ON DELETE CASCADE,
        region              bigint NOT NULL,
        state               text NOT NULL DEFAULT 'collected'
                            CHECK (state IN ('collected', 'township_review', 'county_review', 'confirmed', 'returned')),
        return_reason       text,
        not_insured_reason  text CHECK (not_insured_reason IN ('personal', 'employer', 'military_abroad_prison')),
        insured_elsewhere   text CHECK (insured_elsewhere IN ('province', 'other_province')),
        form                jsonb NOT NULL,
        collected_at        timestamptz NOT NULL DEFAULT now(),
        collected_by        name NOT NULL DEFAULT CURRENT_USER,
        township_by         name,
        county_by           name,
        CHECK ((state = 'returned') = (return_reason IS NOT NULL AND return_reason <> ''))
    );
    COMMENT ON TABLE enroll_register.registration IS
        'the registration form (全民参保登记表) as last collected, normalised, with its review state; region is the person''s';

    -- Insurance enrolments, one row per insurance type held.
    CREATE TABLE enroll_register.enrolment (
        cnid        @extschema@.cnid NOT NULL REFERENCES enroll_register.person ON DELETE CASCADE,
        insurance   smallint NOT NULL CHECK (@extschema@.insurance_code_known(insurance)),
        region      bigint NOT NULL,
        since       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cnid, insurance)
    );
    COMMENT ON TABLE enroll_register.enrolment IS
        'insurances a person holds (AAE140 codes of enroll.insurance_type), one row per type; enroll.person_insurances() gives the insset';

    -- Flags: unwilling, working_away, student, deceased, military, imprisoned.
    CREATE TABLE enroll_register.person_flag (
        cnid        @extschema@.cnid NOT NULL REFERENCES enroll_register.person ON DELETE CASCADE,
        flag        text NOT NULL CHECK (flag = ANY (@extschema@.registration_flags())),
        region      bigint NOT NULL,
        note        text,
        set_at      timestamptz NOT NULL DEFAULT now(),
        set_by      name NOT NULL DEFAULT CURRENT_USER,
        PRIMARY KEY (cnid, flag)
    );
    COMMENT ON TABLE enroll_register.person_flag IS
        'registration flags of a person (enroll.registration_flags()); deceased is set by record_death()';
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.register_create_persons() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.register_create_persons() IS
    'creates the register''s tables of persons: person, registration, enrolment, person_flag; called by register_create_layout2()';

-- What happened to whom: the problem queue, the history, the look-up audit.
CREATE OR REPLACE FUNCTION @extschema@.register_create_logs() RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    -- Records that need a household visit, each with its reason.
    CREATE TABLE enroll_register.problem (
        cnid        @extschema@.cnid NOT NULL REFERENCES enroll_register.person ON DELETE CASCADE,
        id          bigint GENERATED ALWAYS AS IDENTITY,
        region      bigint NOT NULL,
        reason      text NOT NULL CHECK (reason IN ('uninsured_no_reason', 'no_phone', 'returned', 'moved_in', 'other')),
        detail      text,
        opened_at   timestamptz NOT NULL DEFAULT now(),
        opened_by   name NOT NULL DEFAULT CURRENT_USER,
        closed_at   timestamptz,
        closed_by   name,
        PRIMARY KEY (cnid, id),
        CHECK ((closed_at IS NULL) = (closed_by IS NULL))
    );
    CREATE UNIQUE INDEX problem_open_key ON enroll_register.problem (cnid, reason) WHERE closed_at IS NULL;
    COMMENT ON TABLE enroll_register.problem IS
        'problem queue: records needing a household visit (入户调查), one open row per person and reason';

    -- Every change of the tables above: who, when, from what, to what.
    CREATE TABLE enroll_register.history (
        cnid            @extschema@.cnid NOT NULL,
        id              bigint GENERATED ALWAYS AS IDENTITY,
        tbl             text NOT NULL,
        key             text NOT NULL,
        op              text NOT NULL CHECK (op IN ('INSERT', 'UPDATE', 'DELETE')),
        region          bigint,
        at              timestamptz NOT NULL,
        actor           name NOT NULL,
        session_actor   name NOT NULL,
        xid             bigint NOT NULL,
        old             jsonb,
        new             jsonb,
        PRIMARY KEY (cnid, id)
    );
    CREATE INDEX history_key_idx ON enroll_register.history (tbl, key, id);
    CREATE INDEX history_at_idx ON enroll_register.history (at);
    COMMENT ON TABLE enroll_register.history IS
        'append-only change log of person, registration, enrolment, person_flag and problem, written by the register''s functions: who (actor, session_actor), when (at, transaction start), from (old) and to (new); region is the person''s region after the change';

    -- Who looked up which ID (lookup_registration(), and register() when the
    -- person is registered outside the caller's regions).  Written by a
    -- background worker, so a rollback cannot undo it; nobody but the owner
    -- reads it.
    CREATE TABLE enroll_register.lookup_audit (
        cnid            @extschema@.cnid NOT NULL,
        id              bigint GENERATED ALWAYS AS IDENTITY,
        at              timestamptz NOT NULL DEFAULT clock_timestamp(),
        asked_by        name NOT NULL,
        session_role    name NOT NULL,
        answer          text NOT NULL,
        PRIMARY KEY (cnid, id)
    );
    CREATE INDEX lookup_audit_at_idx ON enroll_register.lookup_audit (at);
    COMMENT ON TABLE enroll_register.lookup_audit IS
        'audit of look-ups of IDs in the register: who asked (the acting role and the session''s login) for which ID, when, and the answer';
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.register_create_logs() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.register_create_logs() IS
    'creates the register''s problem queue, history and look-up audit; called by register_create_layout2()';

-- The tables the user fills (names, targets) and the analysts' secret.
CREATE OR REPLACE FUNCTION @extschema@.register_create_local() RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    -- Township and village names and coverage targets, filled by the user.
    -- IF NOT EXISTS: 0.1.0 had them as extension tables (same definition),
    -- which the migration from 0.1.0 moves here.
    CREATE TABLE IF NOT EXISTS enroll_register.region_local (
        code    bigint PRIMARY KEY CHECK (code BETWEEN 100000000 AND 999999999 OR code BETWEEN 100000000000 AND 999999999999),
        name    text NOT NULL
    );
    COMMENT ON TABLE enroll_register.region_local IS
        'township (9-digit) and village (12-digit) names, filled by the user';
    CREATE TABLE IF NOT EXISTS enroll_register.coverage_target (
        region      bigint NOT NULL,
        category    text NOT NULL CHECK (category IN ('registration', 'pension', 'medical', 'unemployment', 'work_injury', 'maternity')),
        year        integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        target      double precision NOT NULL CHECK (target > 0 AND target <= 1),
        source      text,           -- the notice that set it, e.g. 榆政办函〔2016〕271号
        PRIMARY KEY (region, category, year)
    );
    COMMENT ON TABLE enroll_register.coverage_target IS
        'coverage targets per region, category and year, filled by the user; a region without a row inherits its nearest ancestor''s, then the national default';
    -- (added after the fact, so that tables of 0.1.0 get them too)
    ALTER TABLE enroll_register.region_local ADD CONSTRAINT region_local_level
        CHECK (@extschema@.region_level(code) IN ('township', 'village'));
    ALTER TABLE enroll_register.coverage_target ADD CONSTRAINT coverage_target_level
        CHECK (@extschema@.region_level(region) IS NOT NULL);

    -- The secret of the analysts' person key: readable by the owner only.
    CREATE TABLE enroll_register.register_secret (
        singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        secret      bytea NOT NULL CHECK (length(secret) >= 16)
    );
    COMMENT ON TABLE enroll_register.register_secret IS
        'the key of enroll.person_key() in enroll.person_masked; keep it with the backups, never grant it';
    INSERT INTO enroll_register.register_secret (secret)
    SELECT decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex');
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.register_create_local() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.register_create_local() IS
    'creates the register''s tables the user fills (region_local, coverage_target) and its secret; called by register_create_layout2()';

CREATE OR REPLACE FUNCTION @extschema@.register_create_layout2() RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    CREATE TABLE enroll_register.register_layout (
        layout      integer PRIMARY KEY CHECK (layout IN (1, 2)),
        created_at  timestamptz NOT NULL DEFAULT now(),
        created_by  name NOT NULL DEFAULT CURRENT_USER,
        note        text
    );
    COMMENT ON TABLE enroll_register.register_layout IS
        'the register''s layout version, set by enroll.create_register(); one row per layout it was created in or migrated to';

    PERFORM @extschema@.register_create_persons();
    PERFORM @extschema@.register_create_logs();
    PERFORM @extschema@.register_create_local();
    PERFORM @extschema@.register_create_access();
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.register_create_layout2() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.register_create_layout2() IS
    'creates the register''s tables (layout 2); called by create_register()';

-- Row-level security, policies, views: everything that depends on the
-- tables and is not data.  Policies read no table.
CREATE OR REPLACE FUNCTION @extschema@.register_create_access() RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['person', 'registration', 'enrolment', 'person_flag', 'problem', 'history'] LOOP
        EXECUTE format('ALTER TABLE enroll_register.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY region_read ON enroll_register.%I FOR SELECT USING (@extschema@.region_permitted(region))', t);
    END LOOP;
    ALTER TABLE enroll_register.lookup_audit ENABLE ROW LEVEL SECURITY;
    ALTER TABLE enroll_register.register_secret ENABLE ROW LEVEL SECURITY;

    -- The review queues (初审, 复审): forms waiting for a township or county
    -- decision, with their open problems.  security_invoker: each role sees
    -- its own regions' queue.
    CREATE VIEW enroll_register.review_queue WITH (security_invoker = true) AS
    SELECT CASE g.state WHEN 'township_review' THEN 'township' ELSE 'county' END AS level,
           @extschema@.region_at(p.region, CASE g.state WHEN 'township_review' THEN 'township' ELSE 'county' END) AS office,
           p.cnid, p.name, p.region, p.employment, g.state, g.collected_at, g.collected_by, g.township_by,
           ARRAY(SELECT q.reason FROM enroll_register.problem q
                 WHERE q.cnid = p.cnid AND q.closed_at IS NULL ORDER BY q.reason) AS open_problems
    FROM enroll_register.registration g JOIN enroll_register.person p ON p.cnid = g.cnid
    WHERE g.state IN ('township_review', 'county_review');
    COMMENT ON VIEW enroll_register.review_queue IS
        'forms waiting for a township (初审) or county (复审) decision, by office (the township or county code), with open problems; each role sees its own regions';

    -- The analysts' view: a keyed pseudonym instead of the ID, birth year,
    -- county and township; ordered by the pseudonym, so that neither the
    -- columns nor the order of the rows give the ID back (the threat model is
    -- in doc/reference-register.md).  Its rows come from a SECURITY DEFINER
    -- function, which reads the register on a Citus cluster too.  The view
    -- depends on no table, so a register dropped table by table leaves it
    -- behind: replaced, with its grants, when the register is created again.
    CREATE OR REPLACE VIEW enroll_register.person_masked WITH (security_barrier = true) AS
    SELECT m.person_key, m.sex, m.birth_year, m.county, m.township, m.employment, m.deceased, m.state,
           m.insurances, m.flags
    FROM @extschema@.person_masked_rows() m;
    COMMENT ON VIEW enroll_register.person_masked IS
        'the register for analysts: a pseudonymous person key (enroll.person_key under the register''s secret), sex, birth year, county and township; no ID, name, phone or address; rows in key order';
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.register_create_access() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.register_create_access() IS
    'row-level security, policies and views of the register; called by create_register()';

-- The register's layout in this database: 0 (none), 1 (0.1.0), 2, 3 or 4.
CREATE OR REPLACE FUNCTION @extschema@.register_layout_version() RETURNS integer
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF to_regclass('enroll_register.register_layout') IS NOT NULL THEN
        RETURN (SELECT max(layout) FROM enroll_register.register_layout);
    ELSIF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('@extschema@.history') AND attname = 'key') THEN
        RETURN 1;   -- 0.1.0's tables, in the extension's schema
    END IF;
    RETURN 0;
END $$;
COMMENT ON FUNCTION @extschema@.register_layout_version() IS
    'the register''s layout in this database: 0 none, 1 the layout of 0.1.0, 2 the first of 0.2.0, 3 the first of bulk registration, 4 the current one';

CREATE OR REPLACE FUNCTION @extschema@.create_register() RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    layout integer;
BEGIN
    -- one creator at a time
    PERFORM pg_advisory_xact_lock(hashtext('@extschema@.create_register'));
    layout := @extschema@.register_layout_version();
    IF layout = 4 THEN
        RETURN 'unchanged';
    ELSIF layout = 3 THEN
        PERFORM @extschema@.register_migrate_layout3('migrated from layout 3');
        RETURN 'migrated from layout 3';
    ELSIF layout = 2 THEN
        PERFORM @extschema@.register_migrate_layout2('migrated from layout 2');
        PERFORM @extschema@.register_migrate_layout3('migrated from layout 2');
        RETURN 'migrated from layout 2';
    ELSIF layout = 1 THEN
        PERFORM @extschema@.register_migrate_layout1();
        PERFORM @extschema@.register_migrate_layout2('migrated from the 0.1.0 layout');
        PERFORM @extschema@.register_migrate_layout3('migrated from the 0.1.0 layout');
        RETURN 'migrated from the 0.1.0 layout';
    END IF;
    -- one way to layout 4, whether new or migrated: a fresh register and an
    -- upgraded one are the same (test/t/020_upgrade.pl)
    PERFORM @extschema@.register_create_layout2();
    PERFORM @extschema@.register_migrate_layout2('created');
    PERFORM @extschema@.register_migrate_layout3('created');
    RETURN 'created';
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.create_register() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.create_register() IS
    'DBA: creates the register''s tables in this database (owned by the caller, not by the extension), or migrates those of 0.1.0 or of layouts 2 and 3 to the current layout (4); idempotent; returns created, migrated from the 0.1.0 layout, migrated from layout 2, migrated from layout 3, or unchanged';

-- 0.1.0's register (layout 1, in schema enroll) to layout 2 (in schema
-- enroll_register).  ALTER EXTENSION enroll UPDATE has released 0.1.0's
-- tables and views from the extension (and renamed region_grant to
-- region_grant_layout1); here they move to a holding schema, the new tables are created, the rows copied with
-- each child row's region and each history row's cnid filled in, the
-- identity sequences advanced, the region grants turned into region roles,
-- and the holding schema dropped.
CREATE OR REPLACE FUNCTION @extschema@.register_migrate_layout1() RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    t text;
    grant_row record;
    analysts name[];
BEGIN
    -- analysts: the roles granted the masked view (grant_analyst())
    SELECT coalesce(array_agg(DISTINCT r.rolname ORDER BY r.rolname), '{}') INTO analysts
    FROM pg_class c, aclexplode(c.relacl) a, pg_roles r
    WHERE c.oid = '@extschema@.person_masked'::regclass AND a.privilege_type = 'SELECT'
      AND r.oid = a.grantee AND a.grantee <> c.relowner;
    DROP SCHEMA IF EXISTS enroll_layout1 CASCADE;
    CREATE SCHEMA enroll_layout1;
    DROP VIEW @extschema@.review_queue, @extschema@.person_masked;
    FOREACH t IN ARRAY ARRAY['history', 'problem', 'person_flag', 'enrolment', 'registration', 'person', 'region_grant_layout1'] LOOP
        EXECUTE format('ALTER TABLE @extschema@.%I SET SCHEMA enroll_layout1', t);
    END LOOP;
    -- names and targets keep their table (create_register_layout2 adds checks)
    ALTER TABLE @extschema@.region_local SET SCHEMA enroll_register;
    ALTER TABLE @extschema@.coverage_target SET SCHEMA enroll_register;

    PERFORM @extschema@.register_create_layout2();
    INSERT INTO enroll_register.person SELECT * FROM enroll_layout1.person;
    INSERT INTO enroll_register.registration
        (cnid, region, state, return_reason, not_insured_reason, insured_elsewhere, form, collected_at, collected_by, township_by, county_by)
    SELECT g.cnid, p.region, g.state, g.return_reason, g.not_insured_reason, g.insured_elsewhere, g.form,
           g.collected_at, g.collected_by, g.township_by, g.county_by
    FROM enroll_layout1.registration g JOIN enroll_layout1.person p USING (cnid);
    INSERT INTO enroll_register.enrolment (cnid, insurance, region, since)
    SELECT e.cnid, e.insurance, p.region, e.since FROM enroll_layout1.enrolment e JOIN enroll_layout1.person p USING (cnid);
    INSERT INTO enroll_register.person_flag (cnid, flag, region, note, set_at, set_by)
    SELECT f.cnid, f.flag, p.region, f.note, f.set_at, f.set_by FROM enroll_layout1.person_flag f JOIN enroll_layout1.person p USING (cnid);
    INSERT INTO enroll_register.problem (cnid, id, region, reason, detail, opened_at, opened_by, closed_at, closed_by) OVERRIDING SYSTEM VALUE
    SELECT q.cnid, q.id, p.region, q.reason, q.detail, q.opened_at, q.opened_by, q.closed_at, q.closed_by
    FROM enroll_layout1.problem q JOIN enroll_layout1.person p USING (cnid);
    -- History: the person of each row, and the region its child rows would
    -- have carried (the person's region after the change, as recorded).
    INSERT INTO enroll_register.history (cnid, id, tbl, key, op, region, at, actor, session_actor, xid, old, new) OVERRIDING SYSTEM VALUE
    SELECT (coalesce(h.new, h.old) ->> 'cnid')::@extschema@.cnid, h.id, h.tbl, h.key, h.op, h.region, h.at, h.actor,
           h.session_actor, h.xid,
           CASE WHEN h.tbl = 'person' OR h.old IS NULL THEN h.old ELSE h.old || jsonb_build_object('region', h.region) END,
           CASE WHEN h.tbl = 'person' OR h.new IS NULL THEN h.new ELSE h.new || jsonb_build_object('region', h.region) END
    FROM enroll_layout1.history h;
    PERFORM setval(pg_get_serial_sequence('enroll_register.problem', 'id'), greatest(max(id), 1), max(id) IS NOT NULL)
    FROM enroll_register.problem;
    PERFORM setval(pg_get_serial_sequence('enroll_register.history', 'id'), greatest(max(id), 1), max(id) IS NOT NULL)
    FROM enroll_register.history;

    -- Grants: region rows become region roles; analysts keep their view.
    FOR grant_row IN SELECT rg.role, rg.region FROM enroll_layout1.region_grant_layout1 rg
             WHERE EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = rg.role) ORDER BY 1, 2 LOOP
        PERFORM @extschema@.grant_region(grant_row.role, grant_row.region);
    END LOOP;
    FOREACH t IN ARRAY analysts LOOP
        PERFORM @extschema@.grant_analyst(t::name);
    END LOOP;
    DROP SCHEMA enroll_layout1 CASCADE;
    INSERT INTO enroll_register.register_layout (layout, note) VALUES (2, 'migrated from the 0.1.0 layout');
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.register_migrate_layout1() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.register_migrate_layout1() IS
    'migrates the register of 0.1.0 (layout 1) to layout 2; called by create_register() after ALTER EXTENSION enroll UPDATE';

-- Layout 2 to 3, the register of bulk registration (register_batch(),
-- enroll-load):
--   * history.children: a person registered by register_batch() gets one
--     history row for all the rows it was created with (its registration,
--     enrolments, flags and problems, by table), where register() writes one
--     per row; enroll_register.history_rows shows each of them as the row
--     register() would have written (same person, time, actors, transaction
--     and region), and as_of() reads that.  A bulk load writes a third of
--     the history rows, each with three indexes.
--   * no foreign keys from registration, enrolment, person_flag and problem
--     to person.  The writing functions are the only writers (roles have
--     SELECT only), create or lock the person before its rows and never
--     delete a person; the per-row check of the key cost a fifth of a bulk
--     load.  sql/register_batch.sql and the TAP tests check that no row is
--     without its person.
CREATE OR REPLACE FUNCTION @extschema@.register_migrate_layout2(note text) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    t text;
    grantee name;
BEGIN
    -- (the CHECK of layout 2's table, named by default)
    ALTER TABLE enroll_register.register_layout DROP CONSTRAINT register_layout_layout_check,
        ADD CONSTRAINT register_layout_layout_check CHECK (layout IN (1, 2, 3));
    FOREACH t IN ARRAY ARRAY['registration', 'enrolment', 'person_flag', 'problem'] LOOP
        EXECUTE format('ALTER TABLE enroll_register.%I DROP CONSTRAINT IF EXISTS %I', t, t || '_cnid_fkey');
    END LOOP;
    ALTER TABLE enroll_register.history ADD COLUMN children jsonb,
        ADD CONSTRAINT history_children_check CHECK (children IS NULL OR (tbl = 'person' AND op = 'INSERT' AND jsonb_typeof(children) = 'object'));
    COMMENT ON COLUMN enroll_register.history.children IS
        'rows the person was created with by register_batch(), by table ({"registration": [row], "enrolment": [row, ...], ...}): each an INSERT of that row at this row''s time, by its actors, in its transaction; enroll_register.history_rows shows them one per row';
    PERFORM @extschema@.register_create_history_rows();
    -- the roles that read the history read its rows
    FOR grantee IN SELECT DISTINCT r.rolname FROM pg_class c, aclexplode(c.relacl) a, pg_roles r
                   WHERE c.oid = 'enroll_register.history'::regclass AND a.privilege_type = 'SELECT'
                     AND a.grantee <> c.relowner AND r.oid = a.grantee ORDER BY 1 LOOP
        EXECUTE format('GRANT SELECT ON enroll_register.history_rows TO %I', grantee);
    END LOOP;
    INSERT INTO enroll_register.register_layout (layout, note) VALUES (3, note);
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.register_migrate_layout2(text) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.register_migrate_layout2(text) IS
    'migrates the register from layout 2 to 3 (history of bulk registration, no foreign keys to person); called by create_register()';

-- The history one row per register row changed, as register() writes it:
--   * the rows of history that carry their row (every change but the
--     creation of a person by register_batch());
--   * each row of history.children (layout 3's bulk registration) as the
--     INSERT of that row;
--   * for a person created by register_batch() in layout 4 (a history row
--     INSERT of person without new, register_migrate_layout3()), each row it
--     was created with as the INSERT of that row: the old of the row's
--     first later change where it changed since (none when that change
--     inserted it), else the row as it is now.  Such a row carries the
--     person's region of its creation, as register() writes it (a move
--     updates the regions of a person's rows without history).
-- Every INSERT of a row has its row in new, and the rows are those of
-- history.  Rows show where the viewer may read the history row:
-- region_permitted(h.region), the policy of enroll_register.history, applied
-- here because the view reads the register's current rows with its owner's
-- rights (a person's rows may have moved out of the regions their creation
-- is in); security_barrier keeps the caller's conditions after that test.
CREATE OR REPLACE FUNCTION @extschema@.register_create_history_rows() RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    EXECUTE $v$
    CREATE OR REPLACE VIEW enroll_register.history_rows WITH (security_barrier = true) AS
    SELECT h.cnid, h.id, h.tbl, h.key, h.op, h.region, h.at, h.actor, h.session_actor, h.xid, h.old, h.new
    FROM enroll_register.history h
    WHERE (h.new IS NOT NULL OR h.op <> 'INSERT') AND @extschema@.region_permitted(h.region)
    UNION ALL
    SELECT h.cnid, h.id, c.key, @extschema@.history_key(c.key, r.value), 'INSERT', h.region, h.at, h.actor,
           h.session_actor, h.xid, NULL, r.value
    FROM enroll_register.history h
    CROSS JOIN LATERAL jsonb_each(h.children) c
    CROSS JOIN LATERAL jsonb_array_elements(c.value) r
    WHERE h.children IS NOT NULL AND @extschema@.region_permitted(h.region)
    UNION ALL
    -- created by register_batch(): rows changed since, from their first change
    SELECT h.cnid, h.id, l.tbl, l.key, 'INSERT', h.region, h.at, h.actor, h.session_actor, h.xid, NULL,
           l.old || jsonb_build_object('region', h.region)
    FROM enroll_register.history h
    JOIN enroll_register.history l ON l.cnid = h.cnid AND l.id > h.id
    WHERE h.op = 'INSERT' AND h.new IS NULL AND @extschema@.region_permitted(h.region) AND l.op <> 'INSERT'
      AND NOT EXISTS (SELECT 1 FROM enroll_register.history m
                      WHERE m.cnid = l.cnid AND m.tbl = l.tbl AND m.key = l.key AND m.id > h.id AND m.id < l.id)
    UNION ALL
    -- and rows not changed since, as they are, table by table
    $v$ || (SELECT string_agg(format($b$
    SELECT h.cnid, h.id, %1$L, x.key, 'INSERT', h.region, h.at, h.actor, h.session_actor, h.xid, NULL,
           x.row || jsonb_build_object('region', h.region)
    FROM enroll_register.history h
    JOIN (SELECT y.cnid, to_jsonb(y) AS row, @extschema@.history_key(%1$L, to_jsonb(y)) AS key
          FROM enroll_register.%1$I y) x ON x.cnid = h.cnid
    WHERE h.op = 'INSERT' AND h.new IS NULL AND @extschema@.region_permitted(h.region)
      AND NOT EXISTS (SELECT 1 FROM enroll_register.history m
                      WHERE m.cnid = x.cnid AND m.tbl = %1$L AND m.key = x.key AND m.id > h.id)$b$, t), '
    UNION ALL')
        FROM unnest(ARRAY['person', 'registration', 'enrolment', 'person_flag', 'problem']) t);
    COMMENT ON VIEW enroll_register.history_rows IS
        'the history one row per change of a register row, as register() writes it: enroll_register.history, with the rows a person was created with by register_batch() (history.children in layout 3; in layout 4 the old of each row''s first later change, or the row as it is now) shown as the INSERT of each, at the person''s history id; rows of history the viewer may read';
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.register_create_history_rows() FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.register_create_history_rows() IS
    'creates or replaces the view enroll_register.history_rows; called by create_register()';

-- Layout 3 to 4: a person created by register_batch() gets a history row
-- (INSERT of person, with its time, actors, transaction and region) that
-- copies none of its rows: no new, no children.  Its rows as created are
-- the old of their first later change, or the rows as they are now; the
-- view enroll_register.history_rows shows them as register() writes them,
-- and as_of() reads that view.  A bulk load writes no copy of a row it
-- inserts (a person's rows are 1.8 kB of JSON in layout 3's history, 60 %
-- of what a new person costs).  The rows of layout 3 keep their children.
CREATE OR REPLACE FUNCTION @extschema@.register_migrate_layout3(note text) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    ALTER TABLE enroll_register.register_layout DROP CONSTRAINT register_layout_layout_check,
        ADD CONSTRAINT register_layout_layout_check CHECK (layout IN (1, 2, 3, 4));
    -- every INSERT has its row, but a person's by register_batch()
    ALTER TABLE enroll_register.history ADD CONSTRAINT history_new_check
        CHECK (new IS NOT NULL OR op <> 'INSERT' OR (tbl = 'person' AND children IS NULL));
    -- No index by (tbl, key, id): no query of the register's functions looks
    -- a row's history up by its key alone (history_rows finds a person's
    -- history by (cnid, id), the primary key; as_of() reads a table's whole
    -- history), and with its text key it was a tenth of a new person's pages.
    DROP INDEX enroll_register.history_key_idx;
    COMMENT ON COLUMN enroll_register.history.new IS
        'the row after the change; NULL for a DELETE, and for the INSERT of a person by register_batch() (layout 4), whose rows as created are the old of their first later change or the rows as they are now (enroll_register.history_rows)';
    COMMENT ON COLUMN enroll_register.history.children IS
        'rows the person was created with by register_batch() of layout 3, by table ({"registration": [row], "enrolment": [row, ...], ...}): each an INSERT of that row at this row''s time, by its actors, in its transaction; enroll_register.history_rows shows them one per row (layout 4 writes none)';
    PERFORM @extschema@.register_create_history_rows();
    INSERT INTO enroll_register.register_layout (layout, note) VALUES (4, note);
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.register_migrate_layout3(text) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.register_migrate_layout3(text) IS
    'migrates the register from layout 3 to 4 (history of bulk registration without copies of the rows); called by create_register()';

-- 93_register_write.sql
-- The registration register, part 4: the writing functions.  They are the
-- only way to change the register: roles have SELECT on its tables and
-- nothing else.  Each is SECURITY DEFINER with a pinned search_path, checks
-- the acting role's regions itself (acting_role(): the session's role, not
-- the definer), and writes the history rows in the same transaction.
--
-- Locking discipline (no deadlocks): every writing function locks the
-- person row first (SELECT ... FOR UPDATE, or the INSERT that creates it),
-- then touches registration, enrolment, person_flag, problem in that order,
-- and handles one person per call.

-- The history key of a row: its key columns joined by |.
CREATE OR REPLACE FUNCTION @extschema@.history_key(tbl text, r jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN tbl = 'enrolment' THEN (r ->> 'cnid') || '|' || (r ->> 'insurance')
            WHEN tbl = 'person_flag' THEN (r ->> 'cnid') || '|' || (r ->> 'flag')
            WHEN tbl = 'problem' THEN r ->> 'id'
            ELSE r ->> 'cnid' END;
COMMENT ON FUNCTION @extschema@.history_key(text, jsonb) IS
    'the history key of a register row: cnid, cnid|insurance, cnid|flag or the problem id';

-- One history row; region is the person's region after the change.  The
-- values are computed here, not in the INSERT: on Citus the statement then
-- carries only constants to the person's shard (SESSION_USER there would be
-- the coordinator's connection, not the session's login).
CREATE OR REPLACE FUNCTION @extschema@.history_write(tbl text, op text, region bigint, actor name, old jsonb, new jsonb) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    id @extschema@.cnid;
    k text;
    login name := SESSION_USER;
BEGIN
    IF op = 'UPDATE' AND old = new THEN
        RETURN;
    END IF;
    id := (coalesce(new, old) ->> 'cnid')::@extschema@.cnid;
    k := @extschema@.history_key(tbl, coalesce(new, old));
    INSERT INTO enroll_register.history (cnid, tbl, key, op, region, at, actor, session_actor, xid, old, new)
    VALUES (id, tbl, k, op, region, now(), actor, login, txid_current(), old, new);
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.history_write(text, text, bigint, name, jsonb, jsonb) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.history_write(text, text, bigint, name, jsonb, jsonb) IS
    'appends one row to enroll.history (no row for an update that changed nothing); called by the writing functions only';

-- Lock a person the acting role holds, or raise the same error whether the
-- person does not exist or lies outside the role's regions.
-- (Row types as anyelement: the tables do not exist when the extension is
-- created; callers pass a variable of type enroll.person.)
CREATE OR REPLACE FUNCTION @extschema@.person_lock(id @extschema@.cnid, actor name, person_type anyelement) RETURNS anyelement
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    p enroll_register.person;
BEGIN
    SELECT * INTO p FROM enroll_register.person WHERE cnid = id FOR UPDATE;
    IF NOT FOUND OR NOT @extschema@.region_permitted_to(p.region, actor) THEN
        RAISE EXCEPTION 'cnid: no person % in your regions', id::text
            USING ERRCODE = 'no_data_found', COLUMN = 'cnid';
    END IF;
    RETURN p;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.person_lock(@extschema@.cnid, name, anyelement) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.person_lock(@extschema@.cnid, name, anyelement) IS
    'locks and returns a person the role holds; error P0002 naming cnid otherwise (the same whether absent or elsewhere)';

CREATE OR REPLACE FUNCTION @extschema@.workflow_check(from_state text, to_state text) RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    IF from_state IS DISTINCT FROM to_state AND NOT EXISTS (
            SELECT 1 FROM @extschema@.workflow_transition t WHERE t.from_state = workflow_check.from_state AND t.to_state = workflow_check.to_state) THEN
        RAISE EXCEPTION 'state: invalid transition from % to %', coalesce(from_state, 'no form'), to_state
            USING ERRCODE = 'object_not_in_prerequisite_state', COLUMN = 'state',
                  HINT = 'See enroll.workflow_transition.';
    END IF;
END $$;
COMMENT ON FUNCTION @extschema@.workflow_check(text, text) IS
    'raises 55000 unless the change of a registration''s state is listed in enroll.workflow_transition';

-- Change a registration (its state, reason, reviewers) and record it.
CREATE OR REPLACE FUNCTION @extschema@.registration_update(old anyelement, new anyelement, actor name) RETURNS anyelement
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    r enroll_register.registration;
BEGIN
    PERFORM @extschema@.workflow_check(old.state, new.state);
    UPDATE enroll_register.registration g SET state = new.state, return_reason = new.return_reason,
        township_by = new.township_by, county_by = new.county_by
    WHERE g.cnid = old.cnid
    RETURNING * INTO r;
    PERFORM @extschema@.history_write('registration', 'UPDATE', r.region, actor, to_jsonb(old), to_jsonb(r));
    RETURN r;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.registration_update(anyelement, anyelement, name) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.registration_update(anyelement, anyelement, name) IS
    'applies a state change of a registration (checked against enroll.workflow_transition) and records it in history';

CREATE OR REPLACE FUNCTION @extschema@.problem_open(id @extschema@.cnid, why text, detail text, region bigint, actor name) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    q enroll_register.problem;
    n enroll_register.problem;
BEGIN
    SELECT * INTO q FROM enroll_register.problem p WHERE p.cnid = problem_open.id AND p.reason = why AND p.closed_at IS NULL;
    IF NOT FOUND THEN
        INSERT INTO enroll_register.problem (cnid, region, reason, detail, opened_by)
        VALUES (problem_open.id, problem_open.region, why, problem_open.detail, actor) RETURNING * INTO n;
        PERFORM @extschema@.history_write('problem', 'INSERT', problem_open.region, actor, NULL, to_jsonb(n));
    ELSIF q.detail IS DISTINCT FROM problem_open.detail THEN
        UPDATE enroll_register.problem p SET detail = problem_open.detail WHERE p.cnid = problem_open.id AND p.id = q.id RETURNING * INTO n;
        PERFORM @extschema@.history_write('problem', 'UPDATE', problem_open.region, actor, to_jsonb(q), to_jsonb(n));
    END IF;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.problem_open(@extschema@.cnid, text, text, bigint, name) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.problem_open(@extschema@.cnid, text, text, bigint, name) IS
    'opens a problem for a person, or updates the detail of the open one with that reason; records it in history';

CREATE OR REPLACE FUNCTION @extschema@.problem_close(id @extschema@.cnid, why text, region bigint, actor name) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    q enroll_register.problem;
    n enroll_register.problem;
BEGIN
    SELECT * INTO q FROM enroll_register.problem p WHERE p.cnid = problem_close.id AND p.reason = why AND p.closed_at IS NULL;
    IF FOUND THEN
        UPDATE enroll_register.problem p SET closed_at = now(), closed_by = actor WHERE p.cnid = problem_close.id AND p.id = q.id RETURNING * INTO n;
        PERFORM @extschema@.history_write('problem', 'UPDATE', problem_close.region, actor, to_jsonb(q), to_jsonb(n));
    END IF;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.problem_close(@extschema@.cnid, text, bigint, name) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.problem_close(@extschema@.cnid, text, bigint, name) IS
    'closes the open problem of a person with that reason, if any; records it in history';

-- Make a person's enrolments (and, when given, flags other than deceased)
-- those of the form, recording every row added or removed.  Each statement
-- names the person's cnid (a router query on Citus); rows are removed in one
-- statement, added one per statement, and their history is written in key
-- order, the same everywhere.
CREATE OR REPLACE FUNCTION @extschema@.person_children_set(id @extschema@.cnid, region bigint, ins smallint[], flags text[], actor name) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    e enroll_register.enrolment;
    f enroll_register.person_flag;
    i smallint;
    x text;
BEGIN
    FOR e IN WITH gone AS (DELETE FROM enroll_register.enrolment y WHERE y.cnid = id AND NOT y.insurance = ANY (ins)
                           RETURNING y.*)
             SELECT * FROM gone ORDER BY gone.insurance LOOP
        PERFORM @extschema@.history_write('enrolment', 'DELETE', person_children_set.region, actor, to_jsonb(e), NULL);
    END LOOP;
    FOR i IN SELECT DISTINCT u FROM unnest(ins) u ORDER BY u LOOP
        INSERT INTO enroll_register.enrolment AS y (cnid, insurance, region) VALUES (id, i, person_children_set.region)
        ON CONFLICT DO NOTHING RETURNING y.* INTO e;
        IF FOUND THEN
            PERFORM @extschema@.history_write('enrolment', 'INSERT', person_children_set.region, actor, NULL, to_jsonb(e));
        END IF;
    END LOOP;
    IF flags IS NOT NULL THEN
        FOR f IN WITH gone AS (DELETE FROM enroll_register.person_flag y
                               WHERE y.cnid = id AND y.flag <> 'deceased' AND NOT y.flag = ANY (flags) RETURNING y.*)
                 SELECT * FROM gone ORDER BY gone.flag LOOP
            PERFORM @extschema@.history_write('person_flag', 'DELETE', person_children_set.region, actor, to_jsonb(f), NULL);
        END LOOP;
        FOR x IN SELECT DISTINCT u FROM unnest(flags) u ORDER BY u LOOP
            INSERT INTO enroll_register.person_flag AS y (cnid, flag, region, set_by) VALUES (id, x, person_children_set.region, actor)
            ON CONFLICT DO NOTHING RETURNING y.* INTO f;
            IF FOUND THEN
                PERFORM @extschema@.history_write('person_flag', 'INSERT', person_children_set.region, actor, NULL, to_jsonb(f));
            END IF;
        END LOOP;
    END IF;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.person_children_set(@extschema@.cnid, bigint, smallint[], text[], name) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.person_children_set(@extschema@.cnid, bigint, smallint[], text[], name) IS
    'sets a person''s enrolments and (when flags is not NULL) flags other than deceased to the given ones, recording each change';

-- A person changed: write the row and its history.
CREATE OR REPLACE FUNCTION @extschema@.person_update(old anyelement, new anyelement, actor name) RETURNS anyelement
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    p enroll_register.person;
BEGIN
    UPDATE enroll_register.person x SET name = new.name, region = new.region, hukou = new.hukou, address = new.address,
        phone = new.phone, employment = new.employment, employer = new.employer, died_on = new.died_on,
        version = old.version + 1, updated_at = now(), updated_by = actor
    WHERE x.cnid = old.cnid
    RETURNING * INTO p;
    PERFORM @extschema@.history_write('person', 'UPDATE', p.region, actor, to_jsonb(old), to_jsonb(p));
    IF p.region <> old.region THEN
        -- the rows of the person follow it (their history keeps the region they were written in)
        UPDATE enroll_register.registration g SET region = p.region WHERE g.cnid = p.cnid;
        UPDATE enroll_register.enrolment e SET region = p.region WHERE e.cnid = p.cnid;
        UPDATE enroll_register.person_flag f SET region = p.region WHERE f.cnid = p.cnid;
        UPDATE enroll_register.problem q SET region = p.region WHERE q.cnid = p.cnid;
    END IF;
    RETURN p;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.person_update(anyelement, anyelement, name) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.person_update(anyelement, anyelement, name) IS
    'writes a changed person (version + 1) with its history; a change of region moves the person''s other rows with it';

CREATE OR REPLACE FUNCTION @extschema@.person_insurances(id @extschema@.cnid) RETURNS @extschema@.insset
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    RETURN (SELECT @extschema@.insset(coalesce(array_agg(e.insurance), '{}')) FROM enroll_register.enrolment e WHERE e.cnid = id);
END $$;
COMMENT ON FUNCTION @extschema@.person_insurances(@extschema@.cnid) IS
    'the insurances a person holds, as an insset (as the caller sees the register)';

-- The look-up a clerk may make of a person outside their regions (the
-- form's 异地参保 needs it): audited, whatever the answer.
CREATE OR REPLACE FUNCTION @extschema@.lookup_registration(id @extschema@.cnid) RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    actor name := @extschema@.acting_role();
    r bigint;
    answer text;
BEGIN
    IF id IS NULL THEN
        PERFORM @extschema@.form_error('cnid', 'required', 'not_null_violation');
    END IF;
    PERFORM @extschema@.register_required();
    SELECT p.region INTO r FROM enroll_register.person p WHERE p.cnid = id;
    answer := CASE WHEN NOT FOUND THEN 'not_registered'
                   WHEN @extschema@.region_permitted_to(r, actor) THEN 'in_your_regions'
                   ELSE 'registered_elsewhere' END;
    PERFORM @extschema@.lookup_audit_record(id, answer);
    RETURN answer;
END $$;
COMMENT ON FUNCTION @extschema@.lookup_registration(@extschema@.cnid) IS
    'whether an ID is registered in this register: not_registered, in_your_regions or registered_elsewhere; every call is recorded in enroll.lookup_audit (who, which ID, when), and a rollback does not undo the record';

CREATE OR REPLACE FUNCTION @extschema@.register(form jsonb) RETURNS jsonb
LANGUAGE plpgsql PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    actor name := @extschema@.acting_role();
    f jsonb;
    id @extschema@.cnid;
    reg bigint;
    p enroll_register.person;
    n enroll_register.person;
    r enroll_register.registration;
    r_old enroll_register.registration;
    action text;
    warnings text[] := '{}';
    ins smallint[];
    stored jsonb;
    uninsured boolean;          -- no insurance and no reason: a household visit
    no_phone boolean;
    id_province bigint;
BEGIN
    PERFORM @extschema@.register_required();
    f := @extschema@.form_normalize(form);
    uninsured := jsonb_array_length(f -> 'insurances') = 0 AND NOT f ? 'not_insured_reason';
    no_phone := NOT f ? 'phone';
    id := (f ->> 'cnid')::@extschema@.cnid;
    reg := coalesce((f ->> 'village')::bigint, (f ->> 'township')::bigint, (f ->> 'county')::bigint);
    stored := f - 'version';
    SELECT coalesce(array_agg(x::smallint ORDER BY x::smallint), '{}') INTO ins FROM jsonb_array_elements_text(f -> 'insurances') x;
    IF NOT @extschema@.region_permitted_to(reg, actor) THEN
        PERFORM @extschema@.form_error(CASE WHEN f ? 'village' THEN 'village' WHEN f ? 'township' THEN 'township' ELSE 'county' END,
            format('%s is outside your regions', reg), 'insufficient_privilege');
    END IF;

    -- The person row first: lock it, or create it.  A concurrent creator
    -- makes the INSERT do nothing, and the second SELECT waits for it.
    SELECT * INTO p FROM enroll_register.person WHERE cnid = id FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO enroll_register.person (cnid, name, sex, birth, region, hukou, address, phone, employment, employer, updated_by)
        VALUES (id, f ->> 'name', @extschema@.cnid_sex(id), @extschema@.cnid_birth_date(id), reg,
                (f ->> 'hukou')::bigint, f ->> 'address', f ->> 'phone', f ->> 'employment', f ->> 'employer', actor)
        ON CONFLICT (cnid) DO NOTHING
        RETURNING * INTO p;
        IF FOUND THEN
            action := 'inserted';
            PERFORM @extschema@.history_write('person', 'INSERT', reg, actor, NULL, to_jsonb(p));
        ELSE
            SELECT * INTO p FROM enroll_register.person WHERE cnid = id FOR UPDATE;
        END IF;
    END IF;
    IF action IS NULL AND NOT @extschema@.region_permitted_to(p.region, actor) THEN
        -- The caller learns that the person exists elsewhere: a look-up, audited.
        PERFORM @extschema@.lookup_audit_record(id, 'registered_elsewhere');
        PERFORM @extschema@.form_error('cnid', format('%s is registered outside your regions', id::text), 'insufficient_privilege');
    END IF;

    IF f ? 'version' AND (f ->> 'version')::integer <> p.version THEN
        RAISE EXCEPTION 'version: the record changed since it was read (form version %, now %)', f ->> 'version', p.version
            USING ERRCODE = 'serialization_failure', COLUMN = 'version',
                  HINT = 'Read the person again and resubmit.';
    END IF;
    IF p.died_on IS NOT NULL THEN
        warnings := warnings || format('person died on %s', to_char(p.died_on, 'YYYY-MM-DD'));
    END IF;

    IF action IS NULL THEN
        SELECT * INTO r FROM enroll_register.registration WHERE cnid = id;
        IF r.form IS NOT DISTINCT FROM stored THEN
            action := 'unchanged';
        ELSE
            action := 'updated';
            n := p;
            n.name := f ->> 'name';
            n.region := reg;
            n.hukou := (f ->> 'hukou')::bigint;
            n.address := f ->> 'address';
            n.phone := f ->> 'phone';
            n.employment := f ->> 'employment';
            n.employer := f ->> 'employer';
            p := @extschema@.person_update(p, n, actor);
        END IF;
    END IF;

    IF action = 'inserted' OR (action = 'updated' AND r.cnid IS NULL) THEN
        INSERT INTO enroll_register.registration (cnid, region, not_insured_reason, insured_elsewhere, form, collected_by)
        VALUES (id, reg, f ->> 'not_insured_reason', f ->> 'insured_elsewhere', stored, actor)
        RETURNING * INTO r;
        PERFORM @extschema@.history_write('registration', 'INSERT', reg, actor, NULL, to_jsonb(r));
    ELSIF action = 'updated' THEN
        -- new data: collected again (amend), reviewers cleared
        PERFORM @extschema@.workflow_check(r.state, 'collected');
        r_old := r;
        UPDATE enroll_register.registration g SET
            state = 'collected', return_reason = NULL,
            not_insured_reason = f ->> 'not_insured_reason', insured_elsewhere = f ->> 'insured_elsewhere',
            form = stored, collected_at = now(), collected_by = actor, township_by = NULL, county_by = NULL
        WHERE g.cnid = id
        RETURNING * INTO r;
        PERFORM @extschema@.history_write('registration', 'UPDATE', reg, actor, to_jsonb(r_old), to_jsonb(r));
    END IF;
    IF action <> 'unchanged' THEN
        PERFORM @extschema@.person_children_set(id, reg, ins,
            CASE WHEN f ? 'flags' OR action = 'inserted'
                 THEN ARRAY(SELECT x FROM jsonb_array_elements_text(coalesce(f -> 'flags', '[]')) x ORDER BY x) END, actor);
        IF uninsured THEN
            PERFORM @extschema@.problem_open(id, 'uninsured_no_reason', 'no insurance and no reason given', reg, actor);
        ELSIF action = 'updated' THEN
            PERFORM @extschema@.problem_close(id, 'uninsured_no_reason', reg, actor);
        END IF;
        IF no_phone THEN
            PERFORM @extschema@.problem_open(id, 'no_phone', NULL, reg, actor);
        ELSIF action = 'updated' THEN
            PERFORM @extschema@.problem_close(id, 'no_phone', reg, actor);
        END IF;
        IF action = 'updated' THEN
            PERFORM @extschema@.problem_close(id, 'returned', reg, actor);
        END IF;
    ELSE
        ins := @extschema@.insset_codes(@extschema@.person_insurances(id));
    END IF;

    IF no_phone THEN
        warnings := warnings || 'phone: missing; queued for a household visit'::text;
    END IF;
    IF uninsured THEN
        warnings := warnings || 'not_insured_reason: missing for a person without insurance; queued for a household visit'::text;
    END IF;
    IF @extschema@.cnid_kind(id) = 'mainland' AND f ? 'hukou' THEN
        id_province := @extschema@.region_province(@extschema@.cnid_region(id));
        IF id_province <> (f ->> 'hukou')::bigint / 10000 * 10000 THEN
            warnings := warnings || format('hukou: in province %s, the ID number was issued in %s',
                (f ->> 'hukou')::bigint / 10000 * 10000, id_province);
        END IF;
    END IF;

    RETURN jsonb_build_object('action', action, 'person', to_jsonb(p), 'state', r.state,
                              'insurances', @extschema@.insset(ins)::text,
                              'warnings', to_jsonb(warnings));
END $$;
COMMENT ON FUNCTION @extschema@.register(jsonb) IS
    'registers one form (see form_normalize): inserts or updates the person by cnid, idempotently, within the caller''s regions; returns action (inserted, updated, unchanged), person, state and warnings';

CREATE OR REPLACE FUNCTION @extschema@.submit(id @extschema@.cnid) RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    actor name := @extschema@.acting_role();
    p enroll_register.person;
    r enroll_register.registration;
    n enroll_register.registration;
BEGIN
    PERFORM @extschema@.register_required();
    p := @extschema@.person_lock(id, actor, p);
    SELECT * INTO r FROM enroll_register.registration WHERE cnid = id;
    IF r.state = 'township_review' THEN
        RETURN 'unchanged';
    END IF;
    IF r.state IS DISTINCT FROM 'collected' AND r.state IS DISTINCT FROM 'returned' THEN
        PERFORM @extschema@.form_error('state', format('only a collected or returned form can be submitted, found %s', coalesce(r.state, 'no form')),
            'object_not_in_prerequisite_state');
    END IF;
    n := r;
    n.state := 'township_review';
    n.return_reason := NULL;
    PERFORM @extschema@.registration_update(r, n, actor);
    PERFORM @extschema@.problem_close(id, 'returned', p.region, actor);
    RETURN 'township_review';
END $$;
COMMENT ON FUNCTION @extschema@.submit(@extschema@.cnid) IS
    'sends a collected (or returned) form to township review; idempotent';

CREATE OR REPLACE FUNCTION @extschema@.review(id @extschema@.cnid, level text, approve boolean, reason text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    levels constant text[] := ARRAY['province', 'prefecture', 'county', 'township', 'village'];
    actor name := @extschema@.acting_role();
    p enroll_register.person;
    r enroll_register.registration;
    n enroll_register.registration;
    held text;
    goal text;
BEGIN
    PERFORM @extschema@.register_required();
    IF level IS NULL OR level NOT IN ('township', 'county') THEN
        PERFORM @extschema@.form_error('level', format('township or county expected, got %s', coalesce(to_jsonb(level)::text, 'null')), 'invalid_parameter_value');
    END IF;
    IF approve IS NULL THEN
        PERFORM @extschema@.form_error('approve', 'required', 'not_null_violation');
    END IF;
    IF NOT approve AND coalesce(btrim(reason), '') = '' THEN
        PERFORM @extschema@.form_error('reason', 'required when returning a form', 'not_null_violation');
    END IF;
    p := @extschema@.person_lock(id, actor, p);
    held := @extschema@.region_grant_level(p.region, actor);
    IF array_position(levels, held) > array_position(levels, level) THEN
        PERFORM @extschema@.form_error('level', format('a %s review needs a %s grant, you hold the region at %s level', level, level, held),
            'insufficient_privilege');
    END IF;
    SELECT * INTO r FROM enroll_register.registration WHERE cnid = id FOR UPDATE;
    goal := CASE WHEN NOT approve THEN 'returned' WHEN level = 'township' THEN 'county_review' ELSE 'confirmed' END;
    IF r.state = goal AND (approve OR r.return_reason = btrim(reason)) THEN
        RETURN 'unchanged';
    END IF;
    IF r.state IS DISTINCT FROM level || '_review' THEN
        PERFORM @extschema@.form_error('state', format('a %s review needs state %s_review, found %s', level, level, coalesce(r.state, 'no form')),
            'object_not_in_prerequisite_state');
    END IF;
    n := r;
    n.state := goal;
    IF approve AND level = 'township' THEN
        n.township_by := actor;
    ELSIF approve THEN
        n.county_by := actor;
    ELSE
        n.return_reason := btrim(reason);
    END IF;
    PERFORM @extschema@.registration_update(r, n, actor);
    IF NOT approve THEN
        PERFORM @extschema@.problem_open(id, 'returned', format('%s review: %s', level, btrim(reason)), p.region, actor);
    END IF;
    RETURN goal;
END $$;
COMMENT ON FUNCTION @extschema@.review(@extschema@.cnid, text, boolean, text) IS
    'township (初审) or county (复审) review: approve, or return with a reason; needs a grant at that level or coarser; idempotent';

CREATE OR REPLACE FUNCTION @extschema@.record_death(id @extschema@.cnid, died date) RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    actor name := @extschema@.acting_role();
    p enroll_register.person;
    n enroll_register.person;
    f enroll_register.person_flag;
    g enroll_register.person_flag;
BEGIN
    PERFORM @extschema@.register_required();
    IF died IS NULL THEN
        PERFORM @extschema@.form_error('died', 'required', 'not_null_violation');
    END IF;
    p := @extschema@.person_lock(id, actor, p);
    IF died < p.birth OR died > current_date THEN
        PERFORM @extschema@.form_error('died', format('%s is outside %s .. %s', to_char(died, 'YYYY-MM-DD'),
            to_char(p.birth, 'YYYY-MM-DD'), to_char(current_date, 'YYYY-MM-DD')), 'invalid_parameter_value');
    END IF;
    IF p.died_on = died THEN
        RETURN 'unchanged';
    END IF;
    n := p;
    n.died_on := died;
    p := @extschema@.person_update(p, n, actor);
    SELECT * INTO f FROM enroll_register.person_flag x WHERE x.cnid = id AND x.flag = 'deceased';
    IF NOT FOUND THEN
        INSERT INTO enroll_register.person_flag (cnid, flag, region, note, set_by) VALUES (id, 'deceased', p.region, format('died %s', died), actor)
        RETURNING * INTO g;
        PERFORM @extschema@.history_write('person_flag', 'INSERT', p.region, actor, NULL, to_jsonb(g));
    ELSE
        UPDATE enroll_register.person_flag x SET note = format('died %s', died), set_at = now(), set_by = actor
        WHERE x.cnid = id AND x.flag = 'deceased' RETURNING * INTO g;
        PERFORM @extschema@.history_write('person_flag', 'UPDATE', p.region, actor, to_jsonb(f), to_jsonb(g));
    END IF;
    RETURN 'recorded';
END $$;
COMMENT ON FUNCTION @extschema@.record_death(@extschema@.cnid, date) IS
    'records a death: person.died_on and the deceased flag; idempotent';

CREATE OR REPLACE FUNCTION @extschema@.move(id @extschema@.cnid, to_region bigint) RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    actor name := @extschema@.acting_role();
    p enroll_register.person;
    n enroll_register.person;
    r enroll_register.registration;
    g enroll_register.registration;
BEGIN
    PERFORM @extschema@.register_required();
    IF to_region IS NULL OR coalesce(@extschema@.region_level(to_region), '') NOT IN ('county', 'township', 'village') THEN
        PERFORM @extschema@.form_error('to_region', format('a county, township or village code expected, got %s', coalesce(to_region::text, 'null')),
            'invalid_parameter_value');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM @extschema@.region x
                   WHERE x.code = @extschema@.region_at(to_region, 'county') AND x.status = 'current') THEN
        PERFORM @extschema@.form_error('to_region', format('%s is not in a current county', to_region), 'invalid_parameter_value');
    END IF;
    p := @extschema@.person_lock(id, actor, p);
    IF p.region = to_region THEN
        RETURN 'unchanged';
    END IF;
    -- The receiving region reviews the person again: the form goes back to
    -- collected and a moved_in problem is queued, then the person moves
    -- (with its rows).  The receiving region need not be the caller's.
    SELECT * INTO r FROM enroll_register.registration WHERE cnid = id;
    IF FOUND AND r.state <> 'collected' THEN
        g := r;
        g.state := 'collected';
        g.return_reason := NULL;
        PERFORM @extschema@.registration_update(r, g, actor);
    END IF;
    PERFORM @extschema@.problem_open(id, 'moved_in', format('moved from %s to %s', p.region, to_region), p.region, actor);
    n := p;
    n.region := to_region;
    PERFORM @extschema@.person_update(p, n, actor);
    RETURN 'moved';
END $$;
COMMENT ON FUNCTION @extschema@.move(@extschema@.cnid, bigint) IS
    'moves a person to another county, township or village (变更登记), also outside the caller''s regions; the form goes back to collected and a moved_in problem is queued for the receiving region; idempotent';

CREATE OR REPLACE FUNCTION @extschema@.change_status(id @extschema@.cnid, employment text, employer text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    actor name := @extschema@.acting_role();
    p enroll_register.person;
    n enroll_register.person;
    f jsonb;
BEGIN
    PERFORM @extschema@.register_required();
    p := @extschema@.person_lock(id, actor, p);
    -- the same rules as a form
    f := @extschema@.form_normalize(jsonb_build_object('cnid', id::text, 'name', p.name,
            'county', @extschema@.region_at(p.region, 'county'), 'employment', employment, 'employer', employer));
    IF p.employment = f ->> 'employment' AND p.employer IS NOT DISTINCT FROM f ->> 'employer' THEN
        RETURN 'unchanged';
    END IF;
    n := p;
    n.employment := f ->> 'employment';
    n.employer := f ->> 'employer';
    PERFORM @extschema@.person_update(p, n, actor);
    RETURN 'changed';
END $$;
COMMENT ON FUNCTION @extschema@.change_status(@extschema@.cnid, text, text) IS
    'changes a person''s employment status and employer (validated as on the form); idempotent';

CREATE OR REPLACE FUNCTION @extschema@.set_flag(id @extschema@.cnid, flag text, is_set boolean DEFAULT true, note text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    actor name := @extschema@.acting_role();
    p enroll_register.person;
    o enroll_register.person_flag;
    n enroll_register.person_flag;
BEGIN
    PERFORM @extschema@.register_required();
    IF set_flag.flag IS NULL OR NOT set_flag.flag = ANY (@extschema@.registration_flags()) THEN
        PERFORM @extschema@.form_error('flag', format('unrecognized flag %s', coalesce(to_jsonb(set_flag.flag)::text, 'null')), 'invalid_parameter_value');
    END IF;
    IF set_flag.flag = 'deceased' THEN
        PERFORM @extschema@.form_error('flag', '"deceased" is recorded with record_death()', 'invalid_parameter_value');
    END IF;
    p := @extschema@.person_lock(id, actor, p);
    SELECT * INTO o FROM enroll_register.person_flag x WHERE x.cnid = id AND x.flag = set_flag.flag;
    IF NOT set_flag.is_set THEN
        IF o.cnid IS NULL THEN
            RETURN 'unchanged';
        END IF;
        DELETE FROM enroll_register.person_flag x WHERE x.cnid = id AND x.flag = set_flag.flag;
        PERFORM @extschema@.history_write('person_flag', 'DELETE', p.region, actor, to_jsonb(o), NULL);
        RETURN 'cleared';
    ELSIF o.cnid IS NULL THEN
        INSERT INTO enroll_register.person_flag (cnid, flag, region, note, set_by) VALUES (id, set_flag.flag, p.region, set_flag.note, actor)
        RETURNING * INTO n;
        PERFORM @extschema@.history_write('person_flag', 'INSERT', p.region, actor, NULL, to_jsonb(n));
        RETURN 'set';
    ELSIF o.note IS DISTINCT FROM set_flag.note THEN
        UPDATE enroll_register.person_flag x SET note = set_flag.note WHERE x.cnid = id AND x.flag = set_flag.flag RETURNING * INTO n;
        PERFORM @extschema@.history_write('person_flag', 'UPDATE', p.region, actor, to_jsonb(o), to_jsonb(n));
        RETURN 'set';
    END IF;
    RETURN 'unchanged';
END $$;
COMMENT ON FUNCTION @extschema@.set_flag(@extschema@.cnid, text, boolean, text) IS
    'sets (or with is_set false clears) a registration flag of a person; deceased goes through record_death(); idempotent';

CREATE OR REPLACE FUNCTION @extschema@.register_try(form jsonb, OUT action text, OUT error text)
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    action := @extschema@.register(form) ->> 'action';
EXCEPTION WHEN data_exception OR integrity_constraint_violation OR insufficient_privilege
               OR object_not_in_prerequisite_state OR no_data_found THEN
    error := SQLERRM;
END $$;
COMMENT ON FUNCTION @extschema@.register_try(jsonb) IS
    'register() that returns a form''s error (the same field-named message) instead of raising it; for bulk loads';

-- 94_register_read.sql
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
