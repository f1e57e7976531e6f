/*
 * strsim_core.h
 *	  String similarity for record linkage on code points (pure C99).
 */
#ifndef ENROLL_STRSIM_CORE_H
#define ENROLL_STRSIM_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Decode UTF-8 into code points; invalid bytes become U+FFFD.  Writes at
 * most cap code points and returns how many there were in all.
 */
extern size_t utf8_to_codepoints(const char *s, size_t len, int32_t *out, size_t cap);

/*
 * The matching step of Jaro: how many code points of a and b match (equal,
 * within half the longer length of each other, each used once), and in
 * *transpositions how many of the matched ones are out of order (not yet
 * halved).  scratch must hold la + lb booleans.  jaro() and the Latin token
 * comparator of name_similarity (name_score_core.c) both count with it.
 */
extern size_t jaro_matches(const int32_t *a, size_t la, const int32_t *b, size_t lb,
						   bool *scratch, size_t *transpositions);

/*
 * Jaro similarity of two code point strings, in [0, 1]; 1 for two empty
 * strings.  scratch must hold la + lb booleans (no allocation here).
 */
extern double jaro(const int32_t *a, size_t la, const int32_t *b, size_t lb, bool *scratch);

/*
 * Jaro-Winkler: Jaro boosted by the common prefix (at most 4 code points,
 * scale p = 0.1) when Jaro exceeds 0.7 (Winkler 1990).
 */
extern double jaro_winkler(const int32_t *a, size_t la, const int32_t *b, size_t lb, bool *scratch);

#endif							/* ENROLL_STRSIM_CORE_H */
