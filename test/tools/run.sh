#!/usr/bin/env bash
# enroll's one entry point for setup, the demo and the tests.
#
#   bash test/tools/run.sh demo     # what `make demo` runs (README command 1)
#   bash test/tools/run.sh test     # what `make test` runs (README command 2)
#   bash test/tools/run.sh setup|build|start|stop|psql
#   bash test/tools/run.sh pgcopy DIR   # a private copy of the server tree
#   bash test/tools/run.sh tap [FILE…]  # the TAP tests (test/t/), built and installed already
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
# Only ever the checkout this script lives in: run from a pipe ($0 is
# /dev/fd/N) the path above is /, and the package stage would copy it.
if [ ! -f "$REPO/enroll.control" ] || [ ! -f "$REPO/test/tools/run.sh" ]; then
	echo "run.sh: $REPO is not an enroll checkout; run test/tools/run.sh from one" >&2
	exit 2
fi
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
	build-essential debhelper postgresql-server-dev-all  # the Debian package (debian/)
	python3-jsonschema                         # test/tools/check_meta.py (META.json)
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
then:  SET search_path = public, enroll, enroll_register;
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

# Integration tests of the register against the running cluster: the
# loader on GB18030 input with bad rows and on every odd input, register()
# against register_batch().  (Concurrency and the SIGKILL of the postmaster
# manage servers of their own: TAP, test/t/030 and 040.)
run_register_integration() {
	log "register integration: loader, register_batch"
	local t ok=0 bad=0
	export ENROLL_CLUSTER_DIR=$CLUSTER_DIR ENROLL_PORT=$PGPORT_LOCAL
	for t in "register_load_test.sh ${LOADER_ROWS:-5000} gb18030" \
	         "register_batch_compare.sh ${BATCH_COMPARE_ROWS:-5000} 1000" \
	         "register_load_inputs.py $PG_BIN/enroll-load"; do
		set -- $t
		if case $1 in *.py) python3 "test/tools/$1" "${@:2}" ;; *) bash "test/tools/$1" "${@:2}" ;; esac >"$CLUSTER_DIR/$1.log" 2>&1; then
			ok=$((ok + 1)); echo "$1: PASS"; grep -E '^(ok|not ok|  )' "$CLUSTER_DIR/$1.log" | head -20 || true
		else
			bad=$((bad + 1)); echo "$1: FAILED"; tail -40 "$CLUSTER_DIR/$1.log"
		fi
	done
	stage_result register-integration "$ok" "$bad"
}

# TAP tests (test/t/*.pl) manage servers of their own with PostgreSQL's
# PostgreSQL::Test::Cluster (shipped with the server headers, under pgxs):
# backup and restore of the register, the upgrade from 0.1.0, 8 concurrent
# clients, a SIGKILL of the postmaster during a load.  initdb
# refuses root, so as root they run as postgres.
run_tap() {
	log "TAP (PostgreSQL::Test::Cluster)"
	local dir out rc=0 tests failed pgxs
	pgxs=$("$PG_CONFIG" --pkglibdir)/pgxs
	dir=$(mktemp -d /tmp/enroll-tap.XXXXXX)
	[ "$(id -u)" = 0 ] && chown postgres "$dir"
	out=$(as_pg env PATH="$PG_BIN:$PATH" PERL5LIB="$pgxs/src/test/perl" TESTDIR="$dir" \
		PG_REGRESS="$pgxs/src/test/regress/pg_regress" prove --ext .pl "${@:-test/t/}" 2>&1) || rc=$?
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
	log "valgrind: dedupe, dedupe_links, compare_registers, fs_estimate"
	if bash test/tools/valgrind_linkage.sh; then
		stage_result valgrind 1 0
	else
		stage_result valgrind 0 1
	fi
}

