/*
 * cnid_test.c
 *	  Standalone unit test of src/cnid_core.c and src/idnorm.c (no server).
 *
 * Built with ASan/UBSan by `make test/unit/cnid_test`, run by `make unit`.
 * Prints one line per failure, then `unit: N passed, N failed` as the last
 * line; exits non-zero when anything failed.
 *
 * Expected values come from GB 11643-1999 Annex A, hand-worked checks
 * (worked 15 -> 18 upgrades), and test/data/id_vectors.csv (citizen,
 * permit and 2023 foreign rows), re-derived here for the whole MOD 11-2
 * family: a permit is a valid cnid even where the vectors' citizen_id_18
 * kind calls it "not a citizen number".
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cnid_core.h"
#include "idnorm.h"
#include "cnid_edits.h"

/* A fixed "today", so that the test never rots; future dates used are >= 2070. */
#define TODAY 20250615

static int	passed;
static int	failed;

static void
check_at(bool ok, int line, const char *fmt, ...)
{
	va_list		ap;

	if (ok)
	{
		passed++;
		return;
	}
	failed++;
	printf("FAIL cnid_test.c:%d: ", line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

#define CHECK(cond, ...) check_at((cond), __LINE__, __VA_ARGS__)

/* Printable form of a normalised buffer (0x80 shown as '?'). */
static const char *
show(const char *s, size_t len)
{
	static char bufs[2][4 * IDNORM_CAP + 8];
	static int	which;
	char	   *buf = bufs[which ^= 1];
	size_t		o = 0;

	for (size_t i = 0; i < len && i < IDNORM_CAP; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= 0x20 && c < 0x7f)
			buf[o++] = (char) c;
		else
			o += (size_t) snprintf(buf + o, sizeof(bufs[0]) - o, "\\x%02x", c);
	}
	buf[o] = '\0';
	return buf;
}

/* What the SQL glue does: normalise, then parse (see src/cnid.c). */
static void
parse_raw(const char *raw, size_t rawlen, int32_t today, CnidParse *p)
{
	char		norm[IDNORM_CAP];
	size_t		n = id_normalize(raw, rawlen, norm);

	cnid_parse(norm, n > IDNORM_CAP ? IDNORM_CAP + 1 : n, today, p);
	if (p->rule == ID_LENGTH)
		p->length = (int) n;
}

static void
parse_str(const char *raw, CnidParse *p)
{
	parse_raw(raw, strlen(raw), TODAY, p);
}

static int64_t
body_of(const char *digits17)
{
	int64_t		b = 0;

	for (int i = 0; i < 17; i++)
		b = b * 10 + (digits17[i] - '0');
	return b;
}

/* ------------------------------------------------------------------------ */

static void
test_rule_names(void)
{
	static const char *const names[] = {
		"ok", "empty", "length", "character", "province", "nationality",
		"birth_date", "birth_future", "check_char", "authority", "category",
		"region", "orgcode_check"
	};

	CHECK(sizeof(names) / sizeof(names[0]) == ID_RULE_COUNT,
		  "reason-code list has %d entries, IdRule has %d",
		  (int) (sizeof(names) / sizeof(names[0])), (int) ID_RULE_COUNT);
	for (int r = 0; r < ID_RULE_COUNT && r < (int) (sizeof(names) / sizeof(names[0])); r++)
		CHECK(strcmp(id_rule_name((IdRule) r), names[r]) == 0,
			  "id_rule_name(%d) = %s, want %s (reason codes never change)",
			  r, id_rule_name((IdRule) r), names[r]);
	CHECK(strcmp(id_rule_name(ID_RULE_COUNT), "unknown") == 0, "id_rule_name(COUNT)");
	CHECK(strcmp(id_rule_name((IdRule) -1), "unknown") == 0, "id_rule_name(-1)");

	CHECK(strcmp(cnid_kind_name(CNID_MAINLAND), "mainland") == 0, "kind mainland");
	CHECK(strcmp(cnid_kind_name(CNID_HONGKONG), "hongkong") == 0, "kind hongkong");
	CHECK(strcmp(cnid_kind_name(CNID_MACAO), "macao") == 0, "kind macao");
	CHECK(strcmp(cnid_kind_name(CNID_TAIWAN), "taiwan") == 0, "kind taiwan");
	CHECK(strcmp(cnid_kind_name(CNID_FOREIGN), "foreign") == 0, "kind foreign");
	CHECK(strcmp(cnid_kind_name((CnidKind) 99), "unknown") == 0, "kind 99");
}

/* GB 11643-1999 Annex A and checks worked by hand. */
static void
test_annex(void)
{
	CnidParse	p;

	CHECK(cnid_check_char("11010519491231002") == 'X', "Annex A1 check char");
	CHECK(cnid_check_char("44052418800101001") == '4', "Annex A2 check char");
	CHECK(cnid_check_char("93268219850101001") == '7', "foreign sample check char");
	CHECK(cnid_check_char("00000000000000000") == '1', "all zeros: S=0, r=0 -> 1");

	parse_str("11010519491231002X", &p);
	CHECK(p.rule == ID_OK, "Annex A1 parses: %s", id_rule_name(p.rule));
	CHECK(p.body == INT64_C(11010519491231002), "Annex A1 body %lld", (long long) p.body);
	CHECK(!p.upgraded && p.length == 18 && p.bad_pos == -1, "Annex A1 detail fields");
	CHECK(cnid_body_birth_ymd(p.body) == 19491231, "Annex A1 birth");
	CHECK(cnid_body_sex(p.body) == 2, "Annex A1 sequence 002 is female");
	CHECK(cnid_body_region(p.body) == 110105, "Annex A1 region");
	CHECK(cnid_body_kind(p.body) == CNID_MAINLAND, "Annex A1 kind");

	parse_str("440524188001010014", &p);
	CHECK(p.rule == ID_OK, "Annex A2 (born 1880) parses: %s", id_rule_name(p.rule));
	CHECK(cnid_body_birth_ymd(p.body) == 18800101, "Annex A2 birth");
	CHECK(cnid_body_sex(p.body) == 1, "Annex A2 sequence 001 is male");
	CHECK(cnid_body_region(p.body) == 440524, "Annex A2 region (abolished 1993, still valid)");

	/* The MOD 11-2 condition: sum over all 18 positions == 1 (mod 11). */
	{
		static const char *const ok[] = {
			"11010519491231002X", "440524188001010014", "932682198501010017",
			"810000199408230021", "110105198001010040"
		};
		static const int w[18] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, 1};

		for (size_t k = 0; k < sizeof(ok) / sizeof(ok[0]); k++)
		{
			int			s = 0;

			for (int i = 0; i < 18; i++)
				s += (ok[k][i] == 'X' ? 10 : ok[k][i] - '0') * w[i];
			CHECK(s % 11 == 1, "%s: weighted sum %d mod 11 != 1", ok[k], s);
		}
	}
}

typedef struct Vec
{
	const char *input;
	IdRule		rule;
	const char *canonical;		/* for ID_OK */
	int			bad_pos;		/* for ID_CHARACTER */
	char		expected_check; /* for ID_CHECK_CHAR */
	int32_t		birth_ymd;		/* for ID_BIRTH_DATE / ID_BIRTH_FUTURE */
	int			length;			/* for ID_LENGTH */
} Vec;

#define OK(in, canon)		{in, ID_OK, canon, -1, 0, 0, 0}
#define BAD(in, rule)		{in, rule, NULL, -1, 0, 0, 0}
#define BADCHAR(in, pos)	{in, ID_CHARACTER, NULL, pos, 0, 0, 0}
#define BADCHECK(in, c)		{in, ID_CHECK_CHAR, NULL, -1, c, 0, 0}
#define BADDATE(in, ymd)	{in, ID_BIRTH_DATE, NULL, -1, 0, ymd, 0}
#define FUTURE(in, ymd)		{in, ID_BIRTH_FUTURE, NULL, -1, 0, ymd, 0}
#define BADLEN(in, n)		{in, ID_LENGTH, NULL, -1, 0, 0, n}

