// Every rule explained: an issue's 「为什么？」 opens (by mouse and by keyboard) and shows
// its right and wrong example; the explanations are fetched only on first use; the rule
// index lists every rule of the table in docs/case-format.md and its search narrows it;
// axe finds nothing on the expanded issue list; screenshots at 1280 px and 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, open, root, shot, watchErrors, reachFields } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const axe = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** The rule ids of the table in docs/case-format.md, read as tests/common/mod.rs reads them. */
function tableRules() {
  const lines = fs.readFileSync(path.join(root, 'docs/case-format.md'), 'utf8').split('\n');
  let i = lines.findIndex((l) => l.startsWith('| rule | path |'));
  assert.ok(i >= 0, 'the rule table');
  const rules = new Set();
  for (i += 2; i < lines.length && lines[i].startsWith('|'); i++) {
    const ids = lines[i].split('|')[1].split('`').filter((_, k) => k % 2 === 1);
    let last = '';
    for (let id of ids) {
      if (id.startsWith('_')) id = `${last.slice(0, last.lastIndexOf('_'))}${id}`;
      rules.add(id);
      last = id;
    }
  }
  return rules;
}

/** A case with an ID number whose check digit is wrong: the traffic-accident example. */
async function caseWithBadId(page) {
  await page.selectOption('#example', 'traffic-accident');
  await page.click('#new-example');
  await page.waitForSelector('#export');
  await page.fill('#f-parties-0-id_number', '370102195809160283');
  // On one column the pre-flight's list is folded to a line until asked for.
  if (await page.isVisible('#preflight-more')) await page.click('#preflight-more');
  await page.waitForSelector('#preflight li[data-rule="id_card.invalid"]');
}

test('an issue\'s 为什么 opens by mouse and keyboard and shows its right and wrong example', async () => {
  const s = await open(env);
  const { page } = s;
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('explain/rules.json')) fetched.push(r.url()); });
  await caseWithBadId(page);
  assert.deepEqual(fetched, [], 'the explanations are not fetched before they are asked for');
  const row = page.locator('#preflight li[data-rule="id_card.invalid"]');
  const why = row.locator('button.why-toggle');
  assert.equal(await why.textContent(), '为什么？');
  assert.equal(await why.getAttribute('aria-expanded'), 'false');
  await why.click();
  assert.equal(await why.getAttribute('aria-expanded'), 'true');
  await row.locator('.explain').waitFor();
  assert.equal(await row.locator('.example.right code').textContent(), '370102195809160282');
  assert.equal(await row.locator('.example.wrong code').textContent(), '370102195809160283');
  assert.match(await row.locator('.explain .basis').textContent(), /GB 11643-1999/);
  const controls = await why.getAttribute('aria-controls');
  assert.ok(controls && await page.locator(`#${controls}`).count() === 1, 'aria-controls names the panel');
  // Closed and opened again from the keyboard; the file was fetched once.
  await why.focus();
  await page.keyboard.press('Enter');
  assert.equal(await why.getAttribute('aria-expanded'), 'false');
  assert.equal(await row.locator('.explain').count(), 0);
  await page.keyboard.press('Space');
  assert.equal(await why.getAttribute('aria-expanded'), 'true');
  await row.locator('.explain').waitFor();
  assert.equal(fetched.length, 1, `fetched once: ${fetched}`);
  // The same in the full list.
  await page.click('#issues > summary');
  const full = page.locator('#issues li[data-rule="id_card.invalid"]');
  await full.locator('button.why-toggle').click();
  await full.locator('.example.wrong code').waitFor();
  assert.equal(await full.locator('.example.wrong code').textContent(), '370102195809160283');
  s.check();
  await s.context.close();
});

