-- The form's rules as PL/pgSQL, as they were before src/register_form.c
-- replaced them: the reference of test/tools/register_form_equivalence.sh,
-- which checks that the C rules give the same canonical form, SQLSTATE,
-- field and message on every test form.  Created in schema public of a test
-- database only.
-- A region code given as a JSON number or a string of digits.
CREATE FUNCTION public.plpgsql_form_code(form jsonb, field text, digits integer) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, enroll, pg_temp AS $$
DECLARE
    v text;
BEGIN
    IF form -> field IS NULL OR jsonb_typeof(form -> field) = 'null' THEN
        RETURN NULL;
    END IF;
    v := btrim(form ->> field);
    IF jsonb_typeof(form -> field) NOT IN ('string', 'number') OR v !~ ('^[0-9]{' || digits || '}$') THEN
        PERFORM enroll.form_error(field, format('%s digits expected, got %s', digits,
            CASE jsonb_typeof(form -> field) WHEN 'string' THEN to_jsonb(form ->> field)::text ELSE (form -> field)::text END),
            'invalid_text_representation');
    END IF;
    RETURN v::bigint;
END $$;

CREATE FUNCTION public.plpgsql_form_text(form jsonb, field text, maxlen integer) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, enroll, pg_temp AS $$
DECLARE
    v text;
BEGIN
    IF form -> field IS NULL OR jsonb_typeof(form -> field) = 'null' THEN
        RETURN NULL;
    END IF;
    IF jsonb_typeof(form -> field) <> 'string' THEN
        PERFORM enroll.form_error(field, format('text expected, got %s', form -> field), 'invalid_text_representation');
    END IF;
    v := nullif(btrim(regexp_replace(normalize(form ->> field, NFKC), '\s+', ' ', 'g')), '');
    IF length(v) > maxlen THEN
        PERFORM enroll.form_error(field, format('at most %s characters, got %s', maxlen, length(v)), 'string_data_right_truncation');
    END IF;
    RETURN v;
END $$;
COMMENT ON FUNCTION public.plpgsql_form_text(jsonb, text, integer) IS
    'a text field of a form, NFKC-normalised with blanks collapsed; NULL when absent or blank; a field-named error when too long or not text';

