/*
 * record_reader.c
 *	  The records of a register, read once for linkage: see record_reader.h.
 *
 * The caller's query is wrapped to name and cast its columns and streamed
 * through a DestReceiver; each record keeps what linkage needs (64 bytes
 * plus its name, and the normalised form of a broken ID).  Names are
 * parsed on demand (link_parse_name), so that a caller can parse only the
 * records that can matter.
 */
#include "record_reader.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/memutils.h"

#include "cnid_core.h"
#include "idnorm.h"

#define LINK_MAX_RECORDS ((uint32) (MaxAllocHugeSize / sizeof(LinkRecord)) - 1)

/* FNV-1a over bytes, then mixed: the name key's 64-bit hash */
uint64
link_hash_bytes(const char *s, size_t len)
{
	uint64		h = UINT64CONST(0xcbf29ce484222325);

	for (size_t i = 0; i < len; i++)
	{
		h ^= (unsigned char) s[i];
		h *= UINT64CONST(0x100000001b3);
	}
	h = enroll_mix64(h);
	return h ? h : 1;
}

/*
 * The result's tuplestore, sized for the rows to come: about 90 bytes a row
 * (a four-column minimal tuple in a 64-byte chunk, its chunk header and its
 * pointer), 128 allowed, at most 1 GB.  The default bound, work_mem, made
 * a tuplestore of a million rows write them all to a temporary file and
 * read them back.
 */
void
link_result_store(ReturnSetInfo *rsinfo, uint64 nrows)
{
	MemoryContext old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	int64		kb = Max((int64) work_mem, Min((int64) (nrows * 128 / 1024), (int64) 1024 * 1024));

	tuplestore_end(rsinfo->setResult);
	rsinfo->setResult = tuplestore_begin_heap((rsinfo->allowedModes & SFRM_Materialize_Random) != 0,
											  false, (int) kb);
	MemoryContextSwitchTo(old);
}

/*
 * Before an allocation of `more` bytes that grows with the input: fail
 * cleanly when the call would hold more than enroll.linkage_memory.
 * Called where memory grows (records, names, links), not per record.
 */
void
link_memory_reserve(const LinkRegister *st, Size more)
{
	Size		held = MemoryContextMemAllocated(st->budget, true);
	Size		limit = (Size) enroll_linkage_memory_kb * 1024;

	if (held + more > limit)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("memory budget of %zu MB exceeded", limit >> 20),
				 errdetail("The call holds %zu MB and needs %zu MB more.", held >> 20, (more + (1 << 20) - 1) >> 20),
				 errhint("Run it per prefecture or county, lower max_block, or have a superuser raise enroll.linkage_memory."),
				 enroll_errcontext(st->caller, NULL)));
}

/* ---- blocks too large to compare pairwise ---- */

void
link_giant_note(GiantBlocks *g, uint32 rec, uint32 size)
{
	int			k = (int) Min(g->blocks, 3);

	g->blocks++;
	g->records += size;
	/* insertion into the top three, largest first */
	while (k > 0 && g->size[k - 1] < size)
	{
		if (k < 3)
		{
			g->rec[k] = g->rec[k - 1];
			g->size[k] = g->size[k - 1];
		}
		k--;
	}
	if (k < 3)
	{
		g->rec[k] = rec;
		g->size[k] = size;
	}
}

