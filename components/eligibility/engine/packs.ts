import { Checker } from '../../core/validate.js';
import type { Threshold } from './types.js';

/**
 * Rule packs: what varies by region and date, as data. A pack is keyed by its GB/T 2260 code and may name
 * a parent (a city names its province); a parameter a pack leaves out comes from the parent, then from
 * the national baseline (000000). Every value carries the date it took effect and its source.
 */

/** Readings a bureau can switch (the "Interp." rows of legal-rules.md and local widenings). */
export const SWITCHES = {
  /** Local widening: the migrant-worker exemption also covers other labour rights (confirm employment, social insurance, double wages). */
  exemptionCoversOtherLabourRights: false,
  /** A6 (Interp.): a claim only to confirm employment is not a wage claim, so the economic check applies. */
  confirmEmploymentNeedsEconomicCheck: true,
  /** A7 (Interp.): a contractor's 工程款/材料款 is not a wage claim and is out of scope. */
  projectPaymentIsNotWages: true,
  /** 江苏: the hardship standard is the local monthly minimum wage. */
  thresholdIsMinimumWage: false,
  /** Whether income equal to the standard still counts as hardship (≤) or must be below it (<). */
  thresholdInclusive: true,
  /** C1 local promise: application, acceptance and assignment on the same day (the green channel). */
  sameDayGreenChannel: false,
  /** Split: double wages (劳动合同法 82) count as labour remuneration, for the art. 31(5) scope and the 42(3) exemption alike. */
  doubleWagesAreRemuneration: true,
  /** Split: the year for double wages runs from the day after the violation ends (most courts); off: month by month. */
  doubleWagesYearFromViolationEnd: true,
} as const;
export type SwitchId = keyof typeof SWITCHES;

export type DatedAmount = Threshold;
/** Months of wage for grades 5, 6, 7, 8, 9 and 10 (index 0 is grade 5). */
export interface DatedInjuryLumpSums {
  medical: number[];
  employment: number[];
  effectiveFrom: string;
  source: string;
  unverified?: boolean;
}
/** The dated amounts a pack may hold; the nearest pack that lists one gives it, never a parent's. */
export const AMOUNT_KEYS = ['threshold', 'minimumWage', 'averageWage', 'provincialAverageWage', 'nationalUrbanIncome'] as const;
export type AmountKey = (typeof AMOUNT_KEYS)[number];
export interface DatedSwitch {
  value: boolean;
  effectiveFrom: string;
  source: string;
  /** The bureau has not confirmed the value against the current text: the widget says "ask the local agency". */
  unverified?: boolean;
}

export interface RulePack {
  /** GB/T 2260 code; 000000 is the national baseline. */
  region: string;
  parent?: string;
  name: { 'zh-CN': string; en: string };
  /** The economic hardship standard, yuan per person per month. An empty list: set locally, no number known. */
  threshold?: DatedAmount[];
  /** The monthly minimum wage (final awards, 江苏's standard). */
  minimumWage?: DatedAmount[];
  /** The local (统筹地区) monthly average wage of employees, previous year: the severance cap (劳动合同法 47). */
  averageWage?: DatedAmount[];
  /** The province's monthly average wage of employees, previous year: funeral grant, injury wage bounds. */
  provincialAverageWage?: DatedAmount[];
  /** The previous year's national urban per-capita disposable income, yuan a year (工伤保险条例 39). */
  nationalUrbanIncome?: DatedAmount[];
  /** Provincial one-off injury grants for grades 5–10 on leaving, in months of the worker's wage. */
  injuryLumpSums?: DatedInjuryLumpSums[];
  switches?: Partial<Record<SwitchId, DatedSwitch[]>>;
  /** The authorities the papers are addressed to (issue 19), in Chinese, with the source of the names. */
  authorities?: PackAuthorities;
}

export const AUTHORITY_KEYS = ['labourArbitration', 'injuryRecognition', 'legalAidCentre'] as const;
/** 「中山市劳动人事争议仲裁委员会」, 「中山市人力资源和社会保障局」, 「中山市法律援助处」: a region's own, never a parent's. */
export type PackAuthorities = Partial<Record<(typeof AUTHORITY_KEYS)[number], string>> & { source: string };

export const BASELINE_REGION = '000000';
const REGION = /^\d{6}$/;

