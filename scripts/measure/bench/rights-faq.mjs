// <la-rights-faq>: the widget's gzip size against its budget, and how long one keystroke's search takes over
// 1,000 generated entries (search.ts bundled with esbuild and run in Node, which has Intl.Segmenter).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const ENTRIES = 1000;
const QUERIES = ['拖欠工资怎么办', '工地上摔伤了', '没签劳动合同双倍工资', 'unpaid wages', '１２３４８'];

/** Bundles search.ts into a temporary ES module and imports it. */
async function loadSearch() {
  const outfile = path.resolve('.tmp/bench/search.mjs');
  await esbuild.build({
    entryPoints: ['components/rights-faq/search.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'silent',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** Entries shaped like the real FAQ: Chinese questions and answers of the usual length, with synonyms. */
function generate(count) {
  const words = [
    '工资',
    '老板',
    '包工头',
    '工地',
    '受伤',
    '合同',
    '仲裁',
    '法律援助',
    '证据',
    '欠条',
    '社保',
    '时效',
    '总包',
    '告示牌',
    '律师',
  ];
  const pick = (i, n) => Array.from({ length: n }, (_, k) => words[(i * 7 + k * 3) % words.length]).join('');
  return Array.from({ length: count }, (_, i) => ({
    question: `${pick(i, 3)}怎么办？第${i}问`,
    synonyms: [pick(i + 1, 1), pick(i + 2, 1)],
    text: `${pick(i, 40)}。您可以打12348咨询。`.repeat(3),
  }));
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

export default async () => {
  const { buildIndex, search } = await loadSearch();
  const index = buildIndex(generate(ENTRIES));
  const times = [];
  for (let round = 0; round < 5; round++) {
    for (const query of QUERIES) {
      // One search per keystroke: every prefix of the query, as the user types it.
      for (let end = 1; end <= query.length; end++) {
        const started = performance.now();
        search(index, query.slice(0, end));
        times.push(performance.now() - started);
      }
    }
  }
  times.sort((a, b) => a - b);
  const ms = (value) => Number(value.toFixed(2));
  return [
    { name: `rights-faq: search per keystroke, ${ENTRIES} entries, median`, value: ms(percentile(times, 50)), unit: 'ms' },
    { name: `rights-faq: search per keystroke, ${ENTRIES} entries, p95`, value: ms(percentile(times, 95)), unit: 'ms' },
  ];
};
