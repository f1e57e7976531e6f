/*
 * name_score_core.c
 *	  The similarity of two parsed names (name_similarity, name_explain):
 *	  look-alike characters, the readings of a unit, the similarity of two
 *	  units, their alignment, the structural rules (truncation, 冠夫姓, one
 *	  part of a dotted name), Latin names, and a cache of the last parses
 *	  (see name_core.h and doc/reference-names.md).
 */
#include "name_chars_core.h"
#include "strsim_core.h"

#include <string.h>

/* the similarity of two units by their relation, and the costs of edits */
#define SIM_IDENTICAL 1.00
#define SIM_VARIANT 0.95
#define SIM_HOMOPHONE 0.90
#define SIM_NEAR 0.80
#define SIM_LOOKALIKE 0.75
#define SIM_WIDE 0.70
#define SIM_WILD 0.70
#define COST_INDEL 1.0
#define COST_DOUBLE_INDEL 0.5	/* a reduplicated character lost: 娜娜 / 娜 */
#define COST_TRANSPOSE 0.3

/* ------------------------------------------------------------------------
 * Look-alike characters (形近字)
 *
 * One rule (lookalike_pre), for the score and for the generator of test data
 * (synth_names.c, through name_pre_lookalike), so that every look-alike error
 * the generator makes is one the score sees.  Beside it, each named for its
 * use: the close look-alikes, a narrower tier that the generator tries first;
 * and the test on the written forms of folded characters, which is wider.
 * ------------------------------------------------------------------------ */

/* the number of components of a packed Cangjie code, without a loop */
static inline int
cangjie_len(uint32_t c)
{
	return (c != 0) + (c >= (1u << 5)) + (c >= (1u << 10)) + (c >= (1u << 15)) +
		(c >= (1u << 20)) + (c >= (1u << 25)) + (c >= (1u << 30));
}

/*
 * Edits between two packed Cangjie codes of la and lb components (5 bits a
 * component, the first one highest): 0, 1 (one component changed, added or
 * dropped anywhere) or 2 (more).
 */
static int
cangjie_edits(uint32_t a, int la, uint32_t b, int lb)
{
	int			x[8],
				y[8],
				i = 0,
				j = 0,
				edits = 0;

	if (la - lb > 1 || lb - la > 1)
		return 2;
	for (int k = la - 1; k >= 0; k--, a >>= 5)
		x[k] = (int) (a & 31);
	for (int k = lb - 1; k >= 0; k--, b >>= 5)
		y[k] = (int) (b & 31);
	while (i < la && j < lb)
	{
		if (x[i] == y[j])
		{
			i++, j++;
			continue;
		}
		if (++edits > 1)
			return 2;
		if (la > lb)
			i++;
		else if (lb > la)
			j++;
		else
			i++, j++;
	}
	edits += (la - i) + (lb - j);
	return edits > 1 ? 2 : edits;
}

/*
 * The rule, on the folded characters, from the prepared data and without
 * branches on the data (it runs for most pairs of different characters):
 * the same look-alike group, or stroke counts within two and the same
 * four-corner code or a Cangjie code that differs only in its first
 * component (a radical swapped, 清/情, 汤/杨) or by one component more in
 * front (伯/白).  Changes further in (和/秋) are too common among unrelated
 * characters; 菁/箐 are three strokes apart.
 */
static inline bool
lookalike_pre(const NameUnitPre *pa, const NameUnitPre *pb)
{
	int			d = (int) pa->strokes - (int) pb->strokes;
	bool		grp = (pa->group != 0) & (pa->group == pb->group);
	bool		strokes = (pa->strokes != 0) & (pb->strokes != 0) & ((unsigned) (d + 2) <= 4u);
	bool		fc = (pa->fc != 0) & (pa->fc == pb->fc);
	bool		cj_same = (pa->cjl >= 3) & (pa->cjl == pb->cjl) &
		(pa->cjtail == pb->cjtail) & (pa->cjp != pb->cjp);
	bool		cj_ab = (pb->cjl >= 2) & (pa->cjl - pb->cjl == 1) & (pa->cjtail == pb->cjp);
	bool		cj_ba = (pa->cjl >= 2) & (pb->cjl - pa->cjl == 1) & (pb->cjtail == pa->cjp);

	return grp | (strokes & (fc | cj_same | cj_ab | cj_ba));
}

bool
name_pre_lookalike(const NameUnitPre *a, const NameUnitPre *b)
{
	return lookalike_pre(a, b);
}

