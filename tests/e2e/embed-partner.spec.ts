import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { allWidgetsMarkup, startEmbedServers, strictCsp, waitForWidgets, widgets, type EmbedServers } from './embed-harness.js';
import { widgetMarkup } from '../../src/lib/embed-widgets.js';
import { drawOffScreenContent, expectNoAxeViolations, expectScreen } from './helpers.js';

// A partner agency's page on its own origin, the widgets from another (a CDN), the data from the kit site.
let servers: EmbedServers;
test.beforeAll(async () => {
  servers = await startEmbedServers();
  servers.addFile(
    'partner.css',
    'text/css',
    'body { margin: 16px; font-family: serif; } .slot { display: block; inline-size: 360px; margin-block: 16px; }',
  );
});
test.afterAll(() => servers.close());

/** Console errors, uncaught exceptions, CSP violations and requests to any origin but the three expected. */
async function watchPartnerPage(page: Page) {
  const problems: string[] = [];
  const warnings: string[] = [];
  const allowed = new Set([servers.partnerOrigin, servers.widgetOrigin, servers.dataOrigin]);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob|about):/.test(url) && !allowed.has(new URL(url).origin)) problems.push(`request to ${url}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
    (window as unknown as { __violations: string[] }).__violations = [];
  });
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { problems, warnings, violations };
}

test.describe('embedding with the plain <script> loader', () => {
  test('every widget works from another origin under a strict CSP, with zero policy violations', async ({ page }) => {
    const watch = await watchPartnerPage(page);
    const url = servers.addPage('strict-csp', {
      head: '<link rel="stylesheet" href="/partner.css">',
      body: allWidgetsMarkup(servers.dataOrigin),
      csp: strictCsp(servers.widgetOrigin, servers.dataOrigin),
    });
    await page.goto(url);
    await waitForWidgets(page);
    await page.waitForLoadState('networkidle');
    for (const { tag } of widgets) {
      await expect(page.locator(`section > ${tag}`).first(), `${tag} is visible once defined`).toBeVisible();
    }
    expect(await watch.violations()).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  test('what loads on use runs under the strict CSP too: the result, the map, the interactive chart, the search', async ({ page }) => {
    const watch = await watchPartnerPage(page);
    const markup = (tag: string, extra = '') =>
      `<section class="slot">${widgetMarkup(tag, widgets.find((w) => w.tag === tag)?.example, servers.dataOrigin).replace('>', `${extra}>`)}</section>`;
    const url = servers.addPage('strict-csp-in-use', {
      head: '<link rel="stylesheet" href="/partner.css">',
      body: [
        markup('la-eligibility-checker'),
        markup('la-workstation-map', ' map-mode="manual"'),
        markup('la-stat-chart', ' interactive'),
        markup('la-rights-faq'),
      ].join(''),
      csp: strictCsp(servers.widgetOrigin, servers.dataOrigin),
    });
    await page.goto(url);
    await waitForWidgets(page, ['la-eligibility-checker', 'la-workstation-map', 'la-stat-chart', 'la-rights-faq']);
    const checker = page.locator('la-eligibility-checker');
    await checker.getByLabel('我是包工头，要工程款或材料款').check();
    await checker.getByRole('button', { name: '下一步' }).click();
    await checker.getByRole('button', { name: '看结果' }).click();
    await expect(checker.locator('a[href="tel:12348"]').first()).toBeVisible();
    const map = page.locator('la-workstation-map');
    await map.getByRole('button', { name: '打开地图' }).click();
    await expect(map.locator('.leaflet-container')).toBeVisible();
    const chart = page.locator('la-stat-chart');
    await chart.getByRole('button', { name: '打开可以点的图表' }).click();
    await expect(chart.locator('canvas')).toBeVisible();
    const faq = page.locator('la-rights-faq');
    await faq.getByRole('searchbox').or(faq.getByLabel('搜索问题')).first().fill('工资');
    // The search has run: the answers about wages show, the others are hidden.
    await expect(faq.locator('details[hidden]').first()).toBeAttached();
    await expect(faq.locator('details:not([hidden])').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await watch.violations()).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  test('defines widgets that appear later, including inside shadow roots the page attaches afterwards', async ({ page }) => {
    const watch = await watchPartnerPage(page);
    servers.addFile(
      'late.js',
      'text/javascript',
      `window.addEventListener('load', () => setTimeout(() => {
        const host = document.createElement('div');
        host.id = 'late-host';
        document.querySelector('main').append(host);
        const root = host.attachShadow({ mode: 'open' });
        root.innerHTML = ${JSON.stringify(allWidgetsMarkup(servers.dataOrigin))};
      }, 50));`,
    );
    const url = servers.addPage('late-shadow', {
      head: '<script src="/late.js"></script>',
      body: '',
      csp: strictCsp(servers.widgetOrigin, servers.dataOrigin),
    });
    await page.goto(url);
    await page.waitForFunction(
      (tags) => {
        const root = document.getElementById('late-host')?.shadowRoot;
        return !!root && tags.every((tag) => customElements.get(tag) && (root.querySelector(tag)?.shadowRoot?.childElementCount ?? 0) > 0);
      },
      widgets.map((w) => w.tag),
    );
    expect(await watch.violations()).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  test('a loader that does not match the integrity hash of the snippet is refused, and nothing of the kit runs', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const url = servers.addPage('tampered-loader', {
      body: '<la-stat><p>la-stat fallback</p></la-stat>',
      loaderIntegrity: `sha384-${'A'.repeat(64)}`,
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await expect.poll(() => errors.some((text) => /integrity/i.test(text))).toBe(true);
    expect(await page.evaluate(() => customElements.get('la-stat'))).toBeUndefined();
    // The partner's own fallback markup stays on view.
    await expect(page.getByText('la-stat fallback')).toBeVisible();
  });

  test('hides widgets that are not defined yet, and shows them again after two seconds at most', async ({ page }) => {
    // Time stands still until the test moves it: a busy machine must not reach the two seconds early.
    await page.clock.install({ time: new Date('2026-01-01T08:00:00') });
    await page.clock.pauseAt(new Date('2026-01-01T08:00:01'));
    // Each tag holds server-rendered fallback text, as a partner's HTML-first page would.
    const fallback = (tag: string, where: string) => `<${tag}><p>${tag} fallback ${where}</p></${tag}>`;
    const inShadowRoot = (id: string, where: string) =>
      `document.getElementById('${id}').attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(fallback('la-stat', where))};`;
    // The same inside a shadow root the page attached before the loader ran, and one it attaches after.
    const body = `${widgets.map((w) => fallback(w.tag, 'in the page')).join('')}
      <div id="before"></div><div id="after"></div>
      <script>${inShadowRoot('before', 'in an earlier shadow root')}</script>
      <script type="module">${inShadowRoot('after', 'in a later shadow root')}</script>`;
    const url = servers.addPage('dead-cdn', { body, cdnFolder: 'hang/' });
    await page.goto(url);
    // The loader has run (its stylesheet is adopted) but no widget module ever arrives.
    await page.waitForFunction(() => document.adoptedStyleSheets.length > 0 && !!document.getElementById('after')?.shadowRoot);
    const texts = [
      ...widgets.map((w) => `${w.tag} fallback in the page`),
      'la-stat fallback in an earlier shadow root',
      'la-stat fallback in a later shadow root',
    ];
    for (const text of texts) await expect(page.getByText(text)).toBeHidden();
    await page.clock.runFor(2100);
    for (const text of texts) await expect(page.getByText(text)).toBeVisible();
  });
});

test.describe('what the loader fetches', () => {
  const widgetFiles = (page: Page) => {
    const files: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(servers.widgetOrigin)) files.push(new URL(request.url()).pathname.slice(1));
    });
    return files;
  };
  const markup = (tag: string) => widgetMarkup(tag, widgets.find((w) => w.tag === tag)?.example, servers.dataOrigin);

  test('a page with one kind of widget gets it in one file, with no shared core', async ({ page }) => {
    const watch = await watchPartnerPage(page);
    const files = widgetFiles(page);
    const url = servers.addPage('one-kind', {
      body: [1, 2, 3].map(() => `<section class="slot">${markup('la-stat')}</section>`).join(''),
      csp: strictCsp(servers.widgetOrigin, servers.dataOrigin),
    });
    await page.goto(url);
    await waitForWidgets(page, ['la-stat']);
    await page.waitForLoadState('networkidle');
    // Lazy chunks come from solo/chunks/ or, when both builds share them, from chunks/; never the core chunk.
    expect(files.filter((file) => !/^(solo\/)?chunks\/(?!core-)/.test(file))).toEqual(['loader.js', 'solo/stat.js']);
    expect(await watch.violations()).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  test('a page with several kinds shares one core between their files', async ({ page }) => {
    const watch = await watchPartnerPage(page);
    const files = widgetFiles(page);
    const url = servers.addPage('two-kinds', {
      body: `<section class="slot">${markup('la-stat')}</section><section class="slot">${markup('la-rights-faq')}</section>`,
      csp: strictCsp(servers.widgetOrigin, servers.dataOrigin),
    });
    await page.goto(url);
    await waitForWidgets(page, ['la-stat', 'la-rights-faq']);
    await page.waitForLoadState('networkidle');
    const before = files.filter((file) => !file.startsWith('chunks/') || /^chunks\/core-/.test(file));
    expect(before.sort()).toEqual(['loader.js', 'rights-faq.js', 'stat.js', expect.stringMatching(/^chunks\/core-[\w-]+\.js$/)].sort());
    expect(files.filter((file) => file.startsWith('solo/'))).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  test('a kind added later, from the shared build, reads data still on its way with the first widget: one request', async ({ page }) => {
    const watch = await watchPartnerPage(page);
    const statsUrl = `${servers.dataOrigin}/data/v1/stats.json`;
    let statsRequests = 0;
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route(statsUrl, async (route) => {
      statsRequests++;
      await answered;
      await route.continue();
    });
    const files = widgetFiles(page);
    const url = servers.addPage('later-kind', {
      body: `<section class="slot">${markup('la-stat')}</section>`,
      csp: strictCsp(servers.widgetOrigin, servers.dataOrigin),
    });
    await page.goto(url);
    await page.waitForFunction(() => customElements.get('la-stat'));
    await expect.poll(() => statsRequests).toBe(1);
    // While the figures' data is still on its way, the page adds a chart of the same data.
    await page.evaluate(
      (html) => document.body.insertAdjacentHTML('beforeend', html),
      `<section class="slot">${markup('la-stat-chart')}</section>`,
    );
    // Its loading line shows once it has asked for the data.
    await expect(page.locator('la-stat-chart [part="status"]')).toBeVisible();
    expect(files).toContain('solo/stat.js');
    expect(files).toContain('stat-chart.js');
    answer();
    // Both show their figures: no loading line, no error.
    await expect(page.locator('la-stat [part="status"], la-stat-chart [part="status"]')).toHaveCount(0);
    await expect(page.locator('[role="alert"]')).toHaveCount(0);
    await expect(page.locator('la-stat-chart svg, la-stat-chart table').first()).toBeAttached();
    expect(statsRequests).toBe(1);
    expect(watch.problems).toEqual([]);
  });
});

test.describe('a part of a widget that cannot load', () => {
  test('the checker whose words do not arrive shows the hotline and a retry, never an endless "loading"', async ({ page }) => {
    const watch = await watchPartnerPage(page);
    const blocked = '**/chunks/questions.zh-CN-*.js';
    await page.route(blocked, (route) => route.abort());
    const example = widgets.find((w) => w.tag === 'la-eligibility-checker')?.example;
    const url = servers.addPage('checker-words-fail', {
      body: `<section class="slot">${widgetMarkup('la-eligibility-checker', example, servers.dataOrigin)}</section>`,
      csp: strictCsp(servers.widgetOrigin, servers.dataOrigin),
    });
    await page.goto(url);
    const checker = page.locator('la-eligibility-checker');
    const alert = checker.getByRole('alert');
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(alert).toContainText('12348');
    await expect(checker.getByRole('status')).toHaveCount(0);
    await page.unroute(blocked);
    await alert.getByRole('button', { name: '再试一次' }).click();
    await expect(checker.getByRole('alert')).toHaveCount(0);
    await expect(checker.getByRole('heading', { level: 2 })).toBeVisible();
    expect(watch.problems.filter((problem) => !/questions\.zh-CN|ERR_FAILED/.test(problem))).toEqual([]);
  });
});

test.describe('the map whose Chinese words do not arrive', () => {
  // The map's Chinese load beside its data (lazyStrings), so they can fail on their own.
  const blocked = '**/chunks/workstation-map.strings.zh-CN-*.js';
  const example = () => widgets.find((w) => w.tag === 'la-workstation-map')?.example;

  test('says so with the hotline and "try again", never an endless "loading" or a key in place of a word', async ({ page }) => {
    const watch = await watchPartnerPage(page);
    await page.route(blocked, (route) => route.abort());
    const url = servers.addPage('map-words-fail', {
      body: `<section class="slot">${widgetMarkup('la-workstation-map', example(), servers.dataOrigin)}</section>`,
      csp: strictCsp(servers.widgetOrigin, servers.dataOrigin),
    });
    await page.goto(url);
    const map = page.locator('la-workstation-map');
    const alert = map.getByRole('alert');
    await expect(alert).toContainText('网络不通，信息没有读出来。', { timeout: 15_000 });
    await expect(alert.getByRole('link', { name: /12348/ })).toBeVisible();
    await expect(map.getByText('正在读取信息…')).toHaveCount(0);
    await expect(map, 'no list drawn without its words').not.toContainText('找到');
    await expect(map).not.toContainText(/\b(count|map\.open|near\.[a-z]+)\b/);
    expect(watch.problems.filter((problem) => !/workstation-map\.strings\.zh-CN|ERR_FAILED/.test(problem))).toEqual([]);
    await expectNoAxeViolations(page);
    // The screenshot's own style element is refused by the page's CSP, which the watch would count: after it.
    await expectScreen(page, 'map-words-failed', { fullPage: false });
    await page.unroute(blocked);
    await alert.getByRole('button', { name: '再试一次' }).click();
    await expect(map).toContainText('找到20个工作站');
    await expect(map.getByRole('alert')).toHaveCount(0);
  });

  test("keeps the partner's own list where there is one", async ({ page }) => {
    await page.route(blocked, (route) => route.abort());
    const markup = widgetMarkup('la-workstation-map', example(), servers.dataOrigin).replace(
      '</la-workstation-map>',
      '<ul><li>中山市法律援助中心 0760-00000100</li></ul></la-workstation-map>',
    );
    const url = servers.addPage('map-words-fail-fallback', {
      body: `<section class="slot">${markup}</section>`,
      csp: strictCsp(servers.widgetOrigin, servers.dataOrigin),
    });
    await page.goto(url);
    const map = page.locator('la-workstation-map');
    await expect(map.getByText('中山市法律援助中心 0760-00000100')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(map.getByText('中山市法律援助中心 0760-00000100')).toBeVisible();
    await expect(map.getByText('正在读取信息…')).toHaveCount(0);
  });
});

test.describe('a page with another version of the kit already registered', () => {
  test('raises no exception, warns in the console, and the page keeps working', async ({ page }) => {
    const watch = await watchPartnerPage(page);
    const tags = widgets.map((w) => w.tag);
    servers.addFile(
      'old-kit.js',
      'text/javascript',
      `for (const tag of ${JSON.stringify(tags)}) customElements.define(tag, class extends HTMLElement {
        static kitVersion = '0.0.1';
        connectedCallback() { this.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('p'), { textContent: 'old kit' })); }
      });
      document.addEventListener('click', (e) => { if (e.target.id === 'partner-button') e.target.textContent = 'clicked'; });`,
    );
    const url = servers.addPage('other-version', {
      head: `<script src="/old-kit.js"></script><script type="module" src="${servers.widgetOrigin}/demo-list.js"></script>`,
      body: `${allWidgetsMarkup(servers.dataOrigin)}<button id="partner-button" type="button">partner</button>`,
      csp: strictCsp(servers.widgetOrigin, servers.dataOrigin),
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await expect
      .poll(() => watch.warnings.filter((w) => w.includes('already defined by version 0.0.1')).length)
      .toBeGreaterThanOrEqual(tags.length);
    // The direct import of a widget entry (the npm way) warns too, through define().
    expect(
      watch.warnings.some((w) => /<la-demo-list> is already defined by version 0\.0\.1; version [\d.]+ will not replace it/.test(w)),
    ).toBe(true);
    for (const tag of tags) await expect(page.locator(`${tag} >> internal:text="old kit"`)).toBeVisible();
    await page.locator('#partner-button').click();
    await expect(page.locator('#partner-button')).toHaveText('clicked');
    expect(watch.problems).toEqual([]);
  });
});

test.describe('many widgets on one page', () => {
  test('twelve of each all render, and each data file is fetched once', async ({ page }) => {
    const watch = await watchPartnerPage(page);
    const dataRequests = new Map<string, number>();
    page.on('request', (request) => {
      if (request.url().startsWith(servers.dataOrigin)) dataRequests.set(request.url(), (dataRequests.get(request.url()) ?? 0) + 1);
    });
    const body = Array.from({ length: 12 }, () => allWidgetsMarkup(servers.dataOrigin)).join('\n');
    await page.goto(
      servers.addPage('many', {
        head: '<link rel="stylesheet" href="/partner.css">',
        body,
        csp: strictCsp(servers.widgetOrigin, servers.dataOrigin),
      }),
    );
    await waitForWidgets(page);
    await page.waitForLoadState('networkidle');
    // Light DOM only: a widget may hold others in its shadow root (a group of figures).
    for (const { tag } of widgets) expect(await page.evaluate((t) => document.querySelectorAll(t).length, tag), tag).toBe(12);
    expect(dataRequests.size, 'the widgets read their data from the data origin').toBeGreaterThan(0);
    for (const [url, count] of dataRequests) expect(count, url).toBe(1);
    expect(watch.problems).toEqual([]);
  });
});

test.describe('adding and removing widgets again and again', () => {
  test('leaves no listeners or timers behind', async ({ page }) => {
    await page.addInitScript(() => {
      // Count live listeners and pending timers before any kit code runs.
      type Record = { target: EventTarget; type: string; listener: unknown; capture: boolean };
      const live = new Set<Record>();
      const capture = (options: unknown) =>
        typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture);
      const add = EventTarget.prototype.addEventListener;
      const remove = EventTarget.prototype.removeEventListener;
      EventTarget.prototype.addEventListener = function (type: string, listener: unknown, options?: unknown) {
        const c = capture(options);
        if (listener && ![...live].some((r) => r.target === this && r.type === type && r.listener === listener && r.capture === c)) {
          live.add({ target: this, type, listener, capture: c });
        }
        return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
      };
      EventTarget.prototype.removeEventListener = function (type: string, listener: unknown, options?: unknown) {
        const c = capture(options);
        for (const r of live) if (r.target === this && r.type === type && r.listener === listener && r.capture === c) live.delete(r);
        return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
      };
      const timeouts = new Set<number>();
      const intervals = new Set<number>();
      const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
        const id: number = st(
          (...a: unknown[]) => {
            timeouts.delete(id);
            if (typeof fn === 'function') fn(...a);
          },
          ms,
          ...args,
        );
        timeouts.add(id);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        if (id !== undefined) timeouts.delete(id);
        ct(id);
      }) as typeof window.clearTimeout;
      window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
        const id = si(fn, ms, ...args);
        intervals.add(id);
        return id;
      }) as typeof window.setInterval;
      window.clearInterval = ((id?: number) => {
        if (id !== undefined) intervals.delete(id);
        ci(id);
      }) as typeof window.clearInterval;
      // Listeners on nodes no longer in the page are garbage, not leaks: count what the page still holds.
      const attached = (target: EventTarget) => !(target instanceof Node) || target.isConnected;
      (window as unknown as { __leakCounts: () => object }).__leakCounts = () => ({
        listeners: [...live].filter((r) => attached(r.target)).length,
        // What they are, for the failure message.
        which: [...live].filter((r) => attached(r.target)).map((r) => `${(r.target as object).constructor.name} ${r.type}`),
        timeouts: timeouts.size,
        intervals: intervals.size,
      });
    });
    await page.goto(servers.addPage('churn', { body: '<div id="stage"></div>', csp: strictCsp(servers.widgetOrigin, servers.dataOrigin) }));
    const markup = widgets.map((w) => widgetMarkup(w.tag, w.example, servers.dataOrigin)).join('');
    const cycle = (times: number) =>
      page.evaluate(
        async ({ markup, times, tags }) => {
          const stage = document.getElementById('stage')!;
          for (let i = 0; i < times; i++) {
            stage.innerHTML = markup;
            await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
            await Promise.all(
              [...stage.children].map(
                (el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve(),
              ),
            );
            await new Promise((resolve) => requestAnimationFrame(resolve));
            stage.replaceChildren();
          }
        },
        { markup, times, tags: widgets.map((w) => w.tag) },
      );
    type Counts = { listeners: number; which: string[]; timeouts: number; intervals: number };
    const counts = () => page.evaluate(() => (window as unknown as { __leakCounts: () => Counts }).__leakCounts());
    // A request still in flight when its widget left holds a timeout until its answer comes: that ends on its
    // own, so wait for the network to go quiet; a leaked timer or listener never goes away.
    const settled = async () => {
      await page.waitForLoadState('networkidle');
      return counts();
    };
    await cycle(1);
    const afterOne = await settled();
    await cycle(40);
    await expect
      .poll(async () => (await settled()).timeouts, { message: 'timeouts still pending', timeout: 15_000 })
      .toBeLessThanOrEqual(afterOne.timeouts);
    const afterMany = await counts();
    expect(afterMany.listeners, `listeners still attached: ${afterMany.which.join(', ')}`).toBeLessThanOrEqual(afterOne.listeners);
    expect(afterMany.intervals, 'intervals still running').toBeLessThanOrEqual(afterOne.intervals);
  });
});

test.describe('a partner stylesheet that fights back', () => {
  const hostileCss = `
    html { font-size: 10px; }
    * { box-sizing: content-box; }
    div { display: flex; }
    button { all: unset; }
    body { line-height: 1 !important; color: #c00 !important; font-size: 12px !important; letter-spacing: 1px !important; }
    p, li, a, h1, h2, h3, ul, span, section > * > * { margin: 40px !important; padding: 9px !important; color: #0a0 !important; text-transform: uppercase !important; }
    a { text-decoration: none !important; }
  `;

  // Resets that reach the host element itself: every property of the host reverted or unset, and large
  // italic red text on the page for it to inherit.
  const inheritedText = 'body { font: italic 44px/1 serif !important; color: #c00 !important; letter-spacing: 3px; }';
  const allRevert = `* { all: revert; } ${inheritedText}`;
  // The popular "new CSS reset" (Elad Shechter): all: unset on nearly everything.
  const newCssReset = `
    *:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; }
    *, *::before, *::after { box-sizing: border-box; }
    a, button { cursor: revert; }
    ol, ul, menu { list-style: none; }
    img { max-inline-size: 100%; max-block-size: 100%; }
    table { border-collapse: collapse; }
    textarea { white-space: revert; }
    :where(pre) { all: revert; box-sizing: border-box; }
    ::placeholder { color: unset; }
    :where([hidden]) { display: none; }
    ::-webkit-details-marker { display: none; }
    ${inheritedText}`;

  test('leaves every widget looking exactly as on a clean page', async ({ page }) => {
    servers.addFile('hostile.css', 'text/css', hostileCss);
    servers.addFile('all-revert.css', 'text/css', allRevert);
    servers.addFile('new-css-reset.css', 'text/css', newCssReset);
    // The widget at the same whole-pixel spot on both pages, whatever the hostile rules do to the page.
    servers.addFile('spot.css', 'text/css', '.slot { position: absolute; inset-inline-start: 0; top: 600px; }');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const csp = strictCsp(servers.widgetOrigin, servers.dataOrigin);
    const head = '<link rel="stylesheet" href="/partner.css"><link rel="stylesheet" href="/spot.css">';
    // One widget per page: a tall widget must not overlap the next.
    const shot = async (url: string, tag: string) => {
      await page.goto(url);
      await waitForWidgets(page, [tag]);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      // Settled: two shots in a row alike (on a busy machine the map may still be drawing after the network).
      const widget = page.locator(`section > ${tag}`);
      // Every card drawn, not only those near the screen (content-visibility), as in every baseline.
      await drawOffScreenContent(page);
      const options = { animations: 'disabled' } as const;
      let previous = await widget.screenshot(options);
      for (let tries = 0; tries < 10; tries++) {
        const next = await widget.screenshot(options);
        if (next.equals(previous)) return next;
        previous = next;
      }
      return previous;
    };
    for (const { tag, example } of widgets) {
      const body = `<section class="slot">${widgetMarkup(tag, example, servers.dataOrigin)}</section>`;
      const expected = await shot(servers.addPage(`clean-${tag}`, { head, body, csp }), tag);
      for (const sheet of ['hostile', 'all-revert', 'new-css-reset']) {
        const actual = await shot(
          servers.addPage(`${sheet}-${tag}`, { head: `${head}<link rel="stylesheet" href="/${sheet}.css">`, body, csp }),
          tag,
        );
        if (!actual.equals(expected)) {
          await test.info().attach(`${tag}-clean.png`, { body: expected, contentType: 'image/png' });
          await test.info().attach(`${tag}-${sheet}.png`, { body: actual, contentType: 'image/png' });
        }
        expect(actual.equals(expected), `${tag} looks the same on the page with ${sheet}.css`).toBe(true);
      }
    }
  });
});

test.describe('theming from the partner page', () => {
  test('the example partner theme and large-text mode reach inside every widget', async ({ page }) => {
    servers.addFile('theme.css', 'text/css', fs.readFileSync('components/themes/partner-example.css', 'utf8'));
    const csp = strictCsp(servers.widgetOrigin, servers.dataOrigin);
    const body = `${allWidgetsMarkup(servers.dataOrigin)}<div class="large-text">${allWidgetsMarkup(servers.dataOrigin)}</div>`;
    await page.goto(servers.addPage('themed', { head: '<link rel="stylesheet" href="/theme.css">', body, csp }));
    await waitForWidgets(page);
    for (const { tag } of widgets) {
      const [plain, large] = [page.locator(`main > section > ${tag}`), page.locator(`.large-text > section > ${tag}`)];
      // The widget's private token resolves to the partner's colour.
      expect(await plain.evaluate((el) => getComputedStyle(el).getPropertyValue('--_primary').trim())).toBe('#8a1c1c');
      // The text size of what the widget shows: its wrapper's (the host keeps the page's own).
      const size = (el: Element) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.la-root')!).fontSize);
      expect(await plain.evaluate(size)).toBe(16);
      expect(await large.evaluate(size), `${tag} grows with --la-text-scale`).toBeCloseTo(16 * 1.3);
      await plain.evaluate((el) => el.setAttribute('large-text', ''));
      expect(await plain.evaluate(size), `${tag} grows with large-text`).toBeCloseTo(16 * 1.3);
    }
  });

  test('the example theme restyles the error box and hotline of every widget through ::part', async ({ page }) => {
    servers.addFile('theme.css', 'text/css', fs.readFileSync('components/themes/partner-example.css', 'utf8'));
    const csp = strictCsp(servers.widgetOrigin, servers.dataOrigin);
    // Every widget reads a file the data host does not have, and shows its error.
    const body = allWidgetsMarkup(servers.dataOrigin, { src: `${servers.dataOrigin}/data/missing.json` });
    await page.goto(servers.addPage('themed-errors', { head: '<link rel="stylesheet" href="/theme.css">', body, csp }));
    // The harness's test widget is not the kit's, and the theme does not name it. The work log reads no file
    // (its error, a phone that cannot store, is in work-log.spec.ts).
    for (const { tag } of widgets.filter((w) => w.tag !== 'la-demo-list' && w.example?.attributes['src'])) {
      const error = page.locator(`main > section > ${tag} [part~="error"]`).first();
      await expect(error, `${tag} shows its error`).toBeVisible();
      // Polled: a widget may draw its error box again (when its words arrive), and a box read as it is
      // replaced has no computed style.
      await expect
        .poll(() => error.evaluate((el) => getComputedStyle(el).borderInlineStartWidth), { message: `${tag}::part(error)` })
        .toBe('6px');
      const hotline = page.locator(`main > section > ${tag} [part~="hotline"]`).first();
      await expect.poll(() => hotline.evaluate((el) => getComputedStyle(el).fontWeight), { message: `${tag}::part(hotline)` }).toBe('700');
    }
  });
});
