// Training mode on the release build: the training screen shows numbered notes for every
// single form and marks the chosen note's part on the pages; an example opened read-only
// cannot be edited and its copy can; the five-step guide ticks its steps as a case is
// filled. Screenshots at 1280 px and 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, shot, download } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The training screen with its pages drawn (fonts fetched once). */
async function training(page) {
  await page.click('#nav-training');
  await page.waitForSelector('#notes li');
  if (await page.$('#training-preview')) await page.click('#training-preview');
  await page.waitForSelector('.training-pages .page svg', { timeout: 120_000 });
}

test('the training screen shows notes for every form, and a note chosen marks its part', async () => {
  const s = await open(env);
  const { page } = s;
  await training(page);
  const forms = await page.$$eval('#training-form option', (os) => os.map((o) => [o.value, o.textContent]));
  // Every row of the registry but the bundles (the filing, the 卷宗): 16 forms.
  assert.equal(forms.length, 16, 'every single form of the list');
  for (const [key, title] of forms) {
    await page.selectOption('#training-form', key);
    await page.waitForFunction((t) => document.querySelector('#notes')?.getAttribute('aria-label')?.includes(t), title);
    const notes = await page.$$eval('#notes li', (ls) => ls.length);
    assert.ok(notes > 0, `${key}: notes`);
    for (const part of ['填什么', '为什么', '依据']) {
      assert.ok((await page.textContent('#notes li')).includes(part), `${key}: ${part}`);
    }
    // The traffic case holds every record: each form shows marks on its pages.
    await page.waitForSelector('.training-pages .note-mark', { timeout: 30_000 });
    const marked = await page.$$eval('.training-pages .note-mark', (ms) => ms.length);
    assert.ok(marked > 0, `${key}: marks on the pages`);
  }
  await page.selectOption('#training-form', 'agreement');
  await page.waitForSelector('#note-4');
  assert.equal(await page.$$eval('.note-box', (b) => b.length), 0, 'nothing boxed before a choice');
  await page.click('#note-4 .note-head');
  await page.waitForSelector('.note-mark.selected[data-note="4"]');
  assert.ok(await page.$$eval('.note-mark.selected .note-box', (b) => b.length) > 0, 'the part is boxed');
  assert.equal(await page.getAttribute('#note-4 .note-head', 'aria-pressed'), 'true');
  assert.match(await page.textContent('#note-4'), /纠纷主要事实、争议事项/);
  // The keyboard: Tab to the next note and choose it with Enter.
  await page.focus('#note-4 .note-head');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.note-mark.selected[data-note="5"]');
  // A click on a mark chooses its note.
  await page.click('.training-pages .note-mark[data-note="2"]');
  await page.waitForSelector('#note-2.current');
  await shot(page, 'training-1280.png');
  s.check();
  await s.context.close();
});

test('a read-only example cannot be edited and its copy can', async () => {
  const s = await open(env);
  const { page } = s;
  await page.click('#nav-training');
  await page.waitForSelector('#read-neighbours-water-leak');
  const index = await page.textContent('.example-index');
  for (const c of ['邻里纠纷', '婚姻家庭纠纷', '道路交通事故纠纷', '物业纠纷', '医疗纠纷', '山林土地纠纷', '劳动争议纠纷', '消费纠纷']) {
    assert.ok(index.includes(c), c);
  }
  assert.match(index, /覆盖 8 类/);
  await page.click('#read-neighbours-water-leak');
  await page.waitForSelector('#read-only-banner');
  assert.match(await page.textContent('#read-only-banner'), /只读示例/);
  const name = '#f-parties-0-name';
  const before = await page.inputValue(name);
  assert.ok(before.length > 0);
  assert.ok(await page.isDisabled(name), 'inputs are disabled');
  assert.ok(await page.isDisabled('#f-agreement-facts'));
  assert.ok(await page.isDisabled('#undo'));
  await shot(page, 'read-only-1280.png', false);
  // Nothing was stored.
  await page.click('#nav-cases');
  assert.equal(await page.$$eval('li.case', (r) => r.length), 0);
  await page.click('#nav-editor');
  await page.waitForSelector('#copy-example');
  await page.click('#copy-example');
  await page.waitForSelector('#read-only-banner', { state: 'detached' });
  assert.ok(await page.isEnabled(name), 'the copy is editable');
  await page.fill(name, '王五');
  assert.equal(await page.inputValue(name), '王五');
  s.check();
  await s.context.close();
});

test('the five-step guide ticks its steps as a case is filled', async () => {
  const s = await open(env);
  const { page } = s;
  await page.click('#nav-training');
  await page.click('#start-guide');
  await page.waitForSelector('#guide');
  const ticks = () => page.$$eval('.guide-step', (ls) => ls.map((l) => l.dataset.done === 'true'));
  assert.deepEqual(await ticks(), [false, false, false, false, false]);
  await page.click('#guide-step-1 button');
  await page.waitForFunction(() => document.activeElement?.id === 'f-committee-name');
  await page.fill('#f-committee-name', '城东街道人民调解委员会');
  await page.waitForFunction(() => document.querySelector('#guide-step-1').dataset.done === 'true');
  await page.fill('#f-parties-0-name', '张三');
  await page.fill('#f-parties-1-name', '李四');
  await page.waitForFunction(() => document.querySelector('#guide-step-2').dataset.done === 'true');
  await page.click('#guide-step-3 button');
  await page.waitForFunction(() => document.activeElement?.id === 'f-agreement-facts');
  await page.fill('#f-agreement-facts', '张三家厨房漏水，致楼下李四家吊顶受损。');
  await page.fill('#f-agreement-clauses-0-text', '张三于2026年12月31日前赔偿李四人民币伍佰元整（¥500.00）。');
  await page.waitForFunction(() => document.querySelector('#guide-step-4').dataset.done === 'true');
  assert.deepEqual(await ticks(), [true, true, true, true, false]);
  assert.match(await page.textContent('#guide-progress'), /已完成 4 \/ 5 步/);
  await page.click('#guide-step-5 button');
  await page.waitForFunction(() => document.activeElement?.id === 'export');
  await shot(page, 'guide-1280.png', false);
  // This much is an agreement without errors: its export ticks the last step.
  assert.ok(await page.isEnabled('#export'), await page.textContent('#preflight'));
  await download(page, () => page.click('#export'), 'guide-agreement.pdf');
  await page.waitForFunction(() => document.querySelector('#guide-step-5').dataset.done === 'true');
  assert.match(await page.textContent('#guide-progress'), /已完成 5 \/ 5 步/);
  s.check();
  await s.context.close();
});

test('the training screen at 360 px: the notes under the pages', async () => {
  const s = await open(env, { width: 360, height: 800 });
  const { page } = s;
  await training(page);
  const pages = await page.$eval('.training-preview', (e) => e.getBoundingClientRect());
  const notes = await page.$eval('.training-notes', (e) => e.getBoundingClientRect());
  assert.ok(notes.top >= pages.bottom - 1, 'the list is under the pages');
  assert.ok(notes.width <= 360, 'no overflow');
  await page.click('#note-2 .note-head');
  await page.waitForSelector('.note-mark.selected[data-note="2"]');
  await shot(page, 'training-360.png');
  s.check();
  await s.context.close();
});
