#!/usr/bin/env bash
# Concurrency test of the register: 8 pgbench clients register
# overlapping persons (200 IDs), flag them, submit them, register pairs
# in one transaction (in cnid order, as DEVELOPERS.md asks of callers), and
# register batches of 20 persons in random order with register_batch().
# Then it checks: no duplicate person, no lost update (every history row's
# "old" is the previous row's "new", and the last "new" is the row), no
# deadlock and no failed transaction.
#
#   PGHOST=... PGPORT=... bash test/tools/register_concurrency.sh [seconds] [clients]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_RUN=${1:-15}
CLIENTS=${2:-8}
DB=${ENROLL_CONC_DB:-enroll_register_conc}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

. test/bench/lib.sh
bench_db "$DB"
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" <<'SQL'
CREATE EXTENSION enroll;
SELECT enroll.create_register();
-- 200 valid ID numbers of 榆阳区, n = 1..200 (the 15-digit form, upgraded by cnid)
CREATE TABLE bench_ids AS
SELECT n, enroll.cnid('610802800101' || lpad(n::text, 3, '0'))::text AS id FROM generate_series(1, 200) n;
SQL

cat >"$WORK/register.sql" <<'EOF2'
\set p random(1, 200)
\set q random(1, 200)
\set ph random(13000000000, 19999999999)
\set i random(0, 3)
\set k random(1, 6)
SELECT enroll.register(jsonb_build_object('cnid', id, 'name', '测试' || chr(20000 + :p), 'county', 610802, 'township', 610802001,
    'employment', 'unemployed', 'phone', ':ph',
    'insurances', (ARRAY['[]', '[170]', '[170, 390]', '[390]'])[:i + 1]::jsonb,
    'not_insured_reason', CASE WHEN :i = 0 THEN 'personal' END)) FROM bench_ids WHERE n = :p;
\if :k = 1
SELECT enroll.set_flag(id::enroll.cnid, 'working_away', :ph % 2 = 0) FROM bench_ids WHERE n = :p;
\elif :k = 2
SELECT enroll.submit(id::enroll.cnid) FROM bench_ids WHERE n = :p;
\elif :k = 3
BEGIN;
SELECT enroll.register(jsonb_build_object('cnid', id, 'name', '成对' || chr(20000 + n), 'county', 610802,
    'employment', 'student', 'phone', ':ph', 'insurances', '[390]'::jsonb)) FROM bench_ids WHERE n = least(:p, :q);
SELECT enroll.register(jsonb_build_object('cnid', id, 'name', '成对' || chr(20000 + n), 'county', 610802,
    'employment', 'student', 'phone', ':ph', 'insurances', '[390]'::jsonb)) FROM bench_ids WHERE n = greatest(:p, :q);
COMMIT;
\elif :k = 4
SELECT count(*) FROM enroll.register_batch(
    (SELECT array_agg(x::bigint) FROM generate_series(1, 20) x),
    (SELECT array_agg(jsonb_build_object('cnid', id, 'name', '批量' || chr(20000 + n), 'county', 610802, 'township', 610802001,
         'employment', 'flexible', 'phone', ':ph', 'insurances', (ARRAY['[]', '[170]', '[170, 390]', '[390]'])[:i + 1]::jsonb,
         'not_insured_reason', CASE WHEN :i = 0 THEN 'personal' END))
     FROM (SELECT * FROM bench_ids ORDER BY random() LIMIT 20) s));
\endif
EOF2

DEADLOCKS_BEFORE=$(psql -X -At -d "$DB" -c "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")
echo "== pgbench: $CLIENTS clients, ${SECONDS_RUN}s, 200 overlapping persons"
rc=0
pgbench -n -c "$CLIENTS" -j "$CLIENTS" -T "$SECONDS_RUN" -f "$WORK/register.sql" "$DB" >"$WORK/pgbench.out" 2>&1 || rc=$?
grep -E "transactions|failed|tps|latency average|error|ERROR|abort" "$WORK/pgbench.out" | head -20 || true
sleep 1
OUT=$(psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -v rc="$rc" -v before="$DEADLOCKS_BEFORE" <<'SQL'
SET search_path = enroll, enroll_register, public;
\pset footer off
CREATE TEMP TABLE checks AS
WITH chain AS (
    SELECT tbl, key, id, old, new, lag(new) OVER (PARTITION BY tbl, key ORDER BY id) AS prev,
           row_number() OVER (PARTITION BY tbl, key ORDER BY id DESC) AS from_last
    FROM history WHERE tbl IN ('person', 'registration'))
SELECT
    (SELECT count(*) FROM person) AS persons,
    (SELECT count(DISTINCT cnid) FROM person) AS distinct_persons,
    (SELECT count(*) FROM registration) AS registrations,
    (SELECT count(*) FROM history) AS history_rows,
    (SELECT count(*) FROM chain WHERE old IS DISTINCT FROM prev) AS broken_history_links,
    (SELECT count(*) FROM chain c JOIN person p ON c.tbl = 'person' AND c.key = p.cnid::text AND c.from_last = 1
     WHERE c.new IS DISTINCT FROM to_jsonb(p)) AS person_rows_not_last_history,
    (SELECT count(*) FROM chain c JOIN registration g ON c.tbl = 'registration' AND c.key = g.cnid::text AND c.from_last = 1
     WHERE c.new IS DISTINCT FROM to_jsonb(g)) AS forms_not_last_history,
    (SELECT sum(v) FROM (SELECT max((new ->> 'version')::int) - count(*) FILTER (WHERE op = 'UPDATE') - 1 AS v
                         FROM history WHERE tbl = 'person' GROUP BY key) s) AS version_gaps,
    (SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()) - :before AS deadlocks,
    :rc AS pgbench_exit;
SELECT * FROM checks;
SELECT CASE WHEN persons = distinct_persons AND persons = registrations AND broken_history_links = 0
             AND person_rows_not_last_history = 0 AND forms_not_last_history = 0 AND version_gaps = 0
             AND deadlocks = 0 AND pgbench_exit = 0
        THEN 'concurrency: PASS' ELSE 'concurrency: FAIL' END AS result
FROM checks \gset
\echo :result
SQL
)
printf '%s\n' "$OUT"
printf '%s\n' "$OUT" | grep -q '^concurrency: PASS$' || exit 1
grep -q "number of failed transactions: 0" "$WORK/pgbench.out" || { echo "pgbench reported failed transactions"; exit 1; }
