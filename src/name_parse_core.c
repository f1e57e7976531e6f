/*
 * name_parse_core.c
 *	  A name's text to units (name_parse): decoding, annotations, Han and
 *	  Latin parsing, the surname (see name_core.h, doc/reference-names.md).
 *
 * Normalisation order (name_parse):
 *	1. UTF-8 decode; invalid bytes become U+FFFD (a placeholder);
 *	2. GB18030-2005 private-use code points of real characters are mapped
 *	   (U+E863 -> 䶮 ...); any other private-use code becomes a placeholder;
 *	3. NFKC (ICU), only when a code point is outside ASCII / Han / U+00B7:
 *	   full width -> ASCII, U+3000 and NBSP -> space, compatibility ideographs;
 *	4. format and control characters are deleted, other blanks become spaces;
 *	5. trailing annotations are removed: bracketed groups （已故） (1) [重]
 *	   【…】 unless they hold a pinyin syllable in a Han name (李(lun)), and
 *	   trailing digits;
 *	6. the script is decided: any Han character makes a Han name;
 *	7. Han names: every separator spelling becomes one U+00B7 between parts;
 *	   names of at most 4 characters keep no separator and no blank;
 *	8. placeholders ? * □ ■ ○ U+FFFD become wildcards (〇 U+3007 stays);
 *	9. traditional -> simplified and variant -> standard folding, one way
 *	   only (Unihan tables; 於 乾 and the informal pairs 肖/萧 … are never
 *	   folded);
 *	10. Latin names: NFD, combining marks dropped, ø ł ß æ œ đ folded, lower
 *	   case, apostrophes dropped, tokens split at blanks, commas, hyphens, dots;
 *	11. surname: a compound surname when the first two characters are on the
 *	   list, else the first character; minority (dotted) names have none.
 */
#include "name_chars_core.h"

#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

static inline bool
fast_cp(uint32_t c)
{
	return (c >= 0x20 && c < 0x7F) || c == 0xB7 || (c >= 0x4E00 && c <= 0x9FFF) ||
		(c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2F7FF) ||
		(c >= 0x30000 && c <= 0x3FFFF);
}

static inline bool
is_separator(uint32_t c)
{
	switch (c)
	{
		case 0xB7: case 0x2022: case 0x30FB: case 0xFF0E: case 0x2027:
		case 0xFE52: case 0xFF65: case 0x2219: case 0x22C5: case 0x0387:
		case 0x2E31: case '.': case '-': case 0xFF0D: case 0x3002: case '=':
		case '_': case ' ': case 0xFF61: case 0x2E33: case 0x16EB: case 0x00B8:
		case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
		case 0x2015: case 0x2212: case '/': case ',': case 0x3001:
			return true;
	}
	return false;
}

static inline bool
is_placeholder(uint32_t c)
{
	return c == '?' || c == '*' || c == 0x25A1 || c == 0x25A0 || c == 0x25CB ||
		c == 0xFFFD || c == 0x00D7 || c == 0x2606 || c == 0x2605 || c == '#' ||
		c == 0x25CF || c == 0x2573 || c == 0x3013;
}

static inline bool
is_open(uint32_t c)
{
	return c == '(' || c == '[' || c == '{' || c == 0x3010 || c == 0x3014 ||
		c == 0x300A || c == 0x3008 || c == 0x300C || c == 0x3016 || c == '<';
}

static inline bool
is_close(uint32_t c)
{
	return c == ')' || c == ']' || c == '}' || c == 0x3011 || c == 0x3015 ||
		c == 0x300B || c == 0x3009 || c == 0x300D || c == 0x3017 || c == '>';
}

static inline bool
is_invisible(uint32_t c)
{
	return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD ||
		(c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
		(c >= 0x2060 && c <= 0x206F) || c == 0xFEFF || c == 0x180E ||
		(c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) ||
		c == 0x034F;
}

/* Decode, map private use, NFKC when needed.  Returns the count. */
static int
decode(const char *in, size_t len, uint32_t *cps, int cap, int *flags)
{
	int			n = 0;
	bool		slow = false;

	if (len > NAME_MAX_INPUT)
	{
		len = NAME_MAX_INPUT;
		*flags |= NAME_F_CUT;
	}
	for (int32_t i = 0; i < (int32_t) len && n < cap;)
	{
		UChar32		c;

		U8_NEXT((const uint8_t *) in, i, (int32_t) len, c);
		if (c < 0)
			c = 0xFFFD;
		if (c >= 0xE000 && c <= 0xF8FF)
		{
			uint32_t	m = name_pua_target((uint32_t) c);

			if (m)
			{
				c = (UChar32) m;
				*flags |= NAME_F_PUA_MAPPED;
			}
			else
			{
				c = '?';
				*flags |= NAME_F_WILDCARD;
			}
		}
		if (!fast_cp((uint32_t) c))
			slow = true;
		cps[n++] = (uint32_t) c;
	}
	if (slow)
	{
		UChar		src[NAME_MAX_INPUT * 2 + 8];
		UChar		dst[NAME_MAX_INPUT * 4 + 8];
		int32_t		sl = 0,
					dl;
		UErrorCode	st = U_ZERO_ERROR;
		const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&st);

		for (int i = 0; i < n; i++)
			U16_APPEND_UNSAFE(src, sl, (UChar32) cps[i]);
		if (U_FAILURE(st))
			return n;
		dl = unorm2_normalize(nfkc, src, sl, dst, (int32_t) (sizeof(dst) / sizeof(UChar)), &st);
		if (U_FAILURE(st))
			return n;
		if (dl != sl || memcmp(src, dst, sizeof(UChar) * (size_t) sl) != 0)
			*flags |= NAME_F_FULLWIDTH;
		n = 0;
		for (int32_t i = 0; i < dl && n < cap;)
		{
			UChar32		c;

			U16_NEXT(dst, i, dl, c);
			cps[n++] = (uint32_t) c;
		}
	}
	return n;
}

