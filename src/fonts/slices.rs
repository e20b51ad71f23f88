//! Faces fetched by need: a face cut by `scripts/font_slices.py` into a base (the whole
//! font less the outlines of its rarer glyphs) and slices (those outlines, by
//! frequency). The base alone lays out any text exactly — cmap, advances and every
//! table but the cut-out charstrings are there — and each slice fills its holes back
//! in. With every slice in, the bytes are the bundled `.otf` again, byte for byte
//! (`tests/font_slices.rs`).
//!
//! A hole waiting for its slice holds a valid charstring of the same length that draws
//! nothing, so the font parses and the browser's font sanitizer accepts it; the PDF
//! export refuses to embed a glyph whose outline has not arrived
//! ([`crate::render::pdf::ExportError::OutlinesPending`]).

/// Magic and version of a base file.
const BASE_MAGIC: &[u8; 5] = b"TJFB\x01";
/// Magic and version of a slice file.
const SLICE_MAGIC: &[u8; 5] = b"TJFS\x01";

/// Why a base or slice file could not be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SliceError {
    #[error("字体分片文件已损坏或不完整")]
    Corrupt,
    #[error("字体分片与已加载的字体不属于同一版本，请刷新页面")]
    Mismatch,
}

/// One cut-out charstring.
#[derive(Clone, Copy, Debug)]
struct Hole {
    start: usize,
    len: usize,
    glyph: u16,
    slice: u8,
}

/// A face being filled in slice by slice.
#[derive(Clone, Debug)]
pub struct Sliced {
    bytes: Vec<u8>,
    holes: Vec<Hole>,
    checksum: [u8; 4],
    /// `loaded[k]`: slice `k` is in (slice 0 is the base).
    loaded: Vec<bool>,
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], SliceError> {
        let end = self.pos.checked_add(n).ok_or(SliceError::Corrupt)?;
        let s = self.data.get(self.pos..end).ok_or(SliceError::Corrupt)?;
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, SliceError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<usize, SliceError> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }
    fn varint(&mut self) -> Result<usize, SliceError> {
        let mut v: usize = 0;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= usize::from(b & 0x7F) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(SliceError::Corrupt)
    }
}

impl Sliced {
    /// Expand a base file: the font at full length, each hole holding a charstring
    /// that draws nothing.
    pub fn from_base(base: &[u8]) -> Result<Sliced, SliceError> {
        let mut r = Reader { data: base, pos: 0 };
        if r.take(5)? != BASE_MAGIC {
            return Err(SliceError::Corrupt);
        }
        let slices = r.u8()?;
        let full_len = r.u32()?;
        let checksum: [u8; 4] = r.take(4)?.try_into().map_err(|_| SliceError::Corrupt)?;
        let count = r.u32()?;
        // Each hole takes at least four bytes of the table: a count beyond that is a lie.
        if count > base.len() / 4 || slices == 0 {
            return Err(SliceError::Corrupt);
        }
        let mut holes = Vec::with_capacity(count);
        let (mut at, mut glyph) = (0usize, 0usize);
        for _ in 0..count {
            let gap = r.varint()?;
            let len = r.varint()?;
            glyph += r.varint()?;
            let slice = r.u8()?;
            let start = at.checked_add(gap).ok_or(SliceError::Corrupt)?;
            at = start.checked_add(len).ok_or(SliceError::Corrupt)?;
            if slice == 0 || slice >= slices || len == 0 || at > full_len || glyph > 0xFFFF {
                return Err(SliceError::Corrupt);
            }
            holes.push(Hole {
                start,
                len,
                glyph: glyph as u16,
                slice,
            });
        }
        let body = &base[r.pos..];
        let cut: usize = holes.iter().map(|h| h.len).sum();
        if body.len().checked_add(cut) != Some(full_len) {
            return Err(SliceError::Corrupt);
        }
        let mut bytes = Vec::with_capacity(full_len);
        let mut from = 0;
        for h in &holes {
            let gap = h.start - bytes.len();
            bytes.extend_from_slice(&body[from..from + gap]);
            from += gap;
            bytes.extend(empty_charstring(h.len));
        }
        bytes.extend_from_slice(&body[from..]);
        let mut loaded = vec![false; usize::from(slices)];
        loaded[0] = true;
        Ok(Sliced {
            bytes,
            holes,
            checksum,
            loaded,
        })
    }

