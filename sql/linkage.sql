-- Record linkage: comparators, comparison levels, EM estimation, weights,
-- probabilities and match_explain.
SET search_path = enroll, public;

-- Reference values (Winkler 1990; Cohen et al. 2003).
SELECT a, b, round(jaro(a, b)::numeric, 4) AS jaro, round(jaro_winkler(a, b)::numeric, 4) AS jaro_winkler
FROM (VALUES ('MARTHA', 'MARHTA'), ('DWAYNE', 'DUANE'), ('DIXON', 'DICKSONX'), ('JELLYFISH', 'SMELLYFISH'),
             ('abc', 'abc'), ('abc', 'xyz'), ('', ''), ('a', ''), ('张伟', '张玮'), ('欧阳娜娜', '欧阳娜')) t(a, b);
-- symmetric, and NULL in NULL out
SELECT bool_and(jaro_winkler(a, b) = jaro_winkler(b, a)) AS symmetric
FROM (SELECT md5(i::text) AS a, md5((i * 7)::text) AS b FROM generate_series(1, 200) i) s;
SELECT jaro_winkler(NULL, 'x') IS NULL AS strict;
-- long values (beyond the stack buffers)
SELECT round(jaro_winkler(repeat('abcdefgh', 40), repeat('abcdefgh', 39) || 'abcdefgX')::numeric, 4) AS long_values;

-- Levels.
SELECT jw_level('martha', 'martha', 0.95, 0.88) AS equal, jw_level('martha', 'marhta', 0.95, 0.88) AS jw_0_96,
       jw_level('dwayne', 'duane', 0.95, 0.83) AS jw_0_84, jw_level('abc', 'xyz', 0.95, 0.88) AS differ,
       jw_level(NULL, 'x', 0.9) AS missing, jw_level('  ', 'x', 0.9) AS blank;
SELECT eq_level(1, 1) AS eq, eq_level('a'::text, 'b') AS ne, eq_level(NULL::int, 1) AS missing;

-- EM recovers a known mixture: 2,000 matches that agree on each of three
-- fields 90% of the time, independently; 98,000 non-matches that agree
-- 5%, 1% and 10% of the time.
CREATE TEMP TABLE pats AS
SELECT pattern, count(*) AS n FROM (
    SELECT ARRAY[(hashint4(i) & 1023 >= 102)::int, (hashint4(i + 7777777) & 1023 >= 102)::int,
                 (hashint4(i + 5555555) & 1023 >= 102)::int] AS pattern
    FROM generate_series(1, 2000) i
    UNION ALL
    SELECT ARRAY[(hashint4(i) & 1023 < 51)::int, (hashint4(i + 7777777) & 1023 < 10)::int,
                 (hashint4(i + 5555555) & 1023 < 102)::int]
    FROM generate_series(10001, 108000) i) s
GROUP BY pattern;
CREATE TEMP TABLE model AS SELECT fs_estimate('SELECT pattern, n FROM pats', ARRAY[2, 2, 2]) AS m;
SELECT round((m ->> 'lambda')::numeric, 2) AS lambda,
       round((m -> 'm' -> 0 ->> 1)::numeric, 2) AS m1, round((m -> 'u' -> 0 ->> 1)::numeric, 2) AS u1,
       round((m -> 'm' -> 1 ->> 1)::numeric, 2) AS m2, round((m -> 'u' -> 1 ->> 1)::numeric, 2) AS u2,
       round((m -> 'm' -> 2 ->> 1)::numeric, 2) AS m3, round((m -> 'u' -> 2 ->> 1)::numeric, 2) AS u3,
       m -> 'pairs' AS pairs, m -> 'patterns' AS patterns, (m ->> 'iterations')::int < 200 AS converged
FROM model;
SELECT fs_weights(m) = ARRAY[ARRAY[(m -> 'weights' -> 0 ->> 0)::float8, (m -> 'weights' -> 0 ->> 1)::float8],
                             ARRAY[(m -> 'weights' -> 1 ->> 0)::float8, (m -> 'weights' -> 1 ->> 1)::float8],
                             ARRAY[(m -> 'weights' -> 2 ->> 0)::float8, (m -> 'weights' -> 2 ->> 1)::float8]] AS weights_matrix
FROM model;
SELECT p AS pattern, round(fs_weight(p, fs_weights(m))::numeric, 2) AS weight,
       round(fs_probability(fs_weight(p, fs_weights(m)), (m ->> 'prior_weight')::float8)::numeric, 4) AS probability
FROM model, (VALUES (ARRAY[1, 1, 1]), (ARRAY[1, 1, 0]), (ARRAY[1, 0, 0]), (ARRAY[0, 0, 0]),
                    (ARRAY[1, 1, NULL]), (ARRAY[NULL, NULL, NULL]::int[])) v(p);
SELECT match_explain(ARRAY[1, 1, NULL], m, ARRAY['surname', 'birth_date', 'county']) AS explanation
FROM model;
-- ragged levels: rows padded with 0
SELECT array_dims(fs_weights(fs_estimate('VALUES (ARRAY[2, 1]::smallint[], 5::bigint), (ARRAY[0, 0]::smallint[], 50::bigint)', ARRAY[3, 2])));

-- Errors name what is wrong.
\set ON_ERROR_STOP 0
SELECT fs_estimate('SELECT pattern FROM pats', ARRAY[2, 2, 2]);
SELECT fs_estimate('SELECT pattern, n::numeric FROM pats', ARRAY[2, 2, 2]);
SELECT fs_estimate('SELECT pattern, n FROM pats', ARRAY[2, 2]);
SELECT fs_estimate('SELECT pattern, n FROM pats', ARRAY[1, 2, 2]);
SELECT fs_estimate('SELECT pattern, n FROM pats WHERE false', ARRAY[2, 2, 2]);
SELECT fs_estimate('SELECT ARRAY[0, 5], 1::bigint', ARRAY[2, 2]);
SELECT fs_estimate('SELECT ARRAY[0.5, 1], 1::bigint', ARRAY[2, 2]);
SELECT fs_estimate('SELECT pattern, n FROM pats', ARRAY[2, 2, 2], prior => 1.5);
SELECT fs_estimate('DELETE FROM pats', ARRAY[2, 2, 2]);
SELECT fs_weight(ARRAY[1, 1], ARRAY[1.0, 2.0]::float8[]);
SELECT fs_weight(ARRAY[1, 1, 1], ARRAY[[1.0, 2.0], [3.0, 4.0]]::float8[]);
\set ON_ERROR_STOP 1
