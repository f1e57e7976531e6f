-- uscc: input normalisation, canonical output, every rejection rule with
-- its detail, fields and labels, the non-throwing validators (uscc and
-- GB 11714 organisation codes), casts, ordering, indexes, pinned hash
-- values and binary send/receive.
SET search_path = enroll, public;
\set VERBOSITY default

-- Canonical form from the forms registrars really type.
SELECT v AS input, v::uscc AS canonical
FROM (VALUES
    ('91350100M000100Y43'),             -- GB 32100 Annex B
    ('91350100m000100y43'),             -- lower case
    ('９１３５０１００Ｍ０００１００Ｙ４３'), -- full-width
    ('91 110000 600037341L'),           -- blanks
    ('9135-0100-M000-100Y-43'),         -- hyphens
    (E'\t91350100M000100Y43　'),        -- tab, ideographic space
    ('911101085600000RX0'),             -- check character 0 (sum divisible by 31)
    ('911101085600000F1Y'),             -- check character Y (value 30)
    ('121200004013590816'),             -- all digits
    ('A1110000MA27Y4U477'),             -- amendment No. 1: 中央军委改革和编制办公室
    ('N2350100M000100Y4J'),             -- amendment No. 1: 农业
    ('Y1350100M000100Y4D'),             -- 其他
    ('53110000MJ000000XR')              -- 民政: 基金会
) AS t(v);

-- Every rule, with SQLSTATE 22P02 and a detail naming it.
\set ON_ERROR_STOP 0
SELECT ''::uscc;
SELECT ' - '::uscc;
SELECT '12345'::uscc;
SELECT '91350100M000100Y4'::uscc;          -- 17 characters
SELECT '91350100M000100Y433'::uscc;        -- 19 characters
SELECT '9111000060003IOZSV'::uscc;         -- I O Z S V are not in the set
SELECT '9135010OM000100Y43'::uscc;         -- letter O for zero
SELECT '91350100M000100Y4中'::uscc;        -- non-ASCII character
SELECT '01350100M000100Y4C'::uscc;         -- authority 0
SELECT 'B1350100M000100Y41'::uscc;         -- authority B
SELECT '94350100M000100Y4R'::uscc;         -- 工商 has categories 1, 2, 3 only
SELECT '99350100M000100Y4A'::uscc;
SELECT 'Y2350100M000100Y4B'::uscc;         -- 其他 has category 1 only
SELECT '91990100M000100Y4U'::uscc;         -- region prefix 99
SELECT '91A50100M000100Y4R'::uscc;         -- letter in the region
SELECT '91101000M000100Y4H'::uscc;         -- 10xxxx other than 100000
SELECT '91350100M000100Y56'::uscc;         -- embedded GB 11714 check wrong
SELECT '91330106MA27Y4U46R'::uscc;         -- embedded check and 18th both wrong
SELECT '91110000600037341N'::uscc;         -- check character
SELECT 'A1110000600037341L'::uscc;
SELECT uscc('91110000600037341N');         -- the function form reports the same
SELECT 'abc'::text::uscc;                  -- and so does the cast from text
\set ON_ERROR_STOP 1

-- Central-level registrations carry region 100000 (no official text found; published codes of central-level bodies carry it).
SELECT '91100000M000100Y4U'::uscc AS central, uscc_region('91100000M000100Y4U');

-- NULL in, NULL out.
SELECT NULL::uscc IS NULL AS null_in, uscc_region(NULL) IS NULL AS null_field,
       uscc_valid(NULL) IS NULL AS null_valid, uscc_check(NULL) IS NULL AS null_check,
       uscc_authority_label(NULL) IS NULL AS null_label,
       orgcode_valid(NULL) IS NULL AS null_org_valid, orgcode_check(NULL) IS NULL AS null_org_check;

-- Fields and labels.
SELECT v::uscc AS code, uscc_authority(v::uscc) AS auth, uscc_authority_label(uscc_authority(v::uscc)),
       uscc_category(v::uscc) AS cat, uscc_category_label(uscc_category(v::uscc)),
       uscc_region(v::uscc), uscc_orgcode(v::uscc)
