// Offline after the first visit: the service worker caches the app, the fonts and the
// examples and the rules' explanations; with the server stopped (not a simulated
// offline mode, which does not reach the worker's own fetches) the app reloads, opens a
// stored case and an example, exports with font slices it never fetched, explains a rule.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { start, open, exportPdf, pdftext, squeeze, chromeArgs, watchErrors } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('with the server stopped, the app reloads, opens cases, exports with font slices it never fetched, and explains a rule', async () => {
  // A server of its own: this test stops it for good.
  const own = await start();
  try {
    const s = await open(own);
    const { page } = s;
    const fonts = [];
    page.on('request', (r) => { if (r.url().includes('/fonts/')) fonts.push(new URL(r.url()).pathname); });
    await page.waitForSelector('#offline-ready', { timeout: 120_000 });
    await page.click('#new-blank');
    await page.fill('#f-parties-0-name', '离线甲');
    // Online, the page fetched no font (they come with the first export or preview):
    // whatever the export below draws with, the service worker's precache supplies.
    const fetchedOnline = new Set(fonts);
    await own.stopServer();
    const down = await fetch(own.origin + '/').then(() => 'served', () => 'refused');
    assert.equal(down, 'refused', 'the server is really down');
    await page.reload();
    await page.waitForSelector('#f-parties-0-name');
    assert.equal(await page.inputValue('#f-parties-0-name'), '离线甲', 'the stored case opens');
    // Rare characters, in no face's base: the export needs slices.
    await page.fill('#f-parties-1-name', '离线乙爨鬯亓');
    const { file } = await exportPdf(page, 'offline.pdf');
    const text = squeeze(pdftext(file));
    assert.ok(text.includes('离线甲') && text.includes('离线乙爨鬯亓'), text);
    const slices = fonts.filter((f) => /\.\d+\.bin$/.test(f) && !fetchedOnline.has(f));
    assert.ok(slices.length > 0, `the export drew on slices never fetched online: ${JSON.stringify(fonts)}`);
    // A new case from an example also opens offline.
    await page.click('#nav-cases');
    await page.selectOption('#example', 'land-contract');
    await page.click('#new-example');
    await page.waitForSelector('#export');
    assert.match(await page.inputValue('#f-parties-0-name'), /张宗文/);
    // The rules' explanations, never opened online, open offline (precached).
    await page.fill('#f-parties-0-id_number', '370102195809160283');
    const why = page.locator('#preflight li[data-rule="id_card.invalid"] button.why-toggle');
    await why.click();
    await page.locator('#preflight li[data-rule="id_card.invalid"] .example.wrong code').waitFor({ timeout: 20_000 });
    s.check();
    await s.context.close();
  } finally {
    await own.close();
  }
});

test('Chromium finds the release build installable: manifest, icons, service worker', async () => {
  // A profile on disk: Chromium never installs from an incognito context, which is what
  // a new Playwright context is.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tiaojie-install-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: chromeArgs });
  const scriptErrors = [];
  const page = context.pages()[0] ?? await context.newPage();
  watchErrors(page, scriptErrors);
  await page.goto(env.origin + '/');
  await page.waitForSelector('#offline-ready', { timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  const { url, errors, data } = await cdp.send('Page.getAppManifest');
  assert.match(url, /\/manifest\.webmanifest$/);
  assert.deepEqual(errors, [], 'the manifest parses without a complaint');
  const manifest = JSON.parse(data);
  assert.equal(manifest.name, '人民调解文书生成器');
  assert.equal(manifest.short_name, '调解文书');
  assert.equal(manifest.start_url, './', 'relative, so the app installs under any path');
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, [], 'Chromium names no reason it could not install the app');
  // Every icon the manifest names, and the page's touch icon, is a real PNG of its size.
  for (const icon of manifest.icons) {
    const r = await page.request.get(new URL(icon.src, url).href);
    assert.equal(r.status(), 200, icon.src);
    const png = await r.body();
    assert.equal(png.subarray(1, 4).toString(), 'PNG', icon.src);
    const [w, h] = icon.sizes.split('x').map(Number);
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [w, h], icon.src);
  }
  // The service worker keeps them for offline use.
  const cached = await page.evaluate(async () => {
    const keys = await (await caches.open((await caches.keys()).find((k) => k.startsWith('tiaojie-app-')))).keys();
    return keys.map((r) => new URL(r.url).pathname);
  });
  for (const p of ['/manifest.webmanifest', '/icons/icon-512.png', '/icons/icon-maskable-512.png', '/icons/apple-touch-icon.png']) {
    assert.ok(cached.includes(p), `${p} is precached`);
  }
  assert.deepEqual(scriptErrors, [], 'no script error and no console error');
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
});
