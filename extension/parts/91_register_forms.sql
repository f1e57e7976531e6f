-- The registration form (全民参保登记表): validation of every field, and the
-- CSV columns of enroll-load.  Pure functions of the form and the code
-- lists; the register's writing functions (93_register_write.sql) call them.

-- ---------------------------------------------------------------------------
-- Validation of a registration form.  Every error names its field.

CREATE FUNCTION @extschema@.form_error(field text, message text, code text) RETURNS void
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
CREATE FUNCTION @extschema@.form_normalize(form jsonb) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'enroll_form_normalize' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.form_normalize(jsonb) IS
    'checks every field of a registration form (Huainan 2016, annex 1; doc/sources.md) and returns it in canonical form; errors are "<field>: <reason>" with SQLSTATE 23502, 22P02, 22023, 23514 or 22001';

CREATE FUNCTION @extschema@.form_check(form jsonb, OUT normalized jsonb, OUT sqlstate text, OUT field text, OUT message text)
    AS 'MODULE_PATHNAME', 'enroll_form_check' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.form_check(jsonb) IS
    'form_normalize() without raising: the canonical form, or the SQLSTATE, field and message of the error form_normalize() would raise';

CREATE FUNCTION @extschema@.form_problem(form jsonb) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN (SELECT c.message FROM @extschema@.form_check(form) c);
COMMENT ON FUNCTION @extschema@.form_problem(jsonb) IS
    'NULL for a valid form, else the field-named error register() would raise (bulk validation)';

-- ---------------------------------------------------------------------------
-- Bulk loading (enroll-load): a CSV row becomes a form, registered by the
-- same function with the same rules, its error returned instead of raised.

CREATE FUNCTION @extschema@.load_form(keys text[], vals text[]) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'enroll_load_form' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.load_form(text[], text[]) IS
    'a form from CSV columns (header keys, row values): blank cells omitted, insurances and flags split on ; , | or blanks';

CREATE FUNCTION @extschema@.load_forms(keys text[], rows text[]) RETURNS jsonb[]
    AS 'MODULE_PATHNAME', 'enroll_load_forms' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.load_forms(text[], text[]) IS
    'the forms of a batch of CSV rows (rows[r][i] the cell of keys[i]), each as load_form() makes it: what enroll-load sends';

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

-- The rule of a phone number as the register stores it: 11 digits, 13 to 19
-- first (form_parse()'s, src/register_form.c); the CHECK of person.phone
-- (layout 5), which costs a regular expression's evaluation a row less.
CREATE FUNCTION @extschema@.phone_is_mobile(phone text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'enroll_phone_is_mobile' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.phone_is_mobile(text) IS
    'whether a phone number is a mobile number as the register stores it: 11 digits starting 13 to 19 (the rule of register()''s form, after cleaning)';
