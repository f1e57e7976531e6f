-- connected_components(): union-find clusters of an edge list.
SET search_path = enroll, public;

-- Chains, a self-loop, a NULL end (the node stays, alone), a NULL pair (nothing).
SELECT * FROM connected_components($$VALUES (1, 2), (2, 3), (10, 11), (5, NULL), (NULL, NULL), (7, 7), (3, 1)$$)
ORDER BY node;
-- int2/int4/int8 columns, mixed.
SELECT * FROM connected_components($$VALUES (1::smallint, 2::smallint), (2, 3)$$) ORDER BY node;
SELECT * FROM connected_components($$VALUES (1::int, 5000000000::bigint), (70000, 1)$$) ORDER BY node;
-- Component label is the smallest id, negative ids included.
SELECT * FROM connected_components($$VALUES (5, -3), (-3, 9), (100, 9)$$) ORDER BY node;
-- No edges: no rows.
SELECT count(*) FROM connected_components($$SELECT 1::bigint, 2::bigint WHERE false$$);

-- A 2,000-node chain (the case where a recursive CTE is quadratic) is one component,
-- whatever the order of its edges.
SELECT count(*) AS nodes, count(DISTINCT component) AS components, min(component), max(component)
FROM connected_components($$SELECT i::bigint, (i + 1)::bigint FROM generate_series(1, 1999) i ORDER BY hashint4(i)$$);

-- Against a plain SQL fixpoint on a random graph: the same partition.
CREATE TEMP TABLE edges AS
SELECT (hashint4(i) & 2047)::bigint AS a, (hashint4(i * 31 + 7) & 2047)::bigint AS b
FROM generate_series(1, 1200) i;
CREATE TEMP TABLE uf AS SELECT * FROM connected_components('SELECT a, b FROM edges');
CREATE TEMP TABLE fix AS
WITH RECURSIVE und AS (SELECT a, b FROM edges UNION SELECT b, a FROM edges),
reach (node, other) AS (
    SELECT a, a FROM und UNION SELECT a, b FROM und
    UNION SELECT r.node, u.b FROM reach r JOIN und u ON u.a = r.other)
SELECT node, min(other) AS component FROM reach GROUP BY node;
SELECT (SELECT count(*) FROM uf) AS nodes,
       (SELECT count(DISTINCT component) FROM uf) AS components,
       (SELECT count(*) FROM (SELECT * FROM uf EXCEPT SELECT * FROM fix) d) AS differ_1,
       (SELECT count(*) FROM (SELECT * FROM fix EXCEPT SELECT * FROM uf) d) AS differ_2;

-- Errors name what is wrong; the query runs read-only.
\set ON_ERROR_STOP 0
SELECT * FROM connected_components('SELECT 1');
SELECT * FROM connected_components('SELECT 1::numeric AS a, 2 AS b');
SELECT * FROM connected_components('SELECT 1, 2, 3');
SELECT * FROM connected_components('SELEC');
SELECT * FROM connected_components('CREATE TABLE x (a int)');
SELECT * FROM connected_components('SELECT 1, no_such_column');
\set ON_ERROR_STOP 1
SELECT count(*) FROM connected_components(NULL);
