/*
 * enroll-load: load registration forms from a CSV file into the register.
 *
 *   enroll-load [OPTION]... FILE.csv
 *
 * The file is read once into memory (mmap), its encoding decided on the
 * whole file (or given), and split into records by RFC 4180.  Every record
 * is accounted for: a record that cannot be delimited, holds a NUL byte, an
 * invalid byte sequence, a stray quote, an over-long field or the wrong
 * number of fields is rejected by the loader; the others are streamed by
 * COPY into a temporary staging table and registered by
 * enroll.register_batch() (the rules of enroll.register()), one transaction
 * per batch, committed synchronously.  With --jobs N, N connections load
 * disjoint sets of persons (by a hash of the canonical ID number), so that
 * they never wait for each other.  A rerun of the same file changes nothing
 * that was committed (every such row is then "unchanged"): this is how a
 * killed or crashed load resumes.
 *
 * The reference, with the exit status, is in doc/reference-register.md
 * (section "enroll-load").
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <libpq-fe.h>

#ifndef ENROLL_VERSION
#define ENROLL_VERSION "unknown"
#endif

#define MAX_COLS 64

/* exit status */
#define EXIT_LOADED		0			/* every row loaded */
#define EXIT_USAGE		1			/* usage, input or encoding: nothing loaded */
#define EXIT_DATABASE	2			/* database error: committed batches stay */
#define EXIT_COUNTS		3			/* input <> loaded + rejected (a bug) */
#define EXIT_REJECTED	4			/* every row loaded or rejected, some rejected */

static const char *progname = "enroll-load";
static PGconn *conn;

static void
die(int code, const char *fmt,...)
{
	va_list		ap;

	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (conn)
		PQfinish(conn);
	exit(code);
}

static double
now_sec(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return tv.tv_sec + tv.tv_usec / 1e6;
}

/* ---- growable buffer ----------------------------------------------------- */

typedef struct
{
	char	   *data;
	size_t		len;
	size_t		cap;
} Buf;

