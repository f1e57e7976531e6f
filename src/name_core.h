/*
 * name_core.h
 *	  Chinese (and Latin-script) personal-name matching: normalisation,
 *	  toneless pinyin, phonetic keys, blocking keys and a similarity score
 *	  (doc/reference-names.md).  The one header of name matching for its
 *	  users (names.c, synth, linkage, the unit test and the fuzzer).
 *
 *	  name_chars_core.c	 character data (Unihan tables, surnames, syllables)
 *	  name_parse_core.c	 name_parse
 *	  name_keys_core.c	 name_norm_str, name_pinyin_str, name_key_str,
 *						 name_blocking_keys
 *	  name_score_core.c	 look-alikes, name_prepare, the similarity score
 *
 * Pure C99 plus ICU (NFKC / NFD only, and only for input outside the common
 * Han and ASCII ranges), no PostgreSQL headers: the unit test and the fuzz
 * harness link it.  Character data are static tables generated at build time
 * from Debian's Unihan files by tools/gen_unihan.py (src/gen/).
 */
#ifndef ENROLL_NAME_CORE_H
#define ENROLL_NAME_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Units (characters / syllables) kept per name; longer names are cut. */
#define NAME_MAX_UNITS 48
/* Latin tokens kept per name, and bytes per token. */
#define NAME_MAX_TOKENS 12
#define NAME_TOKEN_CAP 32
/* Input bytes looked at; anything longer is cut (and flagged). */
#define NAME_MAX_INPUT 1024
/* Output buffers the callers must provide. */
#define NAME_OUT_CAP 1024
#define NAME_KEY_CAP 256
#define NAME_MAX_KEYS 16

typedef enum NameScript
{
	NAME_EMPTY = 0,
	NAME_HAN,					/* at least one Han character */
	NAME_LATIN					/* Latin letters, no Han */
} NameScript;

typedef enum NameUnitKind
{
	NU_HAN = 1,
	NU_PINYIN,					/* pinyin written for a (rare) character */
	NU_WILD						/* placeholder ? * □ or a local private-use code */
} NameUnitKind;

/* flags: what normalisation did */
#define NAME_F_FULLWIDTH	0x0001	/* NFKC changed something */
#define NAME_F_INVISIBLE	0x0002	/* format / control characters removed */
#define NAME_F_BLANKS		0x0004	/* blanks removed inside a Han name */
#define NAME_F_SEPARATOR	0x0008	/* a non-standard name separator became U+00B7 */
#define NAME_F_ANNOTATION	0x0010	/* bracketed annotation or trailing digits removed */
#define NAME_F_PUA_MAPPED	0x0020	/* GB18030-2005 private-use code mapped */
#define NAME_F_WILDCARD		0x0040	/* placeholder or unknown private-use code */
#define NAME_F_TRADITIONAL	0x0080	/* traditional character folded to simplified */
#define NAME_F_VARIANT		0x0100	/* variant character folded */
#define NAME_F_PINYIN		0x0200	/* pinyin standing in for a character */
#define NAME_F_LATIN_FOLD	0x0400	/* case / diacritics folded in a Latin name */
#define NAME_F_CUT			0x0800	/* input longer than the limits, cut */
#define NAME_F_COMPOUND		0x1000	/* compound surname recognised */
#define NAME_F_SURNAME_READ	0x2000	/* surname read with its surname reading */

typedef struct NameUnit
{
	uint32_t	cp;				/* Han: code point after folding; else 0 */
	uint32_t	orig;			/* Han: code point before folding */
	uint16_t	syl;			/* reading used (surname reading in surname position) */
	uint8_t		kind;			/* NameUnitKind */
	uint8_t		seg;			/* dotted segment, 0-based */
	const void *ent;			/* Unihan entry of cp (internal), or NULL */
	const void *oent;			/* Unihan entry of orig (internal), or NULL */
} NameUnit;

/*
 * What the score needs of one unit beyond NameUnit: its readings with their
 * merged ids and the shape data (filled by name_prepare, read by the score
 * and the look-alike tests).
 */
typedef struct NameUnitPre
{
	uint64_t	sig;			/* one bit per merged reading id mod 64 */
	uint32_t	cp;				/* NameUnit.cp */
	uint32_t	fc;				/* four-corner code */
	uint32_t	cjp;			/* packed Cangjie code */
	uint32_t	cjtail;			/* the code without its first component */
	uint16_t	wide;			/* 1 + wide-merge id of NameUnit.syl, 0 if none */
	uint8_t		plain;			/* Han, not folded, not 乾干於于: the fast path */
	uint8_t		group;			/* curated look-alike group */
	uint8_t		strokes;
	int8_t		cjl;			/* Cangjie code length, 0 unknown */
	int			n;				/* readings */
	uint16_t	r[16];			/* toneless readings */
	uint16_t	m[16];			/* their merged ids */
} NameUnitPre;

