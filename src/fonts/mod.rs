//! Fonts: loading the faces, the fallback chain, metrics backed by the real font, and
//! the coverage check that keeps a missing glyph (a tofu box in a party's name) out of
//! every PDF.
//!
//! The library never reads files or the network: the browser fetches the bundled faces
//! (`assets/fonts/`) and the CLI embeds them; both hand the bytes to [`FontSet::load`].

mod slices;

pub use slices::{SliceError, Sliced};

use crate::document::FieldPath;
use crate::layout::{Face, Item, Metrics, Page, metrics::is_wide};
use printpdf::ParsedFont;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// The bundled faces, as file names under `assets/fonts/`.
pub const BUNDLED: [(Face, &str); 3] = [
    (Face::Serif, "NotoSerifSC-Regular.otf"),
    (Face::SerifBold, "NotoSerifSC-Bold.otf"),
    (Face::Sans, "NotoSansSC-Regular.otf"),
];

/// The bundled faces compiled into a native build (the command line, the tests, the
/// fuzzers, the benchmarks): each face's name and bytes, in [`BUNDLED`]'s order. The
/// browser app fetches them by need instead (`assets/fonts/web/`), so the wasm build
/// does not carry them.
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled_bytes() -> [(Face, &'static str, &'static [u8]); 3] {
    [
        (
            Face::Serif,
            "NotoSerifSC-Regular",
            include_bytes!("../../assets/fonts/NotoSerifSC-Regular.otf"),
        ),
        (
            Face::SerifBold,
            "NotoSerifSC-Bold",
            include_bytes!("../../assets/fonts/NotoSerifSC-Bold.otf"),
        ),
        (
            Face::Sans,
            "NotoSansSC-Regular",
            include_bytes!("../../assets/fonts/NotoSansSC-Regular.otf"),
        ),
    ]
}

/// The bundled faces loaded into a font set (native builds).
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled() -> Result<FontSet, FontError> {
    let mut fonts = FontSet::new();
    for (face, name, bytes) in bundled_bytes() {
        fonts.load(face, bytes, name)?;
    }
    Ok(fonts)
}

/// Why a font could not be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FontError {
    #[error("字体文件无法读取（不是有效的 OpenType/TrueType 字体）：{0}")]
    Unreadable(String),
    #[error("{0}")]
    Slice(#[from] SliceError),
    #[error("字体分片不属于已加载的字体：{0:?}")]
    NotSliced(Face),
}

/// A parsed face.
pub struct LoadedFace {
    pub font: ParsedFont,
    units_per_em: f32,
    /// What the user or the bundle called it.
    pub name: String,
    /// Each character's glyph and advance, looked up in the font once (see
    /// [`GlyphCache`]).
    cache: GlyphCache,
    /// A face fetched by need: the bytes as far as they are filled in.
    sliced: Option<Sliced>,
    /// Glyph-indexed: the slice a glyph's outline is still waiting for (0 = it is in).
    pending: Vec<u8>,
}

/// A face's `char → (glyph id, advance)` table, filled as characters are first met:
/// the font's own cmap lookup costs about a microsecond, and layout asks for every
/// character of every paragraph several times (fallback, advance, coverage), which made
/// a long text spend half its time there. One atomic slot per BMP code point (0 = not
/// yet looked up), a locked map for the rest; lookups after the first are O(1) and the
/// set stays `Sync` for the batch workers.
struct GlyphCache {
    bmp: Box<[AtomicU64]>,
    astral: Mutex<HashMap<char, Option<(u16, u16)>>>,
}

/// Slot value: bit 63 set = looked up; bit 32 set = the face has a glyph; glyph id in
/// bits 0–15, advance (font units) in bits 16–31.
const LOOKED_UP: u64 = 1 << 63;
const HAS_GLYPH: u64 = 1 << 32;

impl GlyphCache {
    fn new() -> GlyphCache {
        GlyphCache {
            bmp: (0..=0xFFFF).map(|_| AtomicU64::new(0)).collect(),
            astral: Mutex::new(HashMap::new()),
        }
    }

    /// The glyph id and advance of `ch` in `font`, if the font has a glyph for it.
    fn get(&self, font: &ParsedFont, ch: char) -> Option<(u16, u16)> {
        let look = || {
            font.lookup_glyph_index(ch as u32)
                .filter(|g| *g != 0)
                .map(|g| (g, font.get_horizontal_advance(g)))
        };
        let code = ch as usize;
        if let Some(slot) = self.bmp.get(code) {
            let v = slot.load(Ordering::Relaxed);
            if v & LOOKED_UP != 0 {
                return (v & HAS_GLYPH != 0).then_some(((v & 0xFFFF) as u16, (v >> 16) as u16));
            }
            let found = look();
            let packed = LOOKED_UP
                | found.map_or(0, |(g, a)| HAS_GLYPH | u64::from(g) | (u64::from(a) << 16));
            slot.store(packed, Ordering::Relaxed);
            return found;
        }
        match self.astral.lock() {
            Ok(mut map) => *map.entry(ch).or_insert_with(look),
            // A worker panicked while holding the lock: look up without the cache.
            Err(_) => look(),
        }
    }
}

