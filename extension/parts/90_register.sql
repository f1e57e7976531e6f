-- The registration register (全民参保登记库, issue 6): one person per cnid,
-- the registration form (全民参保登记表, seed 003 annex 1) with its review
-- workflow, insurance enrolments, flags (seed 000), a problem queue, a
-- history of every change with as-of queries, and region-scoped access by
-- row-level security.  See doc/reference-register.md.
--
-- Locking discipline (no deadlocks): every writing function locks the
-- person row first (SELECT ... FOR UPDATE, or the INSERT that creates it),
-- then touches registration, enrolment, person_flag, problem in that order,
-- and handles one person per call.

-- ---------------------------------------------------------------------------
-- Who may see which region: role -> region code (6, 9 or 12 digits).
CREATE TABLE @extschema@.region_grant (
    role        name NOT NULL,
    region      bigint NOT NULL CHECK (@extschema@.region_level(region) IS NOT NULL),
    granted_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (role, region)
);
COMMENT ON TABLE @extschema@.region_grant IS
    'region-scoped access: a role sees and changes the people whose region lies in one of its granted regions (province, prefecture, county, township or village code)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.region_grant', '');

-- Is a code inside a region granted to the role?  (Called by a role for
-- itself, row-level security on region_grant shows only its own grants.)
CREATE FUNCTION @extschema@.region_permitted_to(code bigint, viewer name) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT EXISTS (
        SELECT 1 FROM @extschema@.region_grant g
        WHERE g.role = viewer
          AND @extschema@.region_at(code, @extschema@.region_level(g.region)) = g.region);
END;
COMMENT ON FUNCTION @extschema@.region_permitted_to(bigint, name) IS
    'true when the code lies in a region granted to the role';

-- Is a region code inside one of the current role's granted regions?
CREATE FUNCTION @extschema@.region_permitted(code bigint) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
RETURN @extschema@.region_permitted_to(code, CURRENT_USER);
COMMENT ON FUNCTION @extschema@.region_permitted(bigint) IS
    'true when the code lies in a region granted to the current role (enroll.region_grant); the row-level-security test of the register';

-- The coarsest level at which the current role holds the region (for
-- reviews: a county review needs a county grant or coarser).
CREATE FUNCTION @extschema@.region_grant_level(code bigint) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT @extschema@.region_level(g.region) FROM @extschema@.region_grant g
    WHERE g.role = CURRENT_USER
      AND @extschema@.region_at(code, @extschema@.region_level(g.region)) = g.region
    ORDER BY length(g.region::text), g.region % 10000 = 0 DESC, g.region % 100 = 0 DESC
    LIMIT 1;
END;
COMMENT ON FUNCTION @extschema@.region_grant_level(bigint) IS
    'the coarsest level (province .. village) at which the current role holds the code; NULL when not held';

-- ---------------------------------------------------------------------------
-- One record per person.
CREATE TABLE @extschema@.person (
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
CREATE INDEX person_region_idx ON @extschema@.person (region);
COMMENT ON TABLE @extschema@.person IS
    'the register: one row per person keyed by cnid; region is the finest known place (village, township or county code)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.person', '');

-- The workflow: collected -> township_review -> county_review -> confirmed,
-- with returned (and a reason) from either review, and amend back to
-- collected when the data change.
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