static void
buf_add(Buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap)
	{
		b->cap = (b->len + n + 1) * 2;
		b->data = realloc(b->data, b->cap);
		if (!b->data)
			die(EXIT_USAGE, "out of memory");
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static void
buf_printf(Buf *b, const char *fmt,...)
{
	char		tmp[512];
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	buf_add(b, tmp, n < (int) sizeof tmp ? (size_t) n : sizeof tmp - 1);
}

/* ---- encodings ----------------------------------------------------------- */

enum
{
	ENC_UTF8, ENC_GB18030
};
static const char *const enc_name[] = {"UTF8", "GB18030"};

/* Length of a valid UTF-8 sequence at s, or 0. */
static int
utf8_seq(const unsigned char *s, size_t left)
{
	int			n;
	unsigned int cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		n = 2, cp = s[0] & 0x1F;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		n = 3, cp = s[0] & 0x0F;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		n = 4, cp = s[0] & 0x07;
	else
		return 0;
	if ((size_t) n > left)
		return 0;
	for (int i = 1; i < n; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return n;
}

/*
 * Length of a valid GB18030 sequence at s, or 0.  Four-byte sequences are
 * accepted only where GB18030 maps them to Unicode (first byte 0x81-0x84 for
 * the BMP, 0x90-0xE3 for the supplementary planes), so that the server's
 * conversion never fails on a row the loader let through.
 */
static int
gb18030_seq(const unsigned char *s, size_t left)
{
	if (s[0] < 0x80)
		return 1;
	if (s[0] == 0x80 || s[0] == 0xFF || left < 2)
		return 0;
	if ((s[1] >= 0x40 && s[1] <= 0x7E) || (s[1] >= 0x80 && s[1] <= 0xFE))
		return 2;
	if (s[1] >= 0x30 && s[1] <= 0x39 && left >= 4 &&
		s[2] >= 0x81 && s[2] <= 0xFE && s[3] >= 0x30 && s[3] <= 0x39 &&
		((s[0] >= 0x81 && s[0] <= 0x84) || (s[0] >= 0x90 && s[0] <= 0xE3)))
		return 4;
	return 0;
}

static int
enc_seq(int enc, const unsigned char *s, size_t left)
{
	return enc == ENC_UTF8 ? utf8_seq(s, left) : gb18030_seq(s, left);
}

/* Offset of the first invalid sequence in s[0..len), or -1. */
static long
first_invalid(int enc, const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		int			n = enc_seq(enc, (const unsigned char *) s + i, len - i);

		if (n == 0)
			return (long) i;
		i += n;
	}
	return -1;
}

typedef struct
{
	long		first_bad;		/* offset of the first invalid sequence, or -1 */
	long		bad;			/* invalid sequences (resynchronising a byte on) */
	long		multibyte;		/* valid multibyte characters */
	long		first_multibyte;	/* offset of the first, or -1 */
} EncScan;

static EncScan
enc_scan(int enc, const char *s, size_t len)
{
	EncScan		r = {-1, 0, 0, -1};
	size_t		i = 0;

	while (i < len)
	{
		int			n = enc_seq(enc, (const unsigned char *) s + i, len - i);

		if (n == 0)
		{
			if (r.first_bad < 0)
				r.first_bad = (long) i;
			r.bad++;
			i++;
			continue;
		}
		if (n > 1)
		{
			if (r.first_multibyte < 0)
				r.first_multibyte = (long) i;
			r.multibyte++;
		}
		i += n;
	}
	return r;
}

/* ---- the input file and its records ------------------------------------- */

static const char *data;		/* the file, mapped */
static size_t data_len;
static size_t data_start;		/* after the byte-order mark */
static int	enc;
static long max_field = 4096;

/* 1-based line of a byte offset (for messages; linear, used rarely) */
static long
line_of(size_t off)
{
	long		line = 1;

	for (size_t i = 0; i < off && i < data_len; i++)
		if (data[i] == '\n')
			line++;
	return line;
}

typedef struct
{
	size_t		start;			/* first byte */
	size_t		end;			/* after the last byte, line end excluded */
	size_t		next;			/* where the next record starts */
	long		line_first;
	long		line_last;
	int			nfields;
	size_t		fstart[MAX_COLS];	/* raw field spans (quotes included) */
	size_t		fend[MAX_COLS];
	char		why[200];		/* empty when the record is fine */
} Record;

static void
rec_fail(Record *r, const char *fmt,...)
{
	va_list		ap;

	if (r->why[0])
		return;					/* the first fault is the reason */
	va_start(ap, fmt);
	vsnprintf(r->why, sizeof r->why, fmt, ap);
	va_end(ap);
}

/*
 * Split the record at pos (line `line`) by RFC 4180: fields separated by
 * commas, records by CRLF or LF; a field in double quotes may hold commas,
 * line ends and doubled quotes.  A quote anywhere else (a stray quote), or
 * text after a closing quote, is a fault of the record, which then ends at
 * the end of the physical line.  A quote that never closes makes the
 * record undelimitable: it is rejected as its first line alone, and the
 * next record starts on the following line.
 */
static void
parse_record(size_t pos, long line, Record *r)
{
	size_t		i = pos;
	int			f = 0;

	r->start = pos;
	r->line_first = line;
	r->why[0] = '\0';
	for (;;)
	{
		size_t		fs = i;

		if (f < MAX_COLS)
			r->fstart[f] = i;
		if (i < data_len && data[i] == '"')
		{
			/* quoted field */
			size_t		open_line = line;
			int			closed = 0;

			i++;
			while (i < data_len)
			{
				if (data[i] == '"')
				{
					if (i + 1 < data_len && data[i + 1] == '"')
					{
						i += 2;
						continue;
					}
					i++;
					closed = 1;
					break;
				}
				if (data[i] == '\n')
					line++;
				else if (data[i] == '\0')
					rec_fail(r, "field %d: NUL byte", f + 1);
				i++;
			}
			if (!closed)
			{
				/* undelimitable: reject the opening line alone, resume after it */
				const char *nl = memchr(data + pos, '\n', data_len - pos);

				r->end = nl ? (size_t) (nl - data) : data_len;
				if (r->end > pos && data[r->end - 1] == '\r')
					r->end--;
				r->next = nl ? (size_t) (nl - data) + 1 : data_len;
				r->line_last = r->line_first;
				r->why[0] = '\0';
				rec_fail(r, "field %d: quote opened on line %ld never closed", f + 1, (long) open_line);
				r->nfields = f + 1;
				return;
			}
			if ((long) (i - fs - 2) > max_field)
				rec_fail(r, "field %d: %zu bytes, more than %ld", f + 1, i - fs - 2, max_field);
			if (i < data_len && data[i] != ',' && data[i] != '\n' &&
				!(data[i] == '\r' && i + 1 < data_len && data[i + 1] == '\n') &&
				!(data[i] == '\r' && i + 1 == data_len))
			{
				rec_fail(r, "field %d: stray quote (text after the closing quote)", f + 1);
				/* skip to the end of this physical line */
				while (i < data_len && data[i] != '\n')
				{
					i++;
				}
				if (f < MAX_COLS)
					r->fend[f] = i;
				f++;
				goto line_end;
			}
		}
		else
		{
			/* unquoted field: up to a comma or the line end */
			while (i < data_len && data[i] != ',' && data[i] != '\n')
			{
				if (data[i] == '"')
					rec_fail(r, "field %d: stray quote in an unquoted field", f + 1);
				else if (data[i] == '\0')
					rec_fail(r, "field %d: NUL byte", f + 1);
				i++;
			}
			{
				size_t		e = i;

				if (e > fs && data[e - 1] == '\r' && (e == data_len || data[e] == '\n'))
					e--;
				if ((long) (e - fs) > max_field)
					rec_fail(r, "field %d: %zu bytes, more than %ld", f + 1, e - fs, max_field);
			}
		}
		if (f < MAX_COLS)
		{
			size_t		e = i;

			if (e > fs && data[e - 1] == '\r' && (e == data_len || data[e] == '\n'))
				e--;
			r->fend[f] = e;
		}
		f++;
		if (i < data_len && data[i] == ',')
		{
			i++;
			continue;
		}
line_end:
		/* at a line end or the end of the file */
		r->end = i;
		if (r->end > pos && data[r->end - 1] == '\r')
			r->end--;
		r->next = i < data_len ? i + 1 : data_len;
		r->line_last = line;
		r->nfields = f;
		if (f > MAX_COLS)
			rec_fail(r, "row: %d fields, more than %d", f, MAX_COLS);
		return;
	}
}

/* ---- the job: stage, register and commit batches ------------------------- */

typedef struct
{
	volatile long input;		/* records read (job 0 only) */
	volatile long inserted;
	volatile long updated;
	volatile long unchanged;
	volatile long rejected;
	volatile long pos;			/* bytes of the file behind the last commit */
	volatile long batches;
} JobStat;

typedef struct
{
	long		rowno;
	Record		rec;
} Row;

static int	ncols;
static int	cnid_col = -1;
static int	jobs = 1;
static int	batch_size = 5000;
static int	verbose;
static char register_sql[8192];
static const char *conn_kw[8];
static const char *conn_val[8];

static FILE *rejects;
static JobStat *stats;			/* shared between the jobs */

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
static void
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

static PGresult *
run(const char *sql, ExecStatusType want)
{
	PGresult   *r = PQexec(conn, sql);

	if (PQresultStatus(r) != want)
		die(EXIT_DATABASE, "%s(query: %.200s)", PQerrorMessage(conn), sql);
	return r;
}

/* One COPY line: the row number, then every field in double quotes. */
static void
copy_line(Buf *b, const Row *row)
{
	buf_printf(b, "%ld", row->rowno);
	for (int k = 0; k < row->rec.nfields; k++)
	{
		size_t		s = row->rec.fstart[k],
					e = row->rec.fend[k];

		buf_add(b, ",", 1);
		if (e > s && data[s] == '"')
			buf_add(b, data + s, e - s);	/* quoted already, "" inside */
		else
		{
			buf_add(b, "\"", 1);
			buf_add(b, data + s, e - s);	/* no quote inside: checked */
			buf_add(b, "\"", 1);
		}
	}
	buf_add(b, "\n", 1);
}

/* COPY rows [from, to) into the staging table; 1 if the server took them. */
static int
copy_rows(Row *rows, int from, int to, char *err, size_t errlen)
{
	PGresult   *r;
	Buf			b = {0};
	int			ok;

	r = PQexec(conn, "COPY pg_temp.enroll_load_stage FROM STDIN (FORMAT csv)");
	if (PQresultStatus(r) != PGRES_COPY_IN)
		die(EXIT_DATABASE, "COPY: %s", PQerrorMessage(conn));
	PQclear(r);
	for (int i = from; i < to; i++)
	{
		copy_line(&b, &rows[i]);
		if (b.len > (1 << 20) || i == to - 1)
		{
			if (PQputCopyData(conn, b.data, (int) b.len) != 1)
				die(EXIT_DATABASE, "COPY: %s", PQerrorMessage(conn));
			b.len = 0;
		}
	}
	free(b.data);
	if (PQputCopyEnd(conn, NULL) != 1)
		die(EXIT_DATABASE, "COPY: %s", PQerrorMessage(conn));
	r = PQgetResult(conn);
	ok = PQresultStatus(r) == PGRES_COMMAND_OK;
	if (!ok)
	{
		const char *m = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);

		snprintf(err, errlen, "row: %s", m ? m : PQerrorMessage(conn));
		if (PQstatus(conn) != CONNECTION_OK)
			die(EXIT_DATABASE, "COPY: %s", PQerrorMessage(conn));
	}
	PQclear(r);
	while ((r = PQgetResult(conn)) != NULL)
		PQclear(r);
	return ok;
}

