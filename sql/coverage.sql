-- Coverage aggregates: equal to plain SQL on data with NULLs and empty
-- groups, the same under forced parallel plans and under a hand-made
-- two-phase plan (as Citus runs them), state types round-trip in text and
-- binary, and every error.
SET search_path = enroll, public;

-- Deterministic data: 30,000 persons in 40 groups; a tenth of the covered
-- flags and insurance sets are NULL; groups 38 and 39 have no known status.
CREATE TABLE cov_people AS
SELECT i AS id,
       (hashint4(i) & 1023) % 40 AS grp,
       CASE WHEN (hashint4(i * 7) & 1023) < 102 OR (hashint4(i) & 1023) % 40 >= 38 THEN NULL
            ELSE (hashint4(i * 13) & 1023) < 870 END AS covered,
       CASE WHEN (hashint4(i * 11) & 1023) < 102 OR (hashint4(i) & 1023) % 40 >= 38 THEN NULL
            ELSE insset(ARRAY(SELECT c FROM unnest(ARRAY[110, 170, 210, 310, 320, 390, 410, 510]::smallint[]) WITH ORDINALITY u(c, k)
                              WHERE (hashint4(i * 31 + k::int) & 7) < 3)) END AS insurances
FROM generate_series(1, 30000) i;
ANALYZE cov_people;

-- Plain SQL an analyst writes, per group.
CREATE TEMP VIEW plain AS
SELECT grp,
       count(covered) AS population,
       count(*) FILTER (WHERE covered) AS covered,
       count(*) FILTER (WHERE covered)::float8 / nullif(count(covered), 0) AS rate,
       count(insurances) AS ins_population,
       count(*) FILTER (WHERE insurances && '{110,120,170}') AS pension,
       count(*) FILTER (WHERE insurances && '{310,340,390}') AS medical,
       count(*) FILTER (WHERE insurances && '{210}') AS unemployment,
       count(*) FILTER (WHERE insurances && '{410}') AS work_injury,
       count(*) FILTER (WHERE insurances && '{510}') AS maternity,
       count(*) FILTER (WHERE insurances && '{110,120,170,210,310,340,390,410,510}') AS any_
FROM cov_people GROUP BY grp;

CREATE TEMP VIEW ours AS
SELECT grp, (coverage(covered)).*, coverage(insurances) AS ic
FROM cov_people GROUP BY grp;

-- Every group, every count: zero mismatches; rates equal to the last bit.
SELECT count(*) AS groups,
       count(*) FILTER (WHERE o.population <> p.population OR o.covered <> p.covered
                        OR o.rate IS DISTINCT FROM p.rate) AS bool_mismatches,
       count(*) FILTER (WHERE (coverage_of(o.ic, 'pension')).covered <> p.pension
                        OR (coverage_of(o.ic, 'medical')).covered <> p.medical
                        OR (coverage_of(o.ic, 'unemployment')).covered <> p.unemployment
                        OR (coverage_of(o.ic, 'work_injury')).covered <> p.work_injury
                        OR (coverage_of(o.ic, 'maternity')).covered <> p.maternity
                        OR (coverage_of(o.ic, 'any')).covered <> p.any_
                        OR (coverage_of(o.ic, 'any')).population <> p.ins_population) AS set_mismatches,
       count(*) FILTER (WHERE o.population = 0) AS empty_groups
FROM ours o JOIN plain p USING (grp);

-- Empty groups: population 0, rate NULL, interval [0, 1].
SELECT grp, population, covered, rate, ci_low, ci_high, ic FROM ours WHERE grp >= 38 ORDER BY grp;
-- No rows at all.
SELECT (coverage(covered)).*, coverage(insurances) FROM cov_people WHERE false;

-- The Wilson interval: a village of 40 is not ranked like a county.
SELECT n, covered, round(rate::numeric, 4) AS rate,
       round(ci_low::numeric, 4) AS ci_low, round(ci_high::numeric, 4) AS ci_high
FROM (VALUES (40::bigint, 38::bigint), (40000, 38000), (10, 0), (10, 10), (1, 1)) v(n, c),
     LATERAL coverage_result(n, c);
SELECT wilson_interval(38, 40) = ARRAY[(coverage_result(40, 38)).ci_low, (coverage_result(40, 38)).ci_high] AS same_interval;
SELECT round(x::numeric, 4) AS z_2_58 FROM unnest(wilson_interval(38, 40, 2.576)) x;

-- coverage_rows() and coverage_of() on one group.
SELECT r.category, r.population, r.covered, round(r.rate::numeric, 4) AS rate,
       (coverage_of(o.ic, r.category)).covered = r.covered AS same_as_coverage_of
FROM ours o, coverage_rows(o.ic) r WHERE o.grp = 0;

