/*
 * uscc.c
 *	  SQL interface of the uscc type (GB 32100-2015 unified social credit
 *	  code, with amendment No. 1) and of the GB 11714 organisation-code
 *	  validators.
 *
 * The value is 16 bytes: positions 1-17 as 5-bit values packed into two
 * uint64 (see uscc_core.h); the check character is derived.  Comparing
 * (hi, lo) orders exactly like the canonical text, so btree, sort support
 * and hashing work on the packed value directly.  Hashes run over a fixed
 * big-endian serialisation, so they are the same on every platform and
 * must never change (extension/parts/20_uscc.sql, sql/uscc.sql).
 */
#include "enroll.h"

#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/sortsupport.h"

#include "uscc_core.h"

#define DatumGetUsccP(d)	((UsccValue *) DatumGetPointer(d))
#define PG_GETARG_USCC_P(n) DatumGetUsccP(PG_GETARG_DATUM(n))
#define PG_RETURN_USCC_P(p) PG_RETURN_POINTER(p)

StaticAssertDecl(sizeof(UsccValue) == 16, "uscc is stored in 16 bytes");

/* "1, 2, 3" from "123": the categories an authority allows. */
static char *
category_list(char authority)
{
	const char *c = uscc_categories_of(authority);
	StringInfoData buf;

	initStringInfo(&buf);
	for (; c && *c; c++)
		appendStringInfo(&buf, "%s%c", buf.len ? ", " : "", *c);
	return buf.data;
}

/*
 * Fill in errdetail for a failed parse.  norm is the normalised input, as
 * the rules saw it.
 */
static int
uscc_errdetail(const UsccParse *p, const char *norm)
{
	switch (p->rule)
	{
		case ID_EMPTY:
			return errdetail("Rule \"empty\": nothing is left after removing blanks and hyphens.");
		case ID_LENGTH:
			return errdetail("Rule \"length\": a unified social credit code has 18 characters, not %d.",
							 p->length);
		case ID_CHARACTER:
			return errdetail("Rule \"character\": character %d is not allowed; only digits and upper-case letters other than I, O, S, V and Z may appear.",
							 p->bad_pos + 1);
		case ID_AUTHORITY:
			return errdetail("Rule \"authority\": registration authority code \"%c\" (character 1) is not defined by GB 32100-2015 or its amendment No. 1.",
							 norm[0]);
		case ID_CATEGORY:
			return errdetail("Rule \"category\": organisation category \"%c\" (character 2) is not defined for registration authority \"%c\" (%s); allowed: %s.",
							 norm[1], norm[0], uscc_authority_label(norm[0]),
							 category_list(norm[0]));
		case ID_REGION:
			if (p->bad_pos >= 0)
				return errdetail("Rule \"region\": characters 3-8 \"%.6s\" must be digits (a GB/T 2260 code); character %d is not.",
								 norm + 2, p->bad_pos + 1);
			return errdetail("Rule \"region\": characters 3-8 \"%.6s\" do not start with a mainland province-level code (and are not 100000).",
							 norm + 2);
		case ID_ORGCODE_CHECK:
			if (p->expected_check != p->found_check)
				return errdetail("Rule \"orgcode_check\": the organisation code \"%.9s\" in characters 9-17 has check character \"%c\", expected \"%c\" (GB 11714); the 18th character is wrong too (expected \"%c\").",
								 norm + 8, p->org_found, p->org_expected, p->expected_check);
			return errdetail("Rule \"orgcode_check\": the organisation code \"%.9s\" in characters 9-17 has check character \"%c\", expected \"%c\" (GB 11714).",
							 norm + 8, p->org_found, p->org_expected);
		case ID_CHECK_CHAR:
			return errdetail("Rule \"check_char\": check character is \"%c\", expected \"%c\" (GB 32100 MOD 31).",
							 p->found_check, p->expected_check);
		default:
			return errdetail("Rule \"%s\".", id_rule_name(p->rule));
	}
}

/*
 * Parse bytes into a uscc, reporting failure through escontext (soft error
 * on PostgreSQL 16+) or as an ERROR.  display is the value to quote.
 */
static bool
uscc_parse_bytes(const char *bytes, size_t len, const char *display,
				 Node *escontext, UsccValue *result)
{
	char		norm[IDNORM_CAP];
	size_t		n = id_normalize(bytes, len, norm);
	UsccParse	p;

	uscc_parse(norm, idnorm_parse_length(n), &p);
	if (p.rule == ID_LENGTH)
		p.length = (int) n;
	if (p.rule != ID_OK)
		ereturn(escontext, false,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", "uscc", display),
				 uscc_errdetail(&p, norm)));
	*result = p.value;
	return true;
}

