/*
 * strsim_core.c
 *	  Jaro and Jaro-Winkler similarity on code points.
 *
 * Code points, not bytes: a Chinese name is three bytes a character in
 * UTF-8, and byte-wise Jaro would count partial characters as matches.
 */
#include "strsim_core.h"

#include <stdbool.h>
#include <string.h>

size_t
utf8_to_codepoints(const char *s, size_t len, int32_t *out, size_t cap)
{
	size_t		n = 0;
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		int32_t		cp;
		int			extra;

		if (c < 0x80)
		{
			cp = c;
			extra = 0;
		}
		else if ((c & 0xE0) == 0xC0)
		{
			cp = c & 0x1F;
			extra = 1;
		}
		else if ((c & 0xF0) == 0xE0)
		{
			cp = c & 0x0F;
			extra = 2;
		}
		else if ((c & 0xF8) == 0xF0)
		{
			cp = c & 0x07;
			extra = 3;
		}
		else
		{
			cp = 0xFFFD;
			extra = -1;
		}
		i++;
		for (int k = 0; k < extra; k++)
		{
			if (i >= len || ((unsigned char) s[i] & 0xC0) != 0x80)
			{
				cp = 0xFFFD;
				break;
			}
			cp = (cp << 6) | ((unsigned char) s[i] & 0x3F);
			i++;
		}
		if (n < cap)
			out[n] = cp;
		n++;
	}
	return n;
}

size_t
jaro_matches(const int32_t *a, size_t la, const int32_t *b, size_t lb, bool *scratch,
			 size_t *transpositions)
{
	size_t		window;
	bool	   *ma = scratch,
			   *mb = scratch + la;
	size_t		matches = 0;

	*transpositions = 0;
	if (la == 0 || lb == 0)
		return 0;
	window = (la > lb ? la : lb) / 2;
	window = window > 0 ? window - 1 : 0;

	memset(ma, 0, la * sizeof(bool));
	memset(mb, 0, lb * sizeof(bool));

	for (size_t i = 0; i < la; i++)
	{
		size_t		lo = (i > window) ? i - window : 0;
		size_t		hi = (i + window + 1 < lb) ? i + window + 1 : lb;

		for (size_t j = lo; j < hi; j++)
		{
			if (!mb[j] && a[i] == b[j])
			{
				ma[i] = mb[j] = true;
				matches++;
				break;
			}
		}
	}
	if (matches > 0)
	{
		size_t		j = 0;

		for (size_t i = 0; i < la; i++)
		{
			if (!ma[i])
				continue;
			while (!mb[j])
				j++;
			if (a[i] != b[j])
				(*transpositions)++;
			j++;
		}
	}
	return matches;
}

double
jaro(const int32_t *a, size_t la, const int32_t *b, size_t lb, bool *scratch)
{
	size_t		matches,
				transpositions;

	if (la == 0 && lb == 0)
		return 1.0;
	if (la == 0 || lb == 0)
		return 0.0;
	matches = jaro_matches(a, la, b, lb, scratch, &transpositions);
	if (matches == 0)
		return 0.0;
	return ((double) matches / la + (double) matches / lb +
			((double) matches - transpositions / 2.0) / matches) / 3.0;
}

double
jaro_winkler(const int32_t *a, size_t la, const int32_t *b, size_t lb, bool *scratch)
{
	double		j = jaro(a, la, b, lb, scratch);
	size_t		prefix = 0;

	if (j <= 0.7)
		return j;
	while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix])
		prefix++;
	return j + prefix * 0.1 * (1.0 - j);
}
