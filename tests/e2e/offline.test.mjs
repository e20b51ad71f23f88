// Offline after the first visit: the service worker caches the app, the fonts and the
// examples and the rules' explanations; with the network off the app reloads, edits,
// exports and explains a rule.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { start, open, exportPdf, pdftext, squeeze, chromeArgs } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('after the first visit the app opens, edits and exports with the network off', async () => {
  const s = await open(env);
  const { page, context } = s;
  await page.waitForSelector('#offline-ready', { timeout: 120_000 });
  await page.click('#new-blank');
  await page.fill('#f-parties-0-name', '离线甲');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#f-parties-0-name');
  assert.equal(await page.inputValue('#f-parties-0-name'), '离线甲', 'the case is still there');
  await page.fill('#f-parties-1-name', '离线乙');
  const { file } = await exportPdf(page, 'offline.pdf');
  const text = squeeze(pdftext(file));
  assert.ok(text.includes('离线甲') && text.includes('离线乙'), text);
  // A new case from an example also works offline.
  await page.click('#nav-cases');
  await page.selectOption('#example', 'land-contract');
  await page.click('#new-example');
  await page.waitForSelector('#export');
  assert.match(await page.inputValue('#f-parties-0-name'), /张宗文/);
  // The rules' explanations, never opened online, open offline (precached).
  await page.fill('#f-parties-0-id_number', '370102195809160283');
  const why = page.locator('#preflight li[data-rule="id_card.invalid"] button.why-toggle');
  await why.click();
  await page.locator('#preflight li[data-rule="id_card.invalid"] .example.wrong code').waitFor();
  await context.setOffline(false);
  s.check();
  await context.close();
});

test('Chromium finds the release build installable: manifest, icons, service worker', async () => {
  // A profile on disk: Chromium never installs from an incognito context, which is what
  // a new Playwright context is.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tiaojie-install-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: chromeArgs });
  const scriptErrors = [];
  const page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', (e) => scriptErrors.push(String(e)));
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
  assert.deepEqual(scriptErrors, [], 'no script errors');
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
});
