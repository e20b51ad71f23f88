// Export on the release build: fill a new case in the editor, export, and read the PDF
// back with poppler.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { start, open, exportPdf, download, pdftext, squeeze, pdfTitle, shot, out } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** A new blank case with two names and one clause typed in. */
async function newCase(names, clause) {
  const s = await open(env);
  await s.page.click('#new-blank');
  await s.page.fill('#f-parties-0-name', names[0]);
  await s.page.fill('#f-parties-1-name', names[1]);
  if (clause) await s.page.fill('#f-agreement-clauses-0-text', clause);
  return s;
}

test('exports an agreement whose names and clause come back exactly, with subset fonts', async () => {
  const names = ['张三', '欧阳娜娜'];
  // The clause names nobody, so each name can only come back from its party line.
  const clause = '被申请人于2026年12月31日前一次性向申请人支付赔偿款人民币伍仟元整（¥5,000.00），申请人收到后不再就此事主张任何权利。';
  const s = await newCase(names, clause);
  const { file } = await exportPdf(s.page);
  await s.page.waitForSelector('.status.ok');
  const status = await s.page.textContent('.status');
  console.log(`# ${status}`);
  // The time the status names is the layout and the PDF, and it says so (issue 24).
  assert.match(status, /排版和生成用时 \d+ 毫秒，不含字体下载/);
  await shot(s.page, 'app.png');
  s.check();
  await s.context.close();
  assert.match(path.basename(file), /^人民调解协议书.*\.pdf$/);
  const text = squeeze(pdftext(file));
  assert.ok(text.includes('人民调解协议书'), 'title');
  for (const n of names) assert.ok(text.includes(`姓名（名称）：${n}`), `name ${n} on its party line: ${text}`);
  assert.ok(text.includes(clause), `clause comes back exactly; got: ${text}`);
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  assert.ok(fonts.length >= 1, 'at least one font');
  for (const line of fonts) assert.match(line, /CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/, `embedded, subset, unicode: ${line}`);
  const size = fs.statSync(file).size;
  console.log(`# PDF ${size} bytes`);
  assert.ok(size < 200_000, `a one-page agreement stays small (${size} bytes)`);
});

test('errors block the final PDF: the app offers a draft, watermarked and titled 草稿', async () => {
  const s = await newCase(['张三', '李四'], '');
  // A new case names no committee: an error (人民调解法 Art. 29).
  assert.equal(await s.page.isEnabled('#export'), false, 'the final export is blocked');
  const preflight = await s.page.textContent('#preflight');
  assert.match(preflight, /个错误/, preflight);
  assert.match(preflight, /人民调解委员会名称/, preflight);
  const { file, suggested } = await download(s.page, () => s.page.click('#export-draft'), 'draft.pdf');
  assert.match(suggested, /草稿/, suggested);
  s.check();
  await s.context.close();
  assert.equal(pdfTitle(file), '人民调解协议书（草稿）');
  const text = pdftext(file);
  // The watermark is drawn on the page: its characters are in the text layer.
  assert.ok(text.includes('草') && text.includes('稿'), text);
});

test('an empty name prints as a fill-in blank in its place, the other name beside it', async () => {
  const s = await newCase(['王五', ''], '');
  const { file } = await exportPdf(s.page, 'empty-name.pdf');
  s.check();
  await s.context.close();
  const text = squeeze(pdftext(file));
  // Two party lines: 王五's name is printed; the second party's name is a blank where
  // the name goes, and only there.
  assert.ok(text.includes('姓名（名称）：王五'), text);
  assert.equal((text.match(/姓名（名称）：＿+/g) ?? []).length, 1, `one blank name: ${text}`);
});

/** The text of page `n` of a PDF in content order (`pdftotext -raw`), white space squeezed. */
function pdfPageText(pdf, n) {
  return squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }));
}

const pdfPages = (pdf) => Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);

/** The preview's pages' text, one string a page, white space squeezed. */
const previewTexts = (page) => page.$$eval('.preview .page svg', (els) => els.map((e) => e.textContent.replace(/\s+/g, '')));

