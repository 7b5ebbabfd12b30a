/**
 * Every kit event is a class: prefixed `la-`, kebab-case, bubbling and composed so a partner page can
 * listen on `document` whatever shadow roots lie between.
 */
export class LaEvent<Detail = undefined> extends Event {
  readonly detail: Detail;
  constructor(type: `la-${string}`, detail: Detail, init: EventInit = {}) {
    super(type, { bubbles: true, composed: true, ...init });
    this.detail = detail;
  }
}

export type DataErrorKind = 'network' | 'timeout' | 'http' | 'invalid-json' | 'invalid-data' | 'missing';

export interface DataErrorDetail {
  kind: DataErrorKind;
  /** HTTP status for 'http', otherwise undefined. */
  status?: number;
  /** Technical detail for developers; never shown to workers. */
  message: string;
}

/** The widget's data could not be used; the widget shows its error view. */
export class LaDataErrorEvent extends LaEvent<DataErrorDetail> {
  static readonly type = 'la-data-error';
  constructor(detail: DataErrorDetail) {
    super(LaDataErrorEvent.type, detail);
  }
}

/** The widget's data loaded and validated; detail.source says where it came from. */
export class LaDataReadyEvent extends LaEvent<{ source: 'src' | 'inline' | 'property' }> {
  static readonly type = 'la-data-ready';
  constructor(source: 'src' | 'inline' | 'property') {
    super(LaDataReadyEvent.type, { source });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'la-data-error': LaDataErrorEvent;
    'la-data-ready': LaDataReadyEvent;
  }
}
