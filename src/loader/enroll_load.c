/*
 * enroll-load: load registration forms from a CSV file into the register
 * (issue 6).  Each row goes through enroll.register() on the server, by the
 * same rules as an application's call; a row that fails is written to the
 * reject file with its row number, the reason and the original row.
 *
 *   enroll-load [-d CONNINFO] [-e auto|utf8|gb18030] [-r REJECTS] [-b BATCH] [-q] FILE.csv
 *
 * The first row is the header: form field names (cnid, name, county, ...)
 * or the form's Chinese labels (公民身份证号码, 姓名, 县(区), ...).  The file is
 * UTF-8 or GB18030, detected or given; the server converts it
 * (client_encoding), and the reject file keeps the input's encoding.  Rows
 * are streamed with COPY into a temporary staging table and registered in
 * batches, one transaction per batch, committed synchronously; "batch N
 * committed" lines on stderr name what is durable.  Rerunning a file
 * changes nothing (every row is then "unchanged").  Connection: libpq
 * environment variables (PGHOST, PGPORT, PGDATABASE, ...) or -d with a
 * connection string.
 *
 * Exit status: 0 all rows loaded or rejected and counted, 1 usage or I/O
 * error, 2 database error, 3 counts do not add up.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <libpq-fe.h>

#define MAX_COLS 64

static const char *progname = "enroll-load";
static PGconn *conn;

static void
die(int code, const char *fmt, ...)
{
	va_list ap;

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

/* ---- CSV records: split on newlines outside quotes ---------------------- */

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
			die(1, "out of memory");
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

/*
 * Read one CSV record (without its line end) into rec.  Returns 0 at end of
 * file.  A quote inside a field is "" (RFC 4180).  Safe for GB18030: its
 * trailing bytes are never '"', ',', '\r' or '\n'.
 */
static int
read_record(FILE *f, Buf *rec, long *bytes)
{
	int			c;
	int			in_quotes = 0;
	int			any = 0;
	char		ch;

	rec->len = 0;
	if (rec->data)
		rec->data[0] = '\0';
	while ((c = getc(f)) != EOF)
	{
		(*bytes)++;
		any = 1;
		if (c == '"')
			in_quotes = !in_quotes;
		else if (!in_quotes && c == '\n')
		{
			if (rec->len > 0 && rec->data[rec->len - 1] == '\r')
				rec->data[--rec->len] = '\0';
			return 1;
		}
		ch = (char) c;
		buf_add(rec, &ch, 1);
	}
	if (rec->len > 0 && rec->data[rec->len - 1] == '\r')
		rec->data[--rec->len] = '\0';
	return any;
}

/* Fields of a record, or -1 for an unterminated quote. */
static int
count_fields(const char *s, size_t len)
{
	int			n = 1;
	int			in_quotes = 0;

	for (size_t i = 0; i < len; i++)
	{
		if (s[i] == '"')
			in_quotes = !in_quotes;
		else if (s[i] == ',' && !in_quotes)
			n++;
	}
	return in_quotes ? -1 : n;
}

/* Split a record into unquoted fields (for the header only). */
static int
split_fields(const char *s, size_t len, char **out, int max)
{
	int			n = 0;
	size_t		i = 0;

	for (;;)
	{
		Buf			f = {0};
		int			q = 0;

		buf_add(&f, "", 0);
		while (i < len)
		{
			char		c = s[i];

			if (c == '"')
			{
				if (q && i + 1 < len && s[i + 1] == '"')
				{
					buf_add(&f, "\"", 1);
					i += 2;
					continue;
				}
				q = !q;
				i++;
				continue;
			}
			if (c == ',' && !q)
				break;
			buf_add(&f, &c, 1);
			i++;
		}
		if (n >= max)
			die(1, "more than %d columns", max);
		out[n++] = f.data;
		if (i >= len)
			break;
		i++;					/* the comma */
	}
	return n;
}

/* ---- encodings ---------------------------------------------------------- */

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

/* Length of a valid GB18030 sequence at s, or 0. */
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
		s[2] >= 0x81 && s[2] <= 0xFE && s[3] >= 0x30 && s[3] <= 0x39)
		return 4;
	return 0;
}

static int
valid_in(const char *enc, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;
	int			(*seq) (const unsigned char *, size_t) = strcmp(enc, "UTF8") == 0 ? utf8_seq : gb18030_seq;

	while (i < len)
	{
		int			n = seq(p + i, len - i);

		if (n == 0)
			return 0;
		i += n;
	}
	return 1;
}

