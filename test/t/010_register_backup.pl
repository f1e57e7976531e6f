# A backup of the register restores exactly: pg_dump -Fc of a register
# filled through register(), the other writing functions and enroll-load,
# with changes over time, restored by the documented procedure into a fresh
# database, gives identical tables and identical as_of() at three past
# times; writes after the restore work.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('backup');
$node->init;
$node->start;
my $bindir = $node->config_data('--bindir');

$node->safe_psql('postgres', 'CREATE DATABASE src');
$node->safe_psql('src', q{
	CREATE EXTENSION enroll;
	SELECT enroll.create_register();
	CREATE ROLE clerk_yuyang;
	SELECT enroll.grant_region('clerk_yuyang', 610802);
	CREATE ROLE analyst;
	SELECT enroll.grant_analyst('analyst');
	INSERT INTO enroll_register.region_local VALUES (610802001, '鼓楼街道');
	INSERT INTO enroll_register.coverage_target VALUES (610802, 'pension', 2026, 0.96, 'test');
});

# Forms of synthetic persons in current counties of Shaanxi.
my $forms = q{
	CREATE VIEW forms AS
	SELECT s.person_id, jsonb_strip_nulls(jsonb_build_object(
	    'cnid', s.cnid_true::text, 'name', s.name, 'county', s.region,
	    'employment', (ARRAY['employed', 'flexible', 'unemployed', 'student'])[1 + s.person_id % 4],
	    'employer', CASE WHEN s.person_id % 4 = 0 THEN '某某公司' END,
	    'phone', CASE WHEN s.person_id % 7 <> 3 THEN '138' || lpad(s.person_id::text, 8, '0') END,
	    'insurances', CASE WHEN s.person_id % 5 = 0 THEN '[]' ELSE '[170, 390]' END::jsonb)) AS form
	FROM enroll.synth_persons(4000, 11, 0, 610000) s
	WHERE EXISTS (SELECT 1 FROM enroll.region r WHERE r.code = s.region AND r.status = 'current' AND s.region % 100 <> 0);
};
$node->safe_psql('src', $forms);
# The county of Yuyang gets persons of its own, for the clerk.
$node->safe_psql('src', q{
	SELECT count(enroll.register(form)) FROM forms WHERE person_id <= 1200;
	SET ROLE clerk_yuyang;
	SELECT count(enroll.register(jsonb_build_object('cnid', enroll.cnid('610802800101' || lpad(i::text, 3, '0')), 'name', '榆阳' || chr(19968 + i),
	    'county', 610802, 'township', 610802001, 'employment', 'unemployed', 'phone', '1390000' || lpad(i::text, 4, '0'))))
	FROM generate_series(1, 20) i;
});
my @times;
sub mark
{
	$node->safe_psql('src', 'SELECT pg_sleep(0.02)');
	push @times, $node->safe_psql('src', 'SELECT clock_timestamp()');
	$node->safe_psql('src', 'SELECT pg_sleep(0.02)');
}
mark();
$node->safe_psql('src', q{
	SELECT count(enroll.submit(g.cnid)) FROM enroll_register.registration g WHERE abs(hashtext(g.cnid::text)) % 2 = 0;
	SELECT count(enroll.review(g.cnid, 'township', true)) FROM enroll_register.registration g WHERE g.state = 'township_review' AND abs(hashtext(g.cnid::text)) % 3 = 0;
	SELECT count(enroll.review(g.cnid, 'county', false, '材料不全')) FROM enroll_register.registration g WHERE g.state = 'county_review';
	SELECT count(enroll.move(p.cnid, 610802)) FROM enroll_register.person p WHERE abs(hashtext(p.cnid::text)) % 17 = 0 AND p.region <> 610802;
	SELECT count(enroll.record_death(p.cnid, '2025-06-30')) FROM enroll_register.person p WHERE abs(hashtext(p.cnid::text)) % 23 = 0;
	SELECT count(enroll.set_flag(p.cnid, 'working_away', note => '外出务工')) FROM enroll_register.person p WHERE abs(hashtext(p.cnid::text)) % 11 = 0;
	SET ROLE clerk_yuyang;
	SELECT enroll.lookup_registration(enroll.cnid('610802800101001'));
});
mark();

# The loader: 400 more forms, and 100 of the first ones changed.
my $csv = $node->safe_psql('src', q{
	SELECT 'cnid,name,county,employment,employer,phone,insurances' UNION ALL
	(SELECT array_to_string(ARRAY[form ->> 'cnid', form ->> 'name', form ->> 'county', form ->> 'employment', form ->> 'employer',
	                  form ->> 'phone', CASE WHEN person_id % 3 = 0 THEN '170' ELSE '170;390;410' END], ',', '')
	 FROM forms WHERE person_id BETWEEN 500 AND 2500 ORDER BY person_id)});
