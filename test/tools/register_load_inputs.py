#!/usr/bin/env python3
"""enroll-load on the inputs that broke it, and a SIGKILL of the loader.

For each input: the exit status, input = loaded + rejected, every reject with
its row, line, reason and original bytes, and every good row stored exactly
as written (no row silently changed).  Then the loader is killed with SIGKILL
after several committed batches and rerun: no duplicates, no missing rows.

  PGHOST=... PGPORT=... python3 test/tools/register_load_inputs.py [loader]
"""
import csv
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

LOADER = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("ENROLL_LOAD", "enroll-load")
DB = os.environ.get("ENROLL_INPUTS_DB", "enroll_register_inputs")
csv.field_size_limit(sys.maxsize)
WORK = tempfile.mkdtemp(prefix="enroll-inputs.")
FAILED = []
HEADER = "cnid,name,county,township,employment,phone,address,insurances"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def psql(sql, db=DB):
    return subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", db, "-c", sql],
                          check=True, capture_output=True, text=True).stdout.strip()


def cnid(n):
    body = "610802" + "%08d" % (19500101 + (n % 28)) + "%03d" % (n // 28 % 1000)
    body = body[:6] + str(1950 + n % 50) + body[10:]
    return body + "10X98765432"[sum(int(body[i]) * W[i] for i in range(17)) % 11]


def good(n, name, address="陕西省榆林市新建路1号", phone=None):
    """A good form as (cnid, name, address) and its CSV row (text)."""
    c = cnid(n)
    phone = phone or "138%08d" % n
    return (c, name, address), f"{c},{name},610802,610802001,未就业,{phone},{address},170;390"


def ok_both(c):
    """a character whose GB18030 bytes are valid UTF-8 too"""
    try:
        c.encode("gb18030").decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def check(name, cond, detail=""):
    print(("ok: " if cond else "FAILED: ") + name + (f" ({detail})" if detail and not cond else ""))
    if not cond:
        FAILED.append(name)


def load(path, *opts):
    rej = path + ".rejects.csv"
    p = subprocess.run([LOADER, "-q", "-d", DB, "-r", rej, *opts, path], capture_output=True)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), rej


def counts(out):
    m = re.search(r"input (\d+) = loaded (\d+) \(inserted (\d+), updated (\d+), unchanged (\d+)\) \+ rejected (\d+)", out)
    return tuple(map(int, m.groups())) if m else None


def rejects_of(path):
    """The reject file: (row, line, reason, original bytes), read byte for byte."""
    with open(path, "rb") as f:
        text = f.read().decode("latin-1")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["row", "line", "reason", "original_row"], rows[0]
    return [(int(r[0]), r[1], r[2].encode("latin-1").decode("utf-8", "replace"), r[3].encode("latin-1")) for r in rows[1:]]


def reset():
    psql("TRUNCATE enroll_register.history, enroll_register.problem, enroll_register.person_flag, "
         "enroll_register.enrolment, enroll_register.registration, enroll_register.person")


def stored():
    out = psql("SELECT string_agg(cnid::text || '|' || name || '|' || coalesce(address, ''), E'\\n' ORDER BY cnid) FROM enroll_register.person")
    return sorted(tuple(l.split("|")) for l in out.split("\n") if l)


