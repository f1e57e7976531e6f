/*
 * synth_data.h
 *	  Static name tables of the synthetic-person generator (synth.c).
 *
 * Surnames: the 100 most frequent surnames with their approximate share of
 * the population in units of 1/100,000, rounded from the rankings that the
 * Ministry of Public Security publishes (2019/2020 reports: 王 7.1 %,
 * 李 7.0 %, 张 6.7 %, …; the top 100 cover about 86 %), plus seven compound
 * surnames with shares from NCIIC head counts (欧阳 807,920, 上官 61,554,
 * 皇甫 49,179, 令狐 43,798, 司徒 33,645, 诸葛 31,967, 司马 14,421 of
 * 1.18 billion; notes/NAMES.md).  Only these public figures are used; the
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

#endif							/* ENROLL_SYNTH_DATA_H */
