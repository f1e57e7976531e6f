-- enroll demo (`make demo`, run by test/tools/run.sh with psql -v ON_ERROR_STOP=1
-- on a fresh UTF8 database), on a synthetic province: the data quality of
-- its ID numbers, registration through the register's functions and the
-- loader, the comparison with the household register and the duplicate
-- enrolments, the coverage report of the notices, and at the end the national
-- database's cross-province duplicates and uninsured (at small scale).
\set QUIET on
\pset null ''
CREATE EXTENSION enroll;
-- The register's tables belong to the database, not to the extension:
-- enroll.create_register() creates them (owned by this role), once.
SELECT enroll.create_register() \gset
SET search_path = public, enroll;
SET datestyle = ISO;
\set QUIET off

\echo
\echo '=============================================================================='
\echo ' enroll demo: ID data quality of a synthetic province'
\echo ' enroll 演示：模拟省份参保登记数据的证件号码质量报告'
\echo '=============================================================================='

\echo
\echo '== 1. 200,000 synthetic persons of Shaanxi (610000), seed 20240601, 5 % with ID errors'
\echo '==    生成陕西省模拟参保人员 20 万人（固定随机种子，5% 的证件号码带有录入错误）'
\timing on
CREATE TABLE person AS
SELECT * FROM synth_persons(200000, seed => 20240601, error_rate => 0.05, province => 610000);
\timing off
\set QUIET on
ALTER TABLE person ADD PRIMARY KEY (person_id);
CREATE INDEX person_cnid_true ON person (cnid_true);
ANALYZE person;
\set QUIET off

\echo
\echo '-- One person of each injected error kind (error_kind is the generator''s truth;'
\echo '-- the report below uses only id_number, as a real office would).'
\echo '-- 每类错误各举一例（error_kind 为生成器记录的真实情况，下面的报告只使用 id_number）'
SELECT DISTINCT ON (error_kind)
       person_id, id_number, cnid_true, name, sex, birth_date, region,
       region_name(region, extract(year FROM registered_on)::int) AS region_name_then,
       registered_on, error_kind
FROM person ORDER BY error_kind NULLS FIRST, person_id;

\echo
\echo '== 2. Broken coding rules over all ID numbers (cnid_check)'
\echo '==    按违反的编码规则统计（cnid_check）'
\echo '-- "ok, not canonical": valid numbers typed as 15 digits, with a lower-case x,'
\echo '-- in full-width digits or with blanks; cnid(id_number)::text cleans them.'
\echo '-- "ok, not canonical"：合法但格式不规范（15 位、小写 x、全角、含空格），可自动规范化'
SELECT CASE WHEN NOT cnid_valid(id_number) THEN cnid_check(id_number)
            WHEN id_number = cnid(id_number)::text THEN 'ok'
            ELSE 'ok, not canonical' END AS rule,
       count(*) AS numbers,
       round(100.0 * count(*) / sum(count(*)) OVER (), 2) AS "%"
FROM person GROUP BY 1 ORDER BY 2 DESC;

\echo
\echo '== 3. Abolished county codes still carried by ID numbers, and their counties today'
\echo '==    证件号码中仍在使用的已撤销县级代码及其现行区县（region_current）'
SELECT region AS old_code, region_name(region) AS old_name, count(*) AS persons,
       region_current(region) AS current_codes,
       (SELECT string_agg(region_name(c), '、' ORDER BY c) FROM unnest(region_current(region)) c) AS current_names
FROM person
GROUP BY region
HAVING region_current(region) IS DISTINCT FROM ARRAY[region]
ORDER BY count(*) DESC, region
LIMIT 12;
SELECT sum(n) AS persons,
       sum(n) FILTER (WHERE region_current(region) IS DISTINCT FROM ARRAY[region]) AS with_abolished_code,
       round(100.0 * sum(n) FILTER (WHERE region_current(region) IS DISTINCT FROM ARRAY[region]) / sum(n), 1) AS "%"
FROM (SELECT region, count(*) FROM person GROUP BY region) c(region, n);

