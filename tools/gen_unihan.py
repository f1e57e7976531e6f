#!/usr/bin/env python3
"""Generate src/gen/unihan_names.h from Debian's unicode-data Unihan files.

    python3 tools/gen_unihan.py /usr/share/unicode src/gen/unihan_names.h

The repository carries this generator, never a copy of the data.  What it
writes, for every Han code point Unihan gives a reading,
a fold target or a four-corner code:

* primary toneless reading: kMandarin, unless its toneless syllable is not
  among the kTGHZ2013 readings (佴 er -> nai, 彷 fang -> pang), then the
  first kTGHZ2013 reading; kHanyuPinyin only where no other field has one;
* all toneless readings (polyphones): kMandarin + kTGHZ2013 + kXHC1983 +
  kHanyuPinlu (kHanyuPinyin would add archaic readings);
* fold target, one way only: traditional -> simplified (kSimplifiedVariant;
  skipped when the character is its own simplified form, e.g. 乾), a
  non-standard z-variant / semantic variant -> the member of the 2013 standard
  list (kTGH), plus the hand list VARIANTS below; never for the characters in
  NEVER_FOLD (於/于, 乾/干, and the registered informal pairs 肖/萧 ...);
* kFourCornerCode with its fifth digit and kCangjie, for the look-alike test;
* kTotalStrokes.

Syllables are toneless, ASCII, with 'v' for u-umlaut (lv, nve).
Standard library only; python3 is in run.sh's PACKAGES.
"""
import bz2
import os
import re
import sys
import unicodedata

src = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
out = sys.argv[2] if len(sys.argv) > 2 else "src/gen/unihan_names.h"


def read(name, fields):
    path = os.path.join(src, "Unihan_%s.txt" % name)
    opener = open
    if not os.path.exists(path):
        path += ".bz2"
        opener = bz2.open
    if not os.path.exists(path):
        sys.exit("gen_unihan.py: %s not found (apt-get install unicode-data)" % path)
    res = {f: {} for f in fields}
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("U+"):
                continue
            cp, field, value = line.rstrip("\n").split("\t", 2)
            if field in res:
                res[field][int(cp[2:], 16)] = value
    return res


def toneless(s):
    s = s.strip().lower()
    s = unicodedata.normalize("NFD", s).replace("u\u0308", "v")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ê", "e")
    s = re.sub(r"[^a-z]", "", s)
    return s


rd = read("Readings", ["kMandarin", "kTGHZ2013", "kXHC1983", "kHanyuPinlu", "kHanyuPinyin"])
va = read("Variants", ["kSimplifiedVariant", "kZVariant", "kSemanticVariant"])
dl = read("DictionaryLikeData", ["kFourCornerCode", "kCangjie"])
om = read("OtherMappings", ["kTGH", "kGB0"])
ir = read("IRGSources", ["kTotalStrokes"])
tgh = set(om["kTGH"])
gb0 = set(om["kGB0"])


def dict_readings(v):
    # "212.030:lè 453.020:yuè", "10167.010:hóu,hòu", "1092.070*,1092.071:sóng"
    res = []
    for item in v.split():
        if ":" in item:
            for r in item.rsplit(":", 1)[1].split(","):
                res.append(toneless(r))
    return [r for r in res if r]


readings = {}
primary = {}
for cp in set(rd["kMandarin"]) | set(rd["kTGHZ2013"]) | set(rd["kXHC1983"]) | set(rd["kHanyuPinlu"]) | set(rd["kHanyuPinyin"]):
    man = [toneless(x) for x in rd["kMandarin"].get(cp, "").split()]
    tg = dict_readings(rd["kTGHZ2013"].get(cp, ""))
    xh = dict_readings(rd["kXHC1983"].get(cp, ""))
    pl = [toneless(x.split("(")[0]) for x in rd["kHanyuPinlu"].get(cp, "").split()]
    allr = []
    for r in man + tg + xh + pl:
        if r and r not in allr:
            allr.append(r)
    if not allr:
        hy = dict_readings(rd["kHanyuPinyin"].get(cp, ""))
        for r in hy:
            if r not in allr:
                allr.append(r)
    if not allr:
        continue
    p = man[0] if man and man[0] else allr[0]
    if tg and p not in tg:
        p = tg[0]
    primary[cp] = p
    readings[cp] = [p] + [r for r in allr if r != p]

# --- folding -----------------------------------------------------------------
NEVER_FOLD = set("於乾肖萧闫阎付傅代戴兰蓝于干余馀")
# Hand list: variants re-admitted for names or surname-only forms, folded
# to the common standard character (doc/reference-names.md, Normalisation step 9).
VARIANTS = {
    "喆": "哲", "堃": "坤", "昇": "升", "陞": "升", "甦": "苏", "犇": "奔",
    "峯": "峰", "羣": "群", "呂": "吕", "锺": "钟", "龑": "䶮", "頔": "𬱖",
    "囯": "国", "冨": "富", "爲": "为", "眞": "真",
    "劵": "券", "凊": "清", "絶": "绝", "敎": "教", "靑": "青", "淸": "清",
}
# Not here: 淼/森, 赟/斌, 玥/月, 镕/熔, 扌/手 are different characters.


def cps(v):
    return [int(x.split("<")[0][2:], 16) for x in v.split() if x.startswith("U+")]


