/*
 * register.c
 *	  The register's access layer: who may see and change which region, the
 *	  acting role of the writing functions, the pseudonymous person key of
 *	  the analysts' view, and the audit of look-ups that must survive the
 *	  caller's rollback.
 *
 * Region grants are roles: holding region 610802 means having the
 * privileges of the role enroll_region_610802.  A row-level-security
 * policy then needs no table: it asks the role catalogue about the row's
 * region and its ancestors, whose codes follow from the code by arithmetic
 * (GB/T 2260: 2 digits province, 2 prefecture, 2 county, 3 township, 3
 * village).  That keeps policies valid on Citus shards, where a policy
 * may not query another table.
 */
#include "enroll.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_authid.h"
#include "catalog/pg_class.h"
#include "common/cryptohash.h"
#include "common/hmac.h"
#include "common/sha2.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "pgstat.h"
#include "postmaster/bgworker.h"
#include "storage/dsm.h"
#include "storage/ipc.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/resowner.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/uuid.h"

#include "cnid_core.h"

#define REGION_ROLE_PREFIX "enroll_region_"

/* The levels from the coarsest; a code's level follows from its digits. */
static const char *const region_levels[] = {"province", "prefecture", "county", "township", "village"};

/*
 * The codes of a region and all its ancestors, coarsest first, each with
 * its level index; returns how many (0 for a code that is no region).
 */
static int
region_ancestry(int64 code, int64 *codes, int *levels)
{
	int64		county;
	int			n = 0;

	if (code >= 100000000000 && code <= 999999999999)
		county = code / 1000000;
	else if (code >= 100000000 && code <= 999999999)
		county = code / 1000;
	else if (code >= 100000 && code <= 999999)
		county = code;
	else
		return 0;

	codes[n] = county / 10000 * 10000;
	levels[n++] = 0;
	if (county % 10000 != 0)
	{
		codes[n] = county / 100 * 100;
		levels[n++] = 1;
		if (county % 100 != 0)
		{
			codes[n] = county;
			levels[n++] = 2;
		}
	}
	if (code > 999999)
	{
		codes[n] = code > 999999999 ? code / 1000 : code;
		levels[n++] = 3;
		if (code > 999999999)
		{
			codes[n] = code;
			levels[n++] = 4;
		}
	}
	return n;
}

static Oid
region_role_oid(int64 code)
{
	char		name[NAMEDATALEN];

	snprintf(name, sizeof name, REGION_ROLE_PREFIX "%lld", (long long) code);
	return get_role_oid(name, true);
}

/* The owner of the register (of enroll_register.person), or InvalidOid before create_register(). */
static Oid
register_owner(void)
{
	/* the schema of the register's tables (see create_register()) */
	Oid			nsp = get_namespace_oid("enroll_register", true);
	Oid			rel;
	HeapTuple	tup;
	Oid			owner;

	rel = OidIsValid(nsp) ? get_relname_relid("person", nsp) : InvalidOid;
	if (!OidIsValid(rel))
		return InvalidOid;
	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(rel));
	if (!HeapTupleIsValid(tup))
		return InvalidOid;
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	return owner;
}

/* Sees everything: a superuser or a member of the register's owner. */
static bool
role_sees_all(Oid role)
{
	Oid			owner;

	if (superuser_arg(role))
		return true;
	owner = register_owner();
	return OidIsValid(owner) && has_privs_of_role(role, owner);
}

/*
 * The coarsest level (index into region_levels) at which the role holds
 * the code through a region role, or -1.
 */
static int
held_level(int64 code, Oid role)
{
	int64		codes[5];
	int			levels[5];
	int			n = region_ancestry(code, codes, levels);

	for (int i = 0; i < n; i++)
	{
		Oid			r = region_role_oid(codes[i]);

		if (OidIsValid(r) && has_privs_of_role(role, r))
			return levels[i];
	}
	return -1;
}

/*
 * A per-call-site cache: whether the role sees everything (asked once), and
 * the answer for the last region code (policies are evaluated once per row,
 * and rows of one region tend to come together).
 */
typedef struct PermitCache
{
	Oid			role;
	bool		role_valid;
	bool		sees_all;		/* of role: asked once per call site */
	int64		code;
	bool		code_valid;
	bool		permitted;
} PermitCache;

static bool
permitted_cached(FunctionCallInfo fcinfo, int64 code, Oid role)
{
	PermitCache *c = (PermitCache *) fcinfo->flinfo->fn_extra;

	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(PermitCache));
		fcinfo->flinfo->fn_extra = c;
	}
	if (!c->role_valid || c->role != role)
	{
		c->role = role;
		c->sees_all = role_sees_all(role);
		c->role_valid = true;
		c->code_valid = false;
	}
	if (c->sees_all)
		return true;
	if (!c->code_valid || c->code != code)
	{
		c->code = code;
		c->permitted = held_level(code, role) >= 0;
		c->code_valid = true;
	}
	return c->permitted;
}

