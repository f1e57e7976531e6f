/*
 * name_core.c
 *	  Chinese personal-name matching (see name_core.h, doc/reference-names.md).
 *
 * Normalisation order (name_parse):
 *	1. UTF-8 decode; invalid bytes become U+FFFD (a placeholder);
 *	2. GB18030-2005 private-use code points of real characters are mapped
 *	   (U+E863 -> 䶮 ...); any other private-use code becomes a placeholder;
 *	3. NFKC (ICU), only when a code point is outside ASCII / Han / U+00B7:
 *	   full width -> ASCII, U+3000 and NBSP -> space, compatibility ideographs;
 *	4. format and control characters are deleted, other blanks become spaces;
 *	5. trailing annotations are removed: bracketed groups （已故） (1) [重]
 *	   【…】 unless they hold a pinyin syllable in a Han name (李(lun)), and
 *	   trailing digits;
 *	6. the script is decided: any Han character makes a Han name;
 *	7. Han names: every separator spelling becomes one U+00B7 between parts;
 *	   names of at most 4 characters keep no separator and no blank;
 *	8. placeholders ? * □ ■ ○ U+FFFD become wildcards (〇 U+3007 stays);
 *	9. traditional -> simplified and variant -> standard folding, one way
 *	   only (Unihan tables; 於 乾 and the informal pairs 肖/萧 … are never
 *	   folded);
 *	10. Latin names: NFD, combining marks dropped, ø ł ß æ œ đ folded, lower
 *	   case, apostrophes dropped, tokens split at blanks, commas, hyphens, dots;
 *	11. surname: a compound surname when the first two characters are on the
 *	   list, else the first character; minority (dotted) names have none.
 */
#include "name_core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

typedef struct UnihanEntry
{
	uint32_t	cp;
	uint16_t	syl;			/* primary toneless reading */
	uint16_t	alt;			/* offset in unihan_alt: count, readings; 0 none */
	uint32_t	fold;			/* fold target, 0 none */
	uint32_t	fc;				/* four-corner code * 10 + fifth digit + 1; 0 none */
	uint32_t	cj;				/* Cangjie code, 5 bits a letter; 0 none */
	uint8_t		strokes;
} UnihanEntry;

#include "gen/unihan_names.h"

/* ------------------------------------------------------------------------
 * Hand-made tables
 * ------------------------------------------------------------------------ */

/* GB18030-2005 private-use code points of characters GB 18030-2022 maps to
 * real code points (bytes FE51 … FEA0 = U+E816 … U+E864). */
static const uint32_t pua_map[][2] = {
	{0xE816, 0x20087}, {0xE817, 0x20089}, {0xE818, 0x200CC}, {0xE81E, 0x9FB4},
	{0xE826, 0x9FB5}, {0xE82B, 0x9FB6}, {0xE82C, 0x9FB7}, {0xE831, 0x215D7},
	{0xE832, 0x9FB8}, {0xE83B, 0x2298F}, {0xE843, 0x9FB9}, {0xE854, 0x9FBA},
	{0xE855, 0x241FE}, {0xE863, 0x4DAE}, {0xE864, 0x9FBB},
};

/* Surnames read differently from the character's customary reading
 * (NAMES.md section 1).  Alternatives after a '/'. */
static const char *const surname_readings[] = {
	"单shan", "曾zeng", "解xie", "仇qiu", "朴piao", "区ou", "查zha", "盖ge/gai",
	"乐yue/le", "尉wei", "翟zhai/di", "覃qin/tan", "缪miao", "任ren", "沈shen",
	"华hua", "纪ji", "燕yan", "员yun", "召shao", "折she", "秘bi", "种chong",
	"重chong", "过guo", "牟mou/mu", "粘nian", "繁po", "舍she", "卜bu", "刀diao",
	"隗wei/kui", "能nai", "阚kan", "乜nie", "句gou", "么yao", "藏zang", "薄bo",
	"六lu", "祭zhai", "适kuo", "谌chen/shen", "宓mi/fu", "逄pang", "那na",
	"宁ning", "肖xiao", "褚chu", "於yu", "车che", "柏bai", "陆lu", "莘shen/xin",
	"訾zi", "厍she", "贲ben", "眭sui", "仉zhang", "郇huan/xun", "长chang",
	"冼xian", "洗xian", "颉xie", "黑he", "石shi", "朝chao", "角jue", "蕃pi",
	"万wan", "亓qi", "睢sui", "迮ze", "查zha", "阿a", "都du", "便pian",
	"大da", "夏xia", "弄nong", "行xing", "说yue", "传chuan", "和he", "缴zhuo",
};

/* Compound surnames (复姓) with their readings. */
static const char *const compound_surnames[] = {
	"欧阳ou yang", "上官shang guan", "皇甫huang fu", "令狐ling hu", "司徒si tu",
	"诸葛zhu ge", "司马si ma", "尉迟yu chi", "万俟mo qi", "单于chan yu",
	"长孙zhang sun", "澹台tan tai", "东方dong fang", "夏侯xia hou",
	"公孙gong sun", "慕容mu rong", "宇文yu wen", "轩辕xuan yuan", "独孤du gu",
	"南宫nan gong", "西门xi men", "呼延hu yan", "端木duan mu", "公冶gong ye",
	"太叔tai shu", "申屠shen tu", "闻人wen ren", "赫连he lian", "钟离zhong li",
	"宗政zong zheng", "濮阳pu yang", "淳于chun yu", "仲孙zhong sun",
	"东郭dong guo", "百里bai li", "第五di wu", "拓跋tuo ba", "鲜于xian yu",
	"公羊gong yang", "谷梁gu liang", "左丘zuo qiu", "梁丘liang qiu",
	"羊舌yang she", "司空si kong", "司寇si kou", "亓官qi guan", "巫马wu ma",
	"乐正yue zheng", "壤驷rang si", "漆雕qi diao", "公西gong xi",
	"公良gong liang", "段干duan gan", "东门dong men", "范姜fan jiang",
	"张简zhang jian", "张廖zhang liao", "周生zhou sheng", "钟离zhong li",
	"完颜wan yan", "爱新觉罗ai xin jue luo", "叶赫那拉ye he na la", "纳兰na lan",
	"司空si kong", "即墨ji mo", "公良gong liang", "宰父zai fu", "谷梁gu liang",
	"公门gong men", "第一di yi",
};

/* Common single surnames (for the 冠夫姓 rule: a husband's surname in front
 * of a woman's own surname and given name). */
static const char common_surnames[] =
	"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁"
	"潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦"
	"邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
	"邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
	"梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
	"艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
	"全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟"
	"邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区"
	"郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈"
	"晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉"
	"银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

/* Look-alike characters (形近字) that the four-corner test misses; each
 * string is one group. */
static const char *const lookalike_groups[] = {
	"侯候", "梁粱", "王玉主", "刁习", "苟荀", "佘余", "晴睛", "小少", "治冶",
	"祎袆", "秀季", "彬杉", "戴载", "己已巳", "未末", "土士", "日曰", "戊戌戍",
	"大太犬", "人入八", "千干于", "天夫", "鸟乌", "令今", "壁璧", "赢嬴", "汩汨",
	"徽微", "崇祟", "拔拨", "析折", "宫官", "买卖", "贝见", "辩辨辫", "幕暮慕墓",
	"历厉", "刺剌", "免兔", "拆折", "即既", "未来", "午牛", "市币", "丐丏", "嬴赢羸",
	"伟玮", "炜玮", "浩皓", "娟涓", "婷停", "峰锋", "锋蜂", "桂佳", "丹舟", "瑜榆",
	"炎淡", "林材", "杨扬", "扬场", "汤汤", "晓哓", "红虹", "兰芝", "芳方", "辉晖",
	"坤埔", "玲铃", "琳淋", "珍诊", "强弦", "昊吴", "吴昊", "冰水", "永水", "军车",
	"蒋将", "胡湖", "明朋", "萍苹", "雪雷", "杰杏", "凯恺", "浚竣", "竣峻", "俊浚",
};

/* ------------------------------------------------------------------------
 * Unihan lookups
 * ------------------------------------------------------------------------ */

static inline const UnihanEntry *
uh_lookup(uint32_t cp)
{
	if (cp >= 0x3400 && cp < 0xA000)
	{
		unsigned	i = unihan_bmp[cp - 0x3400];

		return i ? &unihan_ent[i - 1] : NULL;
	}
	if (cp >= 0x20000 && cp <= 0x3FFFF)
	{
		int			lo = UNIHAN_FIRST_SUPP,
					hi = UNIHAN_NENT - 1;

		while (lo <= hi)
		{
			int			mid = (lo + hi) / 2;

			if (unihan_ent[mid].cp == cp)
				return &unihan_ent[mid];
			if (unihan_ent[mid].cp < cp)
				lo = mid + 1;
			else
				hi = mid - 1;
		}
	}
	return NULL;
}

static inline bool
is_han(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
		(cp >= 0x20000 && cp <= 0x3FFFF && !(cp >= 0x2F800 && cp <= 0x2FA1F)) ||
		cp == 0x3007;
}

const char *
name_syllable(uint16_t syl)
{
	return syl <= UNIHAN_NSYL ? unihan_syl[syl] : "";
}

static int
syl_find(const char *s, size_t len)
{
	int			lo = 1,
				hi = UNIHAN_NSYL;

	if (len == 0 || len > 7)
		return 0;
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = strncmp(unihan_syl[mid], s, len);

		if (c == 0 && unihan_syl[mid][len] != '\0')
			c = 1;
		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return 0;
}

