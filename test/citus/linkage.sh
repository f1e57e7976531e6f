#!/usr/bin/env bash
# compare_registers, dedupe and dedupe_links on registers that Citus distributes by the
# normalised ID, against the same functions on plain copies of the same
# tables on the coordinator: row for row (EXCEPT ALL both ways must be
# empty), timed in the same run, with the evidence that the per-shard
# passes ran on the workers.
#
#   bash test/citus/linkage.sh [N]        (default 100000 persons)
#
# Assumes Citus and enroll are installed in the server tree (see
# test/citus/cluster.sh, which it starts); builds nothing; exits 77 when
# Citus is missing.  CITUS_PORT and CITUS_DIR as for cluster.sh.
#
# The data: N synthetic persons (synth_persons: 5 % ID errors of every
# kind, 2 % name errors, 1 % twins, 0.3 % same-county namesakes); the household register holds each with a clean
# ID and the true name; the insured register, about as many records, holds
# 24 in 25 of them as entered (the generator's errors) plus a second record
# for 1 in 25 (a third with a blank ID, a third with the ID as entered, a
# third with the clean ID), a record with a valid ID that nobody holds for
# 1 in 50 (and for 1 in 500 a household record without an ID whose stand-in
# cnid is that ID), and 5 records of a placeholder block (不详 born
# 1900-01-01, 1,100 household persons) and 1,005 of another (未知, without an ID).  Both are distributed by a cnid column, 32
# shards, co-located: the normalised ID where the record has a valid one;
# a record without a valid ID is placed by a stand-in cnid derived from its
# rec_id (110101 1980-01-01, sequence rec_id mod 1000), which spreads them
# evenly: where they sit does not matter, the second pass fetches them.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100000}
RUNS=${RUNS:-1}
export CITUS_PORT=${CITUS_PORT:-54460}
export CITUS_DIR=${CITUS_DIR:-/tmp/enroll-citus-$CITUS_PORT}
status=0
bash test/citus/cluster.sh start || status=$?
[ "$status" = 0 ] || exit "$status"
PG_BIN=${ENROLL_PG_ROOT:-}/usr/lib/postgresql/${PG_MAJOR:-15}/bin
sql() { bash test/citus/cluster.sh psql -At "$@"; }
worker_sql() { "$PG_BIN/psql" -X -q -At -h 127.0.0.1 -p "$1" -U postgres -d enroll_national -c "$2"; }

echo "## linkage on Citus: $(printf "%'d" "$N") persons, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src extension || echo ' (uncommitted changes)'),"\
     "$(sql -c "SELECT split_part(citus_version(), ' on ', 1)"),"\
     "$(sql -c "SELECT 'enroll ' || extversion FROM pg_extension WHERE extname = 'enroll'"),"\
     "$(sql -c "SELECT count(*) FROM pg_dist_node WHERE noderole = 'primary' AND groupid > 0") workers;"\
     "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1 /proc/loadavg)"

sql -v ON_ERROR_STOP=1 -v n="$N" >/dev/null <<'SQL'
SET client_min_messages = warning;
DROP TABLE IF EXISTS person, household, insured, household_local, insured_local, linkage_t;
CREATE TABLE person AS SELECT * FROM enroll.synth_persons(:n, 2026, 0.05, 610000, 0.02, 0.01, 0.003);
CREATE TABLE household (rec_id bigint, id_number text, name text, birth_date date, sex smallint,
                        cnid enroll.cnid NOT NULL);
CREATE TABLE insured (LIKE household);
SELECT create_distributed_table('household', 'cnid', shard_count => 32);
SELECT create_distributed_table('insured', 'cnid', colocate_with => 'household');
INSERT INTO household SELECT person_id, cnid_true::text, name, birth_date, sex, cnid_true FROM person;
INSERT INTO insured
SELECT rec_id, id_number, name, birth_date, sex,
       coalesce(enroll.cnid_try(id_number),
                enroll.cnid('110101800101' || lpad((rec_id % 1000)::text, 3, '0')))
FROM (SELECT person_id AS rec_id, id_number, name_entered AS name, birth_date, sex
      FROM person WHERE person_id % 25 <> 0
      UNION ALL
      SELECT 100000000 + person_id,
             CASE person_id % 3 WHEN 0 THEN '' WHEN 1 THEN id_number ELSE cnid_true::text END,
             name_entered, birth_date, sex
      FROM person WHERE person_id % 25 = 7
      UNION ALL
      -- a valid ID that nobody in the household register holds (a 15-digit
      -- one of 北京东城, born as given, the wrong sequence): found by name
      SELECT 200000000 + person_id,
             '110101' || to_char(birth_date, 'YYMMDD') || CASE sex WHEN 1 THEN '997' ELSE '998' END,
             name_entered, birth_date, sex
      FROM person WHERE person_id % 50 = 11) s;
