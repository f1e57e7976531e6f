-- bench_cnid.sql: the cnid benchmark, driven by test/bench/bench_cnid.sh.
--
-- psql variables: n (rows), seed (integer), err (corrupted share, e.g. 0.05),
-- reps (repetitions), plreps (repetitions of the slow PL/pgSQL validator).
-- Leaves its results in bench.result (timings) and bench.size (sizes) for
-- the shell script to print.  Every timing runs on one core: no parallel
-- workers, no JIT, all tables vacuumed (hint bits set) and warmed first.

\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SET search_path = bench, enroll, public;

DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE EXTENSION IF NOT EXISTS isn;

-- ---------------------------------------------------------------------------
-- 1. Data: n IDs with err corrupted (bench.ids), n valid IDs (bench.valid_ids),
--    n valid EAN-13 strings (bench.eans).  Prefer the project's generator.
-- ---------------------------------------------------------------------------
SELECT EXISTS (
    SELECT 1 FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace
    WHERE s.nspname = 'enroll' AND p.proname = 'synth_persons' AND p.pronargs >= 3
) AS have_synth \gset

\if :have_synth
\echo data: enroll.synth_persons(:n, :seed, :err)
CREATE TABLE bench.persons AS
    SELECT row_number() OVER () AS rn, id_number, cnid_true, error_kind
    FROM enroll.synth_persons(:n, :seed, :err);
SELECT string_agg(coalesce(error_kind, 'none') || ' ' || n, ', ' ORDER BY n DESC) AS mix
FROM (SELECT error_kind, count(*) AS n FROM bench.persons GROUP BY 1) k \gset
CREATE TABLE bench.ids AS SELECT id_number AS id FROM bench.persons ORDER BY rn;
CREATE TABLE bench.valid_ids AS
    SELECT cnid_true::text AS id FROM bench.persons WHERE cnid_true IS NOT NULL ORDER BY rn;
DROP TABLE bench.persons;
SELECT 'enroll.synth_persons(' || :n || ', ' || :seed || ', ' || :err || '); error_kind: ' || :'mix' AS source \gset
\else
\echo data: generated in SQL (enroll.synth_persons is not installed)
SELECT setseed(1.0 / (1 + abs(:seed))) AS seeded \gset
-- 17-digit body -> 18-character ID with its MOD 11-2 check character
CREATE FUNCTION bench.with_check(b bigint) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT lpad(b::text, 17, '0') || substr('10X98765432', (
        b / 10000000000000000 % 10 * 7 + b / 1000000000000000 % 10 * 9 +
        b / 100000000000000 % 10 * 10 + b / 10000000000000 % 10 * 5 +
        b / 1000000000000 % 10 * 8 + b / 100000000000 % 10 * 4 +
        b / 10000000000 % 10 * 2 + b / 1000000000 % 10 * 1 +
        b / 100000000 % 10 * 6 + b / 10000000 % 10 * 3 + b / 1000000 % 10 * 7 +
        b / 100000 % 10 * 9 + b / 10000 % 10 * 10 + b / 1000 % 10 * 5 +
        b / 100 % 10 * 8 + b / 10 % 10 * 4 + b % 10 * 2)::int % 11 + 1, 1)
$$;
-- county-level codes of the 31 mainland provinces, from enroll.region
CREATE TABLE bench.prefix AS
    SELECT row_number() OVER (ORDER BY code) AS i, code
    FROM (SELECT DISTINCT code FROM enroll.region
          WHERE level = 'county' AND code / 10000 NOT IN (71, 81, 82)) c;
SELECT count(*) AS nprefix FROM bench.prefix \gset
CREATE TABLE bench.valid_ids AS
    SELECT bench.with_check(p.code::bigint * 100000000000
                            + to_char(date '1930-01-01' + g.day, 'YYYYMMDD')::bigint * 1000
                            + g.seq) AS id
    FROM (SELECT s, 1 + floor(random() * :nprefix)::int AS pi,
                 floor(random() * (date '2024-12-31' - date '1930-01-01'))::int AS day,
                 floor(random() * 1000)::int AS seq
          FROM generate_series(1, :n) s) g
    JOIN bench.prefix p ON p.i = g.pi
    ORDER BY g.s;
