# ALTER EXTENSION enroll UPDATE from 0.1.0 (its install script as
# released, extension/enroll--0.1.0.sql) and the register's migration by
# enroll.create_register() give the same database as a fresh 0.2.0 install
# filled the same way: schema, extension members, privileges and data.  So
# does a register of layout 2 (0.2.0's first layout, with foreign keys and a
# history without children), of layout 3 (history with children) or of
# layout 4 (role names as name) migrated to layout 5, grants on its views
# included.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('upgrade');
$node->init;
$node->start;

# The same work through the public functions of both versions: registration
# by the superuser and by a county clerk, reviews, a return, a move out of
# the county, a death, flags, a status change, names and targets.
my $fill = q{
	SELECT enroll.grant_region('upg_clerk', 610802), enroll.grant_analyst('upg_analyst');
	INSERT INTO enroll.region_local VALUES (610802001, '鼓楼街道');
	INSERT INTO enroll.coverage_target VALUES (610802, 'pension', 2026, 0.96, 'test');
	SELECT count(enroll.register(jsonb_strip_nulls(jsonb_build_object('cnid', s.cnid_true::text, 'name', s.name, 'county', s.region,
	    'employment', (ARRAY['employed', 'flexible', 'unemployed', 'student'])[1 + s.person_id % 4],
	    'employer', CASE WHEN s.person_id % 4 = 0 THEN '某某公司' END,
	    'phone', CASE WHEN s.person_id % 7 <> 3 THEN '138' || lpad(s.person_id::text, 8, '0') END,
	    'insurances', CASE WHEN s.person_id % 5 = 0 THEN '[]' ELSE '[170, 390]' END::jsonb,
	    'flags', CASE WHEN s.person_id % 9 = 0 THEN '["student"]' END::jsonb))))
	FROM enroll.synth_persons(1500, 3, 0, 610000) s
	WHERE EXISTS (SELECT 1 FROM enroll.region r WHERE r.code = s.region AND r.status = 'current' AND s.region % 100 <> 0);
	SET ROLE upg_clerk;
	SELECT count(enroll.register(jsonb_build_object('cnid', enroll.cnid('610802800101' || lpad(i::text, 3, '0')), 'name', '榆阳' || chr(19968 + i),
	    'county', 610802, 'township', 610802001, 'employment', 'unemployed', 'phone', '1390000' || lpad(i::text, 4, '0'),
	    'insurances', '[170]'::jsonb)))
	FROM generate_series(1, 30) i;
	SELECT count(enroll.submit(enroll.cnid('610802800101' || lpad(i::text, 3, '0')))) FROM generate_series(1, 20) i;
	SELECT count(enroll.review(enroll.cnid('610802800101' || lpad(i::text, 3, '0')), 'township', true)) FROM generate_series(1, 15) i;
	SELECT count(enroll.review(enroll.cnid('610802800101' || lpad(i::text, 3, '0')), 'county', i % 2 = 0, CASE WHEN i % 2 = 1 THEN '材料不全' END))
	FROM generate_series(1, 10) i;
	SELECT enroll.move(enroll.cnid('610802800101021'), 610803);
	SELECT enroll.record_death(enroll.cnid('610802800101022'), '2025-06-30');
	SELECT enroll.set_flag(enroll.cnid('610802800101023'), 'working_away', note => '外出务工');
	SELECT enroll.change_status(enroll.cnid('610802800101024'), 'employed', '榆林煤业');
	RESET ROLE;
	SELECT count(enroll.register(form || '{"phone": "13912345678"}')) FROM (
	    SELECT g.form FROM enroll_register_or_0_1 g WHERE abs(hashtext(g.cnid::text)) % 10 = 0) f;
};
$node->safe_psql('postgres', 'CREATE ROLE upg_clerk; CREATE ROLE upg_analyst; CREATE DATABASE old; CREATE DATABASE new');