/* The same test without a cache, for register_batch_forms() (it keeps its own). */
bool
region_permitted_role(int64 code, Oid role)
{
	return role_sees_all(role) || held_level(code, role) >= 0;
}

/*
 * region_permitted(code): the row-level-security test of the register for
 * the current role.  Reads the role catalogue only.
 */
PG_FUNCTION_INFO_V1(enroll_region_permitted);
Datum
enroll_region_permitted(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_BOOL(false);
	PG_RETURN_BOOL(permitted_cached(fcinfo, PG_GETARG_INT64(0), GetUserId()));
}

/* region_permitted_to(code, role): the same test for a named role. */
PG_FUNCTION_INFO_V1(enroll_region_permitted_to);
Datum
enroll_region_permitted_to(PG_FUNCTION_ARGS)
{
	Oid			role;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_BOOL(false);
	role = get_role_oid(NameStr(*PG_GETARG_NAME(1)), true);
	if (!OidIsValid(role))
		PG_RETURN_BOOL(false);
	PG_RETURN_BOOL(permitted_cached(fcinfo, PG_GETARG_INT64(0), role));
}

/*
 * region_grant_level(code, role): the coarsest level at which the role
 * holds the code; province for those who see everything; NULL when not
 * held.
 */
PG_FUNCTION_INFO_V1(enroll_region_grant_level);
Datum
enroll_region_grant_level(PG_FUNCTION_ARGS)
{
	Oid			role;
	int			level;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	role = get_role_oid(NameStr(*PG_GETARG_NAME(1)), true);
	if (!OidIsValid(role))
		PG_RETURN_NULL();
	level = role_sees_all(role) ? 0 : held_level(PG_GETARG_INT64(0), role);
	if (level < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(region_levels[level]));
}

/*
 * acting_role(): the role a writing function acts for.  Inside a SECURITY
 * DEFINER function CURRENT_USER is the owner; the outer user is the
 * session's role as set by login or SET ROLE, which a session can only set
 * to roles it is a member of.
 */
PG_FUNCTION_INFO_V1(enroll_acting_role);
Datum
enroll_acting_role(PG_FUNCTION_ARGS)
{
	Name		result = (Name) palloc0(NAMEDATALEN);

	namestrcpy(result, GetUserNameFromId(GetOuterUserId(), false));
	PG_RETURN_NAME(result);
}

/*
 * person_key(cnid, secret): HMAC-SHA-256 of the canonical 18-character ID
 * under the register's secret, its first 16 bytes as a uuid.  Without the
 * secret the key reveals nothing of the ID (and 128 bits make collisions
 * negligible at 1.4 billion persons).
 */
PG_FUNCTION_INFO_V1(enroll_person_key);
Datum
enroll_person_key(PG_FUNCTION_ARGS)
{
	int64		body = PG_GETARG_INT64(0);
	bytea	   *secret = PG_GETARG_BYTEA_PP(1);
	char		canonical[19];
	uint8		digest[PG_SHA256_DIGEST_LENGTH];
	pg_uuid_t  *result;
	pg_hmac_ctx *ctx;

	if (VARSIZE_ANY_EXHDR(secret) < 16)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("person key secret must be at least 16 bytes")));
	cnid_format(body, canonical);
	ctx = pg_hmac_create(PG_SHA256);
	if (ctx == NULL ||
		pg_hmac_init(ctx, (uint8 *) VARDATA_ANY(secret), VARSIZE_ANY_EXHDR(secret)) < 0 ||
		pg_hmac_update(ctx, (uint8 *) canonical, 18) < 0 ||
		pg_hmac_final(ctx, digest, sizeof digest) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not compute the person key: %s", pg_hmac_error(ctx))));
	pg_hmac_free(ctx);
	result = palloc(sizeof(pg_uuid_t));
	memcpy(result->data, digest, UUID_LEN);
	PG_RETURN_UUID_P(result);
}

/* ------------------------------------------------------------------------
 * The look-up audit.
 *
 * A clerk may ask whether a person is registered outside their regions
 * (the form's 异地参保 needs it), and the register records who asked for
 * which ID.  The record must survive the caller's ROLLBACK, or a clerk
 * could probe in a transaction and roll back.  So a background worker
 * writes it in a transaction of its own, and the caller waits until it has
 * committed before it gets the answer.
 */
typedef struct AuditRequest
{
	Oid			database;
	/* names, not OIDs: the roles may be new in the caller's transaction */
	char		asked_by[NAMEDATALEN];	/* the acting role */
	char		session_role[NAMEDATALEN];
	int64		cnid;
	char		answer[32];
	int			status;			/* set by the worker: 1 once committed */
} AuditRequest;

