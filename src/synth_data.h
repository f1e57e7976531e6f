/*
 * synth_data.h
 *	  Static name tables of the synthetic-person generator (synth.c, synth_names.c).
 *
 * Surnames: the 100 most frequent surnames with their approximate share of
 * the population in units of 1/100,000, rounded from the rankings that the
 * Ministry of Public Security publishes (2019/2020 reports: 王 7.1 %,
 * 李 7.0 %, 张 6.7 %, …; the top 100 cover about 86 %), plus seven compound
 * surnames with shares from NCIIC head counts (欧阳 807,920, 上官 61,554,
 * 皇甫 49,179, 令狐 43,798, 司徒 33,645, 诸葛 31,967, 司马 14,421 of
 * 1.18 billion).  Only these public figures are used; the
 * generator draws from the table in proportion to the weights, so the tail
 * of rarer surnames is folded into the listed ones.
 *
 * Given names: hand-picked common name characters in four pools (male and
 * female, names typical of people born before about 1975 and after), every
 * entry one BMP character, that is three bytes of UTF-8.  Never change the
 * order or content of these tables without accepting that every seed's
 * output changes (tests pin md5 sums of the output).
 */
#ifndef ENROLL_SYNTH_DATA_H
#define ENROLL_SYNTH_DATA_H

typedef struct SynthSurname
{
	const char *name;			/* UTF-8, one or two characters */
	int			weight;			/* share of the population x 100,000 */
} SynthSurname;

static const SynthSurname synth_surnames[] = {
	{"王", 7120}, {"李", 7000}, {"张", 6740}, {"刘", 5100}, {"陈", 4610},
	{"杨", 3220}, {"黄", 2450}, {"赵", 2190}, {"吴", 2000}, {"周", 1950},
	{"徐", 1450}, {"孙", 1380}, {"马", 1290}, {"朱", 1280}, {"胡", 1160},
	{"郭", 1130}, {"何", 1060}, {"林", 1020}, {"高", 1000}, {"罗", 950},
	{"郑", 920}, {"梁", 860}, {"谢", 760}, {"宋", 690}, {"唐", 680},
	{"许", 660}, {"邓", 620}, {"韩", 610}, {"冯", 610}, {"曹", 580},
	{"彭", 560}, {"曾", 550}, {"肖", 530}, {"田", 520}, {"董", 510},
	{"潘", 470}, {"袁", 470}, {"蔡", 440}, {"蒋", 440}, {"余", 430},
	{"于", 430}, {"杜", 420}, {"叶", 420}, {"程", 410}, {"魏", 400},
	{"苏", 390}, {"吕", 380}, {"丁", 370}, {"任", 370}, {"卢", 350},
	{"姚", 350}, {"沈", 340}, {"钟", 340}, {"姜", 330}, {"崔", 330},
	{"谭", 320}, {"陆", 310}, {"范", 300}, {"汪", 300}, {"廖", 300},
	{"石", 300}, {"金", 290}, {"韦", 280}, {"贾", 280}, {"夏", 270},
	{"付", 270}, {"方", 260}, {"邹", 250}, {"熊", 250}, {"白", 250},
	{"孟", 250}, {"秦", 240}, {"邱", 240}, {"侯", 240}, {"江", 230},
	{"尹", 230}, {"薛", 230}, {"闫", 230}, {"段", 220}, {"雷", 220},
	{"龙", 210}, {"黎", 210}, {"史", 210}, {"陶", 200}, {"贺", 200},
	{"毛", 190}, {"郝", 190}, {"顾", 190}, {"龚", 180}, {"邵", 180},
	{"万", 180}, {"覃", 170}, {"武", 170}, {"钱", 170}, {"戴", 170},
	{"严", 160}, {"莫", 160}, {"孔", 160}, {"向", 150}, {"常", 150},
	/* compound surnames (复姓) */
	{"欧阳", 68}, {"上官", 5}, {"皇甫", 4}, {"令狐", 4}, {"司徒", 3},
	{"诸葛", 3}, {"司马", 1},
};

/* Given-name characters, three UTF-8 bytes each. */
static const char synth_male_older[] =
	"建国军华明平伟强林文志忠德福生成海山春永学兴民光荣金宝贵祥发"
	"俊胜利刚勇庆振立新中红卫东洪全义良树根富财昌启家有喜柱长云玉"
	"顺万保来双和仁友占元正安清茂宗耀继先铁炳培广汉君章";
static const char synth_male_younger[] =
	"浩宇轩子涵博杰涛磊鹏超鑫凯帅旭宁龙阳晨睿泽航辰逸然豪瑞楠皓铭"
	"哲毅昊天翔一嘉诚宏亮健斌飞波峰辉聪锐川彬奕梓煜晗烨铮俊文明宸"
	"景恒远鸿硕琦晟旻朗霖骏喆钧言";
static const char synth_female_older[] =
	"秀英兰桂芳玉珍凤华梅琴霞云莲娟红丽艳萍敏静燕淑琼翠芬菊荣月春"
	"花香美爱素彩娥婷慧芝巧银琳清惠玲芹珠桃荷娣环秋冬仙杏雪贞宁";
static const char synth_female_younger[] =
	"欣怡佳悦雨涵诗琪婷颖倩洁晶雪璐瑶雯蕾薇萱妍馨婧媛梦晓思嘉宁静"
	"丹娜莉琳菲露蓉晴月可紫艺心语然楠一茜彤芮希蕊琦萌雅冰婉沁岚钰"
	"昕";