    /// Fill in a slice file's outlines; returns its number.
    pub fn fill(&mut self, slice: &[u8]) -> Result<u8, SliceError> {
        let mut r = Reader {
            data: slice,
            pos: 0,
        };
        if r.take(5)? != SLICE_MAGIC {
            return Err(SliceError::Corrupt);
        }
        let k = r.u8()?;
        if r.take(4)? != self.checksum {
            return Err(SliceError::Mismatch);
        }
        if k == 0 || usize::from(k) >= self.loaded.len() {
            return Err(SliceError::Corrupt);
        }
        let want: usize = self
            .holes
            .iter()
            .filter(|h| h.slice == k)
            .map(|h| h.len)
            .sum();
        if slice.len() - r.pos != want {
            return Err(SliceError::Corrupt);
        }
        for h in self.holes.iter().filter(|h| h.slice == k) {
            let data = r.take(h.len)?;
            self.bytes[h.start..h.start + h.len].copy_from_slice(data);
        }
        self.loaded[usize::from(k)] = true;
        Ok(k)
    }

    /// The font as far as it is filled in.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// How many slices the face has, the base included.
    pub fn count(&self) -> u8 {
        self.loaded.len() as u8
    }

    /// The slices not in yet.
    pub fn missing(&self) -> Vec<u8> {
        (1..self.count())
            .filter(|k| !self.loaded[usize::from(*k)])
            .collect()
    }

    /// For each glyph whose outline has not arrived, its slice (glyph-indexed; 0 = in).
    pub fn pending_glyphs(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for h in self
            .holes
            .iter()
            .filter(|h| !self.loaded[usize::from(h.slice)])
        {
            let g = usize::from(h.glyph);
            if out.len() <= g {
                out.resize(g + 1, 0);
            }
            out[g] = h.slice;
        }
        out
    }
}

/// A Type 2 charstring of exactly `len` bytes that draws nothing: zero moves, then
/// `endchar` (Adobe TN 5177). An odd count of operands before the first move is the
/// glyph's width, which the font's `hmtx` overrides for layout anyway.
fn empty_charstring(len: usize) -> impl Iterator<Item = u8> {
    const ZERO: u8 = 139; // the operand 0
    const HMOVETO: u8 = 22;
    const RMOVETO: u8 = 21;
    const ENDCHAR: u8 = 14;
    let body = len.saturating_sub(1);
    let mut ops: Vec<u8> = Vec::with_capacity(len);
    match body % 3 {
        1 if body >= 4 => ops.extend([ZERO, HMOVETO, ZERO, HMOVETO]),
        1 => ops.push(ZERO),
        2 => ops.extend([ZERO, HMOVETO]),
        _ => {}
    }
    while ops.len() < body {
        ops.extend([ZERO, ZERO, RMOVETO]);
    }
    ops.push(ENDCHAR);
    ops.truncate(len.max(1));
    ops.into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_charstrings_have_the_exact_length_and_end_with_endchar() {
        for len in 1..40 {
            let cs: Vec<u8> = empty_charstring(len).collect();
            assert_eq!(cs.len(), len, "length {len}");
            assert_eq!(cs.last(), Some(&14), "ends with endchar: {cs:?}");
            // Operands never pile up beyond one move's worth plus a width.
            let mut stack = 0;
            for b in &cs[..len - 1] {
                if *b == 139 {
                    stack += 1;
                } else {
                    assert!(stack <= 3, "{cs:?}");
                    stack = 0;
                }
            }
            assert!(stack <= 1, "at most a width before endchar: {cs:?}");
        }
    }

    #[test]
    fn a_truncated_or_foreign_file_is_refused_without_panicking() {
        assert_eq!(Sliced::from_base(b"").unwrap_err(), SliceError::Corrupt);
        assert_eq!(
            Sliced::from_base(b"TJFB\x01\x02\0\0\0\x10abcd\xff\xff\xff\xff").unwrap_err(),
            SliceError::Corrupt
        );
        // One hole of 3 bytes in slice 1, 5 bytes of body: the font is 8 bytes long.
        let base = b"TJFB\x01\x02\0\0\0\x08abcd\0\0\0\x01\x02\x03\x07\x01HEllo";
        let mut s = Sliced::from_base(base).expect("base");
        assert_eq!(s.bytes().len(), 8);
        assert_eq!(&s.bytes()[..2], b"HE");
        assert_eq!(s.missing(), vec![1]);
        assert_eq!(s.pending_glyphs()[7], 1);
        assert_eq!(s.fill(b"TJFS\x01\x01zzzzXYZ"), Err(SliceError::Mismatch));
        assert_eq!(s.fill(b"TJFS\x01\x01abcdXY"), Err(SliceError::Corrupt));
        assert_eq!(s.fill(b"TJFS\x01\x05abcdXYZ"), Err(SliceError::Corrupt));
        assert_eq!(s.fill(b"TJFS\x01\x01abcdXYZ"), Ok(1));
        assert_eq!(s.bytes(), b"HEXYZllo");
        assert!(s.missing().is_empty());
        assert!(s.pending_glyphs().iter().all(|k| *k == 0));
    }
}
