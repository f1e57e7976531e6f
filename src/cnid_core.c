/*
 * cnid_core.c
 *	  GB 11643-1999 MOD 11-2 identifiers: parsing, checking, formatting.
 *
 * Pure C99 (see cnid_core.h).  The hot path is cnid_parse() on an 18-byte
 * ASCII string: one pass over the characters, table look-ups only, no
 * allocation.
 */
#include "cnid_core.h"

#include <stdlib.h>
#include <string.h>

#include "gen/iso3166.h"

static const char *const rule_names[ID_RULE_COUNT] = {
	[ID_OK] = "ok",
	[ID_EMPTY] = "empty",
	[ID_LENGTH] = "length",
	[ID_CHARACTER] = "character",
	[ID_PROVINCE] = "province",
	[ID_NATIONALITY] = "nationality",
	[ID_BIRTH_DATE] = "birth_date",
	[ID_BIRTH_FUTURE] = "birth_future",
	[ID_CHECK_CHAR] = "check_char",
	[ID_AUTHORITY] = "authority",
	[ID_CATEGORY] = "category",
	[ID_REGION] = "region",
	[ID_ORGCODE_CHECK] = "orgcode_check",
};

const char *
id_rule_name(IdRule rule)
{
	if ((int) rule < 0 || rule >= ID_RULE_COUNT)
		return "unknown";
	return rule_names[rule];
}

const char *
cnid_kind_name(CnidKind kind)
{
	switch (kind)
	{
		case CNID_MAINLAND:
			return "mainland";
		case CNID_HONGKONG:
			return "hongkong";
		case CNID_MACAO:
			return "macao";
		case CNID_TAIWAN:
			return "taiwan";
		case CNID_FOREIGN:
			return "foreign";
	}
	return "unknown";
}

/* Weights 2^(i-1) mod 11 for positions 1..17, left to right (GB 11643 7.2). */
static const int mod112_weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