# 0.1.0, filled, then upgraded.
$node->safe_psql('old', q{CREATE EXTENSION enroll VERSION '0.1.0'; CREATE VIEW enroll_register_or_0_1 AS SELECT cnid, form FROM enroll.registration});
$node->safe_psql('old', $fill);
$node->safe_psql('old', q{DROP VIEW enroll_register_or_0_1});
is($node->safe_psql('old', q{
	BEGIN;
	ALTER EXTENSION enroll UPDATE TO '0.2.0';
	SELECT enroll.create_register();
	COMMIT;}), 'migrated from the 0.1.0 layout', 'ALTER EXTENSION enroll UPDATE and create_register() migrate 0.1.0');
is($node->safe_psql('old', q{SELECT extversion FROM pg_extension WHERE extname = 'enroll'}), '0.2.0', 'the extension is at 0.2.0');
is($node->safe_psql('old', q{SELECT enroll.create_register()}), 'unchanged', 'a second create_register() changes nothing');

# 0.2.0 fresh, filled the same way (0.1.0's tables of names and targets are
# now the register's: the fill's view and inserts follow them).
$node->safe_psql('new', q{CREATE EXTENSION enroll; SELECT enroll.create_register();
	CREATE VIEW enroll_register_or_0_1 AS SELECT cnid, form FROM enroll_register.registration});
(my $fill_new = $fill) =~ s/enroll\.(region_local|coverage_target)/enroll_register.$1/g;
$node->safe_psql('new', $fill_new);
$node->safe_psql('new', q{DROP VIEW enroll_register_or_0_1});

# Layout 2, as create_register() made it before layout 3, filled the same
# way (register() writes it as before), then migrated.
$node->safe_psql('postgres', 'CREATE DATABASE lay2');
$node->safe_psql('lay2', q{CREATE EXTENSION enroll; SELECT enroll.register_create_layout2();
	INSERT INTO enroll_register.register_layout (layout, note) VALUES (2, 'created');
	CREATE VIEW enroll_register_or_0_1 AS SELECT cnid, form FROM enroll_register.registration});
$node->safe_psql('lay2', $fill_new);
$node->safe_psql('lay2', q{DROP VIEW enroll_register_or_0_1});
is($node->safe_psql('lay2', q{SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND connamespace = 'enroll_register'::regnamespace}),
	'4', 'layout 2 has its foreign keys');
is($node->safe_psql('lay2', q{SELECT enroll.create_register()}), 'migrated from layout 2', 'create_register() migrates layout 2');

# Layout 3, as create_register() made it before layout 4, filled the same
# way, then migrated; register_batch() refuses it until then (the history
# it writes is layout 4's).
$node->safe_psql('postgres', 'CREATE DATABASE lay3');
$node->safe_psql('lay3', q{CREATE EXTENSION enroll; SELECT enroll.register_create_layout2();
	INSERT INTO enroll_register.register_layout (layout, note) VALUES (2, 'created');
	SELECT enroll.register_migrate_layout2('created');
	CREATE VIEW enroll_register_or_0_1 AS SELECT cnid, form FROM enroll_register.registration});
$node->safe_psql('lay3', $fill_new);
$node->safe_psql('lay3', q{DROP VIEW enroll_register_or_0_1});
my ($rc, $out, $err) = $node->psql('lay3', q{SELECT * FROM enroll.register_batch(ARRAY[1]::bigint[], ARRAY['{}']::jsonb[])},
	extra_params => [ '-v', 'VERBOSITY=verbose' ]);
like($err, qr/55000: the register is at layout 3, register_batch\(\) needs layout 4/, 'register_batch() refuses layout 3');
is($node->safe_psql('lay3', q{SELECT enroll.create_register()}), 'migrated from layout 3', 'create_register() migrates layout 3');

# Layout 4, as create_register() made it before layout 5, filled the same
# way, with a role granted its views directly, then migrated: the views are
# made again over the text columns, with their grants.
$node->safe_psql('postgres', 'CREATE DATABASE lay4; CREATE ROLE upg_viewer');
$node->safe_psql('lay4', q{CREATE EXTENSION enroll; SELECT enroll.register_create_layout2();
	INSERT INTO enroll_register.register_layout (layout, note) VALUES (2, 'created');
	SELECT enroll.register_migrate_layout2('created'), enroll.register_migrate_layout3('created');
	CREATE VIEW enroll_register_or_0_1 AS SELECT cnid, form FROM enroll_register.registration});