/* UTF-8 when the first 1 MB is valid UTF-8 with some multibyte text or pure ASCII, else GB18030. */
static const char *
detect_encoding(FILE *f)
{
	static char buf[1 << 20];
	size_t		n = fread(buf, 1, sizeof buf, f);
	size_t		i = 0;

	rewind(f);
	while (i < n)
	{
		int			k = utf8_seq((unsigned char *) buf + i, n - i);

		if (k == 0)
			return n - i < 4 && n == sizeof buf ? "UTF8" : "GB18030";
		i += k;
	}
	return "UTF8";
}

/* ---- database ----------------------------------------------------------- */

static PGresult *
run(const char *sql, ExecStatusType want)
{
	PGresult   *r = PQexec(conn, sql);

	if (PQresultStatus(r) != want)
		die(2, "%s\nquery: %.200s", PQerrorMessage(conn), sql);
	return r;
}

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

typedef struct
{
	long		rowno;
	long		len;
	char	   *text;
} Row;

static int quiet;
static long n_input, n_inserted, n_updated, n_unchanged, n_rejected;
static FILE *rejects;

static void
reject(long rowno, const char *reason, const char *text, size_t len)
{
	fprintf(rejects, "%ld,", rowno);
	csv_field(rejects, reason, strlen(reason));
	fputc(',', rejects);
	csv_field(rejects, text, len);
	fputc('\n', rejects);
	n_rejected++;
}

static char register_sql[8192];

/* Stage, register and commit one batch. */
static void
flush_batch(Row *rows, int n, int batchno)
{
	PGresult   *r;
	int			got;
	Buf			copy = {0};

	if (n == 0)
		return;
	PQclear(run("BEGIN", PGRES_COMMAND_OK));
	r = PQexec(conn, "COPY pg_temp.enroll_load_stage FROM STDIN (FORMAT csv)");
	if (PQresultStatus(r) != PGRES_COPY_IN)
		die(2, "COPY: %s", PQerrorMessage(conn));
	PQclear(r);
	for (int i = 0; i < n; i++)
	{
		char		num[32];
		int			k = snprintf(num, sizeof num, "%ld,", rows[i].rowno);

		copy.len = 0;
		buf_add(&copy, num, k);
		buf_add(&copy, rows[i].text, rows[i].len);
		buf_add(&copy, "\n", 1);
		if (PQputCopyData(conn, copy.data, (int) copy.len) != 1)
			die(2, "COPY: %s", PQerrorMessage(conn));
	}
	free(copy.data);
	if (PQputCopyEnd(conn, NULL) != 1)
		die(2, "COPY: %s", PQerrorMessage(conn));
	r = PQgetResult(conn);
	if (PQresultStatus(r) != PGRES_COMMAND_OK)
		die(2, "COPY: %s", PQerrorMessage(conn));
	PQclear(r);

	r = run(register_sql, PGRES_TUPLES_OK);
	got = PQntuples(r);
	if (got != n)
		die(3, "batch %d: %d rows staged, %d results", batchno, n, got);
	for (int i = 0; i < got; i++)
	{
		long		rowno = atol(PQgetvalue(r, i, 0));
		const char *action = PQgetvalue(r, i, 1);

		if (PQgetisnull(r, i, 1))
		{
			/* results come in cnid order; find the row (rows are in row order) */
			int			lo = 0,
						hi = n - 1;

			while (lo < hi)
			{
				int			mid = (lo + hi) / 2;

				if (rows[mid].rowno < rowno)
					lo = mid + 1;
				else
					hi = mid;
			}
			reject(rowno, PQgetvalue(r, i, 2), rows[lo].text, rows[lo].len);
		}
		else if (strcmp(action, "inserted") == 0)
			n_inserted++;
		else if (strcmp(action, "updated") == 0)
			n_updated++;
		else
			n_unchanged++;
	}
	PQclear(r);
	PQclear(run("TRUNCATE pg_temp.enroll_load_stage", PGRES_COMMAND_OK));
	PQclear(run("COMMIT", PGRES_COMMAND_OK));
	fflush(rejects);
	if (!quiet)
		fprintf(stderr, "%sbatch %d committed: rows %ld..%ld\n", isatty(STDERR_FILENO) ? "\r\033[K" : "",
			batchno, rows[0].rowno, rows[n - 1].rowno);
}

static void
progress(long done, long total, long rows, double t0)
{
	int			width = 40;
	int			fill = total > 0 ? (int) (width * (double) done / total) : 0;
	double		el = now_sec() - t0;

	fprintf(stderr, "\r[%.*s%*s] %3d%% %ld rows %.0f rows/s",
			fill, "########################################", width - fill, "",
			total > 0 ? (int) (100.0 * done / total) : 0, rows, el > 0 ? rows / el : 0.0);
}