-- household records without an ID placed by a stand-in that is another
-- record's valid ID (nobody holds an ID through its stand-in)
INSERT INTO household
SELECT 400000000 + person_id, '', '无名氏', birth_date, sex,
       enroll.cnid('110101' || to_char(birth_date, 'YYMMDD') || CASE sex WHEN 1 THEN '997' ELSE '998' END)
FROM person WHERE person_id % 500 = 11 AND enroll.cnid_try('110101' || to_char(birth_date, 'YYMMDD')
                                                          || CASE sex WHEN 1 THEN '997' ELSE '998' END) IS NOT NULL;
-- a placeholder block (不详 born 1900-01-01) of 1,100 household persons, and
-- insured records of it without an ID: the block is not searched
INSERT INTO household
SELECT 300000000 + g, id, '不详', DATE '1900-01-01', 1::smallint, enroll.cnid(id)
FROM generate_series(0, 1099) g, LATERAL (SELECT CASE WHEN g < 550 THEN '110101' ELSE '110102' END
                                                 || '000101' || lpad((g % 550 * 2 + 1)::text, 3, '0') AS id) x;
INSERT INTO insured
SELECT 310000000 + g, '', '不详', DATE '1900-01-01', 1::smallint,
       enroll.cnid('110101800101' || lpad(g::text, 3, '0'))
