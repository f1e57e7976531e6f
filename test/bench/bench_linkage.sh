#!/usr/bin/env bash
# compare_registers() and dedupe() on a synthetic province, with accuracy
# against the generator's truth, time and peak memory per step.
#
#   bash test/bench/bench_linkage.sh [household persons]    (default 3,800,000)
#   PROVINCE=650000 bash test/bench/bench_linkage.sh 200000 (default 610000 陕西)
#
# The household register holds every person with a clean ID and the true name;
# the insured register holds 84 % of them as entered in a second register: the
# generator's 5 % ID errors and 2 % name errors (synth_persons' name_entered:
# homophones, look-alikes, dialect confusions, 冠夫姓, separator variants,
# traditional characters, blanks; doc/reference-synth.md), with birth date and
# sex, so that about 3.2M insured records face 3.8M household persons at the
# default size.  dedupe runs on the insured records plus one more record for
# 1 % of the persons (a third of them with a blank ID, a quarter with a name
# error of their own); then again with each record's county as evidence
# (region_level county), once with every extra record in its person's
# county and once with one in ten enrolled in another county.  The same
# province with 1 % twins and 0.3 % same-county namesakes is deduplicated
# four times: without and with the county, and both again with each
# record's household address and phone as evidence (the insured records
# carry the first register's, the extra records the second register's:
# synth_persons' address_entered and phone_entered, 8 % moved, 25 % with a
# new phone, 5 % without one).  Each step
# runs in its own psql session, whose backend's VmHWM (/proc/<pid>/status;
# shared buffers it touched included) is its peak memory.
#
# OTHER_LIB=/path/to/enroll.so (another build of the library, e.g. the main
# branch's in another tree): then compare_registers, dedupe and dedupe with
# twins, namesakes and evidence also run AB_ROUNDS times (default 5) with
# this tree's library and with that one, taking turns (ABBA), each in a
# session that loads only its library; their minima and medians, and
# whether their rows are identical.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-3800000}
PROVINCE=${PROVINCE:-610000}
export ENROLL_SHARED_BUFFERS=${ENROLL_SHARED_BUFFERS:-2GB}
. test/bench/lib.sh
bench_cluster /tmp/enroll-bench-linkage 54334 fresh
DB=enroll_bench_linkage
bench_db $DB
echo "## linkage benchmark: $(printf "%'d" "$N") household persons, province $PROVINCE"
bench_machine $DB "shared_buffers $ENROLL_SHARED_BUFFERS"
psql -X -q -At -v ON_ERROR_STOP=1 -d $DB <<SQL
CREATE EXTENSION enroll;
SET search_path = public, enroll;
SET client_min_messages = warning;
CREATE UNLOGGED TABLE person AS SELECT * FROM synth_persons($N, 2026, 0.05, $PROVINCE, 0.02);
-- the same persons with more name errors (a larger rate only adds errors):
-- the names of dedupe's extra records
CREATE UNLOGGED TABLE person_again AS
SELECT person_id, name_entered, name_error FROM synth_persons($N, 2026, 0.05, $PROVINCE, 0.25)
WHERE person_id % 100 = 7;
CREATE UNLOGGED TABLE household AS
SELECT person_id AS rec_id, cnid_true::text AS id_number, name, birth_date, sex FROM person;
CREATE UNLOGGED TABLE insured AS
SELECT person_id AS rec_id, id_number, name_entered AS name,
       birth_date, sex                 -- registers keep them beside the ID
FROM person WHERE person_id % 25 NOT IN (0, 1, 2, 3);
-- region: where the extra record was enrolled, the person's county;
-- region_moved: in one case of ten another county (of a person picked by
-- a fixed permutation; most are in another prefecture), as for people
-- working away
CREATE UNLOGGED TABLE extra AS
SELECT 100000000 + p.person_id AS rec_id, CASE WHEN p.person_id % 3 = 0 THEN '' ELSE p.cnid_true::text END AS id_number,
       a.name_entered AS name, p.birth_date, p.sex, p.region,
       CASE WHEN p.person_id / 100 % 10 = 3 THEN q.region ELSE p.region END AS region_moved
