import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const w of [794, 1000]) {
  const p = await b.newPage({ viewport: { width: w, height: 1400 } });
  await p.goto('http://127.0.0.1:4399/posters/chunnuan-building-sites/');
  await p.emulateMedia({ media: 'print' });
  console.log(
    w,
    await p.evaluate(() => {
      const s = document.querySelector('.sheet');
      const top = s.getBoundingClientRect().top;
      return [
        `sheet ${Math.round(s.getBoundingClientRect().height)} w${Math.round(s.getBoundingClientRect().width)}`,
        ...[...s.children].map(
          (c) => `${c.className} ${Math.round(c.getBoundingClientRect().top - top)}+${Math.round(c.getBoundingClientRect().height)}`,
        ),
      ];
    }),
  );
}
await b.close();
