// Outreach-site figures for `npm run bench`: what every page pays for the site's own script, the offline
// worker's size, and how small the poster QR codes are (fewer modules scan from further away).
import fs from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { gzipSize } from '../sizes.mjs';

export default async function siteFigures() {
  const rows = [];
  const assets = fs.existsSync('dist-site/_assets') ? fs.readdirSync('dist-site/_assets') : [];
  const prefs = assets.find((f) => f.startsWith('site-prefs.') && f.endsWith('.js'));
  if (prefs) {
    rows.push({
      name: 'site script in <head> (large text, contrast, SW), gzip',
      value: gzipSize(fs.readFileSync(path.join('dist-site/_assets', prefs))),
      unit: 'B',
    });
  }
  rows.push({ name: 'service worker sw.js, gzip (not on first load)', value: gzipSize(fs.readFileSync('public/sw.js')), unit: 'B' });
  const { siteUrl } = JSON.parse(fs.readFileSync('content/site.json', 'utf8'));
  const url = `${siteUrl}/Q/SITE1`;
  const upper = QRCode.create(url.toUpperCase(), { errorCorrectionLevel: 'Q' });
  const lower = QRCode.create(url, { errorCorrectionLevel: 'Q' });
  rows.push({ name: `poster QR modules per side, upper case (${url})`, value: upper.modules.size, unit: 'modules' });
  rows.push({ name: 'poster QR modules per side, if written in lower case', value: lower.modules.size, unit: 'modules' });
  return rows;
}
