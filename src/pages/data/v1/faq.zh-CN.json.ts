// Version 1 of the data format (src/lib/data-version.ts): the same file as /data/faq.zh-CN.json, kept at this address for good.
export { GET } from '../faq.zh-CN.json.js';