static void
flush_batch(JobStat *st, Row *rows, int n, int job, size_t pos)
{
	PGresult   *r;
	char		err[300];
	int			got;
	char	   *staged = calloc(n > 0 ? n : 1, 1);

	if (n == 0)
	{
		free(staged);
		return;
	}
	PQclear(run("BEGIN", PGRES_COMMAND_OK));
	if (copy_rows(rows, 0, n, err, sizeof err))
		memset(staged, 1, n);
	else
	{
		/*
		 * The server refused the batch (a character its conversion does not
		 * map, say): stage row by row, each under a savepoint, and reject
		 * the rows it refuses with its message.
		 */
		PQclear(run("ROLLBACK", PGRES_COMMAND_OK));
		PQclear(run("BEGIN", PGRES_COMMAND_OK));
		for (int i = 0; i < n; i++)
		{
			PQclear(run("SAVEPOINT row", PGRES_COMMAND_OK));
			if (copy_rows(rows, i, i + 1, err, sizeof err))
			{
				staged[i] = 1;
				PQclear(run("RELEASE row", PGRES_COMMAND_OK));
			}
			else
			{
				PQclear(run("ROLLBACK TO row", PGRES_COMMAND_OK));
				reject(st, rows[i].rowno, &rows[i].rec, err);
			}
		}
	}
	r = run(register_sql, PGRES_TUPLES_OK);
	got = PQntuples(r);
	{
		int			k = 0;

		for (int i = 0; i < n; i++)
		{
			const char *action;

			if (!staged[i])
				continue;
			if (k >= got || atol(PQgetvalue(r, k, 0)) != rows[i].rowno)
				die(EXIT_COUNTS, "job %d: row %ld has no result from register_batch()", job, rows[i].rowno);
			action = PQgetvalue(r, k, 1);
			if (strcmp(action, "inserted") == 0)
				st->inserted++;
			else if (strcmp(action, "updated") == 0)
				st->updated++;
			else if (strcmp(action, "unchanged") == 0)
				st->unchanged++;
			else
				reject(st, rows[i].rowno, &rows[i].rec, PQgetvalue(r, k, 2));
			k++;
		}
		if (k != got)
			die(EXIT_COUNTS, "job %d: %d rows staged, %d results", job, k, got);
	}
	PQclear(r);
	PQclear(run("COMMIT", PGRES_COMMAND_OK));
	fflush(rejects);
	st->pos = (long) pos;
	st->batches++;
	if (verbose)
		fprintf(stderr, "%s: job %d: batch %ld committed: rows %ld..%ld\n", progname, job, st->batches,
				rows[0].rowno, rows[n - 1].rowno);
	free(staged);
}

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