/*
 * Close look-alikes: the look-alikes in one curated group (己/已, 未/末,
 * 王/玉), or with the same four-corner code and Cangjie codes at most one
 * component apart.  The generator tries them first, so that most of its
 * look-alike errors are the ones people make; the score gives every
 * look-alike the same similarity.
 */
bool
name_pre_lookalike_close(const NameUnitPre *a, const NameUnitPre *b)
{
	if (!lookalike_pre(a, b))
		return false;
	if (a->group && a->group == b->group)
		return true;
	return a->fc && a->fc == b->fc && a->cjl >= 2 && b->cjl >= 2 &&
		cangjie_edits(a->cjp, a->cjl, b->cjp, b->cjl) <= 1;
}

/*
 * The look-alike test on the characters as written, for a pair that folding
 * changed (traditional or variant forms), from their Unihan entries: the
 * same curated group, or stroke counts within two (unknown counts as 0) and
 * the same four-corner code or Cangjie codes one component apart anywhere.
 * Wider than the rule; it runs only when the folded characters are no
 * look-alikes, and narrowing it to the rule would change name_similarity
 * for pairs written in traditional forms.
 */
static bool
lookalike_written(uint32_t a, uint32_t b, const UnihanEntry *ea, const UnihanEntry *eb)
{
	if (a >= 0x3400 && a < 0xA000 && b >= 0x3400 && b < 0xA000 &&
		name_tables.la_group[a - 0x3400] &&
		name_tables.la_group[a - 0x3400] == name_tables.la_group[b - 0x3400])
		return true;
	if (ea && eb)
	{
		int			d = (int) ea->strokes - (int) eb->strokes;

		if (d < -2 || d > 2)
			return false;
		if (ea->fc && ea->fc == eb->fc)
			return true;
		if (ea->cj && eb->cj)
		{
			int			la = cangjie_len(ea->cj),
						lb = cangjie_len(eb->cj);

			return cangjie_edits(ea->cj, la, eb->cj, lb) == 1 &&
				(la == lb ? la >= 3 : (la < lb ? la : lb) >= 2);
		}
	}
	return false;
}

/* ------------------------------------------------------------------------
 * Readings of a unit
 * ------------------------------------------------------------------------ */

/* readings of a unit: all readings, plus the surname readings */
static int
unit_readings(const NameUnit *u, bool surname_pos, uint16_t *out)
{
	int			n = 0;

	if (u->kind == NU_WILD)
		return 0;
	if (u->syl)
		out[n++] = u->syl;
	if (u->kind == NU_HAN)
	{
		const UnihanEntry *e = (const UnihanEntry *) u->ent;
		const UnihanEntry *o = u->orig != u->cp ? (const UnihanEntry *) u->oent : NULL;

		for (int k = 0; k < 2; k++)
		{
			const UnihanEntry *x = k ? o : e;

			if (!x)
				continue;
			if (x->syl && n < 15)
				out[n++] = x->syl;
			/* a surname is read as a surname: no other reading of the character */
			if (x->alt && !surname_pos)
				for (int j = 0; j < unihan_alt[x->alt] && n < 15; j++)
					out[n++] = unihan_alt[x->alt + 1 + j];
		}
		if (surname_pos)
		{
			const uint16_t *r = name_surname_reading(u->cp);

			if (!r)
				r = name_surname_reading(u->orig);
			if (r)
			{
				if (r[0] && n < 16)
					out[n++] = r[0];
				if (r[1] && n < 16)
					out[n++] = r[1];
			}
		}
	}
	return n;
}

/* readings and shape data of a unit (name_core.h) */
typedef NameUnitPre UnitReadings;

