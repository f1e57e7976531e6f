/*
 * cnid.c
 *	  SQL interface of the cnid type (GB 11643 MOD 11-2 identifier family).
 *
 * The value is the 17 body digits as an int8 (the check character is
 * derived), so comparison and hashing are the server's int8 functions
 * (see extension/parts/10_cnid.sql).  This file holds I/O, field access
 * and the non-throwing validators.
 */
#include "enroll.h"

#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "cnid_core.h"

#define DatumGetCnid(d)		DatumGetInt64(d)
#define CnidGetDatum(v)		Int64GetDatum(v)
#define PG_GETARG_CNID(n)	DatumGetCnid(PG_GETARG_DATUM(n))
#define PG_RETURN_CNID(v)	return CnidGetDatum(v)

/*
 * Fill in errdetail for a failed parse.  norm is the normalised input, as
 * the rules saw it.
 */
static int
cnid_errdetail(const CnidParse *p, const char *norm)
{
	switch (p->rule)
	{
		case ID_EMPTY:
			return errdetail("Rule \"empty\": nothing is left after removing blanks and hyphens.");
		case ID_LENGTH:
			return errdetail("Rule \"length\": a citizen ID number has 18 characters, or 15 digits in the legacy form, not %d.",
							 p->length);
		case ID_CHARACTER:
			return errdetail("Rule \"character\": character %d is not allowed; only digits may appear, and X only as the 18th character.",
							 p->bad_pos + 1);
		case ID_PROVINCE:
			if (norm[0] == '9' && p->length == 18)
				return errdetail("Rule \"province\": a number starting with 9 is a foreign permanent-residence number, and its digits 2-3 \"%.2s\" are not a mainland province-level code.",
								 norm + 1);
			return errdetail("Rule \"province\": prefix \"%.2s\" is not a mainland province-level code, and \"%.6s\" is not a residence-permit prefix (810000, 820000, 830000).",
							 norm, norm);
		case ID_NATIONALITY:
			return errdetail("Rule \"nationality\": digits 4-6 \"%.3s\" of a foreign permanent-residence number are not an ISO 3166-1 numeric code.",
							 norm + 3);
		case ID_BIRTH_DATE:
			return errdetail("Rule \"birth_date\": \"%08d\" is not a real date from 1800-01-01 on.",
							 (int) p->birth_ymd);
		case ID_BIRTH_FUTURE:
			return errdetail("Rule \"birth_future\": birth date %04d-%02d-%02d is after today.",
							 (int) (p->birth_ymd / 10000), (int) (p->birth_ymd / 100 % 100),
							 (int) (p->birth_ymd % 100));
		case ID_CHECK_CHAR:
			return errdetail("Rule \"check_char\": check character is \"%c\", expected \"%c\" (ISO 7064 MOD 11-2).",
							 p->found_check, p->expected_check);
		default:
			return errdetail("Rule \"%s\".", id_rule_name(p->rule));
	}
}

/*
 * Normalise and parse against a reference date (YYYYMMDD) for the
 * birth_future rule; norm receives the normalised form, for error details.
 */
static void
cnid_normalize_parse_on(const char *bytes, size_t len, int32 on_ymd, char *norm, CnidParse *p)
{
	size_t		n = id_normalize(bytes, len, norm);

	cnid_parse(norm, idnorm_parse_length(n), on_ymd, p);
	if (p->rule == ID_LENGTH)
		p->length = (int) n;	/* the real length, not the capped one */
}

/* The same against today: the type's input and the one-argument validators. */
static void
cnid_normalize_parse(const char *bytes, size_t len, char *norm, CnidParse *p)
{
	cnid_normalize_parse_on(bytes, len, enroll_today_ymd(), norm, p);
}

/*
 * Accept a parse, or report its broken rule through escontext (soft error
 * on PostgreSQL 16+) or as an ERROR.  display is the value to quote.
 */
static bool
cnid_accept(const CnidParse *p, const char *norm, const char *display, Node *escontext)
{
	if (p->rule != ID_OK)
		ereturn(escontext, false,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", "cnid", display),
				 cnid_errdetail(p, norm)));
	return true;
}

PG_FUNCTION_INFO_V1(cnid_in);
Datum
cnid_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	char		norm[IDNORM_CAP];
	CnidParse	p;

	cnid_normalize_parse(str, strlen(str), norm, &p);
	if (!cnid_accept(&p, norm, str, ENROLL_ESCONTEXT(fcinfo)))
		PG_RETURN_NULL();
	PG_RETURN_CNID(p.body);
}

