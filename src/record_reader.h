/*
 * record_reader.h
 *	  The records of a register, read once for linkage (dedupe, compare):
 *	  the caller's query streamed through a DestReceiver into compact
 *	  records, names parsed on demand, radix sorts and small hash tables.
 */
#ifndef ENROLL_RECORD_READER_H
#define ENROLL_RECORD_READER_H

#include "enroll.h"

#include "lib/stringinfo.h"
#include "nodes/execnodes.h"
#include "portability/instr_time.h"
#include "tcop/dest.h"
#include "utils/date.h"

#include "name_core.h"

#define NO_INDEX	UINT32_MAX
#define GIANT_BLOCK (UINT32_MAX - 1)	/* a block head: too large, not compared */
#define NAME_PARSED 0x8000		/* in name_len: nkey and nnorm are set */
#define NAME_LEN(r) ((r)->name_len & 0x7FFF)
#define NO_OFFSET	UINT64_MAX
#define MAX_REPAIRS 256
#define LINK_MAX_EVIDENCE 4		/* further columns compared for agreement */

typedef struct LinkRecord
{
	int64		rec_id;
	int64		id;				/* cnid body; 0: no valid ID */
	uint64		nkey;			/* hash of name_key; 0: no key */
	uint64		nnorm;			/* hash of name_norm */
	uint64		name_off;		/* name bytes in the arena; NO_OFFSET: NULL */
	uint64		badid_off;		/* normalised broken ID; NO_OFFSET: none */
	int32		birth;			/* DateADT; DATEVAL_NOBEGIN: unknown */
	int32		region;			/* index of its code in regions; after
								 * link_register_regions_at, its region at
								 * the level asked; -1: none */
	uint16		name_len;		/* bytes, and NAME_PARSED */
	uint8		badid_len;
	int8		sex;			/* 1, 2 (any smallint); 0: unknown */
} LinkRecord;

/* 64-bit keys to a 32-bit count or record index */
typedef struct KeyCount
{
	uint64		key;
	uint32		count;
	char		status;
} KeyCount;

#define SH_PREFIX		keycount
#define SH_ELEMENT_TYPE KeyCount
#define SH_KEY_TYPE		uint64
#define SH_KEY			key
#define SH_HASH_KEY(tb, key) ((uint32) enroll_mix64(key))
#define SH_EQUAL(tb, a, b) ((a) == (b))
#define SH_SCOPE		static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

typedef struct LinkRegister
{
	DestReceiver pub;			/* first: a DestReceiver */
	const char *caller;
	const char *param;			/* the argument holding the query, for errors */
	MemoryContext budget;		/* the call's context: what counts against enroll.linkage_memory */
	bool		with_region;
	int32		today;
	MemoryContext cxt;
	LinkRecord   *rec;
	uint32		n;
	uint32		cap;
	char	   *arena;
	uint64		arena_len;
	uint64		arena_cap;
	/* distinct region codes seen, in order (their keys come later) */
	int64	   *regions;
	uint32		nregions;
	uint32		regions_cap;
	keycount_hash *region_tab;	/* region code -> index in regions */
	bool		ascending;		/* rec_id strictly ascending so far */
	NameParse  *parse;			/* scratch parse for name keys */
	/* further columns read as evidence (dedupe's evidence argument) */
	int			nevidence;
	const char *evidence_name[LINK_MAX_EVIDENCE];
	uint64	   *evidence;		/* per record nevidence hashes of the values; 0: unknown */
} LinkRegister;

/* the hash of record i's value of evidence column c (0: NULL or empty) */
#define LINK_EVIDENCE(st, i, c) ((st)->evidence[(uint64) (i) * (st)->nevidence + (c)])

/* a record with a birth date and sex */
#define HAS_DAY(r) ((r)->birth != DATEVAL_NOBEGIN && (r)->sex != 0)
/* a record that can be in a name_birth_sex block (its name parsed) */
#define IN_BLOCK(r) ((r)->nkey != 0 && (r)->birth != DATEVAL_NOBEGIN && (r)->sex != 0)

/* birth date and sex do not conflict (unknown on either side passes) */
static inline bool
link_birth_sex_agree(const LinkRecord *a, const LinkRecord *b)
{
	return (a->birth == DATEVAL_NOBEGIN || b->birth == DATEVAL_NOBEGIN || a->birth == b->birth) &&
		(a->sex == 0 || b->sex == 0 || a->sex == b->sex);
}

