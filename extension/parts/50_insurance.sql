-- Insurance types as the national social-insurance data standards code
-- them (AAE140 险种类型; the medical codes are also the NHSA insutype codes),
-- and insset: the set of insurances one person holds, the check boxes of
-- the registration form (全民参保登记表).

CREATE TABLE @extschema@.insurance_type (
    code        smallint PRIMARY KEY,
    category    text NOT NULL CHECK (category IN ('pension', 'medical', 'unemployment', 'work_injury', 'maternity')),
    basic       boolean NOT NULL,   -- a basic scheme: holding it counts as coverage
    name_zh     text NOT NULL,
    name_en     text NOT NULL
);
COMMENT ON TABLE @extschema@.insurance_type IS
    'Insurance types (AAE140 codes) with their category; the basic schemes count towards coverage';
-- The order of these codes is insset's bit order (src/insurance.c): append only.
INSERT INTO @extschema@.insurance_type VALUES
    (110, 'pension',      true,  '企业职工基本养老保险',   'enterprise employees'' basic pension'),
    (120, 'pension',      true,  '机关事业单位养老保险',   'public institutions'' pension'),
    (170, 'pension',      true,  '城乡居民基本养老保险',   'urban and rural residents'' basic pension'),
    (210, 'unemployment', true,  '失业保险',               'unemployment insurance'),
    (310, 'medical',      true,  '职工基本医疗保险',       'employees'' basic medical insurance'),
    (320, 'medical',      false, '公务员医疗补助',         'civil servants'' medical subsidy'),
    (330, 'medical',      false, '大额医疗费用补助',       'large medical expense subsidy'),
    (340, 'medical',      true,  '离休人员医疗保障',       'medical cover for retired veteran cadres'),
    (390, 'medical',      true,  '城乡居民基本医疗保险',   'urban and rural residents'' basic medical insurance'),
    (392, 'medical',      false, '城乡居民大病医疗保险',   'residents'' critical illness insurance'),
    (410, 'work_injury',  true,  '工伤保险',               'work injury insurance'),
    (510, 'maternity',    true,  '生育保险',               'maternity insurance');

CREATE FUNCTION @extschema@.insurance_category_label(category text, lang text DEFAULT 'zh')
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE lang
    WHEN 'zh' THEN CASE category WHEN 'pension' THEN '养老保险' WHEN 'medical' THEN '医疗保险'
        WHEN 'unemployment' THEN '失业保险' WHEN 'work_injury' THEN '工伤保险'
        WHEN 'maternity' THEN '生育保险' WHEN 'any' THEN '任一险种' END
    WHEN 'en' THEN CASE category WHEN 'pension' THEN 'pension' WHEN 'medical' THEN 'medical insurance'
        WHEN 'unemployment' THEN 'unemployment insurance' WHEN 'work_injury' THEN 'work injury insurance'
        WHEN 'maternity' THEN 'maternity insurance' WHEN 'any' THEN 'any insurance' END
END;
COMMENT ON FUNCTION @extschema@.insurance_category_label(text, text) IS
    'label of an insurance category in Chinese (zh) or English (en); NULL for an unknown category';

-- insset: a bit mask in an int4, passed by value.
CREATE TYPE @extschema@.insset;
CREATE FUNCTION @extschema@.insset_in(cstring) RETURNS @extschema@.insset
    AS 'MODULE_PATHNAME', 'insset_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.insset_out(@extschema@.insset) RETURNS cstring
    AS 'MODULE_PATHNAME', 'insset_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.insset_recv(internal) RETURNS @extschema@.insset
    AS 'MODULE_PATHNAME', 'insset_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.insset_send(@extschema@.insset) RETURNS bytea
    AS 'MODULE_PATHNAME', 'insset_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.insset (
    INPUT = @extschema@.insset_in, OUTPUT = @extschema@.insset_out,
    RECEIVE = @extschema@.insset_recv, SEND = @extschema@.insset_send,
    INTERNALLENGTH = 4, PASSEDBYVALUE, ALIGNMENT = int4, STORAGE = plain
);
COMMENT ON TYPE @extschema@.insset IS
    'set of insurance types held by one person, written {110,310,410}; 4 bytes';
