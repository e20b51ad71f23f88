// Font bytes the page fetches before its first PDF, per example (issue 14: at most
// 1 MB compressed for a typical agreement). The release build (dist/) served on
// localhost, the service worker blocked so only the page's own requests count; sizes
// are each file's gzip -9 size, as a server compressing it would send.
//   node scripts/font-bytes.mjs        (after `trunk build --release`)
import { start, exportPdf } from '../tests/e2e/lib.mjs';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const EXAMPLES = ['neighbours-water-leak', 'family-support', 'traffic-accident', 'property-management',
  'medical-dispute', 'land-contract', 'migrant-wages', 'consumer-group-refund'];
const env = await start();
const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join('dist', f)), { level: 9 }).length;
for (const ex of EXAMPLES) {
  const context = await env.browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  // Requests up to the download: the background fetch of the rest starts after it.
  const fonts = [];
  let done = false;
  page.on('download', () => { done = true; });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!done && u.pathname.startsWith('/fonts/')) fonts.push(u.pathname.slice(1));
  });
  await page.goto(env.origin);
  await page.waitForSelector('#new-blank');
  await page.selectOption('#example', ex);
  await page.click('#new-example');
  await page.waitForSelector('#export');
  const before = fonts.length;
  await exportPdf(page, `${ex}.pdf`);
  const first = [...new Set(fonts)];
  const total = first.reduce((n, f) => n + gz(f), 0);
  console.log(`${ex}: ${first.length} font files, ${total} bytes gzip before the first PDF (${before} before the export click)`);
  await context.close();
}
await env.close();
