import QRCode from 'qrcode';
import type { Locale } from '../../components/core/locale.js';
import { localePath } from '../i18n/index.js';
import type { Campaign } from './campaign-schema.js';

/** The address printed on a poster: short, and the same text the QR code holds. */
export function shortUrl(siteUrl: string, code: string): string {
  return `${siteUrl}/Q/${code}`;
}

/** The campaign page a short code opens: in the campaign's first poster language. */
export function campaignPath(campaign: Campaign, locale: Locale = campaign.languages[0]!): string {
  return localePath(locale, `/campaigns/${campaign.id}/`);
}

/**
 * The QR code of a short link as inline SVG, made at build time. Scheme and host are case-insensitive and
 * /Q/CODE is upper case, so the whole URL is written in capitals: QR alphanumeric mode then holds it in
 * fewer, larger modules (version 3 instead of 4 for the demo address) that scan from further away.
 * Error correction Q survives a quarter of the code being dirty or torn.
 */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url.toUpperCase(), { type: 'svg', errorCorrectionLevel: 'Q', margin: 4 });
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