/* one block too large, as the WARNING names it: its size, and a record's name, birth date and sex */
void
link_giant_describe(const LinkRegister *st, uint32 rec, uint32 size, bool by_day, StringInfo d)
{
	const LinkRecord *r = &st->rec[rec];
	int			y,
				m,
				dd;

	/* ISO whatever the DateStyle: the placeholder as it is usually written */
	j2date(r->birth + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
	if (!by_day && r->name_off != NO_OFFSET)
		appendStringInfo(d, "%u records named \"%s\" born %04d-%02d-%02d, sex %d",
						 size, pnstrdup(st->arena + r->name_off, NAME_LEN(r)), y, m, dd, r->sex);
	else
		appendStringInfo(d, "%u records born %04d-%02d-%02d, sex %d", size, y, m, dd, r->sex);
}

/*
 * The WARNING for blocks (or, by_day, same-day groups) of more than
 * max_block records: their number, the largest described (largest), what
 * became of their records (consequence).  Also raised for the distributed
 * dedupe, from the counts of its rounds (linkage_dedupe_giant_report).
 */
void
link_giant_report(const char *caller, uint64 blocks, int32 max_block, bool by_day,
				  const char *largest, const char *consequence)
{
	ereport(WARNING,
			(by_day ?
			 errmsg_plural("%s: " UINT64_FORMAT " same-day group of more than max_block (%d) records was not searched for look-alike names",
						   "%s: " UINT64_FORMAT " same-day groups of more than max_block (%d) records were not searched for look-alike names",
						   blocks, caller, blocks, max_block) :
			 errmsg_plural("%s: " UINT64_FORMAT " block of more than max_block (%d) records was not compared pairwise",
						   "%s: " UINT64_FORMAT " blocks of more than max_block (%d) records were not compared pairwise",
						   blocks, caller, blocks, max_block),
			 blocks > 3 ? errdetail("The three largest: %s.", largest) : errdetail("%s.", largest),
			 errhint("%s Such values are likely placeholders.", consequence)));
}

void
link_giant_warning(const LinkRegister *st, const GiantBlocks *g, int32 max_block, bool by_day,
				   const char *consequence)
{
	StringInfoData d;

	if (g->blocks == 0)
		return;
	initStringInfo(&d);
	for (int k = 0; k < (int) Min(g->blocks, 3); k++)
	{
		appendStringInfoString(&d, k ? "; " : "");
		link_giant_describe(st, g->rec[k], g->size[k], by_day, &d);
	}
	link_giant_report(st->caller, g->blocks, max_block, by_day, d.data, consequence);
}

/* ---- streaming the caller's records ---- */

static char *
arena_put(LinkRegister *st, const char *bytes, size_t len, uint64 *off)
{
	if (st->arena_len + len > st->arena_cap)
	{
		uint64		newcap = Max(st->arena_cap * 2, st->arena_len + len + 1024);

		link_memory_reserve(st, newcap - st->arena_cap);
		st->arena = repalloc_huge(st->arena, newcap);
		st->arena_cap = newcap;
	}
	*off = st->arena_len;
	memcpy(st->arena + st->arena_len, bytes, len);
	st->arena_len += len;
	return st->arena + *off;
}

static int32
region_index(LinkRegister *st, int64 code)
{
	bool		found;
	KeyCount   *e = keycount_insert(st->region_tab, (uint64) code, &found);

	if (!found)
	{
		if (st->nregions == st->regions_cap)
		{
			st->regions_cap *= 2;
			st->regions = repalloc(st->regions, sizeof(int64) * st->regions_cap);
		}
		st->regions[st->nregions] = code;
		e->count = st->nregions++;
	}
	return (int32) e->count;
}

/*
 * The evidence columns of record i: a 64-bit hash of each value as given
 * (compared for exact agreement; normalising is the caller's query's
 * business), 0 for NULL or the empty string: unknown, no evidence.
 */
static void
evidence_fill(LinkRegister *st, uint64 i, Datum *v, bool *isnull)
{
	for (int c = 0; c < st->nevidence; c++)
	{
		uint64		h = 0;

		if (!isnull[c])
		{
			text	   *t = DatumGetTextPP(v[c]);
			size_t		len = VARSIZE_ANY_EXHDR(t);

			if (len > 0)
				h = link_hash_bytes(VARDATA_ANY(t), len);	/* never 0 */
			if ((Pointer) t != DatumGetPointer(v[c]))
				pfree(t);
		}
		LINK_EVIDENCE(st, i, c) = h;
	}
}

/* room for the evidence of st->cap records */
static void
evidence_room(LinkRegister *st)
{
	Size		sz = sizeof(uint64) * st->nevidence * (Size) Max(st->cap, 1);

	if (st->nevidence == 0)
		return;
	st->evidence = st->evidence == NULL ? palloc_extended(sz, MCXT_ALLOC_HUGE) :
		repalloc_huge(st->evidence, sz);
}

/*
 * A record from its columns (id_number, name, birth_date, sex[, region] at
 * v[1..]): the ID normalised and parsed once, the name's bytes kept for a
 * later parse, birth date and sex as given, else from a valid ID.  The one
 * reading of a record: the linkage functions and the keys the distributed
 * forms compute on the workers (linkage_day, linkage_block) share it.
 */
void
link_record_fill(LinkRegister *st, LinkRecord *r, Datum *v, bool *isnull)
{
	r->id = 0;
	r->badid_off = NO_OFFSET;
	r->badid_len = 0;
	r->birth = DATEVAL_NOBEGIN;
	r->sex = 0;
	r->region = -1;
	r->nkey = 0;
	r->nnorm = 0;
	r->name_off = NO_OFFSET;
	r->name_len = 0;

	/* the ID: one normalisation and one parse */
	if (!isnull[1])
	{
		text	   *t = DatumGetTextPP(v[1]);
		char		norm[IDNORM_CAP];
		size_t		n = enroll_normalize_text(t, norm);
		CnidParse	p;

		cnid_parse(norm, idnorm_parse_length(n), st->today, &p);
		if (p.rule == ID_OK)
			r->id = p.body;
		else if (n > 0 && n <= IDNORM_CAP)
		{
			/* kept for the repairs (cnid_find_repairs takes the normalised form) */
			arena_put(st, norm, n, &r->badid_off);
			r->badid_len = (uint8) n;
		}
		if ((Pointer) t != DatumGetPointer(v[1]))
			pfree(t);
	}

	/* the name's bytes; it is parsed later, and only if its day matters */
	if (!isnull[2])
	{
		text	   *t = DatumGetTextPP(v[2]);
		size_t		len = VARSIZE_ANY_EXHDR(t);

		/* longer names are cut, at a character boundary */
		if (len > NAME_MAX_INPUT)
			len = pg_mbcliplen(VARDATA_ANY(t), (int) len, NAME_MAX_INPUT);

		arena_put(st, VARDATA_ANY(t), len, &r->name_off);
		r->name_len = (uint16) len;
		if ((Pointer) t != DatumGetPointer(v[2]))
			pfree(t);
	}

	/* birth date and sex: as given, else from a valid ID */
	if (!isnull[3])
		r->birth = DatumGetDateADT(v[3]);
	else if (r->id != 0)
	{
		int32		ymd = cnid_body_birth_ymd(r->id);

		r->birth = date2j(ymd / 10000, ymd / 100 % 100, ymd % 100) - POSTGRES_EPOCH_JDATE;
	}
	if (!isnull[4])
	{
		int16		s = DatumGetInt16(v[4]);

		/* any other code is kept apart from 1, 2 and unknown */
		r->sex = (s == 1 || s == 2) ? (int8) s : (int8) -1;
	}
	else if (r->id != 0)
		r->sex = (int8) cnid_body_sex(r->id);

	if (st->with_region && !isnull[5])
		r->region = region_index(st, DatumGetInt64(v[5]));
	if (st->nevidence > 0)
		evidence_fill(st, (uint64) (r - st->rec), v + (st->with_region ? 6 : 5), isnull + (st->with_region ? 6 : 5));
}

/*
 * One record from its values (rec_id, id_number, name, birth_date, sex[,
 * region][, evidence]): the reader's receiver, and the aggregate of the
 * distributed dedupe's rounds on the workers, which gets its rows from the
 * executor rather than from a query of its own.
 */
static pg_attribute_always_inline void
register_add(LinkRegister *st, Datum *v, bool *isnull)
{
	MemoryContext old = MemoryContextSwitchTo(st->cxt);
	LinkRecord   *r;

	if ((st->n & 0xFFFF) == 0)
		CHECK_FOR_INTERRUPTS();
	if (st->n == st->cap)
	{
		if (st->cap >= LINK_MAX_RECORDS / 2)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("%s returns more than %u records", st->param, LINK_MAX_RECORDS / 2),
					 errhint("Run it per prefecture or county."),
					 enroll_errcontext(st->caller, st->param)));
		link_memory_reserve(st, (sizeof(LinkRecord) + sizeof(uint64) * st->nevidence) * st->cap);
		st->cap *= 2;
		st->rec = repalloc_huge(st->rec, sizeof(LinkRecord) * st->cap);
		evidence_room(st);
	}
	r = &st->rec[st->n];

	if (isnull[0])
		ereport(ERROR,
				(errcode(ERRCODE_UNIQUE_VIOLATION),
				 errmsg("rec_id must not be null"),
				 enroll_errcontext(st->caller, st->param)));
	r->rec_id = DatumGetInt64(v[0]);
	if (st->n > 0 && r->rec_id <= st->rec[st->n - 1].rec_id)
		st->ascending = false;
	link_record_fill(st, r, v, isnull);

	st->n++;
	MemoryContextSwitchTo(old);
}

