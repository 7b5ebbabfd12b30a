import { Checker } from '../../components/core/validate.js';
import type { Locale } from '../../components/core/locale.js';

type Localized = { 'zh-CN': string; en: string };

export const CAMPAIGN_LANGUAGES: readonly Locale[] = ['zh-CN', 'en'];

/** One poster location: its short code becomes the QR's `/Q/CODE` address. */
export interface PosterSpot {
  /** Upper-case letters and digits only, so the QR uses alphanumeric mode and stays small. */
  code: string;
  location: Localized;
}

/** content/campaigns/<id>.md: an outreach campaign, its landing page and its posters. */
export interface Campaign {
  id: string;
  title: Localized;
  start: string;
  end: string;
  audience: Localized;
  message: Localized;
  /** Languages printed on the posters, the first one largest; also the language a QR opens. */
  languages: Locale[];
  /** The site page the campaign sends workers to (language-neutral path such as "/check/"). */
  target: string;
  posters: PosterSpot[];
  /**
   * Optional: the district (an id of content/workstations' districts) the campaign works in; the leaflet lists
   * the workstations nearest to it. Without it the leaflet lists the first ones of the directory.
   */
  district?: string;
  /** The landing page's paragraphs in each language (the file's body). */
  body: { 'zh-CN': string[]; en: string[] };
}

export const SHORT_CODE = /^[A-Z0-9]{2,16}$/;

/**
 * Checks one campaign. `pageExists` says whether a language-neutral path is a page of this build, so a
 * poster can never send workers to a missing page.
 */
export function parseCampaign(raw: unknown, where: string, pageExists: (path: string) => boolean): Campaign {
  const check = new Checker();
  const data = check.object(raw) ?? {};
  const start = check.date(data, 'start');
  const end = check.date(data, 'end');
  if (start && end && end < start) check.fail('end', `is before start (${start})`);

  const languages = (check.array(data, 'languages', { nonEmpty: true }) ?? []).map((_, i, list) =>
    check.nested('languages').oneOf(list as unknown as Record<string, unknown>, String(i), CAMPAIGN_LANGUAGES),
  );

  const target = check.string(data, 'target', { pattern: /^\/([a-z0-9-]+\/)*$/ });
  if (target && !pageExists(target)) check.fail('target', `"${target}" is not a page of the site`);

  const seen = new Set<string>();
  const posters = (check.array(data, 'posters', { nonEmpty: true }) ?? []).map((entry, i) => {
    const c = check.nested(`posters.${i}`);
    const row = c.object(entry) ?? {};
    const code = c.string(row, 'code', { pattern: SHORT_CODE });
    if (code && seen.has(code)) c.fail('code', `"${code}" is used twice in this campaign`);
    if (code) seen.add(code);
    return { code: code!, location: c.localized(row, 'location')! };
  });

  const sections = check.nested('body');
  const body = check.object(data.body, 'body') ?? {};
  const paragraphs = (lang: Locale) => {
    const list = body[lang];
    if (!Array.isArray(list) || list.length === 0) sections.fail(lang, 'is missing: add a "## ' + lang + '" section with text');
    return (list ?? []) as string[];
  };

  const campaign: Campaign = {
    id: check.string(data, 'id', { pattern: /^[a-z0-9-]+$/ })!,
    title: check.localized(data, 'title')!,
    start: start!,
    end: end!,
    audience: check.localized(data, 'audience')!,
    message: check.localized(data, 'message')!,
    languages: languages as Locale[],
    target: target!,
    posters,
    ...(data.district !== undefined ? { district: check.string(data, 'district', { pattern: /^[a-z0-9-]+$/ })! } : {}),
    body: { 'zh-CN': paragraphs('zh-CN'), en: paragraphs('en') },
  };
  return check.done(campaign, where);
}

/** A short code printed on two campaigns' posters would send one of them to the wrong page. */
export function findReusedCode(
  earlier: ReadonlyMap<string, string>,
  campaign: Campaign,
): { field: string; code: string; usedBy: string } | undefined {
  for (const [i, spot] of campaign.posters.entries()) {
    const usedBy = earlier.get(spot.code);
    if (usedBy) return { field: `posters.${i}.code`, code: spot.code, usedBy };
  }
  return undefined;
}
