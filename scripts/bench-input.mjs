// Input latency on a slow phone: the 120-party case (tests/fixtures/group-inline.json)
// open in the editor with the live preview shown, Chromium's CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate), 40 letters typed into a field with a realistic
// rhythm — short gaps and pauses long enough for the preview to re-lay out, so some
// keys land while it does. For each key: from the keydown's time stamp (when the input
// reached the browser, so time queued behind other work counts) to the first frame
// after it (requestAnimationFrame, then a task: the frame has been produced). Prints
// the median, p90 and max per field, and a JSON line for docs/performance.md.
//
//   node scripts/bench-input.mjs [rate=4] [keys=40]      (after `trunk build --release`)
//
// FIXTURE=tests/fixtures/agreement-2-pages.json: another case (the floor: what a key
// costs when the case is small); NO_PREVIEW=1: without the preview.
import { start, open, openCase } from '../tests/e2e/lib.mjs';

const rate = Number(process.argv[2] ?? 4);
const keys = Number(process.argv[3] ?? 40);
// Gaps between keys (ms), cycled: typing, and pauses past the preview's 350 ms wait.
const GAPS = [90, 120, 400, 150, 700, 100, 250, 380, 110, 600];
const FIELDS = [
  ['#f-parties-0-name', 'a party name (re-renders the inputs that list the parties)'],
  ['#f-agreement-facts', 'the facts (a long text)'],
];

const q = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
};

const env = await start();
const results = [];
try {
  const s = await open(env);
  const { page, context } = s;
  await openCase(page, process.env.FIXTURE ?? 'tests/fixtures/group-inline.json', { preview: !process.env.NO_PREVIEW });
  const pages = await page.locator('.preview .page').count();
  await page.evaluate(() => {
    window.__lat = [];
    document.addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0), 0));
    }, true);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  for (const [sel, what] of FIELDS) {
    await page.focus(sel);
    await page.keyboard.press('End');
    await page.waitForTimeout(1500);
    await page.evaluate(() => { window.__lat = []; });
    for (let i = 0; i < keys; i++) {
      await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
      await page.waitForTimeout(GAPS[i % GAPS.length]);
    }
    await page.waitForTimeout(1500);
    const lat = (await page.evaluate(() => window.__lat)).slice(0, keys);
    const r = { field: sel, what, rate, keys: lat.length, pages, median: q(lat, 0.5), p90: q(lat, 0.9), max: Math.max(...lat) };
    results.push(r);
    console.log(`${what}: ${r.keys} keys, ${pages} preview pages, CPU ÷${rate}: median ${r.median.toFixed(0)} ms, p90 ${r.p90.toFixed(0)} ms, max ${r.max.toFixed(0)} ms`);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  s.check();
  await context.close();
} finally {
  await env.close();
}
console.log(JSON.stringify(results));
