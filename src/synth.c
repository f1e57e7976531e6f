/*
 * synth.c
 *	  synth_persons(): a deterministic, seeded generator of synthetic
 *	  registered persons with citizen ID numbers, for tests, demos and
 *	  benchmarks (doc/reference-synth.md).  This file: the arguments, the
 *	  county codes, the persons and their ID errors, address and phone, the
 *	  SQL interface; the name errors are in synth_names.c (shared types in
 *	  synth_state.h).
 *
 * Everything is drawn from xoshiro256** streams seeded by splitmix64 from
 * the seed: one for the person (birth date, sex, registration date,
 * county, sequence number, name), one for the injected ID error, which
 * always consumes four values per person, one for the injected name
 * error, which always consumes six, one for twins and namesakes and one
 * for address and phone (eight a person).  So the persons of a seed do not depend
 * on error_rate or name_error_rate, the ID errors not on name_error_rate, a
 * larger rate only adds errors, and the first k rows do not depend on n.
 * Provinces without minority names (synth_data.h) make no extra draw, so
 * their persons are what they were before minority names existed.  No
 * floating point is used after the arguments are read, so the output is the
 * same on every machine (for the same contents of enroll.region and the same
 * name tables).
 *
 * The county codes of the province are read once per call with SPI: every
 * county-level row of enroll.region except the supplementary 'legacy' rows,
 * with its years (the queries name their operators, so the caller's
 * search_path does not matter).  A person gets a code that was in the
 * year-end list of the year the number was assigned (the code records the
 * registration place at assignment), so people registered before 1999 in
 * 榆林 carry 6127xx codes.
 *
 * True ID numbers are unique within a call: an open-addressing set of the
 * bodies (about 10 bytes per row) rejects a repeated number and the person
 * is drawn again.
 */
#include "enroll.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "nodes/nodeFuncs.h"
#include "nodes/supportnodes.h"
#include "optimizer/optimizer.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "cnid_core.h"
#include "synth_names.h"

#define SYNTH_MAX_N			100000000
#define SYNTH_CARDS_YEAR	1984	/* first-generation cards, numbers for all */
#define SYNTH_OLDER_BEFORE	1975	/* births before this prefer older names */
#define SYNTH_MAX_RETRIES	1000

/* Injected error kinds, in the order of the error_kind names. */
typedef enum SynthError
{
	SE_TYPO = 0,
	SE_TRANSPOSITION,
	SE_LEGACY15,
	SE_LOWERCASE_X,
	SE_FULLWIDTH,
	SE_BLANKS,
	SE_EMPTY,
	SE_CHECK,
	SE_COUNT
} SynthError;

static const char *const synth_error_names[SE_COUNT] = {
	"typo", "transposition", "legacy15", "lowercase_x",
	"fullwidth", "blanks", "empty", "check"
};

/* ---- the set of bodies already issued ---- */

static bool
seen_insert(SynthState *st, uint64 body)
{
	uint64		h = body * UINT64CONST(0x9E3779B97F4A7C15);
	uint64		i = ((h >> 32) * st->nslots) >> 32;

	for (;;)
	{
		if (st->seen[i] == 0)
		{
			st->seen[i] = body;
			return true;
		}
		if (st->seen[i] == body)
			return false;
		if (++i == st->nslots)
			i = 0;
	}
}

/* ---- arguments and the county codes ---- */

static void
synth_bad_province(int32 province, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid province: %d", province),
			 errdetail("%s", detail),
			 enroll_errcontext("synth_persons", "province")));
}

/*
 * Check that province is a mainland province-level code in enroll.region
 * and read its county codes into per-year lists (allocated in mcxt).
 */
