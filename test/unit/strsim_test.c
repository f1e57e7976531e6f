/*
 * strsim_test.c
 *	  Unit tests of the code point comparators (src/strsim_core.c).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "strsim_core.h"

static int	passed,
			failed;

static double
compare(const char *a, const char *b, int winkler)
{
	int32_t		ca[512],
				cb[512];
	bool		scratch[1024];
	size_t		la = utf8_to_codepoints(a, strlen(a), ca, 512),
				lb = utf8_to_codepoints(b, strlen(b), cb, 512);

	return winkler ? jaro_winkler(ca, la, cb, lb, scratch) : jaro(ca, la, cb, lb, scratch);
}

static void
check_close(const char *what, double got, double want)
{
	if (fabs(got - want) < 1e-4)
		passed++;
	else
	{
		failed++;
		printf("FAIL %s: got %.6f, want %.6f\n", what, got, want);
	}
}

int
main(void)
{
	int32_t		cp[8];

	/* Winkler (1990) and the usual textbook values */
	check_close("jaro MARTHA", compare("MARTHA", "MARHTA", 0), 0.944444);
	check_close("jw MARTHA", compare("MARTHA", "MARHTA", 1), 0.961111);
	check_close("jw DWAYNE", compare("DWAYNE", "DUANE", 1), 0.84);
	check_close("jw DIXON", compare("DIXON", "DICKSONX", 1), 0.813333);
	check_close("jaro equal", compare("abc", "abc", 0), 1.0);
	check_close("jaro disjoint", compare("abc", "xyz", 0), 0.0);
	check_close("jaro both empty", compare("", "", 0), 1.0);
	check_close("jaro one empty", compare("a", "", 0), 0.0);
	check_close("symmetric", compare("JELLYFISH", "SMELLYFISH", 1), compare("SMELLYFISH", "JELLYFISH", 1));
	/* code points, not bytes: two of three characters shared */
	check_close("han", compare("张伟", "张玮", 0), 2.0 / 3.0);
	check_close("han jw", compare("欧阳娜娜", "欧阳娜", 1), 0.941667);
	/* no prefix boost at or below 0.7 */
	check_close("no boost", compare("ab", "ba", 1), compare("ab", "ba", 0));

	/* the matching step on its own: MARTHA / MARHTA has 6 matches, 2 out of order */
	{
		int32_t		a[6] = {'M', 'A', 'R', 'T', 'H', 'A'},
					b[6] = {'M', 'A', 'R', 'H', 'T', 'A'},
					z[3] = {'x', 'y', 'z'};
		bool		scratch[12];
		size_t		t = 99,
					m = jaro_matches(a, 6, b, 6, scratch, &t);

		if (m == 6 && t == 2)
			passed++;
		else
		{
			failed++;
			printf("FAIL jaro_matches MARTHA: %zu matches, %zu transpositions\n", m, t);
		}
		m = jaro_matches(a, 3, z, 3, scratch, &t);
		if (m == 0 && t == 0)
			passed++;
		else
		{
			failed++;
			printf("FAIL jaro_matches disjoint: %zu, %zu\n", m, t);
		}
		m = jaro_matches(a, 0, b, 6, scratch, &t);
		if (m == 0 && t == 0)
			passed++;
		else
		{
			failed++;
			printf("FAIL jaro_matches empty: %zu, %zu\n", m, t);
		}
	}

	/* decoding */
	if (utf8_to_codepoints("a\xe4\xb8\xad", 4, cp, 8) == 2 && cp[0] == 'a' && cp[1] == 0x4E2D)
		passed++;
	else
	{
		failed++;
		printf("FAIL utf8 decode\n");
	}
	if (utf8_to_codepoints("\xff\xe4\xb8", 3, cp, 8) == 2 && cp[0] == 0xFFFD && cp[1] == 0xFFFD)
		passed++;
	else
	{
		failed++;
		printf("FAIL invalid utf8\n");
	}
	if (utf8_to_codepoints("abcdef", 6, cp, 2) == 6 && cp[0] == 'a' && cp[1] == 'b')
		passed++;
	else
	{
		failed++;
		printf("FAIL capped decode\n");
	}
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed != 0;
}
