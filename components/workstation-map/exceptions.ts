import type { Checker, Problem } from '../core/validate.js';
import { readWorkstationDirectory, TIME, type ScheduleException, type Workstation, type WorkstationDirectory } from './workstations.js';

/**
 * A workstation's own dated exceptions to its hours (HSDS schedules with `valid_from`/`valid_to`). The site's
 * build and the checker read them with the rest of the file (parseWorkstationDirectory: a bad one stops the
 * build naming the field). The widget reads them just after its list shows (readExceptions, from
 * card-extras.ts): only "open now" and the card's changes, which load then, use them, so the list does not
 * carry this code.
 */

/** One exception; its problems go to `check`. */
export function parseException(check: Checker, row: Record<string, unknown>): ScheduleException {
  const from = check.date(row, 'valid_from');
  const to = check.date(row, 'valid_to');
  if (from && to && to < from) check.fail('valid_to', 'must not be before valid_from');
  const opens = check.string(row, 'opens_at', { optional: true, pattern: TIME });
  const closes = check.string(row, 'closes_at', { optional: true, pattern: TIME });
  if (!opens !== !closes) check.fail(opens ? 'closes_at' : 'opens_at', 'is needed with the other (or give neither: closed)');
  if (opens && opens === closes) check.fail('closes_at', 'must differ from opens_at');
  return {
    valid_from: from!,
    valid_to: to!,
    ...(opens && closes && { opens_at: opens, closes_at: closes }),
    description: check.localized(row, 'description', { optional: true }),
  };
}

/** Validates a directory file, its exceptions included; throws DataValidationError naming every bad field. */
export const parseWorkstationDirectory = (raw: unknown, where?: string): WorkstationDirectory =>
  readWorkstationDirectory(raw, where, parseException);

/**
 * The widget's: reads a workstation's exceptions as written (`written`). A broken one (a partner's typo in a
 * date) is left out and named in `unreadable` rather than failing the whole file, so a worker keeps the
 * list; the card then says to call first.
 */
export function readExceptions(ws: Workstation): void {
  if (!ws.written) return;
  const unreadable: Problem[] = [];
  ws.exceptions = ws.written.flatMap(({ check, row }) => {
    // Its problems are kept aside: a broken exception alone is left out.
    const aside = check.nested('');
    const before = unreadable.length;
    aside.problems.push = (...found) => unreadable.push(...found);
    const exception = parseException(aside, row);
    return unreadable.length > before ? [] : [exception];
  });
  if (unreadable.length) ws.unreadable = unreadable.map((p) => `${p.path}: ${p.message}`);
  delete ws.written;
}
