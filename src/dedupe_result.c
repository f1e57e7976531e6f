/*
 * dedupe_result.c
 *	  dedupe()'s result rows (rec_id, cluster_id, score, reason), written
 *	  to the tuplestore by patching one preformed row per reason.
 */
#include "dedupe.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "utils/builtins.h"

void
result_rows_init(ResultRows *rr, TupleDesc desc, const char *const *reason_names)
{
	static const Oid types[3] = {INT8OID, INT8OID, FLOAT4OID};
	const int64 probe_rec = INT64CONST(0x0123456789abcdef);
	const int64 probe_cluster = ~probe_rec;
	const float4 probe_score = 0.625f;
	Size		off = 0;

	for (int k = 0; k < 7; k++)
		rr->reasons[k] = CStringGetTextDatum(reason_names[k]);
	rr->patchable = desc->natts == 4 && TupleDescAttr(desc, 3)->atttypid == TEXTOID;
	for (int c = 0; c < 3 && rr->patchable; c++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, c);

		rr->patchable = att->atttypid == types[c];
		off = att_align_nominal(off, att->attalign);
		rr->off[c] = off;
		off += att->attlen;
	}
	for (int k = 0; k < 7 && rr->patchable; k++)
	{
		Datum		values[4] = {Int64GetDatum(probe_rec), Int64GetDatum(probe_cluster),
		Float4GetDatum(probe_score), rr->reasons[k]};
		bool		nulls[4] = {false, false, false, false};
		char	   *data;

		rr->row[k] = heap_form_tuple(desc, values, nulls);
		data = (char *) rr->row[k]->t_data + rr->row[k]->t_data->t_hoff;
		rr->patchable = memcmp(data + rr->off[0], &probe_rec, sizeof(int64)) == 0 &&
			memcmp(data + rr->off[1], &probe_cluster, sizeof(int64)) == 0 &&
			memcmp(data + rr->off[2], &probe_score, sizeof(float4)) == 0;
	}
}

void
result_rows_put(ResultRows *rr, ReturnSetInfo *rsinfo, int reason,
				int64 rec_id, int64 cluster_id, float4 score)
{
	if (rr->patchable)
	{
		HeapTuple	row = rr->row[reason];
		char	   *data = (char *) row->t_data + row->t_data->t_hoff;

		memcpy(data + rr->off[0], &rec_id, sizeof(int64));
		memcpy(data + rr->off[1], &cluster_id, sizeof(int64));
		memcpy(data + rr->off[2], &score, sizeof(float4));
		tuplestore_puttuple(rsinfo->setResult, row);
	}
	else
	{
		Datum		values[4] = {Int64GetDatum(rec_id), Int64GetDatum(cluster_id),
		Float4GetDatum(score), rr->reasons[reason]};
		bool		nulls[4] = {false, false, false, false};

		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
}
