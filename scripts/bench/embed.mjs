// Benchmark plugin for the plain <script> embed (needs `npm run build`):
//  - gzip bytes of the CDN loader and of each CDN widget file with the chunks it imports statically (the
//    core chunk), against the entry budgets of scripts/budgets.mjs, and how many files that is;
//  - the same with the chunks the widget always loads at once (the `eager` modules of its budget row,
//    such as the words of its language), to compare with the npm entry rows;
//  - time from the loader starting to each widget being defined, on a strict-CSP partner page whose
//    widgets come from another origin (median of a few loads).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { entryBudgets } from '../budgets.mjs';
import { dynamicImports, staticClosure } from '../cdn-imports.mjs';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { folderHandler, pagesHandler, partnerPage, startServer, strictCsp } from '../embed-servers.mjs';
import { gzipSize } from '../sizes.mjs';

const CDN = 'dist/cdn';
const RUNS = 5;

const gzipOf = (files) => [...files].reduce((sum, file) => sum + gzipSize(fs.readFileSync(file)), 0);

/** The lazy chunks of `files` built from the source modules `eager` (chunks/<module name>-<hash>.js). */
function eagerChunks(files, eager = []) {
  const loaded = [...files].flatMap((file) => dynamicImports(file).map((specifier) => path.join(path.dirname(file), specifier)));
  return eager.map((source) => {
    const name = path.basename(source, '.ts').replace(/\./g, '\\.');
    const chunk = loaded.find((file) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(path.basename(file)));
    if (!chunk) throw new Error(`no CDN chunk for ${source}`);
    return chunk;
  });
}

export default async function embedBench() {
  if (!fs.existsSync(`${CDN}/manifest.json`)) return [{ name: 'embed: dist/cdn not built', value: 0, unit: '' }];
  const cdn = JSON.parse(fs.readFileSync(`${CDN}/manifest.json`, 'utf8'));
  const budgetOf = (id) => entryBudgets.find((row) => row.id === id)?.budget;
  const rows = [
    { name: 'embed: cdn loader.js (gzip)', value: gzipOf(staticClosure([`${CDN}/loader.js`])), unit: 'B', budget: budgetOf('loader') },
  ];
  for (const [tag, entry] of Object.entries(cdn.widgets)) {
    const id = tag.replace(/^la-/, '');
    const files = staticClosure([`${CDN}/${entry.file}`]);
    const eager = eagerChunks(files, entryBudgets.find((row) => row.id === id)?.eager);
    // The budget goes on the figure counted as the npm entry is: with the chunks fetched at once (words).
    rows.push(
      {
        name: `embed: cdn ${entry.file} with shared chunks (gzip)`,
        value: gzipOf(files),
        unit: 'B',
        budget: eager.length ? undefined : budgetOf(id),
      },
      { name: `embed: cdn ${entry.file} files loaded before it runs`, value: files.size, unit: 'files' },
    );
    if (eager.length) {
      rows.push({
        name: `embed: cdn ${entry.file} with shared and eager chunks (gzip)`,
        value: gzipOf(staticClosure(eager, new Set(files))),
        unit: 'B',
        budget: budgetOf(id),
      });
    }
  }
  const tags = Object.keys(cdn.widgets);
  if (!tags.length || !fs.existsSync('dist-site/data')) return rows;

  const pages = new Map();
  const [partner, widgetHost, data] = await Promise.all([
    startServer(pagesHandler(pages)),
    startServer(folderHandler(CDN)),
    startServer(folderHandler('dist-site')),
  ]);
  const examples = JSON.parse(fs.readFileSync('src/lib/embed-examples.json', 'utf8'));
  const attributes = (tag) =>
    Object.entries(examples[tag]?.attributes ?? {})
      .map(([name, value]) => ` ${name}="${value.startsWith('/data/') ? data.origin + value : value}"`)
      .join('');
  const body = tags.map((tag) => `<${tag}${attributes(tag)}></${tag}>`).join('');
  pages.set('/bench.html', {
    type: 'text/html; charset=utf-8',
    body: partnerPage({ body, loaderUrl: `${widgetHost.origin}/loader.js` }),
    csp: strictCsp(widgetHost.origin, data.origin),
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const times = new Map(tags.map((tag) => [tag, []]));
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      await page.goto(`${partner.origin}/bench.html`);
      const result = await page.evaluate(async (list) => {
        const loader = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/loader.js'));
        const start = loader ? loader.responseEnd : 0;
        return Object.fromEntries(
          await Promise.all(list.map(async (tag) => [tag, (await customElements.whenDefined(tag), performance.now()) - start])),
        );
      }, tags);
      for (const tag of tags) times.get(tag).push(result[tag]);
      await page.close();
    }
  } finally {
    await browser.close();
    await Promise.all([partner.close(), widgetHost.close(), data.close()]);
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const tag of tags) {
    rows.push({ name: `embed: loader → <${tag}> defined, strict CSP (median)`, value: Math.round(median(times.get(tag))), unit: 'ms' });
  }
  return rows;
}