static const Vec vectors[] = {
	/* citizen numbers, 18 */
	OK("11010519491231002X", "11010519491231002X"),
	OK("440524188001010014", "440524188001010014"),
	OK("360426199101010071", "360426199101010071"),
	OK("44011320141005001x", "44011320141005001X"),
	OK("412723199010050012", "412723199010050012"),
	OK("110102199101010078", "110102199101010078"),
	OK("120110198012010073", "120110198012010073"),
	OK("120110199212010072", "120110199212010072"),
	OK("110111198012010078", "110111198012010078"),
	OK("110201199312010077", "110201199312010077"),
	OK("235407195106112745", "235407195106112745"),
	OK("210203197503102721", "210203197503102721"),
	OK("520323197806058856", "520323197806058856"),
	OK("440308199901101512", "440308199901101512"),
	OK("500154199301135886", "500154199301135886"),
	OK("411082198901010002", "411082198901010002"),
	OK("500154199804106120", "500154199804106120"),
	OK("44040119580101000X", "44040119580101000X"),
	OK("140120197901010008", "140120197901010008"),
	OK("362324198001010014", "362324198001010014"),
	OK("362324198201010019", "362324198201010019"),
	OK("430302199312194239", "430302199312194239"),
	OK("321083197812162119", "321083197812162119"),
	OK("321083200807112111", "321083200807112111"),
	OK("33010219200403064x", "33010219200403064X"),
	OK("110101197810270029", "110101197810270029"),
	OK("330105197810270025", "330105197810270025"),
	OK("11010519491231002x", "11010519491231002X"),
	OK("\xef\xbc\x91\xef\xbc\x91\xef\xbc\x90\xef\xbc\x91\xef\xbc\x90\xef\xbc\x95"
	   "\xef\xbc\x91\xef\xbc\x99\xef\xbc\x94\xef\xbc\x99\xef\xbc\x91\xef\xbc\x92"
	   "\xef\xbc\x93\xef\xbc\x91\xef\xbc\x90\xef\xbc\x90\xef\xbc\x92\xef\xbc\xb8",
	   "11010519491231002X"),	/* full-width digits and X */
	OK("\xef\xbc\x91\xef\xbc\x91\xef\xbc\x90\xef\xbc\x91\xef\xbc\x90\xef\xbc\x95"
	   "\xef\xbc\x91\xef\xbc\x99\xef\xbc\x94\xef\xbc\x99\xef\xbc\x91\xef\xbc\x92"
	   "\xef\xbc\x93\xef\xbc\x91\xef\xbc\x90\xef\xbc\x90\xef\xbc\x92\xef\xbd\x98",
	   "11010519491231002X"),	/* full-width lower-case x */
	OK(" 110105 19491231 002X ", "11010519491231002X"),
	OK("110105-19491231-002X", "11010519491231002X"),
	OK("110105\t19491231\t002X\n", "11010519491231002X"),
	OK("110105\xe3\x80\x80" "19491231\xe3\x80\x80" "002X", "11010519491231002X"),	/* U+3000 */
	OK("110105200002290013", "110105200002290013"),	/* 2000-02-29 */
	OK("110105200402290020", "110105200402290020"),	/* 2004-02-29 */
	OK("110105180001010010", "110105180001010010"),	/* 1800-01-01 floor */
	OK("110199198001010016", "110199198001010016"),
	OK("612722198506120033", "612722198506120033"),
	OK("612724198506120044", "612724198506120044"),
	OK("610881200506120053", "610881200506120053"),
	OK("610803199912310069", "610803199912310069"),
	OK("110105198001010040", "110105198001010040"),
	OK("44030019900101018X", "44030019900101018X"),
	BAD("990426199112010074", ID_PROVINCE),
	BADCHAR("T60426199101010078", 0),
	BADDATE("360426199113010079", 19911301),
	BADCHECK("36042619910102009X", '3'),
	BAD("160323197806058856", ID_PROVINCE),
	BAD("010203197503102721", ID_PROVINCE),
	FUTURE("520323297806058856", 29780605),
	BADDATE("520323197802318856", 19780231),
	BADCHECK("235407195106112742", '5'),
	BADCHECK("135407195106112742", '1'),
	FUTURE("235407207006112742", 20700611),
	BADCHECK("440308199901101513", '2'),
	BADLEN("44030819990110", 14),
	BADCHECK("111111199901101512", '4'),
	BADDATE("440308199902301512", 19990230),
	BAD("201511221897205960", ID_PROVINCE),
	BADCHAR("3301022011022000D6", 16),
	BADLEN("1101011978102700291", 19),
	BAD("880101197810270029", ID_PROVINCE),
	BADDATE("110101197802310029", 19780231),
	BADCHECK("110101197810270021", '9'),
	BADCHECK("110105194912310021", 'X'),
	BADCHAR("11010519491231002Y", 17),
	BADCHAR("1101051949123100X2", 16),
	BADLEN("11010519491231002", 17),
	BADDATE("110105190002290017", 19000229),
	BADDATE("11010519990229003X", 19990229),
	BADDATE("110105194904310011", 19490431),
	BADDATE("110105194901000018", 19490100),
	FUTURE("110105209901010012", 20990101),
	BADDATE("110105179912310016", 17991231),
	BAD("000105194912310016", ID_PROVINCE),
	BAD("710000198001010010", ID_PROVINCE),
	BAD("810101198001010016", ID_PROVINCE),
	/* legacy 15 digits (hand-worked examples first) */
	OK("150102880730303", "150102198807303035"),
	OK("330102200403064", "33010219200403064X"),
	OK("610104620927690", "610104196209276908"),
	OK("110105491231002", "11010519491231002X"),
	OK("110101491001001", "11010119491001001X"),
	OK("111111111111111", "111111191111111113"),
	OK("110101781027002", "110101197810270029"),
	OK("330105781027002", "330105197810270025"),
	OK("612722750615031", "612722197506150318"),
	OK("110105960229001", "110105199602290011"),
	OK("\xef\xbc\x91\xef\xbc\x91\xef\xbc\x90\xef\xbc\x91\xef\xbc\x90\xef\xbc\x95"
	   "\xef\xbc\x94\xef\xbc\x99\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x91"
	   "\xef\xbc\x90\xef\xbc\x90\xef\xbc\x92", "11010519491231002X"),
	BADDATE("610104620932690", 19620932),
	BAD("010101491001001", ID_PROVINCE),
	BADDATE("110101491041001", 19491041),
	BAD("160101491001001", ID_PROVINCE),
	BADDATE("110101940231001", 19940231),
	BADDATE("360198910283844", 19910283),
	BAD("815727834224151", ID_PROVINCE),
	BAD("810000940823002", ID_PROVINCE),	/* permits have no 15-digit form */
	BAD("932682850101001", ID_PROVINCE),	/* nor do foreign numbers */
	BADDATE("110101780231002", 19780231),
	BADDATE("110105000229001", 19000229),
	BADCHAR("11010549123100X", 14),
	BADLEN("11010549123100", 14),
	/* residence permits */
	OK("810000199408230021", "810000199408230021"),
	OK("830000199201300022", "830000199201300022"),
	OK("81000019980902013X", "81000019980902013X"),
	OK("820000200009100032", "820000200009100032"),
	OK("830000200209060065", "830000200209060065"),
	OK("820000199408230023", "820000199408230023"),
	OK("81000019980902013x", "81000019980902013X"),
	BADDATE("810000199402310021", 19940231),
	BADCHECK("810000199408230022", '1'),
	BADCHECK("820000199408230022", '3'),
	BADDATE("830000199202310022", 19920231),
	BADCHECK("830000199201300021", '2'),
	BAD("840000199001010014", ID_PROVINCE),
	BAD("710000199001010015", ID_PROVINCE),
	BAD("810001199001010015", ID_PROVINCE),
	FUTURE("830000209901010014", 20990101),
	/* 2023 foreign permanent residence */
	OK("932682198501010017", "932682198501010017"),
	OK("911124198108030024", "911124198108030024"),
	OK("911398199012310021", "911398199012310021"),
	OK("93184019700101008X", "93184019700101008X"),
	OK("93184019700101008x", "93184019700101008X"),
	BAD("999398199012310021", ID_PROVINCE),
	BAD("911999199012310021", ID_NATIONALITY),
	BADDATE("911398199002310021", 19900231),
	BADCHECK("911398199012310022", '1'),
	BADCHECK("932682198501010018", '7'),
	BAD("832682198501010017", ID_PROVINCE),
	BAD("981682198501010015", ID_PROVINCE),
	BADDATE("944276202202290016", 20220229),
	/* empty after normalisation */
	BAD("", ID_EMPTY),
	BAD("   ", ID_EMPTY),
	BAD(" - -\t\n", ID_EMPTY),
	BAD("\xe3\x80\x80", ID_EMPTY),
};

