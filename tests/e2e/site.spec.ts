// The whole built site, page by page, as a worker on a phone and an outreach team at a printer meet it.
// The page list comes from dist-site, so pages added later by anyone are covered without editing this file.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { listPages, pageUrl } from '../../scripts/measure/page-weight.mjs';
import { decodeQr, expectNoAxeViolations, expectNoSidewaysScroll, goOfflineAfterVisiting, pdfPageSizes, watchPage } from './helpers.js';

interface CampaignFile {
  id: string;
  title: { 'zh-CN': string; en: string };
  languages: string[];
  posters: { code: string }[];
}

// Many small independent tests: spread them over every worker.
test.describe.configure({ mode: 'parallel' });

const site = JSON.parse(fs.readFileSync('content/site.json', 'utf8')) as { siteUrl: string };
const campaigns: CampaignFile[] = fs
  .readdirSync('content/campaigns')
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join('content/campaigns', name), 'utf8'))![1]!;
    return { ...JSON.parse(front), id: path.basename(name, '.md') };
  });
const urls: string[] = listPages().map((file: string) => pageUrl(file));

// Pages made from one template (an FAQ answer, a campaign, a poster) are alike: the browser checks run on
// the first two of each family per language, and each widget's own spec covers its pages in depth. The
// cheap request-level checks (metadata, links) still run on every page.
function sampleTemplates(all: string[], perFamily = 2): string[] {
  const seen = new Map<string, number>();
  return all.filter((url) => {
    const parts = url.split('/').filter(Boolean);
    const english = parts[0] === 'en';
    const rest = english ? parts.slice(1) : parts;
    if (rest.length < 2) return true;
    const family = `${english ? 'en/' : ''}${rest[0]}`;
    const count = (seen.get(family) ?? 0) + 1;
    seen.set(family, count);
    return count <= perFamily;
  });
}
const browserUrls = sampleTemplates(urls);
// Each section page below has its own spec that runs the sweep's checks (axe, console, other origins, 200%
// zoom) and more, in both languages: the sweep with JavaScript does not load them a second time.
const OWN_SPEC = ['/', '/check/', '/map/', '/faq/', '/stats/', '/embed/'].flatMap((p) => [p, `/en${p}`]);
const campaignPath = (c: CampaignFile) => `${c.languages[0] === 'en' ? '/en' : ''}/campaigns/${c.id}/`;

test('the built site has the outreach pages', () => {
  for (const url of ['/', '/en/', '/about/', '/en/about/', '/campaigns/', '/en/campaigns/', '/offline/', '/404']) {
    expect(urls).toContain(url);
  }
});

test('the home page offers each of the three actions whose page exists, and none that is missing', async ({ page }) => {
  await page.goto('/');
  for (const section of ['/check/', '/map/', '/faq/']) {
    const exists = fs.existsSync(`dist-site${section}index.html`);
    await expect(page.locator(`main .action-link[href="${section}"]`)).toHaveCount(exists ? 1 : 0);
  }
});

test('no link on any page leads to a missing page', () => {
  const missing: string[] = [];
  for (const file of listPages() as string[]) {
    for (const [, href] of fs.readFileSync(file, 'utf8').matchAll(/<a [^>]*href="(\/[^"#?]*)/g)) {
      const target = path.join('dist-site', href!);
      if (![target, path.join(target, 'index.html')].some((f) => fs.existsSync(f) && fs.statSync(f).isFile())) {
        missing.push(`${pageUrl(file)} → ${href}`);
      }
    }
  }
  expect(missing).toEqual([]);
});

test.describe('every page, in both languages', () => {
  for (const url of browserUrls.filter((u) => !OWN_SPEC.includes(u))) {
    test(`${url}: nothing for axe, no console error, no request to another origin`, async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await page.goto(url);
      await expect(page.locator('header a[href="tel:12348"]')).toBeVisible();
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
      // 200% zoom on a 640 px phone.
      await page.setViewportSize({ width: 320, height: 640 });
      await expectNoSidewaysScroll(page);
    });
  }
});

test.describe('every page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const url of browserUrls) {
    test(`${url}: the hotline and the page's heading are there`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('a[href="tel:12348"]').first()).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});

