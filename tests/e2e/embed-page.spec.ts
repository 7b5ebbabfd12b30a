import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, watchPage } from './helpers.js';

// The /embed/ page and the partner guide, against the built site: pick a widget, see it live, copy the code.
const cdn = JSON.parse(fs.readFileSync('dist/cdn/manifest.json', 'utf8')) as {
  version: string;
  loader: { integrity: string };
  widgets: Record<string, { file: string; integrity: string }>;
};
const tags = Object.keys(cdn.widgets);
const widgetFiles = Object.values(cdn.widgets).map((w) => `/cdn/${cdn.version}/${w.file}`);

/** The widget files (and the autoloader) the page has asked for so far. */
function widgetRequests(page: Page) {
  const seen: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (widgetFiles.includes(pathname) || pathname.endsWith('/loader.js')) seen.push(pathname);
  });
  return seen;
}
const han = /\p{Script=Han}/u;

const pages = [
  {
    path: '/embed/',
    lang: 'zh-CN',
    heading: '把小工具放到您的网站上',
    guide: '/embed/guide/',
    none: '小工具正在准备中',
    show: '显示效果预览',
  },
  {
    path: '/en/embed/',
    lang: 'en',
    heading: 'Put the widgets on your website',
    guide: '/en/embed/guide/',
    none: 'The widgets are being prepared',
    show: 'Show the live preview',
  },
];

