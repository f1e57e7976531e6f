/*
 * dedupe.c
 *	  dedupe(records_sql, ...): the same person enrolled twice, flagged in
 *	  one pass in C (extension/parts/95_compare.sql documents the contract).
 *
 * Why C and not SQL: the SQL version built an indexed work table with a
 * dozen derived columns, joined it three ways and ran union-find twice
 * through SPI; most of the time went into writing and re-reading rows.
 * Here the caller's query is streamed once through a DestReceiver; each
 * record keeps only what linkage needs (64 bytes plus its name); IDs and
 * rec_ids are radix-sorted (same_id groups, uniqueness, repairs by merge
 * join); names are parsed only for records born on a day that a record
 * without a valid ID has; blocks and frequencies are small hash tables of
 * the keys those records ask about, behind a Bloom filter; same-day groups
 * are arrays indexed by day; the guards run union-find over array indexes.
 *
 * Links, strongest first (kind 1..3):
 *   same_id         the same normalised ID;
 *   repaired_id     a broken ID one edit (cnid_find_repairs) from another
 *                   record's valid ID, similar name, no conflicting birth
 *                   date or sex;
 *   name_birth_sex  no valid ID on one side; the same birth date and sex
 *                   (and a known region, when asked); the same name key, or
 *                   when nobody shares it the same first or last character;
 *                   a similar name; and enough evidence (below).
 *
 * Evidence for a name_birth_sex link (Fellegi-Sunter with term frequencies):
 * agreeing on name key, birth date and sex proves little for 王伟 and much
 * for 欧阳翠花.  Per level of name agreement (exact name_norm, same key,
 * similar), the unrelated records expected to agree with record a by
 * chance are estimated from the frequency of a's name (or key) in its sex
 * and birth decade and of its birth day; for similar names, from the rate
 * at which names pass in the next day's group (a null sample).  The share
 * of ID-less records that truly have a duplicate at that level, dup, is
 * estimated by the method of moments (candidates seen minus candidates
 * expected by chance).  The link's probability is dup / (dup + chance(a)),
 * its odds times the regions' likelihood ratio with region_level
 * (region_evidence) and the evidence columns' (field_evidence), and for
 * exact names the namesakes measured on valid IDs beside chance(a)
 * (dd_count_namesakes); dup is estimated apart for records without any ID
 * and with a broken one; below min_probability the link is not made.  A broken
 * ID more than one typo away from the other record's number blocks the
 * link (may_link).
 *
 * The SQL function is a driver over named phases sharing one state
 * (struct Dedupe): read, block, compare, guard, cluster, emit.  On a
 * table distributed by Citus the same phases run in two rounds (enum
 * DdRound): on the workers, per stratum (sex and birth decade: its blocks,
 * same-day groups and name counts are whole), read, block and compare by
 * name, returning the links and the counts of the probabilities as
 * integers (linkage_dedupe_stratum); on the coordinator, the links by ID
 * and repaired ID, the name links given, the counts summed, then the
 * probabilities, guard, cluster and emit (dedupe_resolve).  The
 * repaired-ID step of the candidate chain and the cut of giant blocks are
 * shared with compare_registers (record_reader.c).  The links' types are in
 * dedupe.h; the pair rules and region evidence (dedupe_evidence.c), the
 * guards and union-find (dedupe_guard.c) and the result rows
 * (dedupe_result.c) need no struct Dedupe and live apart.
 *
 * Memory: 64 bytes per record plus its name and, for a broken ID, the
 * normalised ID; 16 bytes per valid ID (sorted pairs, twice while
 * sorting); 4 per record for the block chains and 12 per record in a
 * wanted day; the tables hold only the keys of records without a valid
 * ID; links are few.  The result stays in memory up to 128 bytes a record
 * and 1 GB.  About 130 MB per million records before the result.
 */
#include "dedupe.h"
#include "unionfind.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "portability/instr_time.h"
#include "tcop/dest.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/json.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "mb/pg_wchar.h"

#include "cnid_core.h"
#include "name_core.h"

/* ---- linking ---- */

static void
add_link(DdLinks *l, uint32 a, uint32 b, int kind, float4 sim)
{
	if (l->n == l->cap)
	{
		link_memory_reserve(l->owner, sizeof(DdLink) * l->cap);
		l->cap *= 2;
		l->link = repalloc_huge(l->link, sizeof(DdLink) * l->cap);
	}
	l->link[l->n].a = a;
	l->link[l->n].b = b;
	l->link[l->n].kind = (uint8) kind;
	l->link[l->n].sim = sim;
	l->link[l->n].chance = 0;
	l->link[l->n].prob = 1;
	l->link[l->n].region_lr = 1;
	l->link[l->n].field_lr = 1;
	l->link[l->n].dropped = DROP_NONE;
	l->link[l->n].level = LV_EXACT;
	l->n++;
}

/*
 * dedupe_links' rows: by (rec_a, rec_b) with rec_a < rec_b, then by kind,
 * whatever the input order.  The comparison checks for interrupts: a sort
 * of millions of links must not outlast a cancel.
 */
typedef struct LinkRow
{
	int64		lo;
	int64		hi;
	uint64		k;				/* index in the links */
	uint8		kind;
} LinkRow;

static int
link_row_cmp(const void *x, const void *y)
{
	const LinkRow *l = x,
			   *m = y;

	CHECK_FOR_INTERRUPTS();
	if (l->lo != m->lo)
		return l->lo < m->lo ? -1 : 1;
	if (l->hi != m->hi)
		return l->hi < m->hi ? -1 : 1;
	if (l->kind != m->kind)
		return (int) l->kind - (int) m->kind;
	return l->k < m->k ? -1 : (l->k > m->k);
}

/* records of one ID by rec_id, so that same_id links do not follow input order */
static int
idx_by_rec_id(const void *x, const void *y, void *arg)
{
	const LinkRecord *rec = arg;
	int64		a = rec[((const KeyIdx *) x)->idx].rec_id,
				b = rec[((const KeyIdx *) y)->idx].rec_id;

	CHECK_FOR_INTERRUPTS();
	return a < b ? -1 : (a > b);
}

/*
 * A member of a same-day, same-sex group, laid out contiguously so that
 * the comparison of a record with its group reads memory in order, with
 * the first and last character of the name (a look-alike changes one
 * character, a husband's surname goes in front: one of the two stays).
 */
typedef struct DayMember
{
	uint32		idx;
	uint32		first;
	uint32		last;
} DayMember;

static void
name_ends(const LinkRegister *st, const LinkRecord *r, uint32 *first, uint32 *last)
{
	const unsigned char *x;
	int			len,
				k;

	*first = *last = 0;
	if (r->name_off == NO_OFFSET || NAME_LEN(r) == 0)
		return;
	x = (const unsigned char *) st->arena + r->name_off;
	len = NAME_LEN(r);
	*first = utf8_to_unicode(x);
	k = len - 1;
	while (k > 0 && (x[k] & 0xC0) == 0x80)
		k--;
	*last = utf8_to_unicode(x + k);
}


/* ---- name evidence: term frequencies ---- */

static inline uint64
name_stratum_key(const LinkRecord *r)
{
	return enroll_mix64(r->nkey ^ ((uint64) stratum(r) * UINT64CONST(0x9e3779b97f4a7c15)));
}

static inline uint64
norm_stratum_key(const LinkRecord *r)
{
	return enroll_mix64(r->nnorm ^ ((uint64) stratum(r) * UINT64CONST(0xc2b2ae3d27d4eb4f)));
}


/*
 * A one-hash Bloom filter in front of the tables above: most records'
 * keys are in none of them, and 256 kB of bits stays in cache where the
 * tables do not.
 */
#define FILTER_BITS (UINT64CONST(1) << 21)

static inline void
filter_add(uint64 *f, uint64 key)
{
	uint64		h = enroll_mix64(key ^ UINT64CONST(0x5bd1e995)) & (FILTER_BITS - 1);

	f[h >> 6] |= UINT64CONST(1) << (h & 63);
}

static inline bool
filter_may_hold(const uint64 *f, uint64 key)
{
	uint64		h = enroll_mix64(key ^ UINT64CONST(0x5bd1e995)) & (FILTER_BITS - 1);

	return (f[h >> 6] >> (h & 63)) & 1;
}


/* ---- the SQL function: a driver over named phases ---- */

/*
 * The rounds of dedupe on a table distributed by Citus: DD_STRATUM, on the
 * workers, the name links of one stratum (sex and birth decade) with the
 * counts the probabilities need; DD_RESOLVE, on the coordinator, those
 * links with the records they reach, the links by ID and repaired ID, the
 * probabilities from the counts summed, the guards, clusters and rows.
 * DD_WHOLE is the single-server call, all phases in one.
 */
enum DdRound
{
	DD_WHOLE = 0,
	DD_STRATUM,
	DD_RESOLVE
};

/*
 * The sums of chance that the probabilities need, exact: each term is
 * added without rounding into 256 bits of fixed point (2^-128 to 2^127,
 * far beyond any chance), so that the sum is the same in any order and
 * the rounds of the distributed call add up to the single server's figure
 * exactly; it is rounded to a double once, when read.  Eight limbs of 32
 * bits, each in a uint64 so that the limbs of several rounds can be added
 * (in SQL) before the carries are propagated.
 */
#define XS_LIMBS 8
typedef struct ExactSum
{
	uint64		limb[XS_LIMBS];
} ExactSum;

static void
xs_normalise(uint64 *limb)
{
	for (int k = 0; k < XS_LIMBS - 1; k++)
	{
		limb[k + 1] += limb[k] >> 32;
		limb[k] &= UINT64CONST(0xFFFFFFFF);
	}
}

