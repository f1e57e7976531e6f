#!/usr/bin/env bash
# The register at scale: N persons on a Citus cluster and on one server, the
# same data, each step timed on both in the same run.
#
#   bash test/citus/register_scale.sh [N] [batch]    # default 100,000 persons, batches of 50,000
#
# 1. Fill: N valid forms (the valid rows of test/tools/register_gen_csv.sh,
#    counties 610802 and 610803) go through register_batch() in batches into
#    a plain register in enroll_plain (one server, no citus).  The filled
#    register is copied (pg_dump --data-only) into a plain register in the
#    Citus database, and enroll.distribute_register() distributes it as it
#    is: the migration of a province's register to the cluster.  Both must
#    then hold the same rows, table by table.
# 2. At N, on both, in turn (one server first), each step in a session of its
#    own with its time and the coordinator backend's peak memory (VmHWM):
#    register() updates, submit(), review() at both levels, as_of() of the
#    sample's persons and the review queue for a sample of persons, by a LOGIN clerk of county
#    610802; enroll-load of two files of L forms (5 % bad, half of the first
#    file persons already registered), --jobs 1 then --jobs 2, identical
#    rejects; the tables compared (clocks aside) by count and a sum of row
#    hashes; what a clerk of county 610803 sees (his county only; counts
#    equal); coverage_report() of register_population(); an analyst's
#    person_masked and register_summary().
# Without Citus it exits 77 (skipped).  CITUS_PORT, CITUS_DIR, ENROLL_PG_ROOT
# as for cluster.sh; LOAD_ROWS (default 50,000) the loader files' size;
# FILL_JOBS (default 2) the sessions that fill, each its own batches;
# REUSE=1 skips step 1 and works on the registers of the last run; STEPS
# (default "workflow clerk as_of load coverage analyst") the steps of 2 to run;
# AS_OF=0 leaves the whole register's as_of() out of the clerk's step.
# Step as_of: the whole register's as_of() of persons and of enrolments,
# as the owner.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100000}
BATCH=${2:-50000}
L=${LOAD_ROWS:-50000}
FILL_JOBS=${FILL_JOBS:-2}
STEPS=" ${STEPS:-workflow clerk as_of load coverage analyst} "
wants() { [[ $STEPS == *" $1 "* ]]; }
WORK=$(mktemp -d /tmp/enroll-citus-scale.XXXXXX)
chmod a+rwx "$WORK"
ROLES="enroll_cs_clerk_a, enroll_cs_clerk_b, enroll_cs_analyst"
. test/citus/lib.sh
# A step in a session of its own: its output to $WORK/<name>.<db>.out, its
# time and the backend's peak memory to $WORK/timings.
HWM="SELECT (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'), 'VmHWM:\\s+(\\d+) kB'))[1]::bigint / 1024 AS hwm_mb \\gset"
step() { # name, db, sql file
	local name=$1 db=$2 file=$3 t0 t1 rc=0
	t0=$(ms)
	{ cat "$file"; echo "RESET ROLE;"; echo "$HWM"; echo '\o'; echo "\\echo hwm :hwm_mb"; } |
		q "$db" -At > "$WORK/$name.$db.raw" 2>&1 || rc=$?
	t1=$(ms)
	grep -v '^hwm ' "$WORK/$name.$db.raw" > "$WORK/$name.$db.out" || true
	local hwm
	hwm=$(sed -n 's/^hwm //p' "$WORK/$name.$db.raw")
	echo "$name|$db|$((t1 - t0))|${hwm:-?}" >> "$WORK/timings"
	echo "   $name on $db: $((t1 - t0)) ms, peak ${hwm:-?} MB, load $(load)"
	[ $rc = 0 ] || { echo "   $name failed on $db:"; tail -5 "$WORK/$name.$db.raw"; FAILS=$((FAILS + 1)); }
}
both() { # name, sql file: one server, then the cluster; outputs must agree
	step "$1" "$PLAIN_DB" "$2"
	step "$1" "$CITUS_DB" "$2"
	if cmp -s "$WORK/$1.$PLAIN_DB.out" "$WORK/$1.$CITUS_DB.out"; then
		check "$1: the same output on both ($(wc -l < "$WORK/$1.$CITUS_DB.out") lines)" t
	else
		check "$1: the same output on both" f
		diff "$WORK/$1.$PLAIN_DB.out" "$WORK/$1.$CITUS_DB.out" | head -10 || true
	fi
}

