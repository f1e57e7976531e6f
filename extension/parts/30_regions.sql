-- GB/T 2260 administrative division codes, current and historical, from
-- data/regions.csv (see data/LICENSES.md).  Old ID numbers carry codes that
-- were abolished long ago, so history is kept, never overwritten.

CREATE TABLE @extschema@.region (
    code        integer NOT NULL CHECK (code BETWEEN 100000 AND 999999),
    name        text NOT NULL,
    level       text NOT NULL CHECK (level IN ('province', 'prefecture', 'county')),
    valid_from  smallint,       -- first year-end list that has the row
    valid_to    smallint,       -- first year-end list without it (exclusive)
    status      text NOT NULL CHECK (status IN ('current', 'abolished', 'renamed', 'legacy')),
    successors  text,           -- ';'-separated, code or code[YEAR]
    source      text NOT NULL
);
-- A code may have several rows (renames, reuse); valid_from may be unknown.
CREATE UNIQUE INDEX region_code_period_key
    ON @extschema@.region (code, coalesce(valid_from, 0), name);
COMMENT ON TABLE @extschema@.region IS
    'GB/T 2260 administrative division codes with history (current as of 2024-12-31); one row per code and name period';