\echo
\echo '== 4. ID quality per county of today, with prefecture and province subtotals'
\echo '==    按现行区县统计证件号码问题，含地市小计和全省合计'
\echo '-- The county is the code of the person''s record rolled up to today''s county with'
\echo '-- region_current(); a code split between several counties (610321 宝鸡县) is shown'
\echo '-- on a line of its own.  以 region_current() 将旧代码归并到现行区县；被拆分的旧代码单列。'
WITH per_code AS (              -- aggregate first: region_current() runs once per code
    SELECT region,
           count(*) AS persons,
           count(*) FILTER (WHERE cnid_valid(id_number) AND id_number <> cnid(id_number)::text) AS not_canonical,
           count(*) FILTER (WHERE cnid_check(id_number) = 'check_char') AS check_char,
           count(*) FILTER (WHERE cnid_check(id_number) IN ('birth_date', 'birth_future')) AS birth_date,
           count(*) FILTER (WHERE cnid_check(id_number) IN ('province', 'nationality')) AS province,
           count(*) FILTER (WHERE cnid_check(id_number) IN ('character', 'length')) AS char_length,
           count(*) FILTER (WHERE cnid_check(id_number) = 'empty') AS empty
    FROM person GROUP BY region
), rolled AS (
    SELECT p.*, cur.codes,
           CASE WHEN cardinality(cur.codes) = 1 THEN cur.codes[1] END AS county,
           (SELECT CASE WHEN count(DISTINCT region_prefecture(c)) = 1 THEN min(region_prefecture(c)) END
            FROM unnest(cur.codes) c) AS prefecture
    FROM per_code p CROSS JOIN LATERAL (SELECT region_current(p.region) AS codes) cur
), report AS (
    SELECT prefecture, county, grouping(prefecture, county) AS g,
           CASE WHEN county IS NULL AND grouping(county) = 0 THEN min(region) END AS split_code,
           sum(persons) AS persons, sum(not_canonical) AS not_canonical,
           sum(check_char) AS check_char, sum(birth_date) AS birth_date, sum(province) AS province,
           sum(char_length) AS char_length, sum(empty) AS empty,
           sum(check_char + birth_date + province + char_length + empty) AS invalid
    FROM rolled
    GROUP BY ROLLUP (prefecture, county)
)
SELECT CASE g WHEN 3 THEN '610000' WHEN 1 THEN prefecture::text
              ELSE coalesce(county::text, split_code::text) END AS code,
       CASE g WHEN 3 THEN '== ' || region_name(610000) || ' 合计'
              WHEN 1 THEN '-- ' || region_name(prefecture) || ' 小计'
              ELSE '   ' || coalesce(region_name(county), region_name(split_code) || ' (split 已拆分)') END AS area,
       persons, invalid, round(100.0 * invalid / persons, 2) AS "invalid %",
       check_char, birth_date, province, char_length AS "char/len", empty, not_canonical
FROM report
ORDER BY prefecture NULLS LAST, g, county NULLS LAST;

\echo
\echo '== 5. Typing errors repaired: cnid_repairs() candidates matched to the register by name'
\echo '==    录入错误号码的修复：cnid_repairs() 候选号码按姓名与登记库比对'
\echo '-- A few broken 18-character numbers, their candidates (one substitution or one'
\echo '-- adjacent transposition away), and which candidate belongs to a registered'
\echo '-- person of the same name.  每个错误号码的候选号码中，找出姓名相同的在册人员。'
SELECT p.person_id, p.id_number, p.name, cnid_check(p.id_number) AS rule,
       count(r.candidate) AS candidates,
       string_agg(h.cnid_true::text, ', ') FILTER (WHERE h.person_id IS NOT NULL) AS same_name_in_register,
       bool_or(h.person_id = p.person_id) AS is_true_person
FROM person p
CROSS JOIN LATERAL cnid_repairs(p.id_number) AS r(candidate)
LEFT JOIN person h ON h.cnid_true = r.candidate AND h.name = p.name
WHERE p.person_id IN (SELECT person_id FROM person
                      WHERE length(id_number) = 18 AND NOT cnid_valid(id_number)
                      ORDER BY person_id LIMIT 8)
GROUP BY p.person_id, p.id_number, p.name
ORDER BY p.person_id;

