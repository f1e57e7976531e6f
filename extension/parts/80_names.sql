-- names: matching of Chinese (and Latin-script) personal names between the
-- social-insurance and the police registers (doc/reference-names.md).
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
