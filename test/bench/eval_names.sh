#!/usr/bin/env bash
# Accuracy of enroll's name matching against the tools a DBA has today, in
# one run on one pair set.  Prints markdown on stdout.
#
#   bash test/bench/eval_names.sh [pairs.csv] > names-eval.md
#   EVAL_SKIP_BUILD=1 bash test/bench/eval_names.sh
#
# The CSV has a header and the columns a, b, same_person (1/0), category
# (the project's labelled set of 268 pairs is kept outside the repository; pass
# its path).  Methods, each with the threshold used for
# precision/recall (AUC needs none):
#   name_similarity          enroll, >= 0.8
#   name_key equality        enroll, equal key (a 0/1 score)
#   name_keys overlap        enroll, the blocking keys of name_like share one
#   pg_trgm similarity       >= 0.3 (its default similarity_threshold)
#   pg_trgm on name_pinyin   >= 0.3 (what a DBA could do with our pinyin)
#   fuzzystrmatch levenshtein  ratio 1 - distance / longer length, >= 0.5
#   pg_similarity jarowinkler  >= 0.7 (its default threshold); only when the
#                              Debian package postgresql-15-similarity is there
# Per category: AUC of that category's pairs against all pairs of the other
# class, and the share accepted at the threshold (recall for positive
# categories, false-positive rate for negative ones).
set -euo pipefail
cd "$(dirname "$0")/../.."
CSV=${1:-${EVAL_PAIRS:?pass the labelled pairs CSV as the first argument or EVAL_PAIRS}}
[ -r "$CSV" ] || { echo "eval_names.sh: $CSV not readable" >&2; exit 1; }
DB=${EVAL_DB:-enroll_names_eval}

BENCH_SKIP_BUILD=${EVAL_SKIP_BUILD:-${BENCH_SKIP_BUILD:-0}}
. test/bench/lib.sh
bench_cluster /tmp/enroll-bench 54330

SIM=0
if [ -f "$(/usr/lib/postgresql/15/bin/pg_config --sharedir)/extension/pg_similarity.control" ]; then SIM=1; fi

bench_db "$DB" >&2
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" >&2 <<EOF
CREATE EXTENSION enroll;
CREATE EXTENSION pg_trgm;
CREATE EXTENSION fuzzystrmatch;
$( [ $SIM = 1 ] && echo "CREATE EXTENSION pg_similarity;" )
CREATE TABLE pairs (a text, b text, y int, category text);
\copy pairs FROM '$CSV' WITH (FORMAT csv, HEADER true)
EOF

JW_SQL="NULL::float8"
[ $SIM = 1 ] && JW_SQL="jarowinkler(a, b)"

psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" <<EOF
CREATE TEMP TABLE scores AS
SELECT m.method, m.threshold, p.a, p.b, p.y, p.category, m.s
FROM pairs p
CROSS JOIN LATERAL (VALUES
    ('enroll name_similarity', 0.8, enroll.name_similarity(a, b)::float8),
    ('enroll name_key equal', 1.0, (coalesce(enroll.name_key(a) = enroll.name_key(b), false))::int::float8),
    ('enroll name_keys overlap', 1.0, (enroll.name_keys(a) && enroll.name_keys(b))::int::float8),
    ('pg_trgm similarity', 0.3, similarity(a, b)::float8),
    ('pg_trgm on name_pinyin', 0.3, similarity(coalesce(enroll.name_pinyin(a), ''), coalesce(enroll.name_pinyin(b), ''))::float8),
    ('fuzzystrmatch levenshtein ratio', 0.5,
        1 - levenshtein(a, b)::float8 / greatest(length(a), length(b), 1)),
    ('pg_similarity jarowinkler', 0.7, $JW_SQL)
) AS m(method, threshold, s)
WHERE m.s IS NOT NULL;

