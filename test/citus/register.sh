#!/usr/bin/env bash
# The register on a Citus cluster against the same register on one server.
#
#   bash test/citus/register.sh [N]       # N loader rows per file (default 4000)
#
# On the cluster of test/citus/cluster.sh (started if it is not running):
# the register is created in the Citus database and distributed with
# enroll.distribute_register() (twice: the second call changes nothing), and
# created in a plain database (no citus) of the coordinator's server.  Then,
# in both, the same workflow (test/citus/register_workflow.sql: every
# function of the register, as LOGIN clerks of two counties and a township)
# must print the same output, and enroll-load loads two files of N forms
# (--jobs 1, then --jobs 2).  The register's tables must then agree row for
# row, clocks aside (timestamps and xids; history's old/new without their
# timestamps).  It also shows that one person's writes go to one shard group
# on one node (citus.log_remote_commands during register() and review()),
# that a USING join of a distributed table and a local subquery runs, and
# what a clerk sees.  It prints the timings of both sides, taken in turn.
#
# Without Citus installed it exits 77 (skipped), as cluster.sh does.
# CITUS_PORT and CITUS_DIR as for cluster.sh; ENROLL_PG_ROOT for the tree.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-4000}
WORK=$(mktemp -d /tmp/enroll-citus-register.XXXXXX)
chmod a+rwx "$WORK"
ROLES="enroll_cr_clerk_a, enroll_cr_clerk_b, enroll_cr_town_a, enroll_cr_analyst, enroll_cr_analyst_nl, enroll_cr_nologin, enroll_cr_member, enroll_cr_group"
. test/citus/lib.sh

echo "== fresh registers: $CITUS_DB (distributed) and $PLAIN_DB (one server, no citus)"
fresh_registers
# LOGIN roles: Citus opens its connections to the workers as the session's role.
q "$CITUS_DB" -c "CREATE ROLE enroll_cr_clerk_a LOGIN" -c "CREATE ROLE enroll_cr_clerk_b LOGIN" \
	-c "CREATE ROLE enroll_cr_town_a LOGIN" >/dev/null
check "roles propagated to every worker" "$(qa "$CITUS_DB" -c "SELECT bool_and(result = '3') FROM run_command_on_workers(
	\$\$SELECT count(*) FROM pg_roles WHERE rolname LIKE 'enroll_cr_%'\$\$)")"

q "$PLAIN_DB" -c "SELECT enroll.create_register()" >/dev/null
q "$CITUS_DB" -c "SELECT enroll.create_register()" >/dev/null 2>&1
out=$(q "$CITUS_DB" -At -c "SELECT enroll.distribute_register()" 2>"$WORK/distribute.log")
check "distribute_register() returns distributed (got $out)" "$([ "$out" = distributed ] && echo t)"
out=$(q "$CITUS_DB" -At -c "SELECT enroll.distribute_register()" 2>&1)
check "a second call returns unchanged (got $out)" "$([ "$out" = unchanged ] && echo t)"
qa "$CITUS_DB" -F ' ' -c "SELECT p.tbl, p.placement, enroll.register_table_placement(p.tbl) FROM enroll.register_placement() p" \
	> "$WORK/placement.txt"
check "every table placed as register_placement() says" \
	"$(awk '$2 != $3 { bad = 1 } END { print bad ? "f" : "t" }' "$WORK/placement.txt")"
check "the person tables in one co-location group of 32 shards" "$(qa "$CITUS_DB" -c "
	SELECT count(DISTINCT colocation_id) = 1 AND min(shard_count) = 32 AND max(shard_count) = 32
	FROM citus_tables WHERE table_name::text LIKE 'enroll_register.%' AND citus_table_type = 'distributed'")"

echo "== the workflow in both databases"
for db in "$CITUS_DB" "$PLAIN_DB"; do
	q "$db" -a -f test/citus/register_workflow.sql > "$WORK/workflow.$db.out" 2>&1 ||
		{ echo "workflow failed in $db:"; tail -20 "$WORK/workflow.$db.out"; FAILS=$((FAILS + 1)); }
done
if diff "$WORK/workflow.$PLAIN_DB.out" "$WORK/workflow.$CITUS_DB.out" > "$WORK/workflow.diff"; then
	check "the workflow prints the same on the cluster as on one server ($(wc -l < "$WORK/workflow.$CITUS_DB.out") lines)" t
else
	check "the workflow prints the same on the cluster as on one server" f
	head -40 "$WORK/workflow.diff"
fi

echo "== one person's writes: one shard group, one node (citus.log_remote_commands)"
a1=$(qa "$CITUS_DB" -c "SELECT enroll.cnid('610802900307001')")
for db in "$PLAIN_DB" "$CITUS_DB"; do   # the same writes in both, logged on the cluster
	q "$db" > "$WORK/remote.log" 2>&1 <<SQL
