/*
 * cnid_fuzz.c
 *	  libFuzzer harness over id_normalize(), cnid_parse() and
 *	  cnid_find_repairs(), built with ASan and UBSan by
 *	  `make test/fuzz/cnid_fuzz` (LeakSanitizer checks leaks).
 *
 *	  test/fuzz/cnid_fuzz -max_total_time=60 test/fuzz/corpus-run/cnid_fuzz test/fuzz/seeds
 *
 * Invariants (any violation aborts, so libFuzzer keeps the input):
 *	- id_normalize writes at most IDNORM_CAP bytes (the buffer is exactly
 *	  that long on the heap, so ASan sees any overflow) and returns the
 *	  normalised length in characters: for ASCII input the count of
 *	  non-separator bytes, otherwise the same as a whole-string NFKC
 *	  reference written here with heap buffers; normalising again changes
 *	  nothing; trailing blanks change nothing; no byte written is a
 *	  separator, a lower-case letter or a non-ASCII byte other than 0x80.
 *	- cnid_parse: detail fields are consistent with the rule; a successful
 *	  parse formats to 18 characters that re-parse to the same body and
 *	  re-validate as a body; field accessors stay in range.
 *	- cnid_find_repairs: every candidate is valid, one edit away from the
 *	  input, and the list is sorted without duplicates; a valid input
 *	  (18 or 15 characters) has none.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "cnid_core.h"
#include "idnorm.h"
#include "../unit/cnid_edits.h"

#define TODAY 20250615

#define REQUIRE(cond, what) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "cnid_fuzz: invariant broken: %s (%s:%d)\n", what, __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

static bool
is_sep(unsigned char c)
{
	return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static void
ref_emit(char *out, size_t *n, unsigned char c)
{
	if (*n < IDNORM_CAP)
		out[*n] = (char) c;
	(*n)++;
}

/*
 * Whole-string reference normaliser (README, Reference: cnid, Input).  Returns false when
 * the comparison does not apply: ICU failed, or the input has a run of more
 * than 60 code points with no NFKC boundary (id_normalize may then cut it).
 */
static bool
ref_normalize(const uint8_t *in, size_t inlen, char *out, size_t *nout)
{
	UErrorCode	st = U_ZERO_ERROR;
	const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&st);
	int32_t		srclen = 0,
				dstlen;
	UChar	   *src,
			   *dst;
	size_t		n = 0;
	int			run = 0;
	bool		ok = true;

	if (U_FAILURE(st) || inlen > 100000)
		return false;
	src = malloc(sizeof(UChar) * (inlen + 1));
	u_strFromUTF8WithSub(src, (int32_t) inlen + 1, &srclen, (const char *) in, (int32_t) inlen,
						 0xFFFD, NULL, &st);
	if (U_FAILURE(st))
	{
		free(src);
		return false;
	}
	for (int32_t i = 0; i < srclen;)
	{
		UChar32		c;

		U16_NEXT(src, i, srclen, c);
		run = unorm2_hasBoundaryBefore(nfkc, c) ? 0 : run + 1;
		if (run > 60)
			ok = false;
	}
	dst = malloc(sizeof(UChar) * ((size_t) srclen * 18 + 1));
	dstlen = unorm2_normalize(nfkc, src, srclen, dst, srclen * 18 + 1, &st);
	if (U_FAILURE(st))
		ok = false;
	for (int32_t i = 0; ok && i < dstlen;)
	{
		UChar32		c;

		U16_NEXT(dst, i, dstlen, c);
		if (c < 0x80)
		{
			if (is_sep((unsigned char) c))
				continue;
			ref_emit(out, &n, (unsigned char) ((c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c));
		}
		else if (u_isUWhiteSpace(c) || u_hasBinaryProperty(c, UCHAR_DASH))
			continue;
		else
			ref_emit(out, &n, 0x80);
	}
	free(src);
	free(dst);
	*nout = n;
	return ok;
}