static void
connect_db(void)
{
	conn = PQconnectdbParams(conn_kw, conn_val, 1);
	if (PQstatus(conn) != CONNECTION_OK)
		die(EXIT_DATABASE, "%s", PQerrorMessage(conn));
	if (PQsetClientEncoding(conn, enc_name[enc]) != 0)
		die(EXIT_DATABASE, "cannot set client_encoding to %s", enc_name[enc]);
	PQclear(run("SET synchronous_commit = on", PGRES_COMMAND_OK));
}

/* Load the rows of job `job` (all rows when there is one job). */
static void
run_job(int job, size_t body)
{
	JobStat    *st = &stats[job];
	Row		   *rows = calloc(batch_size, sizeof(Row));
	int			nrows = 0;
	size_t		pos = body;
	long		line;
	long		rowno = 0;
	char		sql[8192];

	if (!rows)
		die(EXIT_USAGE, "out of memory");
	connect_db();
	snprintf(sql, sizeof sql, "CREATE TEMP TABLE enroll_load_stage (rowno bigint");
	for (int i = 0; i < ncols; i++)
		snprintf(sql + strlen(sql), sizeof sql - strlen(sql), ", c%d text", i);
	strncat(sql, ") ON COMMIT DELETE ROWS", sizeof sql - strlen(sql) - 1);
	PQclear(run(sql, PGRES_COMMAND_OK));

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
		if (++nrows == batch_size)
		{
			flush_batch(st, rows, nrows, job, pos);
			nrows = 0;
		}
	}
	flush_batch(st, rows, nrows, job, data_len);
	st->pos = (long) data_len;
	free(rows);
	PQfinish(conn);
	conn = NULL;
}

