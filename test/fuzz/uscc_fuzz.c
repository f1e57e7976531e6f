/*
 * uscc_fuzz.c
 *	  libFuzzer harness for uscc_core.c: normalise arbitrary bytes, then parse
 *	  them as a USCC, an organisation code, a 2017 foreign permanent-residence
 *	  number and through idno kind detection, and check the invariants.
 *
 *	  make test/fuzz/uscc_fuzz
 *	  ./test/fuzz/uscc_fuzz -max_total_time=60 test/fuzz/seeds
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "idnorm.h"
#include "uscc_core.h"

#define FUZZ_TODAY 20250601

#define INVARIANT(cond) do { if (!(cond)) abort(); } while (0)

static void
check_uscc(const char *s, size_t n)
{
	UsccParse	p;
	char		out[USCC_LEN + 1];
	UsccParse	again;
	unsigned char b[USCC_BYTES];
	char		org[ORGCODE_LEN + 1];
	OrgcodeParse op;

	uscc_parse(s, n, &p);
	INVARIANT(p.rule >= ID_OK && p.rule < ID_RULE_COUNT);
	if (p.rule != ID_OK)
	{
		INVARIANT(p.rule != ID_LENGTH || n != USCC_LEN);
		INVARIANT(p.rule != ID_CHARACTER || (p.bad_pos >= 0 && p.bad_pos < USCC_LEN));
		return;
	}
	/* a valid code was 18 characters of the set, upper case: canonical = input */
	INVARIANT(n == USCC_LEN);
	uscc_format(p.value, out);
	INVARIANT(memcmp(out, s, USCC_LEN) == 0);
	INVARIANT(uscc_validate(p.value) == ID_OK);
	uscc_parse(out, USCC_LEN, &again);
	INVARIANT(again.rule == ID_OK && uscc_cmp(again.value, p.value) == 0);
	uscc_to_bytes(p.value, b);
	INVARIANT(uscc_cmp(uscc_from_bytes(b), p.value) == 0);
	/* fields */
	INVARIANT(uscc_authority(p.value) == s[0] && uscc_category(p.value) == s[1]);
	INVARIANT(uscc_authority_label(s[0]) != NULL && uscc_category_label(s[0], s[1]) != NULL);
	INVARIANT(uscc_region(p.value) >= 100000 && uscc_region(p.value) <= 659999);
	uscc_orgcode(p.value, org);
	INVARIANT(memcmp(org, s + 8, ORGCODE_LEN) == 0);
	orgcode_parse(org, ORGCODE_LEN, &op);
	INVARIANT(op.rule == ID_OK);
	/* one substitution in a valid code is always caught (MOD 31 is a prime) */
	{
		char		t[USCC_LEN];
		UsccParse	q;

		memcpy(t, s, USCC_LEN);
		t[17] = (t[17] == '0') ? '1' : '0';
		uscc_parse(t, USCC_LEN, &q);
		INVARIANT(q.rule == ID_CHECK_CHAR);
	}
}

static void
check_orgcode(const char *s, size_t n)
{
	OrgcodeParse p;

	orgcode_parse(s, n, &p);
	INVARIANT(p.rule == ID_OK || p.rule == ID_EMPTY || p.rule == ID_LENGTH ||
			  p.rule == ID_CHARACTER || p.rule == ID_CHECK_CHAR);
	if (p.rule == ID_OK)
	{
		INVARIANT(n == ORGCODE_LEN);
		INVARIANT(orgcode_check_char(s) == s[8]);
	}
	if (p.rule == ID_CHECK_CHAR)
		INVARIANT(p.expected_check != p.found_check);
}

static void
check_pr2017(const char *s, size_t n)
{
	Pr2017Parse p;

	pr2017_parse(s, n, FUZZ_TODAY, &p);
	INVARIANT(p.rule >= ID_OK && p.rule < ID_RULE_COUNT);
	if (p.rule == ID_OK)
	{
		Pr2017Parse again;

		INVARIANT(n == PR2017_LEN);
		INVARIANT(id_valid_ymd(p.birth_ymd) && p.birth_ymd <= FUZZ_TODAY);
		INVARIANT(p.birth_ymd % 1000000 == p.yymmdd);
		pr2017_parse(s, n, 0, &again);
		INVARIANT(again.rule == ID_OK);
	}
}

static void
check_idno(const char *s, size_t n)
{
	IdnoResult	r;

	idno_classify(s, n, FUZZ_TODAY, &r);
	INVARIANT((r.kind == IDNO_NONE) == (n == 0));
	INVARIANT(r.rule >= ID_OK && r.rule < ID_RULE_COUNT);
	if (r.rule == ID_OK)
	{
		/* the canonical form is detected as the same kind (15 -> 18 aside) */
		IdnoResult	again;
		size_t		len = strlen(r.canonical);

		INVARIANT(len == 9 || len == 15 || len == 18);
		idno_classify(r.canonical, len, FUZZ_TODAY, &again);
		INVARIANT(again.rule == ID_OK);
		INVARIANT(strcmp(again.canonical, r.canonical) == 0);
		INVARIANT(again.kind == r.kind ||
				  (r.kind == IDNO_CITIZEN_15 && again.kind == IDNO_CITIZEN_18));
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		norm[IDNORM_CAP];
	size_t		n = id_normalize((const char *) data, size, norm);

	if (n > IDNORM_CAP)
		n = IDNORM_CAP + 1;		/* as the SQL glue passes it */

	check_uscc(norm, n);
	check_orgcode(norm, n);
	check_pr2017(norm, n);
	check_idno(norm, n);

	/* raw bytes too, un-normalised: must never crash or read out of bounds */
	if (size <= IDNORM_CAP)
	{
		char	   *copy = malloc(size ? size : 1);

		memcpy(copy, data, size);
		check_uscc(copy, size);
		check_orgcode(copy, size);
		check_pr2017(copy, size);
		{
			IdnoResult	r;

			idno_classify(copy, size, FUZZ_TODAY, &r);
		}
		free(copy);
	}
	return 0;
}
