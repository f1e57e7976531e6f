/*
 * synth_names.c
 *	  The name errors of synth_persons() (name_error_rate): homophones,
 *	  look-alikes, dialect partners, a husband's surname in front, separators,
 *	  traditional forms and blanks, each checked with the name matcher
 *	  (name_core.h) so that it is what its kind says (doc/reference-synth.md).
 *
 * Every person takes six draws of the name stream whatever happens
 * (synth_name_error), so that name_error_rate changes no person and no ID
 * error (synth.c); the character data are built once per backend.
 */
#include "enroll.h"

#include "mb/pg_wchar.h"
#include "utils/memutils.h"

#include "synth_names.h"

#define SYNTH_MARRIED_BEFORE 20000101	/* 冠夫姓: women born before (25+ in 2024) */

const char *const synth_name_error_names[NE_COUNT] = {
	"homophone", "lookalike", "dialect", "married_surname",
	"separator", "traditional", "blank"
};

/* ---- name errors: character data ---- */

/*
 * The characters a name error may put in a name, with what the name matcher
 * knows of them (name_core.h: name_parse and name_prepare on "王" + the
 * character, so the given-name reading): the 3,755 characters of GB 2312
 * level 1 (the common characters, taken from PostgreSQL's EUC_CN conversion
 * table), every character of the generator's name tables, and the
 * traditional forms that fold to them.  Built once per backend, on the first
 * call with name_error_rate > 0, in TopMemoryContext; the content depends
 * only on the Unihan tables and the conversion table, never on the calls.
 */
typedef struct SynthChar
{
	uint32		cp;
	uint16		syl;			/* primary reading in a given name */
	uint8		ntrad;			/* traditional forms */
	NameUnitPre pre;			/* readings and shape, as the name matcher prepares them */
	bool		cand;			/* may replace another character */
	bool		namechar;		/* in the generator's name tables */
	uint32		trad[3];		/* traditional / variant forms folding to cp */
	int32	   *lookalike;		/* candidate indexes, -1 ends; NULL: not yet */
	int			nclose;			/* the first nclose of them are close */
} SynthChar;

typedef struct SynthChars
{
	int			n;
	SynthChar  *c;				/* sorted by cp */
	int			nsyl;			/* syllables 1 .. nsyl */
	int32	   *syl_start;		/* candidates by primary reading: */
	int32	   *syl_idx;		/* syl_idx[syl_start[s] .. syl_start[s + 1]) */
	uint16	   *partner;		/* 4 dialect partners per syllable, 0 = none */
} SynthChars;

#define SYNTH_PARTNERS 4

static SynthChars *synth_chars = NULL;

static int	cmp_uint32(const void *a, const void *b);

/* a character's entry (cp is SynthChar's first field), -1: none */
static int
synth_char_find(const SynthChars *sc, uint32 cp)
{
	const SynthChar *c = bsearch(&cp, sc->c, sc->n, sizeof(SynthChar), cmp_uint32);

	return c ? (int) (c - sc->c) : -1;
}

static int
cmp_uint32(const void *a, const void *b)
{
	uint32		x = *(const uint32 *) a,
				y = *(const uint32 *) b;

	return x < y ? -1 : x > y;
}

/* append the Han characters of a UTF-8 string to cps */
static void
synth_collect(const char *s, uint32 *cps, int *n, int cap)
{
	while (*s)
	{
		uint32		cp = utf8_to_unicode((const unsigned char *) s);

		s += pg_utf_mblen((const unsigned char *) s);
		if (cp >= 0x3400 && *n < cap)
			cps[(*n)++] = cp;
	}
}

/* parse "王" + cp (the character in a given-name position) */
static void
synth_parse_given(uint32 cp, NameParse *np)
{
	char		buf[8];
	int			len = name_put_utf8(0x738B, buf);

	len += name_put_utf8(cp, buf + len);
	name_parse(buf, len, np);
}

