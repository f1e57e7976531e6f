-- enroll install script, assembled by the Makefile from extension/parts/*.sql.
-- Each part holds one concept; read them there, not in the assembled file.

\echo Use "CREATE EXTENSION enroll" to load this file. \quit

-- Every identifier and name function assumes UTF-8 text (NFKC, CJK).
DO $enroll_guard$
BEGIN
    IF pg_catalog.current_setting('server_encoding') <> 'UTF8' THEN
        RAISE EXCEPTION 'enroll requires a UTF8 database'
            USING ERRCODE = 'feature_not_supported',
                  DETAIL = pg_catalog.format('Database "%s" uses encoding %s.',
                                             pg_catalog.current_database(),
                                             pg_catalog.current_setting('server_encoding')),
                  HINT = 'Create the database with ENCODING ''UTF8'' TEMPLATE template0.';
    END IF;
    IF pg_catalog.current_setting('server_version_num')::int < 150000 THEN
        RAISE EXCEPTION 'enroll requires PostgreSQL 15 or later'
            USING ERRCODE = 'feature_not_supported',
                  DETAIL = pg_catalog.format('This server is version %s.',
                                             pg_catalog.current_setting('server_version'));
    END IF;
END
$enroll_guard$;

COMMENT ON SCHEMA enroll IS
    'enroll: identifier types, registers, matching and coverage for universal social-insurance registration (全民参保登记)';