FROM person p JOIN person_again a USING (person_id)
LEFT JOIN person q ON q.person_id = p.person_id * 7919 % $N + 1;
-- The same province with twins (1 %) and same-county namesakes (0.3 %):
-- synth_persons' twin_rate and namesake_rate replace a person by a relative
-- of the person before; the other persons are the ones above.  Its
-- insured and extra records are made the same way.
CREATE UNLOGGED TABLE person_fam AS SELECT * FROM synth_persons($N, 2026, 0.05, $PROVINCE, 0.02, 0.01, 0.003);
CREATE UNLOGGED TABLE person_fam_again AS
SELECT person_id, name_entered FROM synth_persons($N, 2026, 0.05, $PROVINCE, 0.25, 0.01, 0.003)
WHERE person_id % 100 = 7;
CREATE UNLOGGED TABLE insured_fam AS
SELECT person_id AS rec_id, id_number, name_entered AS name, birth_date, sex, region, address, phone
FROM person_fam WHERE person_id % 25 NOT IN (0, 1, 2, 3);
CREATE UNLOGGED TABLE extra_fam AS
SELECT 100000000 + p.person_id AS rec_id, CASE WHEN p.person_id % 3 = 0 THEN '' ELSE p.cnid_true::text END AS id_number,
       a.name_entered AS name, p.birth_date, p.sex, p.region,
       p.address_entered AS address, p.phone_entered AS phone
FROM person_fam p JOIN person_fam_again a USING (person_id);
VACUUM ANALYZE household; VACUUM ANALYZE insured; VACUUM ANALYZE extra;
VACUUM ANALYZE insured_fam; VACUUM ANALYZE extra_fam;
CREATE TABLE bench_t (step text, ms float8, vmhwm_kb bigint);
SQL

# one step per session: time, and the backend's peak resident memory
run_step() { # name, SQL creating the result table
	psql -X -q -At -v ON_ERROR_STOP=1 -d $DB <<SQL
SET search_path = public, enroll;
SET client_min_messages = warning;
SELECT clock_timestamp() AS t0 \gset
$2;
INSERT INTO bench_t
SELECT '$1', extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) * 1000,
       (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'), 'VmHWM:\s+(\d+) kB'))[1]::bigint;
SQL
}
run_step compare_registers "CREATE UNLOGGED TABLE cmp AS SELECT * FROM compare_registers('SELECT * FROM insured', 'SELECT * FROM household')"
# The peer: the comparison a DBA writes in plain SQL:
# normalise the ID (blanks, x, 15 -> 18 without the check), a format check by
# regular expression, a join on the first 17 characters, names compared as
# text, and the household persons nobody joined.
run_step compare_plain_sql "CREATE UNLOGGED TABLE cmp_sql AS
    WITH norm AS (
        SELECT rec_id, name,
               CASE WHEN x ~ '^[0-9]{15}\$' THEN substr(x, 1, 6) || '19' || substr(x, 7, 9)
                    WHEN x ~ '^[0-9]{17}[0-9X]\$' THEN substr(x, 1, 17) END AS id17
        FROM (SELECT rec_id, name, upper(regexp_replace(coalesce(id_number, ''), '[[:space:]-]', '', 'g')) AS x FROM insured) s
    ), hh AS (
        SELECT rec_id, name, substr(id_number, 1, 17) AS id17 FROM household
    ), joined AS (
        SELECT n.rec_id AS insured_rec, h.rec_id AS household_rec,
               CASE WHEN n.id17 IS NULL THEN 'id_invalid' WHEN h.rec_id IS NULL THEN 'id_not_found'
                    WHEN h.name <> n.name THEN 'name_mismatch' ELSE 'matched' END AS status
        FROM norm n LEFT JOIN hh h ON h.id17 = n.id17
    )
    SELECT * FROM joined
    UNION ALL
    SELECT NULL, h.rec_id, 'uninsured' FROM hh h
    WHERE NOT EXISTS (SELECT 1 FROM joined j WHERE j.household_rec = h.rec_id)"
run_step dedupe "CREATE UNLOGGED TABLE dd AS SELECT * FROM dedupe(\$q\$
        SELECT rec_id, id_number, name, birth_date, sex FROM insured
        UNION ALL
        SELECT rec_id, id_number, name, birth_date, sex FROM extra \$q\$)"