-- The registration form, one per person, with its review state.
CREATE TABLE @extschema@.registration (
    cnid                @extschema@.cnid PRIMARY KEY REFERENCES @extschema@.person ON DELETE CASCADE,
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
COMMENT ON TABLE @extschema@.registration IS
    'the registration form (全民参保登记表) as last collected, normalised, with its review state';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.registration', '');

CREATE FUNCTION @extschema@.registration_transition_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    levels constant text[] := ARRAY['province', 'prefecture', 'county', 'township', 'village'];
    needed text;
    held text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.state <> 'collected' THEN
            RAISE EXCEPTION 'state: a new registration starts as collected, got "%"', NEW.state
                USING ERRCODE = 'object_not_in_prerequisite_state', COLUMN = 'state';
        END IF;
    ELSIF NEW.state IS DISTINCT FROM OLD.state AND NOT EXISTS (
            SELECT 1 FROM @extschema@.workflow_transition t
            WHERE t.from_state = OLD.state AND t.to_state = NEW.state) THEN
        RAISE EXCEPTION 'state: illegal transition from % to %', OLD.state, NEW.state
            USING ERRCODE = 'object_not_in_prerequisite_state', COLUMN = 'state',
                  HINT = 'See enroll.workflow_transition.';
    ELSIF NEW.state IS DISTINCT FROM OLD.state AND row_security_active('@extschema@.registration') THEN
        -- A review decision needs a grant at the review's level or coarser,
        -- through review() or a direct UPDATE alike.
        needed := CASE WHEN OLD.state = 'township_review' AND NEW.state IN ('county_review', 'returned') THEN 'township'
                       WHEN OLD.state = 'county_review' AND NEW.state IN ('confirmed', 'returned') THEN 'county' END;
        IF needed IS NOT NULL THEN
            held := @extschema@.region_grant_level((SELECT p.region FROM @extschema@.person p WHERE p.cnid = NEW.cnid));
            IF held IS NULL OR array_position(levels, held) > array_position(levels, needed) THEN
                RAISE EXCEPTION 'state: a % review needs a % grant, you hold the region at % level', needed, needed, coalesce(held, 'no')
                    USING ERRCODE = 'insufficient_privilege', COLUMN = 'state';
            END IF;
        END IF;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION @extschema@.registration_transition_check() IS
    'trigger: refuses a registration state change not listed in enroll.workflow_transition, and a review decision by a role without a grant at that level';
CREATE TRIGGER registration_transition BEFORE INSERT OR UPDATE OF state ON @extschema@.registration
    FOR EACH ROW EXECUTE FUNCTION @extschema@.registration_transition_check();

-- Insurance enrolments, one row per insurance type held.
CREATE TABLE @extschema@.enrolment (
    cnid        @extschema@.cnid NOT NULL REFERENCES @extschema@.person ON DELETE CASCADE,
    insurance   smallint NOT NULL REFERENCES @extschema@.insurance_type,
    since       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (cnid, insurance)
);
COMMENT ON TABLE @extschema@.enrolment IS
    'insurances a person holds (AAE140 codes), one row per type; enroll.person_insurances() gives the insset';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.enrolment', '');

-- Flags of seed 000: unwilling, working_away, student, deceased, military, imprisoned.
CREATE TABLE @extschema@.person_flag (
    cnid        @extschema@.cnid NOT NULL REFERENCES @extschema@.person ON DELETE CASCADE,
    flag        text NOT NULL CHECK (flag = ANY (@extschema@.registration_flags())),
    note        text,
    set_at      timestamptz NOT NULL DEFAULT now(),
    set_by      name NOT NULL DEFAULT CURRENT_USER,
    PRIMARY KEY (cnid, flag)
);
COMMENT ON TABLE @extschema@.person_flag IS
    'registration flags of a person (enroll.registration_flags()); deceased is set by record_death()';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.person_flag', '');

-- Records that need a household visit, each with its reason.
CREATE TABLE @extschema@.problem (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cnid        @extschema@.cnid NOT NULL REFERENCES @extschema@.person ON DELETE CASCADE,
    reason      text NOT NULL CHECK (reason IN ('uninsured_no_reason', 'no_phone', 'returned', 'moved_in', 'other')),
    detail      text,
    opened_at   timestamptz NOT NULL DEFAULT now(),
    opened_by   name NOT NULL DEFAULT CURRENT_USER,
    closed_at   timestamptz,
    closed_by   name,
    CHECK ((closed_at IS NULL) = (closed_by IS NULL))
);
CREATE UNIQUE INDEX problem_open_key ON @extschema@.problem (cnid, reason) WHERE closed_at IS NULL;
COMMENT ON TABLE @extschema@.problem IS
    'problem queue: records needing a household visit (入户调查), one open row per person and reason';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.problem', '');

-- ---------------------------------------------------------------------------
-- History: every change of the tables above, who, when, from, to.
CREATE TABLE @extschema@.history (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tbl             text NOT NULL,
    key             text NOT NULL,
    op              text NOT NULL CHECK (op IN ('INSERT', 'UPDATE', 'DELETE')),
    region          bigint,
    at              timestamptz NOT NULL,
    actor           name NOT NULL,
    session_actor   name NOT NULL,
    xid             bigint NOT NULL,
    old             jsonb,
    new             jsonb
);
CREATE INDEX history_key_idx ON @extschema@.history (tbl, key, id);
CREATE INDEX history_at_idx ON @extschema@.history (at);
COMMENT ON TABLE @extschema@.history IS
    'append-only change log of person, registration, enrolment, person_flag and problem: who (actor, session_actor), when (at, transaction start), from (old) and to (new); region is the person''s region after the change';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.history', '');

CREATE FUNCTION @extschema@.history_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'history is append-only' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF pg_trigger_depth() < 2 THEN
        RAISE EXCEPTION 'history is written by the register''s triggers only' USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.at := now();
    -- Inside handover() (SECURITY DEFINER, so CURRENT_USER is the owner)
    -- the acting role comes from enroll.actor; nobody else can use it.
    -- (the owner is looked up only when enroll.actor is set: rarely)
    NEW.actor := CURRENT_USER;
    IF coalesce(current_setting('enroll.actor', true), '') <> '' THEN
        IF CURRENT_USER = (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                           WHERE c.oid = '@extschema@.history'::regclass) THEN
            NEW.actor := current_setting('enroll.actor', true)::name;
        END IF;
    END IF;
    NEW.session_actor := SESSION_USER;
    NEW.xid := txid_current();
    RETURN NEW;
END $$;
COMMENT ON FUNCTION @extschema@.history_guard() IS
    'trigger: history rows come only from the register''s triggers, stamped with the acting role, time and transaction; never updated or deleted';
CREATE TRIGGER history_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.history
    FOR EACH ROW EXECUTE FUNCTION @extschema@.history_guard();

CREATE FUNCTION @extschema@.history_record() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    o jsonb;
    n jsonb;
    k text;
    r bigint;
BEGIN
    IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;
    IF TG_OP = 'UPDATE' AND o = n THEN
        RETURN NULL;
    END IF;
    -- the key columns (one or two, never NULL), joined by |
    k := coalesce(n, o) ->> TG_ARGV[0];
    IF TG_NARGS > 1 THEN
        k := k || '|' || (coalesce(n, o) ->> TG_ARGV[1]);
    END IF;
    IF TG_TABLE_NAME = 'person' THEN
        r := (coalesce(n, o) ->> 'region')::bigint;
    ELSE
        SELECT p.region INTO r FROM @extschema@.person p
        WHERE p.cnid = (coalesce(n, o) ->> 'cnid')::@extschema@.cnid;
    END IF;
    -- at, actor, session_actor and xid: stamped by history_guard
    INSERT INTO @extschema@.history (tbl, key, op, region, old, new)
    VALUES (TG_TABLE_NAME, k, TG_OP, r, o, n);
    RETURN NULL;
END $$;
COMMENT ON FUNCTION @extschema@.history_record() IS
    'trigger: appends one enroll.history row per changed row; the trigger arguments name the key columns';
CREATE TRIGGER person_history AFTER INSERT OR UPDATE OR DELETE ON @extschema@.person
    FOR EACH ROW EXECUTE FUNCTION @extschema@.history_record('cnid');
CREATE TRIGGER registration_history AFTER INSERT OR UPDATE OR DELETE ON @extschema@.registration
    FOR EACH ROW EXECUTE FUNCTION @extschema@.history_record('cnid');
CREATE TRIGGER enrolment_history AFTER INSERT OR UPDATE OR DELETE ON @extschema@.enrolment
    FOR EACH ROW EXECUTE FUNCTION @extschema@.history_record('cnid', 'insurance');
CREATE TRIGGER person_flag_history AFTER INSERT OR UPDATE OR DELETE ON @extschema@.person_flag
    FOR EACH ROW EXECUTE FUNCTION @extschema@.history_record('cnid', 'flag');
CREATE TRIGGER problem_history AFTER INSERT OR UPDATE OR DELETE ON @extschema@.problem
    FOR EACH ROW EXECUTE FUNCTION @extschema@.history_record('id');

-- A table's rows as they were at a time: as_of(NULL::enroll.person, '2026-01-01').
-- A row shows when its person was, at that time, in one of the viewer's
-- regions; so a person moved away shows up to the move and not after.
-- SECURITY DEFINER (it must see the whole history to find each row's last
-- state); viewer defaults to the caller, and a session may name only a
-- role it is a member of.
CREATE FUNCTION @extschema@.as_of(tbl anyelement, at_time timestamptz, viewer name DEFAULT CURRENT_USER)
RETURNS SETOF anyelement
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    t text;
    everything boolean;
BEGIN
    SELECT c.relname INTO t
    FROM pg_type ty JOIN pg_class c ON c.oid = ty.typrelid
    WHERE ty.oid = pg_typeof(tbl)
      AND c.relnamespace = '@extschema@'::regnamespace
      AND c.relname IN ('person', 'registration', 'enrolment', 'person_flag', 'problem');
    IF t IS NULL THEN
        RAISE EXCEPTION 'as_of: % has no history', pg_typeof(tbl)
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Tables with history: person, registration, enrolment, person_flag, problem.';
    END IF;
    IF viewer IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = viewer)
       OR NOT pg_has_role(SESSION_USER, viewer, 'MEMBER') THEN
        PERFORM @extschema@.form_error('viewer', format('%s is not a role of this session', coalesce(quote_ident(viewer), 'null')),
            'insufficient_privilege');
    END IF;
    SELECT r.rolsuper OR r.rolbypassrls OR r.oid = c.relowner INTO everything
    FROM pg_roles r, pg_class c WHERE r.rolname = viewer AND c.oid = '@extschema@.person'::regclass;
    RETURN QUERY
        WITH persons AS (
            SELECT DISTINCT ON (h.key) h.key, h.op, h.region
            FROM @extschema@.history h
            WHERE h.tbl = 'person' AND h.at <= at_time
            ORDER BY h.key, h.id DESC),
        seen AS (
            SELECT p.key FROM persons p
            WHERE p.op <> 'DELETE' AND (everything OR @extschema@.region_permitted_to(p.region, viewer)))
        SELECT (jsonb_populate_record(tbl, h.new)).*
        FROM (SELECT DISTINCT ON (h.key) h.op, h.new
              FROM @extschema@.history h
              WHERE h.tbl = t AND h.at <= at_time
              ORDER BY h.key, h.id DESC) h
        WHERE h.op <> 'DELETE' AND (h.new ->> 'cnid') IN (SELECT s.key FROM seen s);
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.as_of(anyelement, timestamptz, name) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.as_of(anyelement, timestamptz, name) IS
    'the rows of a register table (person, registration, enrolment, person_flag, problem) as they were at a time, rebuilt from enroll.history, limited to persons then in the viewer''s regions; pass NULL::enroll.<table>';

-- ---------------------------------------------------------------------------
-- Validation of a registration form.  Every error names its field.

