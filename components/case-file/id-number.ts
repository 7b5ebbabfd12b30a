/**
 * The resident ID number (GB 11643-1999): 17 digits and a check character (0–9 or X), with a real birth date.
 * Pure, no DOM. A typo in it would send a paper back from the window, so the widget checks it as he types.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The number as a worker may type it (spaces, a small x, full-width digits) in its written form. */
export function normaliseIdNumber(text: string): string {
  return text
    .replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s/g, '')
    .toUpperCase();
}

/** The birth date the number holds (YYYY-MM-DD), or null when it has none. */
export function birthDateOf(id: string): string | null {
  const match = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(id);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

export function isValidIdNumber(text: string): boolean {
  const id = normaliseIdNumber(text);
  if (!/^\d{17}[\dX]$/.test(id) || !birthDateOf(id)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17];
}

/** 男 or 女: the 17th digit is odd for a man. */
export function genderOf(id: string): 'male' | 'female' | null {
  const digit = Number(normaliseIdNumber(id)[16]);
  return Number.isNaN(digit) ? null : digit % 2 ? 'male' : 'female';
}
