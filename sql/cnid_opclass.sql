-- cnid: ordering, btree and hash indexes, hash partitioning, pinned hash
-- values, binary send/receive.
SET search_path = enroll, public;

-- Order of cnid = order of the canonical text.
CREATE TEMP TABLE ids AS
SELECT v::cnid AS id, v AS txt
FROM (VALUES ('11010519491231002X'), ('440524188001010014'), ('110105194912310011'),
             ('810000199408230021'), ('932682198501010017'), ('150102198807303035'),
             ('11010519491231010X'), ('650102200001010012')) AS t(v);
SELECT id FROM ids ORDER BY id;
SELECT count(*) AS order_mismatches
FROM (SELECT id, row_number() OVER (ORDER BY id) AS a, row_number() OVER (ORDER BY id::text) AS b FROM ids) s
WHERE a <> b;

SELECT '11010519491231002X'::cnid = '110105491231002'::cnid AS eq_legacy,
       '11010519491231002X'::cnid <> '440524188001010014'::cnid AS ne,
       '11010519491231002X'::cnid < '440524188001010014'::cnid AS lt,
       '11010519491231002X'::cnid <= '11010519491231002X'::cnid AS le,
       '440524188001010014'::cnid > '11010519491231002X'::cnid AS gt,
       '440524188001010014'::cnid >= '440524188001010014'::cnid AS ge,
       cnid_cmp('11010519491231002X', '440524188001010014') AS cmp;

-- Pinned hash values.  These must never change: hash partitions and Citus
-- shards are placed by them.  If this output changes, the release is broken.
SELECT id, cnid_hash(id), cnid_hash_extended(id, 0) AS h0, cnid_hash_extended(id, 42) AS h42
FROM ids ORDER BY id;

-- btree index: unique key, index scans, merge join.
CREATE TEMP TABLE person (id cnid PRIMARY KEY, n int);
INSERT INTO person SELECT id, row_number() OVER (ORDER BY id) FROM ids;
\set ON_ERROR_STOP 0
INSERT INTO person VALUES ('110105491231002', 99);   -- same person as 11010519491231002X
\set ON_ERROR_STOP 1
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT n FROM person WHERE id = '11010519491231002X';
SELECT n FROM person WHERE id = '11010519491231002X';
SELECT count(*) FROM person WHERE id BETWEEN '110000180001010013' AND '440524188001010014';
RESET enable_seqscan;

-- hash index and hash join.
CREATE TEMP TABLE person_h AS SELECT * FROM person;
CREATE INDEX person_h_id_hash ON person_h USING hash (id);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT n FROM person_h WHERE id = '932682198501010017';
SELECT n FROM person_h WHERE id = '932682198501010017';
RESET enable_seqscan;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM person p JOIN ids i ON p.id = i.id;
SELECT count(*) FROM person p JOIN ids i ON p.id = i.id;
RESET enable_mergejoin;
RESET enable_nestloop;

-- hash partitioning uses the extended hash.
CREATE TEMP TABLE insured (id cnid NOT NULL) PARTITION BY HASH (id);
CREATE TEMP TABLE insured_p0 PARTITION OF insured FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TEMP TABLE insured_p1 PARTITION OF insured FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TEMP TABLE insured_p2 PARTITION OF insured FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TEMP TABLE insured_p3 PARTITION OF insured FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO insured SELECT id FROM ids;
SELECT tableoid::regclass AS partition, id FROM insured ORDER BY id;

-- Binary send/receive round trip through COPY BINARY.
SELECT cnid_send('11010519491231002X');
COPY (SELECT id FROM ids ORDER BY id) TO '/tmp/enroll_regress_cnid.bin' (FORMAT binary);
CREATE TEMP TABLE ids_back (id cnid);
COPY ids_back FROM '/tmp/enroll_regress_cnid.bin' (FORMAT binary);
SELECT count(*) AS round_trip_mismatches
FROM (SELECT id FROM ids EXCEPT SELECT id FROM ids_back) s;
-- receive re-validates: an int8 with the same wire format but a bad body
COPY (SELECT v FROM (VALUES (11010519491231002::bigint), (99042619911201007::bigint)) t(v))
    TO '/tmp/enroll_regress_cnid.bin' (FORMAT binary);
\set ON_ERROR_STOP 0
COPY ids_back FROM '/tmp/enroll_regress_cnid.bin' (FORMAT binary);
\set ON_ERROR_STOP 1
COPY (SELECT -1::bigint) TO '/tmp/enroll_regress_cnid.bin' (FORMAT binary);
\set ON_ERROR_STOP 0
COPY ids_back FROM '/tmp/enroll_regress_cnid.bin' (FORMAT binary);
\set ON_ERROR_STOP 1

-- Storage: 8 bytes, by value.
SELECT typlen, typbyval, typalign FROM pg_type WHERE oid = 'enroll.cnid'::regtype;
SELECT pg_column_size('11010519491231002X'::cnid) AS cnid_bytes,
       pg_column_size('11010519491231002X'::text) AS text_bytes;

-- Equality is found by name whatever the search_path (it is in pg_catalog):
-- the SQL forms that name no operator work in a session without enroll on
-- its search_path, as Citus workers' sessions are.
SET search_path = pg_temp;
CREATE TEMP TABLE using_a (cnid enroll.cnid, code enroll.uscc);
CREATE TEMP TABLE using_b (cnid enroll.cnid, code enroll.uscc);
INSERT INTO using_a VALUES ('11010519491231002X', '91350100M000100Y43'), ('610802199003070014', NULL);
INSERT INTO using_b VALUES ('11010519491231002X', '91350100M000100Y43');
SELECT count(*) AS using_cnid FROM using_a JOIN using_b USING (cnid);
SELECT count(*) AS using_uscc FROM using_a JOIN using_b USING (code);
SELECT count(*) AS natural_join FROM using_a NATURAL JOIN using_b;
SELECT a.cnid, CASE a.cnid WHEN b.cnid THEN 'same' ELSE 'other' END AS case_when,
       NULLIF(a.cnid, b.cnid) AS null_if, a.cnid IS DISTINCT FROM b.cnid AS distinct_from,
       a.cnid IN ('11010519491231002X', '610802199003070014') AS in_list
FROM using_a a CROSS JOIN using_b b ORDER BY 1;
RESET search_path;