static void
test_vectors(void)
{
	for (size_t k = 0; k < sizeof(vectors) / sizeof(vectors[0]); k++)
	{
		const Vec  *v = &vectors[k];
		CnidParse	p;

		parse_str(v->input, &p);
		CHECK(p.rule == v->rule, "vector %zu \"%s\": rule %s, want %s",
			  k, v->input, id_rule_name(p.rule), id_rule_name(v->rule));
		if (p.rule != v->rule)
			continue;
		switch (v->rule)
		{
			case ID_OK:
				{
					char		buf[19];
					char		norm[IDNORM_CAP];
					size_t		n = id_normalize(v->input, strlen(v->input), norm);

					cnid_format(p.body, buf);
					CHECK(strcmp(buf, v->canonical) == 0, "vector \"%s\": canonical %s, want %s",
						  v->input, buf, v->canonical);
					/* 15-digit inputs (after normalisation) are flagged as upgraded */
					CHECK(p.upgraded == (n == 15), "vector \"%s\": upgraded flag %d", v->input,
						  p.upgraded);
					CHECK(cnid_validate_body(p.body, TODAY) == ID_OK,
						  "vector \"%s\": body re-validates", v->input);
					break;
				}
			case ID_CHARACTER:
				CHECK(p.bad_pos == v->bad_pos, "vector \"%s\": bad_pos %d, want %d",
					  v->input, p.bad_pos, v->bad_pos);
				break;
			case ID_CHECK_CHAR:
				CHECK(p.expected_check == v->expected_check,
					  "vector \"%s\": expected_check %c, want %c",
					  v->input, p.expected_check, v->expected_check);
				CHECK(p.found_check == v->input[17], "vector \"%s\": found_check %c",
					  v->input, p.found_check);
				break;
			case ID_BIRTH_DATE:
			case ID_BIRTH_FUTURE:
				CHECK(p.birth_ymd == v->birth_ymd, "vector \"%s\": birth_ymd %d, want %d",
					  v->input, (int) p.birth_ymd, (int) v->birth_ymd);
				break;
			case ID_LENGTH:
				CHECK(p.length == v->length, "vector \"%s\": length %d, want %d",
					  v->input, p.length, v->length);
				break;
			default:
				break;
		}
	}
}

/* Every rule the parser can return, with its detail fields. */
static void
test_rules_and_details(void)
{
	CnidParse	p;

	cnid_parse("", 0, TODAY, &p);
	CHECK(p.rule == ID_EMPTY && p.length == 0 && p.bad_pos == -1, "empty");

	cnid_parse("1234567", 7, TODAY, &p);
	CHECK(p.rule == ID_LENGTH && p.length == 7, "length 7: %s %d", id_rule_name(p.rule), p.length);
	cnid_parse("11010519491231002XX", 19, TODAY, &p);
	CHECK(p.rule == ID_LENGTH && p.length == 19, "length 19");
	cnid_parse("1101051949123100", 16, TODAY, &p);
	CHECK(p.rule == ID_LENGTH && p.length == 16, "length 16");

	/* character: first bad position wins, X anywhere but 18th is bad */
	for (int pos = 0; pos < 18; pos++)
	{
		char		s[19] = "11010519491231002X";

		s[pos] = (pos == 17) ? 'Y' : 'A';
		cnid_parse(s, 18, TODAY, &p);
		CHECK(p.rule == ID_CHARACTER && p.bad_pos == pos,
			  "character at %d: %s bad_pos %d", pos, id_rule_name(p.rule), p.bad_pos);
		if (pos < 17)
		{
			s[pos] = 'X';
			cnid_parse(s, 18, TODAY, &p);
			CHECK(p.rule == ID_CHARACTER && p.bad_pos == pos, "X at %d", pos);
		}
	}
	cnid_parse("11A105B91231002X", 16, TODAY, &p);
	CHECK(p.rule == ID_LENGTH, "length is checked before characters");
	cnid_parse("11A1054912310B2", 15, TODAY, &p);
	CHECK(p.rule == ID_CHARACTER && p.bad_pos == 2, "15-digit first bad char");
	cnid_parse("11010549123100\x80", 15, TODAY, &p);
	CHECK(p.rule == ID_CHARACTER && p.bad_pos == 14, "non-ASCII marker is a bad character");
	cnid_parse("11010519491231002\0", 18, TODAY, &p);
	CHECK(p.rule == ID_CHARACTER && p.bad_pos == 17, "NUL is a bad character");
	cnid_parse("110105194912310\xff" "2X", 18, TODAY, &p);
	CHECK(p.rule == ID_CHARACTER && p.bad_pos == 15, "high byte is a bad character");

	/* order of rules: province before date before check */
	cnid_parse("990105194913310010", 18, TODAY, &p);
	CHECK(p.rule == ID_PROVINCE, "province before date");
	cnid_parse("110105194913310010", 18, TODAY, &p);
	CHECK(p.rule == ID_BIRTH_DATE && p.birth_ymd == 19491331, "date before check");
	cnid_parse("911999194913310010", 18, TODAY, &p);
	CHECK(p.rule == ID_NATIONALITY, "nationality before date");

	/* future: only with a today; today == 0 skips the rule */
	{
		char		s[19];

		memcpy(s, "11010520700101001", 17);
		s[17] = cnid_check_char(s);
		cnid_parse(s, 18, TODAY, &p);
		CHECK(p.rule == ID_BIRTH_FUTURE && p.birth_ymd == 20700101, "2070 is future");
		cnid_parse(s, 18, 0, &p);
		CHECK(p.rule == ID_OK, "today 0 skips the future rule");
		cnid_parse(s, 18, 20700101, &p);
		CHECK(p.rule == ID_OK, "born today is not future");
		cnid_parse(s, 18, 20691231, &p);
		CHECK(p.rule == ID_BIRTH_FUTURE, "born tomorrow is future");
	}

	/* check char: expected / found, X both ways */
	cnid_parse("110105194912310020", 18, TODAY, &p);
	CHECK(p.rule == ID_CHECK_CHAR && p.expected_check == 'X' && p.found_check == '0',
		  "check: expected X found 0");
	cnid_parse("44052418800101001X", 18, TODAY, &p);
	CHECK(p.rule == ID_CHECK_CHAR && p.expected_check == '4' && p.found_check == 'X',
		  "check: expected 4 found X");

	/* upgrade flag and birth on success */
	cnid_parse("110105491231002", 15, TODAY, &p);
	CHECK(p.rule == ID_OK && p.upgraded && p.length == 15 && p.birth_ymd == 19491231 &&
		  p.body == INT64_C(11010519491231002), "15-digit upgrade fields");
	cnid_parse("11010519491231002X", 18, TODAY, &p);
	CHECK(p.rule == ID_OK && !p.upgraded && p.length == 18 && p.birth_ymd == 19491231,
		  "18-digit fields");
}