/*
 * The dialect partners of a toneless syllable: readings that differ by one
 * of the pairs that speakers of many dialects merge:
 * initials zh/z, ch/c, sh/s, n/l, the nasal finals en/eng and in/ing, and
 * f-/hu- (飞 fei / 辉 hui, 福 fu / 胡 hu).
 */
static int
synth_dialect_variants(const char *s, char out[][16])
{
	static const char *const fh[][2] = {
		{"fu", "hu"}, {"fa", "hua"}, {"fan", "huan"}, {"fang", "huang"},
		{"fei", "hui"}, {"fen", "hun"}, {"feng", "hong"}, {"fo", "huo"},
	};
	size_t		len = strlen(s);
	int			n = 0;

	if (len == 0 || len > 7)
		return 0;
	if ((s[0] == 'z' || s[0] == 'c' || s[0] == 's') && s[1] == 'h')
		snprintf(out[n++], 16, "%c%s", s[0], s + 2);
	else if (s[0] == 'z' || s[0] == 'c' || s[0] == 's')
		snprintf(out[n++], 16, "%ch%s", s[0], s + 1);
	if (s[0] == 'n' && len > 1 && s[1] != 'g')
		snprintf(out[n++], 16, "l%s", s + 1);
	else if (s[0] == 'l')
		snprintf(out[n++], 16, "n%s", s + 1);
	if (len >= 3 && strcmp(s + len - 3, "eng") == 0)
		snprintf(out[n++], 16, "%.*s", (int) len - 1, s);
	else if (len >= 3 && strcmp(s + len - 3, "ing") == 0)
		snprintf(out[n++], 16, "%.*s", (int) len - 1, s);
	else if (len >= 2 && (strcmp(s + len - 2, "en") == 0 || strcmp(s + len - 2, "in") == 0))
		snprintf(out[n++], 16, "%sg", s);
	for (int i = 0; i < (int) lengthof(fh) && n < SYNTH_PARTNERS; i++)
	{
		if (strcmp(s, fh[i][0]) == 0)
			snprintf(out[n++], 16, "%s", fh[i][1]);
		else if (strcmp(s, fh[i][1]) == 0)
			snprintf(out[n++], 16, "%s", fh[i][0]);
	}
	return Min(n, SYNTH_PARTNERS);
}

/*
 * The 3,755 characters of GB 2312 level 1 (rows 16-55, 0xB0A1 .. 0xD7F9),
 * through PostgreSQL's EUC_CN conversion, appended to cps.
 */
static void
synth_gb2312_level1(uint32 *cps, int *n, int cap)
{
	unsigned char *gb = palloc(2 * 40 * 94 + 1);
	int			gblen = 0;
	int			n0 = *n;
	char	   *utf;

	for (int hi = 0xB0; hi <= 0xD7; hi++)
		for (int lo = 0xA1; lo <= (hi == 0xD7 ? 0xF9 : 0xFE); lo++)
		{
			gb[gblen++] = (unsigned char) hi;
			gb[gblen++] = (unsigned char) lo;
		}
	gb[gblen] = '\0';
	utf = (char *) pg_do_encoding_conversion(gb, gblen, PG_EUC_CN, PG_UTF8);
	if ((unsigned char *) utf == gb)
		elog(ERROR, "no conversion from EUC_CN to UTF8");
	synth_collect(utf, cps, n, cap);
	if (*n - n0 != 3755)
		elog(ERROR, "GB 2312 level 1 has %d characters, not 3755", *n - n0);
	pfree(gb);
	pfree(utf);
}