static void
synth_load_codes(SynthState *st, Oid fn_oid, int32 province, MemoryContext mcxt)
{
	const char *nsp = quote_identifier(get_namespace_name(get_func_namespace(fn_oid)));
	StringInfoData q;
	Oid			argtypes[1] = {INT4OID};
	Datum		args[1] = {Int32GetDatum(province)};
	uint64		nrows;
	bool		isnull;
	int			y;

	if (province < 100000 || province > 999999 || province % 10000 != 0)
		synth_bad_province(province, "A province-level code has six digits and ends in 0000, such as 610000.");
	if (!id_mainland_province(province / 10000))
		synth_bad_province(province, "Citizen ID numbers start with one of the 31 mainland province-level codes (11 to 65).");

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	initStringInfo(&q);
	appendStringInfo(&q,
					 "SELECT pg_catalog.count(*) FROM %s.region "
					 "WHERE code OPERATOR(pg_catalog.=) $1 "
					 "AND level OPERATOR(pg_catalog.=) 'province'",
					 nsp);
	if (SPI_execute_with_args(q.data, 1, argtypes, args, NULL, true, 1) != SPI_OK_SELECT ||
		SPI_processed != 1)
		elog(ERROR, "could not read %s.region", nsp);
	if (DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)) == 0)
		synth_bad_province(province, "The code is not a province-level row of enroll.region.");

	resetStringInfo(&q);
	appendStringInfo(&q,
					 "SELECT code, valid_from::integer, coalesce(valid_to, 32767)::integer "
					 "FROM %s.region "
					 "WHERE (code OPERATOR(pg_catalog./) 10000) OPERATOR(pg_catalog.=) ($1 OPERATOR(pg_catalog./) 10000) "
					 "AND level OPERATOR(pg_catalog.=) 'county' "
					 "AND status OPERATOR(pg_catalog.<>) 'legacy' AND valid_from IS NOT NULL "
					 "ORDER BY code, valid_from",
					 nsp);
	if (SPI_execute_with_args(q.data, 1, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read %s.region", nsp);
	nrows = SPI_processed;

	/* Two passes: count per year, then fill; rows come ordered by code. */
	for (int pass = 0; pass < 2; pass++)
	{
		for (y = 0; y < SYNTH_NYEARS; y++)
		{
			if (pass == 1)
				st->year_codes[y] = MemoryContextAlloc(mcxt, sizeof(int32) * Max(st->year_count[y], 1));
			st->year_count[y] = 0;
		}
		for (uint64 r = 0; r < nrows; r++)
		{
			HeapTuple	tup = SPI_tuptable->vals[r];
			TupleDesc	td = SPI_tuptable->tupdesc;
			int32		code = DatumGetInt32(SPI_getbinval(tup, td, 1, &isnull));
			int32		from = DatumGetInt32(SPI_getbinval(tup, td, 2, &isnull));
			int32		to = DatumGetInt32(SPI_getbinval(tup, td, 3, &isnull));

			/* the row is in the year-end lists from..to-1 */
			for (int32 year = Max(from, SYNTH_YEAR_FIRST); year < to && year <= SYNTH_YEAR_LAST; year++)
			{
				int			yi = year - SYNTH_YEAR_FIRST;
				int			c = st->year_count[yi];

				if (pass == 1)
				{
					if (c > 0 && st->year_codes[yi][c - 1] == code)
						continue;	/* two rows of one code in a year */
					st->year_codes[yi][c] = code;
				}
				st->year_count[yi] = c + 1;
			}
		}
	}
	SPI_finish();

	if (st->year_count[SYNTH_NYEARS - 1] == 0)
		synth_bad_province(province, "The province has no current county-level codes in enroll.region.");
}

/* ---- one person ---- */

static void
synth_append(SynthPerson *p, const char *s)
{
	size_t		len = strlen(s);

	Assert(p->namelen + len < sizeof(p->name));
	memcpy(p->name + p->namelen, s, len);
	p->namelen += (int) len;
}

/*
 * A transliterated minority name (synth_data.h).  Only called for provinces
 * with a share, so the draws of every other province stay as they were.
 */
static void
synth_minority_name(SynthState *st, SynthPerson *p)
{
	Xoshiro    *rng = &st->person_rng;

	p->minority = st->minority;
	p->surname_bytes = 0;
	p->namelen = 0;
	switch (st->minority)
	{
		case SM_DOTTED:
			if (p->male)
				synth_append(p, synth_dotted_male[xo_below(rng, lengthof(synth_dotted_male))]);
			else
				synth_append(p, synth_dotted_female[xo_below(rng, lengthof(synth_dotted_female))]);
			synth_append(p, "\xC2\xB7");	/* U+00B7, the ID card's separator */
			synth_append(p, synth_dotted_male[xo_below(rng, lengthof(synth_dotted_male))]);
			break;
		case SM_TIBETAN:
			{
				const char *const *second = p->male ? synth_tibetan_male : synth_tibetan_female;
				uint32		nsecond = p->male ? lengthof(synth_tibetan_male) : lengthof(synth_tibetan_female);
				const char *a = synth_tibetan_first[xo_below(rng, lengthof(synth_tibetan_first))];
				uint32		k = xo_below(rng, nsecond);

				/* one part for one in seven, else two different parts */
				if (xo_below(rng, 7) != 0)
				{
					if (strcmp(second[k], a) == 0)
						k = (k + 1) % nsecond;
					synth_append(p, a);
				}
				synth_append(p, second[k]);
				break;
			}
		case SM_MONGOL:
			if (p->male)
				synth_append(p, synth_mongol_male[xo_below(rng, lengthof(synth_mongol_male))]);
			else
				synth_append(p, synth_mongol_female[xo_below(rng, lengthof(synth_mongol_female))]);
			break;
		case SM_NONE:
			break;
	}
}

/* the given-name characters (3 UTF-8 bytes each) of a sex and era: their count */
static uint32
synth_given_pool(bool male, bool older, const char **pool)
{
	size_t		size;

	if (male)
	{
		*pool = older ? synth_male_older : synth_male_younger;
		size = older ? sizeof(synth_male_older) : sizeof(synth_male_younger);
	}
	else
	{
		*pool = older ? synth_female_older : synth_female_younger;
		size = older ? sizeof(synth_female_older) : sizeof(synth_female_younger);
	}
	return (uint32) ((size - 1) / 3);
}

static void
synth_name(SynthState *st, SynthPerson *p)
{
	Xoshiro    *rng = &st->person_rng;
	int			lo;
	const char *pool;
	uint32		poolsize;
	bool		older;
	int			nchars;
	size_t		slen;

	/* no draw at all in a province without minority names */
	p->minority = SM_NONE;
	if (st->minority != SM_NONE && xo_below(rng, 100) < st->minority_pct)
	{
		synth_minority_name(st, p);
		return;
	}

	lo = synth_surname_at(st, xo_below(rng, (uint32) st->surname_total));
	slen = strlen(synth_surnames[lo].name);
	memcpy(p->name, synth_surnames[lo].name, slen);
	p->namelen = (int) slen;
	p->surname_bytes = (int) slen;

	/* one given-name character for 15 %, two for the rest (MPS 2007) */
	nchars = xo_below(rng, 100) < 15 ? 1 : 2;
	/* the pool of the birth era four times out of five */
	older = (p->birth_ymd / 10000 < SYNTH_OLDER_BEFORE) == (xo_below(rng, 5) != 0);
	poolsize = synth_given_pool(p->male, older, &pool);
	for (int i = 0; i < nchars; i++)
	{
		uint32		k = xo_below(rng, (uint32) poolsize);

		memcpy(p->name + p->namelen, pool + 3 * k, 3);
		p->namelen += 3;
	}
}

static void
synth_person(SynthState *st, SynthPerson *p)
{
	Xoshiro    *rng = &st->person_rng;

	for (int attempt = 0;; attempt++)
	{
		int			y,
					m,
					d,
					yi;
		int32		seq;

		if (attempt >= SYNTH_MAX_RETRIES)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("could not find an unused ID number after %d attempts",
							SYNTH_MAX_RETRIES),
					 enroll_errcontext("synth_persons", NULL)));

		p->birth_j = st->birth_first + (int32) xo_below(rng, (uint32) st->birth_span);
		p->male = (xo_next(rng) >> 63) != 0;

		/*
		 * Number assigned: people born before the first-generation cards got
		 * theirs within eight years of 1984, later births within two years of
		 * birth; never after the last year-end list.
		 */
		if (p->birth_j < st->cards_start)
			p->reg_j = st->cards_start + (int32) xo_below(rng, 8 * 365);
		else
			p->reg_j = p->birth_j + (int32) xo_below(rng, 731);
		if (p->reg_j > st->last_day)
			p->reg_j = st->last_day;

		j2date(p->reg_j, &y, &m, &d);
		yi = Max(y, SYNTH_YEAR_FIRST) - SYNTH_YEAR_FIRST;
		/* a province created later (50 重庆 1997, 46 海南 1988): move on */
		while (st->year_count[yi] == 0)
		{
			yi++;
			p->reg_j = date2j(SYNTH_YEAR_FIRST + yi, 1, 1);
		}
		p->reg_year = SYNTH_YEAR_FIRST + yi;
		p->region = st->year_codes[yi][xo_below(rng, (uint32) st->year_count[yi])];

		j2date(p->birth_j, &y, &m, &d);
		p->birth_ymd = y * 10000 + m * 100 + d;
		/* sequence 001-993 odd for men, 002-994 even for women */
		seq = 2 * (int32) xo_below(rng, 497) + (p->male ? 1 : 2);
		p->body = (int64) p->region * INT64CONST(100000000000) +
			(int64) p->birth_ymd * 1000 + seq;

		synth_name(st, p);
		if (seen_insert(st, (uint64) p->body))
			return;
	}
}

