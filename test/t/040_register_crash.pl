# Crash safety of enroll-load: SIGKILL of the postmaster during a bulk load;
# after the restart every batch the loader reported as committed is there;
# a rerun of the load completes, with no duplicate and every row loaded or
# rejected.
use strict;
use warnings;
use IPC::Run;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $rows = $ENV{CRASH_ROWS} // 20000;
my $node = PostgreSQL::Test::Cluster->new('crash');
$node->init;
$node->start;
my $bindir = $node->config_data('--bindir');
my $loader = "$bindir/enroll-load";
my $dir = $PostgreSQL::Test::Utils::tmp_check;
$node->safe_psql('postgres', 'CREATE EXTENSION enroll; SELECT enroll.create_register();');

# The forms: every 20th row is bad (test/tools/register_gen_csv.sh).
{
	local %ENV = (%ENV, PGHOST => $node->host, PGPORT => $node->port, ENROLL_LOAD_DB => 'postgres');
	system("bash test/tools/register_gen_csv.sh $rows > $dir/forms.csv") == 0 or die 'register_gen_csv.sh failed';
}

# Load in batches of 1,000; kill the postmaster after 5 committed batches.
my ($out, $err) = ('', '');
my $load = IPC::Run::start([ $loader, '-v', '-b', '1000', '-d', $node->connstr('postgres'), '-r', "$dir/rejects1.csv", "$dir/forms.csv" ],
	'>', \$out, '2>', \$err);
for (1 .. 1200)
{
	$load->pump_nb;
	last if (() = $err =~ /committed/g) >= 5 || !$load->pumpable;
	select(undef, undef, undef, 0.05);
}
my $committed_batches = () = $err =~ /committed/g;
cmp_ok($committed_batches, '>=', 5, 'five batches committed before the kill');
$node->kill9;
$load->finish;
my ($last) = ($err =~ /.*rows \d+\.\.(\d+)/s);
ok(defined $last, "the loader reported its last committed row ($last)");
# Restart once the orphaned backends have gone (they hold the data directory).
# (A failed start reads the stale postmaster.pid; forget it before retrying.)
my $started = 0;
for (1 .. 60)
{
	$node->{_pid} = undef;
	last if ($started = $node->start(fail_ok => 1));
	sleep 1;
}
ok($started, 'the server restarts after the crash');

# Every good row through the last committed batch is in the register (row r
# is line r + 1 of the file; every 20th row is bad).
my $missing = $node->safe_psql('postgres', qq{
	SET search_path = enroll, public;
	CREATE TEMP TABLE lines (n serial PRIMARY KEY, line text);
	COPY lines (line) FROM '$dir/forms.csv' WITH (FORMAT text);
	SELECT count(DISTINCT split_part(line, ',', 1)) FILTER (WHERE NOT EXISTS (
	           SELECT 1 FROM enroll_register.person p WHERE p.cnid = split_part(line, ',', 1)::enroll.cnid))
	FROM lines WHERE n > 1 AND n - 1 <= $last AND (n - 1) % 20 <> 0;});
is($missing, 0, 'every person of a committed batch survived the crash');

# The rerun completes: exit 4 (rows were rejected), and the register holds
# exactly the good persons of the file, each with one form.
my $rc = system($loader, '-q', '-b', '1000', '-d', $node->connstr('postgres'), '-r', "$dir/rejects2.csv", "$dir/forms.csv") >> 8;
is($rc, 4, 'the rerun ends with exit 4: every 20th row rejected');
my ($persons, $distinct, $expected, $forms) = split /\|/, $node->safe_psql('postgres', qq{
	CREATE TEMP TABLE lines (n serial PRIMARY KEY, line text);
	COPY lines (line) FROM '$dir/forms.csv' WITH (FORMAT text);
	SELECT (SELECT count(*) FROM enroll_register.person), (SELECT count(DISTINCT cnid) FROM enroll_register.person),
	       (SELECT count(DISTINCT split_part(line, ',', 1)) FROM lines WHERE n > 1 AND (n - 1) % 20 <> 0),
	       (SELECT count(*) FROM enroll_register.registration);});
is($persons, $distinct, 'no duplicate person');
is($persons, $expected, 'every good person of the file is registered');
is($forms, $persons, 'each with its form');

$node->stop;
done_testing();
