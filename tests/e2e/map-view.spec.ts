import fs from 'node:fs';
import zlib from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, expectScreen, PHONE, PHONE_ZOOM_200, watchPage } from './helpers.js';

// The workstation map as a person sees it: drawn with its own styles, pointing to the right place, closed
// on holidays. Every screen is taken at a fixed instant: Friday 4 December 2026, 10:00 in Shanghai.
const content = JSON.parse(fs.readFileSync('content/workstations/zhongshan-sample.json', 'utf8')) as {
  workstations: { id: string; name: Record<string, string>; location?: unknown; agency_type: string }[];
};
const mapped = content.workstations.filter((ws) => ws.location);
const FRIDAY_10 = new Date('2026-12-04T10:00:00+08:00');
const widget = (page: Page) => page.locator('la-workstation-map');
const map = (page: Page) => widget(page).locator('.leaflet-container');
const card = (page: Page, id: string) => widget(page).locator(`.list > #ws-${id}`);

/** Opens /map/ (or /en/map/) at the fixed instant; on a phone the map opens on request. */
async function openMap(page: Page, path = '/map/', { open = true } = {}) {
  await page.clock.setFixedTime(FRIDAY_10);
  await page.goto(path);
  await expect(widget(page).locator('.list > .item').first()).toBeVisible();
  // A screen 60em wide opens the map by itself; a phone on request.
  if (open && page.viewportSize()!.width < 960) await widget(page).locator('.map-area > button').click();
  if (open) await expect(widget(page).locator('.la-marker, .la-cluster').first()).toBeAttached();
}

/** Whether a card stays where it is over two frames (the list has finished bringing it up). */
const settledTop = (page: Page, id: string) =>
  card(page, id).evaluate(async (el) => {
    const before = el.getBoundingClientRect().top;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return Math.abs(el.getBoundingClientRect().top - before) < 1;
  });

