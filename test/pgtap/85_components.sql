-- pgTAP: connected_components(): the schema contract and the SQLSTATEs of
-- the errors (components, chains and NULL ends: sql/components.sql).
BEGIN;
SET search_path = enroll, public;
SELECT plan(5);
SELECT has_function('enroll', 'connected_components', ARRAY['text']);
SELECT volatility_is('enroll', 'connected_components', ARRAY['text'], 'stable');
SELECT throws_ok($$SELECT * FROM connected_components('SELECT 1')$$, '42804', NULL, 'one column');
SELECT throws_ok($$SELECT * FROM connected_components('SELECT 1.5, 2')$$, '42804', NULL, 'numeric column');
SELECT throws_ok($$SELECT * FROM connected_components('CREATE TABLE nope (a int)')$$, '22023', NULL, 'not a query');
SELECT * FROM finish();
ROLLBACK;