/* adds v >= 0 (below 2^60; bits below 2^-128 are dropped, the same in any order) */
static void
xs_add(ExactSum *s, double v)
{
	int			e;
	uint64		mant,
				lo,
				hi;
	int			shift,
				i;

	if (!(v > 0) || v >= 1e18)
		return;
	mant = (uint64) ldexp(frexp(v, &e), 53);	/* v = mant * 2^(e - 53) */
	shift = e - 53 + 128;		/* the bit of mant's lowest digit */
	if (shift < 0)
	{
		mant = -shift >= 64 ? 0 : mant >> -shift;
		shift = 0;
	}
	i = shift / 32;
	lo = (mant & UINT64CONST(0xFFFFFFFF)) << (shift % 32);
	hi = (mant >> 32) << (shift % 32);
	s->limb[i] += lo & UINT64CONST(0xFFFFFFFF);
	s->limb[i + 1] += (lo >> 32) + (hi & UINT64CONST(0xFFFFFFFF));
	s->limb[i + 2] += hi >> 32;
	xs_normalise(s->limb);
}

static double
xs_value(const ExactSum *s)
{
	uint64		limb[XS_LIMBS];
	double		r = 0;

	memcpy(limb, s->limb, sizeof(limb));
	xs_normalise(limb);
	for (int k = XS_LIMBS - 1; k >= 0; k--)
		r = r * 4294967296.0 + (double) limb[k];
	return ldexp(r, -128);
}

/*
 * One call's state, phase by phase: read (the records), block (indexes,
 * blocks, frequencies, same-day groups), compare (links and their
 * probabilities), guard (over-merging), cluster (components), emit (the
 * records, or dedupe_links' links).
 */
typedef struct Dedupe
{
	/* arguments */
	float4		name_threshold;
	int32		max_cluster;
	int32		max_block;
	float4		min_probability;
	char	   *region_level;
	int			nevidence;		/* evidence columns named */
	char	   *evidence[LINK_MAX_EVIDENCE];
	bool		links_mode;		/* dedupe_links: six result columns */
	bool		has_strata;		/* a round on the workers: the whole register's strata given */
	enum DdRound round;			/* the whole call, or a round of the distributed one */
	int32		only_stratum;	/* DD_STRATUM: the stratum whose records link */
	int64		strata[4 * DECADES];
	instr_time	start;

	/* read */
	LinkRegister st;
	uint32		nregions;		/* with region_level: regions at that level */

	/* block */
	KeyIdx	   *ids;			/* valid IDs, sorted; one ID's records by rec_id */
	uint64		n_ids;
	uint64	   *filter;
	keycount_hash *block_heads, /* block key -> first record (GIANT_BLOCK: cut) */
			   *name_counts,	/* name key in a stratum -> records */
			   *norm_counts;	/* name_norm in a stratum -> records */
	uint32	   *next_block;		/* the block chains */
	uint32		stratum_count[4 * DECADES]; /* records with a name */
	uint32		stratum_parsed[4 * DECADES];	/* of them, in wanted days */
	uint32	   *day_count;		/* records per day and sex */
	uint32	   *day_start;		/* first member of a wanted day's group */
	bool	   *day_wanted;		/* a day and sex that a record without a valid ID has */
	DayMember  *members;
	GiantBlocks giant_blocks;

	/* compare */
	DdLinks		links;
	bool	   *skipped;		/* in a block or same-day group too large to compare */
	bool	   *day_skipped;	/* a same-day group too large to search */
	GiantBlocks giant_days;
	/* per kind of record without a valid ID (IDLESS_KIND) and level */
	uint32		n_idless[2];
	uint32		n_similar_records[2];
	uint64		similar_tried[2],
				null_tried,
				null_hits;
	uint64		level_seen[2][3];
	ExactSum	chance_xs[2][2];	/* level_chance of exact and key, exact */
	double		level_chance[2][3];
	double		level_dup[2][3];
	double		region_m;		/* duplicates in the same region (with region_level) */
	FieldEvidence fe;			/* the evidence columns */

	/*
	 * namesakes: persons with valid IDs in the blocks of records without a
	 * valid ID that share such a record's exact name, their pairs (in the
	 * same region), and the pairs independence predicts; the excess per
	 * person, and the share of it in the same region
	 */
	keycount_hash *ns_seen;		/* (block, name) groups counted */
	uint64		ns_persons,
				ns_pairs,
				ns_pairs_same;
	ExactSum	ns_expected_xs;
	double		ns_expected;
	double		namesakes;
	double		ns_same_share;

	/* guard, cluster */
	bool	   *ambiguous;
	uint32	   *parent,
			   *size;
	int64	   *cluster_min;
} Dedupe;

/*
 * Records without a valid ID are of two kinds, whose duplicates are
 * counted apart: no ID at all (0), and a broken one (1).  A broken ID is
 * mostly a typo in the only record of its person, found again by repair;
 * a record without any ID is often a second enrolment.  Pooled, the first
 * kind's share of duplicates would set the second's prior and the other
 * way round.
 */
#define IDLESS_KIND(r) ((r)->badid_off != NO_OFFSET ? 1 : 0)

/* finer progress for a DBA asking where the time goes (SET client_min_messages = debug1) */
#define PHASE(d, what) \
	ereport(DEBUG1, \
			(errmsg_internal("%s at %.0f ms", (what), enroll_elapsed_ms((d)->start)), \
			 enroll_errcontext((d)->st.caller, NULL)))

/*
 * The strata of a round on the workers: the whole register's records with
 * a name, birth date and sex per sex and birth decade (stratum()), as
 * dedupe_strata counts them; they replace the round's own counts.
 */
static void
dd_strata_argument(Dedupe *d, FunctionCallInfo fcinfo, int argno)
{
	ArrayType  *a;
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("strata must not be null")));
	a = PG_GETARG_ARRAYTYPE_P(argno);
	deconstruct_array(a, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &elems, &nulls, &n);
	if (ARR_NDIM(a) != 1 || n != 4 * DECADES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("strata must have %d elements", 4 * DECADES)));
	for (int k = 0; k < n; k++)
	{
		if (nulls[k] || DatumGetInt64(elems[k]) < 0 || DatumGetInt64(elems[k]) > PG_UINT32_MAX)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("strata must hold counts between 0 and %u", PG_UINT32_MAX)));
		d->strata[k] = DatumGetInt64(elems[k]);
	}
	d->has_strata = true;
}

/*
 * The evidence argument: the names of further text columns of records_sql
 * (address, phone, village, ...) compared for agreement on each name link;
 * NULL or empty: none.
 */
static void
dd_evidence_argument(Dedupe *d, FunctionCallInfo fcinfo)
{
	static const char *const fixed[] = {"rec_id", "id_number", "name", "birth_date", "sex", "region"};
	ArrayType  *a;
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	if (PG_ARGISNULL(6))
		return;
	a = PG_GETARG_ARRAYTYPE_P(6);
	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("evidence must be a one-dimensional array")));
	deconstruct_array(a, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	if (n > LINK_MAX_EVIDENCE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("evidence names %d columns, at most %d are allowed", n, LINK_MAX_EVIDENCE)));
	for (int k = 0; k < n; k++)
	{
		char	   *name;

		if (nulls[k])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("evidence must not contain nulls")));
		name = TextDatumGetCString(elems[k]);
		for (int f = 0; f < lengthof(fixed); f++)
			if (strcmp(name, fixed[f]) == 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("column %s cannot be evidence", quote_identifier(name)),
						 errdetail("Evidence columns are compared besides rec_id, id_number, name, birth_date, sex and region.")));
		for (int j = 0; j < d->nevidence; j++)
			if (strcmp(name, d->evidence[j]) == 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("evidence names column %s twice", quote_identifier(name))));
		d->evidence[d->nevidence++] = name;
	}
}

static void
dd_arguments(Dedupe *d, FunctionCallInfo fcinfo)
{
	d->name_threshold = PG_GETARG_FLOAT4(1);
	d->max_cluster = PG_GETARG_INT32(2);
	d->region_level = PG_ARGISNULL(3) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(3));
	d->min_probability = PG_GETARG_FLOAT4(4);
	/* 0.1.0's signature has no max_block: its default */
	d->max_block = PG_NARGS() > 5 && !PG_ARGISNULL(5) ? PG_GETARG_INT32(5) : 1000;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("records_sql must not be null")));
	if (PG_ARGISNULL(1) || !(d->name_threshold > 0 && d->name_threshold <= 1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("name_threshold must be in (0, 1], not %s",
						PG_ARGISNULL(1) ? "NULL" : psprintf("%g", d->name_threshold))));
	if (PG_ARGISNULL(2) || d->max_cluster < 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("max_cluster_size must be at least 2")));
	if ((PG_NARGS() > 5 && PG_ARGISNULL(5)) || d->max_block < 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("max_block must be at least 2")));
	if (PG_ARGISNULL(4) || !(d->min_probability >= 0 && d->min_probability < 1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("min_probability must be in [0, 1)")));
	/* the seventh argument: the evidence (0.1.0's signature has none) */
	if (PG_NARGS() > 6)
		dd_evidence_argument(d, fcinfo);
	if (d->region_level != NULL &&
		strcmp(d->region_level, "province") != 0 && strcmp(d->region_level, "prefecture") != 0 &&
		strcmp(d->region_level, "county") != 0 && strcmp(d->region_level, "township") != 0 &&
		strcmp(d->region_level, "village") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized region level: %s", quote_literal_cstr(d->region_level)),
				 errhint("The levels are province, prefecture, county, township, village.")));
}

