#!/usr/bin/env python3
"""Validate META.json against the PGXN Meta Spec v1.0.0.

    python3 test/tools/check_meta.py [META.json]

The rules are those of the specification, https://pgxn.org/spec/ (canonical
text https://pgxn.org/meta/spec.txt), written here as a JSON Schema (draft 7)
and checked with python3-jsonschema.  Two further checks tie the file to the
repository: the versions equal enroll.control's default_version, and every
path it names exists.

Before trusting a pass, the script shows that each rule it relies on can
fail: it validates deliberately broken copies of the file and expects every
one to be rejected.  It prints one line per check and ends with
`meta: N passed, N failed`; the exit status is non-zero on any failure.
"""
import copy
import json
import os
import re
import sys

import jsonschema

# Version: a semantic version (https://semver.org/), "major.minor.patch" with
# optional pre-release and build parts.
SEMVER = (r"(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)"
          r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?"
          r"(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?")
# Version range: "0" (any version), a version (that version or later), or a
# comma-separated list of versions each preceded by ==, !=, <, <=, >, >=.
RANGE_ITEM = r"(?:(?:==|!=|<=|>=|<|>)\s*)?" + SEMVER
RANGE = r"^(?:0|" + RANGE_ITEM + r"(?:\s*,\s*" + RANGE_ITEM + r")*)$"

# Term: at least two characters, none of them a slash, backslash, white
# space or control character (names of distributions, extensions, prereqs).
TERM = {"type": "string", "pattern": r"^[^/\\\s\x00-\x1f\x7f]{2,}$"}
# Tag: fewer than 256 characters, no slash, backslash or control character.
TAG = {"type": "string", "minLength": 1, "maxLength": 255,
       "pattern": r"^[^/\\\x00-\x1f\x7f]+$"}
