import { LaEvent } from '../core/events.js';

/** The search or filter changed; detail: the query, the issue filter and how many questions match. */
export class LaSearchEvent extends LaEvent<{ query: string; issue: string | null; count: number }> {
  static readonly type = 'la-search';
  constructor(detail: { query: string; issue: string | null; count: number }) {
    super(LaSearchEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'la-search': LaSearchEvent;
  }
}
