#!/usr/bin/env bash
# The register's backup-and-restore test alone: a register filled through
# register(), the other writing functions and enroll-load over time, dumped
# with pg_dump -Fc, restored by the documented procedure into a fresh
# database, and compared table by table and as_of() at three past times.
# The test itself is test/t/010_register_backup.pl (PostgreSQL::Test::Cluster,
# on a server of its own); `make test` runs it with the other TAP tests.
#   bash test/tools/register_backup_test.sh      (as root it runs as postgres)
set -euo pipefail
cd "$(dirname "$0")/../.."
PG_BIN=${PG_BIN:-/usr/lib/postgresql/${PG_MAJOR:-15}/bin}
PGXS_DIR=$("$PG_BIN/pg_config" --pkglibdir)/pgxs
DIR=$(mktemp -d /tmp/enroll-tap.XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg env PATH="$PG_BIN:$PATH" PERL5LIB="$PGXS_DIR/src/test/perl" TESTDIR="$DIR" \
	PG_REGRESS="$PGXS_DIR/src/test/regress/pg_regress" prove test/t/010_register_backup.pl
