/*
 * synth_names.h
 *	  The name errors of synth_persons() (synth_names.c), for synth.c.
 */
#ifndef ENROLL_SYNTH_NAMES_H
#define ENROLL_SYNTH_NAMES_H

#include "synth_state.h"

#define SYNTH_NAME_CAP		128		/* bytes of a name as entered */

/* Injected name error kinds, in the order of the name_error names. */
typedef enum SynthNameError
{
	NE_HOMOPHONE = 0,
	NE_LOOKALIKE,
	NE_DIALECT,
	NE_MARRIED,
	NE_SEPARATOR,
	NE_TRADITIONAL,
	NE_BLANK,
	NE_COUNT
} SynthNameError;

extern const char *const synth_name_error_names[NE_COUNT];

/* the character data (once per backend) and st's scratch parses */
extern void synth_names_begin(SynthState *st);

/*
 * Apply the name error of p (if any): write name_entered to out (at least
 * SYNTH_NAME_CAP bytes) and return its length; *kind is -1 when there is
 * none.  Always six draws of st->name_rng.
 */
extern int	synth_name_error(SynthState *st, const SynthPerson *p, char *out, int *kind);

#endif							/* ENROLL_SYNTH_NAMES_H */
