/*
 * names.c
 *	  SQL interface of Chinese name matching: name_norm, name_pinyin,
 *	  name_key, name_keys, name_similarity, name_explain (see
 *	  name_core.h and doc/reference-names.md).
 *
 * Every function depends on its arguments only (static tables compiled in,
 * no locale, no settings), hence IMMUTABLE and PARALLEL SAFE.
 */
#include "enroll.h"

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"

#include "name_core.h"

PG_FUNCTION_INFO_V1(name_norm);
PG_FUNCTION_INFO_V1(name_pinyin);
PG_FUNCTION_INFO_V1(name_key);
PG_FUNCTION_INFO_V1(name_keys);
PG_FUNCTION_INFO_V1(name_similarity);
PG_FUNCTION_INFO_V1(name_explain);

/* NameParse is ~7 kB: keep two of them static rather than on the stack. */
static NameParse parse_a;
static NameParse parse_b;

static void
parse_text(text *t, NameParse *p)
{
	name_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), p);
}

Datum
name_norm(PG_FUNCTION_ARGS)
{
	char		out[NAME_OUT_CAP];
	size_t		n;

	parse_text(PG_GETARG_TEXT_PP(0), &parse_a);
	n = name_norm_str(&parse_a, out);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, (int) n));
}

Datum
name_pinyin(PG_FUNCTION_ARGS)
{
	char		out[NAME_OUT_CAP];
	size_t		n;

	parse_text(PG_GETARG_TEXT_PP(0), &parse_a);
	if (parse_a.script == NAME_EMPTY)
		PG_RETURN_NULL();
	n = name_pinyin_str(&parse_a, out);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, (int) n));
}

Datum
name_key(PG_FUNCTION_ARGS)
{
	text	   *t;
	size_t		n;

	parse_text(PG_GETARG_TEXT_PP(0), &parse_a);
	if (parse_a.script == NAME_EMPTY)
		PG_RETURN_NULL();
	/* written in place: the key is at most NAME_KEY_CAP - 1 bytes */
	t = (text *) palloc(VARHDRSZ + NAME_KEY_CAP);
	n = name_key_str(&parse_a, VARDATA(t));
	Assert(n < NAME_KEY_CAP);
	SET_VARSIZE(t, VARHDRSZ + n);
	PG_RETURN_TEXT_P(t);
}

Datum
name_keys(PG_FUNCTION_ARGS)
{
	char		keys[NAME_MAX_KEYS][NAME_KEY_CAP];
	Datum		d[NAME_MAX_KEYS];
	int			n;

	parse_text(PG_GETARG_TEXT_PP(0), &parse_a);
	n = name_blocking_keys(&parse_a, keys);
	for (int i = 0; i < n; i++)
		d[i] = PointerGetDatum(cstring_to_text(keys[i]));
	PG_RETURN_ARRAYTYPE_P(construct_array(d, n, TEXTOID, -1, false, TYPALIGN_INT));
}

Datum
name_similarity(PG_FUNCTION_ARGS)
{
	text	   *x = PG_GETARG_TEXT_PP(0);
	text	   *y = PG_GETARG_TEXT_PP(1);
	const NameParse *a,
			   *b;

	name_pair_parsed(VARDATA_ANY(x), VARSIZE_ANY_EXHDR(x), VARDATA_ANY(y), VARSIZE_ANY_EXHDR(y), &a, &b);
	PG_RETURN_FLOAT4((float4) name_similarity_parsed(a, b, NULL));
}

static void
append_unit(StringInfo buf, const NameParse *p, int i)
{
	char		u[8];
	int			l;

	if (i < 0)
	{
		appendStringInfoString(buf, "null");
		return;
	}
	if (p->script == NAME_LATIN || p->u[i].kind == NU_PINYIN)
	{
		escape_json(buf, name_syllable(p->u[i].syl));
		return;
	}
	if (p->u[i].kind == NU_WILD)
	{
		escape_json(buf, "?");
		return;
	}
	l = name_put_utf8(p->u[i].cp, u);
	u[l] = '\0';
	escape_json(buf, u);
}

