import { getCollection, getEntry } from 'astro:content';
import type { HolidayCalendar } from '../../components/core/holidays.js';
import { DataValidationError } from '../../components/core/validate.js';
import { packChain, parseRuleSet, type RulePack } from '../../components/eligibility/engine/packs.js';

/**
 * Every rule pack in content/rules/, checked as a set (one pack per region, parents that exist, the
 * baseline present); a problem stops the build naming the file.
 */
export async function getRulePacks(): Promise<RulePack[]> {
  const entries = (await getCollection('rules')).sort((a, b) => a.id.localeCompare(b.id));
  const packs = entries.map((entry) => entry.data as RulePack);
  try {
    parseRuleSet({ packs });
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    const named = error.problems.map((p) => {
      const index = Number(/^packs\.(\d+)/.exec(p.path)?.[1]);
      return `content/rules/${entries[index]?.id ?? '?'}.json: field "${p.path.replace(/^packs\.\d+\.?/, '')}" ${p.message}`;
    });
    throw new Error(`invalid rule packs. ${named.join('; ')}`, { cause: error });
  }
  entries.forEach((entry) => {
    if (entry.id !== (entry.data as RulePack).region) {
      throw new Error(`content/rules/${entry.id}.json: field "region" must match the file name (${entry.id})`);
    }
  });
  if (!packs.some((p) => p.region === '000000')) throw new Error('content/rules/000000.json: the national baseline is missing');
  return packs;
}

/** The packs that apply in `region`: its own and its parents' up to the national baseline. */
export async function getRegionPacks(region: string): Promise<RulePack[]> {
  return packChain(await getRulePacks(), region);
}

/** The holiday calendar (content/calendar/holidays.json), validated by its loader. */
export async function getHolidayCalendar(): Promise<HolidayCalendar> {
  const entry = await getEntry('calendar', 'holidays');
  if (!entry) throw new Error('content/calendar/holidays.json is missing');
  return entry.data as HolidayCalendar;
}
