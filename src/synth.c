/*
 * synth.c
 *	  synth_persons(): a deterministic, seeded generator of synthetic
 *	  registered persons with citizen ID numbers, for tests, demos and
 *	  benchmarks (doc/reference-synth.md).
 *
 * Everything is drawn from three xoshiro256** streams seeded by splitmix64
 * from the seed: one for the person (birth date, sex, registration date,
 * county, sequence number, name), one for the injected ID error, which
 * always consumes four values per person, and one for the injected name
 * error, which always consumes six.  So the persons of a seed do not depend
 * on error_rate or name_error_rate, the ID errors not on name_error_rate, a
 * larger rate only adds errors, and the first k rows do not depend on n.
 * Provinces without minority names (synth_data.h) make no extra draw, so
 * their persons are what they were before minority names existed.  No floating point is used after the
 * arguments are read, so the output is the same on every machine (for the
 * same contents of enroll.region and the same name tables).
 *
 * The county codes of the province are read once per call with SPI: every
 * county-level row of enroll.region except the supplementary 'legacy' rows,
 * with its years (the queries name their operators, so the caller's
 * search_path does not matter).  A person gets a code that was in the year-end list of
 * the year the number was assigned (IDS.md A.2: the code records the
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
#include "mb/pg_wchar.h"
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
#include "name_core.h"
#include "synth_data.h"

#define SYNTH_MAX_N			100000000
#define SYNTH_YEAR_FIRST	1980	/* first year-end list used */
#define SYNTH_YEAR_LAST		2024	/* last year-end list in the data */
#define SYNTH_NYEARS		(SYNTH_YEAR_LAST - SYNTH_YEAR_FIRST + 1)
#define SYNTH_CARDS_YEAR	1984	/* first-generation cards, numbers for all */
#define SYNTH_OLDER_BEFORE	1975	/* births before this prefer older names */
#define SYNTH_MAX_RETRIES	1000
#define SYNTH_MARRIED_BEFORE 20000101	/* 冠夫姓: women born before (25+ in 2024) */
#define SYNTH_NAME_CAP		128		/* bytes of a name as entered */

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

/* Injected name error kinds, in the order of the name_error names. */
typedef enum SynthNameError
{
	NE_HOMOPHONE = 0,
	NE_LOOKALIKE,
	NE_DIALECT,
	NE_MARRIED,
	NE_SEPARATOR,
	NE_TRADITIONAL,
	NE_BLANK,
	NE_COUNT
} SynthNameError;

static const char *const synth_name_error_names[NE_COUNT] = {
	"homophone", "lookalike", "dialect", "married_surname",
	"separator", "traditional", "blank"
};

/* ---- PRNG: splitmix64 to seed xoshiro256** ---- */

typedef struct Xoshiro
{
	uint64		s[4];
} Xoshiro;

