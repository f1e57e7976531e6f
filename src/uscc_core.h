/*
 * uscc_core.h
 *	  Pure C99 parsers for the organisation identifiers and the 2017 foreign
 *	  permanent-residence number, and the kind detection behind idno_check():
 *
 *	  - unified social credit code, GB 32100-2015 + amendment No. 1 (uscc)
 *	  - organisation code, GB 11714-1997 (orgcode), also USCC positions 9-17
 *	  - foreign permanent-residence number, 2017 format, 15 characters (pr2017)
 *
 * No PostgreSQL headers here, like cnid_core.h: the unit tests and the fuzz
 * harness link this file directly.  Input is expected to be normalised
 * already (see idnorm.h); as with cnid_parse(), a caller whose normalised
 * input was longer than IDNORM_CAP passes IDNORM_CAP + 1 as the length.
 * Reason codes are the IdRule names of cnid_core.h.
 */
#ifndef ENROLL_USCC_CORE_H
#define ENROLL_USCC_CORE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "cnid_core.h"

#define USCC_LEN	18
#define ORGCODE_LEN 9
#define PR2017_LEN	15

/*
 * A valid USCC without its check character (which is derived).  Positions
 * 1-17 become 5-bit values (the GB 32100 character values 0-30) packed
 * big-endian: hi holds positions 1-8 (authority, category, region) in its
 * low 40 bits, lo holds positions 9-17 (the organisation code) in its low
 * 45 bits.  The character values ascend like ASCII ('0' < '9' < 'A' < 'Y'),
 * so comparing (hi, lo) as unsigned integers orders exactly like the
 * canonical text under byte-wise (C) comparison.
 */
typedef struct UsccValue
{
	uint64_t	hi;
	uint64_t	lo;
} UsccValue;

/* Size of the fixed byte serialisation (hash input, binary wire format). */
#define USCC_BYTES 16

typedef struct UsccParse
{
	IdRule		rule;
	UsccValue	value;			/* valid when rule == ID_OK */
	int			length;			/* normalised length seen */
	int			bad_pos;		/* 0-based position of a bad character, or -1 */
	/* ID_CHECK_CHAR, and for ID_ORGCODE_CHECK whether the 18th is wrong too */
	char		expected_check;
	char		found_check;
	/* ID_ORGCODE_CHECK: the embedded GB 11714 check character (position 17) */
	char		org_expected;
	char		org_found;
} UsccParse;

/*
 * Rules in the order they are applied: empty, length, character (31-char
 * set: no I O S V Z), authority, category, region (positions 3-8 digits
 * with a mainland province prefix, or exactly 100000), orgcode_check,
 * check_char.
 */
extern void uscc_parse(const char *s, size_t len, UsccParse *out);

/* GB 32100 character value 0-30 of an ASCII character, or -1. */
extern int	uscc_char_value(char c);

/* MOD 31 check character over 17 characters of the 31-character set. */
extern char uscc_check_char(const char *chars17);

/* Canonical 18 characters plus NUL (buf must hold 19 bytes). */
extern void uscc_format(UsccValue v, char *buf);

/* Re-validate a packed value (binary receive): every rule but check_char. */
extern IdRule uscc_validate(UsccValue v);

/* -1, 0, 1 like the canonical text. */
extern int	uscc_cmp(UsccValue a, UsccValue b);

/* hi then lo, each big-endian: fixed on every platform (hashing, wire). */
extern void uscc_to_bytes(UsccValue v, unsigned char out[USCC_BYTES]);
extern UsccValue uscc_from_bytes(const unsigned char in[USCC_BYTES]);

/* Field access on a valid value. */
extern char uscc_authority(UsccValue v);	/* position 1 */
extern char uscc_category(UsccValue v);		/* position 2 */
extern int32_t uscc_region(UsccValue v);	/* positions 3-8 as an integer */
extern void uscc_orgcode(UsccValue v, char *buf);	/* 9 chars + NUL */

/*
 * Chinese labels of GB 32100 table 1 (with amendment No. 1), or NULL when
 * the code is not defined.  The category label takes the authority too,
 * because category codes mean different things under each authority.
 */
extern const char *uscc_authority_label(char authority);
extern const char *uscc_category_label(char authority, char category);

/* Allowed category characters of an authority, e.g. "123" for '9'; NULL if none. */
extern const char *uscc_categories_of(char authority);

/* --- GB 11714 organisation code ------------------------------------------ */

typedef struct OrgcodeParse
{
	IdRule		rule;			/* empty, length, character, check_char */
	int			length;
	int			bad_pos;
	char		expected_check;
	char		found_check;
} OrgcodeParse;

/* Normalised input: the display hyphen is already gone. */
extern void orgcode_parse(const char *s, size_t len, OrgcodeParse *out);

/*
 * GB 11714 check character ('0'-'9' or 'X') of an 8-character body of
 * digits and upper-case letters A-Z (GB 11714 values: A = 10 ... Z = 35);
 * '\0' if the body has another character.
 */
extern char orgcode_check_char(const char *body8);

/* --- 2017 foreign permanent-residence number ------------------------------- */

typedef struct Pr2017Parse
{
	IdRule		rule;			/* empty, length, character, nationality,
								 * province, birth_date, birth_future,
								 * check_char */
	int			length;
	int			bad_pos;
	int32_t		yymmdd;			/* positions 8-13 as read */
	int32_t		birth_ymd;		/* the date accepted (20YY before 19YY) */
	char		expected_check;
	char		found_check;
} Pr2017Parse;

/*
 * Layout (as implemented by howardli/CredentialKit on GitHub; no official text found): ISO 3166-1 alpha-3 nationality, 2-digit mainland
 * province + 2-digit prefecture, YYMMDD, sequence digit, ICAO 9303 7-3-1
 * check digit.  YYMMDD is accepted when 20YY or 19YY gives a real date that
 * is not after today_ymd (YYYYMMDD; 0 skips the future test).
 */
extern void pr2017_parse(const char *s, size_t len, int32_t today_ymd, Pr2017Parse *out);

/* ICAO 9303 check digit over 14 characters (digits, A-Z); '\0' if another. */
extern char pr2017_check_digit(const char *chars14);

/* --- kind detection (idno_check) ------------------------------------------- */

typedef enum IdnoKind
{
	IDNO_NONE = 0,				/* empty input */
	IDNO_CITIZEN_18,
	IDNO_CITIZEN_15,
	IDNO_RESIDENCE_PERMIT,
	IDNO_FOREIGN_PR_2023,
	IDNO_FOREIGN_PR_2017,
	IDNO_USCC,
	IDNO_ORG_CODE
} IdnoKind;

/* "citizen_id_18", ... (the kind column of id_vectors.csv); NULL for IDNO_NONE. */
extern const char *idno_kind_name(IdnoKind kind);

typedef struct IdnoResult
{
	IdnoKind	kind;
	IdRule		rule;			/* ID_OK or the first broken rule of kind */
	char		canonical[USCC_LEN + 1];	/* NUL-terminated when rule == ID_OK */
} IdnoResult;

/*
 * Decide which kind of identifier a normalised string most plausibly is,
 * and check it as that kind.  The detection order is documented in
 * uscc_core.c and doc/reference-uscc.md.
 */
extern void idno_classify(const char *s, size_t len, int32_t today_ymd, IdnoResult *out);

#endif							/* ENROLL_USCC_CORE_H */