static void
fill_readings(const NameUnit *u, bool surname_pos, UnitReadings *ur)
{
	const UnihanEntry *e = (const UnihanEntry *) u->ent;
	uint16_t	all[16];
	int			n;

	ur->n = 0;
	ur->sig = 0;
	/* the common case, one reading: what unit_readings would give, cheaper */
	if (u->kind == NU_HAN && e && e->syl && u->orig == u->cp && u->syl == e->syl &&
		(surname_pos ? name_surname_reading(u->cp) == NULL : e->alt == 0))
	{
		ur->n = 1;
		ur->r[0] = e->syl;
		ur->m[0] = name_tables.merged_id[e->syl];
		ur->sig = UINT64_C(1) << (ur->m[0] & 63);
		n = 0;
	}
	else
		n = unit_readings(u, surname_pos, all);
	for (int i = 0; i < n; i++)
	{
		bool		dup = false;

		for (int j = 0; j < ur->n && !dup; j++)
			dup = ur->r[j] == all[i];
		if (!dup)
		{
			ur->r[ur->n] = all[i];
			ur->m[ur->n] = name_tables.merged_id[all[i]];
			ur->sig |= UINT64_C(1) << (ur->m[ur->n] & 63);
			ur->n++;
		}
	}
	ur->group = (u->cp >= 0x3400 && u->cp < 0xA000) ? name_tables.la_group[u->cp - 0x3400] : 0;
	ur->strokes = e ? e->strokes : 0;
	ur->fc = e ? e->fc : 0;
	ur->cjp = e ? e->cj : 0;
	ur->cjl = (int8_t) cangjie_len(ur->cjp);
	ur->cjtail = ur->cjl >= 1 ? ur->cjp & ((1u << (5 * (ur->cjl - 1))) - 1) : 0;
	ur->cp = u->cp;
	ur->wide = u->syl ? (uint16_t) (name_tables.wide_id[u->syl] + 1) : 0;
	ur->plain = u->kind == NU_HAN && u->orig == u->cp &&
		u->cp != 0x4E7E && u->cp != 0x5E72 && u->cp != 0x65BC && u->cp != 0x4E8E;
}

void
name_prepare(NameParse *p)
{
	ensure_tables();
	for (int i = 0; i < p->n; i++)
		fill_readings(&p->u[i], i < p->surname_len, &p->pre[i]);
	p->prepared = true;
}

/* ------------------------------------------------------------------------
 * Similarity of two units
 * ------------------------------------------------------------------------ */

static double unit_sim_pre(const NameUnit *a, const UnitReadings *pa,
						   const NameUnit *b, const UnitReadings *pb, NameRel *rel);

/*
 * unit_sim_pre for the common case, two different plain Han characters with
 * no merged reading in common: then only the look-alike and the wide dialect
 * tests are left, done here without branches on the data.
 */
static inline double
unit_sim_fast(const NameUnit *a, const UnitReadings *pa,
			  const NameUnit *b, const UnitReadings *pb, NameRel *rel)
{
	if ((pa->plain & pb->plain) && pa->cp != pb->cp && !(pa->sig & pb->sig))
	{
		if (lookalike_pre(pa, pb))
		{
			*rel = NR_LOOKALIKE;
			return SIM_LOOKALIKE;
		}
		if ((pa->wide != 0) & (pa->wide == pb->wide))
		{
			*rel = NR_DIALECT_WIDE;
			return SIM_WIDE;
		}
		*rel = NR_DIFFERENT;
		return 0.0;
	}
	return unit_sim_pre(a, pa, b, pb, rel);
}

static double
unit_sim(const NameUnit *a, bool sa, const NameUnit *b, bool sb, NameRel *rel)
{
	UnitReadings ra,
				rb;

	fill_readings(a, sa, &ra);
	fill_readings(b, sb, &rb);
	return unit_sim_pre(a, &ra, b, &rb, rel);
}

static double
unit_sim_pre(const NameUnit *a, const UnitReadings *pa,
			 const NameUnit *b, const UnitReadings *pb, NameRel *rel)
{
	int			na = pa->n,
				nb = pb->n;
	const uint16_t *ra = pa->r,
			   *rb = pb->r;

	if (a->kind == NU_WILD || b->kind == NU_WILD)
	{
		*rel = NR_WILDCARD;
		return SIM_WILD;
	}
	if (a->kind == NU_HAN && b->kind == NU_HAN && a->cp == b->cp)
	{
		*rel = a->orig == b->orig ? NR_IDENTICAL : NR_VARIANT;
		return a->orig == b->orig ? SIM_IDENTICAL : SIM_VARIANT;
	}
	if (a->kind == NU_PINYIN && b->kind == NU_PINYIN && a->syl == b->syl)
	{
		*rel = NR_IDENTICAL;
		return SIM_IDENTICAL;
	}
	/* pairs kept apart by folding that converters confuse: 乾/干, 於/于 */
	if (a->kind == NU_HAN && b->kind == NU_HAN &&
		((a->cp == 0x4E7E && b->cp == 0x5E72) || (a->cp == 0x5E72 && b->cp == 0x4E7E) ||
		 (a->cp == 0x65BC && b->cp == 0x4E8E) || (a->cp == 0x4E8E && b->cp == 0x65BC)))
	{
		*rel = NR_HOMOPHONE;
		return SIM_HOMOPHONE;
	}
	/* equal readings have equal merged ids: the signatures rule most pairs out */
	if (pa->sig & pb->sig)
	{
		for (int i = 0; i < na; i++)
			for (int j = 0; j < nb; j++)
				if (ra[i] == rb[j])
				{
					*rel = NR_HOMOPHONE;
					return SIM_HOMOPHONE;
				}
		for (int i = 0; i < na; i++)
			for (int j = 0; j < nb; j++)
				if (pa->m[i] == pb->m[j])
				{
					*rel = NR_NEAR_HOMOPHONE;
					return SIM_NEAR;
				}
	}
	if (a->kind == NU_HAN && b->kind == NU_HAN &&
		(name_pre_lookalike(pa, pb) ||
		 ((a->orig != a->cp || b->orig != b->cp) &&
		  lookalike_written(a->orig, b->orig, a->oent, b->oent))))
	{
		*rel = NR_LOOKALIKE;
		return SIM_LOOKALIKE;
	}
	/* wide dialect merges only on the primary (or surname) reading */
	if (a->syl && b->syl && name_tables.wide_id[a->syl] == name_tables.wide_id[b->syl])
	{
		*rel = NR_DIALECT_WIDE;
		return SIM_WIDE;
	}
	*rel = NR_DIFFERENT;
	return 0.0;
}