void
link_register_add(LinkRegister *st, Datum *v, bool *isnull)
{
	register_add(st, v, isnull);
}

/* the reader's receiver: the same, inlined, so that its per-record path stays as it was */
static bool
dd_receive(TupleTableSlot *slot, DestReceiver *self)
{
	slot_getallattrs(slot);
	register_add((LinkRegister *) self, slot->tts_values, slot->tts_isnull);
	return true;
}

static void
dd_startup(DestReceiver *self, int operation, TupleDesc typeinfo)
{
}

static void
dd_shutdown(DestReceiver *self)
{
}

static void
dd_destroy(DestReceiver *self)
{
}

/*
 * Room for the rows the planner expects (at most 16M records, 1 GB, so that
 * a wild estimate cannot ask for the machine): growing by doubling copied
 * the array and faulted in fresh pages for each copy, a twentieth of a
 * million-record run.  More rows than expected still double the room.
 */
static void
link_register_presize(LinkRegister *st, SPIPlanPtr plan)
{
	CachedPlan *cplan = SPI_plan_get_cached_plan(plan);
	double		rows = 0;

	if (cplan != NULL)
	{
		if (list_length(cplan->stmt_list) == 1)
		{
			PlannedStmt *stmt = linitial_node(PlannedStmt, cplan->stmt_list);

			if (stmt->planTree != NULL)
				rows = stmt->planTree->plan_rows;
		}
		ReleaseCachedPlan(cplan, NULL);
	}
	rows = Min(rows * 1.02 + 1024, 16.0 * 1024 * 1024);
	/* a wild estimate is not an error: the budget counts what is really read */
	rows = Min(rows, (double) enroll_linkage_memory_kb * 1024 / 4 / sizeof(LinkRecord));
	if (rows > st->cap)
	{
		MemoryContext old = MemoryContextSwitchTo(st->cxt);

		st->cap = (uint32) rows;
		st->rec = repalloc_huge(st->rec, sizeof(LinkRecord) * st->cap);
		evidence_room(st);
		/* names: a few characters of three bytes each */
		st->arena_cap = Max(st->arena_cap, (uint64) st->cap * 8);
		st->arena = repalloc_huge(st->arena, st->arena_cap);
		MemoryContextSwitchTo(old);
	}
}