SET citus.log_remote_commands = on;
SET ROLE enroll_cr_clerk_a;
SELECT enroll.register('{"cnid": "$a1", "name": "张三", "county": 610802, "township": 610802001, "employment": "unemployed",
                          "insurances": [170], "phone": "13800138000"}');
SELECT enroll.submit('$a1'), enroll.review('$a1', 'township', true);
SQL
done
shards=$(grep -o 'enroll_register\.[a-z_]*_[0-9][0-9]*' "$WORK/remote.log" | sed 's/.*_//' | sort -u | paste -sd, -)
tables=$(grep -o 'enroll_register\.[a-z_]*_[0-9][0-9]*' "$WORK/remote.log" | sed 's/_[0-9]*$//' | sort -u | paste -sd' ' -)
echo "   shards touched: $shards ($tables)"
check "register(), submit(), review() of one person touch one shard group on one node" "$(qa "$CITUS_DB" -c "
	SELECT count(DISTINCT s.shardminvalue) = 1 AND count(DISTINCT p.nodeport) = 1 AND count(*) >= 4
	FROM pg_dist_shard s JOIN pg_dist_shard_placement p USING (shardid) WHERE s.shardid IN ($shards)")"
explain=$(q "$CITUS_DB" -c "EXPLAIN (COSTS OFF) SELECT * FROM enroll_register.person WHERE cnid = '$a1'")
check "a person's read is a router query (Task Count: 1)" "$(grep -q 'Task Count: 1$' <<<"$explain" && echo t)"