PG_FUNCTION_INFO_V1(cnid_out);
Datum
cnid_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(19);

	cnid_format(PG_GETARG_CNID(0), buf);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(cnid_from_text);
Datum
cnid_from_text(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	char		norm[IDNORM_CAP];
	CnidParse	p;

	cnid_normalize_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), norm, &p);
	/* text_to_cstring copies: quote the original only on failure */
	if (p.rule != ID_OK)
		(void) cnid_accept(&p, norm, text_to_cstring(t), NULL);
	PG_RETURN_CNID(p.body);
}

PG_FUNCTION_INFO_V1(cnid_to_text);
Datum
cnid_to_text(PG_FUNCTION_ARGS)
{
	char		buf[19];

	cnid_format(PG_GETARG_CNID(0), buf);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, 18));
}

PG_FUNCTION_INFO_V1(cnid_recv);
Datum
cnid_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	int64		body = pq_getmsgint64(msg);
	IdRule		rule = cnid_validate_body(body, enroll_today_ymd());

	/* Binary input is untrusted: apply the same rules as text input. */
	if (rule != ID_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external value for type %s: body " INT64_FORMAT, "cnid", body),
				 errdetail("Rule \"%s\" is broken.", id_rule_name(rule))));
	PG_RETURN_CNID(body);
}

PG_FUNCTION_INFO_V1(cnid_send);
Datum
cnid_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, PG_GETARG_CNID(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(cnid_birth_date);
Datum
cnid_birth_date(PG_FUNCTION_ARGS)
{
	int32		ymd = cnid_body_birth_ymd(PG_GETARG_CNID(0));

	PG_RETURN_DATEADT(date2j(ymd / 10000, ymd / 100 % 100, ymd % 100) - POSTGRES_EPOCH_JDATE);
}

PG_FUNCTION_INFO_V1(cnid_sex);
Datum
cnid_sex(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT16((int16) cnid_body_sex(PG_GETARG_CNID(0)));
}

PG_FUNCTION_INFO_V1(cnid_region);
Datum
cnid_region(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cnid_body_region(PG_GETARG_CNID(0)));
}

PG_FUNCTION_INFO_V1(cnid_kind);
Datum
cnid_kind(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(cnid_kind_name(cnid_body_kind(PG_GETARG_CNID(0)))));
}

/*
 * Completed years from birth (YYYYMMDD) to a finite date.  Someone born on
 * 29 February comes of age on 1 March in common years.  Before birth the
 * result is negative, so "age >= 16" is simply false for the unborn.
 */
static int
age_in_years(int32 birth_ymd, DateADT on)
{
	int			y,
				m,
				d;
	int			age;

	if (DATE_NOT_FINITE(on))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("reference date must be finite")));
	j2date(on + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	age = y - birth_ymd / 10000;
	if (m * 100 + d < birth_ymd % 10000)
		age--;
	return age;
}

PG_FUNCTION_INFO_V1(cnid_age);
Datum
cnid_age(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(age_in_years(cnid_body_birth_ymd(PG_GETARG_CNID(0)), PG_GETARG_DATEADT(1)));
}

/* age_on(birth date, on date): the same rule for a birth date of any source. */
PG_FUNCTION_INFO_V1(age_on);
Datum
age_on(PG_FUNCTION_ARGS)
{
	DateADT		birth = PG_GETARG_DATEADT(0);
	int			y,
				m,
				d;

	if (DATE_NOT_FINITE(birth))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("birth date must be finite")));
	j2date(birth + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	PG_RETURN_INT32(age_in_years(y * 10000 + m * 100 + d, PG_GETARG_DATEADT(1)));
}

PG_FUNCTION_INFO_V1(cnid_mask);
Datum
cnid_mask(PG_FUNCTION_ARGS)
{
	char		buf[19];

	/* Keep the address code and the last four; hide birth date and more. */
	cnid_format(PG_GETARG_CNID(0), buf);
	memset(buf + 6, '*', 8);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, 18));
}

static void
parse_text_arg(const text *t, CnidParse *p)
{
	char		norm[IDNORM_CAP];

	cnid_normalize_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), norm, p);
}

/*
 * The as_of forms (cnid_valid/cnid_try/cnid_check(text, date)) parse
 * against their date argument instead of today, so their result depends on
 * the arguments alone and they can be IMMUTABLE (bulk UPDATEs on Citus
 * refuse STABLE functions of columns).  'infinity' puts no birth date in
 * the future; '-infinity' and dates before year 1 put every one there.
 */