/* ---- progress -------------------------------------------------------------- */

static void
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

/* ---- main ------------------------------------------------------------------ */

static void
help(void)
{
	printf("%s loads registration forms from a CSV file into the enroll register.\n\n"
		   "Usage:\n  %s [OPTION]... FILE.csv\n\n"
		   "Options:\n"
		   "  -e, --encoding=ENC        input encoding: auto (default), utf8 or gb18030\n"
		   "  -r, --rejects=FILE        reject file (default FILE.csv.rejects.csv)\n"
		   "  -b, --batch-size=N        rows per transaction (default 5000)\n"
		   "  -j, --jobs=N              load with N connections in parallel (default 1)\n"
		   "      --max-field-bytes=N   reject fields longer than N bytes (default 4096)\n"
		   "  -q, --quiet               no progress bar\n"
		   "  -v, --verbose             a line on stderr for every committed batch\n"
		   "  -V, --version             output version information, then exit\n"
		   "  -?, --help                show this help, then exit\n\n"
		   "Connection options:\n"
		   "  -d, --dbname=DBNAME       database name or connection string\n"
		   "  -h, --host=HOSTNAME       database server host or socket directory\n"
		   "  -p, --port=PORT           database server port\n"
		   "  -U, --username=USERNAME   user name to connect as\n\n"
		   "Without them, the libpq environment (PGHOST, PGPORT, PGDATABASE, PGUSER, ...) applies.\n\n"
		   "Exit status: 0 every row loaded; 4 every row loaded or rejected, some rejected;\n"
		   "1 usage, input or encoding error (nothing loaded); 2 database error (committed\n"
		   "batches stay; rerun to resume); 3 the counts do not add up.\n",
		   progname, progname);
	exit(EXIT_LOADED);
}

static void
usage_error(const char *fmt,...)
{
	va_list		ap;

	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry \"%s --help\" for more information.\n", progname);
	exit(EXIT_USAGE);
}

static long
parse_count(const char *opt, const char *s, long lo, long hi)
{
	char	   *end;
	long		v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || end == s || v < lo || v > hi)
		usage_error("invalid value \"%s\" for option %s (%ld..%ld expected)", s, opt, lo, hi);
	return v;
}

