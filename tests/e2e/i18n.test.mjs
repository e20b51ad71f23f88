// The interface in English: the header's switch turns the chrome English at once, sets
// <html lang>, survives a reload, and leaves the documents Chinese. Screenshots at 1280
// and 360 px in English (tests/e2e/out/en-*.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, exportPdf, pdftext, squeeze, shot, watchErrors } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const han = /[\u3400-\u9fff]/u;

/** The visible text of the page but for the language switch (which names 中文 in Chinese). */
const chromeText = (page) => page.evaluate(() => {
  const clone = document.querySelector('main.app').cloneNode(true);
  clone.querySelector('#lang-switch')?.remove();
  return clone.innerText;
});

/** No element wider than the viewport: nothing forces a sideways scroll. */
async function assertFits(page, width, screen) {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `${screen}: the page is ${scroll} px wide at ${width} px`);
}

test('the switch turns the interface English, is kept across a reload, and the PDF stays Chinese', async () => {
  const s = await open(env);
  const { page } = s;
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal((await page.textContent('#nav-cases')).trim(), '案件');
  assert.equal((await page.textContent('#lang-switch')).trim(), 'English');

  await page.click('#lang-switch');
  await page.waitForSelector('html[lang=en]');
  assert.equal((await page.textContent('#nav-cases')).trim(), 'Cases');
  assert.equal((await page.textContent('#nav-profile')).trim(), 'Committee profile');
  assert.equal((await page.textContent('#new-blank')).trim(), 'New case');
  assert.equal((await page.textContent('#lang-switch')).trim(), '中文');
  assert.equal(await page.title(), "People's Mediation Documents");
  // The case list, empty: every word of it is English.
  const listText = await chromeText(page);
  assert.ok(!han.test(listText), `Chinese left on the English case list: ${listText}`);

  await page.reload();
  await page.waitForSelector('#new-blank');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal((await page.textContent('#new-blank')).trim(), 'New case');
  await shot(page, 'en-cases-1280.png');

  await page.selectOption('#example', 'traffic-accident');
  await page.click('#new-example');
  await page.waitForSelector('#export');
  assert.equal((await page.textContent('#undo')).trim(), 'Undo');
  assert.equal((await page.textContent('#back')).trim(), '← Case list');
  assert.equal((await page.textContent('#nav-editor')).trim(), 'Edit current case');
  assert.equal((await page.textContent('#sec-parties h2')).trim(), 'Parties');
  assert.match(await page.textContent('#add-person'), /Add a person/);
  // The switch really switched the editor: no heading, button or field label of it is
  // left in Chinese (the case's own words are in the fields' values, not their labels).
  // Chinese allowed: the switch back (「中文」), the document's own words quoted in
  // 「」, and the case's data (the parties' names in their signature-date labels).
  const names = await page.$$eval('input[id^="f-parties-"][id$="-name"]', (els) => els.map((e) => e.value).filter(Boolean));
  const chinese = await page.$$eval('main.app h2, main.app h3, main.app button:not(#lang-switch), main.app label, main.app summary',
    (els, names) => els.map((e) => e.innerText.trim())
      .filter((t) => /[\u3400-\u9fff]/u.test(names.reduce((x, n) => x.split(n).join(''), t).replace(/「[^」]*」/gu, ''))),
    names);
  assert.deepEqual(chinese, [], 'editor chrome left in Chinese in English mode');
  await shot(page, 'en-editor-1280.png');

  const { file } = await exportPdf(page, 'en-agreement.pdf');
  await page.waitForSelector('.status.ok');
  assert.match(await page.textContent('.status.ok'), /^Made "/);
  const text = squeeze(pdftext(file));
  assert.ok(text.includes('人民调解协议书'), `the document is Chinese: ${text.slice(0, 200)}`);
  assert.ok(!/[A-Za-z]{4,}/.test(text.replace(/PDF|GB\/T/g, '')), `no English word in the PDF: ${text}`);

  await page.click('#lang-switch');
  await page.waitForSelector('html[lang=zh-CN]');
  assert.equal((await page.textContent('#nav-cases')).trim(), '案件');
  assert.equal((await page.textContent('#undo')).trim(), '撤销');
  await page.reload();
  await page.waitForSelector('#export');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  s.check();
  await s.context.close();
});

test('English at 360 px: the longer labels wrap, nothing overflows the screen', async () => {
  const s = await open(env, { width: 360, height: 780 });
  const { page } = s;
  await page.click('#lang-switch');
  await page.waitForSelector('html[lang=en]');
  await assertFits(page, 360, 'cases');
  await shot(page, 'en-cases-360.png');
  await page.selectOption('#example', 'medical-dispute');
  await page.click('#new-example');
  await page.waitForSelector('#export');
  await assertFits(page, 360, 'editor');
  await shot(page, 'en-editor-360.png');
  await page.click('#nav-profile');
  await assertFits(page, 360, 'profile');
  await shot(page, 'en-profile-360.png');
  s.check();
  await s.context.close();
});

test('the loading shell speaks English too once English was chosen', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => localStorage.setItem('tiaojie.v1.lang', 'en'));
  const page = await context.newPage();
  const errors = [];
  watchErrors(page, errors);
  // Hold the wasm back: what shows meanwhile is index.html's shell alone.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(env.origin + '/');
  await page.waitForSelector('#boot');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.locator('#boot').innerText(), /People's Mediation Documents\s*Loading…/);
  assert.equal(await page.title(), "People's Mediation Documents");
  release();
  await page.waitForSelector('#new-blank');
  assert.equal((await page.textContent('#new-blank')).trim(), 'New case');
  assert.deepEqual(errors, [], 'no script error and no console error');
  await context.close();
});