def case(title, body, goods, bad_rows, opts=(), status=4, records=None, reasons=None, lines=None):
    """body: bytes of the file; goods: the good (cnid, name, address); bad_rows: {row: original bytes}."""
    print(f"== {title}")
    reset()
    path = os.path.join(WORK, re.sub(r"\W+", "_", title) + ".csv")
    with open(path, "wb") as f:
        f.write(body)
    rc, out, err, rej = load(path, *opts)
    check(f"{title}: exit status {status}", rc == status, f"got {rc}: {out} {err}")
    if status == 1:
        check(f"{title}: nothing loaded", stored() == [])
        return err
    c = counts(out)
    n = records if records is not None else len(goods) + len(bad_rows)
    check(f"{title}: summary line", c is not None, out + err)
    if c is None:
        return err
    inp, loaded, ins, upd, unch, rejected = c
    check(f"{title}: input {inp} = {n} records", inp == n)
    check(f"{title}: input = loaded {loaded} + rejected {rejected}", inp == loaded + rejected)
    check(f"{title}: loaded = the {len(goods)} good rows", loaded == len(goods))
    r = rejects_of(rej)
    check(f"{title}: the reject file holds the {len(bad_rows)} bad rows", sorted(x[0] for x in r) == sorted(bad_rows), str(r)[:300])
    for row, line, reason, orig in r:
        check(f"{title}: row {row} rejected with a reason ({reason})", reason != "")
        if row in bad_rows:
            check(f"{title}: row {row}: original bytes kept", orig == bad_rows[row], repr(orig[:80]))
        if reasons and row in reasons:
            check(f"{title}: row {row}: reason says {reasons[row]!r}", reasons[row] in reason, reason)
        if lines and row in lines:
            check(f"{title}: row {row}: lines {lines[row]}", line == lines[row], line)
    check(f"{title}: the good rows stored exactly as written", stored() == sorted(goods), str(stored())[:300])
    return err


