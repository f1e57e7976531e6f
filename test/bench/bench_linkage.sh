#!/usr/bin/env bash
# compare_registers() and dedupe() on a synthetic province, with accuracy
# against the generator's truth, and the plain-SQL comparison a DBA writes.
#
#   bash test/bench/bench_linkage.sh [household persons]    (default 3,800,000)
#
# The household register holds every person with a clean ID; the insured
# register holds 84 % of them as entered (the generator's 5 % ID errors,
# some names in traditional characters, a few other names) with birth date
# and sex, so that about 3.2M insured records face 3.8M household persons at
# the default size.  dedupe runs on the insured records plus one more record
# for 1 % of the persons (a third of them with a blank ID).
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-3800000}
export ENROLL_CLUSTER_DIR=${ENROLL_CLUSTER_DIR:-/tmp/enroll-bench-linkage}
export ENROLL_PORT=${ENROLL_PORT:-54334}
export ENROLL_SHARED_BUFFERS=${ENROLL_SHARED_BUFFERS:-2GB}
bash test/tools/run.sh build >/dev/null
bash test/tools/run.sh stop
bash test/tools/run.sh start >/dev/null
export PGHOST=$ENROLL_CLUSTER_DIR PGPORT=$ENROLL_PORT PGUSER=postgres
DB=enroll_bench_linkage
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8'"
echo "## linkage benchmark: $(printf "%'d" "$N") household persons"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(psql -X -At -d $DB -c 'SELECT version()' | cut -d, -f1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
psql -X -q -At -v ON_ERROR_STOP=1 -d $DB <<SQL
CREATE EXTENSION enroll;
SET search_path = public, enroll;
SET client_min_messages = warning;
CREATE UNLOGGED TABLE person AS SELECT * FROM synth_persons($N, 2026, 0.05, 610000);
CREATE UNLOGGED TABLE household AS
SELECT person_id AS rec_id, cnid_true::text AS id_number, name, birth_date, sex FROM person;
CREATE UNLOGGED TABLE insured AS
SELECT person_id AS rec_id, id_number,
       CASE WHEN person_id % 50 = 0 THEN translate(name, '国华刘张陈杨赵黄吴孙马郑谢韩冯邓许沈吕苏卢蒋贾叶钟汪谭邹陆顾龙钱汤贺龚',
                                                       '國華劉張陳楊趙黃吳孫馬鄭謝韓馮鄧許瀋呂蘇盧蔣賈葉鐘汪譚鄒陸顧龍錢湯賀龔')
            WHEN person_id % 97 = 1 THEN name || '某'
            ELSE name END AS name,
       birth_date, sex                 -- registers keep them beside the ID
FROM person WHERE person_id % 25 NOT IN (0, 1, 2, 3);
VACUUM ANALYZE household; VACUUM ANALYZE insured;
CREATE TEMP TABLE t (name text, ms float8);

DO \$\$
DECLARE t0 timestamptz;
BEGIN
    t0 := clock_timestamp();
    CREATE UNLOGGED TABLE cmp AS SELECT * FROM compare_registers('SELECT * FROM insured', 'SELECT * FROM household');
    INSERT INTO t VALUES ('compare_registers', extract(epoch FROM clock_timestamp() - t0) * 1000);
    t0 := clock_timestamp();
    CREATE UNLOGGED TABLE dd AS SELECT * FROM dedupe(\$q\$
        SELECT rec_id, id_number, name, birth_date, sex FROM insured
        UNION ALL
        SELECT 100000000 + person_id, CASE WHEN person_id % 3 = 0 THEN '' ELSE cnid_true::text END, name, birth_date, sex
        FROM person WHERE person_id % 100 = 7 \$q\$);
    INSERT INTO t VALUES ('dedupe', extract(epoch FROM clock_timestamp() - t0) * 1000);
    -- the same with each record's county of registration, names linked within a prefecture
    t0 := clock_timestamp();
    CREATE UNLOGGED TABLE dd_region AS SELECT * FROM dedupe(\$q\$
        SELECT i.rec_id, i.id_number, i.name, i.birth_date, i.sex, p.region FROM insured i JOIN person p ON p.person_id = i.rec_id
        UNION ALL
        SELECT 100000000 + person_id, CASE WHEN person_id % 3 = 0 THEN '' ELSE cnid_true::text END, name, birth_date, sex, region
        FROM person WHERE person_id % 100 = 7 \$q\$, region_level => 'prefecture');
    INSERT INTO t VALUES ('dedupe_region', extract(epoch FROM clock_timestamp() - t0) * 1000);