/** A 256 px map tile drawn here (pale ground, a road grid): the "tile server" is this test, on the site's own origin. */
function tilePng(): Buffer {
  const size = 256;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const road = x % 64 < 3 || y % 64 < 3;
      row.set(road ? [255, 255, 255] : [222, 236, 214], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Points the page's map at tiles served under /test-tiles/ on the site's own origin, up or down. */
async function useTestTiles(page: Page, baseURL: string, up: boolean) {
  const tile = tilePng();
  await page.route('**/test-tiles/**', (route) =>
    up ? route.fulfill({ status: 200, contentType: 'image/png', body: tile }) : route.fulfill({ status: 503, body: 'down' }),
  );
  const template = `${baseURL}/test-tiles/{z}/{x}/{y}.png`;
  await page.addInitScript((tiles) => {
    document.addEventListener('DOMContentLoaded', () => {
      const el = document.querySelector('la-workstation-map')!;
      el.setAttribute('tiles', tiles);
      el.setAttribute('tiles-attribution', 'Test tiles');
      el.setAttribute('tiles-timeout', '3000');
    });
  }, template);
}

test.use({ timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });

test.describe('the map draws with its own styles', () => {
  test('cluster badges, town names and pins are styled, and Leaflet has every rule of its installed sheet', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openMap(page);
    const cluster = widget(page).locator('.la-cluster').first();
    await expect(cluster).toHaveCSS('background-color', 'rgb(11, 83, 148)');
    await expect(cluster).toHaveCSS('border-radius', '50%');
    // Town names on one line, never two names on top of each other, at the first zoom and closer in.
    for (const zoomIn of [false, true]) {
      if (zoomIn) await widget(page).locator('.leaflet-control-zoom-in').click();
      const boxes = await widget(page)
        .locator('.la-place:not(.la-hidden)')
        .evaluateAll((els) => els.map((el) => [el.getBoundingClientRect().toJSON(), getComputedStyle(el).lineHeight] as const));
      expect(boxes.length).toBeGreaterThan(0);
      for (const [box, line] of boxes) expect(box.height).toBeLessThan(parseFloat(line) * 1.5 + 4);
      for (const [i, [a]] of boxes.entries())
        for (const [b] of boxes.slice(i + 1))
          expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, 'two town names overlap').toBe(false);
    }
    // Leaflet's own sheet: compared rule by rule with the installed leaflet/dist/leaflet.css.
    const installed = fs.readFileSync('node_modules/leaflet/dist/leaflet.css', 'utf8');
    const { adopted, expected } = await widget(page).evaluate((el, text) => {
      const rules = (sheet: CSSStyleSheet) => [...sheet.cssRules].map((r) => r.cssText);
      const reference = new CSSStyleSheet();
      reference.replaceSync(text);
      const leaflet = el.shadowRoot!.adoptedStyleSheets.find((s) => [...s.cssRules].some((r) => r.cssText.startsWith('.leaflet-pane')))!;
      return { adopted: rules(leaflet), expected: rules(reference) };
    }, installed);
    expect(adopted).toEqual(expected);
    expect(adopted).toContain('.leaflet-zoom-animated { transform-origin: 0px 0px; }');
    // Zoom until single pins show: a pin is drawn in the kit's blue, not black.
    await cluster.click();
    const pin = widget(page).locator('.la-marker path').first();
    await expect(pin).toHaveCSS('fill', 'rgb(11, 83, 148)');
  });

  test('the /embed/ preview of the map has the same styles', async ({ page }) => {
    await page.clock.setFixedTime(FRIDAY_10);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/embed/');
    await page.locator('#embed-widget').selectOption('la-workstation-map');
    const preview = page.locator('[data-embed-preview] la-workstation-map');
    await expect(preview.locator('.list > .item').first()).toBeVisible();
    // A wide screen may open the map by itself; otherwise open it.
    const container = preview.locator('.leaflet-container');
    await expect(async () => {
      if (!(await container.isVisible())) await preview.getByRole('button', { name: '打开地图' }).click();
      await expect(preview.locator('.la-marker, .la-cluster').first()).toBeAttached({ timeout: 5000 });
    }).toPass({ timeout: 40_000 });
    // The map's own sheet: the sketch's ground, the pins' blue.
    await expect(container).toHaveCSS('background-color', 'rgb(232, 238, 243)');
    const pinOrBadge = await preview
      .locator('.la-marker path, .la-cluster')
      .first()
      .evaluate((el) => (el.tagName === 'path' ? getComputedStyle(el).fill : getComputedStyle(el).backgroundColor));
    expect(pinOrBadge).toBe('rgb(11, 83, 148)');
    await expect(preview.locator('.la-place').first()).toHaveCSS('white-space', 'nowrap');
    const zoomRule = await preview.evaluate((el) =>
      el
        .shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText))
        .find((r) => r.startsWith('.leaflet-zoom-animated')),
    );
    expect(zoomRule).toBe('.leaflet-zoom-animated { transform-origin: 0px 0px; }');
  });
});