echo "## the register at N = $N: Citus $(qa "$CITUS_DB" -c 'SELECT citus_version()' | cut -d' ' -f2), commit $(git rev-parse --short HEAD), load $(load)"
# Every table: count and a sum of its rows' hashes (order-free, so that Citus
# computes it on the shards); with clocks when CLOCKS=1 (the copy), else
# without (after the writes of the run, which each side made at its own time).
hashes() { # db, clocks (1 or 0)
	qa "$1" -v clocks="$2" <<'SQL'
\if :clocks
SELECT 'person', count(*), sum(('x' || left(md5(t::text), 15))::bit(60)::bigint) FROM enroll_register.person t
UNION ALL SELECT 'registration', count(*), sum(('x' || left(md5(t::text), 15))::bit(60)::bigint) FROM enroll_register.registration t
UNION ALL SELECT 'enrolment', count(*), sum(('x' || left(md5(t::text), 15))::bit(60)::bigint) FROM enroll_register.enrolment t
UNION ALL SELECT 'person_flag', count(*), sum(('x' || left(md5(t::text), 15))::bit(60)::bigint) FROM enroll_register.person_flag t
UNION ALL SELECT 'problem', count(*), sum(('x' || left(md5(t::text), 15))::bit(60)::bigint) FROM enroll_register.problem t
UNION ALL SELECT 'history', count(*), sum(('x' || left(md5(t::text), 15))::bit(60)::bigint) FROM enroll_register.history t;
\else
SELECT 'person', count(*), sum(('x' || left(md5(concat_ws('|', cnid, name, sex, birth, region, hukou, address, phone, employment,
    employer, died_on, version, updated_by)), 15))::bit(60)::bigint) FROM enroll_register.person
UNION ALL SELECT 'registration', count(*), sum(('x' || left(md5(concat_ws('|', cnid, region, state, return_reason, not_insured_reason,
    insured_elsewhere, form, collected_by, township_by, county_by)), 15))::bit(60)::bigint) FROM enroll_register.registration
UNION ALL SELECT 'enrolment', count(*), sum(('x' || left(md5(concat_ws('|', cnid, insurance, region)), 15))::bit(60)::bigint)
FROM enroll_register.enrolment
UNION ALL SELECT 'person_flag', count(*), sum(('x' || left(md5(concat_ws('|', cnid, flag, region, note, set_by)), 15))::bit(60)::bigint)
FROM enroll_register.person_flag
UNION ALL SELECT 'problem', count(*), sum(('x' || left(md5(concat_ws('|', cnid, region, reason, detail, opened_by, closed_at IS NULL,
    closed_by)), 15))::bit(60)::bigint) FROM enroll_register.problem
UNION ALL SELECT 'history', count(*), sum(('x' || left(md5(concat_ws('|', cnid, tbl, key, op, region, actor, session_actor,
    old - ARRAY['updated_at', 'collected_at', 'since', 'set_at', 'opened_at', 'closed_at'],
    new - ARRAY['updated_at', 'collected_at', 'since', 'set_at', 'opened_at', 'closed_at'])), 15))::bit(60)::bigint)
FROM enroll_register.history;
\endif
SQL
}
compare_tables() { # clocks, what
	local t0 t1 t2
	t0=$(ms); hashes "$PLAIN_DB" "$1" > "$WORK/hash.plain"; t1=$(ms); hashes "$CITUS_DB" "$1" > "$WORK/hash.citus"; t2=$(ms)
	echo "   hashes: one server $((t1 - t0)) ms, cluster $((t2 - t1)) ms"
	sed 's/^/   /; s/|/ /g' "$WORK/hash.citus" | awk '{ printf "%s %s rows; ", $1, $2 } END { print "" }'
	check "$2: every table the same on both (count and row hashes)" "$(cmp -s "$WORK/hash.plain" "$WORK/hash.citus" && echo t)"
	cmp -s "$WORK/hash.plain" "$WORK/hash.citus" || diff "$WORK/hash.plain" "$WORK/hash.citus" || true
}
if [ -z "${REUSE:-}" ]; then
echo "== fresh registers"
fresh_registers
q "$PLAIN_DB" -c "SELECT enroll.create_register()" >/dev/null
q "$CITUS_DB" -c "CREATE ROLE enroll_cs_clerk_a LOGIN" -c "CREATE ROLE enroll_cs_clerk_b LOGIN" \
	-c "CREATE ROLE enroll_cs_analyst LOGIN" >/dev/null