\echo
\echo '-- Over all broken 18-character numbers: how often exactly one candidate matches a'
\echo '-- registered person of the same name, and whether it is the right person.'
\echo '-- 全部错误号码：恰好一个候选号码与同名在册人员匹配的比例，以及匹配是否正确'
WITH broken AS (
    SELECT person_id, id_number, name FROM person
    WHERE length(id_number) = 18 AND NOT cnid_valid(id_number)
), matched AS (
    SELECT b.person_id,
           count(h.person_id) AS same_name_matches,
           bool_or(h.person_id = b.person_id) AS true_person_found
    FROM broken b
    LEFT JOIN LATERAL cnid_repairs(b.id_number) AS r(candidate) ON true
    LEFT JOIN person h ON h.cnid_true = r.candidate AND h.name = b.name
    GROUP BY b.person_id
)
SELECT CASE same_name_matches WHEN 0 THEN 'no match' WHEN 1 THEN 'exactly one match'
            ELSE 'several matches' END AS outcome,
       count(*) AS numbers,
       count(*) FILTER (WHERE true_person_found) AS right_person
FROM matched GROUP BY 1 ORDER BY 2 DESC;

\echo
\echo '== 6. The register: 3,000 of these persons registered through register(),'
\echo '==     1,000 more through the enroll-load CSV loader; then a township''s review queue'
\echo '==    全民参保登记库：通过 register() 与 enroll-load 登记，乡镇初审队列'
CREATE TEMP VIEW register_forms AS
SELECT p.person_id, jsonb_strip_nulls(jsonb_build_object(
           'cnid', p.cnid_true::text, 'name', p.name, 'county', p.region,
           'township', p.region::bigint * 1000 + 1 + p.person_id % 3,
           'employment', (ARRAY['employed', 'flexible', 'unemployed', 'student', 'retired'])[1 + p.person_id % 5],
           'employer', CASE WHEN p.person_id % 5 = 0 THEN '榆林某某有限公司' END,
           'phone', CASE WHEN p.person_id % 10 <> 3 THEN '1' || (3 + p.person_id % 7) || lpad((p.person_id * 7919 % 1000000000)::text, 9, '0') END,
           'insurances', CASE WHEN p.person_id % 6 = 0 THEN '[]' ELSE '[170, 390]' END::jsonb)) AS form
FROM person p
WHERE p.region % 100 <> 0
  AND EXISTS (SELECT 1 FROM enroll.region r WHERE r.code = p.region AND r.status = 'current');
SELECT coalesce(r.action, 'rejected (' || split_part(r.error, ':', 1) || ')') AS result, count(*)
FROM (SELECT * FROM register_forms ORDER BY person_id LIMIT 3000) f, LATERAL enroll.register_try(f.form) r
GROUP BY 1 ORDER BY 1;
\copy (SELECT form ->> 'cnid' AS cnid, form ->> 'name' AS name, form ->> 'county' AS county, form ->> 'township' AS township, form ->> 'employment' AS employment, form ->> 'employer' AS employer, form ->> 'phone' AS phone, '170;390' AS insurances FROM register_forms ORDER BY person_id OFFSET 3000 LIMIT 1000) TO '/tmp/enroll_demo_forms.csv' WITH (FORMAT csv, HEADER true)
\! "$(${PG_CONFIG:-pg_config} --bindir)/enroll-load" -q -d "dbname=$(printf %s "${ENROLL_DEMO_DB:-enroll_demo}")" -r /tmp/enroll_demo_forms.rejects.csv /tmp/enroll_demo_forms.csv
-- Half of them are sent to their township for review (初审).
SELECT count(*) AS submitted FROM (
    SELECT enroll.submit(g.cnid) FROM enroll_register.registration g JOIN enroll_register.person p USING (cnid)
    WHERE g.state = 'collected' AND abs(hashtext(g.cnid::text)) % 2 = 0 ORDER BY g.cnid) s;
SELECT t.township, t.waiting, t.collected,
       (SELECT count(*) FROM enroll_register.problem q JOIN enroll_register.person pp USING (cnid)
        WHERE q.closed_at IS NULL AND region_at(pp.region, 'township') = t.township) AS open_problems
FROM (SELECT region_at(p.region, 'township') AS township, count(*) FILTER (WHERE g.state = 'township_review') AS waiting,
             count(*) FILTER (WHERE g.state = 'collected') AS collected
      FROM enroll_register.person p JOIN enroll_register.registration g USING (cnid) GROUP BY 1) t
