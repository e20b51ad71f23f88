// The browser export benchmark (make bench-browser; docs/performance.md). The product
// (wasm, `src/bin/bench_web.rs`) and pdfmake each make the same words into a PDF, in
// the same page: the 2-page agreement and the 120-party agreement, each `runs` times
// after `warmup` runs, then the product's whole 卷宗 of the neighbours example. The
// product is timed twice: exporting the text for the first time (its font subsets
// forgotten before each run) and again (the subsets of the last export reused).
// benches/web/run.mjs calls `runBench()` and prints what it returns.
'use strict';

const MM = 72 / 25.4;
// GB/T 9704 (as `layout::style::PageStyle::gbt9704`): A4, type area 156 × 225 mm with
// margins top 37, bottom 35, left 28, right 26 mm; 16 pt body on 22 lines (28.99 pt
// pitch) of 28 characters; 22 pt bold title on a 35 pt pitch; 16 pt 黑体 headings.
const PAGE = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM, width: 156 * MM, height: 225 * MM };
const BODY_PT = 16;
const PITCH_PT = PAGE.height / 22;
const TRACKING_PT = PAGE.width / 28 - BODY_PT;
const TITLE_PT = 22;
const TITLE_PITCH_PT = 35;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function bytes(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

function base64(u8) {
  let s = '';
  for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode.apply(null, u8.subarray(i, i + 0x8000));
  return btoa(s);
}

// A face's line height in em as pdfkit computes it ((ascender − descender + lineGap) /
// unitsPerEm, from `hhea` and `head`), so pdfmake's `lineHeight` factor gives our pitch.
function lineHeightEm(font) {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = {};
  for (let i = 0, n = v.getUint16(4); i < n; i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(font[rec], font[rec + 1], font[rec + 2], font[rec + 3]);
    tables[tag] = v.getUint32(rec + 8);
  }
  const upem = v.getUint16(tables.head + 18);
  const asc = v.getInt16(tables.hhea + 4);
  const desc = v.getInt16(tables.hhea + 6);
  const gap = v.getInt16(tables.hhea + 8);
  return (asc - desc + gap) / upem;
}

// pdfmake's document for the paragraphs the library lays out (`paragraphs()`).
function pdfmakeDoc(paragraphs, em) {
  const body = { font: 'Serif', fontSize: BODY_PT, lineHeight: PITCH_PT / (BODY_PT * em.serif), characterSpacing: TRACKING_PT };
  return {
    pageSize: 'A4',
    pageMargins: [PAGE.left, PAGE.top, PAGE.right, PAGE.bottom],
    info: { title: 'pdfmake' },
    defaultStyle: body,
    styles: {
      title: { font: 'Serif', bold: true, fontSize: TITLE_PT, lineHeight: TITLE_PITCH_PT / (TITLE_PT * em.bold), alignment: 'center', characterSpacing: 0 },
      heading: { font: 'Sans', fontSize: BODY_PT, lineHeight: PITCH_PT / (BODY_PT * em.sans) },
      body: { alignment: 'justify', leadingIndent: 2 * BODY_PT },
    },
    content: paragraphs.map((p) => ({ text: p.text === '' ? ' ' : p.text, style: p.role })),
  };
}

async function time(fn) {
  const t0 = performance.now();
  const out = await fn();
  return [performance.now() - t0, out];
}

window.runBench = async function runBench({ runs = 20, warmup = 3 } = {}) {
  const status = document.getElementById('status');
  const w = window.wasmBindings;
  const [serif, bold, sans] = await Promise.all(
    ['NotoSerifSC-Regular.otf', 'NotoSerifSC-Bold.otf', 'NotoSansSC-Regular.otf'].map((f) => bytes(`fonts/${f}`)),
  );
  const fontParseMs = w.load_fonts(serif, bold, sans);

  // pdfmake: its own font handling, the same files through its virtual file system.
  pdfMake.addVirtualFileSystem({ 'serif.otf': base64(serif), 'serif-bold.otf': base64(bold), 'sans.otf': base64(sans) });
  pdfMake.addFonts({
    Serif: { normal: 'serif.otf', bold: 'serif-bold.otf', italics: 'serif.otf', bolditalics: 'serif-bold.otf' },
    Sans: { normal: 'sans.otf', bold: 'sans.otf', italics: 'sans.otf', bolditalics: 'sans.otf' },
  });
  pdfMake.setUrlAccessPolicy(() => false);
  const em = { serif: lineHeightEm(serif), bold: lineHeightEm(bold), sans: lineHeightEm(sans) };

  // `fresh`: forget the font subsets of earlier runs first, as for the first export of
  // a text (else a repeat export reuses them; see `render::pdf::forget_font_subsets`).
  const ours = async (json, doc, fresh) => {
    if (fresh && w.forget_font_subsets) w.forget_font_subsets();
    const [ms, pdf] = await time(() => w.export_pdf(json, doc));
    return { ms, size: pdf.length, stages: JSON.parse(w.last_stages()), pdf };
  };
  const theirs = async (dd) => {
    const [ms, blob] = await time(() => pdfMake.createPdf(dd).getBlob());
    return { ms, size: blob.size, blob };
  };
  const series = async (f) => {
    for (let i = 0; i < warmup; i++) await f();
    const out = [];
    for (let i = 0; i < runs; i++) out.push(await f());
    return out;
  };
  const summary = (list) => {
    const r = { median: median(list.map((x) => x.ms)), min: Math.min(...list.map((x) => x.ms)), size: list[list.length - 1].size };
    if (list[0].stages) {
      r.stages = {};
      for (const k of Object.keys(list[0].stages)) r.stages[k] = median(list.map((x) => x.stages[k]));
    }
    return r;
  };

  const cases = [
    { name: 'agreement-2-pages', file: 'agreement-2-pages.json', doc: 'agreement', pdfmake: true },
    { name: 'agreement-120-parties', file: 'group-inline.json', doc: 'agreement', pdfmake: true },
    { name: 'dossier-neighbours', file: 'neighbours-water-leak.json', doc: 'dossier', pdfmake: false },
  ];
  const results = { runs, warmup, fontParseMs, userAgent: navigator.userAgent, cases: [] };
  for (const c of cases) {
    status.textContent = c.name;
    const json = new TextDecoder().decode(await bytes(c.file));
    const r = { name: c.name, doc: c.doc };
    const first = await series(() => ours(json, c.doc, true));
    r.oursFirst = summary(first);
    const o = await series(() => ours(json, c.doc, false));
    r.ours = summary(o);
    r.oursPdf = base64(o[o.length - 1].pdf);
    if (c.pdfmake) {
      const paragraphs = JSON.parse(w.paragraphs(json, c.doc));
      r.paragraphs = paragraphs.length;
      r.characters = paragraphs.reduce((n, p) => n + [...p.text].length, 0);
      const dd = pdfmakeDoc(paragraphs, em);
      const t = await series(() => theirs(dd));
      r.pdfmake = summary(t);
      r.pdfmakePdf = base64(new Uint8Array(await t[t.length - 1].blob.arrayBuffer()));
      r.ratio = r.pdfmake.median / r.ours.median;
      r.ratioFirst = r.pdfmake.median / r.oursFirst.median;
    }
    results.cases.push(r);
  }
  status.textContent = 'done';
  return results;
};
