/*
 * idno.c
 *	  idno_check(text): which kind of identifier a string is, its canonical
 *	  form, and ok or the first broken rule of that kind.
 *
 * The detection itself is idno_classify() in uscc_core.c (pure C, unit
 * tested and fuzzed); this file only builds the idno_result row.  STABLE:
 * birth dates after today are broken numbers, and today changes.
 */
#include "enroll.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "uscc_core.h"

PG_FUNCTION_INFO_V1(idno_check);
Datum
idno_check(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	char		norm[IDNORM_CAP];
	size_t		n = enroll_normalize_text(t, norm);
	IdnoResult	r;
	TupleDesc	tupdesc;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};
	const char *kind;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	tupdesc = BlessTupleDesc(tupdesc);

	idno_classify(norm, idnorm_parse_length(n), enroll_today_ymd(), &r);

	kind = idno_kind_name(r.kind);
	if (kind)
		values[0] = PointerGetDatum(cstring_to_text(kind));
	else
		nulls[0] = true;
	if (r.rule == ID_OK)
		values[1] = PointerGetDatum(cstring_to_text(r.canonical));
	else
		nulls[1] = true;
	values[2] = PointerGetDatum(cstring_to_text(id_rule_name(r.rule)));

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