-- the same IDs with err of them corrupted by one substitution (any position)
CREATE TABLE bench.ids AS
    SELECT CASE WHEN random() < :err
                THEN overlay(id PLACING substr('0123456789',
                         (coalesce(nullif(substr(id, pos, 1), 'X'), '0')::int
                          + 1 + floor(random() * 9)::int) % 10 + 1, 1) FROM pos FOR 1)
                ELSE id END AS id
    FROM (SELECT id, 1 + floor(random() * 18)::int AS pos FROM bench.valid_ids) v;
SELECT 'SQL generator (random county prefix, birth 1930-2024, 5% one-digit substitutions)' AS source \gset
\endif

-- EAN-13 strings for contrib isn, the nearest C peer: 690-699 (GS1 China)
CREATE FUNCTION bench.ean13_check(b bigint) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT lpad(b::text, 12, '0') || ((10 - (
        b / 100000000000 % 10 * 1 + b / 10000000000 % 10 * 3 + b / 1000000000 % 10 * 1 +
        b / 100000000 % 10 * 3 + b / 10000000 % 10 * 1 + b / 1000000 % 10 * 3 +
        b / 100000 % 10 * 1 + b / 10000 % 10 * 3 + b / 1000 % 10 * 1 +
        b / 100 % 10 * 3 + b / 10 % 10 * 1 + b % 10 * 3) % 10) % 10)::text
$$;
SELECT count(*) AS nvalid FROM bench.valid_ids \gset
CREATE TABLE bench.eans AS
    SELECT bench.ean13_check(690000000000 + floor(random() * 10000000000)::bigint) AS id
    FROM generate_series(1, :nvalid);

-- the same valid IDs as text and as cnid, for the size comparison
CREATE TABLE bench.size_text AS SELECT id FROM bench.valid_ids;
CREATE TABLE bench.size_cnid AS SELECT id::enroll.cnid AS id FROM bench.valid_ids;
CREATE INDEX ON bench.size_text (id);
CREATE INDEX ON bench.size_cnid (id);

VACUUM (FREEZE, ANALYZE) bench.ids, bench.valid_ids, bench.eans, bench.size_text, bench.size_cnid;

