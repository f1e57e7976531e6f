#!/usr/bin/env bash
# FEBRL3 dedupe and FEBRL4 linkage with the generic Fellegi-Sunter engine.
#   bash test/bench/eval_febrl.sh [febrl data dir]   (default ../shared/data/febrl)
set -euo pipefail
cd "$(dirname "$0")/../.."
DATADIR=$(cd "${1:-../shared/data/febrl}" && pwd)
export ENROLL_CLUSTER_DIR=${ENROLL_CLUSTER_DIR:-/tmp/enroll-bench-febrl}
export ENROLL_PORT=${ENROLL_PORT:-54333}
bash test/tools/run.sh build >/dev/null
bash test/tools/run.sh start >/dev/null
export PGHOST=$ENROLL_CLUSTER_DIR PGPORT=$ENROLL_PORT PGUSER=postgres
DB=enroll_febrl
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8'"
psql -X -q -d $DB -c "CREATE EXTENSION enroll"
echo "## FEBRL evaluation ($(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load $(cut -d' ' -f1 /proc/loadavg))"
# the server reads the files: they must be readable by the postgres user
TMPD=$(mktemp -d /tmp/enroll-febrl.XXXXXX); cp "$DATADIR"/dataset3.csv "$DATADIR"/dataset4a.csv "$DATADIR"/dataset4b.csv "$TMPD"/
chmod -R a+rX "$TMPD"
psql -X -q -At -v datadir="$TMPD" -d $DB -f test/bench/eval_febrl.sql
rm -rf "$TMPD"
psql -X -q -d postgres -c "DROP DATABASE $DB"
