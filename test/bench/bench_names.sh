#!/usr/bin/env bash
# Speed of enroll's name matching against its peers, in one run.
# Prints markdown on stdout, progress on stderr.
#
#   bash test/bench/bench_names.sh > names-bench.md
#   BENCH_SEARCH_N=1000000 BENCH_SKIP_BUILD=1 bash test/bench/bench_names.sh
#
# 1. count(name_key(name)) against count(length(name)) over BENCH_KEY_N names;
# 2. name_similarity against fuzzystrmatch levenshtein on the same
#    BENCH_PAIRS_N pairs (each name against the next one);
# 3. "names like X" through a GIN index on name_keys(name) among
#    BENCH_SEARCH_N persons: latency over BENCH_QUERIES random X (names
#    drawn from the table), and recall against a full scan with
#    name_similarity >= 0.8 for the same X.
# Timings 1-2 run on one core (max_parallel_workers_per_gather = 0), each
# BENCH_REPS times; best and median are printed.  Names come from
# enroll.synth_persons (surname and given-name frequencies of real lists).
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-enroll_names_bench}
KEY_N=${BENCH_KEY_N:-2000000}
PAIRS_N=${BENCH_PAIRS_N:-1000000}
SEARCH_N=${BENCH_SEARCH_N:-10000000}
QUERIES=${BENCH_QUERIES:-100}
REPS=${BENCH_REPS:-5}
SEED=${BENCH_SEED:-42}

. test/bench/lib.sh
bench_cluster /tmp/enroll-bench 54330
bench_db "$DB" >&2
echo "== generating $KEY_N / $PAIRS_N / $SEARCH_N names" >&2
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" >&2 <<EOF
CREATE EXTENSION enroll;
CREATE EXTENSION fuzzystrmatch;
CREATE TABLE key_names AS SELECT name FROM enroll.synth_persons($KEY_N, $SEED, 0.0);
CREATE TABLE pairs AS
    SELECT name AS a, lead(name) OVER (ORDER BY person_id) AS b
    FROM enroll.synth_persons($PAIRS_N + 1, $SEED + 1, 0.0);
DELETE FROM pairs WHERE b IS NULL;
CREATE TABLE persons AS SELECT person_id AS id, name FROM enroll.synth_persons($SEARCH_N, $SEED + 2, 0.0);
VACUUM ANALYZE key_names;
VACUUM ANALYZE pairs;
EOF
echo "== indexing persons" >&2
INDEX_MS=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" <<'EOF'
SET maintenance_work_mem = '1GB';
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
CREATE INDEX persons_name_keys ON persons USING gin (enroll.name_keys(name));
CREATE INDEX persons_name_key ON persons (enroll.name_key(name));
SELECT round((extract(epoch FROM clock_timestamp()) - :t0) * 1000);
VACUUM ANALYZE persons;
EOF
)
echo "== timing" >&2
psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" <<EOF
SET max_parallel_workers_per_gather = 0;
SET jit = off;
CREATE TEMP TABLE t (what text, rep int, ms float8);
CREATE FUNCTION pg_temp.tm(q text) RETURNS float8 LANGUAGE plpgsql AS \$\$
DECLARE t0 timestamptz; BEGIN t0 := clock_timestamp(); EXECUTE q; RETURN extract(epoch FROM clock_timestamp() - t0) * 1000; END \$\$;
-- one warm-up of each, then alternate the contenders
SELECT pg_temp.tm('SELECT count(length(name)) FROM key_names'), pg_temp.tm('SELECT count(enroll.name_key(name)) FROM key_names'),
       pg_temp.tm('SELECT count(levenshtein(a, b)) FROM pairs'), pg_temp.tm('SELECT count(enroll.name_similarity(a, b)) FROM pairs') \g /dev/null
INSERT INTO t SELECT w, r, pg_temp.tm(q)
FROM generate_series(1, $REPS) r,
     (VALUES (1, 'count(length(name))', 'SELECT count(length(name)) FROM key_names'),
             (2, 'count(name_key(name))', 'SELECT count(enroll.name_key(name)) FROM key_names'),
             (3, 'levenshtein(a, b)', 'SELECT count(levenshtein(a, b)) FROM pairs'),
             (4, 'name_similarity(a, b)', 'SELECT count(enroll.name_similarity(a, b)) FROM pairs'),
             (5, 'count(*) (pairs scan only)', 'SELECT count(*) FROM pairs')) AS v(o, w, q)
ORDER BY r, o;

-- best and median per query, one table row, the median of one query
CREATE TEMP VIEW timings AS
SELECT what, min(ms) AS best, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS median FROM t GROUP BY what;
CREATE FUNCTION pg_temp.timing_row(what text, n bigint) RETURNS text LANGUAGE sql AS \$f\$
    SELECT format('| %s | %s | %s | %s |', what, round(best::numeric, 1), round(median::numeric, 1),
                  round((median * 1e6 / n)::numeric, 1)) FROM timings WHERE timings.what = timing_row.what \$f\$;
CREATE FUNCTION pg_temp.median_of(what text) RETURNS float8 LANGUAGE sql AS \$f\$
    SELECT median FROM timings WHERE timings.what = median_of.what \$f\$;
