/*
 * uscc_test.c
 *	  Unit tests of uscc_core.c: GB 32100 unified social credit codes,
 *	  GB 11714 organisation codes, the 2017 foreign permanent-residence
 *	  number and idno kind detection.  Standalone; prints
 *	  "unit: N passed, N failed" last and exits non-zero on failure.
 *
 *	  make test/unit/uscc_test && ./test/unit/uscc_test
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "idnorm.h"
#include "uscc_core.h"

static int	passed = 0;
static int	failed = 0;

#define CHECK(cond, ...) \
	do { \
		if (cond) \
			passed++; \
		else \
		{ \
			failed++; \
			printf("FAIL %s:%d: ", __FILE__, __LINE__); \
			printf(__VA_ARGS__); \
			printf("\n"); \
		} \
	} while (0)

/* A fixed "today" so that the tests never depend on the clock. */
#define TODAY 20250601

static size_t
norm(const char *in, char *out)
{
	size_t		n = id_normalize(in, strlen(in), out);

	return n > IDNORM_CAP ? IDNORM_CAP + 1 : n;
}

/* uscc: expected rule, and canonical text when ok */
static void
uscc_case(const char *input, IdRule rule, const char *canonical)
{
	char		buf[IDNORM_CAP];
	size_t		n = norm(input, buf);
	UsccParse	p;

	uscc_parse(buf, n, &p);
	CHECK(p.rule == rule, "uscc \"%s\": rule %s, expected %s", input,
		  id_rule_name(p.rule), id_rule_name(rule));
	if (p.rule == ID_OK && canonical)
	{
		char		out[USCC_LEN + 1];
		UsccParse	again;

		uscc_format(p.value, out);
		CHECK(strcmp(out, canonical) == 0, "uscc \"%s\": canonical %s, expected %s",
			  input, out, canonical);
		CHECK(uscc_validate(p.value) == ID_OK, "uscc \"%s\": stored value re-validates", input);
		uscc_parse(out, USCC_LEN, &again);
		CHECK(again.rule == ID_OK && uscc_cmp(again.value, p.value) == 0,
			  "uscc \"%s\": canonical re-parses to the same value", input);
	}
}

static void
orgcode_case(const char *input, IdRule rule)
{
	char		buf[IDNORM_CAP];
	size_t		n = norm(input, buf);
	OrgcodeParse p;

	orgcode_parse(buf, n, &p);
	CHECK(p.rule == rule, "orgcode \"%s\": rule %s, expected %s", input,
		  id_rule_name(p.rule), id_rule_name(rule));
}

static void
pr2017_case(const char *input, int32_t today, IdRule rule, int32_t birth)
{
	char		buf[IDNORM_CAP];
	size_t		n = norm(input, buf);
	Pr2017Parse p;

	pr2017_parse(buf, n, today, &p);
	CHECK(p.rule == rule, "pr2017 \"%s\": rule %s, expected %s", input,
		  id_rule_name(p.rule), id_rule_name(rule));
	if (rule == ID_OK)
		CHECK(p.birth_ymd == birth, "pr2017 \"%s\": birth %d, expected %d", input,
			  (int) p.birth_ymd, (int) birth);
}

static void
idno_case(const char *input, const char *kind, IdRule rule, const char *canonical)
{
	char		buf[IDNORM_CAP];
	size_t		n = norm(input, buf);
	IdnoResult	r;
	const char *k;

	idno_classify(buf, n, TODAY, &r);
	k = idno_kind_name(r.kind);
	CHECK((k == NULL && kind == NULL) || (k && kind && strcmp(k, kind) == 0),
		  "idno \"%s\": kind %s, expected %s", input, k ? k : "NULL", kind ? kind : "NULL");
	CHECK(r.rule == rule, "idno \"%s\": rule %s, expected %s", input,
		  id_rule_name(r.rule), id_rule_name(rule));
	if (canonical)
		CHECK(r.rule == ID_OK && strcmp(r.canonical, canonical) == 0,
			  "idno \"%s\": canonical %s, expected %s", input, r.canonical, canonical);
}