CREATE FUNCTION @extschema@.form_error(field text, message text, code text) RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '%: %', field, message USING ERRCODE = code, COLUMN = field;
END $$;
COMMENT ON FUNCTION @extschema@.form_error(text, text, text) IS
    'raises "<field>: <message>" with the SQLSTATE and the column field set';

-- A region code given as a JSON number or a string of digits.
CREATE FUNCTION @extschema@.form_code(form jsonb, field text, digits integer) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    v text;
BEGIN
    IF form -> field IS NULL OR jsonb_typeof(form -> field) = 'null' THEN
        RETURN NULL;
    END IF;
    v := btrim(form ->> field);
    IF jsonb_typeof(form -> field) NOT IN ('string', 'number') OR v !~ ('^[0-9]{' || digits || '}$') THEN
        PERFORM @extschema@.form_error(field, format('%s digits expected, got %s', digits,
            CASE jsonb_typeof(form -> field) WHEN 'string' THEN to_jsonb(form ->> field)::text ELSE (form -> field)::text END),
            'invalid_text_representation');
    END IF;
    RETURN v::bigint;
END $$;
COMMENT ON FUNCTION @extschema@.form_code(jsonb, text, integer) IS
    'a region code field of a form: a number or string of exactly the given digits, else a field-named error';

CREATE FUNCTION @extschema@.form_text(form jsonb, field text, maxlen integer) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    v text;
BEGIN
    IF form -> field IS NULL OR jsonb_typeof(form -> field) = 'null' THEN
        RETURN NULL;
    END IF;
    IF jsonb_typeof(form -> field) <> 'string' THEN
        PERFORM @extschema@.form_error(field, format('text expected, got %s', form -> field), 'invalid_text_representation');
    END IF;
    v := nullif(btrim(regexp_replace(normalize(form ->> field, NFKC), '\s+', ' ', 'g')), '');
    IF length(v) > maxlen THEN
        PERFORM @extschema@.form_error(field, format('at most %s characters, got %s', maxlen, length(v)), 'string_data_right_truncation');
    END IF;
    RETURN v;
END $$;
COMMENT ON FUNCTION @extschema@.form_text(jsonb, text, integer) IS
    'a text field of a form, NFKC-normalised with blanks collapsed; NULL when absent or blank; a field-named error when too long or not text';

/*
 * form_normalize(form) checks every field of a registration form and
 * returns it in canonical form.  Fields (seed 003 annex 1):
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
 * SQLSTATEs: 23502 missing, 22P02 malformed, 22023 unknown code or value,
 * 23514 inconsistent fields, 22001 too long.
 */
