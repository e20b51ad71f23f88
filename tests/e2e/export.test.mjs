// End to end on the release build: serve dist/, drive headless Chromium with
// playwright-core, fill the form in Chinese, export, and check the PDF with poppler.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const out = path.join(root, 'tests/e2e/out');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.otf': 'font/otf', '.txt': 'text/plain; charset=utf-8', '.md': 'text/plain; charset=utf-8' };

let server, browser, origin;

before(async () => {
  assert.ok(fs.existsSync(path.join(dist, 'index.html')), 'dist/ is missing: run `trunk build --release` first');
  fs.mkdirSync(out, { recursive: true });
  server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.normalize(path.join(dist, url === '/' ? 'index.html' : url));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404); res.end('not found'); return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
    res.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

// The final export when the case has no error; otherwise the draft the app offers.
async function clickExport(page) {
  const final = await page.isEnabled('#export');
  await page.click(final ? '#export' : '#export-draft');
}

async function exportWith(names, clause, shot, kind = 'agreement') {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + '/');
  await page.waitForSelector('#export');
  await page.fill('#party-0-name', names[0]);
  await page.fill('#party-1-name', names[1]);
  await page.fill('#clause-0', clause);
  if (kind !== 'agreement') await page.selectOption('#doc-kind', kind);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), clickExport(page)]);
  const pdf = path.join(out, download.suggestedFilename());
  await download.saveAs(pdf);
  await page.waitForSelector('.status.ok');
  const status = await page.textContent('.status');
  if (shot) await page.screenshot({ path: path.join(out, shot), fullPage: true });
  await context.close();
  assert.deepEqual(foreign, [], 'the app must make no request to another origin');
  assert.deepEqual(errors, [], 'no script errors');
  return { pdf, status };
}

const pdftext = (pdf) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });

test('exports an agreement whose names and clause come back exactly, with subset fonts', async () => {
  const names = ['张三', '欧阳娜娜'];
  const clause = '李四于2026年12月31日前一次性向张三支付赔偿款人民币伍仟元整（¥5,000.00），张三收到后不再就此事主张任何权利。';
  const { pdf, status } = await exportWith(names, clause, 'app.png');
  console.log(`# ${status}`);
  assert.match(path.basename(pdf), /^人民调解协议书.*\.pdf$/);
  const text = pdftext(pdf);
  const joined = text.replace(/\n/g, '');
  assert.ok(text.includes('人民调解协议书'), 'title');
  for (const n of names) assert.ok(joined.includes(n), `name ${n} in: ${text}`);
  assert.ok(joined.includes(clause), `clause comes back exactly; got: ${text}`);
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
  assert.ok(fonts.length >= 1, 'at least one font');
  for (const line of fonts) {
    assert.match(line, /CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/, `embedded, subset, unicode: ${line}`);
  }
  const size = fs.statSync(pdf).size;
  console.log(`# PDF ${size} bytes`);
  assert.ok(size < 200_000, `a one-page agreement stays small (${size} bytes)`);
});

test('errors block the final PDF: the app offers a draft, watermarked and titled 草稿', async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.goto(origin + '/');
  await page.waitForSelector('#export');
  await page.fill('#party-0-name', '张三');
  // The starter case names no committee: an error (人民调解法 Art. 29).
  assert.equal(await page.isEnabled('#export'), false, 'the final export is blocked');
  const preflight = await page.textContent('#preflight');
  assert.match(preflight, /个错误/, preflight);
  assert.match(preflight, /人民调解委员会名称/, preflight);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('#export-draft')]);
  assert.match(download.suggestedFilename(), /草稿/, download.suggestedFilename());
  const pdf = path.join(out, 'draft.pdf');
  await download.saveAs(pdf);
  await context.close();
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  assert.match(info, /Title:\s+人民调解协议书（草稿）/, info);
  const text = pdftext(pdf);
  assert.ok(text.includes('草') && text.includes('张三'), text);
});

test('any form of the list can be exported: the 人民调解申请书', async () => {
  const { pdf } = await exportWith(['孙七', '周八'], '', 'application.png', 'application');
  assert.match(path.basename(pdf), /^人民调解申请书/);
  const text = pdftext(pdf);
  assert.ok(text.includes('人民调解申请书') && text.includes('孙七'), text);
  assert.ok(text.includes('人民调解委员会已将申请人民调解的相关规定告知我'), text);
});

test('an empty name prints as a fill-in blank, not an error', async () => {
  const { pdf } = await exportWith(['王五', ''], '', null);
  const text = pdftext(pdf);
  assert.ok(text.includes('王五'));
  assert.ok(text.includes('＿＿'), `blank for the missing name: ${text}`);
});

test('the preview shows the same pages as the PDF, from the same frames', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.goto(origin + '/');
  await page.waitForSelector('#preview');
  await page.fill('#party-0-name', '赵敏');
  await page.click('#preview');
  await page.waitForSelector('.preview .page svg', { timeout: 120_000 });
  // Live: typing after the fonts are loaded updates the preview.
  await page.fill('#party-1-name', '周芷若');
  await page.waitForFunction(() => document.querySelector('.preview')?.textContent.includes('周芷若'));
  const text = await page.textContent('.preview');
  assert.ok(text.includes('人民调解协议书') && text.includes('赵敏'), text);
  const fields = await page.$$eval('.preview text[data-field]', (els) => els.map((e) => e.getAttribute('data-field')));
  assert.ok(fields.includes('parties[0].name'), 'runs carry their field path');
  await page.locator('.preview .page').first().screenshot({ path: path.join(out, 'preview.png') });
  await context.close();
});

test('a font loaded from the computer can set the body text and is embedded as a subset', async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + '/');
  await page.waitForSelector('#export');
  await page.fill('#party-0-name', '张三');
  await page.fill('#party-1-name', 'Anna Lee');
  await page.click('.user-font summary');
  await page.setInputFiles('#user-font', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');
  await page.waitForSelector('#body-user-font');
  await page.check('#body-user-font');
  // Before the bundled faces are in, no preview is drawn (it would show boxes).
  assert.equal(await page.$('.preview .page svg'), null, 'no preview from the user font alone');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), clickExport(page)]);
  const pdf = path.join(out, 'body-in-user-font.pdf');
  await download.saveAs(pdf);
  // The export brought the bundled faces: the preview now shows, the Latin name in
  // the user's face and the Han text in the bundled one.
  await page.waitForSelector('.preview .page svg');
  const families = await page.$$eval('.preview text', (els) => els.map((e) => [e.textContent, e.getAttribute('font-family')]));
  assert.ok(families.some(([t, f]) => t.includes('Anna') && f.startsWith('tiaojie-user')), JSON.stringify(families.slice(0, 12)));
  assert.ok(families.some(([t, f]) => t.includes('人民调解协议书') && f.startsWith('tiaojie-serif-bold')));
  assert.ok(families.some(([t, f]) => t.includes('张三') && f.startsWith('tiaojie-serif,')));
  await page.screenshot({ path: path.join(out, 'user-font.png'), fullPage: true });
  await context.close();
  assert.deepEqual(errors, [], 'no script errors');
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  const user = fonts.split('\n').find((l) => l.startsWith('TJUSER+'));
  assert.ok(user, `the loaded font is embedded: ${fonts}`);
  assert.match(user, /yes\s+yes\s+yes/, `embedded, subset, unicode: ${user}`);
  const text = pdftext(pdf);
  assert.ok(text.includes('Anna Lee') && text.includes('张三'), text);
});