static void
test_dates(void)
{
	static const struct
	{
		int32_t		ymd;
		bool		ok;
	}			d[] = {
		{19000229, false}, {20000229, true}, {20040229, true}, {21000229, false},
		{19960229, true}, {19990229, false}, {24000229, true}, {18000229, false},
		{18040229, true}, {18000101, true}, {17991231, false}, {16000229, false},
		{99991231, true}, {100000101, false}, {0, false}, {19490100, false},
		{19490132, false}, {19490001, false}, {19491301, false}, {19490431, false},
		{19490430, true}, {19490131, true}, {19490228, true}, {19490230, false},
		{19491231, true}, {19490631, false}, {19490930, true}, {19491131, false},
		{-19490101, false},
	};

	for (size_t k = 0; k < sizeof(d) / sizeof(d[0]); k++)
		CHECK(id_valid_ymd(d[k].ymd) == d[k].ok, "id_valid_ymd(%d) != %d",
			  (int) d[k].ymd, d[k].ok);

	/* through the parser, with a correct check character each time */
	{
		static const struct
		{
			const char *body;
			IdRule		rule;
		}			b[] = {
			{"11010519000229001", ID_BIRTH_DATE},
			{"11010520000229001", ID_OK},
			{"11010518000101001", ID_OK},
			{"11010517991231001", ID_BIRTH_DATE},
			{"11010518000229001", ID_BIRTH_DATE},
			{"81000020000229001", ID_OK},
			{"93268220000229001", ID_OK},
			{"93268221000229001", ID_BIRTH_DATE},
		};

		for (size_t k = 0; k < sizeof(b) / sizeof(b[0]); k++)
		{
			char		s[19];
			CnidParse	p;

			memcpy(s, b[k].body, 17);
			s[17] = cnid_check_char(s);
			cnid_parse(s, 18, 0, &p);
			CHECK(p.rule == b[k].rule, "%s: %s, want %s", b[k].body,
				  id_rule_name(p.rule), id_rule_name(b[k].rule));
		}
	}
	/* 15 digits: the century is always 19 */
	{
		CnidParse	p;

		cnid_parse("110105000229001", 15, TODAY, &p);
		CHECK(p.rule == ID_BIRTH_DATE && p.birth_ymd == 19000229, "15: 000229 is 1900-02-29");
		cnid_parse("110105960229001", 15, TODAY, &p);
		CHECK(p.rule == ID_OK && p.birth_ymd == 19960229, "15: 960229 is valid");
		cnid_parse("110105001231001", 15, TODAY, &p);
		CHECK(p.rule == ID_OK && cnid_body_birth_ymd(p.body) == 19001231, "15: 001231 is 1900");
	}
}

static void
test_prefixes(void)
{
	static const int provinces[] = {
		11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
		44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65
	};
	int			nprov = 0;

	for (int i = -5; i < 105; i++)
	{
		bool		want = false;

		for (size_t k = 0; k < sizeof(provinces) / sizeof(provinces[0]); k++)
			want |= (provinces[k] == i);
		nprov += want;
		CHECK(id_mainland_province(i) == want, "id_mainland_province(%d)", i);
	}
	CHECK(nprov == 31, "31 provinces");

	/* every two-digit prefix below 90 (9 starts a foreign number) */
	for (int pre = 0; pre < 90; pre++)
	{
		char		s[32];
		CnidParse	p;

		snprintf(s, sizeof(s), "%02d0105198001010", pre);
		memcpy(s + 15, "01", 2);
		s[17] = cnid_check_char(s);
		cnid_parse(s, 18, TODAY, &p);
		CHECK(p.rule == (id_mainland_province(pre) ? ID_OK : ID_PROVINCE), "prefix %02d: %s",
			  pre, id_rule_name(p.rule));
	}

	/* permits: exactly 810000 / 820000 / 830000 */
	{
		static const struct
		{
			const char *six;
			IdRule		rule;
			CnidKind	kind;
		}			pm[] = {
			{"810000", ID_OK, CNID_HONGKONG},
			{"820000", ID_OK, CNID_MACAO},
			{"830000", ID_OK, CNID_TAIWAN},
			{"800000", ID_PROVINCE, 0},
			{"840000", ID_PROVINCE, 0},
			{"850000", ID_PROVINCE, 0},
			{"810001", ID_PROVINCE, 0},
			{"810100", ID_PROVINCE, 0},
			{"811000", ID_PROVINCE, 0},
			{"830010", ID_PROVINCE, 0},
			{"710000", ID_PROVINCE, 0},
			{"890000", ID_PROVINCE, 0},
		};

		for (size_t k = 0; k < sizeof(pm) / sizeof(pm[0]); k++)
		{
			char		s[19];
			CnidParse	p;

			snprintf(s, sizeof(s), "%s19900101002", pm[k].six);
			s[17] = cnid_check_char(s);
			cnid_parse(s, 18, TODAY, &p);
			CHECK(p.rule == pm[k].rule, "permit prefix %s: %s", pm[k].six, id_rule_name(p.rule));
			if (p.rule == ID_OK)
			{
				CHECK(cnid_body_kind(p.body) == pm[k].kind, "permit %s kind", pm[k].six);
				CHECK(cnid_body_region(p.body) == atoi(pm[k].six), "permit %s region", pm[k].six);
				CHECK(cnid_body_sex(p.body) == 2, "permit %s sex", pm[k].six);
			}
		}
	}
}

static void
test_foreign(void)
{
	CnidParse	p;

	CHECK(id_iso3166_numeric(156), "ISO 156 (China)");
	CHECK(id_iso3166_numeric(840), "ISO 840 (USA)");
	CHECK(id_iso3166_numeric(682), "ISO 682 (Saudi Arabia)");
	CHECK(id_iso3166_numeric(124), "ISO 124 (Canada)");
	CHECK(id_iso3166_numeric(4), "ISO 004 (Afghanistan)");
	CHECK(id_iso3166_numeric(894), "ISO 894 (Zambia)");
	CHECK(!id_iso3166_numeric(0), "ISO 000");
	CHECK(!id_iso3166_numeric(999), "ISO 999");
	CHECK(!id_iso3166_numeric(1), "ISO 001");
	CHECK(!id_iso3166_numeric(-4), "ISO -4");
	CHECK(id_iso3166_alpha3("CHN") && id_iso3166_alpha3("USA") && id_iso3166_alpha3("KAZ") &&
		  id_iso3166_alpha3("AFG") && id_iso3166_alpha3("ZWE"), "ISO alpha-3 known");
	CHECK(!id_iso3166_alpha3("XXX") && !id_iso3166_alpha3("chn") && !id_iso3166_alpha3("AAA"),
		  "ISO alpha-3 unknown");

	parse_str("932682198501010017", &p);
	CHECK(p.rule == ID_OK, "foreign sample");
	CHECK(cnid_body_kind(p.body) == CNID_FOREIGN, "foreign kind");
	CHECK(cnid_body_region(p.body) == 320000, "foreign region is the issuing province: %d",
		  (int) cnid_body_region(p.body));
	CHECK(cnid_body_birth_ymd(p.body) == 19850101 && cnid_body_sex(p.body) == 1, "foreign fields");
	parse_str("911124198108030024", &p);
	CHECK(p.rule == ID_OK && cnid_body_region(p.body) == 110000 && cnid_body_sex(p.body) == 2,
		  "foreign Beijing/Canada sample");

	/* every nationality code 000-999 with a valid province and check */
	{
		int			nvalid = 0;

		for (int code = 0; code < 1000; code++)
		{
			char		s[32];

			snprintf(s, sizeof(s), "932%03d19850101001", code);
			s[17] = cnid_check_char(s);
			cnid_parse(s, 18, TODAY, &p);
			if (p.rule == ID_OK)
				nvalid++;
			CHECK(p.rule == (id_iso3166_numeric(code) ? ID_OK : ID_NATIONALITY),
				  "foreign nationality %03d: %s", code, id_rule_name(p.rule));
		}
		CHECK(nvalid >= 240 && nvalid <= 260, "about 249 ISO numeric codes, got %d", nvalid);
	}
	/* the province is checked before the nationality */
	cnid_parse("971156198501010017", 18, TODAY, &p);
	CHECK(p.rule == ID_PROVINCE, "foreign province 71");
	cnid_parse("981156198501010017", 18, TODAY, &p);
	CHECK(p.rule == ID_PROVINCE, "foreign province 81");
}

