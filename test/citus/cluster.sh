#!/usr/bin/env bash
# A throwaway Citus cluster on 127.0.0.1: one coordinator and two workers,
# each with citus and enroll created in the database $CITUS_DB.
#
#   bash test/citus/cluster.sh start | stop | status | psql [ARGS…] | env
#
# It assumes Citus is already installed in the server tree it runs (the
# system one, or $ENROLL_PG_ROOT made by `test/tools/run.sh pgcopy`), and
# enroll too (`test/tools/run.sh build` with the same ENROLL_PG_ROOT).  It
# builds nothing.  Without Citus it says so and exits with status 77, the
# usual "skipped" code, so that callers can tell a skip from a failure.
#
# CITUS_PORT (default 54460) is the coordinator's port; the workers listen
# on the next two.  CITUS_DB (default enroll_national) is the database; start
# on a running cluster adds it when it is missing, so that two scripts can
# use one cluster side by side.  CITUS_DIR (default /tmp/enroll-citus-$CITUS_PORT) holds
# the three data directories and their logs.
set -euo pipefail

PG_MAJOR=${PG_MAJOR:-15}
PG_BIN=${ENROLL_PG_ROOT:-}/usr/lib/postgresql/$PG_MAJOR/bin
CITUS_PORT=${CITUS_PORT:-54460}
CITUS_DIR=${CITUS_DIR:-/tmp/enroll-citus-$CITUS_PORT}
CITUS_DB=${CITUS_DB:-enroll_national}
PORTS=("$CITUS_PORT" $((CITUS_PORT + 1)) $((CITUS_PORT + 2)))
NAMES=(coordinator worker1 worker2)

as_pg() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Exit 77 (skipped) unless both extensions are installed in this tree.
require_citus() {
	local pkglib sharedir
	pkglib=$("$PG_BIN/pg_config" --pkglibdir)
	sharedir=$("$PG_BIN/pg_config" --sharedir)
	if [ ! -f "$pkglib/citus.so" ]; then
		echo "SKIP: Citus is not installed in $pkglib (see doc/scale-out.md)" >&2
		exit 77
	fi
	if [ ! -f "$sharedir/extension/enroll.control" ]; then
		echo "SKIP: enroll is not installed in $sharedir; run test/tools/run.sh build" >&2
		exit 77
	fi
}

node_sql() {
	local port=$1
	shift
	as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"
}

init_node() {
	local name=$1 port=$2 data=$CITUS_DIR/$1
	as_pg "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 \
		--locale=C.UTF-8 >"$CITUS_DIR/$name-initdb.log" 2>&1 ||
		{ cat "$CITUS_DIR/$name-initdb.log" >&2; exit 1; }
	cat >>"$data/postgresql.conf" <<EOF
shared_preload_libraries = 'citus'
listen_addresses = '127.0.0.1'
unix_socket_directories = '$CITUS_DIR'
port = $port
fsync = off
full_page_writes = off
synchronous_commit = off
shared_buffers = ${CITUS_SHARED_BUFFERS:-256MB}
work_mem = 64MB
max_connections = 200
max_worker_processes = 32
max_parallel_workers_per_gather = 0
EOF
	as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$CITUS_DIR/$name.log" -w start >/dev/null
	node_sql "$port" -d postgres -c "CREATE DATABASE $CITUS_DB"
	node_sql "$port" -d "$CITUS_DB" -c "CREATE EXTENSION citus" -c "CREATE EXTENSION enroll"
}

# Another database on a running cluster: citus and enroll on every node,
# the nodes registered in it (Citus keeps its metadata per database).
add_db() {
	local i
	for i in 0 1 2; do
		node_sql "${PORTS[$i]}" -d postgres -c "CREATE DATABASE $CITUS_DB"
		node_sql "${PORTS[$i]}" -d "$CITUS_DB" -c "CREATE EXTENSION citus" -c "CREATE EXTENSION enroll"
	done
	node_sql "${PORTS[0]}" -d "$CITUS_DB" \
		-c "SELECT citus_set_coordinator_host('127.0.0.1', ${PORTS[0]})" \
		-c "SELECT citus_add_node('127.0.0.1', ${PORTS[1]})" \
		-c "SELECT citus_add_node('127.0.0.1', ${PORTS[2]})" >/dev/null
	echo "database $CITUS_DB added to the running cluster"
}

start() {
	require_citus
	if running >/dev/null 2>&1; then
		[ "$(node_sql "${PORTS[0]}" -d postgres -At -c "SELECT count(*) FROM pg_database WHERE datname = '$CITUS_DB'")" = 1 ] || add_db
		return 0
	fi
	stop
	rm -rf "$CITUS_DIR"
	mkdir -p "$CITUS_DIR"
	[ "$(id -u)" = 0 ] && chown postgres: "$CITUS_DIR"
	local i
	for i in 0 1 2; do init_node "${NAMES[$i]}" "${PORTS[$i]}"; done
	node_sql "${PORTS[0]}" -d "$CITUS_DB" \
		-c "SELECT citus_set_coordinator_host('127.0.0.1', ${PORTS[0]})" \
		-c "SELECT citus_add_node('127.0.0.1', ${PORTS[1]})" \
		-c "SELECT citus_add_node('127.0.0.1', ${PORTS[2]})" >/dev/null
	echo "Citus cluster up: coordinator 127.0.0.1:${PORTS[0]}, workers :${PORTS[1]} :${PORTS[2]}, database $CITUS_DB"
}

stop() {
	local name
	for name in "${NAMES[@]}"; do
		[ -d "$CITUS_DIR/$name" ] || continue
		as_pg "$PG_BIN/pg_ctl" -D "$CITUS_DIR/$name" -m fast -w stop >/dev/null 2>&1 || true
	done
}

running() {
	local name
	for name in "${NAMES[@]}"; do
		as_pg "$PG_BIN/pg_ctl" -D "$CITUS_DIR/$name" status >/dev/null 2>&1 || return 1
	done
}

status() {
	running || return 1
	node_sql "${PORTS[0]}" -d "$CITUS_DB" -At \
		-c "SELECT nodename || ':' || nodeport FROM pg_dist_node ORDER BY nodeport"
}

case ${1:-} in
start) start ;;
stop) stop ;;
status) status ;;
psql) shift; node_sql "${PORTS[0]}" -d "$CITUS_DB" "$@" ;;
env) echo "PGHOST=127.0.0.1 PGPORT=${PORTS[0]} PGUSER=postgres PGDATABASE=$CITUS_DB" ;;
*) echo "usage: $0 start|stop|status|psql [ARGS…]|env" >&2; exit 2 ;;
esac
