import { Checker } from '../core/validate.js';

/**
 * Pure code, no DOM: the workstation directory format (Open Referral HSDS 3 shape plus our host-agency
 * type and issue codes) and its one parser, used by the site build and by the widget at run time.
 */

/** Who hosts the workstation (法律援助工作站设在哪里). */
export const AGENCY_TYPES = [
  'legal-aid-centre',
  'justice-bureau',
  'court',
  'procuratorate',
  'labour-arbitration',
  'detention-centre',
  'union',
  'womens-federation',
  'youth-league',
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

/** Shared issue codes (glossary): the checker and the FAQ link to /map/?issue=<code>. */
export const ISSUE_CODES = [
  'unpaid-wages',
  'work-injury',
  'confirm-employment',
  'double-wages',
  'social-insurance',
  'labour-arbitration',
  'domestic-violence',
  'criminal-defence',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

type Localized = { 'zh-CN': string; en: string };

/** One weekly opening slot (HSDS schedule: freq WEEKLY, byday "MO,TU,…", opens_at, closes_at), Asia/Shanghai time. */
export interface Schedule {
  freq: 'WEEKLY';
  byday: string;
  opens_at: string;
  closes_at: string;
}

/**
 * A workstation's own exception to its weekly hours (an HSDS schedule with `valid_from`/`valid_to`, both
 * days included): open only at these hours on those days, or closed when it has no hours (a move, a
 * training day). It wins over the public-holiday calendar, so a station on duty during 春节 can say so.
 */
export interface ScheduleException {
  valid_from: string;
  valid_to: string;
  opens_at?: string;
  closes_at?: string;
  description?: Localized;
}

/** WGS-84, as HSDS writes it. */
export interface Coordinates {
  latitude: number;
  longitude: number;
}

/** The days of a slot, 0 = Sunday. */
export const slotDays = (slot: Schedule): number[] => slot.byday.split(',').map((d) => WEEKDAYS.indexOf(d as Weekday));

export interface Phone {
  number: string;
  description?: Localized;
}

export interface Workstation {
  id: string;
  sample: boolean;
  name: Localized;
  agency_type: AgencyType;
  organization: { name: Localized };
  district: string;
  /** WGS-84; absent when the bureau has not surveyed it yet: listed, not mapped. */
  location?: Coordinates;
  address: { address_1: Localized; region: Localized; city: Localized; state_province: Localized; postal_code?: string };
  phones: Phone[];
  /** Weekly slots. */
  schedules: Schedule[];
  /** Dated exceptions, written among the HSDS `schedules` with `valid_from`/`valid_to`. */
  exceptions: ScheduleException[];
  /** Exceptions that could not be read, left out (run time only): "workstations.3.schedules.2.valid_to: …". */
  unreadable?: string[];
  /** @internal The widget's exceptions as written, until they are read just after the list shows (exceptions.ts). */
  written?: WrittenException[];
  issues: IssueCode[];
  languages: string[];
  accessibility: Localized[];
  required_documents: Localized[];
  assured_date: string;
}

export interface District {
  id: string;
  name: Localized;
  /** WGS-84 centre, used to sort by distance when the phone's position is not available. */
  location: Coordinates;
}

export interface WorkstationDirectory {
  sample: boolean;
  /** GB/T 2260 code of the city, e.g. 442000 中山市. */
  region: string;
  timezone: 'Asia/Shanghai';
  districts: District[];
  workstations: Workstation[];
}

/** A dated exception as the file writes it, with the checker of its place there (problems are named as in the file). */
export interface WrittenException {
  check: Checker;
  row: Record<string, unknown>;
}

/** Reads a dated exception (exceptions.ts); undefined leaves it out. */
export type ExceptionReader = (check: Checker, row: Record<string, unknown>) => ScheduleException | undefined;

/** One workstation as the data file writes it (HSDS): weekly slots and dated exceptions in one `schedules` list. */
export type WorkstationRecord = Omit<Workstation, 'exceptions' | 'schedules' | 'unreadable' | 'written'> & {
  schedules: (Schedule | ScheduleException)[];
};

/** The data file (/data/v1/workstations.json) as a partner may pass it to the map's `data` property. */
export interface WorkstationFile extends Omit<WorkstationDirectory, 'workstations'> {
  workstations: WorkstationRecord[];
  schemaVersion?: number;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Landline with area code (0760-12345678), mobile (13812345678) or a short service number (12348). */
const PHONE = /^(0\d{2,3}-\d{7,8}|1\d{10}|\d{5})$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const DAY = `(${WEEKDAYS.join('|')})`;
/** "MO,TU,WE": weekdays separated by commas. */
const BYDAY = new RegExp(`^${DAY}(,${DAY})*$`);

function parseLocation(check: Checker, raw: unknown): Coordinates | undefined {
  const row = check.object(raw);
  if (!row) return undefined;
  // JSON has no NaN, but a hand-edited string "NaN" or a swapped pair must still be caught.
  const latitude = check.number(row, 'latitude', { min: -90, max: 90 });
  const longitude = check.number(row, 'longitude', { min: -180, max: 180 });
  return latitude === undefined || longitude === undefined ? undefined : { latitude, longitude };
}

function parseSchedule(check: Checker, raw: unknown): Schedule | undefined {
  const row = check.object(raw);
  if (!row) return undefined;
  const freq = check.oneOf(row, 'freq', ['WEEKLY'] as const);
  const days = check.string(row, 'byday', { pattern: BYDAY });
  const opens = check.string(row, 'opens_at', { pattern: TIME });
  const closes = check.string(row, 'closes_at', { pattern: TIME });
  if (opens && closes && opens === closes) check.fail('closes_at', 'must differ from opens_at');
  if (!freq || !days || !opens || !closes || opens === closes) return undefined;
  return { freq, byday: days, opens_at: opens, closes_at: closes };
}

/** A list of records, each parsed with its own checker, so a problem is reported as "key.3.field". */
function records<T>(
  check: Checker,
  row: Record<string, unknown>,
  key: string,
  parse: (inner: Checker, raw: unknown) => T,
  nonEmpty = false,
): T[] {
  return (check.array(row, key, { nonEmpty }) ?? []).map((raw, i) => parse(check.nested(`${key}.${i}`), raw));
}

/** A list of values checked item by item, so a problem is reported as "key.3". */
function listOf<T>(
  check: Checker,
  row: Record<string, unknown>,
  key: string,
  item: (inner: Checker, list: never, index: string) => T,
  nonEmpty = false,
): T[] {
  const list = check.array(row, key, { optional: !nonEmpty, nonEmpty }) ?? [];
  const inner = check.nested(key);
  return list.map((_, i) => item(inner, list as never, String(i)));
}

/**
 * `readException` reads the dated exceptions with the rest (exceptions.ts). Without one (the widget) they are
 * kept as written in `written` and read just after the list shows, with "open now" and the card's changes,
 * the only parts that use them (card-extras.ts).
 */
export function parseWorkstation(
  raw: unknown,
  check: Checker,
  districtIds: ReadonlySet<string>,
  readException?: ExceptionReader,
): Workstation | undefined {
  const row = check.object(raw);
  if (!row) return undefined;
  const district = check.string(row, 'district', { pattern: ID });
  if (district && !districtIds.has(district)) check.fail('district', `"${district}" is not in the districts list`);
  const orgCheck = check.nested('organization');
  const addrCheck = check.nested('address');
  const org = orgCheck.object(row['organization']) ?? {};
  const addr = addrCheck.object(row['address']) ?? {};
  const location = row['location'] === undefined ? undefined : parseLocation(check.nested('location'), row['location']);
  const phones = records(
    check,
    row,
    'phones',
    (c, raw) => {
      const phone = c.object(raw) ?? {};
      return { number: c.string(phone, 'number', { pattern: PHONE })!, description: c.localized(phone, 'description', { optional: true }) };
    },
    true,
  );
  // HSDS keeps weekly hours and dated exceptions in one list; an entry with a validity period is an exception.
  const written: WrittenException[] = [];
  const slots = records(check, row, 'schedules', (c, raw) => {
    const slot = c.object(raw);
    if (!slot || !('valid_from' in slot || 'valid_to' in slot)) return parseSchedule(c, raw)!;
    if (readException) return readException(c, slot);
    written.push({ check: c, row: slot });
    return undefined;
  });
  const schedules = slots.filter((s): s is Schedule => Boolean(s && 'byday' in s));
  const exceptions = slots.filter((s): s is ScheduleException => Boolean(s && 'valid_from' in s));
  const issues = listOf(check, row, 'issues', (c, list, i) => c.oneOf(list, i, ISSUE_CODES)!, true);
  const languages = listOf(check, row, 'languages', (c, list, i) => c.string(list, i, { pattern: LANGUAGE })!);
  return {
    id: check.string(row, 'id', { pattern: ID })!,
    sample: check.boolean(row, 'sample', { optional: true }) ?? false,
    name: check.localized(row, 'name')!,
    agency_type: check.oneOf(row, 'agency_type', AGENCY_TYPES)!,
    organization: { name: orgCheck.localized(org, 'name')! },
    district: district!,
    location,
    address: {
      address_1: addrCheck.localized(addr, 'address_1')!,
      region: addrCheck.localized(addr, 'region')!,
      city: addrCheck.localized(addr, 'city')!,
      state_province: addrCheck.localized(addr, 'state_province')!,
      postal_code: addrCheck.string(addr, 'postal_code', { optional: true, pattern: /^\d{6}$/ }),
    },
    phones,
    schedules,
    exceptions,
    ...(written.length && { written }),
    issues,
    languages,
    accessibility: listOf(check, row, 'accessibility', (c, list, i) => c.localized(list, i)!),
    required_documents: listOf(check, row, 'required_documents', (c, list, i) => c.localized(list, i)!),
    assured_date: check.date(row, 'assured_date')!,
  };
}

/**
 * Validates a directory file; throws DataValidationError naming every bad field (e.g.
 * "workstations.3.phones.0.number"). The site and the checker read it whole with exceptions.ts's
 * parseWorkstationDirectory; the widget without `readException` (parseWorkstation).
 */
export function readWorkstationDirectory(raw: unknown, where = 'workstations', readException?: ExceptionReader): WorkstationDirectory {
  const check = new Checker();
  const root = check.object(raw) ?? {};
  const sample = check.boolean(root, 'sample')!;
  const region = check.string(root, 'region', { pattern: /^\d{6}$/ })!;
  const timezone = check.oneOf(root, 'timezone', ['Asia/Shanghai'] as const)!;
  const districts = records(
    check,
    root,
    'districts',
    (c, raw) => {
      const row = c.object(raw) ?? {};
      return {
        id: c.string(row, 'id', { pattern: ID })!,
        name: c.localized(row, 'name')!,
        location: parseLocation(c.nested('location'), row['location'])!,
      };
    },
    true,
  );
  const districtIds = new Set(districts.map((d) => d.id));
  const seen = new Set<string>();
  const workstations = records(check, root, 'workstations', (c, raw) => {
    const ws = parseWorkstation(raw, c, districtIds, readException)!;
    if (ws?.id && seen.has(ws.id)) c.fail('id', `"${ws.id}" is used twice`);
    seen.add(ws?.id);
    return ws;
  });
  return check.done({ sample, region, timezone, districts, workstations }, where);
}

/** Workstations that cannot be put on the map (no coordinates); the build warns about each. */
export const unmapped = (directory: WorkstationDirectory): Workstation[] => directory.workstations.filter((ws) => !ws.location);
