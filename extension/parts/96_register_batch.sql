-- The registration register, part 6: registering a batch of forms at once
-- (enroll-load's path).  Validation is form_check(), the rules of
-- form_normalize() (src/register_form.c) that register() applies; the writes
-- are set-based: the batch's new persons, with their registrations,
-- enrolments, flags and problems, are inserted by one statement per table,
-- and each new person gets one history row carrying the rows it was created
-- with (history.children; enroll_register.history_rows shows them one per
-- row, as register() writes them).  Existing persons whose form did not change are found
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
-- (form_check() is form_normalize() returning its error) and against the
-- acting role's regions.  Per form, in input order: its cnid and, when
-- rejected, the action, SQLSTATE, field and message; and the accepted
-- forms' positions, cnids, normalised forms and regions.
CREATE FUNCTION @extschema@.register_batch_check(forms jsonb[], actor name,
    OUT res_cnid text[], OUT res_action text[], OUT res_state text[], OUT res_field text[], OUT res_error text[],
    OUT v_pos integer[], OUT v_cnid @extschema@.cnid[], OUT v_f jsonb[], OUT v_reg bigint[])
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
WITH c AS (
    SELECT u.pos, k.normalized AS f, k.sqlstate, k.field, k.message,
           coalesce((k.normalized ->> 'village')::bigint, (k.normalized ->> 'township')::bigint,
                    (k.normalized ->> 'county')::bigint) AS reg
    FROM unnest(forms) WITH ORDINALITY AS u(form, pos) CROSS JOIN LATERAL @extschema@.form_check(u.form) k
), d AS (
    SELECT c.*, c.f IS NOT NULL AND NOT @extschema@.region_permitted_to(c.reg, actor) AS outside,
           CASE WHEN c.f ? 'village' THEN 'village' WHEN c.f ? 'township' THEN 'township' ELSE 'county' END AS reg_field
    FROM c
)
SELECT array_agg(d.f ->> 'cnid' ORDER BY d.pos),
       array_agg(CASE WHEN d.f IS NULL OR d.outside THEN 'rejected' END ORDER BY d.pos),
       array_agg(CASE WHEN d.f IS NULL THEN d.sqlstate WHEN d.outside THEN '42501' END ORDER BY d.pos),
       array_agg(CASE WHEN d.f IS NULL THEN d.field WHEN d.outside THEN d.reg_field END ORDER BY d.pos),
       array_agg(CASE WHEN d.f IS NULL THEN d.message WHEN d.outside THEN format('%s: %s is outside your regions', d.reg_field, d.reg) END
                 ORDER BY d.pos),
       coalesce(array_agg(d.pos ORDER BY d.pos) FILTER (WHERE d.f IS NOT NULL AND NOT d.outside), '{}'),
       coalesce(array_agg((d.f ->> 'cnid')::@extschema@.cnid ORDER BY d.pos) FILTER (WHERE d.f IS NOT NULL AND NOT d.outside), '{}'),
       coalesce(array_agg(d.f ORDER BY d.pos) FILTER (WHERE d.f IS NOT NULL AND NOT d.outside), '{}'),
       coalesce(array_agg(d.reg ORDER BY d.pos) FILTER (WHERE d.f IS NOT NULL AND NOT d.outside), '{}')
FROM d
$$;
COMMENT ON FUNCTION @extschema@.register_batch_check(jsonb[], name) IS
    'register_batch() step 1: the forms checked by the rules of register() and the acting role''s regions';

-- register_batch(), step 4: the new persons' registrations, enrolments,
-- flags and problems, one statement per table, and one history row per new
-- person: the person's row in new, the others in children, by table (every
-- table named, [] when it has none).  new_idx are the new persons' indexes
-- in v_cnid, v_f and v_reg, new_person their rows as inserted.  Called by
-- register_batch() with its owner's rights; not for PUBLIC.
CREATE FUNCTION @extschema@.register_batch_children(v_cnid @extschema@.cnid[], v_f jsonb[], v_reg bigint[],
    new_idx bigint[], new_person jsonb[], actor name)
RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE SET search_path = pg_catalog, @extschema@, pg_temp AS $$
#variable_conflict use_column
BEGIN
    WITH b AS (
        SELECT u.cnid, u.f, u.reg, n.pj
        FROM unnest(v_cnid, v_f, v_reg) WITH ORDINALITY AS u(cnid, f, reg, o)
        JOIN unnest(new_idx, new_person) AS n(o, pj) ON n.o = u.o
    ), g AS (
        INSERT INTO enroll_register.registration AS x (cnid, region, not_insured_reason, insured_elsewhere, form, collected_by)
        SELECT b.cnid, b.reg, b.f ->> 'not_insured_reason', b.f ->> 'insured_elsewhere', b.f - 'version', actor
        FROM b ORDER BY b.cnid
        RETURNING x.*
    ), e AS (
        INSERT INTO enroll_register.enrolment AS x (cnid, insurance, region)
        SELECT b.cnid, k.i::smallint, b.reg
        FROM b CROSS JOIN LATERAL jsonb_array_elements_text(b.f -> 'insurances') AS k(i)
        ORDER BY b.cnid, k.i::smallint
        RETURNING x.*
    ), fl AS (
        INSERT INTO enroll_register.person_flag AS x (cnid, flag, region, set_by)
        SELECT b.cnid, k.x, b.reg, actor
        FROM b CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(b.f -> 'flags', '[]')) AS k(x)
        ORDER BY b.cnid, k.x
        RETURNING x.*
    ), pr AS (
        INSERT INTO enroll_register.problem AS x (cnid, region, reason, detail, opened_by)
        SELECT b.cnid, b.reg, k.reason, k.detail, actor
        FROM b CROSS JOIN LATERAL (
            SELECT 1, 'uninsured_no_reason', 'no insurance and no reason given'
            WHERE jsonb_array_length(b.f -> 'insurances') = 0 AND NOT b.f ? 'not_insured_reason'
            UNION ALL
            SELECT 2, 'no_phone', NULL WHERE NOT b.f ? 'phone') AS k(o, reason, detail)
        ORDER BY b.cnid, k.o
        RETURNING x.*
    )
    INSERT INTO enroll_register.history (cnid, tbl, key, op, region, at, actor, session_actor, xid, old, new, children)
    SELECT b.cnid, 'person', b.cnid::text, 'INSERT', b.reg, now(), actor, SESSION_USER, txid_current(), NULL, b.pj,
           -- rows to JSON once (an aggregate of JSON would copy each form twice more)
           (SELECT to_jsonb(c) FROM (SELECT coalesce(g.list, '{}') AS registration, coalesce(e.list, '{}') AS enrolment,
                                            coalesce(fl.list, '{}') AS person_flag, coalesce(pr.list, '{}') AS problem) c)
    FROM b
    LEFT JOIN (SELECT g.cnid, array_agg(g) AS list FROM g GROUP BY g.cnid) g ON g.cnid = b.cnid
    LEFT JOIN (SELECT e.cnid, array_agg(e ORDER BY e.insurance) AS list FROM e GROUP BY e.cnid) e ON e.cnid = b.cnid
    LEFT JOIN (SELECT fl.cnid, array_agg(fl ORDER BY fl.flag) AS list FROM fl GROUP BY fl.cnid) fl ON fl.cnid = b.cnid
    LEFT JOIN (SELECT pr.cnid, array_agg(pr ORDER BY pr.id) AS list FROM pr GROUP BY pr.cnid) pr ON pr.cnid = b.cnid
    ORDER BY b.cnid;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.register_batch_children(@extschema@.cnid[], jsonb[], bigint[], bigint[], jsonb[], name) FROM PUBLIC;
COMMENT ON FUNCTION @extschema@.register_batch_children(@extschema@.cnid[], jsonb[], bigint[], bigint[], jsonb[], name) IS
    'register_batch() step 4: the new persons'' other rows and their history';

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
    res_cnid text[] := array_fill(NULL::text, ARRAY[n]);
    res_action text[] := array_fill(NULL::text, ARRAY[n]);
    res_state text[] := array_fill(NULL::text, ARRAY[n]);
    res_field text[] := array_fill(NULL::text, ARRAY[n]);
    res_error text[] := array_fill(NULL::text, ARRAY[n]);
    done boolean[] := array_fill(false, ARRAY[n]);
    is_new boolean[] := array_fill(false, ARRAY[n]);
    -- the valid forms: position, cnid, normalised form, region, first of its person
    v_pos integer[] := '{}';
    v_cnid @extschema@.cnid[] := '{}';
    v_f jsonb[] := '{}';
    v_reg bigint[] := '{}';
    v_first boolean[];
    v_stale boolean[];
    v_existing @extschema@.cnid[];
    -- the existing persons of the batch: cnid, region, version, stored form
    e_cnid @extschema@.cnid[];
    e_region bigint[];
    e_version integer[];
    e_form jsonb[];
    new_idx bigint[];           -- the new persons: their index in v_*
    new_person jsonb[];         -- and their rows as inserted
    p record;
    i integer;