FROM generate_series(1, 5) g;
-- and a placeholder block of the insured register itself: 1,005 records 未知
-- born 1900-01-01 without an ID (dedupe's giant_block and its WARNING)
INSERT INTO insured
SELECT 320000000 + g, '', '未知', DATE '1900-01-01', 2::smallint,
       enroll.cnid('110101800101' || lpad((g % 1000)::text, 3, '0'))
FROM generate_series(1, 1005) g;
-- the plain copies, on the coordinator
CREATE TABLE household_local AS SELECT * FROM household;
CREATE TABLE insured_local AS SELECT * FROM insured;
VACUUM ANALYZE household; VACUUM ANALYZE insured;
VACUUM ANALYZE household_local; VACUUM ANALYZE insured_local;
CREATE TABLE linkage_t (step text, run int, ms float8, vmhwm_kb bigint);
SQL
echo "loaded: $(sql -c "SELECT count(*) FROM household") household persons, $(sql -c "SELECT count(*) FROM insured") insured records" \
     "($(sql -c "SELECT count(*) FROM insured WHERE enroll.cnid_try(id_number) IS NULL") without a valid ID)"

# one step per session: time, and the coordinator backend's peak memory
run_step() { # step, run, SQL creating the result table
	sql -v ON_ERROR_STOP=1 <<SQL
SET search_path = public, enroll;
SET client_min_messages = warning;
DROP TABLE IF EXISTS res_$1;
SELECT clock_timestamp() AS t0 \gset
CREATE TABLE res_$1 AS $3;
INSERT INTO linkage_t
SELECT '$1', $2, extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) * 1000,
       (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'), 'VmHWM:\s+(\d+) kB'))[1]::bigint;
SQL
}

# the workers log each statement with its peak memory (log_statement_stats:
# "max resident size") for the distributed steps
for p in $((CITUS_PORT + 1)) $((CITUS_PORT + 2)); do
	worker_sql "$p" "ALTER SYSTEM SET log_statement_stats = on" >/dev/null
	worker_sql "$p" "SELECT pg_reload_conf()" >/dev/null
	: >"$CITUS_DIR/worker-$p.mark"
	wc -l <"$CITUS_DIR/worker$((p - CITUS_PORT)).log" >"$CITUS_DIR/worker-$p.mark"
done

for run in $(seq 1 "$RUNS"); do
	run_step compare_distributed "$run" "SELECT * FROM compare_registers('insured'::regclass, 'household'::regclass)"
	run_step compare_local "$run" "SELECT * FROM compare_registers('insured_local'::regclass, 'household_local'::regclass)"
	run_step dedupe_distributed "$run" "SELECT * FROM dedupe('insured'::regclass)"
	run_step dedupe_local "$run" "SELECT * FROM dedupe('insured_local'::regclass)"
	run_step links_distributed "$run" "SELECT * FROM dedupe_links('insured'::regclass)"
	run_step links_local "$run" "SELECT * FROM dedupe_links('insured_local'::regclass)"
done

echo
echo "### per-shard passes on the workers (their logs: statements and each backend's peak memory)"
for p in $((CITUS_PORT + 1)) $((CITUS_PORT + 2)); do
	w=worker$((p - CITUS_PORT))
	worker_sql "$p" "ALTER SYSTEM RESET log_statement_stats" >/dev/null
	worker_sql "$p" "SELECT pg_reload_conf()" >/dev/null
	tail -n +"$(($(cat "$CITUS_DIR/worker-$p.mark") + 1))" "$CITUS_DIR/$w.log" >"$CITUS_DIR/$w.linkage.log"
	echo "- $w (:$p): $(grep -c 'linkage_compare_shard(' "$CITUS_DIR/$w.linkage.log" || true) compare_registers sessions" \
	     "(linkage_compare_shard), $(grep -c 'linkage_dedupe_shard(' "$CITUS_DIR/$w.linkage.log" || true) dedupe sessions" \
	     "(linkage_dedupe_shard), $(grep -c 'linkage_record_line(' "$CITUS_DIR/$w.linkage.log" || true) sessions fetching records for" \
	     "a second pass, $(grep -c 'STATEMENT: .*linkage_pair_similarity(' "$CITUS_DIR/$w.linkage.log" || true) shard queries of compare's" \
	     "second pass (linkage_pair_similarity on the work tables), $(grep -c 'STATEMENT: .*linkage_dedupe_stratum(' "$CITUS_DIR/$w.linkage.log" || true)" \
	     "shard queries of dedupe's second pass (linkage_dedupe_stratum per stratum of its work table); peak backend memory $(grep -o '[0-9]* kB max resident size' "$CITUS_DIR/$w.linkage.log" \
	       | sort -n | tail -1 | awk '{printf "%.0f MB", $1 / 1024}')"
done
echo '- a session of each, as logged:'
for f in linkage_compare_shard linkage_dedupe_shard linkage_record_line linkage_pair_similarity linkage_dedupe_stratum; do
	grep -m1 "STATEMENT: .*$f(" "$CITUS_DIR/worker1.linkage.log" | sed 's/.*STATEMENT: *//' | cut -c1-300 | sed 's/^/    /; s/$/…/'
done

echo
echo "### compare_registers on the distributed tables at DEBUG1 (untimed): its phases, and Citus' moves of rows between the workers"
sql -c "SET client_min_messages = debug1" -c "SELECT count(*) FROM enroll.compare_registers('insured'::regclass, 'household'::regclass)" \
	>"$CITUS_DIR/compare_debug.log" 2>&1 || true
grep -E '^DEBUG:  compare_registers:' "$CITUS_DIR/compare_debug.log" | sed 's/^DEBUG:  /- /'
echo "- Citus: $(grep -c 'performing repartitioned INSERT ... SELECT' "$CITUS_DIR/compare_debug.log" || true) times 'performing repartitioned INSERT ... SELECT'," \
     "$(grep -c 'Collecting INSERT ... SELECT results on coordinator' "$CITUS_DIR/compare_debug.log" || true) times 'Collecting INSERT ... SELECT results on coordinator'"

echo
echo "### dedupe on the distributed table at DEBUG1 (untimed): its phases, and Citus' moves of rows between the workers"
sql -c "SET client_min_messages = debug1" -c "SELECT count(*) FROM enroll.dedupe('insured'::regclass)" \
	>"$CITUS_DIR/dedupe_debug.log" 2>&1 || true
grep -E '^DEBUG:  dedupe:' "$CITUS_DIR/dedupe_debug.log" | sed 's/^DEBUG:  /- /'
# the WARNINGs of the blocks too large, distributed and local: the same text
for t in insured insured_local; do
	sql -c "SET client_min_messages = warning" -c "SELECT count(*) FROM enroll.dedupe('$t'::regclass)" 2>&1 \
		| grep -E '^(WARNING|DETAIL|HINT):' >"$CITUS_DIR/dedupe_warning_$t.log" || true
done
if cmp -s "$CITUS_DIR/dedupe_warning_insured.log" "$CITUS_DIR/dedupe_warning_insured_local.log"; then
	echo "- dedupe's WARNINGs, distributed and local: the same ($(grep -c '^WARNING' "$CITUS_DIR/dedupe_warning_insured.log") WARNING: $(grep -m1 '^WARNING' "$CITUS_DIR/dedupe_warning_insured.log"))"
else
	echo "- dedupe's WARNINGs differ:"; diff "$CITUS_DIR/dedupe_warning_insured.log" "$CITUS_DIR/dedupe_warning_insured_local.log" | sed 's/^/    /'
fi
echo "- Citus: $(grep -c 'performing repartitioned INSERT ... SELECT' "$CITUS_DIR/dedupe_debug.log" || true) times 'performing repartitioned INSERT ... SELECT'," \
     "$(grep -c 'Collecting INSERT ... SELECT results on coordinator' "$CITUS_DIR/dedupe_debug.log" || true) times 'Collecting INSERT ... SELECT results on coordinator'"

echo
echo "### results, row for row"
sql -v ON_ERROR_STOP=1 <<'SQL'
SET client_min_messages = warning;
\pset format unaligned
\pset tuples_only on
DROP TABLE IF EXISTS linkage_cmp;
CREATE TABLE linkage_cmp AS
SELECT 'compare_registers' AS f,
       (SELECT count(*) FROM res_compare_distributed) AS n_dist, (SELECT count(*) FROM res_compare_local) AS n_local,
       (SELECT count(*) FROM (SELECT * FROM res_compare_distributed EXCEPT ALL SELECT * FROM res_compare_local) x) AS d_minus_l,
       (SELECT count(*) FROM (SELECT * FROM res_compare_local EXCEPT ALL SELECT * FROM res_compare_distributed) x) AS l_minus_d
UNION ALL
SELECT 'dedupe',
       (SELECT count(*) FROM res_dedupe_distributed), (SELECT count(*) FROM res_dedupe_local),
       (SELECT count(*) FROM (SELECT * FROM res_dedupe_distributed EXCEPT ALL SELECT * FROM res_dedupe_local) x),
       (SELECT count(*) FROM (SELECT * FROM res_dedupe_local EXCEPT ALL SELECT * FROM res_dedupe_distributed) x)
UNION ALL
SELECT 'dedupe_links',
       (SELECT count(*) FROM res_links_distributed), (SELECT count(*) FROM res_links_local),
       (SELECT count(*) FROM (SELECT * FROM res_links_distributed EXCEPT ALL SELECT * FROM res_links_local) x),
       (SELECT count(*) FROM (SELECT * FROM res_links_local EXCEPT ALL SELECT * FROM res_links_distributed) x);
SELECT format('- %s: %s rows distributed, %s local; distributed EXCEPT ALL local: %s rows, local EXCEPT ALL distributed: %s rows',
              f, n_dist, n_local, d_minus_l, l_minus_d) FROM linkage_cmp;
SELECT '- compare_registers statuses: ' || string_agg(format('%s %s', status, n), ', ' ORDER BY status)
FROM (SELECT status, count(*) AS n FROM res_compare_local GROUP BY 1) s;
SELECT '- dedupe reasons: ' || string_agg(format('%s %s', reason, n), ', ' ORDER BY reason)
FROM (SELECT reason, count(*) AS n FROM res_dedupe_local GROUP BY 1) s;
\echo
\echo '| step | run | seconds | coordinator peak memory (VmHWM) |'
\echo '|---|--:|--:|--:|'
SELECT format('| %s | %s | %s | %s MB |', step, run, round((ms / 1000)::numeric, 2), round(vmhwm_kb / 1024.0))
FROM linkage_t ORDER BY run, step;
SQL
echo
echo "### errors on tables the distributed forms cannot use"
sql -v ON_ERROR_STOP=0 2>&1 <<'SQL' | sed -n 's/^.*\(ERROR\|HINT\|DETAIL\): */- \1: /p'
SET client_min_messages = warning;
DROP TABLE IF EXISTS by_rec, misplaced, plain_hh, other_hh, with_region;
CREATE TABLE by_rec AS SELECT * FROM insured_local LIMIT 100;
SELECT create_distributed_table('by_rec', 'rec_id');
SELECT count(*) FROM enroll.dedupe('by_rec'::regclass);
CREATE TABLE misplaced (LIKE insured);
SELECT create_distributed_table('misplaced', 'cnid', colocate_with => 'household');
INSERT INTO misplaced SELECT rec_id, id_number, name, birth_date, sex,
       enroll.cnid('110101800101' || lpad((rec_id % 1000)::text, 3, '0'))
FROM insured_local WHERE enroll.cnid_try(id_number) IS NOT NULL LIMIT 100;
SELECT count(*) FROM enroll.dedupe('misplaced'::regclass);
CREATE TABLE plain_hh AS SELECT * FROM household_local LIMIT 100;
SELECT count(*) FROM enroll.compare_registers('insured'::regclass, 'plain_hh'::regclass);
CREATE TABLE other_hh AS SELECT * FROM household_local LIMIT 100;
SELECT create_distributed_table('other_hh', 'cnid', colocate_with => 'none');
SELECT count(*) FROM enroll.compare_registers('insured'::regclass, 'other_hh'::regclass);
CREATE TABLE with_region AS SELECT *, 610802::bigint AS region FROM insured_local LIMIT 100;
SELECT create_distributed_table('with_region', 'cnid', colocate_with => 'household');
SELECT count(*) FROM enroll.dedupe('with_region'::regclass, region_level => 'county');
DROP TABLE by_rec, misplaced, plain_hh, other_hh, with_region;
SQL

differ=$(sql -c "SELECT sum(d_minus_l + l_minus_d) FROM linkage_cmp")
echo
if [ "$differ" = 0 ]; then echo "identical: yes"; else echo "identical: NO ($differ rows differ)"; exit 1; fi
