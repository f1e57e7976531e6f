/*
 * encoding.c: UTF-8 and GB18030 validation, and the encoding of the input
 * file, given or decided on the whole file.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "enroll_load.h"

const char *const enc_name[] = {"UTF8", "GB18030"};
int			enc;

/* Length of a valid UTF-8 sequence at s, or 0. */
static int
utf8_seq(const unsigned char *s, size_t left)
{
	int			n;
	unsigned int cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		n = 2, cp = s[0] & 0x1F;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		n = 3, cp = s[0] & 0x0F;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		n = 4, cp = s[0] & 0x07;
	else
		return 0;
	if ((size_t) n > left)
		return 0;
	for (int i = 1; i < n; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return n;
}

/*
 * Length of a valid GB18030 sequence at s, or 0.  Four-byte sequences are
 * accepted only where GB18030 maps them to Unicode (first byte 0x81-0x84 for
 * the BMP, 0x90-0xE3 for the supplementary planes); the few past the ends of
 * those ranges (0x8431A530 on, 0xE3329A36 on) the server refuses to
 * convert, and the batch is sent again row by row (batch.c).
 */
static int
gb18030_seq(const unsigned char *s, size_t left)
{
	if (s[0] < 0x80)
		return 1;
	if (s[0] == 0x80 || s[0] == 0xFF || left < 2)
		return 0;
	if ((s[1] >= 0x40 && s[1] <= 0x7E) || (s[1] >= 0x80 && s[1] <= 0xFE))
		return 2;
	if (s[1] >= 0x30 && s[1] <= 0x39 && left >= 4 &&
		s[2] >= 0x81 && s[2] <= 0xFE && s[3] >= 0x30 && s[3] <= 0x39 &&
		((s[0] >= 0x81 && s[0] <= 0x84) || (s[0] >= 0x90 && s[0] <= 0xE3)))
		return 4;
	return 0;
}

static int
enc_seq(int enc, const unsigned char *s, size_t left)
{
	return enc == ENC_UTF8 ? utf8_seq(s, left) : gb18030_seq(s, left);
}

/* Offset of the first invalid sequence in s[0..len), or -1. */
long
first_invalid(int enc, const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		int			n = enc_seq(enc, (const unsigned char *) s + i, len - i);

		if (n == 0)
			return (long) i;
		i += n;
	}
	return -1;
}

typedef struct
{
	long		first_bad;		/* offset of the first invalid sequence, or -1 */
	long		bad;			/* invalid sequences (resynchronising a byte on) */
	long		multibyte;		/* valid multibyte characters */
	long		first_multibyte;	/* offset of the first, or -1 */
} EncScan;

static EncScan
enc_scan(int enc, const char *s, size_t len)
{
	EncScan		r = {-1, 0, 0, -1};
	size_t		i = 0;

	while (i < len)
	{
		int			n = enc_seq(enc, (const unsigned char *) s + i, len - i);

		if (n == 0)
		{
			if (r.first_bad < 0)
				r.first_bad = (long) i;
			r.bad++;
			i++;
			continue;
		}
		if (n > 1)
		{
			if (r.first_multibyte < 0)
				r.first_multibyte = (long) i;
			r.multibyte++;
		}
		i += n;
	}
	return r;
}

/* Decide the encoding from the whole file, or stop. */
static int
decide_encoding(void)
{
	EncScan		u = enc_scan(ENC_UTF8, data + data_start, data_len - data_start);
	EncScan		g = enc_scan(ENC_GB18030, data + data_start, data_len - data_start);

	/* a UTF-8 file is often valid GB18030 too; the reverse is rare */
	int			utf8_plausible = u.bad == 0 || u.bad * 100 <= u.multibyte;

	/* valid UTF-8 with enough non-ASCII to tell, or the only one of the two that fits */
	if (u.bad == 0 && (u.multibyte == 0 || u.multibyte >= 8 || g.bad > 0))
		return ENC_UTF8;
	if (g.bad == 0 && !utf8_plausible)
		return ENC_GB18030;
	if (u.bad == 0 && g.bad == 0)
	{
		long		off = (long) data_start + u.first_multibyte;

		fprintf(stderr, "%s: could not determine the input encoding: the file is valid UTF-8 and valid GB18030, with only %ld "
				"non-ASCII characters (the first on line %ld, byte %ld of the file)\n"
				"Pass --encoding=utf8 or --encoding=gb18030.\n",
				progname, u.multibyte, line_of((size_t) off), off + 1);
		exit(EXIT_USAGE);
	}
	{
		long		uo = (long) data_start + u.first_bad;
		long		go = (long) data_start + g.first_bad;

		if (g.bad == 0)
			fprintf(stderr, "%s: could not determine the input encoding: the file is valid GB18030, but also UTF-8 but for %ld invalid "
					"sequence%s (the first on line %ld, byte %ld of the file)\n",
					progname, u.bad, u.bad == 1 ? "" : "s", line_of((size_t) uo), uo + 1);
		else
			fprintf(stderr, "%s: could not determine the input encoding: the file is not valid UTF-8 (%ld invalid sequence%s, the first "
					"on line %ld, byte %ld of the file) nor valid GB18030 (%ld, the first on line %ld, byte %ld)\n",
					progname, u.bad, u.bad == 1 ? "" : "s", line_of((size_t) uo), uo + 1,
					g.bad, line_of((size_t) go), go + 1);
		fprintf(stderr, "Pass --encoding=utf8 or --encoding=gb18030: rows not valid in it are then rejected, the others loaded.\n");
		exit(EXIT_USAGE);
	}
}

/* Encoding: given, or decided on the whole file; a byte-order mark is dropped. */
void
set_encoding(Load *l)
{
	const char *e = l->enc_opt;

	if (strcasecmp(e, "utf8") == 0 || strcasecmp(e, "utf-8") == 0)
		enc = ENC_UTF8;
	else if (strcasecmp(e, "gb18030") == 0)
		enc = ENC_GB18030;
	else if (strcasecmp(e, "auto") != 0)
		usage_error("invalid encoding \"%s\" (auto, utf8 or gb18030 expected)", e);
	if (data_len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 && (strcasecmp(e, "auto") == 0 || enc == ENC_UTF8))
		data_start = 3, enc = ENC_UTF8;
	else if (data_len >= 4 && memcmp(data, "\x84\x31\x95\x33", 4) == 0 && (strcasecmp(e, "auto") == 0 || enc == ENC_GB18030))
		data_start = 4, enc = ENC_GB18030;
	else if (strcasecmp(e, "auto") == 0)
		enc = decide_encoding();
}
