import { halfWidth, parseAmount, parseDateParts } from '../eligibility/answer-input.js';
import type { Field } from './case-steps.js';
import { isValidIdNumber, normaliseIdNumber } from './id-number.js';

/**
 * What a worker typed or ticked, read into the value a field keeps, or the message key of a clear error.
 * Pure: the form's raw values in, no DOM. Amounts and dates are read as the checker reads them (「1.5万」,
 * full-width digits, a remembered month).
 */

export type Reading = { value: unknown } | { error: string };

export interface RawField {
  text?: string;
  choice?: string;
  checks?: string[];
  date?: { year: string; month: string; day: string; monthOnly: boolean };
}

export function readField(field: Field, raw: RawField, today: string): Reading {
  const text = (raw.text ?? '').trim();
  const empty = field.kind === 'date' ? !raw.date?.year && !raw.date?.month : field.kind === 'choice' ? !raw.choice : !text;
  if (field.kind === 'checks') return { value: raw.checks ?? [] };
  if (empty) return field.optional ? { value: undefined } : { error: field.kind === 'choice' ? 'error.choice' : 'error.required' };
  switch (field.kind) {
    case 'choice':
      return { value: raw.choice };
    case 'tel': {
      const digits = halfWidth(text).replace(/[-\s]/g, '');
      return /^\+?\d{7,15}$/.test(digits) ? { value: digits } : { error: 'error.phone' };
    }
    case 'id':
      return isValidIdNumber(text) ? { value: normaliseIdNumber(text) } : { error: 'error.idNumber' };
    case 'amount': {
      const amount = parseAmount(text);
      return amount !== null && amount > 0 ? { value: amount } : { error: 'error.amount' };
    }
    case 'count': {
      const count = parseAmount(text);
      return count !== null ? { value: count } : { error: 'error.count' };
    }
    case 'date': {
      const d = raw.date!;
      const reading = parseDateParts(d.year, d.month, d.day, d.monthOnly, today);
      if ('error' in reading) return { error: `error.${reading.error}` };
      return reading.value.slice(0, 7) > today.slice(0, 7) || (reading.value.length > 7 && reading.value > today)
        ? { error: 'error.future' }
        : reading;
    }
    default:
      return { value: text };
  }
}
