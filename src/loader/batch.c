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

void
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
