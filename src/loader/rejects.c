/*
 * rejects.c: the reject file: row,line,reason,original_row, a line for every
 * row not loaded.  With several jobs, each writes a part of its own, which
 * is appended to the reject file at the end.
 */

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "enroll_load.h"

FILE	   *rejects;

static void
csv_field(FILE *f, const char *s, size_t len)
{
	fputc('"', f);
	for (size_t i = 0; i < len; i++)
	{
		if (s[i] == '"')
			fputc('"', f);
		fputc(s[i], f);
	}
	fputc('"', f);
}

/* row,lines,reason,original_row: the original bytes, as read */
void
reject(JobStat *st, long rowno, const Record *r, const char *reason)
{
	if (r->line_first == r->line_last)
		fprintf(rejects, "%ld,%ld,", rowno, r->line_first);
	else
		fprintf(rejects, "%ld,%ld-%ld,", rowno, r->line_first, r->line_last);
	csv_field(rejects, reason, strlen(reason));
	fputc(',', rejects);
	csv_field(rejects, data + r->start, r->end - r->start);
	fputc('\n', rejects);
	st->rejected++;
}

/* The reject file, with its header line. */
void
open_rejects(Load *l)
{
	if (!l->reject_path)
	{
		static char rp[4096];

		snprintf(rp, sizeof rp, "%s.rejects.csv", l->path);
		l->reject_path = rp;
	}
	rejects = fopen(l->reject_path, "wb");
	if (!rejects)
		die(EXIT_USAGE, "could not write \"%s\": %s", l->reject_path, strerror(errno));
	fprintf(rejects, "row,line,reason,original_row\n");
	fflush(rejects);
	l->tty = !l->quiet && isatty(STDERR_FILENO);
}

/* In job `job` of several: the job's own part of the reject file. */
void
open_reject_part(const Load *l, int job)
{
	char		part[4200];

	fclose(rejects);
	snprintf(part, sizeof part, "%s.part%d", l->reject_path, job);
	rejects = fopen(part, "wb");
	if (!rejects)
		die(EXIT_USAGE, "could not write \"%s\": %s", part, strerror(errno));
}

/* The jobs' parts appended to the reject file, in job order, and removed. */
void
merge_reject_parts(const Load *l)
{
	for (int j = 0; j < jobs; j++)
	{
		char		part[4200];
		char		buf[65536];
		size_t		n;
		FILE	   *pf;

		snprintf(part, sizeof part, "%s.part%d", l->reject_path, j);
		pf = fopen(part, "rb");
		if (!pf)
			continue;
		while ((n = fread(buf, 1, sizeof buf, pf)) > 0)
			fwrite(buf, 1, n, rejects);
		fclose(pf);
		unlink(part);
	}
}
