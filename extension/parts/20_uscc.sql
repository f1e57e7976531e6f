-- uscc: the unified social credit code of GB 32100-2015 with amendment No. 1
-- (统一社会信用代码), and the GB 11714 organisation code (组织机构代码) it
-- embeds in positions 9-17.  Stored in 16 bytes: positions 1-17 as 5-bit
-- values packed into two uint64 (the check character is derived), which
-- compare like the canonical text.  Hashes run over a fixed big-endian
-- serialisation and must never change (pinned in sql/uscc.sql).

CREATE TYPE @extschema@.uscc;

CREATE FUNCTION @extschema@.uscc_in(cstring) RETURNS @extschema@.uscc
    AS 'MODULE_PATHNAME', 'uscc_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.uscc_out(@extschema@.uscc) RETURNS cstring
    AS 'MODULE_PATHNAME', 'uscc_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.uscc_recv(internal) RETURNS @extschema@.uscc
    AS 'MODULE_PATHNAME', 'uscc_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.uscc_send(@extschema@.uscc) RETURNS bytea
    AS 'MODULE_PATHNAME', 'uscc_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.uscc (
    INPUT = @extschema@.uscc_in,
    OUTPUT = @extschema@.uscc_out,
    RECEIVE = @extschema@.uscc_recv,
    SEND = @extschema@.uscc_send,
    INTERNALLENGTH = 16,
    ALIGNMENT = double,
    STORAGE = plain,
    CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.uscc IS
    'Unified social credit code of GB 32100-2015 with amendment No. 1 (统一社会信用代码); 16 bytes, canonical 18-character output';

COMMENT ON FUNCTION @extschema@.uscc_in(cstring) IS 'input function of uscc';
COMMENT ON FUNCTION @extschema@.uscc_out(@extschema@.uscc) IS 'output function of uscc';
COMMENT ON FUNCTION @extschema@.uscc_recv(internal) IS 'binary input of uscc (two int8: hi, lo); re-validates';
COMMENT ON FUNCTION @extschema@.uscc_send(@extschema@.uscc) IS 'binary output of uscc (two int8: hi, lo)';

