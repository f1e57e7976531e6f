/*
 * cnid_core.h
 *	  Pure C99 parser and checker for the GB 11643 MOD 11-2 identifier family:
 *	  citizen ID numbers (18 and legacy 15 digits), HK/Macao/Taiwan residence
 *	  permits and the 2023 foreign permanent-residence number.
 *
 * No PostgreSQL headers here on purpose: the fuzz harness and the C unit
 * tests link this file directly, and the synthetic-data generator uses it.
 * Input is expected to be normalised already (see idnorm.h).
 */
#ifndef ENROLL_CNID_CORE_H
#define ENROLL_CNID_CORE_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/*
 * Why a number is rejected.  The order is the order in which the rules are
 * applied, and the names (id_rule_name) are the stable reason codes returned
 * by cnid_check() and friends: never renumber or rename them.
 */
typedef enum IdRule
{
	ID_OK = 0,
	ID_EMPTY,					/* nothing left after normalisation */
	ID_LENGTH,					/* wrong number of characters */
	ID_CHARACTER,				/* a character outside the kind's alphabet */
	ID_PROVINCE,				/* prefix is not an allowed province-level code */
	ID_NATIONALITY,				/* foreign number: not an ISO 3166-1 code */
	ID_BIRTH_DATE,				/* no such date, or before 1800-01-01 */
	ID_BIRTH_FUTURE,			/* a real date, but after today */
	ID_CHECK_CHAR,				/* check character does not match */
	/* used by the other identifier kinds (uscc_core.h) */
	ID_AUTHORITY,				/* USCC registration authority undefined */
	ID_CATEGORY,				/* USCC category undefined for the authority */
	ID_REGION,					/* USCC region prefix not a province */
	ID_ORGCODE_CHECK,			/* embedded GB 11714 check wrong */
	ID_RULE_COUNT
} IdRule;

/* Stable reason code for a rule, e.g. "check_char". */
extern const char *id_rule_name(IdRule rule);

/* Kinds of number inside the MOD 11-2 family (cnid_kind()). */
typedef enum CnidKind
{
	CNID_MAINLAND = 0,
	CNID_HONGKONG,
	CNID_MACAO,
	CNID_TAIWAN,
	CNID_FOREIGN
} CnidKind;

extern const char *cnid_kind_name(CnidKind kind);

/*
 * Result of parsing.  On success, body holds the 17 body digits as an
 * integer (the check character is derived, so it is not stored); that
 * integer orders exactly like the canonical 18-character string.
 * On failure, the detail fields say what was wrong.
 */
typedef struct CnidParse
{
	IdRule		rule;
	int64_t		body;			/* valid when rule == ID_OK */
	bool		upgraded;		/* input was the legacy 15-digit form */
	int			length;			/* normalised length seen */
	int			bad_pos;		/* 0-based position of a bad character, or -1 */
	char		expected_check; /* for ID_CHECK_CHAR */
	char		found_check;
	int32_t		birth_ymd;		/* YYYYMMDD as read, for date errors */
} CnidParse;

/*
 * Parse a normalised ASCII string (upper case, no separators) of length len.
 * today_ymd is today's date as YYYYMMDD; pass 0 to skip the future check.
 */
extern void cnid_parse(const char *s, size_t len, int32_t today_ymd, CnidParse *out);

/* MOD 11-2 check character for 17 body digits ('0'-'9' or 'X'). */
extern char cnid_check_char(const char *digits17);

/* Canonical 18 characters of a body, plus NUL (buf must hold 19 bytes). */
extern void cnid_format(int64_t body, char *buf);

/* Re-validate a stored body (binary receive). today_ymd as for cnid_parse. */
extern IdRule cnid_validate_body(int64_t body, int32_t today_ymd);

/* Field access on a valid body. */
extern int32_t cnid_body_birth_ymd(int64_t body);
extern int	cnid_body_sex(int64_t body);	/* 1 male, 2 female */
extern int32_t cnid_body_region(int64_t body);
extern CnidKind cnid_body_kind(int64_t body);

/*
 * The first two rules of every kind: empty, then length (len_a or len_b;
 * pass the same twice for one length).  Sets *rule, *length (capped) and
 * *bad_pos = -1; returns true when both pass and the parse may go on.
 */
extern bool id_check_length(size_t len, size_t len_a, size_t len_b,
							IdRule *rule, int *length, int *bad_pos);

/* Calendar helpers shared with the other identifier kinds. */
extern bool id_valid_ymd(int32_t ymd);	/* real Gregorian date >= 1800-01-01 */
extern bool id_mainland_province(int two_digits);
extern bool id_iso3166_numeric(int code);
extern bool id_iso3166_alpha3(const char *three);

/*
 * The edits of cnid_find_repairs for an 18-character input whose first 17
 * characters are digits, by check sum alone: the bodies one substitution or adjacent
 * transposition away whose check character matches, without checking the
 * date, region or order (at most 35).  For callers that keep only bodies
 * found among numbers already known valid, where those checks are done.
 * Returns how many were written, or -1 for any other input (then use
 * cnid_find_repairs).
 */
extern int	cnid_repair_bodies(const char *s, size_t len, int64_t *out);

/*
 * Enumerate every valid number (as bodies) that is one substitution or one
 * adjacent transposition away from the normalised input s.  Writes at most
 * max bodies into out and returns how many there were in all (sorted,
 * without duplicates, for the first max).
 */
extern int	cnid_find_repairs(const char *s, size_t len, int32_t today_ymd,
						 int64_t *out, int max);

#endif							/* ENROLL_CNID_CORE_H */