/*
 * An error in the caller's query (a missing column, bad syntax, a value
 * that does not cast) re-raised with the caller's name and the expected
 * columns, without a position (it would point into our wrapper, not the
 * caller's text).
 */
static void
rethrow_for_caller(LinkRegister *st, MemoryContext old)
{
	ErrorData  *e;

	MemoryContextSwitchTo(old);
	e = CopyErrorData();
	switch (e->sqlerrcode)
	{
		case ERRCODE_UNDEFINED_COLUMN:
		case ERRCODE_UNDEFINED_TABLE:
		case ERRCODE_SYNTAX_ERROR:
		case ERRCODE_CANNOT_COERCE:
		case ERRCODE_DATATYPE_MISMATCH:
		case ERRCODE_INVALID_TEXT_REPRESENTATION:
			FlushErrorState();
			ereport(ERROR,
					(errcode(e->sqlerrcode),
					 errmsg_internal("%s", e->message),
					 errdetail("The query must return rec_id (bigint), id_number (text), name (text), birth_date (date) and sex (smallint)%s%s",
							   st->with_region ? ", and region (bigint)" : "",
							   st->nevidence > 0 ? ", and the evidence columns (text)." : "."),
					 enroll_errcontext(st->caller, st->param)));
			break;
		default:
			PG_RE_THROW();
	}
}

/*
 * Run the caller's query through our receiver.  Its columns are checked
 * first, by name (each must have an explicit cast to the type it is read
 * as); then the query runs inside a wrapper that names and casts them.
 */