PGDLLEXPORT void enroll_audit_worker_main(Datum arg);

void
enroll_audit_worker_main(Datum arg)
{
	dsm_segment *seg;
	AuditRequest *req;
	char		query[1024];
	char		id[19];

	BackgroundWorkerUnblockSignals();
	CurrentResourceOwner = ResourceOwnerCreate(NULL, "enroll look-up audit");
	seg = dsm_attach(DatumGetUInt32(arg));
	if (seg == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("could not attach to the audit request")));
	req = (AuditRequest *) dsm_segment_address(seg);
	BackgroundWorkerInitializeConnectionByOid(req->database, InvalidOid, 0);

	SetCurrentStatementStartTimestamp();
	StartTransactionCommand();
	SPI_connect();
	PushActiveSnapshot(GetTransactionSnapshot());
	pgstat_report_activity(STATE_RUNNING, "enroll: recording a look-up");
	/* the caller waits for us: never wait for ever on a lock it might hold */
	SPI_execute("SET LOCAL lock_timeout = '10s'", false, 0);
	cnid_format(req->cnid, id);
	snprintf(query, sizeof query,
			 "INSERT INTO enroll_register.lookup_audit (cnid, asked_by, session_role, answer) "
			 "VALUES ('%s', %s, %s, %s)",
			 id,
			 quote_literal_cstr(req->asked_by),
			 quote_literal_cstr(req->session_role),
			 quote_literal_cstr(req->answer));
	if (SPI_execute(query, false, 0) != SPI_OK_INSERT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not record the look-up in enroll_register.lookup_audit")));
	SPI_finish();
	PopActiveSnapshot();
	CommitTransactionCommand();
	pgstat_report_activity(STATE_IDLE, NULL);
	req->status = 1;
	pg_memory_barrier();
	dsm_detach(seg);
	proc_exit(0);
}

/*
 * lookup_audit_record(cnid, answer): records the look-up through the
 * worker and returns once it has committed; an error when it could not.
 */
PG_FUNCTION_INFO_V1(enroll_lookup_audit_record);
Datum
enroll_lookup_audit_record(PG_FUNCTION_ARGS)
{
	BackgroundWorker worker;
	BackgroundWorkerHandle *handle;
	dsm_segment *seg;
	AuditRequest *req;
	pid_t		pid;
	char	   *answer = text_to_cstring(PG_GETARG_TEXT_PP(1));

	seg = dsm_create(sizeof(AuditRequest), 0);
	req = (AuditRequest *) dsm_segment_address(seg);
	memset(req, 0, sizeof(AuditRequest));
	req->database = MyDatabaseId;
	strlcpy(req->asked_by, GetUserNameFromId(GetOuterUserId(), false), NAMEDATALEN);
	strlcpy(req->session_role, GetUserNameFromId(GetSessionUserId(), false), NAMEDATALEN);
	req->cnid = PG_GETARG_INT64(0);
	strlcpy(req->answer, answer, sizeof req->answer);

	memset(&worker, 0, sizeof worker);
	worker.bgw_flags = BGWORKER_SHMEM_ACCESS | BGWORKER_BACKEND_DATABASE_CONNECTION;
	worker.bgw_start_time = BgWorkerStart_RecoveryFinished;
	worker.bgw_restart_time = BGW_NEVER_RESTART;
	snprintf(worker.bgw_library_name, BGW_MAXLEN, "enroll");
	snprintf(worker.bgw_function_name, BGW_MAXLEN, "enroll_audit_worker_main");
	snprintf(worker.bgw_name, BGW_MAXLEN, "enroll look-up audit");
	snprintf(worker.bgw_type, BGW_MAXLEN, "enroll look-up audit");
	worker.bgw_main_arg = UInt32GetDatum(dsm_segment_handle(seg));
	worker.bgw_notify_pid = MyProcPid;

	if (!RegisterDynamicBackgroundWorker(&worker, &handle))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_RESOURCES),
				 errmsg("could not start the look-up audit worker"),
				 errhint("Raise max_worker_processes, or retry when fewer background workers run.")));
	/* a worker may already have finished (BGWH_STOPPED): then only its status counts */
	if (WaitForBackgroundWorkerStartup(handle, &pid) == BGWH_POSTMASTER_DIED ||
		WaitForBackgroundWorkerShutdown(handle) != BGWH_STOPPED || req->status != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not record the look-up in enroll_register.lookup_audit"),
				 errdetail("The audit worker ended without committing; see the server log.")));
	dsm_detach(seg);
	PG_RETURN_VOID();
}
