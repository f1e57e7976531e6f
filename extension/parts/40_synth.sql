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
        name_error_rate real DEFAULT 0,
        twin_rate real DEFAULT 0,
        namesake_rate real DEFAULT 0)
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
        name_error      text,
        relation        text,
        related_to      bigint,
        address         text,
        phone           text,
        address_entered text,
        phone_entered   text)
    AS 'MODULE_PATHNAME', 'synth_persons'
    LANGUAGE C STABLE STRICT PARALLEL SAFE
    ROWS 1000 SUPPORT @extschema@.synth_persons_support;
COMMENT ON FUNCTION @extschema@.synth_persons(integer, bigint, real, integer, real, real, real) IS
    'n synthetic persons of a province with citizen ID numbers, a share error_rate of them with an injected ID error (error_kind), a share name_error_rate with a name error (name_entered, name_error), and shares twin_rate and namesake_rate that are a twin or a same-county namesake of the person before (relation, related_to); each with a household address and a mobile phone, and both as a second register has them (address_entered, phone_entered: moved, changed or missing); deterministic per seed';