/* the characters of the generator's own name tables, appended to cps */
static void
synth_collect_names(uint32 *cps, int *n, int cap)
{
	for (int i = 0; i < (int) lengthof(synth_surnames); i++)
		synth_collect(synth_surnames[i].name, cps, n, cap);
	synth_collect(synth_male_older, cps, n, cap);
	synth_collect(synth_male_younger, cps, n, cap);
	synth_collect(synth_female_older, cps, n, cap);
	synth_collect(synth_female_younger, cps, n, cap);
	for (int i = 0; i < (int) lengthof(synth_dotted_male); i++)
		synth_collect(synth_dotted_male[i], cps, n, cap);
	for (int i = 0; i < (int) lengthof(synth_dotted_female); i++)
		synth_collect(synth_dotted_female[i], cps, n, cap);
	for (int i = 0; i < (int) lengthof(synth_tibetan_first); i++)
		synth_collect(synth_tibetan_first[i], cps, n, cap);
	for (int i = 0; i < (int) lengthof(synth_tibetan_male); i++)
		synth_collect(synth_tibetan_male[i], cps, n, cap);
	for (int i = 0; i < (int) lengthof(synth_tibetan_female); i++)
		synth_collect(synth_tibetan_female[i], cps, n, cap);
	for (int i = 0; i < (int) lengthof(synth_mongol_male); i++)
		synth_collect(synth_mongol_male[i], cps, n, cap);
	for (int i = 0; i < (int) lengthof(synth_mongol_female); i++)
		synth_collect(synth_mongol_female[i], cps, n, cap);
}

/*
 * Big5 level 1 (0xA440 .. 0xC67E, the 5,401 common characters of
 * traditional text), from PostgreSQL's BIG5 conversion, sorted: a
 * traditional form is written only if it is one of them (never 愽 for 博),
 * and only for a character that is not itself one (周 stays 周, not 週; 范
 * not 範).
 */
static uint32 *
synth_big5_level1(int *nbig5)
{
	unsigned char *gb = palloc(2 * 0x27 * 157 + 1);
	int			gblen = 0;
	char	   *utf;
	uint32	   *big5;

	for (int hi = 0xA4; hi <= 0xC6; hi++)
		for (int lo = 0x40; lo <= 0xFE; lo++)
		{
			if ((lo > 0x7E && lo < 0xA1) || (hi == 0xC6 && lo > 0x7E))
				continue;
			gb[gblen++] = (unsigned char) hi;
			gb[gblen++] = (unsigned char) lo;
		}
	gb[gblen] = '\0';
	utf = (char *) pg_do_encoding_conversion(gb, gblen, PG_BIG5, PG_UTF8);
	if ((unsigned char *) utf == gb)
		elog(ERROR, "no conversion from BIG5 to UTF8");
	big5 = palloc(sizeof(uint32) * gblen / 2);
	*nbig5 = 0;
	synth_collect(utf, big5, nbig5, gblen / 2);
	if (*nbig5 != 5401)
		elog(ERROR, "Big5 level 1 has %d characters, not 5401", *nbig5);
	qsort(big5, *nbig5, sizeof(uint32), cmp_uint32);
	pfree(gb);
	pfree(utf);
	return big5;
}

/*
 * One entry per distinct character of cps (sorted), with what the matcher
 * makes of it in a given name; names (sorted) are the generator's own.
 */
static void
synth_chars_fill(SynthChars *sc, const uint32 *cps, int n, const uint32 *names, int nnames,
				 NameParse *np)
{
	sc->c = palloc0(sizeof(SynthChar) * n);
	for (int i = 0; i < n; i++)
	{
		SynthChar  *c;

		if (sc->n > 0 && sc->c[sc->n - 1].cp == cps[i])
			continue;
		c = &sc->c[sc->n++];
		c->cp = cps[i];
		c->namechar = bsearch(&cps[i], names, nnames, sizeof(uint32), cmp_uint32) != NULL;
		synth_parse_given(cps[i], np);
		name_prepare(np);
		if (np->n != 2)
			continue;
		c->syl = np->u[1].syl;
		c->pre = np->pre[1];
		c->cand = np->u[1].kind == NU_HAN && np->u[1].cp == cps[i] &&
			np->u[1].orig == cps[i] && c->syl != 0 && c->pre.strokes != 0;
	}
}

