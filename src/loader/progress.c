/*
 * progress.c: the progress bar on a terminal, and the summary line.
 */

#include <stdio.h>
#include <unistd.h>

#include "enroll_load.h"

/* The bar on stderr: share of the file behind the last commits, rows, rate, ETA. */
void
progress(double t0, int final)
{
	long		done = 0,
				pos = 0;
	double		el = now_sec() - t0,
				frac;
	int			width = 30,
				fill;

	for (int j = 0; j < jobs; j++)
	{
		done += stats[j].inserted + stats[j].updated + stats[j].unchanged + stats[j].rejected;
		pos += stats[j].pos;
	}
	frac = data_len > 0 ? (double) pos / jobs / data_len : 1.0;
	if (frac > 1)
		frac = 1;
	fill = (int) (width * frac);
	fprintf(stderr, "\r[%.*s%*s] %3d%%  %ld rows  %.0f rows/s  ",
			fill, "##############################", width - fill, "",
			(int) (100 * frac), done, el > 0 ? done / el : 0.0);
	if (final)
		fprintf(stderr, "done in %ld:%02ld:%02ld ", (long) el / 3600, (long) el / 60 % 60, (long) el % 60);
	else if (frac > 0.001)
	{
		long		eta = (long) (el / frac * (1 - frac));

		fprintf(stderr, "ETA %ld:%02ld:%02ld ", eta / 3600, eta / 60 % 60, eta % 60);
	}
	else
		fprintf(stderr, "ETA --:--:-- ");
	fprintf(stderr, "\033[K");
	if (final)
		fputc('\n', stderr);
}

/* The summary line; returns the exit status. */
int
summary(Load *l)
{
	const JobStat *t = &l->total;
	long		loaded = t->inserted + t->updated + t->unchanged;
	double		el;

	if (l->status != EXIT_LOADED)
		die(l->status, "stopped by an error; the batches committed so far stay, and a rerun of the same file resumes");
	el = now_sec() - l->t0;
	printf("input %ld = loaded %ld (inserted %ld, updated %ld, unchanged %ld) + rejected %ld; %s; %d job%s; %.1f s, %.0f rows/s; rejects in %s\n",
		   t->input, loaded, t->inserted, t->updated, t->unchanged, t->rejected, enc_name[enc],
		   jobs, jobs == 1 ? "" : "s", el, el > 0 ? t->input / el : 0.0, l->reject_path);
	fflush(stdout);
	if (loaded + t->rejected != t->input)
	{
		fprintf(stderr, "%s: the counts do not add up: input %ld, loaded %ld + rejected %ld\n",
				progname, t->input, loaded, t->rejected);
		return EXIT_COUNTS;
	}
	return t->rejected > 0 ? EXIT_REJECTED : EXIT_LOADED;
}
