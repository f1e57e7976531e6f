/*
 * batch.c: the connection, and a batch sent as two binary arrays (row
 * numbers, cells), registered by enroll.register_batch() and committed.
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "enroll_load.h"

int			verbose;
const char *conn_kw[8];
const char *conn_val[8];
static char register_sql[8192];

PGresult *
run(const char *sql, ExecStatusType want)
{
	PGresult   *r = PQexec(conn, sql);

	if (PQresultStatus(r) != want)
		die(EXIT_DATABASE, "%s(query: %.200s)", PQerrorMessage(conn), sql);
	return r;
}

/* big-endian integers of PostgreSQL's binary formats */
static void
put_int32(Buf *b, uint32_t v)
{
	unsigned char x[4] = {v >> 24, v >> 16, v >> 8, v};

	buf_add(b, (const char *) x, 4);
}

/* a cell as text: a quoted field without its quotes, "" inside as " */
static void
put_cell(Buf *b, const Record *r, int k)
{
	size_t		s = r->fstart[k],
				e = r->fend[k],
				at = b->len;

	put_int32(b, 0);			/* its length, set below */
	if (e - s >= 2 && data[s] == '"')
	{
		for (s++, e--; s < e;)
		{
			const char *q = memchr(data + s, '"', e - s);
			size_t		run = q ? (size_t) (q - (data + s)) + 1 : e - s;

			buf_add(b, data + s, run);	/* up to the first quote of "" */
			s += run + (q ? 1 : 0);
		}
	}
	else
		buf_add(b, data + s, e - s);
	{
		uint32_t	len = (uint32_t) (b->len - at - 4);
		unsigned char *p = (unsigned char *) b->data + at;

		p[0] = len >> 24, p[1] = len >> 16, p[2] = len >> 8, p[3] = len;
	}
}

/*
 * Rows [from, to) as register_batch()'s parameters, in binary (the format
 * of array_recv): $1 their numbers (int8[]), $2 their cells (text[][]).
 */
static void
batch_params(const Row *rows, int from, int to, Buf *nums, Buf *cells)
{
	nums->len = cells->len = 0;
	put_int32(nums, 1);			/* dimensions, no NULLs, int8, length, lower bound */
	put_int32(nums, 0);
	put_int32(nums, 20);
	put_int32(nums, (uint32_t) (to - from));
	put_int32(nums, 1);
	put_int32(cells, 2);		/* two dimensions, no NULLs, text */
	put_int32(cells, 0);
	put_int32(cells, 25);
	put_int32(cells, (uint32_t) (to - from));
	put_int32(cells, 1);
	put_int32(cells, (uint32_t) ncols);
	put_int32(cells, 1);
	for (int i = from; i < to; i++)
	{
		uint64_t	v = (uint64_t) rows[i].rowno;

		put_int32(nums, 8);
		put_int32(nums, (uint32_t) (v >> 32));
		put_int32(nums, (uint32_t) v);
		for (int k = 0; k < ncols; k++)
			put_cell(cells, &rows[i].rec, k);
	}
}

/*
 * register_batch() of rows [from, to): its result, or NULL with the
 * server's message in err when it refused a value of the rows (a
 * character its conversion does not map, say: SQLSTATE class 22); any
 * other error ends the run.
 */
static PGresult *
send_batch(const Row *rows, int from, int to, char *err, size_t errlen)
{
	static Buf	nums,
				cells;
	const Oid	types[2] = {1016, 1009};	/* int8[], text[] */
	const char *values[2];
	int			lengths[2];
	const int	formats[2] = {1, 1};
	PGresult   *r;
	const char *state;
	const char *m;

	batch_params(rows, from, to, &nums, &cells);
	values[0] = nums.data;
	values[1] = cells.data;
	lengths[0] = (int) nums.len;
	lengths[1] = (int) cells.len;
	r = PQexecParams(conn, register_sql, 2, types, values, lengths, formats, 0);
	if (PQresultStatus(r) == PGRES_TUPLES_OK)
		return r;
	state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
	if (PQstatus(conn) != CONNECTION_OK || !state || strncmp(state, "22", 2) != 0)
		die(EXIT_DATABASE, "%s(query: %.200s)", PQerrorMessage(conn), register_sql);
	m = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
	snprintf(err, errlen, "row: %s", m ? m : PQerrorMessage(conn));
	PQclear(r);
	return NULL;
}

