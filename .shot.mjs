// usage: node .shot.mjs WIDTH HEIGHT url out.png [scrollY] [largeText]
import { chromium } from 'playwright-core';
const [w, h, url, out, y = '0', large] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, locale: 'zh-CN', deviceScaleFactor: 1 });
if (large) await p.addInitScript(() => localStorage.setItem('la-large-text', 'on'));
await p.goto('http://127.0.0.1:4399' + url);
await p.waitForLoadState('networkidle');
await p.evaluate((y) => window.scrollTo(0, +y), y);
await p.waitForTimeout(300);
await p.screenshot({ path: out });
await b.close();
