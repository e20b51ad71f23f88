// The app's icons (PWA manifest, apple-touch-icon) from the SVGs in assets/icons/,
// rendered by the same headless Chromium the tests use, with the bundled Noto Serif SC
// Bold for 调 (so the result does not depend on the fonts installed here). Writes
// icon-192.png, icon-512.png, icon-maskable-192.png, icon-maskable-512.png and
// apple-touch-icon.png (180 px, on an opaque square: iOS fills transparency with black).
// Run `node scripts/make-icons.mjs` after changing an SVG and commit the PNGs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'assets/icons');
const font = fs.readFileSync(path.join(root, 'assets/fonts/NotoSerifSC-Bold.otf')).toString('base64');

const outputs = [
  ['icon.svg', 192, 'icon-192.png', 'transparent'],
  ['icon.svg', 512, 'icon-512.png', 'transparent'],
  ['icon-maskable.svg', 192, 'icon-maskable-192.png', 'transparent'],
  ['icon-maskable.svg', 512, 'icon-maskable-512.png', 'transparent'],
  ['icon-maskable.svg', 180, 'apple-touch-icon.png', '#b3261e'],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [svgName, size, png, background] of outputs) {
    const svg = fs.readFileSync(path.join(dir, svgName), 'utf8');
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<!DOCTYPE html><style>
      @font-face { font-family: tiaojie-icon; font-weight: 700; src: url(data:font/otf;base64,${font}); }
      html, body { margin: 0; background: ${background}; }
      svg { display: block; width: ${size}px; height: ${size}px; }
    </style>${svg}`);
    await page.evaluate(() => document.fonts.load('700 100px tiaojie-icon', '调'));
    await page.evaluate(() => document.fonts.ready);
    const ok = await page.evaluate(() => document.fonts.check('700 100px tiaojie-icon', '调'));
    if (!ok) throw new Error('the icon font did not load');
    await page.screenshot({ path: path.join(dir, png), omitBackground: background === 'transparent' });
    await page.close();
    console.log(`${png} ${size}×${size}`);
  }
} finally {
  await browser.close();
}