/* ---- twins and namesakes ---- */

typedef enum SynthRelation
{
	SR_NONE = -1,
	SR_TWIN = 0,
	SR_NAMESAKE,
	SR_COUNT
} SynthRelation;

static const char *const synth_relation_names[SR_COUNT] = {"twin", "namesake"};

/*
 * An unused number at p's county and birth date for sex male: sequence
 * index k0 (sequence 2k+1 for men, 2k+2 for women) or the next free one,
 * wrapping; -1 when all 497 are taken.
 */
static int64
synth_free_body(SynthState *st, const SynthPerson *p, bool male, int32 k0)
{
	for (int32 t = 0; t < 497; t++)
	{
		int32		seq = 2 * ((k0 + t) % 497) + (male ? 1 : 2);
		int64		body = (int64) p->region * INT64CONST(100000000000) +
			(int64) p->birth_ymd * 1000 + seq;

		if (seen_insert(st, (uint64) body))
			return body;
	}
	return -1;
}

/*
 * A twin's name: the Han pattern keeps the surname and changes one
 * given-name character (to one of the pool of the twin's sex and era);
 * a minority name is drawn anew from the family stream.
 */
static void
synth_twin_name(SynthState *st, SynthPerson *r, uint32 e2, uint32 e3)
{
	if (r->minority == SM_NONE && r->namelen > r->surname_bytes)
	{
		const char *pool;
		uint32		poolsize = synth_given_pool(r->male, r->birth_ymd / 10000 < SYNTH_OLDER_BEFORE, &pool);
		int			pos = r->surname_bytes + 3 * (int) (e2 % (uint32) ((r->namelen - r->surname_bytes) / 3));
		uint32		k = e3 % poolsize;

		if (memcmp(r->name + pos, pool + 3 * k, 3) == 0)
			k = (k + 1) % poolsize;
		memcpy(r->name + pos, pool + 3 * k, 3);
	}
	else if (r->minority != SM_NONE)
	{
		/* synth_minority_name draws from person_rng: lend it the family stream */
		Xoshiro		saved = st->person_rng;
		SynthPerson old = *r;

		st->person_rng = st->family_rng;
		for (int t = 0; t < 8; t++)
		{
			synth_minority_name(st, r);
			if (r->namelen != old.namelen || memcmp(r->name, old.name, r->namelen) != 0)
				break;
		}
		st->family_rng = st->person_rng;
		st->person_rng = saved;
	}
}

