import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The Storybook the site publishes under /storybook/ is the partners' catalogue: every story of a widget
// must show that widget, in the state it is named for, with no uncaught error and nothing for axe. One
// page per widget, moving from story to story as Storybook's own sidebar does. Needs the site and
// Storybook built (npm test builds both).
interface IndexEntry {
  id: string;
  name: string;
  title: string;
  type: 'story' | 'docs';
}
const indexFile = 'dist-site/storybook/index.json';
const entries: IndexEntry[] = fs.existsSync(indexFile)
  ? Object.values((JSON.parse(fs.readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> }).entries)
  : [];
const byWidget = new Map<string, IndexEntry[]>();
for (const entry of entries) {
  if (entry.type !== 'story' || entry.title.startsWith('Core/')) continue;
  byWidget.set(entry.title, [...(byWidget.get(entry.title) ?? []), entry]);
}

test('the published Storybook has the stories of every widget', () => {
  expect(byWidget.size, `run npm run build-storybook after the site build (${indexFile})`).toBeGreaterThanOrEqual(6);
});

/**
 * The stories axe reads: each widget's own views in the states every widget has (tests/build/stories.test.mjs
 * checks that they exist). The loading line and the error box are the core's, the same in every widget:
 * axe reads them in the error stories and in the core's component tests.
 */
const AXE_STATES = /^(Ready|Error|Load Error|Not Found|Large Text|English)$/;

type Channel = { once(event: string, listener: () => void): void; emit(event: string, payload: unknown): void };

/** Shows story `id` in the open preview, as a click in the sidebar does, and waits until it has rendered. */
async function showStory(page: Page, id: string): Promise<void> {
  await page.evaluate(
    (storyId) =>
      new Promise<void>((resolve) => {
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
        channel.once('storyRendered', resolve);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    id,
  );
}

for (const [title, stories] of byWidget) {
  test(`every story of ${title} shows its widget in the state it names; its own views pass axe`, async ({ page }) => {
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    // The a11y addon runs axe after each render by itself; it waits here, so that the two never overlap.
    await page.goto(`/storybook/iframe.html?id=${stories[0]!.id}&viewMode=story&globals=a11y.manual:!true`);
    const root = page.locator('#storybook-root');
    for (const [index, story] of stories.entries()) {
      await test.step(story.name, async () => {
        if (index) await showStory(page, story.id);
        // The widget is defined and has drawn something in its shadow root.
        await page.waitForFunction(() => {
          const widget = [...document.querySelectorAll('#storybook-root *')].find((el) => el.localName.startsWith('la-'));
          return !!widget && !!customElements.get(widget.localName) && (widget.shadowRoot?.childElementCount ?? 0) > 0;
        });
        if (story.name === 'Loading') await expect(root.locator('[part="status"]').first()).toBeVisible();
        if (/^(Ready|Large Text|English)$/.test(story.name)) {
          // Ready: the loading line has gone and nothing went wrong.
          await expect(root.locator('[part="status"]')).toHaveCount(0);
          await expect(root.locator('[role="alert"]')).toHaveCount(0);
        }
        if (story.name === 'Large Text') {
          // The type is 1.3 times what it would be: the page around the widget keeps its size.
          const growth = await root
            .locator('[large-text]')
            .first()
            .evaluate(
              (el) =>
                parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.la-root')!).fontSize) /
                parseFloat(getComputedStyle(el.parentElement!).fontSize),
            );
          expect(growth).toBeCloseTo(1.3);
        }
        if (/Error|Not Found/.test(story.name)) {
          const alert = root.locator('[role="alert"]').first();
          await expect(alert).toBeVisible();
          await expect(alert).toContainText('12348');
        }
        // axe takes about a second a story here.
        if (AXE_STATES.test(story.name)) {
          const axe = await new AxeBuilder({ page })
            .include('#storybook-root')
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .analyze();
          expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        }
      });
    }
    expect(uncaught).toEqual([]);
  });
}
