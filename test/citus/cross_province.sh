#!/usr/bin/env bash
# Cross-province duplicates on a Citus cluster: the same national register
# as a distributed table and as a plain table on the coordinator, through
# cross_province_duplicates, cross_province_report and
# cross_province_uninsured; and as tables distributed by the normalised ID
# through the table forms (regclass), which run the linkage on the workers;
# every result compared row for row with the plain table's (EXCEPT ALL both
# ways) and timed, each method in turn, in the same run.
#
#   bash test/citus/cross_province.sh [persons per province] [rounds]
#       (default 250,000 persons in each of four provinces, 1M in all; 2 rounds)
#
# It assumes Citus and enroll are installed in the server tree
# ($ENROLL_PG_ROOT) and starts the cluster with test/citus/cluster.sh
# (CITUS_PORT, CITUS_DIR); it builds nothing and exits 77 (skipped) without
# Citus.  Exit status 1 when a result differs.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-250000}
ROUNDS=${2:-2}
bash test/citus/cluster.sh start || exit $?
sql() { bash test/citus/cluster.sh psql -At "$@"; }

echo "## cross-province duplicates on Citus: 4 provinces × $(printf "%'d" "$N") persons, $ROUNDS rounds"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(sql -c 'SELECT citus_version()' | cut -d' ' -f1-2); enroll $(sql -c "SELECT extversion FROM pg_extension WHERE extname = 'enroll'"); commit $(git rev-parse --short HEAD); load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# The national register: four provinces' persons (each its own seed), one in
# 97 enrolled nowhere, with the generator's 5 % ID errors; planted: 1 % of
# each province's persons also enrolled in the next province by ID (half in
# the 15-digit form), 0.3 % with a typo in the ID, 0.3 % without an ID.
sql -q <<SQL
SET search_path = public, enroll;
SET client_min_messages = warning;
DROP TABLE IF EXISTS people, national_plain, national_dist, household_plain, household_dist, cmp_t;
CREATE TABLE people AS
SELECT p.province / 10000 * 100000000::bigint + s.person_id AS person, p.province, p.next_province, s.*
FROM (VALUES (610000, 510000), (510000, 650000), (650000, 440000), (440000, 610000)) AS p(province, next_province),
     LATERAL synth_persons($N, p.province / 10000, 0, p.province) s;
CREATE TABLE national_plain (rec_id bigint, province integer, id_number text, name text, birth_date date, sex smallint);
INSERT INTO national_plain
SELECT p.province / 10000 * 100000000::bigint + s.person_id, p.province / 10000, s.id_number, s.name, s.birth_date, s.sex
FROM (VALUES (610000), (510000), (650000), (440000)) AS p(province),
     LATERAL synth_persons($N, p.province / 10000, 0.05, p.province) s
WHERE s.person_id % 97 <> 0;
INSERT INTO national_plain
SELECT person + 50000000, next_province / 10000,
       CASE WHEN person_id % 2 = 0 OR birth_date >= '2000-01-01' THEN cnid_true::text
            ELSE substr(cnid_true::text, 1, 6) || substr(cnid_true::text, 9, 9) END,
       name, birth_date, sex
FROM people WHERE person_id % 100 = 1 AND person_id % 97 <> 0;
INSERT INTO national_plain
SELECT person + 60000000, next_province / 10000,
       overlay(cnid_true::text PLACING ((substr(cnid_true::text, 15, 1)::int + 1) % 10)::text FROM 15 FOR 1),
       name, birth_date, sex
FROM people WHERE person_id % 1000 IN (2, 12, 22) AND person_id % 97 <> 0;
INSERT INTO national_plain
SELECT person + 70000000, next_province / 10000, '', name, birth_date, sex
FROM people WHERE person_id % 1000 IN (3, 13, 23) AND person_id % 97 <> 0;
CREATE TABLE household_plain AS
SELECT person AS rec_id, cnid_true::text AS id_number, name, birth_date, sex FROM people;
CREATE TABLE national_dist (LIKE national_plain);
CREATE TABLE household_dist (LIKE household_plain);
SELECT create_distributed_table('national_dist', 'rec_id');
SELECT create_distributed_table('household_dist', 'rec_id');
INSERT INTO national_dist SELECT * FROM national_plain;
INSERT INTO household_dist SELECT * FROM household_plain;
-- the same, distributed by the normalised ID (a record without a valid one
-- placed by a stand-in derived from its rec_id), for the table forms
DROP TABLE IF EXISTS national_cnid, household_cnid;
CREATE TABLE national_cnid (LIKE national_plain, cnid cnid NOT NULL);
CREATE TABLE household_cnid (LIKE household_plain, cnid cnid NOT NULL);
SELECT create_distributed_table('household_cnid', 'cnid', shard_count => 32);
SELECT create_distributed_table('national_cnid', 'cnid', colocate_with => 'household_cnid');
INSERT INTO national_cnid SELECT n.*, coalesce(cnid_try(id_number), cnid('110101800101' || lpad((rec_id % 1000)::text, 3, '0')))
FROM national_plain n;
INSERT INTO household_cnid SELECT h.*, coalesce(cnid_try(id_number), cnid('110101800101' || lpad((rec_id % 1000)::text, 3, '0')))
FROM household_plain h;
VACUUM ANALYZE national_cnid; VACUUM ANALYZE household_cnid;
VACUUM ANALYZE national_plain; VACUUM ANALYZE household_plain;
VACUUM ANALYZE national_dist; VACUUM ANALYZE household_dist;
CREATE TABLE cmp_t (step text, round int, ms float8, result_rows bigint, vmhwm_kb bigint);
SQL
echo "national register: $(sql -c 'SELECT count(*) FROM national_dist') records ($(sql -c "SELECT count(*) FROM pg_dist_shard WHERE logicalrelid = 'national_dist'::regclass") shards over $(sql -c 'SELECT count(*) FROM pg_dist_node WHERE groupid <> 0') workers), household extract $(sql -c 'SELECT count(*) FROM household_dist') persons"

