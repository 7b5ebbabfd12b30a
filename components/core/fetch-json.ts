import type { DataErrorDetail } from './events.js';
import { inFlight } from './in-flight.js';

// JSON over the network for every widget, with no Lit import so lazily loaded chunks can use it too.

/** Raised inside loading to carry a classified failure to the error view. */
export class LoadFailure extends Error {
  constructor(readonly detail: DataErrorDetail) {
    super(detail.message);
  }
}

export async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    // no-referrer: the worker's page address never reaches the data host.
    response = await fetch(url, { signal, referrerPolicy: 'no-referrer' });
  } catch (error) {
    const timedOut = signal.aborted;
    throw new LoadFailure({
      kind: timedOut ? 'timeout' : 'network',
      message: timedOut ? `no answer from ${url} within ${timeoutMs} ms` : String(error),
    });
  }
  if (!response.ok) throw new LoadFailure({ kind: 'http', status: response.status, message: `${url} answered ${response.status}` });
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LoadFailure({ kind: 'invalid-json', message: `${url}: ${String(error)}` });
  }
}

/** One request per URL however many widgets on the page read it; a failed request is forgotten. */
export function sharedFetch(url: string, timeoutMs: number): Promise<unknown> {
  let pending = inFlight.get(url);
  if (!pending) {
    pending = fetchJson(url, timeoutMs);
    inFlight.set(url, pending);
    pending.then(
      () => setTimeout(() => inFlight.delete(url), 0),
      () => inFlight.delete(url),
    );
  }
  return pending;
}
