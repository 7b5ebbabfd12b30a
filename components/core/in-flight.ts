/** Data requests still waiting for an answer, by URL: one request per URL however many widgets read it. */
export const inFlight = new Map<string, Promise<unknown>>();