def main():
    subprocess.run(["psql", "-X", "-q", "-d", "postgres", "-c", f"DROP DATABASE IF EXISTS {DB}",
                    "-c", f"CREATE DATABASE {DB} TEMPLATE template0 ENCODING 'UTF8'"], check=True, capture_output=True)
    psql("CREATE EXTENSION enroll; SELECT enroll.create_register();")
    names = ["李四", "王五", "赵六", "孙七", "周八", "吴九", "郑十", "冯一", "陈二", "褚三"]

    # 1. One invalid UTF-8 row in a UTF-8 file: auto-detection stops before loading and
    #    says what to pass; --encoding utf8 rejects that row only, the Chinese stays Chinese.
    g = [good(i, names[i]) for i in range(8)]
    bad = g[3][1].encode().replace(names[3].encode(), b"\xe5\xad\x20\xe4\xb8\x83")
    body = (HEADER + "\n").encode() + b"\n".join(x[1].encode() if i != 3 else bad for i, x in enumerate(g)) + b"\n"
    err = case("invalid UTF-8 row, auto", body, [], {}, status=1)
    check("invalid UTF-8 row, auto: names --encoding and the line", "--encoding" in err and "line 5" in err, err)
    case("invalid UTF-8 row, --encoding utf8", body, [x[0] for i, x in enumerate(g) if i != 3], {4: bad},
         opts=("--encoding", "utf8"), reasons={4: "invalid UTF-8 byte sequence"}, lines={4: "5"})

    # 2. A NUL byte: that row only.
    g = [good(10 + i, names[i]) for i in range(6)]
    bad = g[2][1].encode().replace("新建路".encode(), b"\x00\xe6\x96\xb0")
    body = (HEADER + "\n").encode() + b"\n".join(x[1].encode() if i != 2 else bad for i, x in enumerate(g)) + b"\n"
    case("NUL byte", body, [x[0] for i, x in enumerate(g) if i != 2], {3: bad}, reasons={3: "NUL byte"})

    # 3. Stray quotes: in an unquoted field, and after a closing quote; 4 data lines are 4 records.
    g = [good(20 + i, names[i]) for i in range(4)]
    b1 = g[1][1].replace(names[1], '王"五').encode()
    b2 = g[2][1].replace(names[2], '"赵六"x').encode()
    body = (HEADER + "\n" + g[0][1] + "\n").encode() + b1 + b"\n" + b2 + b"\n" + (g[3][1] + "\n").encode()
    case("stray quotes", body, [g[0][0], g[3][0]], {2: b1, 3: b2}, reasons={2: "stray quote", 3: "stray quote"})

    # 4. A byte-order mark and CRLF line ends: everything loads, no \r and no BOM kept.
    g = [good(30 + i, names[i]) for i in range(5)]
    body = b"\xef\xbb\xbf" + "\r\n".join([HEADER] + [x[1] for x in g]).encode() + b"\r\n"
    case("BOM and CRLF", body, [x[0] for x in g], {}, status=0)

    # 4b. CRLF line ends after a quoted last field: the CR belongs to the line end, not to an
    #     empty record of its own (every record counted once).
    g = [good(35 + i, names[i]) for i in range(3)]
    body = "\r\n".join([HEADER] + [x[1].rsplit(",", 1)[0] + ',"' + x[1].rsplit(",", 1)[1] + '"' for x in g]).encode() + b"\r\n"
    case("CRLF after a quoted field", body, [x[0] for x in g], {}, status=0)

    # 5. Embedded newlines (and quotes, commas) in quoted fields: one record each, stored with
    #    the form's blank collapsing; a wrong field count over several lines names its line range.
    g = [good(40 + i, names[i]) for i in range(4)]
    q1 = g[1][1].replace(g[1][0][2], '"陕西省\n榆林市, ""新建路"" 2号"')
    bad = (g[2][0][0] + ',"赵\n六",610802\n').encode()
    body = (HEADER + "\n" + g[0][1] + "\n" + q1 + "\n").encode() + bad + (g[3][1] + "\n").encode()
    goods = [g[0][0], (g[1][0][0], g[1][0][1], '陕西省 榆林市, "新建路" 2号'), g[3][0]]
    case("embedded newlines", body, goods, {3: bad.rstrip(b"\n")}, reasons={3: "8 fields expected, got 3"}, lines={3: "5-6"})

    # 6. A 100 MB line: rejected as over-long, the rows around it load.
    g = [good(50 + i, names[i]) for i in range(3)]
    bad = g[1][1].replace(g[1][0][2], "长" * (100 * 1024 * 1024 // 3)).encode()
    body = (HEADER + "\n" + g[0][1] + "\n").encode() + bad + b"\n" + (g[2][1] + "\n").encode()
    case("100 MB line", body, [g[0][0], g[2][0]], {2: bad}, reasons={2: "more than 4096"})
    del body, bad

    # 7. Invalid GB18030: auto-detection stops; --encoding gb18030 rejects that row only.
    g = [good(60 + i, names[i]) for i in range(6)]
    rows = [x[1].encode("gb18030") for x in g]
    rows[4] = rows[4].replace(names[4].encode("gb18030"), b"\x81\x20\xb0\xcb")
    body = (HEADER + "\n").encode("gb18030") + b"\n".join(rows) + b"\n"
    err = case("invalid GB18030, auto", body, [], {}, status=1)
    check("invalid GB18030, auto: names --encoding", "--encoding" in err, err)
    case("invalid GB18030, --encoding gb18030", body, [x[0] for i, x in enumerate(g) if i != 4], {5: rows[4]},
         opts=("-e", "gb18030"), reasons={5: "invalid GB18030 byte sequence"})
    # A four-byte sequence of GB18030's form past the end of its mapping to
    # Unicode (0x8431A530, after U+FFFF's 0x8431A439): the loader lets it
    # through, the server refuses to convert it, and the batch is sent again
    # row by row: that row alone is rejected, with the server's message.
    rows = [x[1].encode("gb18030") for x in g]
    rows[2] = rows[2].replace(names[2].encode("gb18030"), b"\x84\x31\xa5\x30")
    body = (HEADER + "\n").encode("gb18030") + b"\n".join(rows) + b"\n"
    case("GB18030 past Unicode, --encoding gb18030", body, [x[0] for i, x in enumerate(g) if i != 2], {3: rows[2]},
         opts=("-e", "gb18030"), reasons={3: "has no equivalent in encoding"})
    # and a valid GB18030 file is detected and stored exactly
    rows = [x[1].encode("gb18030") for x in g]
    body = (HEADER + "\n").encode("gb18030") + b"\n".join(rows) + b"\n"
    case("valid GB18030, auto", body, [x[0] for x in g], {}, status=0)

    # 8. Both encodings plausible (valid in both, two Chinese characters): stop, name the option.
    both = "".join([c for c in map(chr, range(0x4E00, 0x9FA5)) if ok_both(c)][:3])
    body = (HEADER + "\n" + cnid(70) + f",{both},610802,610802001,unemployed,13800138000,x,170\n").encode("gb18030")
    err = case("ambiguous encoding", body, [], {}, status=1)
    check("ambiguous encoding: names --encoding and the line", "--encoding" in err and "line 2" in err, err)

    # 8b. Valid UTF-8 with few non-ASCII characters that is not valid GB18030: UTF-8, no
    #     question asked (only one of the two encodings fits).
    c = cnid(75)
    body = (HEADER + "\n" + c + ",王秀英,610802,610802001,retired,13800138000,x,170\n").encode()
    case("few characters, valid UTF-8 only", body, [(c, "王秀英", "x")], {}, status=0)

    # 9. A quote that never closes: its line is rejected, the following rows still load.
    g = [good(80 + i, names[i]) for i in range(4)]
    bad = g[1][1].replace(names[1], '"王五').encode()
    body = (HEADER + "\n" + g[0][1] + "\n").encode() + bad + b"\n" + ("\n".join(x[1] for x in g[2:]) + "\n").encode()
    case("unclosed quote", body, [g[0][0], g[2][0], g[3][0]], {2: bad}, reasons={2: "never closed"}, lines={2: "3"})

    # 10. --help and --version, as PostgreSQL's programs.
    p = subprocess.run([LOADER, "--help"], capture_output=True, text=True)
    check("--help: exit 0 and the options", p.returncode == 0 and "--encoding" in p.stdout and "--jobs" in p.stdout)
    p = subprocess.run([LOADER, "--version"], capture_output=True, text=True)
    check("--version", p.returncode == 0 and re.match(r"enroll-load \(enroll\) \d", p.stdout) is not None, p.stdout)
    p = subprocess.run([LOADER, "--no-such-option"], capture_output=True, text=True)
    check("an invalid option: exit 1 and a hint", p.returncode == 1 and "--help" in p.stderr, p.stderr)

    # 11. SIGKILL of the loader after several committed batches, then a rerun: no duplicates,
    #     no missing rows (rows are every 13th bad).
    print("== SIGKILL of the loader, and a rerun")
    reset()
    n = int(os.environ.get("KILL_ROWS", "6000"))
    lines, want = [HEADER], set()
    for i in range(n):
        (c, nm, ad), row = good(1000 + i, names[i % 10])
        if i % 13 == 5:
            row = row.replace("610802,610802001", "610899,610899001")
        else:
            want.add(c)
        lines.append(row)
    path = os.path.join(WORK, "kill.csv")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    for jobs in ("1", "2"):
        reset()
        p = subprocess.Popen([LOADER, "-v", "-b", "300", "-j", jobs, "-d", DB, "-r", path + ".rej", path],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
        committed = 0
        for line in p.stderr:
            committed += "committed" in line
            if committed >= 4:
                break
        os.killpg(p.pid, signal.SIGKILL)   # the loader and its jobs
        p.wait()
        before = int(psql("SELECT count(*) FROM enroll_register.person"))
        check(f"--jobs {jobs}: killed after {committed} committed batches, {before} persons kept", 0 < before < len(want))
        rc, out, err, rej = load(path, "-b", "300", "-j", jobs)
        c = counts(out)
        check(f"--jobs {jobs}: rerun exit 4 and input = loaded + rejected", rc == 4 and c and c[0] == n and c[1] + c[5] == n, out + err)
        r = psql("SELECT count(*) || ' ' || count(DISTINCT cnid) FROM enroll_register.person")
        persons, distinct = map(int, r.split())
        check(f"--jobs {jobs}: no duplicates, no missing rows ({persons} persons, {len(want)} good)",
              persons == distinct == len(want) and c[2] == len(want) - before)
        check(f"--jobs {jobs}: one registration per person",
              psql("SELECT count(*) FROM enroll_register.registration") == str(len(want)))

    shutil.rmtree(WORK, ignore_errors=True)
    print("load-inputs: " + ("PASS" if not FAILED else "FAIL (%d checks)" % len(FAILED)))
    sys.exit(1 if FAILED else 0)


if __name__ == "__main__":
    main()
