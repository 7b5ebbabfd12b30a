import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1000, height: 1400 }, locale: 'zh-CN' });
await p.goto('http://127.0.0.1:4399/posters/');
await p.selectOption('#maker-campaign', 'chunnuan-building-sites');
await p.fill('#maker-place', '火炬开发区某工地');
await p.click('button[type=submit]');
await p.waitForSelector('.maker-output .sheet');
await p.pdf({ path: '/tmp/i16-m.pdf', preferCSSPageSize: true, printBackground: true });
await p.emulateMedia({ media: 'print' });
console.log(
  await p.evaluate(() =>
    [...document.querySelectorAll('body > *, main > *, .maker-output > *')].map(
      (e) =>
        `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().top)}+${Math.round(e.getBoundingClientRect().height)} ${getComputedStyle(e).display}`,
    ),
  ),
);
await b.close();