static void
parse_text_arg_on(const text *t, DateADT as_of, CnidParse *p)
{
	char		norm[IDNORM_CAP];
	int32		on_ymd;

	if (DATE_IS_NOEND(as_of))
		on_ymd = PG_INT32_MAX;
	else if (DATE_IS_NOBEGIN(as_of))
		on_ymd = 1;
	else
	{
		int			y,
					m,
					d;

		j2date(as_of + POSTGRES_EPOCH_JDATE, &y, &m, &d);
		if (y > 9999)			/* after every eight-digit birth date */
			on_ymd = PG_INT32_MAX;
		else					/* 0 would switch the rule off: keep it on */
			on_ymd = Max(y * 10000 + m * 100 + d, 1);
	}
	cnid_normalize_parse_on(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), on_ymd, norm, p);
}

PG_FUNCTION_INFO_V1(cnid_valid);
Datum
cnid_valid(PG_FUNCTION_ARGS)
{
	CnidParse	p;

	parse_text_arg(PG_GETARG_TEXT_PP(0), &p);
	PG_RETURN_BOOL(p.rule == ID_OK);
}

/* cnid_try(text): the cnid, or NULL when the text breaks a rule; never throws. */
PG_FUNCTION_INFO_V1(cnid_try);
Datum
cnid_try(PG_FUNCTION_ARGS)
{
	CnidParse	p;

	parse_text_arg(PG_GETARG_TEXT_PP(0), &p);
	if (p.rule != ID_OK)
		PG_RETURN_NULL();
	PG_RETURN_CNID(p.body);
}

PG_FUNCTION_INFO_V1(cnid_check);
Datum
cnid_check(PG_FUNCTION_ARGS)
{
	CnidParse	p;

	parse_text_arg(PG_GETARG_TEXT_PP(0), &p);
	PG_RETURN_TEXT_P(cstring_to_text(id_rule_name(p.rule)));
}

PG_FUNCTION_INFO_V1(cnid_valid_as_of);
Datum
cnid_valid_as_of(PG_FUNCTION_ARGS)
{
	CnidParse	p;

	parse_text_arg_on(PG_GETARG_TEXT_PP(0), PG_GETARG_DATEADT(1), &p);
	PG_RETURN_BOOL(p.rule == ID_OK);
}

PG_FUNCTION_INFO_V1(cnid_try_as_of);
Datum
cnid_try_as_of(PG_FUNCTION_ARGS)
{
	CnidParse	p;

	parse_text_arg_on(PG_GETARG_TEXT_PP(0), PG_GETARG_DATEADT(1), &p);
	if (p.rule != ID_OK)
		PG_RETURN_NULL();
	PG_RETURN_CNID(p.body);
}

PG_FUNCTION_INFO_V1(cnid_check_as_of);
Datum
cnid_check_as_of(PG_FUNCTION_ARGS)
{
	CnidParse	p;

	parse_text_arg_on(PG_GETARG_TEXT_PP(0), PG_GETARG_DATEADT(1), &p);
	PG_RETURN_TEXT_P(cstring_to_text(id_rule_name(p.rule)));
}

#define CNID_MAX_REPAIRS 256

PG_FUNCTION_INFO_V1(cnid_repairs);
Datum
cnid_repairs(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	int64	   *found;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext oldcontext;
		text	   *t = PG_GETARG_TEXT_PP(0);
		char		norm[IDNORM_CAP];
		size_t		n;
		int			count;

		funcctx = SRF_FIRSTCALL_INIT();
		oldcontext = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		found = palloc(sizeof(int64) * CNID_MAX_REPAIRS);
		n = enroll_normalize_text(t, norm);
		count = (n <= IDNORM_CAP)
			? cnid_find_repairs(norm, n, enroll_today_ymd(), found, CNID_MAX_REPAIRS)
			: 0;
		funcctx->max_calls = Min(count, CNID_MAX_REPAIRS);
		funcctx->user_fctx = found;
		MemoryContextSwitchTo(oldcontext);
	}
	funcctx = SRF_PERCALL_SETUP();
	found = funcctx->user_fctx;
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		/* SRF_RETURN_NEXT increments call_cntr before using its argument */
		Datum		next = CnidGetDatum(found[funcctx->call_cntr]);

		SRF_RETURN_NEXT(funcctx, next);
	}
	SRF_RETURN_DONE(funcctx);
}
