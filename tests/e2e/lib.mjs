// Shared by the end-to-end tests: serve dist/ on a local port, launch headless Chromium
// (playwright-core), count requests to other origins, collect script errors, and read
// PDFs with poppler.
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// TIAOJIE_DIST: another build to test or measure (e.g. a copy of an older dist/).
const dist = process.env.TIAOJIE_DIST ? path.resolve(process.env.TIAOJIE_DIST) : path.join(root, 'dist');
export const out = path.join(root, 'tests/e2e/out');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.otf': 'font/otf', '.bin': 'application/octet-stream', '.json': 'application/json; charset=utf-8', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Debian's Chromium flags for the tests: no sandbox (containers), no GPU, no traffic of its own. */
export const chromeArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Serve dist/ on a free local port; returns { origin, stopServer }. `stopServer` stops
 * serving for good (the offline tests): every open connection is cut too, so neither a
 * page nor its service worker can reach the server any more.
 */
export async function serve() {
  assert.ok(fs.existsSync(path.join(dist, 'index.html')), 'dist/ is missing: run `trunk build --release` first');
  fs.mkdirSync(out, { recursive: true });
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.normalize(path.join(dist, url === '/' ? 'index.html' : url));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404); res.end('not found'); return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
    res.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const stopServer = () => new Promise((r) => {
    if (!server.listening) { r(); return; }
    server.close(r);
    server.closeAllConnections();
  });
  return { origin, stopServer };
}

/** Start the server and the browser; returns { origin, browser, stopServer, close }. */
export async function start() {
  const { origin, stopServer } = await serve();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromeArgs });
  return { origin, browser, stopServer, close: async () => { await browser.close(); await stopServer(); } };
}

/**
 * Collect into `errors` every script error and every message the page logs at the
 * console's error level (issue 22: an e2e run fails on one), the browser's own
 * interventions (e.g. "Unable to preventDefault inside passive event listener") included.
 * A test that provokes an error on purpose passes `expected`, patterns of the messages it
 * expects; anything else still fails.
 */
export function watchErrors(page, errors, expected = []) {
  page.on('pageerror', (e) => errors.push(`script error: ${e}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (expected.some((re) => re.test(text))) return;
    errors.push(`console error: ${text}`);
  });
}

/**
 * A new page with its own storage. `page.foreign` lists requests to other origins and
 * `page.errors` script errors; `check()` asserts both are empty.
 */
export async function open(env, { width = 1280, height = 900 } = {}) {
  const context = await env.browser.newContext({ acceptDownloads: true, viewport: { width, height } });
  const page = await context.newPage();
  const foreign = [];
  const errors = [];
  page.on('request', (r) => {
    const u = r.url();
    // The browser's own pages (its PDF viewer showing the print frame: chrome-extension:,
    // chrome:) are not the app's requests; anything that goes over the network is.
    if (/^(https?|wss?|ftp):/i.test(u) && !u.startsWith(env.origin)) foreign.push(u);
  });
  watchErrors(page, errors);
  reachFields(page);
  await page.goto(env.origin + '/');
  await page.waitForSelector('#new-blank, #export');
  return {
    page,
    context,
    foreign,
    check: () => {
      assert.deepEqual(foreign, [], 'the app must make no request to another origin');
      assert.deepEqual(errors, [], 'no script error and no console error');
    },
  };
}

// A case file from the repository (`tests/fixtures/…`) imported on the case list and
// opened in the editor; with `preview`, the preview shown and drawn.
export async function openCase(page, file, { preview = false } = {}) {
  const buffer = fs.readFileSync(path.join(root, file));
  await page.setInputFiles('#import', { name: path.basename(file), mimeType: 'application/json', buffer });
  await page.waitForSelector('.case-open');
  await page.click('.case-open');
  await page.waitForSelector('#export');
  await page.waitForSelector('details.section[open]');
  if (preview) {
    await page.click('#preview');
    await page.waitForSelector('.preview .page svg', { timeout: 180_000 });
  }
}

/** Save the download a click starts; returns its path. */
export async function download(page, click, name) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
  const file = path.join(out, name ?? d.suggestedFilename());
  await d.saveAs(file);
  return { file, suggested: d.suggestedFilename() };
}

/** The final export when the case has no error for the chosen form; otherwise the draft. */
export async function exportPdf(page, name) {
  const final = await page.isEnabled('#export');
  return { ...(await download(page, () => page.click(final ? '#export' : '#export-draft'), name)), final };
}

/** The text of a PDF (poppler); any warning poppler prints fails the test. */
export function pdftext(pdf) {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The text with every white space removed (lines break anywhere in Chinese). */
export const squeeze = (s) => s.replace(/\s+/g, '');

/** How many pages a PDF has (poppler). */
export function pdfPages(pdf) {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number((info.match(/^Pages:\s+(\d+)$/m) ?? [])[1]);
}

export function pdfTitle(pdf) {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return (info.match(/^Title:\s+(.*)$/m) ?? [])[1];
}

export async function shot(page, name, fullPage = true) {
  await page.screenshot({ path: path.join(out, name), fullPage });
}

/**
 * The editor's section (its `<details>` id) that holds the element `sel`: a field by
 * its id (`#f-<part>-…`, the case's part naming the section) or a section's own button.
 */
export function sectionOf(sel) {
  const buttons = { '#start-confirmation': 'confirmation', '#add-clause': 'agreement', '#add-person': 'parties', '#add-organisation': 'parties', '#confirmation-deadline': 'agreement', '#add-material': 'archive' };
  const m = /^#f-([a-z_]+)/.exec(sel);
  const part = buttons[sel] ?? m?.[1];
  if (!part) return null;
  const named = { investigations: 'records', sessions: 'records' }[part] ?? part;
  return ['committee', 'parties', 'dispute', 'intake', 'records', 'agreement', 'confirmation', 'visits', 'archive', 'settings'].includes(named) ? `sec-${named}` : null;
}

/**
 * Open the section holding `sel` as a user does, with a click on its heading, when it
 * is folded (one section is open at a time; a folded one's fields are not built).
 * Returns whether a click was needed.
 */
export async function reach(page, sel) {
  const section = sectionOf(sel);
  if (!section || !(await page.$(`#${section}`))) return false;
  if (await page.$eval(`#${section}`, (d) => d.open)) return false;
  await page.click(`#${section} > summary`);
  await page.waitForFunction((id) => document.getElementById(id)?.open, section);
  return true;
}

/**
 * The tests address a field by its id wherever it is; in the editor one section is open
 * at a time and a folded one's fields are not built. So a page's methods that act on a
 * field or a section's button first open its section as a user does, with a click on
 * its heading ([`reach`]). The tests of folding itself look at the sections directly.
 */
export function reachFields(page) {
  const acting = ['click', 'dblclick', 'fill', 'type', 'press', 'check', 'uncheck', 'setChecked', 'selectOption',
    'inputValue', 'textContent', 'innerText', 'getAttribute', 'isChecked', 'isEnabled', 'isDisabled', 'focus',
    'hover', '$eval', 'dispatchEvent', 'waitForSelector'];
  for (const name of acting) {
    const original = page[name].bind(page);
    page[name] = async (sel, ...rest) => {
      const waitingForAbsence = name === 'waitForSelector' && ['detached', 'hidden'].includes(rest[0]?.state);
      if (typeof sel === 'string' && !waitingForAbsence && sectionOf(sel.split(/\s|>>/)[0])) {
        await reach(page, sel.split(/\s|>>/)[0]).catch(() => {});
      }
      return original(sel, ...rest);
    };
  }
}
