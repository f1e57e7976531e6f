/*
 * synth_state.h
 *	  The state of one call of synth_persons(), which its two halves share:
 *	  synth.c (the arguments, the persons, their ID errors, the SQL
 *	  interface) and synth_names.c (the name errors): the random streams,
 *	  the person drawn, the surname weights.
 */
#ifndef ENROLL_SYNTH_STATE_H
#define ENROLL_SYNTH_STATE_H

#include "access/tupdesc.h"

#include "name_core.h"
#include "synth_data.h"

#define SYNTH_YEAR_FIRST	1980	/* first year-end list used */
#define SYNTH_YEAR_LAST		2024	/* last year-end list in the data */
#define SYNTH_NYEARS		(SYNTH_YEAR_LAST - SYNTH_YEAR_FIRST + 1)

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

static inline void
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

typedef struct SynthState
{
	Xoshiro		person_rng;
	Xoshiro		error_rng;
	Xoshiro		name_rng;
	Xoshiro		family_rng;		/* twins and namesakes: four draws a person */
	Xoshiro		contact_rng;	/* address and phone: eight draws a person */
	uint64		error_threshold;	/* error when top 32 bits < this */
	uint64		name_threshold; /* name error when top 32 bits < this */
	uint64		twin_threshold; /* twin of the row before when < this */
	uint64		namesake_threshold; /* namesake of it when < this */
	SynthPerson prev;			/* the row before, for its twin or namesake */
	uint64		prev_address;	/* its address (township, village, house) */
	uint64		prev_phone;		/* its phone's last ten digits */
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

/* the surname whose cumulative weight is the first above r (r < surname_total) */
static inline int
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

#endif							/* ENROLL_SYNTH_STATE_H */