FROM (VALUES ('91350100M000100Y43'), ('121200004013590816'), ('92340602MA2PBQAH7E'),
             ('53110000MJ000000XR'), ('A1110000MA27Y4U477'), ('N2350100M000100Y4J'),
             ('Y1350100M000100Y4D')) AS t(v);
-- every authority and category of GB 32100 table 1 with amendment No. 1
SELECT a AS authority, uscc_authority_label(a) AS authority_label,
       string_agg(c || ' ' || uscc_category_label(a || c), ', ' ORDER BY c) AS categories
FROM unnest('{1,2,3,4,5,6,7,8,9,A,N,Y}'::text[]) AS a,
     unnest('{0,1,2,3,4,5,6,7,8,9}'::text[]) AS c
WHERE uscc_category_label(a || c) IS NOT NULL
GROUP BY a ORDER BY a;
-- codes are normalised; undefined codes give NULL
SELECT uscc_authority_label('a') AS lower_a, uscc_category_label('ｎ２') AS full_width_n2,
       uscc_authority_label('B') AS b, uscc_authority_label('91') AS two_chars,
       uscc_category_label('99') AS c99, uscc_category_label('Y2') AS y2,
       uscc_category_label('9') AS one_char, uscc_authority_label('') AS empty;

-- Non-throwing validators: one reason code per rule.
SELECT v AS input, uscc_valid(v), uscc_check(v)
FROM (VALUES ('91350100M000100Y43'), ('91350100m000100y43'), ('９１３５０１００Ｍ０００１００Ｙ４３'),
             (''), ('  '), ('91350100M000100Y4'), ('9135010OM000100Y43'),
             ('01350100M000100Y4C'), ('94350100M000100Y4R'), ('91990100M000100Y4U'),
             ('91A50100M000100Y4R'), ('91350100M000100Y56'), ('91330106MA27Y4U46R'),
             ('91110000600037341N'), ('统一社会信用代码')) AS t(v);

-- GB 11714 organisation codes: display form with hyphen, every rule.
SELECT v AS input, orgcode_valid(v), orgcode_check(v)
FROM (VALUES ('D2143569-X'), ('D2143569X'), ('d2143569-x'), ('M000100Y4'),
             ('60003734-1'), ('100000040'), ('IO5S7V9ZX'), ('PDY00001X'),
             (''), ('D214356-X'), ('D2143569_X'), ('D214_569X'), ('D2143569-Y'),
             ('D2143569-1')) AS t(v);
-- the embedded organisation code of every valid code passes GB 11714
SELECT bool_and(orgcode_valid(uscc_orgcode(v::uscc))) AS embedded_codes_valid
FROM (VALUES ('91350100M000100Y43'), ('91110000600037341L'), ('9144030071526726XG'),
             ('91310115MA1K3BTP2B'), ('9135052155323005XL')) AS t(v);

-- Casts.
SELECT '91350100m000100y43'::text::uscc::text AS text_round_trip,
       ('91350100M000100Y43'::uscc)::varchar AS to_varchar,
       '91 110000 600037341L'::varchar::uscc AS from_varchar;
CREATE TEMP TABLE assign_cast (code uscc);
INSERT INTO assign_cast SELECT '9135-0100-M000-100Y-43'::text;   -- assignment cast from text
SELECT code FROM assign_cast;

-- Order of uscc = order of the canonical text (byte-wise).
CREATE TEMP TABLE codes AS
SELECT v::uscc AS code, v AS txt
FROM (VALUES ('91350100M000100Y43'), ('91110000600037341L'), ('121200004013590816'),
             ('911522010783762860'), ('91152201078377449P'), ('9115220107837941X1'),
             ('91310115MA1K3BTP2B'), ('9144030071526726XG'), ('91620105L015101280'),
             ('92340602MA2PBQAH7E'), ('A1110000MA27Y4U477'), ('N2350100M000100Y4J'),
             ('Y1350100M000100Y4D'), ('53110000MJ000000XR'), ('911101085600000RX0'),
             ('911101085600000F1Y')) AS t(v);
