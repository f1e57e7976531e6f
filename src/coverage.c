/*
 * coverage.c
 *	  Coverage aggregates: exact counts, rates and Wilson intervals, with
 *	  state types of their own (not `internal`) so that parallel workers
 *	  and Citus workers can ship partial states.
 *
 * Two state types, both fixed-length and passed by reference:
 *	coverage_state			population and covered (coverage(boolean))
 *	insurance_coverage		population and covered per insurance category
 *							(coverage(insset))
 * Transition functions update the state in place when called as an
 * aggregate, as the server's own int8 accumulators do.
 */
#include "enroll.h"

#include <math.h>

#include "access/htup_details.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "insurance.h"

typedef struct CoverageState
{
	int64		population;
	int64		covered;
} CoverageState;

typedef struct InsuranceCoverage
{
	int64		population;
	int64		any;			/* holds any basic scheme */
	int64		category[INS_CATEGORY_COUNT];
} InsuranceCoverage;

#define WILSON_Z95 1.959963984540054

/* Wilson score interval for covered of n at z; n = 0 gives [0, 1]. */
static void
wilson_interval(int64 covered, int64 n, double z, double *lo, double *hi)
{
	double		p,
				z2,
				denom,
				centre,
				half;

	if (n <= 0)
	{
		*lo = 0.0;
		*hi = 1.0;
		return;
	}
	p = (double) covered / (double) n;
	z2 = z * z;
	denom = 1.0 + z2 / n;
	centre = (p + z2 / (2.0 * n)) / denom;
	half = z * sqrt(p * (1.0 - p) / n + z2 / (4.0 * (double) n * n)) / denom;
	/* exact ends: no covered means the interval starts at 0, all at 1 */
	*lo = (covered == 0) ? 0.0 : fmax(0.0, centre - half);
	*hi = (covered == n) ? 1.0 : fmin(1.0, centre + half);
}

static void
check_counts(int64 population, int64 covered, const char *type)
{
	if (population < 0 || covered < 0 || covered > population)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s: covered " INT64_FORMAT " of population " INT64_FORMAT, type, covered, population),
				 errdetail("Counts must satisfy 0 <= covered <= population.")));
}

/* ---- coverage_state: I/O ------------------------------------------------ */

PG_FUNCTION_INFO_V1(coverage_state_in);
Datum
coverage_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	CoverageState *s = palloc(sizeof(CoverageState));
	long long	pop,
				cov;
	int			used = 0;

	if (sscanf(str, " (%lld,%lld)%n", &pop, &cov, &used) != 2 || str[used] != '\0' ||
		pop < 0 || cov < 0 || cov > pop)
		ereturn(ENROLL_ESCONTEXT(fcinfo), (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", "coverage_state", str),
				 errdetail("Expected (population,covered) with 0 <= covered <= population.")));
	s->population = pop;
	s->covered = cov;
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(coverage_state_out);
Datum
coverage_state_out(PG_FUNCTION_ARGS)
{
	CoverageState *s = (CoverageState *) PG_GETARG_POINTER(0);

	PG_RETURN_CSTRING(psprintf("(" INT64_FORMAT "," INT64_FORMAT ")", s->population, s->covered));
}

