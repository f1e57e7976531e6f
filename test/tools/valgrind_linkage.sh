#!/usr/bin/env bash
# The linkage functions (dedupe, dedupe_links, compare_registers, fs_estimate) on mixed
# synthetic records under valgrind, in a single-user backend: fails if
# valgrind reports an error whose stack passes through enroll.so.
# PostgreSQL's own known reports (WAL page padding) are not ours and pass.
#
#   bash test/tools/valgrind_linkage.sh        (about 10 s; as root it runs the
#                                              backend as the postgres user)
set -euo pipefail
cd "$(dirname "$0")/../.."
PG_BIN=${PG_BIN:-$(pg_config --bindir)}
DIR=$(mktemp -d /tmp/enroll-valgrind.XXXXXX)
trap 'rm -rf "$DIR"' EXIT
as_pg() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
as_pg "$PG_BIN/initdb" -D "$DIR/data" -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1
cat > "$DIR/t.sql" <<'SQL'
CREATE EXTENSION enroll;
SET search_path = enroll, public;
CREATE TABLE mixed AS SELECT (person_id * 7919) % 100003 AS rec_id, id_number, name_entered AS name, CASE WHEN person_id % 97 = 0 THEN NULL WHEN person_id % 89 = 0 THEN date '1700-01-01' ELSE birth_date END AS birth_date, CASE WHEN person_id % 83 = 0 THEN NULL ELSE sex END AS sex FROM synth_persons(3000, 11, 0.2, 650000, 0.3) UNION ALL SELECT 200000 + person_id, CASE person_id % 3 WHEN 0 THEN '' WHEN 1 THEN cnid_true::text ELSE NULL END, CASE WHEN person_id % 2 = 0 THEN name ELSE name_entered || repeat('王', (person_id % 500)::int) END, birth_date, sex FROM synth_persons(3000, 11, 0.2, 650000, 0.5) WHERE person_id % 5 = 0;
SELECT count(*), count(DISTINCT cluster_id) FROM dedupe('SELECT * FROM mixed');
SELECT count(*) FROM dedupe_links('SELECT * FROM mixed', min_probability => 0);
SELECT count(*) FROM dedupe('SELECT rec_id, id_number, name, birth_date, sex, 650102::bigint AS region FROM mixed', region_level => 'county');
SELECT status, count(*) FROM compare_registers('SELECT * FROM mixed WHERE rec_id < 150000', 'SELECT * FROM mixed WHERE rec_id >= 50000') GROUP BY 1;
SELECT reason, count(*) FROM dedupe('SELECT * FROM mixed UNION ALL SELECT 300000 + i, , ''不详'', date ''1900-01-01'', 1::smallint FROM generate_series(1, 40) i', max_block => 30) GROUP BY 1;
SELECT count(*) FROM compare_registers('SELECT * FROM mixed UNION ALL SELECT 300000 + i, , ''不详'', date ''1900-01-01'', 1::smallint FROM generate_series(1, 40) i', 'SELECT * FROM mixed UNION ALL SELECT 300000 + i, , ''不详'', date ''1900-01-01'', 1::smallint FROM generate_series(1, 40) i', max_block => 30);
SELECT (fs_estimate('SELECT ARRAY[i % 4, i / 4 % 4, i / 16 % 4, CASE WHEN i % 7 = 0 THEN NULL ELSE i / 64 % 4 END] AS pattern, 1 + i % 5 AS n FROM generate_series(1, 2000) i', ARRAY[4, 4, 4, 4])) ->> 'iterations' AS fs_iterations;
SQL
chmod 644 "$DIR/t.sql"
as_pg valgrind --log-file="$DIR/valgrind.log" --num-callers=30 "$PG_BIN/postgres" --single -D "$DIR/data" postgres \
	< "$DIR/t.sql" > "$DIR/out.txt" 2>&1
grep -q 'status = "matched"' "$DIR/out.txt" || { echo "valgrind_linkage: the queries did not run"; tail -20 "$DIR/out.txt"; exit 1; }
# One report per blank-line-separated block; ours have a frame in one of our
# source files (the module has debug information; the server does not).
files=$(cd src && ls *.c | sed 's/\./\\./' | paste -sd'|')
ours=$(awk -v files="($files):[0-9]+\\)|enroll\\.so" 'BEGIN { RS = "==[0-9]+== \n" }
	$0 ~ files && /(Invalid|uninitialised|Conditional jump|Mismatched|overlap)/' "$DIR/valgrind.log")
grep 'ERROR SUMMARY' "$DIR/valgrind.log"
if [ -n "$ours" ]; then
	printf '%s\n' "$ours" | head -60
	echo "valgrind_linkage: FAIL"
	exit 1
fi
echo "valgrind_linkage: PASS (no report through enroll.so)"
