-- FEBRL3 (dedupe) and FEBRL4 (A-B linkage) with enroll's generic
-- Fellegi-Sunter engine: blocking in SQL, comparison levels, EM on the
-- distinct comparison patterns (fs_estimate), weights (fs_weight), and
-- pairwise precision / recall / F1 against the truth encoded in rec_id.
-- Run by test/bench/eval_febrl.sh with :datadir set.
\set ON_ERROR_STOP 1
SET search_path = public, enroll;
SET client_min_messages = warning;

CREATE TEMP TABLE raw (line text);
CREATE TEMP TABLE rec (
    src text, rec_id text, entity int, given_name text, surname text, street_number text,
    address_1 text, address_2 text, suburb text, postcode text, state text,
    date_of_birth text, soc_sec_id text);

-- The files are comma + space separated, some fields empty.
CREATE FUNCTION pg_temp.load(src text) RETURNS void LANGUAGE sql AS $$
    INSERT INTO rec
    SELECT src, f[1], split_part(f[1], '-', 2)::int, nullif(f[2], ''), nullif(f[3], ''), nullif(f[4], ''),
           nullif(f[5], ''), nullif(f[6], ''), nullif(f[7], ''), nullif(f[8], ''), nullif(f[9], ''),
           nullif(f[10], ''), nullif(f[11], '')
    FROM (SELECT ARRAY(SELECT btrim(x) FROM unnest(string_to_array(line, ',')) x) AS f FROM raw) s
    WHERE f[1] <> 'rec_id';
    TRUNCATE raw;
$$;
\set f3 :datadir '/dataset3.csv'
\set f4a :datadir '/dataset4a.csv'
\set f4b :datadir '/dataset4b.csv'
COPY raw FROM :'f3';
SELECT pg_temp.load('3');
COPY raw FROM :'f4a';
SELECT pg_temp.load('4a');
COPY raw FROM :'f4b';
SELECT pg_temp.load('4b');
ANALYZE rec;
SELECT src, count(*) AS records, count(DISTINCT entity) AS entities FROM rec GROUP BY src ORDER BY src;

-- Candidate pairs: the union of five blocking keys.
CREATE FUNCTION pg_temp.block(l text, r text, same boolean) RETURNS TABLE (a text, b text) LANGUAGE sql AS $$
    SELECT DISTINCT x.rec_id, y.rec_id
    FROM rec x JOIN rec y
      ON (x.postcode = y.postcode OR x.surname = y.surname OR x.given_name = y.given_name
          OR x.date_of_birth = y.date_of_birth OR x.soc_sec_id = y.soc_sec_id)
    WHERE x.src = l AND y.src = r AND (NOT same OR x.rec_id < y.rec_id)
$$;

-- Comparison pattern of a pair: nine fields.
--   given_name, surname: 3 equal, 2 JW >= 0.94, 1 JW >= 0.85, 0 else
--   street_number, postcode, state, soc_sec_id: 1 equal, 0 not
--   address_1, suburb: 2 equal, 1 JW >= 0.85, 0 else
--   date_of_birth: 2 equal, 1 JW >= 0.85 (one digit or a swap), 0 else
CREATE FUNCTION pg_temp.pattern(x rec, y rec) RETURNS smallint[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY[jw_level(x.given_name, y.given_name, 0.94, 0.85),
                 jw_level(x.surname, y.surname, 0.94, 0.85),
                 eq_level(x.street_number, y.street_number),
                 jw_level(x.address_1, y.address_1, 0.85),
                 jw_level(x.suburb, y.suburb, 0.85),
                 eq_level(x.postcode, y.postcode),
                 eq_level(x.state, y.state),
                 jw_level(x.date_of_birth, y.date_of_birth, 0.85),
                 eq_level(x.soc_sec_id, y.soc_sec_id)]
$$;
CREATE TEMP TABLE levels AS SELECT ARRAY[4, 4, 2, 3, 3, 2, 2, 3, 2] AS levels;

CREATE TEMP TABLE results (task text, candidates bigint, true_pairs bigint, predicted bigint,
                           true_positives bigint, ms float8);

CREATE FUNCTION pg_temp.run(task text, l text, r text, same boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz := clock_timestamp();
    model jsonb;
BEGIN
    DROP TABLE IF EXISTS pairs;
    CREATE TEMP TABLE pairs AS
    SELECT b.a, b.b, pg_temp.pattern(x, y) AS pattern, x.entity = y.entity AS truth
    FROM pg_temp.block(l, r, same) b JOIN rec x ON x.rec_id = b.a AND x.src = l
                                     JOIN rec y ON y.rec_id = b.b AND y.src = r;
    model := fs_estimate('SELECT pattern, count(*) FROM pairs GROUP BY pattern',
                         (SELECT levels FROM levels));
    DROP TABLE IF EXISTS model_of;
    CREATE TEMP TABLE model_of AS SELECT task AS task, model AS model;
    DROP TABLE IF EXISTS scored;
    CREATE TEMP TABLE scored AS
    SELECT p.*, fs_probability(fs_weight(p.pattern, w.weights), (model ->> 'prior_weight')::float8) AS probability
    FROM pairs p, (SELECT fs_weights(model) AS weights) w;
    INSERT INTO results
    SELECT task, (SELECT count(*) FROM pairs),
           -- true pairs over all records, blocked or not
           CASE WHEN same THEN (SELECT sum(n * (n - 1) / 2) FROM (SELECT count(*) AS n FROM rec WHERE src = l GROUP BY entity) e)
                ELSE (SELECT count(*) FROM rec x JOIN rec y ON x.entity = y.entity WHERE x.src = l AND y.src = r) END,
           (SELECT count(*) FROM scored WHERE probability >= 0.5),
           (SELECT count(*) FROM scored WHERE probability >= 0.5 AND truth),
           extract(epoch FROM clock_timestamp() - t0) * 1000;
END $$;

SELECT pg_temp.run('FEBRL3 dedupe', '3', '3', true);
CREATE TEMP TABLE model3 AS SELECT * FROM model_of;
CREATE TEMP TABLE scored3 AS SELECT * FROM scored;
SELECT pg_temp.run('FEBRL4 A-B link', '4a', '4b', false);

\echo
\echo '| task | candidate pairs | true pairs | predicted | precision | recall | F1 | seconds |'
\echo '|---|--:|--:|--:|--:|--:|--:|--:|'
SELECT format('| %s | %s | %s | %s | %s | %s | %s | %s |', task, candidates, true_pairs, predicted,
              round(true_positives::numeric / nullif(predicted, 0), 4),
              round(true_positives::numeric / true_pairs, 4),
              round(2 * true_positives::numeric / (predicted + true_pairs), 4),
              round((ms / 1000)::numeric, 1))
FROM results ORDER BY task;

\echo
\echo 'FEBRL3 model (EM): lambda, and the weight of each level per field'
SELECT round((model ->> 'lambda')::numeric, 4) AS lambda, model -> 'iterations' AS iterations,
       model -> 'patterns' AS patterns, model -> 'weights' AS weights
FROM model3;
\echo
\echo 'One linked FEBRL3 pair explained (match_explain):'
SELECT a, b, jsonb_pretty(match_explain(pattern::int[], (SELECT model FROM model3),
       ARRAY['given_name', 'surname', 'street_number', 'address_1', 'suburb', 'postcode', 'state',
             'date_of_birth', 'soc_sec_id'])) AS explanation
FROM scored3 WHERE probability >= 0.5 AND pattern[1] < 3 ORDER BY a, b LIMIT 1;
