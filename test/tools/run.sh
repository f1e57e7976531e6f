#!/usr/bin/env bash
# enroll's one entry point for setup, the demo and the tests.
#
#   bash test/tools/run.sh demo     # what `make demo` runs (README command 1)
#   bash test/tools/run.sh test     # what `make test` runs (README command 2)
#   bash test/tools/run.sh setup|build|start|stop|psql
#   bash test/tools/run.sh pgcopy DIR   # a private copy of the server tree
#
# ENROLL_PG_ROOT=DIR (made by `pgcopy DIR`) builds, installs and runs against
# a copy of Debian's PostgreSQL tree instead of the system one, so that two
# people (or helpers) working side by side do not install over each other.
#
# Run as root on a fresh Debian 12 machine it installs what is missing with
# apt-get.  The throwaway cluster lives in $ENROLL_CLUSTER_DIR (default under
# /tmp), listens on a Unix socket there and on no TCP port, and runs as the
# `postgres` user when we are root (the server refuses to run as root).
set -euo pipefail

cd "$(dirname "$0")/../.."
REPO=$(pwd)
PG_MAJOR=${PG_MAJOR:-15}
export PG_BIN=${ENROLL_PG_ROOT:-}/usr/lib/postgresql/$PG_MAJOR/bin
export PG_CONFIG=${PG_CONFIG:-$PG_BIN/pg_config}
CLUSTER_DIR=${ENROLL_CLUSTER_DIR:-/tmp/enroll-cluster-$(printf '%s' "$REPO" | md5sum | cut -c1-8)}
PGPORT_LOCAL=${ENROLL_PORT:-54315}
DEMO_DB=${ENROLL_DEMO_DB:-enroll_demo}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}

PACKAGES=(
	make gcc clang libclang-rt-14-dev          # build, libFuzzer + sanitizers
	"postgresql-$PG_MAJOR" "postgresql-server-dev-$PG_MAJOR" libpq-dev
	libicu-dev pkg-config                      # Unicode normalisation
	iso-codes unicode-data                     # ISO 3166-1, Unihan
	python3                                    # tools/gen_unihan.py
	valgrind                                   # test/tools/valgrind_linkage.sh
	"postgresql-$PG_MAJOR-pgtap" libtap-parser-sourcehandler-pgtap-perl  # pgTAP, pg_prove
	libipc-run-perl                            # TAP tests (PostgreSQL::Test::Cluster)
)

log() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

as_pg() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

