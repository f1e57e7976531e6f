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

CREATE FUNCTION @extschema@.register_population(at_time timestamptz DEFAULT NULL, category text DEFAULT 'pension')
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
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM enroll_register.person_flag f WHERE f.cnid = p.cnid)),
           count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM enroll_register.enrolment e WHERE e.cnid = p.cnid)),
           sum((SELECT count(*) FROM enroll_register.problem q WHERE q.cnid = p.cnid AND q.closed_at IS NULL))::bigint
    FROM enroll_register.person p LEFT JOIN enroll_register.registration g ON g.cnid = p.cnid
    GROUP BY 1 ORDER BY 1;
END $$;
REVOKE EXECUTE ON FUNCTION @extschema@.register_summary(text) FROM PUBLIC;
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

