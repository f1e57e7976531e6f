-- The shared test vectors (test/data/id_vectors.csv, a copy of
-- test/data/id_vectors.csv): for every row, the
-- validator of its kind agrees with `valid` and gives `canonical`, and
-- idno_check() detects the row's kind, agrees with `valid` and gives
-- `canonical`.  Mismatches are counted and listed, so a failure shows which.
SET search_path = enroll, public;

CREATE TEMP TABLE vectors (
    n           serial,
    kind        text NOT NULL,
    input       text NOT NULL,
    valid       boolean NOT NULL,
    canonical   text,
    note        text
);
\copy vectors (kind, input, valid, canonical, note) FROM 'test/data/id_vectors.csv' WITH (FORMAT csv, HEADER true)

SELECT kind, count(*) FILTER (WHERE valid) AS valid, count(*) FILTER (WHERE NOT valid) AS invalid
FROM vectors GROUP BY kind ORDER BY min(n);

-- The validator of each kind, and the canonical form it gives:
--   citizen_id_18/15   cnid_valid and cnid_kind = mainland, cnid(input)::text
--   residence_permit   cnid_valid and cnid_kind in (hongkong, macao, taiwan)
--   foreign_pr_2023    cnid_valid and cnid_kind = foreign
--   uscc               uscc_valid, uscc(input)::text
--   org_code           orgcode_valid, idno_check(input).canonical
--   foreign_pr_2017    idno_check(input): reason ok and kind foreign_pr_2017
CREATE TEMP TABLE checked AS
SELECT v.n, v.kind, v.input, v.valid, v.canonical,
       k.kind_valid, k.kind_canonical,
       i.kind AS idno_kind, i.reason AS idno_reason, i.canonical AS idno_canonical
FROM vectors v
CROSS JOIN LATERAL idno_check(v.input) AS i
CROSS JOIN LATERAL (
    SELECT CASE
               WHEN v.kind IN ('citizen_id_18', 'citizen_id_15', 'residence_permit', 'foreign_pr_2023') THEN
                   cnid_valid(v.input) AND
                   CASE WHEN cnid_valid(v.input) THEN
                       CASE v.kind
                           WHEN 'residence_permit' THEN cnid_kind(cnid(v.input)) IN ('hongkong', 'macao', 'taiwan')
                           WHEN 'foreign_pr_2023' THEN cnid_kind(cnid(v.input)) = 'foreign'
                           ELSE cnid_kind(cnid(v.input)) = 'mainland'
                       END
                   END
               WHEN v.kind = 'uscc' THEN uscc_valid(v.input)
               WHEN v.kind = 'org_code' THEN orgcode_valid(v.input)
               WHEN v.kind = 'foreign_pr_2017' THEN i.reason = 'ok' AND i.kind = 'foreign_pr_2017'
           END AS kind_valid,
           CASE
               WHEN v.kind IN ('citizen_id_18', 'citizen_id_15', 'residence_permit', 'foreign_pr_2023')
                    AND cnid_valid(v.input) THEN cnid(v.input)::text
               WHEN v.kind = 'uscc' AND uscc_valid(v.input) THEN uscc(v.input)::text
               WHEN v.kind IN ('org_code', 'foreign_pr_2017') THEN i.canonical
           END AS kind_canonical
) AS k;

-- Every row: the kind's validator, and what idno_check() makes of it.
SELECT n, kind, input, valid, kind_valid, idno_kind, idno_reason
FROM checked ORDER BY n;

-- Mismatches: must be 0, and the list must be empty.
CREATE TEMP VIEW mismatches AS
SELECT n, kind, input, valid, canonical, kind_valid, kind_canonical,
       idno_kind, idno_reason, idno_canonical,
       concat_ws(', ',
           CASE WHEN kind_valid IS DISTINCT FROM valid THEN 'kind validator' END,
           CASE WHEN valid AND kind_canonical IS DISTINCT FROM canonical THEN 'kind canonical' END,
           CASE WHEN coalesce(idno_reason = 'ok' AND idno_kind = kind, false) <> valid THEN 'idno validity' END,
           CASE WHEN valid AND idno_kind IS DISTINCT FROM kind THEN 'idno kind' END,
           CASE WHEN valid AND idno_canonical IS DISTINCT FROM canonical THEN 'idno canonical' END,
           CASE WHEN NOT valid AND canonical IS NOT NULL THEN 'canonical on an invalid row' END
       ) AS what
FROM checked;

SELECT count(*) AS rows, count(*) FILTER (WHERE what <> '') AS mismatches FROM mismatches;
SELECT * FROM mismatches WHERE what <> '' ORDER BY n;

-- Valid rows by kind, each checked three ways.
SELECT kind, count(*) AS valid_rows,
       count(*) FILTER (WHERE kind_valid AND kind_canonical = canonical) AS validator_agrees,
       count(*) FILTER (WHERE idno_kind = kind AND idno_reason = 'ok' AND idno_canonical = canonical) AS idno_agrees
FROM checked WHERE valid GROUP BY kind ORDER BY min(n);