/* read: the caller's records, and their regions at the level asked */
static void
dd_read(Dedupe *d, const char *records_sql, MemoryContext callcxt)
{
	link_register_init(&d->st, d->links_mode ? "dedupe_links" : "dedupe", "records_sql",
					   d->region_level != NULL, callcxt);
	link_register_evidence(&d->st, d->nevidence, (const char *const *) d->evidence);
	d->fe.n = d->nevidence;
	MemoryContextSwitchTo(callcxt);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	link_register_read(&d->st, records_sql);
	if (d->st.with_region)
		d->nregions = link_register_regions_at(&d->st, d->region_level);
	SPI_finish();
	ereport(DEBUG1,
			(errmsg_internal("%u records read in %.0f ms", d->st.n, enroll_elapsed_ms(d->start)),
			 enroll_errcontext(d->st.caller, NULL)));
	MemoryContextSwitchTo(d->st.cxt);
}

/*
 * rec_id unique, by sorting bare keys (half the memory traffic of pairs),
 * which streams through memory where a hash table of a million entries
 * would miss the cache on every record.
 */
static void
dd_check_rec_ids(LinkRegister *st)
{
	uint64	   *keys,
			   *tmp,
			   *sk;

	if (st->ascending)
		return;
	keys = palloc_extended(sizeof(uint64) * Max(st->n, 1), MCXT_ALLOC_HUGE);
	tmp = palloc_extended(sizeof(uint64) * Max(st->n, 1), MCXT_ALLOC_HUGE);
	for (uint32 i = 0; i < st->n; i++)
		keys[i] = (uint64) st->rec[i].rec_id ^ (UINT64CONST(1) << 63);	/* signed order */
	sk = radix_sort_keys(keys, tmp, st->n);
	for (uint32 i = 1; i < st->n; i++)
		if (sk[i] == sk[i - 1])
			ereport(ERROR,
					(errcode(ERRCODE_UNIQUE_VIOLATION),
					 errmsg("rec_id must be unique"),
					 errdetail("rec_id " INT64_FORMAT " appears twice.",
							   (int64) (sk[i] ^ (UINT64CONST(1) << 63))),
					 enroll_errcontext(st->caller, st->param)));
	pfree(keys);
	pfree(tmp);
}

/* block: records grouped by ID by sorting (key, record) pairs, each ID's records in rec_id order */
static void
dd_block_ids(Dedupe *d)
{
	LinkRegister *st = &d->st;

	d->ids = link_sorted_ids(st, &d->n_ids);
	/* already so for ascending input */
	if (!st->ascending)
		for (uint64 k = 0, e; k < d->n_ids; k = e)
		{
			for (e = k + 1; e < d->n_ids && d->ids[e].key == d->ids[k].key; e++)
				;
			if (e - k > 1)
				qsort_arg(d->ids + k, e - k, sizeof(KeyIdx), idx_by_rec_id, st->rec);
		}
}

/*
 * Whether record r's name links are made in this call: always, but in a
 * round on the workers only those of its stratum (the others are the
 * first day of the next stratum, the null sample of the stratum's last day).
 */
static inline bool
dd_links_from(const Dedupe *d, const LinkRecord *r)
{
	return d->round != DD_STRATUM || stratum(r) == d->only_stratum;
}

/*
 * block: the indexes.  Only blocks and frequencies that a record without a
 * valid ID will ask about are kept: a first pass over those records makes
 * the entries, the pass over all records fills them.  The tables stay
 * small (cache-resident) although every record is looked up.  Blocks of
 * more than max_block records are cut.  The wanted same-day groups are
 * laid out contiguously.
 */
