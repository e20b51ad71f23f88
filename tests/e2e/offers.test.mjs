// Issue 24 item 1: nothing typed twice. What the case already holds is offered under
// the field that needs it, one click each, never copied by itself: the committee's
// mediators for the agreement's 调解员, its recorders for the 记录人, the dispute's
// summary for the agreement's facts, the last session's date for the day the agreement
// was formed. A choice is an ordinary edit: undo takes it back, and a field that has
// its value offers nothing more.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, openCase, shot, reach } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('the committee\'s staff, the dispute summary and the session date are offered and used in one click', async () => {
  const s = await open(env);
  const { page } = s;
  // The traffic case with the agreement's staff, facts and date left empty, and two
  // mediators on the committee.
  await openCase(page, 'tests/fixtures/offers.json');
  await reach(page, '#f-agreement-mediators');
  await page.locator('#f-agreement-mediators').scrollIntoViewIfNeeded();
  await page.locator('.offers').first().waitFor();
  await shot(page, 'offers-before-1280.png', false);
  const facts = page.locator('#f-agreement-facts');
  assert.equal(await facts.inputValue(), '');
  const factsOffer = page.locator('.offers button.offer', { hasText: '纠纷简要情况' });
  await factsOffer.click();
  assert.match(await facts.inputValue(), /^2025年4月18日7时40分许，刘志明驾驶/);
  await page.waitForFunction(() => ![...document.querySelectorAll('.offers button.offer')].some((b) => b.textContent.includes('纠纷简要情况')));

  // 调解员: both of the committee's, at once.
  const all = page.locator('.offers button.offer', { hasText: '全部：马振华、孙丽' });
  await all.click();
  await page.waitForFunction(() => document.querySelector('#f-agreement-mediators')?.value === '马振华、孙丽');
  // 记录人: the recorder (高雯) is offered first.
  const recorder = page.locator('#f-agreement-recorder');
  const first = page.locator('.field:has(#f-agreement-recorder) + .offers button.offer').first();
  assert.equal((await first.textContent()).trim(), '高雯');
  await first.click();
  await page.waitForFunction(() => document.querySelector('#f-agreement-recorder')?.value === '高雯');
  // The day the agreement was formed: the last session's date.
  await page.locator('.offers button.offer', { hasText: '最后一次调解：' }).click();
  await page.waitForFunction(() => document.querySelector('#f-agreement-formed_on')?.value !== '');
  await shot(page, 'offers-after-1280.png', false);

  // Undo takes the last choice back, and its offer returns.
  await page.click('#undo');
  await page.waitForFunction(() => document.querySelector('#f-agreement-formed_on')?.value === '');
  await page.locator('.offers button.offer', { hasText: '最后一次调解：' }).waitFor();
  assert.equal(await recorder.inputValue(), '高雯');
  s.check();
});
