/*
 * jobs.c: the jobs: which job loads a row, the loop of one job over the
 * records, and the jobs forked, waited for and their counts added up.
 */

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "enroll_load.h"

int			cnid_col = -1;
int			jobs = 1;
int			batch_size = 5000;

#define BATCH_MAX_BYTES ((size_t) 256 << 20)
JobStat    *stats;

/*
 * Which job loads a row: a hash of the canonical ID number (17 characters
 * of body; a 15-digit number gets its century), so that every form of one
 * person goes to one job whatever its spelling (blanks, full-width digits,
 * lower-case x).  A field that is no ID number goes to job 0, where the
 * server rejects it.
 */
static int
job_of(const Record *r)
{
	char		canon[24];
	int			n = 0;
	uint32_t	h = 2166136261u;

	if (jobs == 1 || cnid_col < 0)
		return 0;
	for (size_t i = r->fstart[cnid_col]; i < r->fend[cnid_col] && n < 20; i++)
	{
		unsigned char c = (unsigned char) data[i];

		if (c >= '0' && c <= '9')
			canon[n++] = (char) c;
		else if (c == 'x' || c == 'X')
			canon[n++] = 'X';
		else if (enc == ENC_UTF8 && c == 0xEF && i + 2 < r->fend[cnid_col] && (unsigned char) data[i + 1] == 0xBC &&
				 (unsigned char) data[i + 2] >= 0x90 && (unsigned char) data[i + 2] <= 0x99)
			canon[n++] = (char) ('0' + (unsigned char) data[i + 2] - 0x90), i += 2;
		else if (enc == ENC_UTF8 && c == 0xEF && i + 2 < r->fend[cnid_col] && (unsigned char) data[i + 1] == 0xBC &&
				 ((unsigned char) data[i + 2] == 0xB8))
			canon[n++] = 'X', i += 2;
		else if (enc == ENC_UTF8 && c == 0xEF && i + 2 < r->fend[cnid_col] && (unsigned char) data[i + 1] == 0xBD &&
				 ((unsigned char) data[i + 2] == 0x98))
			canon[n++] = 'X', i += 2;
		else if (enc == ENC_GB18030 && c == 0xA3 && i + 1 < r->fend[cnid_col] &&
				 (unsigned char) data[i + 1] >= 0xB0 && (unsigned char) data[i + 1] <= 0xB9)
			canon[n++] = (char) ('0' + (unsigned char) data[i + 1] - 0xB0), i += 1;
		else if (enc == ENC_GB18030 && c == 0xA3 && i + 1 < r->fend[cnid_col] &&
				 ((unsigned char) data[i + 1] == 0xD8 || (unsigned char) data[i + 1] == 0xF8))
			canon[n++] = 'X', i += 1;
		else if (c == ' ' || c == '\t' || c == '"')
			continue;
		else
			return 0;
	}
	if (n == 15)
	{
		memmove(canon + 8, canon + 6, 9);
		canon[6] = '1';
		canon[7] = '9';
		n = 17;
	}
	else if (n == 18)
		n = 17;
	else
		return 0;
	for (int i = 0; i < n; i++)
		h = (h ^ (unsigned char) canon[i]) * 16777619u;
	return (int) (h % (uint32_t) jobs);
}

/* Load the rows of job `job` (all rows when there is one job). */
static void
run_job(int job, size_t body)
{
	JobStat    *st = &stats[job];
	Row		   *rows = calloc(batch_size, sizeof(Row));
	int			nrows = 0;
	size_t		nbytes = 0;		/* of the batch's records */
	size_t		pos = body;
	long		line;
	long		rowno = 0;

	if (!rows)
		die(EXIT_USAGE, "out of memory");
	connect_db();

	line = line_of(body);
	while (pos < data_len)
	{
		Row		   *row = &rows[nrows];
		Record	   *r = &row->rec;
		long		bad;

		parse_record(pos, line, r);
		pos = r->next;
		line = r->line_last + 1;
		rowno++;
		/* a blank last line is no record */
		if (r->start == r->end && r->next == data_len && r->nfields == 1 && !r->why[0])
		{
			rowno--;
			break;
		}
		if (!r->why[0] && (bad = first_invalid(enc, data + r->start, r->end - r->start)) >= 0)
			rec_fail(r, "row: invalid %s byte sequence at byte %ld of the row", enc == ENC_UTF8 ? "UTF-8" : "GB18030", bad + 1);
		if (!r->why[0] && r->nfields != ncols)
			rec_fail(r, "row: %d fields expected, got %d", ncols, r->nfields);
		if (r->why[0])
		{
			if (job == 0)
			{
				st->input++;
				reject(st, rowno, r, r->why);
			}
			continue;
		}
		if (job == 0)
			st->input++;
		if (job_of(r) != job)
			continue;
		row->rowno = rowno;
		nbytes += r->end - r->start;
		/* a batch's cells travel as one parameter: kept well below its 1 GB */
		if (++nrows == batch_size || nbytes >= BATCH_MAX_BYTES)
		{
			flush_batch(st, rows, nrows, job, pos);
			nrows = 0;
			nbytes = 0;
		}
	}
	flush_batch(st, rows, nrows, job, data_len);
	st->pos = (long) data_len;
	free(rows);
	PQfinish(conn);
	conn = NULL;
}

/* Fork the jobs (one per connection), each with its own reject file when there are several. */
static void
start_jobs(Load *l, pid_t *pids)
{
	size_t		body = l->hdr.next;

	fflush(NULL);
	for (int j = 0; j < jobs; j++)
	{
		pids[j] = fork();
		if (pids[j] < 0)
			die(EXIT_USAGE, "could not start job %d: %s", j, strerror(errno));
		if (pids[j] == 0)
		{
			if (jobs > 1)
				open_reject_part(l, j);
			run_job(j, body);
			fclose(rejects);
			_exit(EXIT_LOADED);
		}
	}
}

/* Run the jobs and wait for them, with the progress bar; their worst status into l->status. */
void
run_jobs(Load *l)
{
	pid_t		pids[64];
	int			running = jobs;

	stats = mmap(NULL, sizeof(JobStat) * jobs, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (stats == MAP_FAILED)
		die(EXIT_USAGE, "out of memory");
	memset(stats, 0, sizeof(JobStat) * jobs);
	l->t0 = now_sec();
	start_jobs(l, pids);
	while (running > 0)
	{
		int			wst;
		pid_t		p = waitpid(-1, &wst, l->tty ? WNOHANG : 0);

		if (p > 0)
		{
			running--;
			if (!WIFEXITED(wst) || WEXITSTATUS(wst) != 0)
			{
				int			code = WIFEXITED(wst) ? WEXITSTATUS(wst) : EXIT_DATABASE;

				if (code > l->status)
					l->status = code;
				if (!WIFEXITED(wst))
					fprintf(stderr, "%s: a job ended by signal %d\n", progname, WTERMSIG(wst));
			}
			continue;
		}
		if (p < 0 && errno != EINTR)
			break;
		if (l->tty)
		{
			progress(l->t0, 0);
			usleep(200000);
		}
	}
	if (l->tty)
		progress(l->t0, 1);
}

/* The jobs' reject files appended to the reject file, which is closed; the jobs' counts added up. */
void
collect_jobs(Load *l)
{
	if (jobs > 1)
		merge_reject_parts(l);
	fclose(rejects);
	for (int j = 0; j < jobs; j++)
	{
		l->total.input += stats[j].input;
		l->total.inserted += stats[j].inserted;
		l->total.updated += stats[j].updated;
		l->total.unchanged += stats[j].unchanged;
		l->total.rejected += stats[j].rejected;
	}
}
