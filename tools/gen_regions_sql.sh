#!/bin/sh
# Turn data/regions.csv (GB/T 2260 codes with history, see data/LICENSES.md)
# into the INSERT that fills enroll.region in the install script.
# The CSV has no quoted fields (checked here), so awk splits on commas.
set -eu
csv=${1:-data/regions.csv}
out=${2:-build/parts/31_regions_data.sql}
if grep -q '["'"'"']' "$csv"; then
	echo "gen_regions_sql.sh: $csv has quotes; the generator expects none" >&2
	exit 1
fi
mkdir -p "$(dirname "$out")"
tmp="$out.tmp"
awk -F, '
function num(v) { return v == "" ? "NULL" : v }
function str(v) { return v == "" ? "NULL" : "'"'"'" v "'"'"'" }
NR == 1 {
	if ($0 != "code,name,level,valid_from,valid_to,status,is_current,successors,source") {
		print "gen_regions_sql.sh: unexpected header: " $0 > "/dev/stderr"; exit 1
	}
	print "-- Generated from data/regions.csv by tools/gen_regions_sql.sh. Do not edit."
	print "INSERT INTO @extschema@.region (code, name, level, valid_from, valid_to, status, successors, source) VALUES"
	next
}
NF != 9 { print "gen_regions_sql.sh: line " NR " has " NF " fields" > "/dev/stderr"; exit 1 }
{
	printf "%s(%s, %s, %s, %s, %s, %s, %s, %s)", (NR > 2 ? ",\n" : ""), $1, str($2), str($3), num($4), num($5), str($6), str($8), str($9)
	rows++
}
END { print ";"; if (rows < 7000) { print "gen_regions_sql.sh: only " rows " rows" > "/dev/stderr"; exit 1 } }
' "$csv" > "$tmp"
mv "$tmp" "$out"