setup() {
	local missing=() p
	for p in "${PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
	done
	if [ ${#missing[@]} -gt 0 ]; then
		log "installing: ${missing[*]}"
		if [ "$(id -u)" != 0 ]; then
			echo "run as root, or install these Debian packages first: ${missing[*]}" >&2
			exit 1
		fi
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	fi
}

build() {
	log "build and install (PG_CONFIG=$PG_CONFIG)"
	make -s -j"$JOBS" PG_CONFIG="$PG_CONFIG"
	if [ "$(id -u)" = 0 ] || [ -w "$("$PG_CONFIG" --pkglibdir)" ]; then
		make -s install PG_CONFIG="$PG_CONFIG"
	else
		sudo make -s install PG_CONFIG="$PG_CONFIG"
	fi
}

pgenv() {
	export PGHOST=$CLUSTER_DIR PGPORT=$PGPORT_LOCAL PGUSER=postgres
}

start() {
	pgenv
	if [ -f "$CLUSTER_DIR/data/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/data" status >/dev/null 2>&1; then
		return 0
	fi
	log "throwaway cluster in $CLUSTER_DIR (Unix socket only)"
	rm -rf "$CLUSTER_DIR"
	mkdir -p "$CLUSTER_DIR"
	[ "$(id -u)" = 0 ] && chown postgres: "$CLUSTER_DIR"
	as_pg "$PG_BIN/initdb" -D "$CLUSTER_DIR/data" -U postgres --auth=trust \
		--encoding=UTF8 --locale=C.UTF-8 >"$CLUSTER_DIR/initdb.log" 2>&1 ||
		{ cat "$CLUSTER_DIR/initdb.log"; exit 1; }
	cat >>"$CLUSTER_DIR/data/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$CLUSTER_DIR'
port = $PGPORT_LOCAL
fsync = off
full_page_writes = off
synchronous_commit = off
shared_buffers = ${ENROLL_SHARED_BUFFERS:-512MB}
work_mem = 64MB
maintenance_work_mem = 512MB
max_parallel_workers_per_gather = 2
EOF
	as_pg "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w start >/dev/null
}

stop() {
	[ -d "$CLUSTER_DIR/data" ] || return 0
	as_pg "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
}

# A relocatable copy of the server tree: Debian's binaries find their
# libraries and share files relative to themselves; headers stay shared.
pgcopy() {
	local dir=${1:?usage: run.sh pgcopy DIR}
	mkdir -p "$dir/usr/lib/postgresql" "$dir/usr/share/postgresql" "$dir/usr/include"
	cp -a "/usr/lib/postgresql/$PG_MAJOR" "$dir/usr/lib/postgresql/"
	cp -a "/usr/share/postgresql/$PG_MAJOR" "$dir/usr/share/postgresql/"
	[ -e "$dir/usr/include/postgresql" ] || ln -s /usr/include/postgresql "$dir/usr/include/postgresql"
	chmod -R a+rX "$dir"
	echo "export ENROLL_PG_ROOT=$dir"
}

connect_hint() {
	cat <<EOF

To explore, connect with:
    psql -h $CLUSTER_DIR -p $PGPORT_LOCAL -U postgres $DEMO_DB
then:  SET search_path = public, enroll;
Stop the cluster with:  bash test/tools/run.sh stop
EOF
}

demo() {
	setup
	build
	start
	log "demo database $DEMO_DB"
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DEMO_DB" -c "CREATE DATABASE $DEMO_DB ENCODING 'UTF8' TEMPLATE template0"
	psql -X -v ON_ERROR_STOP=1 -d "$DEMO_DB" -f test/tools/demo.sql
	connect_hint
}

# Counters for the closing "N passed, N failed" line.
PASSED=0
FAILED=0
STAGES_FAILED=()

stage_result() { # name passed failed
	PASSED=$((PASSED + $2))
	FAILED=$((FAILED + $3))
	[ "$3" = 0 ] || STAGES_FAILED+=("$1")
}

run_regress() {
	log "pg_regress"
	local out rc=0 total failed
	out=$(make -s installcheck PG_CONFIG="$PG_CONFIG" 2>&1) || rc=$?
	printf '%s\n' "$out"
	total=$(ls sql/*.sql | wc -l)
	failed=$(printf '%s\n' "$out" | grep -cE '^(not ok|test .*\.\.\. FAILED| .*FAILED)' || true)
	if [ $rc != 0 ] && [ "$failed" = 0 ]; then failed=$total; fi
	[ -f regression.diffs ] && [ $rc != 0 ] && head -200 regression.diffs
	stage_result pg_regress $((total - failed)) "$failed"
}

run_pgtap() {
	log "pgTAP (pg_prove)"
	local db=enroll_pgtap out rc=0 tests failed
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
	psql -X -q -d "$db" -c "CREATE EXTENSION pgtap" -c "CREATE EXTENSION enroll"
	out=$(pg_prove -d "$db" --ext .sql -r test/pgtap 2>&1) || rc=$?
	printf '%s\n' "$out"
	tests=$(printf '%s\n' "$out" | sed -n 's/.*Tests=\([0-9]*\).*/\1/p' | tail -1)
	failed=$(printf '%s\n' "$out" | sed -n 's/^Failed \([0-9]*\)\/.*/\1/p' | awk '{s+=$1} END {print s+0}')
	tests=${tests:-0}
	if [ $rc != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
	stage_result pgtap $((tests - failed)) "$failed"
}

run_unit() {
	log "C unit tests"
	local out rc=0 p f
	out=$(make -s unit PG_CONFIG="$PG_CONFIG" 2>&1) || rc=$?
	printf '%s\n' "$out"
	p=$(printf '%s\n' "$out" | sed -n 's/^unit: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' | awk '{s+=$1} END {print s+0}')
	f=$(printf '%s\n' "$out" | sed -n 's/^unit: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' | awk '{s+=$1} END {print s+0}')
	if [ $rc != 0 ] && [ "$f" = 0 ]; then f=1; fi
	stage_result unit "$p" "$f"
}

run_fuzz() {
	log "fuzz (short run; FUZZ_SECONDS=${FUZZ_SECONDS:-20} per target)"
	local rc=0 fz ok=0 bad=0
	make -s fuzzers PG_CONFIG="$PG_CONFIG" || { stage_result fuzz 0 1; return; }
	for fz in test/fuzz/*_fuzz; do
		[ -x "$fz" ] || continue
		local corpus="test/fuzz/corpus-run/$(basename "$fz")"
		mkdir -p "$corpus"
		rc=0
		"$fz" -max_total_time="${FUZZ_SECONDS:-20}" -print_final_stats=0 -timeout=10 \
			-artifact_prefix="test/fuzz/corpus-run/" "$corpus" "test/fuzz/seeds" >"$corpus.log" 2>&1 || rc=$?
		if [ $rc = 0 ]; then ok=$((ok + 1)); echo "$fz: no crash ($(grep -c '^#' "$corpus.log" || true) status lines)"
		else bad=$((bad + 1)); echo "$fz: FAILED"; tail -40 "$corpus.log"; fi
	done
	stage_result fuzz "$ok" "$bad"
}

# Integration tests of the register (issue 6) against the running cluster:
# the loader on GB18030 input with bad rows, 8 concurrent clients, and a
# SIGKILL of the postmaster during a load (last: it restarts the cluster).
run_register_integration() {
	log "register integration: loader, concurrency, crash safety"
	local t ok=0 bad=0
	export ENROLL_CLUSTER_DIR=$CLUSTER_DIR ENROLL_PORT=$PGPORT_LOCAL
	for t in "register_load_test.sh ${LOADER_ROWS:-5000} gb18030" \
	         "register_concurrency.sh ${CONCURRENCY_SECONDS:-10} 8" \
	         "register_crash_test.sh ${CRASH_ROWS:-20000}"; do
		set -- $t
		if bash "test/tools/$1" "${@:2}" >"$CLUSTER_DIR/$1.log" 2>&1; then
			ok=$((ok + 1)); echo "$1: PASS"; grep -E '^(ok|not ok|  )' "$CLUSTER_DIR/$1.log" | head -20 || true
		else
			bad=$((bad + 1)); echo "$1: FAILED"; tail -40 "$CLUSTER_DIR/$1.log"
		fi
	done
	stage_result register-integration "$ok" "$bad"
}

# TAP tests (test/t/*.pl) manage servers of their own with PostgreSQL's
# PostgreSQL::Test::Cluster (shipped with the server headers, under pgxs):
# backup and restore of the register, the upgrade from 0.1.0.  initdb
# refuses root, so as root they run as postgres.
run_tap() {
	log "TAP (PostgreSQL::Test::Cluster)"
	local dir out rc=0 tests failed pgxs
	pgxs=$("$PG_CONFIG" --pkglibdir)/pgxs
	dir=$(mktemp -d /tmp/enroll-tap.XXXXXX)
	[ "$(id -u)" = 0 ] && chown postgres "$dir"
	out=$(as_pg env PATH="$PG_BIN:$PATH" PERL5LIB="$pgxs/src/test/perl" TESTDIR="$dir" \
		PG_REGRESS="$pgxs/src/test/regress/pg_regress" prove --ext .pl test/t/ 2>&1) || rc=$?
	printf '%s\n' "$out"
	tests=$(printf '%s\n' "$out" | sed -n 's/^Files=[0-9]*, Tests=\([0-9]*\).*/\1/p' | tail -1)
	failed=$(printf '%s\n' "$out" | sed -n 's/.*Failed \([0-9]*\)\/[0-9]* subtests.*/\1/p' | awk '{s+=$1} END {print s+0}')
	tests=${tests:-0}
	if { [ $rc != 0 ] || [ "$tests" = 0 ]; } && [ "$failed" = 0 ]; then failed=1; fi
	if [ $rc != 0 ]; then
		echo "TAP logs: $dir/tmp_check/log"
	else
		rm -rf "$dir"
	fi
	stage_result tap $((tests - failed)) "$failed"
}

# The C linkage passes under valgrind in a single-user backend.
run_valgrind() {
	log "valgrind: dedupe, dedupe_links, compare_registers"
	if bash test/tools/valgrind_linkage.sh; then
		stage_result valgrind 1 0
	else
		stage_result valgrind 0 1
	fi
}

test_all() {
	setup
	build
	start
	run_regress
	run_pgtap
	run_unit
	run_fuzz
	run_valgrind
	run_tap
	run_register_integration
	stop
	log "summary"
	[ ${#STAGES_FAILED[@]} = 0 ] || echo "failing stages: ${STAGES_FAILED[*]}"
	echo "enroll: $PASSED passed, $FAILED failed"
	[ "$FAILED" = 0 ]
}

case "${1:-}" in
	setup) setup ;;
	build) setup; build ;;
	start) start; connect_hint ;;
	stop) stop ;;
	psql) pgenv; shift; exec "$PG_BIN/psql" "$@" ;;
	pgcopy) setup; pgcopy "${2:-}" ;;
	demo) demo ;;
	test) test_all ;;
	*) echo "usage: $0 setup|build|start|stop|psql|pgcopy DIR|demo|test" >&2; exit 2 ;;
esac