SELECT code FROM codes ORDER BY code;
SELECT count(*) AS order_mismatches
FROM (SELECT row_number() OVER (ORDER BY code) AS a,
             row_number() OVER (ORDER BY code::text COLLATE "C") AS b FROM codes) s
WHERE a <> b;
-- a bigger sort (abbreviated keys): 3,000 generated valid codes
CREATE TEMP TABLE many AS
SELECT c::uscc AS code
FROM (SELECT a || k || r || body || oc || cc AS c
      FROM unnest('{1,5,9,A,N,Y}'::text[]) AS a,
           unnest('{1}'::text[]) AS k,
           unnest('{110000,350100,100000,650102}'::text[]) AS r,
           (SELECT translate(lpad(to_hex(i * 7919), 8, '0'), 'abcdef', 'MNPQRT') AS body
            FROM generate_series(1, 125) AS i) AS b,
           unnest('{0,1,2,3,4,5,6,7,8,9,X}'::text[]) AS oc,
           unnest(string_to_array('0123456789ABCDEFGHJKLMNPQRTUWXY', NULL)) AS cc) s
WHERE uscc_valid(c);
SELECT count(*) AS generated FROM many;
SELECT count(*) AS order_mismatches
FROM (SELECT row_number() OVER (ORDER BY code) AS a,
             row_number() OVER (ORDER BY code::text COLLATE "C") AS b FROM many) s
WHERE a <> b;

SELECT '91110000600037341L'::uscc = '91 110000 600037341l'::uscc AS eq_normalised,
       '91110000600037341L'::uscc <> '91350100M000100Y43'::uscc AS ne,
       '91110000600037341L'::uscc < '91350100M000100Y43'::uscc AS lt,
       '91110000600037341L'::uscc <= '91110000600037341L'::uscc AS le,
       'A1110000MA27Y4U477'::uscc > '91350100M000100Y43'::uscc AS gt,
       '91350100M000100Y43'::uscc >= '91350100M000100Y43'::uscc AS ge,
       uscc_cmp('91110000600037341L', '91350100M000100Y43') AS cmp_lt,
       uscc_cmp('91350100M000100Y43', '91350100M000100Y43') AS cmp_eq,
       uscc_cmp('Y1350100M000100Y4D', '121200004013590816') AS cmp_gt;

-- Pinned hash values.  These must never change: hash partitions and Citus
-- shards are placed by them.  If this output changes, the release is broken.
SELECT code, uscc_hash(code), uscc_hash_extended(code, 0) AS h0, uscc_hash_extended(code, 42) AS h42
FROM (VALUES ('91350100M000100Y43'::uscc), ('91110000600037341L'::uscc)) AS t(code)
ORDER BY code;
SELECT count(*) AS hash_eq_mismatches
FROM codes a JOIN codes b ON a.code = b.code
WHERE uscc_hash(a.code) <> uscc_hash(b.code);

-- btree index: unique key, index scans, merge join.
CREATE TEMP TABLE employer (code uscc PRIMARY KEY, n int);
INSERT INTO employer SELECT code, row_number() OVER (ORDER BY code) FROM codes;
\set ON_ERROR_STOP 0
INSERT INTO employer VALUES ('91350100m000100y43', 99);   -- same code, lower case
\set ON_ERROR_STOP 1
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT n FROM employer WHERE code = '91350100M000100Y43';
SELECT n FROM employer WHERE code = '91350100M000100Y43';
EXPLAIN (COSTS OFF) SELECT count(*) FROM employer WHERE code BETWEEN '911101085600000F1Y' AND '91350100M000100Y43';
SELECT count(*) FROM employer WHERE code BETWEEN '911101085600000F1Y' AND '91350100M000100Y43';
RESET enable_seqscan;
SET enable_hashjoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM employer e JOIN codes c ON e.code = c.code;
SELECT count(*) FROM employer e JOIN codes c ON e.code = c.code;
RESET enable_hashjoin;
RESET enable_nestloop;

