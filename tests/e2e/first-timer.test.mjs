// Issue 24 item 2: a first-timer's path, scripted. From a blank case to the court
// filing (司法确认申请书 and its attachments) with nothing left blank, through the UI only:
// every value typed or chosen as a user would, each section opened as a user must. The
// run counts the actions (clicks, typed fields, choices), adds up how far the window
// scrolls, and records the page's height blank and filled, at 1280 px and on a 360 px
// phone; the numbers go to tests/e2e/out/first-timer-<width>.json for the closing note
// (TIAOJIE_DIST measures another build the same way). It asserts the outcome: the
// pre-flight passes, the final filing is exported, and no field was typed twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, open, download, pdftext, squeeze, out, shot, reach as reachSection } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** A valid 18-digit resident ID (GB 11643 check digit) for a birth date and sequence. */
function idNumber(region, birth, seq) {
  const body = `${region}${birth}${seq}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, c, i) => s + Number(c) * w[i], 0);
  return body + '10X98765432'[sum % 11];
}

/** The first-timer: every step is one user action, measured. */
function user(page) {
  const m = { actions: 0, opens: 0, scrolled: 0, typedTwice: [] };
  const typed = new Map();
  let y = 0;
  const settle = async () => {
    await page.waitForTimeout(30);
    const now = await page.evaluate(() => window.scrollY);
    m.scrolled += Math.abs(now - y);
    if (process.env.FIRST_TIMER_TRACE) console.log(m.actions, now - y, now);
    y = now;
  };
  // A field inside a folded section is reached by opening it: one click on its
  // heading (the older build kept the needed sections open; its other sections and
  // folded parts are opened the same way).
  const reach = async (sel) => {
    if (await reachSection(page, sel)) { m.actions++; m.opens++; await settle(); }
    for (;;) {
      const summary = await page.evaluateHandle((s) => {
        const el = document.querySelector(s);
        let d = el?.closest('details:not([open])');
        let outer = null;
        while (d) { outer = d; d = d.parentElement?.closest('details:not([open])'); }
        return outer?.querySelector(':scope > summary') ?? null;
      }, sel);
      const el = summary.asElement();
      if (!el) return;
      await el.click();
      m.actions++;
      m.opens++;
      await settle();
    }
  };
  return {
    m,
    async click(sel) { await reach(sel); await page.click(sel); m.actions++; await settle(); },
    /** Type `value`; `own`: a value each party has of its own (their 民族), not a copy. */
    async fill(sel, value, { own = false } = {}) {
      await reach(sel);
      if (!own && typed.has(value) && typed.get(value) !== sel && value.length > 1) m.typedTwice.push(`${value} (${typed.get(value)}, ${sel})`);
      typed.set(value, sel);
      await page.fill(sel, value);
      m.actions++;
      await settle();
    },
    async select(sel, value) { await reach(sel); await page.selectOption(sel, value); m.actions++; await settle(); },
    /** An offer under a field, if the build has one; else the value typed. */
    async offerOrFill(sel, offerText, value) {
      const offer = page.locator(`.offers button.offer`, { hasText: offerText }).first();
      await reach(sel);
      if (await offer.count()) { await offer.click(); m.actions++; await settle(); return; }
      await this.fill(sel, value);
    },
  };
}

const height = (page) => page.evaluate(() => document.documentElement.scrollHeight);

for (const [width, h] of [[1280, 900], [360, 740]]) {
  test(`a first-timer files for confirmation from a blank case (${width} px)`, { timeout: 600_000 }, async () => {
    const s = await open(env, { width, height: h });
    const { page } = s;
    const u = user(page);
    await u.click('#new-blank');
    await page.waitForSelector('#export');
    const blank = await height(page);
    await u.select('#doc-kind', 'filing');

    await u.fill('#f-committee-name', '北京市海淀区学院路街道人民调解委员会');
    const parties = [
      ['王秀兰', idNumber('110108', '19620314', '002'), '13911112222', '北京市海淀区学院路20号院3号楼201室', '汉族', '退休职工'],
      ['李建国', idNumber('110108', '19850709', '013'), '13822223333', '北京市海淀区学院路20号院3号楼301室', '汉族', '工程师'],
    ];
    for (const [i, [name, id, phone, address, ethnicity, occupation]] of parties.entries()) {
      await u.fill(`#f-parties-${i}-name`, name);
      await u.fill(`#f-parties-${i}-id_number`, id);
      await u.fill(`#f-parties-${i}-phone`, phone);
      await u.fill(`#f-parties-${i}-address`, address);
      await u.fill(`#f-parties-${i}-ethnicity`, ethnicity, { own: true });
      await u.fill(`#f-parties-${i}-occupation`, occupation);
    }
    // Top to bottom, as the form reads.
    await u.fill('#f-agreement-serial', '27');
    await u.fill('#f-agreement-facts', '2026年10月，301室卫生间防水层老化渗水，致201室卫生间吊顶受损。双方就修复费用发生争议，王秀兰于2026年11月20日申请调解。');
    await u.fill('#f-agreement-clauses-0-text', '李建国于2026年12月15日前一次性向王秀兰支付吊顶修复费用人民币叁仟元整（¥3,000.00）。');
    await u.fill('#f-agreement-performance', '于2026年12月15日前通过银行转账一次性付清。');
    await u.fill('#f-agreement-formed_on', '2026-12-01');
    await u.fill('#f-agreement-mediators', '张明');
    await u.fill('#f-agreement-recorder', '刘芳');
    // Everyone signed the day the agreement was formed: one choice dates them all.
    await u.offerOrFill('#f-agreement-signatures-parties-p1', '未填的都填协议成立日期', '2026-12-01');
    for (const p of ['parties-p2', 'mediator', 'seal']) {
      if (!(await page.inputValue(`#f-agreement-signatures-${p}`))) await u.fill(`#f-agreement-signatures-${p}`, '2026-12-01');
    }
    await u.click('#start-confirmation');
    await u.fill('#f-confirmation-court', '北京市海淀区人民法院');
    await u.fill('#f-confirmation-applied_on', '2026-12-05');

    const left = await page.textContent('#preflight');
    assert.match(left, /检查通过/, `the filing has nothing left to fill: ${left}`);
    const filled = await height(page);
    const { file } = await download(page, () => page.click('#export'), `first-timer-${width}.pdf`);
    const text = squeeze(pdftext(file));
    // The application (its title is 「申请书」, SPC 2016), addressed to the court, and the
    // agreement bound behind it.
    assert.ok(text.includes('此致北京市海淀区人民法院'), 'the application names the court');
    assert.ok(text.includes('人民调解协议书') && text.includes('（2026）调字第27号'), 'the agreement is bound in');
    await shot(page, `first-timer-${width}.png`, false);
    const result = { width, actions: u.m.actions, opens: u.m.opens, scrolled: Math.round(u.m.scrolled), blank, filled, typedTwice: u.m.typedTwice };
    fs.writeFileSync(path.join(out, `first-timer-${width}${process.env.TIAOJIE_DIST ? '-other' : ''}.json`), JSON.stringify(result, null, 1));
    console.log(JSON.stringify(result));
    assert.deepEqual(u.m.typedTwice, [], 'nothing typed twice');
    s.check();
  });
}