/*
 * Traditional forms: every character of the main block that the name
 * matcher folds to one of ours with the same reading (NAME_F_TRADITIONAL:
 * kSimplifiedVariant and the variant lists), when it is in Big5 level 1 and
 * ours is not.
 */
static void
synth_chars_traditional(SynthChars *sc, const uint32 *big5, int nbig5, NameParse *np)
{
	for (uint32 cp = 0x4E00; cp <= 0x9FFF; cp++)
	{
		int			k;

		synth_parse_given(cp, np);
		if (np->n != 2 || !(np->flags & NAME_F_TRADITIONAL) ||
			np->u[1].orig != cp || np->u[1].cp == cp)
			continue;
		k = synth_char_find(sc, np->u[1].cp);
		if (k >= 0 && sc->c[k].cand && sc->c[k].ntrad < lengthof(sc->c[k].trad) &&
			bsearch(&cp, big5, nbig5, sizeof(uint32), cmp_uint32) != NULL &&
			bsearch(&sc->c[k].cp, big5, nbig5, sizeof(uint32), cmp_uint32) == NULL)
			sc->c[k].trad[sc->c[k].ntrad++] = cp;
	}
}

/* the candidates by primary reading (syl_start, syl_idx) */
static void
synth_chars_by_reading(SynthChars *sc)
{
	int32	   *fill;

	while (sc->nsyl < 4000 && name_syllable((uint16) (sc->nsyl + 1))[0] != '\0')
		sc->nsyl++;
	sc->syl_start = palloc0(sizeof(int32) * (sc->nsyl + 2));
	sc->syl_idx = palloc(sizeof(int32) * Max(sc->n, 1));
	for (int i = 0; i < sc->n; i++)
		if (sc->c[i].cand && sc->c[i].syl <= sc->nsyl)
			sc->syl_start[sc->c[i].syl + 1]++;
	for (int s = 1; s <= sc->nsyl + 1; s++)
		sc->syl_start[s] += sc->syl_start[s - 1];
	fill = palloc(sizeof(int32) * (sc->nsyl + 1));
	memcpy(fill, sc->syl_start, sizeof(int32) * (sc->nsyl + 1));
	for (int i = 0; i < sc->n; i++)
		if (sc->c[i].cand && sc->c[i].syl <= sc->nsyl)
			sc->syl_idx[fill[sc->c[i].syl]++] = i;
	pfree(fill);
}

/* the dialect partners of each syllable that some candidate reads */
static void
synth_chars_partners(SynthChars *sc)
{
	sc->partner = palloc0(sizeof(uint16) * SYNTH_PARTNERS * (sc->nsyl + 1));
	for (int s = 1; s <= sc->nsyl; s++)
	{
		char		v[SYNTH_PARTNERS + 4][16];
		int			nv = synth_dialect_variants(name_syllable((uint16) s), v);
		int			np2 = 0;

		for (int k = 0; k < nv; k++)
		{
			int			t = name_syllable_id(v[k]);

			if (t > 0 && sc->syl_start[t + 1] > sc->syl_start[t])
				sc->partner[SYNTH_PARTNERS * s + np2++] = (uint16) t;
		}
	}
}

/* synth_chars, built in TopMemoryContext */
static void
synth_chars_build(void)
{
	MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);
	SynthChars *sc = palloc0(sizeof(SynthChars));
	int			cap = 8192;
	uint32	   *cps = palloc(sizeof(uint32) * cap);
	int			n = 0;
	int			n_gb;
	uint32	   *names;
	int			nnames;
	uint32	   *big5;
	int			nbig5;
	NameParse  *np = palloc(sizeof(NameParse));

	synth_gb2312_level1(cps, &n, cap);
	n_gb = n;
	synth_collect_names(cps, &n, cap);
	nnames = n - n_gb;
	names = palloc(sizeof(uint32) * Max(nnames, 1));
	memcpy(names, cps + n_gb, sizeof(uint32) * nnames);
	qsort(names, nnames, sizeof(uint32), cmp_uint32);
	big5 = synth_big5_level1(&nbig5);

	qsort(cps, n, sizeof(uint32), cmp_uint32);
	synth_chars_fill(sc, cps, n, names, nnames, np);
	synth_chars_traditional(sc, big5, nbig5, np);
	synth_chars_by_reading(sc);
	synth_chars_partners(sc);

	pfree(cps);
	pfree(names);
	pfree(big5);
	pfree(np);
	MemoryContextSwitchTo(old);
	synth_chars = sc;
}