# one step: time it (in its own session, whose VmHWM is its peak memory) and
# keep its result
step() { # name, round, table
	local name=$1 round=$2 tbl=$3 q
	case $name in
	duplicates) q="SELECT * FROM cross_province_duplicates('SELECT rec_id, province, id_number, name, birth_date, sex FROM national_$tbl')" ;;
	report) q="SELECT * FROM cross_province_report('SELECT rec_id, province, id_number, name, birth_date, sex FROM national_$tbl')" ;;
	uninsured) q="SELECT * FROM cross_province_uninsured('SELECT rec_id, province, id_number, name, birth_date, sex FROM national_$tbl', 'SELECT * FROM household_$tbl')" ;;
	esac
	# the table forms on the tables distributed by the normalised ID
	if [ "$tbl" = cnid ]; then
		case $name in
		duplicates) q="SELECT * FROM cross_province_duplicates('national_cnid'::regclass)" ;;
		report) q="SELECT * FROM cross_province_report('national_cnid'::regclass)" ;;
		uninsured) q="SELECT * FROM cross_province_uninsured('national_cnid'::regclass, 'household_cnid'::regclass)" ;;
		esac
	fi
	sql -q <<SQL
SET search_path = public, enroll;
SET client_min_messages = warning;
DROP TABLE IF EXISTS r_${name}_$tbl;
SELECT clock_timestamp() AS t0 \gset
CREATE TABLE r_${name}_$tbl AS $q;
INSERT INTO cmp_t SELECT '$name on $tbl table', $round,
       extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) * 1000, (SELECT count(*) FROM r_${name}_$tbl),
       (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'), 'VmHWM:\s+(\d+) kB'))[1]::bigint;
SQL
}
for round in $(seq 1 "$ROUNDS"); do
	for name in duplicates report uninsured; do
		# the two take turns, the first alternating, so that both meet the same load
		if [ $((round % 2)) = 1 ]; then step $name "$round" dist; step $name "$round" cnid; step $name "$round" plain
		else step $name "$round" plain; step $name "$round" cnid; step $name "$round" dist; fi
	done
done

sql <<'SQL'
SET search_path = public, enroll;
\echo
\echo '| step | rows | ms, each round | best | coordinator backend peak (VmHWM) |'
\echo '|---|--:|---|--:|--:|'
SELECT format('| %s | %s | %s | %s | %s MB |', step, max(result_rows), string_agg(round(ms)::text, ', ' ORDER BY round), round(min(ms)),
              round(max(vmhwm_kb) / 1024.0))
FROM cmp_t GROUP BY step ORDER BY step;
\echo
\echo '| comparison, distributed against plain | rows only in distributed | rows only in plain |'
\echo '|---|--:|--:|'
SELECT format('| %s | %s | %s |', n,
              (SELECT count(*) FROM (SELECT * FROM r_duplicates_dist EXCEPT ALL SELECT * FROM r_duplicates_plain) x),
              (SELECT count(*) FROM (SELECT * FROM r_duplicates_plain EXCEPT ALL SELECT * FROM r_duplicates_dist) x))
FROM (VALUES ('cross_province_duplicates')) v(n)
UNION ALL
SELECT format('| %s | %s | %s |', 'cross_province_report',
              (SELECT count(*) FROM (SELECT * FROM r_report_dist EXCEPT ALL SELECT * FROM r_report_plain) x),
              (SELECT count(*) FROM (SELECT * FROM r_report_plain EXCEPT ALL SELECT * FROM r_report_dist) x))
UNION ALL
SELECT format('| %s | %s | %s |', 'cross_province_uninsured',
              (SELECT count(*) FROM (SELECT * FROM r_uninsured_dist EXCEPT ALL SELECT * FROM r_uninsured_plain) x),
              (SELECT count(*) FROM (SELECT * FROM r_uninsured_plain EXCEPT ALL SELECT * FROM r_uninsured_dist) x))
