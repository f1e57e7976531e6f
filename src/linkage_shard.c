/*
 * linkage_shard.c
 *	  The SQL-callable pieces of linkage on a Citus cluster (the table forms
 *	  of compare_registers and dedupe in extension/parts/95_compare_on_tables.sql):
 *	  the repair candidates, day, stratum and block keys the coordinator and the
 *	  workers must compute alike, and the parsing of the lines in which the
 *	  workers send their results back.  The keys go through the record
 *	  reader's own reading of a record (link_record_fill), so that they are
 *	  the linkage functions' keys.
 */
#include "dedupe.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/memutils.h"

#include "cnid_core.h"
#include "idnorm.h"

/*
 * linkage_repairs(id_number): the repair candidates the linkage functions
 * compare for a broken ID (link_id_repairs on the ID as the record reader
 * normalises it); none for a valid ID, an empty one, or NULL.  The
 * distributed forms fetch the records holding them from every shard.
 */
PG_FUNCTION_INFO_V1(linkage_repairs);
Datum
linkage_repairs(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *t = PG_GETARG_TEXT_PP(0);
	char		norm[IDNORM_CAP];
	size_t		n = enroll_normalize_text(t, norm);
	int32		today = enroll_today_ymd();
	CnidParse	p;
	int64		found[MAX_REPAIRS];
	int			nf;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	cnid_parse(norm, idnorm_parse_length(n), today, &p);
	if (p.rule == ID_OK || n == 0 || n > IDNORM_CAP)
		return (Datum) 0;
	nf = link_id_repairs(norm, n, today, found);
	for (int k = 0; k < nf; k++)
	{
		Datum		v = Int64GetDatum(found[k]);
		bool		isnull = false;

		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &v, &isnull);
	}
	return (Datum) 0;
}

/*
 * One record read as the linkage functions read it, for the keys the
 * distributed forms compute on the workers: a register kept across calls
 * in fn_extra, its arena emptied per call.
 */
static LinkRecord *
key_record_at(FunctionCallInfo fcinfo, uint32 slot, int id_arg, int name_arg, int birth_arg, int sex_arg)
{
	LinkRegister *st = fcinfo->flinfo->fn_extra;
	Datum		v[5];
	bool		isnull[5];
	int			args[5] = {-1, id_arg, name_arg, birth_arg, sex_arg};

	if (st == NULL)
	{
		st = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(LinkRegister));
		link_register_init(st, "linkage_block", "id_number", false, fcinfo->flinfo->fn_mcxt);
		fcinfo->flinfo->fn_extra = st;
	}
	if (slot == 0)
		st->arena_len = 0;
	for (int k = 0; k < 5; k++)
	{
		isnull[k] = args[k] < 0 || PG_ARGISNULL(args[k]);
		v[k] = isnull[k] ? (Datum) 0 : PG_GETARG_DATUM(args[k]);
	}
	link_record_fill(st, &st->rec[slot], v, isnull);
	return &st->rec[slot];
}

static LinkRecord *
key_record(FunctionCallInfo fcinfo, int id_arg, int name_arg, int birth_arg, int sex_arg)
{
	return key_record_at(fcinfo, 0, id_arg, name_arg, birth_arg, sex_arg);
}

/* linkage_day(id_number, birth_date, sex): days from 2000-01-01 x 4 + sex (3: other); NULL without a day */
PG_FUNCTION_INFO_V1(linkage_day);
Datum
linkage_day(PG_FUNCTION_ARGS)
{
	LinkRecord *r = key_record(fcinfo, 0, -1, 1, 2);

	if (!HAS_DAY(r))
		PG_RETURN_NULL();
	PG_RETURN_INT64((int64) r->birth * 4 + (r->sex < 0 ? 3 : r->sex));
}

/*
 * linkage_stratum(id_number, birth_date, sex, previous): the stratum (sex
 * and birth decade) whose round of the distributed dedupe makes the
 * record's name links; with previous, the stratum of the day before when
 * that is another one (the record is then that stratum's null sample of
 * its last day), else NULL; NULL without a day.
 */
PG_FUNCTION_INFO_V1(linkage_stratum);
Datum
linkage_stratum(PG_FUNCTION_ARGS)
{
	LinkRecord *r = key_record(fcinfo, 0, -1, 1, 2);
	int			own;

	if (!HAS_DAY(r))
		PG_RETURN_NULL();
	own = stratum(r);
	if (PG_ARGISNULL(3) || !PG_GETARG_BOOL(3))
		PG_RETURN_INT32(own);
	if (r->birth == PG_INT32_MIN + 1 || stratum_of(r->birth - 1, r->sex) == own)
		PG_RETURN_NULL();
	PG_RETURN_INT32(stratum_of(r->birth - 1, r->sex));
}

/* linkage_block(id_number, name, birth_date, sex): the block key (name key, birth date, sex); NULL without one */
PG_FUNCTION_INFO_V1(linkage_block);
Datum
linkage_block(PG_FUNCTION_ARGS)
{
	LinkRegister *st;
	LinkRecord *r = key_record(fcinfo, 0, 1, 2, 3);

	st = fcinfo->flinfo->fn_extra;
	if (!HAS_DAY(r))
		PG_RETURN_NULL();
	link_parse_name(st, r);
	if (!IN_BLOCK(r))
		PG_RETURN_NULL();
	PG_RETURN_INT64((int64) link_block_key(r));
}

