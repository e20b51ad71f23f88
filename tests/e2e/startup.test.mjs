// Start-up (issue 14): the page paints its static shell (index.html, "正在加载…") without
// waiting for the wasm, and the app replaces it when it first renders.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, watchErrors } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('the loading shell paints before the wasm arrives and is gone once the case list shows', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  watchErrors(page, errors);
  // Hold the wasm back for 3 s: anything painted before then did not wait for it.
  const delay = 3000;
  await page.route('**/*.wasm', async (route) => {
    await new Promise((r) => setTimeout(r, delay));
    await route.continue();
  });
  await page.goto(env.origin + '/');
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
  assert.ok(fcp < delay, `first contentful paint at ${fcp} ms, not before the wasm (held ${delay} ms)`);
  assert.equal(await page.locator('#boot').count(), 1, 'the shell is there while the wasm loads');
  assert.match(await page.locator('#boot').innerText(), /人民调解文书生成器[\s\S]*正在加载…/);
  await page.waitForSelector('#new-blank');
  assert.equal(await page.locator('#boot').count(), 0, 'the app removed the shell');
  assert.equal(await page.locator('main').count(), 1, 'one main landmark');
  assert.deepEqual(errors, [], 'no script error and no console error');
  await context.close();
});