test.describe('map and list point to the same place', () => {
  // The offline copy is map.spec.ts's concern: here the service worker, installing alongside on a busy
  // machine, would only add timing (one full run lost 「在地图上看」's card while it precached the site).
  test.use({ serviceWorkers: 'block' });
  test('tapping each pin brings that workstation’s card into view, selected', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openMap(page);
    const seen = new Set<string>();
    /** The pins (their ids) or cluster badges (their indexes) drawn inside the map's box right now. */
    const inMap = (selector: string) =>
      widget(page)
        .locator(selector)
        .evaluateAll((els) => {
          const box = els[0]?.closest('.leaflet-container')?.getBoundingClientRect();
          return els.flatMap((el, i) => {
            const r = el.getBoundingClientRect();
            const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
            return box && x > box.left && x < box.right && y > box.top && y < box.bottom
              ? [(el as HTMLElement).dataset['id'] ?? String(i)]
              : [];
          });
        });
    // District by district (the map frames the filtered list), zooming into each cluster in turn.
    const districts = [...new Set(content.workstations.filter((ws) => ws.location).map((ws) => (ws as { district?: string }).district!))];
    for (const district of districts) {
      await widget(page).locator('select[name="district"]').selectOption(district);
      for (let round = 0; round < 6; round++) {
        for (const id of (await inMap('.la-marker[data-id]')).filter((id) => !seen.has(id))) {
          seen.add(id);
          await widget(page).locator(`.la-marker[data-id="${id}"]`).click();
          const chosen = card(page, id);
          await expect(chosen).toHaveClass(/selected/);
          await expect(chosen).toBeInViewport();
          // The card at the top of the screen is this one.
          const top = await chosen.evaluate((el) => el.getBoundingClientRect().top);
          expect(Math.abs(top), `card of ${id} is at ${top}px`).toBeLessThan(PHONE.height / 4);
        }
        const clusters = await inMap('.la-cluster');
        if (clusters.length) await widget(page).locator('.la-cluster').nth(Number(clusters[0])).click();
        else break;
      }
    }
    expect([...seen].sort()).toEqual(mapped.map((ws) => ws.id).sort());
  });

  test('「在地图上看」 on a card brings the map into view, centred on that workstation, its name shown', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openMap(page, '/map/', { open: false });
    const target = mapped.find((ws) => ws.id === 'justice-huangpu')!;
    // The last but two of twenty: three pages down the list.
    await widget(page).getByRole('button', { name: '再显示8个' }).click();
    await widget(page).getByRole('button', { name: '再显示4个' }).click();
    await card(page, target.id).getByRole('button', { name: '在地图上看' }).click();
    await expect(map(page)).toBeInViewport();
    const pin = widget(page).locator(`.la-marker[data-id="${target.id}"]`);
    await expect(pin).toBeFocused();
    await expect(pin).toHaveClass(/la-marker--selected/);
    await expect(widget(page).locator('.la-name')).toHaveText(target.name['zh-CN']!);
    // Centred: the pin's tip is at the middle of the map.
    const [pinBox, mapBox] = [await pin.boundingBox(), await map(page).boundingBox()];
    expect(Math.abs(pinBox!.x + pinBox!.width / 2 - (mapBox!.x + mapBox!.width / 2))).toBeLessThan(4);
    expect(Math.abs(pinBox!.y + pinBox!.height - (mapBox!.y + mapBox!.height / 2))).toBeLessThan(4);
    await expectScreen(page, 'map-selected-phone-zh', { fullPage: false });
    // Enter on the pin goes back to the card.
    await page.keyboard.press('Enter');
    await expect(card(page, target.id)).toBeInViewport();
    await expectScreen(page, 'map-selected-card-phone-zh', { fullPage: false });
    await expectNoAxeViolations(page);
  });

  test('the worker’s own position is drawn only once they let the phone share it', async ({ page, context }) => {
    await page.setViewportSize(PHONE);
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 22.67, longitude: 113.25 });
    await openMap(page);
    await expect(widget(page).locator('.la-here')).toHaveCount(0);
    await widget(page).getByRole('button', { name: '按离我远近排列' }).click();
    await expect(widget(page).locator('.near-status')).toContainText('按离您的位置的远近排列');
    const here = widget(page).locator('.la-here [role="img"]');
    await expect(here).toHaveAccessibleName('您在这里');
    await expect(here).toBeVisible();
  });

  test('a refused position draws nothing, and the district picker sorts instead', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openMap(page);
    await widget(page).getByRole('button', { name: '按离我远近排列' }).click();
    await expect(widget(page).locator('#la-near-district')).toBeVisible();
    await widget(page).locator('#la-near-district').selectOption('xiaolan');
    await expect(widget(page).locator('.list > .item .distance').first()).toContainText('离小榄镇');
    await expect(widget(page).locator('.la-here')).toHaveCount(0);
  });
});

