/*
 * dedupe_evidence.c
 *	  dedupe(): which records may be linked by name, birth date and sex
 *	  (may_link), and the region as evidence for those links
 *	  (region_evidence).
 *
 * Kept apart from the driver (dedupe.c) because both are rules about a
 * pair of records, independent of how the candidates were found.
 */
#include "dedupe.h"

#include "cnid_core.h"
#include "miscadmin.h"

/*
 * May a record without a valid ID (a) be linked to b by name, birth date
 * and sex?  With region_level, not when either region is unknown (such a
 * record could chain two regions together that the evidence keeps apart),
 * and not when a's broken ID contradicts b's ID: a broken ID is usually
 * the person's number with one typo (two positions for a transposition),
 * so one that differs from b's number in more positions is someone
 * else's (two broken IDs of one person: up to four).  A 15-digit broken ID
 * is compared with the 15-digit form of b's number; other lengths say
 * nothing.
 */
bool
may_link(const LinkRegister *st, const LinkRecord *a, const LinkRecord *b)
{
	const char *x;
	char		y[18];
	int			len,
				diff = 0,
				limit;

	if (st->with_region &&
		(a->region < 0 || b->region < 0))
		return false;
	if (a->badid_off == NO_OFFSET)
		return true;
	x = st->arena + a->badid_off;
	len = a->badid_len;
	if (b->id != 0)
	{
		char		full[19];

		cnid_format(b->id, full);
		if (len == 18)
			memcpy(y, full, 18);
		else if (len == 15)
		{
			memcpy(y, full, 6);
			memcpy(y + 6, full + 8, 9);
		}
		else
			return true;
		limit = 2;
	}
	else if (b->badid_off != NO_OFFSET && b->badid_len == len && len <= 18)
	{
		memcpy(y, st->arena + b->badid_off, len);
		limit = 4;
	}
	else
		return true;
	for (int k = 0; k < len; k++)
		diff += x[k] != y[k];
	return diff <= limit;
}

/*
 * The region as evidence for the name links (Fellegi-Sunter), with
 * region_level: m, the share of certain duplicates (records sharing a
 * valid ID) registered in the same region at that level, with a prior of
 * 0.9 worth ten pairs; u, the share of all records in a's region (an
 * unrelated record that agrees on name, birth date and sex lives there as
 * often as anyone does).  A link's odds are multiplied by m/u when the two
 * regions agree and by (1-m)/(1-u) when they differ; a record without a
 * known region has no name link (may_link).  Where duplicates stay in
 * their region, namesakes of other regions stay apart; where people move,
 * a rare name still links them.  Returns m.
 */
double
region_evidence(const LinkRegister *st, uint32 nregions, DdLinks *links)
{
	uint32	   *in_region = palloc0(sizeof(uint32) * Max(nregions, 1));
	uint64		known = 0,
				pairs = 0,
				agree = 0;
	double		m;

	for (uint32 i = 0; i < st->n; i++)
		if (st->rec[i].region >= 0)
		{
			in_region[st->rec[i].region]++;
			known++;
		}
	for (uint64 k = 0; k < links->n; k++)
	{
		const DdLink *l = &links->link[k];
		int32		ra = st->rec[l->a].region,
					rb = st->rec[l->b].region;

		if (l->kind == K_SAME_ID && ra >= 0 && rb >= 0)
		{
			pairs++;
			agree += ra == rb;
		}
	}
	m = ((double) agree + 9.0) / ((double) pairs + 10.0);

	/* name links have both regions (may_link) */
	for (uint64 k = 0; k < links->n; k++)
	{
		DdLink	   *l = &links->link[k];
		int32		ra = st->rec[l->a].region;
		double		u;

		if (l->kind != K_NAME_BIRTH_SEX)
			continue;
		/* a's region holds a (u > 0); b elsewhere means not everyone is there (u < 1) */
		u = (double) in_region[ra] / (double) known;
		l->region_lr = (float4) (ra == st->rec[l->b].region ? m / u : (1.0 - m) / (1.0 - u));
	}
	pfree(in_region);
	return m;
}

/*
 * Evidence column c of a name link from a (the record without a valid ID)
 * to b: m/u when the values agree, (1-m)/(1-u) when they differ, 1 when
 * either is unknown (NULL or empty); u is the share of the records with a
 * value that have a's (a stranger who agrees on name, birth date and sex
 * has a's address or phone as often as anyone does).
 */
double
field_ratio(const LinkRegister *st, const FieldEvidence *fe, int c, uint32 a, uint32 b,
			int *agreement)
{
	uint64		va = LINK_EVIDENCE(st, a, c),
				vb = LINK_EVIDENCE(st, b, c);
	double		u;

	if (va == 0 || vb == 0)
	{
		*agreement = FA_UNKNOWN;
		return 1.0;
	}
	/* a's value is counted (u > 0); b's differs, so not everyone has a's (u < 1) */
	u = (double) keycount_lookup(fe->counts[c], va)->count / (double) fe->known[c];
	if (va == vb)
	{
		*agreement = FA_SAME;
		return fe->m[c] / u;
	}
	*agreement = FA_DIFFER;
	return (1.0 - fe->m[c]) / (1.0 - u);
}

/*
 * The evidence columns, as the region is (region_evidence): m from the
 * records sharing a valid ID (both values known), with a prior of 0.9
 * worth ten pairs; u from the frequency of the value of the name link's
 * record without a valid ID, counted over all records (only the values
 * those records have are counted: a small table).  Each name link's odds
 * are multiplied by the ratios of all columns (field_lr).
 */
void
field_evidence(const LinkRegister *st, DdLinks *links, FieldEvidence *fe)
{
	for (int c = 0; c < fe->n; c++)
	{
		uint64		agree = 0;
		bool		found;

		fe->pairs[c] = fe->known[c] = 0;
		fe->counts[c] = keycount_create(st->cxt, 1024, NULL);
		for (uint64 k = 0; k < links->n; k++)
		{
			const DdLink *l = &links->link[k];
			uint64		va = LINK_EVIDENCE(st, l->a, c),
						vb = LINK_EVIDENCE(st, l->b, c);

			if (l->kind == K_SAME_ID && va != 0 && vb != 0)
			{
				fe->pairs[c]++;
				agree += va == vb;
			}
			else if (l->kind == K_NAME_BIRTH_SEX && va != 0)
				keycount_insert(fe->counts[c], va, &found)->count = 0;
		}
		fe->m[c] = ((double) agree + 9.0) / ((double) fe->pairs[c] + 10.0);
		for (uint32 i = 0; i < st->n; i++)
		{
			uint64		v = LINK_EVIDENCE(st, i, c);
			KeyCount   *e;

			if ((i & 0xFFFF) == 0)
				CHECK_FOR_INTERRUPTS();
			if (v == 0)
				continue;
			fe->known[c]++;
			if ((e = keycount_lookup(fe->counts[c], v)) != NULL)
				e->count++;
		}
	}
	for (uint64 k = 0; k < links->n; k++)
	{
		DdLink	   *l = &links->link[k];
		double		lr = 1.0;
		int			agreement;

		if (l->kind != K_NAME_BIRTH_SEX)
			continue;
		for (int c = 0; c < fe->n; c++)
			lr *= field_ratio(st, fe, c, l->a, l->b, &agreement);
		l->field_lr = (float4) lr;
	}
}
