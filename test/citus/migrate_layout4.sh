#!/usr/bin/env bash
# A filled, distributed register of layout 4 migrated to layout 5 on the
# cluster by create_register() (register_migrate_layout4(): the role-name
# columns ALTERed to text on every shard, person.phone's CHECK replaced, the
# views made again with their grants), then written and read.
#
#   bash test/citus/migrate_layout4.sh
#
# Without Citus installed it exits 77 (skipped), as cluster.sh does.
# CITUS_PORT and CITUS_DIR as for cluster.sh; ENROLL_PG_ROOT for the tree.
# It replaces the register of the Citus database (as register.sh does).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d /tmp/enroll-citus-migrate.XXXXXX)
ROLES="enroll_cm_viewer"
. test/citus/lib.sh

echo "== a layout-4 register, distributed and filled, in $CITUS_DB"
fresh_registers
q "$CITUS_DB" >/dev/null 2>"$WORK/setup.log" <<'SQL'
CREATE ROLE enroll_cm_viewer;
SELECT enroll.register_create_layout2();
INSERT INTO enroll_register.register_layout (layout, note) VALUES (2, 'created');
SELECT enroll.register_migrate_layout2('created'), enroll.register_migrate_layout3('created');
SELECT enroll.distribute_register();
GRANT SELECT ON enroll_register.history_rows TO enroll_cm_viewer;
SELECT count(enroll.register(jsonb_build_object('cnid', enroll.cnid('610802800101' || lpad(i::text, 3, '0')), 'name', '榆阳' || chr(19968 + i),
    'county', 610802, 'employment', 'unemployed', 'phone', '1390000' || lpad(i::text, 4, '0'), 'insurances', '[170]'::jsonb)))
FROM generate_series(1, 30) i;
SELECT count(*) FROM enroll.register_batch(ARRAY[1, 2]::bigint[], ARRAY[
    jsonb_build_object('cnid', enroll.cnid('610802800102001')::text, 'name', '批一', 'county', 610802, 'employment', 'student'),
    jsonb_build_object('cnid', enroll.cnid('610802800102002')::text, 'name', '批二', 'county', 610802, 'employment', 'student')]);
SQL
check "layout 4, distributed, actors of type name" "$(qa "$CITUS_DB" -c "SELECT enroll.register_layout_version() = 4
	AND (SELECT atttypid = 'name'::regtype FROM pg_attribute WHERE attrelid = 'enroll_register.history'::regclass AND attname = 'actor')
	AND (SELECT count(*) = 6 FROM citus_tables WHERE table_name::text LIKE 'enroll_register.%' AND citus_table_type = 'distributed')")"
qa "$CITUS_DB" -c "SELECT string_agg(to_jsonb(t)::text, E'\n' ORDER BY to_jsonb(t)::text) FROM (SELECT cnid, id, tbl, key, op, region, actor::text, new FROM enroll_register.history_rows) t" > "$WORK/before.txt"

echo "== create_register()"
out=$(qa "$CITUS_DB" -c "SELECT enroll.create_register()" 2>"$WORK/migrate.log")
check "create_register() migrates it (got $out)" "$([ "$out" = 'migrated from layout 4' ] && echo t)"
check "layout 5: no column of type name left on the coordinator" "$(qa "$CITUS_DB" -c "SELECT enroll.register_layout_version() = 5
	AND NOT EXISTS (SELECT 1 FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
	                WHERE c.relnamespace = 'enroll_register'::regnamespace AND a.atttypid = 'name'::regtype AND a.attnum > 0)")"
check "every shard of history has text actors" "$(qa "$CITUS_DB" -c "SELECT bool_and(result = 'text') AND count(*) = 32
	FROM run_command_on_shards('enroll_register.history',
	  \$c\$SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = '%s'::regclass AND attname = 'session_actor'\$c\$)")"
check "every shard of person checks the phone with phone_is_mobile()" "$(qa "$CITUS_DB" -c "SELECT bool_and(result LIKE '%phone_is_mobile(phone)%') AND count(*) = 32
	FROM run_command_on_shards('enroll_register.person',
	  \$c\$SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '%s'::regclass AND conname LIKE 'person_phone_check%%'\$c\$)")"
check "the grant on history_rows kept" "$(qa "$CITUS_DB" -c "SELECT has_table_privilege('enroll_cm_viewer', 'enroll_register.history_rows', 'SELECT')")"
qa "$CITUS_DB" -c "SELECT string_agg(to_jsonb(t)::text, E'\n' ORDER BY to_jsonb(t)::text) FROM (SELECT cnid, id, tbl, key, op, region, actor::text, new FROM enroll_register.history_rows) t" > "$WORK/after.txt"
check "history_rows the same before and after ($(wc -l < "$WORK/after.txt") rows)" "$(cmp -s "$WORK/before.txt" "$WORK/after.txt" && echo t)"

echo "== written and read after the migration"
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
check "review_queue reads" "$(qa "$CITUS_DB" -c "SELECT count(*) >= 0 FROM enroll_register.review_queue")"

fresh_registers
if [ "$FAILS" = 0 ]; then echo "citus-migrate-layout4: PASS"; rm -rf "$WORK"; else echo "citus-migrate-layout4: $FAILS FAILED; files in $WORK"; exit 1; fi
