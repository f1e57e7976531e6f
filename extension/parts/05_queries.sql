-- Functions that take the caller's query (coverage_report, linkage_records;
-- in C also compare_registers, dedupe, dedupe_links, fs_estimate and
-- connected_components) check its columns before they read a value: a
-- missing column or one of a type that cannot be read as the documented
-- one is a clear error naming it (SQLSTATE 42703 or 42804).
CREATE FUNCTION @extschema@.query_columns_check(query text, caller text, param text,
                                               columns text[], types regtype[])
RETURNS void
AS 'MODULE_PATHNAME', 'query_columns_check'
-- only parse analysis: the query is not run
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.query_columns_check(text, text, text, text[], regtype[]) IS
    'checks that query (one statement returning rows) has each named column once, of a type with an explicit cast to the type given; errors name the caller, the parameter and the column';