static inline uint64
splitmix64(uint64 *x)
{
	uint64		z = (*x += UINT64CONST(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64CONST(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64CONST(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

static inline uint64
rotl64(uint64 x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static inline uint64
xo_next(Xoshiro *x)
{
	uint64	   *s = x->s;
	uint64		result = rotl64(s[1] * 5, 7) * 9;
	uint64		t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl64(s[3], 45);
	return result;
}

static void
xo_seed(Xoshiro *x, uint64 seed, uint64 stream)
{
	uint64		sm = seed ^ (stream * UINT64CONST(0xD1B54A32D192ED03));

	for (int i = 0; i < 4; i++)
		x->s[i] = splitmix64(&sm);
}

/* Uniform integer in [0, k), k < 2^32 (multiply-shift, no division). */
static inline uint32
xo_below(Xoshiro *x, uint32 k)
{
	return (uint32) (((xo_next(x) >> 32) * (uint64) k) >> 32);
}

/* ---- per-call state ---- */

typedef struct SynthState
{
	Xoshiro		person_rng;
	Xoshiro		error_rng;
	Xoshiro		name_rng;
	uint64		error_threshold;	/* error when top 32 bits < this */
	uint64		name_threshold; /* name error when top 32 bits < this */
	SynthMinority minority;		/* the province's minority names */
	uint32		minority_pct;
	NameParse  *parse_a;	/* scratch for the name errors */
	NameParse  *parse_b;
	int32	   *year_codes[SYNTH_NYEARS];
	int			year_count[SYNTH_NYEARS];
	int32		surname_cum[lengthof(synth_surnames)];
	int32		surname_total;
	uint64	   *seen;			/* set of true bodies, 0 = empty slot */
	uint64		nslots;
	int32		birth_first;	/* Julian days */
	int32		birth_span;
	int32		cards_start;
	int32		last_day;
	TupleDesc	tupdesc;
} SynthState;

typedef struct SynthPerson
{
	int64		body;
	int32		birth_j;
	int32		birth_ymd;
	int32		reg_j;
	int32		reg_year;
	int32		region;
	bool		male;
	SynthMinority minority;		/* the name's pattern */
	int			surname_bytes;	/* Han pattern: the surname's UTF-8 length */
	char		name[64];
	int			namelen;
} SynthPerson;

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
			 errmsg("invalid province for synth_persons: %d", province),
			 errdetail("%s", detail)));
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

/* the surname whose cumulative weight is the first above r (r < surname_total) */
static int
synth_surname_at(const SynthState *st, uint32 r)
{
	int			lo = 0,
				hi = lengthof(synth_surnames) - 1;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (st->surname_cum[mid] > (int32) r)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

static void
synth_name(SynthState *st, SynthPerson *p)
{
	Xoshiro    *rng = &st->person_rng;
	int			lo;
	const char *pool;
	size_t		poolsize;
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
	if (p->male)
	{
		pool = older ? synth_male_older : synth_male_younger;
		poolsize = older ? sizeof(synth_male_older) : sizeof(synth_male_younger);
	}
	else
	{
		pool = older ? synth_female_older : synth_female_younger;
		poolsize = older ? sizeof(synth_female_older) : sizeof(synth_female_younger);
	}
	for (int i = 0; i < nchars; i++)
	{
		uint32		k = xo_below(rng, (uint32) ((poolsize - 1) / 3));

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
					 errmsg("synth_persons could not find an unused ID number after %d attempts",
							SYNTH_MAX_RETRIES)));

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
				elog(ERROR, "synth_persons: no transposable pair in %.18s", canon);
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

/* ---- name errors: character data ---- */

/*
 * The characters a name error may put in a name, with what the name matcher
 * knows of them (name_core.h: name_parse and name_prepare on "王" + the
 * character, so the given-name reading): the 3,755 characters of GB 2312
 * level 1 (the common characters, taken from PostgreSQL's EUC_CN conversion
 * table), every character of the generator's name tables, and the
 * traditional forms that fold to them.  Built once per backend, on the first
 * call with name_error_rate > 0, in TopMemoryContext; the content depends
 * only on the Unihan tables and the conversion table, never on the calls.
 */
typedef struct SynthChar
{
	uint32		cp;
	uint16		syl;			/* primary reading in a given name */
	uint8		ntrad;			/* traditional forms */
	NameUnitPre pre;			/* readings and shape, as the name matcher prepares them */
	bool		cand;			/* may replace another character */
	bool		namechar;		/* in the generator's name tables */
	uint32		trad[3];		/* traditional / variant forms folding to cp */
	int32	   *lookalike;		/* candidate indexes, -1 ends; NULL: not yet */
	int			nclose;			/* the first nclose of them are close */
} SynthChar;

typedef struct SynthChars
{
	int			n;
	SynthChar  *c;				/* sorted by cp */
	int			nsyl;			/* syllables 1 .. nsyl */
	int32	   *syl_start;		/* candidates by primary reading: */
	int32	   *syl_idx;		/* syl_idx[syl_start[s] .. syl_start[s + 1]) */
	uint16	   *partner;		/* 4 dialect partners per syllable, 0 = none */
} SynthChars;

#define SYNTH_PARTNERS 4

static SynthChars *synth_chars = NULL;

static int	cmp_uint32(const void *a, const void *b);

/* a character's entry (cp is SynthChar's first field), -1: none */
static int
synth_char_find(const SynthChars *sc, uint32 cp)
{
	const SynthChar *c = bsearch(&cp, sc->c, sc->n, sizeof(SynthChar), cmp_uint32);

	return c ? (int) (c - sc->c) : -1;
}

static int
cmp_uint32(const void *a, const void *b)
{
	uint32		x = *(const uint32 *) a,
				y = *(const uint32 *) b;

	return x < y ? -1 : x > y;
}

/* append the Han characters of a UTF-8 string to cps */
static void
synth_collect(const char *s, uint32 *cps, int *n, int cap)
{
	while (*s)
	{
		uint32		cp = utf8_to_unicode((const unsigned char *) s);

		s += pg_utf_mblen((const unsigned char *) s);
		if (cp >= 0x3400 && *n < cap)
			cps[(*n)++] = cp;
	}
}

/* parse "王" + cp (the character in a given-name position) */
static void
synth_parse_given(uint32 cp, NameParse *np)
{
	char		buf[8];
	int			len = name_put_utf8(0x738B, buf);

	len += name_put_utf8(cp, buf + len);
	name_parse(buf, len, np);
}

/*
 * The dialect partners of a toneless syllable: readings that differ by one
 * of the pairs that speakers of many dialects merge (NAMES.md section 1):
 * initials zh/z, ch/c, sh/s, n/l, the nasal finals en/eng and in/ing, and
 * f-/hu- (飞 fei / 辉 hui, 福 fu / 胡 hu).
 */
static int
synth_dialect_variants(const char *s, char out[][16])
{
	static const char *const fh[][2] = {
		{"fu", "hu"}, {"fa", "hua"}, {"fan", "huan"}, {"fang", "huang"},
		{"fei", "hui"}, {"fen", "hun"}, {"feng", "hong"}, {"fo", "huo"},
	};
	size_t		len = strlen(s);
	int			n = 0;

	if (len == 0 || len > 7)
		return 0;
	if ((s[0] == 'z' || s[0] == 'c' || s[0] == 's') && s[1] == 'h')
		snprintf(out[n++], 16, "%c%s", s[0], s + 2);
	else if (s[0] == 'z' || s[0] == 'c' || s[0] == 's')
		snprintf(out[n++], 16, "%ch%s", s[0], s + 1);
	if (s[0] == 'n' && len > 1 && s[1] != 'g')
		snprintf(out[n++], 16, "l%s", s + 1);
	else if (s[0] == 'l')
		snprintf(out[n++], 16, "n%s", s + 1);
	if (len >= 3 && strcmp(s + len - 3, "eng") == 0)
		snprintf(out[n++], 16, "%.*s", (int) len - 1, s);
	else if (len >= 3 && strcmp(s + len - 3, "ing") == 0)
		snprintf(out[n++], 16, "%.*s", (int) len - 1, s);
	else if (len >= 2 && (strcmp(s + len - 2, "en") == 0 || strcmp(s + len - 2, "in") == 0))
		snprintf(out[n++], 16, "%sg", s);
	for (int i = 0; i < (int) lengthof(fh) && n < SYNTH_PARTNERS; i++)
	{
		if (strcmp(s, fh[i][0]) == 0)
			snprintf(out[n++], 16, "%s", fh[i][1]);
		else if (strcmp(s, fh[i][1]) == 0)
			snprintf(out[n++], 16, "%s", fh[i][0]);
	}
	return Min(n, SYNTH_PARTNERS);
}

static void
synth_chars_build(void)
{
	MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);
	SynthChars *sc = palloc0(sizeof(SynthChars));
	int			cap = 8192;
	uint32	   *cps = palloc(sizeof(uint32) * cap);
	int			n = 0;
	unsigned char *gb;
	char	   *utf;
	int			gblen = 0;
	int			n_gb;
	uint32	   *names;
	int			nnames;
	uint32	   *big5;
	int			nbig5 = 0;
	NameParse  *np = palloc(sizeof(NameParse));
	int32	   *fill;

	/* GB 2312 level 1: rows 16-55 (0xB0A1 .. 0xD7F9), in PostgreSQL's EUC_CN */
	gb = palloc(2 * 40 * 94 + 1);
	for (int hi = 0xB0; hi <= 0xD7; hi++)
		for (int lo = 0xA1; lo <= (hi == 0xD7 ? 0xF9 : 0xFE); lo++)
		{
			gb[gblen++] = (unsigned char) hi;
			gb[gblen++] = (unsigned char) lo;
		}
	gb[gblen] = '\0';
	utf = (char *) pg_do_encoding_conversion(gb, gblen, PG_EUC_CN, PG_UTF8);
	if ((unsigned char *) utf == gb)
		elog(ERROR, "synth_persons: no EUC_CN to UTF8 conversion");
	synth_collect(utf, cps, &n, cap);
	if (n != 3755)
		elog(ERROR, "synth_persons: GB 2312 level 1 has %d characters, not 3755", n);

	/* the generator's own name characters (marked below) */
	n_gb = n;
	for (int i = 0; i < (int) lengthof(synth_surnames); i++)
		synth_collect(synth_surnames[i].name, cps, &n, cap);
	synth_collect(synth_male_older, cps, &n, cap);
	synth_collect(synth_male_younger, cps, &n, cap);
	synth_collect(synth_female_older, cps, &n, cap);
	synth_collect(synth_female_younger, cps, &n, cap);
	for (int i = 0; i < (int) lengthof(synth_dotted_male); i++)
		synth_collect(synth_dotted_male[i], cps, &n, cap);
	for (int i = 0; i < (int) lengthof(synth_dotted_female); i++)
		synth_collect(synth_dotted_female[i], cps, &n, cap);
	for (int i = 0; i < (int) lengthof(synth_tibetan_first); i++)
		synth_collect(synth_tibetan_first[i], cps, &n, cap);
	for (int i = 0; i < (int) lengthof(synth_tibetan_male); i++)
		synth_collect(synth_tibetan_male[i], cps, &n, cap);
	for (int i = 0; i < (int) lengthof(synth_tibetan_female); i++)
		synth_collect(synth_tibetan_female[i], cps, &n, cap);
	for (int i = 0; i < (int) lengthof(synth_mongol_male); i++)
		synth_collect(synth_mongol_male[i], cps, &n, cap);
	for (int i = 0; i < (int) lengthof(synth_mongol_female); i++)
		synth_collect(synth_mongol_female[i], cps, &n, cap);

	nnames = n - n_gb;
	names = palloc(sizeof(uint32) * Max(nnames, 1));
	memcpy(names, cps + n_gb, sizeof(uint32) * nnames);
	qsort(names, nnames, sizeof(uint32), cmp_uint32);

	/*
	 * Big5 level 1 (0xA440 .. 0xC67E, the 5,401 common characters of
	 * traditional text), from PostgreSQL's BIG5 conversion: a traditional
	 * form is written only if it is one of them (never 愽 for 博), and only
	 * for a character that is not itself one (周 stays 周, not 週; 范 not 範).
	 */
	pfree(gb);
	gb = palloc(2 * 0x27 * 157 + 1);
	gblen = 0;
	for (int hi = 0xA4; hi <= 0xC6; hi++)
		for (int lo = 0x40; lo <= 0xFE; lo++)
		{
			if ((lo > 0x7E && lo < 0xA1) || (hi == 0xC6 && lo > 0x7E))
				continue;
			gb[gblen++] = (unsigned char) hi;
			gb[gblen++] = (unsigned char) lo;
		}
	gb[gblen] = '\0';
	pfree(utf);
	utf = (char *) pg_do_encoding_conversion(gb, gblen, PG_BIG5, PG_UTF8);
	if ((unsigned char *) utf == gb)
		elog(ERROR, "synth_persons: no BIG5 to UTF8 conversion");
	big5 = palloc(sizeof(uint32) * gblen / 2);
	synth_collect(utf, big5, &nbig5, gblen / 2);
	if (nbig5 != 5401)
		elog(ERROR, "synth_persons: Big5 level 1 has %d characters, not 5401", nbig5);
	qsort(big5, nbig5, sizeof(uint32), cmp_uint32);

	qsort(cps, n, sizeof(uint32), cmp_uint32);
	sc->c = palloc0(sizeof(SynthChar) * n);
	for (int i = 0; i < n; i++)
	{
		SynthChar  *c;

		if (sc->n > 0 && sc->c[sc->n - 1].cp == cps[i])
			continue;
		c = &sc->c[sc->n++];
		c->cp = cps[i];
		c->namechar = bsearch(&cps[i], names, nnames, sizeof(uint32), cmp_uint32) != NULL;
		synth_parse_given(cps[i], np);
		name_prepare(np);
		if (np->n != 2)
			continue;
		c->syl = np->u[1].syl;
		c->pre = np->pre[1];
		c->cand = np->u[1].kind == NU_HAN && np->u[1].cp == cps[i] &&
			np->u[1].orig == cps[i] && c->syl != 0 && c->pre.strokes != 0;
	}

	/*
	 * Traditional forms: every character of the main block that the name
	 * matcher folds to one of ours with the same reading (NAME_F_TRADITIONAL:
	 * kSimplifiedVariant and the variant lists).
	 */
	for (uint32 cp = 0x4E00; cp <= 0x9FFF; cp++)
	{
		int			k;

		synth_parse_given(cp, np);
		if (np->n != 2 || !(np->flags & NAME_F_TRADITIONAL) ||
			np->u[1].orig != cp || np->u[1].cp == cp)
			continue;
		k = synth_char_find(sc, np->u[1].cp);
		if (k >= 0 && sc->c[k].cand && sc->c[k].ntrad < lengthof(sc->c[k].trad) &&
			bsearch(&cp, big5, nbig5, sizeof(uint32), cmp_uint32) != NULL &&
			bsearch(&sc->c[k].cp, big5, nbig5, sizeof(uint32), cmp_uint32) == NULL)
			sc->c[k].trad[sc->c[k].ntrad++] = cp;
	}

	/* candidates by primary reading */
	while (sc->nsyl < 4000 && name_syllable((uint16) (sc->nsyl + 1))[0] != '\0')
		sc->nsyl++;
	sc->syl_start = palloc0(sizeof(int32) * (sc->nsyl + 2));
	sc->syl_idx = palloc(sizeof(int32) * Max(sc->n, 1));
	for (int i = 0; i < sc->n; i++)
		if (sc->c[i].cand && sc->c[i].syl <= sc->nsyl)
			sc->syl_start[sc->c[i].syl + 1]++;
	for (int s = 1; s <= sc->nsyl + 1; s++)
		sc->syl_start[s] += sc->syl_start[s - 1];
	fill = palloc(sizeof(int32) * (sc->nsyl + 1));
	memcpy(fill, sc->syl_start, sizeof(int32) * (sc->nsyl + 1));
	for (int i = 0; i < sc->n; i++)
		if (sc->c[i].cand && sc->c[i].syl <= sc->nsyl)
			sc->syl_idx[fill[sc->c[i].syl]++] = i;

	/* dialect partners that some candidate reads */
	sc->partner = palloc0(sizeof(uint16) * SYNTH_PARTNERS * (sc->nsyl + 1));
	for (int s = 1; s <= sc->nsyl; s++)
	{
		char		v[SYNTH_PARTNERS + 4][16];
		int			nv = synth_dialect_variants(name_syllable((uint16) s), v);
		int			np2 = 0;

		for (int k = 0; k < nv; k++)
		{
			int			t = name_syllable_id(v[k]);

			if (t > 0 && sc->syl_start[t + 1] > sc->syl_start[t])
				sc->partner[SYNTH_PARTNERS * s + np2++] = (uint16) t;
		}
	}

	pfree(cps);
	pfree(gb);
	pfree(utf);
	pfree(names);
	pfree(big5);
	pfree(np);
	pfree(fill);
	MemoryContextSwitchTo(old);
	synth_chars = sc;
}

static bool
synth_share_reading(const SynthChar *a, const SynthChar *b)
{
	for (int i = 0; i < a->pre.n; i++)
		for (int j = 0; j < b->pre.n; j++)
			if (a->pre.r[i] == b->pre.r[j])
				return true;
	return false;
}


/* Cangjie codes at most one component apart (substituted, added, dropped) */
static bool
synth_cangjie_close(uint32 a, int la, uint32 b, int lb)
{
	int			x[8],
				y[8],
				i = 0,
				j = 0,
				edits = 0;

	if (la < 2 || lb < 2 || la - lb > 1 || lb - la > 1)
		return false;
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
			return false;
		if (la > lb)
			i++;
		else if (lb > la)
			j++;
		else
			i++, j++;
	}
	return edits + (la - i) + (lb - j) <= 1;
}

/*
 * The close look-alikes, tried first: a curated group (己/已, 未/末, 王/玉),
 * or the same four-corner code and a Cangjie code one component apart.
 */
static bool
synth_lookalike_close(const SynthChar *a, const SynthChar *b)
{
	if (a->pre.group && a->pre.group == b->pre.group)
		return true;
	return a->pre.fc && a->pre.fc == b->pre.fc &&
		synth_cangjie_close(a->pre.cjp, a->pre.cjl, b->pre.cjp, b->pre.cjl);
}

/* the look-alike candidates of character i, close ones first, -1 terminated (cached) */
static const int32 *
synth_lookalikes(SynthChars *sc, int i)
{
	SynthChar  *a = &sc->c[i];

	if (a->lookalike == NULL)
	{
		int32	   *tmp = palloc(sizeof(int32) * (sc->n + 1));
		int			k = 0;
		int32	   *res;

		int			nclose = 0;

		for (int j = 0; j < sc->n; j++)
			if (j != i && sc->c[j].cand && name_pre_lookalike(&a->pre, &sc->c[j].pre) &&
				!synth_share_reading(a, &sc->c[j]))
			{
				if (synth_lookalike_close(a, &sc->c[j]))
				{
					memmove(tmp + nclose + 1, tmp + nclose, sizeof(int32) * (k - nclose));
					tmp[nclose++] = j;
				}
				else
					tmp[k] = j;
				k++;
			}
		a->nclose = nclose;
		tmp[k++] = -1;
		res = MemoryContextAlloc(TopMemoryContext, sizeof(int32) * k);
		memcpy(res, tmp, sizeof(int32) * k);
		pfree(tmp);
		a->lookalike = res;
	}
	return a->lookalike;
}

/* ---- name errors ---- */

/* the characters of a name: code point, byte offset and length, and its unit */
typedef struct SynthNameChars
{
	int			n;
	uint32		cp[48];
	int			off[48];
	int			len[48];
	int			unit[48];		/* unit of the parse, -1 for a separator */
	int			ch[48];			/* index in synth_chars, -1 if none */
} SynthNameChars;

/*
 * Candidates for replacing unit u (character k of nc) with an error of kind
 * (homophone, lookalike, dialect); fills idx, returns the count.
 */
static int
synth_candidates(SynthChars *sc, const NameParse *np, const SynthNameChars *nc, int k,
				 SynthNameError kind, int32 *idx, int cap, int *npref)
{
	int			u = nc->unit[k];
	int			i = nc->ch[k];
	uint16		syl;
	int			n = 0;

	if (u < 0 || i < 0 || np->u[u].kind != NU_HAN)
		return 0;
	syl = np->u[u].syl;
	if (syl == 0 || syl > sc->nsyl)
		return 0;
	switch (kind)
	{
		case NE_HOMOPHONE:
			for (int j = sc->syl_start[syl]; j < sc->syl_start[syl + 1] && n < cap; j++)
				if (sc->syl_idx[j] != i)
					idx[n++] = sc->syl_idx[j];
			break;
		case NE_DIALECT:
			for (int q = 0; q < SYNTH_PARTNERS; q++)
			{
				uint16		t = sc->partner[SYNTH_PARTNERS * syl + q];

				if (t == 0)
					break;
				for (int j = sc->syl_start[t]; j < sc->syl_start[t + 1] && n < cap; j++)
				{
					const SynthChar *c = &sc->c[sc->syl_idx[j]];
					bool		reads = false;

					for (int r = 0; r < c->pre.n; r++)
						reads |= c->pre.r[r] == syl;
					if (!reads && sc->syl_idx[j] != i)
						idx[n++] = sc->syl_idx[j];
				}
			}
			break;
		case NE_LOOKALIKE:
			{
				const int32 *la = synth_lookalikes(sc, i);

				for (int j = 0; la[j] >= 0 && n < cap; j++)
					idx[n++] = la[j];
				*npref = Min(sc->c[i].nclose, n);
				return n;
			}
		default:
			break;
	}
	/* homophones and dialect partners: name characters first */
	*npref = 0;
	for (int j = 0; j < n; j++)
		if (sc->c[idx[j]].namechar)
		{
			int32		t = idx[j];

			memmove(idx + *npref + 1, idx + *npref, sizeof(int32) * (j - *npref));
			idx[(*npref)++] = t;
		}
	return n;
}

/* out = name with character k replaced by cp; returns the length */
static int
synth_replace(const SynthPerson *p, const SynthNameChars *nc, int k, uint32 cp, char *out)
{
	int			len = nc->off[k];

	memcpy(out, p->name, len);
	len += name_put_utf8(cp, out + len);
	memcpy(out + len, p->name + nc->off[k] + nc->len[k], p->namelen - nc->off[k] - nc->len[k]);
	return len + p->namelen - nc->off[k] - nc->len[k];
}

static bool
synth_same_key(const NameParse *a, const NameParse *b)
{
	char		ka[NAME_OUT_CAP],
				kb[NAME_OUT_CAP];
	size_t		la = name_key_str(a, ka),
				lb = name_key_str(b, kb);

	return la == lb && memcmp(ka, kb, la) == 0;
}

/*
 * Apply the name error (if any): write name_entered to out and return its
 * length; *kind is -1 when there is none.  Always six draws of name_rng.
 */
static int
synth_name_error(SynthState *st, const SynthPerson *p, char *out, int *kind)
{
	Xoshiro    *rng = &st->name_rng;
	uint64		e0 = xo_next(rng);
	uint32		e1 = xo_below(rng, 1u << 30);
	uint32		e2 = xo_below(rng, 1u << 30);
	uint32		e3 = xo_below(rng, 1u << 30);
	uint32		e4 = xo_below(rng, 1u << 30);
	uint32		e5 = xo_below(rng, 1u << 30);
	SynthChars *sc = synth_chars;
	NameParse  *np = st->parse_a;
	NameParse  *ne = st->parse_b;
	SynthNameChars nc;
	SynthNameError eligible[NE_COUNT];
	int			neligible = 0;
	bool		has_trad = false;
	bool		has_sep = false;
	int32		cand[1024];
	int			npref;

	(void) e5;					/* spare: a fixed number of draws per person */
	memcpy(out, p->name, p->namelen);
	*kind = -1;
	if ((e0 >> 32) >= st->name_threshold)
		return p->namelen;

	/* the characters and their units */
	name_parse(p->name, p->namelen, np);
	nc.n = 0;
	for (int off = 0, u = 0; off < p->namelen && nc.n < (int) lengthof(nc.cp);)
	{
		uint32		cp = utf8_to_unicode((const unsigned char *) p->name + off);
		int			l = pg_utf_mblen((const unsigned char *) p->name + off);

		nc.cp[nc.n] = cp;
		nc.off[nc.n] = off;
		nc.len[nc.n] = l;
		if (cp == 0x00B7)
		{
			has_sep = true;
			nc.unit[nc.n] = -1;
			nc.ch[nc.n] = -1;
		}
		else
		{
			nc.unit[nc.n] = u < np->n ? u : -1;
			u++;
			nc.ch[nc.n] = synth_char_find(sc, cp);
			if (nc.ch[nc.n] >= 0 && sc->c[nc.ch[nc.n]].ntrad > 0)
				has_trad = true;
		}
		nc.n++;
		off += l;
	}

	for (int k = 0; k < NE_COUNT; k++)
	{
		bool		ok = false;

		switch ((SynthNameError) k)
		{
			case NE_HOMOPHONE:
			case NE_LOOKALIKE:
			case NE_DIALECT:
				for (int c = 0; c < nc.n && !ok; c++)
					ok = synth_candidates(sc, np, &nc, c, (SynthNameError) k, cand, 1, &npref) > 0;
				break;
			case NE_MARRIED:
				ok = !p->male && p->minority == SM_NONE && p->birth_ymd < SYNTH_MARRIED_BEFORE;
				break;
			case NE_SEPARATOR:
				ok = has_sep;
				break;
			case NE_TRADITIONAL:
				ok = has_trad;
				break;
			case NE_BLANK:
				ok = p->minority == SM_NONE && p->surname_bytes > 0;
				break;
			case NE_COUNT:
				break;
		}
		if (ok)
			eligible[neligible++] = (SynthNameError) k;
	}
	if (neligible == 0)
		return p->namelen;
	/*
	 * The drawn kind; when no replacement character fits (a substitution
	 * that would change the surname's parse, 周生贵 / 邹生贵), the next
	 * possible kind.  blank, married_surname, separator and traditional
	 * always apply, and every name can have at least one of them.
	 */
	for (int attempt = 0; attempt < neligible; attempt++)
	{
		*kind = eligible[(e1 + attempt) % neligible];

		switch (*kind)
		{
			case NE_HOMOPHONE:
			case NE_LOOKALIKE:
			case NE_DIALECT:
				{
					/*
					 * A character, and a replacement that is what the kind says
					 * once the new name is parsed: the homophone keeps name_key,
					 * the dialect partner gets the partner reading in place; none
					 * folds back to the old character.
					 */
					for (int t = 0; t < nc.n; t++)
					{
						int			c = (int) ((e2 + t) % nc.n);
						int			ncand = synth_candidates(sc, np, &nc, c, *kind, cand, lengthof(cand), &npref);

						/*
						 * The preferred candidates first (close look-alikes;
						 * homophones and partners among the name characters, three
						 * times in four), then the others, each from a drawn start.
						 */
						if (*kind != NE_LOOKALIKE && e4 % 4 == 0)
							npref = 0;
						for (int q = 0; q < ncand; q++)
						{
							int			at = q < npref ? (int) ((e3 + q) % npref) :
								npref + (int) ((e3 + q - npref) % (ncand - npref));
							const SynthChar *r = &sc->c[cand[at]];
							int			len = synth_replace(p, &nc, c, r->cp, out);
							int			u = nc.unit[c];
							bool		ok;

							name_parse(out, len, ne);
							ok = ne->n == np->n && ne->surname_len == np->surname_len &&
								ne->u[u].cp != np->u[u].cp;
							if (ok && *kind == NE_HOMOPHONE)
								ok = synth_same_key(np, ne);
							else if (ok && *kind == NE_DIALECT)
								ok = ne->u[u].syl == r->syl && r->syl != np->u[u].syl;
							if (ok)
								return len;
						}
					}
					continue;		/* nothing fits: the next kind */
				}
			case NE_MARRIED:
				{
					/* the husband's single-character surname, by frequency */
					int			lo = synth_surname_at(st, (uint32) (((uint64) e4 * (uint32) st->surname_total) >> 30));
					size_t		hlen;
					int			len;

					for (int t = 0; t < (int) lengthof(synth_surnames); t++)
					{
						const char *h = synth_surnames[(lo + t) % lengthof(synth_surnames)].name;

						hlen = strlen(h);
						if (hlen == 3 && !((size_t) p->surname_bytes == hlen && memcmp(h, p->name, hlen) == 0))
						{
							memcpy(out, h, hlen);
							memcpy(out + hlen, p->name, p->namelen);
							len = (int) hlen + p->namelen;
							return len;
						}
					}
					return p->namelen;	/* not reached */
				}
			case NE_SEPARATOR:
				{
					const char *sep = synth_separators[e2 % lengthof(synth_separators)];
					int			len = 0;

					for (int c = 0; c < nc.n; c++)
					{
						if (nc.cp[c] == 0x00B7)
						{
							size_t		sl = strlen(sep);

							memcpy(out + len, sep, sl);
							len += (int) sl;
						}
						else
						{
							memcpy(out + len, p->name + nc.off[c], nc.len[c]);
							len += nc.len[c];
						}
					}
					return len;
				}
			case NE_TRADITIONAL:
				{
					/* every character that has a traditional form gets one */
					int			len = 0;

					for (int c = 0; c < nc.n; c++)
					{
						const SynthChar *ch = nc.ch[c] >= 0 ? &sc->c[nc.ch[c]] : NULL;

						if (ch && ch->ntrad > 0)
							len += name_put_utf8(ch->trad[(e3 + c) % ch->ntrad], out + len);
						else
						{
							memcpy(out + len, p->name + nc.off[c], nc.len[c]);
							len += nc.len[c];
						}
					}
					return len;
				}
			case NE_BLANK:
				{
					/* a blank, or one time in four an ideographic space U+3000 */
					const char *blank = (e2 % 4 == 0) ? "\xE3\x80\x80" : " ";
					size_t		bl = strlen(blank);
					int			len = p->surname_bytes;

					/* out may hold a failed substitution of an earlier kind */
					memcpy(out, p->name, p->surname_bytes);
					memcpy(out + len, blank, bl);
					len += (int) bl;
					memcpy(out + len, p->name + p->surname_bytes, p->namelen - p->surname_bytes);
					return len + p->namelen - p->surname_bytes;
				}
		}
	}
	/* only substitutions were possible and none fits: no error */
	memcpy(out, p->name, p->namelen);
	*kind = -1;
	return p->namelen;
}

/* ---- SQL interface ---- */

PG_FUNCTION_INFO_V1(synth_persons);
Datum
synth_persons(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	SynthState *st;

	if (SRF_IS_FIRSTCALL())
	{
		int32		n = PG_GETARG_INT32(0);
		int64		seed = PG_GETARG_INT64(1);
		float4		rate = PG_GETARG_FLOAT4(2);
		int32		province = PG_GETARG_INT32(3);
		float4		name_rate = PG_GETARG_FLOAT4(4);
		MemoryContext oldcontext;
		TupleDesc	tupdesc;
		int32		cum = 0;

		if (n < 0 || n > SYNTH_MAX_N)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid n for synth_persons: %d", n),
					 errdetail("n is the number of persons, from 0 to %d.", SYNTH_MAX_N)));
		if (isnan(rate) || rate < 0.0f || rate > 1.0f)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid error_rate for synth_persons: %g", (double) rate),
					 errdetail("error_rate is the fraction of ID numbers given an error, from 0 to 1.")));
		if (isnan(name_rate) || name_rate < 0.0f || name_rate > 1.0f)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid name_error_rate for synth_persons: %g", (double) name_rate),
					 errdetail("name_error_rate is the fraction of names given an error, from 0 to 1.")));

		funcctx = SRF_FIRSTCALL_INIT();
		oldcontext = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);

		st = palloc0(sizeof(SynthState));
		synth_load_codes(st, fcinfo->flinfo->fn_oid, province, funcctx->multi_call_memory_ctx);

		xo_seed(&st->person_rng, (uint64) seed, 1);
		xo_seed(&st->error_rng, (uint64) seed, 2);
		xo_seed(&st->name_rng, (uint64) seed, 3);
		/* exact: a float4 times 2^32 fits a double */
		st->error_threshold = (uint64) ((double) rate * 4294967296.0);
		st->name_threshold = (uint64) ((double) name_rate * 4294967296.0);
		st->minority = SM_NONE;
		for (int i = 0; i < (int) lengthof(synth_minority_shares); i++)
			if (synth_minority_shares[i].province == province / 10000)
			{
				st->minority = synth_minority_shares[i].kind;
				st->minority_pct = (uint32) synth_minority_shares[i].percent;
			}
		if (st->name_threshold > 0)
		{
			if (synth_chars == NULL)
				synth_chars_build();
			st->parse_a = palloc(sizeof(NameParse));
			st->parse_b = palloc(sizeof(NameParse));
		}
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
		st->nslots = (uint64) n + (uint64) n / 4 + 64;
		st->seen = MemoryContextAllocExtended(funcctx->multi_call_memory_ctx,
											  st->nslots * sizeof(uint64),
											  MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);

		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("function returning record called in context that cannot accept type record")));
		st->tupdesc = BlessTupleDesc(tupdesc);

		funcctx->max_calls = (uint64) n;
		funcctx->user_fctx = st;
		MemoryContextSwitchTo(oldcontext);
	}

	funcctx = SRF_PERCALL_SETUP();
	st = funcctx->user_fctx;

	if (funcctx->call_cntr < funcctx->max_calls)
	{
		SynthPerson p;
		char		canon[19];
		char		idbuf[64];
		char		namebuf[SYNTH_NAME_CAP];
		int			idlen;
		int			namelen;
		int			kind;
		int			name_kind;
		Datum		values[11];
		bool		nulls[11] = {false};
		HeapTuple	tuple;

		synth_person(st, &p);
		cnid_format(p.body, canon);
		idlen = synth_error(st, &p, canon, idbuf, &kind);
		namelen = synth_name_error(st, &p, namebuf, &name_kind);

		values[0] = Int64GetDatum((int64) funcctx->call_cntr + 1);
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

		tuple = heap_form_tuple(st->tupdesc, values, nulls);
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