function datedList<T>(check: Checker, record: Record<string, unknown>, key: string, read: (c: Checker, row: Record<string, unknown>) => T) {
  const list = check.array(record, key, { optional: true });
  if (!list) return undefined;
  const seen = new Set<string>();
  return list.map((entry, i) => {
    const c = check.nested(`${key}.${i}`);
    const row = c.object(entry) ?? {};
    const effectiveFrom = c.date(row, 'effectiveFrom');
    if (effectiveFrom && seen.has(effectiveFrom)) c.fail('effectiveFrom', `${effectiveFrom} is used twice`);
    if (effectiveFrom) seen.add(effectiveFrom);
    const unverified = c.boolean(row, 'unverified', { optional: true });
    return { ...read(c, row), effectiveFrom: effectiveFrom!, source: c.string(row, 'source')!, ...(unverified ? { unverified } : {}) };
  });
}

const readAmount = (c: Checker, row: Record<string, unknown>) => ({ amount: c.number(row, 'amount', { min: 1 })! });

/** Validates one pack (a file of content/rules/); throws DataValidationError naming every bad field. */
export function parseRulePack(raw: unknown, where = 'rule pack'): RulePack {
  const check = new Checker();
  const record = check.object(raw) ?? {};
  const region = check.string(record, 'region', { pattern: REGION })!;
  const parent = check.string(record, 'parent', { optional: true, pattern: REGION });
  if (parent && parent === region) check.fail('parent', 'must not be the pack itself');
  const name = check.localized(record, 'name')!;
  const amounts = AMOUNT_KEYS.map((key) => [key, datedList(check, record, key, readAmount)] as const);
  const months = (c: Checker, row: Record<string, unknown>, key: string) => {
    const list = c.array(row, key) ?? [];
    if (list.length !== 6) c.fail(key, 'must list 6 numbers of months, for grades 5 to 10');
    const each = c.nested(key);
    return list.map((n, i) => each.number({ [i]: n }, String(i), { min: 0 }) ?? 0);
  };
  const injuryLumpSums = datedList(check, record, 'injuryLumpSums', (c, row) => ({
    medical: months(c, row, 'medical'),
    employment: months(c, row, 'employment'),
  }));
  let switches: RulePack['switches'];
  if (record['switches'] !== undefined) {
    const s = check.nested('switches');
    const table = s.object(record['switches']) ?? {};
    switches = {};
    for (const key of Object.keys(table)) {
      if (!(key in SWITCHES)) s.fail(key, `is not a known switch (known: ${Object.keys(SWITCHES).join(', ')})`);
      else switches[key as SwitchId] = datedList(s, table, key, (c, row) => ({ value: c.boolean(row, 'value')! }));
    }
  }
  let authorities: PackAuthorities | undefined;
  if (record['authorities'] !== undefined) {
    const a = check.nested('authorities');
    const table = a.object(record['authorities']) ?? {};
    authorities = { source: a.string(table, 'source')! };
    for (const key of Object.keys(table)) {
      if (key === 'source') continue;
      if (!(AUTHORITY_KEYS as readonly string[]).includes(key))
        a.fail(key, `is not a known authority (known: ${AUTHORITY_KEYS.join(', ')})`);
      else authorities[key as (typeof AUTHORITY_KEYS)[number]] = a.string(table, key)!;
    }
  }
  const pack: RulePack = { region, name };
  if (parent) pack.parent = parent;
  if (authorities) pack.authorities = authorities;
  for (const [key, list] of amounts) if (list) pack[key] = list;
  if (injuryLumpSums) pack.injuryLumpSums = injuryLumpSums;
  if (switches) pack.switches = switches;
  return check.done(pack, where);
}

/** Validates a set of packs ({ packs: [...] }, as /data/rules.json publishes it): each pack, one per region, parents that exist. */
export function parseRuleSet(raw: unknown, where = 'rules'): RulePack[] {
  const check = new Checker();
  const record = check.object(raw) ?? {};
  const list = check.array(record, 'packs', { nonEmpty: true }) ?? [];
  const packs: RulePack[] = [];
  list.forEach((entry, i) => {
    try {
      packs.push(parseRulePack(entry));
    } catch (error) {
      const problems = (error as { problems?: { path: string; message: string }[] }).problems ?? [];
      problems.forEach((p) => check.fail(`packs.${i}${p.path ? `.${p.path}` : ''}`, p.message));
    }
  });
  const regions = new Set<string>();
  packs.forEach((pack, i) => {
    if (regions.has(pack.region)) check.fail(`packs.${i}.region`, `${pack.region} appears twice`);
    regions.add(pack.region);
  });
  packs.forEach((pack, i) => {
    if (pack.parent && !regions.has(pack.parent)) check.fail(`packs.${i}.parent`, `no pack for ${pack.parent}`);
  });
  return check.done(packs, where);
}

