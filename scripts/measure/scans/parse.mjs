// Pure parsing for `npm run scans`: one access-log line in, the request it records out; then scans counted
// per campaign, place and ISO week. No file system, no output: tests feed it lines.
//
// Formats read (one line each; a line in no known format is skipped and counted as unreadable):
//  - nginx / Apache "combined" (and "common"): IP - - [10/Dec/2026:08:15:02 +0800] "GET /Q/SITE1 HTTP/1.1" 200 …
//  - Aliyun OSS access logs: the same start, then OSS's own quoted fields (bucket, object, request id …)
//  - Aliyun CDN: [10/Dec/2026:08:15:02 +0800] IP - 1542 "-" "GET http://host/Q/SITE1" 200 …
//  - Qiniu CDN: IP HIT 12 [10/Dec/2026:08:15:02 +0800] "GET http://host/Q/SITE1 HTTP/1.1" 200 …
//  - Tencent COS: space-separated, eventTime 20261210T001502Z (UTC), the path and method as their own fields
//  - Tencent CDN: 20261210081502 IP host /Q/SITE1 … 200 … "UA" "referer" GET HTTPS … (local time)
// IP addresses are read only to tell a reload from a new scan within one run, hashed with a salt made for
// the run, and never kept or printed.

import { readPlaceCode } from '../../../src/lib/place-code.ts';

const MONTHS = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };
const BRACKET_TIME = /\[(\d{1,2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})\]/;
const QUOTED_REQUEST = /"(GET|HEAD|POST|PUT|DELETE|OPTIONS) (\S+?)(?: HTTP\/[\d.]+)?"\s+(\d{3})\b/;
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$|^[0-9a-f:]+:[0-9a-f:]*$/i;
/** Phones scanning a QR code never look like these; link previews, monitors and scripts do. */
const ROBOT = /bot|spider|crawl|slurp|preview|facebookexternalhit|monitor|curl|wget|python|go-http|java\/|okhttp|headless/i;

/**
 * @typedef {{ time: Date, method: string, target: string, status: number, client?: string, agent?: string }} Request
 */

