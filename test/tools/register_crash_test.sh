#!/usr/bin/env bash
# Crash safety of enroll-load: SIGKILL the postmaster during a
# bulk load, restart, check that every batch the loader reported as
# committed is present, then rerun the load: it completes, with no
# duplicates and every row loaded or rejected.
#
# It kills the postmaster of the cluster in $ENROLL_CLUSTER_DIR (the
# throwaway cluster of test/tools/run.sh), so never point it at a real one.
#   ENROLL_CLUSTER_DIR=/tmp/x ENROLL_PORT=54360 bash test/tools/register_crash_test.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-60000}
CLUSTER_DIR=${ENROLL_CLUSTER_DIR:?set ENROLL_CLUSTER_DIR to the throwaway cluster}
export PGHOST=$CLUSTER_DIR PGPORT=${ENROLL_PORT:?set ENROLL_PORT} PGUSER=${PGUSER:-postgres}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/${PG_MAJOR:-15}/bin}
DB=enroll_register_crash
LOADER=${ENROLL_LOAD:-$PG_BIN/enroll-load}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

. test/bench/lib.sh
bench_db "$DB"
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -c "CREATE EXTENSION enroll" -c "SELECT enroll.create_register()"
ENROLL_LOAD_DB=$DB bash test/tools/register_gen_csv.sh "$N" > "$WORK/forms.csv"

echo "== load $N rows in batches of 1000; SIGKILL the postmaster after 5 committed batches"
"$LOADER" -v -b 1000 -d "dbname=$DB" -r "$WORK/rejects1.csv" "$WORK/forms.csv" >"$WORK/load1.out" 2>"$WORK/load1.err" &
LOADER_PID=$!
for _ in $(seq 1 600); do
    c=$(grep -c 'committed' "$WORK/load1.err" 2>/dev/null || true)
    [ "${c:-0}" -ge 5 ] && break
    kill -0 "$LOADER_PID" 2>/dev/null || break
    sleep 0.1
done
PM=$(head -1 "$CLUSTER_DIR/data/postmaster.pid")
kill -9 "$PM"
echo "killed postmaster $PM"
rc=0
wait "$LOADER_PID" || rc=$?
LAST=$(grep -o 'rows [0-9]*\.\.[0-9]*' "$WORK/load1.err" | tail -1 | sed 's/.*\.\.//')
echo "loader exit $rc; $(grep -c committed "$WORK/load1.err") batches reported committed, through row $LAST; its last words: $(tail -1 "$WORK/load1.err")"

# Restart once the orphaned backends have gone.
for _ in $(seq 1 60); do
    as_pg "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w start >/dev/null 2>&1 && break
    sleep 1
done
psql -X -q -d postgres -c "SELECT 1" >/dev/null
echo "restarted"

FAIL=0
R=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" <<SQL
SET search_path = enroll, public;
CREATE TEMP TABLE lines (n serial PRIMARY KEY, line text);
\copy lines (line) FROM '$WORK/forms.csv' WITH (FORMAT text)
-- Good rows through the last committed batch (row r is line r + 1; every 20th row is bad).
SELECT count(DISTINCT split_part(line, ',', 1)) || ' ' ||
       count(DISTINCT split_part(line, ',', 1)) FILTER (WHERE NOT EXISTS (
           SELECT 1 FROM enroll_register.person p WHERE p.cnid = split_part(line, ',', 1)::enroll.cnid))
FROM lines WHERE n > 1 AND n - 1 <= $LAST AND (n - 1) % 20 <> 0;
SQL
)
read -r committed missing <<<"$R"
echo "persons in committed batches: $committed, missing after restart: $missing"
[ "$missing" = 0 ] || FAIL=1

echo "== rerun the load"
rc=0
"$LOADER" -q -b 1000 -d "dbname=$DB" -r "$WORK/rejects2.csv" "$WORK/forms.csv" > "$WORK/load2.out" || rc=$?
cat "$WORK/load2.out"
[ "$rc" = 4 ] || { echo "rerun: exit $rc, 4 expected (every 20th row is rejected)"; FAIL=1; }
R=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" <<SQL
CREATE TEMP TABLE lines (n serial PRIMARY KEY, line text);
\copy lines (line) FROM '$WORK/forms.csv' WITH (FORMAT text)
SELECT (SELECT count(*) FROM enroll_register.person) || ' ' || (SELECT count(DISTINCT cnid) FROM enroll_register.person) || ' ' ||
       (SELECT count(DISTINCT split_part(line, ',', 1)) FROM lines WHERE n > 1 AND (n - 1) % 20 <> 0) || ' ' ||
       (SELECT count(*) FROM enroll_register.registration);
SQL
)
read -r persons distinct expected forms <<<"$R"
echo "persons $persons, distinct $distinct, good persons in the file $expected, forms $forms"
[ "$persons" = "$distinct" ] && [ "$persons" = "$expected" ] && [ "$forms" = "$persons" ] || FAIL=1
[ "$FAIL" = 0 ] && echo "crash: PASS" || { echo "crash: FAIL"; exit 1; }