test('a blank case opens quiet: one section open, findings under a field once it is edited, all on request', async () => {
  const s = await open(env);
  const { page } = s;
  await page.click('#new-blank');
  await page.waitForSelector('#export');
  const opened = () => page.$$eval('details.section[open]', (ds) => ds.map((d) => d.id));
  assert.deepEqual(await opened(), ['sec-committee'], 'the first section the form needs, and only it');
  const messages = () => page.$$eval('.case-fields ul.msgs li', (ls) => ls.map((l) => l.textContent));
  assert.deepEqual(await messages(), [], 'nothing in red before anything is typed');
  // The pre-flight and the index still count everything.
  assert.match(await page.textContent('#preflight'), /有 \d+ 个错误/);
  assert.ok(Number(await page.textContent('.section-index a[href="#sec-parties"] .count.error')) > 0);

  // Edited, a field shows its own findings, and no other field's.
  await page.fill('#f-parties-0-id_number', '37010219580916028');
  await page.waitForFunction(() => document.querySelector('#f-parties-0-id_number-msg li'));
  assert.deepEqual(await opened(), ['sec-parties'], 'opening the parties folded the committee');
  const shown = await page.$$eval('.case-fields ul.msgs', (us) => us.filter((u) => u.children.length).map((u) => u.id));
  assert.deepEqual(shown, ['f-parties-0-id_number-msg']);
  assert.equal(await page.getAttribute('#f-parties-0-name', 'aria-invalid'), 'false', 'an untouched empty name is not marked yet');

  // Asked for, every field of the open section shows its findings.
  await page.click('#check-all');
  await page.waitForFunction(() => document.querySelector('#f-parties-0-name-msg li'));
  assert.equal(await page.getAttribute('#f-parties-0-name', 'aria-invalid'), 'true');
  await page.click('#check-all');
  await page.waitForFunction(() => !document.querySelector('#f-parties-0-name-msg li'));

  // A heading folds its open section; the next heading opens its own.
  await page.click('#sec-parties > summary');
  assert.deepEqual(await opened(), []);
  await page.click('#sec-agreement > summary');
  assert.deepEqual(await opened(), ['sec-agreement']);
  s.check();
});

