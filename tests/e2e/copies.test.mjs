// Issue 24 item 3: copies are marked. 「复制」 stores a copy listed as 「（副本）」 without
// the original's 编号 (it asks for its own); a case file imported a second time is
// marked the same way, and both cases that now share one 编号 carry a warning.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, open, root, shot } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const file = 'examples/traffic-accident.json';

async function importFile(page) {
  const buffer = fs.readFileSync(path.join(root, file));
  await page.setInputFiles('#import', { name: path.basename(file), mimeType: 'application/json', buffer });
}

test('a duplicate and a second import are marked as copies, and a shared number is flagged', async () => {
  const s = await open(env);
  const { page } = s;
  await importFile(page);
  await page.waitForSelector('li.case');
  assert.equal(await page.locator('li.case').count(), 1);
  assert.equal(await page.locator('.shared-number').count(), 0, 'one case: nothing shared');

  // The same file again: a copy, and both carry the warning.
  await importFile(page);
  await page.waitForFunction(() => document.querySelectorAll('li.case').length === 2);
  await page.waitForSelector('text=与已存案件编号相同');
  assert.equal(await page.locator('li.case .who', { hasText: '（副本）' }).count(), 1);
  assert.equal(await page.locator('.shared-number').count(), 2);

  // 「复制」 of the first: a third entry, a copy, with no 编号 (so nothing more shared).
  await page.locator('li.case').first().locator('button', { hasText: '复制' }).click();
  await page.waitForFunction(() => document.querySelectorAll('li.case').length === 3);
  await page.waitForSelector('text=副本不带原案的编号');
  const copies = page.locator('li.case', { has: page.locator('.who', { hasText: '（副本）' }) });
  assert.equal(await copies.count(), 2);
  const metas = await page.$$eval('li.case .meta', (ms) => ms.map((m) => m.textContent));
  assert.equal(metas.filter((m) => m.includes('历下交调调字第208号')).length, 2, metas.join(' | '));
  assert.equal(await page.locator('.shared-number').count(), 2);
  await shot(page, 'copies-1280.png');
  s.check();
});
