-- idno_check: one entry point for a column of mixed identifiers.  Detects
-- the kind (citizen_id_18, citizen_id_15, residence_permit, foreign_pr_2023,
-- foreign_pr_2017, uscc, org_code), gives the canonical form when valid, and
-- ok or the first broken rule of the most plausible kind.  The detection
-- order is in doc/reference-uscc.md.

CREATE TYPE @extschema@.idno_result AS (
    kind        text,       -- NULL only for empty input
    canonical   text,       -- NULL unless reason = 'ok'
    reason      text        -- ok, or a reason code of the kind's rules
);
COMMENT ON TYPE @extschema@.idno_result IS
    'result of idno_check(): detected kind, canonical form when valid, reason code';

-- STABLE: a birth date after today is a broken number, and today changes.
CREATE FUNCTION @extschema@.idno_check(text) RETURNS @extschema@.idno_result
    AS 'MODULE_PATHNAME', 'idno_check' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.idno_check(text) IS
    'kind (citizen_id_18, citizen_id_15, residence_permit, foreign_pr_2023, foreign_pr_2017, uscc, org_code), canonical form and ok or reason code of any identifier; never throws';