# META.json against the PGXN Meta Spec; the check also shows that broken
# copies of the file are rejected.  Debian's python3, whose jsonschema is the
# one in PACKAGES.
run_meta() {
	log "META.json (PGXN Meta Spec 1.0.0)"
	local out rc=0 p f py=python3
	[ -x /usr/bin/python3 ] && py=/usr/bin/python3
	out=$("$py" test/tools/check_meta.py META.json 2>&1) || rc=$?
	printf '%s\n' "$out"
	p=$(printf '%s\n' "$out" | sed -n 's/^meta: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
	f=$(printf '%s\n' "$out" | sed -n 's/^meta: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
	p=${p:-0} f=${f:-0}
	if [ $rc != 0 ] && [ "$f" = 0 ]; then f=1; fi
	stage_result meta "$p" "$f"
}

# The Debian package (debian/): built with dpkg-buildpackage out of a copy of
# the tree (artefacts in $ENROLL_PKG_DIR, never in the repository), installed
# in place of what `make install` put there, and tested on a fresh cluster:
# pg_regress from the copy, and the loader test with the packaged
# enroll-load.  Without ENROLL_PG_ROOT it is installed into the system tree
# with dpkg -i (needs root; CI's machine is throwaway); with ENROLL_PG_ROOT
# the .deb is extracted into that private tree instead, so that the system
# tree others test against is left alone.  Either way the tree gets
# `make install`'s files back at the end, and a package that was not
# installed before is purged again.  Runs last: it replaces the installed
# extension under the other stages' feet.
run_package() {
	log "Debian package: build, install, installcheck against the installed package"
	local t0=$SECONDS ok=0 bad=0 src deb ver pkg arch extver root mode was_installed=0 f
	local work=${ENROLL_PKG_DIR:-/tmp/enroll-pkg-$(printf '%s' "$REPO" | md5sum | cut -c1-8)}
	pkg=postgresql-$PG_MAJOR-enroll
	extver=$(sed -n "s/^default_version = '\(.*\)'/\1/p" enroll.control)
	if [ -n "${ENROLL_PG_ROOT:-}" ]; then
		mode=extract root=$ENROLL_PG_ROOT
	elif [ "$(id -u)" = 0 ]; then
		mode=dpkg root=/
	else
		echo "package: skipped: installing the .deb into the system tree needs root;" \
			"set ENROLL_PG_ROOT to test it in a private tree (run.sh pgcopy DIR)"
		return 0
	fi
	ver=$(dpkg-parsechangelog -l debian/changelog -S Version)
	if [ "${ver%-*}" = "$extver" ]; then
		ok=$((ok + 1)); echo "ok - debian/changelog is at $ver, enroll.control at $extver"
	else
		bad=$((bad + 1)); echo "not ok - debian/changelog is at $ver, enroll.control at $extver"
	fi

	# A copy of what git tracks (and untracked files it does not ignore),
	# or of the whole tree, cleaned, where there is no git.
	src=$work/enroll-${ver%-*}
	rm -rf "$work" && mkdir -p "$src"
	if git -C "$REPO" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		git -C "$REPO" ls-files -z -co --exclude-standard | tar -C "$REPO" --null -T - -cf - | tar -xf - -C "$src"
	else
		cp -a "$REPO/." "$src" && make -s -C "$src" clean PG_CONFIG="$PG_CONFIG" >/dev/null
	fi
	if (cd "$src" && DEB_BUILD_OPTIONS=nocheck dpkg-buildpackage -us -uc -b -Pnocheck) >"$work/build.log" 2>&1; then
		ok=$((ok + 1)); echo "ok - dpkg-buildpackage -us -uc -b ($((SECONDS - t0)) s; log: $work/build.log)"
	else
		bad=$((bad + 1)); echo "not ok - dpkg-buildpackage failed:"; tail -40 "$work/build.log"
		stage_result package "$ok" "$bad"
		return
	fi
	arch=$(dpkg --print-architecture)
	deb=$work/${pkg}_${ver}_$arch.deb

	# The package holds everything `make install` installs.
	local want=("./usr/lib/postgresql/$PG_MAJOR/lib/enroll.so"
		"./usr/lib/postgresql/$PG_MAJOR/bin/enroll-load"
		"./usr/share/postgresql/$PG_MAJOR/extension/enroll.control"
		"./usr/share/postgresql/$PG_MAJOR/extension/enroll--$extver.sql")
	for f in extension/enroll--*.sql extension/upgrade/enroll--*.sql; do
		want+=("./usr/share/postgresql/$PG_MAJOR/extension/$(basename "$f")")
	done
	local listing missing=()
	listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
	for f in "${want[@]}"; do
		# a here-string, not a pipe: grep -q may exit before printf has written
		# everything, and under pipefail printf's SIGPIPE would count as a miss
		grep -qxF "$f" <<<"$listing" || missing+=("$f")
	done
	if [ ${#missing[@]} = 0 ]; then
		ok=$((ok + 1)); echo "ok - $(basename "$deb") holds the module, enroll-load and ${#want[@]} files in all"
	else
		bad=$((bad + 1)); echo "not ok - $(basename "$deb") lacks: ${missing[*]}"
	fi

	# Take `make install`'s files out, so that only the package's are found.
	make -s uninstall PG_CONFIG="$PG_CONFIG" >/dev/null
	rm -f "$("$PG_CONFIG" --bindir)/enroll-load"
	if [ $mode = dpkg ]; then
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' && was_installed=1
		dpkg -i "$deb" >"$work/install.log" 2>&1 || { cat "$work/install.log"; }
	else
		dpkg-deb -x "$deb" "$root"
	fi
	dpkg-deb -e "$deb" "$work/DEBIAN"
	if (cd "$root" && md5sum --quiet -c "$work/DEBIAN/md5sums") >"$work/verify.log" 2>&1; then
		ok=$((ok + 1)); echo "ok - installed ($mode into $root); every file matches the package's md5sums"
	else
		bad=$((bad + 1)); echo "not ok - installed files do not match the package:"; head -20 "$work/verify.log"
	fi

	# A fresh cluster, pg_regress from the built copy, the loader test.
	local main_cluster=$CLUSTER_DIR out rc=0 total failed
	CLUSTER_DIR=$work/cluster
	start
	out=$(make -s -C "$src" installcheck PG_CONFIG="$PG_CONFIG" 2>&1) || rc=$?
	printf '%s\n' "$out" | grep -E '^(ok|not ok|test |# )' || true
	total=$(ls "$src"/sql/*.sql | wc -l)
	failed=$(printf '%s\n' "$out" | grep -cE '^(not ok|test .*\.\.\. FAILED| .*FAILED)' || true)
	if [ $rc != 0 ] && [ "$failed" = 0 ]; then failed=$total; fi
	[ -f "$src/regression.diffs" ] && [ $rc != 0 ] && head -100 "$src/regression.diffs"
	ok=$((ok + total - failed)) bad=$((bad + failed))
	if ENROLL_LOAD="$root/usr/lib/postgresql/$PG_MAJOR/bin/enroll-load" ENROLL_LOAD_DB=enroll_pkg_load \
		bash test/tools/register_load_test.sh 2000 gb18030 >"$work/load.log" 2>&1; then
		ok=$((ok + 1)); echo "ok - register_load_test.sh with the packaged enroll-load"
	else
		bad=$((bad + 1)); echo "not ok - register_load_test.sh with the packaged enroll-load:"; tail -20 "$work/load.log"
	fi
	stop
	CLUSTER_DIR=$main_cluster

	# Back to `make install`'s files.
	if [ $mode = dpkg ] && [ $was_installed = 0 ]; then
		dpkg --purge "$pkg" >>"$work/install.log" 2>&1
	elif [ $mode = extract ]; then
		rm -rf "$root/usr/share/doc/$pkg"
	fi
	make -s install PG_CONFIG="$PG_CONFIG"
	echo "package stage: $((SECONDS - t0)) s"
	stage_result package "$ok" "$bad"
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
	run_meta
	run_package
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
	tap) shift; run_tap "$@"; [ "$FAILED" = 0 ] ;;
	demo) demo ;;
	test) test_all ;;
	*) echo "usage: $0 setup|build|start|stop|psql|pgcopy DIR|tap [FILE…]|demo|test" >&2; exit 2 ;;
esac