BEGIN
    PERFORM @extschema@.register_required();
    IF coalesce(cardinality(rownos), 0) <> n THEN
        RAISE EXCEPTION 'rownos and forms must have the same length' USING ERRCODE = 'array_subscript_error';
    END IF;

    -- 1. Validation by the rules of register(), and the acting role's regions.
    SELECT * INTO res_cnid, res_action, res_state, res_field, res_error, v_pos, v_cnid, v_f, v_reg
    FROM @extschema@.register_batch_check(forms, actor);
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
    SELECT coalesce(array_agg(q.cnid), '{}') INTO v_existing FROM enroll_register.person q WHERE q.cnid = ANY (v_cnid);
    SELECT coalesce(array_agg(s.first ORDER BY s.o), '{}'), coalesce(array_agg(s.stale_new ORDER BY s.o), '{}')
    INTO v_first, v_stale
    FROM (SELECT t.o, CASE WHEN t.ex THEN t.rn = 1 ELSE t.rn = t.first_ok END AS first,
                 NOT t.ex AND t.stale AND (t.first_ok IS NULL OR t.rn < t.first_ok) AS stale_new
          FROM (SELECT r.*, min(r.rn) FILTER (WHERE NOT r.stale) OVER (PARTITION BY r.c) AS first_ok
                FROM (SELECT u.o, u.c, row_number() OVER (PARTITION BY u.c ORDER BY rownos[u.p]) AS rn,
                             q.c IS NOT NULL AS ex,
                             coalesce((u.f ->> 'version')::integer <> 1, false) AS stale
                      FROM unnest(v_pos, v_cnid, v_f) WITH ORDINALITY AS u(p, c, f, o)
                      LEFT JOIN unnest(v_existing) AS q(c) ON q.c = u.c) r) t) s;
    FOR i IN 1 .. cardinality(v_pos) LOOP
        IF v_stale[i] THEN
            res_action[v_pos[i]] := 'rejected';
            res_state[v_pos[i]] := '40001';
            res_field[v_pos[i]] := 'version';
            res_error[v_pos[i]] := format('version: the record changed since it was read (form version %s, now 1)', v_f[i] ->> 'version');
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
    WITH ins AS (
        INSERT INTO enroll_register.person AS x (cnid, name, sex, birth, region, hukou, address, phone, employment, employer, updated_by)
        SELECT b.cnid, b.f ->> 'name', @extschema@.cnid_sex(b.cnid), @extschema@.cnid_birth_date(b.cnid), b.reg,
               (b.f ->> 'hukou')::bigint, b.f ->> 'address', b.f ->> 'phone', b.f ->> 'employment', b.f ->> 'employer', actor
        FROM unnest(v_cnid, v_f, v_reg, v_first) AS b(cnid, f, reg, first)
        WHERE b.first
        ORDER BY b.cnid
        ON CONFLICT (cnid) DO UPDATE SET version = x.version WHERE false
        RETURNING x.*
    )
    SELECT coalesce(array_agg(b.o ORDER BY b.o), '{}'), coalesce(array_agg(to_jsonb(ins) ORDER BY b.o), '{}')
    INTO new_idx, new_person
    FROM ins JOIN unnest(v_cnid, v_first) WITH ORDINALITY AS b(cnid, first, o) ON b.cnid = ins.cnid AND b.first;
    FOREACH i IN ARRAY new_idx LOOP
        is_new[v_pos[i]] := true;
        done[v_pos[i]] := true;
        res_action[v_pos[i]] := 'inserted';
    END LOOP;

    -- 3. Existing persons (locked by step 2), read with a fresh snapshot: it
    -- sees what a concurrent writer committed before the lock.
    SELECT coalesce(array_agg(x.cnid), '{}'), coalesce(array_agg(x.region), '{}'), coalesce(array_agg(x.version), '{}'),
           coalesce(array_agg(g.form), '{}')
    INTO e_cnid, e_region, e_version, e_form
    FROM enroll_register.person x LEFT JOIN enroll_register.registration g ON g.cnid = x.cnid
    WHERE x.cnid = ANY (ARRAY(SELECT b.cnid FROM unnest(v_pos, v_cnid, v_first) AS b(pos, cnid, first)
                              WHERE b.first AND NOT is_new[b.pos]));
    FOR p IN SELECT x.cnid, x.region, x.version, x.stored_form, b.pos, b.f
             FROM unnest(v_pos, v_cnid, v_f, v_first) AS b(pos, cnid, f, first)
             JOIN unnest(e_cnid, e_region, e_version, e_form) AS x(cnid, region, version, stored_form) ON x.cnid = b.cnid
             WHERE b.first AND NOT is_new[b.pos]
             ORDER BY x.cnid LOOP
        IF NOT @extschema@.region_permitted_to(p.region, actor) THEN
            -- The caller learns that the person exists elsewhere: a look-up, audited.
            PERFORM @extschema@.lookup_audit_record(p.cnid, 'registered_elsewhere');
            res_action[p.pos] := 'rejected';
            res_state[p.pos] := '42501';
            res_field[p.pos] := 'cnid';
            res_error[p.pos] := format('cnid: %s is registered outside your regions', p.cnid::text);
            done[p.pos] := true;
        ELSIF p.f ? 'version' AND (p.f ->> 'version')::integer <> p.version THEN
            res_action[p.pos] := 'rejected';
            res_state[p.pos] := '40001';
            res_field[p.pos] := 'version';
            res_error[p.pos] := format('version: the record changed since it was read (form version %s, now %s)', p.f ->> 'version', p.version);
            done[p.pos] := true;
        ELSIF p.stored_form IS NOT DISTINCT FROM p.f - 'version' THEN
            res_action[p.pos] := 'unchanged';
            done[p.pos] := true;
        END IF;
    END LOOP;

    -- 4. The new persons' registrations, enrolments, flags and problems, and
    -- one history row per new person.
    PERFORM @extschema@.register_batch_children(v_cnid, v_f, v_reg, new_idx, new_person, actor);

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
