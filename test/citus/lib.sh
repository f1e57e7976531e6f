# Shared by the register's Citus checks (register.sh, register_scale.sh):
# sourced after the caller has set ROLES (its roles, comma-separated) and WORK.
# Starts the cluster of test/citus/cluster.sh if it is not running (exits
# with its status, 77 without Citus), and defines q and qa (psql on a
# database of the coordinator's server), check, ms, load and
# fresh_registers.
PG_BIN=${ENROLL_PG_ROOT:-}/usr/lib/postgresql/${PG_MAJOR:-15}/bin
CITUS_PORT=${CITUS_PORT:-54460}
export CITUS_PORT
CITUS_DB=${CITUS_DB:-enroll_national}
PLAIN_DB=${PLAIN_DB:-enroll_plain}
FAILS=0

rc=0
bash test/citus/cluster.sh start || rc=$?
[ $rc = 0 ] || exit $rc

export PGHOST=127.0.0.1 PGPORT=$CITUS_PORT PGUSER=postgres
q() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$@"; }
qa() { "$PG_BIN/psql" -X -q -At -v ON_ERROR_STOP=1 -d "$@"; }
check() { # what, condition (t or anything else)
	if [ "$2" = t ]; then echo "ok: $1"; else echo "FAILED: $1"; FAILS=$((FAILS + 1)); fi
}
ms() { date +%s%3N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# The previous run's register and roles go (DROP OWNED on every node: the
# roles hold grants in the extension's schema there too); the plain
# database is made afresh with the extension.
fresh_registers() {
	q "$CITUS_DB" -v roles="$ROLES" >/dev/null <<'SQL'
SET client_min_messages = warning;
SELECT format('DROP TABLE %s CASCADE', string_agg(c.oid::regclass::text, ', '))
FROM pg_class c WHERE c.relnamespace = 'enroll_register'::regnamespace AND c.relkind = 'r' HAVING count(*) > 0 \gexec
SELECT format('DROP OWNED BY %s', string_agg(quote_ident(rolname), ', ')) AS drop_owned, count(*) > 0 AS have_roles
FROM pg_roles WHERE rolname = ANY (string_to_array(replace(:'roles', ' ', ''), ',')) \gset
\if :have_roles
SELECT :'drop_owned' \gexec
SELECT success FROM run_command_on_workers(:'drop_owned');
\endif
SQL
	q postgres -c "DROP DATABASE IF EXISTS $PLAIN_DB" >/dev/null
	q "$CITUS_DB" -c "DROP ROLE IF EXISTS $ROLES" >/dev/null      # from the Citus database: on every node
	q postgres -c "CREATE DATABASE $PLAIN_DB" >/dev/null
	q "$PLAIN_DB" -c "CREATE EXTENSION enroll" >/dev/null
}