PG_FUNCTION_INFO_V1(coverage_state_recv);
Datum
coverage_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	CoverageState *s = palloc(sizeof(CoverageState));

	s->population = pq_getmsgint64(msg);
	s->covered = pq_getmsgint64(msg);
	if (s->population < 0 || s->covered < 0 || s->covered > s->population)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external value for type %s", "coverage_state")));
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(coverage_state_send);
Datum
coverage_state_send(PG_FUNCTION_ARGS)
{
	CoverageState *s = (CoverageState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, s->population);
	pq_sendint64(&buf, s->covered);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- coverage(boolean) -------------------------------------------------- */

/*
 * The state to update (both state types are fixed-length): in place inside
 * an aggregate, as the server's own accumulators do; otherwise a copy, so
 * that a direct call never changes its argument.  A NULL state starts at zero.
 */
static void *
state_for_update(FunctionCallInfo fcinfo, Size size)
{
	void	   *copy;

	if (PG_ARGISNULL(0))
	{
		MemoryContext aggctx;

		if (!AggCheckCallContext(fcinfo, &aggctx))
			aggctx = CurrentMemoryContext;
		return MemoryContextAllocZero(aggctx, size);
	}
	if (AggCheckCallContext(fcinfo, NULL))
		return PG_GETARG_POINTER(0);
	copy = palloc(size);
	memcpy(copy, PG_GETARG_POINTER(0), size);
	return copy;
}

/*
 * Transition: a NULL covered is ignored (the person's status is unknown,
 * so they are in neither count), as count(x) ignores NULL.
 */
PG_FUNCTION_INFO_V1(coverage_accum);
Datum
coverage_accum(PG_FUNCTION_ARGS)
{
	CoverageState *s;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	s = state_for_update(fcinfo, sizeof(CoverageState));
	s->population++;
	if (PG_GETARG_BOOL(1))
		s->covered++;
	PG_RETURN_POINTER(s);
}

/* Merge of two states: the combine function, and the merge aggregate's step. */
PG_FUNCTION_INFO_V1(coverage_combine);
Datum
coverage_combine(PG_FUNCTION_ARGS)
{
	CoverageState *s;
	CoverageState *other;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	other = (CoverageState *) PG_GETARG_POINTER(1);
	s = state_for_update(fcinfo, sizeof(CoverageState));
	s->population += other->population;
	s->covered += other->covered;
	PG_RETURN_POINTER(s);
}

static Datum
coverage_make_result(FunctionCallInfo fcinfo, int64 population, int64 covered)
{
	TupleDesc	tupdesc;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};
	double		lo,
				hi;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning a record called in a context that cannot accept it")));
	tupdesc = BlessTupleDesc(tupdesc);
	wilson_interval(covered, population, WILSON_Z95, &lo, &hi);
	values[0] = Int64GetDatum(population);
	values[1] = Int64GetDatum(covered);
	if (population > 0)
		values[2] = Float8GetDatum((double) covered / (double) population);
	else
		nulls[2] = true;		/* no rate for an empty group */
	values[3] = Float8GetDatum(lo);
	values[4] = Float8GetDatum(hi);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* Final function: (population, covered, rate, ci_low, ci_high). */
PG_FUNCTION_INFO_V1(coverage_final);
Datum
coverage_final(PG_FUNCTION_ARGS)
{
	CoverageState *s;

	if (PG_ARGISNULL(0))
		return coverage_make_result(fcinfo, 0, 0);
	s = (CoverageState *) PG_GETARG_POINTER(0);
	return coverage_make_result(fcinfo, s->population, s->covered);
}

/* coverage_result(population, covered): the same result from counts. */
PG_FUNCTION_INFO_V1(coverage_from_counts);
Datum
coverage_from_counts(PG_FUNCTION_ARGS)
{
	int64		population = PG_GETARG_INT64(0);
	int64		covered = PG_GETARG_INT64(1);

	check_counts(population, covered, "coverage counts");
	return coverage_make_result(fcinfo, population, covered);
}

/* wilson_interval(covered, n, z): for reports that count by other means. */
PG_FUNCTION_INFO_V1(coverage_wilson);
Datum
coverage_wilson(PG_FUNCTION_ARGS)
{
	int64		covered = PG_GETARG_INT64(0);
	int64		n = PG_GETARG_INT64(1);
	double		z = PG_GETARG_FLOAT8(2);
	Datum		elems[2];
	double		lo,
				hi;

	check_counts(n, covered, "counts");
	if (!(z > 0.0) || isinf(z))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("z must be a positive finite number, not %g", z)));
	wilson_interval(covered, n, z, &lo, &hi);
	elems[0] = Float8GetDatum(lo);
	elems[1] = Float8GetDatum(hi);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, 2, FLOAT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* ---- insurance_coverage: per-category coverage of insset values ----------- */

#define IC_FIELDS (2 + INS_CATEGORY_COUNT)

static int64 *
ic_fields(InsuranceCoverage *s)
{
	return &s->population;
}

PG_FUNCTION_INFO_V1(insurance_coverage_in);
Datum
insurance_coverage_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	InsuranceCoverage *s = palloc0(sizeof(InsuranceCoverage));
	int64	   *f = ic_fields(s);
	const char *p = str;
	bool		ok = true;

	while (*p == ' ')
		p++;
	ok = (*p++ == '(');
	for (int i = 0; ok && i < IC_FIELDS; i++)
	{
		char	   *end;
		long long	v = strtoll(p, &end, 10);

		if (end == p || v < 0)
			ok = false;
		f[i] = v;
		p = end;
		if (ok)
			ok = (*p++ == (i == IC_FIELDS - 1 ? ')' : ','));
	}
	while (ok && *p == ' ')
		p++;
	ok = ok && *p == '\0';
	for (int i = 1; ok && i < IC_FIELDS; i++)
		ok = f[i] <= f[0];
	if (!ok)
		ereturn(ENROLL_ESCONTEXT(fcinfo), (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", "insurance_coverage", str),
				 errdetail("Expected (population,any,pension,medical,unemployment,work_injury,maternity), each count between 0 and population.")));
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(insurance_coverage_out);
Datum
insurance_coverage_out(PG_FUNCTION_ARGS)
{
	InsuranceCoverage *s = (InsuranceCoverage *) PG_GETARG_POINTER(0);
	int64	   *f = ic_fields(s);
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '(');
	for (int i = 0; i < IC_FIELDS; i++)
		appendStringInfo(&buf, "%s" INT64_FORMAT, i ? "," : "", f[i]);
	appendStringInfoChar(&buf, ')');
	PG_RETURN_CSTRING(buf.data);
}

