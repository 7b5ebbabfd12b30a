import { message } from '../core/core.strings.js';
import { h } from '../core/dom.js';
import type { Locale } from '../core/locale.js';
import { cardExtrasStrings } from './card-extras.strings.js';
import type { DirectionLinks } from './directions.js';

/** A card's three directions links, each opening the map app's route in a new tab (card.ts puts them in). */
export const directionLinks = (links: DirectionLinks, locale: Locale) =>
  (['amap', 'tencent', 'baidu'] as const).map((app) =>
    h(
      'a',
      { class: 'la-button', href: links[app], rel: 'noopener noreferrer', target: '_blank' },
      message(cardExtrasStrings, locale, `item.${app}`),
    ),
  );
