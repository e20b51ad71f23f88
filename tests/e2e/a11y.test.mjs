// Accessibility: axe-core on every screen (training, a read-only example and the guide
// too), at 1280 px and 360 px: no finding of any
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
    // Training: the notes, the marked pages with a note chosen, the example index.
    await page.click('#nav-training');
    await page.waitForSelector('#notes li');
    await page.waitForSelector('.training-pages .page svg', { timeout: 120_000 });
    await page.click('#note-2 .note-head');
    await page.waitForSelector('.note-mark.selected');
    findings.push(...await audit(page, `training ${width}`));
    // A read-only example in the editor, and the guide beside a new case.
    await page.click('#read-neighbours-water-leak');
    await page.waitForSelector('#read-only-banner');
    findings.push(...await audit(page, `read-only example ${width}`));
    await page.click('#nav-training');
    await page.click('#start-guide');
    await page.waitForSelector('#guide');
    findings.push(...await audit(page, `guide ${width}`));
    s.check();
    await s.context.close();
  }
  assert.deepEqual(findings, []);
});

// Every control a finger can reach at 360 px: its own box, or the label it sits in
// (a checkbox in a 44 px label row), is at least 44 × 44 CSS px (WCAG 2.5.5, Apple and
// Android guidance). Hidden controls (the file inputs behind their labels) are skipped.
async function smallTargets(page, screen) {
  return page.evaluate((screen) => {
    const big = (r) => r.width >= 44 - 0.5 && r.height >= 44 - 0.5;
    const out = [];
    for (const el of document.querySelectorAll('button, a[href], input, select, textarea, summary, label.file')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
      if (big(r)) continue;
      const label = el.closest('label');
      if (label && big(label.getBoundingClientRect())) continue;
      const name = el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 20)}"`;
      out.push(`${screen}: ${name} ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
    }
    return out;
  }, screen);
}

// The preview's pages are images; each is described by its own text in reading order,
// so a screen reader reads the document. Read from Chromium's accessibility tree (what
// a screen reader is given), not from the DOM.
async function pageDescriptions(page, cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes
    .filter((n) => n.role?.value === 'image' && /^第 \d+ 页$/.test(n.name?.value ?? ''))
    .map((n) => ({ name: n.name.value, description: n.description?.value ?? '' }));
}

test('each preview page is described by its text: the title, then the parties by name', async () => {
  const s = await open(env);
  const { page, context } = s;
  const example = JSON.parse(fs.readFileSync(path.join(root, 'examples/neighbours-water-leak.json'), 'utf8'));
  await page.selectOption('#example', 'neighbours-water-leak');
  await page.click('#new-example');
  await page.waitForSelector('#export');
  await page.click('#preview');
  await page.waitForSelector('.preview .page svg', { timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  const pages = await pageDescriptions(page, cdp);
  assert.equal(pages.length, await page.locator('.preview .page').count(), 'every page is an image in the tree');
  assert.equal(pages[0].name, '第 1 页');
  const text = pages.map((p) => p.description).join(' ');
  assert.ok(pages[0].description.startsWith('人民调解协议书'), pages[0].description.slice(0, 40));
  let at = 0;
  for (const party of example.parties) {
    const i = text.indexOf(party.name, at);
    assert.ok(i >= 0, `${party.name} is read, after the parties before it`);
    at = i;
  }
  // The text follows the typing, like the drawing.
  await page.fill('#f-parties-0-name', '欧阳明月');
  await page.waitForFunction(() => document.querySelector('.preview .page svg')?.textContent.includes('欧阳明月'));
  assert.match((await pageDescriptions(page, cdp))[0].description, /欧阳明月/);
  s.check();
  await context.close();
});

test('at 360 px every button, link and field is a 44 px touch target; nothing needs a hover', async () => {
  const s = await open(env, { width: 360, height: 740 });
  const { page } = s;
  const found = [];
  await page.selectOption('#example', 'traffic-accident');
  await page.click('#new-example');
  await page.waitForSelector('#export');
  // Every section open, so every field of the editor is measured.
  await page.evaluate(() => document.querySelectorAll('details.section').forEach((d) => { d.open = true; }));
  found.push(...await smallTargets(page, 'editor'));
  await page.click('#preview');
  await page.waitForSelector('.preview .page svg', { timeout: 120_000 });
  found.push(...await smallTargets(page, 'editor with preview'));
  await page.click('#nav-cases');
  found.push(...await smallTargets(page, 'cases'));
  await page.click('#nav-profile');
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  found.push(...await smallTargets(page, 'profile'));
  assert.deepEqual(found, []);
  // No control appears only on hover: the style sheet's :hover rules change looks only.
  const hoverRules = await page.evaluate(() => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules])
    .flatMap((r) => (r.cssRules ? [...r.cssRules] : [r]))
    .filter((r) => r.selectorText?.includes(':hover'))
    .filter((r) => /display|visibility|opacity|pointer-events/.test(r.style.cssText))
    .map((r) => r.cssText));
  assert.deepEqual(hoverRules, [], 'a :hover rule shows or hides something');
  s.check();
  await s.context.close();
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
