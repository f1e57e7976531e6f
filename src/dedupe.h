/*
 * dedupe.h
 *	  The links dedupe() makes between records, and what its files share.
 *
 * dedupe() is split by concept: dedupe.c is the SQL-facing driver and its
 * phases over struct Dedupe; dedupe_guard.c holds union-find over the
 * links and guard 1 (a record that fits two persons); dedupe_evidence.c
 * the rule that a broken ID blocks a name link, and the region as
 * evidence; dedupe_result.c the result rows.  Only this header is shared
 * between them.
 */
#ifndef ENROLL_DEDUPE_H
#define ENROLL_DEDUPE_H

#include "record_reader.h"

#include "access/htup.h"
#include "funcapi.h"

/*
 * The strata of the name frequencies: sex (0 unknown, 1, 2, 3 other) x
 * birth decade.  The distributed dedupe runs its name links per stratum on
 * the workers (linkage_stratum), so that a stratum's frequencies, blocks
 * and same-day groups are whole in one call.
 */
#define DECADES 32
#define DAYS_PER_DECADE 3652.425
static inline int
stratum_of(int32 birth, int8 sex)
{
	int			decade;

	/*
	 * DateADT counts days from 2000-01-01; calendar decades from the 1850s
	 * (146,097 days in 400 years; 54,787 days from 1850-01-01 to 2000-01-01)
	 */
	decade = (int) (((int64) birth + 54787) * 40 / 146097);
	if (birth < -54787)
		decade = 0;
	decade = Max(0, Min(DECADES - 1, decade));
	return (sex < 0 ? 3 : sex) * DECADES + decade;
}

static inline int
stratum(const LinkRecord *r)
{
	return stratum_of(r->birth, r->sex);
}

/* link kinds, strongest first, and the reasons of the output */
enum
{
	K_SAME_ID = 1,
	K_REPAIRED_ID = 2,
	K_NAME_BIRTH_SEX = 3
};

typedef struct DdLink
{
	uint32		a;				/* record indexes */
	uint32		b;
	float4		sim;			/* name similarity (1 for same_id) */
	float4		chance;			/* name_birth_sex: records agreeing by chance */
	double		prob;			/* name_birth_sex: probability of one person */
	float4		region_lr;		/* name_birth_sex: likelihood ratio of the regions */
	float4		field_lr;		/* name_birth_sex: likelihood ratio of the evidence columns */
	uint8		kind;
	uint8		dropped;		/* why not kept: enum LinkDrop (DROP_NONE: kept) */
	uint8		level;			/* name_birth_sex: enum NameLevel */
} DdLink;

/* how the names of a name_birth_sex link agree: each level has its own odds */
enum NameLevel
{
	LV_EXACT = 0,				/* the same name_norm */
	LV_KEY,						/* the same name_key, not the same name_norm */
	LV_SIMILAR					/* neither: similar, same first or last character */
};

/* why a link was dropped (dedupe_links shows them all) */
enum LinkDrop
{
	DROP_NONE = 0,
	DROP_PROBABILITY,			/* below min_probability */
	DROP_AMBIGUOUS,				/* its record fits two persons equally well */
	DROP_JOINS_IDS,				/* its component joined two valid IDs */
	DROP_GIANT					/* its component is larger than max_cluster_size */
};


typedef struct DdLinks
{
	DdLink	   *link;
	uint64		n;
	uint64		cap;
	const LinkRegister *owner;	/* whose memory budget */
} DdLinks;

/* a link's score: its name similarity, times its probability for a name link */
static inline float4
link_score(const DdLink *l)
{
	return l->kind == K_NAME_BIRTH_SEX ? (float4) (l->sim * l->prob) : l->sim;
}

/*
 * dedupe's result rows from one formed row per reason, the three fixed-width
 * columns patched in place and the row copied into the tuplestore: forming
 * each of a million rows from Datums took a seventh of the run.  The column
 * offsets are checked on the formed rows; with any other layout each row is
 * formed from Datums.
 */
typedef struct ResultRows
{
	Datum		reasons[7];
	HeapTuple	row[7];
	Size		off[3];			/* rec_id, cluster_id, score in the data area */
	bool		patchable;
} ResultRows;

/*
 * The evidence columns (dedupe's evidence argument: address, phone, ...),
 * Fellegi-Sunter with term frequencies: per column m, the share of the
 * records sharing a valid ID that agree, and per value its records (u of a
 * value is its share of the records with a value).
 */
typedef struct FieldEvidence
{
	int			n;
	double		m[LINK_MAX_EVIDENCE];
	uint64		pairs[LINK_MAX_EVIDENCE];	/* same-ID pairs with both values */
	uint64		known[LINK_MAX_EVIDENCE];	/* records with a value */
	keycount_hash *counts[LINK_MAX_EVIDENCE];	/* value -> records, for the values asked */
} FieldEvidence;

/* how two records' values of an evidence column agree */
enum FieldAgreement
{
	FA_UNKNOWN = 0,
	FA_SAME,
	FA_DIFFER
};

/* dedupe_evidence.c */
extern bool may_link(const LinkRegister *st, const LinkRecord *a, const LinkRecord *b);
extern double region_evidence(const LinkRegister *st, uint32 nregions, DdLinks *links);
extern void field_evidence(const LinkRegister *st, DdLinks *links, FieldEvidence *fe);
extern double field_ratio(const LinkRegister *st, const FieldEvidence *fe, int c,
						  uint32 a, uint32 b, int *agreement);

/* dedupe_guard.c */
extern void uf_components(uint32 *parent, uint32 *size, uint32 n, const DdLinks *l);
extern void guard_ambiguous(const LinkRegister *st, DdLinks *links, int32 max_cluster,
							bool *ambiguous);

/* dedupe_result.c */
extern void result_rows_init(ResultRows *rr, TupleDesc desc, const char *const *reason_names);
extern void result_rows_put(ResultRows *rr, ReturnSetInfo *rsinfo, int reason,
							int64 rec_id, int64 cluster_id, float4 score);

#endif							/* ENROLL_DEDUPE_H */
