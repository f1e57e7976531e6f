/*
 * insurance.c
 *	  Insurance types (AAE140 险种类型 codes) and insset, the set of
 *	  insurances a person holds: the check boxes of the registration form.
 *
 * An insset is an int4 bit mask, one bit per known code, passed by value.
 * The bit of each code is part of the on-disk format and of the hash used
 * for sharding: never renumber, only append.
 */
#include "enroll.h"

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "insurance.h"

/* Bit i of an insset stands for insurance_codes[i]. */
const InsuranceType insurance_types[INSURANCE_TYPE_COUNT] = {
	{110, INS_PENSION, true},		/* 企业职工基本养老保险 */
	{120, INS_PENSION, true},		/* 机关事业单位养老保险 */
	{170, INS_PENSION, true},		/* 城乡居民基本养老保险 */
	{210, INS_UNEMPLOYMENT, true},	/* 失业保险 */
	{310, INS_MEDICAL, true},		/* 职工基本医疗保险 */
	{320, INS_MEDICAL, false},		/* 公务员医疗补助 (supplement) */
	{330, INS_MEDICAL, false},		/* 大额医疗费用补助 (supplement) */
	{340, INS_MEDICAL, true},		/* 离休人员医疗保障 */
	{390, INS_MEDICAL, true},		/* 城乡居民基本医疗保险 */
	{392, INS_MEDICAL, false},		/* 城乡居民大病医疗保险 (supplement) */
	{410, INS_WORK_INJURY, true},	/* 工伤保险 */
	{510, INS_MATERNITY, true},		/* 生育保险 */
};

static const char *const category_names[INS_CATEGORY_COUNT] = {
	[INS_PENSION] = "pension",
	[INS_MEDICAL] = "medical",
	[INS_UNEMPLOYMENT] = "unemployment",
	[INS_WORK_INJURY] = "work_injury",
	[INS_MATERNITY] = "maternity",
};

const char *
insurance_category_name(InsuranceCategory c)
{
	return category_names[c];
}

int
insurance_bit(int code)
{
	for (int i = 0; i < INSURANCE_TYPE_COUNT; i++)
		if (insurance_types[i].code == code)
			return i;
	return -1;
}

int
insurance_category_by_name(const char *name)
{
	for (int c = 0; c < INS_CATEGORY_COUNT; c++)
		if (strcmp(category_names[c], name) == 0)
			return c;
	return -1;
}

/* Bits of the basic schemes of each category, computed once. */
uint32
insurance_category_mask(InsuranceCategory c)
{
	static uint32 masks[INS_CATEGORY_COUNT];
	static bool done = false;

	if (!done)
	{
		for (int i = 0; i < INSURANCE_TYPE_COUNT; i++)
			if (insurance_types[i].basic)
				masks[insurance_types[i].category] |= (uint32) 1 << i;
		done = true;
	}
	return masks[c];
}

static uint32
insset_valid_mask(void)
{
	return ((uint32) 1 << INSURANCE_TYPE_COUNT) - 1;
}

static int
insurance_code_or_error(int64 code, Node *escontext, const char *input, bool *ok)
{
	int			bit = (code >= 0 && code <= 999) ? insurance_bit((int) code) : -1;

	*ok = true;
	if (bit < 0)
	{
		*ok = false;
		if (input)
			ereturn(escontext, -1,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"", "insset", input),
					 errdetail("Rule \"code\": " INT64_FORMAT " is not an insurance type code (AAE140); see enroll.insurance_type.", code)));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%lld is not an insurance type code", (long long) code),
				 errhint("The codes are listed in enroll.insurance_type.")));
	}
	return bit;
}

/*
 * Text form: {110,310,410}, codes in ascending order.  Input accepts any
 * order, blanks and duplicates.
 */
PG_FUNCTION_INFO_V1(insset_in);
Datum
insset_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	Node	   *escontext = ENROLL_ESCONTEXT(fcinfo);
	const char *p = str;
	uint32		mask = 0;

	while (*p == ' ')
		p++;
	if (*p != '{')
		ereturn(escontext, (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", "insset", str),
				 errdetail("Rule \"format\": an insurance set is written like {110,310}.")));
	p++;
	for (;;)
	{
		int64		code = 0;
		int			digits = 0;
		bool		ok;
		int			bit;

		while (*p == ' ')
			p++;
		if (*p == '}' && mask == 0 && digits == 0)
			break;
		while (*p >= '0' && *p <= '9' && digits < 4)
		{
			code = code * 10 + (*p++ - '0');
			digits++;
		}
		if (digits == 0 || (*p >= '0' && *p <= '9'))
			ereturn(escontext, (Datum) 0,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"", "insset", str),
					 errdetail("Rule \"format\": expected a three-digit insurance type code at character %d.",
							   (int) (p - str) + 1)));
		bit = insurance_code_or_error(code, escontext, str, &ok);
		if (!ok)
			PG_RETURN_NULL();
		mask |= (uint32) 1 << bit;
		while (*p == ' ')
			p++;
		if (*p == ',')
		{
			p++;
			continue;
		}
		if (*p == '}')
			break;
		ereturn(escontext, (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", "insset", str),
				 errdetail("Rule \"format\": expected \",\" or \"}\" at character %d.", (int) (p - str) + 1)));
	}
	p++;
	while (*p == ' ')
		p++;
	if (*p != '\0')
		ereturn(escontext, (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", "insset", str),
				 errdetail("Rule \"format\": unexpected text after \"}\".")));
	PG_RETURN_INT32((int32) mask);
}