/*
 * Whether the row becomes a twin or a namesake of the row before (st->prev),
 * by four draws of the family stream (always four, so that the choice of
 * one row does not move the next).  A twin: same birth date, surname,
 * county and registration, the next sequence number of its sex, one
 * given-name character changed; two in three are of the same sex.  A
 * namesake: same name, birth date, sex, county and registration, another
 * sequence number.  p, drawn as usual (its number stays issued), is replaced.
 */
static SynthRelation
synth_relative(SynthState *st, SynthPerson *p, bool first)
{
	Xoshiro    *rng = &st->family_rng;
	uint64		e0 = xo_next(rng) >> 32;
	uint32		e1 = xo_below(rng, 1u << 30);
	uint32		e2 = xo_below(rng, 1u << 30);
	uint32		e3 = xo_below(rng, 1u << 30);
	SynthRelation kind;
	SynthPerson r;
	int32		k0;
	int64		body;

	if (first)
		return SR_NONE;
	if (e0 < st->twin_threshold)
		kind = SR_TWIN;
	else if (e0 - st->twin_threshold < st->namesake_threshold)
		kind = SR_NAMESAKE;
	else
		return SR_NONE;

	r = st->prev;
	if (kind == SR_TWIN)
	{
		int32		prev_seq = (int32) (r.body % 1000);

		r.male = (e1 % 3 != 0) ? st->prev.male : !st->prev.male;
		/* the next number of the twin's sex: +2 for the same sex, +1 else */
		k0 = (prev_seq + (r.male == st->prev.male ? 2 : 1) - (r.male ? 1 : 2)) / 2;
		synth_twin_name(st, &r, e2, e3);
	}
	else
		k0 = (int32) (e2 % 497);
	body = synth_free_body(st, &r, r.male, k0);
	if (body < 0)
		return SR_NONE;
	r.body = body;
	*p = r;
	return kind;
}

/* ---- address and phone ---- */

