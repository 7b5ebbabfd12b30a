import { LaStatGroup } from './stat-group.js';

// The group draws <la-stat> elements: its define() registers them too (under a tag of this version's own
// when another kit version holds <la-stat>).
LaStatGroup.define('la-stat-group');

declare global {
  interface HTMLElementTagNameMap {
    'la-stat-group': LaStatGroup;
  }
}
