# Shared by the benchmark scripts (source it after `cd` to the repository root):
#   bench_cluster DIR PORT [fresh]   build (unless BENCH_SKIP_BUILD=1), then start the
#                                    throwaway cluster DIR on PORT (unless
#                                    ENROLL_CLUSTER_DIR/ENROLL_PORT are set); "fresh"
#                                    restarts it so that ENROLL_SHARED_BUFFERS applies
#   bench_db NAME                    drop and create database NAME (UTF8)
#   bench_machine DB [extra]         one line: cores, CPU, memory, server version, extra, load
bench_cluster() {
	export ENROLL_CLUSTER_DIR=${ENROLL_CLUSTER_DIR:-$1}
	export ENROLL_PORT=${ENROLL_PORT:-$2}
	[ "${BENCH_SKIP_BUILD:-0}" = 1 ] || bash test/tools/run.sh build >/dev/null
	[ "${3:-}" = fresh ] && bash test/tools/run.sh stop
	bash test/tools/run.sh start >/dev/null
	export PGHOST=$ENROLL_CLUSTER_DIR PGPORT=$ENROLL_PORT PGUSER=postgres
}

bench_db() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 TEMPLATE template0 ENCODING 'UTF8'"
}

bench_machine() {
	echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(psql -X -At -d "$1" -c 'SELECT version()' | cut -d, -f1)${2:+; $2}; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
}