/* ------------------------------------------------------------------------
 * Alignment
 * ------------------------------------------------------------------------ */

/* the prepared readings of units u (p's own when prepared), else filled into buf */
static const UnitReadings *
prepared_readings(const NameParse *p, const NameUnit *u, int n, int sl, UnitReadings *buf)
{
	if (p->prepared && u == p->u && sl == p->surname_len && n <= p->n)
		return p->pre;
	for (int i = 0; i < n; i++)
		fill_readings(&u[i], i < sl, &buf[i]);
	return buf;
}

/*
 * Indel costs of units u: [i] for unit i - 1, at the edge (first row or
 * column) and inside; a reduplicated character (娜娜) costs half to lose.
 * Returns whether any did.
 */
static bool
indel_costs(const NameUnit *u, int n, double *edge, double *inner)
{
	bool		any_double = false;

	for (int i = 1; i <= n; i++)
	{
		bool		prev = i >= 2 && u[i - 1].kind == NU_HAN && u[i - 1].cp == u[i - 2].cp;
		bool		next = i < n && u[i - 1].kind == NU_HAN && u[i - 1].cp == u[i].cp;

		edge[i] = prev ? COST_DOUBLE_INDEL : COST_INDEL;
		inner[i] = prev || next ? COST_DOUBLE_INDEL : COST_INDEL;
		any_double |= prev || next;
	}
	return any_double;
}

/*
 * The similarity of every pair of units, with its relation when explained;
 * returns whether any pair is alike at all.
 */
static bool
align_similarities(const NameUnit *ua, const UnitReadings *pra, int na,
				   const NameUnit *ub, const UnitReadings *prb, int nb,
				   double sim[][NAME_MAX_UNITS], uint8_t rel[][NAME_MAX_UNITS], bool explain)
{
	bool		any_sim = false;

	for (int i = 0; i < na; i++)
		for (int j = 0; j < nb; j++)
		{
			NameRel		r;

			sim[i][j] = unit_sim_fast(&ua[i], &pra[i], &ub[j], &prb[j], &r);
			any_sim |= sim[i][j] != 0.0;
			if (explain)
				rel[i][j] = (uint8_t) r;
		}
	return any_sim;
}

/*
 * The weighted edit distance d[i][j] of the first i units of a and the first
 * j of b, and op[i][j] the last step of its path (1 delete, 2 insert,
 * 3 substitute, 4 transpose): a substitution costs 1 - sim, a deletion or
 * insertion its indel cost (e at the edge, c inside), a transposition of two
 * homophones COST_TRANSPOSE.
 */
