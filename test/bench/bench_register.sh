#!/usr/bin/env bash
# Benchmark of the registration register, see test/bench/README.md.
#
#   bash test/bench/bench_register.sh > register-bench.md
#
# Environment:
#   ENROLL_CLUSTER_DIR / ENROLL_PORT   throwaway cluster (default /tmp/enroll-bench, 54330)
#   BENCH_SECONDS=20     pgbench duration of each register() run
#   BENCH_LOAD_ROWS=1000000  rows of the loader run
#   BENCH_SKIP_BUILD=1   do not run `run.sh build` first
#   BENCH_REPEAT=3       register() and plain runs, taking turns; medians reported
#   BENCH_SKIP_LOAD=1    skip the loader part
#   BENCH_SKIP_PGBENCH=1 skip the register() part
#   BENCH_JOBS="1 2"     the loader's --jobs runs
#   BENCH_LOAD_REPEAT=2  rounds of the loader part (the plain path, then each
#                        --jobs run); medians reported
#
# Measures, each against a plain INSERT ... ON CONFLICT DO UPDATE of the same
# rows into a bare table (no validation, history, workflow or RLS), with the
# ratio:
#   * register() transactions per second with 1 and 8 pgbench clients, on
#     1,000,000 valid IDs drawn at random (so mostly inserts, some updates),
#     for this version's register (functions writing the history, region
#     roles) and for 0.1.0's (CREATE EXTENSION enroll VERSION '0.1.0':
#     triggers), each against the plain path in the same database;
#   * enroll-load rows per second on BENCH_LOAD_ROWS rows (UTF-8, 5 % bad),
#     with --jobs 1 and --jobs 2 (BENCH_JOBS), against \copy into a staging
#     table plus one INSERT ... ON CONFLICT, taking turns in the same run; peak resident
#     memory of the loader (/usr/bin/time) and of the cluster's processes;
#     CPU seconds of the cluster (its processes, reaped backends included)
#     and of the client, since on a shared machine the wall clock of a long
#     run moves with the load.
# Never run by `make test`.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECS=${BENCH_SECONDS:-20}
ROWS=${BENCH_LOAD_ROWS:-1000000}
DB=${BENCH_DB:-enroll_bench_register}
. test/bench/lib.sh
bench_cluster /tmp/enroll-bench 54330
LOADER=${ENROLL_LOAD:-$(${ENROLL_PG_ROOT:-}/usr/lib/postgresql/${PG_MAJOR:-15}/bin/pg_config --bindir)/enroll-load}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fresh_db() { # [database] [version]
    local db=${1:-$DB}
    bench_db "$db" >&2
    if [ "${2:-}" = 0.1.0 ]; then
        psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION enroll VERSION '0.1.0'" >&2
    else
        psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION enroll" -c "SELECT enroll.create_register()" >&2
    fi
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" >&2 <<'SQL'
CREATE TABLE bench_ids AS
SELECT n, b || substr('10X98765432', (SELECT sum(substr(b, i, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[i])
                                       FROM generate_series(1, 17) i)::int % 11 + 1, 1) AS id
FROM (SELECT n, '610802' || to_char(date '1940-01-01' + n % 25000, 'YYYYMMDD') || lpad((n / 25000)::text, 3, '0') AS b
      FROM generate_series(1, 1000000) n) s;
ALTER TABLE bench_ids ADD PRIMARY KEY (n);
-- The plain comparison: the same fields, no checks, no history.
CREATE TABLE plain_person (cnid text PRIMARY KEY, name text, county bigint, township bigint, employment text,
                           phone text, insurances text, updated_at timestamptz);
SQL
}

cat >"$WORK/register.sql" <<'EOF2'
\set p random(1, 1000000)
\set ph random(13000000000, 19999999999)
SELECT enroll.register(jsonb_build_object('cnid', id, 'name', '测试' || chr(20000 + :p % 5000), 'county', 610802,
    'township', 610802001, 'employment', 'unemployed', 'phone', ':ph', 'insurances', '[170, 390]'::jsonb))
FROM bench_ids WHERE n = :p;
EOF2
cat >"$WORK/plain.sql" <<'EOF2'
\set p random(1, 1000000)
\set ph random(13000000000, 19999999999)
INSERT INTO plain_person SELECT id, '测试' || chr(20000 + :p % 5000), 610802, 610802001, 'unemployed', ':ph', '{170,390}', now()
FROM bench_ids WHERE n = :p
ON CONFLICT (cnid) DO UPDATE SET name = excluded.name, county = excluded.county, township = excluded.township,
    employment = excluded.employment, phone = excluded.phone, insurances = excluded.insurances, updated_at = now();
EOF2

tps() { # script clients [database]
    pgbench -n -c "$2" -j "$2" -T "$SECS" -f "$1" "${3:-$DB}" 2>&1 | sed -n 's/^tps = \([0-9.]*\) .*/\1/p'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "# register benchmark"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(bench_machine postgres)"
echo
echo "## register() vs plain INSERT ... ON CONFLICT (pgbench, ${SECS}s each, 1M IDs at random)"
echo
echo "Median of ${BENCH_REPEAT:-3} runs each; the four paths take turns (this version, its plain"
echo "peer, 0.1.0, its plain peer), each on a register that grows as the runs go."
echo
echo "| clients | register() tps | plain tps | plain / register | 0.1.0 register() tps | plain tps (0.1.0 db) | plain / 0.1.0 register |"
echo "|---|---|---|---|---|---|---|"
fresh_db "$DB"
fresh_db "${DB}_010" 0.1.0
# peak memory: the largest resident size of a server process, sampled twice a second
( while sleep 0.5; do ps -o rss= -C postgres | sort -n | tail -1; done ) > "$WORK/rss" 2>/dev/null &
SAMPLER=$!
for c in $([ "${BENCH_SKIP_PGBENCH:-0}" = 1 ] || echo 1 8); do
    : > "$WORK/r" ; : > "$WORK/p"; : > "$WORK/r0"; : > "$WORK/p0"
    for i in $(seq "${BENCH_REPEAT:-3}"); do
        tps "$WORK/register.sql" "$c" >> "$WORK/r"
        tps "$WORK/plain.sql" "$c" >> "$WORK/p"
        tps "$WORK/register.sql" "$c" "${DB}_010" >> "$WORK/r0"
        tps "$WORK/plain.sql" "$c" "${DB}_010" >> "$WORK/p0"
    done
    r=$(median < "$WORK/r"); p=$(median < "$WORK/p"); r0=$(median < "$WORK/r0"); p0=$(median < "$WORK/p0")
    echo "| $c | $r | $p | $(awk -v a="$p" -v b="$r" 'BEGIN { printf "%.1f", a / b }') | $r0 | $p0 | $(awk -v a="$p0" -v b="$r0" 'BEGIN { printf "%.1f", a / b }') |"
done
kill "$SAMPLER" 2>/dev/null || true
echo
echo "peak resident size of a server process during the runs (sampled every 0.5 s): $(sort -n "$WORK/rss" | tail -1) kB"
[ "${BENCH_SKIP_LOAD:-0}" = 1 ] && exit 0
echo
echo "## enroll-load (register_batch) vs \\copy + one INSERT ... ON CONFLICT ($ROWS rows, UTF-8, 5 % bad)"
echo
# Peak memory, sampled twice a second: of the server, the private memory
# (RssAnon) of the cluster's processes only (other clusters may run beside
# it; shared buffers are counted once, as shared_buffers); of the loader, its
# processes' private memory (the mapped input file is page cache, not counted).
PM=$(head -1 "$ENROLL_CLUSTER_DIR/data/postmaster.pid")
private_kb() { # pids... -> largest, sum (kB)
    for p in "$@"; do awk '/^RssAnon/ { print $2 }' "/proc/$p/status" 2>/dev/null; done |
        awk '{ s += $1; if ($1 > m) m = $1 } END { print m + 0, s + 0 }'
}
( while sleep 0.5; do
      echo "$(private_kb "$PM" $(pgrep -P "$PM")) $(private_kb $(pgrep -f "^$LOADER .*$WORK/forms.csv"))"
  done ) >> "$WORK/rss_load" 2>/dev/null &
SAMPLER=$!
fresh_db
ENROLL_LOAD_DB=$DB bash test/tools/register_gen_csv.sh "$ROWS" > "$WORK/forms.csv"
echo "input: $(du -h "$WORK/forms.csv" | cut -f1), $((ROWS / 20)) bad rows (5 %), 0.1 % repeated persons"
echo
# The plain path gets the rows with the right number of columns (\copy would
# stop at the first short row); the filtering is not timed.
python3 -c 'import csv, sys
w = csv.writer(sys.stdout, lineterminator="\n")
for row in csv.reader(open(sys.argv[1], newline="", encoding="utf-8")):
    if len(row) == 13: w.writerow(row)' "$WORK/forms.csv" > "$WORK/forms.plain.csv"
# CPU seconds of the cluster: the postmaster, its live processes, and the
# backends it has reaped (cutime, cstime).  On a machine shared with other
# work the wall clock of a long run moves with the load; its CPU time much less.
cluster_cpu() {
    { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$PM/stat"
      for c in $(pgrep -P "$PM"); do awk '{ print $14 + $15 }' "/proc/$c/stat" 2>/dev/null || true; done
    } | awk -v hz="$(getconf CLK_TCK)" '{ s += $1 } END { printf "%.2f\n", s / hz }'
}
run_loader() { # jobs
    local j=$1 t0 t1 c0 rc=0
    fresh_db
    : > "$WORK/rss_load"
    c0=$(cluster_cpu)
    t0=$(date +%s.%N)
    /usr/bin/time -f "%M %U %S" -o "$WORK/time.$j" "$LOADER" -q -j "$j" -d "dbname=$DB" -r "$WORK/rejects.csv" "$WORK/forms.csv" > "$WORK/load.$j.out" || rc=$?
    t1=$(date +%s.%N)
    sleep 1     # the backends exit and are reaped
    awk -v a="$c0" -v b="$(cluster_cpu)" 'BEGIN { printf "%.2f\n", b - a }' >> "$WORK/cpu.$j"
    tail -1 "$WORK/time.$j" | awk '{ printf "%.2f\n", $2 + $3 }' >> "$WORK/ccpu.$j"
    [ "$rc" = 4 ] || { echo "enroll-load --jobs $j: exit $rc, 4 expected"; cat "$WORK/load.$j.out"; exit 1; }
    # bytes of table, TOAST and index pages a person (the register's tables)
    psql -X -At -d "$DB" -c "SELECT round((SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c
        WHERE c.relnamespace = 'enroll_register'::regnamespace AND c.relkind = 'r') / (SELECT count(*) FROM enroll_register.person))" >> "$WORK/bytes.$j"
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f\n", b - a }' >> "$WORK/secs.$j"
    awk '{ if ($4 > c) c = $4 } END { print c + 0 }' "$WORK/rss_load" >> "$WORK/client.$j"
    awk '{ if ($1 > m) m = $1; if ($2 > s) s = $2 } END { print m + 0, s + 0 }' "$WORK/rss_load" >> "$WORK/rss_max.$j"
}
run_plain() {
    local t0 t1 c0
    fresh_db
    : > "$WORK/rss_load"
    c0=$(cluster_cpu)
    t0=$(date +%s.%N)
    /usr/bin/time -f "%M %U %S" -o "$WORK/time.plain" psql -X -q -v ON_ERROR_STOP=1 -d "$DB" >&2 <<SQL
CREATE TEMP TABLE stage (cnid text, name text, county text, township text, village text, employment text, employer text,
                         hukou text, address text, phone text, insurances text, not_insured_reason text, insured_elsewhere text);
\copy stage FROM '$WORK/forms.plain.csv' WITH (FORMAT csv, HEADER true)
INSERT INTO plain_person SELECT DISTINCT ON (cnid) cnid, name, county::bigint, township::bigint, employment, phone, insurances, now()
FROM stage WHERE county ~ '^[0-9]{6}$' AND township ~ '^[0-9]{9}$' ORDER BY cnid
ON CONFLICT (cnid) DO UPDATE SET name = excluded.name, phone = excluded.phone, updated_at = now();
SQL
    t1=$(date +%s.%N)
    sleep 1
    awk -v a="$c0" -v b="$(cluster_cpu)" 'BEGIN { printf "%.2f\n", b - a }' >> "$WORK/cpu.plain"
    tail -1 "$WORK/time.plain" | awk '{ printf "%.2f\n", $2 + $3 }' >> "$WORK/ccpu.plain"
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f\n", b - a }' >> "$WORK/secs.plain"
    psql -X -At -d "$DB" -c "SELECT round(pg_total_relation_size('plain_person') / count(*)) FROM plain_person" >> "$WORK/bytes.plain"
    awk '{ if ($1 > m) m = $1; if ($2 > s) s = $2 } END { print m + 0, s + 0 }' "$WORK/rss_load" >> "$WORK/rss_max.plain"
}
# Rounds: the plain path, then each --jobs run, BENCH_LOAD_REPEAT times
# (default 2), so that each method meets the same load of the machine.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for r in $(seq "${BENCH_LOAD_REPEAT:-2}"); do
    run_plain
    for j in ${BENCH_JOBS:-1 2}; do run_loader "$j"; done
