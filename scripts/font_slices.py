#!/usr/bin/env python3
"""Cut the bundled faces into slices the app fetches by need (assets/fonts/web/).

The app must not make a mediator on a village connection download 3.7 MB of fonts
before the first PDF. Each face in assets/fonts/ is split into

  <face>.base.bin   the whole font with the outlines (CFF charstrings) of all but the
                    commonest characters cut out. Everything else stays: cmap, advance
                    widths, vertical metrics, the CFF dictionaries. So the app lays out
                    any text exactly, knows every character the face covers (the
                    fallback chain and the missing-glyph check work as before), and
                    only lacks the outlines of the rarer glyphs.
  <face>.<k>.bin    slice k >= 1: the cut-out charstrings of the next most frequent
                    characters, in glyph order.

Putting the base and every slice back together gives the original .otf byte for byte
(checked here and by tests/font_slices.rs), so the PDF still embeds one subset font
per face, and a glyph whose slice is present has exactly its original outline.

Formats (all integers big-endian; varint = LEB128, 7 bits per byte, low first):

  base:  b"TJFB" u8 version=1  u8 slices (incl. 0)  u32 full length  u32 checksum
         u32 holes  then per hole (in file order): varint gap (bytes since the end of
         the previous hole), varint length, varint glyph-id delta (since the previous
         hole's glyph, the first from 0), u8 slice;  then the font bytes minus the holes.
  slice: b"TJFS" u8 version=1  u8 slice  u32 checksum  then the holes of that slice,
         concatenated in file order.

The checksum is the first four bytes of the full font's SHA-256: a slice only fills a
base cut from the same font. A hole is one glyph's charstring in the CFF CharStrings
INDEX (the faces are desubroutinized, so a charstring is self-contained).

Which glyphs go where: characters ranked by frequency (scripts/data/char-frequency.txt),
with ASCII, CJK punctuation, full-width forms and the fixed text of the forms always in
the base. Run through scripts/make-fonts.sh (it runs this after the faces), or alone:

  python3 scripts/font_slices.py            # write assets/fonts/web/
  python3 scripts/font_slices.py --check    # rebuild in memory, compare with the files
  python3 scripts/font_slices.py --extract-frequency <jieba>/dict.txt
"""

import argparse
import gzip
import hashlib
import os
import shutil
import struct
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FONT_DIR = os.path.join(ROOT, "assets", "fonts")
WEB_DIR = os.path.join(FONT_DIR, "web")
FREQUENCY = os.path.join(HERE, "data", "char-frequency.txt")

# (face file, Han characters in the base, glyph bytes per later slice, symbols in the
# base). The body face carries nearly all the text: its base has the 1,500 commonest
# characters, and small slices after, so the few unusual characters of a name or a
# place cost ~16 KB each. Titles (bold) and headings (sans) print little beyond the
# forms' fixed text, so their bases hold only that. Chosen against the examples' first
# agreement (assets/fonts/README.md has the table): bigger bases or slices fetched more.
PLAN = [
    ("NotoSerifSC-Regular.otf", 1500, 20_000, True),
    ("NotoSerifSC-Bold.otf", 0, 30_000, False),
    ("NotoSansSC-Regular.otf", 0, 12_000, False),
]



# Always in the base: what nearly every document prints besides Han characters.
def always_in_base():
    s = set(range(0x20, 0x7F))  # ASCII
    s |= set(range(0x3000, 0x3020))  # 、。〈〉《》「」『』【】〔〕 …
    s |= set(range(0xFF01, 0xFF5F))  # full-width forms
    s |= {0xA5, 0xB7, 0xD7, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0xFFE5, 0x2E3A}
    return s


def fixed_text():
    """REQUIRED_TEXT and AMOUNT_TEXT of make-fonts.py (read from its source, so this
    script runs without fontTools' subsetter being imported)."""
    src = open(os.path.join(HERE, "make-fonts.py"), encoding="utf-8").read()
    out = ""
    for name in ("REQUIRED_TEXT", "AMOUNT_TEXT"):
        start = src.index(name + " = ")
        body = src[start:src.index("\n\n", start)]
        for part in body.split('"')[1::2]:
            out += part
    return out


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def tables(data):
    num = struct.unpack(">H", data[4:6])[0]
    out = {}
    for i in range(num):
        tag, _, off, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
        out[tag.decode("latin-1")] = (off, length)
    return out


def read_index(data, pos):
    """(offsets of each element's data, position after the INDEX)."""
    count = struct.unpack(">H", data[pos : pos + 2])[0]
    if count == 0:
        return [], pos + 2
    osz = data[pos + 2]
    offs = []
    p = pos + 3
    for _ in range(count + 1):
        offs.append(int.from_bytes(data[p : p + osz], "big"))
        p += osz
    base = p - 1
    return [(base + offs[i], base + offs[i + 1]) for i in range(count)], base + offs[-1]


