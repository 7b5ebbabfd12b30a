import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 794, height: 1400 } });
await p.goto('http://127.0.0.1:4399/posters/chunnuan-building-sites/');
await p.emulateMedia({ media: 'print' });
console.log(
  await p.evaluate(() => {
    const s = document.querySelector('.sheet-strips');
    return [s, ...s.querySelectorAll('p, ul, li, li > *')].slice(0, 6).map((c) => {
      const cs = getComputedStyle(c);
      return `${c.tagName}.${c.className} ${Math.round(c.getBoundingClientRect().width)}x${Math.round(c.getBoundingClientRect().height)} h=${cs.height} wm=${cs.writingMode}`;
    });
  }),
);
await b.close();