PG_FUNCTION_INFO_V1(uscc_in);
Datum
uscc_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	UsccValue  *v = palloc(sizeof(UsccValue));

	if (!uscc_parse_bytes(str, strlen(str), str, ENROLL_ESCONTEXT(fcinfo), v))
		PG_RETURN_NULL();
	PG_RETURN_USCC_P(v);
}

PG_FUNCTION_INFO_V1(uscc_out);
Datum
uscc_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(USCC_LEN + 1);

	uscc_format(*PG_GETARG_USCC_P(0), buf);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(uscc_from_text);
Datum
uscc_from_text(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	UsccValue  *v = palloc(sizeof(UsccValue));

	/* Quote the original only on failure: text_to_cstring copies. */
	char		norm[IDNORM_CAP];
	size_t		n = enroll_normalize_text(t, norm);
	UsccParse	p;

	uscc_parse(norm, idnorm_parse_length(n), &p);
	if (p.rule == ID_OK)
	{
		*v = p.value;
		PG_RETURN_USCC_P(v);
	}
	(void) uscc_parse_bytes(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t),
							text_to_cstring(t), NULL, v);
	PG_RETURN_NULL();			/* not reached */
}

PG_FUNCTION_INFO_V1(uscc_to_text);
Datum
uscc_to_text(PG_FUNCTION_ARGS)
{
	char		buf[USCC_LEN + 1];

	uscc_format(*PG_GETARG_USCC_P(0), buf);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, USCC_LEN));
}

/*
 * Binary format: the 16 packed bytes, hi then lo, each an int8 in network
 * byte order (uscc_to_bytes()).
 */
PG_FUNCTION_INFO_V1(uscc_recv);
Datum
uscc_recv(PG_FUNCTION_ARGS)
{
	StringInfo	msg = (StringInfo) PG_GETARG_POINTER(0);
	UsccValue  *v = palloc(sizeof(UsccValue));
	IdRule		rule;

	v->hi = (uint64) pq_getmsgint64(msg);
	v->lo = (uint64) pq_getmsgint64(msg);

	/* Binary input is untrusted: apply the same rules as text input. */
	rule = uscc_validate(*v);
	if (rule != ID_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external value for type %s: packed value %016llx %016llx",
						"uscc", (unsigned long long) v->hi, (unsigned long long) v->lo),
				 errdetail("Rule \"%s\" is broken.", id_rule_name(rule))));
	PG_RETURN_USCC_P(v);
}

PG_FUNCTION_INFO_V1(uscc_send);
Datum
uscc_send(PG_FUNCTION_ARGS)
{
	UsccValue  *v = PG_GETARG_USCC_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, (int64) v->hi);
	pq_sendint64(&buf, (int64) v->lo);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* --- comparison, sort support, hashing ------------------------------------- */

static inline int
uscc_cmp_args(FunctionCallInfo fcinfo)
{
	return uscc_cmp(*PG_GETARG_USCC_P(0), *PG_GETARG_USCC_P(1));
}

PG_FUNCTION_INFO_V1(uscc_eq);
Datum
uscc_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(uscc_cmp_args(fcinfo) == 0);
}

PG_FUNCTION_INFO_V1(uscc_ne);
Datum
uscc_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(uscc_cmp_args(fcinfo) != 0);
}

PG_FUNCTION_INFO_V1(uscc_lt);
Datum
uscc_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(uscc_cmp_args(fcinfo) < 0);
}

PG_FUNCTION_INFO_V1(uscc_le);
Datum
uscc_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(uscc_cmp_args(fcinfo) <= 0);
}

PG_FUNCTION_INFO_V1(uscc_gt);
Datum
uscc_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(uscc_cmp_args(fcinfo) > 0);
}

PG_FUNCTION_INFO_V1(uscc_ge);
Datum
uscc_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(uscc_cmp_args(fcinfo) >= 0);
}

PG_FUNCTION_INFO_V1(uscc_btcmp);
Datum
uscc_btcmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(uscc_cmp_args(fcinfo));
}

static int
uscc_fastcmp(Datum x, Datum y, SortSupport ssup)
{
	return uscc_cmp(*DatumGetUsccP(x), *DatumGetUsccP(y));
}

#if SIZEOF_DATUM >= 8
/*
 * Abbreviated key: the top 64 of the 85 packed bits, (hi << 24) | (lo >> 21),
 * that is positions 1-12 and most of 13.  It orders like the full value, so
 * only equal abbreviations need the full comparison.
 */
static Datum
uscc_abbrev_convert(Datum original, SortSupport ssup)
{
	UsccValue  *v = DatumGetUsccP(original);

	return (Datum) ((v->hi << 24) | (v->lo >> 21));
}

static int
uscc_abbrev_cmp(Datum x, Datum y, SortSupport ssup)
{
	uint64		a = (uint64) x,
				b = (uint64) y;

	return (a > b) - (a < b);
}

/* Positions 1-12 are rarely all equal outside duplicates: never abort. */
static bool
uscc_abbrev_abort(int memtupcount, SortSupport ssup)
{
	return false;
}
#endif