/*
 * Minority names (transliterated into Han characters), for the provinces
 * with a large share of peoples whose names do not follow the Han pattern
 * (surname + given name).  Shares from the 2020 census (seventh national
 * census, provincial bulletins), rounded:
 *
 *   65 新疆: Uyghur 45.0 %, Kazakh 6.3 %, Kyrgyz, Tajik and others about 1 %:
 *      52 % of persons get a name of the form given·father's given name
 *      (阿依古丽·买买提), the form the ID card prints with U+00B7;
 *   54 西藏: Tibetan 86.0 %: 86 % get a Tibetan name without surname, two
 *      two-character parts (次仁卓玛) or, for one in seven, one (扎西);
 *   63 青海: Tibetan 24.4 %: 24 % get a Tibetan name;
 *   15 内蒙古: Mongol 17.7 %: 17 % get a Mongol name, one element of two to
 *      four characters (巴特尔, 斯琴高娃); many Mongols have Han-style names,
 *      so this is an upper bound.
 *
 * The Hui (宁夏 36 %), Zhuang (广西 31 %), Manchu and most other peoples use
 * Han-style names: their provinces get none, and their output is the same as
 * before minority names existed.  Every entry consists of BMP characters.
 * Common transliterations, hand-picked; never reorder (seeds' output).
 */
typedef enum SynthMinority
{
	SM_NONE = 0,
	SM_DOTTED,					/* Uyghur / Kazakh: given·father */
	SM_TIBETAN,
	SM_MONGOL
} SynthMinority;

typedef struct SynthMinorityShare
{
	int			province;		/* two-digit code */
	SynthMinority kind;
	int			percent;
} SynthMinorityShare;

static const SynthMinorityShare synth_minority_shares[] = {
	{65, SM_DOTTED, 52}, {54, SM_TIBETAN, 86}, {63, SM_TIBETAN, 24}, {15, SM_MONGOL, 17},
};

/* Uyghur and Kazakh given names; fathers' names come from the male list. */
static const char *const synth_dotted_male[] = {
	"艾力", "买买提", "阿不都", "艾合买提", "热合曼", "吐尔逊", "努尔", "玉素甫",
	"依明", "卡德尔", "麦麦提", "艾尔肯", "阿里木", "塔依尔", "伊力哈木", "米吉提",
	"亚森", "吾斯曼", "阿布都热依木", "买合木提", "肉孜", "吐尔洪", "司马义", "阿卜杜拉",
	"艾山", "哈力克", "库尔班", "牙合甫", "艾则孜", "阿迪力", "努尔兰", "叶尔兰",
	"别克", "哈力木", "加尔肯", "阿斯哈尔", "巴合提", "哈那提", "赛力克", "叶尔肯",
};
static const char *const synth_dotted_female[] = {
	"阿依古丽", "古丽", "帕提古丽", "热依拉", "阿依努尔", "米热古丽", "努尔古丽", "祖丽菲亚",
	"古再丽努尔", "阿娜尔古丽", "迪丽努尔", "海力其罕", "再努尔", "阿依仙木", "热娜", "阿提古丽",
	"古丽巴哈尔", "排孜拉", "古丽娜尔", "阿依达娜", "玛丽亚", "阿依江", "沙吾列", "加娜尔",
};
/* Tibetan: a first part (either sex) and a second part by sex. */
static const char *const synth_tibetan_first[] = {
	"扎西", "次仁", "格桑", "尼玛", "达瓦", "巴桑", "普布", "拉巴", "米玛", "索朗",
	"白玛", "德吉", "洛桑", "丹增", "强巴", "边巴",
};
static const char *const synth_tibetan_male[] = {
	"多吉", "旺堆", "平措", "顿珠", "罗布", "坚参", "次仁", "扎西", "群培", "旦增",
	"贡布", "土登",
};
static const char *const synth_tibetan_female[] = {
	"卓玛", "央金", "拉姆", "曲珍", "措姆", "央宗", "玉珍", "卓嘎", "桑姆", "德吉",
	"旺姆", "拉珍",
};
static const char *const synth_mongol_male[] = {
	"巴特尔", "额尔敦", "朝鲁", "巴雅尔", "苏和", "宝音", "那日苏", "阿拉坦",
	"孟和", "哈斯", "毕力格", "特木尔", "乌力吉", "巴图", "布和", "吉日嘎拉",
	"满都拉", "额尔德尼", "哈斯巴根", "巴特尔孟和",
};
static const char *const synth_mongol_female[] = {
	"其木格", "乌兰", "萨仁", "高娃", "图雅", "敖登", "格日勒", "乌日娜",
	"斯琴高娃", "娜仁", "琪琪格", "萨日娜", "托娅", "塔娜", "乌云", "其其格",
};

/*
 * Name errors: the separators a minority name's U+00B7 is typed as (the
 * most frequent input-method forms): U+2022 •, '.', U+FF0E ．, U+2027 ‧,
 * U+30FB ・, a blank, or nothing.
 */
static const char *const synth_separators[] = {
	"\xE2\x80\xA2", ".", "\xEF\xBC\x8E", "\xE2\x80\xA7", "\xE3\x83\xBB", " ", "",
};

#endif							/* ENROLL_SYNTH_DATA_H */