CREATE TEMP VIEW overall AS
WITH pn AS (
    SELECT p.method, avg(CASE WHEN p.s > n.s THEN 1.0 WHEN p.s = n.s THEN 0.5 ELSE 0 END) AS auc
    FROM scores p JOIN scores n ON n.method = p.method AND n.y = 0
    WHERE p.y = 1 GROUP BY p.method)
SELECT s.method, min(s.threshold) AS threshold,
       count(*) FILTER (WHERE s.y = 1 AND s.s >= s.threshold)::float8 /
           nullif(count(*) FILTER (WHERE s.s >= s.threshold), 0) AS precision,
       count(*) FILTER (WHERE s.y = 1 AND s.s >= s.threshold)::float8 /
           nullif(count(*) FILTER (WHERE s.y = 1), 0) AS recall,
       count(*) FILTER (WHERE s.y = 0 AND s.s >= s.threshold)::float8 /
           nullif(count(*) FILTER (WHERE s.y = 0), 0) AS fpr,
       pn.auc
FROM scores s JOIN pn USING (method)
GROUP BY s.method, pn.auc;

\echo '## Name matching on $(basename "$CSV") ($(($(wc -l < "$CSV") - 1)) pairs)'
\echo
SELECT '_' || version() || '; ' || (SELECT count(*) FROM pairs WHERE y = 1) || ' positive, '
       || (SELECT count(*) FROM pairs WHERE y = 0) || ' negative pairs; database LC_CTYPE '
       || current_setting('lc_ctype') || '_';
\echo
\echo '| method | threshold | precision | recall | false-positive rate | AUC |'
\echo '|---|---|---|---|---|---|'
SELECT format('| %s | %s | %s | %s | %s | **%s** |', method, threshold,
              round(precision::numeric, 3), round(recall::numeric, 3),
              round(fpr::numeric, 3), round(auc::numeric, 3))
FROM overall ORDER BY auc DESC;
\echo
SELECT format('Best peer AUC %s (%s); enroll name_similarity AUC %s: %s above it.',
              round(peer.auc::numeric, 3), peer.method, round(e.auc::numeric, 3),
              round((e.auc - peer.auc)::numeric, 3))
FROM overall e, LATERAL (SELECT * FROM overall
                         WHERE method NOT LIKE 'enroll%' AND method <> 'pg_trgm on name_pinyin'
                         ORDER BY auc DESC LIMIT 1) peer
WHERE e.method = 'enroll name_similarity';
\echo
\echo '### Per category'
\echo
\echo 'AUC of the category against all pairs of the other class; in brackets the share accepted at the threshold (recall for a positive category, false-positive rate for a negative one).'
\echo
SELECT '| category | pairs | ' || string_agg(method, ' | ' ORDER BY method) || ' |'
FROM (SELECT DISTINCT method FROM scores) m;
SELECT '|---|---|' || string_agg('---', '|' ORDER BY method) || '|'
FROM (SELECT DISTINCT method FROM scores) m;
WITH cat AS (
    SELECT c.method, c.category, c.y, count(*) AS n,
           avg(CASE WHEN c.y = 1 THEN (CASE WHEN c.s > o.s THEN 1.0 WHEN c.s = o.s THEN 0.5 ELSE 0 END)
                    ELSE (CASE WHEN o.s > c.s THEN 1.0 WHEN o.s = c.s THEN 0.5 ELSE 0 END) END) AS auc,
           (SELECT avg((x.s >= x.threshold)::int) FROM scores x
             WHERE x.method = c.method AND x.category = c.category) AS acc
    FROM scores c JOIN scores o ON o.method = c.method AND o.y <> c.y
    GROUP BY c.method, c.category, c.y)
SELECT format('| %s%s | %s | %s |', category, CASE WHEN min(y) = 0 THEN ' (neg)' ELSE '' END,
              max(n) / (SELECT count(*) FROM scores WHERE y <> min(cat.y) AND method = min(cat.method)),
              string_agg(round(auc::numeric, 2) || ' (' || round(acc::numeric, 2) || ')', ' | ' ORDER BY method))
FROM cat GROUP BY category ORDER BY min(y) DESC, category;
EOF
