// One view per thing (issue 18): the site renders the widgets' own view builders at build time
// (src/lib/render-view.ts). Here each view the site shows is compared, on the same data, as the built page
// holds it (the server path) and as the widget draws it in its shadow root: same elements, attributes and
// words, once normalised (attributes sorted; `hidden` and inline styles, which search and the reveal change
// at run time, left out).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.js';

test.use({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });

/**
 * The normalised HTML of the children of what `target` finds (in `page`'s browser), without the elements
 * `drop` matches (copies are changed, not the page).
 */
async function normalised(target: Locator, drop: string[] = []): Promise<string> {
  return target.evaluate((root: Element | ShadowRoot, drop: string[]) => {
    const write = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const el = node as Element;
      const attrs = [...el.attributes]
        .filter((a) => a.name !== 'hidden' && a.name !== 'style')
        .map((a) => ` ${a.name}="${a.value}"`)
        .sort()
        .join('');
      return `<${el.localName}${attrs}>${[...el.childNodes].map(write).join('')}</${el.localName}>`;
    };
    const children = [...root.childNodes].map((child) => child.cloneNode(true));
    for (const child of children) {
      if (child instanceof Element && drop.length) child.querySelectorAll(drop.join(',')).forEach((el) => el.remove());
    }
    return children.map(write).join('').replace(/>\s+</g, '><').trim();
  }, drop);
}

/** The widget's own rendering: the wrapper in its shadow root. */
const shadowRoot = (widget: Locator) => widget.locator('.la-root').first();

async function open(page: Page, path: string) {
  await page.clock.setFixedTime(new Date('2026-12-03T10:00:00+08:00'));
  await page.goto(path);
}

for (const lang of ['zh-CN', 'en'] as const) {
  const prefix = lang === 'en' ? '/en' : '';

  test(`${lang}: every figure on the statistics page is the widget's own view`, async ({ page }) => {
    await open(page, `${prefix}/stats/`);
    const figures = page.locator('la-stat');
    await expect(figures.first().locator('.la-root .figure-value')).toBeVisible();
    expect(await figures.count()).toBeGreaterThan(2);
    for (const figure of await figures.all()) {
      await expect(shadowRoot(figure).locator('.figure-value')).toHaveCount(1);
      const server = await normalised(figure.locator('.figure-card'));
      expect(server).toContain('figure-meta');
      expect(await normalised(shadowRoot(figure))).toBe(server);
    }
    await expectNoAxeViolations(page);
  });

  test(`${lang}: every chart on the statistics page is the widget's own view, with its table once opened`, async ({ page }) => {
    await open(page, `${prefix}/stats/`);
    const charts = page.locator('la-stat-chart');
    expect(await charts.count()).toBeGreaterThan(1);
    for (const chart of await charts.all()) {
      await chart.scrollIntoViewIfNeeded();
      const drawn = shadowRoot(chart);
      await expect(drawn.locator('svg.chart-svg')).toBeVisible();
      // The widget builds the table when its disclosure opens; the page shows it at once.
      await drawn.locator('details[part="table"] > summary').click();
      await expect(drawn.locator('table.chart-table')).toBeVisible();
      const server = await normalised(chart.locator('.chart-card'));
      const widget = (await normalised(drawn))
        .replace(/<details open="" part="table"><summary>[^<]*<\/summary>(.*?<\/div>)<\/details>/, '$1')
        .replace(/<div class="actions" part="actions">.*?<\/div>/, '');
      expect(server).toContain('<table class="chart-table">');
      expect(widget).toBe(server);
    }
  });

  test(`${lang}: every FAQ answer on the page is the one the widget draws from the same data`, async ({ page }) => {
    await open(page, `${prefix}/faq/`);
    const enhanced = page.locator('la-rights-faq').first();
    await expect(enhanced.locator('.la-root input')).toBeVisible();
    // A second widget draws the same answers from the published JSON, with the same links.
    await page.evaluate(
      ([src, prefix]) => {
        const faq = Object.assign(document.createElement('la-rights-faq'), { id: 'from-data' });
        faq.setAttribute('src', src!);
        faq.setAttribute('check-href', `${prefix}/check/`);
        faq.setAttribute('map-href', `${prefix}/map/`);
        document.querySelector('main')!.append(faq);
      },
      [`/data/faq.${lang}.json`, prefix],
    );
    const fromData = page.locator('#from-data');
    await expect(fromData.locator('.la-root details').first()).toBeAttached();
    const server = page.locator('la-rights-faq:not(#from-data) .faq-list details');
    const count = await server.count();
    expect(count).toBeGreaterThan(10);
    await expect(fromData.locator('.la-root details')).toHaveCount(count);
    const onPage = await normalised(page.locator('la-rights-faq:not(#from-data) .faq-list'));
    expect(onPage).toContain('<span class="faq-target" id="');
    expect(await normalised(fromData.locator('.la-root #list'))).toBe(onPage);
  });

  test(`${lang}: every workstation card on the map page is the one the widget draws from the same data`, async ({ page }) => {
    await open(page, `${prefix}/map/`);
    const widgetCards = page.locator('la-workstation-map .la-root .list > .item');
    // The directions links and a workstation's own changes come with the card's extras, just after the list.
    await expect(widgetCards.locator('.actions a').first()).toBeAttached();
    const count = await widgetCards.count();
    expect(count).toBeGreaterThan(1);
    expect(await page.locator('.ws-list > .item').count()).toBeGreaterThanOrEqual(count);
    // What only the widget can do (open now, distance, copy, show on the map) is not on the server page.
    const interactive = ['.open', '.distance', 'button', '[role="status"]'];
    // Removing those buttons leaves the spaces that stood between them.
    const tidy = (html: string) => html.replace(/\s+</g, '<');
    for (const card of await widgetCards.all()) {
      const id = await card.getAttribute('id');
      const server = tidy(await normalised(page.locator(`.ws-list > [id="${id}"]`)));
      expect(server).toContain('<dd class="hours">');
      expect(tidy(await normalised(card, interactive)), `card ${id}`).toBe(server);
    }
    await expectNoAxeViolations(page);
  });
}
