/*
 * csv.c: the input file, mapped, and its records by RFC 4180; the header.
 */

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "enroll_load.h"

const char *data;
size_t		data_len;
size_t		data_start;
long		max_field = 4096;
int			ncols;

/* 1-based line of a byte offset (for messages; linear, used rarely) */
long
line_of(size_t off)
{
	long		line = 1;

	for (size_t i = 0; i < off && i < data_len; i++)
		if (data[i] == '\n')
			line++;
	return line;
}

void
rec_fail(Record *r, const char *fmt,...)
{
	va_list		ap;

	if (r->why[0])
		return;					/* the first fault is the reason */
	va_start(ap, fmt);
	vsnprintf(r->why, sizeof r->why, fmt, ap);
	va_end(ap);
}

/* How a quoted field ended. */
enum
{
	FIELD_OK,					/* at a comma, a line end or the end of the file */
	FIELD_STRAY,				/* text after the closing quote: skipped to the line end */
	FIELD_UNCLOSED				/* the quote never closes */
};

/*
 * The quoted field f whose opening quote is at *ip: *ip moves past it (to
 * the line end for a stray quote, to the end of the file for an unclosed
 * one), *line counts the line ends inside it.
 */
static int
quoted_field(size_t *ip, long *line, Record *r, int f)
{
	size_t		fs = *ip,
				i = fs + 1;
	int			closed = 0;

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
			(*line)++;
		else if (data[i] == '\0')
			rec_fail(r, "field %d: NUL byte", f + 1);
		i++;
	}
	*ip = i;
	if (!closed)
		return FIELD_UNCLOSED;
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
		*ip = i;
		return FIELD_STRAY;
	}
	return FIELD_OK;
}

/* Where a field that stops at i ends: before a CR of a CRLF or of the file's end. */
static size_t
field_end(size_t fs, size_t i)
{
	if (i > fs && data[i - 1] == '\r' && (i == data_len || data[i] == '\n'))
		return i - 1;
	return i;
}

/* The unquoted field f at *ip: up to a comma or the line end. */
static void
unquoted_field(size_t *ip, Record *r, int f)
{
	size_t		fs = *ip,
				i = fs,
				e;

	while (i < data_len && data[i] != ',' && data[i] != '\n')
	{
		if (data[i] == '"')
			rec_fail(r, "field %d: stray quote in an unquoted field", f + 1);
		else if (data[i] == '\0')
			rec_fail(r, "field %d: NUL byte", f + 1);
		i++;
	}
	e = field_end(fs, i);
	if ((long) (e - fs) > max_field)
		rec_fail(r, "field %d: %zu bytes, more than %ld", f + 1, e - fs, max_field);
	*ip = i;
}

/* An undelimitable record (field f's quote opened on open_line never closes): its first line alone. */
static void
record_unclosed(size_t pos, Record *r, int f, long open_line)
{
	const char *nl = memchr(data + pos, '\n', data_len - pos);

	r->end = nl ? (size_t) (nl - data) : data_len;
	if (r->end > pos && data[r->end - 1] == '\r')
		r->end--;
	r->next = nl ? (size_t) (nl - data) + 1 : data_len;
	r->line_last = r->line_first;
	r->why[0] = '\0';
	rec_fail(r, "field %d: quote opened on line %ld never closed", f + 1, open_line);
	r->nfields = f + 1;
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
void
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
			long		open_line = line;
			int			how = quoted_field(&i, &line, r, f);

			if (how == FIELD_UNCLOSED)
			{
				record_unclosed(pos, r, f, open_line);
				return;
			}
			if (how == FIELD_STRAY)
			{
				if (f < MAX_COLS)
					r->fend[f] = i;
				f++;
				break;
			}
		}
		else
			unquoted_field(&i, r, f);
		if (f < MAX_COLS)
			r->fend[f] = field_end(fs, i);
		f++;
		if (i < data_len && data[i] == ',')
		{
			i++;
			continue;
		}
		break;
	}
	/* at a line end or the end of the file */
	r->end = i;
	if (r->end > pos && data[r->end - 1] == '\r')
		r->end--;
	/* after a closing quote, i is at the CR of a CRLF: the LF ends the line too */
	if (i + 1 < data_len && data[i] == '\r' && data[i + 1] == '\n')
		i++;
	r->next = i < data_len ? i + 1 : data_len;
	r->line_last = line;
	r->nfields = f;
	if (f > MAX_COLS)
		rec_fail(r, "row: %d fields, more than %d", f, MAX_COLS);
}

/* Map the input file into data. */
void
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

/* The header record and its field names. */
void
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