/*
 * A household address in the person's county: one of 12 townships, one of
 * 20 villages of it, house number 1-300 (72,000 addresses a county).  The
 * place names are made of two characters of a pool, fixed by the county
 * and the numbers (the same township has the same name for everyone).
 */
#define SYNTH_TOWNSHIPS 12
#define SYNTH_VILLAGES	20
#define SYNTH_HOUSES	300
/* a person's second register: moved, phone changed, phone missing (of 2^32) */
#define SYNTH_MOVED		((uint64) (0.08 * 4294967296.0))
#define SYNTH_NEW_PHONE ((uint64) (0.25 * 4294967296.0))
#define SYNTH_NO_PHONE	((uint64) (0.05 * 4294967296.0))

static const char synth_place_chars[] =
"东西南北中新城关河山平安宁兴和家庄岭坡沟川塬湾寨堡铺桥店集营";

static uint64
synth_address_draw(uint64 e)
{
	uint64		t = e % SYNTH_TOWNSHIPS,
				v = (e / SYNTH_TOWNSHIPS) % SYNTH_VILLAGES,
				h = (e / (SYNTH_TOWNSHIPS * SYNTH_VILLAGES)) % SYNTH_HOUSES;

	return (t * SYNTH_VILLAGES + v) * SYNTH_HOUSES + h;
}

static void
synth_place_name(StringInfo out, uint64 key, const char *suffix)
{
	int			nchars = (int) (sizeof(synth_place_chars) - 1) / 3;
	uint64		x = key;
	uint64		h = splitmix64(&x);

	appendBinaryStringInfo(out, synth_place_chars + 3 * (h % nchars), 3);
	appendBinaryStringInfo(out, synth_place_chars + 3 * ((h >> 20) % nchars), 3);
	appendStringInfoString(out, suffix);
}

/* 城关镇东坡村17号: the township and village named by county and numbers */
static text *
synth_address_text(int32 region, uint64 address)
{
	StringInfoData s;
	uint64		house = address % SYNTH_HOUSES,
				village = address / SYNTH_HOUSES,
				township = village / SYNTH_VILLAGES;
	text	   *t;

	initStringInfo(&s);
	synth_place_name(&s, ((uint64) region << 16) | township, "镇");
	synth_place_name(&s, ((uint64) region << 16) | 0x8000 | village, "村");
	appendStringInfo(&s, UINT64_FORMAT "号", house + 1);
	t = cstring_to_text_with_len(s.data, s.len);
	pfree(s.data);
	return t;
}

/* a mobile number: 1, then 3/5/7/8/9, then nine digits */
static uint64
synth_phone_draw(uint64 e)
{
	static const int second[] = {3, 5, 7, 8, 9};

	return (uint64) second[e % 5] * UINT64CONST(1000000000) + (e / 5) % UINT64CONST(1000000000);
}

static text *
synth_phone_text(uint64 phone)
{
	char		buf[16];

	snprintf(buf, sizeof(buf), "1" UINT64_FORMAT, phone);
	return cstring_to_text(buf);
}

/*
 * The person's address and phone, and as a second register has them
 * (values[13..16]), by eight draws of the contact stream (always eight).
 * A twin lives at its twin's address and has its phone half the time (a
 * parent's number); a namesake's are drawn like anyone's.  In the second
 * register 8 % have moved (another address of the county), 25 % have
 * changed their phone; each register lacks the phone of 5 %.
 */
static void
synth_contact(SynthState *st, const SynthPerson *p, SynthRelation rel, Datum *values, bool *nulls)
{
	Xoshiro    *rng = &st->contact_rng;
	uint64		e[8];
	uint64		address,
				phone,
				address2,
				phone2;

	for (int k = 0; k < 8; k++)
		e[k] = xo_next(rng);
	address = synth_address_draw(e[0]);
	phone = synth_phone_draw(e[1]);
	if (rel == SR_TWIN)
	{
		address = st->prev_address;
		if ((e[1] >> 63) != 0)
			phone = st->prev_phone;
	}
	st->prev_address = address;
	st->prev_phone = phone;
	address2 = (e[2] >> 32) < SYNTH_MOVED ? synth_address_draw(e[3]) : address;
	phone2 = (e[4] >> 32) < SYNTH_NEW_PHONE ? synth_phone_draw(e[5]) : phone;

	values[13] = PointerGetDatum(synth_address_text(p->region, address));
	values[15] = PointerGetDatum(synth_address_text(p->region, address2));
	nulls[14] = (e[6] >> 32) < SYNTH_NO_PHONE;
	values[14] = nulls[14] ? (Datum) 0 : PointerGetDatum(synth_phone_text(phone));
	nulls[16] = (e[7] >> 32) < SYNTH_NO_PHONE;
	values[16] = nulls[16] ? (Datum) 0 : PointerGetDatum(synth_phone_text(phone2));
}

