import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 794, height: 1123 } });
await p.goto('http://127.0.0.1:4399/posters/chunnuan-building-sites/');
await p.emulateMedia({ media: 'print' });
await p.screenshot({ path: '/tmp/i16-print.png' });
console.log(
  await p.evaluate(() =>
    [...document.querySelectorAll('.sheet, .sheet-strips li')].slice(0, 3).map((e) => {
      const r = e.getBoundingClientRect();
      const cs = getComputedStyle(e);
      return `${e.tagName} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)} ${cs.writingMode} ${cs.breakInside}`;
    }),
  ),
);
await b.close();
