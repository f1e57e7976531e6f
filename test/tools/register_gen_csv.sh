#!/usr/bin/env bash
# Synthetic registration forms as CSV (UTF-8) with the form's Chinese
# headers: N rows; every 20th row is bad (bad phone, bad check character,
# unknown county, a missing column, employed without employer, in turn);
# row 7 of every 1000 repeats the previous row exactly (a form exported twice).
# Needs a database with enroll (PGDATABASE or the current default).
#   bash test/tools/register_gen_csv.sh N [start] > forms.csv
set -euo pipefail
N=${1:-1000}
START=${2:-1}
DB=${ENROLL_LOAD_DB:-${PGDATABASE:-postgres}}
echo '公民身份证号码,姓名,县(区),镇(街道),村(社区),就业状态,工作单位,户口所在地,常住所在地地址,联系电话,现参保情况,未参保原因,异地参保'
psql -X -At -v ON_ERROR_STOP=1 -d "$DB" <<SQL
COPY (
WITH r AS (
    SELECT i, CASE WHEN i % 1000 = 7 THEN i - 1 ELSE i END AS p FROM generate_series($START, $START + $N - 1) i),
f AS (
    SELECT i, p,
           CASE WHEN p % 2 = 0 THEN 610802::bigint ELSE 610803::bigint END AS county,
           (CASE WHEN p % 2 = 0 THEN '610802' ELSE '610803' END)
               || to_char(date '1950-01-01' + (p % 20000), 'YYYYMMDD') || lpad((p / 20000 % 1000)::text, 3, '0') AS body
    FROM r)
SELECT CASE
    WHEN i % 20 = 0 AND i / 20 % 5 = 3 THEN   -- a missing column
        concat_ws(',', id, '张' || chr(20000 + p % 5000), county, county * 1000 + 1, '', '未就业', '', county, '')
    ELSE concat_ws(',',
        CASE WHEN i % 20 = 0 AND i / 20 % 5 = 1 THEN body || CASE WHEN right(id, 1) = '0' THEN '1' ELSE '0' END ELSE id END,
        '张' || chr(20000 + p % 5000),
        CASE WHEN i % 20 = 0 AND i / 20 % 5 = 2 THEN '610899' ELSE county::text END,
        county * 1000 + 1 + p % 3,
        (county * 1000 + 1 + p % 3) * 1000 + 1 + p % 7,
        CASE WHEN p % 4 = 0 THEN '已单位就业' WHEN p % 4 = 1 THEN '灵活就业' WHEN p % 4 = 2 THEN '未就业' ELSE '离退休' END,
        CASE WHEN p % 4 = 0 AND NOT (i % 20 = 0 AND i / 20 % 5 = 4) THEN '"榆林某某公司' || p % 100 || '号,分公司"' ELSE '' END,
        county,
        '"陕西省榆林市' || CASE WHEN p % 2 = 0 THEN '榆阳区' ELSE '横山区' END || '新建路' || p % 500 || '号"',
        CASE WHEN i % 20 = 0 AND i / 20 % 5 = 0 THEN '1380013800'
             ELSE '1' || (3 + p % 7) || lpad(((p::bigint * 7919) % 1000000000)::text, 9, '0') END,
        CASE WHEN p % 5 = 0 THEN '' WHEN p % 4 = 0 THEN '110;310;410' ELSE '170;390' END,
        CASE WHEN p % 5 = 0 THEN 'personal' ELSE '' END,
        CASE WHEN p % 50 = 1 THEN 'province' ELSE '' END)
    END
FROM (SELECT f.*, body || substr('10X98765432', (SELECT sum(substr(body, k, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[k])
                                                FROM generate_series(1, 17) k)::int % 11 + 1, 1) AS id FROM f) g
ORDER BY i
) TO STDOUT;
SQL