static void
dd_block(Dedupe *d)
{
	LinkRegister *st = &d->st;
	uint64	   *filter = palloc0(FILTER_BITS / 8);
	keycount_hash *block_heads = keycount_create(st->cxt, 1024, NULL);
	keycount_hash *name_counts = keycount_create(st->cxt, 1024, NULL);
	keycount_hash *norm_counts = keycount_create(st->cxt, 1024, NULL);
	uint32	   *day_count = palloc_extended(sizeof(uint32) * DAY_SLOTS, MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	uint32	   *day_start = palloc_extended(sizeof(uint32) * DAY_SLOTS, MCXT_ALLOC_HUGE);
	bool	   *day_wanted = palloc_extended(sizeof(bool) * DAY_SLOTS, MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	uint32	   *next_block;

	for (uint32 i = 0; i < st->n; i++)
	{
		LinkRecord *r = &st->rec[i];
		bool		found;
		uint64		bk,
					nk,
					mk;
		int32		ds;

		if (r->id != 0 || !HAS_DAY(r))
			continue;
		link_parse_name(st, r);
		if (!IN_BLOCK(r))
			continue;
		if ((ds = day_slot_of(r->birth, r->sex)) >= 0)
			day_wanted[ds] = true;
		/* a round on the workers: another stratum's day is a null sample only */
		if (!dd_links_from(d, r))
			continue;
		bk = link_block_key(r);
		nk = name_stratum_key(r);
		mk = norm_stratum_key(r);
		keycount_insert(block_heads, bk, &found)->count = NO_INDEX;
		keycount_insert(name_counts, nk, &found)->count = 0;
		keycount_insert(norm_counts, mk, &found)->count = 0;
		filter_add(filter, bk);
		filter_add(filter, nk);
		filter_add(filter, mk);
	}
	dd_check_rec_ids(st);
	PHASE(d, "indexes and rec_id check");
	/* a round on the workers makes name links only */
	if (d->round != DD_STRATUM)
		dd_block_ids(d);

	/* chains by block, and the frequencies */
	next_block = palloc_extended(sizeof(uint32) * Max(st->n, 1), MCXT_ALLOC_HUGE);
	for (uint32 i = 0; i < st->n; i++)
	{
		LinkRecord *r = &st->rec[i];
		int32		ds;
		int			sr;

		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		next_block[i] = NO_INDEX;
		if (!HAS_DAY(r) || r->name_off == NO_OFFSET)
			continue;
		/* every record counts for its stratum; only wanted days are parsed */
		sr = stratum(r);
		d->stratum_count[sr]++;
		ds = day_slot_of(r->birth, r->sex);
		if (ds < 0 || !day_wanted[ds])
			continue;
		link_parse_name(st, r);
		if (IN_BLOCK(r))
		{
			KeyCount   *e;

			uint64		bk = link_block_key(r),
						nk = name_stratum_key(r),
						mk = norm_stratum_key(r);

			d->stratum_parsed[sr]++;
			if (filter_may_hold(filter, bk) && (e = keycount_lookup(block_heads, bk)) != NULL)
			{
				next_block[i] = e->count;
				e->count = i;
			}
			if (filter_may_hold(filter, nk) && (e = keycount_lookup(name_counts, nk)) != NULL)
				e->count++;
			if (filter_may_hold(filter, mk) && (e = keycount_lookup(norm_counts, mk)) != NULL)
				e->count++;
			day_count[ds]++;
		}
	}

	/*
	 * Blocks larger than max_block are not compared pairwise (quadratic in
	 * time and in links): their chains are cut, and their records without a
	 * valid ID stand alone with reason giant_block.
	 */
	link_cut_giant_blocks(block_heads, next_block, d->max_block, &d->giant_blocks);
	/* a round on the workers: the decades' sizes are the whole register's */
	if (d->has_strata)
		for (int k = 0; k < 4 * DECADES; k++)
			d->stratum_count[k] = (uint32) d->strata[k];
	PHASE(d, "valid IDs sorted, blocks and frequencies");

	/* the wanted same-day groups, contiguous: offsets, then one more pass to place */
	{
		uint64		total = 0;
		uint32	   *fill;

		for (int32 ds = 0; ds < DAY_SLOTS; ds++)
			if (day_wanted[ds])
			{
				day_start[ds] = (uint32) total;
				total += day_count[ds];
			}
		d->members = palloc_extended(sizeof(DayMember) * Max(total, 1), MCXT_ALLOC_HUGE);
		fill = palloc_extended(sizeof(uint32) * DAY_SLOTS, MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
		for (uint32 i = 0; i < st->n; i++)
		{
			LinkRecord *r = &st->rec[i];
			int32		ds;

			if (IN_BLOCK(r) && (ds = day_slot_of(r->birth, r->sex)) >= 0 && day_wanted[ds])
			{
				DayMember  *m = &d->members[day_start[ds] + fill[ds]++];

				m->idx = i;
				name_ends(st, r, &m->first, &m->last);
			}
		}
		pfree(fill);
	}
	d->filter = filter;
	d->block_heads = block_heads;
	d->name_counts = name_counts;
	d->norm_counts = norm_counts;
	d->next_block = next_block;
	d->day_count = day_count;
	d->day_start = day_start;
	d->day_wanted = day_wanted;
	PHASE(d, "same-day groups");
}

/* repaired_id: a match of the shared chain's repair step (NO_INDEX: an ID held too often) */
static void
dd_repair_link(void *arg, uint32 i, uint32 j, double sim)
{
	Dedupe	   *d = arg;

	if (j == NO_INDEX)
		d->skipped[i] = true;
	else
		add_link(&d->links, i, j, K_REPAIRED_ID, (float4) sim);
}

/*
 * Namesakes, from the records with valid IDs: two different valid IDs with
 * the same name, birth date and sex are two persons for certain, and how
 * often they occur beyond chance is how often a record without a valid ID
 * meets a namesake it cannot be told from by name, birth date and sex.
 * Counted in the blocks the records without a valid ID ask about (each
 * block and name once), among the persons with valid IDs who share such a
 * record's exact name: their pairs (and those in the same region), and the
 * namesakes independence predicts, chance(a) for each of them.  A run of
 * more than 64 such persons counts its first 64.
 */
#define NS_MAX_GROUP 64
static void
dd_count_namesakes(Dedupe *d, uint32 i, uint32 head, double chance)
{
	LinkRegister *st = &d->st;
	const LinkRecord *a = &st->rec[i];
	int64		ids[NS_MAX_GROUP];
	int32		regions[NS_MAX_GROUP];
	int			k = 0;
	bool		found;

	keycount_insert(d->ns_seen, enroll_mix64(link_block_key(a) ^ a->nnorm), &found);
	if (found)
		return;
	for (uint32 j = head; j != NO_INDEX && k < NS_MAX_GROUP; j = d->next_block[j])
	{
		const LinkRecord *b = &st->rec[j];
		bool		again = false;

		if (b->id == 0 || b->nnorm != a->nnorm || b->nkey != a->nkey ||
			b->birth != a->birth || b->sex != a->sex)
			continue;
		for (int x = 0; x < k && !again; x++)
			again = ids[x] == b->id;
		if (again)
			continue;
		ids[k] = b->id;
		regions[k++] = b->region;
	}
	for (int x = 0; x < k; x++)
		for (int y = x + 1; y < k; y++)
		{
			d->ns_pairs++;
			d->ns_pairs_same += regions[x] >= 0 && regions[x] == regions[y];
		}
	d->ns_persons += k;
	xs_add(&d->ns_expected_xs, k * chance);
}

/*
 * The namesakes term of a name link's odds: records that agree with a on
 * its exact name, birth date and sex by being another person of that name
 * (beyond the chance of independence), per record without a valid ID.
 * With region_level, those in a's region when b is there (divided by u,
 * as chance is by the regions' ratio), else those elsewhere.
 */
static double
dd_namesake_term(const Dedupe *d, const DdLink *l)
{
	if (l->kind != K_NAME_BIRTH_SEX || l->level != LV_EXACT || d->namesakes <= 0)
		return 0;
	if (!d->st.with_region)
		return d->namesakes;
	if (d->st.rec[l->a].region == d->st.rec[l->b].region)
		return d->namesakes * d->ns_same_share * l->region_lr / d->region_m;
	return d->namesakes * (1.0 - d->ns_same_share) * l->region_lr / (1.0 - d->region_m);
}

/*
 * name_birth_sex links of record a (no valid ID) in its block, with the
 * records expected to agree with it by chance per level: those of its name
 * (exact) or of its key with another name, in its sex and decade and
 * outside its block, times the share of that stratum born on a's day (one
 * pseudo-count per day, so that a small input does not claim everyone
 * shares a birthday).  Returns the block candidates seen.
 */
static uint32
dd_compare_block(Dedupe *d, uint32 i, uint32 head)
{
	LinkRegister *st = &d->st;
	LinkRecord *a = &st->rec[i];
	DdLinks    *links = &d->links;
	uint32		seen[2] = {0, 0};	/* block candidates per level */
	double		chance[2];
	uint64		first_link = links->n;
	double		share;

	for (uint32 j = head; j != NO_INDEX; j = d->next_block[j])
	{
		LinkRecord *b = &st->rec[j];
		int			level;
		double		sim;

		CHECK_FOR_INTERRUPTS();
		if (j == i || b->nkey != a->nkey || b->birth != a->birth || b->sex != a->sex)
			continue;
		level = b->nnorm == a->nnorm ? LV_EXACT : LV_KEY;
		seen[level]++;
		if (!(b->id != 0 || b->rec_id > a->rec_id))
			continue;
		if (!may_link(st, a, b))
			continue;
		sim = link_similarity(st, i, st, j);
		if (sim >= d->name_threshold)
		{
			add_link(links, i, j, K_NAME_BIRTH_SEX, (float4) sim);
			links->link[links->n - 1].level = (uint8) level;
		}
	}

	{
		KeyCount   *nc = keycount_lookup(d->name_counts, name_stratum_key(a));
		KeyCount   *mc = keycount_lookup(d->norm_counts, norm_stratum_key(a));
		int32		ds = day_slot_of(a->birth, a->sex);
		int			sa = stratum(a);

		/* the name counts come from the wanted days: scale to the stratum */
		double		scale = (double) d->stratum_count[sa] / (double) Max(d->stratum_parsed[sa], 1);

		share = ((double) (ds >= 0 ? d->day_count[ds] : 1) + 1.0) /
			((double) d->stratum_count[sa] + DAYS_PER_DECADE);

		/* a tenth of a record more: a name unseen elsewhere is rare, not impossible */
		chance[LV_EXACT] = (Max((double) mc->count - 1.0 - seen[LV_EXACT], 0.0) + 0.1) * scale * share;
		chance[LV_KEY] = (Max((double) nc->count - (double) mc->count - seen[LV_KEY], 0.0) + 0.1) * scale * share;
	}
	for (int lv = LV_EXACT; lv <= LV_KEY; lv++)
	{
		d->level_seen[IDLESS_KIND(a)][lv] += seen[lv];
		xs_add(&d->chance_xs[IDLESS_KIND(a)][lv], chance[lv]);
	}
	if (seen[LV_EXACT] > 0)
		dd_count_namesakes(d, i, head, chance[LV_EXACT]);
	for (uint64 k = first_link; k < links->n; k++)
		links->link[k].chance = (float4) chance[links->link[k].level];
	return seen[LV_EXACT] + seen[LV_KEY];
}

/*
 * Nobody shares a's name key: a look-alike character or a husband's
 * surname (冠夫姓) changes the key.  Compare a with the records born the
 * same day of the same sex whose name shares its first or last character
 * (cheap, before any parse).  How often an unrelated name passes is
 * measured on the group of the next day, where a's duplicates are not (a
 * null sample).  A group of more than max_block records is not searched.
 */
static void
dd_compare_lookalikes(Dedupe *d, uint32 i)
{
	LinkRegister *st = &d->st;
	LinkRecord *a = &st->rec[i];
	DdLinks    *links = &d->links;
	uint32		af,
				al,
				group = 0;
	uint64		first_similar = links->n;

	name_ends(st, a, &af, &al);
	d->n_similar_records[IDLESS_KIND(a)]++;
	for (int shift = 0; shift <= 1; shift++)
	{
		int32		ds = day_slot_of(a->birth + shift, a->sex);

		if (ds < 0 || !d->day_wanted[ds])
			continue;
		/* a same-day group too large to search (its day is a placeholder) */
		if (d->day_count[ds] > (uint32) d->max_block)
		{
			if (shift == 0)
				d->skipped[i] = d->day_skipped[ds] = true;
			continue;
		}
		for (uint32 m = d->day_start[ds]; m < d->day_start[ds] + d->day_count[ds]; m++)
		{
			const DayMember *dm = &d->members[m];
			uint32		j = dm->idx;
			LinkRecord *b;
			double		sim;

			CHECK_FOR_INTERRUPTS();
			if (j == i)
				continue;
			/* the same steps on both days, so that the rates compare */
			if (shift == 0)
				group++;
			else
				d->null_tried++;
			if (af == 0 || (dm->first != af && dm->last != al))
				continue;
			b = &st->rec[j];
			if (!(b->id != 0 || b->rec_id > a->rec_id) || !may_link(st, a, b))
				continue;
			sim = link_similarity(st, i, st, j);
			if (sim < d->name_threshold)
				continue;
			if (shift == 1)
				d->null_hits++;
			else
			{
				add_link(links, i, j, K_NAME_BIRTH_SEX, (float4) sim);
				links->link[links->n - 1].level = LV_SIMILAR;
				d->level_seen[IDLESS_KIND(a)][LV_SIMILAR]++;
			}
		}
	}
	d->similar_tried[IDLESS_KIND(a)] += group;
	/* the group's size for now; times the null rate at the end */
	for (uint64 k = first_similar; k < links->n; k++)
		links->link[k].chance = (float4) group;
}

/*
 * The probability of each name_birth_sex link, per level of name
 * agreement.  dup: true duplicates per record without a valid ID found at
 * that level, by the method of moments (candidates seen minus candidates
 * expected by chance), at least one in the whole input so that a lone pair
 * in a small input is not dismissed.  For similar names, the chance is the
 * group's size times the null rate (prior: one in a thousand, worth a
 * thousand comparisons).
 */
static void
dd_probabilities(Dedupe *d)
{
	double		null_rate = ((double) d->null_hits + 1.0) / ((double) d->null_tried + 1000.0);

	d->ns_expected = xs_value(&d->ns_expected_xs);
	for (int kind = 0; kind < 2; kind++)
	{
		d->level_chance[kind][LV_EXACT] = xs_value(&d->chance_xs[kind][LV_EXACT]);
		d->level_chance[kind][LV_KEY] = xs_value(&d->chance_xs[kind][LV_KEY]);
		d->level_chance[kind][LV_SIMILAR] = (double) d->similar_tried[kind] * null_rate;
		for (int lv = LV_EXACT; lv <= LV_SIMILAR; lv++)
		{
			double		base = lv == LV_SIMILAR ? d->n_similar_records[kind] : d->n_idless[kind];

			d->level_dup[kind][lv] = base > 0 ?
				Max((double) d->level_seen[kind][lv] - d->level_chance[kind][lv], 1.0) / base : 0;
		}
	}
	if (d->st.with_region)
		d->region_m = region_evidence(&d->st, d->nregions, &d->links);
	if (d->fe.n > 0)
		field_evidence(&d->st, &d->links, &d->fe);
	/* a prior of no namesakes worth a hundred persons: one pair among a few persons is not a rate */
	d->namesakes = Max(2.0 * (double) d->ns_pairs - d->ns_expected, 0.0) / ((double) d->ns_persons + 100.0);
	d->ns_same_share = d->ns_pairs > 0 ? (double) d->ns_pairs_same / (double) d->ns_pairs : 0;
	for (uint64 k = 0; k < d->links.n; k++)
	{
		DdLink	   *l = &d->links.link[k];
		double		p,
					odds;

		if (l->kind != K_NAME_BIRTH_SEX)
			continue;
		if (l->level == LV_SIMILAR)
			l->chance = (float4) (l->chance * null_rate);	/* was the group's size */
		odds = d->level_dup[IDLESS_KIND(&d->st.rec[l->a])][l->level] *
			(double) l->region_lr * (double) l->field_lr;
		p = odds / (odds + (double) l->chance + dd_namesake_term(d, l));
		if (p < d->min_probability)
			l->dropped = DROP_PROBABILITY;
		l->prob = p;
	}
}

/* compare: the links, the records skipped, the namesakes seen */
static void
dd_compare_init(Dedupe *d)
{
	LinkRegister *st = &d->st;

	d->links.cap = 1024;
	d->links.n = 0;
	d->links.owner = st;
	d->links.link = palloc_extended(sizeof(DdLink) * d->links.cap, MCXT_ALLOC_HUGE);
	d->ns_seen = keycount_create(st->cxt, 1024, NULL);
	d->skipped = palloc_extended(sizeof(bool) * Max(st->n, 1), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	d->day_skipped = palloc_extended(sizeof(bool) * DAY_SLOTS, MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
}

/*
 * compare, by ID: same_id (each record to the previous record of its ID)
 * and repaired_id (the chain's repair step, shared with compare_registers)
 */
static void
dd_compare_ids(Dedupe *d)
{
	LinkRegister *st = &d->st;

	for (uint64 k = 1; k < d->n_ids; k++)
		if (d->ids[k].key == d->ids[k - 1].key)
			add_link(&d->links, d->ids[k - 1].idx, d->ids[k].idx, K_SAME_ID, 1.0f);
	link_repair_matches(st, st, d->ids, d->n_ids, d->name_threshold, (uint32) d->max_block,
						dd_repair_link, d);
	PHASE(d, "same_id and repaired_id links");
}

/*
 * compare, by name: name_birth_sex from the records without a valid ID
 * (their block, else look-alikes of their day); the same-day groups too
 * large to search noted
 */
static void
dd_compare_names(Dedupe *d)
{
	LinkRegister *st = &d->st;

	for (uint32 i = 0; i < st->n; i++)
	{
		LinkRecord *a = &st->rec[i];
		uint32		head;

		if ((i & 0x3FFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (a->id != 0 || !IN_BLOCK(a) || !dd_links_from(d, a))
			continue;
		head = keycount_lookup(d->block_heads, link_block_key(a))->count;
		if (head == GIANT_BLOCK)
		{
			d->skipped[i] = true;
			continue;
		}
		d->n_idless[IDLESS_KIND(a)]++;
		if (dd_compare_block(d, i, head) == 0)
			dd_compare_lookalikes(d, i);
	}
	ereport(DEBUG1,
			(errmsg_internal(UINT64_FORMAT " links in %.0f ms", d->links.n, enroll_elapsed_ms(d->start)),
			 enroll_errcontext(st->caller, NULL)));
	for (int32 ds = 0; ds < DAY_SLOTS; ds++)
		if (d->day_skipped[ds])
			link_giant_note(&d->giant_days, d->members[d->day_start[ds]].idx, d->day_count[ds]);
}

/* what became of the records of the blocks and same-day groups too large */
#define DD_GIANT_BLOCKS_HINT "Their records without a valid ID were returned alone with reason 'giant_block'."
#define DD_GIANT_DAYS_HINT "Their records that found nobody else were returned alone with reason 'giant_block'."

/*
 * compare: the links of the candidate chain, strongest first: by ID, then
 * by name; the WARNINGs of the blocks and groups too large; then the
 * probabilities of the name links.
 */
static void
dd_compare(Dedupe *d)
{
	dd_compare_init(d);
	dd_compare_ids(d);
	dd_compare_names(d);
	link_giant_warning(&d->st, &d->giant_blocks, d->max_block, false, DD_GIANT_BLOCKS_HINT);
	link_giant_warning(&d->st, &d->giant_days, d->max_block, true, DD_GIANT_DAYS_HINT);
	dd_probabilities(d);
}

/*
 * guard: 1. a record without a valid ID that fits two persons equally well
 * is linked to neither (guard_ambiguous); 2. components that still join two
 * valid IDs (through chains of ID-less records) lose the links of their
 * ID-less records, which become ambiguous too; until no component does.
 */
static void
dd_guard(Dedupe *d)
{
	LinkRegister *st = &d->st;
	uint32		n = st->n;
	int64	   *root_id = palloc_extended(sizeof(int64) * Max(n, 1), MCXT_ALLOC_HUGE);
	bool	   *bad = palloc_extended(sizeof(bool) * Max(n, 1), MCXT_ALLOC_HUGE);	/* by root */
	bool	   *culprit = palloc_extended(sizeof(bool) * Max(n, 1), MCXT_ALLOC_HUGE);
	uint64		removed;

	d->ambiguous = palloc_extended(sizeof(bool) * Max(n, 1), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	guard_ambiguous(st, &d->links, d->max_cluster, d->ambiguous);
	PHASE(d, "probabilities, guard 1");

	d->parent = palloc_extended(sizeof(uint32) * Max(n, 1), MCXT_ALLOC_HUGE);
	d->size = palloc_extended(sizeof(uint32) * Max(n, 1), MCXT_ALLOC_HUGE);
	do
	{
		bool		any_bad = false;

		CHECK_FOR_INTERRUPTS();
		uf_components(d->parent, d->size, n, &d->links);
		memset(root_id, 0, sizeof(int64) * n);
		memset(bad, 0, sizeof(bool) * n);
		for (uint32 i = 0; i < n; i++)
		{
			uint32		r;

			if (st->rec[i].id == 0 || d->size[r = uf_find(d->parent, i)] == 1)
				continue;
			if (root_id[r] == 0)
				root_id[r] = st->rec[i].id;
			else if (root_id[r] != st->rec[i].id)
				bad[r] = any_bad = true;
		}
		if (!any_bad)
			break;
		/* the ID-less records of a bad component lose their links, become ambiguous */
		for (uint32 i = 0; i < n; i++)
			culprit[i] = st->rec[i].id == 0 && bad[uf_find(d->parent, i)];
		removed = 0;
		for (uint64 k = 0; k < d->links.n; k++)
		{
			DdLink	   *l = &d->links.link[k];

			if (l->dropped == DROP_NONE && l->kind > K_SAME_ID && (culprit[l->a] || culprit[l->b]))
			{
				l->dropped = DROP_JOINS_IDS;
				removed++;
			}
		}
		for (uint32 i = 0; i < n; i++)
			d->ambiguous[i] |= culprit[i];
	} while (removed > 0);
	pfree(root_id);
	pfree(bad);
	pfree(culprit);
}

/* cluster: the components, each labelled by its smallest rec_id; giant clusters are not built */
static void
dd_cluster(Dedupe *d)
{
	LinkRegister *st = &d->st;
	uint64		giants = 0;

	uf_components(d->parent, d->size, st->n, &d->links);
	d->cluster_min = palloc_extended(sizeof(int64) * Max(st->n, 1), MCXT_ALLOC_HUGE);
	for (uint32 i = 0; i < st->n; i++)
		d->cluster_min[i] = PG_INT64_MAX;
	for (uint32 i = 0; i < st->n; i++)
	{
		uint32		r = uf_find(d->parent, i);

		if (st->rec[i].rec_id < d->cluster_min[r])
			d->cluster_min[r] = st->rec[i].rec_id;
		if (r == i && d->size[i] > (uint32) d->max_cluster)
			giants++;
	}
	if (giants > 0)
		ereport(WARNING,
				(errmsg_plural(UINT64_FORMAT " cluster larger than max_cluster_size %d was not built",
							   UINT64_FORMAT " clusters larger than max_cluster_size %d were not built",
							   giants, giants, d->max_cluster),
				 errhint("Their records are returned alone with reason 'giant_cluster'; look for placeholder values shared by many records."),
				 enroll_errcontext(st->caller, NULL)));
}

/* dedupe_links: each evidence column of a name link, by name */
static void
dd_explain_evidence(const Dedupe *d, const DdLink *l, StringInfo js)
{
	static const char *const agreement_names[] = {"unknown", "same", "differ"};

	appendStringInfoString(js, ", \"evidence\": {");
	for (int c = 0; c < d->fe.n; c++)
	{
		int			agreement;
		double		lr = field_ratio(&d->st, &d->fe, c, l->a, l->b, &agreement);

		if (c > 0)
			appendStringInfoString(js, ", ");
		escape_json(js, d->evidence[c]);
		appendStringInfo(js, ": {\"agreement\": \"%s\", \"duplicates_agreeing\": %.6g, \"weight\": %.3f}",
						 agreement_names[agreement], d->fe.m[c], log2(lr));
	}
	appendStringInfoChar(js, '}');
}

/*
 * emit, dedupe_links: every link found, kept or not, with the evidence of
 * each field; rec_a < rec_b, rows by (rec_a, rec_b), the same for any
 * input order.
 */
static void
dd_emit_links(Dedupe *d, ReturnSetInfo *rsinfo, MemoryContext callcxt)
{
	static const char *const kind_names[] = {"", "same_id", "repaired_id", "name_birth_sex"};
	static const char *const level_names[] = {"exact", "same_key", "similar"};
	static const char *const drop_names[] = {
		"", "min_probability", "ambiguous", "joins_two_ids", "giant_cluster"
	};
	LinkRegister *st = &d->st;
	DdLinks    *links = &d->links;
	StringInfoData js;
	LinkRow    *order;

	link_memory_reserve(st, sizeof(LinkRow) * Max(links->n, 1));
	order = palloc_extended(sizeof(LinkRow) * Max(links->n, 1), MCXT_ALLOC_HUGE);
	for (uint64 k = 0; k < links->n; k++)
	{
		int64		ra = st->rec[links->link[k].a].rec_id,
					rb = st->rec[links->link[k].b].rec_id;

		order[k].lo = Min(ra, rb);
		order[k].hi = Max(ra, rb);
		order[k].kind = links->link[k].kind;
		order[k].k = k;
	}
	qsort(order, links->n, sizeof(LinkRow), link_row_cmp);
	initStringInfo(&js);
	MemoryContextSwitchTo(callcxt);
	for (uint64 o = 0; o < links->n; o++)
	{
		const DdLink *l = &links->link[order[o].k];
		bool		swap = st->rec[l->a].rec_id > st->rec[l->b].rec_id;
		const LinkRecord *a = &st->rec[swap ? l->b : l->a];
		const LinkRecord *b = &st->rec[swap ? l->a : l->b];
		int			drop = l->dropped;
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};

		if ((o & 0x3FFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (drop == DROP_NONE && d->size[uf_find(d->parent, l->a)] > (uint32) d->max_cluster)
			drop = DROP_GIANT;
		resetStringInfo(&js);
		appendStringInfo(&js, "{\"reason\": \"%s\", \"kept\": %s, \"dropped_by\": ",
						 kind_names[l->kind], drop == DROP_NONE ? "true" : "false");
		if (drop == DROP_NONE)
			appendStringInfoString(&js, "null");
		else
			appendStringInfo(&js, "\"%s\"", drop_names[drop]);
		appendStringInfo(&js, ", \"id\": {\"a\": \"%s\", \"b\": \"%s\", \"agreement\": \"%s\"}",
						 a->id ? "valid" : (a->badid_off != NO_OFFSET ? "broken" : "none"),
						 b->id ? "valid" : (b->badid_off != NO_OFFSET ? "broken" : "none"),
						 l->kind == K_SAME_ID ? "same" : (l->kind == K_REPAIRED_ID ? "one_edit" : "none"));
		if (l->kind != K_SAME_ID)
			appendStringInfo(&js, ", \"name\": {\"similarity\": %.4f, \"found_by\": \"%s\"}",
							 l->sim, l->kind == K_REPAIRED_ID ? "id_repair" :
							 (l->level == LV_SIMILAR ? "first_or_last_character" : "name_key"));
		appendStringInfo(&js, ", \"birth_date\": \"%s\", \"sex\": \"%s\"",
						 a->birth == DATEVAL_NOBEGIN || b->birth == DATEVAL_NOBEGIN ? "unknown" :
						 (a->birth == b->birth ? "same" : "differ"),
						 a->sex == 0 || b->sex == 0 ? "unknown" : (a->sex == b->sex ? "same" : "differ"));
		if (l->kind == K_NAME_BIRTH_SEX)
			appendStringInfo(&js, ", \"name_agreement\": \"%s\", \"chance\": %.6g, "
							 "\"duplicates_per_idless_record\": %.6g, "
							 "\"probability\": %.6g, \"weight\": %.3f",
							 level_names[l->level], l->chance, d->level_dup[IDLESS_KIND(&st->rec[l->a])][l->level],
							 (double) (float4) l->prob,
							 log2(Max((double) (float4) l->prob, 1e-12) / Max(1.0 - (double) (float4) l->prob, 1e-12)));
		if (l->kind == K_NAME_BIRTH_SEX)
			appendStringInfo(&js, ", \"namesakes\": %.6g", dd_namesake_term(d, l));
		if (l->kind == K_NAME_BIRTH_SEX && st->with_region)
			appendStringInfo(&js, ", \"region\": {\"agreement\": \"%s\", "
							 "\"duplicates_in_same_region\": %.6g, \"weight\": %.3f}",
							 a->region == b->region ? "same" : "differ",
							 d->region_m, log2((double) l->region_lr));
		if (l->kind == K_NAME_BIRTH_SEX && d->fe.n > 0)
			dd_explain_evidence(d, l, &js);
		appendStringInfoChar(&js, '}');
		values[0] = Int64GetDatum(a->rec_id);
		values[1] = Int64GetDatum(b->rec_id);
		values[2] = CStringGetTextDatum(kind_names[l->kind]);
		values[3] = Float4GetDatum(link_score(l));
		values[4] = BoolGetDatum(drop == DROP_NONE);
		values[5] = DirectFunctionCall1(jsonb_in, CStringGetDatum(js.data));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
}

/* the DEBUG1 note of the evidence columns: m of each */
static char *
dd_evidence_note(const Dedupe *d)
{
	StringInfoData s;

	initStringInfo(&s);
	for (int c = 0; c < d->fe.n; c++)
		appendStringInfo(&s, " Duplicates agreeing on %s: %.4f of " UINT64_FORMAT ".",
						 d->evidence[c], d->fe.m[c], d->fe.pairs[c]);
	return s.data;
}

/* emit, dedupe: one row per record with its strongest link (the smallest kind, the highest score) */
static void
dd_emit_records(Dedupe *d, ReturnSetInfo *rsinfo, MemoryContext callcxt)
{
	static const char *const reason_names[] = {
		"singleton", "same_id", "repaired_id", "name_birth_sex", "ambiguous", "giant_cluster",
		"giant_block"
	};
	LinkRegister *st = &d->st;
	uint8	   *best_kind = palloc_extended(Max(st->n, 1), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	float4	   *best_score = palloc_extended(sizeof(float4) * Max(st->n, 1), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	ResultRows	rows;

	for (uint64 k = 0; k < d->links.n; k++)
	{
		const DdLink *l = &d->links.link[k];
		uint32		ends[2] = {l->a, l->b};

		if (l->dropped != DROP_NONE)
			continue;
		for (int e = 0; e < 2; e++)
		{
			uint32		x = ends[e];

			if (best_kind[x] == 0 || l->kind < best_kind[x])
				best_kind[x] = l->kind;
			if (link_score(l) > best_score[x])
				best_score[x] = link_score(l);
		}
	}
	PHASE(d, "guard 2, clusters");
	result_rows_init(&rows, rsinfo->setDesc, reason_names);
	link_result_store(rsinfo, st->n);
	MemoryContextSwitchTo(callcxt);
	for (uint32 i = 0; i < st->n; i++)
	{
		uint32		r = uf_find(d->parent, i);
		bool		linked = best_kind[i] != 0;
		bool		giant = linked && d->size[r] > (uint32) d->max_cluster;
		int			reason;

		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (giant)
			reason = 5;
		else if (!linked)
			reason = d->ambiguous[i] ? 4 : (d->skipped[i] ? 6 : 0);
		else
			reason = best_kind[i];
		result_rows_put(&rows, rsinfo, reason, st->rec[i].rec_id,
						linked && !giant ? d->cluster_min[r] : st->rec[i].rec_id,
						linked && !giant ? best_score[i] : 1.0f);
	}
	ereport(DEBUG1,
			(errmsg_internal("%u records, " UINT64_FORMAT " links, done in %.0f ms",
							 st->n, d->links.n, enroll_elapsed_ms(d->start)),
			 enroll_errcontext(st->caller, NULL),
			 errdetail("Duplicates per record without any ID, estimated: %.4f by exact name, %.4f by name key, %.4f by a similar name; per record with a broken ID: %.4f, %.4f, %.4f; namesakes beyond chance %.5f (%.2f in the same region).%s%s",
					   d->level_dup[0][LV_EXACT], d->level_dup[0][LV_KEY], d->level_dup[0][LV_SIMILAR],
					   d->level_dup[1][LV_EXACT], d->level_dup[1][LV_KEY], d->level_dup[1][LV_SIMILAR],
					   d->namesakes, d->ns_same_share,
					   st->with_region ? psprintf(" Duplicates in the same %s: %.4f.", d->region_level, d->region_m) : "",
					   dd_evidence_note(d))));
}

/*
 * dedupe_strata(records_sql): per sex and birth decade (stratum()), the
 * records with a name, birth date and sex, as dedupe counts them: the
 * distributed dedupe sums them over the shards for its rounds by stratum.
 */
PG_FUNCTION_INFO_V1(dedupe_strata);
Datum
dedupe_strata(PG_FUNCTION_ARGS)
{
	MemoryContext callcxt = CurrentMemoryContext;
	LinkRegister st;
	Datum		counts[4 * DECADES];
	uint32		c[4 * DECADES] = {0};

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("records_sql must not be null")));
	link_register_init(&st, "dedupe_strata", "records_sql", false, callcxt);
	MemoryContextSwitchTo(callcxt);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	link_register_read(&st, text_to_cstring(PG_GETARG_TEXT_PP(0)));
	SPI_finish();
	for (uint32 i = 0; i < st.n; i++)
		if (HAS_DAY(&st.rec[i]) && st.rec[i].name_off != NO_OFFSET)
			c[stratum(&st.rec[i])]++;
	MemoryContextSwitchTo(callcxt);
	MemoryContextDelete(st.cxt);
	for (int k = 0; k < 4 * DECADES; k++)
		counts[k] = Int64GetDatum((int64) c[k]);
	PG_RETURN_ARRAYTYPE_P(construct_array(counts, 4 * DECADES, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* guard, cluster, emit: the phases every driver ends with */
static void
dd_finish(Dedupe *d, ReturnSetInfo *rsinfo, MemoryContext callcxt)
{
	dd_guard(d);
	dd_cluster(d);
	if (d->links_mode)
		dd_emit_links(d, rsinfo, callcxt);
	else
		dd_emit_records(d, rsinfo, callcxt);
	MemoryContextDelete(d->st.cxt);
}

/* one call: the phases of dedupe in order, then its rows or its links */
static Datum
dd_run(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext callcxt = CurrentMemoryContext;
	Dedupe	   *d = palloc0(sizeof(Dedupe));

	dd_arguments(d, fcinfo);
	INSTR_TIME_SET_CURRENT(d->start);
	InitMaterializedSRF(fcinfo, 0);
	/* dedupe_links (same C function): six result columns, the links */
	d->links_mode = rsinfo->setDesc->natts == 6;

	dd_read(d, text_to_cstring(PG_GETARG_TEXT_PP(0)), callcxt);
	dd_block(d);
	dd_compare(d);
	dd_finish(d, rsinfo, callcxt);
	return (Datum) 0;
}

/* dedupe() and dedupe_links(): the seventh argument is the evidence */
PG_FUNCTION_INFO_V1(dedupe_records);
Datum
dedupe_records(PG_FUNCTION_ARGS)
{
	return dd_run(fcinfo);
}




/* ---- the rounds of dedupe on a distributed table ---- */

/*
 * The counts a round on the workers returns and the coordinator sums
 * (linkage_dedupe_stratum's S line, dedupe_resolve's sums): every one an
 * integer, so that the sum is the single server's in any order.
 */
#define DD_SUMS (21 + 5 * XS_LIMBS)

static void
dd_sums_get(const Dedupe *d, uint64 *v)
{
	int			k = 0;

	for (int kind = 0; kind < 2; kind++)
		v[k++] = d->n_idless[kind];
	for (int kind = 0; kind < 2; kind++)
		v[k++] = d->n_similar_records[kind];
	for (int kind = 0; kind < 2; kind++)
		v[k++] = d->similar_tried[kind];
	v[k++] = d->null_tried;
	v[k++] = d->null_hits;
	for (int kind = 0; kind < 2; kind++)
		for (int lv = 0; lv < 3; lv++)
			v[k++] = d->level_seen[kind][lv];
	v[k++] = d->ns_persons;
	v[k++] = d->ns_pairs;
	v[k++] = d->ns_pairs_same;
	/* the blocks and same-day groups too large, for the coordinator's WARNING (18th and 20th) */
	v[k++] = d->giant_blocks.blocks;
	v[k++] = d->giant_blocks.records;
	v[k++] = d->giant_days.blocks;
	v[k++] = d->giant_days.records;
	/* the exact sums, limb by limb */
	for (int kind = 0; kind < 2; kind++)
		for (int lv = 0; lv < 2; lv++)
			for (int l = 0; l < XS_LIMBS; l++)
				v[k++] = d->chance_xs[kind][lv].limb[l];
	for (int l = 0; l < XS_LIMBS; l++)
		v[k++] = d->ns_expected_xs.limb[l];
	Assert(k == DD_SUMS);
}

static void
dd_sums_set(Dedupe *d, const uint64 *v)
{
	int			k = 0;

	for (int kind = 0; kind < 2; kind++)
		d->n_idless[kind] = (uint32) v[k++];
	for (int kind = 0; kind < 2; kind++)
		d->n_similar_records[kind] = (uint32) v[k++];
	for (int kind = 0; kind < 2; kind++)
		d->similar_tried[kind] = v[k++];
	d->null_tried = v[k++];
	d->null_hits = v[k++];
	for (int kind = 0; kind < 2; kind++)
		for (int lv = 0; lv < 3; lv++)
			d->level_seen[kind][lv] = v[k++];
	d->ns_persons = v[k++];
	d->ns_pairs = v[k++];
	d->ns_pairs_same = v[k++];
	k += 4;						/* the giant blocks' counts: the WARNING's */
	for (int kind = 0; kind < 2; kind++)
		for (int lv = 0; lv < 2; lv++)
			for (int l = 0; l < XS_LIMBS; l++)
				d->chance_xs[kind][lv].limb[l] = v[k++];
	for (int l = 0; l < XS_LIMBS; l++)
		d->ns_expected_xs.limb[l] = v[k++];
}

/* a text field of a transport line (linkage_field's escapes) */
static void
dd_put_field(StringInfo out, const char *v)
{
	for (const char *c = v; *c; c++)
	{
		if (*c == '\\')
			appendStringInfoString(out, "\\\\");
		else if (*c == '\t')
			appendStringInfoString(out, "\\t");
		else if (*c == '\n')
			appendStringInfoString(out, "\\n");
		else
			appendStringInfoChar(out, *c);
	}
}

/* the notes of blocks (g) or same-day groups (G) too large: size and description */
static void
dd_emit_giant_notes(const Dedupe *d, const GiantBlocks *g, bool by_day, StringInfo out)
{
	StringInfoData desc;

	initStringInfo(&desc);
	for (int k = 0; k < (int) Min(g->blocks, 3); k++)
	{
		resetStringInfo(&desc);
		link_giant_describe(&d->st, g->rec[k], g->size[k], by_day, &desc);
		appendStringInfo(out, "%s\t%u\t\\N\t", by_day ? "G" : "g", g->size[k]);
		dd_put_field(out, desc.data);
		appendStringInfoString(out, "\t\\N\n");
	}
}

/*
 * A round on the workers, its result as lines (linkage_result_rows): per
 * name link n<level>, rec_a (the record without a valid ID), rec_b, its
 * chance (for a similar name, its group's size) and rec_b's valid ID, its
 * similarity; per record skipped s, rec_id; the largest blocks and
 * same-day groups too large (g, G); then S and the counts.  Floats are
 * written with 9 digits, which read back as the same float4.
 */
static text *
dd_emit_stratum(const Dedupe *d)
{
	const LinkRegister *st = &d->st;
	StringInfoData out;
	uint64		v[DD_SUMS];
	char		id[24];

	initStringInfo(&out);
	for (uint64 k = 0; k < d->links.n; k++)
	{
		const DdLink *l = &d->links.link[k];
		const LinkRecord *b = &st->rec[l->b];

		if ((k & 0x3FFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (b->id != 0)
			cnid_format(b->id, id);
		appendStringInfo(&out, "n%d\t" INT64_FORMAT "\t" INT64_FORMAT "\t%.9g %s\t%.9g\n",
						 (int) l->level, st->rec[l->a].rec_id, b->rec_id, (double) l->chance,
						 b->id != 0 ? id : "-", (double) l->sim);
	}
	for (uint32 i = 0; i < st->n; i++)
		if (d->skipped[i])
			appendStringInfo(&out, "s\t" INT64_FORMAT "\t\\N\t\\N\t\\N\n", st->rec[i].rec_id);
	dd_emit_giant_notes(d, &d->giant_blocks, false, &out);
	dd_emit_giant_notes(d, &d->giant_days, true, &out);
	dd_sums_get(d, v);
	appendStringInfoString(&out, "S\t\\N\t\\N\t{");
	for (int k = 0; k < DD_SUMS; k++)
		appendStringInfo(&out, "%s" UINT64_FORMAT, k ? "," : "", v[k]);
	appendStringInfoString(&out, "}\t\\N");
	return cstring_to_text_with_len(out.data, out.len);
}

/* name_threshold and max_block at arguments ta and ba, as dedupe checks them */
static void
dd_round_arguments(Dedupe *d, FunctionCallInfo fcinfo, int ta, int ba)
{
	d->name_threshold = PG_ARGISNULL(ta) ? 0 : PG_GETARG_FLOAT4(ta);
	d->max_block = PG_ARGISNULL(ba) ? 0 : PG_GETARG_INT32(ba);
	if (!(d->name_threshold > 0 && d->name_threshold <= 1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("name_threshold must be in (0, 1], not %s",
						PG_ARGISNULL(ta) ? "NULL" : psprintf("%g", d->name_threshold))));
	if (d->max_block < 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("max_block must be at least 2")));
}

/*
 * linkage_dedupe_stratum(rec_id, id_number, name, birth_date, sex,
 * stratum, name_threshold, max_block, strata), an aggregate: the round of
 * the distributed dedupe on a worker, over the rows of one stratum of the
 * work table (grouped by its distribution column, so that Citus runs it on
 * the shards, in the caller's transaction).  The rows are every record of
 * the stratum's wanted days and of the first day of the next stratum (the
 * null sample of the last day); the name links of the stratum's records
 * without a valid ID are made as the single-server dedupe makes them
 * (block, compare by name), with the whole register's strata.  The
 * transition reads each row as the record reader reads a query's.
 */
PG_FUNCTION_INFO_V1(linkage_dedupe_stratum_add);
Datum
linkage_dedupe_stratum_add(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	Dedupe	   *d = PG_ARGISNULL(0) ? NULL : (Dedupe *) PG_GETARG_POINTER(0);
	Datum		v[5];
	bool		isnull[5];

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "linkage_dedupe_stratum_add called in non-aggregate context");
	if (d == NULL)
	{
		d = MemoryContextAllocZero(aggcxt, sizeof(Dedupe));
		dd_round_arguments(d, fcinfo, 7, 8);
		if (PG_ARGISNULL(6) || PG_GETARG_INT32(6) < 0 || PG_GETARG_INT32(6) >= 4 * DECADES)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("stratum must be between 0 and %d", 4 * DECADES - 1)));
		dd_strata_argument(d, fcinfo, 9);
		d->round = DD_STRATUM;
		d->only_stratum = PG_GETARG_INT32(6);
		INSTR_TIME_SET_CURRENT(d->start);
		link_register_init(&d->st, "dedupe", "records", false, aggcxt);
	}
	for (int k = 0; k < 5; k++)
	{
		isnull[k] = PG_ARGISNULL(k + 1);
		v[k] = isnull[k] ? (Datum) 0 : PG_GETARG_DATUM(k + 1);
	}
	link_register_add(&d->st, v, isnull);
	PG_RETURN_POINTER(d);
}

PG_FUNCTION_INFO_V1(linkage_dedupe_stratum_final);
Datum
linkage_dedupe_stratum_final(PG_FUNCTION_ARGS)
{
	MemoryContext callcxt = CurrentMemoryContext;
	Dedupe	   *d = PG_ARGISNULL(0) ? NULL : (Dedupe *) PG_GETARG_POINTER(0);
	text	   *result;

	if (d == NULL)
		PG_RETURN_NULL();
	if (d->st.cxt == NULL)
		elog(ERROR, "linkage_dedupe_stratum_final called twice on one group");
	MemoryContextSwitchTo(d->st.cxt);
	dd_block(d);
	dd_compare_init(d);
	dd_compare_names(d);
	result = dd_emit_stratum(d);
	MemoryContextSwitchTo(callcxt);
	result = (text *) PG_DETOAST_DATUM_COPY(PointerGetDatum(result));
	/* the stratum's records go now, not with the last group */
	MemoryContextDelete(d->st.cxt);
	d->st.cxt = NULL;
	PG_RETURN_TEXT_P(result);
}

/* dedupe_resolve's sums: the counts of every round added up (NULL: none) */
static void
dd_sums_argument(Dedupe *d, FunctionCallInfo fcinfo, int argno)
{
	uint64		v[DD_SUMS] = {0};

	if (!PG_ARGISNULL(argno))
	{
		ArrayType  *a = PG_GETARG_ARRAYTYPE_P(argno);
		Datum	   *elems;
		bool	   *nulls;
		int			n;

		deconstruct_array(a, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &elems, &nulls, &n);
		if (ARR_NDIM(a) != 1 || n != DD_SUMS)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("sums must have %d elements", DD_SUMS)));
		for (int k = 0; k < n; k++)
		{
			if (nulls[k] || DatumGetInt64(elems[k]) < 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("sums must hold counts of at least 0")));
			v[k] = (uint64) DatumGetInt64(elems[k]);
		}
	}
	dd_sums_set(d, v);
}

/* the records by rec_id, for the links and records the rounds name by rec_id (param: which) */
static uint32
dd_index_of(const Dedupe *d, keycount_hash *at, int64 rec_id, const char *param)
{
	KeyCount   *e = keycount_lookup(at, (uint64) rec_id);

	if (e == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rec_id " INT64_FORMAT " is not among the records of records_sql", rec_id),
				 enroll_errcontext(d->st.caller, param)));
	return e->count;
}

/*
 * resolve: the name links of the rounds on the workers (links_sql: rec_a,
 * rec_b, level, sim, chance), and the records they skipped (giant blocks
 * and same-day groups), onto the records read.
 */
static void
dd_resolve_load(Dedupe *d, const char *links_sql, ArrayType *skipped)
{
	static const char *const names[] = {"rec_a", "rec_b", "level", "sim", "chance"};
	static const Oid types[] = {INT8OID, INT8OID, INT4OID, FLOAT4OID, FLOAT4OID};
	LinkRegister *st = &d->st;
	keycount_hash *at = keycount_create(st->cxt, Max(st->n, 16), NULL);
	SPIPlanPtr	plan;
	Portal		portal;

	for (uint32 i = 0; i < st->n; i++)
	{
		bool		found;

		keycount_insert(at, (uint64) st->rec[i].rec_id, &found)->count = i;
	}
	if (skipped != NULL)
	{
		Datum	   *elems;
		bool	   *nulls;
		int			n;

		deconstruct_array(skipped, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &elems, &nulls, &n);
		for (int k = 0; k < n; k++)
			if (!nulls[k])
				d->skipped[dd_index_of(d, at, DatumGetInt64(elems[k]), "skipped")] = true;
	}
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if ((plan = SPI_prepare(links_sql, 0, NULL)) == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	portal = SPI_cursor_open(NULL, plan, NULL, NULL, true);
	for (;;)
	{
		SPI_cursor_fetch(portal, true, 10000);
		if (SPI_processed == 0)
			break;
		for (uint64 r = 0; r < SPI_processed; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			Datum		v[5];
			bool		isnull[5];
			DdLink	   *l;

			if (r == 0)
				for (int c = 0; c < 5; c++)
					if (desc->natts != 5 || strcmp(NameStr(TupleDescAttr(desc, c)->attname), names[c]) != 0 ||
						SPI_gettypeid(desc, c + 1) != types[c])
						ereport(ERROR,
								(errcode(ERRCODE_DATATYPE_MISMATCH),
								 errmsg("links_sql must return rec_a (bigint), rec_b (bigint), level (integer), sim (real) and chance (real)"),
								 enroll_errcontext(st->caller, "links_sql")));
			for (int c = 0; c < 5; c++)
			{
				v[c] = SPI_getbinval(tup, desc, c + 1, &isnull[c]);
				if (isnull[c])
					ereport(ERROR,
							(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
							 errmsg("links_sql must not return nulls"),
							 enroll_errcontext(st->caller, "links_sql")));
			}
			if (DatumGetInt32(v[2]) < LV_EXACT || DatumGetInt32(v[2]) > LV_SIMILAR)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("a link's level must be 0, 1 or 2"),
						 enroll_errcontext(st->caller, "links_sql")));
			add_link(&d->links, dd_index_of(d, at, DatumGetInt64(v[0]), "links_sql"),
					 dd_index_of(d, at, DatumGetInt64(v[1]), "links_sql"),
					 K_NAME_BIRTH_SEX, DatumGetFloat4(v[3]));
			l = &d->links.link[d->links.n - 1];
			l->level = (uint8) DatumGetInt32(v[2]);
			l->chance = DatumGetFloat4(v[4]);
		}
		SPI_freetuptable(SPI_tuptable);
		CHECK_FOR_INTERRUPTS();
	}
	SPI_cursor_close(portal);
	SPI_finish();
	MemoryContextSwitchTo(st->cxt);
	PHASE(d, "name links of the rounds loaded");
}

/*
 * dedupe_resolve(records_sql, links_sql, name_threshold, max_cluster_size,
 * min_probability, max_block, sums, skipped): the round of the distributed
 * dedupe on the coordinator, and dedupe_links_resolve (six result
 * columns) the same for dedupe_links.  records_sql holds every record
 * without a valid ID and every record of the valid IDs the name links
 * reach or the repairs propose; the links by ID and repaired ID are made
 * here, the name links are given; then the phases of the single-server
 * call: probabilities, guards, clusters, the rows of those records.
 */
PG_FUNCTION_INFO_V1(dedupe_resolve_records);
Datum
dedupe_resolve_records(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext callcxt = CurrentMemoryContext;
	Dedupe	   *d = palloc0(sizeof(Dedupe));

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("records_sql must not be null")));
	dd_round_arguments(d, fcinfo, 2, 5);
	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("links_sql must not be null")));
	d->max_cluster = PG_ARGISNULL(3) ? 0 : PG_GETARG_INT32(3);
	d->min_probability = PG_ARGISNULL(4) ? -1 : PG_GETARG_FLOAT4(4);
	if (d->max_cluster < 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("max_cluster_size must be at least 2")));
	if (!(d->min_probability >= 0 && d->min_probability < 1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("min_probability must be in [0, 1)")));
	d->round = DD_RESOLVE;
	INSTR_TIME_SET_CURRENT(d->start);
	InitMaterializedSRF(fcinfo, 0);
	d->links_mode = rsinfo->setDesc->natts == 6;

	dd_read(d, text_to_cstring(PG_GETARG_TEXT_PP(0)), callcxt);
	dd_check_rec_ids(&d->st);
	dd_block_ids(d);
	dd_compare_init(d);
	dd_compare_ids(d);
	dd_resolve_load(d, text_to_cstring(PG_GETARG_TEXT_PP(1)), PG_ARGISNULL(7) ? NULL : PG_GETARG_ARRAYTYPE_P(7));
	dd_sums_argument(d, fcinfo, 6);
	dd_probabilities(d);
	dd_finish(d, rsinfo, callcxt);
	return (Datum) 0;
}

/*
 * linkage_dedupe_giant_report(caller, by_day, blocks, max_block, largest):
 * dedupe's WARNING for the blocks (by_day: same-day groups) too large, for
 * the distributed dedupe, which counts them in its rounds on the workers
 * (linkage_dedupe_giant_warning in extension/parts/95_dedupe_tables.sql).
 */
PG_FUNCTION_INFO_V1(linkage_dedupe_giant_report);
Datum
linkage_dedupe_giant_report(PG_FUNCTION_ARGS)
{
	bool		by_day = PG_GETARG_BOOL(1);

	link_giant_report(text_to_cstring(PG_GETARG_TEXT_PP(0)), (uint64) PG_GETARG_INT64(2), PG_GETARG_INT32(3),
					  by_day, text_to_cstring(PG_GETARG_TEXT_PP(4)), by_day ? DD_GIANT_DAYS_HINT : DD_GIANT_BLOCKS_HINT);
	PG_RETURN_VOID();
}
