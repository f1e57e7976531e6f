/*
 * enroll.c
 *	  Module entry point and helpers shared by every SQL-callable file.
 */
#include "enroll.h"

#include "access/xact.h"
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
