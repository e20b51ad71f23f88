// Screenshots of every screen at 1280 and 360 px (issue 24 item 7): the case list, the
// editor (a blank case, and the traffic example imported, with the preview), the
// five-step guide, a read-only example, the committee profile and training. Full pages,
// to tests/e2e/out/screens/<label>-<screen>-<width>.png. `node scripts/screens.mjs after`
// measures dist/; `TIAOJIE_DIST=/tmp/old node scripts/screens.mjs before` another build.
import fs from 'node:fs';
import path from 'node:path';
import { start, open, openCase, out } from '../tests/e2e/lib.mjs';

const label = process.argv[2] ?? 'after';
const dir = path.join(out, 'screens');
fs.mkdirSync(dir, { recursive: true });
const env = await start();
const heights = {};
try {
  for (const [width, height] of [[1280, 900], [360, 740]]) {
    const s = await open(env, { width, height });
    const { page } = s;
    const snap = async (name) => {
      await page.waitForTimeout(300);
      const file = path.join(dir, `${label}-${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      heights[`${name}-${width}`] = await page.evaluate(() => document.documentElement.scrollHeight);
    };
    await snap('cases-empty');
    await page.click('#new-blank');
    await page.waitForSelector('#export');
    await snap('editor-blank');
    if (await page.$('#guide-open')) {
      await page.click('#guide-open');
      await page.waitForSelector('#guide');
      await snap('guide');
      await page.click('#guide-close');
    }
    await page.click('#back');
    await page.waitForSelector('.case-open');
    await openCase(page, 'examples/traffic-accident.json', { preview: true });
    await snap('editor-traffic-preview');
    await page.click('#back');
    await page.waitForSelector('.case-open');
    await snap('cases-two');
    await page.click('#nav-profile');
    await page.waitForTimeout(300);
    await snap('profile');
    await page.click('#nav-training');
    await page.waitForTimeout(300);
    await snap('training');
    await s.context.close();
  }
} finally {
  await env.close();
}
fs.writeFileSync(path.join(dir, `${label}-heights.json`), JSON.stringify(heights, null, 1));
console.log(JSON.stringify(heights));