// Issue 22: the whole text of every page of every form of two examples, in the preview
// and in the PDF, page by page.
for (const example of ['traffic-accident', 'family-support']) {
  test(`${example}: the preview shows every form's pages with the PDF's whole text, page by page`, async () => {
    const s = await open(env);
    const { page } = s;
    await page.selectOption('#example', example);
    await page.click('#new-example');
    await page.waitForSelector('#export');
    await page.click('#preview');
    await page.waitForSelector('.preview .page svg', { timeout: 120_000 });
    const forms = await page.$$eval('#doc-kind option', (os) => os.map((o) => [o.value, o.textContent]));
    assert.ok(forms.length >= 15, `${forms.length} forms`);
    for (const [key] of forms) {
      await page.selectOption('#doc-kind', key);
      const { file } = await exportPdf(page, `preview-${example}-${key}.pdf`);
      const n = pdfPages(file);
      const pdf = Array.from({ length: n }, (_, i) => pdfPageText(file, i + 1));
      // The preview redraws in slices after a change: wait until it shows this form.
      let shown = [];
      const until = Date.now() + 60_000;
      for (;;) {
        shown = await previewTexts(page);
        if (shown.length === n && shown.every((t, i) => t === pdf[i])) break;
        if (Date.now() > until) break;
        await page.waitForTimeout(200);
      }
      assert.equal(shown.length, n, `${example} ${key}: ${shown.length} preview pages, ${n} PDF pages`);
      for (let i = 0; i < n; i++) {
        assert.equal(shown[i], pdf[i], `${example} ${key} page ${i + 1}: the preview's text is not the PDF's`);
      }
    }
    s.check();
    await s.context.close();
  });
}

test('the preview follows typing, and a click on a name focuses its field', async () => {
  const s = await newCase(['赵敏', '周芷若'], '赵敏于2026年12月31日前向周芷若支付人民币壹万元整（¥10,000.00）。');
  await s.page.click('#preview');
  await s.page.waitForSelector('.preview .page svg', { timeout: 120_000 });
  // Live: typing after the fonts are loaded updates the preview.
  await s.page.fill('#f-parties-1-name', '周芷若二');
  await s.page.waitForFunction(() => document.querySelector('.preview')?.textContent.includes('周芷若二'));
  await s.page.locator('.preview text[data-field="parties[0].name"]').first().click();
  assert.equal(await s.page.evaluate(() => document.activeElement?.id), 'f-parties-0-name');
  await s.page.locator('.preview .page').first().screenshot({ path: path.join(out, 'preview.png') });
  s.check();
  await s.context.close();
});

test('a font loaded from the computer sets the body text, is embedded as a subset, and is there after a reload', async () => {
  const s = await newCase(['张三', 'Anna Lee'], '');
  await s.page.click('.user-font summary');
  await s.page.setInputFiles('#user-font', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');
  await s.page.waitForSelector('#body-user-font');
  await s.page.check('#body-user-font');
  // Before the bundled faces are in, no preview is drawn (it would show boxes).
  assert.equal(await s.page.$('.preview .page svg'), null, 'no preview from the user font alone');
  const { file } = await exportPdf(s.page, 'body-in-user-font.pdf');
  // The export brought the bundled faces: the preview now shows, the Latin name in
  // the user's face and the Han text in the bundled one.
  await s.page.waitForSelector('.preview .page svg');
  const families = await s.page.$$eval('.preview text', (els) => els.map((e) => [e.textContent, e.getAttribute('font-family')]));
  assert.ok(families.some(([t, f]) => t.includes('Anna') && f.startsWith('tiaojie-user')), JSON.stringify(families.slice(0, 12)));
  assert.ok(families.some(([t, f]) => t.includes('人民调解协议书') && f.startsWith('tiaojie-serif-bold')));
  assert.ok(families.some(([t, f]) => t.includes('张三') && f.startsWith('tiaojie-serif,')));
  await shot(s.page, 'user-font.png');
  // Kept in this browser: after a reload the font is loaded again without asking.
  await s.page.reload();
  await s.page.waitForSelector('#export');
  await s.page.click('.user-font summary');
  await s.page.waitForSelector('#body-user-font', { timeout: 30_000 });
  assert.match(await s.page.textContent('.user-font'), /DejaVuSans\.ttf/);
  s.check();
  await s.context.close();
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  const user = fonts.split('\n').find((l) => l.startsWith('TJUSER+'));
  assert.ok(user, `the loaded font is embedded: ${fonts}`);
  assert.match(user, /yes\s+yes\s+yes/, `embedded, subset, unicode: ${user}`);
  const text = pdftext(file);
  assert.ok(text.includes('Anna Lee') && text.includes('张三'), text);
});