END \$\$;

\echo
\echo '| step | rows in | seconds |'
\echo '|---|--:|--:|'
SELECT format('| compare_registers | %s insured, %s household | %s |', (SELECT count(*) FROM insured), (SELECT count(*) FROM household),
              round((SELECT ms FROM t WHERE name = 'compare_registers')::numeric / 1000, 1));
SELECT format('| dedupe | %s records | %s |', (SELECT count(*) FROM dd), round((SELECT ms FROM t WHERE name = 'dedupe')::numeric / 1000, 1));
SELECT format('| dedupe, region_level prefecture | %s records | %s |', (SELECT count(*) FROM dd_region), round((SELECT ms FROM t WHERE name = 'dedupe_region')::numeric / 1000, 1));

-- Accuracy against the truth: the expected status of each insured record.
\echo
\echo '| measure | value | goal |'
\echo '|---|--:|---|'
WITH truth AS (
    SELECT i.rec_id,
           CASE WHEN NOT cnid_valid(coalesce(i.id_number, '')) THEN 'id_invalid'
                WHEN cnid(i.id_number) <> p.cnid_true THEN 'id_not_found'
                WHEN name_norm(i.name) <> name_norm(p.name) THEN 'name_mismatch'
                ELSE 'matched' END AS status
    FROM insured i JOIN person p ON p.person_id = i.rec_id
), scored AS (
    SELECT c.*, tr.status AS true_status FROM cmp c JOIN truth tr ON tr.rec_id = c.insured_rec
)
SELECT format('| status accuracy | %s | >= 0.995 |', round(avg((status = true_status)::int)::numeric, 5)) FROM scored
UNION ALL
SELECT format('| link precision (household_rec is the true person) | %s | >= 0.999 |',
              round(avg((household_rec = insured_rec)::int)::numeric, 5)) FROM scored WHERE household_rec IS NOT NULL
UNION ALL
SELECT format('| links made / insured records | %s | |',
              round(avg((household_rec IS NOT NULL)::int)::numeric, 5)) FROM scored
UNION ALL
SELECT format('| uninsured found / truly uninsured | %s / %s | |',
              (SELECT count(*) FROM cmp WHERE status = 'uninsured'),
              (SELECT count(*) FROM household h WHERE NOT EXISTS (SELECT 1 FROM insured i WHERE i.rec_id = h.rec_id)));

-- dedupe: pairwise precision and recall; the truth is the person behind each record.
CREATE FUNCTION pg_temp.pairwise(tbl regclass, label text) RETURNS SETOF text LANGUAGE plpgsql AS \$f\$
DECLARE
    p numeric;
    r numeric;
BEGIN
    EXECUTE format(\$e\$
        WITH rec AS (
            SELECT d.rec_id, d.cluster_id, CASE WHEN d.rec_id >= 100000000 THEN d.rec_id - 100000000 ELSE d.rec_id END AS person
            FROM %s d
        ), pred AS (
            SELECT a.person = b.person AS correct FROM rec a JOIN rec b ON a.cluster_id = b.cluster_id AND a.rec_id < b.rec_id
        ), truth AS (
            SELECT count(*) AS n FROM rec a JOIN rec b ON a.person = b.person AND a.rec_id < b.rec_id
        )
        SELECT avg(correct::int), (SELECT count(*) FROM pred WHERE correct)::numeric / (SELECT n FROM truth) FROM pred \$e\$, tbl)
    INTO p, r;
    RETURN NEXT format('| %s pairwise precision | %s | >= 0.999 |', label, round(p, 5));
    RETURN NEXT format('| %s pairwise recall | %s | >= 0.99 |', label, round(r, 5));
END \$f\$;
SELECT * FROM pg_temp.pairwise('dd', 'dedupe');
SELECT * FROM pg_temp.pairwise('dd_region', 'dedupe, region_level prefecture,');
SQL
psql -X -q -d postgres -c "DROP DATABASE $DB"