echo "== USING (cnid) between a distributed table and a local subquery"
out=$(q "$CITUS_DB" -At -c "SET search_path = public" -c "
	SELECT count(*) FROM enroll_register.person JOIN (SELECT cnid FROM (VALUES ('$a1'::enroll.cnid)) v (cnid)) s USING (cnid)" 2>&1)
check "the join runs on the workers, without enroll on the search_path (got $out)" "$([ "$out" = 1 ] && echo t)"
out=$(q "$CITUS_DB" -At -c "SELECT count(*) FROM enroll_register.person JOIN enroll_register.registration USING (cnid)
	JOIN enroll_register.enrolment USING (cnid)" 2>&1)
check "co-located USING joins of three distributed tables (got $out rows)" "$([[ "$out" =~ ^[0-9]+$ ]] && echo t)"

echo "== enroll-load: two files of $N forms, --jobs 1 then --jobs 2, into both (in turn)"
ENROLL_LOAD_DB=$PLAIN_DB bash test/tools/register_gen_csv.sh "$N" 1000001 > "$WORK/forms1.csv"
ENROLL_LOAD_DB=$PLAIN_DB bash test/tools/register_gen_csv.sh "$N" 2000001 > "$WORK/forms2.csv"
for j in 1 2; do
	for db in "$PLAIN_DB" "$CITUS_DB"; do
		rc=0
		t0=$(ms)
		"$PG_BIN/enroll-load" -q -j $j -d "$db" -r "$WORK/rejects.$db.$j.csv" "$WORK/forms$j.csv" > "$WORK/load.$db.$j.out" 2>&1 || rc=$?
		t1=$(ms)
		echo "   $db --jobs $j: $(tail -1 "$WORK/load.$db.$j.out") [exit $rc, $((t1 - t0)) ms]"
		check "the load accounts for every row (exit 4: some rows rejected)" "$([ $rc = 4 ] && echo t)"
	done
	check "the same rows rejected, with the same reasons" \
		"$(cmp -s "$WORK/rejects.$PLAIN_DB.$j.csv" "$WORK/rejects.$CITUS_DB.$j.csv" && echo t)"
done

echo "== the register's tables, row for row (clocks aside)"
cat > "$WORK/dump.sql" <<'SQL'
\pset footer off
\a
\t
SELECT 'person', cnid, name, sex, birth, region, hukou, address, phone, employment, employer, died_on, version, updated_by
FROM enroll_register.person ORDER BY cnid;
SELECT 'registration', cnid, region, state, return_reason, not_insured_reason, insured_elsewhere, form, collected_by, township_by, county_by
FROM enroll_register.registration ORDER BY cnid;
SELECT 'enrolment', cnid, insurance, region FROM enroll_register.enrolment ORDER BY cnid, insurance;
SELECT 'person_flag', cnid, flag, region, note, set_by FROM enroll_register.person_flag ORDER BY cnid, flag;
SELECT 'problem', cnid, id, region, reason, detail, opened_by, closed_at IS NULL, closed_by FROM enroll_register.problem ORDER BY cnid, id;
-- (history: each row's place among its person's rows, not its id, which
-- the two loader jobs of --jobs 2 draw in either order)
SELECT 'history', cnid, row_number() OVER (PARTITION BY cnid ORDER BY id), tbl, key, op, region, actor, session_actor,
       old - ARRAY['updated_at', 'collected_at', 'since', 'set_at', 'opened_at', 'closed_at'],
       new - ARRAY['updated_at', 'collected_at', 'since', 'set_at', 'opened_at', 'closed_at']
FROM enroll_register.history ORDER BY cnid, id;
SELECT 'lookup_audit', cnid, id, asked_by, session_role, answer FROM enroll_register.lookup_audit ORDER BY cnid, id;
SELECT 'region_local', count(*) FROM enroll_register.region_local;
SELECT 'coverage_target', count(*) FROM enroll_register.coverage_target;
SELECT 'register_layout', layout, note FROM enroll_register.register_layout ORDER BY layout;
SELECT 'register_secret', count(*) FROM enroll_register.register_secret;
SQL
for db in "$PLAIN_DB" "$CITUS_DB"; do q "$db" -f "$WORK/dump.sql" > "$WORK/tables.$db.txt"; done
for t in person registration enrolment person_flag problem history lookup_audit register_layout; do
	a=$(grep -c "^$t|" "$WORK/tables.$PLAIN_DB.txt" || true)
	if diff <(grep "^$t|" "$WORK/tables.$PLAIN_DB.txt") <(grep "^$t|" "$WORK/tables.$CITUS_DB.txt") > "$WORK/diff.$t"; then
		check "$t: $a rows, the same on both" t
	else
		check "$t: $a rows on one server, $(grep -c "^$t|" "$WORK/tables.$CITUS_DB.txt" || true) on the cluster; differences in $WORK/diff.$t" f
	fi
done

echo "== a clerk's reads on the cluster: region-scoped, as on one server"
for db in "$PLAIN_DB" "$CITUS_DB"; do
	q "$db" -At > "$WORK/clerk.$db.txt" <<'SQL'
SET ROLE enroll_cr_clerk_b;
SELECT count(*), count(*) FILTER (WHERE enroll.region_at(region, 'county') <> 610803) FROM enroll_register.person;
SELECT count(*), count(*) FILTER (WHERE enroll.region_at(region, 'county') <> 610803) FROM enroll_register.history;
SELECT count(*) FROM enroll_register.review_queue;
SELECT count(*) FROM enroll.as_of(NULL::enroll_register.person, now());
SQL
done
echo "   clerk B (persons, foreign; history, foreign; queue; as_of): $(paste -sd' ' "$WORK/clerk.$CITUS_DB.txt")"
check "clerk B sees the same on both, nothing outside county 610803" \
	"$(cmp -s "$WORK/clerk.$PLAIN_DB.txt" "$WORK/clerk.$CITUS_DB.txt" && awk -F'|' 'NR <= 2 && $2 != 0 { bad = 1 } END { print bad ? "f" : "t" }' "$WORK/clerk.$CITUS_DB.txt")"
check "a worker refuses the register's functions" "$({ PGPORT=$((CITUS_PORT + 1)) "$PG_BIN/psql" -X -q -d "$CITUS_DB" \
	-c "SELECT enroll.submit('$a1')" 2>&1 || true; } | grep -q 'used through the coordinator' && echo t)"

echo "== analysts, and roles without LOGIN"
q "$CITUS_DB" -c "CREATE ROLE enroll_cr_analyst LOGIN" -c "CREATE ROLE enroll_cr_analyst_nl" -c "CREATE ROLE enroll_cr_nologin" \
	-c "CREATE ROLE enroll_cr_group" -c "CREATE ROLE enroll_cr_member LOGIN IN ROLE enroll_cr_group" >/dev/null
# (the cluster first: roles are the server's, and a grant_region() that
# finds the role granted already, from the plain database, grants nothing
# that Citus could carry to the workers)
for db in "$CITUS_DB" "$PLAIN_DB"; do
	q "$db" -c "SELECT enroll.grant_analyst('enroll_cr_analyst'), enroll.grant_analyst('enroll_cr_analyst_nl')" >/dev/null
	q "$db" -c "SELECT enroll.grant_region('enroll_cr_nologin', 610803)" -c "SELECT enroll.grant_region('enroll_cr_group', 610803)" \
		> "$WORK/grant.$db.txt" 2>&1
	# the masked rows (each register has its own key: the keys compared by
	# their number and order, the rest as a multiset)
	q "$db" -At > "$WORK/masked.$db.txt" <<'SQL'
SET ROLE enroll_cr_analyst;
SELECT count(*), count(DISTINCT person_key), bool_and(person_key > prev OR prev IS NULL)
FROM (SELECT person_key, lag(person_key) OVER () AS prev FROM enroll_register.person_masked) m;
SELECT sex, birth_year, county, township, employment, deceased, state, insurances, flags, count(*)
FROM enroll_register.person_masked GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
SQL
done
check "an analyst reads person_masked on the cluster, as on one server ($(head -1 "$WORK/masked.$CITUS_DB.txt"): persons, keys, in key order)" \
	"$(cmp -s "$WORK/masked.$PLAIN_DB.txt" "$WORK/masked.$CITUS_DB.txt" && [ "$(head -1 "$WORK/masked.$CITUS_DB.txt" | cut -d'|' -f3)" = t ] && echo t)"
check "an analyst without LOGIN (SET ROLE) reads person_masked on the cluster" "$([ "$(qa "$CITUS_DB" -c "SET ROLE enroll_cr_analyst_nl" \
	-c "SELECT count(*) FROM enroll_register.person_masked" 2>&1)" = "$(head -1 "$WORK/masked.$CITUS_DB.txt" | cut -d'|' -f1)" ] && echo t)"
check "an analyst reads no person's table" "$({ qa "$CITUS_DB" -c "SET ROLE enroll_cr_analyst" -c "SELECT count(*) FROM enroll_register.person" 2>&1 || true; } |
	grep -q 'permission denied for table person' && echo t)"
check "grant_region() to a role without LOGIN: a warning on the cluster ($(grep -c 'cannot log in' "$WORK/grant.$CITUS_DB.txt")), none on one server" \
	"$([ "$(grep -c 'WARNING:  role enroll_cr_nologin cannot log in' "$WORK/grant.$CITUS_DB.txt")" = 1 ] &&
	   grep -q 'HINT:  Give the role LOGIN' "$WORK/grant.$CITUS_DB.txt" && ! grep -q WARNING "$WORK/grant.$PLAIN_DB.txt" && echo t)"
