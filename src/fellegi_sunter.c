/*
 * fellegi_sunter.c
 *	  Record linkage: string comparators and Fellegi-Sunter estimation and
 *	  scoring, on comparison patterns computed in SQL.
 */
#include "enroll.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"

#include "strsim_core.h"

#define STACK_CODEPOINTS 128

/* Compare two texts as code points with jaro() or jaro_winkler(). */
static double
compare_texts(const text *ta, const text *tb, bool winkler)
{
	int32_t		stack_a[STACK_CODEPOINTS],
				stack_b[STACK_CODEPOINTS];
	bool		stack_scratch[2 * STACK_CODEPOINTS];
	int32_t    *a = stack_a,
			   *b = stack_b;
	bool	   *scratch = stack_scratch;
	const char *sa = VARDATA_ANY(ta),
			   *sb = VARDATA_ANY(tb);
	size_t		lena = VARSIZE_ANY_EXHDR(ta),
				lenb = VARSIZE_ANY_EXHDR(tb);
	size_t		la = utf8_to_codepoints(sa, lena, a, STACK_CODEPOINTS),
				lb = utf8_to_codepoints(sb, lenb, b, STACK_CODEPOINTS);
	double		result;

	/* Long values: decode again into heap buffers of the right size. */
	if (la > STACK_CODEPOINTS)
	{
		a = palloc(sizeof(int32_t) * la);
		(void) utf8_to_codepoints(sa, lena, a, la);
	}
	if (lb > STACK_CODEPOINTS)
	{
		b = palloc(sizeof(int32_t) * lb);
		(void) utf8_to_codepoints(sb, lenb, b, lb);
	}
	if (la + lb > 2 * STACK_CODEPOINTS)
		scratch = palloc(sizeof(bool) * (la + lb));
	result = winkler ? jaro_winkler(a, la, b, lb, scratch) : jaro(a, la, b, lb, scratch);
	if (a != stack_a)
		pfree(a);
	if (b != stack_b)
		pfree(b);
	if (scratch != stack_scratch)
		pfree(scratch);
	return result;
}

PG_FUNCTION_INFO_V1(jaro_similarity);
Datum
jaro_similarity(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT4((float4) compare_texts(PG_GETARG_TEXT_PP(0), PG_GETARG_TEXT_PP(1), false));
}

PG_FUNCTION_INFO_V1(jaro_winkler_similarity);
Datum
jaro_winkler_similarity(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT4((float4) compare_texts(PG_GETARG_TEXT_PP(0), PG_GETARG_TEXT_PP(1), true));
}

/* ---- Fellegi-Sunter ------------------------------------------------------ */

#define FS_MAX_FIELDS 32
#define FS_MAX_LEVELS 16
#define FS_EPS 1e-6

typedef struct FsPattern
{
	int8		level[FS_MAX_FIELDS];	/* -1: missing */
	double		n;
} FsPattern;

/* Read an int[]/smallint[] pattern into levels; -1 for NULL elements. */
static void
read_pattern(ArrayType *arr, int nfields, const int *levels, int8 *out)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	Oid			elemtype = ARR_ELEMTYPE(arr);
	int16		typlen;
	bool		typbyval;
	char		typalign;

	if (elemtype != INT2OID && elemtype != INT4OID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("comparison pattern must be smallint[] or integer[], not %s",
						format_type_be(get_array_type(elemtype)))));
	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("comparison pattern must be one-dimensional")));
	/* smallint or integer: known, no catalog look-up per pattern */
	typlen = elemtype == INT2OID ? 2 : 4;
	typbyval = true;
	typalign = elemtype == INT2OID ? TYPALIGN_SHORT : TYPALIGN_INT;
	deconstruct_array(arr, elemtype, typlen, typbyval, typalign, &elems, &nulls, &n);
	if (n != nfields)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("comparison pattern has %d levels, expected one per field (%d)", n, nfields)));
	for (int f = 0; f < n; f++)
	{
		int			v;

		if (nulls[f])
		{
			out[f] = -1;
			continue;
		}
		v = (elemtype == INT2OID) ? DatumGetInt16(elems[f]) : DatumGetInt32(elems[f]);
		if (v < 0 || v >= levels[f])
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("level %d of field %d is outside 0..%d", v, f + 1, levels[f] - 1)));
		out[f] = (int8) v;
	}
}

