-- The extension itself: schema, relocatability, catalogue hygiene, and the
-- refusal of non-UTF-8 databases.
SET search_path = enroll, public;

SELECT extname, extversion, extrelocatable, extnamespace::regnamespace AS schema
FROM pg_extension WHERE extname = 'enroll';

-- Every function of the extension is in schema enroll, has a comment, and
-- says whether it is safe in parallel workers.
SELECT count(*) AS functions_outside_schema
FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'enroll')
  AND p.pronamespace <> 'enroll'::regnamespace;
SELECT p.oid::regprocedure AS function_without_comment
FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'enroll')
  AND obj_description(p.oid, 'pg_proc') IS NULL
ORDER BY 1;
SELECT p.oid::regprocedure AS function_not_parallel_safe, p.proparallel
FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'enroll')
  AND p.proparallel <> 's'
  -- Exempt: the register's functions that write (extension/parts/92-93),
  -- and the look-up audit, which starts a background worker, are PARALLEL
  -- UNSAFE, as they must be.
  AND NOT p.oid::regprocedure::text = ANY (ARRAY[
      'person_lock(cnid,name,anyelement)', 'problem_open(cnid,text,text,bigint,name)', 'problem_close(cnid,text,bigint,name)',
      'history_write(text,text,bigint,name,jsonb,jsonb)', 'registration_update(anyelement,anyelement,name)',
      'person_update(anyelement,anyelement,name)', 'person_children_set(cnid,bigint,smallint[],text[],name)',
      'register(jsonb)', 'submit(cnid)', 'review(cnid,text,boolean,text)',
      'record_death(cnid,date)', 'move(cnid,bigint)',
      'change_status(cnid,text,text)', 'set_flag(cnid,text,boolean,text)',
      'lookup_registration(cnid)', 'lookup_audit_record(cnid,text)',
      'create_register()', 'register_create_layout2()', 'register_create_access()', 'register_migrate_layout1()',
      'register_migrate_layout2(text)', 'register_migrate_layout3(text)', 'register_migrate_layout4(text)',
      'register_create_history_rows()', 'register_create_review_queue()',
      'register_create_persons()', 'register_create_logs()', 'register_create_local()',
      'grant_region(name,bigint)', 'revoke_region(name,bigint)', 'grant_analyst(name)',
      'register_try(jsonb)', 'register_batch(bigint[],jsonb[])', 'register_batch(regclass)',
      'register_batch_new_rows(boolean[],cnid[],jsonb[],bigint[],text[],text[],text[],integer[],integer[],smallint[],integer[],text[],cnid[],bigint[],name)',
      -- distribute the register on a Citus cluster (97_register_citus.sql)
      'distribute_register()', 'register_schema_usage()', 'citus_cluster_check()',
      -- create work tables, or run the caller's query, which may be
      -- parallel unsafe (extension/parts/95_compare.sql, 95_compare_on_tables.sql)
      'compare_registers(text,text,real,integer)', 'dedupe(text,real,integer,text,real,integer,text[])',
      'dedupe_links(text,real,integer,text,real,integer,text[])', 'linkage_records(text,text,text,boolean)',
      'compare_registers(regclass,regclass,real,integer)', 'dedupe(regclass,real,integer,text,real,integer)',
      'dedupe_strata(text)',
      'linkage_compare_shard(text,text,real,integer)', 'linkage_dedupe_shard(text,text,real,integer,real,integer)',
      'linkage_drop_work(text[])',
      -- query Citus' metadata and run commands on the workers
      'linkage_distribution(regclass,text,text)', 'linkage_on_shards(regclass[],text,integer,jsonb)',
      'linkage_ids_by_shard(regclass,text)',
      -- create and fill distributed work tables, or run the steps that do
      -- (95_compare_pass2.sql, 95_dedupe_tables.sql)
      'linkage_work_table(name,text,text,name,text,integer)',
      'linkage_compare_repairs(regclass,regclass,name,name,real,integer)',
      'linkage_compare_names(regclass,regclass,name,name,name,real,integer)',
      'linkage_compare_giant_warning(integer)',
      'dedupe_resolve(text,text,real,integer,real,integer,bigint[],bigint[])',
      'dedupe_links_resolve(text,text,real,integer,real,integer,bigint[],bigint[])',
      'linkage_dedupe_giant_warning(text,integer,bigint[])',
      'linkage_dedupe_links_shard(text,text,real,integer,real,integer)',
      'linkage_dedupe_shards(regclass,text,boolean,real,integer,text,real,integer)',
      'dedupe_links(regclass,real,integer,text,real,integer)',
      -- the table forms (97_cross_province_tables.sql)
      'cross_province_duplicates(regclass,real,real,integer,integer)', 'cross_province_report(regclass,real,real,integer,integer)',
      'cross_province_uninsured(regclass,regclass,real,integer)',
      -- the same, through dedupe and compare_registers (extension/parts/97_cross_province.sql)
      'cross_province_duplicates(text,real,real,integer,integer)', 'cross_province_report(text,real,real,integer,integer)',
      'cross_province_uninsured(text,text,real,integer)'])
