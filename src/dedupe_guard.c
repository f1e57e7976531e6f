/*
 * dedupe_guard.c
 *	  dedupe(): union-find over the kept links, and guard 1, which drops
 *	  the links of a record that fits two persons equally well.
 *
 * Kept apart from the driver (dedupe.c) because the guards see only the
 * links and the records, never the phases' state (struct Dedupe).
 */
#include "dedupe.h"
#include "unionfind.h"

#include "miscadmin.h"

/* ---- union-find over record indexes ---- */

void
uf_components(uint32 *parent, uint32 *size, uint32 n, const DdLinks *l)
{
	for (uint32 i = 0; i < n; i++)
	{
		parent[i] = i;
		size[i] = 1;
	}
	for (uint64 k = 0; k < l->n; k++)
	{
		if (l->link[k].dropped == DROP_NONE)
			uf_union(parent, size, l->link[k].a, l->link[k].b);
	}
}

/* ---- guard 1: one of two persons is never picked by chance ---- */

/* how strongly a link ties its records: kind, then level of name agreement (lower: stronger) */
static inline int
link_strength(const DdLink *l)
{
	return l->kind * 4 + (l->kind == K_NAME_BIRTH_SEX ? l->level : 0);
}

static inline uint32
cand_root(uint32 *parent, uint32 i)
{
	while (parent[i] != i)
		i = parent[i] = parent[parent[i]];
	return i;
}

/*
 * The candidates of a record x without a valid ID are the other ends of its
 * kept links.  x keeps only the candidates it fits best (by kind, then
 * level of name agreement: a blank-ID record with one twin's exact name
 * keeps that twin, not the other whose given name differs by a character);
 * the links to the others are rejected as 'ambiguous'.  When the best fit
 * is two persons, x keeps none and is ambiguous itself.  Candidates are one
 * person when they hold the same valid ID or a kept link joins them without
 * joining two valid IDs; otherwise (namesakes with two valid IDs, or records
 * the rules keep apart, such as a broken ID far from the other's number)
 * they are two.  Every decision is taken on the links as they were before
 * the guard and applied afterwards, so that none depends on input order.
 * A record with more candidates than max_cluster_size (or 4,096) is left to
 * the giant cluster guard and guard 2.
 */
void
guard_ambiguous(const LinkRegister *st, DdLinks *links, int32 max_cluster, bool *ambiguous)
{
	uint32		n = st->n;
	uint64	   *off = palloc_extended(sizeof(uint64) * (n + 1), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	uint64	   *fill;
	uint64	   *adj;			/* kept links per record, as link indexes */
	uint32	   *pos = palloc_extended(sizeof(uint32) * Max(n, 1), MCXT_ALLOC_HUGE);
	bool	   *drop = palloc_extended(sizeof(bool) * Max(links->n, 1), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	/* more candidates than that: a giant cluster, or guard 2's business */
	uint32		most = (uint32) Min(max_cluster, 4096);
	uint32	   *cand = palloc(sizeof(uint32) * most);
	uint32	   *parent = palloc(sizeof(uint32) * most);
	int		   *strength = palloc(sizeof(int) * most);
	int64	   *gid = palloc(sizeof(int64) * most);

	for (uint64 k = 0; k < links->n; k++)
		if (links->link[k].dropped == DROP_NONE)
		{
			off[links->link[k].a + 1]++;
			off[links->link[k].b + 1]++;
		}
	for (uint32 i = 0; i < n; i++)
		off[i + 1] += off[i];
	link_memory_reserve(st, sizeof(uint64) * (off[n] + n + 1));
	adj = palloc_extended(sizeof(uint64) * Max(off[n], 1), MCXT_ALLOC_HUGE);
	fill = palloc_extended(sizeof(uint64) * (n + 1), MCXT_ALLOC_HUGE);
	memcpy(fill, off, sizeof(uint64) * (n + 1));
	for (uint64 k = 0; k < links->n; k++)
		if (links->link[k].dropped == DROP_NONE)
		{
			adj[fill[links->link[k].a]++] = k;
			adj[fill[links->link[k].b]++] = k;
		}
	pfree(fill);
	memset(pos, 0xFF, sizeof(uint32) * Max(n, 1));

	for (uint32 x = 0; x < n; x++)
	{
		uint32		k = 0,
					best_root = NO_INDEX;
		int			best = INT_MAX;
		bool		two = false;

		if ((x & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (st->rec[x].id != 0 || off[x + 1] - off[x] < 2 || off[x + 1] - off[x] > (uint64) most)
			continue;
		for (uint64 e = off[x]; e < off[x + 1]; e++)
		{
			const DdLink *l = &links->link[adj[e]];
			uint32		y = l->a == x ? l->b : l->a;

			if (pos[y] == NO_INDEX)
			{
				pos[y] = k;
				cand[k] = y;
				parent[k] = k;
				strength[k++] = link_strength(l);
			}
			else
				strength[pos[y]] = Min(strength[pos[y]], link_strength(l));
		}
		for (uint32 i = 0; i < k; i++)
			best = Min(best, strength[i]);

		/*
		 * Of the candidates that fit best, one person: the same valid ID, or
		 * a kept link between them that does not join two valid IDs (each
		 * group keeps the valid ID it has, gid).
		 */
		for (uint32 i = 0; i < k; i++)
			gid[i] = st->rec[cand[i]].id;
		for (uint32 i = 0; i < k; i++)
		{
			if (strength[i] != best)
				continue;
			CHECK_FOR_INTERRUPTS();
			for (uint64 e = off[cand[i]]; e < off[cand[i] + 1]; e++)
			{
				const DdLink *l = &links->link[adj[e]];
				uint32		z = l->a == cand[i] ? l->b : l->a;
				uint32		ri,
							rz;

				if (z == x || pos[z] == NO_INDEX || strength[pos[z]] != best)
					continue;
				ri = cand_root(parent, i);
				rz = cand_root(parent, pos[z]);
				if (ri == rz || (gid[ri] != 0 && gid[rz] != 0 && gid[ri] != gid[rz]))
					continue;
				parent[rz] = ri;
				if (gid[ri] == 0)
					gid[ri] = gid[rz];
			}
			for (uint32 j = i + 1; st->rec[cand[i]].id != 0 && j < k; j++)
				if (strength[j] == best && st->rec[cand[j]].id == st->rec[cand[i]].id)
					parent[cand_root(parent, j)] = cand_root(parent, i);
		}
		for (uint32 i = 0; i < k; i++)
			if (strength[i] == best)
			{
				uint32		r = cand_root(parent, i);

				if (best_root == NO_INDEX)
					best_root = r;
				else if (r != best_root)
					two = true;
			}
		/* the weaker candidates are rejected; all of them when two persons fit best */
		for (uint64 e = off[x]; e < off[x + 1]; e++)
		{
			const DdLink *l = &links->link[adj[e]];
			uint32		y = l->a == x ? l->b : l->a;

			if (two || strength[pos[y]] != best)
				drop[adj[e]] = true;
		}
		if (two)
			ambiguous[x] = true;
		for (uint32 i = 0; i < k; i++)
			pos[cand[i]] = NO_INDEX;
	}
	for (uint64 k = 0; k < links->n; k++)
		if (drop[k])
			links->link[k].dropped = DROP_AMBIGUOUS;
	pfree(off);
	pfree(adj);
	pfree(pos);
	pfree(drop);
	pfree(cand);
	pfree(parent);
	pfree(strength);
	pfree(gid);
}
