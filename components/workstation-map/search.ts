import type { Workstation } from './workstations.js';

/**
 * A word as a worker may write a place: 「中山市小榄镇」 or 「广东中山小榄」 for 小榄. The workstation's own
 * province and city (every one shares them) and a 镇/街道/区/县/乡 ending are dropped, the ending only
 * when two characters are left (东区 stays 东区).
 */
function placeWord(word: string, ws: Workstation): string {
  for (const place of [ws.address.state_province['zh-CN'], ws.address.city['zh-CN']])
    for (const form of [place, place.slice(0, -1)]) if (word.startsWith(form)) word = word.slice(form.length);
  return word.length > 2 ? word.replace(/(街道|镇|区|县|乡)$/, '') : word;
}

/** Text search over what a worker might type: name, host agency, address, district (both languages). */
export function matchesText(ws: Workstation, query: string): boolean {
  const text = [ws.name, ws.organization.name, ws.address.address_1, ws.address.region]
    .flatMap((t) => [t['zh-CN'], t.en])
    .join(' ')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => text.includes(word) || text.includes(placeWord(word, ws) || word));
}
