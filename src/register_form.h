/*
 * register_form.h
 *	  What register_form.c (the form's rules) shares with
 *	  register_load_form.c (a form from a CSV row).
 */
#ifndef REGISTER_FORM_H
#define REGISTER_FORM_H

#include "mb/pg_wchar.h"
#include "utils/jsonb.h"

/* Unicode White_Space: the blanks the form's text fields collapse */
extern bool form_is_blank(pg_wchar c);

/* push a key of a jsonb object being built */
extern void form_push_key(JsonbParseState **st, const char *key);

#endif							/* REGISTER_FORM_H */
