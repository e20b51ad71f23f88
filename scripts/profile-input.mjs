// Where a keystroke's time goes: the 120-party case open in the editor with the preview
// shown, Chromium's CPU profiler (CDP Profiler) over `keys` letters typed into a field
// with pauses, then the functions with the most self time, and the share of the
// browser's own work (style, layout, paint: "(program)" and "(garbage collector)").
// For wasm function names, profile a build whose wasm keeps its name section
// (`make profile-input` swaps one into a copy of dist/ and runs this).
//
//   TIAOJIE_DIST=target/profile-dist node scripts/profile-input.mjs [selector] [keys=8] [rate=1]
import { start, open, openCase } from '../tests/e2e/lib.mjs';
import path from 'node:path';

const sel = process.argv[2] ?? '#f-parties-0-name';
const keys = Number(process.argv[3] ?? 8);
const rate = Number(process.argv[4] ?? 1);

const env = await start();
try {
  const s = await open(env);
  const { page, context } = s;
  await openCase(page, 'tests/fixtures/group-inline.json', { preview: !process.env.NO_PREVIEW });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.focus(sel);
  await page.keyboard.press('End');
  await page.waitForTimeout(1500);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const m0 = await metrics();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForTimeout(i % 3 === 2 ? 700 : 120);
  }
  await page.waitForTimeout(1500);
  const { profile } = await cdp.send('Profiler.stop');
  const m1 = await metrics();
  const d = (k) => m1[k] - m0[k];
  console.log(`browser: style ${(d('RecalcStyleDuration') * 1000).toFixed(0)} ms in ${d('RecalcStyleCount')} recalcs, layout ${(d('LayoutDuration') * 1000).toFixed(0)} ms in ${d('LayoutCount')}, script ${(d('ScriptDuration') * 1000).toFixed(0)} ms, tasks ${(d('TaskDuration') * 1000).toFixed(0)} ms; ${m1.Nodes} DOM nodes`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // Self time per function, from the samples' time deltas.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const f = byId.get(id).callFrame;
    const name = f.functionName || `(anonymous ${path.basename(f.url)}:${f.lineNumber})`;
    self.set(name, (self.get(name) ?? 0) + dt);
    total += dt;
  });
  // Inclusive time by what the work was for: the first frame on the stack, from the
  // leaf up, that names one of these.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const KINDS = [
    ['preview layout: setting paragraphs', /layout::paragraph::set/],
    ['preview layout: the rest', /pipeline::pages|layout::|document::/],
    ['preview SVG and text', /render::svg|render::text|innerHTML/],
    ['validation', /validate::/],
    ['the edit (reducer)', /AppState.*reduce|state::edit::/],
    ['saving', /setItem|write_case|storage::/],
    ['Yew render and reconcile', /yew::/],
    ['browser (style, layout, paint, GC)', /^\((program|garbage collector)\)$/],
  ];
  const kinds = new Map();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    let kind = 'other';
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const name = byId.get(n).callFrame.functionName;
      if (name === '(idle)') { kind = 'idle'; break; }
      const k = KINDS.find(([, re]) => re.test(name));
      if (k) { kind = k[0]; break; }
    }
    kinds.set(kind, (kinds.get(kind) ?? 0) + dt);
  });
  // Inclusive time of the app's own functions (components, hooks, the reducer).
  const incl = new Map();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const name = byId.get(n).callFrame.functionName.replace(/::h[0-9a-f]{16}$/, '');
      if (/tiaojie::(ui|validate|pipeline)/.test(name) && !seen.has(name)) {
        seen.add(name);
        incl.set(name, (incl.get(name) ?? 0) + dt);
      }
    }
  });
  if (process.env.INCLUSIVE) {
    for (const [name, ms] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
      console.log(`${ms.toFixed(1).padStart(9)} ms incl.  ${name.slice(0, 140)}`);
    }
  }
  const idle = self.get('(idle)') ?? 0;
  for (const [k, ms] of [...kinds].filter(([k]) => k !== 'idle').sort((a, b) => b[1] - a[1])) {
    console.log(`${ms.toFixed(0).padStart(7)} ms  ${k}`);
  }
  console.log(`${keys} keys into ${sel}, CPU ÷${rate}: ${(total - idle).toFixed(0)} ms busy of ${total.toFixed(0)} ms`);
  for (const [name, ms] of [...self].filter(([n]) => n !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${name.slice(0, 140)}`);
  }
  s.check();
  await context.close();
} finally {
  await env.close();
}