test.describe('look at it', () => {
  for (const [lang, path] of [
    ['zh', '/map/'],
    ['en', '/en/map/'],
  ] as const) {
    test(`the sketch map with clusters and a selected pin, phone and 200 % zoom, ${lang}`, async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await page.setViewportSize(PHONE);
      await openMap(page, path);
      await map(page).scrollIntoViewIfNeeded();
      await expectScreen(page, `map-sketch-phone-${lang}`, { fullPage: false });
      // A cluster opened: its pins, the chosen one with its name.
      await widget(page).locator('.la-cluster').first().click();
      const pin = widget(page).locator('.la-marker[data-id]').first();
      const id = (await pin.getAttribute('data-id'))!;
      await pin.click();
      // The list has brought the card up and stopped moving; then back to the map.
      await expect(card(page, id)).toBeInViewport();
      await expect.poll(() => settledTop(page, id)).toBe(true);
      await map(page).scrollIntoViewIfNeeded();
      await expect(widget(page).locator('.la-name')).toBeVisible();
      await expectScreen(page, `map-cluster-open-phone-${lang}`, { fullPage: false });
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
    });

    test(`a desktop with tiles from a local tile server, ${lang}`, async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await useTestTiles(page, baseURL!, true);
      await page.setViewportSize({ width: 1280, height: 900 });
      await openMap(page, path);
      await expect.poll(() => widget(page).locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(3);
      await expect(widget(page).locator('.leaflet-control-attribution')).toContainText('Test tiles');
      await expect(widget(page).locator('.map-wrap .map-status')).toHaveText('');
      await map(page).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expectScreen(page, `map-tiles-desktop-${lang}`, { fullPage: false });
      expect(problems).toEqual([]);
    });
  }

  test('at 200 % zoom (a 195 px wide phone) the open map fits, nothing sideways', async ({ page }) => {
    await page.setViewportSize(PHONE_ZOOM_200);
    await openMap(page);
    await map(page).scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page);
    await expectScreen(page, 'map-zoom200-zh', { fullPage: false });
    await expectNoAxeViolations(page);
  });

  test('a holiday calendar that cannot be loaded: the list says to call before going on a holiday', async ({ page }) => {
    await page.route('**/data/calendar.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.setViewportSize(PHONE);
    await openMap(page, '/map/', { open: false });
    const note = widget(page).getByText('放假安排没有加载出来，节假日去之前先打电话。');
    await expect(note).toBeVisible();
    await note.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expectScreen(page, 'map-no-calendar-phone-zh', { fullPage: false });
    await expectNoAxeViolations(page);
  });

  test('a tile server that is down: a clear message, and the list and pins still work', async ({ page, baseURL }) => {
    await useTestTiles(page, baseURL!, false);
    await page.setViewportSize(PHONE);
    await openMap(page);
    await expect(widget(page).locator('.map-wrap .map-status')).toHaveText('地图底图没有加载出来。工作站的点和名单照常可以用。');
    await widget(page)
      .locator('.map-wrap .map-status')
      .evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await expectScreen(page, 'map-tiles-down-phone-zh', { fullPage: false });
    await widget(page).locator('input[name="q"]').fill('中山市小榄镇');
    await expect(widget(page).locator('.list > .item')).toHaveCount(2);
    const pin = widget(page).locator('.la-marker[data-id]').first();
    const id = (await pin.getAttribute('data-id'))!;
    await pin.click();
    await expect(card(page, id)).toBeInViewport();
    await expectNoAxeViolations(page);
  });
});

