-- enroll 0.1.0 -> 0.2.0 (ALTER EXTENSION enroll UPDATE TO '0.2.0').
--
-- Functions, types and reference data only.  The register's tables are not
-- the extension's in 0.2.0: this script releases 0.1.0's register tables from
-- the extension (their data stays), and `SELECT enroll.create_register();`
-- then migrates them to the 0.2.0 layout (doc/reference-register.md,
-- "Upgrading from 0.1.0").  test/t/upgrade.pl checks that an upgraded
-- install equals a fresh one, schema and data.
\echo Use "ALTER EXTENSION enroll UPDATE TO '0.2.0'" to load this file. \quit