static void
align_distances(int na, int nb, double sim[][NAME_MAX_UNITS],
				const double *ea, const double *eb, const double *ca, const double *cb,
				double d[][NAME_MAX_UNITS + 1], uint8_t op[][NAME_MAX_UNITS + 1])
{
	d[0][0] = 0;
	op[0][0] = 0;
	for (int i = 1; i <= na; i++)
	{
		d[i][0] = d[i - 1][0] + ea[i];
		op[i][0] = 1;
	}
	for (int j = 1; j <= nb; j++)
	{
		d[0][j] = d[0][j - 1] + eb[j];
		op[0][j] = 2;
	}
	for (int i = 1; i <= na; i++)
		for (int j = 1; j <= nb; j++)
		{
			double		best = d[i - 1][j - 1] + (1.0 - sim[i - 1][j - 1]);
			uint8_t		bo;
			double		c;
			bool		t;

			/* without branches: which way the minimum goes is data */
			c = d[i - 1][j] + ca[i];
			t = c < best - 1e-9;
			best = t ? c : best;
			bo = t ? 1 : 3;
			c = d[i][j - 1] + cb[j];
			t = c < best - 1e-9;
			best = t ? c : best;
			bo = t ? 2 : bo;
			if (i >= 2 && j >= 2 && sim[i - 1][j - 2] >= SIM_HOMOPHONE &&
				sim[i - 2][j - 1] >= SIM_HOMOPHONE && sim[i - 1][j - 1] < SIM_HOMOPHONE)
			{
				c = d[i - 2][j - 2] + COST_TRANSPOSE +
					(1.0 - sim[i - 1][j - 2]) + (1.0 - sim[i - 2][j - 1]);
				if (c < best - 1e-9)
					best = c, bo = 4;
			}
			d[i][j] = best;
			op[i][j] = bo;
		}
}

/* the steps of the path that align_distances found, for name_explain */
static void
align_steps(int na, int nb, double sim[][NAME_MAX_UNITS], uint8_t rel[][NAME_MAX_UNITS],
			uint8_t op[][NAME_MAX_UNITS + 1], NameExplain *ex)
{
	NameStep	tmp[2 * NAME_MAX_UNITS];
	int			k = 0,
				i = na,
				j = nb;

	while ((i > 0 || j > 0) && k < 2 * NAME_MAX_UNITS)
	{
		uint8_t		o = op[i][j];

		if (o == 3)
		{
			tmp[k++] = (NameStep) {(int8_t) (i - 1), (int8_t) (j - 1), rel[i - 1][j - 1], (float) sim[i - 1][j - 1]};
			i--, j--;
		}
		else if (o == 1)
		{
			tmp[k++] = (NameStep) {(int8_t) (i - 1), -1, NR_DELETED, 0.0f};
			i--;
		}
		else if (o == 2)
		{
			tmp[k++] = (NameStep) {-1, (int8_t) (j - 1), NR_INSERTED, 0.0f};
			j--;
		}
		else
		{
			tmp[k++] = (NameStep) {(int8_t) (i - 1), (int8_t) (j - 2), NR_TRANSPOSED, (float) sim[i - 1][j - 2]};
			tmp[k++] = (NameStep) {(int8_t) (i - 2), (int8_t) (j - 1), NR_TRANSPOSED, (float) sim[i - 2][j - 1]};
			i -= 2, j -= 2;
		}
	}
	ex->nsteps = k;
	for (int s = 0; s < k; s++)
		ex->steps[s] = tmp[k - 1 - s];
}

/*
 * alignment of units [0, na) of a with [0, nb) of b; the readings come from
 * name_prepare when ua / sla are a's own units and surname length
 */
static double
align(const NameParse *a, const NameUnit *ua, int na, int sla,
	  const NameParse *b, const NameUnit *ub, int nb, int slb, NameExplain *ex)
{
	double		d[NAME_MAX_UNITS + 1][NAME_MAX_UNITS + 1];
	uint8_t		op[NAME_MAX_UNITS + 1][NAME_MAX_UNITS + 1];
	double		sim[NAME_MAX_UNITS][NAME_MAX_UNITS];
	uint8_t		rel[NAME_MAX_UNITS][NAME_MAX_UNITS];
	int			m = na > nb ? na : nb;
	UnitReadings bufa[NAME_MAX_UNITS],
				bufb[NAME_MAX_UNITS];
	const UnitReadings *pra,
			   *prb;
	/* indel costs: [i] for unit i - 1; edge (first row / column) and inner */
	double		ea[NAME_MAX_UNITS + 1],
				eb[NAME_MAX_UNITS + 1],
				ca[NAME_MAX_UNITS + 1],
				cb[NAME_MAX_UNITS + 1];
	bool		same = na == nb;
	bool		any_sim,
				any_double;

	if (m == 0)
		return 0.0;
	for (int i = 0; same && i < na; i++)
		same = ua[i].kind == ub[i].kind && ua[i].kind != NU_WILD &&
			ua[i].cp == ub[i].cp && ua[i].orig == ub[i].orig && ua[i].syl == ub[i].syl;
	if (same && !ex)
		return 1.0;				/* identical after normalisation */
	pra = prepared_readings(a, ua, na, sla, bufa);
	prb = prepared_readings(b, ub, nb, slb, bufb);
	any_sim = align_similarities(ua, pra, na, ub, prb, nb, sim, rel, ex != NULL);
	any_double = indel_costs(ua, na, ea, ca);
	any_double |= indel_costs(ub, nb, eb, cb);

	/*
	 * Nothing alike and every edit costing 1: the distance is exactly
	 * max(na, nb) (sums of small integers), so the score is exactly 0.
	 */
	if (!any_sim && !any_double && !ex)
		return 0.0;
	align_distances(na, nb, sim, ea, eb, ca, cb, d, op);
	if (ex)
		align_steps(na, nb, sim, rel, op, ex);
	{
		double		s = 1.0 - d[na][nb] / m;

		return s < 0 ? 0 : s;
	}
}

