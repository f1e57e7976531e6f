/*
 * compare.c
 *	  compare_registers(insured_sql, household_sql, name_threshold): the
 *	  insured register against the household register, in one pass in C
 *	  (extension/parts/95_compare.sql documents the contract).
 *
 * Both registers are read once (record_reader.c).  Resolution of an insured
 * record, in order, the first step with a candidate deciding:
 *   1. the normalised ID: a merge of the two registers' sorted IDs; a
 *      household register holding the ID twice resolves to the one of the
 *      same name if exactly one is, else to nobody;
 *   2. for a broken ID, the one-edit candidates (by check sum) merged with
 *      the household IDs, confirmed by name similarity and by birth date
 *      and sex where both are known; two or more: nobody;
 *   3. name key + birth date + sex with a similar name; two or more: nobody.
 * Status: id_invalid (the ID as entered breaks a rule), id_not_found (no
 * household person has it), name_mismatch (none that has it has the same
 * name after normalisation), matched.  Then one 'uninsured' row per
 * household person nobody resolves to.
 *
 * Memory: both registers in memory, about 80 bytes per record plus names,
 * and 16 bytes per valid ID while sorted: a province of 40M household
 * persons and as many insured records needs about 7 GB.
 */
#include "record_reader.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"


/* how an insured record was resolved */
typedef struct Resolution
{
	int64		hh;				/* household index, or -1 */
	uint32		id_count;		/* household records with its ID */
	uint8		via;			/* 0 none, 1 id, 2 repair, 3 name */
	bool		name_agrees;	/* a household record with its ID has its name */
} Resolution;

enum
{
	VIA_NONE = 0,
	VIA_ID,
	VIA_REPAIR,
	VIA_NAME
};

/*
 * names equal after normalisation (a NULL name equals nothing); most pairs
 * found by ID are written alike and need no parse
 */
static bool
same_name(LinkRegister *ra, LinkRecord *a, LinkRegister *rb, LinkRecord *b)
{
	if (a->name_off == NO_OFFSET || b->name_off == NO_OFFSET)
		return false;
	if (NAME_LEN(a) == NAME_LEN(b) &&
		memcmp(ra->arena + a->name_off, rb->arena + b->name_off, NAME_LEN(a)) == 0)
		return true;
	link_parse_name(ra, a);
	link_parse_name(rb, b);
	return a->nnorm == b->nnorm;
}

/*
 * The household records of one ID held by more than max_block of them: how
 * many have each normalised name, the first of each (in the order of the
 * sorted IDs), and how many have none.  Equal names (same_name) are names
 * with the same name_norm.
 */
typedef struct RunIndex
{
	uint64		start;			/* position of the run in the sorted IDs */
	uint32		size;
	uint32		nulls;
	keycount_hash *names;		/* name_norm hash -> records */
	keycount_hash *first;		/* name_norm hash -> first record */
} RunIndex;

static void
run_index_build(RunIndex *run, LinkRegister *hh, const KeyIdx *hid, uint64 n_hid, uint64 m,
				MemoryContext cxt)
{
	if (run->names != NULL)
	{
		keycount_destroy(run->names);
		keycount_destroy(run->first);
	}
	run->start = m;
	run->size = 0;
	run->nulls = 0;
	run->names = keycount_create(cxt, 1024, NULL);
	run->first = keycount_create(cxt, 1024, NULL);
	for (uint64 j = m; j < n_hid && hid[j].key == hid[m].key; j++)
	{
		LinkRecord *b = &hh->rec[hid[j].idx];
		bool		found;
		KeyCount   *e;

		CHECK_FOR_INTERRUPTS();
		run->size++;
		if (b->name_off == NO_OFFSET)
		{
			run->nulls++;
			continue;
		}
		link_parse_name(hh, b);
		e = keycount_insert(run->names, b->nnorm, &found);
		e->count = found ? e->count + 1 : 1;
		if (!found)
			keycount_insert(run->first, b->nnorm, &found)->count = hid[j].idx;
	}
}

/* the repaired-ID matches of one insured record: distinct household persons */
typedef struct RepairHits
{
	LinkRegister *hh;
	Resolution *res;
	uint32	   *hits;			/* per insured record: confirmed candidates */
} RepairHits;

static void
repair_hit(void *arg, uint32 i, uint32 h, double sim)
{
	RepairHits *rh = arg;
	Resolution *r = &rh->res[i];

	if (h == NO_INDEX)
		rh->hits[i] += 2;		/* an ID held by more than max_block: nobody */
	else if (rh->hits[i] == 0)
	{
		r->hh = h;
		rh->hits[i] = 1;
	}
	else if (r->hh < 0)
		rh->hits[i]++;
	else if (rh->hh->rec[h].rec_id != rh->hh->rec[r->hh].rec_id)
	{
		/* the smallest rec_id */
		rh->hits[i]++;
		if (rh->hh->rec[h].rec_id < rh->hh->rec[r->hh].rec_id)
			r->hh = h;
	}
}

