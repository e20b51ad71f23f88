// Issue 27: a year's holiday schedule entered by the committee through the profile moves
// a deadline that falls in it, at once; the schedule file it exports gives the command
// line the same last day; the case file exported carries the year.
//
// TEST DATA: the 2027 schedule below is made up for the test (the State Council's 2027
// notice is not in this repository); only its shape is the notice's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { start, open, openCase, download, root, shot } from './lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** 2027, invented for the test: [name, first day off, last day off, make-up working days]. */
const TEST_2027 = [
  ['元旦', '2027-01-01', '2027-01-03', ''],
  ['春节', '2027-02-06', '2027-02-14', '2月20日'],
  ['清明节', '2027-04-03', '2027-04-05', ''],
  ['劳动节', '2027-05-01', '2027-05-05', '4月25日'],
  ['端午节', '2027-06-09', '2027-06-11', ''],
  ['中秋节', '2027-09-15', '2027-09-17', ''],
  ['国庆节', '2027-10-01', '2027-10-07', '10月9日'],
];

/** The debug CLI `cargo test` built (the test command runs it before the e2e tests). */
const CLI = path.join(root, 'target/debug/tiaojie');

/** The CLI's `legal.deadline` message for a case file, with `--holidays` if given. */
function cliDeadline(caseFile, holidays) {
  const args = ['check', caseFile, '--for', 'confirmation', '--json', '--today', '2026-12-07'];
  if (holidays) args.push('--holidays', holidays);
  let out;
  try {
    out = execFileSync(CLI, args, { encoding: 'utf8' });
  } catch (e) {
    out = e.stdout; // exit 1 on errors still prints the JSON
  }
  const issues = JSON.parse(out).issues;
  return issues.find((i) => i.rule === 'legal.deadline')?.message ?? '';
}

test('a 2027 schedule entered in the profile moves the deadline at once, and the CLI counts the same day', async () => {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: \`cargo test\` builds it before the e2e tests`);
  const s = await open(env);
  const { page } = s;
  // Effective 2027-01-08: the 30th day, 2027-02-07, is a Sunday.
  await openCase(page, 'tests/fixtures/deadline-2027.json');
  await page.selectOption('#doc-kind', 'confirmation');
  const before = await page.textContent('#confirmation-deadline');
  assert.match(before, /2027年2月8日/, `weekends only, the Monday: ${before}`);
  assert.match(before, /本程序未收录2027年的法定节假日安排，期限仅按周末顺延计算/, before);
  assert.match(await page.textContent('#preflight'), /本程序未收录2027年/, 'the pre-flight warns while 2027 is unknown');

  // The committee enters 2027 from the notice.
  await page.click('#nav-profile');
  await page.click('#sec-holidays > summary');
  await page.fill('#holiday-year', '2027');
  await page.click('#add-holiday-year');
  await page.waitForSelector('#holiday-year-2027');
  assert.match(await page.textContent('#holiday-year-2027-status'), /有误，暂不用于计算期限/, 'not used before its dates are in');
  for (const [i, [name, from, to, work]] of TEST_2027.entries()) {
    const at = `#f-profile-holidays-0-holidays-${i}`;
    assert.equal(await page.inputValue(`${at}-name`), name);
    await page.fill(`${at}-from`, from);
    await page.fill(`${at}-to`, to);
    if (work) await page.fill(`${at}-workdays`, work);
  }
  await page.fill('#f-profile-holidays-0-source', '测试数据（非国务院通知）');
  await page.waitForFunction(() => /已用于计算期限/.test(document.querySelector('#holiday-year-2027-status')?.textContent ?? ''));
  assert.match(await page.textContent('#holiday-2027-1'), /共9天/);
  await shot(page, 'holidays-profile-1280.png');
  const { file: schedule } = await download(page, () => page.click('#export-holidays'), 'holidays-2027.json');
  const saved = JSON.parse(fs.readFileSync(schedule, 'utf8'));
  assert.equal(saved.format, 'tiaojie-holidays');
  assert.equal(saved.years[0].holidays[1].workdays[0], '2027-02-20');

  // Back in the case: recomputed at once, past 春节, and saying whose schedule it is.
  await page.click('#nav-editor');
  const after = await page.textContent('#confirmation-deadline');
  assert.match(after, /2027年2月15日/, `rolled past the test 春节: ${after}`);
  assert.match(after, /按本委员会录入的2027年节假日安排（录入于\d{4}年\d{1,2}月\d{1,2}日）计算/, after);
  assert.doesNotMatch(await page.textContent('#preflight'), /本程序未收录2027年/);

  // The command line with the exported schedule: the same day.
  const fixture = path.join(root, 'tests/fixtures/deadline-2027.json');
  assert.match(cliDeadline(fixture), /申请期限至2027年2月8日/, 'the CLI without the schedule: weekends only');
  const withFile = cliDeadline(fixture, schedule);
  assert.match(withFile, /申请期限至2027年2月15日/, withFile);
  assert.match(withFile, /按本委员会录入的2027年节假日安排/, withFile);

  // The case file exported from the list carries 2027: the CLI counts the same day
  // from it alone.
  await page.click('#nav-cases');
  const exported = await download(page, () => page.locator('.case-list button', { hasText: '导出' }).first().click(), 'deadline-2027-exported.json');
  const caseJson = JSON.parse(fs.readFileSync(exported.file, 'utf8'));
  assert.equal(caseJson.holidays?.[0]?.year, 2027, 'the case file carries the year its deadline depends on');
  assert.match(cliDeadline(exported.file), /申请期限至2027年2月15日/);

  // Kept across a reload.
  await page.reload();
  await page.click('#nav-profile');
  await page.waitForSelector('#holiday-year-2027');
  s.check();
  await s.context.close();
});

test('a schedule file with a mistake is refused whole, naming the field; nothing changes', async () => {
  const s = await open(env, { width: 360, height: 740 });
  const { page } = s;
  await page.click('#nav-profile');
  await page.click('#sec-holidays > summary');
  const bad = {
    format: 'tiaojie-holidays',
    version: 1,
    years: [{ year: 2027, source: '测试数据', holidays: [{ name: '春节', from: '2027-02-06', to: '2027-02-14', workdays: ['2027-02-13'] }] }],
  };
  await page.setInputFiles('#import-holidays', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const problems = await page.waitForSelector('#holiday-file-problems');
  const text = await problems.textContent();
  assert.match(text, /「bad\.json」未导入/, text);
  assert.match(text, /2月13日同时是2027年「春节」的放假日/, text);
  assert.match(text, /years\[0\]\.holidays\[0\]\.workdays\[0\]/, text);
  assert.equal(await page.locator('#holiday-year-2027').count(), 0, 'nothing was stored');
  await shot(page, 'holidays-profile-360.png');
  s.check();
  await s.context.close();
});