/* the block of a record: name key, birth date and sex */
static inline uint64
link_block_key(const LinkRecord *r)
{
	uint64		k = r->nkey;

	k = enroll_mix64(k ^ (uint64) (uint32) r->birth);
	k = enroll_mix64(k ^ ((uint64) (uint8) r->sex << 32));
	return k ? k : 1;
}

/*
 * Same-day groups live in arrays indexed by day and sex over 1850-2149
 * (438,000 slots): one direct access per record where a hash table would
 * miss the cache.  Birth dates outside that window get no group.
 */
#define DAY_FIRST	(-54787)	/* 1850-01-01 as DateADT */
#define DAY_SPAN	109573		/* to 2150-01-01 */
#define DAY_SLOTS	(DAY_SPAN * 4)

static inline int32
day_slot_of(int32 birth, int8 sex)
{
	int64		d = (int64) birth - DAY_FIRST;

	if (d < 0 || d >= DAY_SPAN || sex == 0)
		return -1;
	return (int32) (d * 4 + (sex < 0 ? 3 : sex));
}

/* a record key and its index, for radix sorts */
typedef struct KeyIdx
{
	uint64		key;
	uint32		idx;
} KeyIdx;

/*
 * Blocks (same name key, birth date and sex) or same-day groups larger than
 * max_block are not compared pairwise: placeholder values (不详, 1900-01-01)
 * would make them quadratic.  The three largest are named in the WARNING.
 */
typedef struct GiantBlocks
{
	uint64		blocks;
	uint64		records;
	uint32		rec[3];			/* a record of each of the three largest */
	uint32		size[3];
} GiantBlocks;

extern void link_giant_note(GiantBlocks *g, uint32 rec, uint32 size);
extern void link_giant_describe(const LinkRegister *st, uint32 rec, uint32 size, bool by_day,
								StringInfo d);
extern void link_giant_report(const char *caller, uint64 blocks, int32 max_block, bool by_day,
							  const char *largest, const char *consequence);
extern void link_giant_warning(const LinkRegister *st, const GiantBlocks *g, int32 max_block,
							   bool by_day, const char *consequence);
typedef void (*LinkRepairFn) (void *arg, uint32 i, uint32 j, double sim);
extern void link_repair_matches(LinkRegister *from, LinkRegister *to, const KeyIdx *ids, uint64 n_ids,
								float4 threshold, uint32 max_run, LinkRepairFn fn, void *arg);
extern void link_cut_giant_blocks(keycount_hash *heads, const uint32 *next, int32 max_block,
								  GiantBlocks *g);
extern void link_memory_reserve(const LinkRegister *st, Size more);
extern void link_result_store(ReturnSetInfo *rsinfo, uint64 nrows);
extern uint64 link_hash_bytes(const char *s, size_t len);
extern void link_register_init(LinkRegister *st, const char *caller, const char *param,
							   bool with_region, MemoryContext parent);
extern void link_register_read(LinkRegister *st, const char *records_sql);
extern void link_register_add(LinkRegister *st, Datum *v, bool *isnull);
extern void link_register_evidence(LinkRegister *st, int n, const char *const *names);
extern uint32 link_register_regions_at(LinkRegister *st, const char *level);
extern void link_parse_name(LinkRegister *st, LinkRecord *r);
extern double link_similarity(const LinkRegister *ra, uint32 a, const LinkRegister *rb, uint32 b);
extern KeyIdx *link_sorted_ids(LinkRegister *r, uint64 *n);
extern int	link_id_repairs(const char *norm, size_t len, int32 today, int64 *found);
/* one record from the values of a row of the caller's query, as the reader reads it */
extern void link_record_fill(LinkRegister *st, LinkRecord *r, Datum *v, bool *isnull);
extern KeyIdx *link_repair_candidates(LinkRegister *r, uint64 *n);
extern KeyIdx *radix_sort_pairs(KeyIdx *v, KeyIdx *tmp, uint64 n);
extern uint64 *radix_sort_keys(uint64 *v, uint64 *tmp, uint64 n);

#endif							/* ENROLL_RECORD_READER_H */