/* Check character by S mod 11 (GB 11643 Annex A table). */
static const char mod112_chars[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

/*
 * The 31 mainland province-level prefixes that citizen numbers start with
 * (GB/T 2260).  71/81/82 are GB/T 2260 provinces but never citizen-number
 * prefixes; 81/82/83 appear only as the exact permit prefixes 810000 etc.
 */
static const unsigned char mainland_province[100] = {
	[11] = 1,[12] = 1,[13] = 1,[14] = 1,[15] = 1,
	[21] = 1,[22] = 1,[23] = 1,
	[31] = 1,[32] = 1,[33] = 1,[34] = 1,[35] = 1,[36] = 1,[37] = 1,
	[41] = 1,[42] = 1,[43] = 1,[44] = 1,[45] = 1,[46] = 1,
	[50] = 1,[51] = 1,[52] = 1,[53] = 1,[54] = 1,
	[61] = 1,[62] = 1,[63] = 1,[64] = 1,[65] = 1,
};

bool
id_mainland_province(int two_digits)
{
	return two_digits >= 0 && two_digits < 100 && mainland_province[two_digits];
}

bool
id_iso3166_numeric(int code)
{
	size_t		lo = 0,
				hi = sizeof(iso3166_numeric_codes) / sizeof(iso3166_numeric_codes[0]);

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (iso3166_numeric_codes[mid] == code)
			return true;
		if (iso3166_numeric_codes[mid] < code)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

bool
id_iso3166_alpha3(const char *three)
{
	size_t		lo = 0,
				hi = sizeof(iso3166_alpha3_codes) / sizeof(iso3166_alpha3_codes[0]);

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		int			c = strncmp(iso3166_alpha3_codes[mid], three, 3);

		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

bool
id_check_length(size_t len, size_t len_a, size_t len_b,
				IdRule *rule, int *length, int *bad_pos)
{
	*bad_pos = -1;
	*length = (int) (len > 1000000 ? 1000000 : len);
	if (len == 0)
		*rule = ID_EMPTY;
	else if (len != len_a && len != len_b)
		*rule = ID_LENGTH;
	else
	{
		*rule = ID_OK;
		return true;
	}
	return false;
}

bool
id_valid_ymd(int32_t ymd)
{
	static const int mdays[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			y = ymd / 10000,
				m = (ymd / 100) % 100,
				d = ymd % 100;

	/* No official floor; the standard's own example is born 1880 (A.5). */
	if (y < 1800 || y > 9999 || m < 1 || m > 12 || d < 1 || d > mdays[m])
		return false;
	if (m == 2 && d == 29)
		return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return true;
}

char
cnid_check_char(const char *digits17)
{
	int			sum = 0;

	for (int i = 0; i < 17; i++)
		sum += (digits17[i] - '0') * mod112_weights[i];
	return mod112_chars[sum % 11];
}

static inline int
two(const char *p)
{
	return (p[0] - '0') * 10 + (p[1] - '0');
}

static inline int32_t
digits_value(const char *p, int n)
{
	int32_t		v = 0;

	for (int i = 0; i < n; i++)
		v = v * 10 + (p[i] - '0');
	return v;
}

/*
 * Check the prefix, date and check character of 17 body digits.  Shared by
 * the parser and by binary receive, so both apply exactly the same rules.
 */
static IdRule
check_body_digits(const char *d, int32_t today_ymd, int32_t *ymd_out)
{
	int32_t		ymd;

	if (d[0] == '9')
	{
		/* 2023 foreign permanent residence: 9 + province + ISO numeric */
		if (!id_mainland_province(two(d + 1)))
			return ID_PROVINCE;
		if (!id_iso3166_numeric(digits_value(d + 3, 3)))
			return ID_NATIONALITY;
	}
	else if (!id_mainland_province(two(d)))
	{
		/* permits carry exactly 810000 / 820000 / 830000 */
		if (!(d[0] == '8' && d[1] >= '1' && d[1] <= '3' &&
			  memcmp(d + 2, "0000", 4) == 0))
			return ID_PROVINCE;
	}
	ymd = digits_value(d + 6, 8);
	*ymd_out = ymd;
	if (!id_valid_ymd(ymd))
		return ID_BIRTH_DATE;
	if (today_ymd > 0 && ymd > today_ymd)
		return ID_BIRTH_FUTURE;
	return ID_OK;
}

void
cnid_parse(const char *s, size_t len, int32_t today_ymd, CnidParse *out)
{
	char		d[18];
	int			ndigits;

	memset(out, 0, sizeof(*out));
	if (!id_check_length(len, 18, 15, &out->rule, &out->length, &out->bad_pos))
		return;

	/* Alphabet: digits, and X only in the 18th position. */
	ndigits = (len == 18) ? 17 : 15;
	for (int i = 0; i < ndigits; i++)
	{
		if (s[i] < '0' || s[i] > '9')
		{
			out->rule = ID_CHARACTER;
			out->bad_pos = i;
			return;
		}
	}
	if (len == 18 && !((s[17] >= '0' && s[17] <= '9') || s[17] == 'X'))
	{
		out->rule = ID_CHARACTER;
		out->bad_pos = 17;
		return;
	}

	if (len == 15)
	{
		/* Legacy GB 11643-1989 form: only mainland, century is always 19. */
		if (!id_mainland_province(two(s)))
		{
			out->rule = ID_PROVINCE;
			return;
		}
		memcpy(d, s, 6);
		d[6] = '1';
		d[7] = '9';
		memcpy(d + 8, s + 6, 9);
		out->upgraded = true;
	}
	else
		memcpy(d, s, 17);

	out->rule = check_body_digits(d, today_ymd, &out->birth_ymd);
	if (out->rule != ID_OK)
		return;

	if (len == 18)
	{
		char		expect = cnid_check_char(d);

		if (expect != s[17])
		{
			out->rule = ID_CHECK_CHAR;
			out->expected_check = expect;
			out->found_check = s[17];
			return;
		}
	}

	{
		int64_t		body = 0;

		for (int i = 0; i < 17; i++)
			body = body * 10 + (d[i] - '0');
		out->body = body;
	}
}

static void
body_digits(int64_t body, char *d)
{
	for (int i = 16; i >= 0; i--)
	{
		d[i] = (char) ('0' + body % 10);
		body /= 10;
	}
}

void
cnid_format(int64_t body, char *buf)
{
	body_digits(body, buf);
	buf[17] = cnid_check_char(buf);
	buf[18] = '\0';
}

IdRule
cnid_validate_body(int64_t body, int32_t today_ymd)
{
	char		d[17];
	int32_t		ymd;

	if (body < 0 || body > INT64_C(99999999999999999))
		return ID_LENGTH;
	body_digits(body, d);
	return check_body_digits(d, today_ymd, &ymd);
}

int32_t
cnid_body_birth_ymd(int64_t body)
{
	/* digits 7..14 of 17: drop the 3-digit sequence, keep 8 digits */
	return (int32_t) ((body / 1000) % 100000000);
}

int
cnid_body_sex(int64_t body)
{
	return (body % 2 == 1) ? 1 : 2;
}

int32_t
cnid_body_region(int64_t body)
{
	int32_t		lead6 = (int32_t) (body / INT64_C(100000000000));

	/* Foreign numbers: 9 + province + nationality; the region is the province. */
	if (lead6 >= 900000)
		return ((lead6 / 1000) % 100) * 10000;
	return lead6;
}

CnidKind
cnid_body_kind(int64_t body)
{
	int32_t		lead6 = (int32_t) (body / INT64_C(100000000000));

	if (lead6 >= 900000)
		return CNID_FOREIGN;
	switch (lead6)
	{
		case 810000:
			return CNID_HONGKONG;
		case 820000:
			return CNID_MACAO;
		case 830000:
			return CNID_TAIWAN;
	}
	return CNID_MAINLAND;
}

static int
cmp_int64(const void *a, const void *b)
{
	int64_t		x = *(const int64_t *) a,
				y = *(const int64_t *) b;

	return (x > y) - (x < y);
}

static bool
all_digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* Try one candidate string; append its body when valid. */
static void
repair_try(const char *cand, size_t len, int32_t today_ymd,
		   int64_t *found, int *nfound, int cap)
{
	CnidParse	p;

	cnid_parse(cand, len, today_ymd, &p);
	if (p.rule == ID_OK && *nfound < cap)
		found[(*nfound)++] = p.body;
}

int
cnid_find_repairs(const char *s, size_t len, int32_t today_ymd, int64_t *out, int max)
{
	/* 18 positions x 10 substitutions + 17 transpositions, plus X */
	int64_t		found[256];
	int			nfound = 0;
	char		buf[18];
	int			total;
	int64_t		bodies[64];
	int			nb;

	if (len != 18 && len != 15)
		return 0;
	{
		/* A valid number needs no repair (a 15-digit one has no check to fail). */
		CnidParse	self;

		cnid_parse(s, len, today_ymd, &self);
		if (self.rule == ID_OK)
			return 0;
	}
	memcpy(buf, s, len);

	/*
	 * The common case (18 characters, 17 digits): the candidates that pass
	 * the check character (cnid_repair_bodies, about 20 of 180), then the
	 * other rules.
	 */
	if ((nb = cnid_repair_bodies(s, len, bodies)) >= 0)
	{
		for (int i = 0; i < nb; i++)
			if (cnid_validate_body(bodies[i], today_ymd) == ID_OK)
				found[nfound++] = bodies[i];
	}
	else
	{
		for (size_t i = 0; i < len; i++)
		{
			char		orig = buf[i];
			const char *alphabet = (len == 18 && i == 17) ? "0123456789X" : "0123456789";

			for (const char *c = alphabet; *c; c++)
			{
				if (*c == orig)
					continue;
				buf[i] = *c;
				repair_try(buf, len, today_ymd, found, &nfound, 256);
			}
			buf[i] = orig;
		}
		for (size_t i = 0; i + 1 < len; i++)
		{
			char		t;

			if (buf[i] == buf[i + 1])
				continue;
			t = buf[i];
			buf[i] = buf[i + 1];
			buf[i + 1] = t;
			repair_try(buf, len, today_ymd, found, &nfound, 256);
			buf[i + 1] = buf[i];
			buf[i] = t;
		}
	}

	qsort(found, nfound, sizeof(int64_t), cmp_int64);
	total = 0;
	for (int i = 0; i < nfound; i++)
	{
		if (i > 0 && found[i] == found[i - 1])
			continue;
		if (total < max)
			out[total] = found[i];
		total++;
	}
	return total;
}

int
cnid_repair_bodies(const char *s, size_t len, int64_t *out)
{
	const int  *w = mod112_weights;
	const char *check = mod112_chars;
	int64_t		pow10[17];
	int64_t		body = 0;
	int			sum = 0,
				n = 0;

	if (len != 18 || !all_digits(s, 17))
		return -1;
	pow10[16] = 1;
	for (int i = 15; i >= 0; i--)
		pow10[i] = pow10[i + 1] * 10;
	for (int i = 0; i < 17; i++)
	{
		sum += w[i] * (s[i] - '0');
		body = body * 10 + (s[i] - '0');
	}
	/* one body digit replaced: the one digit (if any) that fits the check */
	for (int i = 0; i < 17; i++)
		for (int c = 0; c <= 9; c++)
			if (c != s[i] - '0' &&
				check[(sum + w[i] * (c - (s[i] - '0')) + 11 * 90) % 11] == s[17])
				out[n++] = body + (c - (s[i] - '0')) * pow10[i];
	/* the check character replaced */
	if (check[sum % 11] != s[17])
		out[n++] = body;
	/* two adjacent body digits swapped */
	for (int i = 0; i < 16; i++)
	{
		int			d = s[i + 1] - s[i];

		if (d != 0 && check[(sum + (w[i] - w[i + 1]) * d + 11 * 90) % 11] == s[17])
			out[n++] = body + d * pow10[i] - d * pow10[i + 1];
	}
	/* the last body digit swapped with a digit check character */
	if (s[16] != s[17] && s[17] >= '0' && s[17] <= '9' &&
		check[(sum + w[16] * (s[17] - s[16]) + 11 * 90) % 11] == s[16])
		out[n++] = body + (s[17] - s[16]);
	return n;
}