ORDER BY 1;
SELECT t.oid::regtype AS type_without_comment
FROM pg_depend d JOIN pg_type t ON d.classid = 'pg_type'::regclass AND d.objid = t.oid
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'enroll')
  AND t.typtype <> 'p' AND t.typelem = 0
  AND obj_description(t.oid, 'pg_type') IS NULL
ORDER BY 1;
SELECT o.oid::regoperator AS operator_without_comment
FROM pg_depend d JOIN pg_operator o ON d.classid = 'pg_operator'::regclass AND d.objid = o.oid
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'enroll')
  AND obj_description(o.oid, 'pg_operator') IS NULL ORDER BY 1::text;
-- Only the equality of the identifier types is outside the extension's
-- schema, in pg_catalog (found by name whatever the search_path).
SELECT o.oid::regoperator AS operator_outside_schema
FROM pg_depend d JOIN pg_operator o ON d.classid = 'pg_operator'::regclass AND d.objid = o.oid
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'enroll')
  AND o.oprnamespace <> 'enroll'::regnamespace ORDER BY 1::text;
SELECT opcname AS opclass_without_comment
FROM pg_opclass WHERE opcnamespace = 'enroll'::regnamespace
  AND obj_description(oid, 'pg_opclass') IS NULL ORDER BY 1;
SELECT relname AS table_without_comment
FROM pg_class WHERE relnamespace IN ('enroll'::regnamespace, 'enroll_register'::regnamespace) AND relkind IN ('r', 'v', 'm', 'p')
  AND obj_description(oid, 'pg_class') IS NULL ORDER BY 1;
-- SQL-language functions must not depend on the caller's search_path.
SELECT p.oid::regprocedure AS sql_function_without_search_path
FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'enroll')
  AND p.prolang IN (SELECT oid FROM pg_language WHERE lanname IN ('sql', 'plpgsql'))
  AND p.prosqlbody IS NULL
  AND NOT coalesce(p.proconfig::text[] && ARRAY['search_path=enroll, pg_catalog', 'search_path=enroll, pg_temp', 'search_path=pg_catalog, enroll'], false)
  AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%')
  -- runs the caller's query, so it keeps the caller's search_path and
  -- qualifies everything of its own
  AND NOT p.oid::regprocedure::text = ANY (ARRAY[
      'coverage_report(text,text,text,integer)', 'linkage_records(text,text,text,boolean)',
      'cross_province_duplicates(text,real,real,integer,integer)', 'cross_province_uninsured(text,text,real,integer)'])
ORDER BY 1;

-- Not relocatable.
\set ON_ERROR_STOP 0
ALTER EXTENSION enroll SET SCHEMA public;
\set ON_ERROR_STOP 1

-- The register's tables are the database's, not the extension's: DROP
-- EXTENSION refuses while they exist, and only CASCADE removes them.
SELECT create_register() IN ('created', 'unchanged') AS register_exists;
\set VERBOSITY terse
\set ON_ERROR_STOP 0
DROP EXTENSION enroll;
\set ON_ERROR_STOP 1
-- (terse: the NOTICE counts what CASCADE drops, the register's tables and
-- views, without listing them)
DROP EXTENSION enroll CASCADE;
\set VERBOSITY default
SELECT count(*) AS register_schema_left FROM pg_namespace WHERE nspname = 'enroll_register';
SELECT count(*) AS schema_kept_after_drop FROM pg_namespace WHERE nspname = 'enroll';
CREATE EXTENSION enroll;
SELECT '11010519491231002X'::enroll.cnid;

-- A non-UTF-8 database is refused with a clear error.
CREATE DATABASE enroll_regress_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c enroll_regress_latin1
\set ON_ERROR_STOP 0
CREATE EXTENSION enroll;
\set ON_ERROR_STOP 1
SELECT count(*) AS extension_installed FROM pg_extension WHERE extname = 'enroll';
\c contrib_regression
DROP DATABASE enroll_regress_latin1;