def dict_operators(data):
    """The operators of a CFF DICT with their integer operands."""
    ops, stack, i = {}, [], 0
    while i < len(data):
        b = data[i]
        if b <= 21:
            op = b
            if b == 12:
                op = 1200 + data[i + 1]
                i += 1
            ops[op] = stack
            stack = []
            i += 1
        elif b == 28:
            stack.append(struct.unpack(">h", data[i + 1 : i + 3])[0])
            i += 3
        elif b == 29:
            stack.append(struct.unpack(">i", data[i + 1 : i + 5])[0])
            i += 5
        elif b == 30:
            i += 1
            while True:
                x = data[i]
                i += 1
                if (x & 0x0F) == 0x0F or (x >> 4) == 0x0F:
                    break
            stack.append(None)
        elif 32 <= b <= 246:
            stack.append(b - 139)
            i += 1
        elif 247 <= b <= 250:
            stack.append((b - 247) * 256 + data[i + 1] + 108)
            i += 2
        elif 251 <= b <= 254:
            stack.append(-(b - 251) * 256 - data[i + 1] - 108)
            i += 2
        else:
            raise ValueError(f"bad DICT byte {b}")
    return ops


def charstrings(data):
    """(start, end) in the file of each glyph's charstring, in glyph order."""
    off, _ = tables(data)["CFF "]
    hdr = data[off + 2]
    _, p = read_index(data, off + hdr)  # Name INDEX
    top, p = read_index(data, p)  # Top DICT INDEX
    a, b = top[0]
    ops = dict_operators(data[a:b])
    cs, _ = read_index(data, off + ops[17][0])
    return cs