/*
 * form_normalize(form) checks every field of a registration form and
 * returns it in canonical form.  Fields (Huainan 2016 annex 1, doc/sources.md):
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
CREATE FUNCTION public.plpgsql_form_normalize(form jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, enroll, pg_temp AS $$
DECLARE
    known constant text[] := ARRAY['cnid', 'name', 'county', 'township', 'village', 'employment', 'employer',
        'hukou', 'address', 'phone', 'insurances', 'not_insured_reason', 'insured_elsewhere', 'flags', 'version'];
    f text;
    id_text text;
    id enroll.cnid;
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
        PERFORM enroll.form_error('form', 'a JSON object expected', 'invalid_parameter_value');
    END IF;
    SELECT k INTO f FROM jsonb_object_keys(form) k WHERE NOT k = ANY (known) ORDER BY k LIMIT 1;
    IF f IS NOT NULL THEN
        PERFORM enroll.form_error('form', format('unrecognized field %s', to_jsonb(f)), 'invalid_parameter_value');
    END IF;

    -- cnid
    IF coalesce(jsonb_typeof(form -> 'cnid'), 'null') = 'null' THEN
        PERFORM enroll.form_error('cnid', 'required', 'not_null_violation');
    END IF;
    id_text := form ->> 'cnid';
    id := enroll.cnid_try(id_text);    -- one parse; the rule only for the error
    IF id IS NULL THEN
        PERFORM enroll.form_error('cnid', format('invalid ID number %s (rule %s)', to_jsonb(id_text), enroll.cnid_check(id_text)),
            'invalid_text_representation');
    END IF;

    -- name
    nm := public.plpgsql_form_text(form, 'name', 50);
    IF nm IS NULL THEN
        PERFORM enroll.form_error('name', 'required', 'not_null_violation');
    END IF;
    IF nm ~ '[0-9]' THEN
        PERFORM enroll.form_error('name', format('digits not allowed, got %s', to_jsonb(nm)), 'invalid_text_representation');
    END IF;

    -- county, township, village
    county := public.plpgsql_form_code(form, 'county', 6);
    IF county IS NULL THEN
        PERFORM enroll.form_error('county', 'required', 'not_null_violation');
    END IF;
    IF enroll.region_level(county) <> 'county' OR NOT EXISTS (
            SELECT 1 FROM enroll.region r WHERE r.code = county AND r.status = 'current') THEN
        PERFORM enroll.form_error('county', format('a current county code expected, got %s', county), 'invalid_parameter_value');
    END IF;
    township := public.plpgsql_form_code(form, 'township', 9);
    IF township IS NOT NULL AND township / 1000 <> county THEN
        PERFORM enroll.form_error('township', format('%s is not in county %s', township, county), 'check_violation');
    END IF;
    village := public.plpgsql_form_code(form, 'village', 12);
    IF village IS NOT NULL AND township IS NULL THEN
        PERFORM enroll.form_error('township', 'required when village is given', 'not_null_violation');
    END IF;
    IF village IS NOT NULL AND village / 1000 <> township THEN
        PERFORM enroll.form_error('village', format('%s is not in township %s', village, township), 'check_violation');
    END IF;

    -- employment and employer
    emp := public.plpgsql_form_text(form, 'employment', 20);
    IF emp IS NULL THEN
        PERFORM enroll.form_error('employment', 'required', 'not_null_violation');
    END IF;
    emp := CASE emp WHEN '已单位就业' THEN 'employed' WHEN '学龄前' THEN 'preschool' WHEN '在校学生' THEN 'student'
                    WHEN '未就业' THEN 'unemployed' WHEN '灵活就业' THEN 'flexible' WHEN '离退休' THEN 'retired'
                    ELSE lower(emp) END;
    IF NOT emp = ANY (ARRAY['employed', 'preschool', 'student', 'unemployed', 'flexible', 'retired']) THEN
        PERFORM enroll.form_error('employment',
            format('one of employed, preschool, student, unemployed, flexible, retired expected, got %s', to_jsonb(form ->> 'employment')),
            'invalid_parameter_value');
    END IF;
    employer := public.plpgsql_form_text(form, 'employer', 100);
    IF emp = 'employed' AND employer IS NULL THEN
        PERFORM enroll.form_error('employer', 'required when employment is "employed"', 'not_null_violation');
    END IF;
    IF emp <> 'employed' AND employer IS NOT NULL THEN
        PERFORM enroll.form_error('employer', format('only for employment "employed", not %s', to_jsonb(emp)), 'check_violation');
    END IF;

    -- hukou
    hukou := public.plpgsql_form_code(form, 'hukou', 6);
    IF hukou IS NOT NULL AND NOT EXISTS (SELECT 1 FROM enroll.region r WHERE r.code = hukou) THEN
        PERFORM enroll.form_error('hukou', format('unrecognized region code %s', hukou), 'invalid_parameter_value');
    END IF;

    -- phone: +86, blanks and hyphens are dropped
    IF coalesce(jsonb_typeof(form -> 'phone'), 'null') NOT IN ('null', 'string', 'number') THEN
        PERFORM enroll.form_error('phone', format('text expected, got %s', form -> 'phone'), 'invalid_text_representation');
    END IF;
    phone := nullif(regexp_replace(normalize(form ->> 'phone', NFKC), '[\s-]', '', 'g'), '');
    phone := regexp_replace(phone, '^(\+?86)(?=[0-9]{11}$)', '');
    IF phone !~ '^[0-9]{11}$' THEN
        PERFORM enroll.form_error('phone', format('11 digits expected, got %s', to_jsonb(form ->> 'phone')), 'invalid_text_representation');
    END IF;
    IF phone !~ '^1[3-9]' THEN
        PERFORM enroll.form_error('phone', format('a mobile number starts 13 to 19, got %s', to_jsonb(form ->> 'phone')), 'invalid_parameter_value');
    END IF;

    -- insurances
    IF coalesce(jsonb_typeof(form -> 'insurances'), 'null') NOT IN ('null', 'array') THEN
        PERFORM enroll.form_error('insurances', format('an array of insurance codes expected, got %s', form -> 'insurances'), 'invalid_text_representation');
    END IF;
    IF jsonb_typeof(form -> 'insurances') = 'array' THEN
        SELECT e::text INTO bad FROM jsonb_array_elements(form -> 'insurances') e
        WHERE jsonb_typeof(e) NOT IN ('number', 'string') OR (e #>> '{}') !~ '^[0-9]{3}$' LIMIT 1;
        IF bad IS NOT NULL THEN
            PERFORM enroll.form_error('insurances', format('3-digit insurance codes expected, got %s', bad), 'invalid_text_representation');
        END IF;
        SELECT min((e #>> '{}')::int)::text INTO bad FROM jsonb_array_elements(form -> 'insurances') e
        WHERE NOT EXISTS (SELECT 1 FROM enroll.insurance_type t WHERE t.code = (e #>> '{}')::smallint);
        IF bad IS NOT NULL THEN
            PERFORM enroll.form_error('insurances', format('unrecognized insurance type %s', bad), 'invalid_parameter_value');
        END IF;
        SELECT coalesce(array_agg(DISTINCT (e #>> '{}')::smallint ORDER BY (e #>> '{}')::smallint), '{}') INTO ins
        FROM jsonb_array_elements(form -> 'insurances') e;
    END IF;

    -- not_insured_reason, insured_elsewhere
    reason := public.plpgsql_form_text(form, 'not_insured_reason', 40);
    IF reason IS NOT NULL AND NOT reason = ANY (ARRAY['personal', 'employer', 'military_abroad_prison']) THEN
        PERFORM enroll.form_error('not_insured_reason',
            format('one of personal, employer, military_abroad_prison expected, got %s', to_jsonb(reason)), 'invalid_parameter_value');
    END IF;
    IF reason IS NOT NULL AND cardinality(ins) > 0 THEN
        PERFORM enroll.form_error('not_insured_reason', 'given while insurances are held', 'check_violation');
    END IF;
    elsewhere := public.plpgsql_form_text(form, 'insured_elsewhere', 20);
    IF elsewhere IS NOT NULL AND NOT elsewhere = ANY (ARRAY['province', 'other_province']) THEN
        PERFORM enroll.form_error('insured_elsewhere',
            format('one of province, other_province expected, got %s', to_jsonb(elsewhere)), 'invalid_parameter_value');
    END IF;

    -- flags
    IF coalesce(jsonb_typeof(form -> 'flags'), 'null') NOT IN ('null', 'array') THEN
        PERFORM enroll.form_error('flags', format('an array of flags expected, got %s', form -> 'flags'), 'invalid_text_representation');
    END IF;
    IF jsonb_typeof(form -> 'flags') = 'array' THEN
        SELECT e::text INTO bad FROM jsonb_array_elements(form -> 'flags') e
        WHERE jsonb_typeof(e) <> 'string' OR NOT (e #>> '{}') = ANY (enroll.registration_flags()) LIMIT 1;
        IF bad IS NOT NULL THEN
            PERFORM enroll.form_error('flags', format('unrecognized flag %s', bad), 'invalid_parameter_value');
        END IF;
        SELECT coalesce(array_agg(DISTINCT e ORDER BY e), '{}') INTO flags FROM jsonb_array_elements_text(form -> 'flags') e;
        IF 'deceased' = ANY (flags) THEN
            PERFORM enroll.form_error('flags', '"deceased" is recorded with record_death()', 'invalid_parameter_value');
        END IF;
    END IF;

    -- version
    IF form ? 'version' AND (jsonb_typeof(form -> 'version') <> 'number' OR (form ->> 'version') !~ '^[1-9][0-9]{0,8}$') THEN
        PERFORM enroll.form_error('version', format('a positive integer expected, got %s', form -> 'version'), 'invalid_text_representation');
    END IF;
    ver := (form ->> 'version')::integer;

    RETURN jsonb_strip_nulls(jsonb_build_object(
        'cnid', id::text, 'name', nm, 'county', county, 'township', township, 'village', village,
        'employment', emp, 'employer', employer, 'hukou', hukou,
        'address', public.plpgsql_form_text(form, 'address', 200), 'phone', phone,
        'insurances', to_jsonb(ins), 'not_insured_reason', reason, 'insured_elsewhere', elsewhere,
        'flags', to_jsonb(flags), 'version', ver));
END $$;
COMMENT ON FUNCTION public.plpgsql_form_normalize(jsonb) IS
    'checks every field of a registration form (Huainan 2016 annex 1) and returns it in canonical form; errors are "<field>: <reason>" with SQLSTATE 23502, 22P02, 22023, 23514 or 22001';


CREATE FUNCTION public.sql_load_form(keys text[], vals text[]) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT coalesce(jsonb_object_agg(k,
               CASE WHEN k IN ('insurances', 'flags')
                    THEN to_jsonb(regexp_split_to_array(btrim(v), '\s*[;,|，；、\s]\s*'))
                    ELSE to_jsonb(v) END), '{}'::jsonb)
    FROM unnest(keys, vals) AS u(k, v)
    WHERE k IS NOT NULL AND nullif(btrim(v), '') IS NOT NULL;
END;
