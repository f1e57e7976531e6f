/*
 * register_batch.c
 *	  The C parts of register_batch() (extension/parts/96_register_batch.sql).
 *
 *	  register_batch_forms(forms, actor): every form of a batch checked by
 *	  the form's rules (form_parse(), the code register() runs) and against
 *	  the acting role's regions, returned as typed arrays, so that the
 *	  batch's statements read no JSON and the enrolments and flags come
 *	  out as rows already.
 */
#include "enroll.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"

#include "register_form.h"

/* ---- register_batch_forms ---------------------------------------------- */

/* the output columns, in the order of the SQL declaration */
enum
{
	BF_RES_CNID, BF_RES_ACTION, BF_RES_STATE, BF_RES_FIELD, BF_RES_ERROR,
	BF_V_POS, BF_V_CNID, BF_V_FORM, BF_V_REG, BF_V_NAME, BF_V_HUKOU, BF_V_ADDRESS, BF_V_PHONE,
	BF_V_EMPLOYMENT, BF_V_EMPLOYER, BF_V_REASON, BF_V_ELSEWHERE, BF_V_VERSION, BF_V_NINS,
	BF_EN_V, BF_EN_INS, BF_FL_V, BF_FL_FLAG,
	BF_NCOLS
};

/* the batch being checked: one array being built per output column */
typedef struct BatchForms
{
	TupleDesc	td;
	Oid			elem[BF_NCOLS];	/* the element types of the columns */
	ArrayBuildState *col[BF_NCOLS];
	MemoryContext outcxt;		/* where the arrays are built */
	int			nvalid;
	Oid			role;			/* the acting role (InvalidOid: none) */
	int64	   *reg_seen;		/* regions asked about, and the answers */
	bool	   *reg_ok;
	int			nreg;
} BatchForms;

static void
bf_add(BatchForms *b, int col, Datum d, bool isnull)
{
	/* (the value is copied into outcxt) */
	if (b->col[col] == NULL)
		b->col[col] = initArrayResult(b->elem[col], b->outcxt, false);
	accumArrayResult(b->col[col], d, isnull, b->elem[col], b->outcxt);
}

static void
bf_text(BatchForms *b, int col, const char *s)
{
	bf_add(b, col, s ? CStringGetTextDatum(s) : (Datum) 0, s == NULL);
}

/* whether the acting role holds the region; few distinct regions a batch */
static bool
bf_permitted(BatchForms *b, int64 code)
{
	for (int i = 0; i < b->nreg; i++)
		if (b->reg_seen[i] == code)
			return b->reg_ok[i];
	if (b->nreg % 16 == 0)
	{
		MemoryContext old = MemoryContextSwitchTo(b->outcxt);

		b->reg_seen = b->nreg ? repalloc(b->reg_seen, sizeof(int64) * (b->nreg + 16)) : palloc(sizeof(int64) * 16);
		b->reg_ok = b->nreg ? repalloc(b->reg_ok, sizeof(bool) * (b->nreg + 16)) : palloc(sizeof(bool) * 16);
		MemoryContextSwitchTo(old);
	}
	b->reg_seen[b->nreg] = code;
	b->reg_ok[b->nreg] = OidIsValid(b->role) && region_permitted_role(code, b->role);
	return b->reg_ok[b->nreg++];
}

/* one result per input form: its cnid and, when rejected, why */
static void
bf_result(BatchForms *b, const char *cnid, int sqlstate, const char *field, const char *message)
{
	bf_text(b, BF_RES_CNID, cnid);
	bf_text(b, BF_RES_ACTION, message ? "rejected" : NULL);
	bf_text(b, BF_RES_STATE, message ? unpack_sql_state(sqlstate) : NULL);
	bf_text(b, BF_RES_FIELD, message ? field : NULL);
	bf_text(b, BF_RES_ERROR, message);
}

