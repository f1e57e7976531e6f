/*
 * uscc_core.c
 *	  GB 32100 unified social credit codes, GB 11714 organisation codes, the
 *	  2017 foreign permanent-residence number, and kind detection.
 *
 * Pure C99 (see uscc_core.h).  Like cnid_core.c, the parsers make one pass
 * over at most 18 ASCII bytes with table look-ups and never allocate.
 */
#include "uscc_core.h"

#include <string.h>

#include "idnorm.h"

/* ---------------------------------------------------------------------------
 * Character values
 * ------------------------------------------------------------------------- */

/* GB 32100 4.1: the 31 characters, in value order (I O S V Z are not used). */
static const char uscc_alphabet[31] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* GB 32100 values of A-Z, -1 for the five letters outside the set. */
static const signed char uscc_letter_values[26] = {
	10, 11, 12, 13, 14, 15, 16, 17, -1, 18,	/* A-J, no I */
	19, 20, 21, 22, -1, 23, 24, 25, -1, 26,	/* K-T, no O, S */
	27, -1, 28, 29, 30, -1		/* U-Z, no V, Z */
};

int
uscc_char_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'Z')
		return uscc_letter_values[c - 'A'];
	return -1;
}

/* GB 11714 values: digits 0-9, every letter A = 10 ... Z = 35. */
static inline int
gb11714_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return -1;
}

static inline bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline int
two(const char *p)
{
	return (p[0] - '0') * 10 + (p[1] - '0');
}

/* ---------------------------------------------------------------------------
 * Registration authorities and categories (GB 32100 table 1 + amendment 1)
 * ------------------------------------------------------------------------- */

typedef struct UsccAuthority
{
	char		code;
	const char *label;
	const char *categories;		/* allowed second characters */
	const char *category_labels[6]; /* in the order of categories */
} UsccAuthority;

static const UsccAuthority authorities[] = {
	{'1', "机构编制", "1239",
	{"机关", "事业单位", "编办直接管理机构编制的群众团体", "其他"}},
	{'2', "外交", "19",
	{"外国常驻新闻机构", "其他"}},
	{'3', "司法行政", "123459",
	{"律师执业机构", "公证处", "基层法律服务所", "司法鉴定机构", "仲裁委员会", "其他"}},
	{'4', "文化", "19",
	{"外国在华文化中心", "其他"}},
	{'5', "民政", "1239",
	{"社会团体", "民办非企业单位", "基金会", "其他"}},
	{'6', "旅游", "129",
	{"外国旅游部门常驻代表机构", "港澳台地区旅游部门常驻内地（大陆）代表机构", "其他"}},
	{'7', "宗教", "129",
	{"宗教活动场所", "宗教院校", "其他"}},
	{'8', "工会", "19",
	{"基层工会", "其他"}},
	{'9', "工商", "123",
	{"企业", "个体工商户", "农民专业合作社"}},
	{'A', "中央军委改革和编制办公室", "19",
	{"军队事业单位", "其他"}},
	{'N', "农业", "1239",
	{"组级集体经济组织", "村级集体经济组织", "乡镇级集体经济组织", "其他"}},
	{'Y', "其他", "1",
	{"其他"}},
};

#define N_AUTHORITIES (sizeof(authorities) / sizeof(authorities[0]))

static const UsccAuthority *
find_authority(char code)
{
	for (size_t i = 0; i < N_AUTHORITIES; i++)
		if (authorities[i].code == code)
			return &authorities[i];
	return NULL;
}

/* Index of category in the authority's list, or -1. */
static int
find_category(const UsccAuthority *a, char category)
{
	if (a == NULL || category == '\0')
		return -1;
	for (int i = 0; a->categories[i] != '\0'; i++)
		if (a->categories[i] == category)
			return i;
	return -1;
}

const char *
uscc_authority_label(char authority)
{
	const UsccAuthority *a = find_authority(authority);

	return a ? a->label : NULL;
}

const char *
uscc_category_label(char authority, char category)
{
	const UsccAuthority *a = find_authority(authority);
	int			i = find_category(a, category);

	return i >= 0 ? a->category_labels[i] : NULL;
}

const char *
uscc_categories_of(char authority)
{
	const UsccAuthority *a = find_authority(authority);

	return a ? a->categories : NULL;
}

/*
 * Region, positions 3-8: six digits whose first two are a mainland
 * province-level code (GB/T 2260), or exactly 100000.  GB 32100 says only
 * "GB/T 2260 code of the registering authority's area"; central-level
 * registrations (State Council bodies registered by the central 机构编制
 * office, enterprises registered by the State Administration for Market
 * Regulation) carry 100000, the code of the whole country, and no official text
 * leaves this open.  We accept 100000 and no other 10xxxx code: 10 is not a
 * province, and no lower-level code exists below the national one.
 */
