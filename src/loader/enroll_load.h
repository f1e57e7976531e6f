/*
 * enroll_load.h: what the parts of enroll-load share.
 *
 *   enroll_load.c  the driver (main) and the helpers every part uses
 *   options.c      command-line options and the usage messages
 *   encoding.c     UTF-8 and GB18030 validation; the encoding of the file
 *   csv.c          the input file and its RFC 4180 records; the header
 *   rejects.c      the reject file (one part per job, merged at the end)
 *   batch.c        the connection; staging, registering and committing a batch
 *   jobs.c         which job loads a row; the jobs, their loop and counts
 *   progress.c     the progress bar and the summary line
 *
 * The reference, with the exit status, is in doc/reference-register.md
 * (section "enroll-load").
 */
#ifndef ENROLL_LOAD_H
#define ENROLL_LOAD_H

#include <stdio.h>
#include <sys/types.h>

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

/* ---- enroll_load.c: shared helpers ---------------------------------------- */

extern const char *progname;
extern PGconn *conn;

extern void die(int code, const char *fmt,...);
extern double now_sec(void);

/* a growable buffer */
typedef struct
{
	char	   *data;
	size_t		len;
	size_t		cap;
} Buf;

extern void buf_add(Buf *b, const char *s, size_t n);
extern void buf_printf(Buf *b, const char *fmt,...);

/* ---- csv.c: the input file and its records ---------------------------------- */

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

extern const char *data;		/* the file, mapped */
extern size_t data_len;
extern size_t data_start;		/* after the byte-order mark */
extern long max_field;
extern int	ncols;				/* fields of the header */

extern long line_of(size_t off);
extern void rec_fail(Record *r, const char *fmt,...);
extern void parse_record(size_t pos, long line, Record *r);

/* ---- encoding.c ----------------------------------------------------------- */

enum
{
	ENC_UTF8, ENC_GB18030
};
extern const char *const enc_name[];
extern int	enc;

extern long first_invalid(int enc, const char *s, size_t len);

/* ---- jobs.c, batch.c: the jobs and their batches -------------------------- */

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

extern int	cnid_col;
extern int	jobs;
extern int	batch_size;
extern JobStat *stats;			/* shared between the jobs */

extern int	verbose;
extern const char *conn_kw[8];
extern const char *conn_val[8];

extern PGresult *run(const char *sql, ExecStatusType want);
extern void connect_db(void);
extern void flush_batch(JobStat *st, Row *rows, int n, int job, size_t pos);

/* ---- rejects.c ------------------------------------------------------------ */

extern FILE *rejects;

extern void reject(JobStat *st, long rowno, const Record *r, const char *reason);

/* ---- the load: what main() carries from one phase to the next -------------- */

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

/* the phases, in the order main() runs them */
extern void parse_options(Load *l, int argc, char **argv);	/* options.c */
extern void map_input(Load *l);	/* csv.c */
extern void set_encoding(Load *l);	/* encoding.c */
extern void read_header(Load *l);	/* csv.c */
extern void open_rejects(Load *l);	/* rejects.c */
extern void prepare_register(Load *l);	/* batch.c */
extern void run_jobs(Load *l);	/* jobs.c */
extern void collect_jobs(Load *l);	/* jobs.c */
extern int	summary(Load *l);	/* progress.c */

/* used across the phases */
extern void usage_error(const char *fmt,...);	/* options.c */
extern void open_reject_part(const Load *l, int job);	/* rejects.c */
extern void merge_reject_parts(const Load *l);	/* rejects.c */
extern void progress(double t0, int final); /* progress.c */

#endif							/* ENROLL_LOAD_H */
