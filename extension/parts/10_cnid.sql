-- cnid: the GB 11643 MOD 11-2 identifier family (citizen ID numbers, legacy
-- 15-digit numbers, HK/Macao/Taiwan residence permits, 2023 foreign
-- permanent-residence numbers).  Stored as the 17 body digits in an int8,
-- so comparison and hashing reuse the server's own int8 functions: fast,
-- leakproof (index use under row-level security) and stable across versions.

CREATE TYPE @extschema@.cnid;

CREATE FUNCTION @extschema@.cnid_in(cstring) RETURNS @extschema@.cnid
    AS 'MODULE_PATHNAME', 'cnid_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_out(@extschema@.cnid) RETURNS cstring
    AS 'MODULE_PATHNAME', 'cnid_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_recv(internal) RETURNS @extschema@.cnid
    AS 'MODULE_PATHNAME', 'cnid_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_send(@extschema@.cnid) RETURNS bytea
    AS 'MODULE_PATHNAME', 'cnid_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.cnid (
    INPUT = @extschema@.cnid_in,
    OUTPUT = @extschema@.cnid_out,
    RECEIVE = @extschema@.cnid_recv,
    SEND = @extschema@.cnid_send,
    INTERNALLENGTH = 8,
    PASSEDBYVALUE,
    ALIGNMENT = double,
    STORAGE = plain,
    CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.cnid IS
    'Citizen ID number family of GB 11643-1999 (MOD 11-2): mainland, HK/Macao/Taiwan permits, 2023 foreign permanent residence; 8 bytes, canonical 18-character output';

-- Comparison: the server's int8 functions, by name (LANGUAGE internal).
CREATE FUNCTION @extschema@.cnid_eq(@extschema@.cnid, @extschema@.cnid) RETURNS boolean
    AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cnid_ne(@extschema@.cnid, @extschema@.cnid) RETURNS boolean
    AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cnid_lt(@extschema@.cnid, @extschema@.cnid) RETURNS boolean
    AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cnid_le(@extschema@.cnid, @extschema@.cnid) RETURNS boolean
    AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cnid_gt(@extschema@.cnid, @extschema@.cnid) RETURNS boolean
    AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cnid_ge(@extschema@.cnid, @extschema@.cnid) RETURNS boolean
    AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cnid_cmp(@extschema@.cnid, @extschema@.cnid) RETURNS integer
    AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cnid_sortsupport(internal) RETURNS void
    AS 'btint8sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
-- Hash values must never change between versions: hash partitions and
-- Citus shards depend on them (pinned in sql/cnid_opclass.sql).
CREATE FUNCTION @extschema@.cnid_hash(@extschema@.cnid) RETURNS integer
    AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.cnid_hash_extended(@extschema@.cnid, bigint) RETURNS bigint
    AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION @extschema@.cnid_cmp(@extschema@.cnid, @extschema@.cnid) IS 'btree comparison for cnid: orders like the canonical text';
COMMENT ON FUNCTION @extschema@.cnid_hash(@extschema@.cnid) IS 'hash of a cnid; stable across versions';
COMMENT ON FUNCTION @extschema@.cnid_hash_extended(@extschema@.cnid, bigint) IS '64-bit seeded hash of a cnid (hash partitioning); stable across versions';
COMMENT ON FUNCTION @extschema@.cnid_eq(@extschema@.cnid, @extschema@.cnid) IS 'implementation of = for cnid';
COMMENT ON FUNCTION @extschema@.cnid_ne(@extschema@.cnid, @extschema@.cnid) IS 'implementation of <> for cnid';
COMMENT ON FUNCTION @extschema@.cnid_lt(@extschema@.cnid, @extschema@.cnid) IS 'implementation of < for cnid';
COMMENT ON FUNCTION @extschema@.cnid_le(@extschema@.cnid, @extschema@.cnid) IS 'implementation of <= for cnid';
COMMENT ON FUNCTION @extschema@.cnid_gt(@extschema@.cnid, @extschema@.cnid) IS 'implementation of > for cnid';
COMMENT ON FUNCTION @extschema@.cnid_ge(@extschema@.cnid, @extschema@.cnid) IS 'implementation of >= for cnid';
COMMENT ON FUNCTION @extschema@.cnid_sortsupport(internal) IS 'sort support for cnid';
COMMENT ON FUNCTION @extschema@.cnid_in(cstring) IS 'input function of cnid';
COMMENT ON FUNCTION @extschema@.cnid_out(@extschema@.cnid) IS 'output function of cnid';
COMMENT ON FUNCTION @extschema@.cnid_recv(internal) IS 'binary input of cnid; re-validates';
COMMENT ON FUNCTION @extschema@.cnid_send(@extschema@.cnid) IS 'binary output of cnid';