static bool
is_ascii_letter(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Remove trailing annotations; keep a bracketed pinyin syllable in Han names */
static int
strip_annotations(uint32_t *cps, int n, bool han, int *flags)
{
	for (;;)
	{
		int			end = n;

		while (end > 0 && (cps[end - 1] == ' '))
			end--;
		if (end == 0)
			return 0;
		if (is_close(cps[end - 1]))
		{
			int			open = end - 2;
			int			depth = 1;

			for (; open >= 0; open--)
			{
				if (is_close(cps[open]))
					depth++;
				else if (is_open(cps[open]) && --depth == 0)
					break;
			}
			if (open < 0)
			{
				n = end - 1;	/* stray closing bracket */
				*flags |= NAME_F_ANNOTATION;
				continue;
			}
			if (han && end - open - 2 > 0 && end - open - 2 <= 6)
			{
				char		tmp[8];
				int			l = 0;
				uint16_t	sy[2];
				bool		letters = true;

				for (int i = open + 1; i < end - 1; i++)
				{
					if (!is_ascii_letter(cps[i]))
						letters = false;
					else
						tmp[l++] = (char) (cps[i] | 0x20);
				}
				if (letters && name_segment_pinyin(tmp, l, sy, 1) == 1)
				{
					/* 李(lun): pinyin for a character, keep the letters */
					memmove(cps + open, cps + open + 1, sizeof(uint32_t) * (size_t) (end - open - 2));
					return end - 2;
				}
			}
			if (open == 0)
				return end;		/* the whole name is bracketed: keep it */
			n = open;
			*flags |= NAME_F_ANNOTATION;
			continue;
		}
		if (cps[end - 1] >= '0' && cps[end - 1] <= '9')
		{
			int			k = end;

			while (k > 0 && cps[k - 1] >= '0' && cps[k - 1] <= '9')
				k--;
			if (k == 0)
				return end;
			n = k;
			*flags |= NAME_F_ANNOTATION;
			continue;
		}
		return end;
	}
}

static void
add_unit(NameParse *p, NameUnitKind kind, uint32_t cp, uint16_t syl, int seg)
{
	NameUnit   *u;

	if (p->n >= NAME_MAX_UNITS)
	{
		p->flags |= NAME_F_CUT;
		return;
	}
	u = &p->u[p->n++];
	u->kind = (uint8_t) kind;
	u->orig = cp;
	u->cp = cp;
	u->syl = syl;
	u->seg = (uint8_t) seg;
	u->ent = u->oent = NULL;
	if (kind == NU_HAN)
	{
		const UnihanEntry *e = uh_lookup(cp);

		u->ent = u->oent = e;
		if (e && e->fold)
		{
			const UnihanEntry *t = uh_lookup(e->fold);

			u->cp = e->fold;
			p->flags |= (t && t->fold == 0 && e->syl && t->syl == e->syl) ?
				NAME_F_TRADITIONAL : NAME_F_VARIANT;
			u->ent = t;
			e = t ? t : e;
		}
		u->syl = e ? e->syl : 0;
	}
}

static void parse_surname(NameParse *p);

static void
parse_han(NameParse *p, const uint32_t *cps, int n)
{
	int			seg = 0;
	bool		pending_sep = false;
	int			hanlike = 0;

	for (int i = 0; i < n; i++)
	{
		uint32_t	c = cps[i];

		if (is_han(c))
		{
			if (pending_sep && p->n > 0)
				seg++;
			pending_sep = false;
			add_unit(p, NU_HAN, c, 0, seg);
		}
		else if (is_ascii_letter(c))
		{
			char		tmp[64];
			int			l = 0;
			uint16_t	sy[16];
			int			k;

			while (i < n && is_ascii_letter(cps[i]) && l < 63)
				tmp[l++] = (char) (cps[i++] | 0x20);
			i--;
			if (pending_sep && p->n > 0)
				seg++;
			pending_sep = false;
			k = name_segment_pinyin(tmp, l, sy, 16);
			if (k > 0)
			{
				for (int j = 0; j < k; j++)
					add_unit(p, NU_PINYIN, 0, sy[j], seg);
				p->flags |= NAME_F_PINYIN;
			}
			else
			{
				add_unit(p, NU_WILD, 0, 0, seg);
				p->flags |= NAME_F_WILDCARD;
			}
		}
		else if (is_placeholder(c))
		{
			if (pending_sep && p->n > 0)
				seg++;
			pending_sep = false;
			add_unit(p, NU_WILD, 0, 0, seg);
			p->flags |= NAME_F_WILDCARD;
		}
		else if (is_separator(c))
		{
			pending_sep = true;
			if (c != 0xB7)
				p->flags |= (c == ' ') ? NAME_F_BLANKS : NAME_F_SEPARATOR;
		}
		/* digits, stray punctuation: dropped */
	}
	for (int i = 0; i < p->n; i++)
		hanlike++;
	/* short Han names hold no separator: 李 娜, 欧阳 娜娜 */
	if (hanlike <= 4 || seg == 0)
	{
		for (int i = 0; i < p->n; i++)
			p->u[i].seg = 0;
		seg = 0;
	}
	else
		p->flags &= ~NAME_F_BLANKS;
	p->nseg = seg + 1;
	parse_surname(p);
}

/*
 * The surname of a one-part Han name of 2-6 units: a compound surname of the
 * list (with its readings), else the first character, read as a surname
 * where that reading differs (单 shan, 曾 zeng).
 */
static void
parse_surname(NameParse *p)
{
	const NameCompound *c;

	p->surname_len = 0;
	if (p->nseg != 1 || p->n < 2 || p->n > 6)
		return;
	c = name_compound_surname(p);
	if (c)
	{
		p->surname_len = c->len;
		for (int j = 0; j < c->len; j++)
			if (c->syl[j])
				p->u[j].syl = c->syl[j];
		p->flags |= NAME_F_COMPOUND;
		return;
	}
	p->surname_len = 1;
	if (p->u[0].kind == NU_HAN)
	{
		const uint16_t *r = name_surname_reading(p->u[0].cp);

		if (!r)
			r = name_surname_reading(p->u[0].orig);
		if (r && r[0] && r[0] != p->u[0].syl)
		{
			p->u[0].syl = r[0];
			p->flags |= NAME_F_SURNAME_READ;
		}
	}
}

static void latin_pinyin(NameParse *p);

static void
parse_latin(NameParse *p, const uint32_t *cps, int n)
{
	UChar		src[NAME_MAX_INPUT * 2 + 8];
	UChar		dst[NAME_MAX_INPUT * 4 + 8];
	int32_t		sl = 0,
				dl = 0;
	UErrorCode	st = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&st);
	int			tl = 0;
	bool		nonascii = false;

	for (int i = 0; i < n; i++)
	{
		if (cps[i] >= 0x80)
			nonascii = true;
		U16_APPEND_UNSAFE(src, sl, (UChar32) cps[i]);
	}
	if (nonascii && U_SUCCESS(st))
		dl = unorm2_normalize(nfd, src, sl, dst, (int32_t) (sizeof(dst) / sizeof(UChar)), &st);
	if (!nonascii || U_FAILURE(st))
	{
		memcpy(dst, src, sizeof(UChar) * (size_t) sl);
		dl = sl;
	}
	if (nonascii)
		p->flags |= NAME_F_LATIN_FOLD;
	p->ntok = 0;
	for (int32_t i = 0; i <= dl;)
	{
		UChar32		c = 0;
		const char *rep = NULL;
		char		one[2] = {0, 0};

		if (i < dl)
			U16_NEXT(dst, i, dl, c);
		else
			i++;
		if (c >= 'A' && c <= 'Z')
		{
			c += 32;
			if (!nonascii)
				p->flags |= NAME_F_LATIN_FOLD;
		}
		if (c > 0x7F)
		{
			if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK)
				continue;
			switch (c)
			{
				case 0xF8: case 0xD8: rep = "o"; break;
				case 0x142: case 0x141: rep = "l"; break;
				case 0xDF: rep = "ss"; break;
				case 0xE6: case 0xC6: rep = "ae"; break;
				case 0x153: case 0x152: rep = "oe"; break;
				case 0x111: case 0x110: case 0xF0: case 0xD0: rep = "d"; break;
				case 0x131: rep = "i"; break;
				case 0xFE: case 0xDE: rep = "th"; break;
				case 0x2019: case 0x2018: case 0x2BC: case 0xB4: continue;
				default:
					c = u_tolower(c);
					if (c > 0x7F)
						c = ' ';	/* other scripts: a break */
			}
		}
		if (c == '\'' || c == '`')
			continue;
		if (!rep)
		{
			if (c >= 'a' && c <= 'z')
			{
				one[0] = (char) c;
				rep = one;
			}
		}
		if (rep)
		{
			for (const char *r = rep; *r; r++)
				if (p->ntok < NAME_MAX_TOKENS && tl < NAME_TOKEN_CAP - 1)
					p->tok[p->ntok][tl++] = *r;
		}
		else if (tl > 0)
		{
			p->tok[p->ntok][tl] = '\0';
			p->ntok++;
			tl = 0;
			if (p->ntok >= NAME_MAX_TOKENS)
			{
				p->flags |= NAME_F_CUT;
				break;
			}
		}
	}
	if (p->ntok == 0)
	{
		p->script = NAME_EMPTY;
		return;
	}
	latin_pinyin(p);
}

