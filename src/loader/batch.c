/*
 * batch.c: the connection, and a batch staged by COPY into a temporary
 * table, registered by enroll.register_batch() and committed.
 */

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
 * register_batch()'s results, in any order, matched by row number to the
 * staged rows: each staged row has exactly one, and is counted or rejected
 * in row order.
 */
static void
match_results(JobStat *st, Row *rows, int n, const char *staged, PGresult *r, int job)
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

		if (i < 0 || !staged[i] || result_of[i] >= 0)
			die(EXIT_COUNTS, "job %d: register_batch() returned row %s, not staged or twice", job, PQgetvalue(r, k, 0));
		result_of[i] = k;
	}
	for (int i = 0; i < n; i++)
	{
		int			k = result_of[i];
		const char *action;

		if (!staged[i])
			continue;
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
	match_results(st, rows, n, staged, r, job);
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
	 * One scan of the staging table gives both arrays, in the same order;
	 * no sort: the results are matched to the rows by number
	 * (match_results()).
	 */
	snprintf(register_sql, sizeof register_sql,
			 "SELECT b.rowno, b.action, b.error "
			 "FROM (SELECT array_agg(s.rowno) AS r, array_agg(enroll.load_form(%s, ARRAY[", keys.data);
	for (int i = 0; i < ncols; i++)
		snprintf(register_sql + strlen(register_sql), sizeof register_sql - strlen(register_sql), "%ss.c%d", i ? "," : "", i);
	strncat(register_sql, "])) AS f FROM pg_temp.enroll_load_stage s) a, "
			"LATERAL enroll.register_batch(coalesce(a.r, '{}'), coalesce(a.f, '{}')) b",
			sizeof register_sql - strlen(register_sql) - 1);
	free(arr.data);
	free(keys.data);
	PQfinish(conn);
	conn = NULL;
}
