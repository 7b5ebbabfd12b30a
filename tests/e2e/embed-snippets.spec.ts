import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pagesHandler, partnerPage, startServer, strictCsp } from '../../scripts/test/embed-servers.mjs';
import { expectNoAxeViolations, expectScreen, PHONE, PHONE_ZOOM_200 } from './helpers.js';

// Every snippet the built /embed/ pages print, pasted exactly as printed into a partner's page on another
// origin under a strict CSP. The snippets name the kit's real address (site.json's siteUrl); the browser's
// requests to it are answered from the built site, with the CORS header the kit's host sends.
const site = JSON.parse(fs.readFileSync('content/site.json', 'utf8')) as { siteUrl: string };
const siteOrigin = new URL(site.siteUrl).origin;
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The snippets printed for each widget on a built embed page, as a partner copies them. */
function printedSnippets(file: string): { tag: string; code: string }[] {
  const html = fs.readFileSync(file, 'utf8');
  return [...html.matchAll(/<article class="embed-widget"[\s\S]*?<pre[^>]*>([\s\S]*?)<\/pre>/g)].map(([, pre]) => {
    const code = decode(pre!);
    return { tag: /<(la-[\w-]+)[\s>]/.exec(code)![1]!, code };
  });
}

const snippets = [
  ...printedSnippets('dist-site/embed/index.html').map((s) => ({ ...s, page: 'zh' })),
  ...printedSnippets('dist-site/en/embed/index.html').map((s) => ({ ...s, page: 'en' })),
];

let partner: Awaited<ReturnType<typeof startServer>>;
const pages = new Map<string, { type: string; body: string; csp?: string }>();
test.beforeAll(async () => {
  partner = await startServer(pagesHandler(pages));
});
test.afterAll(() => partner.close());

/** Answers requests to the kit's site from dist-site/; `blockCdn` makes /cdn/ unreachable. */
async function serveKitSite(page: Page, { blockCdn = false } = {}) {
  await page.route(`${siteOrigin}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (blockCdn && pathname.startsWith('/cdn/')) return route.abort();
    const file = path.join('dist-site', decodeURIComponent(pathname));
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return route.fulfill({ status: 404 });
    return route.fulfill({
      path: file,
      headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' },
    });
  });
}

function pastePage(name: string, code: string): string {
  pages.set(`/${name}.html`, {
    type: 'text/html; charset=utf-8',
    body: partnerPage({ body: `<section>${code}</section>`, loaderTag: '' }),
    csp: strictCsp(siteOrigin, siteOrigin),
  });
  return `${partner.origin}/${name}.html`;
}

test('the embed pages print a snippet for every widget in both languages', () => {
  const tags = Object.keys(JSON.parse(fs.readFileSync('dist/cdn/manifest.json', 'utf8')).widgets);
  // The checker first: the widget partners paste most is the one the picker starts on.
  for (const page of ['zh', 'en']) {
    const printed = snippets.filter((s) => s.page === page).map((s) => s.tag);
    expect(printed[0]).toBe('la-eligibility-checker');
    expect([...printed].sort()).toEqual([...tags].sort());
  }
  for (const { code } of snippets) {
    // Every address in a snippet is absolute: pasted on a partner's site, /check/ would be the partner's 404.
    for (const [, url] of code.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url, code).toMatch(/^(https:\/\/|tel:)/);
  }
});

test('every example in the partner guide that places the checker sets its region', () => {
  for (const file of ['dist-site/embed/guide/index.html', 'dist-site/en/embed/guide/index.html']) {
    // Without comment lines ("// one widget, registered as <la-eligibility-checker>").
    const examples = [...fs.readFileSync(file, 'utf8').matchAll(/<pre[^>]*>([\s\S]*?)<\/pre>/g)].map(([, pre]) =>
      decode(pre!).replace(/^\s*\/\/.*$/gm, ''),
    );
    const placing = examples.filter((code) => /<la-eligibility-checker[\s>]/.test(code));
    // The CMS, one-file, React, Vue, Astro and self-hosted examples (when the checker is the guide's example).
    expect(placing.length, file).toBeGreaterThanOrEqual(5);
    for (const code of placing)
      for (const [opening] of code.matchAll(/<la-eligibility-checker\b[^>]*>/g))
        expect(opening, `${file}: ${code}`).toContain('region="442000"');
  }
});

for (const { tag, code, page: lang } of snippets) {
  test(`<${tag}> (${lang} snippet) works as pasted on a partner page under a strict CSP`, async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await serveKitSite(page);
    // The partner's own query string, which a widget must leave alone.
    await page.goto(`${pastePage(`paste-${lang}-${tag}`, code)}?q=partner-search&type=news`);
    const widget = page.locator(tag);
    await expect
      .poll(() => widget.evaluate((el) => el.shadowRoot?.querySelector('.la-root')?.childElementCount ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await expect(widget.getByRole('alert')).toHaveCount(0);
    // The fallback inside the tag is for a page where the loader cannot load: a working widget hides it.
    await expect(page.locator(`${tag} > p`)).toBeHidden();
    // Links a widget prints lead to the kit's site, never to the partner's (where /check/ is a 404).
    const links = await widget.evaluate((el) =>
      [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((href) => /\/(check|map)\//.test(href)),
    );
    for (const href of links) expect(href, `${tag} links to ${href}`).toMatch(new RegExp(`^${siteOrigin}/`));
    if (tag === 'la-rights-faq') expect(links.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => location.search)).toBe('?q=partner-search&type=news');
    expect(problems).toEqual([]);
  });
}

test('the workstation map as pasted leaves the partner page query string alone when a worker filters', async ({ page }) => {
  const { code } = snippets.find((s) => s.tag === 'la-workstation-map' && s.page === 'zh')!;
  await serveKitSite(page);
  await page.goto(`${pastePage('paste-map-filter', code)}?q=partner-search&type=news`);
  const map = page.locator('la-workstation-map');
  const select = map.getByRole('combobox').first();
  await expect(select).toBeVisible({ timeout: 15_000 });
  await select.selectOption({ index: 1 });
  await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=partner-search&type=news');
});

test.describe('a page where the loader cannot load', () => {
  for (const viewport of [PHONE, PHONE_ZOOM_200]) {
    test(`shows each snippet's fallback: the hotline and the page on the bureau's site (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await serveKitSite(page, { blockCdn: true });
      const zh = snippets.filter((s) => s.page === 'zh');
      const url = pastePage(`fallback-${viewport.width}`, zh.map((s) => s.code).join('\n'));
      await page.goto(url);
      for (const { tag } of zh) {
        const fallback = page.locator(`${tag} > p`);
        await expect(fallback).toBeVisible();
        await expect(fallback.getByRole('link', { name: '12348' })).toHaveAttribute('href', 'tel:12348');
        await expect(fallback.getByRole('link', { name: '在司法局网站上看' })).toHaveAttribute('href', new RegExp(`^${siteOrigin}/`));
      }
      await expectNoAxeViolations(page);
      await expectScreen(page, `snippet-fallback-${viewport.width}`);
    });
  }
});