/* synth_names.h */
void
synth_names_begin(SynthState *st)
{
	if (synth_chars == NULL)
		synth_chars_build();
	st->parse_a = palloc(sizeof(NameParse));
	st->parse_b = palloc(sizeof(NameParse));
}

static bool
synth_share_reading(const SynthChar *a, const SynthChar *b)
{
	for (int i = 0; i < a->pre.n; i++)
		for (int j = 0; j < b->pre.n; j++)
			if (a->pre.r[i] == b->pre.r[j])
				return true;
	return false;
}

/*
 * The look-alike candidates of character i by the matcher's rule, without a
 * common reading (that would be a homophone), the close ones first, -1
 * terminated (cached)
 */
static const int32 *
synth_lookalikes(SynthChars *sc, int i)
{
	SynthChar  *a = &sc->c[i];

	if (a->lookalike == NULL)
	{
		int32	   *tmp = palloc(sizeof(int32) * (sc->n + 1));
		int			k = 0;
		int32	   *res;

		int			nclose = 0;

		for (int j = 0; j < sc->n; j++)
			if (j != i && sc->c[j].cand && name_pre_lookalike(&a->pre, &sc->c[j].pre) &&
				!synth_share_reading(a, &sc->c[j]))
			{
				if (name_pre_lookalike_close(&a->pre, &sc->c[j].pre))
				{
					memmove(tmp + nclose + 1, tmp + nclose, sizeof(int32) * (k - nclose));
					tmp[nclose++] = j;
				}
				else
					tmp[k] = j;
				k++;
			}
		a->nclose = nclose;
		tmp[k++] = -1;
		res = MemoryContextAlloc(TopMemoryContext, sizeof(int32) * k);
		memcpy(res, tmp, sizeof(int32) * k);
		pfree(tmp);
		a->lookalike = res;
	}
	return a->lookalike;
}

/* ---- name errors ---- */

/* the characters of a name: code point, byte offset and length, and its unit */
typedef struct SynthNameChars
{
	int			n;
	uint32		cp[48];
	int			off[48];
	int			len[48];
	int			unit[48];		/* unit of the parse, -1 for a separator */
	int			ch[48];			/* index in synth_chars, -1 if none */
} SynthNameChars;

/*
 * Candidates for replacing unit u (character k of nc) with an error of kind
 * (homophone, lookalike, dialect); fills idx, returns the count.
 */
