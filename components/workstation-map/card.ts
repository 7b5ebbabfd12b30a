import { h, type Child } from '../core/dom.js';
import { formatDate } from '../core/format.js';
import type { Locale } from '../core/locale.js';
import { fullAddress, hoursLines, type Translate } from './present.js';
import type { WorkstationMapKey } from './workstation-map.strings.js';
import type { Workstation } from './workstations.js';

/**
 * One workstation's card, as a pure function of (data, words, language) built with `h()`: the widget's list
 * and the server-rendered page (at build time) show this one markup. The parts that change after it is
 * built (open now, distance, "copied") are empty here, filled in by the list and what loads just after it.
 */
export interface CardOptions {
  /** Its own changes to its hours from today on (changes.ts); the widget adds them (changesRow) a moment later. */
  changes?: string[] | undefined;
  /** The directions links (direction-links.ts); the widget adds them a moment later. */
  links?: Child;
  /** With the buttons that need the widget's script (copy, show on the map); false on the server page. */
  interactive?: boolean;
}

/** A row of a card's list of details. */
const row = (t: Translate, key: WorkstationMapKey, ...value: Child[]) => [h('dt', null, t(key)), h('dd', null, ...value)];
const lines = (texts: string[]) => texts.map((line) => h('span', { class: 'line' }, line));

/** "临时变动": the workstation's own changes to its hours, such as "12月24日不接待（…）". */
export const changesRow = (changes: string[], t: Translate) => row(t, 'item.changes', lines(changes));

export function workstationCard(ws: Workstation, t: Translate, locale: Locale, { changes, links, interactive = true }: CardOptions = {}) {
  const join = t('hours.join');
  const headingId = `ws-${ws.id}-name`;
  return h(
    'li',
    { id: `ws-${ws.id}`, class: 'item', part: 'item', tabindex: -1 },
    h(
      'article',
      { 'aria-labelledby': headingId },
      h('h2', { id: headingId }, ws.name[locale]),
      h('p', { class: 'host' }, `${t(`type.${ws.agency_type}`)} · ${t('item.host', { org: ws.organization.name[locale] })}`),
      interactive && [h('p', { class: 'open', hidden: true }), h('p', { class: 'distance', hidden: true })],
      h(
        'dl',
        null,
        row(
          t,
          'item.address',
          fullAddress(ws, locale),
          interactive && [' ', h('button', { type: 'button', 'data-copy': '' }, t('item.copy')), ' ', h('span', { role: 'status' })],
        ),
        row(
          t,
          'item.phone',
          ws.phones.map((p) => [h('a', { class: 'tel', href: `tel:${p.number}` }, p.number), ' ']),
        ),
        // Its own changes to these hours come right after them (changesRow).
        [h('dt', null, t('item.hours')), h('dd', { class: 'hours' }, lines(hoursLines(ws.schedules, t, locale)))],
        changes && changes.length > 0 && changesRow(changes, t),
        row(t, 'item.issues', ws.issues.map((code) => t(`issue.${code}`)).join(join)),
        ws.required_documents.length > 0 &&
          row(
            t,
            'item.documents',
            h(
              'ul',
              null,
              ws.required_documents.map((doc) => h('li', null, doc[locale])),
            ),
          ),
        ws.accessibility.length > 0 && row(t, 'item.access', ws.accessibility.map((a) => a[locale]).join(join)),
      ),
      h(
        'p',
        { class: 'actions' },
        ws.location
          ? [links, interactive && h('button', { type: 'button', 'data-show': '' }, t('item.showOnMap'))]
          : h('span', { class: 'hint' }, t('item.noLocation')),
      ),
      h('p', { class: 'assured' }, t('item.assured', { date: formatDate(ws.assured_date, locale) })),
    ),
  );
}
