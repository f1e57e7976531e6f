/*
 * enroll.c
 *	  Module entry point and helpers shared by every SQL-callable file.
 */
#include "enroll.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "parser/parse_coerce.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/plancache.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "datatype/timestamp.h"
#include "utils/date.h"
#include "utils/guc.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

PG_MODULE_MAGIC;

/*
 * The memory budget of one linkage call (compare_registers, dedupe,
 * dedupe_links), in kB: the records, their indexes and links.  Past it the
 * call fails cleanly instead of growing until the kernel ends the server.
 * Superuser-only, so that a role with EXECUTE cannot lift it.
 */
int			enroll_linkage_memory_kb = 4 * 1024 * 1024;

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomIntVariable("enroll.linkage_memory",
							"Memory budget of one compare_registers, dedupe or dedupe_links call.",
							"The records, their indexes and links; the result is held apart "
							"(in memory up to 1 GB, then in a temporary file).",
							&enroll_linkage_memory_kb,
							4 * 1024 * 1024,
							64 * 1024,
							INT_MAX,
							PGC_SUSET,
							GUC_UNIT_KB,
							NULL, NULL, NULL);
}

int32
enroll_today_ymd(void)
{
	static TimestampTz cached_xact_start = 0;
	static int32 cached_ymd = 0;
	TimestampTz xact_start = GetCurrentTransactionStartTimestamp();

	if (cached_ymd == 0 || xact_start != cached_xact_start)
	{
		DateADT		today = GetSQLCurrentDate();
		int			y,
					m,
					d;

		j2date(today + POSTGRES_EPOCH_JDATE, &y, &m, &d);
		cached_ymd = y * 10000 + m * 100 + d;
		cached_xact_start = xact_start;
	}
	return cached_ymd;
}

size_t
enroll_normalize_text(const text *t, char *buf)
{
	return id_normalize(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), buf);
}

#if PG_VERSION_NUM < 150000
/* What InitMaterializedSRF(fcinfo, 0) does on 15 and later. */
void
enroll_init_materialized_srf(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext oldcontext;
	TupleDesc	tupdesc;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	oldcontext = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = tuplestore_begin_heap(true, false, work_mem);
	rsinfo->setDesc = CreateTupleDescCopy(tupdesc);
	MemoryContextSwitchTo(oldcontext);
}
#endif

/*
 * The CONTEXT line of an error about one of our functions or one of its
 * arguments: the style guide keeps the function's name out of the primary
 * message.
 */
int
enroll_errcontext(const char *caller, const char *param)
{
	if (param != NULL)
		return errcontext("argument %s of function %s", param, caller);
	return errcontext("function %s", caller);
}

double
enroll_elapsed_ms(instr_time start)
{
	instr_time	now;

	INSTR_TIME_SET_CURRENT(now);
	INSTR_TIME_SUBTRACT(now, start);
	return INSTR_TIME_GET_MILLISEC(now);
}

/* ---- the caller's query: one statement returning rows, columns checked ---- */

/*
 * Prepare the caller's query (SPI must be connected) and return its plan and
 * result columns.  Only parse analysis runs here; the query itself runs when
 * the caller executes the plan or a wrapper around the text.
 */
SPIPlanPtr
enroll_query_prepare(const char *sql, const char *caller, const char *param, TupleDesc *desc)
{
	MemoryContext old = CurrentMemoryContext;
	SPIPlanPtr	plan = NULL;
	List	   *sources;
	CachedPlanSource *src;

	/*
	 * Errors of the caller's query (syntax, an unknown table or column, a
	 * type mismatch inside it) keep their message and gain a context naming
	 * the caller and the parameter.
	 */
	PG_TRY();
	{
		plan = SPI_prepare(sql, 0, NULL);
	}
	PG_CATCH();
	{
		ErrorData  *e;

		MemoryContextSwitchTo(old);
		e = CopyErrorData();
		if (e->elevel != ERROR || ERRCODE_TO_CATEGORY(e->sqlerrcode) != ERRCODE_SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION)
			PG_RE_THROW();
		FlushErrorState();
		ereport(ERROR,
				(errcode(e->sqlerrcode),
				 errmsg_internal("%s", e->message),
				 e->detail ? errdetail_internal("%s", e->detail) : 0,
				 e->hint ? errhint("%s", e->hint) : 0,
				 enroll_errcontext(caller, param)));
	}
	PG_END_TRY();
	if (plan == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("could not prepare %s", param),
				 errdetail_internal("SPI_prepare failed: %s.", SPI_result_code_string(SPI_result)),
				 enroll_errcontext(caller, param)));
	sources = SPI_plan_get_plan_sources(plan);
	if (list_length(sources) != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a single query", param),
				 enroll_errcontext(caller, param)));
	src = (CachedPlanSource *) linitial(sources);
	if (src->resultDesc == NULL || !SPI_is_cursor_plan(plan))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a query returning rows", param),
				 enroll_errcontext(caller, param)));
	*desc = src->resultDesc;
	return plan;
}