done
kill "$SAMPLER" 2>/dev/null || true
echo "rounds: ${BENCH_LOAD_REPEAT:-2}, each the plain path then every --jobs run; seconds are medians (all runs in brackets); load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| method | seconds | rows/s | method / plain (time) | CPU seconds: server + client | method / plain (CPU) | loader peak private memory | server peak private memory: largest process / all |"
echo "|---|---|---|---|---|---|---|---|"
plain=$(median < "$WORK/secs.plain")
pcpu=$(paste -d' ' "$WORK/cpu.plain" "$WORK/ccpu.plain" | awk '{ print $1 + $2 }' | median)
for j in ${BENCH_JOBS:-1 2}; do
    read -r big all < <(awk '{ if ($1 > m) m = $1; if ($2 > s) s = $2 } END { print m + 0, s + 0 }' "$WORK/rss_max.$j")
    awk -v n="$ROWS" -v s="$(median < "$WORK/secs.$j")" -v p="$plain" -v j="$j" -v c="$(sort -n "$WORK/client.$j" | tail -1)" \
        -v big="$big" -v all="$all" -v runs="$(paste -sd' ' "$WORK/secs.$j")" -v pc="$pcpu" \
        -v sc="$(median < "$WORK/cpu.$j")" -v cc="$(median < "$WORK/ccpu.$j")" 'BEGIN {
        printf "| enroll-load --jobs %d (validation, history, problems, reject file) | %.1f (%s) | %.0f | %.1f | %.1f + %.1f | %.1f | %.0f MB | %.0f MB / %.0f MB |\n",
               j, s, runs, n / s, s / p, sc, cc, (sc + cc) / pc, c / 1024, big / 1024, all / 1024 }'
