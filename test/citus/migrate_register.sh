#!/usr/bin/env bash
# A filled, distributed register of layout 2, 3 or 4 migrated to layout 5 on
# the cluster by create_register() (register_migrate_layout2() to 4(): the
# foreign keys dropped, the history's checks added, the role-name columns
# ALTERed to text on every shard, person.phone's CHECK replaced, the views
# made again with their grants), then written and read.
#
#   bash test/citus/migrate_register.sh [layouts]     # default "2 3 4"
#
# Without Citus installed it exits 77 (skipped), as cluster.sh does.
# CITUS_PORT and CITUS_DIR as for cluster.sh; ENROLL_PG_ROOT for the tree.
# It replaces the register of the Citus database (as register.sh does).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d /tmp/enroll-citus-migrate.XXXXXX)
ROLES="enroll_cm_viewer"
. test/citus/lib.sh

history_of() { # the history table's rows, as text
	qa "$CITUS_DB" -c "SELECT string_agg(r, E'\n' ORDER BY r) FROM (SELECT to_jsonb(t)::text AS r FROM (SELECT cnid, id, tbl, key, op, region,
		actor::text, session_actor::text, old, new FROM enroll_register.history) t) s"
}

for from in ${1:-2 3 4}; do
echo "== a layout-$from register, distributed and filled, in $CITUS_DB"
fresh_registers
q "$CITUS_DB" -v from="$from" >/dev/null 2>"$WORK/setup.$from.log" <<'SQL'
CREATE ROLE enroll_cm_viewer;
SELECT enroll.register_create_layout2();
INSERT INTO enroll_register.register_layout (layout, note) VALUES (2, 'created');
SELECT enroll.register_migrate_layout2('created') WHERE :from >= 3;
SELECT enroll.register_migrate_layout3('created') WHERE :from >= 4;
SELECT enroll.distribute_register();
GRANT SELECT ON enroll_register.review_queue TO enroll_cm_viewer WITH GRANT OPTION;
SELECT count(enroll.register(jsonb_build_object('cnid', enroll.cnid('610802800101' || lpad(i::text, 3, '0')), 'name', '榆阳' || chr(19968 + i),
    'county', 610802, 'employment', 'unemployed', 'phone', '1390000' || lpad(i::text, 4, '0'), 'insurances', '[170]'::jsonb)))
FROM generate_series(1, 30) i;
SELECT count(*) FROM enroll.register_batch(ARRAY[1, 2]::bigint[], ARRAY[
    jsonb_build_object('cnid', enroll.cnid('610802800102001')::text, 'name', '批一', 'county', 610802, 'employment', 'student'),
    jsonb_build_object('cnid', enroll.cnid('610802800102002')::text, 'name', '批二', 'county', 610802, 'employment', 'student')])
WHERE :from >= 4;
SQL
check "layout $from, distributed, actors of type name" "$(qa "$CITUS_DB" -c "SELECT enroll.register_layout_version() = $from
	AND (SELECT atttypid = 'name'::regtype FROM pg_attribute WHERE attrelid = 'enroll_register.history'::regclass AND attname = 'actor')
	AND (SELECT count(*) = 6 FROM citus_tables WHERE table_name::text LIKE 'enroll_register.%' AND citus_table_type = 'distributed')")"
history_of > "$WORK/before.$from.txt"

out=$(qa "$CITUS_DB" -c "SELECT enroll.create_register()" 2>"$WORK/migrate.$from.log")
check "create_register() migrates layout $from (got $out)" "$([ "$out" = "migrated from layout $from" ] && echo t)"
check "layout 5: no column of type name left, no foreign key" "$(qa "$CITUS_DB" -c "SELECT enroll.register_layout_version() = 5
	AND NOT EXISTS (SELECT 1 FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
	                WHERE c.relnamespace = 'enroll_register'::regnamespace AND a.atttypid = 'name'::regtype AND a.attnum > 0)
	AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND connamespace = 'enroll_register'::regnamespace)")"
check "every shard of history has text actors" "$(qa "$CITUS_DB" -c "SELECT bool_and(result = 'text') AND count(*) = 32
	FROM run_command_on_shards('enroll_register.history',
	  \$c\$SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = '%s'::regclass AND attname = 'session_actor'\$c\$)")"
check "every shard of person checks the phone with phone_is_mobile()" "$(qa "$CITUS_DB" -c "SELECT bool_and(result LIKE '%phone_is_mobile(phone)%') AND count(*) = 32
	FROM run_command_on_shards('enroll_register.person',
	  \$c\$SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '%s'::regclass AND conname LIKE 'person_phone_check%%'\$c\$)")"
check "the grant on review_queue kept, with its grant option" "$(qa "$CITUS_DB" -c "SELECT has_table_privilege('enroll_cm_viewer', 'enroll_register.review_queue', 'SELECT WITH GRANT OPTION')")"
history_of > "$WORK/after.$from.txt"
check "the history the same before and after ($(grep -c . "$WORK/after.$from.txt") rows)" "$(cmp -s "$WORK/before.$from.txt" "$WORK/after.$from.txt" && echo t)"

check "register() inserts" "$(qa "$CITUS_DB" -c "SELECT enroll.register(jsonb_build_object('cnid', enroll.cnid('610802800103001')::text,
	'name', '新一', 'county', 610802, 'employment', 'student', 'phone', '13800138000')) ->> 'action' = 'inserted'")"
check "register_batch() inserts" "$(qa "$CITUS_DB" -c "SELECT bool_and(action = 'inserted') FROM enroll.register_batch(ARRAY[1]::bigint[],
	ARRAY[jsonb_build_object('cnid', enroll.cnid('610802800103002')::text, 'name', '批三', 'county', 610802, 'employment', 'student')])")"
check "a bad phone refused by the CHECK on the shards" "$(qa "$CITUS_DB" -c "DO \$\$ BEGIN
	UPDATE enroll_register.person SET phone = '12345678901' WHERE cnid = enroll.cnid('610802800103001');
	RAISE EXCEPTION 'accepted';
	EXCEPTION WHEN check_violation THEN NULL; END \$\$" 2>&1 && echo t)"
check "as_of() of now = the persons" "$(qa "$CITUS_DB" -c "SELECT count(*) = (SELECT count(*) FROM enroll_register.person)
	FROM enroll.as_of(NULL::enroll_register.person, now())")"
check "history_rows and review_queue read" "$(qa "$CITUS_DB" -c "SELECT (SELECT count(*) FROM enroll_register.history_rows) > 30
	AND (SELECT count(*) >= 0 FROM enroll_register.review_queue)")"
done

fresh_registers
if [ "$FAILS" = 0 ]; then echo "citus-migrate-register: PASS"; rm -rf "$WORK"; else echo "citus-migrate-register: $FAILS FAILED; files in $WORK"; exit 1; fi
