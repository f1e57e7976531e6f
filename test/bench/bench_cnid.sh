#!/usr/bin/env bash
# Benchmark of the cnid type (see test/bench/README.md).
#
#   bash test/bench/bench_cnid.sh            # build, start the bench cluster, run, print
#
# Environment:
#   ENROLL_CLUSTER_DIR / ENROLL_PORT   throwaway cluster (default /tmp/enroll-bench, 54330)
#   BENCH_N=2000000 BENCH_SEED=42 BENCH_ERROR_RATE=0.05
#   BENCH_REPS=5 BENCH_PLPGSQL_REPS=5  repetitions (best and median are reported)
#   BENCH_SKIP_BUILD=1                 do not run `run.sh build` first
#
# Prints a markdown report: machine, load, timings with their ratio to a bare
# `count(length(id))` scan of the same table, and sizes of cnid vs text.
# Never run by `make test`.
set -euo pipefail

cd "$(dirname "$0")/../.."
N=${BENCH_N:-2000000}
SEED=${BENCH_SEED:-42}
ERR=${BENCH_ERROR_RATE:-0.05}
REPS=${BENCH_REPS:-5}
PLREPS=${BENCH_PLPGSQL_REPS:-$REPS}
DB=${BENCH_DB:-enroll_bench}

. test/bench/lib.sh
bench_cluster /tmp/enroll-bench 54330
bench_db "$DB" >&2
psql -X -q -d "$DB" -c "CREATE EXTENSION enroll" -c "CREATE EXTENSION isn" >&2

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')
t_start=$(date +%s)
psql -X -q -d "$DB" -v ON_ERROR_STOP=1 -v n="$N" -v seed="$SEED" -v err="$ERR" \
	-v reps="$REPS" -v plreps="$PLREPS" -f test/bench/bench_cnid.sql >&2
t_end=$(date +%s)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

q() { psql -X -At -F '|' -d "$DB" -c "$1"; }

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
mhz=$(sed -n 's/^cpu MHz[[:space:]]*: \([0-9]*\).*/\1/p' /proc/cpuinfo | head -1)
hyper=$(lscpu 2>/dev/null | sed -n 's/^Hypervisor vendor:[[:space:]]*//p')
mem=$(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)
pgver=$(q "SHOW server_version")
IFS='|' read -r n_ids n_valid_c n_valid_pl n_nonascii n_valid_ids n_eans source \
	<<<"$(q "SELECT * FROM bench.facts")"

echo "## cnid benchmark, $started"
echo
echo "| machine | |"
echo "|---|---|"
echo "| CPU | $cpu${mhz:+, $mhz MHz}${hyper:+ ($hyper guest)}; RAM $mem |"
echo "| cores (nproc) | $(nproc) |"
echo "| PostgreSQL | $pgver |"
echo "| load average (1, 5, 15 min) before / after | $load_before / $load_after |"
echo "| settings | max_parallel_workers_per_gather = 0, jit = off, shared_buffers = $(q 'SHOW shared_buffers'), tables vacuumed and warm |"
echo "| data | $source |"
echo "| rows | ids: $n_ids ($n_valid_c valid by cnid_valid, $n_valid_pl by the PL/pgSQL validator, $n_nonascii with non-ASCII characters); valid_ids: $n_valid_ids; eans: $n_eans |"
echo "| repetitions | $REPS (PL/pgSQL: $PLREPS), round-robin; whole run $((t_end - t_start)) s |"
echo

