-- Record linkage, Fellegi-Sunter style: string comparators, comparison
-- levels, EM estimation of m and u on comparison patterns, match weights,
-- and an explanation of one pair for a registrar.

CREATE FUNCTION @extschema@.jaro(a text, b text) RETURNS real
    AS 'MODULE_PATHNAME', 'jaro_similarity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.jaro_winkler(a text, b text) RETURNS real
    AS 'MODULE_PATHNAME', 'jaro_winkler_similarity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jaro(text, text) IS
    'Jaro similarity of two strings on code points, in [0, 1]';
COMMENT ON FUNCTION @extschema@.jaro_winkler(text, text) IS
    'Jaro-Winkler similarity on code points (prefix of up to 4, scale 0.1, above 0.7), in [0, 1]';

-- The comparison level of two strings: NULL when either is missing (NULL
-- or blank), the top level (= the number of thresholds + 1) when equal,
-- then one level per Jaro-Winkler threshold met (thresholds descending),
-- 0 when none is.
CREATE FUNCTION @extschema@.jw_level(a text, b text, VARIADIC thresholds real[])
RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN nullif(btrim(a), '') IS NULL OR nullif(btrim(b), '') IS NULL THEN NULL
    WHEN a = b THEN (pg_catalog.cardinality(thresholds) + 1)::smallint
    -- the similarity once, not once per threshold (OFFSET 0 keeps it in its subquery)
    ELSE coalesce((SELECT (pg_catalog.cardinality(thresholds) + 1 - pg_catalog.min(k))::smallint
                   FROM (SELECT @extschema@.jaro_winkler(a, b) AS jw OFFSET 0) AS s,
                        pg_catalog.unnest(thresholds) WITH ORDINALITY AS t(th, k)
                   WHERE s.jw >= t.th), 0::smallint)
END;
COMMENT ON FUNCTION @extschema@.jw_level(text, text, real[]) IS
    'comparison level: NULL missing, cardinality(thresholds)+1 equal, else the level of the first Jaro-Winkler threshold met (descending), 0 none';

-- The same for exact comparisons: NULL missing, 1 equal, 0 different.
CREATE FUNCTION @extschema@.eq_level(a anyelement, b anyelement)
RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL WHEN a = b THEN 1 ELSE 0 END::smallint $$;
COMMENT ON FUNCTION @extschema@.eq_level(anyelement, anyelement) IS
    'comparison level of an exact comparison: NULL missing, 1 equal, 0 different';

CREATE FUNCTION @extschema@.fs_estimate(patterns_sql text, levels integer[],
                                        max_iterations integer DEFAULT 200,
                                        tolerance double precision DEFAULT 1e-7,
                                        prior double precision DEFAULT 0.01)
RETURNS jsonb
    AS 'MODULE_PATHNAME', 'fs_estimate' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fs_estimate(text, integer[], integer, double precision, double precision) IS
    'EM estimate of Fellegi-Sunter m and u per field and level from (pattern, n) rows; returns the model as jsonb (lambda, m, u, weights, prior_weight)';

-- The model's weights as a rectangular float8[][] (rows padded with 0),
-- for fs_weight(); compute it once per query, not per pair.
CREATE FUNCTION @extschema@.fs_weights(model jsonb) RETURNS double precision[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (
    SELECT pg_catalog.array_agg(row_w ORDER BY f)
    FROM (SELECT f, (SELECT pg_catalog.array_agg(coalesce((model -> 'weights' -> (f - 1)::int ->> (l - 1)::int)::float8, 0)
                                                 ORDER BY l)
                     FROM pg_catalog.generate_series(1, (SELECT pg_catalog.max((x)::int)
                                                        FROM pg_catalog.jsonb_array_elements_text(model -> 'levels') x)) l) AS row_w
          FROM pg_catalog.generate_series(1, (model ->> 'fields')::int) f) r);
COMMENT ON FUNCTION @extschema@.fs_weights(jsonb) IS
    'weight matrix of a Fellegi-Sunter model as float8[][] for fs_weight()';

CREATE FUNCTION @extschema@.fs_weight(pattern integer[], weights double precision[])
RETURNS double precision
    AS 'MODULE_PATHNAME', 'fs_weight' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fs_weight(pattern smallint[], weights double precision[])
RETURNS double precision
    AS 'MODULE_PATHNAME', 'fs_weight' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fs_weight(integer[], double precision[]) IS
    'match weight of a comparison pattern: sum of log2(m/u) of its levels; a NULL level adds 0';
COMMENT ON FUNCTION @extschema@.fs_weight(smallint[], double precision[]) IS
    'match weight of a comparison pattern: sum of log2(m/u) of its levels; a NULL level adds 0';

CREATE FUNCTION @extschema@.fs_probability(weight double precision, prior_weight double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN 1.0 / (1.0 + pg_catalog.power(2.0::float8, -(prior_weight + weight)));
COMMENT ON FUNCTION @extschema@.fs_probability(double precision, double precision) IS
    'match probability from a match weight and the model''s prior_weight';

-- Why two records were (not) linked: one entry per field with its level,
-- m, u and weight, the total weight and the probability.
CREATE FUNCTION @extschema@.match_explain(pattern integer[], model jsonb, fields text[] DEFAULT NULL)
RETURNS jsonb LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (
    WITH per_field AS (
        SELECT f, pattern[f] AS level,
               CASE WHEN pattern[f] IS NOT NULL THEN (model -> 'm' -> (f - 1) ->> pattern[f])::float8 END AS m,
               CASE WHEN pattern[f] IS NOT NULL THEN (model -> 'u' -> (f - 1) ->> pattern[f])::float8 END AS u,
               coalesce(CASE WHEN pattern[f] IS NOT NULL THEN (model -> 'weights' -> (f - 1) ->> pattern[f])::float8 END, 0) AS weight
        FROM pg_catalog.generate_series(1, pg_catalog.cardinality(pattern)) f
    )
    SELECT pg_catalog.jsonb_build_object(
        'fields', pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
            'field', coalesce(fields[f], 'field ' || f), 'level', level, 'm', m, 'u', u,
            'weight', pg_catalog.round(weight::numeric, 3)) ORDER BY f),
        'prior_weight', pg_catalog.round(((model ->> 'prior_weight')::float8)::numeric, 3),
        'total_weight', pg_catalog.round((pg_catalog.sum(weight) + (model ->> 'prior_weight')::float8)::numeric, 3),
        'probability', pg_catalog.round(@extschema@.fs_probability(pg_catalog.sum(weight), (model ->> 'prior_weight')::float8)::numeric, 6))
    FROM per_field);
COMMENT ON FUNCTION @extschema@.match_explain(integer[], jsonb, text[]) IS
    'per-field contributions (level, m, u, log2 weight) of a comparison pattern under a Fellegi-Sunter model, with total weight and probability';
