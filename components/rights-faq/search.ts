/**
 * Search for the FAQ, written for how workers type on a phone: full-width or half-width characters, any
 * punctuation, everyday words for legal ones. Pure, no DOM, so it is tested with a relevance table and
 * benchmarked in Node.
 */

export interface Searchable {
  question: string;
  synonyms: string[];
  /** The answer as plain words. */
  text: string;
}

export interface Hit<T> {
  item: T;
  score: number;
  /** [start, end) ranges in the question to highlight. */
  ranges: [number, number][];
}

export interface Indexed<T> {
  item: T;
  question: string;
  synonyms: string;
  text: string;
  /** All three together: most words are in no field, and one scan says so. */
  all: string;
}

/** Longer queries are cut here: a pasted essay must not freeze a cheap phone. */
export const MAX_QUERY = 64;

/** Everyday words a worker types, grouped with the words the answers use. Each group is searched as one. */
export const SYNONYMS: string[][] = [
  [
    '欠薪',
    '拖欠工资',
    '讨薪',
    '工资不给',
    '不给工资',
    '不发工资',
    '没发工资',
    '欠工资',
    '克扣',
    '工钱',
    '要工资',
    '不给钱',
    'unpaid',
    'wages',
    'pay',
  ],
  ['工伤', '受伤', '摔伤', '砸伤', '伤了', '弄伤', '事故', '工伤认定', 'injury', 'injured', 'hurt', 'accident'],
  ['合同', '劳动合同', '没签合同', '双倍工资', 'contract'],
  ['加班', '加班费', '加点', 'overtime'],
  ['辞退', '开除', '炒鱿鱼', '解雇', '经济补偿', '赔偿金', 'dismissed', 'fired', 'severance'],
  ['社保', '社会保险', '五险', '养老保险', '医疗保险', 'insurance'],
  ['包工头', '总承包', '分包', '工地', '老板跑了', '跑路', '工程款', 'contractor', 'site'],
  ['仲裁', '劳动仲裁', '仲裁委', '评理', 'arbitration'],
  ['法律援助', '法援', '免费律师', '找律师', '请律师', 'lawyer', 'aid'],
  ['时效', '期限', '过期', '多久', '来得及', '一年', '1年', 'deadline', 'limit'],
  ['证据', '证明', '欠条', '工资条', '考勤', 'evidence', 'proof', 'iou'],
  ['打官司', '起诉', '法院', 'court', 'sue'],
  ['退休', '养老金', '超龄', 'pension', 'retired'],
  ['热线', '电话', '12348', '12333', 'hotline', 'phone'],
];

const STOP = new Set(
  '我 的 了 吗 呢 啊 吧 么 是 在 有 要 我的 怎么 怎么办 怎样 什么 可以 能 能不能 会 该 去 a an the i my me to of is do can what how and or for in on'.split(
    ' ',
  ),
);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** NFKC folds full-width letters, digits and punctuation; punctuation and symbols become spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{C}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/** Words of a query: Intl.Segmenter where the browser has it, else Latin words and Chinese bigrams. */
export function terms(query: string, useSegmenter = true): string[] {
  const out = new Set<string>();
  for (const chunk of normalize(query).slice(0, MAX_QUERY).split(' ')) {
    if (!chunk) continue;
    if (useSegmenter && segmenter) {
      for (const s of segmenter.segment(chunk)) if (s.isWordLike) out.add(s.segment);
    } else {
      for (const run of chunk.match(/[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+/g) ?? []) {
        if (!CJK.test(run) || run.length < 3) out.add(run);
        else for (let i = 0; i < run.length - 1; i++) out.add(run.slice(i, i + 2));
      }
    }
  }
  return [...out].filter((t) => !STOP.has(t));
}

/** Prepares entries once; searching then only compares strings. */
export function buildIndex<T extends Searchable>(items: T[]): Indexed<T>[] {
  return items.map((item) => {
    const row = { item, question: normalize(item.question), synonyms: normalize(item.synonyms.join(' ')), text: normalize(item.text) };
    return { ...row, all: `${row.question}\n${row.synonyms}\n${row.text}` };
  });
}

/** The query's own words (weight 1) and the words of any synonym group it touches (weight 0.5). */
function weighted(query: string, useSegmenter: boolean): Map<string, number> {
  const words = new Map<string, number>(terms(query, useSegmenter).map((t) => [t, CJK.test(t) && t.length === 1 ? 0.3 : 1]));
  const q = normalize(query).slice(0, MAX_QUERY);
  for (const group of SYNONYMS) {
    if (group.some((word) => q.includes(word) || words.has(word))) for (const word of group) if (!words.has(word)) words.set(word, 0.5);
  }
  return words;
}

/** Where the matched words sit in the question, merged, for <mark>. */
export function highlight(question: string, words: string[]): [number, number][] {
  const lower = question.toLowerCase();
  const ranges: [number, number][] = [];
  for (const word of words) {
    if (!word) continue;
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) ranges.push([at, at + word.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Ranked hits: question words count most, then synonyms, then the answer; ties keep the bureau's order. */
export function search<T extends Searchable>(index: Indexed<T>[], query: string, useSegmenter = true): Hit<T>[] {
  const words = weighted(query, useSegmenter);
  if (!words.size) return [];
  const phrase = normalize(query).slice(0, MAX_QUERY);
  const hits: Hit<T>[] = [];
  for (const row of index) {
    let score = row.question.includes(phrase) ? 4 : 0;
    const found: string[] = [];
    for (const [word, weight] of words) {
      if (!row.all.includes(word)) continue;
      const w = (row.question.includes(word) ? 3 : 0) + (row.synonyms.includes(word) ? 2 : 0) + (row.text.includes(word) ? 1 : 0);
      if (w) {
        score += w * weight;
        found.push(word);
      }
    }
    if (score >= 1) hits.push({ item: row.item, score, ranges: highlight(row.item.question, found) });
  }
  return hits.sort((a, b) => b.score - a.score);
}
