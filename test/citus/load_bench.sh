#!/usr/bin/env bash
# enroll-load into the distributed register against the same load into one
# server's register, in the same run: N synthetic persons (default
# 1,000,000) from enroll.synth_persons, as registration forms (CSV with the
# form's Chinese headers); the persons' ID numbers carry synth_persons' ID
# errors, so the loader rejects some rows, and must account for every one.
#
#   bash test/citus/load_bench.sh [N] [jobs]
#
# Needs what test/citus/register.sh leaves: the cluster of
# test/citus/cluster.sh with the distributed register in $CITUS_DB, and the
# plain database enroll_plain of the coordinator's server.  Loads into the
# plain register first, then into the distributed one, and compares the
# counts of both (persons, registrations, enrolments, history) and the
# reject files.  Exits 77 (skipped) without Citus.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-1000000}
JOBS=${2:-2}
PG_BIN=${ENROLL_PG_ROOT:-}/usr/lib/postgresql/${PG_MAJOR:-15}/bin
CITUS_PORT=${CITUS_PORT:-54460}
export CITUS_PORT
CITUS_DB=${CITUS_DB:-enroll_national}
PLAIN_DB=enroll_plain
WORK=$(mktemp -d /tmp/enroll-citus-load.XXXXXX)
export PGHOST=127.0.0.1 PGPORT=$CITUS_PORT PGUSER=postgres
rc=0
bash test/citus/cluster.sh status >/dev/null 2>&1 || bash test/citus/cluster.sh start || rc=$?
[ $rc = 0 ] || exit $rc
qa() { "$PG_BIN/psql" -X -q -At -v ON_ERROR_STOP=1 -d "$@"; }
if [ "$(qa "$CITUS_DB" -c "SELECT enroll.register_table_placement('person')" 2>/dev/null)" != distributed ] ||
   [ "$(qa "$PLAIN_DB" -c "SELECT enroll.register_layout_version()" 2>/dev/null)" != 2 ]; then
	echo "run test/citus/register.sh first (a distributed register in $CITUS_DB, a plain one in $PLAIN_DB)" >&2
	exit 1
fi

# The forms: synth_persons' ID number as entered (with its errors), name,
# county (its current code), employment and insurances varied by person.
echo '公民身份证号码,姓名,县(区),镇(街道),村(社区),就业状态,工作单位,户口所在地,常住所在地地址,联系电话,现参保情况,未参保原因,异地参保' > "$WORK/forms.csv"
qa "$PLAIN_DB" >> "$WORK/forms.csv" <<SQL
COPY (
SELECT concat_ws(',', s.id_number, s.name, coalesce((enroll.region_current(s.region))[1], s.region), '', '',
       CASE s.person_id % 4 WHEN 0 THEN '已单位就业' WHEN 1 THEN '灵活就业' WHEN 2 THEN '未就业' ELSE '离退休' END,
       CASE WHEN s.person_id % 4 = 0 THEN '榆林某某公司' || s.person_id % 100 || '号' ELSE '' END,
       '', '', '1' || (3 + s.person_id % 7) || lpad(((s.person_id * 7919) % 1000000000)::text, 9, '0'),
       CASE WHEN s.person_id % 5 = 0 THEN '' WHEN s.person_id % 4 = 0 THEN '110;310;410' ELSE '170;390' END,
       CASE WHEN s.person_id % 5 = 0 THEN 'personal' ELSE '' END, '')
FROM enroll.synth_persons($N, seed => 14) s ORDER BY s.person_id
) TO STDOUT;
SQL
echo "== $N synthetic persons ($(du -h "$WORK/forms.csv" | cut -f1)), enroll-load --jobs $JOBS; machine: $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"

counts() { # persons registrations enrolments history
	qa "$1" -F ' ' -c "SELECT (SELECT count(*) FROM enroll_register.person), (SELECT count(*) FROM enroll_register.registration),
		(SELECT count(*) FROM enroll_register.enrolment), (SELECT count(*) FROM enroll_register.history)"
}
for db in "$PLAIN_DB" "$CITUS_DB"; do
	counts "$db" > "$WORK/before.$db"
	before=$(cut -d' ' -f1 "$WORK/before.$db")
	rc=0
	/usr/bin/time -q -f '%e s, loader peak RSS %M kB' -o "$WORK/time.$db" \
		"$PG_BIN/enroll-load" -q -j "$JOBS" -d "$db" -r "$WORK/rejects.$db.csv" "$WORK/forms.csv" > "$WORK/load.$db.out" 2>&1 || rc=$?
	after=$(qa "$db" -c "SELECT count(*) FROM enroll_register.person")
	echo "$db: $(tail -1 "$WORK/load.$db.out") [exit $rc; $(cat "$WORK/time.$db"); persons $before -> $after]"
done
# What the load added (the registers may differ before: register.sh's
# pgbench phase registers as many persons as each side manages).
for db in "$PLAIN_DB" "$CITUS_DB"; do
	paste -d' ' "$WORK/before.$db" <(counts "$db") | awk '{ print $5 - $1, $6 - $2, $7 - $3, $8 - $4 }' > "$WORK/added.$db"
	echo "$db: added $(cat "$WORK/added.$db") (persons registrations enrolments history)"
done
same=f
cmp -s "$WORK/added.$PLAIN_DB" "$WORK/added.$CITUS_DB" && cmp -s "$WORK/rejects.$PLAIN_DB.csv" "$WORK/rejects.$CITUS_DB.csv" && same=t
echo "load-bench: counts and rejects the same on both: $same; files in $WORK"
[ $same = t ]
