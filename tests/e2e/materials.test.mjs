// Issue 25, first part: the 卷宗's materials the program does not write (身份证明,
// evidence, …) listed in the editor, bound at their place of the binding order as slips
// that hold their pages' numbers, and named by the check when a mandatory one is missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, openCase, exportPdf, pdftext, squeeze, shot } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('materials listed in the editor are bound in the 卷宗 with their page numbers, and the check names the missing one', async () => {
  const s = await open(env);
  const { page } = s;
  await openCase(page, 'examples/neighbours-water-leak.json');
  await page.selectOption('#doc-kind', 'dossier');
  // The pre-flight names the mandatory 身份证明.
  if (await page.isVisible('#preflight-more')) await page.click('#preflight-more');
  assert.match(await page.textContent('#preflight'), /卷宗缺少当事人身份证明/);

  await page.click('#add-material');
  await page.fill('#f-archive-materials-0-title', '双方当事人居民身份证复印件');
  await page.fill('#f-archive-materials-0-pages', '2');
  await page.click('#add-material');
  await page.selectOption('#f-archive-materials-1-kind', 'evidence');
  await page.fill('#f-archive-materials-1-title', '渗水现场照片');
  await page.fill('#f-archive-materials-1-pages', '3');
  await page.waitForFunction(() => !/卷宗缺少当事人身份证明/.test(document.querySelector('#preflight')?.textContent ?? ''));
  await shot(page, 'materials-1280.png', false);

  const { file } = await exportPdf(page, 'materials-dossier.pdf');
  const text = squeeze(pdftext(file));
  // 目录: the 身份证明 after the 告知书 (item 3) with its two pages, the photos after the
  // investigation (item 6) with three.
  const toc = text.slice(text.indexOf('卷内目录'), text.indexOf('人民调解申请书', text.indexOf('卷内目录') + 20));
  assert.match(toc, /人民调解当事人权利义务告知书4-5\S*?4双方当事人居民身份证复印件6-7/);
  assert.match(toc, /人民调解调查记录8\S*?6渗水现场照片9-11/);
  // The slips say where the paper goes and which numbers it takes.
  assert.ok(text.includes('待放入的纸质材料材料名称：双方当事人居民身份证复印件'), text);
  assert.ok(text.includes('第6-7页（卷内目录第4项）'));
  assert.ok(text.includes('第9-11页（卷内目录第6项）'));
  s.check();
});
