/*
 * options.c: the command line of enroll-load and its usage messages.
 */

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "enroll_load.h"

static void
help(void)
{
	printf("%s loads registration forms from a CSV file into the enroll register.\n\n"
		   "Usage:\n  %s [OPTION]... FILE.csv\n\n"
		   "Options:\n"
		   "  -e, --encoding=ENC        input encoding: auto (default), utf8 or gb18030\n"
		   "  -r, --rejects=FILE        reject file (default FILE.csv.rejects.csv)\n"
		   "  -b, --batch-size=N        rows per transaction (default 5000, fewer past 256 MB)\n"
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

void
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

/* The options and the input file; the connection parameters into conn_kw. */
void
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
