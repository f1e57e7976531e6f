/*
 * name_test.c
 *	  Standalone unit test of name matching, src/name_*_core.c (no server).
 *
 * Built with ASan/UBSan by `make test/unit/name_test`, run by `make unit`.
 * Prints one line per failure, then `unit: N passed, N failed` as the last
 * line; exits non-zero when anything failed.  Expected values come from
 * doc/reference-names.md (error kinds, surname readings) and Unihan.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "name_core.h"

static int	passed;
static int	failed;
static NameParse pa,
			pb;

static void
check(bool ok, const char *what, const char *detail)
{
	if (ok)
		passed++;
	else
	{
		failed++;
		printf("FAIL %s: %s\n", what, detail);
	}
}

static void
expect_str(const char *fn, const char *in, const char *want)
{
	char		out[NAME_OUT_CAP + 1];
	size_t		n;
	char		msg[3 * NAME_OUT_CAP];

	name_parse(in, strlen(in), &pa);
	if (strcmp(fn, "norm") == 0)
		n = name_norm_str(&pa, out);
	else if (strcmp(fn, "pinyin") == 0)
		n = name_pinyin_str(&pa, out);
	else
		n = name_key_str(&pa, out);
	out[n] = '\0';
	snprintf(msg, sizeof(msg), "%s(%s) = \"%s\", want \"%s\"", fn, in, out, want);
	check(strcmp(out, want) == 0, fn, msg);
}

static double
sim(const char *a, const char *b)
{
	name_parse(a, strlen(a), &pa);
	name_parse(b, strlen(b), &pb);
	return name_similarity_parsed(&pa, &pb, NULL);
}

static void
expect_sim(const char *a, const char *b, double lo, double hi)
{
	double		s = sim(a, b),
				r = sim(b, a);
	char		msg[512];

	snprintf(msg, sizeof(msg), "sim(%s, %s) = %.3f (reverse %.3f), want [%.2f, %.2f]", a, b, s, r, lo, hi);
	check(s >= lo && s <= hi && s == r, "similarity", msg);
}

static bool
share_key(const char *a, const char *b)
{
	char		ka[NAME_MAX_KEYS][NAME_KEY_CAP],
				kb[NAME_MAX_KEYS][NAME_KEY_CAP];
	int			na,
				nb;

	name_parse(a, strlen(a), &pa);
	name_parse(b, strlen(b), &pb);
	na = name_blocking_keys(&pa, ka);
	nb = name_blocking_keys(&pb, kb);
	for (int i = 0; i < na; i++)
		for (int j = 0; j < nb; j++)
			if (strcmp(ka[i], kb[j]) == 0)
				return true;
	return false;
}

/*
 * The look-alike tests of the score on two characters as the generator sees
 * them: given-name characters after "王", prepared.  1: look-alike, 2: also
 * a close look-alike, 0: neither.
 */
static int
lookalike(const char *a, const char *b)
{
	char		x[16],
				y[16];
	bool		la,
				close;

	snprintf(x, sizeof(x), "王%s", a);
	snprintf(y, sizeof(y), "王%s", b);
	name_parse(x, strlen(x), &pa);
	name_parse(y, strlen(y), &pb);
	name_prepare(&pa);
	name_prepare(&pb);
	la = name_pre_lookalike(&pa.pre[1], &pb.pre[1]);
	close = name_pre_lookalike_close(&pa.pre[1], &pb.pre[1]);
	return la ? (close ? 2 : 1) : (close ? -1 : 0);
}