/* ------------------------------------------------------------------------
 * Structural rules
 * ------------------------------------------------------------------------ */

/* b (shorter) equals a prefix / suffix of a, unit by unit with sim >= 0.9 */
static bool
units_match(const NameUnit *a, const NameUnit *b, int n)
{
	for (int i = 0; i < n; i++)
	{
		NameRel		r;

		if (unit_sim(&a[i], false, &b[i], false, &r) < SIM_HOMOPHONE)
			return false;
	}
	return true;
}

static double
structural(const NameParse *a, const NameParse *b, NameMethod *method)
{
	const NameParse *l = a->n >= b->n ? a : b;	/* longer */
	const NameParse *s = a->n >= b->n ? b : a;

	if (s->n == 0)
		return 0;
	/* field truncation: a long prefix */
	if (s->n >= 7 && s->n < l->n && units_match(l->u, s->u, s->n))
	{
		*method = NM_TRUNCATED;
		return 0.90;
	}
	/* 冠夫姓 */
	if (l->n == 4 && s->n == 3 && l->u[0].kind == NU_HAN && name_is_common_surname(l->u[0].cp) &&
		s->u[0].kind == NU_HAN && name_is_common_surname(s->u[0].cp) &&
		units_match(l->u + 1, s->u, 3))
	{
		*method = NM_HUSBAND_SURNAME;
		return 0.90;
	}
	/* one part of a dotted name: 阿依古丽·买买提 / 阿依古丽 */
	if (l->nseg > 1 && s->nseg < l->nseg)
	{
		int			e = 0;

		while (e < l->n && l->u[e].seg < s->nseg)
			e++;
		if (e == s->n && units_match(l->u, s->u, s->n))
		{
			*method = NM_GIVEN_PART;
			return 0.85;
		}
	}
	return 0;
}

/* ------------------------------------------------------------------------
 * Latin names
 * ------------------------------------------------------------------------ */

/*
 * Jaro-Winkler of two Latin tokens (ASCII): Jaro from the matches and
 * transpositions that strsim_core.c counts (jaro_matches, the one Jaro
 * matching of the extension), with the transpositions halved rounding down
 * (as Winkler's strcmp95 does) and the prefix bonus at every level.
 * jaro_winkler() of strsim_core.c, the Fellegi-Sunter field comparator,
 * halves them exactly and adds the bonus only above 0.7 (Winkler 1990).  Two
 * formulas on purpose, named apart: name_similarity's thresholds and the
 * figures of doc/reference-names.md were measured with this one, the FEBRL
 * figures of doc/reference-linkage.md with the other.
 */
static double
token_jaro_winkler(const char *s, const char *t)
{
	int32_t		a[NAME_TOKEN_CAP],
				b[NAME_TOKEN_CAP];
	bool		scratch[2 * NAME_TOKEN_CAP];
	int			ls = (int) strlen(s),
				lt = (int) strlen(t);
	size_t		tr_count;
	int			m,
				tr,
				pre = 0;
	double		j;

	if (ls == 0 || lt == 0)
		return 0;
	/* tokens are shorter (parse_latin); a longer string is compared whole */
	if (ls > NAME_TOKEN_CAP || lt > NAME_TOKEN_CAP)
		return strcmp(s, t) == 0 ? 1 : 0;
	for (int i = 0; i < ls; i++)
		a[i] = (unsigned char) s[i];
	for (int i = 0; i < lt; i++)
		b[i] = (unsigned char) t[i];
	m = (int) jaro_matches(a, (size_t) ls, b, (size_t) lt, scratch, &tr_count);
	tr = (int) tr_count;
	if (m == 0)
		return 0;
	j = ((double) m / ls + (double) m / lt + (double) (m - tr / 2) / m) / 3.0;
	while (pre < 4 && pre < ls && pre < lt && s[pre] == t[pre])
		pre++;
	return j + pre * 0.1 * (1 - j);
}

