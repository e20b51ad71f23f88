// Issue 26, first part: the 台账 from the case list — one CSV row per stored case, UTF-8
// with a BOM (Excel), read back here by an RFC 4180 reader.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, open, openCase, download } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('the case list exports the register: one row per stored case, read back by a CSV reader', async () => {
  const s = await open(env);
  const { page } = s;
  await openCase(page, 'examples/traffic-accident.json');
  await page.click('#back');
  await openCase(page, 'examples/neighbours-water-leak.json');
  await page.click('#back');
  await page.waitForSelector('#register-csv:not([disabled])');
  const { file } = await download(page, () => page.click('#register-csv'), 'register.csv');
  const bytes = fs.readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a BOM, so Excel reads UTF-8');
  const rows = parseCsv(bytes.subarray(3).toString('utf8'));
  const [header, ...cases] = rows;
  assert.equal(header[0], '编号');
  assert.ok(header.includes('纠纷类型') && header.includes('协议金额'));
  assert.equal(cases.length, 2, 'one row per stored case');
  const kinds = cases.map((r) => r[header.indexOf('纠纷类型')]).sort();
  assert.deepEqual(kinds, ['道路交通事故纠纷', '邻里纠纷']);
  for (const r of cases) assert.equal(r.length, header.length);
  s.check();
});