-- ---------------------------------------------------------------------------
-- 2. The PL/pgSQL validator a DBA would write: normalise, length, regexp,
--    province, a real date check (leap years by computation, so 29 February
--    never raises), 1800 floor and today, then the MOD 11-2 loop.
-- ---------------------------------------------------------------------------
CREATE FUNCTION bench.plpgsql_cnid_valid(raw text) RETURNS boolean
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
DECLARE
    weights constant int[] := ARRAY[7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    s       text;
    y       int;
    m       int;
    d       int;
    mdays   int;
    total   int := 0;
    legacy  boolean;
BEGIN
    s := upper(regexp_replace(normalize(raw, NFKC), '[[:space:]-]', '', 'g'));
    legacy := length(s) = 15;
    IF legacy THEN
        IF s !~ '^[0-9]{15}$' THEN
            RETURN false;
        END IF;
        s := substr(s, 1, 6) || '19' || substr(s, 7, 9);
    ELSIF length(s) <> 18 OR s !~ '^[0-9]{17}[0-9X]$' THEN
        RETURN false;
    END IF;
    -- province, HK/Macao/Taiwan permits, 2023 foreign numbers (9 + province)
    IF NOT (substr(s, 1, 2) IN ('11','12','13','14','15','21','22','23','31','32','33','34',
                                '35','36','37','41','42','43','44','45','46','50','51','52',
                                '53','54','61','62','63','64','65')
            OR (NOT legacy AND substr(s, 1, 6) IN ('810000', '820000', '830000'))
            OR (NOT legacy AND substr(s, 1, 1) = '9' AND substr(s, 2, 2) IN ('11','12','13','14','15','21',
                '22','23','31','32','33','34','35','36','37','41','42','43','44','45','46',
                '50','51','52','53','54','61','62','63','64','65'))) THEN
        RETURN false;
    END IF;
    y := substr(s, 7, 4)::int;
    m := substr(s, 11, 2)::int;
    d := substr(s, 13, 2)::int;
    IF y < 1800 OR m NOT BETWEEN 1 AND 12 OR d < 1 THEN
        RETURN false;
    END IF;
    mdays := CASE WHEN m = 2 THEN
                      CASE WHEN (y % 4 = 0 AND y % 100 <> 0) OR y % 400 = 0 THEN 29 ELSE 28 END
                  WHEN m IN (4, 6, 9, 11) THEN 30
                  ELSE 31 END;
    IF d > mdays OR make_date(y, m, d) > current_date THEN
        RETURN false;
    END IF;
    IF legacy THEN
        RETURN true;            -- upgraded 15-digit number: no check character
    END IF;
    FOR i IN 1..17 LOOP
        total := total + substr(s, i, 1)::int * weights[i];
    END LOOP;
    RETURN substr('10X98765432', total % 11 + 1, 1) = substr(s, 18, 1);
END
$$;

-- ---------------------------------------------------------------------------
-- 3. Timing: every query of bench.query, reps times, round-robin, wall time
--    of each execution by clock_timestamp() around EXECUTE.
-- ---------------------------------------------------------------------------
CREATE TABLE bench.query (
    name     text PRIMARY KEY,
    ord      int NOT NULL,
    base     text,              -- the bare scan this one is compared with
    reps     int NOT NULL,
    sql      text NOT NULL
);
INSERT INTO bench.query VALUES
    ('scan ids',        1, NULL,        :reps,   'SELECT count(length(id)) FROM bench.ids'),
    ('cnid_valid',      2, 'scan ids',  :reps,   'SELECT count(*) FILTER (WHERE enroll.cnid_valid(id)) FROM bench.ids'),
    ('plpgsql',         3, 'scan ids',  :plreps, 'SELECT count(*) FILTER (WHERE bench.plpgsql_cnid_valid(id)) FROM bench.ids'),
    ('scan valid_ids',  4, NULL,        :reps,   'SELECT count(length(id)) FROM bench.valid_ids'),
    ('id::cnid',        5, 'scan valid_ids', :reps, 'SELECT count(id::enroll.cnid) FROM bench.valid_ids'),
    ('scan eans',       6, NULL,        :reps,   'SELECT count(length(id)) FROM bench.eans'),
    ('id::ean13 (isn)', 7, 'scan eans', :reps,   'SELECT count(id::public.ean13) FROM bench.eans');

CREATE TABLE bench.result (name text, rep int, ms float8, value bigint);

DO $$
DECLARE
    q       record;
    t0      timestamptz;
    v       bigint;
    maxreps int := (SELECT max(reps) FROM bench.query);
BEGIN
    -- warm shared buffers and caches once
    FOR q IN SELECT * FROM bench.query WHERE base IS NULL LOOP
        EXECUTE q.sql INTO v;
    END LOOP;
    FOR r IN 1..maxreps LOOP
        FOR q IN SELECT * FROM bench.query WHERE reps >= r ORDER BY ord LOOP
            t0 := clock_timestamp();
            EXECUTE q.sql INTO v;
            INSERT INTO bench.result
                VALUES (q.name, r, 1000 * extract(epoch FROM clock_timestamp() - t0), v);
        END LOOP;
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------
-- 4. Sizes of the same valid IDs as text and as cnid.
-- ---------------------------------------------------------------------------
CREATE TABLE bench.size AS
    SELECT 'text' AS type,
           pg_relation_size('bench.size_text') AS heap,
           pg_indexes_size('bench.size_text') AS index,
           (SELECT sum(pg_column_size(id)) FROM bench.size_text) AS column_bytes,
           (SELECT count(*) FROM bench.size_text) AS nrows
    UNION ALL
    SELECT 'cnid',
           pg_relation_size('bench.size_cnid'),
           pg_indexes_size('bench.size_cnid'),
           (SELECT sum(pg_column_size(id)) FROM bench.size_cnid),
           (SELECT count(*) FROM bench.size_cnid);

-- sanity: the validators agree, the data has the intended error share
CREATE TABLE bench.facts AS
    SELECT (SELECT count(*) FROM bench.ids) AS n_ids,
           (SELECT count(*) FROM bench.ids WHERE enroll.cnid_valid(id)) AS n_valid_c,
           (SELECT count(*) FROM bench.ids WHERE bench.plpgsql_cnid_valid(id)) AS n_valid_pl,
           (SELECT count(*) FROM bench.ids WHERE id ~ '[^\x01-\x7f]') AS n_nonascii,
           (SELECT count(*) FROM bench.valid_ids) AS n_valid_ids,
           (SELECT count(*) FROM bench.eans) AS n_eans,
           :'source'::text AS source;
