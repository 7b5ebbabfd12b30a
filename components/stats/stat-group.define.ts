import { LaStatGroup } from './stat-group.js';
import { LaStat } from './stat.js';

// The group draws <la-stat> elements, so it registers them too (a bare side-effect import of
// stat.define.js would be dropped by bundlers that read package.json sideEffects).
LaStat.define('la-stat');
LaStatGroup.define('la-stat-group');

declare global {
  interface HTMLElementTagNameMap {
    'la-stat-group': LaStatGroup;
  }
}