fold = {}
for cp, v in va["kSimplifiedVariant"].items():
    t = cps(v)
    if cp in t or not t:
        continue
    pick = [x for x in t if x in tgh] or t
    fold[cp] = pick[0]
for field in ("kZVariant", "kSemanticVariant"):
    for cp, v in va[field].items():
        if cp in fold or cp in tgh or cp in gb0:
            continue
        t = [x for x in cps(v) if x in tgh]
        if field == "kSemanticVariant" and len(set(t)) != 1:
            continue
        if t:
            fold[cp] = t[0]
for a, b in VARIANTS.items():
    if a != b:
        fold[ord(a)] = ord(b)
for c in NEVER_FOLD:
    fold.pop(ord(c), None)
# resolve chains
for cp in list(fold):
    t = fold[cp]
    seen = {cp}
    while t in fold and t not in seen:
        seen.add(t)
        t = fold[t]
    fold[cp] = t
# fold only onto characters with a reading, so that a folded name reads
# (and keys) the same as the name it came from
fold = {k: v for k, v in fold.items() if k != v and v in readings}

fourc = {}
for cp, v in dl["kFourCornerCode"].items():
    m = re.match(r"(\d{4})\.?(\d)?", v.split()[0])
    if m:
        fourc[cp] = int(m.group(1)) * 10 + int(m.group(2) or 0) + 1
# Cangjie code packed: 5 bits per letter (A=1), up to 5 letters
cangjie = {}
for cp, v in dl["kCangjie"].items():
    code = v.split()[0].upper()
    if code.isalpha() and len(code) <= 5:
        x = 0
        for ch in code:
            x = x * 32 + (ord(ch) - 64)
        cangjie[cp] = x
strokes = {}
for cp, v in ir["kTotalStrokes"].items():
    try:
        strokes[cp] = int(v.split()[0])
    except ValueError:
        pass

# --- syllables -----------------------------------------------------------------
syls = sorted(set(primary.values()) | {r for rs in readings.values() for r in rs})
# pinyin substitutes also need syllables no character reads (rare): keep as is
sid = {s: i + 1 for i, s in enumerate(syls)}  # 0 = none
assert len(syls) < 1000, len(syls)
assert max(len(s) for s in syls) <= 7

cpset = sorted(c for c in set(readings) | set(fold) | set(fourc)
               if 0x3400 <= c <= 0x3FFFF and (c < 0xA000 or c >= 0x20000))
assert len(cpset) < 65535, len(cpset)

alts = [0]
altoff = {}
for cp in cpset:
    rs = readings.get(cp, [])
    if len(rs) > 1:
        altoff[cp] = len(alts)
        alts.append(len(rs))
        alts.extend(sid[r] for r in rs)

tmp = out + ".tmp"
os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
with open(tmp, "w", encoding="utf-8") as fh:
    w = fh.write
    w("/* Generated by tools/gen_unihan.py from %s (Unihan). Do not edit. */\n" % src)
    # Declarations for every file that includes this; the tables themselves
    # only where UNIHAN_TABLES is defined (src/name_chars_core.c).
    bmp = [0] * (0xA000 - 0x3400)
    for i, cp in enumerate(cpset):
        if cp < 0xA000:
            bmp[cp - 0x3400] = i + 1
    w("#define UNIHAN_NSYL %d\n" % len(syls))
    w("#define UNIHAN_NENT %d\n" % len(cpset))
    w("#define UNIHAN_NALT %d\n" % len(alts))
    w("#define UNIHAN_FIRST_SUPP %d\n" % sum(1 for c in cpset if c < 0xA000))
    w("extern const char unihan_syl[UNIHAN_NSYL + 1][8];\n")
    w("extern const UnihanEntry unihan_ent[UNIHAN_NENT];\n")
    w("extern const unsigned short unihan_alt[UNIHAN_NALT];\n")
    w("extern const unsigned short unihan_bmp[%d];\n" % len(bmp))
    w("#ifdef UNIHAN_TABLES\n")
    w("const char unihan_syl[UNIHAN_NSYL + 1][8] = {\"\",\n")
    for i in range(0, len(syls), 10):
        w("\t" + " ".join('"%s",' % s for s in syls[i:i + 10]) + "\n")
    w("};\n")
    w("const UnihanEntry unihan_ent[UNIHAN_NENT] = {\n")
    for cp in cpset:
        w("\t{0x%X, %d, %d, 0x%X, %d, %d, %d},\n" % (
            cp, sid.get(primary.get(cp, ""), 0), altoff.get(cp, 0), fold.get(cp, 0),
            fourc.get(cp, 0), cangjie.get(cp, 0), min(strokes.get(cp, 0), 255)))
    w("};\n")
    w("const unsigned short unihan_alt[UNIHAN_NALT] = {\n")
    for i in range(0, len(alts), 16):
        w("\t" + " ".join("%d," % x for x in alts[i:i + 16]) + "\n")
    w("};\n")
    w("const unsigned short unihan_bmp[%d] = {\n" % len(bmp))
    for i in range(0, len(bmp), 16):
        w("\t" + " ".join("%d," % x for x in bmp[i:i + 16]) + "\n")
    w("};\n")
    w("#endif\n")
os.replace(tmp, out)
print("gen_unihan.py: %d characters, %d readings, %d syllables, %d folds, %d four-corner codes -> %s"
      % (len(cpset), len(readings), len(syls), len(fold), len(fourc), out))