PG_FUNCTION_INFO_V1(insset_out);
Datum
insset_out(PG_FUNCTION_ARGS)
{
	uint32		mask = (uint32) PG_GETARG_INT32(0);
	StringInfoData buf;
	bool		first = true;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	for (int i = 0; i < INSURANCE_TYPE_COUNT; i++)
	{
		if (mask & ((uint32) 1 << i))
		{
			if (!first)
				appendStringInfoChar(&buf, ',');
			appendStringInfo(&buf, "%d", insurance_types[i].code);
			first = false;
		}
	}
	appendStringInfoChar(&buf, '}');
	PG_RETURN_CSTRING(buf.data);
}

PG_FUNCTION_INFO_V1(insset_recv);
Datum
insset_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	uint32		mask = (uint32) pq_getmsgint(msg, 4);

	if (mask & ~insset_valid_mask())
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external value for type %s: bits 0x%08x", "insset", mask),
				 errdetail("Only the low %d bits stand for insurance types.", INSURANCE_TYPE_COUNT)));
	PG_RETURN_INT32((int32) mask);
}

PG_FUNCTION_INFO_V1(insset_send);
Datum
insset_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, (uint32) PG_GETARG_INT32(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* insset(smallint[]): from the codes; NULL elements are an error. */
PG_FUNCTION_INFO_V1(insset_from_codes);
Datum
insset_from_codes(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	uint32		mask = 0;

	deconstruct_array(arr, INT2OID, 2, true, TYPALIGN_SHORT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
	{
		bool		ok;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("insurance type codes must not be null")));
		mask |= (uint32) 1 << insurance_code_or_error(DatumGetInt16(elems[i]), NULL, NULL, &ok);
	}
	PG_RETURN_INT32((int32) mask);
}

PG_FUNCTION_INFO_V1(insset_codes);
Datum
insset_codes(PG_FUNCTION_ARGS)
{
	uint32		mask = (uint32) PG_GETARG_INT32(0);
	Datum		elems[INSURANCE_TYPE_COUNT];
	int			n = 0;

	for (int i = 0; i < INSURANCE_TYPE_COUNT; i++)
		if (mask & ((uint32) 1 << i))
			elems[n++] = Int16GetDatum((int16) insurance_types[i].code);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, INT2OID, 2, true, TYPALIGN_SHORT));
}

/* insset @> code: does the set hold this insurance type? */
PG_FUNCTION_INFO_V1(insset_has);
Datum
insset_has(PG_FUNCTION_ARGS)
{
	uint32		mask = (uint32) PG_GETARG_INT32(0);
	int			code = PG_GETARG_INT16(1);
	int			bit = insurance_bit(code);

	/* an unknown code is simply not a member: no error in a WHERE clause */
	PG_RETURN_BOOL(bit >= 0 && (mask & ((uint32) 1 << bit)) != 0);
}

/* Does the set hold a basic scheme of the category (pension, medical, ...)? */
PG_FUNCTION_INFO_V1(insset_has_category);
Datum
insset_has_category(PG_FUNCTION_ARGS)
{
	uint32		mask = (uint32) PG_GETARG_INT32(0);
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(1));
	int			c = insurance_category_by_name(name);

	if (c < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"%s\" is not an insurance category", name),
				 errhint("The categories are pension, medical, unemployment, work_injury and maternity.")));
	PG_RETURN_BOOL((mask & insurance_category_mask((InsuranceCategory) c)) != 0);
}

PG_FUNCTION_INFO_V1(insset_count);
Datum
insset_count(PG_FUNCTION_ARGS)
{
	uint32		mask = (uint32) PG_GETARG_INT32(0);
	int			n = 0;

	while (mask)
	{
		mask &= mask - 1;
		n++;
	}
	PG_RETURN_INT32(n);
}

PG_FUNCTION_INFO_V1(insset_union);
Datum
insset_union(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(PG_GETARG_INT32(0) | PG_GETARG_INT32(1));
}

PG_FUNCTION_INFO_V1(insset_intersect);
Datum
insset_intersect(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(PG_GETARG_INT32(0) & PG_GETARG_INT32(1));
}

PG_FUNCTION_INFO_V1(insset_minus);
Datum
insset_minus(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(PG_GETARG_INT32(0) & ~PG_GETARG_INT32(1));
}

PG_FUNCTION_INFO_V1(insset_contains);
Datum
insset_contains(PG_FUNCTION_ARGS)
{
	uint32		a = (uint32) PG_GETARG_INT32(0),
				b = (uint32) PG_GETARG_INT32(1);

	PG_RETURN_BOOL((a & b) == b);
}

PG_FUNCTION_INFO_V1(insset_contained);
Datum
insset_contained(PG_FUNCTION_ARGS)
{
	uint32		a = (uint32) PG_GETARG_INT32(0),
				b = (uint32) PG_GETARG_INT32(1);

	PG_RETURN_BOOL((a & b) == a);
}

PG_FUNCTION_INFO_V1(insset_overlaps);
Datum
insset_overlaps(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL((PG_GETARG_INT32(0) & PG_GETARG_INT32(1)) != 0);
}

/* Add one code to a set (the form's check box). */
PG_FUNCTION_INFO_V1(insset_add);
Datum
insset_add(PG_FUNCTION_ARGS)
{
	uint32		mask = (uint32) PG_GETARG_INT32(0);
	bool		ok;
	int			bit = insurance_code_or_error(PG_GETARG_INT16(1), NULL, NULL, &ok);

	PG_RETURN_INT32((int32) (mask | ((uint32) 1 << bit)));
}

/*
 * insurance_code_known(code): whether the code is an insurance type this
 * library knows.  IMMUTABLE and table-free, so that it can be a CHECK
 * constraint of the register's enrolments on every node of a cluster.
 */
PG_FUNCTION_INFO_V1(insurance_code_known);
Datum
insurance_code_known(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(insurance_bit(PG_GETARG_INT16(0)) >= 0);
}