# the same with each record's county of registration as evidence
run_step dedupe_region "CREATE UNLOGGED TABLE dd_region AS SELECT * FROM dedupe(\$q\$
        SELECT i.rec_id, i.id_number, i.name, i.birth_date, i.sex, p.region FROM insured i JOIN person p ON p.person_id = i.rec_id
        UNION ALL
        SELECT rec_id, id_number, name, birth_date, sex, region FROM extra \$q\$, region_level => 'county')"
# and with one extra record in ten enrolled in another county
run_step dedupe_region_moved "CREATE UNLOGGED TABLE dd_region_moved AS SELECT * FROM dedupe(\$q\$
        SELECT i.rec_id, i.id_number, i.name, i.birth_date, i.sex, p.region FROM insured i JOIN person p ON p.person_id = i.rec_id
        UNION ALL
        SELECT rec_id, id_number, name, birth_date, sex, region_moved FROM extra \$q\$, region_level => 'county')"
# the province with twins and namesakes, without and with the county
run_step dedupe_relatives "CREATE UNLOGGED TABLE dd_fam AS SELECT * FROM dedupe(\$q\$
        SELECT rec_id, id_number, name, birth_date, sex FROM insured_fam
        UNION ALL
        SELECT rec_id, id_number, name, birth_date, sex FROM extra_fam \$q\$)"
run_step dedupe_relatives_region "CREATE UNLOGGED TABLE dd_fam_region AS SELECT * FROM dedupe(\$q\$
        SELECT rec_id, id_number, name, birth_date, sex, region FROM insured_fam
        UNION ALL
        SELECT rec_id, id_number, name, birth_date, sex, region FROM extra_fam \$q\$, region_level => 'county')"
# and with the household address and phone as evidence
run_step dedupe_relatives_evidence "CREATE UNLOGGED TABLE dd_fam_ev AS SELECT * FROM dedupe(\$q\$
        SELECT rec_id, id_number, name, birth_date, sex, address, phone FROM insured_fam
        UNION ALL
        SELECT rec_id, id_number, name, birth_date, sex, address, phone FROM extra_fam \$q\$, evidence => '{address,phone}')"
run_step dedupe_relatives_evidence_region "CREATE UNLOGGED TABLE dd_fam_ev_region AS SELECT * FROM dedupe(\$q\$
        SELECT rec_id, id_number, name, birth_date, sex, region, address, phone FROM insured_fam
        UNION ALL
        SELECT rec_id, id_number, name, birth_date, sex, region, address, phone FROM extra_fam \$q\$,
        region_level => 'county', evidence => '{address,phone}')"

if [ -n "${OTHER_LIB:-}" ]; then
	# the other library's entry points, in a schema of their own
	psql -X -q -At -v ON_ERROR_STOP=1 -d $DB <<SQL
CREATE SCHEMA ab_other;
CREATE FUNCTION ab_other.compare_registers(text, text, real DEFAULT 0.85, integer DEFAULT 1000)
RETURNS TABLE (insured_rec bigint, household_rec bigint, status text, score real)
AS '$OTHER_LIB', 'compare_registers' LANGUAGE C VOLATILE;
CREATE FUNCTION ab_other.dedupe(records_sql text, name_threshold real DEFAULT 0.85, max_cluster_size integer DEFAULT 20,
                                region_level text DEFAULT NULL, min_probability real DEFAULT 0.5,
                                max_block integer DEFAULT 1000, evidence text[] DEFAULT NULL)
