-- pgTAP: connected_components().
BEGIN;
SET search_path = enroll, public;
SELECT plan(8);
SELECT has_function('enroll', 'connected_components', ARRAY['text']);
SELECT volatility_is('enroll', 'connected_components', ARRAY['text'], 'stable');
SELECT results_eq($$SELECT node, component FROM connected_components('VALUES (1, 2), (2, 3), (10, 11)') ORDER BY node$$,
                  $$VALUES (1::bigint, 1::bigint), (2, 1), (3, 1), (10, 10), (11, 10)$$, 'two components');
SELECT is((SELECT count(DISTINCT component)::int FROM connected_components(
              'SELECT i::bigint, (i + 1)::bigint FROM generate_series(1, 4999) i ORDER BY hashint4(i)')), 1,
          'a 5,000-node chain in random order is one component');
SELECT is((SELECT count(*)::int FROM connected_components('VALUES (5, NULL::int)')), 1, 'a NULL end keeps the node');
SELECT throws_ok($$SELECT * FROM connected_components('SELECT 1')$$, '42804', NULL, 'one column');
SELECT throws_ok($$SELECT * FROM connected_components('SELECT 1.5, 2')$$, '42804', NULL, 'numeric column');
SELECT throws_ok($$SELECT * FROM connected_components('CREATE TABLE nope (a int)')$$, '22023', NULL, 'not a query');
SELECT * FROM finish();
ROLLBACK;
