/*
 * name_keys_core.c
 *	  What a parsed name is written as: its normalised form (name_norm), its
 *	  toneless pinyin (name_pinyin), its phonetic key (name_key) and the
 *	  blocking keys that let misspelt names meet (name_keys); see name_core.h
 *	  and doc/reference-names.md.
 */
#include "name_chars_core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------
 * Normalised form and pinyin
 * ------------------------------------------------------------------------ */

static size_t
put_str(char *out, size_t at, const char *s)
{
	size_t		l = strlen(s);

	if (at + l > NAME_OUT_CAP)
		return at;
	memcpy(out + at, s, l);
	return at + l;
}

size_t
name_norm_str(const NameParse *p, char *out)
{
	size_t		at = 0;

	if (p->script == NAME_HAN)
	{
		for (int i = 0; i < p->n; i++)
		{
			const NameUnit *u = &p->u[i];

			if (at + 16 > NAME_OUT_CAP)
				break;
			if (i > 0 && u->seg != p->u[i - 1].seg)
				at += (size_t) name_put_utf8(0xB7, out + at);
			if (u->kind == NU_HAN)
				at += (size_t) name_put_utf8(u->cp, out + at);
			else if (u->kind == NU_PINYIN)
			{
				/* xi'an: an apostrophe keeps adjacent syllables apart */
				if (i > 0 && p->u[i - 1].kind == NU_PINYIN && u->seg == p->u[i - 1].seg)
					at = put_str(out, at, "'");
				at = put_str(out, at, unihan_syl[u->syl]);
			}
			else
				out[at++] = '?';
		}
	}
	else if (p->script == NAME_LATIN)
	{
		for (int t = 0; t < p->ntok; t++)
		{
			if (t > 0)
				at = put_str(out, at, " ");
			for (const char *s = p->tok[t]; *s && at < NAME_OUT_CAP; s++)
				out[at++] = (char) (*s - 32);
		}
	}
	return at;
}

static size_t
put_syl(char *out, size_t at, uint16_t syl, bool umlaut)
{
	const char *s = unihan_syl[syl];

	for (; *s && at + 2 < NAME_OUT_CAP; s++)
	{
		if (*s == 'v' && umlaut)
		{
			out[at++] = (char) 0xC3;
			out[at++] = (char) 0xBC;
		}
		else
			out[at++] = *s;
	}
	return at;
}

size_t
name_pinyin_str(const NameParse *p, char *out)
{
	size_t		at = 0;

	if (p->script == NAME_HAN || (p->script == NAME_LATIN && p->pinyin_latin))
	{
		for (int i = 0; i < p->n; i++)
		{
			if (at + 12 > NAME_OUT_CAP)
				break;
			if (i > 0)
				out[at++] = ' ';
			if (p->u[i].kind == NU_WILD || p->u[i].syl == 0)
				out[at++] = '?';
			else
				at = put_syl(out, at, p->u[i].syl, true);
		}
	}
	else if (p->script == NAME_LATIN)
	{
		for (int t = 0; t < p->ntok; t++)
		{
			if (t > 0)
				at = put_str(out, at, " ");
			at = put_str(out, at, p->tok[t]);
		}
	}
	return at;
}

/* ------------------------------------------------------------------------
 * Phonetic and blocking keys
 * ------------------------------------------------------------------------ */

/* key of units [from, to), position `mask` replaced by '*' (-1: none) */
static size_t
key_units(const NameUnit *u, int from, int to, int mask, char *out, size_t cap,
		  const uint16_t *alt_syl)
{
	size_t		at = 0;

	for (int i = from; i < to; i++)
	{
		const char *s;
		size_t		l;

		if (i > from && at < cap)
			out[at++] = ' ';
		if (i == mask || u[i].kind == NU_WILD || u[i].syl == 0)
			s = "*";
		else
		{
			uint16_t	sy = alt_syl ? alt_syl[i - from] : u[i].syl;

			s = name_tables.merged_str[sy];
			l = name_tables.merged_len[sy];
			if (at + l >= cap)
				break;
			memcpy(out + at, s, l);
			at += l;
			continue;
		}
		l = strlen(s);
		if (at + l >= cap)
			break;
		memcpy(out + at, s, l);
		at += l;
	}
	return at;
}

