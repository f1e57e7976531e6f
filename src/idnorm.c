/*
 * idnorm.c
 *	  Identifier input normalisation.
 *
 * Almost every identifier arrives as plain ASCII, so ASCII input takes a
 * byte loop that never touches ICU; only input with a non-ASCII byte
 * (full-width forms, ideographic spaces) pays for ICU's NFKC.
 */
#include "idnorm.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

/*
 * Non-ASCII input goes through ICU in pieces of at most this many bytes,
 * cut only where NFKC has a boundary, so that a long run of blanks (say
 * ideographic spaces padding a fixed-width field) is removed however long
 * it is, and the length returned is always the normalised length.
 */
#define IDNORM_ICU_PIECE 256

/* NFKC turns one UTF-16 unit into at most 18 (U+FDFA). */
#define IDNORM_NFKC_MAX_EXPANSION 18

static inline bool
ascii_separator(unsigned char c)
{
	return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r' ||
		c == '\v' || c == '\f';
}

static inline void
emit(char *out, size_t *n, char c)
{
	if (*n < IDNORM_CAP)
		out[*n] = c;
	(*n)++;
}

static inline void
emit_ascii(char *out, size_t *n, unsigned char c)
{
	if (ascii_separator(c))
		return;
	if (c >= 'a' && c <= 'z')
		c = (unsigned char) (c - 'a' + 'A');
	emit(out, n, (char) c);
}

/*
 * Should ICU ever fail: ASCII as usual, every other code point (UTF-8 lead
 * byte or stray byte) one IDNORM_NONASCII, so the contract still holds.
 */
static void
emit_without_icu(const char *in, size_t inlen, char *out, size_t *n)
{
	for (size_t i = 0; i < inlen; i++)
	{
		unsigned char c = (unsigned char) in[i];

		if (c < 0x80)
			emit_ascii(out, n, c);
		else if ((c & 0xC0) != 0x80)
			emit(out, n, IDNORM_NONASCII);
	}
}

/* Normalise one piece of at most IDNORM_ICU_PIECE bytes, appending at *n. */
static void
normalize_icu_piece(const UNormalizer2 *nfkc, const char *in, size_t inlen,
					char *out, size_t *n)
{
	UChar		src[IDNORM_ICU_PIECE + 8];
	UChar		dst[IDNORM_NFKC_MAX_EXPANSION * IDNORM_ICU_PIECE + 8];
	int32_t		srclen = 0,
				dstlen;
	UErrorCode	status = U_ZERO_ERROR;

	/* Invalid UTF-8 becomes U+FFFD, which is then reported as a character. */
	u_strFromUTF8WithSub(src, (int32_t) (sizeof(src) / sizeof(UChar)), &srclen,
						 in, (int32_t) inlen, 0xFFFD, NULL, &status);
	if (U_FAILURE(status))
	{
		emit_without_icu(in, inlen, out, n);
		return;
	}
	dstlen = unorm2_normalize(nfkc, src, srclen, dst,
							  (int32_t) (sizeof(dst) / sizeof(UChar)), &status);
	if (U_FAILURE(status))
	{
		emit_without_icu(in, inlen, out, n);
		return;
	}

	for (int32_t i = 0; i < dstlen;)
	{
		UChar32		c;

		U16_NEXT(dst, i, dstlen, c);
		if (c < 0x80)
			emit_ascii(out, n, (unsigned char) c);
		else if (u_isUWhiteSpace(c) || u_hasBinaryProperty(c, UCHAR_DASH))
			continue;			/* blanks and hyphens of any script */
		else
			emit(out, n, IDNORM_NONASCII);
	}
}

/*
 * Where to end a piece that starts at start: at the last code point start
 * at most IDNORM_ICU_PIECE bytes on that has an NFKC boundary before it.
 * Decoding forward with U8_NEXT steps over ill-formed sequences exactly as
 * u_strFromUTF8WithSub() does (one U+FFFD per maximal subpart), so a cut
 * there changes neither the U+FFFDs, which all have a boundary, nor NFKC.
 * Only a run of IDNORM_ICU_PIECE bytes with no boundary at all (some 64+
 * combining marks in a row) is cut inside the run.
 */
static size_t
piece_end(const UNormalizer2 *nfkc, const char *in, size_t inlen, size_t start)
{
	const uint8_t *p = (const uint8_t *) in + start;
	int32_t		len,
				i = 0,
				best = 0,
				last = 0;

	if (inlen - start <= IDNORM_ICU_PIECE)
		return inlen;
	/* a sequence starting at IDNORM_ICU_PIECE has at most 3 more bytes */
	len = (int32_t) (inlen - start < IDNORM_ICU_PIECE + 4 ? inlen - start : IDNORM_ICU_PIECE + 4);
	while (i <= IDNORM_ICU_PIECE)
	{
		int32_t		at = i;
		UChar32		c;

		U8_NEXT(p, i, len, c);
		if (at > 0)
		{
			last = at;
			if (c < 0x80 || unorm2_hasBoundaryBefore(nfkc, c))	/* c < 0: U+FFFD */
				best = at;
		}
	}
	return start + (size_t) (best > 0 ? best : last > 0 ? last : i);
}

static size_t
normalize_icu(const char *in, size_t inlen, char *out)
{
	UErrorCode	status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
	size_t		n = 0;

	if (U_FAILURE(status))
	{
		emit_without_icu(in, inlen, out, &n);
		return n;
	}
	for (size_t start = 0; start < inlen;)
	{
		size_t		end = piece_end(nfkc, in, inlen, start);

		normalize_icu_piece(nfkc, in + start, end - start, out, &n);
		start = end;
	}
	return n;
}

size_t
id_normalize(const char *in, size_t inlen, char *out)
{
	size_t		n = 0;

	for (size_t i = 0; i < inlen; i++)
	{
		unsigned char c = (unsigned char) in[i];

		if (c >= 0x80)
			return normalize_icu(in, inlen, out);
		emit_ascii(out, &n, c);
	}
	return n;
}