static int
synth_candidates(SynthChars *sc, const NameParse *np, const SynthNameChars *nc, int k,
				 SynthNameError kind, int32 *idx, int cap, int *npref)
{
	int			u = nc->unit[k];
	int			i = nc->ch[k];
	uint16		syl;
	int			n = 0;

	if (u < 0 || i < 0 || np->u[u].kind != NU_HAN)
		return 0;
	syl = np->u[u].syl;
	if (syl == 0 || syl > sc->nsyl)
		return 0;
	switch (kind)
	{
		case NE_HOMOPHONE:
			for (int j = sc->syl_start[syl]; j < sc->syl_start[syl + 1] && n < cap; j++)
				if (sc->syl_idx[j] != i)
					idx[n++] = sc->syl_idx[j];
			break;
		case NE_DIALECT:
			for (int q = 0; q < SYNTH_PARTNERS; q++)
			{
				uint16		t = sc->partner[SYNTH_PARTNERS * syl + q];

				if (t == 0)
					break;
				for (int j = sc->syl_start[t]; j < sc->syl_start[t + 1] && n < cap; j++)
				{
					const SynthChar *c = &sc->c[sc->syl_idx[j]];
					bool		reads = false;

					for (int r = 0; r < c->pre.n; r++)
						reads |= c->pre.r[r] == syl;
					if (!reads && sc->syl_idx[j] != i)
						idx[n++] = sc->syl_idx[j];
				}
			}
			break;
		case NE_LOOKALIKE:
			{
				const int32 *la = synth_lookalikes(sc, i);

				for (int j = 0; la[j] >= 0 && n < cap; j++)
					idx[n++] = la[j];
				*npref = Min(sc->c[i].nclose, n);
				return n;
			}
		default:
			break;
	}
	/* homophones and dialect partners: name characters first */
	*npref = 0;
	for (int j = 0; j < n; j++)
		if (sc->c[idx[j]].namechar)
		{
			int32		t = idx[j];

			memmove(idx + *npref + 1, idx + *npref, sizeof(int32) * (j - *npref));
			idx[(*npref)++] = t;
		}
	return n;
}

/* out = name with character k replaced by cp; returns the length */
static int
synth_replace(const SynthPerson *p, const SynthNameChars *nc, int k, uint32 cp, char *out)
{
	int			len = nc->off[k];

	memcpy(out, p->name, len);
	len += name_put_utf8(cp, out + len);
	memcpy(out + len, p->name + nc->off[k] + nc->len[k], p->namelen - nc->off[k] - nc->len[k]);
	return len + p->namelen - nc->off[k] - nc->len[k];
}

static bool
synth_same_key(const NameParse *a, const NameParse *b)
{
	char		ka[NAME_OUT_CAP],
				kb[NAME_OUT_CAP];
	size_t		la = name_key_str(a, ka),
				lb = name_key_str(b, kb);

	return la == lb && memcmp(ka, kb, la) == 0;
}

/* the characters of p's name with their units and entries (np: its parse) */
static void
synth_name_chars(const SynthChars *sc, const SynthPerson *p, const NameParse *np,
				 SynthNameChars *nc, bool *has_sep, bool *has_trad)
{
	*has_sep = *has_trad = false;
	nc->n = 0;
	for (int off = 0, u = 0; off < p->namelen && nc->n < (int) lengthof(nc->cp);)
	{
		uint32		cp = utf8_to_unicode((const unsigned char *) p->name + off);
		int			l = pg_utf_mblen((const unsigned char *) p->name + off);

		nc->cp[nc->n] = cp;
		nc->off[nc->n] = off;
		nc->len[nc->n] = l;
		if (cp == 0x00B7)
		{
			*has_sep = true;
			nc->unit[nc->n] = -1;
			nc->ch[nc->n] = -1;
		}
		else
		{
			nc->unit[nc->n] = u < np->n ? u : -1;
			u++;
			nc->ch[nc->n] = synth_char_find(sc, cp);
			if (nc->ch[nc->n] >= 0 && sc->c[nc->ch[nc->n]].ntrad > 0)
				*has_trad = true;
		}
		nc->n++;
		off += l;
	}
}

/* the kinds of name error that p's name admits, in kind order; returns the count */
static int
synth_name_eligible(SynthChars *sc, const SynthPerson *p, const NameParse *np,
					const SynthNameChars *nc, bool has_sep, bool has_trad,
					SynthNameError *eligible)
{
	int			neligible = 0;

	for (int k = 0; k < NE_COUNT; k++)
	{
		bool		ok = false;
		int32		cand[1];
		int			npref;

		switch ((SynthNameError) k)
		{
			case NE_HOMOPHONE:
			case NE_LOOKALIKE:
			case NE_DIALECT:
				for (int c = 0; c < nc->n && !ok; c++)
					ok = synth_candidates(sc, np, nc, c, (SynthNameError) k, cand, 1, &npref) > 0;
				break;
			case NE_MARRIED:
				ok = !p->male && p->minority == SM_NONE && p->birth_ymd < SYNTH_MARRIED_BEFORE;
				break;
			case NE_SEPARATOR:
				ok = has_sep;
				break;
			case NE_TRADITIONAL:
				ok = has_trad;
				break;
			case NE_BLANK:
				ok = p->minority == SM_NONE && p->surname_bytes > 0;
				break;
			case NE_COUNT:
				break;
		}
		if (ok)
			eligible[neligible++] = (SynthNameError) k;
	}
	return neligible;
}