void
link_register_read(LinkRegister *st, const char *records_sql)
{
	static const EnrollColumn cols[6] = {
		{"rec_id", "bigint", NULL, INT8OID},
		{"id_number", "text", NULL, TEXTOID},
		{"name", "text", NULL, TEXTOID},
		{"birth_date", "date", NULL, DATEOID},
		{"sex", "smallint", NULL, INT2OID},
		{"region", "bigint", NULL, INT8OID}
	};
	/* text types only: another type cast to text would compare its output form */
	static const Oid text_types[] = {TEXTOID, VARCHAROID, BPCHAROID, InvalidOid};
	EnrollColumn ev[LINK_MAX_EVIDENCE];
	StringInfoData q;
	SPIExecuteOptions opt;
	MemoryContext old = CurrentMemoryContext;
	TupleDesc	desc = NULL;

	(void) enroll_query_prepare(records_sql, st->caller, st->param, &desc);
	enroll_check_columns(desc, st->caller, st->param, cols, st->with_region ? 6 : 5, true);
	for (int c = 0; c < st->nevidence; c++)
	{
		ev[c].name = st->evidence_name[c];
		ev[c].expected = "text";
		ev[c].accept = text_types;
		ev[c].cast_to = TEXTOID;
	}
	if (st->nevidence > 0)
		enroll_check_columns(desc, st->caller, st->param, ev, st->nevidence, true);

	initStringInfo(&q);
	appendStringInfo(&q,
					 "SELECT q.rec_id::bigint, q.id_number::text, q.name::text, "
					 "q.birth_date::date, q.sex::smallint%s",
					 st->with_region ? ", q.region::bigint" : "");
	for (int c = 0; c < st->nevidence; c++)
		appendStringInfo(&q, ", q.%s::text", quote_identifier(st->evidence_name[c]));
	appendStringInfo(&q, " FROM (%s) AS q", records_sql);
	memset(&opt, 0, sizeof(opt));
	opt.read_only = true;
	opt.dest = &st->pub;

	PG_TRY();
	{
		/* the wrapper makes it one SELECT (reported as utility: DestNone) */
		/* parallel plans allowed, as SPI_execute_extended allows them */
		SPIPlanPtr	plan = SPI_prepare_cursor(q.data, 0, NULL, CURSOR_OPT_PARALLEL_OK);
		int			rc;

		if (plan == NULL)
			elog(ERROR, "SPI_prepare_cursor failed: %s", SPI_result_code_string(SPI_result));
		link_register_presize(st, plan);
		rc = SPI_execute_plan_extended(plan, &opt);

		if (rc < 0)
			elog(ERROR, "SPI_execute_plan_extended failed: %s", SPI_result_code_string(rc));
	}
	PG_CATCH();
	{
		rethrow_for_caller(st, old);
	}
	PG_END_TRY();
}

/*
 * The region of each record at the level asked, with the SQL functions of
 * the region hierarchy (abolished county codes rolled into their
 * successors first; one query for all distinct codes): each record's
 * region becomes the number of its region at that level, 0 .. result - 1,
 * or -1 when it has none or its code is unknown.  Returns the number of
 * regions at that level.
 */