UNION ALL
SELECT format('| %s (table form, distributed by cnid) | %s | %s |', 'cross_province_duplicates',
              (SELECT count(*) FROM (SELECT * FROM r_duplicates_cnid EXCEPT ALL SELECT * FROM r_duplicates_plain) x),
              (SELECT count(*) FROM (SELECT * FROM r_duplicates_plain EXCEPT ALL SELECT * FROM r_duplicates_cnid) x))
UNION ALL
SELECT format('| %s (table form, distributed by cnid) | %s | %s |', 'cross_province_report',
              (SELECT count(*) FROM (SELECT * FROM r_report_cnid EXCEPT ALL SELECT * FROM r_report_plain) x),
              (SELECT count(*) FROM (SELECT * FROM r_report_plain EXCEPT ALL SELECT * FROM r_report_cnid) x))
UNION ALL
SELECT format('| %s (table form, distributed by cnid) | %s | %s |', 'cross_province_uninsured',
              (SELECT count(*) FROM (SELECT * FROM r_uninsured_cnid EXCEPT ALL SELECT * FROM r_uninsured_plain) x),
              (SELECT count(*) FROM (SELECT * FROM r_uninsured_plain EXCEPT ALL SELECT * FROM r_uninsured_cnid) x));
\echo
\echo 'the report (distributed table):'
SELECT format('| %s %s | %s %s | %s | %s | %s | %s |', province_a, name_a, province_b, name_b, persons, by_id, by_repaired_id, by_name)
FROM r_report_dist ORDER BY persons DESC, province_a, province_b;
\echo
\echo 'planted cross-province persons found: by ID, by repaired ID, by name (of those planted); uninsured found / truly uninsured'
WITH found AS (SELECT DISTINCT rec_id FROM r_duplicates_dist)
SELECT format('%s / %s, %s / %s, %s / %s; %s / %s',
    (SELECT count(*) FROM national_plain n JOIN found f USING (rec_id) WHERE n.rec_id % 100000000 BETWEEN 50000000 AND 59999999),
    (SELECT count(*) FROM national_plain WHERE rec_id % 100000000 BETWEEN 50000000 AND 59999999),
    (SELECT count(*) FROM national_plain n JOIN found f USING (rec_id) WHERE n.rec_id % 100000000 BETWEEN 60000000 AND 69999999),
    (SELECT count(*) FROM national_plain WHERE rec_id % 100000000 BETWEEN 60000000 AND 69999999),
    (SELECT count(*) FROM national_plain n JOIN found f USING (rec_id) WHERE n.rec_id % 100000000 BETWEEN 70000000 AND 79999999),
    (SELECT count(*) FROM national_plain WHERE rec_id % 100000000 BETWEEN 70000000 AND 79999999),
    (SELECT count(*) FROM r_uninsured_dist),
    (SELECT count(*) FROM people WHERE person_id % 97 = 0));
SQL
diffs=$(sql -c "SELECT (SELECT count(*) FROM (SELECT * FROM r_duplicates_dist EXCEPT ALL SELECT * FROM r_duplicates_plain) a)
                     + (SELECT count(*) FROM (SELECT * FROM r_duplicates_plain EXCEPT ALL SELECT * FROM r_duplicates_dist) b)
                     + (SELECT count(*) FROM (SELECT * FROM r_report_dist EXCEPT ALL SELECT * FROM r_report_plain) c)
                     + (SELECT count(*) FROM (SELECT * FROM r_report_plain EXCEPT ALL SELECT * FROM r_report_dist) d)
                     + (SELECT count(*) FROM (SELECT * FROM r_uninsured_dist EXCEPT ALL SELECT * FROM r_uninsured_plain) e)
                     + (SELECT count(*) FROM (SELECT * FROM r_uninsured_plain EXCEPT ALL SELECT * FROM r_uninsured_dist) f)
                     + (SELECT count(*) FROM (SELECT * FROM r_duplicates_cnid EXCEPT ALL SELECT * FROM r_duplicates_plain) g)
                     + (SELECT count(*) FROM (SELECT * FROM r_duplicates_plain EXCEPT ALL SELECT * FROM r_duplicates_cnid) h)
                     + (SELECT count(*) FROM (SELECT * FROM r_report_cnid EXCEPT ALL SELECT * FROM r_report_plain) i)
                     + (SELECT count(*) FROM (SELECT * FROM r_report_plain EXCEPT ALL SELECT * FROM r_report_cnid) j)
                     + (SELECT count(*) FROM (SELECT * FROM r_uninsured_cnid EXCEPT ALL SELECT * FROM r_uninsured_plain) k)
                     + (SELECT count(*) FROM (SELECT * FROM r_uninsured_plain EXCEPT ALL SELECT * FROM r_uninsured_cnid) l)")
if [ "$diffs" != 0 ]; then echo "FAIL: $diffs rows differ between the distributed and the plain table"; exit 1; fi
echo "PASS: distributed and plain results identical"