/*
 * A homophone, look-alike or dialect substitution: a character, and a
 * replacement that is what the kind says once the new name is parsed (ne):
 * the homophone keeps name_key, the dialect partner gets the partner reading
 * in place; none folds back to the old character.  Returns the length of the
 * new name in out, or -1 when no replacement fits.
 */
static int
synth_substitute(SynthChars *sc, const SynthPerson *p, const NameParse *np, NameParse *ne,
				 const SynthNameChars *nc, SynthNameError kind, uint32 e2, uint32 e3,
				 uint32 e4, char *out)
{
	int32		cand[1024];
	int			npref;

	for (int t = 0; t < nc->n; t++)
	{
		int			c = (int) ((e2 + t) % nc->n);
		int			ncand = synth_candidates(sc, np, nc, c, kind, cand, lengthof(cand), &npref);

		/*
		 * The preferred candidates first (close look-alikes; homophones and
		 * partners among the name characters, three times in four), then
		 * the others, each from a drawn start.
		 */
		if (kind != NE_LOOKALIKE && e4 % 4 == 0)
			npref = 0;
		for (int q = 0; q < ncand; q++)
		{
			int			at = q < npref ? (int) ((e3 + q) % npref) :
				npref + (int) ((e3 + q - npref) % (ncand - npref));
			const SynthChar *r = &sc->c[cand[at]];
			int			len = synth_replace(p, nc, c, r->cp, out);
			int			u = nc->unit[c];
			bool		ok;

			name_parse(out, len, ne);
			ok = ne->n == np->n && ne->surname_len == np->surname_len &&
				ne->u[u].cp != np->u[u].cp;
			if (ok && kind == NE_HOMOPHONE)
				ok = synth_same_key(np, ne);
			else if (ok && kind == NE_DIALECT)
				ok = ne->u[u].syl == r->syl && r->syl != np->u[u].syl;
			if (ok)
				return len;
		}
	}
	return -1;
}

/* 冠夫姓: a husband's single-character surname in front, by frequency */
static int
synth_married(const SynthState *st, const SynthPerson *p, uint32 e4, char *out)
{
	int			lo = synth_surname_at(st, (uint32) (((uint64) e4 * (uint32) st->surname_total) >> 30));

	for (int t = 0; t < (int) lengthof(synth_surnames); t++)
	{
		const char *h = synth_surnames[(lo + t) % lengthof(synth_surnames)].name;
		size_t		hlen = strlen(h);

		if (hlen == 3 && !((size_t) p->surname_bytes == hlen && memcmp(h, p->name, hlen) == 0))
		{
			memcpy(out, h, hlen);
			memcpy(out + hlen, p->name, p->namelen);
			return (int) hlen + p->namelen;
		}
	}
	return p->namelen;			/* not reached */
}

/* every U+00B7 of a dotted name typed as one drawn separator */
static int
synth_separator(const SynthPerson *p, const SynthNameChars *nc, uint32 e2, char *out)
{
	const char *sep = synth_separators[e2 % lengthof(synth_separators)];
	int			len = 0;

	for (int c = 0; c < nc->n; c++)
	{
		if (nc->cp[c] == 0x00B7)
		{
			size_t		sl = strlen(sep);

			memcpy(out + len, sep, sl);
			len += (int) sl;
		}
		else
		{
			memcpy(out + len, p->name + nc->off[c], nc->len[c]);
			len += nc->len[c];
		}
	}
	return len;
}

