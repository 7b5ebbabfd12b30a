#!/usr/bin/env node
// Draws the site's PNG icons and sharing images from the SVG mark, in Chromium, into public/.
// Run by hand when the mark changes (`node scripts/build/make-icons.mjs`); the PNGs are committed.
// Digits and the mark only: they read the same in every language and need no CJK font on the build machine.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/chromium.mjs';

const mark = fs.readFileSync('public/favicon.svg', 'utf8');
const blue = '#0b5394';

const icon = (size) => `<body style="margin:0">${mark.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`;
const card = (width, height) => {
  const markSize = Math.round(height * 0.42);
  return `<body style="margin:0;width:${width}px;height:${height}px;background:${blue};display:flex;flex-direction:column;
    align-items:center;justify-content:center;gap:${Math.round(height * 0.04)}px;font-family:sans-serif;color:#fff">
    ${mark.replace('<svg ', `<svg width="${markSize}" height="${markSize}" `)}
    <div style="font-size:${Math.round(height * 0.2)}px;font-weight:700;letter-spacing:0.06em;line-height:1">12348</div>
  </body>`;
};

const images = [
  ['public/favicon-32.png', 32, 32, icon(32)],
  ['public/apple-touch-icon.png', 180, 180, card(180, 180)],
  ['public/icon-192.png', 192, 192, card(192, 192)],
  ['public/icon-512.png', 512, 512, card(512, 512)],
  ['public/og-image.png', 1200, 630, card(1200, 630)],
  ['public/share-500.png', 500, 500, card(500, 500)],
];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const [file, width, height, html] of images) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.setContent(html);
    await page.screenshot({ path: file, omitBackground: false });
    await page.close();
    console.log(`${file} ${width}×${height} ${fs.statSync(file).size} bytes`);
  }
} finally {
  await browser.close();
}