echo "== fill one server's register: $N forms through register_batch(), batches of $BATCH, $FILL_JOBS sessions"
# the valid rows of test/tools/register_gen_csv.sh, as forms
cat > "$WORK/forms.sql" <<'SQL'
CREATE TEMP TABLE forms AS
WITH f AS (
    SELECT p, CASE WHEN p % 2 = 0 THEN 610802::bigint ELSE 610803::bigint END AS county,
           (CASE WHEN p % 2 = 0 THEN '610802' ELSE '610803' END)
               || to_char(date '1950-01-01' + (p % 20000), 'YYYYMMDD') || lpad((p / 20000 % 1000)::text, 3, '0') AS body
    FROM generate_series(:first, :last) p)
SELECT p AS rowno, jsonb_strip_nulls(jsonb_build_object(
    'cnid', body || substr('10X98765432', (SELECT sum(substr(body, k, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[k])
                                          FROM generate_series(1, 17) k)::int % 11 + 1, 1),
    'name', '张' || chr(20000 + p % 5000), 'county', county, 'township', county * 1000 + 1 + p % 3,
    'village', (county * 1000 + 1 + p % 3) * 1000 + 1 + p % 7,
    'employment', CASE WHEN p % 4 = 0 THEN 'employed' WHEN p % 4 = 1 THEN 'flexible' WHEN p % 4 = 2 THEN 'unemployed' ELSE 'retired' END,
    'employer', CASE WHEN p % 4 = 0 THEN '榆林某某公司' || p % 100 || '号,分公司' END,
    'hukou', county,
    'address', '陕西省榆林市' || CASE WHEN p % 2 = 0 THEN '榆阳区' ELSE '横山区' END || '新建路' || p % 500 || '号',
    'phone', '1' || (3 + p % 7) || lpad(((p::bigint * 7919) % 1000000000)::text, 9, '0'),
    'insurances', CASE WHEN p % 5 = 0 THEN '[]'::jsonb WHEN p % 4 = 0 THEN '[110, 310, 410]'::jsonb ELSE '[170, 390]'::jsonb END,
    'not_insured_reason', CASE WHEN p % 5 = 0 THEN 'personal' END,
    'insured_elsewhere', CASE WHEN p % 50 = 1 THEN 'province' END)) AS form
FROM f;
SELECT action, count(*) FROM enroll.register_batch('forms') GROUP BY 1 ORDER BY 1;
SQL
fill() { # stream: every FILL_JOBS-th batch from the stream's first
	local first last
	for ((first = 1 + $1 * BATCH; first <= N; first += FILL_JOBS * BATCH)); do
		last=$((first + BATCH - 1 < N ? first + BATCH - 1 : N))
		qa "$PLAIN_DB" -v first=$first -v last=$last -f "$WORK/forms.sql" >> "$WORK/fill.$1.out"
	done
}
t0=$(ms)
pids=()
for ((j = 0; j < FILL_JOBS; j++)); do fill $j & pids+=($!); done
for pid in "${pids[@]}"; do wait "$pid" || { echo "a fill stream failed"; exit 1; }; done
cat "$WORK"/fill.*.out > "$WORK/fill.out"
t1=$(ms)
fill_ms=$((t1 - t0))
echo "   register_batch: $(awk -F'|' '{ n[$1] += $2 } END { for (a in n) printf "%s %d ", a, n[a] }' "$WORK/fill.out")in $fill_ms ms ($((N * 1000 / (fill_ms + 1))) forms/s), load $(load)"
check "every form inserted" "$(awk -F'|' -v n=$N '$1 == "inserted" { s += $2 } END { print s == n ? "t" : "f" }' "$WORK/fill.out")"
q "$PLAIN_DB" -c "VACUUM ANALYZE" >/dev/null

echo "== copy it into the Citus database, then distribute_register() on the filled register"
q "$CITUS_DB" -c "SELECT enroll.create_register()" >/dev/null 2>&1
q "$CITUS_DB" >/dev/null <<'SQL'
SELECT format('TRUNCATE %s', string_agg(c.oid::regclass::text, ', '))
FROM pg_class c WHERE c.relnamespace = 'enroll_register'::regnamespace AND c.relkind = 'r' \gexec
SQL
t0=$(ms)
"$PG_BIN/pg_dump" --data-only --schema=enroll_register "$PLAIN_DB" | q "$CITUS_DB" >/dev/null
t1=$(ms)
copy_ms=$((t1 - t0))
out=$(qa "$CITUS_DB" -c "SELECT enroll.distribute_register()" 2>"$WORK/distribute.log")
t2=$(ms)
dist_ms=$((t2 - t1))
echo "   copy $copy_ms ms; distribute_register() $dist_ms ms (got $out), load $(load)"
check "distribute_register() distributes the filled register (got $out)" "$([ "$out" = distributed ] && echo t)"
check "every table placed as register_placement() says" "$(qa "$CITUS_DB" -c "
	SELECT bool_and(p.placement = enroll.register_table_placement(p.tbl)) FROM enroll.register_placement() p")"
q "$CITUS_DB" -c "VACUUM ANALYZE" >/dev/null

compare_tables 1 "the copy, distributed"
else
	echo "== REUSE: the registers of the last run, as they are"
	fill_ms= copy_ms= dist_ms=
fi

echo "== at N = $N, on both in turn"
q "$CITUS_DB" -c "SELECT enroll.grant_region('enroll_cs_clerk_a', 610802), enroll.grant_region('enroll_cs_clerk_b', 610803),
	enroll.grant_analyst('enroll_cs_analyst')" >/dev/null
q "$PLAIN_DB" -c "SELECT enroll.grant_region('enroll_cs_clerk_a', 610802), enroll.grant_region('enroll_cs_clerk_b', 610803),
	enroll.grant_analyst('enroll_cs_analyst')" >/dev/null
if wants workflow; then
# the sample: 200 persons of county 610802 spread over the register
S=200
cat > "$WORK/sample.sql" <<SQL
CREATE TEMP TABLE sample AS
SELECT i, (body || substr('10X98765432', (SELECT sum(substr(body, k, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[k])
                                            FROM generate_series(1, 17) k)::int % 11 + 1, 1))::enroll.cnid AS cnid
FROM generate_series(1, $S) i,
     LATERAL (SELECT greatest(2, (i::bigint * ($N / $S)) / 2 * 2) AS p) pp,
     LATERAL (SELECT '610802' || to_char(date '1950-01-01' + (p % 20000)::integer, 'YYYYMMDD') || lpad((p / 20000 % 1000)::text, 3, '0') AS body) b;
SQL
cat "$WORK/sample.sql" - > "$WORK/workflow.sql" <<'SQL'
SELECT now() AS before_workflow \gset
-- (the persons read first: Citus joins a local table with a distributed one,
-- not a lateral call per row)
CREATE TEMP TABLE sample_person AS
SELECT s.i, s.cnid, p.name, enroll.region_at(p.region, 'township') AS township
FROM sample s JOIN enroll_register.person p USING (cnid);
GRANT SELECT ON sample, sample_person TO enroll_cs_clerk_a;
SET ROLE enroll_cs_clerk_a;
SELECT count(*) AS sample_persons_seen FROM enroll_register.person p JOIN sample s USING (cnid);
SELECT enroll.register(jsonb_build_object('cnid', cnid::text, 'name', name, 'county', 610802, 'township', township,
           'employment', 'unemployed', 'phone', '13900000' || lpad(i::text, 3, '0'), 'insurances', '[170]'::jsonb)) ->> 'action',
       count(*)
FROM sample_person GROUP BY 1 ORDER BY 1;
SELECT enroll.submit(cnid), count(*) FROM sample GROUP BY 1 ORDER BY 1;
SELECT count(*) AS in_queue_township FROM enroll_register.review_queue q JOIN sample s USING (cnid) WHERE q.level = 'township';
SELECT enroll.review(cnid, 'township', true), count(*) FROM sample GROUP BY 1 ORDER BY 1;
SELECT enroll.review(cnid, 'county', i % 10 <> 0, CASE WHEN i % 10 = 0 THEN '户口所在地与身份证不符' END), count(*)
FROM sample GROUP BY 1 ORDER BY 1;
SELECT g.state, count(*) FROM enroll_register.registration g JOIN sample s USING (cnid) GROUP BY 1 ORDER BY 1;
SELECT count(*) AS as_of_persons, count(*) FILTER (WHERE a.phone LIKE '13900000%') AS as_of_updated
FROM enroll.as_of(NULL::enroll_register.person, now(), persons => (SELECT array_agg(cnid) FROM sample)) a;
SELECT count(*) AS as_of_before, count(*) FILTER (WHERE a.phone LIKE '13900000%') AS updated_before
FROM enroll.as_of(NULL::enroll_register.person, :'before_workflow', persons => (SELECT array_agg(cnid) FROM sample)) a;
SELECT count(*) AS queue_rows, count(*) FILTER (WHERE q.office <> enroll.region_at(q.region, 'county')
                                                 AND q.office <> enroll.region_at(q.region, 'township')) AS misfiled
FROM enroll_register.review_queue q;
SQL
both workflow "$WORK/workflow.sql"
head -30 "$WORK/workflow.$CITUS_DB.out" | sed 's/^/     /'
fi

if wants clerk; then
echo "== a clerk of county 610803: his county only, the same on both"
cat > "$WORK/clerk.sql" <<'SQL'
SET ROLE enroll_cs_clerk_b;
SELECT count(*), count(*) FILTER (WHERE enroll.region_at(region, 'county') <> 610803) FROM enroll_register.person;
SELECT count(*), count(*) FILTER (WHERE enroll.region_at(region, 'county') <> 610803) FROM enroll_register.registration;
SELECT count(*), count(*) FILTER (WHERE enroll.region_at(region, 'county') <> 610803) FROM enroll_register.history;
SELECT count(*) FROM enroll_register.review_queue;
SQL
[ "${AS_OF:-1}" = 0 ] || echo "SELECT count(*) FROM enroll.as_of(NULL::enroll_register.person, now());" >> "$WORK/clerk.sql"
both clerk "$WORK/clerk.sql"
echo "     (persons, foreign; forms, foreign; history, foreign; queue; as_of) $(paste -sd' ' "$WORK/clerk.$CITUS_DB.out")"
check "the clerk sees nothing outside county 610803" "$(awk -F'|' 'NR <= 3 && $2 != 0 { bad = 1 } END { print bad ? "f" : "t" }' "$WORK/clerk.$CITUS_DB.out")"
check "the clerk's persons are those of county 610803 as the owner counts them" "$([ "$(head -1 "$WORK/clerk.$CITUS_DB.out" | cut -d'|' -f1)" = \
	"$(qa "$PLAIN_DB" -c "SELECT count(*) FROM enroll_register.person WHERE enroll.region_at(region, 'county') = 610803")" ] && echo t)"
fi

if wants as_of; then
echo "== the whole register's as_of(), persons and enrolments"
cat > "$WORK/as_of.sql" <<'SQL'
SELECT count(*), count(DISTINCT region) FROM enroll.as_of(NULL::enroll_register.person, now());
SELECT count(*), sum(insurance) FROM enroll.as_of(NULL::enroll_register.enrolment, now());
SQL
both as_of "$WORK/as_of.sql"
echo "     (persons, regions; enrolments, sum of codes) $(paste -sd' ' "$WORK/as_of.$CITUS_DB.out")"
fi

if wants load; then
echo "== enroll-load: two files of $L forms, --jobs 1 then --jobs 2, into both (in turn)"
ENROLL_LOAD_DB=$PLAIN_DB bash test/tools/register_gen_csv.sh "$L" $((N - L / 2 + 1)) > "$WORK/load1.csv"
ENROLL_LOAD_DB=$PLAIN_DB bash test/tools/register_gen_csv.sh "$L" $((N + 1000001)) > "$WORK/load2.csv"
for j in 1 2; do
	for db in "$PLAIN_DB" "$CITUS_DB"; do
		rc=0
		t0=$(ms)
		"$PG_BIN/enroll-load" -q -j $j -d "$db" -r "$WORK/rejects.$db.$j.csv" "$WORK/load$j.csv" > "$WORK/load.$db.$j.out" 2>&1 || rc=$?
		t1=$(ms)
		echo "load$j|$db|$((t1 - t0))|" >> "$WORK/timings"
		echo "   $db --jobs $j: $(tail -1 "$WORK/load.$db.$j.out") [exit $rc, $((t1 - t0)) ms, $((L * 1000 / (t1 - t0 + 1))) rows/s], load $(load)"
		check "the load accounts for every row (exit 4: some rows rejected)" "$([ $rc = 4 ] && echo t)"
	done
	check "--jobs $j: the same rows rejected, with the same reasons ($(($(wc -l < "$WORK/rejects.$CITUS_DB.$j.csv") - 1)) rejects)" \
		"$(cmp -s "$WORK/rejects.$PLAIN_DB.$j.csv" "$WORK/rejects.$CITUS_DB.$j.csv" && echo t)"
done
fi

if wants coverage; then
echo "== coverage_report() of register_population()"
cat > "$WORK/coverage.sql" <<'SQL'
SELECT region, household_population, uninsured, round(rate::numeric, 6), target, rank, standing
FROM enroll.coverage_report($$SELECT * FROM enroll.register_population(NULL, 'pension')$$, 'county', 'pension', 2026)
ORDER BY region;
SQL
both coverage "$WORK/coverage.sql"
sed 's/^/     /' "$WORK/coverage.$CITUS_DB.out"
fi

if wants analyst; then
echo "== an analyst: person_masked and register_summary()"
cat > "$WORK/analyst.sql" <<'SQL'
SET ROLE enroll_cs_analyst;
-- one pass: the rows (count, hashes) and their order
SELECT count(*), sum(('x' || left(md5(m::text), 15))::bit(60)::bigint), bool_and(m.person_key > m.prev OR m.prev IS NULL)
FROM (SELECT m1.*, lag(m1.person_key) OVER () AS prev FROM enroll_register.person_masked m1) m;
SELECT * FROM enroll.register_summary('county');
SQL
both analyst "$WORK/analyst.sql"
sed 's/^/     /' "$WORK/analyst.$CITUS_DB.out"
check "the analyst is refused the persons' table on the cluster" "$({ qa "$CITUS_DB" -c "SET ROLE enroll_cs_analyst" \
	-c "SELECT count(*) FROM enroll_register.person" 2>&1 || true; } | grep -q 'permission denied' && echo t)"
fi

compare_tables 0 "after the workflow and the loads"
echo
echo "| step | one server, ms | cluster, ms | cluster / one server | coordinator peak, one server / cluster |"
echo "|---|--:|--:|--:|--:|"
echo "| fill: register_batch() of $N forms | $fill_ms | | | |"
echo "| copy into the Citus database (pg_dump --data-only) | | $copy_ms | | |"
echo "| distribute_register() of the filled register | | $dist_ms | | |"
awk -F'|' -v plain="$PLAIN_DB" '
	{ key = $1; if (!(key in seen)) { seen[key] = 1; order[++n] = key } if ($2 == plain) { p[key] = $3; pm[key] = $4 } else { c[key] = $3; cm[key] = $4 } }
	END { for (i = 1; i <= n; i++) { k = order[i]; printf "| %s | %d | %d | %.1f× | %s / %s MB |\n", k, p[k], c[k], c[k] / (p[k] ? p[k] : 1), pm[k], cm[k] } }' "$WORK/timings"
echo
echo "citus-register-scale: $([ $FAILS = 0 ] && echo PASS || echo "FAILED ($FAILS)"); files in $WORK"
[ $FAILS = 0 ]