/** One log line as the request it records, or null when the line is in no format this reads. */
export function parseLine(line) {
  const text = line.trim();
  if (!text || text.startsWith('#')) return null;
  const bracket = BRACKET_TIME.exec(text);
  const request = QUOTED_REQUEST.exec(text);
  if (bracket && request) {
    const [, d, mon, y, hh, mm, ss, sign, oh, om] = bracket;
    if (!(mon in MONTHS)) return null;
    const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
    const time = new Date(Date.UTC(Number(y), MONTHS[mon], Number(d), Number(hh), Number(mm), Number(ss)) - offset * 60_000);
    const quoted = [...text.slice(request.index + request[0].length).matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    const client = text.split(/\s+/).find((token) => IPV4.test(token));
    // combined: "referer" "agent" after the status; Aliyun CDN: the agent is the first quoted field after it.
    const agent = quoted.find((q) => /mozilla|micromessenger|\w+\/[\d.]+/i.test(q) && !/^https?:/.test(q));
    return { time, method: request[1], target: request[2], status: Number(request[3]), client, agent };
  }
  return parseTencent(text);
}

/** Tencent COS and CDN lines: space-separated fields, times without brackets. */
function parseTencent(text) {
  const tokens = text.match(/"[^"]*"|\S+/g) ?? [];
  let time;
  let cdnTime = false;
  for (const token of tokens) {
    const cos = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(token);
    const cdn = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(token);
    const m = cos ?? cdn;
    if (!m) continue;
    const [y, mo, d, hh, mm, ss] = m.slice(1).map(Number);
    // COS writes UTC (the Z); Tencent CDN writes Beijing time.
    time = new Date(Date.UTC(y, mo - 1, d, hh, mm, ss) - (cos ? 0 : 8 * 3_600_000));
    cdnTime = !cos;
    break;
  }
  const targetIndex = tokens.findIndex((token) => /^(https?:\/\/[^/\s]+)?\/\S*$/.test(token) && !token.startsWith('//'));
  const target = tokens[targetIndex];
  const method = tokens.find((token) => /^(GET|HEAD|POST|PUT|DELETE|OPTIONS)$/.test(token));
  // Tencent CDN: the status is the 4th field after the path (size, province, carrier, status); COS: the first
  // three-digit field after the quoted user agent that follows the path.
  const agentIndex = tokens.findIndex((token, i) => i > targetIndex && token.startsWith('"'));
  const status = cdnTime ? tokens[targetIndex + 4] : tokens.slice(agentIndex + 1).find((token) => /^[1-5]\d{2}$/.test(token));
  if (!time || targetIndex < 0 || !method || !status || !/^[1-5]\d{2}$/.test(status) || (!cdnTime && agentIndex < 0)) return null;
  return {
    time,
    method,
    target,
    status: Number(status),
    client: tokens.find((token) => IPV4.test(token)),
    agent: tokens.find((token) => token.startsWith('"') && /mozilla|micromessenger|\w+\/[\d.]+/i.test(token))?.slice(1, -1),
  };
}

/**
 * The short code and place code a request asks for: /Q/SITE1, /q/site1/, /Q/SITE1/index.html,
 * http://host/Q/SITE1?KTM2 (a poster made in the browser for a new place), in any case.
 */
export function shortLinkOf(target) {
  const m = /^(?:https?:\/\/[^/]+)?\/[Qq]\/([A-Za-z0-9]{2,16})(?:\/(?:index\.html)?)?(?:\?([^&#\s]*))?$/.exec(target);
  if (!m) return null;
  // Anything after "?" that is not a place code (a tracking parameter a browser added) is ignored.
  const place = m[2] ? readPlaceCode(m[2]) : null;
  return { code: m[1].toUpperCase(), place };
}

/** ISO 8601 week of a day in Beijing time: "2026-W50". */
export function isoWeek(time) {
  const local = new Date(time.getTime() + 8 * 3_600_000);
  const day = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The same phone opening the same poster's page again within this time is a reload, not a new scan. */
export const RELOAD_MS = 30 * 60_000;

/**
 * Counts scans. `campaigns`: [{ id, posters: [{ code, location }] }]; `places`: Map of place code → name
 * (given with --place). Returns the rows (week, campaign, code, place) with their counts, and what was
 * left out and why, so the numbers can be checked.
 */
export function countScans(lines, campaigns, places = new Map()) {
  const byCode = new Map();
  for (const campaign of campaigns) for (const spot of campaign.posters) byCode.set(spot.code.toUpperCase(), { campaign, spot });
  const salt = Math.random().toString(36);
  const lastSeen = new Map();
  const counts = new Map();
  const skipped = { unreadable: 0, notScan: 0, notServed: 0, robot: 0, reload: 0, unknownCode: 0 };
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#')) continue;
    const request = parseLine(line);
    if (!request) {
      skipped.unreadable++;
      continue;
    }
    const link = shortLinkOf(request.target);
    if (!link || request.method !== 'GET') {
      skipped.notScan++;
      continue;
    }
    // A redirect (/Q/SITE1 → /Q/SITE1/) is followed by the page's own line: count the page only.
    if (!(request.status >= 200 && request.status < 300) && request.status !== 304) {
      skipped.notServed++;
      continue;
    }
    if (request.agent && ROBOT.test(request.agent)) {
      skipped.robot++;
      continue;
    }
    const known = byCode.get(link.code);
    if (!known) {
      skipped.unknownCode++;
      continue;
    }
    if (request.client) {
      const key = `${salt}|${request.client}|${request.agent ?? ''}|${link.code}|${link.place ?? ''}`;
      const last = lastSeen.get(key);
      lastSeen.set(key, request.time.getTime());
      if (last !== undefined && Math.abs(request.time.getTime() - last) < RELOAD_MS) {
        skipped.reload++;
        continue;
      }
    }
    const place = link.place ? (places.get(link.place) ?? `?${link.place}`) : known.spot.location['zh-CN'];
    const row = {
      week: isoWeek(request.time),
      campaign: known.campaign.id,
      code: link.place ? `${link.code}?${link.place}` : link.code,
      place,
    };
    const key = JSON.stringify(row);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  lastSeen.clear();
  const rows = [...counts].map(([key, scans]) => ({ ...JSON.parse(key), scans }));
  rows.sort((a, b) => a.week.localeCompare(b.week) || a.campaign.localeCompare(b.campaign) || a.code.localeCompare(b.code));
  return { rows, skipped };
}

/** The rows as CSV (UTF-8 with a byte-order mark, so Excel and WPS open the Chinese place names). */
export function toCsv(rows) {
  const cell = (value) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
  const lines = [['week', 'campaign', 'code', 'place', 'scans'], ...rows.map((r) => [r.week, r.campaign, r.code, r.place, r.scans])];
  return `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\n')}\n`;
}

/** The rows as a plain text table, with a total per campaign and place over all weeks. */
export function toTable(rows) {
  const header = ['week', 'campaign', 'code', 'place', 'scans'];
  const body = rows.map((r) => [r.week, r.campaign, r.code, r.place, String(r.scans)]);
  const width = (s) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i]))));
  const pad = (s, i) => (i === 4 ? ' '.repeat(widths[i] - width(s)) + s : s + ' '.repeat(widths[i] - width(s)));
  return [header, widths.map((w) => '-'.repeat(w)), ...body].map((r) => r.map(pad).join('  ').trimEnd()).join('\n');
}
