/*
 * enroll.c
 *	  Module entry point and helpers shared by every SQL-callable file.
 */
#include "enroll.h"

#include "access/xact.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "datatype/timestamp.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

PG_MODULE_MAGIC;

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

double
enroll_elapsed_ms(instr_time start)
{
	instr_time	now;

	INSTR_TIME_SET_CURRENT(now);
	INSTR_TIME_SUBTRACT(now, start);
	return INSTR_TIME_GET_MILLISEC(now);
}