COMMENT ON FUNCTION @extschema@.insset_in(cstring) IS 'input function of insset';
COMMENT ON FUNCTION @extschema@.insset_out(@extschema@.insset) IS 'output function of insset';
COMMENT ON FUNCTION @extschema@.insset_recv(internal) IS 'binary input of insset; re-validates';
COMMENT ON FUNCTION @extschema@.insset_send(@extschema@.insset) IS 'binary output of insset';

CREATE FUNCTION @extschema@.insset(smallint[]) RETURNS @extschema@.insset
    AS 'MODULE_PATHNAME', 'insset_from_codes' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.insset_codes(@extschema@.insset) RETURNS smallint[]
    AS 'MODULE_PATHNAME', 'insset_codes' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.insset_has(@extschema@.insset, smallint) RETURNS boolean
    AS 'MODULE_PATHNAME', 'insset_has' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_has_category(@extschema@.insset, text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'insset_has_category' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.insset_count(@extschema@.insset) RETURNS integer
    AS 'MODULE_PATHNAME', 'insset_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_add(@extschema@.insset, smallint) RETURNS @extschema@.insset
    AS 'MODULE_PATHNAME', 'insset_add' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.insset_union(@extschema@.insset, @extschema@.insset) RETURNS @extschema@.insset
    AS 'MODULE_PATHNAME', 'insset_union' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_intersect(@extschema@.insset, @extschema@.insset) RETURNS @extschema@.insset
    AS 'MODULE_PATHNAME', 'insset_intersect' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_minus(@extschema@.insset, @extschema@.insset) RETURNS @extschema@.insset
    AS 'MODULE_PATHNAME', 'insset_minus' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_contains(@extschema@.insset, @extschema@.insset) RETURNS boolean
    AS 'MODULE_PATHNAME', 'insset_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_contained(@extschema@.insset, @extschema@.insset) RETURNS boolean
    AS 'MODULE_PATHNAME', 'insset_contained' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_overlaps(@extschema@.insset, @extschema@.insset) RETURNS boolean
    AS 'MODULE_PATHNAME', 'insset_overlaps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
-- Equality, order (by bit mask) and hashing: the server's int4 functions.
CREATE FUNCTION @extschema@.insset_eq(@extschema@.insset, @extschema@.insset) RETURNS boolean
    AS 'int4eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_ne(@extschema@.insset, @extschema@.insset) RETURNS boolean
    AS 'int4ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_lt(@extschema@.insset, @extschema@.insset) RETURNS boolean
    AS 'int4lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_le(@extschema@.insset, @extschema@.insset) RETURNS boolean
    AS 'int4le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_gt(@extschema@.insset, @extschema@.insset) RETURNS boolean
    AS 'int4gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_ge(@extschema@.insset, @extschema@.insset) RETURNS boolean
    AS 'int4ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_cmp(@extschema@.insset, @extschema@.insset) RETURNS integer
    AS 'btint4cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_hash(@extschema@.insset) RETURNS integer
    AS 'hashint4' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.insset_hash_extended(@extschema@.insset, bigint) RETURNS bigint
    AS 'hashint4extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION @extschema@.insset(smallint[]) IS 'insurance set from AAE140 codes';
COMMENT ON FUNCTION @extschema@.insset_codes(@extschema@.insset) IS 'the AAE140 codes of an insurance set, ascending';
COMMENT ON FUNCTION @extschema@.insset_has(@extschema@.insset, smallint) IS 'does the set hold this insurance type (operator @>)';
COMMENT ON FUNCTION @extschema@.insset_has_category(@extschema@.insset, text) IS 'does the set hold a basic scheme of the category: pension, medical, unemployment, work_injury, maternity';
COMMENT ON FUNCTION @extschema@.insset_count(@extschema@.insset) IS 'number of insurance types in the set (operator #)';
COMMENT ON FUNCTION @extschema@.insset_add(@extschema@.insset, smallint) IS 'the set with one more insurance type (operator +)';
COMMENT ON FUNCTION @extschema@.insset_union(@extschema@.insset, @extschema@.insset) IS 'union (operator |)';
COMMENT ON FUNCTION @extschema@.insset_intersect(@extschema@.insset, @extschema@.insset) IS 'intersection (operator &)';
COMMENT ON FUNCTION @extschema@.insset_minus(@extschema@.insset, @extschema@.insset) IS 'difference (operator -)';
COMMENT ON FUNCTION @extschema@.insset_contains(@extschema@.insset, @extschema@.insset) IS 'is the second set a subset of the first (operator @>)';
COMMENT ON FUNCTION @extschema@.insset_contained(@extschema@.insset, @extschema@.insset) IS 'is the first set a subset of the second (operator <@)';
COMMENT ON FUNCTION @extschema@.insset_overlaps(@extschema@.insset, @extschema@.insset) IS 'do the sets share an insurance type (operator &&)';
COMMENT ON FUNCTION @extschema@.insset_eq(@extschema@.insset, @extschema@.insset) IS 'implementation of = for insset';
COMMENT ON FUNCTION @extschema@.insset_ne(@extschema@.insset, @extschema@.insset) IS 'implementation of <> for insset';
COMMENT ON FUNCTION @extschema@.insset_lt(@extschema@.insset, @extschema@.insset) IS 'implementation of < for insset (order of bit masks)';
COMMENT ON FUNCTION @extschema@.insset_le(@extschema@.insset, @extschema@.insset) IS 'implementation of <= for insset';
COMMENT ON FUNCTION @extschema@.insset_gt(@extschema@.insset, @extschema@.insset) IS 'implementation of > for insset';
COMMENT ON FUNCTION @extschema@.insset_ge(@extschema@.insset, @extschema@.insset) IS 'implementation of >= for insset';
COMMENT ON FUNCTION @extschema@.insset_cmp(@extschema@.insset, @extschema@.insset) IS 'btree comparison for insset';
COMMENT ON FUNCTION @extschema@.insset_hash(@extschema@.insset) IS 'hash of an insset; stable across versions';
COMMENT ON FUNCTION @extschema@.insset_hash_extended(@extschema@.insset, bigint) IS '64-bit seeded hash of an insset; stable across versions';

CREATE OPERATOR @extschema@.@> (LEFTARG = @extschema@.insset, RIGHTARG = smallint,
    FUNCTION = @extschema@.insset_has);
CREATE OPERATOR @extschema@.@> (LEFTARG = @extschema@.insset, RIGHTARG = @extschema@.insset,
    FUNCTION = @extschema@.insset_contains, COMMUTATOR = OPERATOR(@extschema@.<@),
    RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR @extschema@.<@ (LEFTARG = @extschema@.insset, RIGHTARG = @extschema@.insset,
    FUNCTION = @extschema@.insset_contained, COMMUTATOR = OPERATOR(@extschema@.@>),
    RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR @extschema@.&& (LEFTARG = @extschema@.insset, RIGHTARG = @extschema@.insset,
    FUNCTION = @extschema@.insset_overlaps, COMMUTATOR = OPERATOR(@extschema@.&&),
    RESTRICT = areasel, JOIN = areajoinsel);
CREATE OPERATOR @extschema@.| (LEFTARG = @extschema@.insset, RIGHTARG = @extschema@.insset,
    FUNCTION = @extschema@.insset_union, COMMUTATOR = OPERATOR(@extschema@.|));
CREATE OPERATOR @extschema@.& (LEFTARG = @extschema@.insset, RIGHTARG = @extschema@.insset,
    FUNCTION = @extschema@.insset_intersect, COMMUTATOR = OPERATOR(@extschema@.&));
CREATE OPERATOR @extschema@.- (LEFTARG = @extschema@.insset, RIGHTARG = @extschema@.insset,
    FUNCTION = @extschema@.insset_minus);
CREATE OPERATOR @extschema@.+ (LEFTARG = @extschema@.insset, RIGHTARG = smallint,
    FUNCTION = @extschema@.insset_add);
CREATE OPERATOR @extschema@.# (RIGHTARG = @extschema@.insset, FUNCTION = @extschema@.insset_count);
CREATE OPERATOR @extschema@.= (LEFTARG = @extschema@.insset, RIGHTARG = @extschema@.insset,
    FUNCTION = @extschema@.insset_eq, COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (LEFTARG = @extschema@.insset, RIGHTARG = @extschema@.insset,
    FUNCTION = @extschema@.insset_ne, COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=), RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR @extschema@.< (LEFTARG = @extschema@.insset, RIGHTARG = @extschema@.insset,
    FUNCTION = @extschema@.insset_lt, COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (LEFTARG = @extschema@.insset, RIGHTARG = @extschema@.insset,
    FUNCTION = @extschema@.insset_le, COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR @extschema@.> (LEFTARG = @extschema@.insset, RIGHTARG = @extschema@.insset,
    FUNCTION = @extschema@.insset_gt, COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (LEFTARG = @extschema@.insset, RIGHTARG = @extschema@.insset,
    FUNCTION = @extschema@.insset_ge, COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR CLASS @extschema@.insset_ops DEFAULT FOR TYPE @extschema@.insset USING btree AS
    OPERATOR 1 @extschema@.<, OPERATOR 2 @extschema@.<=, OPERATOR 3 @extschema@.=,
    OPERATOR 4 @extschema@.>=, OPERATOR 5 @extschema@.>,
    FUNCTION 1 @extschema@.insset_cmp(@extschema@.insset, @extschema@.insset);
CREATE OPERATOR CLASS @extschema@.insset_hash_ops DEFAULT FOR TYPE @extschema@.insset USING hash AS
    OPERATOR 1 @extschema@.=,
    FUNCTION 1 @extschema@.insset_hash(@extschema@.insset),
    FUNCTION 2 @extschema@.insset_hash_extended(@extschema@.insset, bigint);

COMMENT ON OPERATOR @extschema@.@> (@extschema@.insset, smallint) IS 'holds this insurance type';
COMMENT ON OPERATOR @extschema@.@> (@extschema@.insset, @extschema@.insset) IS 'contains';
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.insset, @extschema@.insset) IS 'is contained by';
COMMENT ON OPERATOR @extschema@.&& (@extschema@.insset, @extschema@.insset) IS 'overlaps';
COMMENT ON OPERATOR @extschema@.| (@extschema@.insset, @extschema@.insset) IS 'union';
COMMENT ON OPERATOR @extschema@.& (@extschema@.insset, @extschema@.insset) IS 'intersection';
COMMENT ON OPERATOR @extschema@.- (@extschema@.insset, @extschema@.insset) IS 'difference';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.insset, smallint) IS 'add an insurance type';
COMMENT ON OPERATOR @extschema@.# (NONE, @extschema@.insset) IS 'number of insurance types';
COMMENT ON OPERATOR @extschema@.= (@extschema@.insset, @extschema@.insset) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.insset, @extschema@.insset) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.insset, @extschema@.insset) IS 'less than (order of bit masks)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.insset, @extschema@.insset) IS 'less than or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.insset, @extschema@.insset) IS 'greater than';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.insset, @extschema@.insset) IS 'greater than or equal';
COMMENT ON OPERATOR CLASS @extschema@.insset_ops USING btree IS 'default btree operator class for insset';
COMMENT ON OPERATOR CLASS @extschema@.insset_hash_ops USING hash IS 'default hash operator class for insset (stable hash values)';

-- Union of many sets (a person's enrolments in several registers).
CREATE AGGREGATE @extschema@.insset_agg(@extschema@.insset) (
    SFUNC = @extschema@.insset_union, STYPE = @extschema@.insset,
    COMBINEFUNC = @extschema@.insset_union, INITCOND = '{}', PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.insset_agg(@extschema@.insset) IS
    'union of insurance sets; {} for no rows';

CREATE FUNCTION @extschema@.insurance_code_known(code smallint) RETURNS boolean
    AS 'MODULE_PATHNAME', 'insurance_code_known' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.insurance_code_known(smallint) IS
    'true for the AAE140 codes of enroll.insurance_type, compiled into the library (a table-free CHECK for the register''s enrolments)';