/* ---- the SQL function: a driver over named phases ---- */

/*
 * One call's state, phase by phase: read (both registers), by_id (the
 * merge of the sorted IDs), by_repair (the one-edit candidates of broken
 * IDs), by_name (name key, birth date and sex), emit (the rows).
 */
typedef struct Compare
{
	/* arguments */
	float4		threshold;
	int32		max_block;
	instr_time	start;

	/* read */
	LinkRegister ins,
				hh;

	/* by_id, by_repair, by_name */
	Resolution *res;			/* per insured record */
	KeyIdx	   *hid;			/* household IDs, sorted */
	uint64		n_hid;
	RunIndex	run;			/* the last ID held by more than max_block */
	GiantBlocks giant_blocks;
} Compare;

static void
cr_arguments(Compare *c, FunctionCallInfo fcinfo)
{
	c->threshold = PG_GETARG_FLOAT4(2);
	/* 0.1.0's signature has no max_block: its default */
	c->max_block = PG_NARGS() > 3 && !PG_ARGISNULL(3) ? PG_GETARG_INT32(3) : 1000;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("insured_sql must not be null")));
	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("household_sql must not be null")));
	if (PG_ARGISNULL(2) || !(c->threshold > 0 && c->threshold <= 1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("name_threshold must be in (0, 1], not %s",
						PG_ARGISNULL(2) ? "NULL" : psprintf("%g", c->threshold))));
	if ((PG_NARGS() > 3 && PG_ARGISNULL(3)) || c->max_block < 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("max_block must be at least 2")));
}

