import { LaEvent } from '../core/events.js';
import type { Assessment } from './engine/types.js';

/** The worker reached the result; detail is the assessment (categories only, nothing typed in). */
export class LaEligibilityResultEvent extends LaEvent<{ assessment: Assessment }> {
  static readonly type = 'la-eligibility-result';
  constructor(assessment: Assessment) {
    super(LaEligibilityResultEvent.type, { assessment });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'la-eligibility-result': LaEligibilityResultEvent;
  }
}