static bool
region_ok(const char *p)
{
	for (int i = 0; i < 6; i++)
		if (!is_digit(p[i]))
			return false;
	if (memcmp(p, "100000", 6) == 0)
		return true;
	return id_mainland_province(two(p));
}

/* ---------------------------------------------------------------------------
 * GB 11714 organisation code
 * ------------------------------------------------------------------------- */

/* GB 11714-1997 5.2: weights of positions 1-8. */
static const int gb11714_weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};

char
orgcode_check_char(const char *body8)
{
	int			sum = 0;
	int			c9;

	for (int i = 0; i < 8; i++)
	{
		int			v = gb11714_value(body8[i]);

		if (v < 0)
			return '\0';
		sum += v * gb11714_weights[i];
	}
	c9 = 11 - sum % 11;			/* 1..11 */
	if (c9 == 10)
		return 'X';
	if (c9 == 11)
		return '0';
	return (char) ('0' + c9);
}

void
orgcode_parse(const char *s, size_t len, OrgcodeParse *out)
{
	char		expect;

	memset(out, 0, sizeof(*out));
	if (!id_check_length(len, ORGCODE_LEN, ORGCODE_LEN, &out->rule, &out->length, &out->bad_pos))
		return;
	for (int i = 0; i < 8; i++)
	{
		if (!is_digit(s[i]) && !is_upper(s[i]))
		{
			out->rule = ID_CHARACTER;
			out->bad_pos = i;
			return;
		}
	}
	if (!is_digit(s[8]) && s[8] != 'X')
	{
		out->rule = ID_CHARACTER;
		out->bad_pos = 8;
		return;
	}
	expect = orgcode_check_char(s);
	if (expect != s[8])
	{
		out->rule = ID_CHECK_CHAR;
		out->expected_check = expect;
		out->found_check = s[8];
	}
}

/* ---------------------------------------------------------------------------
 * GB 32100 unified social credit code
 * ------------------------------------------------------------------------- */

/* GB 32100 5.2: W_i = 3^(i-1) mod 31, positions 1-17. */
static const int uscc_weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

static char
check_from_values(const int *v17)
{
	int			sum = 0;
	int			c18;

	for (int i = 0; i < 17; i++)
		sum += v17[i] * uscc_weights[i];
	c18 = 31 - sum % 31;		/* 1..31; 31 is written 0 */
	return uscc_alphabet[c18 == 31 ? 0 : c18];
}

char
uscc_check_char(const char *chars17)
{
	int			v[17];

	for (int i = 0; i < 17; i++)
	{
		v[i] = uscc_char_value(chars17[i]);
		if (v[i] < 0)
			return '\0';
	}
	return check_from_values(v);
}

static UsccValue
pack_values(const int *v17)
{
	UsccValue	r = {0, 0};

	for (int i = 0; i < 8; i++)
		r.hi = (r.hi << 5) | (uint64_t) v17[i];
	for (int i = 8; i < 17; i++)
		r.lo = (r.lo << 5) | (uint64_t) v17[i];
	return r;
}

/* Unpack into 17 values; false if a 5-bit group is > 30 or bits are left over. */
static bool
unpack_values(UsccValue v, int *v17)
{
	if (v.hi >> 40 != 0 || v.lo >> 45 != 0)
		return false;
	for (int i = 7; i >= 0; i--)
	{
		v17[i] = (int) (v.hi & 31);
		v.hi >>= 5;
	}
	for (int i = 16; i >= 8; i--)
	{
		v17[i] = (int) (v.lo & 31);
		v.lo >>= 5;
	}
	for (int i = 0; i < 17; i++)
		if (v17[i] > 30)
			return false;
	return true;
}

/*
 * The rules after the alphabet, on 17 characters already known to be in the
 * 31-character set.  Shared by the parser and uscc_validate().
 */
static IdRule
check_fields(const char *c, UsccParse *out)
{
	const UsccAuthority *a = find_authority(c[0]);
	char		org_expect;

	if (a == NULL)
		return ID_AUTHORITY;
	if (find_category(a, c[1]) < 0)
		return ID_CATEGORY;
	if (!region_ok(c + 2))
	{
		for (int i = 2; i < 8; i++)
			if (!is_digit(c[i]))
			{
				out->bad_pos = i;
				break;
			}
		return ID_REGION;
	}
	/* Positions 9-16 are in the 31-character set, so GB 11714 can value them. */
	org_expect = orgcode_check_char(c + 8);
	if (org_expect != c[16])
	{
		out->org_expected = org_expect;
		out->org_found = c[16];
		return ID_ORGCODE_CHECK;
	}
	return ID_OK;
}