static void
usage(void)
{
	fprintf(stderr,
			"usage: %s [-d CONNINFO] [-e auto|utf8|gb18030] [-r REJECTS] [-b BATCH] [-q] FILE.csv\n"
			"  -d  connection string or database name (default: libpq environment)\n"
			"  -e  input encoding (default auto: UTF-8 if valid, else GB18030)\n"
			"  -r  reject file (default FILE.rejects.csv): row,reason,original row\n"
			"  -b  rows per transaction (default 5000)\n"
			"  -q  no progress bar and no batch lines\n", progname);
	exit(1);
}

int
main(int argc, char **argv)
{
	const char *conninfo = "";
	const char *enc = "auto";
	const char *reject_path = NULL;
	int			batch = 5000;
	int			opt;
	FILE	   *in;
	struct stat st;
	Buf			rec = {0};
	long		bytes = 0;
	char	   *header[MAX_COLS];
	int			ncols;
	char		sql[8192];
	char		order[64];		/* the batch's ORDER BY */
	char		keys[4096];
	Row		   *rows;
	int			nrows = 0,
				batchno = 0;
	int			tty;
	double		t0;
	int			cnid_col = -1;
	PGresult   *r;

	while ((opt = getopt(argc, argv, "d:e:r:b:qh")) != -1)
	{
		switch (opt)
		{
			case 'd': conninfo = optarg; break;
			case 'e': enc = optarg; break;
			case 'r': reject_path = optarg; break;
			case 'b': batch = atoi(optarg); break;
			case 'q': quiet = 1; break;
			default: usage();
		}
	}
	if (optind != argc - 1 || batch < 1)
		usage();
	in = fopen(argv[optind], "rb");
	if (!in || fstat(fileno(in), &st) != 0)
		die(1, "cannot open %s: %s", argv[optind], strerror(errno));
	if (strcasecmp(enc, "auto") == 0)
		enc = detect_encoding(in);
	else if (strcasecmp(enc, "utf8") == 0 || strcasecmp(enc, "utf-8") == 0)
		enc = "UTF8";
	else if (strcasecmp(enc, "gb18030") == 0)
		enc = "GB18030";
	else
		usage();
	if (!reject_path)
	{
		static char path[4096];

		snprintf(path, sizeof path, "%s.rejects.csv", argv[optind]);
		reject_path = path;
	}
	rejects = fopen(reject_path, "wb");
	if (!rejects)
		die(1, "cannot write %s: %s", reject_path, strerror(errno));
	fprintf(rejects, "row,reason,original_row\n");
	tty = !quiet && isatty(STDERR_FILENO);

	/* header; a UTF-8 byte-order mark is dropped */
	if (!read_record(in, &rec, &bytes))
		die(1, "%s is empty", argv[optind]);
	if (rec.len >= 3 && memcmp(rec.data, "\xEF\xBB\xBF", 3) == 0)
		memmove(rec.data, rec.data + 3, rec.len -= 3);
	ncols = split_fields(rec.data, rec.len, header, MAX_COLS);

	if (!valid_in(enc, rec.data, rec.len))
		die(1, "header: not valid %s; give the encoding with -e", enc);
	{
		/* a database name or a connection string (expand_dbname) */
		const char *kw[] = {"dbname", "fallback_application_name", NULL};
		const char *val[] = {conninfo[0] ? conninfo : NULL, "enroll-load", NULL};

		conn = PQconnectdbParams(kw, val, 1);
	}
	if (PQstatus(conn) != CONNECTION_OK)
		die(2, "%s", PQerrorMessage(conn));
	if (PQsetClientEncoding(conn, enc) != 0)
		die(2, "cannot set client_encoding %s", enc);
	PQclear(run("SET synchronous_commit = on", PGRES_COMMAND_OK));

	/* header names to form fields, on the server (it knows the encoding) */
	{
		Buf			arr = {0};

		buf_add(&arr, "{", 1);
		for (int i = 0; i < ncols; i++)
		{
			if (i)
				buf_add(&arr, ",", 1);
			buf_add(&arr, "\"", 1);
			for (char *p = header[i]; *p; p++)
			{
				if (*p == '"' || *p == '\\')
					buf_add(&arr, "\\", 1);
				buf_add(&arr, p, 1);
			}
			buf_add(&arr, "\"", 1);
		}
		buf_add(&arr, "}", 1);
		{
			const char *params[1] = {arr.data};

			r = PQexecParams(conn,
							 "SELECT coalesce(enroll.load_column(h), '?' || h) FROM unnest($1::text[]) WITH ORDINALITY u(h, i) ORDER BY i",
							 1, NULL, params, NULL, NULL, 0);
		}
		if (PQresultStatus(r) != PGRES_TUPLES_OK)
			die(2, "%s", PQerrorMessage(conn));
		strcpy(keys, "ARRAY[");
		for (int i = 0; i < PQntuples(r); i++)
		{
			const char *k = PQgetvalue(r, i, 0);

			if (k[0] == '?')
				die(1, "header column %d: unknown field \"%s\"", i + 1, k + 1);
			if (strcmp(k, "cnid") == 0)
				cnid_col = i;
			snprintf(keys + strlen(keys), sizeof keys - strlen(keys), "%s'%s'", i ? "," : "", k);
		}
		strncat(keys, "]", sizeof keys - strlen(keys) - 1);
		PQclear(r);
		free(arr.data);
	}

	/* staging table: row number and one text column per CSV column */
	snprintf(sql, sizeof sql, "CREATE TEMP TABLE enroll_load_stage (rowno bigint");
	for (int i = 0; i < ncols; i++)
		snprintf(sql + strlen(sql), sizeof sql - strlen(sql), ", c%d text", i);
	strncat(sql, ")", sizeof sql - strlen(sql) - 1);
	PQclear(run(sql, PGRES_COMMAND_OK));

	/*
	 * in cnid order (a fixed lock order across loaders, whatever the
	 * spelling: 15 or 18 digits, full width, blanks), rows of one cnid in
	 * file order
	 */
	if (cnid_col >= 0)
		snprintf(order, sizeof order, "enroll.cnid_try(c%d)", cnid_col);
	else
		snprintf(order, sizeof order, "rowno");
	snprintf(register_sql, sizeof register_sql,
			 "SELECT s.rowno, r.action, r.error FROM (SELECT rowno, enroll.load_form(%s, ARRAY[", keys);
	for (int i = 0; i < ncols; i++)
		snprintf(register_sql + strlen(register_sql), sizeof register_sql - strlen(register_sql), "%sc%d", i ? "," : "", i);
	snprintf(register_sql + strlen(register_sql), sizeof register_sql - strlen(register_sql),
			 "]) AS form FROM pg_temp.enroll_load_stage ORDER BY %s, rowno OFFSET 0) s "
			 "CROSS JOIN LATERAL enroll.register_try(s.form) r",
			 order);

	rows = calloc(batch, sizeof(Row));
	t0 = now_sec();
	for (long rowno = 1;; rowno++)
	{
		int			nf;

		if (!read_record(in, &rec, &bytes))
			break;
		if (rec.len == 0 && feof(in))
			break;
		n_input++;
		nf = count_fields(rec.data, rec.len);
		if (!valid_in(enc, rec.data, rec.len))
			reject(rowno, strcmp(enc, "UTF8") == 0 ? "row: invalid UTF-8 byte sequence" : "row: invalid GB18030 byte sequence",
				   rec.data, rec.len);
		else if (nf < 0)
			reject(rowno, "row: unterminated quoted field", rec.data, rec.len);
		else if (nf != ncols)
		{
			char		why[96];

			snprintf(why, sizeof why, "row: %d fields expected, got %d", ncols, nf);
			reject(rowno, why, rec.data, rec.len);
		}
		else
		{
			rows[nrows].rowno = rowno;
			rows[nrows].len = (long) rec.len;
			rows[nrows].text = malloc(rec.len + 1);
			memcpy(rows[nrows].text, rec.data, rec.len + 1);
			if (++nrows == batch)
			{
				flush_batch(rows, nrows, ++batchno);
				for (int i = 0; i < nrows; i++)
					free(rows[i].text);
				nrows = 0;
			}
		}
		if (tty && rowno % 1000 == 0)
			progress(bytes, (long) st.st_size, n_input, t0);
	}
	flush_batch(rows, nrows, ++batchno);
	if (tty)
	{
		progress((long) st.st_size, (long) st.st_size, n_input, t0);
		fputc('\n', stderr);
	}
	fclose(rejects);
	{
		double		el = now_sec() - t0;
		long		loaded = n_inserted + n_updated + n_unchanged;

		printf("input %ld = loaded %ld (inserted %ld, updated %ld, unchanged %ld) + rejected %ld; %s; %.1f s, %.0f rows/s; rejects in %s\n",
			   n_input, loaded, n_inserted, n_updated, n_unchanged, n_rejected, enc, el, el > 0 ? n_input / el : 0.0,
			   reject_path);
		PQfinish(conn);
		if (loaded + n_rejected != n_input)
		{
			fprintf(stderr, "%s: counts do not add up\n", progname);
			return 3;
		}
	}
	return 0;
}