/* Decide the encoding from the whole file, or stop. */
static int
decide_encoding(void)
{
	EncScan		u = enc_scan(ENC_UTF8, data + data_start, data_len - data_start);
	EncScan		g = enc_scan(ENC_GB18030, data + data_start, data_len - data_start);

	/* a UTF-8 file is often valid GB18030 too; the reverse is rare */
	int			utf8_plausible = u.bad == 0 || u.bad * 100 <= u.multibyte;

	if (u.bad == 0 && (u.multibyte == 0 || u.multibyte >= 8))
		return ENC_UTF8;
	if (g.bad == 0 && !utf8_plausible)
		return ENC_GB18030;
	if (u.bad == 0 && g.bad == 0)
	{
		long		off = (long) data_start + u.first_multibyte;

		fprintf(stderr, "%s: could not determine the input encoding: the file is valid UTF-8 and valid GB18030, with only %ld "
				"non-ASCII characters (the first on line %ld, byte %ld of the file)\n"
				"Pass --encoding=utf8 or --encoding=gb18030.\n",
				progname, u.multibyte, line_of((size_t) off), off + 1);
		exit(EXIT_USAGE);
	}
	{
		long		uo = (long) data_start + u.first_bad;
		long		go = (long) data_start + g.first_bad;

		if (g.bad == 0)
			fprintf(stderr, "%s: could not determine the input encoding: the file is valid GB18030, but also UTF-8 but for %ld invalid "
					"sequence%s (the first on line %ld, byte %ld of the file)\n",
					progname, u.bad, u.bad == 1 ? "" : "s", line_of((size_t) uo), uo + 1);
		else
			fprintf(stderr, "%s: could not determine the input encoding: the file is not valid UTF-8 (%ld invalid sequence%s, the first "
					"on line %ld, byte %ld of the file) nor valid GB18030 (%ld, the first on line %ld, byte %ld)\n",
					progname, u.bad, u.bad == 1 ? "" : "s", line_of((size_t) uo), uo + 1,
					g.bad, line_of((size_t) go), go + 1);
		fprintf(stderr, "Pass --encoding=utf8 or --encoding=gb18030: rows not valid in it are then rejected, the others loaded.\n");
		exit(EXIT_USAGE);
	}
}

/* What main() carries from one phase to the next. */
typedef struct
{
	const char *enc_opt;		/* --encoding as given */
	const char *reject_path;
	const char *path;			/* the input file */
	int			quiet;
	int			tty;			/* a progress bar on stderr */
	Record		hdr;			/* the header record */
	char	   *header[MAX_COLS];	/* its field names, unquoted */
	double		t0;				/* start of the load */
	int			status;			/* the worst exit status of the jobs */
	JobStat		total;
} Load;