void
uscc_parse(const char *s, size_t len, UsccParse *out)
{
	int			v[USCC_LEN];

	memset(out, 0, sizeof(*out));
	if (!id_check_length(len, USCC_LEN, USCC_LEN, &out->rule, &out->length, &out->bad_pos))
		return;
	for (int i = 0; i < USCC_LEN; i++)
	{
		v[i] = uscc_char_value(s[i]);
		if (v[i] < 0)
		{
			out->rule = ID_CHARACTER;
			out->bad_pos = i;
			return;
		}
	}

	/*
	 * Both checks are computed before the field rules decide, so that an
	 * orgcode_check error can say whether the 18th character is wrong too.
	 */
	out->expected_check = check_from_values(v);
	out->found_check = s[17];
	out->rule = check_fields(s, out);
	if (out->rule != ID_OK)
		return;
	if (out->expected_check != s[17])
	{
		out->rule = ID_CHECK_CHAR;
		return;
	}
	out->value = pack_values(v);
}

void
uscc_format(UsccValue v, char *buf)
{
	int			vals[17];

	if (!unpack_values(v, vals))
	{
		/* not reachable for stored values: recv and input validate */
		memset(buf, '?', USCC_LEN);
		buf[USCC_LEN] = '\0';
		return;
	}
	for (int i = 0; i < 17; i++)
		buf[i] = uscc_alphabet[vals[i]];
	buf[17] = check_from_values(vals);
	buf[18] = '\0';
}

IdRule
uscc_validate(UsccValue v)
{
	int			vals[17];
	char		c[17];
	UsccParse	scratch;

	if (!unpack_values(v, vals))
		return ID_CHARACTER;
	for (int i = 0; i < 17; i++)
		c[i] = uscc_alphabet[vals[i]];
	memset(&scratch, 0, sizeof(scratch));
	return check_fields(c, &scratch);
}

int
uscc_cmp(UsccValue a, UsccValue b)
{
	if (a.hi != b.hi)
		return a.hi < b.hi ? -1 : 1;
	if (a.lo != b.lo)
		return a.lo < b.lo ? -1 : 1;
	return 0;
}

void
uscc_to_bytes(UsccValue v, unsigned char out[USCC_BYTES])
{
	for (int i = 0; i < 8; i++)
	{
		out[i] = (unsigned char) (v.hi >> (56 - 8 * i));
		out[8 + i] = (unsigned char) (v.lo >> (56 - 8 * i));
	}
}

UsccValue
uscc_from_bytes(const unsigned char in[USCC_BYTES])
{
	UsccValue	v = {0, 0};

	for (int i = 0; i < 8; i++)
	{
		v.hi = (v.hi << 8) | in[i];
		v.lo = (v.lo << 8) | in[8 + i];
	}
	return v;
}

char
uscc_authority(UsccValue v)
{
	return uscc_alphabet[(v.hi >> 35) & 31];
}

char
uscc_category(UsccValue v)
{
	return uscc_alphabet[(v.hi >> 30) & 31];
}

int32_t
uscc_region(UsccValue v)
{
	int32_t		r = 0;

	/* positions 3-8 are digits, whose values are the digits themselves */
	for (int shift = 25; shift >= 0; shift -= 5)
		r = r * 10 + (int32_t) ((v.hi >> shift) & 31);
	return r;
}

void
uscc_orgcode(UsccValue v, char *buf)
{
	for (int i = 0; i < 9; i++)
		buf[i] = uscc_alphabet[(v.lo >> (40 - 5 * i)) & 31];
	buf[9] = '\0';
}

/* ---------------------------------------------------------------------------
 * 2017 foreign permanent-residence number (howardli/CredentialKit's layout, ICAO Doc 9303 check)
 * ------------------------------------------------------------------------- */

/* ICAO Doc 9303 part 3 4.9: weights 7 3 1, digits 0-9, letters A = 10 ... */
char
pr2017_check_digit(const char *chars14)
{
	static const int w[3] = {7, 3, 1};
	int			sum = 0;

	for (int i = 0; i < 14; i++)
	{
		int			v = gb11714_value(chars14[i]);	/* same values */

		if (v < 0)
			return '\0';
		sum += v * w[i % 3];
	}
	return (char) ('0' + sum % 10);
}