RETURNS TABLE (rec_id bigint, cluster_id bigint, score real, reason text)
AS '$OTHER_LIB', 'dedupe_records' LANGUAGE C VOLATILE CALLED ON NULL INPUT;
CREATE TABLE ab_t (step text, lib text, round int, ms float8, vmhwm_kb bigint);
SQL
	ab_step() { # step, lib (this, other), round, SQL with SCHEMA. before the function
		local schema=enroll.
		[ "$2" = other ] && schema=ab_other.
		psql -X -q -At -v ON_ERROR_STOP=1 -d $DB <<SQL
SET search_path = public;
SET client_min_messages = warning;
DROP TABLE IF EXISTS ab_$1_$2;
SELECT clock_timestamp() AS t0 \gset
CREATE UNLOGGED TABLE ab_$1_$2 AS ${4//SCHEMA./$schema};
INSERT INTO ab_t
SELECT '$1', '$2', $3, extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) * 1000,
       (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'), 'VmHWM:\s+(\d+) kB'))[1]::bigint;
SQL
	}
	for round in $(seq 1 "${AB_ROUNDS:-5}"); do
		order="this other"
		[ $((round % 2)) = 0 ] && order="other this"
		for lib in $order; do
			ab_step compare "$lib" "$round" "SELECT * FROM SCHEMA.compare_registers('SELECT * FROM insured', 'SELECT * FROM household')"
			ab_step dedupe "$lib" "$round" "SELECT * FROM SCHEMA.dedupe('SELECT rec_id, id_number, name, birth_date, sex FROM insured
			        UNION ALL SELECT rec_id, id_number, name, birth_date, sex FROM extra')"
			ab_step dedupe_relatives_evidence "$lib" "$round" "SELECT * FROM SCHEMA.dedupe('SELECT rec_id, id_number, name, birth_date, sex, address, phone FROM insured_fam
			        UNION ALL SELECT rec_id, id_number, name, birth_date, sex, address, phone FROM extra_fam', evidence => '{address,phone}')"
		done
	done
	psql -X -q -At -v ON_ERROR_STOP=1 -d $DB <<SQL
\echo
\echo '### this tree''s library against $OTHER_LIB, ${AB_ROUNDS:-5} rounds taking turns'
\echo '| step | this: min / median s | other: min / median s | median this / other | peak memory this / other | rows identical |'
\echo '|---|--:|--:|--:|--:|---|'
SELECT format('| %s | %s / %s | %s / %s | %s | %s / %s MB | %s |', s.step,
              round((min(ms) FILTER (WHERE lib = 'this') / 1000)::numeric, 2),
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE lib = 'this') / 1000)::numeric, 2),
              round((min(ms) FILTER (WHERE lib = 'other') / 1000)::numeric, 2),
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE lib = 'other') / 1000)::numeric, 2),
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE lib = 'this')
                     / percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE lib = 'other'))::numeric, 3),
              round(max(vmhwm_kb) FILTER (WHERE lib = 'this') / 1024.0), round(max(vmhwm_kb) FILTER (WHERE lib = 'other') / 1024.0),
              CASE s.step
                  WHEN 'compare' THEN (SELECT count(*) = 0 FROM ((TABLE ab_compare_this EXCEPT ALL TABLE ab_compare_other)
                                                          UNION ALL (TABLE ab_compare_other EXCEPT ALL TABLE ab_compare_this)) d)
                  WHEN 'dedupe' THEN (SELECT count(*) = 0 FROM ((TABLE ab_dedupe_this EXCEPT ALL TABLE ab_dedupe_other)
                                                         UNION ALL (TABLE ab_dedupe_other EXCEPT ALL TABLE ab_dedupe_this)) d)
                  ELSE (SELECT count(*) = 0 FROM ((TABLE ab_dedupe_relatives_evidence_this EXCEPT ALL TABLE ab_dedupe_relatives_evidence_other)
                                                  UNION ALL (TABLE ab_dedupe_relatives_evidence_other EXCEPT ALL TABLE ab_dedupe_relatives_evidence_this)) d) END)
FROM ab_t s GROUP BY s.step ORDER BY s.step;
SQL
fi

psql -X -q -At -v ON_ERROR_STOP=1 -d $DB <<'SQL'
SET search_path = public, enroll;
SET client_min_messages = warning;
\echo
\echo '| step | rows in | seconds | peak memory (VmHWM) |'
\echo '|---|--:|--:|--:|'
SELECT format('| %s | %s | %s | %s MB |', b.step,
              CASE WHEN b.step LIKE 'compare%' THEN format('%s insured, %s household', (SELECT count(*) FROM insured), (SELECT count(*) FROM household))
                          WHEN b.step = 'dedupe' THEN format('%s records', (SELECT count(*) FROM dd))
                          WHEN b.step = 'dedupe_region' THEN format('%s records, region_level county', (SELECT count(*) FROM dd_region))
                          WHEN b.step = 'dedupe_relatives' THEN format('%s records, 1 %% twins and 0.3 %% namesakes', (SELECT count(*) FROM dd_fam))
                          WHEN b.step = 'dedupe_relatives_region' THEN format('%s records, 1 %% twins and 0.3 %% namesakes, region_level county', (SELECT count(*) FROM dd_fam_region))
                          WHEN b.step = 'dedupe_relatives_evidence' THEN format('%s records, 1 %% twins and 0.3 %% namesakes, evidence address and phone', (SELECT count(*) FROM dd_fam_ev))
                          WHEN b.step = 'dedupe_relatives_evidence_region' THEN format('%s records, 1 %% twins and 0.3 %% namesakes, region_level county, evidence address and phone', (SELECT count(*) FROM dd_fam_ev_region))
                          ELSE format('%s records, region_level county, 1 extra record in 10 enrolled elsewhere', (SELECT count(*) FROM dd_region_moved)) END,
              round(b.ms::numeric / 1000, 1), round(b.vmhwm_kb / 1024.0))
