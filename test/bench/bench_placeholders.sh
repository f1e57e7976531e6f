#!/usr/bin/env bash
# Placeholder records: N records of one "person" that registers wrote with
# placeholder values (name 不详, born 1900-01-01, no ID), through dedupe,
# dedupe_links and compare_registers (N on each side).  A block of more than
# max_block (default 1,000) records is not compared pairwise, so the time is
# linear; the goal is under 10 s for 100,000 records.  Each step runs in its
# own psql session, whose backend's VmHWM (/proc/<pid>/status) is its peak
# memory; the peer is a plain count over the same query, in the same run.
#
#   bash test/bench/bench_placeholders.sh [records]      (default 100,000)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100000}
. test/bench/lib.sh
bench_cluster /tmp/enroll-bench-placeholders 54336
DB=enroll_bench_placeholders
bench_db $DB
echo "## placeholder records: $(printf "%'d" "$N") records named 不详, born 1900-01-01, without an ID"
bench_machine $DB
psql -X -q -At -v ON_ERROR_STOP=1 -d $DB <<SQL
CREATE EXTENSION enroll;
CREATE UNLOGGED TABLE placeholder AS
SELECT i::bigint AS rec_id, ''::text AS id_number, '不详'::text AS name, date '1900-01-01' AS birth_date, 1::smallint AS sex
FROM generate_series(1, $N) i;
VACUUM ANALYZE placeholder;
CREATE TABLE bench_t (step text, ms float8, vmhwm_kb bigint, result text);
SQL
run_step() { # name, query returning one text column
	psql -X -q -At -v ON_ERROR_STOP=1 -d $DB <<SQL 2>&1 | grep -v '^WARNING\|^DETAIL\|^HINT' || true
SET search_path = public, enroll;
SELECT clock_timestamp() AS t0 \gset
CREATE TEMP TABLE r AS $2;
INSERT INTO bench_t
SELECT '$1', extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) * 1000,
       (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'), 'VmHWM:\s+(\d+) kB'))[1]::bigint,
       (SELECT string_agg(x, ', ') FROM r);
SQL
}
run_step "plain count (peer)" "SELECT count(*)::text AS x FROM (SELECT * FROM placeholder) q"
run_step dedupe "SELECT format('%s %s', reason, count(*)) AS x FROM enroll.dedupe('SELECT * FROM placeholder') GROUP BY reason"
run_step dedupe_links "SELECT format('%s links', count(*)) AS x FROM enroll.dedupe_links('SELECT * FROM placeholder')"
run_step compare_registers "SELECT format('%s %s', status, count(*)) AS x FROM enroll.compare_registers('SELECT * FROM placeholder', 'SELECT * FROM placeholder') GROUP BY status"
psql -X -q -At -d $DB <<'SQL'
\echo
\echo '| step | seconds | peak memory (VmHWM) | result |'
\echo '|---|--:|--:|---|'
SELECT format('| %s | %s | %s MB | %s |', step, round(ms::numeric / 1000, 2), round(vmhwm_kb / 1024.0), result) FROM bench_t ORDER BY ms;
SQL
psql -X -q -d postgres -c "DROP DATABASE $DB"
