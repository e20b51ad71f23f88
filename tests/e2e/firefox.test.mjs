// The core path in Firefox (Debian's firefox-esr, driven by geckodriver over WebDriver
// with the npm selenium-webdriver client): open the app, start a new case, type a party's
// name, export a PDF and read it back, reload and find the name, then stop the server and
// reload from the service worker. Mediators use "any browser"; Playwright's own Firefox
// cannot be installed here. The page's console and uncaught exceptions come over
// WebDriver BiDi (log.entryAdded): a console error or an uncaught script error fails it.
// Reloads are the page's own `location.reload()`, as a user's F5: WebDriver's refresh
// command bypasses the service worker in Firefox.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Builder, By, until } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import LogInspector from 'selenium-webdriver/bidi/logInspector.js';
import { serve, out, pdftext, squeeze } from './lib.mjs';

const FIREFOX = '/usr/bin/firefox-esr';
const GECKODRIVER = path.join(os.homedir(), '.cargo/bin/geckodriver');

/** Wait until `dir` holds a finished PDF (Firefox writes `x.pdf.part` first); its path. */
async function downloaded(dir, timeout = 60_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const pdfs = fs.readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    const parts = fs.readdirSync(dir).filter((f) => f.endsWith('.part'));
    if (pdfs.length && !parts.length) {
      const file = path.join(dir, pdfs[0]);
      const size = fs.statSync(file).size;
      await new Promise((r) => setTimeout(r, 200));
      if (size > 0 && fs.statSync(file).size === size) return file;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no PDF arrived in ${dir}`);
}

/** Reload as a user does (F5, through the service worker) and wait for the new page. */
// After an export the app fetches the remaining font slices in the background; a reload
// in the middle aborts them, and Firefox logs each aborted request the service worker was
// answering as an error. A user would not reload within that second; the test waits
// until no font request has started for 1.5 s (60 s at most).
async function fontsSettled(driver) {
  let last = -1;
  let quiet = 0;
  for (let t = 0; t < 600 && quiet < 15; t++) {
    const n = await driver.executeScript(
      "return performance.getEntriesByType('resource').filter((e) => e.name.includes('/fonts/') && e.responseEnd > 0).length");
    const pending = await driver.executeScript(
      "return performance.getEntriesByType('resource').filter((e) => e.name.includes('/fonts/') && e.responseEnd === 0).length");
    quiet = n === last && pending === 0 ? quiet + 1 : 0;
    last = n;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function reload(driver) {
  await fontsSettled(driver);
  const old = await driver.findElement(By.css('main.app'));
  await driver.executeScript('location.reload()');
  await driver.wait(until.stalenessOf(old), 60_000);
}

test('Firefox ESR: new case, a name typed, PDF exported and read back, kept across a reload, offline from the service worker', async () => {
  assert.ok(fs.existsSync(FIREFOX), `${FIREFOX} is missing: run \`make test\` (scripts/setup.sh installs firefox-esr)`);
  assert.ok(fs.existsSync(GECKODRIVER), `${GECKODRIVER} is missing: run \`make test\` (scripts/setup.sh installs geckodriver)`);
  const server = await serve();
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'tiaojie-firefox-dl-'));
  const log = path.join(out, 'firefox.log');
  const logFd = fs.openSync(log, 'w');
  const options = new firefox.Options()
    .enableBidi()
    .setBinary(FIREFOX)
    .addArguments('-headless')
    .setPreference('browser.download.folderList', 2)
    .setPreference('browser.download.dir', downloads)
    .setPreference('browser.download.useDownloadDir', true)
    .setPreference('browser.download.always_ask_before_handling_new_types', false)
    .setPreference('browser.helperApps.neverAsk.saveToDisk', 'application/pdf')
    .setPreference('pdfjs.disabled', true)
    // No traffic of Firefox's own on this closed network.
    .setPreference('app.update.enabled', false)
    .setPreference('browser.safebrowsing.malware.enabled', false)
    .setPreference('browser.safebrowsing.phishing.enabled', false)
    .setPreference('network.captive-portal-service.enabled', false)
    .setPreference('datareporting.policy.dataSubmissionEnabled', false);
  const service = new firefox.ServiceBuilder(GECKODRIVER).setStdio(['ignore', logFd, logFd]);
  const driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
  const sentinel = 'tiaojie-console-check';
  const errors = [];
  let sentinelSeen = false;
  const logs = await LogInspector(driver);
  await logs.onConsoleEntry((e) => {
    if (e.text?.includes(sentinel)) { sentinelSeen = true; return; }
    if (e.level === 'error') errors.push(`console error: ${e.text}`);
  });
  await logs.onJavascriptException((e) => errors.push(`script error: ${e.text}`));
  try {
    await driver.manage().setTimeouts({ implicit: 0, pageLoad: 60_000, script: 60_000 });
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    await driver.get(server.origin + '/');
    // The log really carries the page's console: a known line must arrive.
    await driver.executeScript(`console.error(${JSON.stringify(sentinel)})`);
    const field = async (id) => driver.wait(until.elementLocated(By.id(id)), 60_000);
    // One section of the editor is open at a time: the parties' is opened by its heading.
    const partyName = async () => {
      const section = await field('sec-parties');
      if (!(await section.getAttribute('open'))) await section.findElement(By.css('summary')).click();
      return field('f-parties-0-name');
    };
    await (await field('new-blank')).click();
    const name = await partyName();
    await name.sendKeys('火狐甲');
    await (await field('f-parties-1-name')).sendKeys('火狐乙');
    // A new case names no committee: the final PDF is blocked, the draft is offered.
    const exportId = (await driver.findElement(By.id('export')).isEnabled()) ? 'export' : 'export-draft';
    const started = Date.now();
    await driver.findElement(By.id(exportId)).click();
    const file = await downloaded(downloads);
    const elapsed = Date.now() - started;
    const status = await driver.wait(until.elementLocated(By.css('.status.ok')), 30_000).getText();
    console.log(`# Firefox export: ${elapsed} ms from the click to the file on disk; the app says 「${status}」`);
    const text = squeeze(pdftext(file));
    assert.ok(text.includes('姓名（名称）：火狐甲') && text.includes('姓名（名称）：火狐乙'), text);
    assert.ok(text.includes('人民调解协议书'), text);

    // Kept across a reload.
    await reload(driver);
    const again = await partyName();
    assert.equal(await again.getAttribute('value'), '火狐甲');

    // The service worker took the app in: with the server stopped it opens again.
    await driver.wait(until.elementLocated(By.id('offline-ready')), 120_000);
    await server.stopServer();
    await reload(driver);
    const offline = await partyName();
    assert.equal(await offline.getAttribute('value'), '火狐甲', 'the case, offline');
    const cases = await driver.findElement(By.id('nav-cases'));
    assert.ok(await cases.isDisplayed());

    assert.ok(sentinelSeen, 'the page\'s console reaches the test (the check below can see errors)');
  } finally {
    await driver.quit();
    await server.stopServer();
    fs.closeSync(logFd);
    fs.rmSync(downloads, { recursive: true, force: true });
  }
  assert.deepEqual(errors, [], 'no console error and no script error in Firefox');
});