echo "| query | table | best ms | median ms | best ns/row | ratio to bare scan, best | ratio, median | goal |"
echo "|---|---|--:|--:|--:|--:|--:|---|"
q "
WITH s AS (
    SELECT r.name, min(r.ms) AS best,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY r.ms) AS med
    FROM bench.result r GROUP BY r.name
), rows AS (
    SELECT 'scan ids' AS name, count(*) AS n FROM bench.ids
    UNION ALL SELECT 'scan valid_ids', count(*) FROM bench.valid_ids
    UNION ALL SELECT 'scan eans', count(*) FROM bench.eans
)
SELECT q.name, coalesce(q.base, q.name),
       round(s.best::numeric, 1), round(s.med::numeric, 1),
       round((1e6 * s.best / rw.n)::numeric, 1),
       CASE WHEN q.base IS NULL THEN '1.00' ELSE round((s.best / b.best)::numeric, 2)::text END,
       CASE WHEN q.base IS NULL THEN '1.00' ELSE round((s.med / b.med)::numeric, 2)::text END,
       CASE q.name
           WHEN 'cnid_valid' THEN CASE WHEN s.best / b.best <= 1.5 THEN 'ratio <= 1.5: met' ELSE 'ratio <= 1.5: MISSED' END
           WHEN 'id::cnid' THEN CASE WHEN s.best / b.best <= 1.5 THEN 'ratio <= 1.5: met' ELSE 'ratio <= 1.5: MISSED' END
           WHEN 'id::ean13 (isn)' THEN 'reference (expected: ~2.2)'
           ELSE '' END
FROM bench.query q
JOIN s ON s.name = q.name
LEFT JOIN s b ON b.name = q.base
JOIN rows rw ON rw.name = coalesce(q.base, q.name)
ORDER BY q.ord" |
	awk -F'|' '{ printf "| `%s` | %s | %s | %s | %s | %s | %s | %s |\n", $1, substr($2, 6), $3, $4, $5, $6, $7, $8 }'
echo
q "
WITH s AS (SELECT name, min(ms) AS best,
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS med
           FROM bench.result GROUP BY name)
SELECT round((p.best / c.best)::numeric, 1), round((p.med / c.med)::numeric, 1),
       CASE WHEN p.best / c.best >= 40 THEN 'met' ELSE 'MISSED' END
FROM s p, s c WHERE p.name = 'plpgsql' AND c.name = 'cnid_valid'" |
	awk -F'|' '{ printf "cnid_valid is **%s×** faster than the PL/pgSQL validator (median %s×); goal ≥ 40×: %s.\n", $1, $2, $3 }'
echo

echo "| storage of the same $n_valid_ids valid IDs | text | cnid | cnid / text |"
echo "|---|--:|--:|--:|"
q "
WITH t AS (SELECT * FROM bench.size WHERE type = 'text'),
     c AS (SELECT * FROM bench.size WHERE type = 'cnid')
SELECT 'heap (pg_relation_size)', t.heap, c.heap, round(c.heap::numeric / t.heap, 3) FROM t, c
UNION ALL SELECT 'btree index (pg_indexes_size)', t.index, c.index, round(c.index::numeric / t.index, 3) FROM t, c
UNION ALL SELECT 'heap + index', t.heap + t.index, c.heap + c.index,
       round((c.heap + c.index)::numeric / (t.heap + t.index), 3) FROM t, c
UNION ALL SELECT 'column values (sum of pg_column_size)', t.column_bytes, c.column_bytes,
       round(c.column_bytes::numeric / t.column_bytes, 3) FROM t, c
UNION ALL SELECT 'column values + index', t.column_bytes + t.index, c.column_bytes + c.index,
       round((c.column_bytes + c.index)::numeric / (t.column_bytes + t.index), 3) FROM t, c" |
	awk -F'|' '{ printf "| %s | %.1f MB | %.1f MB | %s |\n", $1, $2 / 1048576, $3 / 1048576, $4 }'
echo
q "
WITH t AS (SELECT * FROM bench.size WHERE type = 'text'),
     c AS (SELECT * FROM bench.size WHERE type = 'cnid')
SELECT round((c.heap + c.index)::numeric / (t.heap + t.index), 3),
       CASE WHEN (c.heap + c.index) * 2 < t.heap + t.index THEN 'met' ELSE 'MISSED' END,
       round((c.column_bytes + c.index)::numeric / (t.column_bytes + t.index), 3),
       CASE WHEN (c.column_bytes + c.index) * 2 < t.column_bytes + t.index THEN 'met' ELSE 'MISSED' END
FROM t, c" |
	awk -F'|' '{ printf "Goal cnid column + index < half of text: heap + index %s (%s); column values + index %s (%s).\n", $1, $2, $3, $4 }'
echo
echo "Load average before the run: $load_before; after: $load_after."
