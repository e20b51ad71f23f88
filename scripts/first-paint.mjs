// First paint of the release build on localhost with an empty cache (issue 14): serves
// dist/ like the end-to-end tests, opens the app in a fresh headless-Chromium context
// `runs` times and prints the median of
//   - first-contentful-paint (the Paint Timing API), and
//   - the time until the case list is interactive (`#new-blank` enabled and attached),
// both in ms from navigation start. Usage: node scripts/first-paint.mjs [runs]
// Needs `trunk build --release` first.
import { start } from '../tests/e2e/lib.mjs';

const runs = Number(process.argv[2] ?? 5);
const env = await start();
const fcp = [];
const ready = [];
try {
  for (let i = 0; i < runs; i++) {
    // A new context each run: no HTTP cache, no service worker, no storage.
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // Record the moment the case list's first button is in the document and enabled.
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        const b = document.getElementById('new-blank');
        if (b && !b.disabled) {
          window.__caseListReady = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(env.origin + '/');
    await page.waitForSelector('#new-blank:enabled');
    const t = await page.evaluate(() => ({
      ready: window.__caseListReady,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    fcp.push(t.fcp);
    ready.push(t.ready);
    await context.close();
  }
} finally {
  await env.close();
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const fmt = (v) => v.map((x) => x.toFixed(0)).join(', ');
console.log(`first-contentful-paint: median ${median(fcp).toFixed(0)} ms (${fmt(fcp)})`);
console.log(`case list interactive:  median ${median(ready).toFixed(0)} ms (${fmt(ready)})`);