void
pr2017_parse(const char *s, size_t len, int32_t today_ymd, Pr2017Parse *out)
{
	int32_t		yymmdd = 0;
	int32_t		cand[2];
	bool		real = false;
	char		expect;

	memset(out, 0, sizeof(*out));
	if (!id_check_length(len, PR2017_LEN, PR2017_LEN, &out->rule, &out->length, &out->bad_pos))
		return;
	for (int i = 0; i < PR2017_LEN; i++)
	{
		if (i < 3 ? !is_upper(s[i]) : !is_digit(s[i]))
		{
			out->rule = ID_CHARACTER;
			out->bad_pos = i;
			return;
		}
	}
	if (!id_iso3166_alpha3(s))
	{
		out->rule = ID_NATIONALITY;
		return;
	}
	if (!id_mainland_province(two(s + 3)))
	{
		out->rule = ID_PROVINCE;
		return;
	}

	/* The century is not encoded: the later real, non-future reading wins. */
	for (int i = 7; i < 13; i++)
		yymmdd = yymmdd * 10 + (s[i] - '0');
	out->yymmdd = yymmdd;
	cand[0] = 20000000 + yymmdd;
	cand[1] = 19000000 + yymmdd;
	for (int i = 0; i < 2; i++)
	{
		if (!id_valid_ymd(cand[i]))
			continue;
		real = true;
		if (today_ymd > 0 && cand[i] > today_ymd)
			continue;
		out->birth_ymd = cand[i];
		break;
	}
	if (out->birth_ymd == 0)
	{
		out->rule = real ? ID_BIRTH_FUTURE : ID_BIRTH_DATE;
		return;
	}

	expect = pr2017_check_digit(s);
	if (expect != s[14])
	{
		out->rule = ID_CHECK_CHAR;
		out->expected_check = expect;
		out->found_check = s[14];
	}
}

/* ---------------------------------------------------------------------------
 * Kind detection
 * ------------------------------------------------------------------------- */

const char *
idno_kind_name(IdnoKind kind)
{
	switch (kind)
	{
		case IDNO_NONE:
			return NULL;
		case IDNO_CITIZEN_18:
			return "citizen_id_18";
		case IDNO_CITIZEN_15:
			return "citizen_id_15";
		case IDNO_RESIDENCE_PERMIT:
			return "residence_permit";
		case IDNO_FOREIGN_PR_2023:
			return "foreign_pr_2023";
		case IDNO_FOREIGN_PR_2017:
			return "foreign_pr_2017";
		case IDNO_USCC:
			return "uscc";
		case IDNO_ORG_CODE:
			return "org_code";
	}
	return NULL;
}

/* Kind of an 18-character MOD 11-2 number, from its prefix (valid or not). */
static IdnoKind
cnid18_kind_by_prefix(const char *s)
{
	if (s[0] == '9')
		return IDNO_FOREIGN_PR_2023;
	if (s[0] == '8' && s[1] >= '1' && s[1] <= '3' && memcmp(s + 2, "0000", 4) == 0)
		return IDNO_RESIDENCE_PERMIT;
	return IDNO_CITIZEN_18;
}

static void
classify_cnid(const char *s, size_t len, int32_t today_ymd, IdnoResult *out)
{
	CnidParse	p;

	cnid_parse(s, len, today_ymd, &p);
	out->rule = p.rule;
	if (len == 15)
		out->kind = IDNO_CITIZEN_15;
	else if (len == 18)
		out->kind = cnid18_kind_by_prefix(s);
	else
		out->kind = (len < 17) ? IDNO_CITIZEN_15 : IDNO_CITIZEN_18;
	if (p.rule == ID_OK)
		cnid_format(p.body, out->canonical);
}

static void
classify_uscc(const char *s, size_t len, IdnoResult *out)
{
	UsccParse	p;

	uscc_parse(s, len, &p);
	out->kind = IDNO_USCC;
	out->rule = p.rule;
	if (p.rule == ID_OK)
		uscc_format(p.value, out->canonical);
}

static void
classify_orgcode(const char *s, size_t len, IdnoResult *out)
{
	OrgcodeParse p;

	orgcode_parse(s, len, &p);
	out->kind = IDNO_ORG_CODE;
	out->rule = p.rule;
	if (p.rule == ID_OK)
	{
		memcpy(out->canonical, s, ORGCODE_LEN);
		out->canonical[ORGCODE_LEN] = '\0';
	}
}

static void
classify_pr2017(const char *s, size_t len, int32_t today_ymd, IdnoResult *out)
{
	Pr2017Parse p;

	pr2017_parse(s, len, today_ymd, &p);
	out->kind = IDNO_FOREIGN_PR_2017;
	out->rule = p.rule;
	if (p.rule == ID_OK)
	{
		memcpy(out->canonical, s, PR2017_LEN);
		out->canonical[PR2017_LEN] = '\0';
	}
}

