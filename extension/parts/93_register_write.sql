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
CREATE FUNCTION @extschema@.history_key(tbl text, r jsonb) RETURNS text
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
CREATE FUNCTION @extschema@.history_write(tbl text, op text, region bigint, actor name, old jsonb, new jsonb) RETURNS void
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
CREATE FUNCTION @extschema@.person_lock(id @extschema@.cnid, actor name, person_type anyelement) RETURNS anyelement
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

CREATE FUNCTION @extschema@.workflow_check(from_state text, to_state text) RETURNS void
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
CREATE FUNCTION @extschema@.registration_update(old anyelement, new anyelement, actor name) RETURNS anyelement
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

CREATE FUNCTION @extschema@.problem_open(id @extschema@.cnid, why text, detail text, region bigint, actor name) RETURNS void
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

CREATE FUNCTION @extschema@.problem_close(id @extschema@.cnid, why text, region bigint, actor name) RETURNS void
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
CREATE FUNCTION @extschema@.person_children_set(id @extschema@.cnid, region bigint, ins smallint[], flags text[], actor name) RETURNS void
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
CREATE FUNCTION @extschema@.person_update(old anyelement, new anyelement, actor name) RETURNS anyelement
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

CREATE FUNCTION @extschema@.person_insurances(id @extschema@.cnid) RETURNS @extschema@.insset
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
BEGIN
    RETURN (SELECT @extschema@.insset(coalesce(array_agg(e.insurance), '{}')) FROM enroll_register.enrolment e WHERE e.cnid = id);
END $$;
COMMENT ON FUNCTION @extschema@.person_insurances(@extschema@.cnid) IS
    'the insurances a person holds, as an insset (as the caller sees the register)';

-- The look-up a clerk may make of a person outside their regions (the
-- form's 异地参保 needs it): audited, whatever the answer.
CREATE FUNCTION @extschema@.lookup_registration(id @extschema@.cnid) RETURNS text
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

CREATE FUNCTION @extschema@.register(form jsonb) RETURNS jsonb
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

CREATE FUNCTION @extschema@.submit(id @extschema@.cnid) RETURNS text
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

CREATE FUNCTION @extschema@.review(id @extschema@.cnid, level text, approve boolean, reason text DEFAULT NULL)
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

CREATE FUNCTION @extschema@.record_death(id @extschema@.cnid, died date) RETURNS text
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

CREATE FUNCTION @extschema@.move(id @extschema@.cnid, to_region bigint) RETURNS text
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

CREATE FUNCTION @extschema@.change_status(id @extschema@.cnid, employment text, employer text DEFAULT NULL) RETURNS text
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

CREATE FUNCTION @extschema@.set_flag(id @extschema@.cnid, flag text, is_set boolean DEFAULT true, note text DEFAULT NULL)
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
