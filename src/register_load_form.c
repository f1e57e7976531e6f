/*
 * register_load_form.c
 *	  A registration form from a row of a CSV file: load_form(keys, vals),
 *	  which enroll-load calls on the rows it stages.  Blank cells are left
 *	  out, the list cells (insurances, flags) split into arrays, every other
 *	  cell kept as written: the form's rules (register_form.c) normalise and
 *	  check it.
 */
#include "enroll.h"

#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "register_form.h"

static bool
is_list_sep(pg_wchar c)
{
	return c == ';' || c == ',' || c == '|' || c == 0xFF0C || c == 0xFF1B || c == 0x3001;	/* ， ； 、 */
}

/*
 * Push the items of a list cell (insurances, flags): split on ; , | ，；、
 * or blanks, each with the blanks around it, as regexp_split_to_array(v,
 * '\s*[;,|，；、\s]\s*') would; two separators in a row give an empty item
 * (which the form's rules then reject).
 */
static void
push_item(JsonbParseState **st, const pg_wchar *w, int from, int to)
{
	StringInfoData item;
	JsonbValue	e;

	initStringInfo(&item);
	for (int k = from; k < to; k++)
	{
		unsigned char u[8];

		unicode_to_utf8(w[k], u);
		appendBinaryStringInfo(&item, (char *) u, pg_utf_mblen(u));
	}
	e.type = jbvString;
	e.val.string.val = item.data;
	e.val.string.len = item.len;
	pushJsonbValue(st, WJB_ELEM, &e);
}

static void
push_list(JsonbParseState **st, const char *s)
{
	int			len = strlen(s);
	pg_wchar   *w = palloc((len + 1) * sizeof(pg_wchar));
	int			n = pg_encoding_mb2wchar_with_len(PG_UTF8, s, w, len);
	int			start = 0,
				i = 0;

	pushJsonbValue(st, WJB_BEGIN_ARRAY, NULL);
	while (i < n)
	{
		int			j = i;

		if (!form_is_blank(w[i]) && !is_list_sep(w[i]))
		{
			i++;
			continue;
		}
		/* the longest separator here: blanks, at most one of ;,|，；、, blanks */
		while (j < n && form_is_blank(w[j]))
			j++;
		if (j < n && is_list_sep(w[j]))
		{
			j++;
			while (j < n && form_is_blank(w[j]))
				j++;
		}
		push_item(st, w, start, i);
		start = i = j;
	}
	push_item(st, w, start, n);
	pushJsonbValue(st, WJB_END_ARRAY, NULL);
	pfree(w);
}

/*
 * load_form(keys text[], vals text[]) RETURNS jsonb: a form from a CSV
 * row: a blank cell (spaces only) is left out, insurances and flags are
 * lists, every other cell is kept as written (the rules normalise it).
 */
PG_FUNCTION_INFO_V1(enroll_load_form);
Datum
enroll_load_form(PG_FUNCTION_ARGS)
{
	JsonbParseState *st = NULL;
	Datum	   *keys = NULL,
			   *vals = NULL;
	bool	   *knull = NULL,
			   *vnull = NULL;
	int			nk = 0,
				nv = 0;
	JsonbValue *res;

	if (!PG_ARGISNULL(0))
		deconstruct_array(PG_GETARG_ARRAYTYPE_P(0), TEXTOID, -1, false, TYPALIGN_INT, &keys, &knull, &nk);
	if (!PG_ARGISNULL(1))
		deconstruct_array(PG_GETARG_ARRAYTYPE_P(1), TEXTOID, -1, false, TYPALIGN_INT, &vals, &vnull, &nv);
	pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
	for (int i = 0; i < Min(nk, nv); i++)
	{
		char	   *k,
				   *v,
				   *b,
				   *e;
		JsonbValue	jv;

		if (knull[i] || vnull[i])
			continue;
		k = TextDatumGetCString(keys[i]);
		v = TextDatumGetCString(vals[i]);
		for (b = v; *b == ' '; b++)
			;
		for (e = b + strlen(b); e > b && e[-1] == ' '; e--)
			;
		if (e == b)
			continue;
		form_push_key(&st, k);
		if (strcmp(k, "insurances") == 0 || strcmp(k, "flags") == 0)
		{
			*e = '\0';
			push_list(&st, b);
		}
		else
		{
			jv.type = jbvString;
			jv.val.string.val = v;
			jv.val.string.len = strlen(v);
			pushJsonbValue(&st, WJB_VALUE, &jv);
		}
	}
	res = pushJsonbValue(&st, WJB_END_OBJECT, NULL);
	PG_RETURN_JSONB_P(JsonbValueToJsonb(res));
}