static void
check_parse(const char *s, size_t len, int32_t today)
{
	CnidParse	p;

	cnid_parse(s, len, today, &p);
	REQUIRE(p.rule >= ID_OK && p.rule <= ID_CHECK_CHAR, "parse rule in the cnid range");
	REQUIRE(p.length == (int) (len > 1000000 ? 1000000 : len), "parse length");
	REQUIRE((p.rule == ID_EMPTY) == (len == 0), "empty iff length 0");
	if (p.rule == ID_CHARACTER)
	{
		REQUIRE(p.bad_pos >= 0 && (size_t) p.bad_pos < len, "bad_pos inside the input");
		REQUIRE(s[p.bad_pos] < '0' || s[p.bad_pos] > '9', "bad_pos names a non-digit");
		for (int i = 0; i < p.bad_pos; i++)
			REQUIRE(s[i] >= '0' && s[i] <= '9', "characters before bad_pos are digits");
	}
	else
		REQUIRE(p.bad_pos == -1, "bad_pos -1 unless rule character");
	if (p.rule == ID_BIRTH_DATE)
		REQUIRE(!id_valid_ymd(p.birth_ymd), "birth_date names an invalid date");
	if (p.rule == ID_BIRTH_FUTURE)
		REQUIRE(id_valid_ymd(p.birth_ymd) && today > 0 && p.birth_ymd > today, "birth_future");
	if (p.rule == ID_CHECK_CHAR)
		REQUIRE(len == 18 && p.found_check == s[17] && p.expected_check != p.found_check &&
				p.expected_check == cnid_check_char(s), "check_char details");
	if (p.rule == ID_OK)
	{
		char		buf[19];
		CnidParse	q;
		int32_t		ymd = cnid_body_birth_ymd(p.body);
		CnidKind	kind = cnid_body_kind(p.body);

		REQUIRE(len == 18 || len == 15, "valid length");
		REQUIRE(p.upgraded == (len == 15), "upgraded iff 15 characters");
		REQUIRE(p.body >= 0 && p.body <= INT64_C(99999999999999999), "body range");
		cnid_format(p.body, buf);
		REQUIRE(strlen(buf) == 18, "format gives 18 characters");
		for (int i = 0; i < 17; i++)
			REQUIRE(buf[i] >= '0' && buf[i] <= '9', "format body digits");
		REQUIRE((buf[17] >= '0' && buf[17] <= '9') || buf[17] == 'X', "format check char");
		if (len == 18)
			REQUIRE(memcmp(buf, s, 18) == 0, "18 characters format to themselves");
		else
			REQUIRE(memcmp(buf, s, 6) == 0 && memcmp(buf + 6, "19", 2) == 0 &&
					memcmp(buf + 8, s + 6, 9) == 0, "15 digits upgrade with 19");
		cnid_parse(buf, 18, today, &q);
		REQUIRE(q.rule == ID_OK && q.body == p.body && !q.upgraded, "formatted re-parses");
		REQUIRE(cnid_validate_body(p.body, today) == ID_OK, "body re-validates");
		REQUIRE(id_valid_ymd(ymd) && ymd == p.birth_ymd, "birth date accessor");
		REQUIRE(today == 0 || ymd <= today, "not born after today");
		REQUIRE(cnid_body_sex(p.body) == 1 || cnid_body_sex(p.body) == 2, "sex 1 or 2");
		REQUIRE(kind >= CNID_MAINLAND && kind <= CNID_FOREIGN, "kind in range");
		REQUIRE(cnid_body_region(p.body) >= 110000 && cnid_body_region(p.body) <= 830000,
				"region in range");
		REQUIRE((kind == CNID_FOREIGN) == (buf[0] == '9'), "foreign iff leading 9");
	}
	else
		REQUIRE(cnid_validate_body(-1 - (int64_t) len, today) == ID_LENGTH, "negative body");
}