/* the row numbered rowno among rows [0, n), in rowno order; -1 if none */
static int
row_index(const Row *rows, int n, long rowno)
{
	int			lo = 0,
				hi = n - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (rows[mid].rowno == rowno)
			return mid;
		if (rows[mid].rowno < rowno)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/*
 * register_batch()'s results for rows [0, n), in any order, matched by row
 * number: each row has exactly one, and is counted or rejected in row order.
 */
static void
match_results(JobStat *st, Row *rows, int n, PGresult *r, int job)
{
	int			got = PQntuples(r);
	int		   *result_of = malloc(sizeof(int) * (n > 0 ? n : 1));

	if (!result_of)
		die(EXIT_USAGE, "out of memory");
	for (int i = 0; i < n; i++)
		result_of[i] = -1;
	for (int k = 0; k < got; k++)
	{
		int			i = row_index(rows, n, atol(PQgetvalue(r, k, 0)));

		if (i < 0 || result_of[i] >= 0)
			die(EXIT_COUNTS, "job %d: register_batch() returned row %s, not sent or twice", job, PQgetvalue(r, k, 0));
		result_of[i] = k;
	}
	for (int i = 0; i < n; i++)
	{
		int			k = result_of[i];
		const char *action;

		if (k < 0)
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
	}
	free(result_of);
}

void
flush_batch(JobStat *st, Row *rows, int n, int job, size_t pos)
{
	PGresult   *r;
	char		err[300];

	if (n == 0)
		return;
	PQclear(run("BEGIN", PGRES_COMMAND_OK));
	if ((r = send_batch(rows, 0, n, err, sizeof err)) != NULL)
	{
		match_results(st, rows, n, r, job);
		PQclear(r);
	}
	else
	{
		/*
		 * The server refused a value of the batch (a character its
		 * conversion does not map, say): row by row, each under a
		 * savepoint, rejecting the rows it refuses with its message.
		 */
		PQclear(run("ROLLBACK", PGRES_COMMAND_OK));
		PQclear(run("BEGIN", PGRES_COMMAND_OK));
		for (int i = 0; i < n; i++)
		{
			PQclear(run("SAVEPOINT row", PGRES_COMMAND_OK));
			if ((r = send_batch(rows, i, i + 1, err, sizeof err)) != NULL)
			{
				match_results(st, rows + i, 1, r, job);
				PQclear(r);
				PQclear(run("RELEASE row", PGRES_COMMAND_OK));
			}
			else
			{
				PQclear(run("ROLLBACK TO row", PGRES_COMMAND_OK));
				reject(st, rows[i].rowno, &rows[i].rec, err);
			}
		}
	}
	PQclear(run("COMMIT", PGRES_COMMAND_OK));
	fflush(rejects);
	st->pos = (long) pos;
	st->batches++;
	if (verbose)
		fprintf(stderr, "%s: job %d: batch %ld committed: rows %ld..%ld\n", progname, job, st->batches,
				rows[0].rowno, rows[n - 1].rowno);
}

void
connect_db(void)
{
	conn = PQconnectdbParams(conn_kw, conn_val, 1);
	if (PQstatus(conn) != CONNECTION_OK)
		die(EXIT_DATABASE, "%s", PQerrorMessage(conn));
	if (PQsetClientEncoding(conn, enc_name[enc]) != 0)
		die(EXIT_DATABASE, "cannot set client_encoding to %s", enc_name[enc]);
	PQclear(run("SET synchronous_commit = on", PGRES_COMMAND_OK));
}

/* Header names to form fields, on the server (it knows the encoding); builds register_sql. */
void
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
			die(EXIT_USAGE, "header column %d: unrecognized field \"%s\"", i + 1, k + 1);
		if (strcmp(k, "cnid") == 0)
			cnid_col = i;
		buf_printf(&keys, "%s'%s'", i ? "," : "", k);
	}
	buf_add(&keys, "]", 1);
	PQclear(r);
	/*
	 * The batch travels as two binary parameters (send_batch()): no staging
	 * table, no CSV to parse again; the results are matched to the rows by
	 * number (match_results()).
	 */
	snprintf(register_sql, sizeof register_sql,
			 "SELECT b.rowno, b.action, b.error FROM enroll.register_batch($1, enroll.load_forms(%s, $2)) b", keys.data);
	free(arr.data);
	free(keys.data);
	PQfinish(conn);
	conn = NULL;
}
