import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 800, height: 1200 } });
await p.goto('http://127.0.0.1:4399/posters/chunnuan-building-sites/');
await p.emulateMedia({ media: 'print' });
console.log(
  await p.evaluate(() =>
    [...document.querySelectorAll('.sheet-strips, .sheet-strips ul, .sheet-strips li')].slice(0, 4).map((e) => {
      const r = e.getBoundingClientRect();
      return `${e.tagName} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    }),
  ),
);
await b.close();
