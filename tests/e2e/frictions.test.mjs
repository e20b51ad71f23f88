// Issue 24 item 6, the small frictions: 「＋ 添加…」 puts the focus in the new item's
// first field; a click on an issue brings its field to the middle of the window, not
// its bottom edge; the issue list's severity labels are English in English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, shot, reach } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('a new item takes the focus, and an issue click centres its field', async () => {
  const s = await open(env);
  const { page } = s;
  await page.click('#new-blank');
  await page.waitForSelector('#export');
  await reach(page, '#add-clause');
  const before = await page.locator('fieldset.clause').count();
  await page.click('#add-clause');
  await page.waitForFunction((n) => document.activeElement?.closest('fieldset')?.id === `f-agreement-clauses-${n}`, before);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA', 'the clause text, not the button');

  // An issue of the pre-flight: its field centred.
  await page.locator('#preflight li button.goto').first().click();
  await page.waitForTimeout(600);
  const where = await page.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    return (r.top + r.bottom) / 2 / window.innerHeight;
  });
  assert.ok(where > 0.2 && where < 0.8, `the field's middle at ${Math.round(where * 100)}% of the window's height`);
  s.check();
});

test('the severity labels of the issue list are translated', async () => {
  const s = await open(env);
  const { page } = s;
  await page.click('#lang-switch');
  await page.waitForSelector('html[lang=en]');
  await page.click('#new-blank');
  await page.waitForSelector('#export');
  const labels = await page.$$eval('#preflight li > strong', (ss) => ss.map((x) => x.textContent));
  assert.ok(labels.length > 0);
  for (const l of labels) assert.match(l, /^(Error|Warning|Notice)$/);
  s.check();
});

test('a reload keeps the chosen form and the preview', async () => {
  const s = await open(env);
  const { page } = s;
  await page.click('#new-blank');
  await page.waitForSelector('#export');
  await page.selectOption('#doc-kind', 'proof');
  await page.click('#preview');
  await page.waitForSelector('.preview .page svg', { timeout: 180_000 });
  await page.reload();
  await page.waitForSelector('#export');
  assert.equal(await page.inputValue('#doc-kind'), 'proof');
  await page.waitForSelector('.preview .page svg', { timeout: 180_000 });
  s.check();
});

test('a window narrowed from 1280 px to 360 px fits, as a page opened at 360 px does', async () => {
  const s = await open(env);
  const { page } = s;
  await page.click('#new-blank');
  await page.waitForSelector('#export');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.waitForTimeout(300);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 360, `the page is ${wide} px wide in a 360 px window`);
  s.check();
});

test('the section index stays in view, counts each section\'s issues and opens the one chosen', async () => {
  const s = await open(env);
  const { page } = s;
  await page.click('#new-blank');
  await page.waitForSelector('#export');
  const index = page.locator('nav.section-index');
  assert.equal(await index.locator('li:not(.one-column)').count(), 10, 'every section');
  // The export and the preview are in the index only on one column (a phone).
  assert.equal(await index.locator('li.one-column').count(), 2);
  assert.equal(await index.locator('li.one-column').first().isVisible(), false, 'beside the form at 1280 px');
  // A blank case: the parties' section has errors, counted on its entry.
  const parties = index.locator('a[href="#sec-parties"]');
  assert.ok(Number(await parties.locator('.count.error').textContent()) > 0);
  // 归档 is closed (the agreement does not need it); its entry opens it and goes there.
  assert.equal(await page.$eval('#sec-archive', (d) => d.open), false);
  await index.locator('a[href="#sec-archive"]').click();
  await page.waitForFunction(() => document.querySelector('#sec-archive').open);
  // Still in view after the jump.
  const top = await index.evaluate((n) => n.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 200, `the index at ${top} px`);
  await shot(page, 'section-index-1280.png', false);
  s.check();
});