FROM bench_t b ORDER BY CASE b.step WHEN 'compare_registers' THEN 1 WHEN 'compare_plain_sql' THEN 2 WHEN 'dedupe' THEN 3 WHEN 'dedupe_region' THEN 4
                              WHEN 'dedupe_region_moved' THEN 5 WHEN 'dedupe_relatives' THEN 6 WHEN 'dedupe_relatives_region' THEN 7
                              WHEN 'dedupe_relatives_evidence' THEN 8 ELSE 9 END;
SELECT format('speed-up of compare_registers over the plain SQL: %sx',
              round(((SELECT ms FROM bench_t WHERE step = 'compare_plain_sql') / (SELECT ms FROM bench_t WHERE step = 'compare_registers'))::numeric, 1));

\echo
\echo '| name errors in the insured register | records | name_norm kept |'
\echo '|---|--:|--:|'
SELECT format('| %s | %s | %s |', coalesce(p.name_error, '(none)'), count(*),
              count(*) FILTER (WHERE name_norm(p.name_entered) = name_norm(p.name)))
FROM insured i JOIN person p ON p.person_id = i.rec_id GROUP BY p.name_error ORDER BY p.name_error NULLS FIRST;

-- Accuracy against the truth: the expected status of each insured record,
-- for compare_registers and for the plain SQL.
CREATE TEMP TABLE truth AS
SELECT i.rec_id,
       CASE WHEN NOT cnid_valid(coalesce(i.id_number, '')) THEN 'id_invalid'
            WHEN cnid(i.id_number) <> p.cnid_true THEN 'id_not_found'
            WHEN name_norm(i.name) <> name_norm(p.name) THEN 'name_mismatch'
            ELSE 'matched' END AS status
FROM insured i JOIN person p ON p.person_id = i.rec_id;
CREATE FUNCTION pg_temp.accuracy(tbl regclass, label text) RETURNS SETOF text LANGUAGE plpgsql AS $f$
BEGIN
    RETURN QUERY EXECUTE format($e$
        WITH scored AS (SELECT c.*, tr.status AS true_status FROM %1$s c JOIN truth tr ON tr.rec_id = c.insured_rec)
        SELECT format('| %2$s: status accuracy | %%s | >= 0.995 |', round(avg((status = true_status)::int)::numeric, 5)) FROM scored
        UNION ALL
        SELECT format('| %2$s: status accuracy, records with a name error | %%s | |', round(avg((status = true_status)::int)::numeric, 5))
        FROM scored s JOIN person p ON p.person_id = s.insured_rec WHERE p.name_error IS NOT NULL
        UNION ALL
        SELECT format('| %2$s: link precision (household_rec is the true person) | %%s | >= 0.999 |',
                      round(avg((household_rec = insured_rec)::int)::numeric, 5)) FROM scored WHERE household_rec IS NOT NULL
        UNION ALL
        SELECT format('| %2$s: links made / insured records | %%s | |',
                      round(avg((household_rec IS NOT NULL)::int)::numeric, 5)) FROM scored
        UNION ALL
        SELECT format('| %2$s: uninsured found / truly uninsured | %%s / %%s | <= 0.2 %%%% off |',
                      (SELECT count(*) FROM %1$s WHERE status = 'uninsured'),
                      (SELECT count(*) FROM household h WHERE NOT EXISTS (SELECT 1 FROM insured i WHERE i.rec_id = h.rec_id))) $e$,
        tbl, label);
END $f$;
\echo
\echo '| measure | value | goal |'
\echo '|---|--:|---|'
SELECT * FROM pg_temp.accuracy('cmp', 'compare_registers');
SELECT * FROM pg_temp.accuracy('cmp_sql', 'plain SQL');

