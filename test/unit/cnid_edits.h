/*
 * cnid_edits.h
 *	  Shared by the cnid unit test and the cnid fuzzer: is b one
 *	  substitution or one adjacent transposition away from a?
 */
#ifndef CNID_EDITS_H
#define CNID_EDITS_H

#include <stdbool.h>
#include <stddef.h>

static inline bool
one_edit(const char *a, const char *b, size_t len)
{
	size_t		diff[3];
	int			nd = 0;

	for (size_t i = 0; i < len; i++)
		if (a[i] != b[i])
		{
			if (nd == 3)
				return false;
			diff[nd++] = i;
		}
	if (nd == 1)
		return true;
	return nd == 2 && diff[1] == diff[0] + 1 &&
		a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]];
}

#endif							/* CNID_EDITS_H */
