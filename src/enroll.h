/*
 * enroll.h
 *	  Declarations shared by the SQL-callable parts of enroll.
 */
#ifndef ENROLL_H
#define ENROLL_H

#include "postgres.h"
#include "fmgr.h"
#include "access/tupdesc.h"
#include "executor/spi.h"
#include "nodes/nodes.h"
#include "portability/instr_time.h"

#include "idnorm.h"

/*
 * Soft input errors (pg_input_is_valid, COPY ... ON_ERROR) exist from
 * PostgreSQL 16; before that every input error is a hard error.
 */
#if PG_VERSION_NUM < 160000
#define ereturn(context, dummy_value, ...) \
	do { \
		(void) (context); \
		ereport(ERROR, __VA_ARGS__); \
		return dummy_value; \
	} while (0)
#define ENROLL_ESCONTEXT(fcinfo) NULL
#else
#include "nodes/miscnodes.h"
#define ENROLL_ESCONTEXT(fcinfo) ((fcinfo)->context)
#endif

/* Materialize-mode set-returning functions: the helper is new in 15. */
#if PG_VERSION_NUM < 150000
#define InitMaterializedSRF(fcinfo, flags) enroll_init_materialized_srf(fcinfo)
extern void enroll_init_materialized_srf(FunctionCallInfo fcinfo);
#endif

/*
 * Today as YYYYMMDD in the session time zone, from the transaction start
 * (as CURRENT_DATE); cached per transaction because validators call it
 * once per row.
 */
extern int32 enroll_today_ymd(void);

/* id_normalize() over a text datum's bytes (no detoast copy for short values). */
extern size_t enroll_normalize_text(const text *t, char *buf);

/*
 * A column that a function taking the caller's query reads: its documented
 * name, the types it accepts (InvalidOid-terminated; domains count as their
 * base type) or, with accept NULL, any type that has an explicit cast to
 * cast_to (the query is read through such a cast), and the expected type as
 * the error message names it.
 */
typedef struct EnrollColumn
{
	const char *name;
	const char *expected;
	const Oid  *accept;
	Oid			cast_to;
} EnrollColumn;

extern SPIPlanPtr enroll_query_prepare(const char *sql, const char *caller,
									   const char *param, TupleDesc *desc);
extern void enroll_check_columns(TupleDesc desc, const char *caller, const char *param,
								 const EnrollColumn *cols, int ncols, bool by_name);

/* enroll.linkage_memory, kB */
extern int	enroll_linkage_memory_kb;

/* milliseconds since start, for the progress NOTICEs of long functions */
extern double enroll_elapsed_ms(instr_time start);
/* errcontext naming our SQL function (and its argument), for ereport */
extern int	enroll_errcontext(const char *caller, const char *param);

/*
 * splitmix64's finaliser: a cheap, well-mixed 64-bit hash for integer keys
 * (dense ids, packed keys) in hash tables and filters.
 */
static inline uint64
enroll_mix64(uint64 x)
{
	x ^= x >> 30;
	x *= UINT64CONST(0xbf58476d1ce4e5b9);
	x ^= x >> 27;
	x *= UINT64CONST(0x94d049bb133111eb);
	x ^= x >> 31;
	return x;
}

#endif							/* ENROLL_H */