static void
check_repairs(const char *s, size_t len)
{
	int64_t		out[64];
	int			n = cnid_find_repairs(s, len, TODAY, out, 64);
	CnidParse	p;

	REQUIRE(n >= 0 && n <= 256, "repair count range");
	if (len != 15 && len != 18)
		REQUIRE(n == 0, "no repairs for other lengths");
	cnid_parse(s, len, TODAY, &p);
	if (p.rule == ID_OK)
		REQUIRE(n == 0, "a valid number has no repairs");
	for (int i = 0; i < n && i < 64; i++)
	{
		char		buf[19];
		CnidParse	q;

		REQUIRE(i == 0 || out[i - 1] < out[i], "repairs sorted and unique");
		REQUIRE(cnid_validate_body(out[i], TODAY) == ID_OK, "repair is a valid body");
		cnid_format(out[i], buf);
		cnid_parse(buf, 18, TODAY, &q);
		REQUIRE(q.rule == ID_OK && q.body == out[i], "repair formats and re-parses");
		if (len == 18)
			REQUIRE(one_edit(s, buf, 18), "repair is one edit from the input");
		else
		{
			char		b15[15];

			memcpy(b15, buf, 6);
			memcpy(b15 + 6, buf + 8, 9);
			REQUIRE(memcmp(buf + 6, "19", 2) == 0 && one_edit(s, b15, 15),
					"15-digit repair is one edit from the input");
		}
	}
	if (n > 0)
	{
		int64_t		first;

		REQUIRE(cnid_find_repairs(s, len, TODAY, &first, 1) == n && first == out[0],
				"max does not change the count or the order");
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *norm = malloc(IDNORM_CAP);	/* exactly the cap: ASan sees overflows */
	size_t		n = id_normalize((const char *) data, size, norm);
	size_t		written = n < IDNORM_CAP ? n : IDNORM_CAP;
	bool		ascii = true;

	for (size_t i = 0; i < size; i++)
		ascii &= data[i] < 0x80;

	/* normalised length semantics */
	for (size_t i = 0; i < written; i++)
	{
		unsigned char c = (unsigned char) norm[i];

		REQUIRE(!is_sep(c), "no separator survives");
		REQUIRE(!(c >= 'a' && c <= 'z'), "no lower-case letter survives");
		REQUIRE(c < 0x80 || c == 0x80, "non-ASCII becomes the 0x80 marker");
		REQUIRE(!(ascii && c == 0x80), "ASCII input gives no marker");
	}
	if (ascii)
	{
		size_t		want = 0;

		for (size_t i = 0; i < size; i++)
			if (!is_sep(data[i]))
			{
				unsigned char c = data[i];

				if (c >= 'a' && c <= 'z')
					c = (unsigned char) (c - 'a' + 'A');
				if (want < IDNORM_CAP)
					REQUIRE((unsigned char) norm[want] == c, "ASCII normalisation");
				want++;
			}
		REQUIRE(n == want, "ASCII length counts non-separator bytes");
	}
	else
	{
		char		ref[IDNORM_CAP];
		size_t		rn;

		if (ref_normalize(data, size, ref, &rn))
		{
			REQUIRE(n == rn, "length equals whole-string NFKC reference");
			REQUIRE(memcmp(norm, ref, written) == 0, "bytes equal whole-string NFKC reference");
		}
		REQUIRE(n <= 18 * size, "length bounded by NFKC expansion");
	}
	REQUIRE(n <= size * 18, "length bound");
	if (size == 0)
		REQUIRE(n == 0, "empty input");

	/* idempotent, and trailing blanks change nothing */
	if (n <= IDNORM_CAP && memchr(norm, 0x80, n) == NULL)
	{
		char	   *again = malloc(IDNORM_CAP);

		REQUIRE(id_normalize(norm, n, again) == n && memcmp(again, norm, n) == 0,
				"normalisation is idempotent");
		free(again);
	}
	if (size < 4096)
	{
		uint8_t    *padded = malloc(size + 4);
		char	   *again = malloc(IDNORM_CAP);

		memcpy(padded, data, size);
		memcpy(padded + size, " -\t", 3);
		REQUIRE(id_normalize((const char *) padded, size + 3, again) == n &&
				memcmp(again, norm, written) == 0, "trailing separators change nothing");
		free(again);
		free(padded);
	}

	/* the parser as the SQL glue calls it, with and without today */
	{
		size_t		plen = n > IDNORM_CAP ? IDNORM_CAP + 1 : n;

		if (plen <= IDNORM_CAP)
		{
			check_parse(norm, plen, TODAY);
			check_parse(norm, plen, 0);
			check_repairs(norm, plen);
		}
		else
		{
			/* the glue passes IDNORM_CAP + 1 for anything longer */
			CnidParse	p;
			char		big[IDNORM_CAP + 1];

			memcpy(big, norm, IDNORM_CAP);
			big[IDNORM_CAP] = '0';
			cnid_parse(big, IDNORM_CAP + 1, TODAY, &p);
			REQUIRE(p.rule == ID_LENGTH, "overlong is a length error");
		}
	}

	/* the parser straight on raw bytes (binary-unsafe input) */
	if (size == 15 || size == 18)
	{
		check_parse((const char *) data, size, TODAY);
		check_repairs((const char *) data, size);
	}
	/* raw bytes as a 17-digit body for validate_body */
	if (size >= 8)
	{
		int64_t		body;
		IdRule		r;

		memcpy(&body, data, 8);
		r = cnid_validate_body(body, TODAY);
		if (r == ID_OK)
		{
			char		buf[19];
			CnidParse	p;

			cnid_format(body, buf);
			cnid_parse(buf, 18, TODAY, &p);
			REQUIRE(p.rule == ID_OK && p.body == body, "valid body round trip");
		}
		else
			REQUIRE(r == ID_LENGTH || r == ID_PROVINCE || r == ID_NATIONALITY ||
					r == ID_BIRTH_DATE || r == ID_BIRTH_FUTURE, "validate_body rule");
	}

	free(norm);
	return 0;
}