/* read: both registers; the resolutions start at nobody */
static void
cr_read(Compare *c, const char *insured_sql, const char *household_sql, MemoryContext callcxt)
{
	link_register_init(&c->ins, "compare_registers", "insured_sql", false, callcxt);
	link_register_init(&c->hh, "compare_registers", "household_sql", false, callcxt);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	link_register_read(&c->ins, insured_sql);
	link_register_read(&c->hh, household_sql);
	SPI_finish();
	ereport(DEBUG1,
			(errmsg_internal("%u insured and %u household records read in %.0f ms",
							 c->ins.n, c->hh.n, enroll_elapsed_ms(c->start)),
			 enroll_errcontext("compare_registers", NULL)));

	MemoryContextSwitchTo(c->ins.cxt);
	c->res = palloc_extended(sizeof(Resolution) * Max(c->ins.n, 1), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	for (uint32 i = 0; i < c->ins.n; i++)
		c->res[i].hh = -1;
}

/*
 * An ID that more than max_block household records hold (placeholders),
 * from position m of the sorted IDs: their names counted once per ID, so
 * that each insured record of it costs one look-up, not a pass.
 */
static void
cr_by_id_run(Compare *c, uint32 i, uint64 m, int64 *first, int64 *first_same, uint32 *n_same)
{
	LinkRecord *a = &c->ins.rec[i];
	Resolution *r = &c->res[i];
	KeyCount   *e;

	if (c->run.names == NULL || c->run.start != m)
		run_index_build(&c->run, &c->hh, c->hid, c->n_hid, m, c->ins.cxt);
	r->id_count = c->run.size;
	*first = c->hid[m].idx;
	*n_same = 0;
	r->name_agrees = false;
	if (a->name_off == NO_OFFSET)
		r->name_agrees = c->run.nulls > 0;
	else
	{
		link_parse_name(&c->ins, a);
		if ((e = keycount_lookup(c->run.names, a->nnorm)) != NULL)
		{
			*n_same = e->count;
			*first_same = keycount_lookup(c->run.first, a->nnorm)->count;
			r->name_agrees = true;
		}
	}
}

/* by_id: merge the sorted IDs of both registers */
static void
cr_by_id(Compare *c)
{
	LinkRegister *ins = &c->ins,
			   *hh = &c->hh;
	const KeyIdx *hid;
	KeyIdx	   *iid;
	uint64		n_hid,
				n_iid;

	memset(&c->run, 0, sizeof(c->run));
	c->hid = link_sorted_ids(hh, &c->n_hid);
	iid = link_sorted_ids(ins, &n_iid);
	hid = c->hid;
	n_hid = c->n_hid;
	for (uint64 k = 0, m = 0; k < n_iid; k++)
	{
		uint32		i = iid[k].idx;
		LinkRecord *a = &ins->rec[i];
		Resolution *r = &c->res[i];
		uint32		n_same = 0;
		int64		first = -1,
					first_same = -1;
		uint64		j;

		if ((k & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		while (m < n_hid && hid[m].key < iid[k].key)
			m++;
		for (j = m; j < n_hid && hid[j].key == iid[k].key; j++)
		{
			LinkRecord *b = &hh->rec[hid[j].idx];

			CHECK_FOR_INTERRUPTS();
			if (j - m == (uint64) c->max_block)
				break;			/* more than max_block hold the ID: by its index */
			if (first < 0)
				first = hid[j].idx;
			r->id_count++;
			if (same_name(ins, a, hh, b))
			{
				if (first_same < 0)
					first_same = hid[j].idx;
				n_same++;
				r->name_agrees = true;
			}
			/* for the status, two NULL names agree (IS NOT DISTINCT FROM) */
			else if (a->name_off == NO_OFFSET && b->name_off == NO_OFFSET)
				r->name_agrees = true;
		}
		if (j - m == (uint64) c->max_block && j < n_hid && hid[j].key == iid[k].key)
			cr_by_id_run(c, i, m, &first, &first_same, &n_same);
		if (r->id_count == 0)
			continue;
		r->via = VIA_ID;
		if (r->id_count == 1)
			r->hh = first;
		else if (n_same == 1)
			r->hh = first_same;
	}
}

/* by_repair: candidates of broken IDs merged with the household IDs */
static void
cr_by_repair(Compare *c)
{
	RepairHits	rh;

	rh.hh = &c->hh;
	rh.res = c->res;
	rh.hits = palloc_extended(sizeof(uint32) * Max(c->ins.n, 1), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	link_repair_matches(&c->ins, &c->hh, c->hid, c->n_hid, c->threshold, (uint32) c->max_block,
						repair_hit, &rh);
	for (uint32 i = 0; i < c->ins.n; i++)
		if (rh.hits[i] > 0)
		{
			c->res[i].via = VIA_REPAIR;
			if (rh.hits[i] > 1)
				c->res[i].hh = -1;	/* two repairs fit: nobody */
		}
	pfree(rh.hits);
}

/*
 * by_name, blocks: the block keys that insured records still without a
 * candidate ask about; the household records of those days only are parsed
 * and chained (next: the chains, the heads in blocks).
 */
static keycount_hash *
cr_name_blocks(Compare *c, uint32 *next)
{
	LinkRegister *ins = &c->ins,
			   *hh = &c->hh;
	keycount_hash *blocks = keycount_create(ins->cxt, 1024, NULL);
	bool	   *wanted = palloc_extended(sizeof(bool) * DAY_SLOTS, MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	bool		found;

	for (uint32 i = 0; i < ins->n; i++)
	{
		LinkRecord *a = &ins->rec[i];

		if (c->res[i].via != VIA_NONE || !HAS_DAY(a))
			continue;
		link_parse_name(ins, a);
		if (!IN_BLOCK(a))
			continue;
		keycount_insert(blocks, link_block_key(a), &found)->count = NO_INDEX;
		if (day_slot_of(a->birth, a->sex) >= 0)
			wanted[day_slot_of(a->birth, a->sex)] = true;
	}
	for (uint32 h = 0; h < hh->n; h++)
	{
		LinkRecord *b = &hh->rec[h];
		KeyCount   *e;
		int32		ds;

		if ((h & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		next[h] = NO_INDEX;
		/* days outside the window are always looked at */
		if (!HAS_DAY(b) || ((ds = day_slot_of(b->birth, b->sex)) >= 0 && !wanted[ds]))
			continue;
		link_parse_name(hh, b);
		if (IN_BLOCK(b) && (e = keycount_lookup(blocks, link_block_key(b))) != NULL)
		{
			next[h] = e->count;
			e->count = h;
		}
	}
	return blocks;
}

/* by_name: name key + birth date + sex with a similar name; two or more: nobody */
static void
cr_by_name(Compare *c)
{
	LinkRegister *ins = &c->ins,
			   *hh = &c->hh;
	uint32	   *next = palloc_extended(sizeof(uint32) * Max(hh->n, 1), MCXT_ALLOC_HUGE);
	keycount_hash *blocks = cr_name_blocks(c, next);

	/*
	 * Household blocks of more than max_block records are not searched
	 * (placeholders: quadratic); their insured records resolve to nobody, as
	 * with two candidates.
	 */
	link_cut_giant_blocks(blocks, next, c->max_block, &c->giant_blocks);
	for (uint32 i = 0; i < ins->n; i++)
	{
		LinkRecord *a = &ins->rec[i];
		uint32		n = 0;
		int64		best = -1;
		uint32		head;

		if (c->res[i].via != VIA_NONE || !HAS_DAY(a) || !IN_BLOCK(a))
			continue;
		if ((i & 0x3FFF) == 0)
			CHECK_FOR_INTERRUPTS();
		head = keycount_lookup(blocks, link_block_key(a))->count;
		if (head == GIANT_BLOCK)
		{
			c->res[i].via = VIA_NAME;
			continue;
		}
		for (uint32 h = head; h != NO_INDEX; h = next[h])
		{
			LinkRecord *b = &hh->rec[h];

			CHECK_FOR_INTERRUPTS();
			if (b->nkey != a->nkey || b->birth != a->birth || b->sex != a->sex ||
				link_similarity(ins, i, hh, h) < c->threshold)
				continue;
			n++;
			if (best < 0 || b->rec_id < hh->rec[best].rec_id)
				best = h;
		}
		if (n > 0)
		{
			c->res[i].via = VIA_NAME;
			c->res[i].hh = n == 1 ? best : -1;
		}
	}
}

/* emit: one row per insured record, then one per household person nobody resolves to */
static void
cr_emit(Compare *c, ReturnSetInfo *rsinfo, MemoryContext callcxt)
{
	LinkRegister *ins = &c->ins,
			   *hh = &c->hh;
	bool	   *resolved_to;
	Datum		statuses[5];
	static const char *const status_names[] = {
		"id_invalid", "id_not_found", "name_mismatch", "matched", "uninsured"
	};

	MemoryContextSwitchTo(callcxt);
	link_result_store(rsinfo, (uint64) ins->n + hh->n);
	for (int k = 0; k < 5; k++)
		statuses[k] = CStringGetTextDatum(status_names[k]);
	resolved_to = palloc_extended(sizeof(bool) * Max(hh->n, 1), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	for (uint32 i = 0; i < ins->n; i++)
	{
		LinkRecord *a = &ins->rec[i];
		Resolution *r = &c->res[i];
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		int			status;
		double		score = 0;

		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (a->id == 0)
			status = 0;
		else if (r->id_count == 0)
			status = 1;
		else if (!r->name_agrees)
			status = 2;
		else
			status = 3;
		if (r->hh >= 0)
		{
			double		sim = Max(link_similarity(ins, i, hh, (uint32) r->hh), 0.0);

			resolved_to[r->hh] = true;
			score = r->via == VIA_ID ? sim : 0.9 * sim;
		}
		values[0] = Int64GetDatum(a->rec_id);
		values[1] = Int64GetDatum(r->hh >= 0 ? hh->rec[r->hh].rec_id : 0);
		nulls[1] = r->hh < 0;
		values[2] = statuses[status];
		values[3] = Float4GetDatum((float4) score);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	for (uint32 h = 0; h < hh->n; h++)
	{
		Datum		values[4];
		bool		nulls[4] = {true, false, false, false};

		if (resolved_to[h])
			continue;
		values[0] = (Datum) 0;
		values[1] = Int64GetDatum(hh->rec[h].rec_id);
		values[2] = statuses[4];
		values[3] = Float4GetDatum(1.0f);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
}

PG_FUNCTION_INFO_V1(compare_registers);
Datum
compare_registers(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext callcxt = CurrentMemoryContext;
	Compare    *c = palloc0(sizeof(Compare));

	cr_arguments(c, fcinfo);
	INSTR_TIME_SET_CURRENT(c->start);
	InitMaterializedSRF(fcinfo, 0);
	cr_read(c, text_to_cstring(PG_GETARG_TEXT_PP(0)), text_to_cstring(PG_GETARG_TEXT_PP(1)), callcxt);
	cr_by_id(c);
	cr_by_repair(c);
	cr_by_name(c);
	ereport(DEBUG1,
			(errmsg_internal("resolved in %.0f ms", enroll_elapsed_ms(c->start)),
			 enroll_errcontext("compare_registers", NULL)));
	link_giant_warning(&c->hh, &c->giant_blocks, c->max_block, false,
					   "Insured records of the same name key, birth date and sex resolved to nobody, as with two candidates.");
	cr_emit(c, rsinfo, callcxt);
	ereport(DEBUG1,
			(errmsg_internal("done in %.0f ms", enroll_elapsed_ms(c->start)),
			 enroll_errcontext("compare_registers", NULL)));
	MemoryContextDelete(c->ins.cxt);
	MemoryContextDelete(c->hh.cxt);
	return (Datum) 0;
}
