import { parseIsoDate } from '../../core/format.js';
import { Checker, DataValidationError, type Problem } from '../../core/validate.js';
import { firstDay, isMonth, lastDayOf } from './dates.js';
import {
  AMOUNT_ANSWERS,
  ASSISTANCE,
  BOOLEAN_ANSWERS,
  CONFIRM_PURPOSES,
  DATE_ANSWERS,
  EMPLOYMENT,
  INJURY_DELAYS,
  MATTERS,
  PENSIONS,
  type Answers,
} from './types.js';

/** Bad input to `assess`: lists every bad field at once (`problems`), so a caller can fix them all. */
export class EligibilityInputError extends DataValidationError {
  constructor(problems: Problem[]) {
    super(problems, 'assess');
    this.name = 'EligibilityInputError';
  }
}

const CHOICES = {
  assistance: ASSISTANCE,
  employment: EMPLOYMENT,
  confirmPurpose: CONFIRM_PURPOSES,
  injuryDelay: INJURY_DELAYS,
  pension: PENSIONS,
};
const KNOWN = new Set<string>(['matter', ...Object.keys(CHOICES), ...BOOLEAN_ANSWERS, ...DATE_ANSWERS, ...AMOUNT_ANSWERS]);

/** Checks the answers and `today` together; returns clean answers or throws EligibilityInputError. */
export function checkInput(raw: unknown, today: unknown, region: unknown): Answers {
  const check = new Checker();
  const options = { today, region } as Record<string, unknown>;
  const now = check.date(options, 'today');
  check.string(options, 'region', { optional: true, pattern: /^\d{6}$/ });
  const answers = check.object(raw, 'answers') ?? {};
  const a = check.nested('answers');
  for (const key of Object.keys(answers)) if (!KNOWN.has(key)) a.fail(key, 'is not a known answer');
  // Unknown stays undefined: treat explicit undefined like an absent answer.
  const clean = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as Record<string, unknown>;
  a.oneOf(clean, 'matter', MATTERS);
  for (const [key, allowed] of Object.entries(CHOICES)) a.oneOf(clean, key, allowed, { optional: true });
  for (const key of BOOLEAN_ANSWERS) a.boolean(clean, key, { optional: true });
  for (const key of AMOUNT_ANSWERS) a.number(clean, key, { optional: true, min: 0 });
  for (const key of DATE_ANSWERS) {
    const value = clean[key];
    if (value === undefined) continue;
    // A half-remembered date is a month: YYYY-MM.
    const date = typeof value === 'string' && isMonth(value) ? value : a.date(clean, key);
    if (date === undefined) continue;
    if (now && firstDay(date) > now) a.fail(key, `must not be after today (${now})`);
  }
  const { startedWork, employmentEnded } = clean as Partial<Record<string, string>>;
  const real = (v: string | undefined) => v !== undefined && (isMonth(v) || parseIsoDate(v) !== null);
  if (real(startedWork) && real(employmentEnded) && lastDayOf(employmentEnded!) < firstDay(startedWork!)) {
    a.fail('employmentEnded', 'must not be before startedWork');
  }
  if (check.problems.length) throw new EligibilityInputError(check.problems);
  return clean as unknown as Answers;
}
