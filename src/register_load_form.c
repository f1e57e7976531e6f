/*
 * register_load_form.c
 *	  A registration form from a row of a CSV file: load_form(keys, vals),
 *	  and the forms of a batch of rows: load_forms(keys, rows), which
 *	  enroll-load sends.  Blank cells are left
 *	  out, the list cells (insurances, flags) split into arrays, every other
 *	  cell kept as written: the form's rules (register_form.c) normalise and
 *	  check it.
 */
#include "enroll.h"

#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/memutils.h"
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
 * One form from a row: keys[i] = vals[i], a blank cell (spaces only) left
 * out, insurances and flags as lists, every other cell kept as written
 * (the rules normalise it).
 */
static Jsonb *
form_of_row(const Datum *keys, const bool *knull, const Datum *vals, const bool *vnull, int n)
{
	JsonbParseState *st = NULL;
	JsonbValue *res;

	pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
	for (int i = 0; i < n; i++)
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
	return JsonbValueToJsonb(res);
}

/*
 * load_form(keys text[], vals text[]) RETURNS jsonb: a form from a CSV
 * row (form_of_row()); cells beyond the shorter array are ignored.
 */
PG_FUNCTION_INFO_V1(enroll_load_form);
Datum
enroll_load_form(PG_FUNCTION_ARGS)
{
	Datum	   *keys = NULL,
			   *vals = NULL;
	bool	   *knull = NULL,
			   *vnull = NULL;
	int			nk = 0,
				nv = 0;

	if (!PG_ARGISNULL(0))
		deconstruct_array(PG_GETARG_ARRAYTYPE_P(0), TEXTOID, -1, false, TYPALIGN_INT, &keys, &knull, &nk);
	if (!PG_ARGISNULL(1))
		deconstruct_array(PG_GETARG_ARRAYTYPE_P(1), TEXTOID, -1, false, TYPALIGN_INT, &vals, &vnull, &nv);
	PG_RETURN_JSONB_P(form_of_row(keys, knull, vals, vnull, Min(nk, nv)));
}

/*
 * load_forms(keys text[], rows text[][]) RETURNS jsonb[]: the forms of a
 * batch of CSV rows, rows[r][i] the cell of keys[i] (form_of_row()); what
 * enroll-load sends, one array a batch, instead of staging the rows.
 */
PG_FUNCTION_INFO_V1(enroll_load_forms);
Datum
enroll_load_forms(PG_FUNCTION_ARGS)
{
	ArrayType  *rows = PG_GETARG_ARRAYTYPE_P(1);
	Datum	   *keys,
			   *vals;
	bool	   *knull,
			   *vnull;
	int			nk,
				nv,
				nrows;
	Datum	   *forms;
	MemoryContext rowcxt,
				old;

	deconstruct_array(PG_GETARG_ARRAYTYPE_P(0), TEXTOID, -1, false, TYPALIGN_INT, &keys, &knull, &nk);
	if (ARR_NDIM(rows) == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(JSONBOID));
	if (ARR_NDIM(rows) != 2 || ARR_DIMS(rows)[1] != nk)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("rows must be a two-dimensional array of %d cells a row, one for each key", nk)));
	nrows = ARR_DIMS(rows)[0];
	deconstruct_array(rows, TEXTOID, -1, false, TYPALIGN_INT, &vals, &vnull, &nv);
	forms = palloc(sizeof(Datum) * nrows);
	/* each row's work in a context of its own, emptied after it: the form is copied out */
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "load_forms", ALLOCSET_DEFAULT_SIZES);
	for (int r = 0; r < nrows; r++)
	{
		Jsonb	   *form;

		CHECK_FOR_INTERRUPTS();
		old = MemoryContextSwitchTo(rowcxt);
		form = form_of_row(keys, knull, vals + (size_t) r * nk, vnull + (size_t) r * nk, nk);
		MemoryContextSwitchTo(old);
		forms[r] = PointerGetDatum(memcpy(palloc(VARSIZE(form)), form, VARSIZE(form)));
		MemoryContextReset(rowcxt);
	}
	MemoryContextDelete(rowcxt);
	PG_RETURN_ARRAYTYPE_P(construct_array(forms, nrows, JSONBOID, -1, false, TYPALIGN_INT));
}
