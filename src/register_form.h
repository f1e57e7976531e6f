/*
 * register_form.h
 *	  What register_form.c (the form's rules) shares with
 *	  register_load_form.c (a form from a CSV row).
 */
#ifndef REGISTER_FORM_H
#define REGISTER_FORM_H

#include "mb/pg_wchar.h"
#include "utils/jsonb.h"
#include "fmgr.h"

/* the cnid type's functions (src/cnid.c) that the form's rules call */
extern Datum cnid_in(PG_FUNCTION_ARGS);
extern Datum cnid_try(PG_FUNCTION_ARGS);
extern Datum cnid_check(PG_FUNCTION_ARGS);
extern Datum cnid_out(PG_FUNCTION_ARGS);

/* the first broken rule of a form: SQLSTATE, field, message */
typedef struct FormError
{
	int			sqlstate;
	const char *field;
	char	   *message;
} FormError;

/*
 * A form being validated: the fields as parsed so far.  form_parse() runs
 * the phases in the order of the form's fields, so that the first broken
 * rule is the one reported, as register() always did.
 */
typedef struct FormParse
{
	Oid			fn;				/* the SQL function, for its cached plans */
	Jsonb	   *json;
	char	   *id_canon;
	char	   *nm;
	int64		county,
				township,
				village,
				hukou;
	bool		has_county,
				has_township,
				has_village,
				has_hukou;
	char	   *emp;
	char	   *employer;
	char	   *phone;
	int16	   *ins;
	int			nins;
	char	   *reason;
	char	   *elsewhere;
	char	  **flags;
	int			nflags;			/* -1: no flags array */
	int64		ver;
	bool		has_ver;
	char	   *address;
} FormParse;

/* the form's rules: true with *f and *out (the canonical form), or *err */
extern bool form_parse(Oid fn, Jsonb *form, FormParse *f, Jsonb **out, FormError *err);

/* register.c: whether the role holds the region code (or sees everything) */
extern bool region_permitted_role(int64 code, Oid role);

/* Unicode White_Space: the blanks the form's text fields collapse */
extern bool form_is_blank(pg_wchar c);

/* push a key of a jsonb object being built */
extern void form_push_key(JsonbParseState **st, const char *key);

#endif							/* REGISTER_FORM_H */