static bool
column_type_ok(Oid type, const EnrollColumn *col)
{
	Oid			base = getBaseType(type);

	if (col->accept == NULL)
		return can_coerce_type(1, &type, (Oid *) &col->cast_to, COERCION_EXPLICIT);
	for (const Oid *t = col->accept; *t != InvalidOid; t++)
		if (base == *t)
			return true;
	return false;
}

/*
 * Check the columns of the caller's query before anything reads them: by
 * position (the query returns exactly ncols columns) or by name (each named
 * column once; others are ignored).  A wrong type is a clear error naming
 * the column and the type expected (42804), never a Datum read as the wrong
 * type.
 */
void
enroll_check_columns(TupleDesc desc, const char *caller, const char *param,
					 const EnrollColumn *cols, int ncols, bool by_name)
{
	if (!by_name && desc->natts != ncols)
	{
		StringInfoData names;

		initStringInfo(&names);
		for (int c = 0; c < ncols; c++)
			appendStringInfo(&names, "%s%s (%s)", c ? ", " : "", cols[c].name, cols[c].expected);
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg_plural("%s returns %d column, expected %d",
							   "%s returns %d columns, expected %d",
							   desc->natts, param, desc->natts, ncols),
				 errdetail("The query must return, in this order: %s.", names.data),
				 enroll_errcontext(caller, param)));
	}
	for (int c = 0; c < ncols; c++)
	{
		int			att = -1;
		Form_pg_attribute a;

		if (by_name)
		{
			for (int k = 0; k < desc->natts; k++)
			{
				Form_pg_attribute x = TupleDescAttr(desc, k);

				if (x->attisdropped || strcmp(NameStr(x->attname), cols[c].name) != 0)
					continue;
				if (att >= 0)
					ereport(ERROR,
							(errcode(ERRCODE_AMBIGUOUS_COLUMN),
							 errmsg("%s returns two columns named %s", param, cols[c].name),
							 enroll_errcontext(caller, param)));
				att = k;
			}
			if (att < 0)
				ereport(ERROR,
						(errcode(ERRCODE_UNDEFINED_COLUMN),
						 errmsg("%s returns no column named %s", param, cols[c].name),
						 errdetail("The query must return a column %s of type %s.",
								   cols[c].name, cols[c].expected),
						 enroll_errcontext(caller, param)));
		}
		else
			att = c;
		a = TupleDescAttr(desc, att);
		if (!column_type_ok(a->atttypid, &cols[c]))
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 by_name ?
					 errmsg("column %s of %s has type %s, expected %s",
							cols[c].name, param, format_type_be(a->atttypid), cols[c].expected) :
					 errmsg("column %d (%s) of %s has type %s, expected %s",
							c + 1, cols[c].name, param, format_type_be(a->atttypid), cols[c].expected),
					 cols[c].accept == NULL ?
					 errdetail("The column is read as %s, and type %s has no cast to it.",
							   format_type_be(cols[c].cast_to), format_type_be(a->atttypid)) : 0,
					 enroll_errcontext(caller, param)));
	}
}

/*
 * query_columns_check(query, caller, param, columns, types): the same check
 * for the functions in SQL (coverage_report, linkage_records), by name,
 * each column read through an explicit cast to its type.
 */
PG_FUNCTION_INFO_V1(query_columns_check);
Datum
query_columns_check(PG_FUNCTION_ARGS)
{
	char	   *sql = text_to_cstring(PG_GETARG_TEXT_PP(0));
	char	   *caller = text_to_cstring(PG_GETARG_TEXT_PP(1));
	char	   *param = text_to_cstring(PG_GETARG_TEXT_PP(2));
	ArrayType  *names = PG_GETARG_ARRAYTYPE_P(3);
	ArrayType  *types = PG_GETARG_ARRAYTYPE_P(4);
	Datum	   *nd,
			   *td;
	bool	   *nn,
			   *tn;
	int			n,
				nt;
	EnrollColumn *cols;
	TupleDesc	desc;

	deconstruct_array(names, TEXTOID, -1, false, TYPALIGN_INT, &nd, &nn, &n);
	deconstruct_array(types, REGTYPEOID, 4, true, TYPALIGN_INT, &td, &tn, &nt);
	if (n != nt)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("number of column names (%d) does not match number of types (%d)", n, nt),
				 enroll_errcontext("query_columns_check", NULL)));
	cols = palloc0(sizeof(EnrollColumn) * Max(n, 1));
	for (int c = 0; c < n; c++)
	{
		if (nn[c])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("column names must not be null"),
					 enroll_errcontext("query_columns_check", NULL)));
		if (tn[c])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("column types must not be null"),
					 enroll_errcontext("query_columns_check", NULL)));
		cols[c].name = TextDatumGetCString(nd[c]);
		cols[c].cast_to = DatumGetObjectId(td[c]);
		cols[c].expected = format_type_be(cols[c].cast_to);
	}
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	(void) enroll_query_prepare(sql, caller, param, &desc);
	enroll_check_columns(desc, caller, param, cols, n, true);
	SPI_finish();
	PG_RETURN_VOID();
}
