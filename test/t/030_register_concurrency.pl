# Concurrency of the register: 8 pgbench clients register overlapping
# persons (200 IDs), flag them, submit them, register pairs in one
# transaction (in cnid order, as callers are asked to) and batches of 20 in
# random order with register_batch().  No duplicate person, no lost update
# (every history row's "old" is the previous row's "new", and the last "new"
# is the row), no deadlock, no failed transaction.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $seconds = $ENV{CONCURRENCY_SECONDS} // 10;
my $clients = $ENV{CONCURRENCY_CLIENTS} // 8;

my $node = PostgreSQL::Test::Cluster->new('concurrency');
$node->init;
$node->append_conf('postgresql.conf', "max_connections = 40\nfsync = off\n");
$node->start;
$node->safe_psql('postgres', q{
	CREATE EXTENSION enroll;
	SELECT enroll.create_register();
	-- 200 valid ID numbers of 榆阳区 (the 15-digit form, upgraded by cnid)
	CREATE TABLE bench_ids AS
	SELECT n, enroll.cnid('610802800101' || lpad(n::text, 3, '0'))::text AS id FROM generate_series(1, 200) n;
});
my $deadlocks_before = $node->safe_psql('postgres',
	"SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");

$node->pgbench(
	"-n -c $clients -j $clients -T $seconds",
	0,
	[qr{number of failed transactions: 0}],
	[],
	"$clients clients for ${seconds}s, no failed transaction",
	{
		'register' => q{
\set p random(1, 200)
\set q random(1, 200)
\set ph random(13000000000, 19999999999)
\set i random(0, 3)
\set k random(1, 6)
SELECT enroll.register(jsonb_build_object('cnid', id, 'name', '测试' || chr(20000 + :p), 'county', 610802, 'township', 610802001,
    'employment', 'unemployed', 'phone', ':ph',
    'insurances', (ARRAY['[]', '[170]', '[170, 390]', '[390]'])[:i + 1]::jsonb,
    'not_insured_reason', CASE WHEN :i = 0 THEN 'personal' END)) FROM bench_ids WHERE n = :p;
\if :k = 1
SELECT enroll.set_flag(id::enroll.cnid, 'working_away', :ph % 2 = 0) FROM bench_ids WHERE n = :p;
\elif :k = 2
SELECT enroll.submit(id::enroll.cnid) FROM bench_ids WHERE n = :p;
\elif :k = 3
BEGIN;
SELECT enroll.register(jsonb_build_object('cnid', id, 'name', '成对' || chr(20000 + n), 'county', 610802,
    'employment', 'student', 'phone', ':ph', 'insurances', '[390]'::jsonb)) FROM bench_ids WHERE n = least(:p, :q);
SELECT enroll.register(jsonb_build_object('cnid', id, 'name', '成对' || chr(20000 + n), 'county', 610802,
    'employment', 'student', 'phone', ':ph', 'insurances', '[390]'::jsonb)) FROM bench_ids WHERE n = greatest(:p, :q);
COMMIT;
\elif :k = 4
SELECT count(*) FROM enroll.register_batch(
    (SELECT array_agg(x::bigint) FROM generate_series(1, 20) x),
    (SELECT array_agg(jsonb_build_object('cnid', id, 'name', '批量' || chr(20000 + n), 'county', 610802, 'township', 610802001,
         'employment', 'flexible', 'phone', ':ph', 'insurances', (ARRAY['[]', '[170]', '[170, 390]', '[390]'])[:i + 1]::jsonb,
         'not_insured_reason', CASE WHEN :i = 0 THEN 'personal' END))
     FROM (SELECT * FROM bench_ids ORDER BY random() LIMIT 20) s));
\endif
}
	});

my $checks = q{
	WITH chain AS (
	    SELECT tbl, key, id, old, new, lag(new) OVER (PARTITION BY tbl, key ORDER BY id) AS prev,
	           row_number() OVER (PARTITION BY tbl, key ORDER BY id DESC) AS from_last
	    FROM enroll_register.history_rows WHERE tbl IN ('person', 'registration'))
	SELECT (SELECT count(*) FROM enroll_register.person) - (SELECT count(DISTINCT cnid) FROM enroll_register.person),
	       (SELECT count(*) FROM enroll_register.person) - (SELECT count(*) FROM enroll_register.registration),
	       (SELECT count(*) FROM chain WHERE old IS DISTINCT FROM prev),
	       (SELECT count(*) FROM chain c JOIN enroll_register.person p ON c.tbl = 'person' AND c.key = p.cnid::text AND c.from_last = 1
	        WHERE c.new IS DISTINCT FROM to_jsonb(p)),
	       (SELECT count(*) FROM chain c JOIN enroll_register.registration g ON c.tbl = 'registration' AND c.key = g.cnid::text AND c.from_last = 1
	        WHERE c.new IS DISTINCT FROM to_jsonb(g)),
	       (SELECT coalesce(sum(v), 0) FROM (SELECT max((new ->> 'version')::int) - count(*) FILTER (WHERE op = 'UPDATE') - 1 AS v
	                            FROM enroll_register.history WHERE tbl = 'person' GROUP BY key) s),
	       (SELECT count(*) FROM enroll_register.history),
	       (SELECT count(*) FROM (SELECT cnid FROM enroll_register.registration UNION ALL SELECT cnid FROM enroll_register.enrolment
	                              UNION ALL SELECT cnid FROM enroll_register.person_flag UNION ALL SELECT cnid FROM enroll_register.problem) t
	        WHERE NOT EXISTS (SELECT 1 FROM enroll_register.person p WHERE p.cnid OPERATOR(pg_catalog.=) t.cnid))};
my ($dup, $noform, $broken, $person_not_last, $form_not_last, $gaps, $history, $orphans) =
  split /\|/, $node->safe_psql('postgres', $checks);
is($dup, 0, 'no duplicate person');
is($noform, 0, 'every person has its form');
is($broken, 0, 'no broken history link (no lost update)');
is($person_not_last, 0, 'every person row is its last history row');
is($form_not_last, 0, 'every form is its last history row');
is($gaps, 0, 'versions without gaps');
cmp_ok($history, '>', 1000, 'the clients wrote a history');
is($orphans, 0, 'no row without its person (the register has no foreign keys)');
is($node->safe_psql('postgres', "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"),
	$deadlocks_before, 'no deadlock');

$node->stop;
done_testing();