test('on a phone the export and the preview are one tap from any field', async () => {
  const s = await open(env, { width: 360, height: 740 });
  const { page } = s;
  await page.click('#new-blank');
  await page.waitForSelector('#export');
  await page.fill('#f-agreement-performance', '一次付清');
  const inView = (sel) => page.$eval(sel, (el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; });
  assert.equal(await inView('#export'), false, 'the export is out of view while typing');
  await page.click('.section-index a[href="#doc-panel"]');
  await page.waitForFunction(() => { const r = document.querySelector('#export').getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; });
  await page.click('.section-index a[href="#preview-wrap"]');
  await page.waitForFunction(() => { const r = document.querySelector('#preview').getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; });
  // The pre-flight's list is one line above the form until asked for.
  assert.equal(await page.isVisible('#preflight-list'), false);
  await page.click('#preflight-more');
  assert.equal(await page.isVisible('#preflight-list'), true);
  s.check();
});

test('the preview\'s font hint says what is left to download: its size, or nothing once kept', async () => {
  // No service worker: nothing is kept, the hint gives the size, and the first preview
  // fetches about that much.
  const context = await env.browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let fetched = 0;
  // Counted from the headers: the app reads the bases as a stream.
  page.on('response', (r) => { if (/\/fonts\/.*\.bin$/.test(r.url())) fetched += Number(r.headers()['content-length'] ?? 0); });
  await page.goto(env.origin + '/');
  await page.click('#new-blank');
  await page.waitForFunction(() => /约 [\d.]+ MB/.test(document.querySelector('#font-hint')?.textContent ?? ''));
  const mb = Number((await page.textContent('#font-hint')).match(/约 ([\d.]+) MB/)[1]);
  await page.click('#preview');
  await page.waitForSelector('.preview .page svg', { timeout: 180_000 });
  await page.waitForTimeout(500);
  const got = fetched / 1e6;
  assert.ok(mb > got * 0.5 && mb < got * 2, `the hint says ${mb} MB; the first preview fetched ${got.toFixed(2)} MB`);
  await context.close();

  // With the service worker's copy of every font file, nothing is left.
  const s = await open(env);
  await s.page.waitForSelector('#offline-ready', { timeout: 120_000 });
  await s.page.click('#new-blank');
  await s.page.waitForFunction(() => /字体已保存在本机/.test(document.querySelector('#font-hint')?.textContent ?? ''));
  s.check();
});