int
main(void)
{
	/* normalisation */
	expect_str("norm", "\xEF\xBC\xBA\xEF\xBC\xA8\xEF\xBC\xA1\xEF\xBC\xAE\xEF\xBC\xA7 wei", "ZHANG WEI");
	expect_str("norm", "张\xE2\x80\x8B伟", "张伟");
	expect_str("norm", "李 娜", "李娜");
	expect_str("norm", "阿依古丽\xE2\x80\xA2买买提", "阿依古丽·买买提");
	expect_str("norm", "阿依古丽。买买提", "阿依古丽·买买提");
	expect_str("norm", "王秀英（已故）", "王秀英");
	expect_str("norm", "李娜(1)", "李娜");
	expect_str("norm", "张伟1", "张伟");
	expect_str("norm", "刘\xEE\xA1\xA3", "刘䶮");	/* U+E863 */
	expect_str("norm", "王\xEE\x80\x80", "王?");	/* U+E000 */
	expect_str("norm", "張偉", "张伟");
	expect_str("norm", "乾隆", "乾隆");
	expect_str("norm", "於梨華", "於梨华");
	expect_str("norm", "萧红", "萧红");
	expect_str("norm", "陈喆", "陈哲");
	expect_str("norm", "锺汉良", "钟汉良");
	expect_str("norm", "\xEF\xA7\xA1娜", "李娜");	/* U+F9E1 */
	expect_str("norm", "José García", "JOSE GARCIA");
	expect_str("norm", "O'Brien", "OBRIEN");
	expect_str("norm", "", "");
	expect_str("norm", "   ", "");
	expect_str("norm", "\xE3\x80\x80", "");
	expect_str("norm", "\xFF\xFE", "");	/* invalid UTF-8 only: placeholders, no Han */
	expect_str("norm", "李\xFF", "李?");
	expect_str("norm", "李(lun)", "李lun");

	/* pinyin: surname readings */
	expect_str("pinyin", "单雄信", "shan xiong xin");
	expect_str("pinyin", "曾国藩", "zeng guo fan");
	expect_str("pinyin", "解缙", "xie jin");
	expect_str("pinyin", "仇英", "qiu ying");
	expect_str("pinyin", "朴槿惠", "piao jin hui");
	expect_str("pinyin", "区永贤", "ou yong xian");
	expect_str("pinyin", "查良镛", "zha liang yong");
	expect_str("pinyin", "盖叫天", "ge jiao tian");
	expect_str("pinyin", "尉迟恭", "yu chi gong");
	expect_str("pinyin", "尉健行", "wei jian xing");
	expect_str("pinyin", "曾乐", "zeng le");
	expect_str("pinyin", "张单", "zhang dan");
	expect_str("pinyin", "吕布", "lü bu");
	expect_str("pinyin", "欧阳娜娜", "ou yang na na");

	/* keys */
	expect_str("key", "王晓明", "wan xiao min");
	expect_str("key", "王小明", "wan xiao min");
	expect_str("key", "张志强", "zan zi qian");
	expect_str("key", "牛德华", "liu de hua");
	expect_str("key", "胡军", "hu jun");
	expect_str("key", "符军", "hu jun");
	expect_str("key", "陈荣", "cen long");
	expect_str("key", "ZHANG WEI", "zan wei");
	expect_str("key", "SMITH JOHN", "john smith");
	expect_str("key", "MUELLER ANNA", "anna muller");

	/* similarity: positives */
	expect_sim("张伟", "张玮", 0.9, 1.0);
	expect_sim("刘德华", "牛德华", 0.85, 1.0);
	expect_sim("侯建国", "候建国", 0.85, 1.0);
	expect_sim("刁明", "习明", 0.8, 1.0);
	expect_sim("張偉", "张伟", 0.9, 1.0);
	expect_sim("陈方安生", "方安生", 0.85, 1.0);
	expect_sim("穆罕默德·阿卜杜勒艾则孜·托合提", "穆罕默德·阿卜杜勒艾则", 0.85, 1.0);
	expect_sim("阿依古丽·买买提", "阿依古丽", 0.8, 1.0);
	expect_sim("李建华", "李华建", 0.85, 1.0);
	expect_sim("SMITH JOHN", "JOHN SMITH", 1.0, 1.0);
	expect_sim("ZHANG WEI", "张伟", 0.85, 1.0);
	expect_sim("马\xF0\xAC\xB1\x96", "马?", 0.8, 1.0);	/* 马𬱖 */
	expect_sim("解明华", "谢明华", 0.9, 1.0);
	/* negatives */
	expect_sim("张伟", "李伟", 0.0, 0.6);
	expect_sim("王芳", "王方圆", 0.0, 0.7);
	expect_sim("蒋经国", "蒋纬国", 0.0, 0.7);
	expect_sim("阿依古丽·买买提", "阿依古丽·吐尔逊", 0.0, 0.7);
	expect_sim("JOHN SMITH", "JANE SMITH", 0.0, 0.7);
	expect_sim("", "张伟", 0.0, 0.0);
	expect_sim("", "", 0.0, 0.0);

	/* blocking keys catch what the key cannot */
	check(share_key("王秀英", "玉秀英"), "keys", "王秀英 / 玉秀英 share a masked key");
	check(share_key("刁明", "习明"), "keys", "刁明 / 习明 share a shape key");
	check(share_key("陈方安生", "方安生"), "keys", "冠夫姓 shares a key");
	check(share_key("李建华", "李华建"), "keys", "transposition shares a key");
	check(share_key("阿依古丽·买买提", "阿依古丽"), "keys", "first part shares a key");
	check(share_key("黄建平", "王建平"), "keys", "hu-/w- shares the wide key");
	check(!share_key("张伟", "李伟"), "keys", "张伟 / 李伟 share no key");

	/* look-alikes: one rule, and its close tier within it */
	check(lookalike("己", "已") == 2, "lookalike", "己/已: curated group, close");
	check(lookalike("杨", "扬") == 2, "lookalike", "杨/扬: curated group, close");
	check(lookalike("材", "村") == 2, "lookalike", "材/村: same four-corner code, Cangjie one apart: close");
	check(lookalike("清", "情") == 1, "lookalike", "清/情: Cangjie first component swapped, not close");
	check(lookalike("伯", "白") == 1, "lookalike", "伯/白: one Cangjie component more in front, not close");
	check(lookalike("菁", "箐") == 0, "lookalike", "菁/箐: three strokes apart");
	check(lookalike("和", "秋") == 0, "lookalike", "和/秋: Cangjie changed at the end");
	check(lookalike("张", "李") == 0, "lookalike", "张/李: none");
	{
		const char *chars = "己已巳未末土士日曰戊戌戍大太犬人入八千干于天夫鸟乌令今侯候梁粱王玉主"
			"刁习苟荀佘余晴睛小少治冶菁箐汤杨扬场由田甲申和秋林材村明朋胡湖蒋将军车清情伯白";
		int			n = 0,
					outside = 0;
		const char *c[128];

		for (const char *s = chars; *s && n < 128; s += 3)
		{
			static char buf[128][4];

			memcpy(buf[n], s, 3);
			buf[n][3] = '\0';
			c[n] = buf[n];
			n++;
		}
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++)
				outside += lookalike(c[i], c[j]) < 0;
		check(outside == 0, "lookalike", "every close look-alike is a look-alike");
	}

	/* long and hostile input stays in bounds */
	{
		char	   *big = malloc(100000);
		char		out[NAME_OUT_CAP + 1];

		for (int i = 0; i < 100000; i += 3)
			memcpy(big + i, "张", i + 3 <= 100000 ? 3 : (size_t) (100000 - i));
		name_parse(big, 99999, &pa);
		check(pa.n == NAME_MAX_UNITS && (pa.flags & NAME_F_CUT), "limits", "long input is cut");
		check(name_norm_str(&pa, out) <= NAME_OUT_CAP, "limits", "norm fits");
		check(name_similarity_parsed(&pa, &pa, NULL) == 1.0, "limits", "self similarity of a long name");
		free(big);
	}

	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
