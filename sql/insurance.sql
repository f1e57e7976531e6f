-- Insurance types and insset: I/O, errors, operators, functions, opclasses,
-- pinned hash values, binary round trip.
SET search_path = enroll, public;

SELECT code, category, basic, name_zh FROM insurance_type ORDER BY code;
SELECT c, insurance_category_label(c), insurance_category_label(c, 'en')
FROM unnest(ARRAY['pension', 'medical', 'unemployment', 'work_injury', 'maternity', 'any', 'nonsense']) c;

-- Text form: codes ascending, duplicates and blanks folded.
SELECT v AS input, v::insset AS canonical
FROM (VALUES ('{}'), ('{110}'), (' { 510 , 110,110 } '), ('{392,390,340,330,320,310,210,170,120,110,410,510}')) t(v);

\set ON_ERROR_STOP 0
SELECT '{999}'::insset;
SELECT '{11}'::insset;
SELECT '{1100}'::insset;
SELECT '110'::insset;
SELECT '{110,}'::insset;
SELECT '{110;310}'::insset;
SELECT '{110} x'::insset;
SELECT '{,}'::insset;
SELECT insset(ARRAY[110, 999]::smallint[]);
SELECT insset(ARRAY[110, NULL]::smallint[]);
SELECT insset_add('{110}', 111::smallint);
SELECT insset_has_category('{110}', 'dental');
\set ON_ERROR_STOP 1

-- Constructors and accessors.
SELECT insset(ARRAY[410, 110, 310]::smallint[]) AS from_codes,
       insset_codes('{110,310,410}') AS codes,
       insset_count('{110,310,410}') AS n,
       # '{110,310,410}'::insset AS n_op,
       insset_codes('{}') AS no_codes;

-- Membership, categories, set algebra.
SELECT s, s @> 110::smallint AS has_110, s @> 999::smallint AS has_999,
       insset_has_category(s, 'pension') AS pension,
       insset_has_category(s, 'medical') AS medical,
       insset_has_category(s, 'maternity') AS maternity
FROM (VALUES ('{110,320}'::insset), ('{390}'), ('{330,392}'), ('{}')) t(s);
SELECT '{110,310}'::insset | '{310,410}' AS union_,
       '{110,310}'::insset & '{310,410}' AS intersect_,
       '{110,310}'::insset - '{310,410}' AS minus_,
       '{110,310}'::insset + 510::smallint AS plus,
       '{110,310}'::insset @> '{310}' AS contains,
       '{310}'::insset <@ '{110,310}' AS contained,
       '{110}'::insset && '{310}' AS overlaps,
       '{110,310}'::insset = '{310,110}' AS eq,
       '{110}'::insset <> '{310}' AS ne;

-- Union aggregate, NULLs ignored; {} for no rows.
SELECT insset_agg(s) FROM (VALUES ('{110}'::insset), (NULL), ('{310,410}')) t(s);
SELECT insset_agg(s) FROM (VALUES ('{110}'::insset)) t(s) WHERE false;

-- btree and hash opclasses: GROUP BY, DISTINCT, index, hash join.
CREATE TEMP TABLE holdings (id int, s insset);
INSERT INTO holdings SELECT i, CASE i % 4 WHEN 0 THEN '{}'::insset WHEN 1 THEN '{110,310}' WHEN 2 THEN '{170,390}' ELSE '{110,310}' END
FROM generate_series(1, 100) i;
SELECT s, count(*) FROM holdings GROUP BY s ORDER BY s;
CREATE INDEX holdings_s ON holdings (s);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM holdings WHERE s = '{170,390}';
SELECT count(*) FROM holdings WHERE s = '{170,390}';
RESET enable_seqscan;

-- Pinned hash values (hash partitions depend on them).
SELECT s, insset_hash(s), insset_hash_extended(s, 0) AS h0, insset_hash_extended(s, 7) AS h7
FROM (VALUES ('{}'::insset), ('{110}'), ('{110,310,410,510,210}')) t(s);

-- Binary round trip, and receive re-validates.
SELECT insset_send('{110,310}');
COPY (SELECT s FROM holdings ORDER BY id) TO '/tmp/enroll_regress_insset.bin' (FORMAT binary);
CREATE TEMP TABLE holdings_back (s insset);
COPY holdings_back FROM '/tmp/enroll_regress_insset.bin' (FORMAT binary);
SELECT (SELECT count(*) FROM holdings_back) AS rows_back,
       (SELECT count(*) FROM (SELECT s FROM holdings EXCEPT ALL SELECT s FROM holdings_back) d) AS mismatches;
COPY (SELECT 65536) TO '/tmp/enroll_regress_insset.bin' (FORMAT binary);
\set ON_ERROR_STOP 0
COPY holdings_back FROM '/tmp/enroll_regress_insset.bin' (FORMAT binary);
\set ON_ERROR_STOP 1

-- NULL handling.
SELECT insset_has(NULL, 110::smallint) IS NULL AS strict_has,
       insset_count(NULL) IS NULL AS strict_count,
       (NULL::insset | '{110}') IS NULL AS strict_union;
