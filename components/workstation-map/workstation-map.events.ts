import { LaEvent } from '../core/events.js';

/** The user chose a workstation in the list or on the map; detail.id is its id. */
export class LaWorkstationSelectEvent extends LaEvent<{ id: string }> {
  static readonly type = 'la-workstation-select';
  constructor(id: string) {
    super(LaWorkstationSelectEvent.type, { id });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'la-workstation-select': LaWorkstationSelectEvent;
  }
}
