#!/usr/bin/env bash
# The register's backup-and-restore test alone: a register filled through
# register(), the other writing functions and enroll-load over time, dumped
# with pg_dump -Fc, restored by the documented procedure into a fresh
# database, and compared table by table and as_of() at three past times.
# The test itself is test/t/010_register_backup.pl (PostgreSQL::Test::Cluster,
# on a server of its own); `make test` runs it with the other TAP tests.
#   bash test/tools/register_backup_test.sh      (as root it runs as postgres)
exec bash "$(dirname "$0")/run.sh" tap test/t/010_register_backup.pl
