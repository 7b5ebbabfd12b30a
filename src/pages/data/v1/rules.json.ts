// Version 1 of the data format (src/lib/data-version.ts): the same file as /data/rules.json, kept at this address for good.
export { GET } from '../rules.json.js';
