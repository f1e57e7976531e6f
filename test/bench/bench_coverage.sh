#!/usr/bin/env bash
# Coverage aggregates against the plain SQL an analyst writes, in one run.
#
#   bash test/bench/bench_coverage.sh [rows]        (default 20,000,000)
#
# Measures, best of REPS runs each:
#   1. coverage(boolean) per county vs count(covered) + count(*) FILTER + arithmetic, one core
#   2. coverage(insset) per county vs six count(*) FILTER over boolean columns, one core
#   3. both with 2 parallel workers: speed-up against one core
#   4. the full county x category report (coverage_report) on all rows
# Uses its own throwaway cluster (ENROLL_CLUSTER_DIR, default /tmp/enroll-bench-coverage).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-20000000}
REPS=${REPS:-3}
# the whole table in shared buffers: measure the aggregates, not the page cache
export ENROLL_SHARED_BUFFERS=${ENROLL_SHARED_BUFFERS:-6GB}
. test/bench/lib.sh
bench_cluster /tmp/enroll-bench-coverage 54331 fresh
DB=enroll_bench_coverage
bench_db $DB

psql -X -q -v ON_ERROR_STOP=1 -d $DB <<SQL
CREATE EXTENSION enroll;
SET search_path = public, enroll;
SET max_parallel_workers_per_gather = 2;
-- A synthetic province: synth_persons gives real county codes (historical
-- ones included) and birth dates; villages, registration and insurances
-- are derived deterministically from the person id.
CREATE UNLOGGED TABLE people AS
SELECT person_id,
       (region::bigint * 1000 + 1 + person_id % 17) * 1000 + 1 + (person_id / 17) % 23 AS village,
       region,
       birth_date,
       person_id % 41 <> 0 AS registered,
       CASE WHEN person_id % 53 = 0 THEN NULL ELSE person_id % 19 <> 0 END AS covered,
       ins,
       ins && '{110,120,170}' AS pension,
       ins && '{310,340,390}' AS medical,
       ins && '{210}' AS unemployment,
       ins && '{410}' AS work_injury,
       ins && '{510}' AS maternity
FROM (SELECT p.*,
             CASE WHEN person_id % 19 = 0 THEN '{}'::insset
                  WHEN person_id % 3 = 0 THEN '{110,210,310,410,510}'::insset
                  WHEN person_id % 7 = 0 THEN '{120,310,330}'::insset
                  ELSE '{170,390}'::insset END AS ins
      FROM synth_persons($ROWS, 2026, 0) p) s;
VACUUM ANALYZE people;
SQL

cat > /tmp/enroll_bench_coverage.sql <<'SQL'
SET search_path = public, enroll;
SET jit = off;
CREATE TEMP TABLE timings (name text, workers int, rep int, ms float8);
CREATE FUNCTION pg_temp.timeit(name text, workers int, q text, reps int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
BEGIN
    EXECUTE format('SET max_parallel_workers_per_gather = %s', workers);
    EXECUTE 'SELECT count(*) FROM (' || q || ') s';     -- warm the cache
    FOR r IN 1 .. reps LOOP
        t0 := clock_timestamp();
        EXECUTE 'SELECT count(*) FROM (' || q || ') s';
        INSERT INTO timings VALUES (name, workers, r, extract(epoch FROM clock_timestamp() - t0) * 1000);
    END LOOP;
END $$;
SQL
cat >> /tmp/enroll_bench_coverage.sql <<SQL
DO \$\$
DECLARE
    w int;
BEGIN
    FOREACH w IN ARRAY ARRAY[0, 2] LOOP
        PERFORM pg_temp.timeit('bool: plain SQL', w,
            'SELECT region, count(covered) AS n, count(*) FILTER (WHERE covered) AS c,
                    count(*) FILTER (WHERE covered)::float8 / nullif(count(covered), 0) AS rate
             FROM people GROUP BY region', $REPS);
        PERFORM pg_temp.timeit('bool: coverage()', w,
            'SELECT region, coverage(covered) FROM people GROUP BY region', $REPS);
        PERFORM pg_temp.timeit('categories: plain SQL', w,
            'SELECT region, count(*) AS n,
                    count(*) FILTER (WHERE pension) AS pension, count(*) FILTER (WHERE medical) AS medical,
                    count(*) FILTER (WHERE unemployment) AS unemployment,
                    count(*) FILTER (WHERE work_injury) AS work_injury,
                    count(*) FILTER (WHERE maternity) AS maternity,
                    count(*) FILTER (WHERE pension OR medical OR unemployment OR work_injury OR maternity) AS any_
             FROM people GROUP BY region', $REPS);
        PERFORM pg_temp.timeit('categories: coverage(insset)', w,
            'SELECT region, coverage(ins) FROM people GROUP BY region', $REPS);
    END LOOP;
    PERFORM pg_temp.timeit('county report: coverage_report()', 2,
        'SELECT * FROM coverage_report(\$q\$SELECT village AS region, registered, ins AS insurances,
             in_denominator(''pension'', age_on(birth_date, date ''2024-12-31'')) AS eligible FROM people\$q\$, ''county'')', $REPS);
END \$\$;

\echo
\echo '| measurement | workers | best ms | median ms |'
\echo '|---|---|---|---|'
SELECT format('| %s | %s | %s | %s |', name, workers, round(min(ms)::numeric), round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms))::numeric))
FROM timings GROUP BY name, workers ORDER BY workers, name;
\echo
\echo '| ratio | value | goal |'
\echo '|---|---|---|'
WITH b AS (SELECT name, workers, min(ms) AS ms FROM timings GROUP BY 1, 2)
SELECT format('| %s | %s | %s |', label, round(v::numeric, 2), goal) FROM (
    SELECT 1 AS k, 'coverage(bool) / plain SQL, 1 core' AS label,
           (SELECT ms FROM b WHERE name = 'bool: coverage()' AND workers = 0) /
           (SELECT ms FROM b WHERE name = 'bool: plain SQL' AND workers = 0) AS v, '<= 1.2' AS goal
    UNION ALL
    SELECT 2, 'coverage(insset) / plain SQL, 1 core',
           (SELECT ms FROM b WHERE name = 'categories: coverage(insset)' AND workers = 0) /
           (SELECT ms FROM b WHERE name = 'categories: plain SQL' AND workers = 0), '<= 1.2'
    UNION ALL
    SELECT 3, 'coverage(bool) speed-up, 2 workers',
           (SELECT ms FROM b WHERE name = 'bool: coverage()' AND workers = 0) /
           (SELECT ms FROM b WHERE name = 'bool: coverage()' AND workers = 2), '>= 1.6'
    UNION ALL
    SELECT 4, 'coverage(insset) speed-up, 2 workers',
           (SELECT ms FROM b WHERE name = 'categories: coverage(insset)' AND workers = 0) /
           (SELECT ms FROM b WHERE name = 'categories: coverage(insset)' AND workers = 2), '>= 1.6'
    UNION ALL
    SELECT 5, 'county report seconds',
           (SELECT ms FROM b WHERE name = 'county report: coverage_report()') / 1000, '<= 10'
) r ORDER BY k;
SQL

echo "## coverage benchmark: $(printf "%'d" "$ROWS") rows, best of $REPS"
bench_machine $DB
psql -X -q -At -d $DB -f /tmp/enroll_bench_coverage.sql
psql -X -q -d postgres -c "DROP DATABASE $DB"