VERSION = {"type": "string", "pattern": "^" + SEMVER + "$"}
# Paths are relative, with unix separators.
PATH = {"type": "string", "minLength": 1, "pattern": r"^[^/\\][^\\]*$"}
URI = {"type": "string", "pattern": r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$"}
CUSTOM = {"^[xX]_.": {}}

# The license strings the specification lists.
LICENSES = [
    "agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd",
    "freebsd", "gfdl_1_2", "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1",
    "lgpl_3_0", "mit", "mozilla_1_0", "mozilla_1_1", "openssl", "perl_5",
    "postgresql", "qpl_1_0", "ssleay", "sun", "zlib", "open_source",
    "restricted", "unrestricted", "unknown",
]


def strict_object(properties, required=(), **extra):
    """An object with the given keys, custom x_ keys, and nothing else."""
    schema = {"type": "object", "properties": properties,
              "patternProperties": CUSTOM, "additionalProperties": False}
    if required:
        schema["required"] = list(required)
    schema.update(extra)
    return schema


def one_or_more(item):
    return {"oneOf": [item, {"type": "array", "items": item,
                             "minItems": 1, "uniqueItems": True}]}


RELATIONSHIP = {
    "type": "object", "minProperties": 1, "propertyNames": TERM,
    "additionalProperties": {"oneOf": [
        {"type": "integer", "enum": [0]},
        {"type": "string", "pattern": RANGE},
    ]},
}
PHASE = strict_object(
    {r: RELATIONSHIP for r in ("requires", "recommends", "suggests", "conflicts")},
    minProperties=1)

SCHEMA = strict_object({
    "name": TERM,
    "abstract": {"type": "string", "minLength": 1},
    "description": {"type": "string", "minLength": 1},
    "version": VERSION,
    "maintainer": one_or_more({"type": "string", "minLength": 1}),
    "license": {"oneOf": [
        {"enum": LICENSES},
        {"type": "array", "items": {"enum": LICENSES},
         "minItems": 1, "uniqueItems": True},
        {"type": "object", "minProperties": 1, "additionalProperties": URI},
    ]},
    "provides": {
        "type": "object", "minProperties": 1, "propertyNames": TERM,
        "additionalProperties": strict_object({
            "file": PATH,
            "version": VERSION,
            "abstract": {"type": "string", "minLength": 1},
            "docfile": PATH,
        }, required=("file", "version")),
    },
    "meta-spec": strict_object({
        "version": {"type": "string", "pattern": r"^1\.0\.[0-9]+$"},
        "url": {"enum": ["https://pgxn.org/meta/spec.txt",
                         "http://pgxn.org/meta/spec.txt"]},
    }, required=("version",)),
    "generated_by": {"type": "string", "minLength": 1},
    "tags": {"type": "array", "items": TAG, "minItems": 1, "uniqueItems": True},
    "no_index": strict_object({
        "file": one_or_more(PATH),
        "directory": one_or_more(PATH),
    }, minProperties=1),
    "prereqs": strict_object(
        {p: PHASE for p in ("configure", "build", "test", "runtime", "develop")},
        minProperties=1),
    "release_status": {"enum": ["stable", "testing", "unstable"]},
    "resources": strict_object({
        "homepage": URI,
        "bugtracker": strict_object({
            "web": URI,
            "mailto": {"type": "string", "pattern": r"^[^@\s]+@[^@\s]+$"},
        }, minProperties=1),
        "repository": strict_object({
            "url": URI, "web": URI,
            "type": {"type": "string", "pattern": "^[a-z]+$"},
        }, minProperties=1),
    }, minProperties=1),
}, required=("name", "abstract", "version", "maintainer", "license",
             "provides", "meta-spec"))


def control_version(root):
    with open(os.path.join(root, "enroll.control"), encoding="utf-8") as f:
        m = re.search(r"^default_version\s*=\s*'([^']*)'", f.read(), re.M)
    return m.group(1) if m else None


def problems(meta, root):
    """Every way meta breaks the spec or disagrees with the repository."""
    out = [e.message if not e.absolute_path else
           "/".join(str(p) for p in e.absolute_path) + ": " + e.message
           for e in jsonschema.Draft7Validator(SCHEMA).iter_errors(meta)]
    if out or not isinstance(meta, dict):
        return out
    want = control_version(root)
    if meta["version"] != want:
        out.append(f"version {meta['version']} is not enroll.control's {want}")
    for name, ext in meta["provides"].items():
        if name == "enroll" and ext["version"] != want:
            out.append(f"provides/enroll: version {ext['version']} is not {want}")
        for key in ("file", "docfile"):
            if key in ext and not os.path.isfile(os.path.join(root, ext[key])):
                out.append(f"provides/{name}/{key}: {ext[key]} does not exist")
    return out


def broken_copies(meta):
    """(what, copy) pairs, each breaking one rule the check relies on."""
    def edit(what, change):
        m = copy.deepcopy(meta)
        change(m)
        return what, m
    yield edit("required key missing (license)", lambda m: m.pop("license"))
    yield edit("version not semantic (0.2)", lambda m: m.update(version="0.2"))
    yield edit("license not in the list (gpl)", lambda m: m.update(license="gpl"))
    yield edit("unknown top-level key", lambda m: m.update(homepage="x"))
    yield edit("name with a slash", lambda m: m.update(name="en/roll"))
    yield edit("meta-spec version 2.0.0",
               lambda m: m["meta-spec"].update(version="2.0.0"))
    yield edit("provides entry without file",
               lambda m: m["provides"]["enroll"].pop("file"))
    yield edit("bad version range",
               lambda m: m.update(prereqs={"runtime": {"requires": {"PostgreSQL": "15"}}}))
    yield edit("release_status not in the list",
               lambda m: m.update(release_status="beta"))
    yield edit("version other than enroll.control's",
               lambda m: m.update(version="9.9.9"))
    yield edit("provides file that does not exist",
               lambda m: m["provides"]["enroll"].update(file="nowhere.sql"))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "META.json"
    root = os.path.dirname(os.path.abspath(path))
    passed = failed = 0
    try:
        with open(path, encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError) as e:
        print(f"not ok - {path}: {e}")
        print("meta: 0 passed, 1 failed")
        return 1
    found = problems(meta, root)
    if found:
        failed += 1
        print(f"not ok - {path} is valid PGXN Meta Spec 1.0.0")
        for p in found:
            print(f"    {p}")
    else:
        passed += 1
        print(f"ok - {path} is valid PGXN Meta Spec 1.0.0")
    for what, bad in broken_copies(meta):
        if problems(bad, root):
            passed += 1
            print(f"ok - rejected: {what}")
        else:
            failed += 1
            print(f"not ok - accepted a copy with {what}")
    print(f"meta: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
