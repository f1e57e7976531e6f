#!/usr/bin/env bash
# register() and register_batch() on the same N forms (default 5,000), good
# and bad: every kind of field error, persons with several forms (changed and
# repeated), stale versions.  The forms go once through register(), one call
# per form in row order, and once, on an emptied register, through
# register_batch() in batches; then the two runs are compared row by row:
# the result of every form (action, or SQLSTATE, field and message), and
# every row of person, registration, enrolment, person_flag, problem and
# history, leaving out only timestamps, transaction ids and generated ids;
# and as_of() of every table at the end and half-way (after the same forms).
#
#   PGHOST=... PGPORT=... bash test/tools/register_batch_compare.sh [N] [batch]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-5000}
BATCH=${2:-1000}
DB=${ENROLL_COMPARE_DB:-enroll_register_batch_compare}
. test/bench/lib.sh
bench_db "$DB"
t0=$(date +%s.%N)
psql -X -q -At -v ON_ERROR_STOP=1 -v n="$N" -v batch="$BATCH" -d "$DB" <<'SQL'
CREATE EXTENSION enroll;
SELECT enroll.create_register() \g /dev/null
SET search_path = public, enroll;
-- Persons: about 0.8 forms per person, so that a tenth of the persons
-- have two or more forms (some identical, some changed).
CREATE TABLE forms AS
WITH r AS (SELECT i, (i * 7919) % (:n * 4 / 5) + 1 AS p FROM generate_series(1, :n) i),
b AS (SELECT i, p, CASE WHEN p % 2 = 0 THEN 610802::bigint ELSE 610803::bigint END AS county,
             (CASE WHEN p % 2 = 0 THEN '610802' ELSE '610803' END)
                 || to_char(date '1950-01-01' + (p % 20000), 'YYYYMMDD') || lpad((p / 20000 % 1000)::text, 3, '0') AS body
      FROM r),