PG_FUNCTION_INFO_V1(insurance_coverage_recv);
Datum
insurance_coverage_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	InsuranceCoverage *s = palloc(sizeof(InsuranceCoverage));
	int64	   *f = ic_fields(s);

	for (int i = 0; i < IC_FIELDS; i++)
		f[i] = pq_getmsgint64(msg);
	for (int i = 0; i < IC_FIELDS; i++)
		if (f[i] < 0 || f[i] > f[0])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid external value for type %s", "insurance_coverage")));
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(insurance_coverage_send);
Datum
insurance_coverage_send(PG_FUNCTION_ARGS)
{
	InsuranceCoverage *s = (InsuranceCoverage *) PG_GETARG_POINTER(0);
	int64	   *f = ic_fields(s);
	StringInfoData buf;

	pq_begintypsend(&buf);
	for (int i = 0; i < IC_FIELDS; i++)
		pq_sendint64(&buf, f[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}


/* A NULL insset is ignored, like a NULL boolean in coverage(boolean). */
PG_FUNCTION_INFO_V1(insurance_coverage_accum);
Datum
insurance_coverage_accum(PG_FUNCTION_ARGS)
{
	static uint32 masks[INS_CATEGORY_COUNT];
	static uint32 any_mask = 0;
	InsuranceCoverage *s;
	uint32		set;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	if (any_mask == 0)
	{
		for (int c = 0; c < INS_CATEGORY_COUNT; c++)
		{
			masks[c] = insurance_category_mask((InsuranceCategory) c);
			any_mask |= masks[c];
		}
	}
	s = state_for_update(fcinfo, sizeof(InsuranceCoverage));
	set = (uint32) PG_GETARG_INT32(1);
	s->population++;
	s->any += (set & any_mask) != 0;
	for (int c = 0; c < INS_CATEGORY_COUNT; c++)
		s->category[c] += (set & masks[c]) != 0;
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(insurance_coverage_combine);
Datum
insurance_coverage_combine(PG_FUNCTION_ARGS)
{
	InsuranceCoverage *s;
	InsuranceCoverage *other;
	int64	   *f,
			   *g;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	other = (InsuranceCoverage *) PG_GETARG_POINTER(1);
	s = state_for_update(fcinfo, sizeof(InsuranceCoverage));
	f = ic_fields(s);
	g = ic_fields(other);
	for (int i = 0; i < IC_FIELDS; i++)
		f[i] += g[i];
	PG_RETURN_POINTER(s);
}

/* Final: an empty input gives a zero state, not NULL, so reports show 0. */
PG_FUNCTION_INFO_V1(insurance_coverage_final);
Datum
insurance_coverage_final(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_POINTER(palloc0(sizeof(InsuranceCoverage)));
	PG_RETURN_POINTER(PG_GETARG_POINTER(0));
}

/* coverage_of(insurance_coverage, category): one category's coverage. */
PG_FUNCTION_INFO_V1(insurance_coverage_of);
Datum
insurance_coverage_of(PG_FUNCTION_ARGS)
{
	InsuranceCoverage *s = (InsuranceCoverage *) PG_GETARG_POINTER(0);
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(1));
	int			c;

	if (strcmp(name, "any") == 0)
		return coverage_make_result(fcinfo, s->population, s->any);
	c = insurance_category_by_name(name);
	if (c < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"%s\" is not an insurance category", name),
				 errhint("The categories are any, pension, medical, unemployment, work_injury and maternity.")));
	return coverage_make_result(fcinfo, s->population, s->category[c]);
}

/* One row per category: the unnest of an insurance_coverage. */
PG_FUNCTION_INFO_V1(insurance_coverage_rows);
Datum
insurance_coverage_rows(PG_FUNCTION_ARGS)
{
	InsuranceCoverage *s = (InsuranceCoverage *) PG_GETARG_POINTER(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int c = -1; c < INS_CATEGORY_COUNT; c++)
	{
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};
		int64		covered = (c < 0) ? s->any : s->category[c];
		double		lo,
					hi;

		wilson_interval(covered, s->population, WILSON_Z95, &lo, &hi);
		values[0] = CStringGetTextDatum(c < 0 ? "any" : insurance_category_name((InsuranceCategory) c));
		values[1] = Int64GetDatum(s->population);
		values[2] = Int64GetDatum(covered);
		if (s->population > 0)
			values[3] = Float8GetDatum((double) covered / (double) s->population);
		else
			nulls[3] = true;
		values[4] = Float8GetDatum(lo);
		values[5] = Float8GetDatum(hi);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