/* an accepted form: its fields, its enrolments and its flags */
static void
bf_valid(BatchForms *b, int pos, FormParse *f, Jsonb *form, int64 reg)
{
	int			v = ++b->nvalid;

	/* the register keeps the form without its version (register() does) */
	if (f->has_ver)
		form = DatumGetJsonbP(DirectFunctionCall2(jsonb_delete, JsonbPGetDatum(form), CStringGetTextDatum("version")));
	bf_add(b, BF_V_POS, Int32GetDatum(pos), false);
	bf_add(b, BF_V_CNID, DirectFunctionCall1(cnid_in, CStringGetDatum(f->id_canon)), false);
	bf_add(b, BF_V_FORM, JsonbPGetDatum(form), false);
	bf_add(b, BF_V_REG, Int64GetDatum(reg), false);
	bf_text(b, BF_V_NAME, f->nm);
	bf_add(b, BF_V_HUKOU, Int64GetDatum(f->hukou), !f->has_hukou);
	bf_text(b, BF_V_ADDRESS, f->address);
	bf_text(b, BF_V_PHONE, f->phone);
	bf_text(b, BF_V_EMPLOYMENT, f->emp);
	bf_text(b, BF_V_EMPLOYER, f->employer);
	bf_text(b, BF_V_REASON, f->reason);
	bf_text(b, BF_V_ELSEWHERE, f->elsewhere);
	bf_add(b, BF_V_VERSION, Int32GetDatum((int32) f->ver), !f->has_ver);
	bf_add(b, BF_V_NINS, Int32GetDatum(f->nins), false);
	for (int i = 0; i < f->nins; i++)
	{
		bf_add(b, BF_EN_V, Int32GetDatum(v), false);
		bf_add(b, BF_EN_INS, Int16GetDatum(f->ins[i]), false);
	}
	for (int i = 0; i < f->nflags; i++)
	{
		bf_add(b, BF_FL_V, Int32GetDatum(v), false);
		bf_text(b, BF_FL_FLAG, f->flags[i]);
	}
}

/* one form: checked, then its region against the acting role's */
static void
bf_form(BatchForms *b, Oid fn, int pos, Jsonb *json)
{
	FormParse	f;
	FormError	err;
	Jsonb	   *form;
	int64		reg;
	const char *reg_field;

	if (!form_parse(fn, json, &f, &form, &err))
	{
		bf_result(b, NULL, err.sqlstate, err.field, psprintf("%s: %s", err.field, err.message));
		return;
	}
	reg = f.has_village ? f.village : f.has_township ? f.township : f.county;
	reg_field = f.has_village ? "village" : f.has_township ? "township" : "county";
	if (!bf_permitted(b, reg))
	{
		bf_result(b, f.id_canon, ERRCODE_INSUFFICIENT_PRIVILEGE, reg_field,
				  psprintf("%s: " INT64_FORMAT " is outside your regions", reg_field, reg));
		return;
	}
	bf_result(b, f.id_canon, 0, NULL, NULL);
	bf_valid(b, pos, &f, form, reg);
}

/*
 * register_batch_forms(forms jsonb[], actor name, OUT ...): see the SQL
 * declaration.  The res_* arrays have one element per form, in input
 * order; the v_* one per accepted form, in input order (v_pos its
 * position); en_* and fl_* one per enrolment and flag of an accepted form
 * (en_v, fl_v: its index in v_*).
 */
PG_FUNCTION_INFO_V1(enroll_register_batch_forms);
Datum
enroll_register_batch_forms(PG_FUNCTION_ARGS)
{
	BatchForms	b = {0};
	Datum		values[BF_NCOLS];
	bool		nulls[BF_NCOLS] = {0};
	Datum	   *forms;
	bool	   *fnull;
	int			n;
	MemoryContext formcxt;

	if (get_call_result_type(fcinfo, NULL, &b.td) != TYPEFUNC_COMPOSITE || b.td->natts != BF_NCOLS)
		elog(ERROR, "register_batch_forms must return a record of %d columns", BF_NCOLS);
	b.td = BlessTupleDesc(b.td);
	for (int c = 0; c < BF_NCOLS; c++)
		b.elem[c] = get_element_type(TupleDescAttr(b.td, c)->atttypid);
	b.role = PG_ARGISNULL(1) ? InvalidOid : get_role_oid(NameStr(*PG_GETARG_NAME(1)), true);
	if (PG_ARGISNULL(0))
		n = 0;
	else
		deconstruct_array(PG_GETARG_ARRAYTYPE_P(0), JSONBOID, -1, false, TYPALIGN_INT, &forms, &fnull, &n);
	/*
	 * Each form is checked in a context of its own, emptied after it: what
	 * is kept is copied into the arrays.  (Memory that grows with the batch
	 * costs a page fault a page, dear on a virtual machine.)
	 */
	b.outcxt = CurrentMemoryContext;
	formcxt = AllocSetContextCreate(CurrentMemoryContext, "register_batch_forms", ALLOCSET_DEFAULT_SIZES);
	for (int i = 0; i < n; i++)
	{
		MemoryContext old = MemoryContextSwitchTo(formcxt);

		bf_form(&b, fcinfo->flinfo->fn_oid, i + 1, fnull[i] ? NULL : DatumGetJsonbP(forms[i]));
		MemoryContextSwitchTo(old);
		MemoryContextReset(formcxt);
	}
	MemoryContextDelete(formcxt);
	for (int c = 0; c < BF_NCOLS; c++)
		values[c] = b.col[c] ? makeArrayResult(b.col[c], CurrentMemoryContext)
			: PointerGetDatum(construct_empty_array(b.elem[c]));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(b.td, values, nulls)));
}
