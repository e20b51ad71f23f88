// Offline after the first visit: the service worker caches the app, the fonts and the
// examples and the rules' explanations; with the network off the app reloads, edits,
// exports and explains a rule.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, exportPdf, pdftext, squeeze } from './lib.mjs';

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
