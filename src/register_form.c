/*
 * register_form.c
 *	  The rules of the registration form (全民参保登记表), in one place:
 *	  form_normalize(form) raises the first broken rule, as register()
 *	  needs; form_check(form) returns it, as register_batch() needs for
 *	  each of thousands of forms without a subtransaction each.
 *
 * Every error is "<field>: <reason>" with the field in the error's COLUMN
 * and one of five SQLSTATEs: 23502 missing, 22P02 malformed, 22023
 * unrecognized code or value, 23514 inconsistent fields, 22001 too long.  The fields are
 * checked in a fixed order (the order of doc/reference-register.md's list,
 * address last), so that a form with several faults always gets the same
 * error.  Text fields are NFKC-normalised, runs of blanks (Unicode's
 * White_Space) become one space, and leading and trailing spaces go.
 *
 * Region codes are looked up in enroll.region (counties must be current,
 * hukou any known code), cached per transaction: a batch names few
 * distinct counties.
 */
#include "enroll.h"

#include "access/htup_details.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "common/unicode_norm.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/formatting.h"
#include "utils/json.h"
#include "utils/array.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/varlena.h"

#include "insurance.h"
#include "register_form.h"

#define FAIL(code, fld, ...) \
	do { \
		err->sqlstate = (code); \
		err->field = (fld); \
		err->message = psprintf(__VA_ARGS__); \
		return false; \
	} while (0)

/* ---- JSON helpers ---------------------------------------------------------- */

static JsonbValue *
form_get(Jsonb *form, const char *key)
{
	return getKeyJsonValueFromContainer(&form->root, key, strlen(key), NULL);
}

static bool
jv_is_array(const JsonbValue *v)
{
	return v->type == jbvBinary && JsonContainerIsArray(v->val.binary.data);
}

/* the value as jsonb's text output: (form -> field)::text */
static char *
jv_json(JsonbValue *v)
{
	if (v->type == jbvBinary)
		return JsonbToCString(NULL, v->val.binary.data, v->val.binary.len);
	return JsonbToCString(NULL, &JsonbValueToJsonb(v)->root, 0);
}

/* the value as text: form ->> field (NULL for a JSON null) */
static char *
jv_text(JsonbValue *v)
{
	switch (v->type)
	{
		case jbvNull:
			return NULL;
		case jbvString:
			return pnstrdup(v->val.string.val, v->val.string.len);
		case jbvNumeric:
			return DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(v->val.numeric)));
		case jbvBool:
			return pstrdup(v->val.boolean ? "true" : "false");
		default:
			return jv_json(v);
	}
}

/* to_jsonb(s)::text: a JSON string literal */
static char *
json_quote(const char *s)
{
	StringInfoData b;

	initStringInfo(&b);
	escape_json(&b, s);
	return b.data;
}

/* ---- text ------------------------------------------------------------------ */