int
name_put_utf8(uint32_t cp, char *out)
{
	if (cp < 0x80)
	{
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (char) (0xC0 | (cp >> 6));
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (char) (0xE0 | (cp >> 12));
		out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (cp >> 18));
	out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

/* decode one UTF-8 character of a trusted literal */
static uint32_t
lit_next(const char **s)
{
	const unsigned char *p = (const unsigned char *) *s;
	uint32_t	c;
	int			n;

	if (p[0] < 0x80)
	{
		*s += 1;
		return p[0];
	}
	if (p[0] < 0xE0)
		c = p[0] & 0x1F, n = 1;
	else if (p[0] < 0xF0)
		c = p[0] & 0x0F, n = 2;
	else
		c = p[0] & 0x07, n = 3;
	for (int i = 1; i <= n; i++)
		c = (c << 6) | (p[i] & 0x3F);
	*s += n + 1;
	return c;
}

/* ------------------------------------------------------------------------
 * Derived tables, built once (deterministic; no state beyond them)
 * ------------------------------------------------------------------------ */

#define N_SURNAME_READ (sizeof(surname_readings) / sizeof(surname_readings[0]))
#define N_COMPOUND (sizeof(compound_surnames) / sizeof(compound_surnames[0]))

static bool tables_ready;
static uint16_t merged_id[UNIHAN_NSYL + 1];	/* K1-K7 */
static uint16_t wide_id[UNIHAN_NSYL + 1];	/* K1-K7 plus hu-/w-, f-/hu- */
static char merged_str[UNIHAN_NSYL + 1][8];
static char wide_str[UNIHAN_NSYL + 1][8];
static struct
{
	uint32_t	cp;
	uint16_t	syl[2];
}			sn_read[N_SURNAME_READ];
static struct
{
	uint32_t	cp[4];
	int			len;
	uint16_t	syl[4];
}			compounds[N_COMPOUND];
static uint8_t merged_len[UNIHAN_NSYL + 1];
static uint8_t sn_index[0xA000 - 0x3400];	/* surname_readings index + 1 */
static uint8_t compound_first[0xA000 - 0x3400];	/* starts a compound surname */
static uint8_t common_flag[0xA000 - 0x3400];	/* on the common surname list */
static uint8_t la_group[0xA000 - 0x3400];	/* curated look-alike group, 0 none */
static uint32_t common_sn[400];
static int	n_common_sn;

/* K1-K7 on one toneless syllable */
static void
merge_syllable(const char *s, char *out)
{
	char		buf[16];
	size_t		n;

	if ((s[0] == 'z' || s[0] == 'c' || s[0] == 's') && s[1] == 'h')
	{
		buf[0] = s[0];
		strcpy(buf + 1, s + 2);
	}
	else if (s[0] == 'n' && s[1] != '\0' && s[1] != 'g')
	{
		buf[0] = 'l';
		strcpy(buf + 1, s + 1);
	}
	else if (s[0] == 'r' && s[1] != '\0')
	{
		buf[0] = 'l';
		strcpy(buf + 1, s + 1);
	}
	else if (s[0] == 'f')
	{
		buf[0] = 'h';
		strcpy(buf + 1, s + 1);
	}
	else
		strcpy(buf, s);
	n = strlen(buf);
	/* -ang -eng -ing (also -iang -uang) -> -an -en -in; -ong stays */
	if (n >= 3 && buf[n - 1] == 'g' && buf[n - 2] == 'n' &&
		(buf[n - 3] == 'a' || buf[n - 3] == 'e' || buf[n - 3] == 'i'))
		buf[--n] = '\0';
	for (size_t i = 0; i < n; i++)
		if (buf[i] == 'v')
			buf[i] = 'u';
	strncpy(out, buf, 7);
	out[7] = '\0';
}

/* S1/S2: f- -> hu-, then hu- -> w- (hui -> wei, hun -> wen), then K1-K7 */
static void
widen_syllable(const char *s, char *out)
{
	char		buf[24];

	if (s[0] == 'f')
	{
		if (s[1] == 'u')
			snprintf(buf, sizeof(buf), "hu%s", s + 2);
		else if (s[1] == 'e' && s[2] == 'i')
			snprintf(buf, sizeof(buf), "hui");
		else if (s[1] == 'e' && s[2] == 'n')
			snprintf(buf, sizeof(buf), "hun%s", s + 3);
		else
			snprintf(buf, sizeof(buf), "hu%s", s + 1);
	}
	else
		snprintf(buf, sizeof(buf), "%.7s", s);
	if (buf[0] == 'h' && buf[1] == 'u')
	{
		const char *r = buf + 2;
		char		w[24];

		if (*r == '\0')
			snprintf(w, sizeof(w), "wu");
		else if (strcmp(r, "i") == 0)
			snprintf(w, sizeof(w), "wei");
		else if (r[0] == 'n')
			snprintf(w, sizeof(w), "we%s", r);
		else
			snprintf(w, sizeof(w), "w%s", r);
		strcpy(buf, w);
	}
	buf[7] = '\0';
	merge_syllable(buf, out);
}

/* the number of a syllable spelt like name_syllable() spells it; 0: none */
uint16_t
name_syllable_id(const char *s)
{
	return (uint16_t) syl_find(s, strlen(s));
}

static void
build_tables(void)
{
	for (int i = 0; i <= UNIHAN_NSYL; i++)
	{
		merge_syllable(unihan_syl[i], merged_str[i]);
		widen_syllable(unihan_syl[i], wide_str[i]);
	}
	for (int i = 0; i <= UNIHAN_NSYL; i++)
	{
		merged_id[i] = (uint16_t) i;
		wide_id[i] = (uint16_t) i;
		for (int j = 0; j < i; j++)
			if (strcmp(merged_str[i], merged_str[j]) == 0)
			{
				merged_id[i] = merged_id[j];
				break;
			}
		for (int j = 0; j < i; j++)
			if (strcmp(wide_str[i], wide_str[j]) == 0)
			{
				wide_id[i] = wide_id[j];
				break;
			}
	}
	for (int i = 0; i <= UNIHAN_NSYL; i++)
		merged_len[i] = (uint8_t) strlen(merged_str[i]);
	for (size_t i = 0; i < N_SURNAME_READ; i++)
	{
		const char *s = surname_readings[i];
		const char *slash;
		char		tmp[16];

		sn_read[i].cp = lit_next(&s);
		if (sn_read[i].cp >= 0x3400 && sn_read[i].cp < 0xA000 && !sn_index[sn_read[i].cp - 0x3400])
			sn_index[sn_read[i].cp - 0x3400] = (uint8_t) (i + 1);
		slash = strchr(s, '/');
		if (slash)
		{
			snprintf(tmp, sizeof(tmp), "%.*s", (int) (slash - s), s);
			sn_read[i].syl[0] = name_syllable_id(tmp);
			sn_read[i].syl[1] = name_syllable_id(slash + 1);
		}
		else
		{
			sn_read[i].syl[0] = name_syllable_id(s);
			sn_read[i].syl[1] = 0;
		}
	}
	for (size_t i = 0; i < N_COMPOUND; i++)
	{
		const char *s = compound_surnames[i];
		int			n = 0;

		while (*s && (unsigned char) *s >= 0x80 && n < 4)
			compounds[i].cp[n++] = lit_next(&s);
		compounds[i].len = n;
		if (compounds[i].cp[0] >= 0x3400 && compounds[i].cp[0] < 0xA000)
			compound_first[compounds[i].cp[0] - 0x3400] = 1;
		for (int k = 0; k < n; k++)
		{
			const char *e = strchr(s, ' ');
			size_t		l = e ? (size_t) (e - s) : strlen(s);

			compounds[i].syl[k] = (uint16_t) syl_find(s, l);
			s += l;
			if (*s == ' ')
				s++;
		}
	}
	{
		const char *s = common_surnames;

		while (*s && n_common_sn < 400)
			common_sn[n_common_sn++] = lit_next(&s);
	}
	for (int i = 0; i < n_common_sn; i++)
		if (common_sn[i] >= 0x3400 && common_sn[i] < 0xA000)
			common_flag[common_sn[i] - 0x3400] = 1;
	/* curated groups; a character on two lists joins them (union-find) */
	{
		uint8_t		parent[256];

		for (int g = 0; g < 256; g++)
			parent[g] = (uint8_t) g;
		for (size_t g = 0; g < sizeof(lookalike_groups) / sizeof(lookalike_groups[0]) && g < 254; g++)
		{
			const char *s = lookalike_groups[g];

			while (*s)
			{
				uint32_t	cp = lit_next(&s);
				uint8_t		ng = (uint8_t) (g + 1);

				if (cp >= 0x3400 && cp < 0xA000)
				{
					uint8_t		old = la_group[cp - 0x3400];

					if (old)
					{
						while (parent[old] != old)
							old = parent[old];
						parent[old] = ng;
					}
					la_group[cp - 0x3400] = ng;
				}
			}
		}
		for (int i = 0; i < 0xA000 - 0x3400; i++)
			if (la_group[i])
			{
				uint8_t		g = la_group[i];

				while (parent[g] != g)
					g = parent[g];
				la_group[i] = g;
			}
	}
	tables_ready = true;
}

static inline void
ensure_tables(void)
{
	if (!tables_ready)
		build_tables();
}

static const uint16_t *
surname_reading(uint32_t cp)
{
	if (cp >= 0x3400 && cp < 0xA000 && sn_index[cp - 0x3400])
		return sn_read[sn_index[cp - 0x3400] - 1].syl;
	return NULL;
}

static bool
is_common_surname(uint32_t cp)
{
	if (cp >= 0x3400 && cp < 0xA000 && common_flag[cp - 0x3400])
		return true;
	return surname_reading(cp) != NULL;
}

/* ------------------------------------------------------------------------
 * Pinyin segmentation of Latin letters (lower case ASCII)
 * ------------------------------------------------------------------------ */

static bool
syllable_ok(int id, bool first)
{
	const char *s = unihan_syl[id];

	/* consonant-only interjections are no name syllables */
	if (strcmp(s, "m") == 0 || strcmp(s, "n") == 0 || strcmp(s, "ng") == 0 ||
		strcmp(s, "hm") == 0 || strcmp(s, "hng") == 0 || strcmp(s, "r") == 0)
		return false;
	/* pinyin writes no vowel-initial syllable inside a word */
	if (!first && (s[0] == 'a' || s[0] == 'e' || s[0] == 'o'))
		return false;
	return true;
}

/* fewest-syllable segmentation; returns the count or -1 */
static int
segment_pinyin(const char *s, int len, uint16_t *out, int max)
{
	int			best[64];
	int			prev[64];
	uint16_t	sid[64];

	if (len <= 0 || len >= 64)
		return -1;
	for (int i = 0; i <= len; i++)
		best[i] = 1000;
	best[0] = 0;
	for (int i = 0; i < len; i++)
	{
		if (best[i] >= 1000)
			continue;
		for (int l = 1; l <= 6 && i + l <= len; l++)
		{
			int			id = syl_find(s + i, (size_t) l);

			if (id && syllable_ok(id, i == 0) && best[i] + 1 < best[i + l])
			{
				best[i + l] = best[i] + 1;
				prev[i + l] = i;
				sid[i + l] = (uint16_t) id;
			}
		}
	}
	if (best[len] >= 1000 || best[len] > max)
		return -1;
	{
		int			n = best[len],
					k = n,
					at = len;

		while (at > 0)
		{
			out[--k] = sid[at];
			at = prev[at];
		}
		return n;
	}
}

/* ------------------------------------------------------------------------
 * Parsing
 * ------------------------------------------------------------------------ */

static inline bool
fast_cp(uint32_t c)
{
	return (c >= 0x20 && c < 0x7F) || c == 0xB7 || (c >= 0x4E00 && c <= 0x9FFF) ||
		(c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2F7FF) ||
		(c >= 0x30000 && c <= 0x3FFFF);
}

static inline bool
is_separator(uint32_t c)
{
	switch (c)
	{
		case 0xB7: case 0x2022: case 0x30FB: case 0xFF0E: case 0x2027:
		case 0xFE52: case 0xFF65: case 0x2219: case 0x22C5: case 0x0387:
		case 0x2E31: case '.': case '-': case 0xFF0D: case 0x3002: case '=':
		case '_': case ' ': case 0xFF61: case 0x2E33: case 0x16EB: case 0x00B8:
		case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
		case 0x2015: case 0x2212: case '/': case ',': case 0x3001:
			return true;
	}
	return false;
}

static inline bool
is_placeholder(uint32_t c)
{
	return c == '?' || c == '*' || c == 0x25A1 || c == 0x25A0 || c == 0x25CB ||
		c == 0xFFFD || c == 0x00D7 || c == 0x2606 || c == 0x2605 || c == '#' ||
		c == 0x25CF || c == 0x2573 || c == 0x3013;
}

static inline bool
is_open(uint32_t c)
{
	return c == '(' || c == '[' || c == '{' || c == 0x3010 || c == 0x3014 ||
		c == 0x300A || c == 0x3008 || c == 0x300C || c == 0x3016 || c == '<';
}

static inline bool
is_close(uint32_t c)
{
	return c == ')' || c == ']' || c == '}' || c == 0x3011 || c == 0x3015 ||
		c == 0x300B || c == 0x3009 || c == 0x300D || c == 0x3017 || c == '>';
}

static inline bool
is_invisible(uint32_t c)
{
	return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD ||
		(c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
		(c >= 0x2060 && c <= 0x206F) || c == 0xFEFF || c == 0x180E ||
		(c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) ||
		c == 0x034F;
}

/* Decode, map private use, NFKC when needed.  Returns the count. */
static int
decode(const char *in, size_t len, uint32_t *cps, int cap, int *flags)
{
	int			n = 0;
	bool		slow = false;

	if (len > NAME_MAX_INPUT)
	{
		len = NAME_MAX_INPUT;
		*flags |= NAME_F_CUT;
	}
	for (int32_t i = 0; i < (int32_t) len && n < cap;)
	{
		UChar32		c;

		U8_NEXT((const uint8_t *) in, i, (int32_t) len, c);
		if (c < 0)
			c = 0xFFFD;
		if (c >= 0xE000 && c <= 0xF8FF)
		{
			uint32_t	m = 0;

			for (size_t k = 0; k < sizeof(pua_map) / sizeof(pua_map[0]); k++)
				if (pua_map[k][0] == (uint32_t) c)
					m = pua_map[k][1];
			if (m)
			{
				c = (UChar32) m;
				*flags |= NAME_F_PUA_MAPPED;
			}
			else
			{
				c = '?';
				*flags |= NAME_F_WILDCARD;
			}
		}
		if (!fast_cp((uint32_t) c))
			slow = true;
		cps[n++] = (uint32_t) c;
	}
	if (slow)
	{
		UChar		src[NAME_MAX_INPUT * 2 + 8];
		UChar		dst[NAME_MAX_INPUT * 4 + 8];
		int32_t		sl = 0,
					dl;
		UErrorCode	st = U_ZERO_ERROR;
		const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&st);

		for (int i = 0; i < n; i++)
			U16_APPEND_UNSAFE(src, sl, (UChar32) cps[i]);
		if (U_FAILURE(st))
			return n;
		dl = unorm2_normalize(nfkc, src, sl, dst, (int32_t) (sizeof(dst) / sizeof(UChar)), &st);
		if (U_FAILURE(st))
			return n;
		if (dl != sl || memcmp(src, dst, sizeof(UChar) * (size_t) sl) != 0)
			*flags |= NAME_F_FULLWIDTH;
		n = 0;
		for (int32_t i = 0; i < dl && n < cap;)
		{
			UChar32		c;

			U16_NEXT(dst, i, dl, c);
			cps[n++] = (uint32_t) c;
		}
	}
	return n;
}

static bool
is_ascii_letter(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Remove trailing annotations; keep a bracketed pinyin syllable in Han names */
static int
strip_annotations(uint32_t *cps, int n, bool han, int *flags)
{
	for (;;)
	{
		int			end = n;

		while (end > 0 && (cps[end - 1] == ' '))
			end--;
		if (end == 0)
			return 0;
		if (is_close(cps[end - 1]))
		{
			int			open = end - 2;
			int			depth = 1;

			for (; open >= 0; open--)
			{
				if (is_close(cps[open]))
					depth++;
				else if (is_open(cps[open]) && --depth == 0)
					break;
			}
			if (open < 0)
			{
				n = end - 1;	/* stray closing bracket */
				*flags |= NAME_F_ANNOTATION;
				continue;
			}
			if (han && end - open - 2 > 0 && end - open - 2 <= 6)
			{
				char		tmp[8];
				int			l = 0;
				uint16_t	sy[2];
				bool		letters = true;

				for (int i = open + 1; i < end - 1; i++)
				{
					if (!is_ascii_letter(cps[i]))
						letters = false;
					else
						tmp[l++] = (char) (cps[i] | 0x20);
				}
				if (letters && segment_pinyin(tmp, l, sy, 1) == 1)
				{
					/* 李(lun): pinyin for a character, keep the letters */
					memmove(cps + open, cps + open + 1, sizeof(uint32_t) * (size_t) (end - open - 2));
					return end - 2;
				}
			}
			if (open == 0)
				return end;		/* the whole name is bracketed: keep it */
			n = open;
			*flags |= NAME_F_ANNOTATION;
			continue;
		}
		if (cps[end - 1] >= '0' && cps[end - 1] <= '9')
		{
			int			k = end;

			while (k > 0 && cps[k - 1] >= '0' && cps[k - 1] <= '9')
				k--;
			if (k == 0)
				return end;
			n = k;
			*flags |= NAME_F_ANNOTATION;
			continue;
		}
		return end;
	}
}

static void
add_unit(NameParse *p, NameUnitKind kind, uint32_t cp, uint16_t syl, int seg)
{
	NameUnit   *u;

	if (p->n >= NAME_MAX_UNITS)
	{
		p->flags |= NAME_F_CUT;
		return;
	}
	u = &p->u[p->n++];
	u->kind = (uint8_t) kind;
	u->orig = cp;
	u->cp = cp;
	u->syl = syl;
	u->seg = (uint8_t) seg;
	u->ent = u->oent = NULL;
	if (kind == NU_HAN)
	{
		const UnihanEntry *e = uh_lookup(cp);

		u->ent = u->oent = e;
		if (e && e->fold)
		{
			const UnihanEntry *t = uh_lookup(e->fold);

			u->cp = e->fold;
			p->flags |= (t && t->fold == 0 && e->syl && t->syl == e->syl) ?
				NAME_F_TRADITIONAL : NAME_F_VARIANT;
			u->ent = t;
			e = t ? t : e;
		}
		u->syl = e ? e->syl : 0;
	}
}

static void
parse_han(NameParse *p, const uint32_t *cps, int n)
{
	int			seg = 0;
	bool		pending_sep = false;
	int			hanlike = 0;

	for (int i = 0; i < n; i++)
	{
		uint32_t	c = cps[i];

		if (is_han(c))
		{
			if (pending_sep && p->n > 0)
				seg++;
			pending_sep = false;
			add_unit(p, NU_HAN, c, 0, seg);
		}
		else if (is_ascii_letter(c))
		{
			char		tmp[64];
			int			l = 0;
			uint16_t	sy[16];
			int			k;

			while (i < n && is_ascii_letter(cps[i]) && l < 63)
				tmp[l++] = (char) (cps[i++] | 0x20);
			i--;
			if (pending_sep && p->n > 0)
				seg++;
			pending_sep = false;
			k = segment_pinyin(tmp, l, sy, 16);
			if (k > 0)
			{
				for (int j = 0; j < k; j++)
					add_unit(p, NU_PINYIN, 0, sy[j], seg);
				p->flags |= NAME_F_PINYIN;
			}
			else
			{
				add_unit(p, NU_WILD, 0, 0, seg);
				p->flags |= NAME_F_WILDCARD;
			}
		}
		else if (is_placeholder(c))
		{
			if (pending_sep && p->n > 0)
				seg++;
			pending_sep = false;
			add_unit(p, NU_WILD, 0, 0, seg);
			p->flags |= NAME_F_WILDCARD;
		}
		else if (is_separator(c))
		{
			pending_sep = true;
			if (c != 0xB7)
				p->flags |= (c == ' ') ? NAME_F_BLANKS : NAME_F_SEPARATOR;
		}
		/* digits, stray punctuation: dropped */
	}
	for (int i = 0; i < p->n; i++)
		hanlike++;
	/* short Han names hold no separator: 李 娜, 欧阳 娜娜 */
	if (hanlike <= 4 || seg == 0)
	{
		for (int i = 0; i < p->n; i++)
			p->u[i].seg = 0;
		seg = 0;
	}
	else
		p->flags &= ~NAME_F_BLANKS;
	p->nseg = seg + 1;

	/* surname */
	p->surname_len = 0;
	if (p->nseg == 1 && p->n >= 2 && p->n <= 6)
	{
		if (p->n >= 3 && p->u[0].kind == NU_HAN && p->u[1].kind == NU_HAN &&
			p->u[0].cp >= 0x3400 && p->u[0].cp < 0xA000 && compound_first[p->u[0].cp - 0x3400])
		{
			for (size_t k = 0; k < N_COMPOUND; k++)
			{
				int			l = compounds[k].len;

				if (l > p->n - 1)
					continue;
				if (l >= 2 && compounds[k].cp[0] == p->u[0].cp && compounds[k].cp[1] == p->u[1].cp &&
					(l < 3 || compounds[k].cp[2] == p->u[2].cp) &&
					(l < 4 || compounds[k].cp[3] == p->u[3].cp))
				{
					p->surname_len = l;
					for (int j = 0; j < l; j++)
						if (compounds[k].syl[j])
							p->u[j].syl = compounds[k].syl[j];
					p->flags |= NAME_F_COMPOUND;
					break;
				}
			}
		}
		if (p->surname_len == 0)
		{
			p->surname_len = 1;
			if (p->u[0].kind == NU_HAN)
			{
				const uint16_t *r = surname_reading(p->u[0].cp);

				if (!r)
					r = surname_reading(p->u[0].orig);
				if (r && r[0] && r[0] != p->u[0].syl)
				{
					p->u[0].syl = r[0];
					p->flags |= NAME_F_SURNAME_READ;
				}
			}
		}
	}
}

static void
parse_latin(NameParse *p, const uint32_t *cps, int n)
{
	UChar		src[NAME_MAX_INPUT * 2 + 8];
	UChar		dst[NAME_MAX_INPUT * 4 + 8];
	int32_t		sl = 0,
				dl = 0;
	UErrorCode	st = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&st);
	int			tl = 0;
	bool		nonascii = false;

	for (int i = 0; i < n; i++)
	{
		if (cps[i] >= 0x80)
			nonascii = true;
		U16_APPEND_UNSAFE(src, sl, (UChar32) cps[i]);
	}
	if (nonascii && U_SUCCESS(st))
		dl = unorm2_normalize(nfd, src, sl, dst, (int32_t) (sizeof(dst) / sizeof(UChar)), &st);
	if (!nonascii || U_FAILURE(st))
	{
		memcpy(dst, src, sizeof(UChar) * (size_t) sl);
		dl = sl;
	}
	if (nonascii)
		p->flags |= NAME_F_LATIN_FOLD;
	p->ntok = 0;
	for (int32_t i = 0; i <= dl;)
	{
		UChar32		c = 0;
		const char *rep = NULL;
		char		one[2] = {0, 0};

		if (i < dl)
			U16_NEXT(dst, i, dl, c);
		else
			i++;
		if (c >= 'A' && c <= 'Z')
		{
			c += 32;
			if (!nonascii)
				p->flags |= NAME_F_LATIN_FOLD;
		}
		if (c > 0x7F)
		{
			if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK)
				continue;
			switch (c)
			{
				case 0xF8: case 0xD8: rep = "o"; break;
				case 0x142: case 0x141: rep = "l"; break;
				case 0xDF: rep = "ss"; break;
				case 0xE6: case 0xC6: rep = "ae"; break;
				case 0x153: case 0x152: rep = "oe"; break;
				case 0x111: case 0x110: case 0xF0: case 0xD0: rep = "d"; break;
				case 0x131: rep = "i"; break;
				case 0xFE: case 0xDE: rep = "th"; break;
				case 0x2019: case 0x2018: case 0x2BC: case 0xB4: continue;
				default:
					c = u_tolower(c);
					if (c > 0x7F)
						c = ' ';	/* other scripts: a break */
			}
		}
		if (c == '\'' || c == '`')
			continue;
		if (!rep)
		{
			if (c >= 'a' && c <= 'z')
			{
				one[0] = (char) c;
				rep = one;
			}
		}
		if (rep)
		{
			for (const char *r = rep; *r; r++)
				if (p->ntok < NAME_MAX_TOKENS && tl < NAME_TOKEN_CAP - 1)
					p->tok[p->ntok][tl++] = *r;
		}
		else if (tl > 0)
		{
			p->tok[p->ntok][tl] = '\0';
			p->ntok++;
			tl = 0;
			if (p->ntok >= NAME_MAX_TOKENS)
			{
				p->flags |= NAME_F_CUT;
				break;
			}
		}
	}
	if (p->ntok == 0)
	{
		p->script = NAME_EMPTY;
		return;
	}
	/* pinyin written in Latin letters: ZHANG WEI, OUYANG NANA */
	p->pinyin_latin = true;
	p->n = 0;
	for (int t = 0; t < p->ntok && p->pinyin_latin; t++)
	{
		uint16_t	sy[16];
		int			k = segment_pinyin(p->tok[t], (int) strlen(p->tok[t]), sy, 6);

		if (k <= 0 || p->n + k > NAME_MAX_UNITS)
			p->pinyin_latin = false;
		else
		{
			p->tok_units[t] = (uint8_t) k;
			for (int j = 0; j < k; j++)
				add_unit(p, NU_PINYIN, 0, sy[j], 0);
		}
	}
	if (!p->pinyin_latin)
		p->n = 0;
	p->nseg = 1;
}