static void
append_side(StringInfo buf, const char *label, const NameParse *p)
{
	char		out[NAME_OUT_CAP + 1];
	size_t		n;
	static const struct
	{
		int			flag;
		const char *name;
	}			fl[] = {
		{NAME_F_FULLWIDTH, "nfkc"}, {NAME_F_INVISIBLE, "invisible_removed"},
		{NAME_F_BLANKS, "blanks_removed"}, {NAME_F_SEPARATOR, "separator_unified"},
		{NAME_F_ANNOTATION, "annotation_removed"}, {NAME_F_PUA_MAPPED, "gb18030_pua_mapped"},
		{NAME_F_WILDCARD, "placeholder"}, {NAME_F_TRADITIONAL, "traditional_folded"},
		{NAME_F_VARIANT, "variant_folded"}, {NAME_F_PINYIN, "pinyin_for_character"},
		{NAME_F_LATIN_FOLD, "latin_case_diacritics"}, {NAME_F_CUT, "cut"},
		{NAME_F_COMPOUND, "compound_surname"}, {NAME_F_SURNAME_READ, "surname_reading"},
	};
	bool		first = true;

	appendStringInfo(buf, "\"%s\": {\"script\": \"%s\", \"norm\": ", label,
					 p->script == NAME_HAN ? "han" : p->script == NAME_LATIN ? "latin" : "empty");
	n = name_norm_str(p, out);
	out[n] = '\0';
	escape_json(buf, out);
	appendStringInfoString(buf, ", \"pinyin\": ");
	n = name_pinyin_str(p, out);
	out[n] = '\0';
	escape_json(buf, out);
	appendStringInfoString(buf, ", \"key\": ");
	n = name_key_str(p, out);
	out[n] = '\0';
	escape_json(buf, out);
	appendStringInfo(buf, ", \"surname_length\": %d, \"normalised\": [", p->surname_len);
	for (size_t i = 0; i < sizeof(fl) / sizeof(fl[0]); i++)
		if (p->flags & fl[i].flag)
		{
			appendStringInfo(buf, "%s\"%s\"", first ? "" : ", ", fl[i].name);
			first = false;
		}
	appendStringInfoString(buf, "]}");
}

Datum
name_explain(PG_FUNCTION_ARGS)
{
	static NameExplain ex;
	StringInfoData buf;
	char		ka[NAME_OUT_CAP],
				kb[NAME_OUT_CAP];
	size_t		la,
				lb;

	parse_text(PG_GETARG_TEXT_PP(0), &parse_a);
	parse_text(PG_GETARG_TEXT_PP(1), &parse_b);
	name_similarity_parsed(&parse_a, &parse_b, &ex);
	la = name_key_str(&parse_a, ka);
	lb = name_key_str(&parse_b, kb);

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"score\": %.3f, \"method\": \"%s\", \"key_equal\": %s, \"surname_agrees\": %s, ",
					 (double) (float4) ex.score, name_method_name(ex.method),
					 (la > 0 && la == lb && memcmp(ka, kb, la) == 0) ? "true" : "false",
					 ex.surname_agrees ? "true" : "false");
	append_side(&buf, "a", &parse_a);
	appendStringInfoString(&buf, ", ");
	append_side(&buf, "b", &parse_b);
	appendStringInfoString(&buf, ", \"steps\": [");
	for (int i = 0; i < ex.nsteps; i++)
	{
		const NameStep *s = &ex.steps[i];

		appendStringInfoString(&buf, i ? ", {\"a\": " : "{\"a\": ");
		append_unit(&buf, &parse_a, s->ia);
		appendStringInfoString(&buf, ", \"b\": ");
		append_unit(&buf, &parse_b, s->ib);
		appendStringInfo(&buf, ", \"relation\": \"%s\", \"similarity\": %.2f}",
						 name_rel_name((NameRel) s->rel), (double) s->sim);
	}
	appendStringInfoString(&buf, "]}");
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data)));
}
