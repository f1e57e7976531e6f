/*
 * idnorm.h
 *	  Normalisation of identifier input before parsing (README, Reference: cnid):
 *	  Unicode NFKC (full-width digits and letters, ideographic space), then
 *	  blanks and hyphens removed, then ASCII upper case.
 *
 * Pure C plus ICU, no PostgreSQL headers, so the fuzz harness links it.
 */
#ifndef ENROLL_IDNORM_H
#define ENROLL_IDNORM_H

#include <stddef.h>

/* Longest normalised form any identifier kind needs, with room to spare. */
#define IDNORM_CAP 64

/* Byte written for a code point that is still not ASCII after NFKC. */
#define IDNORM_NONASCII '\x80'

/*
 * Normalise inlen bytes of UTF-8 at in.  Writes at most IDNORM_CAP bytes to
 * out (not NUL-terminated) and returns the normalised length in characters,
 * which may exceed IDNORM_CAP (then only the first IDNORM_CAP are written).
 * Each code point that is not ASCII after NFKC becomes one IDNORM_NONASCII
 * byte, so lengths and positions count characters.  Invalid UTF-8 behaves
 * like non-ASCII characters.  Never fails.
 */
extern size_t id_normalize(const char *in, size_t inlen, char *out);

/*
 * The length to hand a parser for a normalised length n.  Beyond IDNORM_CAP
 * only the first IDNORM_CAP bytes exist, and a parser needs no more: every
 * parser checks the length first, and IDNORM_CAP + 1 fails that check.
 */
static inline size_t
idnorm_parse_length(size_t n)
{
	return n > IDNORM_CAP ? IDNORM_CAP + 1 : n;
}

#endif							/* ENROLL_IDNORM_H */
