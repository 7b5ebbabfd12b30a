import { LaWorkstationMap } from './workstation-map.js';

LaWorkstationMap.define('la-workstation-map');

declare global {
  interface HTMLElementTagNameMap {
    'la-workstation-map': LaWorkstationMap;
  }
}
