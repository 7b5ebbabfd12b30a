import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Controls and docs come from the manifest generated from the components' JSDoc (`npm run analyze`).
setCustomElementsManifest(manifest);

// The Loading stories read /never-answers.json. A static Storybook has no server that could hang, so here
// that address never answers (until the widget gives up), and the loading view stays on screen.
const networkFetch = window.fetch.bind(window);
window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (!url.pathname.endsWith('/never-answers.json')) return networkFetch(input, init);
  return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error)));
}) as typeof fetch;

const preview: Preview = {
  // Every component gets a docs page whose attributes, events, slots, parts and custom properties come from
  // custom-elements.json; the a11y addon runs axe on every story and fails on a violation.
  tags: ['autodocs'],
  parameters: { a11y: { test: 'error' }, controls: { expanded: true } },
  globalTypes: {
    lang: {
      description: 'Page language',
      toolbar: {
        title: 'Language',
        items: [
          { value: 'zh-CN', title: '中文' },
          { value: 'en', title: 'English' },
        ],
      },
    },
  },
  initialGlobals: { lang: 'zh-CN' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals.lang as string) ?? 'zh-CN';
      return story();
    },
  ],
};
export default preview;