static int
cmp_tok(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/* Latin tokens, sorted, German umlaut transliteration undone (ue -> u) */
static size_t
latin_key(const NameParse *p, char *out, size_t cap)
{
	const char *t[NAME_MAX_TOKENS];
	size_t		at = 0;

	for (int i = 0; i < p->ntok; i++)
		t[i] = p->tok[i];
	qsort(t, (size_t) p->ntok, sizeof(t[0]), cmp_tok);
	for (int i = 0; i < p->ntok; i++)
	{
		const char *s = t[i];

		if (i > 0 && at < cap)
			out[at++] = ' ';
		for (; *s && at + 1 < cap; s++)
		{
			if ((s[0] == 'u' || s[0] == 'o' || s[0] == 'a') && s[1] == 'e')
			{
				out[at++] = s[0];
				s++;
				continue;
			}
			out[at++] = *s;
		}
	}
	return at;
}

size_t
name_key_str(const NameParse *p, char *out)
{
	if (p->script == NAME_HAN || (p->script == NAME_LATIN && p->pinyin_latin))
		return key_units(p->u, 0, p->n, -1, out, NAME_KEY_CAP - 1, NULL);
	if (p->script == NAME_LATIN)
		return latin_key(p, out, NAME_KEY_CAP - 1);
	return 0;
}

static int
add_key(char keys[][NAME_KEY_CAP], int nk, const char *prefix, const char *body, size_t blen)
{
	size_t		pl = strlen(prefix);

	if (nk >= NAME_MAX_KEYS || blen == 0)
		return nk;
	if (pl + blen >= NAME_KEY_CAP)
		blen = NAME_KEY_CAP - 1 - pl;
	memcpy(keys[nk], prefix, pl);
	memcpy(keys[nk] + pl, body, blen);
	keys[nk][pl + blen] = '\0';
	for (int i = 0; i < nk; i++)
		if (strcmp(keys[i], keys[nk]) == 0)
			return nk;
	return nk + 1;
}

static uint32_t
shape_code(uint32_t cp)
{
	const UnihanEntry *e;

	if (cp >= 0x3400 && cp < 0xA000 && name_tables.la_group[cp - 0x3400])
		return 0x80000000u | name_tables.la_group[cp - 0x3400];
	e = uh_lookup(cp);
	if (e && e->fc)
		return e->fc;
	return 0x40000000u | cp;
}

/* w: the wide key (hu-/w-, f-/hu-) */
static int
keys_wide(const NameParse *p, char keys[][NAME_KEY_CAP], int nk)
{
	char		b[NAME_KEY_CAP];
	size_t		at = 0;

	for (int i = 0; i < p->n && at + 9 < sizeof(b); i++)
	{
		const char *s = (p->u[i].kind == NU_WILD || !p->u[i].syl) ? "*" : name_tables.wide_str[p->u[i].syl];

		if (i > 0)
			b[at++] = ' ';
		memcpy(b + at, s, strlen(s));
		at += strlen(s);
	}
	return add_key(keys, nk, "w:", b, at);
}

/* pinyin in Latin letters, passport order: WEI ZHANG -> key of ZHANG WEI too */
static int
keys_passport_order(const NameParse *p, char keys[][NAME_KEY_CAP], int nk)
{
	char		b[NAME_KEY_CAP];
	size_t		l;

	if (p->ntok == 2)
	{
		NameUnit	r[NAME_MAX_UNITS];
		int			k0 = p->tok_units[0];

		for (int i = 0; i < p->n; i++)
			r[i] = p->u[(i + k0) % p->n];
		l = key_units(r, 0, p->n, -1, b, sizeof(b) - 1, NULL);
		nk = add_key(keys, nk, "k:", b, l);
	}
	return nk;
}

/*
 * Parts of the name: the first part of a dotted name, the first six units of
 * a long one (t:, field truncation), and a name of 3-5 units without its
 * reduplicated character (娜娜 / 娜)
 */
static int
keys_parts(const NameParse *p, char keys[][NAME_KEY_CAP], int nk)
{
	char		b[NAME_KEY_CAP];
	size_t		l;

	if (p->nseg > 1)
	{
		int			e = 0;

		while (e < p->n && p->u[e].seg == 0)
			e++;
		l = key_units(p->u, 0, e, -1, b, sizeof(b) - 1, NULL);
		nk = add_key(keys, nk, "k:", b, l);
	}
	if (p->n >= 7)
	{
		l = key_units(p->u, 0, 6, -1, b, sizeof(b) - 1, NULL);
		nk = add_key(keys, nk, "t:", b, l);
	}
	if (p->n >= 3 && p->n <= 5 && p->nseg == 1)
	{
		NameUnit	r[NAME_MAX_UNITS];
		int			rn = 0;
		bool		dup = false;

		for (int i = 0; i < p->n; i++)
		{
			if (i > 0 && p->u[i].kind == NU_HAN && p->u[i].cp == p->u[i - 1].cp)
			{
				dup = true;
				continue;
			}
			r[rn++] = p->u[i];
		}
		if (dup)
		{
			l = key_units(r, 0, rn, -1, b, sizeof(b) - 1, NULL);
			nk = add_key(keys, nk, "k:", b, l);
		}
	}
	return nk;
}

/*
 * Edits of a one-part name of 3-5 units: a position masked (m:), the given
 * name sorted (o:), a husband's surname in front (冠夫姓)
 */
static int
keys_edits(const NameParse *p, char keys[][NAME_KEY_CAP], int nk)
{
	char		b[NAME_KEY_CAP];
	size_t		l;
	uint16_t	s[NAME_MAX_UNITS];
	int			sl = p->surname_len > 0 ? p->surname_len : 1;

	/*
	 * m: one position masked, only for names with a placeholder (a masked
	 * key of every name would make blocks of thousands of rows at 10^7
	 * persons); look-alikes go through the s: keys (keys_shapes).
	 */
	if (p->flags & NAME_F_WILDCARD)
		for (int i = 0; i < p->n; i++)
		{
			l = key_units(p->u, 0, p->n, i, b, sizeof(b) - 1, NULL);
			nk = add_key(keys, nk, "m:", b, l);
		}
	/* o: given name in sorted order (transpositions) */
	for (int i = 0; i < p->n; i++)
		s[i] = name_tables.merged_id[p->u[i].syl];
	for (int i = sl; i < p->n; i++)
		for (int j = i + 1; j < p->n; j++)
			if (strcmp(name_tables.merged_str[s[j]], name_tables.merged_str[s[i]]) < 0)
			{
				uint16_t	t = s[i];

				s[i] = s[j];
				s[j] = t;
			}
	l = key_units(p->u, 0, p->n, -1, b, sizeof(b) - 1, s);
	nk = add_key(keys, nk, "o:", b, l);
	/* 冠夫姓: a husband's surname in front */
	if (p->n == 4 && p->u[0].kind == NU_HAN && p->u[1].kind == NU_HAN &&
		name_is_common_surname(p->u[0].cp) && name_is_common_surname(p->u[1].cp))
	{
		l = key_units(p->u, 1, 4, -1, b, sizeof(b) - 1, NULL);
		nk = add_key(keys, nk, "k:", b, l);
	}
	return nk;
}

/* s: one character by shape (four-corner code / look-alike group) */
static int
keys_shapes(const NameParse *p, char keys[][NAME_KEY_CAP], int nk)
{
	char		b[NAME_KEY_CAP];

	for (int i = 0; i < p->n; i++)
	{
		size_t		at = 0;

		if (p->u[i].kind != NU_HAN)
			continue;
		for (int j = 0; j < p->n; j++)
		{
			const NameUnit *o = &p->u[j];

			if (j > 0)
				b[at++] = ' ';
			if (j == i)
				at += (size_t) snprintf(b + at, 16, "#%X", shape_code(o->cp));
			else
			{
				const char *os = (o->kind == NU_WILD || !o->syl) ? "*" : name_tables.merged_str[o->syl];

				memcpy(b + at, os, strlen(os));
				at += strlen(os);
			}
		}
		nk = add_key(keys, nk, "s:", b, at);
	}
	return nk;
}

/* k: other readings of a polyphonic given-name character */
static int
keys_readings(const NameParse *p, char keys[][NAME_KEY_CAP], int nk)
{
	char		b[NAME_KEY_CAP];
	size_t		l;

	for (int i = p->surname_len; i < p->n && i < 4; i++)
	{
		const UnihanEntry *e = (const UnihanEntry *) p->u[i].ent;
		uint16_t	alt[NAME_MAX_UNITS];

		if (!e || !e->alt || p->u[i].kind != NU_HAN)
			continue;
		for (int j = 0; j < unihan_alt[e->alt]; j++)
		{
			uint16_t	r = unihan_alt[e->alt + 1 + j];

			if (name_tables.merged_id[r] == name_tables.merged_id[p->u[i].syl])
				continue;
			for (int k = 0; k < p->n; k++)
				alt[k] = p->u[k].syl;
			alt[i] = r;
			l = key_units(p->u, 0, p->n, -1, b, sizeof(b) - 1, alt);
			nk = add_key(keys, nk, "k:", b, l);
		}
	}
	return nk;
}

/*
 * The blocking keys of name_like and dedupe (doc/reference-names.md): the
 * phonetic key, then the variants by which a misspelt name still meets the
 * right one, each kind where it pays.
 */
int
name_blocking_keys(const NameParse *p, char keys[][NAME_KEY_CAP])
{
	char		b[NAME_KEY_CAP];
	size_t		l;
	int			nk = 0;

	if (p->script == NAME_EMPTY)
		return 0;
	if (p->script == NAME_LATIN && !p->pinyin_latin)
	{
		l = latin_key(p, b, sizeof(b) - 1);
		return add_key(keys, nk, "k:", b, l);
	}
	/* k: the phonetic key */
	l = key_units(p->u, 0, p->n, -1, b, sizeof(b) - 1, NULL);
	nk = add_key(keys, nk, "k:", b, l);
	nk = keys_wide(p, keys, nk);
	if (p->script == NAME_LATIN)
		return keys_passport_order(p, keys, nk);
	nk = keys_parts(p, keys, nk);
	if (p->n >= 3 && p->n <= 5 && p->nseg == 1)
		nk = keys_edits(p, keys, nk);
	if (p->n >= 2 && p->n <= 4 && p->nseg == 1)
	{
		nk = keys_shapes(p, keys, nk);
		nk = keys_readings(p, keys, nk);
	}
	return nk;
}
