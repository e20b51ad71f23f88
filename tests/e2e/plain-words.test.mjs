// Issue 24 item 4: plain words only. No field path (「parties[0].name」), rule id
// (「party.id_missing」), setting key (「local_code」) or file name (「case-format.md」) in
// what a user sees or hears: the visible text, the tooltips and the accessible names of
// every screen — the case list with the examples, a blank case in the editor with every
// section and the issue list and the rule index open, the training screen and the
// committee profile. The English interface aside (it is tested in i18n.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Identifiers from inside the program, as a user would meet them. */
const inside = [
  [/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/, 'a snake_case key'],
  [/\b[a-z][a-z_]*(?:\[\d+\])?\.[a-z_][a-z_]*\b/, 'a dotted path or rule id'],
  [/\b[\w-]+\.(?:md|json|rs|toml)\b/, 'a file name'],
];

/** Everything of the screen a user reads or hears: text, titles, aria-labels, placeholders. */
const words = (page) => page.evaluate(() => {
  const app = document.querySelector('main.app');
  const out = [app.innerText];
  for (const el of app.querySelectorAll('[title], [aria-label], [placeholder]')) {
    for (const a of ['title', 'aria-label', 'placeholder']) {
      const v = el.getAttribute(a);
      if (v) out.push(v);
    }
  }
  return out.join('\n');
});

function assertPlain(text, screen) {
  for (const [re, what] of inside) {
    const m = text.match(re);
    assert.equal(m, null, `${screen}: ${what} 「${m?.[0]}」 in: …${m ? text.slice(Math.max(0, m.index - 40), m.index + 40) : ''}…`);
  }
}

test('the scan catches an identifier', () => {
  assert.throws(() => assertPlain('转到「parties[0].name」', 't'));
  assert.throws(() => assertPlain('本地分类可填在 local_code', 't'));
  assert.throws(() => assertPlain('依据：docs/case-format.md', 't'));
  assertPlain('身份证号 GB 11643-1999 第1页 PDF 1280 px', 't');
});

test('no field path, rule id, setting key or file name on any screen', async () => {
  const s = await open(env);
  const { page } = s;
  assertPlain(await words(page), 'case list');

  await page.click('#new-blank');
  await page.waitForSelector('#export');
  // Every section open, the issue list and the rule index shown.
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
  await page.click('#issues > summary').catch(() => {});
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
  const toggle = page.locator('#rule-index-toggle');
  if (await toggle.count()) {
    await toggle.click();
    await page.waitForSelector('.rule-index li.rule');
  }
  assertPlain(await words(page), 'blank case in the editor');

  await page.click('#nav-training');
  await page.waitForTimeout(300);
  assertPlain(await words(page), 'training');

  await page.click('#nav-profile');
  await page.waitForTimeout(300);
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
  assertPlain(await words(page), 'committee profile');
  s.check();
});