uint32
link_register_regions_at(LinkRegister *st, const char *level)
{
	int64	   *keys = palloc(sizeof(int64) * Max(st->nregions, 1));
	int32	   *number = palloc(sizeof(int32) * Max(st->nregions, 1));
	keycount_hash *numbered = keycount_create(CurrentMemoryContext, 256, NULL);
	uint32		nkeys = 0;
	Datum	   *codes = palloc(sizeof(Datum) * Max(st->nregions, 1));
	ArrayType  *arr;
	Oid			types[2] = {INT8ARRAYOID, TEXTOID};
	Datum		args[2];
	int			rc;

	for (uint32 i = 0; i < st->nregions; i++)
	{
		codes[i] = Int64GetDatum(st->regions[i]);
		keys[i] = 0;
	}
	arr = construct_array(codes, (int) st->nregions, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
	args[0] = PointerGetDatum(arr);
	args[1] = CStringGetTextDatum(level);
	rc = SPI_execute_with_args(
		"SELECT o.n::integer, CASE WHEN $2 IN ('province', 'prefecture', 'county') "
		"THEN enroll.region_at(coalesce(enroll.region_rollup_code(enroll.region_at(o.c, 'county')), o.c), $2) "
		"ELSE enroll.region_at(o.c, $2) END "
		"FROM pg_catalog.unnest($1) WITH ORDINALITY AS o(c, n)",
		2, types, args, NULL, true, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(rc));
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		bool		null1,
					null2;
		int32		n = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &null1));
		Datum		k = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &null2);

		if (!null1 && n >= 1 && (uint32) n <= st->nregions && !null2)
			keys[n - 1] = DatumGetInt64(k);
	}
	SPI_freetuptable(SPI_tuptable);

	/* codes with the same key get the same number */
	for (uint32 g = 0; g < st->nregions; g++)
	{
		bool		found;
		KeyCount   *e;

		number[g] = -1;
		if (keys[g] == 0)
			continue;
		e = keycount_insert(numbered, (uint64) keys[g], &found);
		if (!found)
			e->count = nkeys++;
		number[g] = (int32) e->count;
	}
	for (uint32 i = 0; i < st->n; i++)
		if (st->rec[i].region >= 0)
			st->rec[i].region = number[st->rec[i].region];
	keycount_destroy(numbered);
	pfree(number);
	pfree(keys);
	return nkeys;
}

/*
 * The hashes of a record's name key and normalised name, computed once
 * (flag NAME_PARSED); a record whose birth day no record without a valid
 * ID shares is never parsed.
 */
void
link_parse_name(LinkRegister *st, LinkRecord *r)
{
	if (r->name_len & NAME_PARSED)
		return;
	r->name_len |= NAME_PARSED;
	if (r->name_off == NO_OFFSET)
		return;
	name_parse(st->arena + r->name_off, NAME_LEN(r), st->parse);
	if (st->parse->script != NAME_EMPTY)
	{
		char		key[NAME_KEY_CAP];
		char		norm[NAME_OUT_CAP];
		size_t		klen = name_key_str(st->parse, key);
		size_t		nlen = name_norm_str(st->parse, norm);

		r->nkey = link_hash_bytes(key, klen);
		r->nnorm = link_hash_bytes(norm, nlen);
	}
}

/* Name similarity of record a of register ra and record b of register rb; -1 when a name is NULL */
double
link_similarity(const LinkRegister *ra, uint32 a, const LinkRegister *rb, uint32 b)
{
	const LinkRecord *x = &ra->rec[a];
	const LinkRecord *y = &rb->rec[b];
	const NameParse *px,
			   *py;

	if (x->name_off == NO_OFFSET || y->name_off == NO_OFFSET)
		return -1.0;
	/* cached by the bytes: the same a meets several b in a block */
	name_pair_parsed(ra->arena + x->name_off, NAME_LEN(x), rb->arena + y->name_off, NAME_LEN(y), &px, &py);
	/* as real, like name_similarity(): a threshold of 0.85 means the same here */
	return (float4) name_similarity_parsed(px, py, NULL);
}

/* ---- sorted (key, record) pairs: LSD radix sort, cache-friendly ---- */

/*
 * LSD radix sort, 8 bits per pass; passes where every key has the same byte
 * are skipped (IDs use 57 bits, rec_ids often fewer).  tmp holds n
 * elements; returns the sorted array (v or tmp).  One definition per
 * element type: (key, record) pairs, and bare keys.
 */
#define DEFINE_RADIX_SORT(name, T, KEYOF) \
T * \
name(T *v, T *tmp, uint64 n) \
{ \
	uint64	   *count = palloc0(sizeof(uint64) * 8 * 256); \
 \
	for (uint64 i = 0; i < n; i++) \
		for (int d = 0; d < 8; d++) \
			count[d * 256 + ((KEYOF(v[i]) >> (8 * d)) & 0xFF)]++; \
	for (int d = 0; d < 8; d++) \
	{ \
		uint64	   *c = count + d * 256; \
		uint64		sum = 0; \
		T		   *t; \
 \
		if (n == 0 || c[(KEYOF(v[0]) >> (8 * d)) & 0xFF] == n) \
			continue; \
		for (int b = 0; b < 256; b++) \
		{ \
			uint64		x = c[b]; \
 \
			c[b] = sum; \
			sum += x; \
		} \
		for (uint64 i = 0; i < n; i++) \
			tmp[c[(KEYOF(v[i]) >> (8 * d)) & 0xFF]++] = v[i]; \
		t = v; \
		v = tmp; \
		tmp = t; \
		CHECK_FOR_INTERRUPTS(); \
	} \
	pfree(count); \
	return v; \
}