test('the rule index lists every rule of the table, grouped, and its search narrows it', async () => {
  const table = tableRules();
  assert.ok(table.size >= 80, `table read: ${table.size}`);
  const s = await open(env);
  const { page } = s;
  await caseWithBadId(page);
  await page.click('#issues > summary');
  const toggle = page.locator('#rule-index-toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  await page.waitForSelector('.rule-index li.rule');
  const listed = await page.$$eval('.rule-index li.rule', (ls) => ls.map((l) => l.dataset.rule));
  assert.equal(listed.length, table.size, 'one entry per rule');
  assert.deepEqual(new Set(listed), table);
  assert.match(await page.textContent('.rule-index .rule-count'), new RegExp(`共 ${table.size} 条规则`));
  assert.ok(await page.locator('.rule-index h4').count() >= 10, 'grouped by module');
  // Each rule expands the same way.
  const item = page.locator('.rule-index li.rule[data-rule="amount.capital_zheng"]');
  await item.locator('button.why-toggle').click();
  assert.equal(await item.locator('button.why-toggle').getAttribute('aria-expanded'), 'true');
  assert.equal(await item.locator('.example.right code').textContent(), '壹拾伍万陆仟捌佰元整');
  // Search: every word must occur.
  await page.fill('#rule-search', '身份证');
  const found = await page.$$eval('.rule-index li.rule', (ls) => ls.map((l) => l.dataset.rule));
  assert.ok(found.includes('id_card.invalid'), `found: ${found}`);
  assert.ok(found.length < table.size && !found.includes('amount.capital_zheng'), `narrowed: ${found}`);
  await page.fill('#rule-search', '身份证 没有这个词');
  assert.equal(await page.locator('.rule-index li.rule').count(), 0);
  assert.match(await page.textContent('.rule-index .rule-count'), /找到 0 条/);
  s.check();
  await s.context.close();
});

test('the expanded issue lists: axe finds nothing, screenshots at 1280 px and 360 px', async () => {
  const findings = [];
  for (const width of [1280, 360]) {
    const s = await open(env, { width });
    const { page } = s;
    await caseWithBadId(page);
    const pre = page.locator('#preflight li[data-rule="id_card.invalid"] button.why-toggle');
    await pre.click();
    await page.locator('#preflight .explain').first().waitFor();
    await page.click('#issues > summary');
    const rows = page.locator('#issues li.issue button.why-toggle');
    for (let k = 0; k < Math.min(await rows.count(), 3); k++) await rows.nth(k).click();
    await page.click('#rule-index-toggle');
    await page.locator('.rule-index li.rule').first().waitFor();
    await page.locator('.rule-index li.rule button.why-toggle').first().click();
    // A 44 px target where the pointer is coarse is CSS; here: the buttons are reachable.
    assert.equal(await pre.evaluate((b) => b.tabIndex), 0);
    await page.locator('#preflight').scrollIntoViewIfNeeded();
    await shot(page, `rules-preflight-${width}.png`, false);
    await page.locator('#issues').scrollIntoViewIfNeeded();
    await shot(page, `rules-issues-${width}.png`, false);
    await page.locator('#rule-index').scrollIntoViewIfNeeded();
    await shot(page, `rules-index-${width}.png`, false);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.ok(!wide, `nothing wider than the window at ${width} px`);
    await page.addScriptTag({ content: axe });
    const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
    findings.push(...result.violations.map((v) => `${width}: ${v.impact} ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')} — ${v.help}`));
    s.check();
    await s.context.close();
  }
  assert.deepEqual(findings, []);
});

test('on a touch screen every 为什么 and the index link are at least 44 px tall', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors = [];
  watchErrors(page, errors);
  reachFields(page);
  await page.goto(env.origin + '/');
  await page.waitForSelector('#new-blank, #export');
  await caseWithBadId(page);
  await page.click('#issues > summary');
  const sizes = await page.$$eval('button.why-toggle', (bs) => bs.map((b) => [b.textContent, b.getBoundingClientRect().height]));
  assert.ok(sizes.length >= 3, `the toggles: ${JSON.stringify(sizes)}`);
  for (const [label, h] of sizes) assert.ok(h >= 44, `「${label}」 is ${h} px tall`);
  assert.deepEqual(errors, [], 'no script error and no console error');
  await context.close();
});