out=$(q "$CITUS_DB" -At -c "SELECT enroll.distribute_register()" 2>&1)
check "distribute_register() names the roles without LOGIN that hold regions" \
	"$(grep -q 'role enroll_cr_group cannot log in' <<<"$out" && grep -q 'role enroll_cr_nologin cannot log in' <<<"$out" && grep -q '^unchanged$' <<<"$out" && echo t)"
out=$({ qa "$CITUS_DB" -c "SET ROLE enroll_cr_nologin" -c "SELECT count(*) FROM enroll_register.person" 2>&1 || true; })
echo "   SET ROLE to a role without LOGIN, then a read: $out"
check "as warned, the workers refuse it" "$(grep -q 'is not permitted to log in' <<<"$out" && echo t)"
clerk_b=$(head -1 "$WORK/clerk.$CITUS_DB.txt" | cut -d'|' -f1)
check "a LOGIN member of a group without LOGIN reads the group's county ($clerk_b persons, as clerk B)" \
	"$([ "$(PGUSER=enroll_cr_member qa "$CITUS_DB" -c "SELECT count(*) FROM enroll_register.person")" = "$clerk_b" ] &&
	   [ "$(qa "$CITUS_DB" -c "SET ROLE enroll_cr_member" -c "SELECT count(*) FROM enroll_register.person")" = "$clerk_b" ] && echo t)"

echo "== register() tps (after the comparison): pgbench, 1 client, ${TPS_SECONDS:-10} s each, in turn"
cat > "$WORK/register.pgbench" <<'EOF'
\set i random(0, 335999)
SELECT enroll.register(jsonb_build_object('cnid', enroll.cnid('61080385' || lpad((1 + :i % 12)::text, 2, '0')
    || lpad((1 + :i / 12 % 28)::text, 2, '0') || lpad((:i / 336)::text, 3, '0'))::text,
    'name', '测试', 'county', 610803, 'employment', 'unemployed', 'phone', '13900000000', 'insurances', '[170]'::jsonb));
EOF
for db in "$PLAIN_DB" "$CITUS_DB" "$PLAIN_DB" "$CITUS_DB"; do
	tps=$("$PG_BIN/pgbench" -n -c 1 -T "${TPS_SECONDS:-10}" -f "$WORK/register.pgbench" "$db" 2>&1 |
		sed -n 's/^tps = \([0-9.]*\).*/\1/p')
	echo "   $db: register() $tps tps"
done

echo "citus-register: $([ $FAILS = 0 ] && echo PASS || echo "FAILED ($FAILS)"); files in $WORK"
[ $FAILS = 0 ]