def load_frequency():
    ranked = []
    with open(FREQUENCY, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            ranked.append(line.split("\t")[1])
    return ranked


def cmap_of(path):
    from fontTools.ttLib import TTFont

    font = TTFont(path, lazy=True)
    gid = {name: i for i, name in enumerate(font.getGlyphOrder())}
    return {cp: gid[name] for cp, name in font.getBestCmap().items()}


def assign(cmap, ranked, base_chars, slice_bytes, cs, forced_symbols=True):
    """Slice of each glyph: 0 for the base, 1.. in order of the commonest character
    that uses it."""
    forced = {ord(c) for c in fixed_text()}
    if forced_symbols:
        forced |= always_in_base()
    rank = {ord(c): i for i, c in enumerate(ranked)}
    order = sorted(cmap, key=lambda cp: (cp not in forced, rank.get(cp, len(rank)), cp))
    slice_of = {}
    han_in_base = 0
    cur, used = 1, 0
    for cp in order:
        gid = cmap[cp]
        if gid in slice_of:
            continue
        if cp in forced or han_in_base < base_chars:
            slice_of[gid] = 0
            if cp not in forced:
                han_in_base += 1
            continue
        size = cs[gid][1] - cs[gid][0]
        if used + size > slice_bytes and used > 0:
            cur, used = cur + 1, 0
        slice_of[gid] = cur
        used += size
    return slice_of


def cut(data, slice_of):
    """(base bytes, [slice bytes for 1..n])."""
    cs = charstrings(data)
    n = max(slice_of.values(), default=0) + 1
    checksum = hashlib.sha256(data).digest()[:4]
    holes = [(g, cs[g][0], cs[g][1], slice_of[g]) for g in sorted(slice_of) if slice_of[g] > 0 and cs[g][1] > cs[g][0]]
    table = bytearray()
    body = bytearray()
    slices = [bytearray(b"TJFS" + bytes([1, k]) + checksum) for k in range(n)]
    prev_end, prev_gid = 0, 0
    for gid, a, b, k in holes:
        table += varint(a - prev_end) + varint(b - a) + varint(gid - prev_gid) + bytes([k])
        body += data[prev_end:a]
        slices[k] += data[a:b]
        prev_end, prev_gid = b, gid
    body += data[prev_end:]
    head = b"TJFB" + bytes([1, n]) + struct.pack(">I", len(data)) + checksum + struct.pack(">I", len(holes))
    return bytes(head + table + body), [bytes(s) for s in slices[1:]]


def uncut(base, slices):
    """The inverse of cut(), as the app does it (for the check)."""
    assert base[:5] == b"TJFB\x01"
    n, full_len = base[5], struct.unpack(">I", base[6:10])[0]
    nholes = struct.unpack(">I", base[14:18])[0]
    p = 18
    holes = []

    def rd(p):
        v, s = 0, 0
        while True:
            b = base[p]
            p += 1
            v |= (b & 0x7F) << s
            s += 7
            if b < 0x80:
                return v, p

    for _ in range(nholes):
        gap, p = rd(p)
        length, p = rd(p)
        _, p = rd(p)
        k = base[p]
        p += 1
        holes.append((gap, length, k))
    body = base[p:]
    pos = {k: 10 for k in range(1, n)}
    out = bytearray()
    bp = 0
    for gap, length, k in holes:
        out += body[bp : bp + gap]
        bp += gap
        s = slices[k - 1]
        out += s[pos[k] : pos[k] + length]
        pos[k] += length
    out += body[bp:]
    assert len(out) == full_len
    return bytes(out)


def gz9(data):
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def build(verbose=True):
    ranked = load_frequency()
    files = {}
    rows = []
    for name, base_chars, slice_bytes, symbols in PLAN:
        path = os.path.join(FONT_DIR, name)
        data = open(path, "rb").read()
        cs = charstrings(data)
        slice_of = assign(cmap_of(path), ranked, base_chars, slice_bytes, cs, symbols)
        base, slices = cut(data, slice_of)
        assert uncut(base, slices) == data, f"{name}: base + slices do not give the font back"
        stem = name[: -len(".otf")]
        files[f"{stem}.base.bin"] = base
        for k, s in enumerate(slices, 1):
            files[f"{stem}.{k}.bin"] = s
        rows.append((name, base, slices, sum(1 for v in slice_of.values() if v == 0)))
    files["OFL.txt"] = open(os.path.join(FONT_DIR, "OFL.txt"), "rb").read()
    # What the service worker caches for offline use (assets/sw/sw.js).
    names = sorted(n for n in files if n.endswith(".bin"))
    files["manifest.json"] = ("{\"files\": [" + ", ".join(f'"{n}"' for n in names) + "]}\n").encode()
    if verbose:
        for name, base, slices, glyphs0 in rows:
            print(
                f"{name}: base {len(base)} bytes ({gz9(base)} gzip, {glyphs0} glyphs with outlines), "
                f"{len(slices)} slices of {min(map(len, slices))}–{max(map(len, slices))} bytes "
                f"({gz9(slices[0])}–{max(map(gz9, slices))} gzip)",
                file=sys.stderr,
            )
    return files


def write(files):
    if os.path.isdir(WEB_DIR):
        shutil.rmtree(WEB_DIR)
    os.makedirs(WEB_DIR)
    for name, data in sorted(files.items()):
        with open(os.path.join(WEB_DIR, name), "wb") as f:
            f.write(data)
    print(f"wrote {len(files)} files to {WEB_DIR}", file=sys.stderr)


def check(files):
    have = sorted(os.listdir(WEB_DIR)) if os.path.isdir(WEB_DIR) else []
    bad = [n for n in files if not os.path.exists(os.path.join(WEB_DIR, n)) or open(os.path.join(WEB_DIR, n), "rb").read() != files[n]]
    extra = sorted(set(have) - set(files))
    if bad or extra:
        print(f"slices differ: {bad[:5]} extra: {extra[:5]}", file=sys.stderr)
        return False
    print(f"{len(files)} slice files match", file=sys.stderr)
    return True


FREQUENCY_HEADER = """\
# Characters ranked by frequency in modern Chinese, commonest first.
# Format: <rank>\\t<character>\\t<summed frequency>.
#
# Derived from the word list of jieba 0.42.1 (PyPI package jieba, file jieba/dict.txt,
# MIT licence): each character's frequency is the sum of the frequencies of the words
# it occurs in (349,046 words). Only characters of the body face
# (assets/fonts/NotoSerifSC-Regular.otf) are listed. Used only to decide which glyphs
# the app fetches first (scripts/font_slices.py); a wrong rank costs a fetch, never a
# glyph.
#
# Regenerate:  python3 scripts/font_slices.py --extract-frequency <jieba>/dict.txt
"""


def extract_frequency(dict_path):
    c = Counter()
    with open(dict_path, encoding="utf-8") as f:
        for line in f:
            p = line.split()
            if len(p) < 2:
                continue
            for ch in p[0]:
                c[ch] += int(p[1])
    cover = set(cmap_of(os.path.join(FONT_DIR, "NotoSerifSC-Regular.otf")))
    ranked = sorted((ch for ch in c if ord(ch) in cover and ord(ch) > 0x7F), key=lambda ch: (-c[ch], ord(ch)))
    with open(FREQUENCY, "w", encoding="utf-8", newline="\n") as f:
        f.write(FREQUENCY_HEADER)
        for i, ch in enumerate(ranked, 1):
            f.write(f"{i}\t{ch}\t{c[ch]}\n")
    print(f"wrote {FREQUENCY}: {len(ranked)} characters", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--extract-frequency", metavar="JIEBA_DICT")
    args = ap.parse_args()
    if args.extract_frequency:
        extract_frequency(args.extract_frequency)
        return
    files = build()
    if args.check:
        sys.exit(0 if check(files) else 1)
    write(files)


if __name__ == "__main__":
    main()