test.describe('"open now" follows the holiday calendar in Shanghai time, on a phone set to New York', () => {
  test.use({ timezoneId: 'America/New_York' });
  const cases = [
    ['国庆 (a Friday)', '2026-10-02T10:00:00+08:00', '国庆节放假，10月8日周四8:30开门'],
    ['a 调休 working Saturday', '2026-10-10T09:00:00+08:00', '现在开门，12:00关门'],
    ['the lunch break', '2026-12-04T12:30:00+08:00', '现在关门，今天14:30开门'],
    ['the last half hour', '2026-12-04T17:10:00+08:00', '快关门了，17:30关门'],
  ] as const;
  for (const [when, instant, text] of cases)
    test(`on ${when}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(instant));
      await page.goto('/map/?type=court');
      const open = widget(page).locator('.list > .item .open');
      await expect(open.first()).toHaveText(text);
      await expect(open).toHaveText(Array(await open.count()).fill(text));
    });

  test('「只看现在开门的」 finds nothing on 国庆', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-10-02T10:00:00+08:00'));
    await page.goto('/map/?open=1');
    await expect(widget(page).locator('.empty-title')).toBeVisible();
  });
});

test.describe('nearest first, search and directions', () => {
  test('「按离我远近排列」 comes before the filters; 「中山市小榄镇」 finds 小榄; the links open directions, nothing requested', async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, baseURL!);
    await page.setViewportSize(PHONE);
    await openMap(page, '/map/', { open: false });
    const near = await widget(page).getByRole('button', { name: '按离我远近排列' }).boundingBox();
    const filters = await widget(page).locator('form.filters').boundingBox();
    expect(near!.y).toBeLessThan(filters!.y);
    // On the first screen of a phone, under the page's title.
    expect(near!.y + near!.height).toBeLessThan(PHONE.height);
    await widget(page).locator('input[name="q"]').fill('中山市小榄镇');
    await expect(widget(page).locator('.list > .item h2')).toHaveText([/小榄/, /小榄/]);
    const first = widget(page).locator('.list > .item').first();
    const hrefs = await first.locator('.actions a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.map((h) => new URL(h).origin + new URL(h).pathname)).toEqual([
      'https://uri.amap.com/navigation',
      'https://apis.map.qq.com/uri/v1/routeplan',
      'https://api.map.baidu.com/direction',
    ]);
    await expect(first.getByRole('link', { name: '百度地图导航' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
});

test.describe('a workstation’s own changes to its hours', () => {
  test.use({ timezoneId: 'America/New_York' });
  for (const [lang, path, change, today] of [
    ['zh', '/map/?q=小榄司法所', '12月24日不接待（示例：镇里开普法大会）', '今天不接待，12月25日周五8:30开门'],
    [
      'en',
      '/en/map/?q=Xiaolan%20Justice',
      '24 December: closed (sample: a town legal-awareness fair)',
      'Closed today; opens Fri, Dec 25 at 8:30',
    ],
  ] as const)
    test(`小榄司法所 is closed on 24 December for a local event: its card says so before and on the day, ${lang}`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      // Before: the change is listed under the weekly hours; the station is open as usual.
      await page.clock.setFixedTime(FRIDAY_10);
      await page.goto(path);
      const item = card(page, 'justice-xiaolan');
      await expect(item.locator('dd').filter({ hasText: change })).toBeVisible();
      await expect(item.locator('.open')).toHaveText(lang === 'zh' ? '现在开门，12:00关门' : 'Open now, closes at 12:00');
      // On the day: closed, and when it opens again, in Shanghai time on a phone set to New York.
      await page.clock.setFixedTime(new Date('2026-12-24T10:00:00+08:00'));
      await page.reload();
      await expect(item.locator('.open')).toHaveText(today);
      await expect(item.locator('dd').filter({ hasText: change })).toBeVisible();
      await item.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expectScreen(page, `map-card-closed-for-event-${lang}`, { fullPage: false });
      await expectNoAxeViolations(page);
      // 「只看现在开门的」 leaves it out that day.
      await widget(page).locator('input[name="open"]').check();
      await expect(widget(page).locator('.empty-title')).toBeVisible();
    });
});