-- Forced parallel plans give the same answers.
CREATE FUNCTION pg_temp.plan_has(q text, pattern text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    line text;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
        IF line ~ pattern THEN RETURN true; END IF;
    END LOOP;
    RETURN false;
END $$;
CREATE TEMP TABLE serial_result AS
SELECT grp, (coverage(covered)).*, coverage(insurances)::text AS ic FROM cov_people GROUP BY grp;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT pg_temp.plan_has('SELECT grp, coverage(covered), coverage(insurances) FROM cov_people GROUP BY grp',
                        'Partial (Hash|Group)?Aggregate') AS partial_aggregate_in_plan;
SELECT pg_temp.plan_has('SELECT coverage(covered), coverage(insurances) FROM cov_people',
                        'Partial Aggregate') AS partial_aggregate_total;
SELECT count(*) AS parallel_mismatches FROM (
    (SELECT grp, (coverage(covered)).*, coverage(insurances)::text AS ic FROM cov_people GROUP BY grp
     EXCEPT SELECT * FROM serial_result)
    UNION ALL
    (SELECT * FROM serial_result
     EXCEPT SELECT grp, (coverage(covered)).*, coverage(insurances)::text FROM cov_people GROUP BY grp)) d;
SELECT (coverage(covered)).population, coverage(insurances) FROM cov_people;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- Two-phase emulation, as Citus runs it: partial states per "shard"
-- (id % 4), shipped as text, merged by hand, finalised.
CREATE TEMP TABLE shard_states AS
SELECT id % 4 AS shard, grp,
       coverage_state(covered)::text AS cs_text,
       coverage(insurances)::text AS ic_text
FROM cov_people GROUP BY 1, 2;
SELECT count(*) AS two_phase_mismatches
FROM (SELECT grp, coverage_result(coverage_merge(cs_text::coverage_state)) AS r,
             coverage_merge(ic_text::insurance_coverage)::text AS ic
      FROM shard_states GROUP BY grp) m
JOIN serial_result s USING (grp)
WHERE (m.r).population <> s.population OR (m.r).covered <> s.covered
   OR (m.r).rate IS DISTINCT FROM s.rate OR m.ic <> s.ic;
-- Merging no states, and NULL states, gives the empty result.
SELECT coverage_result(coverage_merge(cs)) FROM (VALUES (NULL::coverage_state)) t(cs);
SELECT coverage_merge(ic) FROM (VALUES ('(0,0,0,0,0,0,0)'::insurance_coverage)) t(ic) WHERE false;
SELECT coverage_result(NULL::coverage_state);

-- State types: text and binary round trips.
SELECT '(10,7)'::coverage_state, ' (0,0)'::coverage_state,
       '(9,8,7,6,5,4,3)'::insurance_coverage;
SELECT coverage_state_send('(10,7)'), insurance_coverage_send('(9,8,7,6,5,4,3)');
CREATE TEMP TABLE states (cs coverage_state, ic insurance_coverage);
INSERT INTO states SELECT coverage_state(covered), coverage(insurances) FROM cov_people GROUP BY grp;
COPY states TO '/tmp/enroll_regress_states.bin' (FORMAT binary);
CREATE TEMP TABLE states_back (LIKE states);
COPY states_back FROM '/tmp/enroll_regress_states.bin' (FORMAT binary);
SELECT count(*) AS binary_mismatches FROM (
    SELECT cs::text, ic::text FROM states EXCEPT SELECT cs::text, ic::text FROM states_back) d;
SELECT count(*) AS text_mismatches FROM states WHERE cs::text::coverage_state::text <> cs::text
                                                 OR ic::text::insurance_coverage::text <> ic::text;

-- Errors.
\set ON_ERROR_STOP 0
SELECT '(3,4)'::coverage_state;
SELECT '(-1,0)'::coverage_state;
SELECT '(3,1'::coverage_state;
SELECT '(3,1) x'::coverage_state;
SELECT '(1,2,0,0,0,0,0)'::insurance_coverage;
SELECT '(5,1,1,1)'::insurance_coverage;
SELECT coverage_result(5, 6);
SELECT coverage_result(-1, 0);
SELECT wilson_interval(1, 2, 0);
SELECT wilson_interval(1, 2, 'infinity');
SELECT coverage_of('(1,1,1,1,1,1,1)', 'dental');
-- binary receive re-validates (a bytea's wire form is its raw bytes)
CREATE TEMP TABLE one_state (cs coverage_state);
COPY (SELECT '\x00000000000000050000000000000006'::bytea) TO '/tmp/enroll_regress_states.bin' (FORMAT binary);
COPY one_state FROM '/tmp/enroll_regress_states.bin' (FORMAT binary);
CREATE TEMP TABLE one_ic (ic insurance_coverage);
COPY (SELECT decode(repeat('0000000000000001', 6) || '0000000000000002', 'hex')) TO '/tmp/enroll_regress_states.bin' (FORMAT binary);
COPY one_ic FROM '/tmp/enroll_regress_states.bin' (FORMAT binary);
\set ON_ERROR_STOP 1

-- A direct call never changes its argument (only an aggregate's own state
-- is updated in place).
SELECT coverage_accum(s, true), s FROM (VALUES ('(1,0)'::coverage_state)) t(s);
SELECT insurance_coverage_accum(s, '{110}'), s FROM (VALUES ('(0,0,0,0,0,0,0)'::insurance_coverage)) t(s);

-- Aggregates are PARALLEL SAFE with a combine function and a real state type
-- (but for linkage_dedupe_stratum, dedupe's round on the workers: one
-- stratum's records, grouped by the work table's distribution column, are
-- never split, so it has nothing to combine; its state is the records).
SELECT a.aggfnoid::regprocedure AS aggregate, a.aggcombinefn <> 0 AS has_combine,
       a.aggtranstype::regtype AS state_type, p.proparallel
FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
WHERE p.pronamespace = 'enroll'::regnamespace AND p.proname <> 'linkage_dedupe_stratum'
ORDER BY a.aggfnoid::regprocedure::text;

DROP TABLE cov_people CASCADE;
