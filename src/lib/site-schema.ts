import { Checker } from '../../components/core/validate.js';

type Localized = { 'zh-CN': string; en: string };

export interface Hotline {
  number: string;
  label: Localized;
  purpose: Localized;
}

/** content/site.json: who runs the site, shown in every footer. */
export interface SiteConfig {
  sample: boolean;
  siteUrl: string;
  region: string;
  name: Localized;
  tagline: Localized;
  bureau: Localized;
  centre: Localized;
  address: Localized;
  phone: string;
  hours: Localized;
  hotlines: Hotline[];
}

export function parseSite(raw: unknown, where = 'content/site.json'): SiteConfig {
  const check = new Checker();
  const site = check.object(raw) ?? {};
  const hotlines = (check.array(site, 'hotlines', { nonEmpty: true }) ?? []).map((entry, i) => {
    const c = check.nested(`hotlines.${i}`);
    const row = c.object(entry) ?? {};
    return {
      number: c.string(row, 'number', { pattern: /^\d{3,12}$/ })!,
      label: c.localized(row, 'label')!,
      purpose: c.localized(row, 'purpose')!,
    };
  });
  const config: SiteConfig = {
    sample: check.boolean(site, 'sample')!,
    siteUrl: check.string(site, 'siteUrl', { pattern: /^https?:\/\/[^/\s]+$/ })!,
    region: check.string(site, 'region', { pattern: /^\d{6}$/ })!,
    name: check.localized(site, 'name')!,
    tagline: check.localized(site, 'tagline')!,
    bureau: check.localized(site, 'bureau')!,
    centre: check.localized(site, 'centre')!,
    address: check.localized(site, 'address')!,
    phone: check.string(site, 'phone', { pattern: /^[\d-]{3,20}$/ })!,
    hours: check.localized(site, 'hours')!,
    hotlines,
  };
  return check.done(config, where);
}