/* every character that has a traditional form gets one */
static int
synth_traditional(const SynthChars *sc, const SynthPerson *p, const SynthNameChars *nc,
				  uint32 e3, char *out)
{
	int			len = 0;

	for (int c = 0; c < nc->n; c++)
	{
		const SynthChar *ch = nc->ch[c] >= 0 ? &sc->c[nc->ch[c]] : NULL;

		if (ch && ch->ntrad > 0)
			len += name_put_utf8(ch->trad[(e3 + c) % ch->ntrad], out + len);
		else
		{
			memcpy(out + len, p->name + nc->off[c], nc->len[c]);
			len += nc->len[c];
		}
	}
	return len;
}

/* a blank after the surname, or one time in four an ideographic space U+3000 */
static int
synth_blank(const SynthPerson *p, uint32 e2, char *out)
{
	const char *blank = (e2 % 4 == 0) ? "\xE3\x80\x80" : " ";
	size_t		bl = strlen(blank);
	int			len = p->surname_bytes;

	/* out may hold a failed substitution of an earlier kind */
	memcpy(out, p->name, p->surname_bytes);
	memcpy(out + len, blank, bl);
	len += (int) bl;
	memcpy(out + len, p->name + p->surname_bytes, p->namelen - p->surname_bytes);
	return len + p->namelen - p->surname_bytes;
}

/* synth_names.h */
int
synth_name_error(SynthState *st, const SynthPerson *p, char *out, int *kind)
{
	Xoshiro    *rng = &st->name_rng;
	uint64		e0 = xo_next(rng);
	uint32		e1 = xo_below(rng, 1u << 30);
	uint32		e2 = xo_below(rng, 1u << 30);
	uint32		e3 = xo_below(rng, 1u << 30);
	uint32		e4 = xo_below(rng, 1u << 30);
	uint32		e5 = xo_below(rng, 1u << 30);
	SynthChars *sc = synth_chars;
	NameParse  *np = st->parse_a;
	SynthNameChars nc;
	SynthNameError eligible[NE_COUNT];
	int			neligible;
	bool		has_trad;
	bool		has_sep;

	(void) e5;					/* spare: a fixed number of draws per person */
	memcpy(out, p->name, p->namelen);
	*kind = -1;
	if ((e0 >> 32) >= st->name_threshold)
		return p->namelen;

	name_parse(p->name, p->namelen, np);
	synth_name_chars(sc, p, np, &nc, &has_sep, &has_trad);
	neligible = synth_name_eligible(sc, p, np, &nc, has_sep, has_trad, eligible);
	if (neligible == 0)
		return p->namelen;

	/*
	 * The drawn kind; when no replacement character fits (a substitution
	 * that would change the surname's parse, 周生贵 / 邹生贵), the next
	 * possible kind.  blank, married_surname, separator and traditional
	 * always apply, and every name can have at least one of them.
	 */
	for (int attempt = 0; attempt < neligible; attempt++)
	{
		int			len;

		*kind = eligible[(e1 + attempt) % neligible];
		switch (*kind)
		{
			case NE_HOMOPHONE:
			case NE_LOOKALIKE:
			case NE_DIALECT:
				len = synth_substitute(sc, p, np, st->parse_b, &nc, *kind, e2, e3, e4, out);
				if (len >= 0)
					return len;
				continue;		/* nothing fits: the next kind */
			case NE_MARRIED:
				return synth_married(st, p, e4, out);
			case NE_SEPARATOR:
				return synth_separator(p, &nc, e2, out);
			case NE_TRADITIONAL:
				return synth_traditional(sc, p, &nc, e3, out);
			case NE_BLANK:
				return synth_blank(p, e2, out);
		}
	}
	/* only substitutions were possible and none fits: no error */
	memcpy(out, p->name, p->namelen);
	*kind = -1;
	return p->namelen;
}
