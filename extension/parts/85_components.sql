-- Connected components of an edge list: the clusters of de-duplication.

CREATE FUNCTION @extschema@.connected_components(edges_sql text)
RETURNS TABLE (node bigint, component bigint)
AS 'MODULE_PATHNAME', 'connected_components'
LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION @extschema@.connected_components(text) IS
    'union-find over the (a, b) integer pairs that edges_sql returns: one row per node with the smallest node id of its component; a NULL end leaves the other node on its own';
