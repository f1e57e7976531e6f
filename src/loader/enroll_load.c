/*
 * enroll-load: load registration forms from a CSV file into the register.
 *
 *   enroll-load [OPTION]... FILE.csv
 *
 * The file is read once into memory (mmap), its encoding decided on the
 * whole file (or given), and split into records by RFC 4180.  Every record
 * is accounted for: a record that cannot be delimited, holds a NUL byte, an
 * invalid byte sequence, a stray quote, an over-long field or the wrong
 * number of fields is rejected by the loader; the others are sent a batch
 * at a time, as two binary arrays (row numbers, cells), to
 * enroll.register_batch() (the rules of enroll.register()), one transaction
 * per batch, committed synchronously.  With --jobs N, N connections load
 * disjoint sets of persons (by a hash of the canonical ID number), so that
 * they never wait for each other.  A rerun of the same file changes nothing
 * that was committed (every such row is then "unchanged"): this is how a
 * killed or crashed load resumes.
 *
 * This file is the driver: main() runs the phases in order, over one state
 * (Load); the parts, one concept a file, are listed in enroll_load.h.  The
 * reference, with the exit status, is in doc/reference-register.md (section
 * "enroll-load").
 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "enroll_load.h"

const char *progname = "enroll-load";
PGconn	   *conn;

void
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

double
now_sec(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return tv.tv_sec + tv.tv_usec / 1e6;
}

void
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

void
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