/// The faces loaded so far. Missing faces fall back along [`chain`].
#[derive(Default)]
pub struct FontSet {
    faces: BTreeMap<Face, LoadedFace>,
    /// Changes whenever a face is loaded (the widths and fallbacks change with it), to
    /// a value no other set has had: [`Metrics::generation`].
    generation: u64,
}

/// The source of [`FontSet`] generations (0 is an empty set's).
static GENERATIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The fallback chain of a face: the face itself, the bundled regular serif, then a
/// font the user loaded.
pub fn chain(face: Face) -> &'static [Face] {
    match face {
        Face::Serif => &[Face::Serif, Face::User],
        Face::SerifBold => &[Face::SerifBold, Face::Serif, Face::User],
        Face::Sans => &[Face::Sans, Face::Serif, Face::User],
        Face::User => &[Face::User, Face::Serif],
    }
}

impl FontSet {
    pub fn new() -> FontSet {
        FontSet::default()
    }

    /// Parse `bytes` (an OTF/TTF, or face `index` of a TTC) as `face`.
    pub fn load(&mut self, face: Face, bytes: &[u8], name: &str) -> Result<(), FontError> {
        let font = parse(bytes, name)?;
        self.insert(face, font, name, None);
        Ok(())
    }

    /// Load `face` from the base file of a face cut into slices (see [`Sliced`]): it
    /// lays out any text it covers at once; [`outlines_pending`] says which slices a
    /// PDF still needs and [`FontSet::add_slice`] fills them in.
    pub fn load_base(&mut self, face: Face, base: &[u8], name: &str) -> Result<(), FontError> {
        let sliced = Sliced::from_base(base)?;
        let font = parse(sliced.bytes(), name)?;
        self.insert(face, font, name, Some(sliced));
        Ok(())
    }

    /// Fill one slice file into the sliced `face`; returns the slice's number.
    pub fn add_slice(&mut self, face: Face, slice: &[u8]) -> Result<u8, FontError> {
        let k = self.add_slices(face, &[slice])?;
        Ok(k.first().copied().unwrap_or_default())
    }

    /// Fill several slice files into the sliced `face` and parse the face once, not
    /// once per slice (a background fetch of every slice would otherwise parse the
    /// 2.8 MB face some two hundred times); returns the slices' numbers. On a refused
    /// slice the ones before it stay filled in and the face stays usable.
    pub fn add_slices(&mut self, face: Face, slices: &[&[u8]]) -> Result<Vec<u8>, FontError> {
        let loaded = self
            .faces
            .get_mut(&face)
            .ok_or(FontError::NotSliced(face))?;
        let mut sliced = loaded.sliced.take().ok_or(FontError::NotSliced(face))?;
        let mut filled = Vec::with_capacity(slices.len());
        let mut refused = None;
        for slice in slices {
            match sliced.fill(slice) {
                Ok(k) => filled.push(k),
                Err(e) => {
                    refused = Some(FontError::from(e));
                    break;
                }
            }
        }
        // Parsed again with the new outlines; the cmap and advances are unchanged, so
        // the glyph cache stays valid.
        if !filled.is_empty() {
            match parse(sliced.bytes(), &loaded.name) {
                Ok(font) => {
                    loaded.font = font;
                    loaded.pending = sliced.pending_glyphs();
                }
                // The outlines stay pending: the PDF is refused as not ready, never
                // drawn without them.
                Err(e) => refused = Some(e),
            }
        }
        loaded.sliced = Some(sliced);
        refused.map_or(Ok(filled), Err)
    }

    /// The slices of every sliced face not in yet, commonest first.
    pub fn missing_slices(&self) -> Vec<(Face, u8)> {
        self.faces
            .iter()
            .flat_map(|(face, f)| {
                f.sliced
                    .iter()
                    .flat_map(|s| s.missing())
                    .map(move |k| (*face, k))
            })
            .collect()
    }

    fn insert(&mut self, face: Face, font: ParsedFont, name: &str, sliced: Option<Sliced>) {
        self.generation = GENERATIONS.fetch_add(1, Ordering::Relaxed);
        let upem = font.font_metrics.units_per_em;
        let units_per_em = if upem == 0 { 1000.0 } else { f32::from(upem) };
        let pending = sliced
            .as_ref()
            .map(Sliced::pending_glyphs)
            .unwrap_or_default();
        self.faces.insert(
            face,
            LoadedFace {
                font,
                units_per_em,
                name: name.to_string(),
                cache: GlyphCache::new(),
                sliced,
                pending,
            },
        );
    }