/* The options and the input file; the connection parameters into conn_kw. */
static void
parse_options(Load *l, int argc, char **argv)
{
	static const struct option long_options[] = {
		{"dbname", required_argument, NULL, 'd'},
		{"host", required_argument, NULL, 'h'},
		{"port", required_argument, NULL, 'p'},
		{"username", required_argument, NULL, 'U'},
		{"encoding", required_argument, NULL, 'e'},
		{"rejects", required_argument, NULL, 'r'},
		{"batch-size", required_argument, NULL, 'b'},
		{"jobs", required_argument, NULL, 'j'},
		{"max-field-bytes", required_argument, NULL, 1},
		{"quiet", no_argument, NULL, 'q'},
		{"verbose", no_argument, NULL, 'v'},
		{"version", no_argument, NULL, 'V'},
		{"help", no_argument, NULL, '?'},
		{NULL, 0, NULL, 0}
	};
	const char *dbname = NULL,
			   *host = NULL,
			   *port = NULL,
			   *user = NULL;
	int			opt;
	int			nkw = 0;

	if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-?") == 0))
		help();
	if (argc > 1 && (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0))
	{
		printf("enroll-load (enroll) %s\n", ENROLL_VERSION);
		exit(EXIT_LOADED);
	}
	while ((opt = getopt_long(argc, argv, "d:h:p:U:e:r:b:j:qvV?", long_options, NULL)) != -1)
	{
		switch (opt)
		{
			case 'd': dbname = optarg; break;
			case 'h': host = optarg; break;
			case 'p': port = optarg; break;
			case 'U': user = optarg; break;
			case 'e': l->enc_opt = optarg; break;
			case 'r': l->reject_path = optarg; break;
			case 'b': batch_size = (int) parse_count("--batch-size", optarg, 1, 1000000); break;
			case 'j': jobs = (int) parse_count("--jobs", optarg, 1, 64); break;
			case 1: max_field = parse_count("--max-field-bytes", optarg, 64, 1L << 30); break;
			case 'q': l->quiet = 1; break;
			case 'v': verbose = 1; break;
			case 'V': printf("enroll-load (enroll) %s\n", ENROLL_VERSION); exit(EXIT_LOADED);
			case '?':
				if (optopt == 0 && strcmp(argv[optind - 1], "-?") == 0)
					help();
				fprintf(stderr, "Try \"%s --help\" for more information.\n", progname);
				exit(EXIT_USAGE);
			default:
				fprintf(stderr, "Try \"%s --help\" for more information.\n", progname);
				exit(EXIT_USAGE);
		}
	}
	if (optind >= argc)
		usage_error("no input file given");
	if (optind < argc - 1)
		usage_error("too many command-line arguments (first is \"%s\")", argv[optind + 1]);
	l->path = argv[optind];

	/* connection: the options given, then libpq's environment and defaults */
	conn_kw[nkw] = "dbname", conn_val[nkw++] = dbname;
	conn_kw[nkw] = "host", conn_val[nkw++] = host;
	conn_kw[nkw] = "port", conn_val[nkw++] = port;
	conn_kw[nkw] = "user", conn_val[nkw++] = user;
	conn_kw[nkw] = "fallback_application_name", conn_val[nkw++] = progname;
	conn_kw[nkw] = NULL, conn_val[nkw] = NULL;
}

/* Map the input file into data. */
static void
map_input(Load *l)
{
	int			fd;
	struct stat st;

	fd = open(l->path, O_RDONLY);
	if (fd < 0 || fstat(fd, &st) != 0)
		die(EXIT_USAGE, "could not open \"%s\": %s", l->path, strerror(errno));
	data_len = (size_t) st.st_size;
	if (data_len == 0)
		die(EXIT_USAGE, "\"%s\" is empty (a header line is expected)", l->path);
	data = mmap(NULL, data_len, PROT_READ, MAP_PRIVATE, fd, 0);
	if (data == MAP_FAILED)
		die(EXIT_USAGE, "could not read \"%s\": %s", l->path, strerror(errno));
	madvise((void *) data, data_len, MADV_SEQUENTIAL);
}

/* Encoding: given, or decided on the whole file; a byte-order mark is dropped. */
static void
set_encoding(Load *l)
{
	const char *e = l->enc_opt;

	if (strcasecmp(e, "utf8") == 0 || strcasecmp(e, "utf-8") == 0)
		enc = ENC_UTF8;
	else if (strcasecmp(e, "gb18030") == 0)
		enc = ENC_GB18030;
	else if (strcasecmp(e, "auto") != 0)
		usage_error("invalid encoding \"%s\" (auto, utf8 or gb18030 expected)", e);
	if (data_len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 && (strcasecmp(e, "auto") == 0 || enc == ENC_UTF8))
		data_start = 3, enc = ENC_UTF8;
	else if (data_len >= 4 && memcmp(data, "\x84\x31\x95\x33", 4) == 0 && (strcasecmp(e, "auto") == 0 || enc == ENC_GB18030))
		data_start = 4, enc = ENC_GB18030;
	else if (strcasecmp(e, "auto") == 0)
		enc = decide_encoding();
}