/* pinyin written in Latin letters: ZHANG WEI, OUYANG NANA */
static void
latin_pinyin(NameParse *p)
{
	p->pinyin_latin = true;
	p->n = 0;
	for (int t = 0; t < p->ntok && p->pinyin_latin; t++)
	{
		uint16_t	sy[16];
		int			k = name_segment_pinyin(p->tok[t], (int) strlen(p->tok[t]), sy, 6);

		if (k <= 0 || p->n + k > NAME_MAX_UNITS)
			p->pinyin_latin = false;
		else
		{
			p->tok_units[t] = (uint8_t) k;
			for (int j = 0; j < k; j++)
				add_unit(p, NU_PINYIN, 0, sy[j], 0);
		}
	}
	if (!p->pinyin_latin)
		p->n = 0;
	p->nseg = 1;
}

void
name_parse(const char *in, size_t len, NameParse *p)
{
	uint32_t	cps[NAME_MAX_INPUT + 8];
	int			n,
				m = 0;
	bool		han = false,
				latin = false;

	ensure_tables();
	p->prepared = false;
	p->script = NAME_EMPTY;
	p->n = 0;
	p->nseg = 0;
	p->surname_len = 0;
	p->flags = 0;
	p->pinyin_latin = false;
	p->ntok = 0;

	/*
	 * Fast path for the common case: 2-4 characters from the main CJK block
	 * (three-byte UTF-8, U+4E00-U+9FFF) and nothing else.  Those need no
	 * NFKC, hold no blank, separator, annotation or placeholder, so the
	 * general passes below would change nothing.
	 */
	if (len >= 6 && len <= 12 && len % 3 == 0)
	{
		const unsigned char *b = (const unsigned char *) in;
		bool		ok = true;

		for (size_t i = 0; i < len && ok; i += 3)
		{
			uint32_t	c = ((uint32_t) (b[i] & 0x0F) << 12) |
				((uint32_t) (b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);

			ok = (b[i] & 0xF0) == 0xE0 && (b[i + 1] & 0xC0) == 0x80 &&
				(b[i + 2] & 0xC0) == 0x80 && c >= 0x4E00 && c <= 0x9FFF;
			cps[i / 3] = c;
		}
		if (ok)
		{
			p->script = NAME_HAN;
			parse_han(p, cps, (int) (len / 3));
			return;
		}
	}

	n = decode(in, len, cps, NAME_MAX_INPUT, &p->flags);
	/* invisible characters out, blanks to ' ' */
	for (int i = 0; i < n; i++)
	{
		uint32_t	c = cps[i];

		if (is_invisible(c) && c != '\t' && c != '\n' && c != '\r')
		{
			p->flags |= NAME_F_INVISIBLE;
			continue;
		}
		if (c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0 ||
			(c > 0x7F && c != 0xB7 && !is_han(c) && u_isUWhiteSpace((UChar32) c)))
			c = ' ';
		if (is_han(c))
			han = true;
		else if (is_ascii_letter(c) || (c >= 0xC0 && c < 0x250))
			latin = true;
		cps[m++] = c;
	}
	n = strip_annotations(cps, m, han, &p->flags);
	/* decide the script on what is left (an annotation may have held Han) */
	han = latin = false;
	for (int i = 0; i < n; i++)
	{
		if (is_han(cps[i]))
			han = true;
		else if (is_ascii_letter(cps[i]) || (cps[i] >= 0xC0 && cps[i] < 0x250))
			latin = true;
	}
	if (han)
	{
		p->script = NAME_HAN;
		parse_han(p, cps, n);
		if (p->n == 0)
			p->script = NAME_EMPTY;
	}
	else if (latin)
	{
		p->script = NAME_LATIN;
		parse_latin(p, cps, n);
	}
}