    pub fn is_loaded(&self, face: Face) -> bool {
        self.faces.contains_key(&face)
    }

    pub fn face(&self, face: Face) -> Option<&LoadedFace> {
        self.faces.get(&face)
    }

    /// Does the loaded `face` have a glyph for `ch`?
    pub fn has_glyph(&self, face: Face, ch: char) -> bool {
        self.faces
            .get(&face)
            .is_some_and(|f| glyph(f, ch).is_some())
    }
}

impl LoadedFace {
    /// The bytes of a face fetched by need, as far as its slices are in.
    pub fn sliced_bytes(&self) -> Option<&[u8]> {
        self.sliced.as_ref().map(Sliced::bytes)
    }
}

fn parse(bytes: &[u8], name: &str) -> Result<ParsedFont, FontError> {
    let mut warnings = Vec::new();
    ParsedFont::from_bytes(bytes, 0, &mut warnings)
        .ok_or_else(|| FontError::Unreadable(name.to_string()))
}

/// The glyph id and advance (font units) of `ch` in `f`, through the face's cache.
fn glyph(f: &LoadedFace, ch: char) -> Option<(u16, u16)> {
    f.cache.get(&f.font, ch)
}

/// Characters that need no glyph (line breaks and other controls are never drawn).
fn needs_glyph(ch: char) -> bool {
    !ch.is_control()
}

impl Metrics for FontSet {
    fn resolve(&self, face: Face, ch: char) -> Face {
        chain(face)
            .iter()
            .copied()
            .find(|f| self.has_glyph(*f, ch))
            .unwrap_or_else(|| {
                // Nothing has it: keep the first loaded face of the chain, so the coverage
                // check names the face it is missing from.
                chain(face)
                    .iter()
                    .copied()
                    .find(|f| self.is_loaded(*f))
                    .unwrap_or(face)
            })
    }

    fn advance(&self, face: Face, ch: char) -> f32 {
        match self
            .faces
            .get(&face)
            .and_then(|f| glyph(f, ch).map(|(_, a)| (f, a)))
        {
            Some((f, a)) => f32::from(a) / f.units_per_em,
            None if is_wide(ch) => 1.0,
            None => 0.5,
        }
    }

    // A slice filled in adds outlines only: the cmap and advances stay (see
    // `add_slices`), so only a face loaded changes the generation.
    fn generation(&self) -> Option<u64> {
        Some(self.generation)
    }
}

/// A character no loaded font can draw, and the form fields it appears in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingGlyph {
    pub ch: char,
    pub fields: Vec<FieldPath>,
}

/// Every character on `pages` that its face cannot draw, with the fields it came
/// from. Empty means the PDF will have no tofu.
pub fn coverage(pages: &[Page], fonts: &FontSet) -> Vec<MissingGlyph> {
    let mut missing: BTreeMap<char, BTreeSet<FieldPath>> = BTreeMap::new();
    for page in pages {
        for item in &page.items {
            if let Item::Text(run) = item {
                for ch in run
                    .text
                    .chars()
                    .filter(|c| needs_glyph(*c) && !c.is_whitespace())
                {
                    if !fonts.has_glyph(run.face, ch) {
                        let e = missing.entry(ch).or_default();
                        if let Some(f) = &run.field {
                            e.insert(f.clone());
                        }
                    }
                }
            }
        }
    }
    missing
        .into_iter()
        .map(|(ch, fields)| MissingGlyph {
            ch,
            fields: fields.into_iter().collect(),
        })
        .collect()
}

/// The slices a PDF of `pages` still needs: each (face, slice) holding the outline of a
/// glyph the pages draw (plus `extra` characters, such as a watermark, in a face), in
/// order. Empty when every face is whole.
pub fn outlines_pending(
    pages: &[Page],
    extra: Option<(Face, &str)>,
    fonts: &FontSet,
) -> Vec<(Face, u8)> {
    let mut need: BTreeSet<(Face, u8)> = BTreeSet::new();
    let mut check = |face: Face, text: &str| {
        let Some(f) = fonts.faces.get(&face) else {
            return;
        };
        if f.pending.is_empty() {
            return;
        }
        for ch in text.chars() {
            if let Some((g, _)) = glyph(f, ch)
                && let Some(&k) = f.pending.get(usize::from(g))
                && k != 0
            {
                need.insert((face, k));
            }
        }
    };
    for page in pages {
        for item in &page.items {
            if let Item::Text(run) = item {
                check(run.face, &run.text);
            }
        }
    }
    if let Some((face, text)) = extra {
        check(face, text);
    }
    need.into_iter().collect()
}