static void
append_matrix(StringInfo buf, const char *key, double m[][FS_MAX_LEVELS], int nfields, const int *levels)
{
	appendStringInfo(buf, ", \"%s\": [", key);
	for (int f = 0; f < nfields; f++)
	{
		appendStringInfoString(buf, f ? ", [" : "[");
		for (int l = 0; l < levels[f]; l++)
			appendStringInfo(buf, "%s%.17g", l ? ", " : "", m[f][l]);
		appendStringInfoChar(buf, ']');
	}
	appendStringInfoChar(buf, ']');
}

/*
 * One call's state of fs_estimate, phase by phase: arguments (the levels
 * of each field, the EM settings), read (the distinct patterns and their
 * counts), em (the start, then iterations until the largest change is
 * below tolerance), result (the model as jsonb).
 */
typedef struct FsEstimate
{
	/* arguments */
	int			levels[FS_MAX_FIELDS];
	int			nfields;
	int			max_iter;
	double		tolerance;
	double		lambda;			/* the prior; then the estimated match share */

	/* read */
	FsPattern  *pat;
	int			npat;
	double		total;			/* pairs */

	/* em */
	double		m[FS_MAX_FIELDS][FS_MAX_LEVELS],
				u[FS_MAX_FIELDS][FS_MAX_LEVELS];
	int			iter;
} FsEstimate;

static void
fse_arguments(FsEstimate *e, FunctionCallInfo fcinfo)
{
	ArrayType  *levels_arr = PG_GETARG_ARRAYTYPE_P(1);
	Datum	   *elems;
	bool	   *nulls;

	e->max_iter = PG_GETARG_INT32(2);
	e->tolerance = PG_GETARG_FLOAT8(3);
	e->lambda = PG_GETARG_FLOAT8(4);

	/* levels: the number of comparison levels of each field */
	if (ARR_NDIM(levels_arr) != 1 || ARR_ELEMTYPE(levels_arr) != INT4OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("levels must be a one-dimensional integer array")));
	deconstruct_array(levels_arr, INT4OID, 4, true, TYPALIGN_INT, &elems, &nulls, &e->nfields);
	if (e->nfields < 1 || e->nfields > FS_MAX_FIELDS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("between 1 and %d fields are supported, not %d", FS_MAX_FIELDS, e->nfields)));
	for (int f = 0; f < e->nfields; f++)
	{
		if (nulls[f] || DatumGetInt32(elems[f]) < 2 || DatumGetInt32(elems[f]) > FS_MAX_LEVELS)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("field %d has an invalid number of levels", f + 1),
					 errdetail("A field has 2 to %d levels.", FS_MAX_LEVELS)));
		e->levels[f] = DatumGetInt32(elems[f]);
	}
	if (e->max_iter < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("max_iterations must be at least 1")));
	if (!(e->tolerance > 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("tolerance must be greater than 0")));
	if (!(e->lambda > 0 && e->lambda < 1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("prior must be in (0, 1), not %g", e->lambda)));
}