typedef struct NameParse
{
	NameScript	script;
	int			n;				/* units (Han names; pinyin Latin names) */
	int			nseg;
	int			surname_len;	/* 0 (none / minority name), 1 or 2 */
	int			flags;
	bool		pinyin_latin;	/* Latin name whose tokens are all pinyin */
	int			ntok;
	NameUnit	u[NAME_MAX_UNITS];
	uint8_t		tok_units[NAME_MAX_TOKENS];	/* pinyin Latin: units per token */
	char		tok[NAME_MAX_TOKENS][NAME_TOKEN_CAP];	/* Latin tokens, lower case */
	/* name_prepare: pre[i] for u[i] in the surname position iff i < surname_len */
	bool		prepared;
	NameUnitPre pre[NAME_MAX_UNITS];
} NameParse;

/* relation of two aligned units (name_explain) */
typedef enum NameRel
{
	NR_IDENTICAL = 0,
	NR_VARIANT,					/* equal after traditional/variant folding */
	NR_HOMOPHONE,				/* share a toneless reading */
	NR_NEAR_HOMOPHONE,			/* equal after the dialect merges K1-K7 */
	NR_LOOKALIKE,				/* 形近字 */
	NR_DIALECT_WIDE,			/* hu-/w-, f-/hu- */
	NR_WILDCARD,
	NR_DIFFERENT,
	NR_INSERTED,				/* only in b */
	NR_DELETED,					/* only in a */
	NR_TRANSPOSED
} NameRel;

typedef enum NameMethod
{
	NM_EMPTY = 0,
	NM_ALIGNED,					/* per-character alignment */
	NM_TRUNCATED,				/* one is a long prefix of the other */
	NM_HUSBAND_SURNAME,			/* 冠夫姓 */
	NM_GIVEN_PART,				/* one equals the first dotted part of the other */
	NM_LATIN_TOKENS,			/* Latin names, token order ignored */
	NM_CROSS_SCRIPT				/* pinyin in Latin letters against Han */
} NameMethod;

typedef struct NameStep
{
	int8_t		ia;				/* unit in a, or -1 */
	int8_t		ib;				/* unit in b, or -1 */
	uint8_t		rel;			/* NameRel */
	float		sim;
} NameStep;

typedef struct NameExplain
{
	NameMethod	method;
	double		score;
	int			nsteps;
	NameStep	steps[2 * NAME_MAX_UNITS];
	bool		surname_agrees;
} NameExplain;

extern void name_parse(const char *in, size_t len, NameParse *p);

/* outputs return the byte length written (no NUL), at most NAME_OUT_CAP */
extern size_t name_norm_str(const NameParse *p, char *out);
extern size_t name_pinyin_str(const NameParse *p, char *out);
extern size_t name_key_str(const NameParse *p, char *out);
/* blocking keys: returns the count, keys NUL-terminated */
extern int	name_blocking_keys(const NameParse *p, char keys[][NAME_KEY_CAP]);

/*
 * Optional, after name_parse, for a parse that will be scored several times:
 * precomputes per-unit data for name_similarity_parsed.  Changes no result.
 */
extern void name_prepare(NameParse *p);

/*
 * Are two prepared units look-alikes (形近字) as the score sees them: one
 * curated group, or at most two strokes apart with the same four-corner
 * code or Cangjie codes one component apart at the front.  The one rule of
 * the score and of the generator's look-alike errors.
 */
extern bool name_pre_lookalike(const NameUnitPre *a, const NameUnitPre *b);

/*
 * Close look-alikes, a narrower tier of the rule that the generator tries
 * first: one curated group, or the same four-corner code and Cangjie codes
 * at most one component apart anywhere.
 */
extern bool name_pre_lookalike_close(const NameUnitPre *a, const NameUnitPre *b);

/* similarity in [0, 1]; ex may be NULL */
extern double name_similarity_parsed(const NameParse *a, const NameParse *b, NameExplain *ex);
/* prepared parses of a pair of names, cached by their bytes (two slots) */
extern void name_pair_parsed(const char *a, size_t alen, const char *b, size_t blen,
							 const NameParse **pa, const NameParse **pb);

extern const char *name_rel_name(NameRel r);
extern const char *name_method_name(NameMethod m);
/* toneless syllable of a unit ("" if none); ü written as "v" */
extern const char *name_syllable(uint16_t syl);
extern uint16_t name_syllable_id(const char *s);
/* write the UTF-8 of cp to out, return its length */
extern int	name_put_utf8(uint32_t cp, char *out);

#endif							/* ENROLL_NAME_CORE_H */