/*
 * linkage_pair_similarity(a's id_number, name, birth_date, sex, b's …,
 * same_block): the name similarity of two records as compare_registers
 * weighs a candidate (link_similarity, -1 for a NULL name), or NULL when
 * its step would not compare them: a repaired ID (same_block false) whose
 * birth date or sex conflicts; a name block (same_block true) of another
 * name key, birth date or sex.  The second pass of the distributed form
 * evaluates its candidate pairs with it on the workers, so that they are
 * decided as on one server.
 */
PG_FUNCTION_INFO_V1(linkage_pair_similarity);
Datum
linkage_pair_similarity(PG_FUNCTION_ARGS)
{
	LinkRecord *a = key_record_at(fcinfo, 0, 0, 1, 2, 3);
	LinkRecord *b = key_record_at(fcinfo, 1, 4, 5, 6, 7);
	LinkRegister *st = fcinfo->flinfo->fn_extra;
	bool		same_block = !PG_ARGISNULL(8) && PG_GETARG_BOOL(8);

	if (same_block)
	{
		link_parse_name(st, a);
		link_parse_name(st, b);
		if (!IN_BLOCK(a) || a->nkey != b->nkey || a->birth != b->birth || a->sex != b->sex)
			PG_RETURN_NULL();
	}
	else if (!link_birth_sex_agree(a, b))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(link_similarity(st, 0, st, 1));
}

/*
 * The transport of the distributed forms: the workers' results come back
 * to the coordinator as text, one row a line, fields separated by tabs,
 * text fields escaped as in COPY's text format (\\, \t, \n; \N is NULL).
 * Parsed here in one pass: an SQL split costs ten times as much per row.
 */
/* the next field of a line (escaped tabs and newlines are never raw), unescaped in place */
static char *
next_field(char **p, char *end, bool *isnull)
{
	char	   *start = *p;
	char	   *stop = memchr(start, '\t', end - start);
	char	   *w = start;

	if (stop == NULL)
		stop = end;
	*p = stop < end ? stop + 1 : end;
	*isnull = stop - start == 2 && start[0] == '\\' && start[1] == 'N';
	for (char *r = start; r < stop; r++)
	{
		if (*r == '\\' && r + 1 < stop)
		{
			r++;
			*w++ = *r == 't' ? '\t' : (*r == 'n' ? '\n' : *r);
		}
		else
			*w++ = *r;
	}
	*w = '\0';
	return start;
}

static int64
field_int8(const char *s, const char *what)
{
	char	   *e;
	long long	v;

	errno = 0;
	v = strtoll(s, &e, 10);
	if (errno != 0 || e == s || *e != '\0')
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("invalid %s in a shard's result: \"%s\"", what, s)));
	return (int64) v;
}

/*
 * The rows of lines, by the declared result: linkage_result_rows (kind, a
 * bigint, b bigint, s text, c real), the by-ID passes' rows; or
 * linkage_record_rows (rec_id bigint, id_number text, name text,
 * birth_date date as days from 2000-01-01, sex smallint), the records the
 * second passes fetch.  A line of another number of fields is an error.
 */
PG_FUNCTION_INFO_V1(linkage_rows);
Datum
linkage_rows(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *t = PG_GETARG_TEXT_PP(0);
	bool		records;
	char	   *buf = text_to_cstring(t);
	char	   *p = buf,
			   *end = buf + strlen(buf);
	uint64		row = 0;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	if (rsinfo->setDesc->natts != 5)
		elog(ERROR, "linkage_rows: five result columns expected");
	records = TupleDescAttr(rsinfo->setDesc, 3)->atttypid == DATEOID;
	while (p < end)
	{
		char	   *eol = memchr(p, '\n', end - p);
		char	   *f[5];
		bool		isnull[5] = {false, false, false, false, false};
		Datum		v[5];
		int			nf = 0;

		if (eol == NULL)
			eol = end;
		if ((++row & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (eol == p)
		{
			p++;
			continue;
		}
		*eol = '\0';
		for (char *c = p; c < eol; c++)
			nf += *c == '\t';
		if (nf != 4)
			ereport(ERROR,
					(errcode(ERRCODE_DATA_EXCEPTION),
					 errmsg("a shard's result has a line of %d fields, expected 5", nf + 1)));
		for (int k = 0; k < 5; k++)
			f[k] = next_field(&p, eol, &isnull[k]);
		for (int k = 0; k < 5; k++)
		{
			if (isnull[k])
			{
				v[k] = (Datum) 0;
				continue;
			}
			if (records)
				v[k] = k == 0 ? Int64GetDatum(field_int8(f[k], "rec_id")) :
					k == 3 ? DateADTGetDatum((DateADT) field_int8(f[k], "birth date")) :
					k == 4 ? Int16GetDatum((int16) field_int8(f[k], "sex")) :
					CStringGetTextDatum(f[k]);
			else
				v[k] = (k == 1 || k == 2) ? Int64GetDatum(field_int8(f[k], "record number")) :
					k == 4 ? DirectFunctionCall1(float4in, CStringGetDatum(f[k])) :
					CStringGetTextDatum(f[k]);
		}
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, isnull);
		p = eol + 1;
	}
	return (Datum) 0;
}