/*
 * How far a failed parse got, for the one truly ambiguous shape below:
 * 0 alphabet, 1 prefix fields (province, nationality; authority, category,
 * region), 2 the next stage (birth date; the embedded organisation-code
 * check), 3 only the final check character is wrong.
 */
static int
cnid_progress(IdRule r)
{
	switch (r)
	{
		case ID_PROVINCE:
		case ID_NATIONALITY:
			return 1;
		case ID_BIRTH_DATE:
		case ID_BIRTH_FUTURE:
			return 2;
		case ID_CHECK_CHAR:
			return 3;
		default:
			return 0;
	}
}

static int
uscc_progress(IdRule r)
{
	switch (r)
	{
		case ID_AUTHORITY:
		case ID_CATEGORY:
		case ID_REGION:
			return 1;
		case ID_ORGCODE_CHECK:
			return 2;
		case ID_CHECK_CHAR:
			return 3;
		default:
			return 0;
	}
}

/*
 * Detection order, on the normalised string of n characters:
 *
 *  1. n = 0: no kind, reason empty.
 *  2. n = 9: org_code.
 *  3. n = 15: foreign_pr_2017 when the first character is a letter (the
 *     2017 number starts with an alpha-3 nationality), else citizen_id_15.
 *  4. n = 18 with a letter among characters 1-17, or a letter other than X
 *     as the 18th: uscc (MOD 11-2 numbers only ever have X, and only last).
 *  5. n = 18, otherwise (17 digits and a digit or X, or other junk): a
 *     MOD 11-2 number whose kind is given by its prefix: 810000 / 820000 /
 *     830000 residence_permit, leading 9 foreign_pr_2023, else
 *     citizen_id_18.  A USCC can be all digits too (911522010783762860),
 *     so this shape is also parsed as a USCC: the USCC reading wins
 *     when it is valid and the MOD 11-2 reading is not, or when it got
 *     strictly further through its rules (stages: prefix fields, then birth
 *     date / embedded organisation-code check, then the last check
 *     character), e.g. only its 18th character is wrong while the MOD 11-2
 *     reading breaks the birth date.  Ties go to the MOD 11-2 kind.
 *  6. any other length (reason length): the nearest kind by shape: up to
 *     11 characters org_code; else foreign_pr_2017 when the first three are
 *     letters; else uscc when a letter other than a final X appears; else
 *     citizen_id_15 below 17 characters, or the MOD 11-2 kind of rule 5.
 */
void
idno_classify(const char *s, size_t len, int32_t today_ymd, IdnoResult *out)
{
	size_t		avail = len > IDNORM_CAP ? IDNORM_CAP : len;

	memset(out, 0, sizeof(*out));
	if (len == 0)
	{
		out->kind = IDNO_NONE;
		out->rule = ID_EMPTY;
		return;
	}

	if (len == ORGCODE_LEN)
	{
		classify_orgcode(s, len, out);
		return;
	}

	if (len == PR2017_LEN)
	{
		if (is_upper(s[0]))
			classify_pr2017(s, len, today_ymd, out);
		else
			classify_cnid(s, len, today_ymd, out);
		return;
	}

	if (len == USCC_LEN)
	{
		bool		letter = is_upper(s[17]) && s[17] != 'X';

		for (int i = 0; i < 17 && !letter; i++)
			letter = is_upper(s[i]);
		if (letter)
		{
			classify_uscc(s, len, out);
			return;
		}
		classify_cnid(s, len, today_ymd, out);
		if (out->rule != ID_OK)
		{
			IdnoResult	u;

			classify_uscc(s, len, &u);
			if (u.rule == ID_OK ||
				uscc_progress(u.rule) > cnid_progress(out->rule))
				*out = u;
		}
		return;
	}

	/* A length no kind has: guess the kind, the reason is length. */
	{
		bool		letter = false;

		for (size_t i = 0; i < avail && !letter; i++)
			letter = is_upper(s[i]) && !(i == len - 1 && s[i] == 'X');

		if (len <= 11)
			classify_orgcode(s, len, out);
		else if (avail >= 3 && is_upper(s[0]) && is_upper(s[1]) && is_upper(s[2]))
			classify_pr2017(s, len, today_ymd, out);
		else if (letter)
			classify_uscc(s, len, out);
		else if (len < 17)
			classify_cnid(s, len, today_ymd, out);
		else
		{
			classify_cnid(s, len, today_ymd, out);
			out->kind = cnid18_kind_by_prefix(s);
		}
	}
}