static void
test_uscc(void)
{
	UsccParse	p;
	char		org[10];

	/* GB 32100 Annex B: 91350100M000100Y4 -> check 3 */
	CHECK(uscc_check_char("91350100M000100Y4") == '3', "Annex B check character");
	uscc_case("91350100M000100Y43", ID_OK, "91350100M000100Y43");
	uscc_case("91350100m000100y43", ID_OK, "91350100M000100Y43");
	uscc_case("９１３５０１００Ｍ０００１００Ｙ４３", ID_OK, "91350100M000100Y43");
	uscc_case("91 110000 600037341L", ID_OK, "91110000600037341L");
	uscc_case("9135-0100-M000-100Y-43", ID_OK, "91350100M000100Y43");
	/* check character 0 (sum divisible by 31) and Y (value 30) */
	uscc_case("911101085600000RX0", ID_OK, "911101085600000RX0");
	uscc_case("911101085600000F1Y", ID_OK, "911101085600000F1Y");
	/* amendment No. 1 authorities */
	uscc_case("A1110000MA27Y4U477", ID_OK, NULL);
	uscc_case("N2350100M000100Y4J", ID_OK, NULL);
	uscc_case("Y1350100M000100Y4D", ID_OK, NULL);
	uscc_case("53110000MJ000000XR", ID_OK, NULL);

	/* every rule */
	uscc_case("", ID_EMPTY, NULL);
	uscc_case(" - ", ID_EMPTY, NULL);
	uscc_case("12345", ID_LENGTH, NULL);
	uscc_case("91350100M000100Y4", ID_LENGTH, NULL);
	uscc_case("91350100M000100Y433", ID_LENGTH, NULL);
	uscc_case("9111000060003IOZSV", ID_CHARACTER, NULL);
	uscc_case("9135010OM000100Y43", ID_CHARACTER, NULL);
	uscc_case("91350100M000100Y4中", ID_CHARACTER, NULL);
	uscc_case("91350100M000100Y4_", ID_CHARACTER, NULL);
	uscc_case("01350100M000100Y4C", ID_AUTHORITY, NULL);
	uscc_case("B1350100M000100Y41", ID_AUTHORITY, NULL);
	uscc_case("94350100M000100Y4R", ID_CATEGORY, NULL);
	uscc_case("99350100M000100Y4A", ID_CATEGORY, NULL);
	uscc_case("88330106MA27Y4U47R", ID_CATEGORY, NULL);
	uscc_case("91990100M000100Y4U", ID_REGION, NULL);
	uscc_case("91880106MA27Y4U47R", ID_REGION, NULL);
	uscc_case("91350100M000100Y56", ID_ORGCODE_CHECK, NULL);
	uscc_case("91330106MA27Y4U46R", ID_ORGCODE_CHECK, NULL);
	uscc_case("91110000600037341N", ID_CHECK_CHAR, NULL);
	uscc_case("A1110000600037341L", ID_CHECK_CHAR, NULL);

	/* region: letters, and the 100000 decision */
	{
		char		s[19] = "91A50100M000100Y4";

		s[17] = uscc_check_char(s);
		s[18] = '\0';
		uscc_parse(s, 18, &p);
		CHECK(p.rule == ID_REGION && p.bad_pos == 2, "letter in the region: region at position 3");
	}
	{
		char		s[19] = "91100000M000100Y4";
		char		t[19] = "91101000M000100Y4";

		s[17] = uscc_check_char(s);
		t[17] = uscc_check_char(t);
		s[18] = t[18] = '\0';
		uscc_parse(s, 18, &p);
		CHECK(p.rule == ID_OK, "region 100000 (central level) accepted: %s", id_rule_name(p.rule));
		uscc_parse(t, 18, &p);
		CHECK(p.rule == ID_REGION, "region 101000 rejected");
	}

	/* details */
	uscc_parse("91110000600037341N", 18, &p);
	CHECK(p.expected_check == 'L' && p.found_check == 'N', "check detail L/N");
	uscc_parse("91350100M000100Y56", 18, &p);
	CHECK(p.org_expected == '4' && p.org_found == '5' && p.expected_check == '6',
		  "orgcode detail 4/5, outer check right");
	uscc_parse("91330106MA27Y4U46R", 18, &p);
	CHECK(p.org_expected == '7' && p.org_found == '6' && p.expected_check == 'N',
		  "orgcode detail 7/6, outer expected N");
	uscc_parse("9111000060003IOZSV", 18, &p);
	CHECK(p.bad_pos == 13, "first bad character is I at 14");

	/* fields */
	uscc_parse("91350100M000100Y43", 18, &p);
	CHECK(uscc_authority(p.value) == '9', "authority 9");
	CHECK(uscc_category(p.value) == '1', "category 1");
	CHECK(uscc_region(p.value) == 350100, "region 350100");
	uscc_orgcode(p.value, org);
	CHECK(strcmp(org, "M000100Y4") == 0, "orgcode M000100Y4");
	CHECK(strcmp(uscc_authority_label('9'), "工商") == 0, "label of 9");
	CHECK(strcmp(uscc_category_label('9', '1'), "企业") == 0, "label of 91");
	CHECK(strcmp(uscc_category_label('N', '2'), "村级集体经济组织") == 0, "label of N2");
	CHECK(strcmp(uscc_authority_label('A'), "中央军委改革和编制办公室") == 0, "label of A");
	CHECK(uscc_authority_label('B') == NULL, "no label for B");
	CHECK(uscc_category_label('9', '9') == NULL, "no label for 99");
	CHECK(uscc_category_label('Y', '2') == NULL, "no label for Y2");
	CHECK(uscc_category_label('Y', '\0') == NULL, "no label for Y alone");
	CHECK(strcmp(uscc_categories_of('3'), "123459") == 0, "categories of 3");

	/* order of packed values = order of the text; bytes are big-endian */
	{
		const char *sorted[] = {"121200004013590816", "91110000600037341L",
			"911101085600000F1Y", "911101085600000RX0", "91350100M000100Y43",
			"9135052155323005XL", "A1110000MA27Y4U477", "N2350100M000100Y4J",
		"Y1350100M000100Y4D"};
		UsccValue	prev = {0, 0};

		for (size_t i = 0; i < sizeof(sorted) / sizeof(sorted[0]); i++)
		{
			unsigned char b[USCC_BYTES];
			UsccValue	back;

			uscc_parse(sorted[i], 18, &p);
			CHECK(p.rule == ID_OK, "sorted[%zu] valid", i);
			if (i > 0)
				CHECK(uscc_cmp(prev, p.value) < 0, "%s sorts before %s", sorted[i - 1], sorted[i]);
			uscc_to_bytes(p.value, b);
			back = uscc_from_bytes(b);
			CHECK(uscc_cmp(back, p.value) == 0, "byte round trip %s", sorted[i]);
			prev = p.value;
		}
		uscc_parse("91350100M000100Y43", 18, &p);
		{
			unsigned char b[USCC_BYTES];

			uscc_to_bytes(p.value, b);
			/* hi = 9,1,3,5,0,1,0,0 as 5-bit groups = 0x48 46 50 04 00 in the low 5 bytes */
			CHECK(b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0x48 && b[4] == 0x46 &&
				  b[5] == 0x50 && b[6] == 0x04 && b[7] == 0x00,
				  "hi bytes %02x %02x %02x %02x %02x", b[3], b[4], b[5], b[6], b[7]);
		}
	}

	/* uscc_validate rejects values that input could never produce */
	{
		UsccValue	v;

		uscc_parse("91350100M000100Y43", 18, &p);
		v = p.value;
		v.hi |= (uint64_t) 1 << 40;
		CHECK(uscc_validate(v) == ID_CHARACTER, "stray high bit");
		v = p.value;
		v.lo |= 31;				/* a 5-bit group of 31 */
		CHECK(uscc_validate(v) == ID_CHARACTER, "group value 31");
		v = p.value;
		v.hi = (v.hi & ~((uint64_t) 31 << 35)) | ((uint64_t) 11 << 35);	/* authority B */
		CHECK(uscc_validate(v) == ID_AUTHORITY, "authority B");
		v = p.value;
		v.lo ^= 1;				/* org check 4 -> 5 */
		CHECK(uscc_validate(v) == ID_ORGCODE_CHECK, "org check");
		v.hi = 0;
		v.lo = 0;
		CHECK(uscc_validate(v) == ID_AUTHORITY, "all zero");
	}
}