bool
form_is_blank(pg_wchar c)
{
	return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
		(c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/*
 * NFKC of s, with blanks collapsed (collapse) or dropped along with '-'
 * (phone numbers), and leading and trailing spaces trimmed; *nchars gets
 * the length in characters.
 */
static char *
text_clean(const char *s, bool phone, int *nchars)
{
	int			len = strlen(s);
	pg_wchar   *in = palloc((len + 1) * sizeof(pg_wchar));
	pg_wchar   *norm;
	StringInfoData b;
	int			n = pg_encoding_mb2wchar_with_len(PG_UTF8, s, in, len);
	int			chars = 0;
	bool		blank = false;

	in[n] = 0;
	/* most fields are NFKC already: the quick check spares the decomposition */
	if (unicode_is_normalized_quickcheck(UNICODE_NFKC, in) == UNICODE_NORM_QC_YES)
		norm = in;
	else if ((norm = unicode_normalize(UNICODE_NFKC, in)) == NULL)
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
	initStringInfo(&b);
	for (pg_wchar *p = norm; *p; p++)
	{
		unsigned char u[8];

		if (form_is_blank(*p) || (phone && *p == '-'))
		{
			blank = true;
			continue;
		}
		if (blank && !phone && b.len > 0)
		{
			appendStringInfoChar(&b, ' ');
			chars++;
		}
		blank = false;
		unicode_to_utf8(*p, u);
		appendBinaryStringInfo(&b, (char *) u, pg_utf_mblen(u));
		chars++;
	}
	if (norm != in)
		pfree(norm);
	pfree(in);
	*nchars = chars;
	return b.data;
}

/* A text field: NULL when absent or blank. */
static bool
form_text(Jsonb *form, const char *field, int maxlen, char **out, FormError *err)
{
	JsonbValue *v = form_get(form, field);
	int			chars;

	*out = NULL;
	if (v == NULL || v->type == jbvNull)
		return true;
	if (v->type != jbvString)
		FAIL(ERRCODE_INVALID_TEXT_REPRESENTATION, field, "text expected, got %s", jv_json(v));
	*out = text_clean(jv_text(v), false, &chars);
	if (chars == 0)
		*out = NULL;
	else if (chars > maxlen)
		FAIL(ERRCODE_STRING_DATA_RIGHT_TRUNCATION, field, "at most %d characters, got %d", maxlen, chars);
	return true;
}

static bool
all_digits(const char *s, int n)
{
	if ((int) strlen(s) != n)
		return false;
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* a mobile number as the register keeps it: 11 digits, 13 to 19 first */
static bool
phone_is_mobile(const char *s)
{
	return all_digits(s, 11) && s[0] == '1' && s[1] >= '3';
}

/* A region code field: a JSON number or string of exactly `digits` digits (spaces around allowed). */
static bool
form_code(Jsonb *form, const char *field, int digits, int64 *out, bool *present, FormError *err)
{
	JsonbValue *v = form_get(form, field);
	char	   *t;
	char	   *e;

	*present = false;
	if (v == NULL || v->type == jbvNull)
		return true;
	t = jv_text(v);
	while (*t == ' ')
		t++;
	for (e = t + strlen(t); e > t && e[-1] == ' '; e--)
		;
	*e = '\0';
	if ((v->type != jbvString && v->type != jbvNumeric) || !all_digits(t, digits))
		FAIL(ERRCODE_INVALID_TEXT_REPRESENTATION, field, "%d digits expected, got %s", digits,
			 v->type == jbvString ? json_quote(jv_text(v)) : jv_json(v));
	*out = strtoll(t, NULL, 10);
	*present = true;
	return true;
}

/* ---- reference data: region codes (per transaction) and the flags ---------- */

#define REGION_CACHE 256
static struct
{
	LocalTransactionId lxid;
	int			n;
	int64		code[REGION_CACHE];
	int8		known[REGION_CACHE];	/* 0 unknown, 1 known, 2 current */
}			region_cache;
static SPIPlanPtr region_plan;

static void
spi_plan_init(Oid fn)
{
	const char *schema = quote_identifier(get_namespace_name(get_func_namespace(fn)));
	Oid			argtypes[1] = {INT8OID};

	if (region_plan)
		return;
	region_plan = SPI_prepare(psprintf("SELECT bool_or(r.status = 'current') FROM %s.region r WHERE r.code = $1", schema),
							  1, argtypes);
	if (!region_plan || SPI_keepplan(region_plan) != 0)
		elog(ERROR, "could not prepare the region look-up: %s", SPI_result_code_string(SPI_result));
}

/* 0: no such code, 1: known (any status), 2: current */
static int
region_known(Oid fn, int64 code)
{
	Datum		arg[1];
	int			r = 0;
	bool		isnull;
	Datum		d;

	if (region_cache.lxid != MyProc->lxid)
	{
		region_cache.lxid = MyProc->lxid;
		region_cache.n = 0;
	}
	for (int i = 0; i < region_cache.n; i++)
		if (region_cache.code[i] == code)
			return region_cache.known[i];
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	spi_plan_init(fn);
	arg[0] = Int64GetDatum(code);
	if (SPI_execute_plan(region_plan, arg, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "the region look-up failed");
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	if (!isnull)
		r = DatumGetBool(d) ? 2 : 1;
	SPI_finish();
	if (region_cache.n < REGION_CACHE)
	{
		region_cache.code[region_cache.n] = code;
		region_cache.known[region_cache.n++] = (int8) r;
	}
	return r;
}

/*
 * The flags a form may carry: those of enroll.registration_flags() (also
 * the CHECK of enroll_register.person_flag), read once per backend.
 */
static char **flag_names;
static int	flag_count;

static void
flags_load(Oid fn)
{
	const char *schema;
	bool		isnull;
	Datum		d;
	ArrayType  *a;
	Datum	   *elems;
	int			n;
	MemoryContext old;

	if (flag_names)
		return;
	schema = quote_identifier(get_namespace_name(get_func_namespace(fn)));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute(psprintf("SELECT %s.registration_flags()", schema), true, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read registration_flags()");
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	if (isnull)
		elog(ERROR, "registration_flags() is NULL");
	a = DatumGetArrayTypeP(d);
	deconstruct_array(a, TEXTOID, -1, false, TYPALIGN_INT, &elems, NULL, &n);
	old = MemoryContextSwitchTo(TopMemoryContext);
	flag_names = palloc(n * sizeof(char *));
	for (int i = 0; i < n; i++)
		flag_names[i] = text_to_cstring(DatumGetTextPP(elems[i]));
	MemoryContextSwitchTo(old);
	flag_count = n;
	SPI_finish();
}

static bool
flag_known(const char *s)
{
	for (int i = 0; i < flag_count; i++)
		if (strcmp(flag_names[i], s) == 0)
			return true;
	return false;
}

/* ---- the form ---------------------------------------------------------------- */

static int
cmp_int16(const void *a, const void *b)
{
	return *(const int16 *) a - *(const int16 *) b;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

void
form_push_key(JsonbParseState **st, const char *key)
{
	JsonbValue	k;

	k.type = jbvString;
	k.val.string.val = (char *) key;
	k.val.string.len = strlen(key);
	pushJsonbValue(st, WJB_KEY, &k);
}

static void
push_text(JsonbParseState **st, const char *key, const char *val)
{
	JsonbValue	v;

	if (val == NULL)
		return;					/* jsonb_strip_nulls */
	form_push_key(st, key);
	v.type = jbvString;
	v.val.string.val = (char *) val;
	v.val.string.len = strlen(val);
	pushJsonbValue(st, WJB_VALUE, &v);
}

static JsonbValue
numeric_value(int64 n)
{
	JsonbValue	v;

	v.type = jbvNumeric;
	v.val.numeric = int64_to_numeric(n);
	return v;
}

static void
push_int(JsonbParseState **st, const char *key, int64 n, bool present)
{
	JsonbValue	v;

	if (!present)
		return;
	form_push_key(st, key);
	v = numeric_value(n);
	pushJsonbValue(st, WJB_VALUE, &v);
}

static const char *const employment_en[] = {"employed", "preschool", "student", "unemployed", "flexible", "retired"};
static const char *const employment_zh[] = {"已单位就业", "学龄前", "在校学生", "未就业", "灵活就业", "离退休"};

/* no field the form does not know */
static bool
fv_fields(FormParse *f, FormError *err)
{
	JsonbIterator *it;
	JsonbIteratorToken tok;
	JsonbValue	jv;
	char	   *first_unrecognized = NULL;
	static const char *const known[] = {"cnid", "name", "county", "township", "village", "employment", "employer",
		"hukou", "address", "phone", "insurances", "not_insured_reason", "insured_elsewhere", "flags", "version"};

	/* the first unrecognized field, in the database's sort order */
	it = JsonbIteratorInit(&f->json->root);
	while ((tok = JsonbIteratorNext(&it, &jv, true)) != WJB_DONE)
	{
		bool		ok = false;

		if (tok != WJB_KEY)
			continue;
		for (int i = 0; i < (int) lengthof(known); i++)
			if ((int) strlen(known[i]) == jv.val.string.len && memcmp(known[i], jv.val.string.val, jv.val.string.len) == 0)
				ok = true;
		if (!ok && (first_unrecognized == NULL ||
					varstr_cmp(jv.val.string.val, jv.val.string.len, first_unrecognized, strlen(first_unrecognized), DEFAULT_COLLATION_OID) < 0))
			first_unrecognized = pnstrdup(jv.val.string.val, jv.val.string.len);
	}
	if (first_unrecognized)
		FAIL(ERRCODE_INVALID_PARAMETER_VALUE, "form", "unrecognized field %s", json_quote(first_unrecognized));

	return true;
}

/* cnid and name */
static bool
fv_identity(FormParse *f, FormError *err)
{
	JsonbValue *v;
	char	   *id_text;

	/* cnid */
	v = form_get(f->json, "cnid");
	if (v == NULL || v->type == jbvNull)
		FAIL(ERRCODE_NOT_NULL_VIOLATION, "cnid", "required");
	id_text = jv_text(v);
	{
		Datum		t = PointerGetDatum(cstring_to_text(id_text));
		char	   *rule = TextDatumGetCString(DirectFunctionCall1(cnid_check, t));

		if (strcmp(rule, "ok") != 0)
			FAIL(ERRCODE_INVALID_TEXT_REPRESENTATION, "cnid", "invalid ID number %s (rule %s)", json_quote(id_text), rule);
		f->id_canon = DatumGetCString(DirectFunctionCall1(cnid_out, DirectFunctionCall1(cnid_try, t)));
	}

	/* name */
	if (!form_text(f->json, "name", 50, &f->nm, err))
		return false;
	if (f->nm == NULL)
		FAIL(ERRCODE_NOT_NULL_VIOLATION, "name", "required");
	if (strpbrk(f->nm, "0123456789"))
		FAIL(ERRCODE_INVALID_TEXT_REPRESENTATION, "name", "digits not allowed, got %s", json_quote(f->nm));

	return true;
}

/* county, township and village */
static bool
fv_place(FormParse *f, FormError *err)
{
	/* county, township, village */
	if (!form_code(f->json, "county", 6, &f->county, &f->has_county, err))
		return false;
	if (!f->has_county)
		FAIL(ERRCODE_NOT_NULL_VIOLATION, "county", "required");
	if (f->county % 100 == 0 || region_known(f->fn, f->county) != 2)
		FAIL(ERRCODE_INVALID_PARAMETER_VALUE, "county", "a current county code expected, got " INT64_FORMAT, f->county);
	if (!form_code(f->json, "township", 9, &f->township, &f->has_township, err))
		return false;
	if (f->has_township && f->township / 1000 != f->county)
		FAIL(ERRCODE_CHECK_VIOLATION, "township", INT64_FORMAT " is not in county " INT64_FORMAT, f->township, f->county);
	if (!form_code(f->json, "village", 12, &f->village, &f->has_village, err))
		return false;
	if (f->has_village && !f->has_township)
		FAIL(ERRCODE_NOT_NULL_VIOLATION, "township", "required when village is given");
	if (f->has_village && f->village / 1000 != f->township)
		FAIL(ERRCODE_CHECK_VIOLATION, "village", INT64_FORMAT " is not in township " INT64_FORMAT, f->village, f->township);

	return true;
}

/* employment status and employer */
static bool
fv_employment(FormParse *f, FormError *err)
{
	/* employment and employer */
	if (!form_text(f->json, "employment", 20, &f->emp, err))
		return false;
	if (f->emp == NULL)
		FAIL(ERRCODE_NOT_NULL_VIOLATION, "employment", "required");
	{
		const char *e = NULL;

		for (int i = 0; i < (int) lengthof(employment_zh); i++)
			if (strcmp(f->emp, employment_zh[i]) == 0)
				e = employment_en[i];
		if (e == NULL)
		{
			char	   *lower = str_tolower(f->emp, strlen(f->emp), DEFAULT_COLLATION_OID);

			for (int i = 0; i < (int) lengthof(employment_en); i++)
				if (strcmp(lower, employment_en[i]) == 0)
					e = employment_en[i];
		}
		if (e == NULL)
			FAIL(ERRCODE_INVALID_PARAMETER_VALUE, "employment",
				 "one of employed, preschool, student, unemployed, flexible, retired expected, got %s",
				 json_quote(jv_text(form_get(f->json, "employment"))));
		f->emp = (char *) e;
	}
	if (!form_text(f->json, "employer", 100, &f->employer, err))
		return false;
	if (strcmp(f->emp, "employed") == 0 && f->employer == NULL)
		FAIL(ERRCODE_NOT_NULL_VIOLATION, "employer", "required when employment is \"employed\"");
	if (strcmp(f->emp, "employed") != 0 && f->employer != NULL)
		FAIL(ERRCODE_CHECK_VIOLATION, "employer", "only for employment \"employed\", not %s", json_quote(f->emp));

	return true;
}

/* the region of the household registration */
static bool
fv_hukou(FormParse *f, FormError *err)
{
	/* hukou */
	if (!form_code(f->json, "hukou", 6, &f->hukou, &f->has_hukou, err))
		return false;
	if (f->has_hukou && region_known(f->fn, f->hukou) == 0)
		FAIL(ERRCODE_INVALID_PARAMETER_VALUE, "hukou", "unrecognized region code " INT64_FORMAT, f->hukou);

	return true;
}

/* the mobile number */
static bool
fv_phone(FormParse *f, FormError *err)
{
	JsonbValue *v;

	/* phone: +86, blanks and hyphens are dropped */
	v = form_get(f->json, "phone");
	if (v && v->type != jbvNull && v->type != jbvString && v->type != jbvNumeric)
		FAIL(ERRCODE_INVALID_TEXT_REPRESENTATION, "phone", "text expected, got %s", jv_json(v));
	if (v && v->type != jbvNull)
	{
		char	   *raw = jv_text(v);
		int			chars;

		f->phone = text_clean(raw, true, &chars);
		if (chars == 0)
			f->phone = NULL;
		else
		{
			size_t		l = strlen(f->phone);

			if (l == 14 && strncmp(f->phone, "+86", 3) == 0 && all_digits(f->phone + 3, 11))
				f->phone += 3;
			else if (l == 13 && strncmp(f->phone, "86", 2) == 0 && all_digits(f->phone + 2, 11))
				f->phone += 2;
			if (!all_digits(f->phone, 11))
				FAIL(ERRCODE_INVALID_TEXT_REPRESENTATION, "phone", "11 digits expected, got %s", json_quote(raw));
			if (!phone_is_mobile(f->phone))
				FAIL(ERRCODE_INVALID_PARAMETER_VALUE, "phone", "a mobile number starts 13 to 19, got %s", json_quote(raw));
		}
	}

	return true;
}

/* the insurances held, sorted and without repeats */
static bool
fv_insurances(FormParse *f, FormError *err)
{
	JsonbValue *v;

	/* insurances */
	v = form_get(f->json, "insurances");
	if (v && v->type != jbvNull && !jv_is_array(v))
		FAIL(ERRCODE_INVALID_TEXT_REPRESENTATION, "insurances", "an array of insurance codes expected, got %s", jv_json(v));
	if (v && jv_is_array(v))
	{
		JsonbContainer *c = v->val.binary.data;
		int			n = JsonContainerSize(c);
		int			unrecognized = -1;

		f->ins = palloc(sizeof(int16) * (n + 1));
		for (int i = 0; i < n; i++)
		{
			JsonbValue *e = getIthJsonbValueFromContainer(c, i);
			char	   *t = jv_text(e);

			if ((e->type != jbvNumeric && e->type != jbvString) || !all_digits(t, 3))
				FAIL(ERRCODE_INVALID_TEXT_REPRESENTATION, "insurances", "3-digit insurance codes expected, got %s", jv_json(e));
			f->ins[i] = (int16) atoi(t);
		}
		for (int i = 0; i < n; i++)
			if (insurance_bit(f->ins[i]) < 0 && (unrecognized < 0 || f->ins[i] < unrecognized))
				unrecognized = f->ins[i];
		if (unrecognized >= 0)
			FAIL(ERRCODE_INVALID_PARAMETER_VALUE, "insurances", "unrecognized insurance type %d", unrecognized);
		qsort(f->ins, n, sizeof(int16), cmp_int16);
		for (int i = 0; i < n; i++)
			if (f->nins == 0 || f->ins[f->nins - 1] != f->ins[i])
				f->ins[f->nins++] = f->ins[i];
	}

	return true;
}

/* why not insured, and where insured elsewhere */
static bool
fv_reasons(FormParse *f, FormError *err)
{
	/* not_insured_reason, insured_elsewhere */
	if (!form_text(f->json, "not_insured_reason", 40, &f->reason, err))
		return false;
	if (f->reason && strcmp(f->reason, "personal") != 0 && strcmp(f->reason, "employer") != 0 && strcmp(f->reason, "military_abroad_prison") != 0)
		FAIL(ERRCODE_INVALID_PARAMETER_VALUE, "not_insured_reason",
			 "one of personal, employer, military_abroad_prison expected, got %s", json_quote(f->reason));
	if (f->reason && f->nins > 0)
		FAIL(ERRCODE_CHECK_VIOLATION, "not_insured_reason", "given while insurances are held");
	if (!form_text(f->json, "insured_elsewhere", 20, &f->elsewhere, err))
		return false;
	if (f->elsewhere && strcmp(f->elsewhere, "province") != 0 && strcmp(f->elsewhere, "other_province") != 0)
		FAIL(ERRCODE_INVALID_PARAMETER_VALUE, "insured_elsewhere",
			 "one of province, other_province expected, got %s", json_quote(f->elsewhere));

	return true;
}

/* the flags, sorted and without repeats; deceased only through record_death() */
static bool
fv_flags(FormParse *f, FormError *err)
{
	JsonbValue *v;

	/* flags */
	v = form_get(f->json, "flags");
	if (v && v->type != jbvNull && !jv_is_array(v))
		FAIL(ERRCODE_INVALID_TEXT_REPRESENTATION, "flags", "an array of flags expected, got %s", jv_json(v));
	if (v && jv_is_array(v))
	{
		JsonbContainer *c = v->val.binary.data;
		int			n = JsonContainerSize(c);

		flags_load(f->fn);
		f->flags = palloc(sizeof(char *) * (n + 1));
		f->nflags = 0;
		for (int i = 0; i < n; i++)
		{
			JsonbValue *e = getIthJsonbValueFromContainer(c, i);

			if (e->type != jbvString || !flag_known(jv_text(e)))
				FAIL(ERRCODE_INVALID_PARAMETER_VALUE, "flags", "unrecognized flag %s", jv_json(e));
			f->flags[i] = jv_text(e);
		}
		qsort(f->flags, n, sizeof(char *), cmp_str);
		for (int i = 0; i < n; i++)
			if (f->nflags == 0 || strcmp(f->flags[f->nflags - 1], f->flags[i]) != 0)
				f->flags[f->nflags++] = f->flags[i];
		for (int i = 0; i < f->nflags; i++)
			if (strcmp(f->flags[i], "deceased") == 0)
				FAIL(ERRCODE_INVALID_PARAMETER_VALUE, "flags", "\"deceased\" is recorded with record_death()");
	}

	return true;
}

/* the form's version and the address */
static bool
fv_version_address(FormParse *f, FormError *err)
{
	JsonbValue *v;

	/* version */
	v = form_get(f->json, "version");
	if (v)
	{
		char	   *t = jv_text(v);

		if (v->type != jbvNumeric || t[0] < '1' || t[0] > '9' || strlen(t) > 9 || !all_digits(t, strlen(t)))
			FAIL(ERRCODE_INVALID_TEXT_REPRESENTATION, "version", "a positive integer expected, got %s", jv_json(v));
		f->ver = strtoll(t, NULL, 10);
		f->has_ver = true;
	}

	if (!form_text(f->json, "address", 200, &f->address, err))
		return false;

	return true;
}

/* the canonical form (jsonb orders the keys itself) */
static Jsonb *
fv_canonical(FormParse *f)
{
	JsonbParseState *st = NULL;
	JsonbValue *res;

	/* the canonical form (jsonb orders the keys itself) */
	pushJsonbValue(&st, WJB_BEGIN_OBJECT, NULL);
	push_text(&st, "cnid", f->id_canon);
	push_text(&st, "name", f->nm);
	push_int(&st, "county", f->county, true);
	push_int(&st, "township", f->township, f->has_township);
	push_int(&st, "village", f->village, f->has_village);
	push_text(&st, "employment", f->emp);
	push_text(&st, "employer", f->employer);
	push_int(&st, "hukou", f->hukou, f->has_hukou);
	push_text(&st, "address", f->address);
	push_text(&st, "phone", f->phone);
	form_push_key(&st, "insurances");
	pushJsonbValue(&st, WJB_BEGIN_ARRAY, NULL);
	for (int i = 0; i < f->nins; i++)
	{
		JsonbValue	e = numeric_value(f->ins[i]);

		pushJsonbValue(&st, WJB_ELEM, &e);
	}
	pushJsonbValue(&st, WJB_END_ARRAY, NULL);
	push_text(&st, "not_insured_reason", f->reason);
	push_text(&st, "insured_elsewhere", f->elsewhere);
	if (f->nflags >= 0)
	{
		form_push_key(&st, "flags");
		pushJsonbValue(&st, WJB_BEGIN_ARRAY, NULL);
		for (int i = 0; i < f->nflags; i++)
		{
			JsonbValue	e;

			e.type = jbvString;
			e.val.string.val = f->flags[i];
			e.val.string.len = strlen(f->flags[i]);
			pushJsonbValue(&st, WJB_ELEM, &e);
		}
		pushJsonbValue(&st, WJB_END_ARRAY, NULL);
	}
	push_int(&st, "version", f->ver, f->has_ver);
	res = pushJsonbValue(&st, WJB_END_OBJECT, NULL);
	return JsonbValueToJsonb(res);
}

/*
 * Check a form; true with *f holding its fields and *out the canonical
 * form, or false with *err set to the first broken rule.  fn is the
 * calling SQL function (its cached plans).
 */
bool
form_parse(Oid fn, Jsonb *form, FormParse *f, Jsonb **out, FormError *err)
{
	memset(f, 0, sizeof(*f));
	if (form == NULL || !JB_ROOT_IS_OBJECT(form))
		FAIL(ERRCODE_INVALID_PARAMETER_VALUE, "form", "a JSON object expected");
	f->fn = fn;
	f->json = form;
	f->nflags = -1;
	if (!fv_fields(f, err) || !fv_identity(f, err) || !fv_place(f, err) ||
		!fv_employment(f, err) || !fv_hukou(f, err) || !fv_phone(f, err) ||
		!fv_insurances(f, err) || !fv_reasons(f, err) || !fv_flags(f, err) ||
		!fv_version_address(f, err))
		return false;
	*out = fv_canonical(f);
	return true;
}

static bool
form_validate(Oid fn, Jsonb *form, Jsonb **out, FormError *err)
{
	FormParse	f;

	return form_parse(fn, form, &f, out, err);
}

/*
 * form_normalize(form jsonb) RETURNS jsonb: the canonical form, or the
 * first broken rule as an error.
 */
PG_FUNCTION_INFO_V1(enroll_form_normalize);
Datum
enroll_form_normalize(PG_FUNCTION_ARGS)
{
	Jsonb	   *out;
	FormError	err;

	if (!form_validate(fcinfo->flinfo->fn_oid, PG_ARGISNULL(0) ? NULL : PG_GETARG_JSONB_P(0), &out, &err))
		ereport(ERROR,
				(errcode(err.sqlstate),
				 errmsg("%s: %s", err.field, err.message),
				 err_generic_string(PG_DIAG_COLUMN_NAME, err.field)));
	PG_RETURN_JSONB_P(out);
}

/*
 * form_check(form jsonb, OUT normalized jsonb, OUT sqlstate text, OUT field
 * text, OUT message text): the same rules, the error returned (message as
 * form_normalize's error message) instead of raised.
 */
PG_FUNCTION_INFO_V1(enroll_form_check);
Datum
enroll_form_check(PG_FUNCTION_ARGS)
{
	TupleDesc	td;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};
	Jsonb	   *out;
	FormError	err;

	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "form_check must return a record");
	td = BlessTupleDesc(td);
	if (form_validate(fcinfo->flinfo->fn_oid, PG_ARGISNULL(0) ? NULL : PG_GETARG_JSONB_P(0), &out, &err))
	{
		values[0] = JsonbPGetDatum(out);
		nulls[1] = nulls[2] = nulls[3] = true;
	}
	else
	{
		nulls[0] = true;
		values[1] = CStringGetTextDatum(unpack_sql_state(err.sqlstate));
		values[2] = CStringGetTextDatum(err.field);
		values[3] = CStringGetTextDatum(psprintf("%s: %s", err.field, err.message));
	}
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(td, values, nulls)));
}

/*
 * phone_is_mobile(phone text): the rule of a stored phone number (the
 * register's CHECK on person.phone), the one register() applies after
 * cleaning.
 */
PG_FUNCTION_INFO_V1(enroll_phone_is_mobile);
Datum
enroll_phone_is_mobile(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(phone_is_mobile(text_to_cstring(PG_GETARG_TEXT_PP(0))));
}
