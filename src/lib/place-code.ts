// A short code for a place typed by an outreach worker (「火炬开发区某工地」): the same text always gives the
// same 4 characters, so a poster made in the browser needs no list kept anywhere, and the scans counter
// (scripts/measure/scans.mjs --place "…") can name the place again from its code. No imports and only erasable
// types: the browser's poster maker and Node's scans counter (which loads .ts directly) both use it.

// Crockford's base 32: no I, L, O or U, which are easy to misread on paper or type wrongly.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The place as people write it: full-width letters folded, spaces and punctuation dropped, case ignored. */
export function normalizePlace(place: string): string {
  return place
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** 4 characters (about a million codes) from the FNV-1a hash of the normalised place. */
export function placeCode(place: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(normalizePlace(place))) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let code = '';
  for (let i = 0; i < 4; i++) {
    code += ALPHABET[hash & 31];
    hash >>>= 5;
  }
  return code;
}

/** A place code as typed back (lower case, O for 0, I or L for 1): the code it means, or null. */
export function readPlaceCode(text: string): string | null {
  const code = text.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{4}$/.test(code) ? code : null;
}
