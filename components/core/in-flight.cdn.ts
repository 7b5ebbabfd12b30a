import { VERSION } from './version.js';

// The CDN build (scripts/build/cdn-bundles.mjs) uses this module in place of in-flight.ts. There, a page can hold
// two copies of the core: a one-file widget the loader chose for a page with one kind of widget, and the
// shared core chunk of a kind the page added later. Kept on the global object, the requests in flight stay
// one per URL across both. The key holds the version: another release may answer in another shape.
const key = Symbol.for(`legal-aid-kit ${VERSION} requests`);
const page = globalThis as unknown as Record<symbol, Map<string, Promise<unknown>> | undefined>;

export const inFlight = (page[key] ??= new Map());
