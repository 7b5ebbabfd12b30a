import { parseIsoDate } from '../../core/format.js';
import { Checker, DataValidationError, type Problem } from '../../core/validate.js';
import { AMOUNT_ANSWERS, ASSISTANCE, BOOLEAN_ANSWERS, DATE_ANSWERS, EMPLOYMENT, MATTERS, type Answers } from './types.js';

/** Bad input to `assess`: lists every bad field at once (`problems`), so a caller can fix them all. */
export class EligibilityInputError extends DataValidationError {
  constructor(problems: Problem[]) {
    super(problems, 'assess');
    this.name = 'EligibilityInputError';
  }
}

const BOOLEANS = BOOLEAN_ANSWERS;
const DATES = DATE_ANSWERS;
const AMOUNTS = AMOUNT_ANSWERS;
const KNOWN = new Set<string>(['matter', 'assistance', 'employment', ...BOOLEANS, ...DATES, ...AMOUNTS]);

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
  a.oneOf(clean, 'assistance', ASSISTANCE, { optional: true });
  a.oneOf(clean, 'employment', EMPLOYMENT, { optional: true });
  for (const key of BOOLEANS) a.boolean(clean, key, { optional: true });
  for (const key of AMOUNTS) a.number(clean, key, { optional: true, min: 0 });
  for (const key of DATES) {
    const date = a.date(clean, key, { optional: true });
    if (date && now && date > now) a.fail(key, `must not be after today (${now})`);
  }
  const { startedWork, employmentEnded } = clean as Partial<Record<string, string>>;
  if (startedWork && employmentEnded && parseIsoDate(startedWork) && parseIsoDate(employmentEnded) && employmentEnded < startedWork) {
    a.fail('employmentEnded', 'must not be before startedWork');
  }
  if (check.problems.length) throw new EligibilityInputError(check.problems);
  return clean as unknown as Answers;
}