ORDER BY t.waiting DESC, 1 LIMIT 5;
\echo '-- The review queue of the busiest township (IDs masked), with its open problems'
SELECT cnid_mask(p.cnid) AS cnid, p.name, p.region, p.employment, person_insurances(p.cnid) AS insurances,
       (SELECT string_agg(q.reason, ', ' ORDER BY q.reason) FROM enroll_register.problem q WHERE q.cnid = p.cnid AND q.closed_at IS NULL) AS problems
FROM enroll_register.person p JOIN enroll_register.registration g USING (cnid)
WHERE g.state = 'township_review'
  AND region_at(p.region, 'township') = (
      SELECT region_at(pp.region, 'township') FROM enroll_register.person pp JOIN enroll_register.registration gg USING (cnid)
      WHERE gg.state = 'township_review' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1)
ORDER BY p.cnid LIMIT 10;
-- Township and county offices approve some; the register then feeds the coverage report.
SELECT count(*) AS township_approved FROM (
    SELECT review(g.cnid, 'township', true) FROM enroll_register.registration g
    WHERE g.state = 'township_review' AND abs(hashtext(g.cnid::text)) % 3 <> 0 ORDER BY g.cnid) s;
SELECT count(*) AS county_confirmed FROM (
    SELECT review(g.cnid, 'county', true) FROM enroll_register.registration g
    WHERE g.state = 'county_review' ORDER BY g.cnid) s;
SELECT * FROM register_summary('prefecture');
\echo '-- Region-scoped access: a county clerk (the busiest county) sees its county only, writes'
\echo '-- through the functions only, and asking whether a person is registered elsewhere'
\echo '-- (异地参保) is recorded in an audit the clerk cannot read, even if rolled back.'
SELECT region_at(region, 'county') AS clerk_county FROM enroll_register.person GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1 \gset
SELECT cnid AS elsewhere FROM enroll_register.person WHERE region_at(region, 'county') <> :clerk_county ORDER BY cnid LIMIT 1 \gset
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'enroll_demo_clerk') THEN CREATE ROLE enroll_demo_clerk; END IF; END $$;
SELECT grant_region('enroll_demo_clerk', :clerk_county) \gset
SET ROLE enroll_demo_clerk;
SELECT count(*) AS persons_the_clerk_sees, min(region_at(region, 'county')) AS county, max(region_at(region, 'county')) AS same_county
FROM enroll_register.person;
SELECT lookup_registration(:'elsewhere') AS other_county_person;
RESET ROLE;
SELECT asked_by, cnid_mask(cnid) AS cnid, answer FROM enroll_register.lookup_audit ORDER BY id;
SELECT region, region_name, household_population, registered, eligible, covered, round(100 * rate::numeric, 2) AS rate_pct
FROM coverage_report('SELECT region, registered, insurances, eligible FROM enroll.register_population()', 'prefecture', 'pension');

\echo
\echo '=============================================================================='
\echo ' Register comparison (社保与公安户籍比对) and duplicate enrolment (重复参保)'
\echo '=============================================================================='
\echo
\echo '== 7. The insured register as entered (messy IDs, some names in traditional form)'
\echo '==     against the household register (clean IDs): statuses per prefecture'
\echo '==    参保库与户籍库比对：按地市统计号码错误、查无此人、姓名不一致、一致、未参保'
\set QUIET on
CREATE TABLE insured_register AS
SELECT person_id AS rec_id, id_number,
       -- every 50th insured name is written in traditional characters
       CASE WHEN person_id % 50 = 0 THEN translate(name, '国华刘张陈杨赵黄吴孙马胡郭林罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文',
                                                     '國華劉張陳楊趙黃吳孫馬胡郭林羅梁宋鄭謝韓唐馮於董蕭程曹袁鄧許傅沈曾彭呂蘇盧蔣蔡賈丁魏薛葉閻餘潘杜戴夏鐘汪田任姜範方石姚譚廖鄒熊金陸郝孔白崔康毛邱秦江史顧侯邵孟龍萬段雷錢湯尹黎易常武喬賀賴龔文')
            WHEN person_id % 97 = 1 THEN name || '某'          -- a different name
            ELSE name END AS name,
       NULL::date AS birth_date, NULL::smallint AS sex