static void
test_orgcode(void)
{
	/* GB 11714 Annex B: D2143569 -> X */
	CHECK(orgcode_check_char("D2143569") == 'X', "Annex B check X");
	CHECK(orgcode_check_char("M000100Y") == '4', "GB 32100 embedded code check 4");
	CHECK(orgcode_check_char("10000004") == '0', "check 11 is written 0");
	CHECK(orgcode_check_char("D214356_") == '\0', "bad body character");
	orgcode_case("D2143569-X", ID_OK);
	orgcode_case("D2143569X", ID_OK);
	orgcode_case("d2143569-x", ID_OK);
	orgcode_case("IO5S7V9ZX", ID_OK);
	orgcode_case("PDY00001X", ID_OK);
	orgcode_case("000000019", ID_OK);
	orgcode_case("100000040", ID_OK);
	orgcode_case("", ID_EMPTY);
	orgcode_case("D214356-X", ID_LENGTH);
	orgcode_case("D2143569_X", ID_LENGTH);
	orgcode_case("D214_569X", ID_CHARACTER);
	orgcode_case("D2143569Y", ID_CHARACTER);
	orgcode_case("D2143569-1", ID_CHECK_CHAR);
}

static void
test_pr2017(void)
{
	/* 7-3-1 check worked by hand: KAZ11009012310 -> 5 */
	CHECK(pr2017_check_digit("KAZ11009012310") == '5', "C.2 check digit 5");
	pr2017_case("KAZ110090123105", TODAY, ID_OK, 19901231);
	pr2017_case("kaz110090123105", TODAY, ID_OK, 19901231);
	pr2017_case("DEU440300022918", TODAY, ID_OK, 20000229);	/* only 2000-02-29 */
	pr2017_case("USA310185070115", TODAY, ID_OK, 19850701);
	pr2017_case("", TODAY, ID_EMPTY, 0);
	pr2017_case("USA3101850701", TODAY, ID_LENGTH, 0);
	pr2017_case("932682198501010017", TODAY, ID_LENGTH, 0);
	pr2017_case("K4Z110090123105", TODAY, ID_CHARACTER, 0);
	pr2017_case("KAZ11009012310X", TODAY, ID_CHARACTER, 0);
	pr2017_case("KAA110090123105", TODAY, ID_NATIONALITY, 0);
	pr2017_case("KAZ990090123105", TODAY, ID_PROVINCE, 0);
	pr2017_case("KAZ110090023105", TODAY, ID_BIRTH_DATE, 0);
	pr2017_case("GBR110199022919", TODAY, ID_BIRTH_DATE, 0);
	pr2017_case("KAZ110090123107", TODAY, ID_CHECK_CHAR, 0);
	/* a date real in both centuries takes 20YY unless that is after today */
	{
		char		s[16] = "USA31010501011";

		s[14] = pr2017_check_digit(s);
		s[15] = '\0';
		pr2017_case(s, TODAY, ID_OK, 20050101);
		pr2017_case(s, 20040101, ID_OK, 19050101);
		pr2017_case(s, 0, ID_OK, 20050101);
	}
	/* 000229 before 2000-02-29: 1900-02-29 is not real, 2000-02-29 is future */
	pr2017_case("DEU440300022918", 19991231, ID_BIRTH_FUTURE, 0);
}