-- Equality lives in pg_catalog, the other comparisons in the extension's
-- schema.  PostgreSQL looks "=" up by name, on the search_path, wherever SQL
-- gives no operator: JOIN ... USING, NATURAL JOIN, CASE x WHEN, NULLIF, IS
-- [NOT] DISTINCT FROM, IN.  pg_catalog is always searched, so these work in
-- every session, also on Citus workers, whose sessions do not have enroll
-- on their search_path and receive such joins as text (doc/scale-out.md).
CREATE OPERATOR pg_catalog.= (
    LEFTARG = @extschema@.cnid, RIGHTARG = @extschema@.cnid, PROCEDURE = @extschema@.cnid_eq,
    COMMUTATOR = OPERATOR(pg_catalog.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.cnid, RIGHTARG = @extschema@.cnid, PROCEDURE = @extschema@.cnid_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(pg_catalog.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.cnid, RIGHTARG = @extschema@.cnid, PROCEDURE = @extschema@.cnid_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.cnid, RIGHTARG = @extschema@.cnid, PROCEDURE = @extschema@.cnid_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.cnid, RIGHTARG = @extschema@.cnid, PROCEDURE = @extschema@.cnid_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.cnid, RIGHTARG = @extschema@.cnid, PROCEDURE = @extschema@.cnid_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel);

CREATE OPERATOR CLASS @extschema@.cnid_ops DEFAULT FOR TYPE @extschema@.cnid USING btree AS
    OPERATOR 1 @extschema@.<,
    OPERATOR 2 @extschema@.<=,
    OPERATOR 3 pg_catalog.=,
    OPERATOR 4 @extschema@.>=,
    OPERATOR 5 @extschema@.>,
    FUNCTION 1 @extschema@.cnid_cmp(@extschema@.cnid, @extschema@.cnid),
    FUNCTION 2 @extschema@.cnid_sortsupport(internal);

CREATE OPERATOR CLASS @extschema@.cnid_hash_ops DEFAULT FOR TYPE @extschema@.cnid USING hash AS
    OPERATOR 1 pg_catalog.=,
    FUNCTION 1 @extschema@.cnid_hash(@extschema@.cnid),
    FUNCTION 2 @extschema@.cnid_hash_extended(@extschema@.cnid, bigint);

-- Casts.  text -> cnid validates (and throws); use cnid_valid()/cnid_check()
-- on messy columns first.
CREATE FUNCTION @extschema@.cnid(text) RETURNS @extschema@.cnid
    AS 'MODULE_PATHNAME', 'cnid_from_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.text(@extschema@.cnid) RETURNS text
    AS 'MODULE_PATHNAME', 'cnid_to_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (text AS @extschema@.cnid) WITH FUNCTION @extschema@.cnid(text) AS ASSIGNMENT;
CREATE CAST (varchar AS @extschema@.cnid) WITH FUNCTION @extschema@.cnid(text) AS ASSIGNMENT;
CREATE CAST (@extschema@.cnid AS text) WITH FUNCTION @extschema@.text(@extschema@.cnid) AS ASSIGNMENT;
COMMENT ON FUNCTION @extschema@.cnid(text) IS 'parse and validate a citizen ID number (NFKC, blanks, lower-case x, 15-digit upgrade)';
COMMENT ON FUNCTION @extschema@.text(@extschema@.cnid) IS 'canonical 18-character form of a cnid';

-- Fields.
CREATE FUNCTION @extschema@.cnid_birth_date(@extschema@.cnid) RETURNS date
    AS 'MODULE_PATHNAME', 'cnid_birth_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_sex(@extschema@.cnid) RETURNS smallint
    AS 'MODULE_PATHNAME', 'cnid_sex' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_region(@extschema@.cnid) RETURNS integer
    AS 'MODULE_PATHNAME', 'cnid_region' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_age(@extschema@.cnid, date) RETURNS integer
    AS 'MODULE_PATHNAME', 'cnid_age' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_kind(@extschema@.cnid) RETURNS text
    AS 'MODULE_PATHNAME', 'cnid_kind' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_mask(@extschema@.cnid) RETURNS text
    AS 'MODULE_PATHNAME', 'cnid_mask' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION @extschema@.cnid_birth_date(@extschema@.cnid) IS 'date of birth encoded in positions 7-14';
COMMENT ON FUNCTION @extschema@.cnid_sex(@extschema@.cnid) IS 'sex by GB/T 2261.1 (1 male, 2 female) from the parity of position 17';
COMMENT ON FUNCTION @extschema@.cnid_region(@extschema@.cnid) IS 'six-digit GB/T 2260 address code (positions 1-6); for foreign numbers the issuing province, e.g. 320000';
COMMENT ON FUNCTION @extschema@.cnid_age(@extschema@.cnid, date) IS 'age in completed years on the given date (negative before birth)';
COMMENT ON FUNCTION @extschema@.cnid_kind(@extschema@.cnid) IS 'mainland, hongkong, macao, taiwan or foreign';
COMMENT ON FUNCTION @extschema@.cnid_mask(@extschema@.cnid) IS 'display form that hides the birth date and sequence: 110105********002X';

-- Non-throwing validation for messy text columns.  STABLE: a birth date
-- after today is a broken number, and today changes.
CREATE FUNCTION @extschema@.cnid_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'cnid_valid' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_try(text) RETURNS @extschema@.cnid
    AS 'MODULE_PATHNAME', 'cnid_try' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_check(text) RETURNS text
    AS 'MODULE_PATHNAME', 'cnid_check' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_repairs(text) RETURNS SETOF @extschema@.cnid
    AS 'MODULE_PATHNAME', 'cnid_repairs' LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 2;

COMMENT ON FUNCTION @extschema@.cnid_valid(text) IS 'true when the text is a valid cnid after normalisation; never throws';
COMMENT ON FUNCTION @extschema@.cnid_try(text) IS 'the cnid of a text, or NULL when it breaks a rule; never throws (one parse where cnid_valid + cnid take two)';
COMMENT ON FUNCTION @extschema@.cnid_check(text) IS 'ok, or the first broken rule: empty, length, character, province, nationality, birth_date, birth_future, check_char';
COMMENT ON FUNCTION @extschema@.cnid_repairs(text) IS 'every valid cnid one substitution or one adjacent transposition away from the input';

COMMENT ON OPERATOR pg_catalog.= (@extschema@.cnid, @extschema@.cnid) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.cnid, @extschema@.cnid) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.cnid, @extschema@.cnid) IS 'less than (order of the canonical text)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.cnid, @extschema@.cnid) IS 'less than or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.cnid, @extschema@.cnid) IS 'greater than';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.cnid, @extschema@.cnid) IS 'greater than or equal';
COMMENT ON OPERATOR CLASS @extschema@.cnid_ops USING btree IS 'default btree operator class for cnid';
COMMENT ON OPERATOR CLASS @extschema@.cnid_hash_ops USING hash IS 'default hash operator class for cnid (stable hash values)';

-- The same validators against a given date instead of today (the date is
-- the birth_future rule's "today"): IMMUTABLE, for bulk cleaning where a
-- STABLE function of a column is refused (UPDATE on a Citus distributed
-- table) or where a generated column or index expression needs one.
CREATE FUNCTION @extschema@.cnid_valid(text, as_of date) RETURNS boolean
    AS 'MODULE_PATHNAME', 'cnid_valid_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_try(text, as_of date) RETURNS @extschema@.cnid
    AS 'MODULE_PATHNAME', 'cnid_try_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cnid_check(text, as_of date) RETURNS text
    AS 'MODULE_PATHNAME', 'cnid_check_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.cnid_valid(text, date) IS 'cnid_valid(text) with as_of in place of today for the birth_future rule; immutable';
COMMENT ON FUNCTION @extschema@.cnid_try(text, date) IS 'cnid_try(text) with as_of in place of today for the birth_future rule; immutable';
COMMENT ON FUNCTION @extschema@.cnid_check(text, date) IS 'cnid_check(text) with as_of in place of today for the birth_future rule; immutable';