FROM person
WHERE person_id % 23 <> 0;                                       -- about 4 % are uninsured
CREATE TABLE household_register AS
SELECT person_id AS rec_id, cnid_true::text AS id_number, name, birth_date, sex, region
FROM person;
\set QUIET off
\timing on
CREATE TABLE comparison AS
SELECT * FROM compare_registers('SELECT * FROM insured_register',
                                'SELECT rec_id, id_number, name, birth_date, sex FROM household_register');
\timing off
SELECT region_name(region_at(region_rollup_code(h.region), 'prefecture')::int) AS prefecture,
       count(*) FILTER (WHERE c.status = 'id_invalid') AS id_invalid,
       count(*) FILTER (WHERE c.status = 'id_not_found') AS id_not_found,
       count(*) FILTER (WHERE c.status = 'name_mismatch') AS name_mismatch,
       count(*) FILTER (WHERE c.status = 'matched') AS matched,
       count(*) FILTER (WHERE c.status = 'uninsured') AS uninsured,
       count(*) FILTER (WHERE c.status = 'id_invalid' AND c.household_rec IS NOT NULL) AS invalid_but_resolved
FROM comparison c
LEFT JOIN household_register h ON h.rec_id = coalesce(c.household_rec, c.insured_rec)
GROUP BY ROLLUP (1) ORDER BY 1 NULLS LAST;

\echo
\echo '== 8. The uninsured survey list of one county (入户调查名单), IDs masked'
SELECT cnid_mask(h.id_number::cnid) AS cnid, h.name, h.sex, h.birth_date,
       region_name(region_rollup_code(h.region)::int) AS county
FROM comparison c JOIN household_register h ON h.rec_id = c.household_rec
WHERE c.status = 'uninsured' AND region_rollup_code(h.region) = 610802
ORDER BY h.rec_id LIMIT 10;

\echo
\echo '== 9. Duplicate enrolments: the insured register plus about 1,900 records enrolled again'
\echo '==     in another insurance (legacy 15-digit IDs, blank IDs, traditional names);'
\echo '==     the county of enrolment weighs as evidence (region_level)'
\echo '==    重复参保：同一人以 15 位旧号码、空号码或繁体姓名重复登记'
\set QUIET on
-- with the county of enrolment, weighed as evidence (region_level)
CREATE TABLE insured_all AS
SELECT r.rec_id, r.id_number, r.name, r.birth_date, r.sex, p.region::bigint AS region
FROM insured_register r JOIN person p ON p.person_id = r.rec_id
UNION ALL
SELECT 1000000 + p.person_id,
       CASE WHEN p.person_id % 3 = 0 THEN '' ELSE p.cnid_true::text END,
       p.name, p.birth_date, p.sex, p.region
FROM person p WHERE p.person_id % 100 = 7 AND p.person_id % 23 <> 0;
\set QUIET off
\timing on
CREATE TABLE duplicates AS SELECT * FROM dedupe('SELECT * FROM insured_all', region_level => 'county');
\timing off
SELECT reason, count(*) AS records, count(DISTINCT cluster_id) AS clusters FROM duplicates GROUP BY 1 ORDER BY 2 DESC;
\echo '-- A few clusters of more than one record:'
SELECT d.cluster_id, d.rec_id, d.reason, round(d.score::numeric, 2) AS score, i.id_number, i.name
FROM duplicates d JOIN insured_all i USING (rec_id)
WHERE d.cluster_id IN (SELECT cluster_id FROM duplicates WHERE reason <> 'same_id' GROUP BY 1 HAVING count(*) > 1
                       ORDER BY 1 LIMIT 3)
ORDER BY d.cluster_id, d.rec_id;
\echo '-- Why: the evidence of one name link (dedupe_links), per field'
SELECT rec_a, rec_b, reason, round(score::numeric, 3) AS score, kept, jsonb_pretty(explain) AS explain
FROM dedupe_links('SELECT * FROM insured_all', region_level => 'county') WHERE reason = 'name_birth_sex' AND kept
ORDER BY rec_a LIMIT 1;

