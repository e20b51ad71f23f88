// Runs the browser export benchmark (benches/web/bench.js) in one headless Chromium and
// prints the medians, the ratio and the PDF sizes (docs/performance.md says what each
// number means). Needs `trunk build benches/web/index.html --release --dist
// target/bench-web` first (`make bench-browser` does both). The last PDF of each side is
// written to target/bench-web-out/ to look at.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'target/bench-web');
const out = path.join(root, 'target/bench-web-out');
const runs = Number(process.env.RUNS ?? 20);
const warmup = Number(process.env.WARMUP ?? 3);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.otf': 'font/otf', '.json': 'application/json; charset=utf-8' };

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('target/bench-web is missing: run `make bench-browser`');
  process.exit(1);
}
fs.mkdirSync(out, { recursive: true });
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.normalize(path.join(dist, url === '/' ? 'index.html' : url));
  if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404);
    res.end('not found');
    return;
  }
  const body = fs.readFileSync(file);
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
// The same flags as the end-to-end tests (tests/e2e/lib.mjs).
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.wasmBindings && window.runBench, null, { timeout: 60_000 });
  const r = await page.evaluate((o) => window.runBench(o), { runs, warmup });
  if (errors.length) throw new Error(errors.join('\n'));

  const ms = (x) => x.toFixed(1).padStart(8);
  const kb = (x) => `${(x / 1024).toFixed(1)} KB`.padStart(10);
  console.log(`Chromium ${browser.version()}, ${r.runs} runs after ${r.warmup} warm-up; medians in ms`);
  console.log(`font parsing (once, three faces): ${r.fontParseMs.toFixed(1)} ms`);
  console.log('"first": the text exported for the first time (font subsets made); "again": exported again (subsets reused)');
  console.log('case                       first    again  pdfmake  ratio first/again  tiaojie PDF  pdfmake PDF');
  for (const c of r.cases) {
    console.log(
      c.name.padEnd(24) + ms(c.oursFirst.median) + ms(c.ours.median) +
        (c.pdfmake ? ms(c.pdfmake.median) + `${c.ratioFirst.toFixed(1)}× / ${c.ratio.toFixed(1)}×`.padStart(19) : ' '.repeat(27)) +
        kb(c.ours.size).padStart(13) + (c.pdfmake ? kb(c.pdfmake.size).padStart(13) : ''),
    );
  }
  const keys = Object.keys(r.cases[0].ours.stages);
  for (const [label, pick] of [['first', (c) => c.oursFirst], ['again', (c) => c.ours]]) {
    console.log(`\ntiaojie stage split, ${label} (medians, ms)`);
    console.log('case                    ' + keys.map((k) => k.padStart(10)).join(''));
    for (const c of r.cases) console.log(c.name.padEnd(24) + keys.map((k) => ms(pick(c).stages[k]).padStart(10)).join(''));
  }
  for (const c of r.cases) {
    if (c.paragraphs) console.log(`${c.name}: ${c.paragraphs} paragraphs, ${c.characters} characters set by both`);
    fs.writeFileSync(path.join(out, `${c.name}.tiaojie.pdf`), Buffer.from(c.oursPdf, 'base64'));
    if (c.pdfmakePdf) fs.writeFileSync(path.join(out, `${c.name}.pdfmake.pdf`), Buffer.from(c.pdfmakePdf, 'base64'));
    delete c.oursPdf;
    delete c.pdfmakePdf;
  }
  for (const c of r.cases) {
    const pages = (f) => {
      try {
        return /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [f], { encoding: 'utf8' }))[1];
      } catch {
        return '?';
      }
    };
    const side = (s) => path.join(out, `${c.name}.${s}.pdf`);
    console.log(`${c.name}: tiaojie ${pages(side('tiaojie'))} pages` + (c.pdfmake ? `, pdfmake ${pages(side('pdfmake'))} pages` : ''));
  }
  fs.writeFileSync(path.join(out, 'results.json'), JSON.stringify(r, null, 2));
  console.log(`\nPDFs and results.json in ${path.relative(root, out)}/`);
} finally {
  await browser.close();
  server.close();
}