\echo '## Name matching speed'
\echo
SELECT '_' || version() || '; $(nproc) vCPU, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1); one core for sections 1-2 (max_parallel_workers_per_gather = 0), $REPS repetitions, best / median_';
\echo
\echo '### 1. Phonetic key over $KEY_N names'
\echo
\echo '| query | best ms | median ms | ns per row (median) |'
\echo '|---|---|---|---|'
SELECT pg_temp.timing_row(what, $KEY_N) FROM timings WHERE what IN ('count(length(name))', 'count(name_key(name))') ORDER BY what DESC;
\echo
SELECT format('Ratio name_key / length (medians): **%s** (goal <= 2).',
    round((pg_temp.median_of('count(name_key(name))') / pg_temp.median_of('count(length(name))'))::numeric, 2));
\echo
\echo '### 2. Similarity of $PAIRS_N pairs'
\echo
\echo '| query | best ms | median ms | ns per pair (median) |'
\echo '|---|---|---|---|'
SELECT pg_temp.timing_row(what, $PAIRS_N) FROM timings
WHERE what IN ('levenshtein(a, b)', 'name_similarity(a, b)', 'count(*) (pairs scan only)') ORDER BY what;
\echo
SELECT format('Ratio name_similarity / levenshtein (medians): **%s** (goal <= 2); without the scan (count(*) subtracted): %s.',
    round((s / l)::numeric, 2), round(((s - c) / nullif(l - c, 0))::numeric, 2))
FROM pg_temp.median_of('name_similarity(a, b)') s, pg_temp.median_of('levenshtein(a, b)') l,
     pg_temp.median_of('count(*) (pairs scan only)') c;
\echo
EOF
echo "== search latency and recall ($QUERIES queries)" >&2
psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" <<EOF
SET jit = off;
CREATE TEMP TABLE xs AS
    SELECT row_number() OVER () AS q, name AS x
    FROM (SELECT name FROM persons TABLESAMPLE BERNOULLI (1) REPEATABLE ($SEED) LIMIT $QUERIES) s;
CREATE FUNCTION pg_temp.tm(q text) RETURNS float8 LANGUAGE plpgsql AS \$\$
DECLARE t0 timestamptz; BEGIN t0 := clock_timestamp(); EXECUTE q; RETURN extract(epoch FROM clock_timestamp() - t0) * 1000; END \$\$;
CREATE FUNCTION pg_temp.cnt(q text) RETURNS bigint LANGUAGE plpgsql AS \$\$
DECLARE n bigint; BEGIN EXECUTE q INTO n; RETURN n; END \$\$;
SET max_parallel_workers_per_gather = 0;
-- warm the index and the heap once
SELECT count(*) FROM xs, LATERAL pg_temp.cnt(format('SELECT count(*) FROM persons WHERE enroll.name_like(name, %L)', x)) \g /dev/null
CREATE TEMP TABLE lat AS
SELECT q, x, pg_temp.tm(format('SELECT id, name FROM persons WHERE enroll.name_like(name, %L)', x)) AS ms,
       pg_temp.cnt(format('SELECT count(*) FROM persons WHERE enroll.name_like(name, %L)', x)) AS found,
       pg_temp.cnt(format('SELECT count(*) FROM persons WHERE enroll.name_keys(name) && enroll.name_keys(%L)', x)) AS candidates
FROM xs;
RESET max_parallel_workers_per_gather;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
CREATE TEMP TABLE full_scan AS
SELECT q, pg_temp.cnt(format('SELECT count(*) FROM persons WHERE enroll.name_similarity(name, %L) >= 0.8', x)) AS full_found
FROM xs;
RESET enable_bitmapscan;
RESET enable_indexscan;

\echo '### 3. Names like X among $SEARCH_N persons (GIN on name_keys(name), one core)'
\echo
SELECT format('Index build (GIN on name_keys + btree on name_key): %s ms; GIN %s, btree %s, table %s.',
              '$(echo "$INDEX_MS" | tail -1)', pg_size_pretty(pg_relation_size('persons_name_keys')),
              pg_size_pretty(pg_relation_size('persons_name_key')), pg_size_pretty(pg_relation_size('persons')));
\echo
\echo '| queries | median ms | p90 ms | max ms | median candidates | median found | recall vs full scan (pairs) | X with recall 1 |'
\echo '|---|---|---|---|---|---|---|---|'
SELECT format('| %s | **%s** | %s | %s | %s | %s | **%s** (%s / %s) | %s |', count(*),
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms))::numeric, 2),
              round((percentile_cont(0.9) WITHIN GROUP (ORDER BY ms))::numeric, 2),
              round(max(ms)::numeric, 2),
              percentile_disc(0.5) WITHIN GROUP (ORDER BY candidates),
              percentile_disc(0.5) WITHIN GROUP (ORDER BY found),
              round((sum(found)::numeric / nullif(sum(full_found), 0)), 4), sum(found), sum(full_found),
              count(*) FILTER (WHERE found = full_found))
FROM lat JOIN full_scan USING (q);
\echo
\echo 'Pairs the index missed (at most 10):'
\echo
SELECT format('- %s: %s of %s', x, found, full_found)
FROM lat JOIN full_scan USING (q) WHERE found < full_found ORDER BY full_found - found DESC LIMIT 10;
EOF