\echo
\echo '=============================================================================='
\echo ' Coverage (参保率): the annex-1 table of Yulin 2016 and the ranking of Jiujiang 2017 (doc/sources.md)'
\echo '=============================================================================='
\echo
\echo '== 10. The household register of the same persons, with insurances and villages'
\echo '==    户籍人口：参保险种（insset）与村级统计区划代码（合成数据）'
\echo '-- Insurances are synthetic: employees hold {110,210,310,410,510}, residents'
\echo '-- {170,390}, children {390}; each county has its own uninsured share.'
\set QUIET on
CREATE TABLE household AS
SELECT person_id, cnid_true, birth_date,
       -- a village code under the person's county of registration
       (region::bigint * 1000 + 1 + person_id % 9) * 1000 + 1 + (person_id / 9) % 12 AS village,
       person_id % 97 <> 0 AS registered,
       CASE
           WHEN (hashint8(person_id) & 1023) < 20 + (region % 37) * 2 THEN '{}'::insset
           WHEN age_on(birth_date, date '2024-12-31') < 16 THEN '{390}'::insset
           WHEN age_on(birth_date, date '2024-12-31') < 60 AND person_id % 5 < 2
               THEN '{110,210,310,410,510}'::insset
           ELSE '{170,390}'::insset
       END AS insurances,
       CASE WHEN person_id % 211 = 0 THEN '{student}'::text[]
            WHEN person_id % 503 = 0 THEN '{deceased}'
            WHEN person_id % 307 = 0 THEN '{working_away}'
            ELSE '{}' END AS flags
FROM person;
INSERT INTO enroll_register.coverage_target VALUES
    (610000, 'pension', 2024, 0.95, '陕西省 2024 目标（示例）'),
    (610800, 'pension', 2024, 0.98, '榆政办函〔2016〕271号');
\set QUIET off
SELECT insurances, count(*) FROM household GROUP BY 1 ORDER BY 2 DESC;

\echo
\echo '== 11. 榆林市全民参保登记未参保人员统计表 (annex 1): Yulin by county, pension rate'
\echo '==    against the 98 % target, with the best and bottom three (Jiujiang 2017)'
\timing on
SELECT region, region_name, household_population AS "户籍人口", registered AS "已登记",
       pension AS "养老", medical AS "医疗", unemployment AS "失业", work_injury AS "工伤",
       maternity AS "生育", uninsured AS "未参保",
       eligible AS "应参养老", covered AS "已参养老",
       round(100 * rate::numeric, 1) AS "参保率%",
       round(100 * ci_low::numeric, 1) || '–' || round(100 * ci_high::numeric, 1) AS "95%区间",
       round(100 * target::numeric) AS "目标%", round(100 * progress::numeric, 1) AS "完成%",
       rank AS "排名", standing
FROM coverage_report($$
    SELECT village AS region, registered, insurances,
           in_denominator('pension', age_on(birth_date, date '2024-12-31'), flags) AS eligible
    FROM household
    WHERE village / 1000000 IN (   -- counties of Yulin today, old codes included
        -- (OFFSET 0 keeps the look-up on the few distinct codes, not on every row)
        SELECT c FROM (SELECT DISTINCT village / 1000000 AS c FROM household OFFSET 0) d
        WHERE region_at(region_rollup_code(c), 'prefecture') = 610800) $$,
    level => 'county', category => 'pension', year => 2024);
\timing off

\echo
\echo '== 12. The province by prefecture: pension coverage, Wilson 95 % interval, ranking'
\echo '==    全省各地市养老保险参保率、95% 置信区间与排名'
SELECT region, region_name, subtotal, household_population, eligible, covered,
       round(100 * rate::numeric, 2) AS rate_pct,
       round(100 * ci_low::numeric, 2) AS ci_low_pct, round(100 * ci_high::numeric, 2) AS ci_high_pct,
       round(100 * target::numeric) AS target_pct, rank, standing
FROM coverage_report($$
    SELECT village AS region, registered, insurances,
           in_denominator('pension', age_on(birth_date, date '2024-12-31'), flags) AS eligible
    FROM household $$, 'prefecture', 'pension', 2024);