/*
 * Apply the error (if any) to the canonical number canon (18 characters)
 * and write the id_number text to out; returns its length, or sets *kind
 * to -1 when there is no error.
 */
static int
synth_error(SynthState *st, const SynthPerson *p, const char *canon, char *out, int *kind)
{
	Xoshiro    *rng = &st->error_rng;
	uint64		e0 = xo_next(rng);
	uint32		e1 = xo_below(rng, 1u << 30);
	uint32		e2 = xo_below(rng, 1u << 30);
	uint32		e3 = xo_below(rng, 1u << 30);
	SynthError	eligible[SE_COUNT];
	int			neligible = 0;
	int			len = 0;

	memcpy(out, canon, 18);
	if ((e0 >> 32) >= st->error_threshold)
	{
		*kind = -1;
		return 18;
	}

	for (int k = 0; k < SE_COUNT; k++)
	{
		if (k == SE_LEGACY15 && !(p->reg_year < 2000 && p->birth_ymd < 20000000))
			continue;
		if (k == SE_LOWERCASE_X && canon[17] != 'X')
			continue;
		eligible[neligible++] = (SynthError) k;
	}
	*kind = eligible[e1 % neligible];

	switch (*kind)
	{
		case SE_TYPO:
			{
				int			pos = e2 % 17;

				out[pos] = (char) ('0' + (out[pos] - '0' + 1 + e3 % 9) % 10);
				return 18;
			}
		case SE_TRANSPOSITION:
			{
				/* adjacent pair (i, i+1), i in 0..16, of two different characters */
				for (int t = 0; t < 17; t++)
				{
					int			i = (e2 + t) % 17;

					if (out[i] != out[i + 1])
					{
						char		c = out[i];

						out[i] = out[i + 1];
						out[i + 1] = c;
						return 18;
					}
				}
				elog(ERROR, "no transposable pair in %.18s", canon);
				return 18;		/* not reached */
			}
		case SE_LEGACY15:
			memcpy(out, canon, 6);
			memcpy(out + 6, canon + 8, 9);	/* YYMMDD + sequence */
			return 15;
		case SE_LOWERCASE_X:
			out[17] = 'x';
			return 18;
		case SE_FULLWIDTH:
			for (int i = 0; i < 18; i++)
			{
				/* U+FF10..U+FF19, U+FF38 */
				out[len++] = (char) 0xEF;
				out[len++] = (char) 0xBC;
				out[len++] = (char) (canon[i] == 'X' ? 0xB8 : 0x90 + (canon[i] - '0'));
			}
			return len;
		case SE_BLANKS:
			{
				static const char *const seps[] = {" ", "-", "", "\xE3\x80\x80"};
				int			v = e2 % 4;
				const char *sep = seps[v];
				size_t		seplen = strlen(sep);

				if (v == 2)
				{
					/* leading and trailing blanks */
					out[len++] = ' ';
					memcpy(out + len, canon, 18);
					len += 18;
					out[len++] = ' ';
					return len;
				}
				memcpy(out + len, canon, 6);
				len += 6;
				memcpy(out + len, sep, seplen);
				len += seplen;
				memcpy(out + len, canon + 6, 8);
				len += 8;
				memcpy(out + len, sep, seplen);
				len += seplen;
				memcpy(out + len, canon + 14, 4);
				len += 4;
				return len;
			}
		case SE_EMPTY:
			return 0;
		case SE_CHECK:
			{
				static const char checks[] = "0123456789X";
				int			i = (int) (strchr(checks, canon[17]) - checks);

				out[17] = checks[(i + 1 + e2 % 10) % 11];
				return 18;
			}
	}
	return 18;
}

/* ---- SQL interface ---- */

static void
synth_check_rate(float4 rate, const char *arg, const char *label, const char *what)
{
	if (isnan(rate) || rate < 0.0f || rate > 1.0f)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s: %g", label, (double) rate),
				 errdetail("%s is the fraction of %s, from 0 to 1.", arg, what),
				 enroll_errcontext("synth_persons", arg)));
}

