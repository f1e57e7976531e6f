/*
 * name_fuzz.c
 *	  libFuzzer harness over name matching (src/name_*_core.c), built with
 *	  ASan and UBSan by `make test/fuzz/name_fuzz`.
 *
 *	  test/fuzz/name_fuzz -max_total_time=60 test/fuzz/corpus-run/name_fuzz test/fuzz/seeds
 *
 * The input is split at the first NUL byte into two names.  Invariants:
 *	- outputs stay inside their buffers and are valid UTF-8 (norm) or ASCII
 *	  plus ü (pinyin) or ASCII (key);
 *	- normalising the normal form again gives the same normal form, and the
 *	  same phonetic key (idempotence);
 *	- similarity is in [0, 1], symmetric, and 1 for a name against itself
 *	  (unless it holds placeholders, which score 0.7 against each other);
 *	- blocking keys: at most NAME_MAX_KEYS, NUL-terminated, and a name
 *	  shares a key with itself unless it has none.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "name_core.h"

#define REQUIRE(cond, what) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "name_fuzz: invariant broken: %s (%s:%d)\n", what, __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

static NameParse a,
			b,
			c;

static bool
valid_utf8(const char *s, size_t n)
{
	for (size_t i = 0; i < n;)
	{
		unsigned char x = (unsigned char) s[i];
		size_t		l = x < 0x80 ? 1 : x >= 0xF0 ? 4 : x >= 0xE0 ? 3 : x >= 0xC0 ? 2 : 0;

		if (l == 0 || i + l > n)
			return false;
		for (size_t k = 1; k < l; k++)
			if (((unsigned char) s[i + k] & 0xC0) != 0x80)
				return false;
		i += l;
	}
	return true;
}

static void
check_one(const uint8_t *data, size_t size, NameParse *p)
{
	char	   *out = malloc(NAME_OUT_CAP);
	char	   *again = malloc(NAME_OUT_CAP);
	char		keys[NAME_MAX_KEYS][NAME_KEY_CAP];
	size_t		n,
				m;
	int			nk;

	name_parse((const char *) data, size, p);
	REQUIRE(p->n >= 0 && p->n <= NAME_MAX_UNITS, "unit count");
	n = name_norm_str(p, out);
	REQUIRE(n <= NAME_OUT_CAP, "norm length");
	REQUIRE(valid_utf8(out, n), "norm is UTF-8");
	REQUIRE((n == 0) == (p->script == NAME_EMPTY), "empty iff no normal form");
	m = name_pinyin_str(p, again);
	REQUIRE(m <= NAME_OUT_CAP && valid_utf8(again, m), "pinyin UTF-8");
	m = name_key_str(p, again);
	REQUIRE(m < NAME_KEY_CAP, "key length");
	for (size_t i = 0; i < m; i++)
		REQUIRE((unsigned char) again[i] < 0x80, "key is ASCII");
	nk = name_blocking_keys(p, keys);
	REQUIRE(nk >= 0 && nk <= NAME_MAX_KEYS, "key count");
	for (int i = 0; i < nk; i++)
		REQUIRE(memchr(keys[i], 0, NAME_KEY_CAP) != NULL, "keys terminated");
	if (p->script != NAME_EMPTY)
	{
		double		s = name_similarity_parsed(p, p, NULL);

		/* placeholders never match each other fully (two unknown characters) */
		REQUIRE(s <= 1.0 && (s > 0.999 || (p->flags & NAME_F_WILDCARD)), "self similarity 1");
	}
	/* idempotence of the normal form (not for cut input) */
	if (!(p->flags & NAME_F_CUT) && n > 0)
	{
		size_t		k2,
					k1;
		char		key1[NAME_OUT_CAP],
					key2[NAME_OUT_CAP];

		k1 = name_key_str(p, key1);
		name_parse(out, n, &c);
		m = name_norm_str(&c, again);
		k2 = name_key_str(&c, key2);
		REQUIRE(m == n && memcmp(out, again, n) == 0, "norm idempotent");
		REQUIRE(k1 == k2 && memcmp(key1, key2, k1) == 0, "key stable under norm");
	}
	free(out);
	free(again);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *z = memchr(data, 0, size);
	size_t		la = z ? (size_t) (z - data) : size;
	const uint8_t *db = z ? z + 1 : data;
	size_t		lb = z ? size - la - 1 : size;
	double		s,
				r;
	NameExplain *ex = malloc(sizeof(NameExplain));

	/* check_one leaves each parse in a and b */
	check_one(data, la, &a);
	check_one(db, lb, &b);
	s = name_similarity_parsed(&a, &b, ex);
	r = name_similarity_parsed(&b, &a, NULL);
	REQUIRE(s >= 0.0 && s <= 1.0, "similarity in [0, 1]");
	REQUIRE(s == r, "similarity symmetric");
	REQUIRE(ex->score == s, "explain score equals similarity");
	REQUIRE(ex->nsteps >= 0 && ex->nsteps <= 2 * NAME_MAX_UNITS, "explain steps");
	for (int i = 0; i < ex->nsteps; i++)
		REQUIRE(ex->steps[i].ia < a.n && ex->steps[i].ib < b.n, "explain steps index units");
	free(ex);
	return 0;
}