/* read: the patterns, their columns checked before any value is read */
static void
fse_read(FsEstimate *e, const char *sql)
{
	static const Oid pattern_types[] = {INT2ARRAYOID, INT4ARRAYOID, InvalidOid};
	static const Oid count_types[] = {INT2OID, INT4OID, INT8OID, InvalidOid};
	static const EnrollColumn cols[2] = {
		{"pattern", "smallint[] or integer[]", pattern_types, InvalidOid},
		{"n", "bigint", count_types, InvalidOid}
	};
	MemoryContext cxt = CurrentMemoryContext;
	TupleDesc	desc;
	SPIPlanPtr	plan;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	plan = enroll_query_prepare(sql, "fs_estimate", "patterns_sql", &desc);
	enroll_check_columns(desc, "fs_estimate", "patterns_sql", cols, 2, false);
	if (SPI_execute_plan(plan, NULL, NULL, true, 0) != SPI_OK_SELECT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a query returning rows", "patterns_sql"),
				 enroll_errcontext("fs_estimate", "patterns_sql")));

	/* in the caller's context: SPI_finish deletes the one SPI_connect made current */
	e->pat = MemoryContextAlloc(cxt, sizeof(FsPattern) * Max(SPI_processed, 1));
	desc = SPI_tuptable->tupdesc;
	for (uint64 r = 0; r < SPI_processed; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		bool		isnull;
		Datum		d = SPI_getbinval(tup, desc, 1, &isnull);
		Datum		nd;
		int64		n;

		if ((r & 0x3FFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (isnull)
			continue;
		nd = SPI_getbinval(tup, desc, 2, &isnull);
		if (isnull)
			continue;
		switch (getBaseType(TupleDescAttr(desc, 1)->atttypid))
		{
			case INT2OID:
				n = DatumGetInt16(nd);
				break;
			case INT4OID:
				n = DatumGetInt32(nd);
				break;
			default:
				n = DatumGetInt64(nd);
				break;
		}
		if (n <= 0)
			continue;
		read_pattern(DatumGetArrayTypeP(d), e->nfields, e->levels, e->pat[e->npat].level);
		e->pat[e->npat].n = (double) n;
		e->total += n;
		e->npat++;
	}
	SPI_finish();
	if (e->npat == 0)
		ereport(ERROR,
				(errcode(ERRCODE_NO_DATA),
				 errmsg("%s returned no pairs", "patterns_sql"),
				 enroll_errcontext("fs_estimate", "patterns_sql")));
}

/* em, start: matches agree (high levels), non-matches disagree */
static void
fse_start(FsEstimate *e)
{
	for (int f = 0; f < e->nfields; f++)
	{
		double		sm = 0,
					su = 0;

		for (int l = 0; l < e->levels[f]; l++)
		{
			e->m[f][l] = pow(4.0, l);
			e->u[f][l] = pow(4.0, e->levels[f] - 1 - l);
			sm += e->m[f][l];
			su += e->u[f][l];
		}
		for (int l = 0; l < e->levels[f]; l++)
		{
			e->m[f][l] /= sm;
			e->u[f][l] /= su;
		}
	}
}

/*
 * em, one iteration: the expected matches and non-matches per field and
 * level (E), then m, u and lambda from them (M); the largest change
 */
static double
fse_iterate(FsEstimate *e)
{
	double		nm[FS_MAX_FIELDS][FS_MAX_LEVELS] = {{0}},
				nu[FS_MAX_FIELDS][FS_MAX_LEVELS] = {{0}};
	double		sum_g = 0,
				change = 0;

	for (int p = 0; p < e->npat; p++)
	{
		const FsPattern *pat = &e->pat[p];
		double		lm = log(e->lambda),
					lu = log(1 - e->lambda),
					g;

		for (int f = 0; f < e->nfields; f++)
		{
			int			l = pat->level[f];

			if (l < 0)
				continue;
			lm += log(e->m[f][l]);
			lu += log(e->u[f][l]);
		}
		g = 1.0 / (1.0 + exp(lu - lm));
		sum_g += g * pat->n;
		for (int f = 0; f < e->nfields; f++)
		{
			int			l = pat->level[f];

			if (l < 0)
				continue;
			nm[f][l] += g * pat->n;
			nu[f][l] += (1 - g) * pat->n;
		}
	}
	for (int f = 0; f < e->nfields; f++)
	{
		double		sm = 0,
					su = 0;

		for (int l = 0; l < e->levels[f]; l++)
		{
			/* a little smoothing keeps every level possible */
			nm[f][l] += FS_EPS * e->total;
			nu[f][l] += FS_EPS * e->total;
			sm += nm[f][l];
			su += nu[f][l];
		}
		for (int l = 0; l < e->levels[f]; l++)
		{
			change = Max(change, fabs(nm[f][l] / sm - e->m[f][l]));
			change = Max(change, fabs(nu[f][l] / su - e->u[f][l]));
			e->m[f][l] = nm[f][l] / sm;
			e->u[f][l] = nu[f][l] / su;
		}
	}
	change = Max(change, fabs(sum_g / e->total - e->lambda));
	e->lambda = Min(Max(sum_g / e->total, 1e-12), 1 - 1e-12);
	return change;
}

static void
fse_em(FsEstimate *e)
{
	fse_start(e);
	for (e->iter = 1; e->iter <= e->max_iter; e->iter++)
	{
		CHECK_FOR_INTERRUPTS();
		if (fse_iterate(e) < e->tolerance)
			break;
	}
}

/* result: the model as jsonb, weights the log2 Bayes factors */
static Datum
fse_result(FsEstimate *e)
{
	StringInfoData buf;
	double		w[FS_MAX_FIELDS][FS_MAX_LEVELS];

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"fields\": %d, \"levels\": [", e->nfields);
	for (int f = 0; f < e->nfields; f++)
		appendStringInfo(&buf, "%s%d", f ? ", " : "", e->levels[f]);
	appendStringInfo(&buf, "], \"pairs\": %.0f, \"patterns\": %d, \"iterations\": %d, \"lambda\": %.17g",
					 e->total, e->npat, Min(e->iter, e->max_iter), e->lambda);
	appendStringInfo(&buf, ", \"prior_weight\": %.17g", log2(e->lambda / (1 - e->lambda)));
	append_matrix(&buf, "m", e->m, e->nfields, e->levels);
	append_matrix(&buf, "u", e->u, e->nfields, e->levels);
	for (int f = 0; f < e->nfields; f++)
		for (int l = 0; l < e->levels[f]; l++)
			w[f][l] = log2(e->m[f][l] / e->u[f][l]);
	append_matrix(&buf, "weights", w, e->nfields, e->levels);
	appendStringInfoChar(&buf, '}');
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
}