static void
synth_check_family(float4 twin_rate, float4 namesake_rate)
{
	synth_check_rate(twin_rate, "twin_rate", "twin rate", "persons who are a twin of the person before");
	synth_check_rate(namesake_rate, "namesake_rate", "namesake rate", "persons who are a namesake of the person before");
	if ((double) twin_rate + (double) namesake_rate > 1.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid namesake rate: %g", (double) namesake_rate),
				 errdetail("twin_rate plus namesake_rate is at most 1; twin_rate is %g.", (double) twin_rate),
				 enroll_errcontext("synth_persons", "namesake_rate")));
}

static void
synth_check_args(int32 n, float4 rate, float4 name_rate)
{
	if (n < 0 || n > SYNTH_MAX_N)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid number of persons: %d", n),
				 errdetail("n is the number of persons, from 0 to %d.", SYNTH_MAX_N),
				 enroll_errcontext("synth_persons", "n")));
	if (isnan(rate) || rate < 0.0f || rate > 1.0f)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid ID error rate: %g", (double) rate),
				 errdetail("error_rate is the fraction of ID numbers given an error, from 0 to 1."),
				 enroll_errcontext("synth_persons", "error_rate")));
	if (isnan(name_rate) || name_rate < 0.0f || name_rate > 1.0f)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid name error rate: %g", (double) name_rate),
				 errdetail("name_error_rate is the fraction of names given an error, from 0 to 1."),
				 enroll_errcontext("synth_persons", "name_error_rate")));
}

/*
 * The state of one call, in the current memory context (the call's): the
 * county codes, the three streams, the thresholds, the province's minority
 * names, the surname weights and the set of bodies.
 */
