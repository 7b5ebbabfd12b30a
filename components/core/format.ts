import type { Locale } from './locale.js';

/** Numbers, money and dates for people: always through Intl, in the element's language. */

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** Yuan the way a worker reads a price tag: "2,592元" in Chinese, "2,592 yuan" in English. */
export function formatYuan(value: number, locale: Locale): string {
  const amount = formatNumber(value, locale, { maximumFractionDigits: 2 });
  return locale === 'en' ? `${amount} yuan` : `${amount}元`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a calendar date (YYYY-MM-DD) strictly: 2026-02-30 is rejected, not rolled over. */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** A calendar date as people write it: 2026年12月2日 / 2 December 2026 (no time-zone shift). */
export function formatDate(value: string | Date, locale: Locale): string {
  const date = typeof value === 'string' ? parseIsoDate(value) : value;
  if (!date) return String(value);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
