-- The registration register, part 6: registering a batch of forms at once
-- (enroll-load's path).  Validation is register_batch_forms() (src/register_batch.c):
-- form_parse(), the rules of form_normalize() (src/register_form.c) that
-- register() applies, returning each form's fields as typed arrays; the writes
-- are set-based: the batch's new persons, with their registrations,
-- enrolments, flags and problems, are inserted by one statement per table,
-- and each new person gets one history row, without copies of the rows it
-- was created with (layout 4; enroll_register.history_rows shows them one
-- per row, as register() writes them).  Existing persons whose form did not change are found
-- by one join; the rest (a changed form, a second form of the same person in
-- the batch) go through register() itself, under the lock the batch already
-- holds.
--
-- Locking (no deadlocks with register(), with other batches or with a
-- transaction registering several persons in cnid order): the batch inserts
-- or locks all its persons in one statement, in cnid order, and only then
-- touches their other rows.

-- (jit = off: compiling the batch's statements cost more than it saved, 8-15 %
-- of a load of 60,000 forms.)
-- register_batch(), step 1: every form checked by the rules of register()
-- and against the acting role's regions, in C, once.  Per form, in input
-- order (res_*): its cnid and, when rejected, the action, SQLSTATE, field
-- and message.  Per accepted form, in input order (v_*): its position, cnid,
-- normalised form (without its version), region, the person's fields, the
-- form's version and its number of insurances.  Per enrolment and flag of an
-- accepted form (en_*, fl_*): the form's index in v_* and the insurance or
-- flag.
CREATE FUNCTION @extschema@.register_batch_forms(forms jsonb[], actor name,
    OUT res_cnid text[], OUT res_action text[], OUT res_state text[], OUT res_field text[], OUT res_error text[],
    OUT v_pos integer[], OUT v_cnid @extschema@.cnid[], OUT v_form jsonb[], OUT v_reg bigint[],
    OUT v_name text[], OUT v_hukou bigint[], OUT v_address text[], OUT v_phone text[], OUT v_employment text[],
    OUT v_employer text[], OUT v_reason text[], OUT v_elsewhere text[], OUT v_version integer[], OUT v_nins integer[],
    OUT en_v integer[], OUT en_ins smallint[], OUT fl_v integer[], OUT fl_flag text[])
    AS 'MODULE_PATHNAME', 'enroll_register_batch_forms' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.register_batch_forms(jsonb[], name) IS
    'register_batch() step 1: the forms checked by the rules of register() and the acting role''s regions, their fields as typed arrays';

-- register_batch(), step 4: the new persons' registrations, enrolments,
-- flags and problems, one statement per table, and one history row per new
-- person: the INSERT of the person, with no copy of its rows (layout 4,
-- register_migrate_layout3(): enroll_register.history_rows shows them).
-- v_new marks the new persons in the v_* arrays of register_batch_forms();
-- new_cnid and new_region are the new persons and their regions, in cnid
-- order.  Called by register_batch() with its owner's rights; not for
-- PUBLIC.
CREATE FUNCTION @extschema@.register_batch_new_rows(v_new boolean[], v_cnid @extschema@.cnid[], v_form jsonb[], v_reg bigint[],
    v_phone text[], v_reason text[], v_elsewhere text[], v_nins integer[], en_v integer[], en_ins smallint[],
    fl_v integer[], fl_flag text[], new_cnid @extschema@.cnid[], new_region bigint[], actor name)
RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
#variable_conflict use_column
BEGIN
    WITH b AS (
        SELECT u.cnid, u.f, u.reg, u.phone, u.reason, u.elsewhere, u.nins
        FROM unnest(v_new, v_cnid, v_form, v_reg, v_phone, v_reason, v_elsewhere, v_nins)
             AS u(new, cnid, f, reg, phone, reason, elsewhere, nins)
        WHERE u.new
    ), g AS (
        INSERT INTO enroll_register.registration AS x (cnid, region, not_insured_reason, insured_elsewhere, form, collected_by)
        SELECT b.cnid, b.reg, b.reason, b.elsewhere, b.f, actor
        FROM b ORDER BY b.cnid
    ), e AS (
        INSERT INTO enroll_register.enrolment AS x (cnid, insurance, region)
        SELECT v_cnid[k.v], k.ins, v_reg[k.v]
        FROM unnest(en_v, en_ins) AS k(v, ins)
        WHERE v_new[k.v]
        ORDER BY 1, 2
    ), fl AS (
        INSERT INTO enroll_register.person_flag AS x (cnid, flag, region, set_by)
        SELECT v_cnid[k.v], k.flag, v_reg[k.v], actor
        FROM unnest(fl_v, fl_flag) AS k(v, flag)
        WHERE v_new[k.v]
        ORDER BY 1, 2
    ), pr AS (
        INSERT INTO enroll_register.problem AS x (cnid, region, reason, detail, opened_by)
        SELECT k.cnid, k.reg, k.reason, k.detail, actor
        FROM (SELECT b.cnid, b.reg, 1, 'uninsured_no_reason', 'no insurance and no reason given' FROM b
              WHERE b.nins = 0 AND b.reason IS NULL
              UNION ALL
              SELECT b.cnid, b.reg, 2, 'no_phone', NULL FROM b WHERE b.phone IS NULL) AS k(cnid, reg, o, reason, detail)
        ORDER BY k.cnid, k.o
    )
    INSERT INTO enroll_register.history (cnid, tbl, key, op, region, at, actor, session_actor, xid, old, new)
    SELECT n.cnid, 'person', n.cnid::text, 'INSERT', n.reg, now(), actor, SESSION_USER, txid_current(), NULL, NULL
    FROM unnest(new_cnid, new_region) AS n(cnid, reg)
    ORDER BY n.cnid;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.register_batch_new_rows(boolean[], @extschema@.cnid[], jsonb[], bigint[], text[], text[], text[],
    integer[], integer[], smallint[], integer[], text[], @extschema@.cnid[], bigint[], name) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.register_batch_new_rows(boolean[], @extschema@.cnid[], jsonb[], bigint[], text[], text[], text[],
    integer[], integer[], smallint[], integer[], text[], @extschema@.cnid[], bigint[], name) IS
    'register_batch() step 4: the new persons'' other rows and their history (one row a person, layout 4)';

CREATE FUNCTION @extschema@.register_batch(rownos bigint[], forms jsonb[])
RETURNS TABLE (rowno bigint, cnid text, action text, sqlstate text, field text, error text)
LANGUAGE plpgsql PARALLEL UNSAFE SECURITY DEFINER SET search_path = pg_catalog, @extschema@, pg_temp SET jit = off AS $$
#variable_conflict use_column
DECLARE
    actor name := @extschema@.acting_role();
    n integer := coalesce(cardinality(forms), 0);
    st text;
    col text;
    msg text;
    -- results, by position in the input
    res_cnid text[];
    res_action text[];
    res_state text[];
    res_field text[];
    res_error text[];
    done boolean[] := array_fill(false, ARRAY[n]);
    -- the accepted forms (register_batch_forms)
    v_pos integer[];
    v_cnid @extschema@.cnid[];
    v_form jsonb[];
    v_reg bigint[];
    v_ver integer[];
    f record;                       -- all of register_batch_forms()
    v_first boolean[];
    v_stale boolean[];
    v_new boolean[];
    v_existing @extschema@.cnid[];
    -- the existing persons of the batch: cnid, region, version, stored form
    e_cnid @extschema@.cnid[];
    e_region bigint[];
    e_version integer[];
    e_form jsonb[];
    new_cnid @extschema@.cnid[];    -- the new persons, their regions
    new_region bigint[];
    new_idx integer[];              -- their index in v_*
    ins_sql text;                   -- the INSERT of the batch's persons
    all_new boolean;                -- none of them is registered
    p record;
    i integer;
BEGIN
    PERFORM @extschema@.register_required();
    -- the history this writes is layout 4's (history_rows of layout 3 would not show a new person's rows)
    IF @extschema@.register_layout_version() < 4 THEN
        RAISE EXCEPTION 'the register is at layout %, register_batch() needs layout 4', @extschema@.register_layout_version()
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Migrate it with SELECT enroll.create_register();';
    END IF;
    IF coalesce(cardinality(rownos), 0) <> n THEN
        RAISE EXCEPTION 'rownos and forms must have the same length' USING ERRCODE = 'array_subscript_error';
    END IF;

    -- 1. Validation by the rules of register(), and the acting role's regions.
    SELECT * INTO f FROM @extschema@.register_batch_forms(forms, actor);
    res_cnid := f.res_cnid; res_action := f.res_action; res_state := f.res_state; res_field := f.res_field; res_error := f.res_error;
    v_pos := f.v_pos; v_cnid := f.v_cnid; v_form := f.v_form; v_reg := f.v_reg; v_ver := f.v_version;
    IF n = 0 THEN
        RETURN;
    END IF;
    -- The first valid form of each person (in row order) is merged set-based,
    -- the later ones go through register().  A form for a person not yet
    -- registered that names a version other than 1 is stale, as register()
    -- would find once it had created the person (version 1).
    -- (The register is read by a statement of its own, by cnid = ANY: on
    -- Citus a join of the batch's arrays with a distributed table would send
    -- the whole batch to every shard.)
    -- Whether a person is registered already matters below only to a form
    -- that names a version other than 1; without one the register is not read.
    IF EXISTS (SELECT 1 FROM unnest(v_ver) AS v(ver) WHERE v.ver <> 1) THEN
        SELECT coalesce(array_agg(q.cnid), '{}') INTO v_existing FROM enroll_register.person q WHERE q.cnid = ANY (v_cnid);
    ELSE
        v_existing := '{}';
    END IF;
    SELECT coalesce(array_agg(s.first ORDER BY s.o), '{}'), coalesce(array_agg(s.stale_new ORDER BY s.o), '{}')
    INTO v_first, v_stale
    FROM (SELECT t.o, CASE WHEN t.ex THEN t.rn = 1 ELSE t.rn = t.first_ok END AS first,
                 NOT t.ex AND t.stale AND (t.first_ok IS NULL OR t.rn < t.first_ok) AS stale_new
          FROM (SELECT r.*, min(r.rn) FILTER (WHERE NOT r.stale) OVER (PARTITION BY r.c) AS first_ok
                FROM (SELECT u.o, u.c, row_number() OVER (PARTITION BY u.c ORDER BY rownos[u.p]) AS rn,
                             q.c IS NOT NULL AS ex, coalesce(u.ver <> 1, false) AS stale
                      FROM unnest(v_pos, v_cnid, v_ver) WITH ORDINALITY AS u(p, c, ver, o)
                      LEFT JOIN unnest(v_existing) AS q(c) ON q.c = u.c) r) t) s;
    FOR i IN 1 .. cardinality(v_pos) LOOP
        IF v_stale[i] THEN
            res_action[v_pos[i]] := 'rejected';
            res_state[v_pos[i]] := '40001';
            res_field[v_pos[i]] := 'version';
            res_error[v_pos[i]] := format('version: the record changed since it was read (form version %s, now 1)', v_ver[i]);
            done[v_pos[i]] := true;
        END IF;
    END LOOP;

    -- 2. Every person of the batch, in one pass in cnid order: a new one is
    -- inserted, an existing one locked (ON CONFLICT DO UPDATE locks the row
    -- even where its WHERE is false, and changes nothing); a concurrent
    -- creator of the same cnid makes it wait.  One pass keeps the batch in
    -- the cnid order every writer follows, also against a transaction that
    -- registers several persons in cnid order.  The new persons' history is
    -- written with their other rows (step 4).
    -- A batch of persons none of whom is known to be registered is first
    -- inserted without ON CONFLICT, whose look-up of each key before its
    -- insert cost 6 % of a first load: the first person registered already
    -- (or by a concurrent writer that commits) raises unique_violation, and
    -- the batch, undone, takes the ON CONFLICT pass.  Both passes go in cnid
    -- order.
    ins_sql := 'INSERT INTO enroll_register.person AS x (cnid, name, sex, birth, region, hukou, address, phone, employment, employer, updated_by)
        SELECT b.cnid, b.name, @extschema@.cnid_sex(b.cnid), @extschema@.cnid_birth_date(b.cnid), b.reg,
               b.hukou, b.address, b.phone, b.emp, b.employer, $10
        FROM unnest($1, $2, $3, $4, $5, $6, $7, $8, $9) AS b(cnid, name, reg, hukou, address, phone, emp, employer, first)
        WHERE b.first
        ORDER BY b.cnid';
    all_new := cardinality(v_existing) = 0;
    IF all_new THEN
        BEGIN
            EXECUTE ins_sql USING v_cnid, f.v_name, v_reg, f.v_hukou, f.v_address, f.v_phone, f.v_employment, f.v_employer, v_first, actor;
        EXCEPTION WHEN unique_violation THEN
            all_new := false;
        END;
    END IF;
    IF all_new THEN
        SELECT coalesce(array_agg(s.cnid), '{}'), coalesce(array_agg(s.reg), '{}'), coalesce(array_agg(s.o), '{}')
        INTO new_cnid, new_region, new_idx
        FROM (SELECT b.cnid, b.reg, b.o FROM unnest(v_cnid, v_reg, v_first) WITH ORDINALITY AS b(cnid, reg, first, o)
              WHERE b.first ORDER BY b.cnid) s;     -- (one sort for all)
    ELSE
        EXECUTE format('WITH ins AS (%s ON CONFLICT (cnid) DO UPDATE SET version = x.version WHERE false RETURNING x.cnid, x.region)
            SELECT coalesce(array_agg(s.cnid), ''{}''), coalesce(array_agg(s.region), ''{}'')    -- (one sort for both)
            FROM (SELECT ins.cnid, ins.region FROM ins ORDER BY ins.cnid) s', ins_sql)
        INTO new_cnid, new_region
        USING v_cnid, f.v_name, v_reg, f.v_hukou, f.v_address, f.v_phone, f.v_employment, f.v_employer, v_first, actor;
        SELECT coalesce(array_agg(b.o), '{}') INTO new_idx
        FROM unnest(v_cnid, v_first) WITH ORDINALITY AS b(cnid, first, o)
        JOIN unnest(new_cnid) AS c(cnid) ON c.cnid = b.cnid
        WHERE b.first;
    END IF;
    v_new := array_fill(false, ARRAY[cardinality(v_pos)]);
    FOREACH i IN ARRAY new_idx LOOP
        v_new[i] := true;
        done[v_pos[i]] := true;
        res_action[v_pos[i]] := 'inserted';
    END LOOP;

    -- 3. Existing persons (locked by step 2), read with a fresh snapshot: it
    -- sees what a concurrent writer committed before the lock.
    SELECT coalesce(array_agg(x.cnid), '{}'), coalesce(array_agg(x.region), '{}'), coalesce(array_agg(x.version), '{}'),
           coalesce(array_agg(g.form), '{}')
    INTO e_cnid, e_region, e_version, e_form
    FROM enroll_register.person x LEFT JOIN enroll_register.registration g ON g.cnid = x.cnid
    WHERE x.cnid = ANY (ARRAY(SELECT b.cnid FROM unnest(v_cnid, v_first, v_new) AS b(cnid, first, new)
                              WHERE b.first AND NOT b.new));
    -- (no loop when there is none: its join would unnest every accepted form)
    IF cardinality(e_cnid) > 0 THEN
        FOR p IN SELECT x.cnid, x.region, x.version, x.stored_form, b.pos, b.f, b.ver
                 FROM unnest(v_pos, v_cnid, v_form, v_ver, v_first, v_new) AS b(pos, cnid, f, ver, first, new)
                 JOIN unnest(e_cnid, e_region, e_version, e_form) AS x(cnid, region, version, stored_form) ON x.cnid = b.cnid
                 WHERE b.first AND NOT b.new
                 ORDER BY x.cnid LOOP
            IF NOT @extschema@.region_permitted_to(p.region, actor) THEN
                -- The caller learns that the person exists elsewhere: a look-up, audited.
                PERFORM @extschema@.lookup_audit_record(p.cnid, 'registered_elsewhere');
                res_action[p.pos] := 'rejected';
                res_state[p.pos] := '42501';
                res_field[p.pos] := 'cnid';
                res_error[p.pos] := format('cnid: %s is registered outside your regions', p.cnid::text);
                done[p.pos] := true;
            ELSIF p.ver IS NOT NULL AND p.ver <> p.version THEN
                res_action[p.pos] := 'rejected';
                res_state[p.pos] := '40001';
                res_field[p.pos] := 'version';
                res_error[p.pos] := format('version: the record changed since it was read (form version %s, now %s)', p.ver, p.version);
                done[p.pos] := true;
            ELSIF p.stored_form IS NOT DISTINCT FROM p.f THEN
                res_action[p.pos] := 'unchanged';
                done[p.pos] := true;
            END IF;
        END LOOP;
    END IF;

    -- 4. The new persons' registrations, enrolments, flags and problems, and
    -- one history row per new person.
    IF cardinality(new_cnid) > 0 THEN
        PERFORM @extschema@.register_batch_new_rows(v_new, v_cnid, v_form, v_reg, f.v_phone, f.v_reason, f.v_elsewhere, f.v_nins,
                                                    f.en_v, f.en_ins, f.fl_v, f.fl_flag, new_cnid, new_region, actor);
    END IF;

    -- 5. Changed forms, and later forms of a person: register() itself, in
    -- cnid order and, for one person, in row order (the lock is held).
    FOR i IN SELECT b.pos FROM unnest(v_pos, v_cnid) AS b(pos, cnid) WHERE NOT done[b.pos] ORDER BY b.cnid, rownos[b.pos] LOOP
        BEGIN
            res_action[i] := @extschema@.register(forms[i]) ->> 'action';
        EXCEPTION WHEN data_exception OR integrity_constraint_violation OR insufficient_privilege
                       OR object_not_in_prerequisite_state OR no_data_found OR serialization_failure THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, col = COLUMN_NAME, msg = MESSAGE_TEXT;
            res_action[i] := 'rejected';
            res_state[i] := st;
            res_field[i] := nullif(col, '');
            res_error[i] := msg;
        END;
    END LOOP;

    RETURN QUERY SELECT * FROM unnest(rownos, res_cnid, res_action, res_state, res_field, res_error);
END $$;
COMMENT ON FUNCTION @extschema@.register_batch(bigint[], jsonb[]) IS
    'registers a batch of forms (rownos[i] numbers forms[i]) by the rules of register() and within the caller''s regions: one result row per form, in input order, with action inserted, updated, unchanged or rejected and, when rejected, the SQLSTATE, field and message register() would raise';

CREATE FUNCTION @extschema@.register_batch(stage regclass)
RETURNS TABLE (rowno bigint, cnid text, action text, sqlstate text, field text, error text)
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
DECLARE
    r bigint[];
    f jsonb[];
BEGIN
    -- read as the caller (who owns the staging table), register as the definer
    EXECUTE format('SELECT array_agg(s.rowno ORDER BY s.rowno), array_agg(s.form ORDER BY s.rowno) FROM %s s', stage) INTO r, f;
    RETURN QUERY SELECT * FROM @extschema@.register_batch(coalesce(r, '{}'), coalesce(f, '{}'));
END $$;
COMMENT ON FUNCTION @extschema@.register_batch(regclass) IS
    'register_batch() of the rows (rowno bigint, form jsonb) of a staging table, read with the caller''s rights';