static SynthState *
synth_begin(FunctionCallInfo fcinfo, int32 n, int64 seed, float4 rate, int32 province,
			float4 name_rate, float4 twin_rate, float4 namesake_rate)
{
	SynthState *st = palloc0(sizeof(SynthState));
	TupleDesc	tupdesc;
	int32		cum = 0;
	uint64		bodies;

	synth_load_codes(st, fcinfo->flinfo->fn_oid, province, CurrentMemoryContext);

	xo_seed(&st->person_rng, (uint64) seed, 1);
	xo_seed(&st->error_rng, (uint64) seed, 2);
	xo_seed(&st->name_rng, (uint64) seed, 3);
	xo_seed(&st->family_rng, (uint64) seed, 4);
	xo_seed(&st->contact_rng, (uint64) seed, 5);
	/* exact: a float4 times 2^32 fits a double */
	st->error_threshold = (uint64) ((double) rate * 4294967296.0);
	st->name_threshold = (uint64) ((double) name_rate * 4294967296.0);
	st->twin_threshold = (uint64) ((double) twin_rate * 4294967296.0);
	st->namesake_threshold = (uint64) ((double) namesake_rate * 4294967296.0);
	st->minority = SM_NONE;
	for (int i = 0; i < (int) lengthof(synth_minority_shares); i++)
		if (synth_minority_shares[i].province == province / 10000)
		{
			st->minority = synth_minority_shares[i].kind;
			st->minority_pct = (uint32) synth_minority_shares[i].percent;
		}
	if (st->name_threshold > 0)
		synth_names_begin(st);
	for (int i = 0; i < (int) lengthof(synth_surnames); i++)
	{
		cum += synth_surnames[i].weight;
		st->surname_cum[i] = cum;
	}
	st->surname_total = cum;
	st->birth_first = date2j(1930, 1, 1);
	st->birth_span = date2j(2024, 12, 31) - st->birth_first + 1;
	st->cards_start = date2j(SYNTH_CARDS_YEAR, 1, 1);
	st->last_day = date2j(SYNTH_YEAR_LAST, 12, 31);
	/* a relative's number is issued beside the one drawn for its row */
	bodies = (st->twin_threshold > 0 || st->namesake_threshold > 0) ? 2 * (uint64) n : (uint64) n;
	st->nslots = bodies + bodies / 4 + 64;
	st->seen = MemoryContextAllocExtended(CurrentMemoryContext,
										  st->nslots * sizeof(uint64),
										  MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	st->tupdesc = BlessTupleDesc(tupdesc);
	return st;
}

/* the next person, with its ID and name errors, as a row */
static HeapTuple
synth_row(SynthState *st, uint64 person_id)
{
	SynthPerson p;
	char		canon[19];
	char		idbuf[64];
	char		namebuf[SYNTH_NAME_CAP];
	int			idlen;
	int			namelen;
	int			kind;
	int			name_kind;
	SynthRelation rel = SR_NONE;
	Datum		values[17];
	bool		nulls[17] = {false};

	synth_person(st, &p);
	/* no family draw at all at rates 0: the output stays what it was */
	if (st->twin_threshold > 0 || st->namesake_threshold > 0)
	{
		rel = synth_relative(st, &p, person_id == 1);
		st->prev = p;
	}
	cnid_format(p.body, canon);
	idlen = synth_error(st, &p, canon, idbuf, &kind);
	namelen = synth_name_error(st, &p, namebuf, &name_kind);

	values[0] = Int64GetDatum((int64) person_id);
	values[1] = PointerGetDatum(cstring_to_text_with_len(idbuf, idlen));
	values[2] = Int64GetDatum(p.body);	/* cnid: the body, by value */
	values[3] = PointerGetDatum(cstring_to_text_with_len(p.name, p.namelen));
	values[4] = Int16GetDatum(p.male ? 1 : 2);
	values[5] = DateADTGetDatum(p.birth_j - POSTGRES_EPOCH_JDATE);
	values[6] = Int32GetDatum(p.region);
	values[7] = DateADTGetDatum(p.reg_j - POSTGRES_EPOCH_JDATE);
	if (kind < 0)
	{
		values[8] = (Datum) 0;
		nulls[8] = true;
	}
	else
		values[8] = PointerGetDatum(cstring_to_text(synth_error_names[kind]));
	values[9] = PointerGetDatum(cstring_to_text_with_len(namebuf, namelen));
	if (name_kind < 0)
	{
		values[10] = (Datum) 0;
		nulls[10] = true;
	}
	else
		values[10] = PointerGetDatum(cstring_to_text(synth_name_error_names[name_kind]));
	if (rel == SR_NONE)
	{
		nulls[11] = nulls[12] = true;
		values[11] = values[12] = (Datum) 0;
	}
	else
	{
		values[11] = PointerGetDatum(cstring_to_text(synth_relation_names[rel]));
		values[12] = Int64GetDatum((int64) person_id - 1);
	}
	/* declarations before 0.2.0's last have 11 or 13 columns: only theirs are formed */
	if (st->tupdesc->natts > 13)
		synth_contact(st, &p, rel, values, nulls);
	return heap_form_tuple(st->tupdesc, values, nulls);
}

PG_FUNCTION_INFO_V1(synth_persons);
Datum
synth_persons(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	SynthState *st;

	if (SRF_IS_FIRSTCALL())
	{
		int32		n = PG_GETARG_INT32(0);
		/* 0.1.0's declaration has five arguments */
		float4		twin_rate = PG_NARGS() > 5 ? PG_GETARG_FLOAT4(5) : 0.0f;
		float4		namesake_rate = PG_NARGS() > 6 ? PG_GETARG_FLOAT4(6) : 0.0f;
		MemoryContext oldcontext;

		synth_check_args(n, PG_GETARG_FLOAT4(2), PG_GETARG_FLOAT4(4));
		synth_check_family(twin_rate, namesake_rate);
		funcctx = SRF_FIRSTCALL_INIT();
		oldcontext = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		funcctx->user_fctx = synth_begin(fcinfo, n, PG_GETARG_INT64(1), PG_GETARG_FLOAT4(2),
										 PG_GETARG_INT32(3), PG_GETARG_FLOAT4(4),
										 twin_rate, namesake_rate);
		funcctx->max_calls = (uint64) n;
		MemoryContextSwitchTo(oldcontext);
	}

	funcctx = SRF_PERCALL_SETUP();
	st = funcctx->user_fctx;
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		HeapTuple	tuple = synth_row(st, funcctx->call_cntr + 1);

		SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(tuple));
	}
	SRF_RETURN_DONE(funcctx);
}

/*
 * Planner support: the row estimate is n when n is a constant, instead of
 * the declared ROWS.
 */
PG_FUNCTION_INFO_V1(synth_persons_support);
Datum
synth_persons_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);

	if (IsA(rawreq, SupportRequestRows))
	{
		SupportRequestRows *req = (SupportRequestRows *) rawreq;

		if (is_funcclause(req->node))
		{
			List	   *args = ((FuncExpr *) req->node)->args;
			Node	   *arg1 = args != NIL ? estimate_expression_value(req->root, linitial(args)) : NULL;

			if (arg1 != NULL && IsA(arg1, Const) && !((Const *) arg1)->constisnull)
			{
				int32		n = DatumGetInt32(((Const *) arg1)->constvalue);

				req->rows = (n < 0 || n > SYNTH_MAX_N) ? 0 : n;
				PG_RETURN_POINTER(req);
			}
		}
	}
	PG_RETURN_POINTER(NULL);
}