CREATE FUNCTION @extschema@.form_normalize(form jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    known constant text[] := ARRAY['cnid', 'name', 'county', 'township', 'village', 'employment', 'employer',
        'hukou', 'address', 'phone', 'insurances', 'not_insured_reason', 'insured_elsewhere', 'flags', 'version'];
    f text;
    id_text text;
    id @extschema@.cnid;
    nm text;
    county bigint;
    township bigint;
    village bigint;
    hukou bigint;
    emp text;
    employer text;
    phone text;
    ins smallint[] := '{}';
    bad text;
    reason text;
    elsewhere text;
    flags text[];
    ver integer;
BEGIN
    IF form IS NULL OR jsonb_typeof(form) <> 'object' THEN
        PERFORM @extschema@.form_error('form', 'a JSON object expected', 'invalid_parameter_value');
    END IF;
    SELECT k INTO f FROM jsonb_object_keys(form) k WHERE NOT k = ANY (known) ORDER BY k LIMIT 1;
    IF f IS NOT NULL THEN
        PERFORM @extschema@.form_error('form', format('unknown field %s', to_jsonb(f)), 'invalid_parameter_value');
    END IF;

    -- cnid
    IF coalesce(jsonb_typeof(form -> 'cnid'), 'null') = 'null' THEN
        PERFORM @extschema@.form_error('cnid', 'required', 'not_null_violation');
    END IF;
    id_text := form ->> 'cnid';
    id := @extschema@.cnid_try(id_text);    -- one parse; the rule only for the error
    IF id IS NULL THEN
        PERFORM @extschema@.form_error('cnid', format('invalid ID number %s (rule %s)', to_jsonb(id_text), @extschema@.cnid_check(id_text)),
            'invalid_text_representation');
    END IF;

    -- name
    nm := @extschema@.form_text(form, 'name', 50);
    IF nm IS NULL THEN
        PERFORM @extschema@.form_error('name', 'required', 'not_null_violation');
    END IF;
    IF nm ~ '[0-9]' THEN
        PERFORM @extschema@.form_error('name', format('digits not allowed, got %s', to_jsonb(nm)), 'invalid_text_representation');
    END IF;

    -- county, township, village
    county := @extschema@.form_code(form, 'county', 6);
    IF county IS NULL THEN
        PERFORM @extschema@.form_error('county', 'required', 'not_null_violation');
    END IF;
    IF @extschema@.region_level(county) <> 'county' OR NOT EXISTS (
            SELECT 1 FROM @extschema@.region r WHERE r.code = county AND r.status = 'current') THEN
        PERFORM @extschema@.form_error('county', format('unknown county code %s', county), 'invalid_parameter_value');
    END IF;
    township := @extschema@.form_code(form, 'township', 9);
    IF township IS NOT NULL AND township / 1000 <> county THEN
        PERFORM @extschema@.form_error('township', format('%s is not in county %s', township, county), 'check_violation');
    END IF;
    village := @extschema@.form_code(form, 'village', 12);
    IF village IS NOT NULL AND township IS NULL THEN
        PERFORM @extschema@.form_error('township', 'required when village is given', 'not_null_violation');
    END IF;
    IF village IS NOT NULL AND village / 1000 <> township THEN
        PERFORM @extschema@.form_error('village', format('%s is not in township %s', village, township), 'check_violation');
    END IF;

    -- employment and employer
    emp := @extschema@.form_text(form, 'employment', 20);
    IF emp IS NULL THEN
        PERFORM @extschema@.form_error('employment', 'required', 'not_null_violation');
    END IF;
    emp := CASE emp WHEN '已单位就业' THEN 'employed' WHEN '学龄前' THEN 'preschool' WHEN '在校学生' THEN 'student'
                    WHEN '未就业' THEN 'unemployed' WHEN '灵活就业' THEN 'flexible' WHEN '离退休' THEN 'retired'
                    ELSE lower(emp) END;
    IF NOT emp = ANY (ARRAY['employed', 'preschool', 'student', 'unemployed', 'flexible', 'retired']) THEN
        PERFORM @extschema@.form_error('employment',
            format('one of employed, preschool, student, unemployed, flexible, retired expected, got %s', to_jsonb(form ->> 'employment')),
            'invalid_parameter_value');
    END IF;
    employer := @extschema@.form_text(form, 'employer', 100);
    IF emp = 'employed' AND employer IS NULL THEN
        PERFORM @extschema@.form_error('employer', 'required when employment is "employed"', 'not_null_violation');
    END IF;
    IF emp <> 'employed' AND employer IS NOT NULL THEN
        PERFORM @extschema@.form_error('employer', format('only for employment "employed", not %s', to_jsonb(emp)), 'check_violation');
    END IF;

    -- hukou
    hukou := @extschema@.form_code(form, 'hukou', 6);
    IF hukou IS NOT NULL AND NOT EXISTS (SELECT 1 FROM @extschema@.region r WHERE r.code = hukou) THEN
        PERFORM @extschema@.form_error('hukou', format('unknown region code %s', hukou), 'invalid_parameter_value');
    END IF;

    -- phone: +86, blanks and hyphens are dropped
    IF coalesce(jsonb_typeof(form -> 'phone'), 'null') NOT IN ('null', 'string', 'number') THEN
        PERFORM @extschema@.form_error('phone', format('text expected, got %s', form -> 'phone'), 'invalid_text_representation');
    END IF;
    phone := nullif(regexp_replace(normalize(form ->> 'phone', NFKC), '[\s-]', '', 'g'), '');
    phone := regexp_replace(phone, '^(\+?86)(?=[0-9]{11}$)', '');
    IF phone !~ '^[0-9]{11}$' THEN
        PERFORM @extschema@.form_error('phone', format('11 digits expected, got %s', to_jsonb(form ->> 'phone')), 'invalid_text_representation');
    END IF;
    IF phone !~ '^1[3-9]' THEN
        PERFORM @extschema@.form_error('phone', format('a mobile number starts 13 to 19, got %s', to_jsonb(form ->> 'phone')), 'invalid_parameter_value');
    END IF;

    -- insurances
    IF coalesce(jsonb_typeof(form -> 'insurances'), 'null') NOT IN ('null', 'array') THEN
        PERFORM @extschema@.form_error('insurances', format('an array of insurance codes expected, got %s', form -> 'insurances'), 'invalid_text_representation');
    END IF;
    IF jsonb_typeof(form -> 'insurances') = 'array' THEN
        SELECT e::text INTO bad FROM jsonb_array_elements(form -> 'insurances') e
        WHERE jsonb_typeof(e) NOT IN ('number', 'string') OR (e #>> '{}') !~ '^[0-9]{3}$' LIMIT 1;
        IF bad IS NOT NULL THEN
            PERFORM @extschema@.form_error('insurances', format('3-digit insurance codes expected, got %s', bad), 'invalid_text_representation');
        END IF;
        SELECT min((e #>> '{}')::int)::text INTO bad FROM jsonb_array_elements(form -> 'insurances') e
        WHERE NOT EXISTS (SELECT 1 FROM @extschema@.insurance_type t WHERE t.code = (e #>> '{}')::smallint);
        IF bad IS NOT NULL THEN
            PERFORM @extschema@.form_error('insurances', format('unknown insurance type %s', bad), 'invalid_parameter_value');
        END IF;
        SELECT coalesce(array_agg(DISTINCT (e #>> '{}')::smallint ORDER BY (e #>> '{}')::smallint), '{}') INTO ins
        FROM jsonb_array_elements(form -> 'insurances') e;
    END IF;

    -- not_insured_reason, insured_elsewhere
    reason := @extschema@.form_text(form, 'not_insured_reason', 40);
    IF reason IS NOT NULL AND NOT reason = ANY (ARRAY['personal', 'employer', 'military_abroad_prison']) THEN
        PERFORM @extschema@.form_error('not_insured_reason',
            format('one of personal, employer, military_abroad_prison expected, got %s', to_jsonb(reason)), 'invalid_parameter_value');
    END IF;
    IF reason IS NOT NULL AND cardinality(ins) > 0 THEN
        PERFORM @extschema@.form_error('not_insured_reason', 'given while insurances are held', 'check_violation');
    END IF;
    elsewhere := @extschema@.form_text(form, 'insured_elsewhere', 20);
    IF elsewhere IS NOT NULL AND NOT elsewhere = ANY (ARRAY['province', 'other_province']) THEN
        PERFORM @extschema@.form_error('insured_elsewhere',
            format('one of province, other_province expected, got %s', to_jsonb(elsewhere)), 'invalid_parameter_value');
    END IF;

    -- flags
    IF coalesce(jsonb_typeof(form -> 'flags'), 'null') NOT IN ('null', 'array') THEN
        PERFORM @extschema@.form_error('flags', format('an array of flags expected, got %s', form -> 'flags'), 'invalid_text_representation');
    END IF;
    IF jsonb_typeof(form -> 'flags') = 'array' THEN
        SELECT e::text INTO bad FROM jsonb_array_elements(form -> 'flags') e
        WHERE jsonb_typeof(e) <> 'string' OR NOT (e #>> '{}') = ANY (@extschema@.registration_flags()) LIMIT 1;
        IF bad IS NOT NULL THEN
            PERFORM @extschema@.form_error('flags', format('unknown flag %s', bad), 'invalid_parameter_value');
        END IF;
        SELECT coalesce(array_agg(DISTINCT e ORDER BY e), '{}') INTO flags FROM jsonb_array_elements_text(form -> 'flags') e;
        IF 'deceased' = ANY (flags) THEN
            PERFORM @extschema@.form_error('flags', '"deceased" is recorded with record_death()', 'invalid_parameter_value');
        END IF;
    END IF;

    -- version
    IF form ? 'version' AND (jsonb_typeof(form -> 'version') <> 'number' OR (form ->> 'version') !~ '^[1-9][0-9]{0,8}$') THEN
        PERFORM @extschema@.form_error('version', format('a positive integer expected, got %s', form -> 'version'), 'invalid_text_representation');
    END IF;
    ver := (form ->> 'version')::integer;

    RETURN jsonb_strip_nulls(jsonb_build_object(
        'cnid', id::text, 'name', nm, 'county', county, 'township', township, 'village', village,
        'employment', emp, 'employer', employer, 'hukou', hukou,
        'address', @extschema@.form_text(form, 'address', 200), 'phone', phone,
        'insurances', to_jsonb(ins), 'not_insured_reason', reason, 'insured_elsewhere', elsewhere,
        'flags', to_jsonb(flags), 'version', ver));
END $$;
COMMENT ON FUNCTION @extschema@.form_normalize(jsonb) IS
    'checks every field of a registration form (seed 003 annex 1) and returns it in canonical form; errors are "<field>: <reason>" with SQLSTATE 23502, 22P02, 22023, 23514 or 22001';

CREATE FUNCTION @extschema@.form_problem(form jsonb) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    PERFORM @extschema@.form_normalize(form);
    RETURN NULL;
EXCEPTION WHEN data_exception OR integrity_constraint_violation THEN
    RETURN SQLERRM;
END $$;
COMMENT ON FUNCTION @extschema@.form_problem(jsonb) IS
    'NULL for a valid form, else the field-named error register() would raise (bulk validation)';

-- ---------------------------------------------------------------------------
-- Applications' functions.  All SECURITY INVOKER: row-level security applies
-- to them exactly as to the tables.

CREATE FUNCTION @extschema@.person_insurances(id @extschema@.cnid) RETURNS @extschema@.insset
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT @extschema@.insset(coalesce(array_agg(e.insurance), '{}'))
    FROM @extschema@.enrolment e WHERE e.cnid = id;
END;
COMMENT ON FUNCTION @extschema@.person_insurances(@extschema@.cnid) IS
    'the insurances a person holds, as an insset';

-- Lock a person visible to the caller, or raise a cnid-named error.
CREATE FUNCTION @extschema@.person_lock(id @extschema@.cnid) RETURNS @extschema@.person
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    p @extschema@.person;
BEGIN
    SELECT * INTO p FROM @extschema@.person WHERE cnid = id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'cnid: no person % in your regions', id::text
            USING ERRCODE = 'no_data_found', COLUMN = 'cnid';
    END IF;
    RETURN p;
END $$;
COMMENT ON FUNCTION @extschema@.person_lock(@extschema@.cnid) IS
    'locks and returns a person visible to the caller; error P0002 naming cnid otherwise';

CREATE FUNCTION @extschema@.problem_open(id @extschema@.cnid, why text, detail text DEFAULT NULL) RETURNS void
LANGUAGE sql PARALLEL UNSAFE
BEGIN ATOMIC
    INSERT INTO @extschema@.problem (cnid, reason, detail) VALUES (id, why, detail)
    ON CONFLICT (cnid, reason) WHERE closed_at IS NULL DO UPDATE SET detail = excluded.detail
        WHERE problem.detail IS DISTINCT FROM excluded.detail;
END;
COMMENT ON FUNCTION @extschema@.problem_open(@extschema@.cnid, text, text) IS
    'opens a problem for a person, or updates the detail of the open one with that reason';

CREATE FUNCTION @extschema@.problem_close(id @extschema@.cnid, why text) RETURNS void
LANGUAGE sql PARALLEL UNSAFE
BEGIN ATOMIC
    UPDATE @extschema@.problem SET closed_at = now(), closed_by = CURRENT_USER
    WHERE problem.cnid = problem_close.id AND problem.reason = problem_close.why AND problem.closed_at IS NULL;
END;
COMMENT ON FUNCTION @extschema@.problem_close(@extschema@.cnid, text) IS
    'closes the open problem of a person with that reason, if any';

CREATE FUNCTION @extschema@.register(form jsonb) RETURNS jsonb
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    f jsonb;
    id @extschema@.cnid;
    reg bigint;
    p @extschema@.person;
    r @extschema@.registration;
    action text;
    warnings text[] := '{}';
    ins smallint[];
    flags text[];
    stored jsonb;
    st text;
    uninsured boolean;          -- no insurance and no reason: a household visit
    no_phone boolean;
    id_province bigint;
BEGIN
    f := @extschema@.form_normalize(form);
    uninsured := jsonb_array_length(f -> 'insurances') = 0 AND NOT f ? 'not_insured_reason';
    no_phone := NOT f ? 'phone';
    id := (f ->> 'cnid')::@extschema@.cnid;
    reg := coalesce((f ->> 'village')::bigint, (f ->> 'township')::bigint, (f ->> 'county')::bigint);
    stored := f - 'version';
    IF row_security_active('@extschema@.person') AND NOT @extschema@.region_permitted(reg) THEN
        PERFORM @extschema@.form_error(CASE WHEN f ? 'village' THEN 'village' WHEN f ? 'township' THEN 'township' ELSE 'county' END,
            format('%s is outside your regions', reg), 'insufficient_privilege');
    END IF;

    -- The person row first: lock it, or create it.  A concurrent creator
    -- makes the INSERT do nothing, and the second SELECT waits for it.
    SELECT * INTO p FROM @extschema@.person WHERE cnid = id FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO @extschema@.person (cnid, name, sex, birth, region, hukou, address, phone, employment, employer)
        VALUES (id, f ->> 'name', @extschema@.cnid_sex(id), @extschema@.cnid_birth_date(id), reg,
                (f ->> 'hukou')::bigint, f ->> 'address', f ->> 'phone', f ->> 'employment', f ->> 'employer')
        ON CONFLICT (cnid) DO NOTHING
        RETURNING * INTO p;
        IF FOUND THEN
            action := 'inserted';
        ELSE
            SELECT * INTO p FROM @extschema@.person WHERE cnid = id FOR UPDATE;
            IF NOT FOUND THEN
                PERFORM @extschema@.form_error('cnid', format('%s is registered outside your regions', id::text), 'insufficient_privilege');
            END IF;
        END IF;
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
        SELECT * INTO r FROM @extschema@.registration WHERE cnid = id;
        IF r.form IS NOT DISTINCT FROM stored THEN
            action := 'unchanged';
        ELSE
            action := 'updated';
            UPDATE @extschema@.person SET
                name = f ->> 'name', region = reg, hukou = (f ->> 'hukou')::bigint, address = f ->> 'address',
                phone = f ->> 'phone', employment = f ->> 'employment', employer = f ->> 'employer',
                version = version + 1, updated_at = now(), updated_by = CURRENT_USER
            WHERE cnid = id
            RETURNING * INTO p;
        END IF;
    END IF;

    IF action = 'inserted' THEN
        -- A new person: nothing to compare, delete or close.
        INSERT INTO @extschema@.registration (cnid, not_insured_reason, insured_elsewhere, form)
        VALUES (id, f ->> 'not_insured_reason', f ->> 'insured_elsewhere', stored)
        RETURNING state INTO st;
        SELECT coalesce(array_agg(x::smallint ORDER BY x::smallint), '{}') INTO ins FROM jsonb_array_elements_text(f -> 'insurances') x;
        INSERT INTO @extschema@.enrolment (cnid, insurance) SELECT id, unnest(ins);
        IF f ? 'flags' THEN
            INSERT INTO @extschema@.person_flag (cnid, flag) SELECT id, x FROM jsonb_array_elements_text(f -> 'flags') x;
        END IF;
        IF uninsured THEN
            PERFORM @extschema@.problem_open(id, 'uninsured_no_reason', 'no insurance and no reason given');
        END IF;
        IF no_phone THEN
            PERFORM @extschema@.problem_open(id, 'no_phone', NULL);
        END IF;
    ELSIF action = 'updated' THEN
        INSERT INTO @extschema@.registration AS g (cnid, not_insured_reason, insured_elsewhere, form)
        VALUES (id, f ->> 'not_insured_reason', f ->> 'insured_elsewhere', stored)
        ON CONFLICT (cnid) DO UPDATE SET
            state = 'collected', return_reason = NULL,
            not_insured_reason = excluded.not_insured_reason, insured_elsewhere = excluded.insured_elsewhere,
            form = excluded.form, collected_at = now(), collected_by = CURRENT_USER,
            township_by = NULL, county_by = NULL
        RETURNING g.state INTO st;

        SELECT coalesce(array_agg(x::smallint ORDER BY x::smallint), '{}') INTO ins FROM jsonb_array_elements_text(f -> 'insurances') x;
        DELETE FROM @extschema@.enrolment WHERE cnid = id AND NOT insurance = ANY (ins);
        INSERT INTO @extschema@.enrolment (cnid, insurance) SELECT id, unnest(ins)
        ON CONFLICT DO NOTHING;

        IF f ? 'flags' THEN
            SELECT coalesce(array_agg(x ORDER BY x), '{}') INTO flags FROM jsonb_array_elements_text(f -> 'flags') x;
            DELETE FROM @extschema@.person_flag WHERE cnid = id AND flag <> 'deceased' AND NOT flag = ANY (flags);
            INSERT INTO @extschema@.person_flag (cnid, flag) SELECT id, unnest(flags)
            ON CONFLICT DO NOTHING;
        END IF;

        IF uninsured THEN
            PERFORM @extschema@.problem_open(id, 'uninsured_no_reason', 'no insurance and no reason given');
        ELSE
            PERFORM @extschema@.problem_close(id, 'uninsured_no_reason');
        END IF;
        IF no_phone THEN
            PERFORM @extschema@.problem_open(id, 'no_phone', NULL);
        ELSE
            PERFORM @extschema@.problem_close(id, 'no_phone');
        END IF;
        PERFORM @extschema@.problem_close(id, 'returned');
    ELSE
        st := r.state;
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

    RETURN jsonb_build_object('action', action, 'person', to_jsonb(p), 'state', st,
                              'insurances', @extschema@.insset(ins)::text,
                              'warnings', to_jsonb(warnings));
END $$;
COMMENT ON FUNCTION @extschema@.register(jsonb) IS
    'registers one form (see form_normalize): inserts or updates the person by cnid, idempotently; returns action (inserted, updated, unchanged), person, state and warnings';

CREATE FUNCTION @extschema@.submit(id @extschema@.cnid) RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    s text;
BEGIN
    PERFORM @extschema@.person_lock(id);
    SELECT state INTO s FROM @extschema@.registration WHERE cnid = id;
    IF s = 'township_review' THEN
        RETURN 'unchanged';
    END IF;
    IF s IS DISTINCT FROM 'collected' AND s IS DISTINCT FROM 'returned' THEN
        PERFORM @extschema@.form_error('state', format('only a collected or returned form can be submitted, found %s', coalesce(s, 'no form')),
            'object_not_in_prerequisite_state');
    END IF;
    UPDATE @extschema@.registration SET state = 'township_review', return_reason = NULL WHERE cnid = id;
    PERFORM @extschema@.problem_close(id, 'returned');
    RETURN 'township_review';
END $$;
COMMENT ON FUNCTION @extschema@.submit(@extschema@.cnid) IS
    'sends a collected (or returned) form to township review; idempotent';

CREATE FUNCTION @extschema@.review(id @extschema@.cnid, level text, approve boolean, reason text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    p @extschema@.person;
    s text;
    held text;
    goal text;
BEGIN
    IF level IS NULL OR level NOT IN ('township', 'county') THEN
        PERFORM @extschema@.form_error('level', format('township or county expected, got %s', coalesce(to_jsonb(level)::text, 'null')), 'invalid_parameter_value');
    END IF;
    IF approve IS NULL THEN
        PERFORM @extschema@.form_error('approve', 'required', 'not_null_violation');
    END IF;
    IF NOT approve AND coalesce(btrim(reason), '') = '' THEN
        PERFORM @extschema@.form_error('reason', 'required when returning a form', 'not_null_violation');
    END IF;
    p := @extschema@.person_lock(id);
    IF row_security_active('@extschema@.person') THEN
        held := @extschema@.region_grant_level(p.region);
        IF array_position(ARRAY['province', 'prefecture', 'county', 'township', 'village'], held)
           > array_position(ARRAY['province', 'prefecture', 'county', 'township', 'village'], level) THEN
            PERFORM @extschema@.form_error('level', format('a %s review needs a %s grant, you hold the region at %s level', level, level, held),
                'insufficient_privilege');
        END IF;
    END IF;
    SELECT state INTO s FROM @extschema@.registration WHERE cnid = id FOR UPDATE;
    goal := CASE WHEN NOT approve THEN 'returned' WHEN level = 'township' THEN 'county_review' ELSE 'confirmed' END;
    IF s = goal AND (approve OR (SELECT return_reason FROM @extschema@.registration WHERE cnid = id) = btrim(reason)) THEN
        RETURN 'unchanged';
    END IF;
    IF s IS DISTINCT FROM level || '_review' THEN
        PERFORM @extschema@.form_error('state', format('a %s review needs state %s_review, found %s', level, level, coalesce(s, 'no form')),
            'object_not_in_prerequisite_state');
    END IF;
    IF approve THEN
        UPDATE @extschema@.registration SET state = goal,
            township_by = CASE WHEN level = 'township' THEN CURRENT_USER ELSE township_by END,
            county_by = CASE WHEN level = 'county' THEN CURRENT_USER ELSE county_by END
        WHERE cnid = id;
    ELSE
        UPDATE @extschema@.registration SET state = 'returned', return_reason = btrim(reason) WHERE cnid = id;
        PERFORM @extschema@.problem_open(id, 'returned', format('%s review: %s', level, btrim(reason)));
    END IF;
    RETURN goal;
END $$;
COMMENT ON FUNCTION @extschema@.review(@extschema@.cnid, text, boolean, text) IS
    'township (初审) or county (复审) review: approve, or return with a reason; needs a grant at that level or coarser; idempotent';

CREATE FUNCTION @extschema@.record_death(id @extschema@.cnid, died date) RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    p @extschema@.person;
BEGIN
    IF died IS NULL THEN
        PERFORM @extschema@.form_error('died', 'required', 'not_null_violation');
    END IF;
    p := @extschema@.person_lock(id);
    IF died < p.birth OR died > current_date THEN
        PERFORM @extschema@.form_error('died', format('%s is outside %s .. %s', to_char(died, 'YYYY-MM-DD'),
            to_char(p.birth, 'YYYY-MM-DD'), to_char(current_date, 'YYYY-MM-DD')), 'invalid_parameter_value');
    END IF;
    IF p.died_on = died THEN
        RETURN 'unchanged';
    END IF;
    UPDATE @extschema@.person SET died_on = died, version = version + 1, updated_at = now(), updated_by = CURRENT_USER
    WHERE cnid = id;
    INSERT INTO @extschema@.person_flag (cnid, flag, note) VALUES (id, 'deceased', format('died %s', died))
    ON CONFLICT (cnid, flag) DO UPDATE SET note = excluded.note, set_at = now(), set_by = CURRENT_USER;
    RETURN 'recorded';
END $$;
COMMENT ON FUNCTION @extschema@.record_death(@extschema@.cnid, date) IS
    'records a death: person.died_on and the deceased flag; idempotent';

-- Row-level security lets nobody write a row it could not read afterwards,
-- so handing a person to a region outside the caller's goes through this
-- security-definer function.  actor defaults to the caller's role; a
-- session may name only a role it is a member of, and that role must hold
-- the person's current region.
CREATE FUNCTION @extschema@.handover(id @extschema@.cnid, to_region bigint, actor name DEFAULT CURRENT_USER) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    p @extschema@.person;
BEGIN
    IF actor IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = actor) OR NOT pg_has_role(SESSION_USER, actor, 'MEMBER') THEN
        PERFORM @extschema@.form_error('actor', format('%s is not a role of this session', coalesce(quote_ident(actor), 'null')), 'insufficient_privilege');
    END IF;
    SELECT * INTO p FROM @extschema@.person WHERE cnid = id FOR UPDATE;
    IF NOT FOUND OR NOT (
        (SELECT r.rolsuper OR r.rolbypassrls FROM pg_roles r WHERE r.rolname = actor)
        OR @extschema@.region_permitted_to(p.region, actor)) THEN
        RAISE EXCEPTION 'cnid: no person % in your regions', id::text USING ERRCODE = 'no_data_found', COLUMN = 'cnid';
    END IF;
    IF to_region IS NULL OR coalesce(@extschema@.region_level(to_region), '') NOT IN ('county', 'township', 'village') THEN
        PERFORM @extschema@.form_error('to_region', format('a county, township or village code expected, got %s', coalesce(to_region::text, 'null')),
            'invalid_parameter_value');
    END IF;
    PERFORM set_config('enroll.actor', actor, true);
    UPDATE @extschema@.person SET region = to_region, version = version + 1, updated_at = now(), updated_by = actor
    WHERE cnid = id;
    PERFORM set_config('enroll.actor', '', true);
END $$;
COMMENT ON FUNCTION @extschema@.handover(@extschema@.cnid, bigint, name) IS
    'moves a person held by actor (default: the caller) to a region outside the actor''s; used by move(); SECURITY DEFINER';

CREATE FUNCTION @extschema@.move(id @extschema@.cnid, to_region bigint) RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    p @extschema@.person;
BEGIN
    IF to_region IS NULL OR coalesce(@extschema@.region_level(to_region), '') NOT IN ('county', 'township', 'village') THEN
        PERFORM @extschema@.form_error('to_region', format('a county, township or village code expected, got %s', coalesce(to_region::text, 'null')),
            'invalid_parameter_value');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM @extschema@.region r
                   WHERE r.code = @extschema@.region_at(to_region, 'county') AND r.status = 'current') THEN
        PERFORM @extschema@.form_error('to_region', format('unknown county %s', @extschema@.region_at(to_region, 'county')), 'invalid_parameter_value');
    END IF;
    p := @extschema@.person_lock(id);
    IF p.region = to_region THEN
        RETURN 'unchanged';
    END IF;
    -- The receiving region reviews the person again: children first, while
    -- the person is still in the caller's region, then the person.
    UPDATE @extschema@.registration SET state = 'collected', return_reason = NULL
    WHERE cnid = id AND state <> 'collected';
    PERFORM @extschema@.problem_open(id, 'moved_in', format('moved from %s to %s', p.region, to_region));
    IF NOT row_security_active('@extschema@.person') OR @extschema@.region_permitted(to_region) THEN
        UPDATE @extschema@.person SET region = to_region, version = version + 1, updated_at = now(), updated_by = CURRENT_USER
        WHERE cnid = id;
    ELSE
        PERFORM @extschema@.handover(id, to_region);
    END IF;
    RETURN 'moved';
END $$;
COMMENT ON FUNCTION @extschema@.move(@extschema@.cnid, bigint) IS
    'moves a person to another county, township or village (变更登记); the form goes back to collected and a moved_in problem is queued for the receiving region; idempotent';

CREATE FUNCTION @extschema@.change_status(id @extschema@.cnid, employment text, employer text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    p @extschema@.person;
    f jsonb;
BEGIN
    p := @extschema@.person_lock(id);
    -- the same rules as a form
    f := @extschema@.form_normalize(jsonb_build_object('cnid', id::text, 'name', p.name,
            'county', @extschema@.region_at(p.region, 'county'), 'employment', employment, 'employer', employer));
    IF p.employment = f ->> 'employment' AND p.employer IS NOT DISTINCT FROM f ->> 'employer' THEN
        RETURN 'unchanged';
    END IF;
    UPDATE @extschema@.person SET employment = f ->> 'employment', employer = f ->> 'employer',
        version = version + 1, updated_at = now(), updated_by = CURRENT_USER
    WHERE cnid = id;
    RETURN 'changed';
END $$;
COMMENT ON FUNCTION @extschema@.change_status(@extschema@.cnid, text, text) IS
    'changes a person''s employment status and employer (validated as on the form); idempotent';

CREATE FUNCTION @extschema@.set_flag(id @extschema@.cnid, flag text, is_set boolean DEFAULT true, note text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
#variable_conflict use_column
BEGIN
    IF set_flag.flag IS NULL OR NOT set_flag.flag = ANY (@extschema@.registration_flags()) THEN
        PERFORM @extschema@.form_error('flag', format('unknown flag %s', coalesce(to_jsonb(set_flag.flag)::text, 'null')), 'invalid_parameter_value');
    END IF;
    IF set_flag.flag = 'deceased' THEN
        PERFORM @extschema@.form_error('flag', '"deceased" is recorded with record_death()', 'invalid_parameter_value');
    END IF;
    PERFORM @extschema@.person_lock(id);
    IF set_flag.is_set THEN
        INSERT INTO @extschema@.person_flag AS pf (cnid, flag, note) VALUES (id, set_flag.flag, set_flag.note)
        ON CONFLICT (cnid, flag) DO UPDATE SET note = excluded.note WHERE pf.note IS DISTINCT FROM excluded.note;
        RETURN CASE WHEN FOUND THEN 'set' ELSE 'unchanged' END;
    END IF;
    DELETE FROM @extschema@.person_flag pf WHERE pf.cnid = id AND pf.flag = set_flag.flag;
    RETURN CASE WHEN FOUND THEN 'cleared' ELSE 'unchanged' END;
END $$;
COMMENT ON FUNCTION @extschema@.set_flag(@extschema@.cnid, text, boolean, text) IS
    'sets (or with is_set false clears) a registration flag of a person; deceased goes through record_death(); idempotent';

-- ---------------------------------------------------------------------------
-- Row-level security: region-scoped roles see and change only their people.
ALTER TABLE @extschema@.region_grant ENABLE ROW LEVEL SECURITY;
CREATE POLICY region_grant_own ON @extschema@.region_grant FOR SELECT USING (role = CURRENT_USER);

ALTER TABLE @extschema@.person ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_read ON @extschema@.person FOR SELECT USING (@extschema@.region_permitted(region));
CREATE POLICY person_insert ON @extschema@.person FOR INSERT WITH CHECK (@extschema@.region_permitted(region));
-- The row must stay in the caller's regions; handing a person to another
-- region goes through handover() (called by move()).
CREATE POLICY person_update ON @extschema@.person FOR UPDATE USING (@extschema@.region_permitted(region))
    WITH CHECK (@extschema@.region_permitted(region));

ALTER TABLE @extschema@.registration ENABLE ROW LEVEL SECURITY;
CREATE POLICY registration_scope ON @extschema@.registration
    USING (EXISTS (SELECT 1 FROM @extschema@.person p WHERE p.cnid = registration.cnid));
ALTER TABLE @extschema@.enrolment ENABLE ROW LEVEL SECURITY;
CREATE POLICY enrolment_scope ON @extschema@.enrolment
    USING (EXISTS (SELECT 1 FROM @extschema@.person p WHERE p.cnid = enrolment.cnid));
ALTER TABLE @extschema@.person_flag ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_flag_scope ON @extschema@.person_flag
    USING (EXISTS (SELECT 1 FROM @extschema@.person p WHERE p.cnid = person_flag.cnid));
ALTER TABLE @extschema@.problem ENABLE ROW LEVEL SECURITY;
CREATE POLICY problem_scope ON @extschema@.problem
    USING (EXISTS (SELECT 1 FROM @extschema@.person p WHERE p.cnid = problem.cnid));
ALTER TABLE @extschema@.history ENABLE ROW LEVEL SECURITY;
CREATE POLICY history_read ON @extschema@.history FOR SELECT USING (@extschema@.region_permitted(region));
CREATE POLICY history_append ON @extschema@.history FOR INSERT WITH CHECK (true);

-- ---------------------------------------------------------------------------
-- The review queues (初审, 复审): forms waiting for a township or county
-- decision, with their open problems.  security_invoker: each role sees its
-- own regions' queue.
CREATE VIEW @extschema@.review_queue WITH (security_invoker = true) AS
SELECT CASE g.state WHEN 'township_review' THEN 'township' ELSE 'county' END AS level,
       @extschema@.region_at(p.region, CASE g.state WHEN 'township_review' THEN 'township' ELSE 'county' END) AS office,
       p.cnid, p.name, p.region, p.employment, g.state, g.collected_at, g.collected_by, g.township_by,
       ARRAY(SELECT q.reason FROM @extschema@.problem q
             WHERE q.cnid = p.cnid AND q.closed_at IS NULL ORDER BY q.reason) AS open_problems
FROM @extschema@.registration g JOIN @extschema@.person p ON p.cnid = g.cnid
WHERE g.state IN ('township_review', 'county_review');
COMMENT ON VIEW @extschema@.review_queue IS
    'forms waiting for a township (初审) or county (复审) decision, by office (the township or county code), with open problems; each role sees its own regions';

-- ---------------------------------------------------------------------------
-- The analyst's view: masked IDs, birth year, county and township only.
CREATE VIEW @extschema@.person_masked AS
SELECT @extschema@.cnid_mask(p.cnid) AS cnid_masked, p.sex, extract(year FROM p.birth)::integer AS birth_year,
       @extschema@.region_at(p.region, 'county') AS county, @extschema@.region_at(p.region, 'township') AS township,
       p.employment, p.died_on IS NOT NULL AS deceased, g.state,
       (SELECT @extschema@.insset(coalesce(array_agg(e.insurance), '{}'))
        FROM @extschema@.enrolment e WHERE e.cnid = p.cnid) AS insurances,
       ARRAY(SELECT f.flag FROM @extschema@.person_flag f WHERE f.cnid = p.cnid ORDER BY f.flag) AS flags
FROM @extschema@.person p LEFT JOIN @extschema@.registration g ON g.cnid = p.cnid;
COMMENT ON VIEW @extschema@.person_masked IS
    'the register for analysts: masked ID (cnid_mask), birth year, county and township, no name, phone or address';

CREATE FUNCTION @extschema@.register_summary(level text DEFAULT 'county')
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
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM @extschema@.person_flag f WHERE f.cnid = p.cnid)),
           count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM @extschema@.enrolment e WHERE e.cnid = p.cnid)),
           sum((SELECT count(*) FROM @extschema@.problem q WHERE q.cnid = p.cnid AND q.closed_at IS NULL))::bigint
    FROM @extschema@.person p LEFT JOIN @extschema@.registration g ON g.cnid = p.cnid
    GROUP BY 1 ORDER BY 1;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.register_summary(text) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.register_summary(text) IS
    'aggregates of the whole register by province, prefecture or county, for analysts (SECURITY DEFINER, granted by grant_analyst())';

-- ---------------------------------------------------------------------------
-- For the DBA: bind a role to a region, or make it an analyst.
CREATE FUNCTION @extschema@.grant_region(role_name name, region bigint) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
        PERFORM @extschema@.form_error('role_name', format('no role %s', quote_ident(role_name)), 'undefined_object');
    END IF;
    IF @extschema@.region_level(region) IS NULL THEN
        PERFORM @extschema@.form_error('region', 'required', 'not_null_violation');
    END IF;
    INSERT INTO @extschema@.region_grant (role, region) VALUES (role_name, region) ON CONFLICT DO NOTHING;
    EXECUTE format('GRANT USAGE ON SCHEMA @extschema@ TO %I', role_name);
    EXECUTE format('GRANT SELECT ON @extschema@.region_grant, @extschema@.history, @extschema@.workflow_transition, @extschema@.review_queue, '
                   '@extschema@.region, @extschema@.region_local, @extschema@.insurance_type TO %I', role_name);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON @extschema@.person, @extschema@.registration, @extschema@.problem TO %I', role_name);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.enrolment, @extschema@.person_flag TO %I', role_name);
    EXECUTE format('GRANT INSERT ON @extschema@.history TO %I', role_name);
    EXECUTE format('GRANT EXECUTE ON FUNCTION @extschema@.as_of(anyelement, timestamptz, name) TO %I', role_name);
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.grant_region(name, bigint) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.grant_region(name, bigint) IS
    'DBA: binds a role to a region (any level) and grants it the register''s tables, which row-level security then limits to that region';

CREATE FUNCTION @extschema@.revoke_region(role_name name, region bigint) RETURNS void
LANGUAGE sql PARALLEL UNSAFE
BEGIN ATOMIC
    DELETE FROM @extschema@.region_grant g WHERE g.role = role_name AND g.region = revoke_region.region;
END;
REVOKE EXECUTE ON FUNCTION @extschema@.revoke_region(name, bigint) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.revoke_region(name, bigint) IS
    'DBA: removes a region from a role (its table privileges stay, but it sees no rows of that region)';

CREATE FUNCTION @extschema@.grant_analyst(role_name name) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
        PERFORM @extschema@.form_error('role_name', format('no role %s', quote_ident(role_name)), 'undefined_object');
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA @extschema@ TO %I', role_name);
    EXECUTE format('GRANT SELECT ON @extschema@.person_masked TO %I', role_name);
    EXECUTE format('GRANT EXECUTE ON FUNCTION @extschema@.register_summary(text) TO %I', role_name);
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.grant_analyst(name) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.grant_analyst(name) IS
    'DBA: lets a role read the masked view enroll.person_masked and the aggregates of register_summary(), nothing else';

-- ---------------------------------------------------------------------------
-- Bulk loading (enroll-load): a CSV row becomes a form, registered by the
-- same function with the same rules, its error returned instead of raised.

CREATE FUNCTION @extschema@.load_form(keys text[], vals text[]) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT coalesce(jsonb_object_agg(k,
               CASE WHEN k IN ('insurances', 'flags')
                    THEN to_jsonb(regexp_split_to_array(btrim(v), '\s*[;,|，；、\s]\s*'))
                    ELSE to_jsonb(v) END), '{}'::jsonb)
    FROM unnest(keys, vals) AS u(k, v)
    WHERE k IS NOT NULL AND nullif(btrim(v), '') IS NOT NULL;
END;
COMMENT ON FUNCTION @extschema@.load_form(text[], text[]) IS
    'a form from CSV columns (header keys, row values): blank cells omitted, insurances and flags split on ; , | or blanks';

CREATE FUNCTION @extschema@.load_column(header text) RETURNS text
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

CREATE FUNCTION @extschema@.register_try(form jsonb, OUT action text, OUT error text)
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    action := @extschema@.register(form) ->> 'action';
EXCEPTION WHEN data_exception OR integrity_constraint_violation OR insufficient_privilege
               OR object_not_in_prerequisite_state OR no_data_found THEN
    error := SQLERRM;
END $$;
COMMENT ON FUNCTION @extschema@.register_try(jsonb) IS
    'register() that returns a form''s error (the same field-named message) instead of raising it; for bulk loads';

-- ---------------------------------------------------------------------------
-- The register as coverage_report()'s population, now or as of a past time.
CREATE FUNCTION @extschema@.register_population(at_time timestamptz DEFAULT NULL, category text DEFAULT 'pension')
RETURNS TABLE (cnid @extschema@.cnid, region bigint, registered boolean, insurances @extschema@.insset, eligible boolean)
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
-- registered: the form is confirmed (seed 003: 完成确认登记); the dead are left out;
-- eligible: in_denominator() with the age and flags at that time.
DECLARE
    on_date date := coalesce(at_time, now())::date;
BEGIN
    PERFORM @extschema@.insurance_category_checked(category);
    IF at_time IS NULL THEN
        RETURN QUERY
        SELECT p.cnid, p.region, coalesce(g.state = 'confirmed', false),
               (SELECT @extschema@.insset(coalesce(array_agg(e.insurance), '{}')) FROM @extschema@.enrolment e WHERE e.cnid = p.cnid),
               @extschema@.in_denominator(category, @extschema@.age_on(p.birth, on_date),
                   ARRAY(SELECT f.flag FROM @extschema@.person_flag f WHERE f.cnid = p.cnid), p.employment = 'employed')
        FROM @extschema@.person p LEFT JOIN @extschema@.registration g ON g.cnid = p.cnid
        WHERE p.died_on IS NULL;
    ELSE
        RETURN QUERY
        WITH p AS (SELECT * FROM @extschema@.as_of(NULL::@extschema@.person, at_time)),
             g AS (SELECT * FROM @extschema@.as_of(NULL::@extschema@.registration, at_time)),
             e AS (SELECT x.cnid, @extschema@.insset(array_agg(x.insurance)) AS ins
                   FROM @extschema@.as_of(NULL::@extschema@.enrolment, at_time) x GROUP BY x.cnid),
             f AS (SELECT x.cnid, array_agg(x.flag) AS flags
                   FROM @extschema@.as_of(NULL::@extschema@.person_flag, at_time) x GROUP BY x.cnid)
        SELECT p.cnid, p.region, coalesce(g.state = 'confirmed', false), coalesce(e.ins, '{}'::@extschema@.insset),
               @extschema@.in_denominator(category, @extschema@.age_on(p.birth, on_date), coalesce(f.flags, '{}'),
                                          p.employment = 'employed')
        FROM p LEFT JOIN g ON g.cnid = p.cnid LEFT JOIN e ON e.cnid = p.cnid LEFT JOIN f ON f.cnid = p.cnid
        WHERE p.died_on IS NULL OR p.died_on > on_date;
    END IF;
END $$;
COMMENT ON FUNCTION @extschema@.register_population(timestamptz, text) IS
    'the register as coverage_report() population (region, registered = confirmed form, insurances, eligible for the category), now or as of a time from history; the dead left out';