static void
test_idno(void)
{
	idno_case("", NULL, ID_EMPTY, NULL);
	idno_case(" - ", NULL, ID_EMPTY, NULL);
	idno_case("11010519491231002x", "citizen_id_18", ID_OK, "11010519491231002X");
	idno_case("110105491231002", "citizen_id_15", ID_OK, "11010519491231002X");
	idno_case("810000199408230021", "residence_permit", ID_OK, "810000199408230021");
	idno_case("830000199201300022", "residence_permit", ID_OK, "830000199201300022");
	idno_case("932682198501010017", "foreign_pr_2023", ID_OK, "932682198501010017");
	idno_case("KAZ110090123105", "foreign_pr_2017", ID_OK, "KAZ110090123105");
	idno_case("91350100M000100Y43", "uscc", ID_OK, "91350100M000100Y43");
	idno_case("91110000600037341L", "uscc", ID_OK, "91110000600037341L");
	/* all-digit USCCs, two starting with 9 like a 2023 PR number */
	idno_case("121200004013590816", "uscc", ID_OK, "121200004013590816");
	idno_case("911522010783762860", "uscc", ID_OK, "911522010783762860");
	idno_case("913205056082348768", "uscc", ID_OK, "913205056082348768");
	/* ... and with a typo in the check: still plausibly a USCC */
	idno_case("911522010783762861", "uscc", ID_CHECK_CHAR, NULL);
	/* a 2023 PR number with a bad date: the USCC reading only gets as far
	 * as the embedded organisation code, a tie, so the PR kind stays */
	idno_case("911398199002310021", "foreign_pr_2023", ID_BIRTH_DATE, NULL);
	/* a USCC with a wrong 18th character against a bad citizen birth date */
	idno_case("121200004013590817", "uscc", ID_CHECK_CHAR, NULL);
	/* a valid citizen number is never read as anything else */
	idno_case("11010519491231002X", "citizen_id_18", ID_OK, "11010519491231002X");
	idno_case("D2143569-X", "org_code", ID_OK, "D2143569X");
	idno_case("IO5S7V9ZX", "org_code", ID_OK, "IO5S7V9ZX");

	/* invalid ones get the reason of the most plausible kind */
	idno_case("36042619910102009X", "citizen_id_18", ID_CHECK_CHAR, NULL);
	idno_case("360426199113010079", "citizen_id_18", ID_BIRTH_DATE, NULL);
	idno_case("11010519491231002Y", "uscc", ID_REGION, NULL);
	idno_case("T60426199101010078", "uscc", ID_AUTHORITY, NULL);
	idno_case("11010519491231002_", "citizen_id_18", ID_CHARACTER, NULL);
	idno_case("810000199408230022", "residence_permit", ID_CHECK_CHAR, NULL);
	idno_case("911999199012310021", "foreign_pr_2023", ID_NATIONALITY, NULL);
	idno_case("91110000600037341N", "uscc", ID_CHECK_CHAR, NULL);
	idno_case("9135010OM000100Y43", "uscc", ID_CHARACTER, NULL);
	idno_case("KAZ110090123107", "foreign_pr_2017", ID_CHECK_CHAR, NULL);
	idno_case("11010549123100X", "citizen_id_15", ID_CHARACTER, NULL);
	idno_case("D2143569-1", "org_code", ID_CHECK_CHAR, NULL);
	/* lengths no kind has */
	idno_case("12345", "org_code", ID_LENGTH, NULL);
	idno_case("D214356-X", "org_code", ID_LENGTH, NULL);
	idno_case("USA3101850701", "foreign_pr_2017", ID_LENGTH, NULL);
	idno_case("44030819990110", "citizen_id_15", ID_LENGTH, NULL);
	idno_case("91330106MA27Y4U4", "uscc", ID_LENGTH, NULL);
	idno_case("11010519491231002", "citizen_id_18", ID_LENGTH, NULL);
	idno_case("8100001994082300211", "residence_permit", ID_LENGTH, NULL);
	idno_case("1101011978102700291", "citizen_id_18", ID_LENGTH, NULL);
	idno_case("1101051949123100211010519491231002110105194912310021101051949123100211",
			  "citizen_id_18", ID_LENGTH, NULL);
	idno_case("11010519491231002X11010519491231002X11010519491231002X11010519491231002X",
			  "uscc", ID_LENGTH, NULL);
}