$node->safe_psql('lay4', $fill_new);
$node->safe_psql('lay4', q{DROP VIEW enroll_register_or_0_1;
	GRANT SELECT ON enroll_register.review_queue TO upg_viewer;
	GRANT SELECT ON enroll_register.history_rows TO upg_viewer WITH GRANT OPTION});
is($node->safe_psql('lay4', q{SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attname)
	FROM pg_attribute a WHERE a.attrelid = 'enroll_register.history'::regclass AND a.attname LIKE '%actor'}),
	'actor name, session_actor name', 'layout 4 names its actors with name');
is($node->safe_psql('lay4', q{SELECT enroll.create_register()}), 'migrated from layout 4', 'create_register() migrates layout 4');
is($node->safe_psql('lay4', q{SELECT string_agg(c.relname || ' ' || a.attname, ', ' ORDER BY c.relname, a.attname)
	FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
	WHERE c.relnamespace = 'enroll_register'::regnamespace AND a.atttypid = 'name'::regtype AND a.attnum > 0}),
	'', 'layout 5: no column of the register is of type name');
is($node->safe_psql('lay4', q{SELECT string_agg(c.relname || ' ' || a.privilege_type || ' ' || a.is_grantable, ', ' ORDER BY c.relname)
	FROM pg_class c, aclexplode(c.relacl) a
	WHERE c.relnamespace = 'enroll_register'::regnamespace AND a.grantee = 'upg_viewer'::regrole}),
	'history_rows SELECT true, review_queue SELECT false', 'the views keep their grants through the migration');
$node->safe_psql('lay4', q{REVOKE SELECT ON enroll_register.review_queue, enroll_register.history_rows FROM upg_viewer CASCADE});

# Schema: pg_dump --schema-only, comments and session settings aside.
sub schema_of
{
	my ($db) = @_;
	my ($stdout, $stderr);
	$node->run_log([ 'pg_dump', '--schema-only', '-d', $node->connstr($db), '-f', "${PostgreSQL::Test::Utils::tmp_check}/$db.sql" ]);
	open(my $fh, '<', "${PostgreSQL::Test::Utils::tmp_check}/$db.sql") or die;
	my @lines = grep { !/^--/ && !/^\\(un)?restrict/ && !/^\s*$/ } <$fh>;
	close($fh);
	return join('', @lines);
}
my ($old_schema, $new_schema) = (schema_of('old'), schema_of('new'));
ok(length($new_schema) > 1000, 'the schema dump is not empty');
is($old_schema, $new_schema, 'pg_dump --schema-only: upgraded = fresh');
is(schema_of('lay2'), $new_schema, 'pg_dump --schema-only: layout 2 migrated = fresh');
is(schema_of('lay3'), $new_schema, 'pg_dump --schema-only: layout 3 migrated = fresh');
is(schema_of('lay4'), $new_schema, 'pg_dump --schema-only: layout 4 migrated = fresh');

# The extension's own objects, with each function's definition.
my $members = q{
	SELECT string_agg(obj || ' ' || def, E'\n' ORDER BY obj, def) FROM (
	    SELECT pg_describe_object(d.classid, d.objid, 0) AS obj,
	           CASE WHEN d.classid = 'pg_proc'::regclass AND (SELECT prokind FROM pg_proc WHERE oid = d.objid) <> 'a'
	                THEN md5(pg_get_functiondef(d.objid)) ELSE '' END
	           || coalesce(obj_description(d.objid, d.classid::regclass::name), '') AS def
	    FROM pg_depend d
	    WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'enroll') AND d.deptype = 'e') m};
