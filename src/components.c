/*
 * components.c
 *	  connected_components(edges_sql): union-find over an edge list, in C.
 *
 * De-duplication links records pairwise; clusters are the connected
 * components of those links.  A recursive CTE takes tens of seconds on one
 * long chain; union-find with path halving and union by size is near
 * linear in the number of edges whatever the shape.
 *
 * Memory: one hash entry per distinct node (key, index, status) plus two
 * int32 and one int64 per node: about 40 bytes per node, so 10M edges over
 * 20M nodes need about 800 MB.  The edges themselves are streamed through
 * a cursor, never held.
 */
#include "enroll.h"
#include "unionfind.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "portability/instr_time.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

typedef struct NodeEntry
{
	int64		key;
	uint32		index;
	char		status;
} NodeEntry;

/* node ids are often dense: mix all 64 bits */
static inline uint32
node_hash(int64 key)
{
	return (uint32) enroll_mix64((uint64) key);
}

#define SH_PREFIX		nodemap
#define SH_ELEMENT_TYPE NodeEntry
#define SH_KEY_TYPE		int64
#define SH_KEY			key
#define SH_HASH_KEY(tb, key) node_hash(key)
#define SH_EQUAL(tb, a, b) ((a) == (b))
#define SH_SCOPE		static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

typedef struct UnionFind
{
	nodemap_hash *map;
	int64	   *node;			/* index -> node id */
	uint32	   *parent;
	uint32	   *size;
	uint32		count;
	uint32		capacity;
} UnionFind;

#define EDGE_BATCH 10000
#define MAX_NODES ((uint32) (MaxAllocHugeSize / sizeof(int64)) - 1)

static uint32
uf_index(UnionFind *uf, int64 node)
{
	bool		found;
	NodeEntry  *e = nodemap_insert(uf->map, node, &found);

	if (!found)
	{
		if (uf->count == uf->capacity)
		{
			uint32		newcap = uf->capacity * 2;

			if (uf->capacity >= MAX_NODES / 2)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("more than %u distinct nodes", MAX_NODES / 2),
						 enroll_errcontext("connected_components", NULL)));
			uf->node = repalloc_huge(uf->node, sizeof(int64) * newcap);
			uf->parent = repalloc_huge(uf->parent, sizeof(uint32) * newcap);
			uf->size = repalloc_huge(uf->size, sizeof(uint32) * newcap);
			uf->capacity = newcap;
		}
		e->index = uf->count;
		uf->node[uf->count] = node;
		uf->parent[uf->count] = uf->count;
		uf->size[uf->count] = 1;
		uf->count++;
	}
	return e->index;
}

/* The value of an int2/int4/int8 column as int64. */
static int64
edge_value(Datum d, Oid type)
{
	switch (type)
	{
		case INT8OID:
			return DatumGetInt64(d);
		case INT4OID:
			return DatumGetInt32(d);
		default:
			return DatumGetInt16(d);
	}
}

PG_FUNCTION_INFO_V1(connected_components);
Datum
connected_components(PG_FUNCTION_ARGS)
{
	char	   *sql = text_to_cstring(PG_GETARG_TEXT_PP(0));
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext callcxt = CurrentMemoryContext;
	MemoryContext ufcxt;
	UnionFind	uf;
	SPIPlanPtr	plan;
	Portal		portal;
	Oid			types[2];
	int64		edges = 0;
	int64	   *component;
	instr_time	start;

	INSTR_TIME_SET_CURRENT(start);
	InitMaterializedSRF(fcinfo, 0);

	/* Union-find state lives in its own context, freed at the end. */
	ufcxt = AllocSetContextCreate(callcxt, "connected_components", ALLOCSET_DEFAULT_SIZES);
	MemoryContextSwitchTo(ufcxt);
	uf.map = nodemap_create(ufcxt, 1024, NULL);
	uf.capacity = 1024;
	uf.count = 0;
	uf.node = palloc_extended(sizeof(int64) * uf.capacity, MCXT_ALLOC_HUGE);
	uf.parent = palloc_extended(sizeof(uint32) * uf.capacity, MCXT_ALLOC_HUGE);
	uf.size = palloc_extended(sizeof(uint32) * uf.capacity, MCXT_ALLOC_HUGE);
	MemoryContextSwitchTo(callcxt);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	{
		static const Oid node_types[] = {INT2OID, INT4OID, INT8OID, InvalidOid};
		static const EnrollColumn cols[2] = {
			{"a", "an integer type", node_types, InvalidOid},
			{"b", "an integer type", node_types, InvalidOid}
		};
		TupleDesc	desc;

		plan = enroll_query_prepare(sql, "connected_components", "edges_sql", &desc);
		enroll_check_columns(desc, "connected_components", "edges_sql", cols, 2, false);
		for (int c = 0; c < 2; c++)
			types[c] = getBaseType(TupleDescAttr(desc, c)->atttypid);
	}
	portal = SPI_cursor_open(NULL, plan, NULL, NULL, true);

	for (;;)
	{
		TupleDesc	desc;

		CHECK_FOR_INTERRUPTS();
		SPI_cursor_fetch(portal, true, EDGE_BATCH);
		desc = SPI_tuptable->tupdesc;
		if (SPI_processed == 0)
			break;

		MemoryContextSwitchTo(ufcxt);
		for (uint64 r = 0; r < SPI_processed; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];
			bool		nulla,
						nullb;
			Datum		a = SPI_getbinval(tup, desc, 1, &nulla);
			Datum		b = SPI_getbinval(tup, desc, 2, &nullb);

			/* A NULL end: the other node still exists, on its own. */
			if (!nulla && !nullb)
			{
				/* first the indexes: a new node may move the arrays */
				uint32		ia = uf_index(&uf, edge_value(a, types[0])),
							ib = uf_index(&uf, edge_value(b, types[1]));

				uf_union(uf.parent, uf.size, ia, ib);
			}
			else if (!nulla)
				(void) uf_index(&uf, edge_value(a, types[0]));
			else if (!nullb)
				(void) uf_index(&uf, edge_value(b, types[1]));
		}
		edges += SPI_processed;
		MemoryContextSwitchTo(callcxt);
		SPI_freetuptable(SPI_tuptable);
	}
	SPI_cursor_close(portal);
	SPI_finish();

	ereport(DEBUG1,
			(errmsg_internal("read " INT64_FORMAT " edges over %u nodes in %.0f ms",
							 edges, uf.count, enroll_elapsed_ms(start)),
			 enroll_errcontext("connected_components", NULL)));

	/* The component's label is its smallest node id. */
	MemoryContextSwitchTo(ufcxt);
	component = palloc_extended(sizeof(int64) * Max(uf.count, 1), MCXT_ALLOC_HUGE);
	for (uint32 i = 0; i < uf.count; i++)
		component[i] = PG_INT64_MAX;
	for (uint32 i = 0; i < uf.count; i++)
	{
		uint32		root = uf_find(uf.parent, i);

		if (uf.node[i] < component[root])
			component[root] = uf.node[i];
	}
	MemoryContextSwitchTo(callcxt);

	for (uint32 i = 0; i < uf.count; i++)
	{
		Datum		values[2];
		bool		nulls[2] = {false, false};

		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		values[0] = Int64GetDatum(uf.node[i]);
		values[1] = Int64GetDatum(component[uf_find(uf.parent, i)]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	MemoryContextDelete(ufcxt);
	return (Datum) 0;
}
