import { BASELINE_REGION, type RulePack } from './packs.js';

/**
 * The national baseline compiled into the engine, used when no packs are given. The Law sets no national
 * hardship number (art. 34: each province does), so there is none here; the switches take their national
 * readings from SWITCHES. content/rules/000000.json is the same baseline with each value's source.
 */
export const BASELINE_PACK: RulePack = {
  region: BASELINE_REGION,
  name: { 'zh-CN': '全国', en: 'National' },
  threshold: [],
  minimumWage: [],
};
