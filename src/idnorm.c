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

/* Beyond this many bytes no identifier can be valid: just count. */
#define IDNORM_MAX_ICU_INPUT 1024

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

/* Count UTF-8 code points, for input too long to be worth normalising. */
static size_t
count_code_points(const char *in, size_t inlen)
{
	size_t		n = 0;

	for (size_t i = 0; i < inlen; i++)
		if (((unsigned char) in[i] & 0xC0) != 0x80)
			n++;
	return n;
}

static size_t
normalize_icu(const char *in, size_t inlen, char *out)
{
	UChar		src[IDNORM_MAX_ICU_INPUT + 8];
	UChar		dst[4 * IDNORM_MAX_ICU_INPUT + 8];
	int32_t		srclen = 0,
				dstlen;
	UErrorCode	status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc;
	size_t		n = 0;

	/* Invalid UTF-8 becomes U+FFFD, which is then reported as a character. */
	u_strFromUTF8WithSub(src, (int32_t) (sizeof(src) / sizeof(UChar)), &srclen,
						 in, (int32_t) inlen, 0xFFFD, NULL, &status);
	if (U_FAILURE(status))
		return count_code_points(in, inlen);

	nfkc = unorm2_getNFKCInstance(&status);
	if (U_FAILURE(status))
		return count_code_points(in, inlen);
	dstlen = unorm2_normalize(nfkc, src, srclen, dst,
							  (int32_t) (sizeof(dst) / sizeof(UChar)), &status);
	if (U_FAILURE(status))
		return count_code_points(in, inlen);

	for (int32_t i = 0; i < dstlen;)
	{
		UChar32		c;

		U16_NEXT(dst, i, dstlen, c);
		if (c < 0x80)
			emit_ascii(out, &n, (unsigned char) c);
		else if (u_isUWhiteSpace(c) || u_hasBinaryProperty(c, UCHAR_DASH))
			continue;			/* blanks and hyphens of any script */
		else
			emit(out, &n, IDNORM_NONASCII);
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
		{
			if (inlen > IDNORM_MAX_ICU_INPUT)
				return count_code_points(in, inlen);
			return normalize_icu(in, inlen, out);
		}
		emit_ascii(out, &n, c);
	}
	return n;
}