-- Comparison: never throws and reveals nothing but the order, so LEAKPROOF.
CREATE FUNCTION @extschema@.uscc_eq(@extschema@.uscc, @extschema@.uscc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'uscc_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.uscc_ne(@extschema@.uscc, @extschema@.uscc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'uscc_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.uscc_lt(@extschema@.uscc, @extschema@.uscc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'uscc_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.uscc_le(@extschema@.uscc, @extschema@.uscc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'uscc_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.uscc_gt(@extschema@.uscc, @extschema@.uscc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'uscc_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.uscc_ge(@extschema@.uscc, @extschema@.uscc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'uscc_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.uscc_cmp(@extschema@.uscc, @extschema@.uscc) RETURNS integer
    AS 'MODULE_PATHNAME', 'uscc_btcmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.uscc_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'uscc_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- Hash values must never change between versions: hash partitions and
-- Citus shards depend on them (pinned in sql/uscc.sql).
CREATE FUNCTION @extschema@.uscc_hash(@extschema@.uscc) RETURNS integer
    AS 'MODULE_PATHNAME', 'uscc_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.uscc_hash_extended(@extschema@.uscc, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'uscc_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION @extschema@.uscc_cmp(@extschema@.uscc, @extschema@.uscc) IS 'btree comparison for uscc: orders like the canonical text';
COMMENT ON FUNCTION @extschema@.uscc_hash(@extschema@.uscc) IS 'hash of a uscc; stable across versions and platforms';
COMMENT ON FUNCTION @extschema@.uscc_hash_extended(@extschema@.uscc, bigint) IS '64-bit seeded hash of a uscc (hash partitioning); stable across versions and platforms';
COMMENT ON FUNCTION @extschema@.uscc_eq(@extschema@.uscc, @extschema@.uscc) IS 'implementation of = for uscc';
COMMENT ON FUNCTION @extschema@.uscc_ne(@extschema@.uscc, @extschema@.uscc) IS 'implementation of <> for uscc';
COMMENT ON FUNCTION @extschema@.uscc_lt(@extschema@.uscc, @extschema@.uscc) IS 'implementation of < for uscc';
COMMENT ON FUNCTION @extschema@.uscc_le(@extschema@.uscc, @extschema@.uscc) IS 'implementation of <= for uscc';
COMMENT ON FUNCTION @extschema@.uscc_gt(@extschema@.uscc, @extschema@.uscc) IS 'implementation of > for uscc';
COMMENT ON FUNCTION @extschema@.uscc_ge(@extschema@.uscc, @extschema@.uscc) IS 'implementation of >= for uscc';
COMMENT ON FUNCTION @extschema@.uscc_sortsupport(internal) IS 'sort support for uscc (abbreviated keys)';

-- Equality in pg_catalog, as for cnid (10_cnid.sql): found by name in every
-- session, without enroll on the search_path.
CREATE OPERATOR pg_catalog.= (
    LEFTARG = @extschema@.uscc, RIGHTARG = @extschema@.uscc, PROCEDURE = @extschema@.uscc_eq,
    COMMUTATOR = OPERATOR(pg_catalog.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.uscc, RIGHTARG = @extschema@.uscc, PROCEDURE = @extschema@.uscc_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(pg_catalog.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.uscc, RIGHTARG = @extschema@.uscc, PROCEDURE = @extschema@.uscc_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.uscc, RIGHTARG = @extschema@.uscc, PROCEDURE = @extschema@.uscc_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.uscc, RIGHTARG = @extschema@.uscc, PROCEDURE = @extschema@.uscc_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.uscc, RIGHTARG = @extschema@.uscc, PROCEDURE = @extschema@.uscc_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel);

COMMENT ON OPERATOR pg_catalog.= (@extschema@.uscc, @extschema@.uscc) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.uscc, @extschema@.uscc) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.uscc, @extschema@.uscc) IS 'less than (canonical text order)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.uscc, @extschema@.uscc) IS 'less than or equal (canonical text order)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.uscc, @extschema@.uscc) IS 'greater than (canonical text order)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.uscc, @extschema@.uscc) IS 'greater than or equal (canonical text order)';

CREATE OPERATOR CLASS @extschema@.uscc_ops DEFAULT FOR TYPE @extschema@.uscc USING btree AS
    OPERATOR 1 @extschema@.<,
    OPERATOR 2 @extschema@.<=,
    OPERATOR 3 pg_catalog.=,
    OPERATOR 4 @extschema@.>=,
    OPERATOR 5 @extschema@.>,
    FUNCTION 1 @extschema@.uscc_cmp(@extschema@.uscc, @extschema@.uscc),
    FUNCTION 2 @extschema@.uscc_sortsupport(internal);

CREATE OPERATOR CLASS @extschema@.uscc_hash_ops DEFAULT FOR TYPE @extschema@.uscc USING hash AS
    OPERATOR 1 pg_catalog.=,
    FUNCTION 1 @extschema@.uscc_hash(@extschema@.uscc),
    FUNCTION 2 @extschema@.uscc_hash_extended(@extschema@.uscc, bigint);

COMMENT ON OPERATOR CLASS @extschema@.uscc_ops USING btree IS 'default btree operator class for uscc';
COMMENT ON OPERATOR CLASS @extschema@.uscc_hash_ops USING hash IS 'default hash operator class for uscc';

-- Casts.  text -> uscc validates (and throws); use uscc_valid()/uscc_check()
-- on messy columns first.
CREATE FUNCTION @extschema@.uscc(text) RETURNS @extschema@.uscc
    AS 'MODULE_PATHNAME', 'uscc_from_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text(@extschema@.uscc) RETURNS text
    AS 'MODULE_PATHNAME', 'uscc_to_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (text AS @extschema@.uscc) WITH FUNCTION @extschema@.uscc(text) AS ASSIGNMENT;
CREATE CAST (varchar AS @extschema@.uscc) WITH FUNCTION @extschema@.uscc(text) AS ASSIGNMENT;
CREATE CAST (@extschema@.uscc AS text) WITH FUNCTION @extschema@.text(@extschema@.uscc) AS ASSIGNMENT;
COMMENT ON FUNCTION @extschema@.uscc(text) IS 'parse and validate a unified social credit code (NFKC, blanks and hyphens removed, upper case)';
COMMENT ON FUNCTION @extschema@.text(@extschema@.uscc) IS 'canonical 18-character form of a uscc';
COMMENT ON CAST (text AS @extschema@.uscc) IS 'validating cast; throws 22P02 naming the broken rule';
COMMENT ON CAST (varchar AS @extschema@.uscc) IS 'validating cast; throws 22P02 naming the broken rule';
COMMENT ON CAST (@extschema@.uscc AS text) IS 'canonical 18-character form';

-- Fields.
CREATE FUNCTION @extschema@.uscc_region(@extschema@.uscc) RETURNS integer
    AS 'MODULE_PATHNAME', 'uscc_region_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.uscc_orgcode(@extschema@.uscc) RETURNS text
    AS 'MODULE_PATHNAME', 'uscc_orgcode_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.uscc_authority(@extschema@.uscc) RETURNS text
    AS 'MODULE_PATHNAME', 'uscc_authority_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.uscc_category(@extschema@.uscc) RETURNS text
    AS 'MODULE_PATHNAME', 'uscc_category_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.uscc_authority_label(text) RETURNS text
    AS 'MODULE_PATHNAME', 'uscc_authority_label_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.uscc_category_label(text) RETURNS text
    AS 'MODULE_PATHNAME', 'uscc_category_label_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.uscc_region(@extschema@.uscc) IS 'GB/T 2260 code of the registering authority''s area (positions 3-8), e.g. 350100; 100000 for central-level registrations';
COMMENT ON FUNCTION @extschema@.uscc_orgcode(@extschema@.uscc) IS 'the embedded GB 11714 organisation code (positions 9-17), 9 characters without hyphen';
COMMENT ON FUNCTION @extschema@.uscc_authority(@extschema@.uscc) IS 'registration authority code (position 1), e.g. 9';
COMMENT ON FUNCTION @extschema@.uscc_category(@extschema@.uscc) IS 'authority and organisation category codes (positions 1-2), e.g. 91';
COMMENT ON FUNCTION @extschema@.uscc_authority_label(text) IS 'Chinese name of a registration authority code, e.g. 工商 for 9; NULL if undefined';
COMMENT ON FUNCTION @extschema@.uscc_category_label(text) IS 'Chinese name of a two-character authority+category code, e.g. 企业 for 91; NULL if undefined';

-- Non-throwing validation for messy text columns.  IMMUTABLE: no rule
-- depends on the date.
CREATE FUNCTION @extschema@.uscc_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'uscc_valid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.uscc_check(text) RETURNS text
    AS 'MODULE_PATHNAME', 'uscc_check' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.orgcode_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'orgcode_valid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.orgcode_check(text) RETURNS text
    AS 'MODULE_PATHNAME', 'orgcode_check' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.uscc_valid(text) IS 'true when the text is a valid uscc after normalisation; never throws';
COMMENT ON FUNCTION @extschema@.uscc_check(text) IS 'ok, or the first broken rule: empty, length, character, authority, category, region, orgcode_check, check_char';
COMMENT ON FUNCTION @extschema@.orgcode_valid(text) IS 'true when the text is a valid GB 11714 organisation code (display hyphen allowed); never throws';
COMMENT ON FUNCTION @extschema@.orgcode_check(text) IS 'ok, or the first broken GB 11714 rule: empty, length, character, check_char';