/* ------------------------------------------------------------------------ */

static void
norm_case(int line, const char *in, size_t inlen, const char *want, size_t wantlen)
{
	char		buf[IDNORM_CAP + 16];
	size_t		n;
	bool		canary = true;

	memset(buf, 0x5A, sizeof(buf));
	n = id_normalize(in, inlen, buf);
	for (size_t i = IDNORM_CAP; i < sizeof(buf); i++)
		canary &= (buf[i] == 0x5A);
	check_at(canary, line, "normalize: wrote beyond IDNORM_CAP");
	check_at(n == wantlen, line, "normalize length %zu, want %zu (got \"%s\")",
			 n, wantlen, show(buf, n));
	if (want != NULL && n == wantlen)
	{
		size_t		cmp = wantlen < IDNORM_CAP ? wantlen : IDNORM_CAP;

		check_at(memcmp(buf, want, cmp) == 0, line, "normalize: \"%s\", want \"%s\"",
				 show(buf, n), show(want, wantlen));
	}
}

#define NORM(in, want) norm_case(__LINE__, in, sizeof(in) - 1, want, sizeof(want) - 1)

static void
test_normalize(void)
{
	/* ASCII fast path */
	NORM("", "");
	NORM("11010519491231002x", "11010519491231002X");
	NORM("abcxyz", "ABCXYZ");
	NORM("a-b c\td\ne\rf\vg\fh", "ABCDEFGH");
	NORM("  110105-1949-1231-002x  ", "11010519491231002X");
	NORM("1.2/3_4", "1.2/34" "" == NULL ? "" : "1.2/3_4");
	NORM("\x01\x7f", "\x01\x7f");
	norm_case(__LINE__, "12\0" "34", 5, "12\0" "34", 5);	/* NUL is kept, then rejected */

	/* full-width digits and letters, ideographic space U+3000 */
	NORM("\xef\xbc\x91\xef\xbc\x92\xef\xbd\x98", "12X");
	NORM("\xef\xbc\xa1\xef\xbd\x82", "AB");
	NORM("1\xe3\x80\x80" "2", "12");
	NORM("\xe3\x80\x80\xe3\x80\x80", "");
	/* other blanks and hyphens of any script */
	NORM("1\xc2\xa0" "2", "12");				/* NBSP */
	NORM("1\xe2\x80\x83" "2", "12");			/* EM SPACE */
	NORM("1\xef\xbc\x8d" "2", "12");			/* FULLWIDTH HYPHEN-MINUS */
	NORM("1\xe2\x80\x90" "2", "12");			/* HYPHEN */
	NORM("1\xe2\x80\x94" "2", "12");			/* EM DASH */
	NORM("1\xe2\x88\x92" "2", "12");			/* MINUS SIGN */
	NORM("1\xe3\x80\x9c" "2", "12");			/* WAVE DASH */
	/* compatibility forms NFKC folds */
	NORM("\xe2\x85\xa9", "X");					/* ROMAN NUMERAL TEN */
	NORM("\xe2\x91\xa0", "1");					/* CIRCLED DIGIT ONE */
	NORM("\xc2\xb2", "2");						/* SUPERSCRIPT TWO */
	NORM("\xef\xac\x81", "FI");					/* LIGATURE FI: one code point, two chars */

	/* non-ASCII leftovers: one IDNORM_NONASCII each */
	NORM("\xe5\x8f\xb7", "\x80");				/* 号 */
	NORM("1\xc3\xa9" "2", "1\x80" "2");			/* é */
	NORM("e\xcc\x81", "\x80");					/* e + COMBINING ACUTE composes to é */
	NORM("1\xcc\x81", "1\x80");					/* 1 + COMBINING ACUTE stays two */
	NORM("\xf0\x9f\x98\x80" "1", "\x80" "1");	/* U+1F600, a surrogate pair in ICU */
	NORM("\xe8\xba\xab\xe4\xbb\xbd\xe8\xaf\x81" "1", "\x80\x80\x80" "1");

	/* invalid UTF-8 behaves like non-ASCII characters, never like digits */
	NORM("\xff", "\x80");
	NORM("1\xff" "2", "1\x80" "2");
	NORM("\xc0\xb1", "\x80\x80");				/* overlong '1' is not a '1' */
	NORM("\xed\xa0\x80", "\x80\x80\x80");		/* UTF-16 surrogate in UTF-8 */
	NORM("\xe3\x80", "\x80");					/* truncated sequence */
	{
		char		out[IDNORM_CAP];
		size_t		n = id_normalize("1\xc0\xb1" "2", 4, out);

		CHECK(n >= 3 && out[0] == '1' && out[n - 1] == '2', "invalid UTF-8 between digits");
		for (size_t i = 1; i + 1 < n; i++)
			CHECK(out[i] == IDNORM_NONASCII, "invalid byte becomes the marker");
	}

	/* overlong input: the length counts on, only IDNORM_CAP bytes are written */
	{
		char		in[5000];
		char		want[IDNORM_CAP];

		for (int i = 0; i < 5000; i++)
			in[i] = (char) ('0' + i % 10);
		memcpy(want, in, IDNORM_CAP);
		norm_case(__LINE__, in, 64, want, 64);
		norm_case(__LINE__, in, 65, want, 65);
		norm_case(__LINE__, in, 100, want, 100);
		norm_case(__LINE__, in, 5000, want, 5000);
		/* long ASCII separators in front: the ID is still found */
		memset(in, ' ', 3000);
		memcpy(in + 3000, "11010519491231002x", 18);
		norm_case(__LINE__, in, 3018, "11010519491231002X", 18);
	}
	/* overlong non-ASCII input: one character per code point */
	{
		char		in[3 * 2000];
		char		want[IDNORM_CAP];

		for (int i = 0; i < 2000; i++)
			memcpy(in + 3 * i, "\xe5\x8f\xb7", 3);
		memset(want, IDNORM_NONASCII, sizeof(want));
		norm_case(__LINE__, in, 3 * 30, want, 30);
		norm_case(__LINE__, in, 3 * 300, want, 300);
		norm_case(__LINE__, in, 3 * 2000, want, 2000);
	}
	/* long blank padding of any script is removed, however long */
	{
		static const char fw[] =
			"\xef\xbc\x91\xef\xbc\x91\xef\xbc\x90\xef\xbc\x91\xef\xbc\x90\xef\xbc\x95"
			"\xef\xbc\x91\xef\xbc\x99\xef\xbc\x94\xef\xbc\x99\xef\xbc\x91\xef\xbc\x92"
			"\xef\xbc\x93\xef\xbc\x91\xef\xbc\x90\xef\xbc\x90\xef\xbc\x92\xef\xbd\x98";
		char		in[4000 + sizeof(fw)];
		size_t		len = 0;

		for (int i = 0; i < 1000; i++)
		{
			memcpy(in + len, "\xe3\x80\x80", 3);	/* 3000 bytes of U+3000 */
			len += 3;
		}
		memcpy(in + len, fw, sizeof(fw) - 1);
		len += sizeof(fw) - 1;
		norm_case(__LINE__, in, len, "11010519491231002X", 18);

		len = 0;
		memset(in, ' ', 2000);
		len = 2000;
		memcpy(in + len, fw, sizeof(fw) - 1);
		len += sizeof(fw) - 1;
		norm_case(__LINE__, in, len, "11010519491231002X", 18);
	}
	/* long input is normalised in pieces: never cut inside "e" + U+0301 */
	{
		char		in[600];
		char		want[IDNORM_CAP];
		size_t		len = 0;

		memset(in, 0xB9, 200);	/* stray continuation bytes: one U+FFFD each */
		len = 200;
		memcpy(in + len, "e\xcc\x81", 3);
		len += 3;
		memset(in + len, 0xB9, 300);
		len += 300;
		memset(want, IDNORM_NONASCII, sizeof(want));
		norm_case(__LINE__, in, len, want, 200 + 1 + 300);
	}
	/* end to end: normalised, then parsed */
	{
		CnidParse	p;
		char		in[300];

		parse_str("11010519491231002\xe5\x8f\xb7", &p);
		CHECK(p.rule == ID_CHARACTER && p.bad_pos == 17, "CJK leftover at 18: %s %d",
			  id_rule_name(p.rule), p.bad_pos);
		parse_str("1101051949123\xc3\xa9" "002X", &p);
		CHECK(p.rule == ID_CHARACTER && p.bad_pos == 13, "é counts as one character: %s %d",
			  id_rule_name(p.rule), p.bad_pos);
		parse_str("1101051949123100\xf0\x9f\x98\x80" "X", &p);
		CHECK(p.rule == ID_CHARACTER && p.bad_pos == 16, "emoji counts as one: %s %d",
			  id_rule_name(p.rule), p.bad_pos);
		parse_str("1101051949123100\xff" "X", &p);
		CHECK(p.rule == ID_CHARACTER && p.bad_pos == 16, "invalid byte counts as one");
		parse_str("11010519491231002\xe2\x85\xa9", &p);
		CHECK(p.rule == ID_OK, "Roman numeral ten is X after NFKC");
		memset(in, '1', sizeof(in));
		parse_raw(in, sizeof(in), TODAY, &p);
		CHECK(p.rule == ID_LENGTH && p.length == 300, "300 digits: length %d", p.length);
		parse_raw(in, 65, TODAY, &p);
		CHECK(p.rule == ID_LENGTH && p.length == 65, "65 digits: length %d", p.length);
		parse_raw(in, 64, TODAY, &p);
		CHECK(p.rule == ID_LENGTH && p.length == 64, "64 digits: length %d", p.length);
	}
}