static void
umlaut_plain(const char *s, char *out)
{
	size_t		k = 0;

	for (; *s && k < NAME_TOKEN_CAP - 1; s++)
	{
		out[k++] = *s;
		if ((s[0] == 'u' || s[0] == 'o' || s[0] == 'a') && s[1] == 'e')
			s++;
	}
	out[k] = '\0';
}

static double
token_jw(const char *x, const char *y)
{
	char		px[NAME_TOKEN_CAP],
				py[NAME_TOKEN_CAP];
	double		s = token_jaro_winkler(x, y),
				t;

	umlaut_plain(x, px);
	umlaut_plain(y, py);
	t = token_jaro_winkler(px, py);
	return s > t ? s : t;
}

static double latin_score_dir(const NameParse *s, const NameParse *l);

/* token-set score; with equal token counts both directions, the better one */
static double
latin_score(const NameParse *a, const NameParse *b)
{
	double		x,
				y;

	if (a->ntok != b->ntok)
		return a->ntok < b->ntok ? latin_score_dir(a, b) : latin_score_dir(b, a);
	x = latin_score_dir(a, b);
	y = latin_score_dir(b, a);
	return x > y ? x : y;
}

static double
latin_score_dir(const NameParse *s, const NameParse *l)
{
	const NameParse *a = s;
	const NameParse *b = l;
	char		ja[NAME_TOKEN_CAP * NAME_MAX_TOKENS],
				jb[NAME_TOKEN_CAP * NAME_MAX_TOKENS];
	double		sum = 0,
				low = 1,
				score;
	bool		used[NAME_MAX_TOKENS] = {0};

	if (s->ntok == 0)
		return 0;
	/* spacing only: KIM MIN JUN / KIM MINJUN, JEAN-PIERRE / JEAN PIERRE */
	ja[0] = jb[0] = '\0';
	for (int i = 0; i < a->ntok; i++)
		strcat(ja, a->tok[i]);
	for (int i = 0; i < b->ntok; i++)
		strcat(jb, b->tok[i]);
	if (strcmp(ja, jb) == 0)
		return 1.0;
	for (int i = 0; i < s->ntok; i++)
	{
		double		best = 0;
		int			bj = -1;

		for (int j = 0; j < l->ntok; j++)
		{
			double		v;

			if (used[j])
				continue;
			v = token_jw(s->tok[i], l->tok[j]);
			if (v > best)
				best = v, bj = j;
		}
		if (bj >= 0)
			used[bj] = true;
		sum += best;
		if (best < low)
			low = best;
	}
	score = sum / s->ntok;
	if (low < 0.9)
		score *= 0.7;
	if (s->ntok != l->ntok)
		score *= 0.95;
	return score;
}

/* ------------------------------------------------------------------------
 * The score
 * ------------------------------------------------------------------------ */

static double similarity_impl(const NameParse *a, const NameParse *b, NameExplain *ex);

/*
 * Parses of name pairs for scoring, cached by their bytes.  name_similarity
 * over a table compares every row with the same X, or (a self-join, "each
 * name against the next") meets the b of one call as the a of the next;
 * dedupe and compare_registers compare one record with the records of its
 * block: keep the last two parses, prepared for scoring, and reuse one when
 * the bytes repeat.  The parse is a pure function of the bytes, so this
 * changes no result.
 */
typedef struct ParseCache
{
	NameParse	p;
	size_t		len;			/* (size_t) -1: empty slot */
	char		bytes[NAME_MAX_INPUT];
} ParseCache;

static ParseCache cache[2] = {{.len = (size_t) -1}, {.len = (size_t) -1}};
static int	cache_last_b = 1;	/* slot of the last second argument */

/* the parse of t; a new parse goes to a slot other than keep (or the last b) */
static const NameParse *
parse_cached(const char *d, size_t len, int keep, int *slot)
{
	ParseCache *c;
	int			k;

	/* the last byte first: it tells most different names apart */
	for (k = 0; k < 2; k++)
		if (len == cache[k].len &&
			(len == 0 || d[len - 1] == cache[k].bytes[len - 1]) &&
			memcmp(d, cache[k].bytes, len) == 0)
		{
			*slot = k;
			return &cache[k].p;
		}
	k = 1 - (keep >= 0 ? keep : cache_last_b);
	c = &cache[k];
	c->len = (size_t) -1;
	name_parse(d, len, &c->p);
	name_prepare(&c->p);
	if (len <= NAME_MAX_INPUT)
	{
		memcpy(c->bytes, d, len);
		c->len = len;
	}
	*slot = k;
	return &c->p;
}

