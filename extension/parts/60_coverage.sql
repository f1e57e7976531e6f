-- Coverage aggregates.  Every aggregate has a combine function and a state
-- type of its own with text and binary I/O (never `internal`), so parallel
-- workers and Citus workers combine partial states; coverage_state() and
-- coverage_merge() expose the states for roll-up tables and hand-written
-- two-phase plans.

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