/* ------------------------------------------------------------------------ */

static uint64_t rng_state = UINT64_C(0x9E3779B97F4A7C15);

static uint64_t
rng(void)
{
	/* splitmix64 */
	uint64_t	z = (rng_state += UINT64_C(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

static int
rnd(int n)
{
	return (int) (rng() % (uint64_t) n);
}

/* A random valid body of any kind, birth date <= TODAY. */
static int64_t
random_body(void)
{
	static const int provinces[] = {
		11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
		44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65
	};
	char		d[18];
	int			kind = rnd(10);
	int			y,
				m,
				dd;

	if (kind < 7)
		snprintf(d, 7, "%02d%04d", provinces[rnd(31)], rnd(10000));
	else if (kind < 9)
		snprintf(d, 7, "8%d0000", 1 + rnd(3));
	else
	{
		int			code;

		do
			code = rnd(1000);
		while (!id_iso3166_numeric(code));
		snprintf(d, 7, "9%02d%03d", provinces[rnd(31)], code);
	}
	do
	{
		y = 1800 + rnd(226);
		m = 1 + rnd(12);
		dd = 1 + rnd(31);
	} while (!id_valid_ymd(y * 10000 + m * 100 + dd) || y * 10000 + m * 100 + dd > TODAY);
	snprintf(d + 6, 12, "%04d%02d%02d%03d", y, m, dd, rnd(1000));
	return body_of(d);
}

static int
cmp_i64(const void *a, const void *b)
{
	int64_t		x = *(const int64_t *) a,
				y = *(const int64_t *) b;

	return (x > y) - (x < y);
}

static void
test_round_trip_and_order(void)
{
	enum
	{
		N = 20000
	};
	static int64_t bodies[N];
	static char strs[N][19];
	int			bad_rt = 0,
				bad_fields = 0,
				bad_order = 0,
				bad_lower = 0;

	for (int i = 0; i < N; i++)
	{
		char		buf[19];
		char		lower[19];
		CnidParse	p;
		int64_t		b = random_body();

		bodies[i] = b;
		cnid_format(b, buf);
		memcpy(strs[i], buf, 19);
		cnid_parse(buf, strlen(buf), TODAY, &p);
		if (strlen(buf) != 18 || p.rule != ID_OK || p.body != b ||
			cnid_validate_body(b, TODAY) != ID_OK)
		{
			if (bad_rt++ < 5)
				CHECK(false, "round trip of %lld: \"%s\" -> %s %lld", (long long) b, buf,
					  id_rule_name(p.rule), (long long) p.body);
		}
		/* lower-case x and separators, through the normaliser */
		memcpy(lower, buf, 19);
		if (lower[17] == 'X')
			lower[17] = 'x';
		parse_raw(lower, 18, TODAY, &p);
		if (p.rule != ID_OK || p.body != b)
			bad_lower++;

		if (cnid_body_birth_ymd(b) != (int32_t) ((b / 1000) % 100000000) ||
			cnid_body_sex(b) != ((buf[16] - '0') % 2 == 1 ? 1 : 2))
			bad_fields++;
		if (buf[0] != '9')
		{
			char		lead6[7];

			memcpy(lead6, buf, 6);
			lead6[6] = '\0';
			if (cnid_body_region(b) != atoi(lead6))
				bad_fields++;
		}
		else if (cnid_body_region(b) != ((buf[1] - '0') * 10 + (buf[2] - '0')) * 10000)
			bad_fields++;
	}
	CHECK(bad_rt == 0, "%d random bodies failed the format/parse round trip", bad_rt);
	CHECK(bad_lower == 0, "%d random bodies failed with lower-case x", bad_lower);
	CHECK(bad_fields == 0, "%d random bodies had wrong fields", bad_fields);

	/* ordering: integer order of bodies == strcmp order of canonical text */
	for (int i = 0; i + 1 < N; i++)
	{
		int			ci = cmp_i64(&bodies[i], &bodies[i + 1]);
		int			cs = strcmp(strs[i], strs[i + 1]);

		if ((ci > 0) != (cs > 0) || (ci < 0) != (cs < 0))
			bad_order++;
	}
	/* and on adjacent values, where only the check character differs in weight */
	{
		static const char *const pairs[][2] = {
			{"11010519491231002X", "110105194912310037"},
			{"110105194912310099", "110105194912310107"},
			{"44052418800101001X", "810000199408230021"},
			{"650000201231129995", "810000180001010012"},
		};

		for (size_t k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++)
		{
			CnidParse	a,
						b;

			cnid_parse(pairs[k][0], 18, 0, &a);
			cnid_parse(pairs[k][1], 18, 0, &b);
			if (a.rule == ID_OK && b.rule == ID_OK)
				CHECK((a.body < b.body) == (strcmp(pairs[k][0], pairs[k][1]) < 0),
					  "order %s vs %s", pairs[k][0], pairs[k][1]);
		}
	}
	CHECK(bad_order == 0, "%d random pairs ordered differently as integers and text", bad_order);

	/* formats of extreme bodies: always 18 characters, leading zeros kept */
	{
		char		buf[19];

		cnid_format(0, buf);
		CHECK(strcmp(buf, "000000000000000001") == 0, "format 0: %s", buf);
		cnid_format(INT64_C(99999999999999999), buf);
		CHECK(strlen(buf) == 18 && memcmp(buf, "99999999999999999", 17) == 0, "format max: %s", buf);
		cnid_format(INT64_C(1234), buf);
		CHECK(strlen(buf) == 18 && memcmp(buf, "00000000000001234", 17) == 0, "format 1234: %s", buf);
	}
}

static void
test_validate_body(void)
{
	CHECK(cnid_validate_body(INT64_C(11010519491231002), TODAY) == ID_OK, "Annex body");
	CHECK(cnid_validate_body(INT64_C(93268219850101001), TODAY) == ID_OK, "foreign body");
	CHECK(cnid_validate_body(INT64_C(81000019940823002), TODAY) == ID_OK, "permit body");
	CHECK(cnid_validate_body(-1, TODAY) == ID_LENGTH, "negative body");
	CHECK(cnid_validate_body(INT64_MIN, TODAY) == ID_LENGTH, "INT64_MIN body");
	CHECK(cnid_validate_body(INT64_MAX, TODAY) == ID_LENGTH, "INT64_MAX body");
	CHECK(cnid_validate_body(INT64_C(100000000000000000), TODAY) == ID_LENGTH, "18-digit body");
	CHECK(cnid_validate_body(0, TODAY) == ID_PROVINCE, "zero body");
	CHECK(cnid_validate_body(INT64_C(99999999999999999), TODAY) == ID_PROVINCE, "all nines");
	CHECK(cnid_validate_body(INT64_C(99039819901231002), TODAY) == ID_PROVINCE, "foreign 90");
	CHECK(cnid_validate_body(INT64_C(91199919901231002), TODAY) == ID_NATIONALITY, "foreign 999");
	CHECK(cnid_validate_body(INT64_C(11010519000229001), TODAY) == ID_BIRTH_DATE, "1900-02-29");
	CHECK(cnid_validate_body(INT64_C(11010517991231001), TODAY) == ID_BIRTH_DATE, "1799");
	CHECK(cnid_validate_body(INT64_C(11010520700101001), TODAY) == ID_BIRTH_FUTURE, "2070");
	CHECK(cnid_validate_body(INT64_C(11010520700101001), 0) == ID_OK, "2070 without today");
	CHECK(cnid_validate_body(INT64_C(84000019900101001), TODAY) == ID_PROVINCE, "840000");
	CHECK(cnid_validate_body(INT64_C(1010519491231002), TODAY) == ID_PROVINCE,
		  "16-digit body is prefix 01");

	/* parse and validate_body agree on every rule after the alphabet */
	for (int i = 0; i < 5000; i++)
	{
		char		s[19];
		CnidParse	p;
		IdRule		r;

		for (int k = 0; k < 17; k++)
			s[k] = (char) ('0' + rnd(10));
		if (i % 2)
		{
			/* bias towards plausible numbers so every rule is reached */
			cnid_format(random_body(), s);
			s[rnd(17)] = (char) ('0' + rnd(10));
		}
		s[17] = cnid_check_char(s);
		s[18] = '\0';
		cnid_parse(s, 18, TODAY, &p);
		r = cnid_validate_body(body_of(s), TODAY);
		if (r != p.rule)
		{
			CHECK(false, "validate_body(%s) = %s, parse = %s", s, id_rule_name(r),
				  id_rule_name(p.rule));
			break;
		}
	}
	passed++;
}

static void
test_fields(void)
{
	static const struct
	{
		const char *id;
		int32_t		birth;
		int			sex;
		int32_t		region;
		CnidKind	kind;
	}			f[] = {
		{"11010519491231002X", 19491231, 2, 110105, CNID_MAINLAND},
		{"440524188001010014", 18800101, 1, 440524, CNID_MAINLAND},
		{"810000199408230021", 19940823, 2, 810000, CNID_HONGKONG},
		{"820000200009100032", 20000910, 1, 820000, CNID_MACAO},
		{"830000200209060065", 20020906, 2, 830000, CNID_TAIWAN},
		{"932682198501010017", 19850101, 1, 320000, CNID_FOREIGN},
		{"93184019700101008X", 19700101, 2, 310000, CNID_FOREIGN},
		{"911398199012310021", 19901231, 2, 110000, CNID_FOREIGN},
		{"110105200002290013", 20000229, 1, 110105, CNID_MAINLAND},
		{"110105180001010010", 18000101, 1, 110105, CNID_MAINLAND},
	};

	for (size_t k = 0; k < sizeof(f) / sizeof(f[0]); k++)
	{
		CnidParse	p;

		parse_str(f[k].id, &p);
		CHECK(p.rule == ID_OK, "fields %s parse: %s", f[k].id, id_rule_name(p.rule));
		if (p.rule != ID_OK)
			continue;
		CHECK(cnid_body_birth_ymd(p.body) == f[k].birth, "%s birth %d", f[k].id,
			  (int) cnid_body_birth_ymd(p.body));
		CHECK(cnid_body_sex(p.body) == f[k].sex, "%s sex %d", f[k].id, cnid_body_sex(p.body));
		CHECK(cnid_body_region(p.body) == f[k].region, "%s region %d", f[k].id,
			  (int) cnid_body_region(p.body));
		CHECK(cnid_body_kind(p.body) == f[k].kind, "%s kind %s", f[k].id,
			  cnid_kind_name(cnid_body_kind(p.body)));
	}
	/* sex is the parity of position 17 for all ten digits */
	for (int dgt = 0; dgt < 10; dgt++)
	{
		int64_t		b = INT64_C(11010519491231000) + dgt;

		CHECK(cnid_body_sex(b) == (dgt % 2 ? 1 : 2), "sex of digit %d", dgt);
	}
}

/* ------------------------------------------------------------------------ */


/* Check the repair list of an 18- or 15-character input. */
static void
check_repairs(int line, const char *s, int64_t must_contain)
{
	int64_t		out[256];
	int64_t		one[1];
	size_t		len = strlen(s);
	int			n = cnid_find_repairs(s, len, TODAY, out, 256);
	int			n1 = cnid_find_repairs(s, len, TODAY, one, 1);
	bool		found = (must_contain < 0);

	check_at(n > 0, line, "repairs of %s: none", s);
	check_at(n <= 256, line, "repairs of %s: %d", s, n);
	check_at(n1 == n, line, "repairs of %s: total %d with max 1, %d with max 256", s, n1, n);
	if (n > 0 && n1 > 0)
		check_at(one[0] == out[0], line, "repairs of %s: first with max 1 differs", s);
	for (int i = 0; i < n && i < 256; i++)
	{
		char		buf[19];
		CnidParse	p;

		if (out[i] == must_contain)
			found = true;
		check_at(i == 0 || out[i - 1] < out[i], line, "repairs of %s: not sorted/unique at %d", s, i);
		check_at(cnid_validate_body(out[i], TODAY) == ID_OK, line, "repair %lld of %s invalid",
				 (long long) out[i], s);
		cnid_format(out[i], buf);
		cnid_parse(buf, 18, TODAY, &p);
		check_at(p.rule == ID_OK && p.body == out[i], line, "repair %s of %s does not parse", buf, s);
		if (len == 18)
			check_at(one_edit(s, buf, 18), line, "repair %s is not one edit from %s", buf, s);
		else
		{
			/* compare in the 15-digit form: drop "19" and the check */
			char		b15[15];

			memcpy(b15, buf, 6);
			memcpy(b15 + 6, buf + 8, 9);
			check_at(memcmp(buf + 6, "19", 2) == 0 && one_edit(s, b15, 15), line,
					 "repair %s is not one edit from %s", buf, s);
		}
	}
	check_at(found, line, "repairs of %s miss %lld", s, (long long) must_contain);
}

static void
test_repairs(void)
{
	int64_t		out[256];

	/* valid 18-character input: MOD 11-2 catches every single edit */
	CHECK(cnid_find_repairs("11010519491231002X", 18, TODAY, out, 256) == 0, "valid A1: 0 repairs");
	CHECK(cnid_find_repairs("932682198501010017", 18, TODAY, out, 256) == 0, "valid foreign: 0");
	CHECK(cnid_find_repairs("810000199408230021", 18, TODAY, out, 256) == 0, "valid permit: 0");
	/* valid 15 digits: no check to fail, and nothing to repair */
	CHECK(cnid_find_repairs("110105491231002", 15, TODAY, out, 256) == 0, "valid 15-digit: 0");
	/* wrong lengths: nothing to repair */
	CHECK(cnid_find_repairs("", 0, TODAY, out, 256) == 0, "empty: 0");
	CHECK(cnid_find_repairs("11010519491231002", 17, TODAY, out, 256) == 0, "17: 0");
	CHECK(cnid_find_repairs("11010519491231002XX", 19, TODAY, out, 256) == 0, "19: 0");
	/* max 0 still counts */
	CHECK(cnid_find_repairs("11010519491231002Y", 18, TODAY, out, 0) > 0, "max 0 counts");

	/* named cases */
	check_repairs(__LINE__, "110105194912310021", INT64_C(11010519491231002));	/* check char */
	check_repairs(__LINE__, "11010519491231002Y", INT64_C(11010519491231002));	/* bad char */
	check_repairs(__LINE__, "11010591491231002X", INT64_C(11010519491231002));	/* 19 -> 91 */
	check_repairs(__LINE__, "1101051949123100X2", INT64_C(11010519491231002));	/* 2X -> X2 */
	check_repairs(__LINE__, "10110519491231002X", INT64_C(11010519491231002));	/* 10 -> 01 */
	check_repairs(__LINE__, "11010519491231002A", INT64_C(11010519491231002));
	check_repairs(__LINE__, "110105000229001", -1);	/* 15 digits, 1900-02-29 */
	/* a bad date under a correct check character needs two edits: no repair */
	CHECK(cnid_find_repairs("110105190002290017", 18, TODAY, out, 256) == 0, "1900-02-29 with check");

	/* random: each single substitution and adjacent transposition is repaired */
	{
		int			misses = 0,
					zero_valid = 0;

		for (int t = 0; t < 400; t++)
		{
			int64_t		b = random_body();
			char		good[19],
						bad[19];
			int			pos = rnd(18);
			int			n;
			bool		hit = false;

			cnid_format(b, good);
			if (cnid_find_repairs(good, 18, TODAY, out, 256) != 0)
				zero_valid++;
			memcpy(bad, good, 19);
			if (t % 2 == 0)
			{
				/* substitution */
				char		c;

				do
					c = (pos == 17 && rnd(11) == 10) ? 'X' : (char) ('0' + rnd(10));
				while (c == good[pos]);
				bad[pos] = c;
			}
			else
			{
				/* adjacent transposition of two different characters */
				int			tries = 0;

				pos = rnd(17);
				while (good[pos] == good[pos + 1] && tries++ < 50)
					pos = rnd(17);
				if (good[pos] == good[pos + 1])
					continue;
				bad[pos] = good[pos + 1];
				bad[pos + 1] = good[pos];
			}
			{
				CnidParse	p;

				cnid_parse(bad, 18, TODAY, &p);
				CHECK(p.rule != ID_OK, "single edit %s of %s still valid", bad, good);
			}
			n = cnid_find_repairs(bad, 18, TODAY, out, 256);
			for (int i = 0; i < n && i < 256; i++)
				hit |= (out[i] == b);
			if (!hit)
			{
				if (misses++ < 5)
					CHECK(false, "repairs of %s miss %s", bad, good);
			}
			else
				check_repairs(__LINE__, bad, b);
		}
		CHECK(misses == 0, "%d corrupted numbers not repaired", misses);
		CHECK(zero_valid == 0, "%d valid numbers had repairs", zero_valid);
	}
}

/*
 * The repairs by brute force (every single substitution over 0-9 and X,
 * every adjacent transposition, each fully parsed): the reference for the
 * check-sum shortcut in cnid_find_repairs.  Returns the sorted, unique set.
 */
static int
reference_repairs(const char *s, size_t len, int64_t *out)
{
	static const char alphabet[] = "0123456789X";
	char		buf[18];
	int			n = 0,
				u = 0;
	CnidParse	p;

	memcpy(buf, s, len);
	for (size_t i = 0; i < len; i++)
		for (const char *c = alphabet; *c; c++)
		{
			if (*c == s[i])
				continue;
			buf[i] = *c;
			cnid_parse(buf, len, TODAY, &p);
			if (p.rule == ID_OK)
				out[n++] = p.body;
			buf[i] = s[i];
		}
	for (size_t i = 0; i + 1 < len; i++)
	{
		buf[i] = s[i + 1];
		buf[i + 1] = s[i];
		cnid_parse(buf, len, TODAY, &p);
		if (p.rule == ID_OK)
			out[n++] = p.body;
		buf[i] = s[i];
		buf[i + 1] = s[i + 1];
	}
	qsort(out, n, sizeof(int64_t), cmp_i64);
	for (int i = 0; i < n; i++)
		if (i == 0 || out[i] != out[i - 1])
			out[u++] = out[i];
	return u;
}

/* cnid_find_repairs equals the brute force on many broken numbers. */
static void
test_repairs_reference(void)
{
	int			differ = 0;

	for (int t = 0; t < 20000; t++)
	{
		int64_t		got[256],
					want[600];
		char		s[19];
		int			ng,
					nw;
		CnidParse	p;

		cnid_format(random_body(), s);
		/* one or two random edits, sometimes X or a letter inside */
		for (int e = 0; e < 1 + (t % 2); e++)
		{
			int			pos = rnd(18);
			int			k = rnd(24);

			s[pos] = k < 20 ? (char) ('0' + k % 10) : (k < 23 ? 'X' : 'A');
		}
		cnid_parse(s, 18, TODAY, &p);
		if (p.rule == ID_OK)
			continue;
		ng = cnid_find_repairs(s, 18, TODAY, got, 256);
		nw = reference_repairs(s, 18, want);
		/* the check-sum-only bodies, once validated, are the same set */
		{
			int64_t		bodies[64];
			int			nb = cnid_repair_bodies(s, 18, bodies),
						nv = 0;
			bool		digits = true;

			for (int i = 0; i < 17; i++)
				digits &= s[i] >= '0' && s[i] <= '9';
			CHECK(digits ? nb >= 0 && nb <= 35 : nb == -1, "repair bodies of %s: %d", s, nb);
			for (int b = 0; b < nb; b++)
			{
				bool		in_want = false;

				for (int k = 0; k < nw; k++)
					in_want |= want[k] == bodies[b];
				if (cnid_validate_body(bodies[b], TODAY) == ID_OK)
				{
					nv++;
					if (!in_want && differ++ < 5)
						CHECK(false, "repair body %lld of %s is not a repair", (long long) bodies[b], s);
				}
			}
			if (nb >= 0 && nv < nw && differ++ < 5)
				CHECK(false, "repair bodies of %s: %d valid, brute force %d", s, nv, nw);
		}
		if (ng != nw || memcmp(got, want, sizeof(int64_t) * (ng < 256 ? ng : 256)) != 0)
		{
			if (differ++ < 5)
				CHECK(false, "repairs of %s: %d, brute force %d", s, ng, nw);
		}
	}
	CHECK(differ == 0, "%d inputs where repairs differ from the brute force", differ);
}

int
main(void)
{
	test_rule_names();
	test_annex();
	test_vectors();
	test_rules_and_details();
	test_dates();
	test_prefixes();
	test_foreign();
	test_normalize();
	test_round_trip_and_order();
	test_validate_body();
	test_fields();
	test_repairs();
	test_repairs_reference();

	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed == 0 ? 0 : 1;
}