/** The entry in force on `today`: the latest that took effect on or before it. */
export function inForce<T extends { effectiveFrom: string }>(list: readonly T[], today: string): T | null {
  let best: T | null = null;
  for (const entry of list) if (entry.effectiveFrom <= today && (!best || entry.effectiveFrom > best.effectiveFrom)) best = entry;
  return best;
}

export interface Parameters {
  region: string;
  regionFallback: boolean;
  threshold: Threshold | null;
  minimumWage: Threshold | null;
  switches: Record<SwitchId, boolean>;
  /** The values in use that the bureau has not confirmed (`unverified: true`), by name. */
  unverified: string[];
}

/** The pack a region uses: its own, else by its GB/T 2260 code (XXXXYY → XXXX00 → XX0000), else none. */
export function nearestPack(packs: readonly RulePack[], region: string | undefined): RulePack | undefined {
  if (!region) return undefined;
  const byRegion = new Map(packs.map((p) => [p.region, p]));
  for (const code of [region, `${region.slice(0, 4)}00`, `${region.slice(0, 2)}0000`]) {
    const pack = byRegion.get(code);
    if (pack) return pack;
  }
  return undefined;
}

/** The region's pack, then its parents, then the baseline: the packs a parameter is looked up in, nearest first. */
export function packChain(packs: readonly RulePack[], region: string | undefined): RulePack[] {
  const byRegion = new Map(packs.map((p) => [p.region, p]));
  const chain: RulePack[] = [];
  let pack = nearestPack(packs, region);
  while (pack && !chain.includes(pack)) {
    chain.push(pack);
    pack = pack.parent ? byRegion.get(pack.parent) : undefined;
  }
  const baseline = byRegion.get(BASELINE_REGION);
  if (baseline && !chain.includes(baseline)) chain.push(baseline);
  return chain;
}

/** The value of `key` in force on `today` from the nearest pack of `chain` that lists it (null: not known there). */
export function valueInForce<K extends AmountKey | 'injuryLumpSums'>(chain: readonly RulePack[], key: K, today: string) {
  const list = chain.find((p) => p[key])?.[key] as { effectiveFrom: string }[] | undefined;
  return (list ? inForce(list, today) : null) as NonNullable<RulePack[K]>[number] | null;
}

/**
 * The parameters in force for `region` on `today`. A number comes only from the nearest pack that lists
 * it: a date before its first value gives null ("ask the local agency"), never a parent's number.
 */
export function resolveParameters(packs: readonly RulePack[], region: string | undefined, today: string): Parameters {
  const chain = packChain(packs, region);
  const unverified: string[] = [];
  const amount = (key: 'threshold' | 'minimumWage') => {
    const hit = valueInForce(chain, key, today);
    if (hit?.unverified) unverified.push(key);
    return hit && { amount: hit.amount, effectiveFrom: hit.effectiveFrom, source: hit.source };
  };
  const switches = { ...SWITCHES } as Record<SwitchId, boolean>;
  for (const id of Object.keys(SWITCHES) as SwitchId[]) {
    for (const pack of chain) {
      const hit = inForce(pack.switches?.[id] ?? [], today);
      if (hit) {
        switches[id] = hit.value;
        if (hit.unverified) unverified.push(id);
        break;
      }
    }
  }
  const minimumWage = amount('minimumWage');
  const threshold = switches.thresholdIsMinimumWage ? minimumWage : amount('threshold');
  const used = chain[0]?.region ?? BASELINE_REGION;
  // A fallback: a region was asked for and only the national baseline answers for it.
  const fallback = Boolean(region) && region !== BASELINE_REGION && used === BASELINE_REGION;
  return { region: used, regionFallback: fallback, threshold, minimumWage, switches, unverified };
}