PG_FUNCTION_INFO_V1(uscc_sortsupport);
Datum
uscc_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = uscc_fastcmp;
#if SIZEOF_DATUM >= 8
	if (ssup->abbreviate)
	{
		ssup->abbrev_full_comparator = uscc_fastcmp;
		ssup->comparator = uscc_abbrev_cmp;
		ssup->abbrev_converter = uscc_abbrev_convert;
		ssup->abbrev_abort = uscc_abbrev_abort;
	}
#endif
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(uscc_hash);
Datum
uscc_hash(PG_FUNCTION_ARGS)
{
	unsigned char b[USCC_BYTES];

	uscc_to_bytes(*PG_GETARG_USCC_P(0), b);
	return hash_any(b, USCC_BYTES);
}

PG_FUNCTION_INFO_V1(uscc_hash_extended);
Datum
uscc_hash_extended(PG_FUNCTION_ARGS)
{
	unsigned char b[USCC_BYTES];

	uscc_to_bytes(*PG_GETARG_USCC_P(0), b);
	return hash_any_extended(b, USCC_BYTES, PG_GETARG_INT64(1));
}

/* --- fields ----------------------------------------------------------------- */

PG_FUNCTION_INFO_V1(uscc_region_fn);
Datum
uscc_region_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(uscc_region(*PG_GETARG_USCC_P(0)));
}

PG_FUNCTION_INFO_V1(uscc_orgcode_fn);
Datum
uscc_orgcode_fn(PG_FUNCTION_ARGS)
{
	char		buf[ORGCODE_LEN + 1];

	uscc_orgcode(*PG_GETARG_USCC_P(0), buf);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, ORGCODE_LEN));
}

PG_FUNCTION_INFO_V1(uscc_authority_fn);
Datum
uscc_authority_fn(PG_FUNCTION_ARGS)
{
	char		c = uscc_authority(*PG_GETARG_USCC_P(0));

	PG_RETURN_TEXT_P(cstring_to_text_with_len(&c, 1));
}

PG_FUNCTION_INFO_V1(uscc_category_fn);
Datum
uscc_category_fn(PG_FUNCTION_ARGS)
{
	UsccValue  *v = PG_GETARG_USCC_P(0);
	char		c[2];

	c[0] = uscc_authority(*v);
	c[1] = uscc_category(*v);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(c, 2));
}

/*
 * Labels take the code as text, normalised like identifiers (so 'a1' and
 * 'Ａ１' work), and return NULL for codes the standard does not define.
 */
PG_FUNCTION_INFO_V1(uscc_authority_label_fn);
Datum
uscc_authority_label_fn(PG_FUNCTION_ARGS)
{
	char		norm[IDNORM_CAP];
	size_t		n = enroll_normalize_text(PG_GETARG_TEXT_PP(0), norm);
	const char *label = (n == 1) ? uscc_authority_label(norm[0]) : NULL;

	if (label == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(label));
}

PG_FUNCTION_INFO_V1(uscc_category_label_fn);
Datum
uscc_category_label_fn(PG_FUNCTION_ARGS)
{
	char		norm[IDNORM_CAP];
	size_t		n = enroll_normalize_text(PG_GETARG_TEXT_PP(0), norm);
	const char *label = (n == 2) ? uscc_category_label(norm[0], norm[1]) : NULL;

	if (label == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(label));
}

/* --- non-throwing validators ------------------------------------------------ */

static IdRule
uscc_rule_of_text(const text *t)
{
	char		norm[IDNORM_CAP];
	size_t		n = enroll_normalize_text(t, norm);
	UsccParse	p;

	uscc_parse(norm, idnorm_parse_length(n), &p);
	return p.rule;
}

PG_FUNCTION_INFO_V1(uscc_valid);
Datum
uscc_valid(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(uscc_rule_of_text(PG_GETARG_TEXT_PP(0)) == ID_OK);
}

PG_FUNCTION_INFO_V1(uscc_check);
Datum
uscc_check(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(id_rule_name(uscc_rule_of_text(PG_GETARG_TEXT_PP(0)))));
}

static IdRule
orgcode_rule_of_text(const text *t)
{
	char		norm[IDNORM_CAP];
	size_t		n = enroll_normalize_text(t, norm);
	OrgcodeParse p;

	orgcode_parse(norm, idnorm_parse_length(n), &p);
	return p.rule;
}

PG_FUNCTION_INFO_V1(orgcode_valid);
Datum
orgcode_valid(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(orgcode_rule_of_text(PG_GETARG_TEXT_PP(0)) == ID_OK);
}

PG_FUNCTION_INFO_V1(orgcode_check);
Datum
orgcode_check(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(id_rule_name(orgcode_rule_of_text(PG_GETARG_TEXT_PP(0)))));
}