c AS (SELECT b.*, body || substr('10X98765432', (SELECT sum(substr(body, k, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[k])
                                                FROM generate_series(1, 17) k)::int % 11 + 1, 1) AS id FROM b)
SELECT i AS rowno, jsonb_strip_nulls(jsonb_build_object(
    'cnid', CASE i % 97 WHEN 1 THEN left(id, 17) || CASE WHEN right(id, 1) = '0' THEN '1' ELSE '0' END   -- check character
                        WHEN 2 THEN NULL WHEN 3 THEN '  ' || lower(id) || ' ' ELSE id END,
    'name', CASE i % 89 WHEN 1 THEN '张三3' WHEN 2 THEN repeat('张', 51) WHEN 3 THEN NULL WHEN 4 THEN ' 李　四 ' ELSE '张' || chr(20000 + p % 5000) END,
    'county', CASE i % 83 WHEN 1 THEN '610899' WHEN 2 THEN '61080' WHEN 3 THEN NULL ELSE county::text END,
    'township', CASE i % 79 WHEN 1 THEN 610803001 + (county - 610803) * 1000 + 1000 ELSE county * 1000 + 1 + p % 3 END,
    'village', CASE WHEN i % 7 = 0 THEN (county * 1000 + 1 + p % 3) * 1000 + 1 + p % 5 END,
    'employment', CASE i % 73 WHEN 1 THEN 'boss' WHEN 2 THEN NULL
                  ELSE (ARRAY['已单位就业', 'flexible', '未就业', '离退休', 'Student', '学龄前'])[1 + (p + i / 3000) % 6] END,
    'employer', CASE WHEN (p + i / 3000) % 6 = 0 AND i % 71 <> 1 THEN '榆林某某公司' || p % 100 WHEN i % 67 = 1 THEN '多余单位' END,
    'hukou', CASE i % 61 WHEN 1 THEN '999999' ELSE county::text END,
    'address', '陕西省榆林市新建路' || p % 500 || '号',
    'phone', CASE i % 59 WHEN 1 THEN '1380013800' WHEN 2 THEN '12800138000' WHEN 3 THEN '+86 138-0013-8000' WHEN 4 THEN NULL
             ELSE '1' || (3 + p % 7) || lpad(((p::bigint * 7919 + i / 2000) % 1000000000)::text, 9, '0') END,
    'insurances', CASE i % 53 WHEN 1 THEN '["999"]'::jsonb WHEN 2 THEN '["17"]'::jsonb WHEN 3 THEN '"170"'::jsonb
                  ELSE CASE WHEN p % 5 = 0 THEN '[]'::jsonb WHEN p % 4 = 0 THEN '["110", "310", 410]'::jsonb ELSE '["170", "390"]'::jsonb END END,
    'not_insured_reason', CASE WHEN i % 47 = 1 THEN 'lazy' WHEN i % 47 = 2 THEN 'personal' WHEN p % 5 = 0 AND p % 3 = 0 THEN 'personal' END,
    'insured_elsewhere', CASE WHEN i % 43 = 1 THEN 'abroad' WHEN p % 50 = 1 THEN 'province' END,
    'flags', CASE i % 41 WHEN 1 THEN '["deceased"]'::jsonb WHEN 2 THEN '["flying"]'::jsonb WHEN 3 THEN '["student", "unwilling"]'::jsonb END,
    'version', CASE WHEN i % 37 = 1 THEN 1 WHEN i % 37 = 2 THEN 0 WHEN i % 37 = 3 THEN 2 END,
    'colour', CASE WHEN i % 31 = 1 THEN 'red' END)) AS form
FROM c;
ALTER TABLE forms ADD PRIMARY KEY (rowno);
-- a form sent twice (unchanged the second time)
UPDATE forms f SET form = g.form FROM forms g WHERE g.rowno = f.rowno - 1 AND f.rowno % 50 = 25;

-- 0. The C rules against their PL/pgSQL reference, form by form: these forms
-- and some odd ones (types, blanks, full-width text, number spellings).
\i test/tools/form_normalize_plpgsql.sql
CREATE TABLE odd (form jsonb);
INSERT INTO odd SELECT jsonb_build_object('cnid', '11010519491231002X', 'name', '张三', 'county', 610802, 'employment', 'unemployed') || o
FROM (VALUES ('{}'::jsonb), ('{"cnid": "11010519491231002x"}'), ('{"cnid": " 110105491231002 "}'), ('{"cnid": "１１０１０５１９４９１２３１００２Ｘ"}'),
      ('{"cnid": 110105194912310021}'), ('{"cnid": true}'), ('{"cnid": ""}'), ('{"cnid": null}'), ('{"cnid": [1]}'),
      ('{"name": "\u3000张\t三\n"}'), ('{"name": "Ｚｈａｎｇ　Ｓａｎ"}'), ('{"name": "张３"}'), ('{"name": 5}'), ('{"name": "   "}'), ('{"name": {"a": 1}}'),
      ('{"county": "610802 "}'), ('{"county": " 610802"}'), ('{"county": 610802.0}'), ('{"county": "６１０８０２"}'), ('{"county": 610800}'),
      ('{"county": 610000}'), ('{"county": false}'), ('{"township": 610802001, "village": 610802001001}'), ('{"village": 610802001001}'),
      ('{"township": "610802001", "village": 610802002001}'), ('{"employment": "UNEMPLOYED"}'), ('{"employment": " 离退休 "}'),
      ('{"employment": "employed"}'), ('{"employment": "employed", "employer": "  某公司  "}'), ('{"employment": "flexible", "employer": " "}'),
      ('{"employment": ""}'), ('{"employment": "x"}'), ('{"hukou": 110105}'), ('{"hukou": 999999}'), ('{"hukou": "11010"}'),
      ('{"phone": 13800138000}'), ('{"phone": "８６１３８００１３８０００"}'), ('{"phone": "+86-138 0013 8000"}'), ('{"phone": "8613800138000"}'),
      ('{"phone": "+8612800138000"}'), ('{"phone": "－"}'), ('{"phone": ""}'), ('{"phone": null}'), ('{"phone": [1]}'), ('{"phone": "12345"}'),
      ('{"insurances": []}'), ('{"insurances": [170, "170", 390]}'), ('{"insurances": [4.1e2]}'), ('{"insurances": [170.0]}'),
      ('{"insurances": ["007", "999", "998"]}'), ('{"insurances": null}'), ('{"insurances": {"a": 1}}'), ('{"insurances": [[170]]}'),
      ('{"insurances": [170], "not_insured_reason": "personal"}'), ('{"not_insured_reason": " personal "}'), ('{"not_insured_reason": "Personal"}'),
      ('{"insured_elsewhere": "province"}'), ('{"insured_elsewhere": "mars"}'), ('{"flags": ["student", "student", "military"]}'),
      ('{"flags": []}'), ('{"flags": null}'), ('{"flags": "student"}'), ('{"flags": [1]}'), ('{"flags": ["deceased", "student"]}'),
      ('{"version": 1}'), ('{"version": null}'), ('{"version": "1"}'), ('{"version": 1.0}'), ('{"version": 1234567890}'), ('{"version": 0}'),
      ('{"address": "陕西省　榆林市\r\n新建路 1 号\u2028"}'), ('{"address": 7}'), ('{"colour": 1, "Size": 2, "_x": 3}'), ('{"Name": "x"}')) v(o)
UNION ALL VALUES ('[]'::jsonb), ('"form"'::jsonb), (NULL::jsonb), ('{}'::jsonb);
CREATE FUNCTION public.plpgsql_check(form jsonb, OUT normalized jsonb, OUT state text, OUT field text, OUT message text)
LANGUAGE plpgsql AS $$
BEGIN
    normalized := public.plpgsql_form_normalize(form);
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, field = COLUMN_NAME, message = MESSAGE_TEXT;
END $$;
SELECT 'C rules differ from the PL/pgSQL ones on ' || count(*) FILTER (WHERE (a.*) IS DISTINCT FROM (b.*)) || ' of ' || count(*) || ' forms'
FROM (SELECT form FROM forms UNION ALL SELECT form FROM odd) f,
     LATERAL enroll.form_check(f.form) a, LATERAL public.plpgsql_check(f.form) b;
SELECT 'differs: ' || f.form::text || E'\n  C: ' || row(a.*) || E'\n  PL/pgSQL: ' || row(b.*)
FROM (SELECT form FROM forms UNION ALL SELECT form FROM odd) f,
     LATERAL enroll.form_check(f.form) a, LATERAL public.plpgsql_check(f.form) b
WHERE (a.*) IS DISTINCT FROM (b.*) LIMIT 10;
-- enroll-load's CSV cells to a form: the C load_form() against its former SQL.
CREATE TABLE cells (k text[], v text[]);
INSERT INTO cells SELECT ARRAY['cnid', 'insurances', 'flags', 'name', NULL], ARRAY[c, c, c, c, c]
FROM unnest(ARRAY['170;390', '170 ; ;390', ' 170，390、410 ', E'170\t390', '170;', ';170', '170||390', '170 390', E'170  \n 390',
                  'student unwilling', '', '   ', ' x ', '170；390', NULL, 'a,b|c', E'\t170']) c;
INSERT INTO cells VALUES (ARRAY['cnid', 'cnid'], ARRAY['1', '2']), (NULL, NULL), (ARRAY['name'], ARRAY['a', 'b']);
SELECT 'C load_form differs from the SQL one on ' || count(*) FILTER (WHERE enroll.load_form(k, v) IS DISTINCT FROM public.sql_load_form(k, v))
       || ' of ' || count(*) || ' rows of cells' FROM cells;

CREATE FUNCTION pg_temp.snapshot(tag text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format($q$CREATE TABLE %I AS
        SELECT 'person' AS tbl, to_jsonb(x) - 'updated_at' AS row FROM enroll_register.person x
        UNION ALL SELECT 'registration', to_jsonb(x) - 'collected_at' FROM enroll_register.registration x
        UNION ALL SELECT 'enrolment', to_jsonb(x) - 'since' FROM enroll_register.enrolment x
        UNION ALL SELECT 'person_flag', to_jsonb(x) - 'set_at' FROM enroll_register.person_flag x
        UNION ALL SELECT 'problem', to_jsonb(x) - '{id,opened_at,closed_at}'::text[] || jsonb_build_object('closed', x.closed_at IS NOT NULL)
                  FROM enroll_register.problem x
        UNION ALL SELECT 'history', jsonb_build_object('cnid', h.cnid, 'tbl', h.tbl,
                      'key', CASE WHEN h.tbl = 'problem' THEN coalesce(h.new, h.old) ->> 'reason' ELSE h.key END,
                      'op', h.op, 'region', h.region, 'actor', h.actor, 'session_actor', h.session_actor,
                      'old', h.old - '{id,updated_at,collected_at,since,set_at,opened_at,closed_at}'::text[],
                      'new', h.new - '{id,updated_at,collected_at,since,set_at,opened_at,closed_at}'::text[],
                      'closed', (h.new ->> 'closed_at') IS NOT NULL)
                  FROM enroll_register.history_rows h$q$, tag);
END $$;
-- as_of() of every table at a time, without what the snapshot leaves out
CREATE FUNCTION pg_temp.snapshot_as_of(tag text, at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format($q$CREATE TABLE %I AS
        SELECT 'person' AS tbl, to_jsonb(x) - 'updated_at' AS row FROM enroll.as_of(NULL::enroll_register.person, $1) x
        UNION ALL SELECT 'registration', to_jsonb(x) - 'collected_at' FROM enroll.as_of(NULL::enroll_register.registration, $1) x
        UNION ALL SELECT 'enrolment', to_jsonb(x) - 'since' FROM enroll.as_of(NULL::enroll_register.enrolment, $1) x
        UNION ALL SELECT 'person_flag', to_jsonb(x) - 'set_at' FROM enroll.as_of(NULL::enroll_register.person_flag, $1) x
        UNION ALL SELECT 'problem', to_jsonb(x) - '{id,opened_at,closed_at}'::text[] || jsonb_build_object('closed', x.closed_at IS NOT NULL)
                  FROM enroll.as_of(NULL::enroll_register.problem, $1) x$q$, tag) USING at;
END $$;
-- half-way: after the batch that ends there, and after the same forms one by one
SELECT (:n / :batch / 2) * :batch AS half \gset

-- 1. register(), one call per form, in row order.
CREATE TABLE res_single (rowno bigint PRIMARY KEY, action text, sqlstate text, field text, error text);
CREATE FUNCTION pg_temp.register_each(lo bigint, hi bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    x record;
    st text; col text; msg text;
BEGIN
    FOR x IN SELECT * FROM forms WHERE rowno > lo AND rowno <= hi ORDER BY rowno LOOP
        BEGIN
            INSERT INTO res_single VALUES (x.rowno, enroll.register(x.form) ->> 'action');
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, col = COLUMN_NAME, msg = MESSAGE_TEXT;
            INSERT INTO res_single VALUES (x.rowno, 'rejected', st, nullif(col, ''), msg);
        END;
    END LOOP;
END $$;
SELECT pg_temp.register_each(0, :half);
CREATE TABLE mark_single AS SELECT clock_timestamp() AS at;
SELECT pg_temp.register_each(:half, :n);
SELECT pg_temp.snapshot('snap_single');
SELECT pg_temp.snapshot_as_of('half_single', (SELECT at FROM mark_single));
SELECT pg_temp.snapshot_as_of('end_single', clock_timestamp());
TRUNCATE enroll_register.history, enroll_register.problem, enroll_register.person_flag, enroll_register.enrolment,
         enroll_register.registration, enroll_register.person;

-- 2. register_batch(), in batches of :batch forms (staging tables as enroll-load's).
CREATE TABLE res_batch (rowno bigint PRIMARY KEY, action text, sqlstate text, field text, error text);
CREATE TEMP TABLE stage (rowno bigint, form jsonb);
SELECT format('INSERT INTO stage SELECT rowno, form FROM forms WHERE rowno > %s AND rowno <= %s;
               INSERT INTO res_batch SELECT rowno, action, sqlstate, field, error FROM enroll.register_batch(''stage'');
               TRUNCATE stage;', k, k + :batch)
       || CASE WHEN k + :batch = :half OR (k = 0 AND :half = 0) THEN ' CREATE TABLE mark_batch AS SELECT clock_timestamp() AS at;' ELSE '' END
FROM generate_series(0, :n - 1, :batch) k \gexec
SELECT pg_temp.snapshot('snap_batch');
SELECT pg_temp.snapshot_as_of('half_batch', (SELECT at FROM mark_batch));
SELECT pg_temp.snapshot_as_of('end_batch', clock_timestamp());

-- 3. Compare.
\echo forms, actions and rejections (register()):
SELECT action, count(*) FROM res_single GROUP BY action ORDER BY action;
SELECT count(DISTINCT sqlstate) || ' SQLSTATEs, ' || count(DISTINCT field) || ' fields rejected' FROM res_single;
SELECT 'results differ: ' || count(*) FROM res_single s FULL JOIN res_batch b USING (rowno)
WHERE (s.action, s.sqlstate, s.field, s.error) IS DISTINCT FROM (b.action, b.sqlstate, b.field, b.error);
SELECT 'rows in register() run: ' || (SELECT count(*) FROM snap_single) || ', in register_batch() run: ' || (SELECT count(*) FROM snap_batch);
SELECT 'register rows differ: ' || ((SELECT count(*) FROM (SELECT * FROM snap_single EXCEPT ALL SELECT * FROM snap_batch) a)
                                  + (SELECT count(*) FROM (SELECT * FROM snap_batch EXCEPT ALL SELECT * FROM snap_single) b));
SELECT 'as_of() rows half-way: ' || (SELECT count(*) FROM half_single) || ' and ' || (SELECT count(*) FROM half_batch)
       || ', at the end: ' || (SELECT count(*) FROM end_single) || ' and ' || (SELECT count(*) FROM end_batch) || '; differ: '
       || ((SELECT count(*) FROM (SELECT * FROM half_single EXCEPT ALL SELECT * FROM half_batch) a)
           + (SELECT count(*) FROM (SELECT * FROM half_batch EXCEPT ALL SELECT * FROM half_single) b)
           + (SELECT count(*) FROM (SELECT * FROM end_single EXCEPT ALL SELECT * FROM end_batch) c)
           + (SELECT count(*) FROM (SELECT * FROM end_batch EXCEPT ALL SELECT * FROM end_single) d));
SQL
psql -X -q -At -d "$DB" > "${TMPDIR:-/tmp}/$DB.diff.txt" 2>&1 <<'SQL' || true
SELECT 'single', s.*, 'batch', b.* FROM res_single s FULL JOIN res_batch b USING (rowno)
WHERE (s.action, s.sqlstate, s.field, s.error) IS DISTINCT FROM (b.action, b.sqlstate, b.field, b.error) LIMIT 5;
(SELECT 'only single', * FROM snap_single EXCEPT ALL SELECT 'only single', * FROM snap_batch) LIMIT 5;
(SELECT 'only batch', * FROM snap_batch EXCEPT ALL SELECT 'only batch', * FROM snap_single) LIMIT 5;
(SELECT 'half-way, only single', * FROM half_single EXCEPT ALL SELECT 'half-way, only single', * FROM half_batch) LIMIT 5;
(SELECT 'half-way, only batch', * FROM half_batch EXCEPT ALL SELECT 'half-way, only batch', * FROM half_single) LIMIT 5;
(SELECT 'end, only single', * FROM end_single EXCEPT ALL SELECT 'end, only single', * FROM end_batch) LIMIT 5;
(SELECT 'end, only batch', * FROM end_batch EXCEPT ALL SELECT 'end, only batch', * FROM end_single) LIMIT 5;
SQL
t1=$(date +%s.%N)
R=$(psql -X -q -At -d "$DB" -c "SELECT (SELECT count(*) FROM cells WHERE enroll.load_form(k, v) IS DISTINCT FROM public.sql_load_form(k, v))
    + (SELECT count(*) FROM (SELECT form FROM forms UNION ALL SELECT form FROM odd) f,
        LATERAL enroll.form_check(f.form) a, LATERAL public.plpgsql_check(f.form) b WHERE (a.*) IS DISTINCT FROM (b.*))
    + (SELECT count(*) FROM res_single s FULL JOIN res_batch b USING (rowno)
        WHERE (s.action, s.sqlstate, s.field, s.error) IS DISTINCT FROM (b.action, b.sqlstate, b.field, b.error))
    + (SELECT count(*) FROM (SELECT * FROM snap_single EXCEPT ALL SELECT * FROM snap_batch) a)
    + (SELECT count(*) FROM (SELECT * FROM snap_batch EXCEPT ALL SELECT * FROM snap_single) b)
    + (SELECT count(*) FROM (SELECT * FROM half_single EXCEPT ALL SELECT * FROM half_batch) c)
    + (SELECT count(*) FROM (SELECT * FROM half_batch EXCEPT ALL SELECT * FROM half_single) d)
    + (SELECT count(*) FROM (SELECT * FROM end_single EXCEPT ALL SELECT * FROM end_batch) e)
    + (SELECT count(*) FROM (SELECT * FROM end_batch EXCEPT ALL SELECT * FROM end_single) f)
    || ' ' || (SELECT count(*) FROM res_batch) || ' ' || (SELECT count(*) FILTER (WHERE action = 'rejected') FROM res_batch)")
read -r differ nres nrej <<<"$R"
echo "$N forms ($nrej rejected), batches of $BATCH: $differ differences; $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", b - a }') s"
if [ "$differ" = 0 ] && [ "$nres" = "$N" ] && [ "$nrej" -gt 0 ]; then
    rm -f "${TMPDIR:-/tmp}/$DB.diff.txt"; echo "batch-compare: PASS"
else
    cat "${TMPDIR:-/tmp}/$DB.diff.txt"; echo "batch-compare: FAIL"; exit 1
fi