/* the prepared parses of a and b (valid until the next call) */
void
name_pair_parsed(const char *a, size_t alen, const char *b, size_t blen,
				 const NameParse **pa, const NameParse **pb)
{
	int			sa,
				sb;

	*pa = parse_cached(a, alen, -1, &sa);
	*pb = parse_cached(b, blen, sa, &sb);
	cache_last_b = sb;
}

/*
 * Rounded to 1e-6: alignment costs summed along different paths may differ
 * in the last bit between (a, b) and (b, a); the rounding keeps the score
 * exactly symmetric.
 */
double
name_similarity_parsed(const NameParse *a, const NameParse *b, NameExplain *ex)
{
	double		s = similarity_impl(a, b, ex);

	s = s > 0 ? (double) (long long) (s * 1e6 + 0.5) / 1e6 : 0.0;
	if (s > 1.0)
		s = 1.0;
	if (s < 0.0)
		s = 0.0;
	if (ex)
		ex->score = s;
	return s;
}

static double
similarity_impl(const NameParse *a, const NameParse *b, NameExplain *ex)
{
	double		best = 0,
				v;
	NameMethod	method = NM_EMPTY;

	ensure_tables();
	if (ex)
	{
		ex->nsteps = 0;
		ex->surname_agrees = false;
	}
	if (a->script == NAME_EMPTY || b->script == NAME_EMPTY)
	{
		if (ex)
		{
			ex->method = NM_EMPTY;
			ex->score = 0;
		}
		return 0;
	}
	if (a->script == NAME_LATIN && b->script == NAME_LATIN)
	{
		best = latin_score(a, b);
		method = NM_LATIN_TOKENS;
		if (a->pinyin_latin && b->pinyin_latin)
		{
			v = align(a, a->u, a->n, 0, b, b->u, b->n, 0, NULL);
			if (v > best)
				best = v;
		}
		if (ex)
		{
			ex->method = method;
			ex->score = best;
		}
		return best;
	}
	if (a->script != b->script)
	{
		/* Latin pinyin against Han: compare syllables, both token orders */
		const NameParse *lat = a->script == NAME_LATIN ? a : b;

		if (!lat->pinyin_latin)
		{
			if (ex)
			{
				ex->method = NM_CROSS_SCRIPT;
				ex->score = 0;
			}
			return 0;
		}
		best = lat == a ? align(a, a->u, a->n, 0, b, b->u, b->n, b->surname_len, ex)
			: align(a, a->u, a->n, a->surname_len, b, b->u, b->n, 0, ex);
		if (lat->ntok == 2)
		{
			NameUnit	r[NAME_MAX_UNITS];
			int			k0 = lat->tok_units[0];

			for (int i = 0; i < lat->n; i++)
				r[i] = lat->u[(i + k0) % lat->n];
			v = lat == a ? align(a, r, a->n, 0, b, b->u, b->n, b->surname_len, NULL)
				: align(a, a->u, a->n, a->surname_len, b, r, b->n, 0, NULL);
			if (v > best)
			{
				best = v;
				if (ex)
					ex->nsteps = 0;
			}
		}
		if (ex)
		{
			ex->method = NM_CROSS_SCRIPT;
			ex->score = best;
		}
		return best;
	}
	/* both Han */
	best = align(a, a->u, a->n, a->surname_len, b, b->u, b->n, b->surname_len, ex);
	method = NM_ALIGNED;
	{
		NameMethod	m2 = NM_EMPTY;

		v = structural(a, b, &m2);
		if (v > best)
		{
			best = v;
			method = m2;
		}
	}
	if (ex)
	{
		NameRel		r;

		ex->method = method;
		ex->score = best;
		ex->surname_agrees = a->surname_len > 0 && b->surname_len > 0 &&
			unit_sim(&a->u[0], true, &b->u[0], true, &r) >= SIM_NEAR;
	}
	return best;
}

const char *
name_rel_name(NameRel r)
{
	static const char *const names[] = {
		"identical", "variant", "homophone", "near_homophone", "lookalike",
		"dialect_wide", "wildcard", "different", "inserted", "deleted", "transposed"
	};

	return (unsigned) r < sizeof(names) / sizeof(names[0]) ? names[r] : "?";
}

const char *
name_method_name(NameMethod m)
{
	static const char *const names[] = {
		"empty", "aligned", "truncated", "husband_surname", "given_part",
		"latin_tokens", "cross_script"
	};

	return (unsigned) m < sizeof(names) / sizeof(names[0]) ? names[m] : "?";
}
