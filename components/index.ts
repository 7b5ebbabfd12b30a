// Classes only: importing this registers nothing. Register with `legal-aid-kit/<widget>` or `Class.define(tag)`.
export * from './core/index.js';
export { LaWorkstationMap, LaWorkstationSelectEvent } from './workstation-map/workstation-map.js';