-- hash index and hash join.
CREATE TEMP TABLE employer_h AS SELECT * FROM employer;
CREATE INDEX employer_h_code_hash ON employer_h USING hash (code);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT n FROM employer_h WHERE code = 'A1110000MA27Y4U477';
SELECT n FROM employer_h WHERE code = 'A1110000MA27Y4U477';
RESET enable_seqscan;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM employer e JOIN codes c ON e.code = c.code;
SELECT count(*) FROM employer e JOIN codes c ON e.code = c.code;
RESET enable_mergejoin;
RESET enable_nestloop;
SELECT count(DISTINCT code) AS distinct_codes FROM many;

-- hash partitioning uses the extended hash.
CREATE TEMP TABLE registered (code uscc NOT NULL) PARTITION BY HASH (code);
CREATE TEMP TABLE registered_p0 PARTITION OF registered FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TEMP TABLE registered_p1 PARTITION OF registered FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TEMP TABLE registered_p2 PARTITION OF registered FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TEMP TABLE registered_p3 PARTITION OF registered FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO registered SELECT code FROM codes;
SELECT tableoid::regclass AS partition, code FROM registered ORDER BY code;

-- Binary send/receive: two int8, hi then lo, big-endian.
SELECT uscc_send('91350100M000100Y43') AS annex_b, uscc_send('121200004013590816') AS all_digits;
COPY (SELECT code FROM codes ORDER BY code) TO '/tmp/enroll_regress_uscc.bin' (FORMAT binary);
CREATE TEMP TABLE codes_back (code uscc);
COPY codes_back FROM '/tmp/enroll_regress_uscc.bin' (FORMAT binary);
SELECT count(*) AS round_trip_mismatches
FROM (SELECT code FROM codes EXCEPT SELECT code FROM codes_back) s;
SELECT (SELECT count(*) FROM codes_back) AS rows_back;
-- receive re-validates: bytea has the same wire format (raw bytes)
COPY (SELECT '\x000000484650040000001500001003c4'::bytea) TO '/tmp/enroll_regress_uscc.bin' (FORMAT binary);
COPY codes_back FROM '/tmp/enroll_regress_uscc.bin' (FORMAT binary);   -- 91350100M000100Y43
SELECT code FROM codes_back WHERE code = '91350100M000100Y43';
\set ON_ERROR_STOP 0
-- authority 9 -> B
COPY (SELECT '\x000000584650040000001500001003c4'::bytea) TO '/tmp/enroll_regress_uscc.bin' (FORMAT binary);
COPY codes_back FROM '/tmp/enroll_regress_uscc.bin' (FORMAT binary);
-- embedded check 4 -> 5
COPY (SELECT '\x000000484650040000001500001003c5'::bytea) TO '/tmp/enroll_regress_uscc.bin' (FORMAT binary);
COPY codes_back FROM '/tmp/enroll_regress_uscc.bin' (FORMAT binary);
-- a 5-bit group of 31 (no such character)
COPY (SELECT '\x000000484650040000001500001003df'::bytea) TO '/tmp/enroll_regress_uscc.bin' (FORMAT binary);
COPY codes_back FROM '/tmp/enroll_regress_uscc.bin' (FORMAT binary);
-- bits above the 40 of hi
COPY (SELECT '\x000001484650040000001500001003c4'::bytea) TO '/tmp/enroll_regress_uscc.bin' (FORMAT binary);
COPY codes_back FROM '/tmp/enroll_regress_uscc.bin' (FORMAT binary);
-- too short
COPY (SELECT '\x0000004846500400'::bytea) TO '/tmp/enroll_regress_uscc.bin' (FORMAT binary);
COPY codes_back FROM '/tmp/enroll_regress_uscc.bin' (FORMAT binary);
\set ON_ERROR_STOP 1

-- Storage: 16 bytes, by reference, double-aligned.
SELECT typlen, typbyval, typalign, typstorage FROM pg_type WHERE oid = 'enroll.uscc'::regtype;
SELECT pg_column_size('91350100M000100Y43'::uscc) AS uscc_bytes,
       pg_column_size('91350100M000100Y43'::text) AS text_bytes;
