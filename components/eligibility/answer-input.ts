/**
 * Dates and amounts as workers type them, read the way they mean them. Pure, no DOM: full-width digits
 * (a Chinese keyboard's １２), two-digit years (25年), 「1.5万」, 「一万五」, 「两千五」, 「3000块」. Loaded with
 * the engine (a date or an amount is never the first question).
 */

const NUMERALS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000 };

/** Full-width digits, point and comma as plain ASCII; spaces (any width) removed. */
export const halfWidth = (text: string): string =>
  text.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s/g, '');

/**
 * A yuan amount: 2000, 2,000, ２０００, 1.5万, 1万5, 一万五, 两千五百, 3000元/块/块钱. Null when it is not a
 * plain non-negative amount. 「一万五」 is 15,000 as people say it (the last digit counts in the next unit
 * down), 「一万零五」 is 10,005.
 */
export function parseAmount(text: string): number | null {
  const t = halfWidth(text)
    .replace(/,/g, '')
    .replace(/(元|块钱|块|钱)$/, '');
  if (!/^(\d+(\.\d+)?|[零〇一二两三四五六七八九十拾百佰千仟万])+$/.test(t)) return null;
  let total = 0;
  let section = 0;
  let num: number | null = null;
  let unit = 0;
  let zero = false;
  for (const [token] of t.matchAll(/\d+(?:\.\d+)?|./g)) {
    const multiplier = UNITS[token];
    if (multiplier === undefined) {
      if (num !== null) return null; // two numbers in a row: 「一二」, 「1五」
      if (NUMERALS[token] === 0) zero = true;
      else num = /\d/.test(token) ? Number(token) : NUMERALS[token]!;
      continue;
    }
    if (multiplier === 10000) {
      if (num === null && section === 0) return null;
      total = (total + section + (num ?? 0)) * 10000;
      section = 0;
    } else section += (num ?? 1) * multiplier;
    num = null;
    unit = multiplier;
    zero = false;
  }
  // A single trailing digit after a unit, with no 零 between: 一万五 = 15,000, 两千五 = 2,500.
  if (num !== null) section += unit >= 100 && !zero && Number.isInteger(num) && num < 10 ? (num * unit) / 10 : num;
  const value = total + section;
  return Number.isFinite(value) ? value : null;
}

export type DateReading = { value: string } | { error: 'date' | 'day' };

/**
 * A date from the year, month and day boxes: YYYY-MM-DD, or YYYY-MM when the worker knows only the month.
 * A two-digit year is this century unless that would be after `today` (then the last). 「3月」 and 「3号」
 * read as 3. An empty day without "only the month" is its own error, so the message can say what to do.
 */
export function parseDateParts(year: string, month: string, day: string, monthOnly: boolean, today: string): DateReading {
  const [y, m, d] = [year, month, day].map((part) => halfWidth(part).replace(/[年月日号]$/, ''));
  if (!/^\d{2}(\d{2})?$/.test(y!) || !/^\d{1,2}$/.test(m!)) return { error: 'date' };
  let fullYear = Number(y);
  if (y!.length === 2) fullYear += fullYear + 2000 > Number(today.slice(0, 4)) ? 1900 : 2000;
  const mm = Number(m);
  if (fullYear < 1900 || mm < 1 || mm > 12) return { error: 'date' };
  const ym = `${fullYear}-${String(mm).padStart(2, '0')}`;
  if (monthOnly) return { value: ym };
  if (d === '') return { error: 'day' };
  if (!/^\d{1,2}$/.test(d!)) return { error: 'date' };
  const iso = `${ym}-${d!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? { value: iso } : { error: 'date' };
}
