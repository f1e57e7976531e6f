/*
 * unionfind.h
 *	  Union-find over array indexes, shared by connected_components and
 *	  dedupe: path halving, union by size (the larger root stays).
 */
#ifndef ENROLL_UNIONFIND_H
#define ENROLL_UNIONFIND_H

#include "c.h"

static inline uint32
uf_find(uint32 *parent, uint32 i)
{
	while (parent[i] != i)
	{
		parent[i] = parent[parent[i]];	/* path halving */
		i = parent[i];
	}
	return i;
}

static inline void
uf_union(uint32 *parent, uint32 *size, uint32 a, uint32 b)
{
	uint32		ra = uf_find(parent, a),
				rb = uf_find(parent, b);

	if (ra == rb)
		return;
	if (size[ra] < size[rb])
	{
		uint32		t = ra;

		ra = rb;
		rb = t;
	}
	parent[rb] = ra;
	size[ra] += size[rb];
}

#endif							/* ENROLL_UNIONFIND_H */
