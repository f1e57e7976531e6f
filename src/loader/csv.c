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