test.describe('every page has what search engines and WeChat sharing read', () => {
  for (const url of urls) {
    test(`${url}: title, description, canonical address and sharing image`, async ({ request }) => {
      const html = await (await request.get(url)).text();
      expect(html).toMatch(/<title>[^<]{2,}<\/title>/);
      expect(html).toMatch(/<meta name="description" content="[^"]{10,}"/);
      expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toMatch(new RegExp(`^${site.siteUrl}/`));
      expect(html).toContain(`<meta property="og:image" content="${site.siteUrl}/og-image.png"`);
      if (url.startsWith('/en/')) expect(html).toContain(`hreflang="zh-CN" href="${site.siteUrl}${url.slice(3)}"`);
    });
  }

  test('the sitemap lists the pages with their other language; robots.txt points to it', async ({ request }) => {
    expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${site.siteUrl}/sitemap-index.xml`);
    const index = await (await request.get('/sitemap-index.xml')).text();
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
    expect(parts.length).toBeGreaterThan(0);
    const sitemap = (await Promise.all(parts.map(async (part) => (await request.get(part)).text()))).join('\n');
    expect(sitemap).toContain(`<loc>${site.siteUrl}/</loc>`);
    expect(sitemap).toContain(`<loc>${site.siteUrl}/en/about/</loc>`);
    expect(sitemap).toContain(`hreflang="en" href="${site.siteUrl}/en/campaigns/"`);
    expect(sitemap).toContain(`hreflang="x-default" href="${site.siteUrl}/campaigns/"`);
    expect(sitemap).not.toContain('/Q/');
    expect(sitemap).not.toContain('/offline/');
  });

  test('the icons, the sharing images and the web manifest are served', async ({ request }) => {
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    expect(manifest.start_url).toBe('/');
    const files = ['/favicon.svg', '/favicon-32.png', '/apple-touch-icon.png', '/og-image.png', '/share-500.png'];
    for (const file of [...files, ...manifest.icons.map((icon: { src: string }) => icon.src)]) {
      expect((await request.get(file)).status(), file).toBe(200);
    }
  });
});

test.describe('posters', () => {
  test.use({ viewport: { width: 1000, height: 1400 } });
  for (const campaign of campaigns) {
    test(`/posters/${campaign.id}/: each QR code decodes to its short address`, async ({ page }) => {
      await page.goto(`/posters/${campaign.id}/`);
      const codes = page.locator('.sheet-qr');
      await expect(codes).toHaveCount(campaign.posters.length);
      for (const [i, spot] of campaign.posters.entries()) {
        const decoded = await decodeQr(page, codes.nth(i));
        expect(decoded, `QR ${spot.code}`).not.toBeNull();
        expect(new URL(decoded!).href).toBe(new URL(`${site.siteUrl}/Q/${spot.code}`).href);
      }
    });

    for (const [size, width, height] of [
      ['a4', 595, 842],
      ['a3', 842, 1191],
    ] as const) {
      test(`/posters/${campaign.id}/#${size}: printed, each poster fits one ${size.toUpperCase()} page`, async ({ page }) => {
        await page.goto(`/posters/${campaign.id}/#${size}`);
        const sizes = pdfPageSizes(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        expect(sizes).toHaveLength(campaign.posters.length);
        for (const [w, h] of sizes) {
          expect(Math.abs(w - width)).toBeLessThan(2);
          expect(Math.abs(h - height)).toBeLessThan(2);
        }
      });
    }
  }
});

test.describe('short links from the posters', () => {
  for (const campaign of campaigns) {
    for (const { code } of campaign.posters) {
      test(`/Q/${code} answers with the campaign itself in one response, without JavaScript too`, async ({ browser, baseURL }) => {
        const language = campaign.languages[0] as 'zh-CN' | 'en';
        for (const javaScriptEnabled of [true, false]) {
          const context = await browser.newContext({ javaScriptEnabled });
          const page = await context.newPage();
          const documents: string[] = [];
          page.on('request', (request) => {
            if (request.resourceType() === 'document') documents.push(new URL(request.url()).pathname);
          });
          const response = await page.goto(`/Q/${code}`);
          // The scan is one request to /Q/<CODE> (the host's access log counts it), answered at once.
          expect(response?.status()).toBe(200);
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(campaign.title[language]);
          await expect(page.locator('main .hotline-hero[href="tel:12348"]')).toBeVisible();
          await expect(page.locator('main a.action-link.primary')).toBeVisible();
          await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site.siteUrl}${campaignPath(campaign)}`);
          // With JavaScript the address bar shows the readable campaign address, so a shared link is that one.
          await expect(page).toHaveURL(`${baseURL}${javaScriptEnabled ? campaignPath(campaign) : `/Q/${code}`}`);
          expect(documents).toEqual([`/Q/${code}`]);
          await context.close();
        }
      });
    }
  }

  test('an unknown short code gives the 404 page with the hotline in both languages', async ({ page }) => {
    const response = await page.goto('/Q/NOSUCHCODE');
    expect(response?.status()).toBe(404);
    await expect(page.locator('main a[href="tel:12348"]')).toHaveCount(2);
    await expect(page.locator('main section[lang="zh-CN"]')).toContainText('12348');
    await expect(page.locator('main section[lang="en"]')).toContainText('Call 12348');
  });
});

test.describe('display settings remembered on this device', () => {
  test('large-text mode survives a reload and can be turned off again', async ({ page }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: '大字模式' });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    const scale = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--la-text-scale').trim());
    const heroSize = () => page.locator('.hotline-hero-number').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await heroSize();
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(await scale()).toBe('1.3');
    await page.reload();
    await expect(page.getByRole('button', { name: '大字模式' })).toHaveAttribute('aria-pressed', 'true');
    expect(await scale()).toBe('1.3');
    expect(await heroSize()).toBeGreaterThan(before * 1.25);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page);
    await page.getByRole('button', { name: '大字模式' }).click();
    await page.reload();
    expect(await scale()).toBe('1');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test('high contrast survives a reload, in English too, and passes axe', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('button', { name: 'High contrast' }).click();
    await page.goto('/en/about/');
    await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await expectNoAxeViolations(page);
  });

  test('without JavaScript the toggles, which could not work, are not shown', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('[data-pref]')).toHaveCount(2);
    await expect(page.locator('[data-pref]').first()).toBeHidden();
    await context.close();
  });
});

test.describe('offline', () => {
  const faq = fs.existsSync('dist-site/faq/index.html') ? fs.readFileSync('dist-site/faq/index.html', 'utf8') : null;

  test('after one visit, the saved pages open without a network and others show the offline page', async ({ context, page }) => {
    await goOfflineAfterVisiting(context, page, '/');

    if (faq) {
      await page.goto('/faq/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/<h1[^>]*>([^<]+)</.exec(faq)![1]!.trim());
    }
    await page.goto('/en/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legal aid for migrant workers');
    await expect(page.locator('.figure-card').first()).toBeVisible();

    await page.goto('/about/');
    await expect(page.locator('main section[lang="zh-CN"] h1')).toHaveText('现在没有网络');
    await expect(page.locator('main a[href="tel:12348"]').first()).toBeVisible();
    await context.setOffline(false);
  });
});