for (const p of pages) {
  test.describe(`embed page ${p.path}`, () => {
    test('offers every widget with a pinned snippet, with no error, no third party and nothing for axe', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await page.goto(p.path);
      await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);
      if (tags.length === 0) await expect(page.getByText(p.none)).toBeVisible();
      for (const tag of tags) {
        const snippet = page.locator('article.embed-widget pre', { hasText: new RegExp(`<${tag}[ >]`) });
        await expect(snippet).toContainText(`/cdn/${cdn.version}/loader.js`);
        await expect(snippet).toContainText(`integrity="${cdn.loader.integrity}"`);
      }
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
    });

    // The picker starts on the checker, the widget partners paste most.
    for (const first of tags.filter((tag) => tag === 'la-eligibility-checker'))
      test(`loads no widget until one is picked: the button then shows <${first}> live`, async ({ page }) => {
        const requested = widgetRequests(page);
        await page.goto(p.path);
        await expect(page.getByRole('button', { name: p.show })).toBeVisible();
        await expect(page.locator('[data-embed-code]')).toContainText(`<${first}`);
        await page.waitForLoadState('networkidle');
        expect(requested).toEqual([]);
        expect(await page.evaluate((all) => all.filter((tag) => customElements.get(tag)), tags)).toEqual([]);

        await page.getByRole('button', { name: p.show }).click();
        const preview = page.locator(`[data-embed-preview] ${first}`);
        await expect.poll(() => preview.evaluate((el) => el.shadowRoot?.childElementCount ?? 0)).toBeGreaterThan(0);
        expect(requested).toEqual([`/cdn/${cdn.version}/${cdn.widgets[first]!.file}`]);
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page);
      });

    test('describes every widget setting in the page language', async ({ page }) => {
      await page.goto(p.path);
      const labels = page.locator('fieldset[data-options-for] label');
      for (const label of await labels.all()) {
        const name = (await label.locator('code').textContent())!;
        const description = (await label.textContent())!.replace(name, '').trim();
        expect(description, `no description for the setting ${name}`).not.toBe('');
        if (p.lang === 'zh-CN') expect(description, `${name} is not described in Chinese`).toMatch(han);
      }
      for (const option of await page.locator('#embed-widget option').allTextContents()) {
        if (p.lang === 'zh-CN') expect(option).toMatch(han);
        else expect(option).not.toMatch(han);
      }
    });

    // Every widget on the Chinese page; the English page runs the same picker code, so one widget proves it there.
    for (const tag of p.lang === 'zh-CN' ? tags : tags.slice(0, 1)) {
      test(`picking <${tag}> shows it live and builds its snippet from the options`, async ({ page, baseURL }) => {
        const problems = watchPage(page, baseURL!);
        const requested = widgetRequests(page);
        await page.goto(p.path);
        await page.locator('#embed-widget').selectOption(tag);
        const preview = page.locator(`[data-embed-preview] ${tag}`);
        await expect.poll(() => preview.evaluate((el) => el.shadowRoot?.childElementCount ?? 0)).toBeGreaterThan(0);
        expect(requested, 'only the picked widget is downloaded').toEqual([`/cdn/${cdn.version}/${cdn.widgets[tag]!.file}`]);
        const code = page.locator('[data-embed-code]');
        await expect(code).toContainText(`<${tag}`);
        await page.locator('#embed-large-text').check();
        await expect(code).toContainText(`<${tag}`);
        await expect(code).toContainText(' large-text');
        await expect(preview).toHaveAttribute('large-text', '');
        await page.locator('#embed-lang').selectOption('en');
        await expect(code).toContainText('lang="en"');
        await expect(page.locator(`[data-embed-preview] ${tag}`)).toHaveAttribute('lang', 'en');
        await page.waitForLoadState('networkidle');
        // The picker is the same for every widget, and each widget's views pass axe in its own tests.
        if (tag === tags[0]) await expectNoAxeViolations(page);
        expect(problems).toEqual([]);
      });
    }

    // Once a widget exists (the picker only appears then).
    for (const tag of tags.slice(0, 1))
      test(`the copy button puts the <${tag}> snippet on the clipboard and says so`, async ({ page, context }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.goto(p.path);
        await page.locator('[data-embed-copy]').click();
        await expect(page.locator('[data-embed-status]')).not.toBeEmpty();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(await page.locator('[data-embed-code]').textContent());
        expect(copied).toContain('integrity="sha384-');
      });

    test('works at 200% zoom on a small phone', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(p.path);
      await page.waitForLoadState('networkidle');
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });
  });

  test.describe(`partner guide ${p.guide}`, () => {
    test('covers CMS, npm, React, Vue, Astro, own data and theming, with the theme table from the tokens', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await page.goto(p.guide);
      await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
      for (const id of ['cms', 'npm', 'react', 'vue', 'astro', 'data', 'theme']) await expect(page.locator(`h2#${id}`)).toBeVisible();
      await expect(page.locator('pre', { hasText: 'Content-Security-Policy' })).toBeVisible();
      await expect(page.locator('tr', { hasText: '--la-color-primary' })).toContainText('#0b5394');
      await expect(page.locator('tr', { hasText: '--la-text-scale' })).toBeVisible();
      await expect(page.locator('pre', { hasText: "import type {} from 'legal-aid-kit/jsx'" })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.setViewportSize({ width: 320, height: 640 });
      await expectNoSidewaysScroll(page);
      expect(problems).toEqual([]);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the embed page still lists every snippet and the guide link; the picker stays out of the way', async ({ page }) => {
    await page.goto('/embed/');
    for (const tag of tags) await expect(page.locator('article.embed-widget pre', { hasText: new RegExp(`<${tag}[ >]`) })).toBeVisible();
    await expect(page.locator('[data-embed-picker]')).toBeHidden();
    await expect(page.getByRole('button', { name: '显示效果预览' })).toBeHidden();
    await expect(page.locator('a[href="/embed/guide/"]')).toBeVisible();
  });
});

test.describe('published for partners', () => {
  test('the CDN files are served under /cdn/<version>/ and Storybook under /storybook/', async ({ request }) => {
    const loader = await request.get(`/cdn/${cdn.version}/loader.js`);
    expect(loader.ok()).toBe(true);
    expect(loader.headers()['content-type']).toContain('javascript');
    for (const tag of tags) expect((await request.get(`/cdn/${cdn.version}/${tag.slice(3)}.js`)).ok(), tag).toBe(true);
    const storybook = await request.get('/storybook/index.html');
    expect(storybook.ok(), 'run npm run build-storybook after the site build (npm test does)').toBe(true);
  });
});
