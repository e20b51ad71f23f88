// The fourth PDF reader: pdf.js (npm `pdfjs-dist`, legacy build, in node), called by
// tests/pdf_readers.rs. Usage: node tests/pdfjs/read.mjs FILE.pdf
//
// Prints one JSON object on stdout: {"pages": [text of page 1, …], "info": {…}}, the
// text being the `str` of every `getTextContent` item in order, a newline after each
// item pdf.js ends a line with. pdf.js reports what it
// finds wrong in a file as console warnings ("Warning: …"), which go to stderr at the
// default verbosity: the Rust test fails on any byte there. A file pdf.js cannot open
// exits non-zero.
import { readFile } from "node:fs/promises";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";

const file = process.argv[2];
if (!file) {
  console.error("usage: node tests/pdfjs/read.mjs FILE.pdf");
  process.exit(2);
}

const data = new Uint8Array(await readFile(file));
const doc = await pdfjs.getDocument({
  data,
  verbosity: pdfjs.VerbosityLevel.WARNINGS,
  // Everything a text extraction needs is in the file: no system fonts, no eval.
  useSystemFonts: false,
  disableFontFace: true,
  isEvalSupported: false,
  stopAtErrors: true,
}).promise;

const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  // A line break where pdf.js sees one, so that a page number is a line of its own.
  pages.push(content.items.map((i) => (i.str ?? "") + (i.hasEOL ? "\n" : "")).join(""));
  page.cleanup();
}
const { info } = await doc.getMetadata();
await doc.destroy();
process.stdout.write(JSON.stringify({ pages, info }));
