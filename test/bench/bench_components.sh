#!/usr/bin/env bash
# connected_components() against the recursive CTE a DBA writes, in one run.
#
#   bash test/bench/bench_components.sh [edges]      (default 10,000,000)
#
# 1. a 2,000-node chain: union-find vs a recursive-CTE transitive closure;
# 2. `edges` random edges over 2 x `edges` node ids: union-find alone (the
#    recursive CTE does not finish at this size), with peak backend memory.
set -euo pipefail
cd "$(dirname "$0")/../.."
EDGES=${1:-10000000}
. test/bench/lib.sh
bench_cluster /tmp/enroll-bench-components 54332
DB=enroll_bench_components
bench_db $DB
echo "## connected_components benchmark"
bench_machine $DB
psql -X -q -At -d $DB <<SQL
CREATE EXTENSION enroll;
SET search_path = public, enroll;
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;
CREATE TABLE chain AS SELECT i::bigint AS a, (i + 1)::bigint AS b FROM generate_series(1, 1999) i;
CREATE UNLOGGED TABLE random_edges AS
SELECT (hashint8(i) & 2147483647)::bigint % (2 * $EDGES) AS a, (hashint8(i + $EDGES) & 2147483647)::bigint % (2 * $EDGES) AS b
FROM generate_series(1, $EDGES) i;
VACUUM ANALYZE chain; VACUUM ANALYZE random_edges;
CREATE TEMP TABLE t (name text, ms float8, result text);
DO \$\$
DECLARE t0 timestamptz; r text;
BEGIN
    t0 := clock_timestamp();
    SELECT count(DISTINCT component) || ' component(s), ' || count(*) || ' nodes' INTO r
    FROM connected_components('SELECT a, b FROM chain');
    INSERT INTO t VALUES ('2,000-node chain: connected_components', extract(epoch FROM clock_timestamp() - t0) * 1000, r);
    t0 := clock_timestamp();
    WITH RECURSIVE und AS (SELECT a, b FROM chain UNION SELECT b, a FROM chain),
    reach (node, other) AS (SELECT a, a FROM und UNION SELECT r.node, u.b FROM reach r JOIN und u ON u.a = r.other)
    SELECT count(DISTINCT c) || ' component(s), ' || count(*) || ' nodes' INTO r
    FROM (SELECT node, min(other) AS c FROM reach GROUP BY node) s;
    INSERT INTO t VALUES ('2,000-node chain: recursive CTE', extract(epoch FROM clock_timestamp() - t0) * 1000, r);
    t0 := clock_timestamp();
    SELECT count(*) FILTER (WHERE node = component) || ' components, ' || count(*) || ' nodes' INTO r
    FROM connected_components('SELECT a, b FROM random_edges');
    INSERT INTO t VALUES ('$EDGES random edges: connected_components', extract(epoch FROM clock_timestamp() - t0) * 1000, r);
END \$\$;
\echo '| measurement | ms | result |'
\echo '|---|--:|---|'
SELECT format('| %s | %s | %s |', name, round(ms::numeric), result) FROM t;
\echo
SELECT 'backend peak resident memory (VmHWM, shared buffers touched included): '
       || (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'), 'VmHWM:\s+(\d+ kB)'))[1];
SELECT format('chain: union-find is %sx faster than the recursive CTE',
              round(((SELECT ms FROM t WHERE name LIKE '%recursive%') / (SELECT ms FROM t WHERE name LIKE '2,000-node chain: connected%'))::numeric));
SQL
psql -X -q -d postgres -c "DROP DATABASE $DB"
