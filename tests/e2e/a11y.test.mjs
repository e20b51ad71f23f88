// Accessibility: axe-core on every screen, at 1280 px and 360 px: no finding of any
// impact (labels, names, contrast, heading order, landmarks, …).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, open, root } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const axe = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function audit(page, screen) {
  await page.addScriptTag({ content: axe });
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${screen}: ${v.impact} ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

test('axe-core finds nothing on any screen, at 1280 px and 360 px', async () => {
  const findings = [];
  for (const width of [1280, 360]) {
    const s = await open(env, { width });
    const { page } = s;
    findings.push(...await audit(page, `cases (empty) ${width}`));
    await page.selectOption('#example', 'medical-dispute');
    await page.click('#new-example');
    await page.waitForSelector('#export');
    findings.push(...await audit(page, `editor ${width}`));
    await page.click('#preview');
    await page.waitForSelector('.preview .page svg', { timeout: 120_000 });
    findings.push(...await audit(page, `editor with preview ${width}`));
    await page.click('#nav-cases');
    findings.push(...await audit(page, `cases ${width}`));
    await page.click('#nav-profile');
    findings.push(...await audit(page, `profile ${width}`));
    s.check();
    await s.context.close();
  }
  assert.deepEqual(findings, []);
});

test('axe-core finds nothing in English either (editor and case list, 360 px)', async () => {
  const findings = [];
  const s = await open(env, { width: 360 });
  const { page } = s;
  await page.click('#lang-switch');
  await page.waitForSelector('html[lang=en]');
  findings.push(...await audit(page, 'cases (empty) en 360'));
  await page.selectOption('#example', 'medical-dispute');
  await page.click('#new-example');
  await page.waitForSelector('#export');
  findings.push(...await audit(page, 'editor en 360'));
  s.check();
  await s.context.close();
  assert.deepEqual(findings, []);
});
