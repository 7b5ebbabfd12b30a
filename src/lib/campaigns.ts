import { getCollection } from 'astro:content';
import type { Locale } from '../../components/core/locale.js';
import type { Campaign } from './campaign-schema.js';

/** Every campaign, newest first. */
export async function getCampaigns(): Promise<Campaign[]> {
  const campaigns = (await getCollection('campaigns')).map((entry) => entry.data as Campaign);
  return campaigns.sort((a, b) => b.start.localeCompare(a.start));
}

/** Whether a campaign is running on a day (YYYY-MM-DD, default the build day). */
export function isRunning(campaign: Campaign, day = new Date().toISOString().slice(0, 10)): boolean {
  return campaign.start <= day && day <= campaign.end;
}

/** getStaticPaths for the pages built once per campaign (landing pages and posters, both languages). */
export async function campaignPaths() {
  return (await getCampaigns()).map((campaign) => ({ params: { id: campaign.id }, props: { campaign } }));
}

/** getStaticPaths for the leaflets: each campaign's leaflet exists in its first language only. */
export async function leafletPaths(locale: Locale) {
  return (await campaignPaths()).filter(({ props }) => props.campaign.languages[0] === locale);
}
