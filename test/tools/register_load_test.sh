#!/usr/bin/env bash
# The loader test: N rows (default 100,000) of registration forms
# in GB18030 with Chinese headers, 5 % bad rows of five kinds and 0.1 %
# repeated persons; then checks input = loaded + rejected, that every
# rejected row is one of the bad ones and has its reason, that the register
# holds exactly the good persons, and that a rerun changes nothing.
#
#   PGHOST=... PGPORT=... bash test/tools/register_load_test.sh [rows] [utf8|gb18030]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100000}
ENC=${2:-gb18030}
DB=${ENROLL_LOAD_DB:-enroll_register_load}
LOADER=${ENROLL_LOAD:-${PG_BIN:-$(pg_config --bindir 2>/dev/null)}/enroll-load}
[ -x "$LOADER" ] || LOADER=$(command -v enroll-load || echo ./enroll-load)
WORK=${ENROLL_LOAD_WORK:-$(mktemp -d)}
mkdir -p "$WORK"

. test/bench/lib.sh
bench_db "$DB"
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -c "CREATE EXTENSION enroll" -c "SELECT enroll.create_register()"

bash test/tools/register_gen_csv.sh "$N" > "$WORK/forms.utf8.csv"
if [ "$ENC" = gb18030 ]; then
    iconv -f UTF-8 -t GB18030 "$WORK/forms.utf8.csv" > "$WORK/forms.csv"
else
    cp "$WORK/forms.utf8.csv" "$WORK/forms.csv"
fi
BAD=$(( N / 20 ))
DUP=$(( (N + 993) / 1000 ))
echo "== $N rows ($ENC, $(du -h "$WORK/forms.csv" | cut -f1)), $BAD bad, $DUP repeated persons"

run_load() { # exit 4: every row loaded or rejected, some rejected (as they must be here)
    local rc=0
    "$LOADER" -q ${JOBS_OPT:-} -d "dbname=$DB" -r "$WORK/rejects.csv" "$WORK/forms.csv" > "$WORK/load.out" || rc=$?
    cat "$WORK/load.out"
    check "exit status 4 (rows rejected), got $rc" "$([ "$rc" = 4 ] && echo t)"
}
check() { # name, condition result
    if [ "$2" = t ]; then echo "ok: $1"; else echo "FAILED: $1"; FAIL=1; fi
}
FAIL=0
run_load
read -r input loaded inserted updated unchanged rejected < <(sed -E 's/^input ([0-9]+) = loaded ([0-9]+) \(inserted ([0-9]+), updated ([0-9]+), unchanged ([0-9]+)\) \+ rejected ([0-9]+).*/\1 \2 \3 \4 \5 \6/' "$WORK/load.out")
check "input $input = rows $N" "$([ "$input" = "$N" ] && echo t)"
check "input = loaded $loaded + rejected $rejected" "$([ $((loaded + rejected)) = "$input" ] && echo t)"
check "rejected = the $BAD bad rows" "$([ "$rejected" = "$BAD" ] && echo t)"
check "inserted $inserted + updated $updated + unchanged $unchanged = loaded" "$([ $((inserted + updated + unchanged)) = "$loaded" ] && echo t)"
check "unchanged = the $DUP repeated rows, updated $updated = 0" "$([ "$unchanged" = "$DUP" ] && [ "$updated" = 0 ] && echo t)"

# The reject file, read back in its encoding: every bad row, each with its reason.
R=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" <<SQL
CREATE TEMP TABLE rejects (row bigint, line text, reason text, original_row text);
\copy rejects FROM '$WORK/rejects.csv' WITH (FORMAT csv, HEADER true, ENCODING '$( [ "$ENC" = gb18030 ] && echo GB18030 || echo UTF8 )')
CREATE TEMP TABLE lines (n serial PRIMARY KEY, line text);
\copy lines (line) FROM '$WORK/forms.csv' WITH (FORMAT text, ENCODING '$( [ "$ENC" = gb18030 ] && echo GB18030 || echo UTF8 )')
SELECT count(*) || ' ' || count(*) FILTER (WHERE row % 20 = 0) || ' ' || count(*) FILTER (WHERE coalesce(reason, '') = '')
       || ' ' || count(*) FILTER (WHERE reason ~ '^(phone|cnid|county|row|employer): ')
       || ' ' || count(*) FILTER (WHERE original_row = (SELECT l.line FROM lines l WHERE l.n = row + 1))
FROM rejects;
SQL
)
read -r rows_in_file bad_rows no_reason named_reason with_original <<<"$R"
check "reject file holds $rows_in_file rows, all the bad ones ($bad_rows)" "$([ "$rows_in_file" = "$BAD" ] && [ "$bad_rows" = "$BAD" ] && echo t)"
check "every reject has its reason ($no_reason without, $named_reason field-named)" "$([ "$no_reason" = 0 ] && [ "$named_reason" = "$BAD" ] && echo t)"
check "every reject holds its original row, byte for byte as read back ($with_original)" "$([ "$with_original" = "$BAD" ] && echo t)"
psql -X -q -At -d "$DB" <<SQL
CREATE TEMP TABLE rejects (row bigint, line text, reason text, original_row text);
\copy rejects FROM '$WORK/rejects.csv' WITH (FORMAT csv, HEADER true, ENCODING '$( [ "$ENC" = gb18030 ] && echo GB18030 || echo UTF8 )')
SELECT '  e.g. row ' || row || ': ' || reason FROM (SELECT DISTINCT ON (split_part(reason, ':', 1)) * FROM rejects ORDER BY split_part(reason, ':', 1), row) s;
SQL
P=$(psql -X -At -d "$DB" -c "SELECT count(*) FROM enroll_register.person")
check "register holds $P persons = inserted $inserted" "$([ "$P" = "$inserted" ] && echo t)"
H=$(psql -X -At -d "$DB" -c "SELECT count(*) FROM enroll_register.history")

echo "== rerun"
run_load
read -r input2 loaded2 inserted2 updated2 unchanged2 rejected2 < <(sed -E 's/^input ([0-9]+) = loaded ([0-9]+) \(inserted ([0-9]+), updated ([0-9]+), unchanged ([0-9]+)\) \+ rejected ([0-9]+).*/\1 \2 \3 \4 \5 \6/' "$WORK/load.out")
H2=$(psql -X -At -d "$DB" -c "SELECT count(*) FROM enroll_register.history")
P2=$(psql -X -At -d "$DB" -c "SELECT count(*) FROM enroll_register.person")
check "rerun changes nothing: inserted 0, updated 0, same rejects, same persons, no new history" "$([ "$inserted2" = 0 ] && [ "$updated2" = 0 ] && [ "$rejected2" = "$BAD" ] && [ "$P2" = "$P" ] && [ "$H2" = "$H" ] && echo t)"
echo "   rerun: inserted $inserted2, updated $updated2, unchanged $unchanged2, rejected $rejected2; history rows $H -> $H2"
[ "$FAIL" = 0 ] && echo "loader: PASS" || { echo "loader: FAIL"; exit 1; }