/*
 * Split one CSV line in place (RFC 4180 quoting, "" inside quotes); returns
 * the number of fields.
 */
static int
split_csv(char *line, char **fields, int max)
{
	char	   *r = line,
			   *w = line;
	int			nf = 0;

	while (nf < max)
	{
		fields[nf++] = w;
		if (*r == '"')
		{
			r++;
			while (*r && !(*r == '"' && r[1] != '"'))
			{
				if (*r == '"')
					r++;
				*w++ = *r++;
			}
			if (*r == '"')
				r++;
		}
		else
			while (*r && *r != ',' && *r != '\n' && *r != '\r')
				*w++ = *r++;
		if (*r != ',')
		{
			*w = '\0';
			break;
		}
		r++;
		*w++ = '\0';
	}
	return nf;
}

/* The shared vectors file, when run from the repository root. */
static void
test_vectors(void)
{
	FILE	   *f = fopen("test/data/id_vectors.csv", "r");
	char		line[1024];
	int			rows = 0;

	if (f == NULL)
	{
		printf("note: test/data/id_vectors.csv not found, vectors skipped\n");
		return;
	}
	while (fgets(line, sizeof(line), f))
	{
		char	   *fields[5];
		int			nf;
		char		buf[IDNORM_CAP];
		size_t		n;
		IdnoResult	r;
		bool		valid;
		bool		ok;

		if (rows++ == 0)
			continue;			/* header */
		nf = split_csv(line, fields, 5);
		if (nf < 4)
			continue;
		n = norm(fields[1], buf);
		idno_classify(buf, n, TODAY, &r);
		valid = strcmp(fields[2], "true") == 0;
		ok = r.rule == ID_OK && strcmp(idno_kind_name(r.kind), fields[0]) == 0;
		CHECK(ok == valid, "vector %s \"%s\": idno says %s %s", fields[0], fields[1],
			  r.kind ? idno_kind_name(r.kind) : "NULL", id_rule_name(r.rule));
		if (valid && ok)
			CHECK(strcmp(r.canonical, fields[3]) == 0, "vector \"%s\": canonical %s, expected %s",
				  fields[1], r.canonical, fields[3]);
	}
	fclose(f);
}

int
main(void)
{
	test_uscc();
	test_orgcode();
	test_pr2017();
	test_idno();
	test_vectors();
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed == 0 ? 0 : 1;
}