/*
 * fs_estimate(patterns_sql, levels, max_iterations, tolerance, prior):
 * EM for the Fellegi-Sunter m and u probabilities on comparison patterns
 * (Winkler 1988; conditional independence).  patterns_sql returns
 * (pattern int[]/smallint[], n bigint): each distinct pattern of
 * comparison levels with its count, so EM costs nothing per pair.
 */
PG_FUNCTION_INFO_V1(fs_estimate);
Datum
fs_estimate(PG_FUNCTION_ARGS)
{
	FsEstimate *e = palloc0(sizeof(FsEstimate));
	char	   *sql = text_to_cstring(PG_GETARG_TEXT_PP(0));

	fse_arguments(e, fcinfo);
	fse_read(e, sql);
	fse_em(e);
	PG_RETURN_DATUM(fse_result(e));
}

/*
 * fs_weight(pattern, weights): the match weight of one pair, the sum of
 * its fields' log2 Bayes factors; a missing field (NULL level) adds 0.
 * weights is the model's weight matrix as float8[][] (ragged rows padded).
 */
PG_FUNCTION_INFO_V1(fs_weight);
Datum
fs_weight(PG_FUNCTION_ARGS)
{
	ArrayType  *pattern = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *weights = PG_GETARG_ARRAYTYPE_P(1);
	int			nfields,
				nlevels;
	double	   *w;
	int			levels[FS_MAX_FIELDS] = {0};
	int8		pat[FS_MAX_FIELDS];
	double		sum = 0;

	if (ARR_NDIM(weights) != 2 || ARR_ELEMTYPE(weights) != FLOAT8OID || ARR_HASNULL(weights))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("weights must be a two-dimensional float8 array without NULLs")));
	nfields = ARR_DIMS(weights)[0];
	nlevels = ARR_DIMS(weights)[1];
	if (nfields > FS_MAX_FIELDS || nlevels > FS_MAX_LEVELS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("weights must have at most %d rows and %d columns", FS_MAX_FIELDS, FS_MAX_LEVELS)));
	w = (double *) ARR_DATA_PTR(weights);
	for (int f = 0; f < nfields; f++)
		levels[f] = nlevels;
	read_pattern(pattern, nfields, levels, pat);
	for (int f = 0; f < nfields; f++)
		if (pat[f] >= 0)
			sum += w[f * nlevels + pat[f]];
	PG_RETURN_FLOAT8(sum);
}