my $file = "${PostgreSQL::Test::Utils::tmp_check}/forms.csv";
open(my $fh, '>', $file) or die "cannot write $file: $!";
print $fh "$csv\n";
close($fh);
$node->command_ok([ "$bindir/enroll-load", '-q', '-d', $node->connstr('src'), '-r', "$file.rejects", $file ], 'enroll-load loads the forms');
mark();
$node->safe_psql('src', q{
	SELECT count(enroll.change_status(p.cnid, 'retired')) FROM enroll_register.person p WHERE abs(hashtext(p.cnid::text)) % 13 = 0 AND p.died_on IS NULL;
	SELECT count(enroll.set_flag(p.cnid, 'working_away', false)) FROM enroll_register.person_flag p WHERE abs(hashtext(p.cnid::text)) % 2 = 0 AND flag = 'working_away';
});
mark();
ok($node->safe_psql('src', 'SELECT count(*) FROM enroll_register.history') > 3000, 'a history with thousands of rows');

# The documented procedure: roles (global) are in the cluster already; dump
# the database in the custom format, restore it into a fresh one.
my $dump = "${PostgreSQL::Test::Utils::tmp_check}/src.dump";
$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump, 'src' ], 'pg_dump -Fc');
$node->safe_psql('postgres', 'CREATE DATABASE dst');
$node->command_ok([ 'pg_restore', '--exit-on-error', '-d', 'dst', $dump ], 'pg_restore into a fresh database');

# Every table of the register, row for row.
my @tables = split /\n/, $node->safe_psql('src',
	"SELECT relname FROM pg_class WHERE relnamespace = 'enroll_register'::regnamespace AND relkind = 'r' ORDER BY 1");
ok(@tables >= 11, 'the register has its tables');
for my $t (@tables)
{
	my $q = "SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM enroll_register.$t t";
	is($node->safe_psql('dst', $q), $node->safe_psql('src', $q), "table $t restored exactly");
}
# as_of() at three past times and now, for every table with history.
for my $at (@times[0 .. 2])
{
	for my $t (qw(person registration enrolment person_flag problem))
	{
		my $q = "SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
		  . "FROM enroll.as_of(NULL::enroll_register.$t, '$at') t";
		my $src = $node->safe_psql('src', $q);
		is($node->safe_psql('dst', $q), $src, "as_of($t, $at) identical");
	}
}
isnt($node->safe_psql('dst', "SELECT count(*) FROM enroll.as_of(NULL::enroll_register.person, '$times[0]')"), '0',
	'the past is not empty');
# Privileges and region grants came back: the clerk sees its county only.
is($node->safe_psql('dst', q{SET ROLE clerk_yuyang; SELECT count(*) FILTER (WHERE enroll.region_at(region, 'county') <> 610802) || ' ' || (count(*) > 0)::text FROM enroll_register.person}),
	'0 true', 'the clerk sees its county, and only it, after the restore');
is($node->safe_psql('dst', q{SET ROLE analyst; SELECT count(*) FROM enroll_register.person_masked}),
	$node->safe_psql('src', q{SELECT count(*) FROM enroll_register.person}), 'the analyst reads the masked view');
is($node->safe_psql('dst', q{SELECT md5(string_agg(person_key::text, ',' ORDER BY person_key)) FROM enroll_register.person_masked}),
	$node->safe_psql('src', q{SELECT md5(string_agg(person_key::text, ',' ORDER BY person_key)) FROM enroll_register.person_masked}),
	'the person keys are stable across the restore (the secret came along)');

# Writes after the restore: sequences came back with the data.
my $new = $node->safe_psql('dst', q{
	SELECT enroll.register(jsonb_build_object('cnid', enroll.cnid('610802990101555'), 'name', '新人', 'county', 610802,
	    'employment', 'student', 'phone', '13912345678')) ->> 'action'});
is($new, 'inserted', 'register() after the restore');
is($node->safe_psql('dst', q{SELECT enroll.submit(enroll.cnid('610802990101555'))}), 'township_review', 'submit() after the restore');
is($node->safe_psql('dst', q{SELECT enroll.review(enroll.cnid('610802990101555'), 'township', false, '补充材料')}), 'returned',
	'a new problem after the restore');
is($node->safe_psql('dst', q{SELECT enroll.lookup_registration(enroll.cnid('610802990101555'))}), 'in_your_regions',
	'an audited look-up after the restore');

$node->stop;
done_testing();