-- dedupe: pairwise precision and recall; the truth is the person behind each record.
CREATE FUNCTION pg_temp.pairwise(tbl regclass, label text) RETURNS SETOF text LANGUAGE plpgsql AS $f$
DECLARE
    p numeric;
    r numeric;
BEGIN
    EXECUTE format($e$
        WITH rec AS (
            SELECT d.rec_id, d.cluster_id, CASE WHEN d.rec_id >= 100000000 THEN d.rec_id - 100000000 ELSE d.rec_id END AS person
            FROM %s d
        ), pred AS (
            SELECT a.person = b.person AS correct FROM rec a JOIN rec b ON a.cluster_id = b.cluster_id AND a.rec_id < b.rec_id
        ), truth AS (
            SELECT count(*) AS n FROM rec a JOIN rec b ON a.person = b.person AND a.rec_id < b.rec_id
        )
        SELECT avg(correct::int), (SELECT count(*) FROM pred WHERE correct)::numeric / (SELECT n FROM truth) FROM pred $e$, tbl)
    INTO p, r;
    RETURN NEXT format('| %s pairwise precision | %s | >= 0.999 |', label, round(p, 5));
    RETURN NEXT format('| %s pairwise recall | %s | >= 0.99 |', label, round(r, 5));
END $f$;
SELECT * FROM pg_temp.pairwise('dd', 'dedupe');
SELECT * FROM pg_temp.pairwise('dd_region', 'dedupe, region_level county,');
SELECT * FROM pg_temp.pairwise('dd_region_moved', 'dedupe, region_level county, 1 extra record in 10 enrolled elsewhere,');
SELECT * FROM pg_temp.pairwise('dd_fam', 'dedupe, 1 % twins and 0.3 % namesakes,');
SELECT * FROM pg_temp.pairwise('dd_fam_region', 'dedupe, 1 % twins and 0.3 % namesakes, region_level county,');
SELECT * FROM pg_temp.pairwise('dd_fam_ev', 'dedupe, 1 % twins and 0.3 % namesakes, evidence address and phone,');
SELECT * FROM pg_temp.pairwise('dd_fam_ev_region', 'dedupe, 1 % twins and 0.3 % namesakes, region_level county, evidence address and phone,');
-- the false pairs of the province with relatives: how many join a twin or
-- a namesake to its relative
\echo
\echo '| false pairs, province with twins and namesakes | dedupe | region_level county | evidence address and phone | both |'
\echo '|---|--:|--:|--:|--:|'
CREATE FUNCTION pg_temp.false_pairs(tbl regclass) RETURNS TABLE (kind text, n bigint) LANGUAGE plpgsql AS $f$
BEGIN
    RETURN QUERY EXECUTE format($e$
        WITH rec AS (
            SELECT d.rec_id, d.cluster_id, CASE WHEN d.rec_id >= 100000000 THEN d.rec_id - 100000000 ELSE d.rec_id END AS person
            FROM %s d
        )
        SELECT CASE WHEN pa.related_to = pb.person_id OR pb.related_to = pa.person_id THEN coalesce(pa.relation, pb.relation) || 's'
                    ELSE 'others' END, count(*)
        FROM rec a JOIN rec b ON a.cluster_id = b.cluster_id AND a.rec_id < b.rec_id AND a.person <> b.person
        JOIN person_fam pa ON pa.person_id = a.person JOIN person_fam pb ON pb.person_id = b.person
        GROUP BY 1 $e$, tbl);
END $f$;
SELECT format('| %s | %s | %s | %s | %s |', k, coalesce((SELECT n FROM pg_temp.false_pairs('dd_fam') WHERE kind = k), 0),
              coalesce((SELECT n FROM pg_temp.false_pairs('dd_fam_region') WHERE kind = k), 0),
              coalesce((SELECT n FROM pg_temp.false_pairs('dd_fam_ev') WHERE kind = k), 0),
              coalesce((SELECT n FROM pg_temp.false_pairs('dd_fam_ev_region') WHERE kind = k), 0))
FROM unnest(ARRAY['twins', 'namesakes', 'others']) k;
SQL
psql -X -q -d postgres -c "DROP DATABASE $DB"