done
read -r big all < <(awk '{ if ($1 > m) m = $1; if ($2 > s) s = $2 } END { print m + 0, s + 0 }' "$WORK/rss_max.plain")
awk -v n="$ROWS" -v p="$plain" -v big="$big" -v all="$all" -v runs="$(paste -sd' ' "$WORK/secs.plain")" \
    -v sc="$(median < "$WORK/cpu.plain")" -v cc="$(median < "$WORK/ccpu.plain")" 'BEGIN {
    printf "| \\copy + one INSERT ... ON CONFLICT (no validation, no history) | %.1f (%s) | %.0f | 1.0 | %.1f + %.1f | 1.0 | (psql) | %.0f MB / %.0f MB |\n", p, runs, n / p, sc, cc, big / 1024, all / 1024 }'
echo
echo "shared_buffers: $(psql -X -At -d "$DB" -c 'SHOW shared_buffers'); the loader's peak resident size with the mapped input (/usr/bin/time): $(for j in ${BENCH_JOBS:-1 2}; do printf '%s ' "--jobs $j $(( $(tail -1 "$WORK/time.$j" | cut -d' ' -f1) / 1024 )) MB"; done)"
echo
echo "table, TOAST and index bytes a person (pg_total_relation_size of the register's tables / persons, medians): $(for j in ${BENCH_JOBS:-1 2}; do printf '%s, ' "--jobs $j $(median < "$WORK/bytes.$j")"; done)plain path $(median < "$WORK/bytes.plain") a row"
echo
for j in ${BENCH_JOBS:-1 2}; do sed "s/^/    --jobs $j: /" "$WORK/load.$j.out"; done