void
name_parse(const char *in, size_t len, NameParse *p)
{
	uint32_t	cps[NAME_MAX_INPUT + 8];
	int			n,
				m = 0;
	bool		han = false,
				latin = false;

	ensure_tables();
	p->prepared = false;
	p->script = NAME_EMPTY;
	p->n = 0;
	p->nseg = 0;
	p->surname_len = 0;
	p->flags = 0;
	p->pinyin_latin = false;
	p->ntok = 0;

	/*
	 * Fast path for the common case: 2-4 characters from the main CJK block
	 * (three-byte UTF-8, U+4E00-U+9FFF) and nothing else.  Those need no
	 * NFKC, hold no blank, separator, annotation or placeholder, so the
	 * general passes below would change nothing.
	 */
	if (len >= 6 && len <= 12 && len % 3 == 0)
	{
		const unsigned char *b = (const unsigned char *) in;
		bool		ok = true;

		for (size_t i = 0; i < len && ok; i += 3)
		{
			uint32_t	c = ((uint32_t) (b[i] & 0x0F) << 12) |
				((uint32_t) (b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);

			ok = (b[i] & 0xF0) == 0xE0 && (b[i + 1] & 0xC0) == 0x80 &&
				(b[i + 2] & 0xC0) == 0x80 && c >= 0x4E00 && c <= 0x9FFF;
			cps[i / 3] = c;
		}
		if (ok)
		{
			p->script = NAME_HAN;
			parse_han(p, cps, (int) (len / 3));
			return;
		}
	}

	n = decode(in, len, cps, NAME_MAX_INPUT, &p->flags);
	/* invisible characters out, blanks to ' ' */
	for (int i = 0; i < n; i++)
	{
		uint32_t	c = cps[i];

		if (is_invisible(c) && c != '\t' && c != '\n' && c != '\r')
		{
			p->flags |= NAME_F_INVISIBLE;
			continue;
		}
		if (c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0 ||
			(c > 0x7F && c != 0xB7 && !is_han(c) && u_isUWhiteSpace((UChar32) c)))
			c = ' ';
		if (is_han(c))
			han = true;
		else if (is_ascii_letter(c) || (c >= 0xC0 && c < 0x250))
			latin = true;
		cps[m++] = c;
	}
	n = strip_annotations(cps, m, han, &p->flags);
	/* decide the script on what is left (an annotation may have held Han) */
	han = latin = false;
	for (int i = 0; i < n; i++)
	{
		if (is_han(cps[i]))
			han = true;
		else if (is_ascii_letter(cps[i]) || (cps[i] >= 0xC0 && cps[i] < 0x250))
			latin = true;
	}
	if (han)
	{
		p->script = NAME_HAN;
		parse_han(p, cps, n);
		if (p->n == 0)
			p->script = NAME_EMPTY;
	}
	else if (latin)
	{
		p->script = NAME_LATIN;
		parse_latin(p, cps, n);
	}
}

/* ------------------------------------------------------------------------
 * Outputs
 * ------------------------------------------------------------------------ */

static size_t
put_str(char *out, size_t at, const char *s)
{
	size_t		l = strlen(s);

	if (at + l > NAME_OUT_CAP)
		return at;
	memcpy(out + at, s, l);
	return at + l;
}

size_t
name_norm_str(const NameParse *p, char *out)
{
	size_t		at = 0;

	if (p->script == NAME_HAN)
	{
		for (int i = 0; i < p->n; i++)
		{
			const NameUnit *u = &p->u[i];

			if (at + 16 > NAME_OUT_CAP)
				break;
			if (i > 0 && u->seg != p->u[i - 1].seg)
				at += (size_t) name_put_utf8(0xB7, out + at);
			if (u->kind == NU_HAN)
				at += (size_t) name_put_utf8(u->cp, out + at);
			else if (u->kind == NU_PINYIN)
			{
				/* xi'an: an apostrophe keeps adjacent syllables apart */
				if (i > 0 && p->u[i - 1].kind == NU_PINYIN && u->seg == p->u[i - 1].seg)
					at = put_str(out, at, "'");
				at = put_str(out, at, unihan_syl[u->syl]);
			}
			else
				out[at++] = '?';
		}
	}
	else if (p->script == NAME_LATIN)
	{
		for (int t = 0; t < p->ntok; t++)
		{
			if (t > 0)
				at = put_str(out, at, " ");
			for (const char *s = p->tok[t]; *s && at < NAME_OUT_CAP; s++)
				out[at++] = (char) (*s - 32);
		}
	}
	return at;
}

static size_t
put_syl(char *out, size_t at, uint16_t syl, bool umlaut)
{
	const char *s = unihan_syl[syl];

	for (; *s && at + 2 < NAME_OUT_CAP; s++)
	{
		if (*s == 'v' && umlaut)
		{
			out[at++] = (char) 0xC3;
			out[at++] = (char) 0xBC;
		}
		else
			out[at++] = *s;
	}
	return at;
}

size_t
name_pinyin_str(const NameParse *p, char *out)
{
	size_t		at = 0;

	if (p->script == NAME_HAN || (p->script == NAME_LATIN && p->pinyin_latin))
	{
		for (int i = 0; i < p->n; i++)
		{
			if (at + 12 > NAME_OUT_CAP)
				break;
			if (i > 0)
				out[at++] = ' ';
			if (p->u[i].kind == NU_WILD || p->u[i].syl == 0)
				out[at++] = '?';
			else
				at = put_syl(out, at, p->u[i].syl, true);
		}
	}
	else if (p->script == NAME_LATIN)
	{
		for (int t = 0; t < p->ntok; t++)
		{
			if (t > 0)
				at = put_str(out, at, " ");
			at = put_str(out, at, p->tok[t]);
		}
	}
	return at;
}

/* key of units [from, to), position `mask` replaced by '*' (-1: none) */
static size_t
key_units(const NameUnit *u, int from, int to, int mask, char *out, size_t cap,
		  const uint16_t *alt_syl)
{
	size_t		at = 0;

	for (int i = from; i < to; i++)
	{
		const char *s;
		size_t		l;

		if (i > from && at < cap)
			out[at++] = ' ';
		if (i == mask || u[i].kind == NU_WILD || u[i].syl == 0)
			s = "*";
		else
		{
			uint16_t	sy = alt_syl ? alt_syl[i - from] : u[i].syl;

			s = merged_str[sy];
			l = merged_len[sy];
			if (at + l >= cap)
				break;
			memcpy(out + at, s, l);
			at += l;
			continue;
		}
		l = strlen(s);
		if (at + l >= cap)
			break;
		memcpy(out + at, s, l);
		at += l;
	}
	return at;
}

static int
cmp_tok(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/* Latin tokens, sorted, German umlaut transliteration undone (ue -> u) */
static size_t
latin_key(const NameParse *p, char *out, size_t cap)
{
	const char *t[NAME_MAX_TOKENS];
	size_t		at = 0;

	for (int i = 0; i < p->ntok; i++)
		t[i] = p->tok[i];
	qsort(t, (size_t) p->ntok, sizeof(t[0]), cmp_tok);
	for (int i = 0; i < p->ntok; i++)
	{
		const char *s = t[i];

		if (i > 0 && at < cap)
			out[at++] = ' ';
		for (; *s && at + 1 < cap; s++)
		{
			if ((s[0] == 'u' || s[0] == 'o' || s[0] == 'a') && s[1] == 'e')
			{
				out[at++] = s[0];
				s++;
				continue;
			}
			out[at++] = *s;
		}
	}
	return at;
}

size_t
name_key_str(const NameParse *p, char *out)
{
	if (p->script == NAME_HAN || (p->script == NAME_LATIN && p->pinyin_latin))
		return key_units(p->u, 0, p->n, -1, out, NAME_KEY_CAP - 1, NULL);
	if (p->script == NAME_LATIN)
		return latin_key(p, out, NAME_KEY_CAP - 1);
	return 0;
}

static int
add_key(char keys[][NAME_KEY_CAP], int nk, const char *prefix, const char *body, size_t blen)
{
	size_t		pl = strlen(prefix);

	if (nk >= NAME_MAX_KEYS || blen == 0)
		return nk;
	if (pl + blen >= NAME_KEY_CAP)
		blen = NAME_KEY_CAP - 1 - pl;
	memcpy(keys[nk], prefix, pl);
	memcpy(keys[nk] + pl, body, blen);
	keys[nk][pl + blen] = '\0';
	for (int i = 0; i < nk; i++)
		if (strcmp(keys[i], keys[nk]) == 0)
			return nk;
	return nk + 1;
}

static uint32_t
shape_code(uint32_t cp)
{
	const UnihanEntry *e;

	if (cp >= 0x3400 && cp < 0xA000 && la_group[cp - 0x3400])
		return 0x80000000u | la_group[cp - 0x3400];
	e = uh_lookup(cp);
	if (e && e->fc)
		return e->fc;
	return 0x40000000u | cp;
}

int
name_blocking_keys(const NameParse *p, char keys[][NAME_KEY_CAP])
{
	char		b[NAME_KEY_CAP];
	size_t		l;
	int			nk = 0;

	if (p->script == NAME_EMPTY)
		return 0;
	if (p->script == NAME_LATIN && !p->pinyin_latin)
	{
		l = latin_key(p, b, sizeof(b) - 1);
		return add_key(keys, nk, "k:", b, l);
	}
	/* k: the phonetic key */
	l = key_units(p->u, 0, p->n, -1, b, sizeof(b) - 1, NULL);
	nk = add_key(keys, nk, "k:", b, l);
	/* w: the wide key (hu-/w-, f-/hu-) */
	{
		size_t		at = 0;

		for (int i = 0; i < p->n && at + 9 < sizeof(b); i++)
		{
			const char *s = (p->u[i].kind == NU_WILD || !p->u[i].syl) ? "*" : wide_str[p->u[i].syl];

			if (i > 0)
				b[at++] = ' ';
			memcpy(b + at, s, strlen(s));
			at += strlen(s);
		}
		nk = add_key(keys, nk, "w:", b, at);
	}
	if (p->script == NAME_LATIN)
	{
		/* passport order: WEI ZHANG -> key of ZHANG WEI too */
		if (p->ntok == 2)
		{
			NameUnit	r[NAME_MAX_UNITS];
			int			k0 = p->tok_units[0];

			for (int i = 0; i < p->n; i++)
				r[i] = p->u[(i + k0) % p->n];
			l = key_units(r, 0, p->n, -1, b, sizeof(b) - 1, NULL);
			nk = add_key(keys, nk, "k:", b, l);
		}
		return nk;
	}
	if (p->nseg > 1)
	{
		int			e = 0;

		while (e < p->n && p->u[e].seg == 0)
			e++;
		l = key_units(p->u, 0, e, -1, b, sizeof(b) - 1, NULL);
		nk = add_key(keys, nk, "k:", b, l);
	}
	if (p->n >= 7)
	{
		l = key_units(p->u, 0, 6, -1, b, sizeof(b) - 1, NULL);
		nk = add_key(keys, nk, "t:", b, l);
	}
	/* a reduplicated character lost (娜娜 / 娜): the key without the repeat */
	if (p->n >= 3 && p->n <= 5 && p->nseg == 1)
	{
		NameUnit	r[NAME_MAX_UNITS];
		int			rn = 0;
		bool		dup = false;

		for (int i = 0; i < p->n; i++)
		{
			if (i > 0 && p->u[i].kind == NU_HAN && p->u[i].cp == p->u[i - 1].cp)
			{
				dup = true;
				continue;
			}
			r[rn++] = p->u[i];
		}
		if (dup)
		{
			l = key_units(r, 0, rn, -1, b, sizeof(b) - 1, NULL);
			nk = add_key(keys, nk, "k:", b, l);
		}
	}
	if (p->n >= 3 && p->n <= 5 && p->nseg == 1)
	{
		/*
		 * m: one position masked, only for names with a placeholder (a
		 * masked key of every name would make blocks of thousands of rows
		 * at 10^7 persons); look-alikes go through the s: keys below.
		 */
		if (p->flags & NAME_F_WILDCARD)
			for (int i = 0; i < p->n; i++)
			{
				l = key_units(p->u, 0, p->n, i, b, sizeof(b) - 1, NULL);
				nk = add_key(keys, nk, "m:", b, l);
			}
		/* o: given name in sorted order (transpositions) */
		{
			uint16_t	s[NAME_MAX_UNITS];
			int			sl = p->surname_len > 0 ? p->surname_len : 1;

			for (int i = 0; i < p->n; i++)
				s[i] = merged_id[p->u[i].syl];
			for (int i = sl; i < p->n; i++)
				for (int j = i + 1; j < p->n; j++)
					if (strcmp(merged_str[s[j]], merged_str[s[i]]) < 0)
					{
						uint16_t	t = s[i];

						s[i] = s[j];
						s[j] = t;
					}
			l = key_units(p->u, 0, p->n, -1, b, sizeof(b) - 1, s);
			nk = add_key(keys, nk, "o:", b, l);
		}
		/* 冠夫姓: a husband's surname in front */
		if (p->n == 4 && p->u[0].kind == NU_HAN && p->u[1].kind == NU_HAN &&
			is_common_surname(p->u[0].cp) && is_common_surname(p->u[1].cp))
		{
			l = key_units(p->u, 1, 4, -1, b, sizeof(b) - 1, NULL);
			nk = add_key(keys, nk, "k:", b, l);
		}
	}
	if (p->n >= 2 && p->n <= 4 && p->nseg == 1)
	{
		/* s: one character by shape (four-corner code / look-alike group) */
		for (int i = 0; i < p->n; i++)
		{
			size_t		at = 0;

			if (p->u[i].kind != NU_HAN)
				continue;
			for (int j = 0; j < p->n; j++)
			{
				const NameUnit *o = &p->u[j];

				if (j > 0)
					b[at++] = ' ';
				if (j == i)
					at += (size_t) snprintf(b + at, 16, "#%X", shape_code(o->cp));
				else
				{
					const char *os = (o->kind == NU_WILD || !o->syl) ? "*" : merged_str[o->syl];

					memcpy(b + at, os, strlen(os));
					at += strlen(os);
				}
			}
			nk = add_key(keys, nk, "s:", b, at);
		}
		/* k: other readings of a polyphonic given-name character */
		for (int i = p->surname_len; i < p->n && i < 4; i++)
		{
			const UnihanEntry *e = (const UnihanEntry *) p->u[i].ent;
			uint16_t	alt[NAME_MAX_UNITS];

			if (!e || !e->alt || p->u[i].kind != NU_HAN)
				continue;
			for (int j = 0; j < unihan_alt[e->alt]; j++)
			{
				uint16_t	r = unihan_alt[e->alt + 1 + j];

				if (merged_id[r] == merged_id[p->u[i].syl])
					continue;
				for (int k = 0; k < p->n; k++)
					alt[k] = p->u[k].syl;
				alt[i] = r;
				l = key_units(p->u, 0, p->n, -1, b, sizeof(b) - 1, alt);
				nk = add_key(keys, nk, "k:", b, l);
			}
		}
	}
	return nk;
}

/* ------------------------------------------------------------------------
 * Similarity
 * ------------------------------------------------------------------------ */

#define SIM_IDENTICAL 1.00
#define SIM_VARIANT 0.95
#define SIM_HOMOPHONE 0.90
#define SIM_NEAR 0.80
#define SIM_LOOKALIKE 0.75
#define SIM_WIDE 0.70
#define SIM_WILD 0.70
#define COST_INDEL 1.0
#define COST_DOUBLE_INDEL 0.5	/* a reduplicated character lost: 娜娜 / 娜 */
#define COST_TRANSPOSE 0.3

/* readings of a unit: all readings, plus the surname readings */
static int
unit_readings(const NameUnit *u, bool surname_pos, uint16_t *out)
{
	int			n = 0;

	if (u->kind == NU_WILD)
		return 0;
	if (u->syl)
		out[n++] = u->syl;
	if (u->kind == NU_HAN)
	{
		const UnihanEntry *e = (const UnihanEntry *) u->ent;
		const UnihanEntry *o = u->orig != u->cp ? (const UnihanEntry *) u->oent : NULL;

		for (int k = 0; k < 2; k++)
		{
			const UnihanEntry *x = k ? o : e;

			if (!x)
				continue;
			if (x->syl && n < 15)
				out[n++] = x->syl;
			/* a surname is read as a surname: no other reading of the character */
			if (x->alt && !surname_pos)
				for (int j = 0; j < unihan_alt[x->alt] && n < 15; j++)
					out[n++] = unihan_alt[x->alt + 1 + j];
		}
		if (surname_pos)
		{
			const uint16_t *r = surname_reading(u->cp);

			if (!r)
				r = surname_reading(u->orig);
			if (r)
			{
				if (r[0] && n < 16)
					out[n++] = r[0];
				if (r[1] && n < 16)
					out[n++] = r[1];
			}
		}
	}
	return n;
}

static int
cj_unpack(uint32_t x, char *out)
{
	char		tmp[8];
	int			n = 0;

	while (x && n < 6)
	{
		tmp[n++] = (char) ('A' - 1 + (x & 31));
		x >>= 5;
	}
	for (int i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	return n;
}

/* Cangjie codes one edit apart: a shared shape with one component changed */
static bool cangjie_near_str(const char *a, int la, const char *b, int lb);

static bool
cangjie_near(uint32_t x, uint32_t y)
{
	char		a[8],
				b[8];
	int			la = cj_unpack(x, a),
				lb = cj_unpack(y, b);

	return cangjie_near_str(a, la, b, lb);
}

static bool
cangjie_near_str(const char *a, int la, const char *b, int lb)
{

	if (la == lb)
	{
		int			diff = 0;

		if (la < 3)
			return false;
		for (int i = 0; i < la; i++)
			diff += a[i] != b[i];
		return diff == 1;
	}
	if (la + 1 == lb || lb + 1 == la)
	{
		const char *s = la < lb ? a : b,
				   *l = la < lb ? b : a;
		int			ls = la < lb ? la : lb;

		if (ls < 2)
			return false;
		for (int skip = 0; skip <= ls; skip++)
		{
			bool		ok = true;

			for (int i = 0, j = 0; i < ls; i++, j++)
			{
				if (j == skip)
					j++;
				if (s[i] != l[j])
				{
					ok = false;
					break;
				}
			}
			if (ok)
				return true;
		}
	}
	return false;
}

static bool
lookalike_pair(uint32_t a, uint32_t b, const UnihanEntry *ea, const UnihanEntry *eb)
{

	if (a >= 0x3400 && a < 0xA000 && b >= 0x3400 && b < 0xA000 &&
		la_group[a - 0x3400] && la_group[a - 0x3400] == la_group[b - 0x3400])
		return true;
	if (ea && eb)
	{
		int			d = (int) ea->strokes - (int) eb->strokes;

		if (d < -2 || d > 2)
			return false;
		if (ea->fc && ea->fc == eb->fc)
			return true;
		if (ea->cj && eb->cj && cangjie_near(ea->cj, eb->cj))
			return true;
	}
	return false;
}

/* readings and shape data of a unit (name_core.h) */
typedef NameUnitPre UnitReadings;

static void
fill_readings(const NameUnit *u, bool surname_pos, UnitReadings *ur)
{
	const UnihanEntry *e = (const UnihanEntry *) u->ent;
	uint16_t	all[16];
	int			n;

	ur->n = 0;
	ur->sig = 0;
	/* the common case, one reading: what unit_readings would give, cheaper */
	if (u->kind == NU_HAN && e && e->syl && u->orig == u->cp && u->syl == e->syl &&
		(surname_pos ? surname_reading(u->cp) == NULL : e->alt == 0))
	{
		ur->n = 1;
		ur->r[0] = e->syl;
		ur->m[0] = merged_id[e->syl];
		ur->sig = UINT64_C(1) << (ur->m[0] & 63);
		n = 0;
	}
	else
		n = unit_readings(u, surname_pos, all);
	for (int i = 0; i < n; i++)
	{
		bool		dup = false;

		for (int j = 0; j < ur->n && !dup; j++)
			dup = ur->r[j] == all[i];
		if (!dup)
		{
			ur->r[ur->n] = all[i];
			ur->m[ur->n] = merged_id[all[i]];
			ur->sig |= UINT64_C(1) << (ur->m[ur->n] & 63);
			ur->n++;
		}
	}
	ur->group = (u->cp >= 0x3400 && u->cp < 0xA000) ? la_group[u->cp - 0x3400] : 0;
	ur->strokes = e ? e->strokes : 0;
	ur->fc = e ? e->fc : 0;
	ur->cjp = e ? e->cj : 0;
	/* 5-bit components: the length without a loop that mispredicts */
	ur->cjl = (int8_t) ((ur->cjp != 0) + (ur->cjp >= (1u << 5)) + (ur->cjp >= (1u << 10)) +
						(ur->cjp >= (1u << 15)) + (ur->cjp >= (1u << 20)) +
						(ur->cjp >= (1u << 25)) + (ur->cjp >= (1u << 30)));
	ur->cjtail = ur->cjl >= 1 ? ur->cjp & ((1u << (5 * (ur->cjl - 1))) - 1) : 0;
	ur->cp = u->cp;
	ur->wide = u->syl ? (uint16_t) (wide_id[u->syl] + 1) : 0;
	ur->plain = u->kind == NU_HAN && u->orig == u->cp &&
		u->cp != 0x4E7E && u->cp != 0x5E72 && u->cp != 0x65BC && u->cp != 0x4E8E;
}

void
name_prepare(NameParse *p)
{
	ensure_tables();
	for (int i = 0; i < p->n; i++)
		fill_readings(&p->u[i], i < p->surname_len, &p->pre[i]);
	p->prepared = true;
}

/*
 * The look-alike test on the folded characters, from the precomputed data,
 * without branches on the data (it runs for most pairs of different
 * characters): the same look-alike group, or
 * stroke counts within two and the same four-corner code or a Cangjie code
 * that differs only in its first component (a radical swapped, 菁/箐,
 * 汤/杨) or by one component more in front (由/田).  Changes further in
 * (和/秋) are too common among unrelated characters.
 */
static inline bool
lookalike_pre(const NameUnitPre *pa, const NameUnitPre *pb)
{
	int			d = (int) pa->strokes - (int) pb->strokes;
	bool		grp = (pa->group != 0) & (pa->group == pb->group);
	bool		strokes = (pa->strokes != 0) & (pb->strokes != 0) & ((unsigned) (d + 2) <= 4u);
	bool		fc = (pa->fc != 0) & (pa->fc == pb->fc);
	bool		cj_same = (pa->cjl >= 3) & (pa->cjl == pb->cjl) &
		(pa->cjtail == pb->cjtail) & (pa->cjp != pb->cjp);
	bool		cj_ab = (pb->cjl >= 2) & (pa->cjl - pb->cjl == 1) & (pa->cjtail == pb->cjp);
	bool		cj_ba = (pa->cjl >= 2) & (pb->cjl - pa->cjl == 1) & (pb->cjtail == pa->cjp);

	return grp | (strokes & (fc | cj_same | cj_ab | cj_ba));
}

bool
name_pre_lookalike(const NameUnitPre *a, const NameUnitPre *b)
{
	return lookalike_pre(a, b);
}

static double unit_sim_pre(const NameUnit *a, const UnitReadings *pa,
						   const NameUnit *b, const UnitReadings *pb, NameRel *rel);

/*
 * unit_sim_pre for the common case, two different plain Han characters with
 * no merged reading in common: then only the look-alike and the wide dialect
 * tests are left, done here without branches on the data.
 */
static inline double
unit_sim_fast(const NameUnit *a, const UnitReadings *pa,
			  const NameUnit *b, const UnitReadings *pb, NameRel *rel)
{
	if ((pa->plain & pb->plain) && pa->cp != pb->cp && !(pa->sig & pb->sig))
	{
		if (lookalike_pre(pa, pb))
		{
			*rel = NR_LOOKALIKE;
			return SIM_LOOKALIKE;
		}
		if ((pa->wide != 0) & (pa->wide == pb->wide))
		{
			*rel = NR_DIALECT_WIDE;
			return SIM_WIDE;
		}
		*rel = NR_DIFFERENT;
		return 0.0;
	}
	return unit_sim_pre(a, pa, b, pb, rel);
}

static double
unit_sim(const NameUnit *a, bool sa, const NameUnit *b, bool sb, NameRel *rel)
{
	UnitReadings ra,
				rb;

	fill_readings(a, sa, &ra);
	fill_readings(b, sb, &rb);
	return unit_sim_pre(a, &ra, b, &rb, rel);
}

static double
unit_sim_pre(const NameUnit *a, const UnitReadings *pa,
			 const NameUnit *b, const UnitReadings *pb, NameRel *rel)
{
	int			na = pa->n,
				nb = pb->n;
	const uint16_t *ra = pa->r,
			   *rb = pb->r;

	if (a->kind == NU_WILD || b->kind == NU_WILD)
	{
		*rel = NR_WILDCARD;
		return SIM_WILD;
	}
	if (a->kind == NU_HAN && b->kind == NU_HAN && a->cp == b->cp)
	{
		*rel = a->orig == b->orig ? NR_IDENTICAL : NR_VARIANT;
		return a->orig == b->orig ? SIM_IDENTICAL : SIM_VARIANT;
	}
	if (a->kind == NU_PINYIN && b->kind == NU_PINYIN && a->syl == b->syl)
	{
		*rel = NR_IDENTICAL;
		return SIM_IDENTICAL;
	}
	/* pairs kept apart by folding that converters confuse: 乾/干, 於/于 */
	if (a->kind == NU_HAN && b->kind == NU_HAN &&
		((a->cp == 0x4E7E && b->cp == 0x5E72) || (a->cp == 0x5E72 && b->cp == 0x4E7E) ||
		 (a->cp == 0x65BC && b->cp == 0x4E8E) || (a->cp == 0x4E8E && b->cp == 0x65BC)))
	{
		*rel = NR_HOMOPHONE;
		return SIM_HOMOPHONE;
	}
	/* equal readings have equal merged ids: the signatures rule most pairs out */
	if (pa->sig & pb->sig)
	{
		for (int i = 0; i < na; i++)
			for (int j = 0; j < nb; j++)
				if (ra[i] == rb[j])
				{
					*rel = NR_HOMOPHONE;
					return SIM_HOMOPHONE;
				}
		for (int i = 0; i < na; i++)
			for (int j = 0; j < nb; j++)
				if (pa->m[i] == pb->m[j])
				{
					*rel = NR_NEAR_HOMOPHONE;
					return SIM_NEAR;
				}
	}
	if (a->kind == NU_HAN && b->kind == NU_HAN &&
		(name_pre_lookalike(pa, pb) ||
		 ((a->orig != a->cp || b->orig != b->cp) &&
		  lookalike_pair(a->orig, b->orig, a->oent, b->oent))))
	{
		*rel = NR_LOOKALIKE;
		return SIM_LOOKALIKE;
	}
	/* wide dialect merges only on the primary (or surname) reading */
	if (a->syl && b->syl && wide_id[a->syl] == wide_id[b->syl])
	{
		*rel = NR_DIALECT_WIDE;
		return SIM_WIDE;
	}
	*rel = NR_DIFFERENT;
	return 0.0;
}

/* the prepared readings of units u (p's own when prepared), else filled into buf */
static const UnitReadings *
prepared_readings(const NameParse *p, const NameUnit *u, int n, int sl, UnitReadings *buf)
{
	if (p->prepared && u == p->u && sl == p->surname_len && n <= p->n)
		return p->pre;
	for (int i = 0; i < n; i++)
		fill_readings(&u[i], i < sl, &buf[i]);
	return buf;
}

/*
 * Indel costs of units u: [i] for unit i - 1, at the edge (first row or
 * column) and inside; a reduplicated character (娜娜) costs half to lose.
 * Returns whether any did.
 */
static bool
indel_costs(const NameUnit *u, int n, double *edge, double *inner)
{
	bool		any_double = false;

	for (int i = 1; i <= n; i++)
	{
		bool		prev = i >= 2 && u[i - 1].kind == NU_HAN && u[i - 1].cp == u[i - 2].cp;
		bool		next = i < n && u[i - 1].kind == NU_HAN && u[i - 1].cp == u[i].cp;

		edge[i] = prev ? COST_DOUBLE_INDEL : COST_INDEL;
		inner[i] = prev || next ? COST_DOUBLE_INDEL : COST_INDEL;
		any_double |= prev || next;
	}
	return any_double;
}

/*
 * alignment of units [0, na) of a with [0, nb) of b; the readings come from
 * name_prepare when ua / sla are a's own units and surname length
 */
static double
align(const NameParse *a, const NameUnit *ua, int na, int sla,
	  const NameParse *b, const NameUnit *ub, int nb, int slb, NameExplain *ex)
{
	double		d[NAME_MAX_UNITS + 1][NAME_MAX_UNITS + 1];
	uint8_t		op[NAME_MAX_UNITS + 1][NAME_MAX_UNITS + 1];
	double		sim[NAME_MAX_UNITS][NAME_MAX_UNITS];
	uint8_t		rel[NAME_MAX_UNITS][NAME_MAX_UNITS];
	int			m = na > nb ? na : nb;
	UnitReadings bufa[NAME_MAX_UNITS],
				bufb[NAME_MAX_UNITS];
	const UnitReadings *pra,
			   *prb;
	/* indel costs: [i] for unit i - 1; edge (first row / column) and inner */
	double		ea[NAME_MAX_UNITS + 1],
				eb[NAME_MAX_UNITS + 1],
				ca[NAME_MAX_UNITS + 1],
				cb[NAME_MAX_UNITS + 1];
	bool		same = na == nb;
	bool		any_sim = false,
				any_double = false;

	if (m == 0)
		return 0.0;
	for (int i = 0; same && i < na; i++)
		same = ua[i].kind == ub[i].kind && ua[i].kind != NU_WILD &&
			ua[i].cp == ub[i].cp && ua[i].orig == ub[i].orig && ua[i].syl == ub[i].syl;
	if (same && !ex)
		return 1.0;				/* identical after normalisation */
	pra = prepared_readings(a, ua, na, sla, bufa);
	prb = prepared_readings(b, ub, nb, slb, bufb);
	for (int i = 0; i < na; i++)
		for (int j = 0; j < nb; j++)
		{
			NameRel		r;

			sim[i][j] = unit_sim_fast(&ua[i], &pra[i], &ub[j], &prb[j], &r);
			any_sim |= sim[i][j] != 0.0;
			if (ex)
				rel[i][j] = (uint8_t) r;
		}
	any_double = indel_costs(ua, na, ea, ca);
	any_double |= indel_costs(ub, nb, eb, cb);

	/*
	 * Nothing alike and every edit costing 1: the distance is exactly
	 * max(na, nb) (sums of small integers), so the score is exactly 0.
	 */
	if (!any_sim && !any_double && !ex)
		return 0.0;
	d[0][0] = 0;
	op[0][0] = 0;
	for (int i = 1; i <= na; i++)
	{
		d[i][0] = d[i - 1][0] + ea[i];
		op[i][0] = 1;
	}
	for (int j = 1; j <= nb; j++)
	{
		d[0][j] = d[0][j - 1] + eb[j];
		op[0][j] = 2;
	}
	for (int i = 1; i <= na; i++)
		for (int j = 1; j <= nb; j++)
		{
			double		best = d[i - 1][j - 1] + (1.0 - sim[i - 1][j - 1]);
			uint8_t		bo;
			double		c;
			bool		t;

			/* without branches: which way the minimum goes is data */
			c = d[i - 1][j] + ca[i];
			t = c < best - 1e-9;
			best = t ? c : best;
			bo = t ? 1 : 3;
			c = d[i][j - 1] + cb[j];
			t = c < best - 1e-9;
			best = t ? c : best;
			bo = t ? 2 : bo;
			if (i >= 2 && j >= 2 && sim[i - 1][j - 2] >= SIM_HOMOPHONE &&
				sim[i - 2][j - 1] >= SIM_HOMOPHONE && sim[i - 1][j - 1] < SIM_HOMOPHONE)
			{
				c = d[i - 2][j - 2] + COST_TRANSPOSE +
					(1.0 - sim[i - 1][j - 2]) + (1.0 - sim[i - 2][j - 1]);
				if (c < best - 1e-9)
					best = c, bo = 4;
			}
			d[i][j] = best;
			op[i][j] = bo;
		}
	if (ex)
	{
		NameStep	tmp[2 * NAME_MAX_UNITS];
		int			k = 0,
					i = na,
					j = nb;

		while ((i > 0 || j > 0) && k < 2 * NAME_MAX_UNITS)
		{
			uint8_t		o = op[i][j];

			if (o == 3)
			{
				tmp[k++] = (NameStep) {(int8_t) (i - 1), (int8_t) (j - 1), rel[i - 1][j - 1], (float) sim[i - 1][j - 1]};
				i--, j--;
			}
			else if (o == 1)
			{
				tmp[k++] = (NameStep) {(int8_t) (i - 1), -1, NR_DELETED, 0.0f};
				i--;
			}
			else if (o == 2)
			{
				tmp[k++] = (NameStep) {-1, (int8_t) (j - 1), NR_INSERTED, 0.0f};
				j--;
			}
			else
			{
				tmp[k++] = (NameStep) {(int8_t) (i - 1), (int8_t) (j - 2), NR_TRANSPOSED, (float) sim[i - 1][j - 2]};
				tmp[k++] = (NameStep) {(int8_t) (i - 2), (int8_t) (j - 1), NR_TRANSPOSED, (float) sim[i - 2][j - 1]};
				i -= 2, j -= 2;
			}
		}
		ex->nsteps = k;
		for (int s = 0; s < k; s++)
			ex->steps[s] = tmp[k - 1 - s];
	}
	{
		double		s = 1.0 - d[na][nb] / m;

		return s < 0 ? 0 : s;
	}
}

/* b (shorter) equals a prefix / suffix of a, unit by unit with sim >= 0.9 */
static bool
units_match(const NameUnit *a, const NameUnit *b, int n)
{
	for (int i = 0; i < n; i++)
	{
		NameRel		r;

		if (unit_sim(&a[i], false, &b[i], false, &r) < SIM_HOMOPHONE)
			return false;
	}
	return true;
}

static double
structural(const NameParse *a, const NameParse *b, NameMethod *method)
{
	const NameParse *l = a->n >= b->n ? a : b;	/* longer */
	const NameParse *s = a->n >= b->n ? b : a;

	if (s->n == 0)
		return 0;
	/* field truncation: a long prefix */
	if (s->n >= 7 && s->n < l->n && units_match(l->u, s->u, s->n))
	{
		*method = NM_TRUNCATED;
		return 0.90;
	}
	/* 冠夫姓 */
	if (l->n == 4 && s->n == 3 && l->u[0].kind == NU_HAN && is_common_surname(l->u[0].cp) &&
		s->u[0].kind == NU_HAN && is_common_surname(s->u[0].cp) &&
		units_match(l->u + 1, s->u, 3))
	{
		*method = NM_HUSBAND_SURNAME;
		return 0.90;
	}
	/* one part of a dotted name: 阿依古丽·买买提 / 阿依古丽 */
	if (l->nseg > 1 && s->nseg < l->nseg)
	{
		int			e = 0;

		while (e < l->n && l->u[e].seg < s->nseg)
			e++;
		if (e == s->n && units_match(l->u, s->u, s->n))
		{
			*method = NM_GIVEN_PART;
			return 0.85;
		}
	}
	return 0;
}

/* Jaro-Winkler on ASCII strings */
static double
jaro_winkler(const char *s, const char *t)
{
	int			ls = (int) strlen(s),
				lt = (int) strlen(t);
	bool		ms[NAME_TOKEN_CAP * NAME_MAX_TOKENS] = {0},
				mt[NAME_TOKEN_CAP * NAME_MAX_TOKENS] = {0};
	int			win,
				m = 0,
				tr = 0,
				k = 0,
				pre = 0;
	double		j;

	if (ls == 0 || lt == 0)
		return 0;
	if (ls > (int) sizeof(ms) || lt > (int) sizeof(mt))
		return strcmp(s, t) == 0 ? 1 : 0;
	win = (ls > lt ? ls : lt) / 2 - 1;
	if (win < 0)
		win = 0;
	for (int i = 0; i < ls; i++)
	{
		int			lo = i - win > 0 ? i - win : 0,
					hi = i + win + 1 < lt ? i + win + 1 : lt;

		for (int q = lo; q < hi; q++)
			if (!mt[q] && s[i] == t[q])
			{
				ms[i] = mt[q] = true;
				m++;
				break;
			}
	}
	if (m == 0)
		return 0;
	for (int i = 0; i < ls; i++)
		if (ms[i])
		{
			while (!mt[k])
				k++;
			if (s[i] != t[k])
				tr++;
			k++;
		}
	j = ((double) m / ls + (double) m / lt + (double) (m - tr / 2) / m) / 3.0;
	while (pre < 4 && pre < ls && pre < lt && s[pre] == t[pre])
		pre++;
	return j + pre * 0.1 * (1 - j);
}

static void
umlaut_plain(const char *s, char *out)
{
	size_t		k = 0;

	for (; *s && k < NAME_TOKEN_CAP - 1; s++)
	{
		out[k++] = *s;
		if ((s[0] == 'u' || s[0] == 'o' || s[0] == 'a') && s[1] == 'e')
			s++;
	}
	out[k] = '\0';
}

static double
token_jw(const char *x, const char *y)
{
	char		px[NAME_TOKEN_CAP],
				py[NAME_TOKEN_CAP];
	double		s = jaro_winkler(x, y),
				t;

	umlaut_plain(x, px);
	umlaut_plain(y, py);
	t = jaro_winkler(px, py);
	return s > t ? s : t;
}

static double latin_score_dir(const NameParse *s, const NameParse *l);

/* token-set score; with equal token counts both directions, the better one */
static double
latin_score(const NameParse *a, const NameParse *b)
{
	double		x,
				y;

	if (a->ntok != b->ntok)
		return a->ntok < b->ntok ? latin_score_dir(a, b) : latin_score_dir(b, a);
	x = latin_score_dir(a, b);
	y = latin_score_dir(b, a);
	return x > y ? x : y;
}

static double
latin_score_dir(const NameParse *s, const NameParse *l)
{
	const NameParse *a = s;
	const NameParse *b = l;
	char		ja[NAME_TOKEN_CAP * NAME_MAX_TOKENS],
				jb[NAME_TOKEN_CAP * NAME_MAX_TOKENS];
	double		sum = 0,
				low = 1,
				score;
	bool		used[NAME_MAX_TOKENS] = {0};

	if (s->ntok == 0)
		return 0;
	/* spacing only: KIM MIN JUN / KIM MINJUN, JEAN-PIERRE / JEAN PIERRE */
	ja[0] = jb[0] = '\0';
	for (int i = 0; i < a->ntok; i++)
		strcat(ja, a->tok[i]);
	for (int i = 0; i < b->ntok; i++)
		strcat(jb, b->tok[i]);
	if (strcmp(ja, jb) == 0)
		return 1.0;
	for (int i = 0; i < s->ntok; i++)
	{
		double		best = 0;
		int			bj = -1;

		for (int j = 0; j < l->ntok; j++)
		{
			double		v;

			if (used[j])
				continue;
			v = token_jw(s->tok[i], l->tok[j]);
			if (v > best)
				best = v, bj = j;
		}
		if (bj >= 0)
			used[bj] = true;
		sum += best;
		if (best < low)
			low = best;
	}
	score = sum / s->ntok;
	if (low < 0.9)
		score *= 0.7;
	if (s->ntok != l->ntok)
		score *= 0.95;
	return score;
}

static double similarity_impl(const NameParse *a, const NameParse *b, NameExplain *ex);

/*
 * Parses of name pairs for scoring, cached by their bytes.  name_similarity
 * over a table compares every row with the same X, or (a self-join, "each
 * name against the next") meets the b of one call as the a of the next;
 * dedupe and compare_registers compare one record with the records of its
 * block: keep the last two parses, prepared for scoring, and reuse one when
 * the bytes repeat.  The parse is a pure function of the bytes, so this
 * changes no result.
 */
typedef struct ParseCache
{
	NameParse	p;
	size_t		len;			/* (size_t) -1: empty slot */
	char		bytes[NAME_MAX_INPUT];
} ParseCache;

static ParseCache cache[2] = {{.len = (size_t) -1}, {.len = (size_t) -1}};
static int	cache_last_b = 1;	/* slot of the last second argument */

/* the parse of t; a new parse goes to a slot other than keep (or the last b) */
static const NameParse *
parse_cached(const char *d, size_t len, int keep, int *slot)
{
	ParseCache *c;
	int			k;

	/* the last byte first: it tells most different names apart */
	for (k = 0; k < 2; k++)
		if (len == cache[k].len &&
			(len == 0 || d[len - 1] == cache[k].bytes[len - 1]) &&
			memcmp(d, cache[k].bytes, len) == 0)
		{
			*slot = k;
			return &cache[k].p;
		}
	k = 1 - (keep >= 0 ? keep : cache_last_b);
	c = &cache[k];
	c->len = (size_t) -1;
	name_parse(d, len, &c->p);
	name_prepare(&c->p);
	if (len <= NAME_MAX_INPUT)
	{
		memcpy(c->bytes, d, len);
		c->len = len;
	}
	*slot = k;
	return &c->p;
}

/* the prepared parses of a and b (valid until the next call) */
void
name_pair_parsed(const char *a, size_t alen, const char *b, size_t blen,
				 const NameParse **pa, const NameParse **pb)
{
	int			sa,
				sb;

	*pa = parse_cached(a, alen, -1, &sa);
	*pb = parse_cached(b, blen, sa, &sb);
	cache_last_b = sb;
}

/*
 * Rounded to 1e-6: alignment costs summed along different paths may differ
 * in the last bit between (a, b) and (b, a); the rounding keeps the score
 * exactly symmetric.
 */
double
name_similarity_parsed(const NameParse *a, const NameParse *b, NameExplain *ex)
{
	double		s = similarity_impl(a, b, ex);

	s = s > 0 ? (double) (long long) (s * 1e6 + 0.5) / 1e6 : 0.0;
	if (s > 1.0)
		s = 1.0;
	if (s < 0.0)
		s = 0.0;
	if (ex)
		ex->score = s;
	return s;
}

static double
similarity_impl(const NameParse *a, const NameParse *b, NameExplain *ex)
{
	double		best = 0,
				v;
	NameMethod	method = NM_EMPTY;

	ensure_tables();
	if (ex)
	{
		ex->nsteps = 0;
		ex->surname_agrees = false;
	}
	if (a->script == NAME_EMPTY || b->script == NAME_EMPTY)
	{
		if (ex)
		{
			ex->method = NM_EMPTY;
			ex->score = 0;
		}
		return 0;
	}
	if (a->script == NAME_LATIN && b->script == NAME_LATIN)
	{
		best = latin_score(a, b);
		method = NM_LATIN_TOKENS;
		if (a->pinyin_latin && b->pinyin_latin)
		{
			v = align(a, a->u, a->n, 0, b, b->u, b->n, 0, NULL);
			if (v > best)
				best = v;
		}
		if (ex)
		{
			ex->method = method;
			ex->score = best;
		}
		return best;
	}
	if (a->script != b->script)
	{
		/* Latin pinyin against Han: compare syllables, both token orders */
		const NameParse *lat = a->script == NAME_LATIN ? a : b;

		if (!lat->pinyin_latin)
		{
			if (ex)
			{
				ex->method = NM_CROSS_SCRIPT;
				ex->score = 0;
			}
			return 0;
		}
		best = lat == a ? align(a, a->u, a->n, 0, b, b->u, b->n, b->surname_len, ex)
			: align(a, a->u, a->n, a->surname_len, b, b->u, b->n, 0, ex);
		if (lat->ntok == 2)
		{
			NameUnit	r[NAME_MAX_UNITS];
			int			k0 = lat->tok_units[0];

			for (int i = 0; i < lat->n; i++)
				r[i] = lat->u[(i + k0) % lat->n];
			v = lat == a ? align(a, r, a->n, 0, b, b->u, b->n, b->surname_len, NULL)
				: align(a, a->u, a->n, a->surname_len, b, r, b->n, 0, NULL);
			if (v > best)
			{
				best = v;
				if (ex)
					ex->nsteps = 0;
			}
		}
		if (ex)
		{
			ex->method = NM_CROSS_SCRIPT;
			ex->score = best;
		}
		return best;
	}
	/* both Han */
	best = align(a, a->u, a->n, a->surname_len, b, b->u, b->n, b->surname_len, ex);
	method = NM_ALIGNED;
	{
		NameMethod	m2 = NM_EMPTY;

		v = structural(a, b, &m2);
		if (v > best)
		{
			best = v;
			method = m2;
		}
	}
	if (ex)
	{
		NameRel		r;

		ex->method = method;
		ex->score = best;
		ex->surname_agrees = a->surname_len > 0 && b->surname_len > 0 &&
			unit_sim(&a->u[0], true, &b->u[0], true, &r) >= SIM_NEAR;
	}
	return best;
}

const char *
name_rel_name(NameRel r)
{
	static const char *const names[] = {
		"identical", "variant", "homophone", "near_homophone", "lookalike",
		"dialect_wide", "wildcard", "different", "inserted", "deleted", "transposed"
	};

	return (unsigned) r < sizeof(names) / sizeof(names[0]) ? names[r] : "?";
}

const char *
name_method_name(NameMethod m)
{
	static const char *const names[] = {
		"empty", "aligned", "truncated", "husband_surname", "given_part",
		"latin_tokens", "cross_script"
	};

	return (unsigned) m < sizeof(names) / sizeof(names[0]) ? names[m] : "?";
}
