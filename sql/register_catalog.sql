-- register_catalog: the shape rules of the register, read from the catalog,
-- that let it be sharded by cnid (Citus) and keep its security without
-- triggers.  Each query lists the violations: every result should be empty
-- (or the count 0).
SET search_path = enroll, enroll_register, public;
SELECT create_register() IN ('created', 'unchanged') AS register_exists;

-- The register's tables.
CREATE TEMP VIEW register_tables AS
SELECT c.oid, c.relname FROM pg_class c
WHERE c.relnamespace = 'enroll_register'::regnamespace AND c.relkind = 'r';
SELECT relname FROM register_tables ORDER BY 1;

-- 1. None is a member of the extension (pg_dump dumps them, DROP EXTENSION
-- does not take them silently).
SELECT t.relname AS extension_member
FROM register_tables t JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = t.oid AND d.deptype = 'e';

-- 2. Every table holding rows of persons is keyed by cnid first, so that all
-- of a person's rows can live on one shard.
SELECT t.relname AS person_table_not_keyed_by_cnid_first
FROM register_tables t
JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'p'
WHERE EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'cnid')
  AND (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attnum = k.conkey[1]) <> 'cnid';
SELECT t.relname, (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attnum = k.conkey[1]) AS first_key_column
FROM register_tables t JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'p'
ORDER BY 1;
-- Unique indexes too (a distributed table's unique keys must hold the
-- distribution column).
SELECT t.relname, i.indexrelid::regclass AS unique_index_without_cnid
FROM register_tables t JOIN pg_index i ON i.indrelid = t.oid AND i.indisunique
WHERE EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'cnid')
  AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'cnid' AND a.attnum = ANY (i.indkey));

-- 3. No triggers (the writing functions keep the history).
SELECT t.relname, g.tgname AS trigger
FROM register_tables t JOIN pg_trigger g ON g.tgrelid = t.oid AND NOT g.tgisinternal;

-- 4. No policy reads a table: no subquery, and every function it calls is
-- written in C (or is built in), so that it runs on any shard.
SELECT t.relname, p.polname, pg_get_expr(p.polqual, p.polrelid) AS policy
FROM register_tables t JOIN pg_policy p ON p.polrelid = t.oid
ORDER BY 1, 2;
SELECT t.relname, p.polname AS policy_with_subquery
FROM register_tables t JOIN pg_policy p ON p.polrelid = t.oid
WHERE p.polqual::text LIKE '%SUBLINK%' OR coalesce(p.polwithcheck::text, '') LIKE '%SUBLINK%';
SELECT DISTINCT f.oid::regprocedure AS policy_function_not_in_c
FROM register_tables t JOIN pg_policy p ON p.polrelid = t.oid,
     regexp_matches(p.polqual::text || coalesce(p.polwithcheck::text, ''), ':funcid (\d+)', 'g') m,
     pg_proc f
WHERE f.oid = m[1]::oid AND f.prolang NOT IN (SELECT oid FROM pg_language WHERE lanname IN ('c', 'internal'));

-- 5. The CHECK constraints call only IMMUTABLE functions that read no table
-- (C, built in, or SQL over them), valid on every node.
SELECT DISTINCT t.relname, f.oid::regprocedure AS check_function, f.provolatile
FROM register_tables t JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'c',
     regexp_matches(k.conbin::text, ':funcid (\d+)', 'g') m, pg_proc f
WHERE f.oid = m[1]::oid AND f.pronamespace = 'enroll'::regnamespace
  AND (f.provolatile <> 'i' OR f.prolang NOT IN (SELECT oid FROM pg_language WHERE lanname IN ('c', 'internal', 'sql'))
       OR f.prosrc ~* '\mFROM\M');
-- and no foreign key leaves the register (a sharded table may reference
-- only its own shard or a reference table).
SELECT t.relname, k.conname AS foreign_key_out_of_the_register
FROM register_tables t JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'f'
WHERE k.confrelid NOT IN (SELECT oid FROM register_tables);

-- No foreign keys inside the register either (layout 3): the writing
-- functions, its only writers, create or lock the person before its other
-- rows and never delete a person, and a per-row check of the key cost a fifth
-- of a bulk load (register_batch(), enroll-load).  The tests of the register
-- check that no row is without its person.
SELECT t.relname, k.conname AS foreign_key
FROM register_tables t JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'f';

-- 6. Nobody but the owner writes the tables; roles read them (row-level
-- security limits what they see) and call the functions.
SELECT t.relname, a.grantee::regrole AS writer, a.privilege_type
FROM register_tables t JOIN pg_class c ON c.oid = t.oid, aclexplode(c.relacl) a
WHERE a.grantee <> c.relowner AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER');
SELECT t.relname AS person_table_without_row_security
FROM register_tables t JOIN pg_class c ON c.oid = t.oid
WHERE NOT c.relrowsecurity AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'cnid');

-- 7. Every SECURITY DEFINER function pins its search_path, with pg_temp last.
SELECT p.oid::regprocedure AS definer_without_pinned_search_path
FROM pg_proc p WHERE p.pronamespace = 'enroll'::regnamespace AND p.prosecdef
  AND NOT coalesce(p.proconfig, '{}') @> ARRAY['search_path=pg_catalog, enroll, pg_temp'];

-- 8. Functions over the lists a province edits (township names, targets)
-- read them when called: STABLE and not inlinable SQL, so that no plan or
-- constant folding keeps an old value; no IMMUTABLE function of the
-- extension reads a table of the register.
SELECT p.oid::regprocedure, p.provolatile, l.lanname
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.oid IN ('enroll.region_label(bigint)'::regprocedure, 'enroll.coverage_target_for(bigint, text, integer)'::regprocedure)
ORDER BY 1;
SELECT p.oid::regprocedure AS immutable_function_reading_the_register
FROM pg_proc p WHERE p.pronamespace = 'enroll'::regnamespace AND p.provolatile = 'i'
  AND p.prosrc ~ 'enroll_register\.';