#define PAIR_KEY(x) ((x).key)
#define BARE_KEY(x) (x)
DEFINE_RADIX_SORT(radix_sort_pairs, KeyIdx, PAIR_KEY)
DEFINE_RADIX_SORT(radix_sort_keys, uint64, BARE_KEY)


void
link_register_init(LinkRegister *st, const char *caller, const char *param, bool with_region,
				   MemoryContext parent)
{
	MemoryContext old;

	memset(st, 0, sizeof(*st));
	st->pub.receiveSlot = dd_receive;
	st->pub.rStartup = dd_startup;
	st->pub.rShutdown = dd_shutdown;
	st->pub.rDestroy = dd_destroy;
	st->pub.mydest = DestNone;
	st->caller = caller;
	st->param = param;
	st->budget = parent;
	st->with_region = with_region;
	st->ascending = true;
	st->today = enroll_today_ymd();
	st->cxt = AllocSetContextCreate(parent, "link register", ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(st->cxt);
	st->cap = 1024;
	st->rec = palloc_extended(sizeof(LinkRecord) * st->cap, MCXT_ALLOC_HUGE);
	st->arena_cap = 16384;
	st->arena = palloc_extended(st->arena_cap, MCXT_ALLOC_HUGE);
	st->regions_cap = 64;
	st->regions = palloc(sizeof(int64) * st->regions_cap);
	st->region_tab = keycount_create(st->cxt, 64, NULL);
	st->parse = palloc(sizeof(NameParse));
	MemoryContextSwitchTo(old);
}

/*
 * Further columns of the caller's query to read as evidence (text, by
 * name), before link_register_read.
 */
void
link_register_evidence(LinkRegister *st, int n, const char *const *names)
{
	MemoryContext old = MemoryContextSwitchTo(st->cxt);

	Assert(n >= 0 && n <= LINK_MAX_EVIDENCE);
	st->nevidence = n;
	for (int c = 0; c < n; c++)
		st->evidence_name[c] = pstrdup(names[c]);
	evidence_room(st);
	MemoryContextSwitchTo(old);
}

/* The valid IDs of a register as (id, record) pairs, sorted by ID. */
KeyIdx *
link_sorted_ids(LinkRegister *r, uint64 *n)
{
	KeyIdx	   *v = palloc_extended(sizeof(KeyIdx) * Max(r->n, 1), MCXT_ALLOC_HUGE);
	KeyIdx	   *tmp = palloc_extended(sizeof(KeyIdx) * Max(r->n, 1), MCXT_ALLOC_HUGE);
	KeyIdx	   *s;

	*n = 0;
	for (uint32 i = 0; i < r->n; i++)
		if (r->rec[i].id != 0)
		{
			v[*n].key = (uint64) r->rec[i].id;
			v[*n].idx = i;
			(*n)++;
		}
	s = radix_sort_pairs(v, tmp, *n);
	pfree(s == v ? tmp : v);
	return s;
}

/*
 * Every one-edit repair candidate of every broken ID of a register, as
 * (candidate, record) pairs sorted by candidate, for a merge with sorted
 * valid IDs.  Only candidates found among valid IDs count, so the check
 * sum suffices where it applies (cnid_repair_bodies: the valid IDs passed
 * the other rules); other forms get the full cnid_find_repairs.
 */
/*
 * The one-edit repair candidates of a normalised broken ID (at most
 * MAX_REPAIRS): by check sum, else by the general search.  The linkage
 * functions and linkage_repairs() take them from here, so that a
 * distributed run fetches exactly the holders a single server compares.
 */
int
link_id_repairs(const char *norm, size_t len, int32 today, int64 *found)
{
	int			nf = cnid_repair_bodies(norm, len, found);

	if (nf < 0)
		nf = Min(cnid_find_repairs(norm, len, today, found, MAX_REPAIRS), MAX_REPAIRS);
	return nf;
}

KeyIdx *
link_repair_candidates(LinkRegister *r, uint64 *n)
{
	uint64		cap = 1024;
	KeyIdx	   *cand = palloc_extended(sizeof(KeyIdx) * cap, MCXT_ALLOC_HUGE);
	KeyIdx	   *tmp,
			   *s;

	*n = 0;
	for (uint32 i = 0; i < r->n; i++)
	{
		LinkRecord *a = &r->rec[i];
		int64		found[MAX_REPAIRS];
		int			nf;

		if (a->id != 0 || a->badid_off == NO_OFFSET)
			continue;
		if ((i & 0x3FFF) == 0)
			CHECK_FOR_INTERRUPTS();
		nf = link_id_repairs(r->arena + a->badid_off, a->badid_len, r->today, found);
		if (*n + nf > cap)
		{
			cap = Max(cap * 2, *n + nf);
			cand = repalloc_huge(cand, sizeof(KeyIdx) * cap);
		}
		for (int f = 0; f < nf; f++)
		{
			cand[*n].key = (uint64) found[f];
			cand[*n].idx = i;
			(*n)++;
		}
	}
	tmp = palloc_extended(sizeof(KeyIdx) * Max(*n, 1), MCXT_ALLOC_HUGE);
	s = radix_sort_pairs(cand, tmp, *n);
	pfree(s == cand ? tmp : cand);
	return s;
}

/*
 * Blocks chained through next (heads: block key -> first record) that hold
 * more than max_block records are cut: the head becomes GIANT_BLOCK, and
 * the block is noted for the WARNING.  Counting stops at max_block + 1
 * except in the blocks cut, so this costs one pass over the chains.
 */
void
link_cut_giant_blocks(keycount_hash *heads, const uint32 *next, int32 max_block, GiantBlocks *g)
{
	keycount_iterator it;
	KeyCount   *e;

	keycount_start_iterate(heads, &it);
	while ((e = keycount_iterate(heads, &it)) != NULL)
	{
		uint32		size = 0;

		CHECK_FOR_INTERRUPTS();
		for (uint32 j = e->count; j != NO_INDEX && size <= (uint32) max_block; j = next[j])
			size++;
		if (size <= (uint32) max_block)
			continue;
		size = 0;
		for (uint32 j = e->count; j != NO_INDEX; j = next[j])
			size++;
		link_giant_note(g, e->count, size);
		e->count = GIANT_BLOCK;
	}
}

/*
 * The repaired-ID step of the candidate chain (ID, then repaired ID, then
 * name), shared by compare_registers and dedupe: every one-edit repair
 * candidate of every broken ID of register `from`, merged with the valid
 * IDs of register `to` (sorted: link_sorted_ids), confirmed by birth date
 * and sex where both are known and by a name similarity of at least
 * threshold; fn(arg, i, j, sim) for each.  A candidate ID held by more
 * than max_run records is not compared: fn(arg, i, NO_INDEX, 0), once per
 * such candidate.
 */
void
link_repair_matches(LinkRegister *from, LinkRegister *to, const KeyIdx *ids, uint64 n_ids,
					float4 threshold, uint32 max_run, LinkRepairFn fn, void *arg)
{
	uint64		ncand;
	KeyIdx	   *sorted = link_repair_candidates(from, &ncand);
	uint64		k = 0,
				run_end = 0;

	for (uint64 c = 0; c < ncand; c++)
	{
		uint32		i = sorted[c].idx;
		LinkRecord *a = &from->rec[i];

		while (k < n_ids && ids[k].key < sorted[c].key)
			k++;
		if (k == n_ids || ids[k].key != sorted[c].key)
			continue;
		if (run_end <= k)
			for (run_end = k; run_end < n_ids && ids[run_end].key == ids[k].key; run_end++)
				;
		if (run_end - k > max_run)
		{
			fn(arg, i, NO_INDEX, 0);
			continue;
		}
		for (uint64 m = k; m < run_end; m++)
		{
			uint32		j = ids[m].idx;
			double		sim;

			CHECK_FOR_INTERRUPTS();
			if (!link_birth_sex_agree(a, &to->rec[j]))
				continue;
			sim = link_similarity(from, i, to, j);
			if (sim >= threshold)
				fn(arg, i, j, sim);
		}
	}
	pfree(sorted);
}