/* The header record and its field names. */
static void
read_header(Load *l)
{
	Record	   *hdr = &l->hdr;

	parse_record(data_start, 1, hdr);
	if (hdr->why[0])
		die(EXIT_USAGE, "header: %s", hdr->why);
	if (first_invalid(enc, data + hdr->start, hdr->end - hdr->start) >= 0)
		die(EXIT_USAGE, "header: not valid %s; give the encoding with --encoding", enc_name[enc]);
	ncols = hdr->nfields;
	for (int i = 0; i < ncols; i++)
	{
		Buf			f = {0};
		size_t		s = hdr->fstart[i],
					e = hdr->fend[i];

		buf_add(&f, "", 0);
		if (e - s >= 2 && data[s] == '"')
		{
			/* quoted: drop the quotes, "" is one quote */
			for (size_t k = s + 1; k < e - 1; k++)
			{
				buf_add(&f, data + k, 1);
				if (data[k] == '"')
					k++;
			}
		}
		else
			buf_add(&f, data + s, e - s);
		l->header[i] = f.data;
	}
}

/* The reject file, with its header line. */
static void
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

/* Header names to form fields, on the server (it knows the encoding); builds register_sql. */
static void
prepare_register(Load *l)
{
	Buf			arr = {0};
	Buf			keys = {0};
	const char *params[1];
	PGresult   *r;

	connect_db();
	buf_add(&arr, "{", 1);
	for (int i = 0; i < ncols; i++)
	{
		buf_add(&arr, i ? ",\"" : "\"", i ? 2 : 1);
		for (char *p = l->header[i]; *p; p++)
		{
			if (*p == '"' || *p == '\\')
				buf_add(&arr, "\\", 1);
			buf_add(&arr, p, 1);
		}
		buf_add(&arr, "\"", 1);
	}
	buf_add(&arr, "}", 1);
	params[0] = arr.data;
	r = PQexecParams(conn,
					 "SELECT coalesce(enroll.load_column(h), '?' || h) FROM unnest($1::text[]) WITH ORDINALITY u(h, i) ORDER BY i",
					 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
		die(EXIT_DATABASE, "%s", PQerrorMessage(conn));
	buf_add(&keys, "ARRAY[", 6);
	for (int i = 0; i < PQntuples(r); i++)
	{
		const char *k = PQgetvalue(r, i, 0);

		if (k[0] == '?')
			die(EXIT_USAGE, "header column %d: unknown field \"%s\"", i + 1, k + 1);
		if (strcmp(k, "cnid") == 0)
			cnid_col = i;
		buf_printf(&keys, "%s'%s'", i ? "," : "", k);
	}
	buf_add(&keys, "]", 1);
	PQclear(r);
	snprintf(register_sql, sizeof register_sql,
			 "SELECT b.rowno, b.action, b.error FROM enroll.register_batch("
			 "ARRAY(SELECT rowno FROM pg_temp.enroll_load_stage ORDER BY rowno), "
			 "ARRAY(SELECT enroll.load_form(%s, ARRAY[", keys.data);
	for (int i = 0; i < ncols; i++)
		snprintf(register_sql + strlen(register_sql), sizeof register_sql - strlen(register_sql), "%sc%d", i ? "," : "", i);
	strncat(register_sql, "]) FROM pg_temp.enroll_load_stage ORDER BY rowno)) b", sizeof register_sql - strlen(register_sql) - 1);
	free(arr.data);
	free(keys.data);
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
			{
				char		part[4200];

				fclose(rejects);
				snprintf(part, sizeof part, "%s.part%d", l->reject_path, j);
				rejects = fopen(part, "wb");
				if (!rejects)
					die(EXIT_USAGE, "could not write \"%s\": %s", part, strerror(errno));
			}
			run_job(j, body);
			fclose(rejects);
			_exit(EXIT_LOADED);
		}
	}
}

/* Run the jobs and wait for them, with the progress bar; their worst status into l->status. */
static void
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
static void
collect_jobs(Load *l)
{
	if (jobs > 1)
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

/* The summary line; returns the exit status. */
static int
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

int
main(int argc, char **argv)
{
	Load		l = {.enc_opt = "auto", .status = EXIT_LOADED};

	parse_options(&l, argc, argv);
	map_input(&l);
	set_encoding(&l);
	read_header(&l);
	open_rejects(&l);
	prepare_register(&l);
	run_jobs(&l);
	collect_jobs(&l);
	return summary(&l);
}