\echo
\echo '== 13. Per-category coverage of the whole province (coverage(insset), coverage_rows)'
\echo '==    全省分险种覆盖情况'
SELECT category, insurance_category_label(category) AS "险种", population, covered,
       round(100 * rate::numeric, 2) AS rate_pct
FROM coverage_rows((SELECT coverage(insurances) FROM household));

\echo
\echo '=============================================================================='
\echo ' The national database: cross-province duplicates (跨省重复参保) and the uninsured (漏保)'
\echo '=============================================================================='
\echo
\echo '== 14. Three provinces, 10,000 synthetic persons each (陕西 61, 四川 51, 新疆 65);'
\echo '==     some enrolled again in the next province: by ID (1 %), with a typo in the'
\echo '==     ID (0.3 %) or without an ID (0.3 %); one person in 97 enrolled nowhere.'
\echo '==    三省各 1 万人，部分人员在邻省重复参保（同号 1%、号码录错 0.3%、无号码 0.3%）'
\set QUIET on
CREATE TABLE nation_people AS
SELECT p.province / 10000 * 1000000 + s.person_id AS person, p.next_province, s.*
FROM (VALUES (610000, 510000), (510000, 650000), (650000, 610000)) AS p(province, next_province),
     LATERAL synth_persons(10000, p.province / 10000, 0.05, p.province) s;
CREATE TABLE nation_records AS          -- the provinces' registers, in one table
SELECT person AS rec_id, region AS province, id_number, name, birth_date, sex
FROM nation_people WHERE person_id % 97 <> 0
UNION ALL
SELECT person + 500000, next_province,
       CASE WHEN person_id % 1000 IN (2, 12, 22)   -- a typo in one digit of the sequence
            THEN overlay(cnid_true::text PLACING ((substr(cnid_true::text, 15, 1)::int + 1) % 10)::text FROM 15 FOR 1)
            WHEN person_id % 1000 IN (3, 13, 23) THEN ''
            ELSE cnid_true::text END,
       name, birth_date, sex
FROM nation_people WHERE (person_id % 100 = 1 OR person_id % 1000 IN (2, 12, 22, 3, 13, 23)) AND person_id % 97 <> 0;
CREATE TABLE nation_household AS        -- the national household extract
SELECT person AS rec_id, cnid_true::text AS id_number, name, birth_date, sex FROM nation_people;
\set QUIET off
SELECT count(*) AS records, count(DISTINCT province / 10000) AS provinces FROM nation_records;

\echo
\echo '-- cross_province_report: per pair of provinces, the persons enrolled in both, by'
\echo '-- the weakest evidence (valid ID, repaired ID, name + birth date + sex).'
\echo '-- 跨省重复参保汇总（按省份对；同号、修复号码、姓名+出生日期+性别）'
\timing on
SELECT name_a AS "省份甲", name_b AS "省份乙", persons AS "重复参保人数", by_id AS "同号",
       by_repaired_id AS "号码修复", by_name AS "姓名出生性别"
FROM cross_province_report('SELECT rec_id, province, id_number, name, birth_date, sex FROM nation_records');
\timing off

\echo
\echo '-- cross_province_duplicates: each province''s record of such a person (one of each kind).'
\echo '-- 跨省重复参保明细：每人每省的记录'
\set QUIET on
CREATE TEMP TABLE nation_dup AS
SELECT * FROM cross_province_duplicates('SELECT rec_id, province, id_number, name, birth_date, sex FROM nation_records');
\set QUIET off
SELECT d.person_key, d.province, d.rec_id, r.id_number, r.name, r.birth_date, d.matched_by, round(d.score::numeric, 4) AS score
FROM nation_dup d JOIN nation_records r USING (rec_id)
WHERE d.person_key IN (SELECT min(person_key) FROM nation_dup GROUP BY matched_by)
ORDER BY d.person_key, d.province, d.rec_id;

\echo
\echo '-- cross_province_uninsured: the household extract''s persons in no province''s register.'
\echo '-- 漏保：全国户籍人口中未在任何省份参保的人员'
SELECT count(*) AS uninsured_found,
       (SELECT count(*) FROM nation_people WHERE person_id % 97 = 0) AS enrolled_nowhere
FROM cross_province_uninsured('SELECT rec_id, province, id_number, name, birth_date, sex FROM nation_records',
                              'SELECT * FROM nation_household');