my $new_members = $node->safe_psql('new', $members);
ok(($new_members =~ tr/\n//) > 200, 'the extension has its objects');
is($node->safe_psql('old', $members), $new_members, 'extension members and definitions: upgraded = fresh');

# Data: every table of the register, row for row, but the clocks (when a row
# was written) and the problem ids (0.1.0 spent one on every ON CONFLICT).
my $volatile = q{'{updated_at,collected_at,since,set_at,opened_at,closed_at,at,xid,created_at,note_at}'::text[]};
for my $t (qw(person registration enrolment person_flag problem history region_local coverage_target lookup_audit))
{
	my $row = "to_jsonb(t) - $volatile";
	$row = "$row - 'id'" if $t eq 'problem';
	$row = "jsonb_build_object('cnid', t.cnid, 'id', t.id, 'tbl', t.tbl, 'key', CASE WHEN t.tbl = 'problem' THEN '' ELSE t.key END, "
	  . "'op', t.op, 'region', t.region, 'actor', t.actor, 'session_actor', t.session_actor, "
	  . "'old', t.old - $volatile - 'id', 'new', t.new - $volatile - 'id')"
	  if $t eq 'history';
	my $q = "SELECT count(*) || ' ' || md5(coalesce(string_agg(($row)::text, E'\\n' ORDER BY ($row)::text), '')) FROM enroll_register.$t t";
	my $n = $node->safe_psql('new', $q);
	like($n, qr/^\d+ /, "table $t compared");
	is($node->safe_psql('old', $q), $n, "table $t: upgraded = fresh");
	is($node->safe_psql('lay2', $q), $n, "table $t: layout 2 migrated = fresh");
	is($node->safe_psql('lay3', $q), $n, "table $t: layout 3 migrated = fresh");
	is($node->safe_psql('lay4', $q), $n, "table $t: layout 4 migrated = fresh");
}
ok($node->safe_psql('new', 'SELECT count(*) FROM enroll_register.history') > 1000, 'the history has its rows');
is($node->safe_psql('old', 'SELECT string_agg(layout::text, \' \' ORDER BY layout) FROM enroll_register.register_layout'), '2 3 4 5',
	'the migrated register went through layouts 2, 3 and 4 to layout 5');
is($node->safe_psql('old', 'SELECT enroll.register_layout_version()'), '5', 'and is at layout 5');

# The migrated register works: grants, a write, as_of().
is($node->safe_psql('old', q{SET ROLE upg_clerk; SELECT count(*) FILTER (WHERE enroll.region_at(region, 'county') <> 610802) FROM enroll_register.person}),
	'0', 'the clerk sees its county only');
is($node->safe_psql('old', q{SET ROLE upg_clerk; SELECT enroll.register(jsonb_build_object('cnid', '610802198001010996', 'name', '新人',
	'county', 610802, 'employment', 'student', 'phone', '13912345678')) ->> 'action'}), 'inserted', 'the clerk registers after the upgrade');
is($node->safe_psql('old', q{SELECT count(*) FROM enroll.as_of(NULL::enroll_register.person, now())}),
	$node->safe_psql('old', q{SELECT count(*) FROM enroll_register.person}), 'as_of() of now = the table after the upgrade');
is($node->safe_psql('old', q{SET ROLE upg_analyst; SELECT count(*) > 0 FROM enroll_register.person_masked}), 't', 'the analyst keeps the masked view');
for my $db (qw(old lay2 lay4))
{
	is($node->safe_psql($db, q{SET ROLE upg_clerk; SELECT count(*) > 0 FROM enroll_register.history_rows}), 't',
		"$db: the clerk reads the history's rows");
	$node->safe_psql($db, q{SELECT enroll.register(jsonb_build_object('cnid', '610802198001010996', 'name', '新人',
		'county', 610802, 'employment', 'student', 'phone', '13912345678'))});
	is($node->safe_psql($db, q{SELECT action || ' ' || count(*) FROM enroll.register_batch(ARRAY[1, 2]::bigint[], ARRAY[
		jsonb_build_object('cnid', enroll.cnid('610802800101977')::text, 'name', '批量', 'county', 610802, 'employment', 'student',
		                   'phone', '13912345679', 'insurances', '[170]'::jsonb),
		jsonb_build_object('cnid', '610802198001010996', 'name', '新人', 'county', 610802, 'employment', 'student', 'phone', '13912345678')])
		GROUP BY action ORDER BY action}), "inserted 1\nunchanged 1", "$db: register_batch() after the migration");
	is($node->safe_psql($db, q{SELECT count(*) FROM (SELECT * FROM enroll.as_of(NULL::enroll_register.registration, now())
		EXCEPT SELECT * FROM enroll_register.registration) d}), '0', "$db: as_of() of now = the registrations");
}

$node->stop;
done_testing();
