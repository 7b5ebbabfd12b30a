import { chromium } from 'playwright-core';
const [url, out] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ locale: 'zh-CN' });
await p.goto('http://127.0.0.1:4399' + url);
await p.waitForLoadState('networkidle');
await p.evaluate(() => document.fonts.ready);
await p.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
await b.close();
