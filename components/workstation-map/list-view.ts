import { h, nodes } from '../core/dom.js';
import type { Locale } from '../core/locale.js';
import type { Filters } from './filters.js';
import type { Translate } from './present.js';
import type { WorkstationMapKey } from './workstation-map.strings.js';
import { AGENCY_TYPES, ISSUE_CODES, type WorkstationDirectory } from './workstations.js';

/** Writes text only when it changed, so a live region is not announced again and a caret does not jump. */
export const setText = (node: Node, text: string) => {
  if (node.textContent !== text) node.textContent = text;
};

/** What the list does when a worker acts; the view only wires them up. */
export interface ListActions {
  filterChanged(event: Event): void;
  clearFilters(): void;
  locate(): void;
  toggleMap(): void;
  showMore(): void;
  /** A click inside a card (its copy and map buttons say what they do in data attributes). */
  cardClicked(event: Event): void;
}

/** The parts of the list's view that change after it is built. */
export type ListView = ReturnType<typeof buildListView>;

/** A labelled select whose first choice is empty ("any"). */
const labelledSelect = (label: string, attributes: Parameters<typeof h>[1], empty: string, options: [string, string][]) =>
  h(
    'label',
    null,
    label,
    h(
      'select',
      attributes,
      h('option', { value: '' }, empty),
      options.map(([value, text]) => h('option', { value }, text)),
    ),
  );

/**
 * The list's view for one data set and language: nearest first, the filters, the map's place, the count,
 * the list, the empty state and "more". Built once and updated in place (finder.ts), so a worker on a
 * filter or a button keeps the focus when the list changes.
 */
export function buildListView(
  directory: WorkstationDirectory,
  t: Translate,
  locale: Locale,
  act: ListActions,
  // Leaflet's container is kept across languages: the map lives in it.
  { hotline, mapBox }: { hotline: HTMLElement; mapBox: HTMLElement },
) {
  const all = directory.workstations;
  const filter = (name: keyof Filters, label: WorkstationMapKey, options: [string, string][]) =>
    labelledSelect(t(label), { name, onchange: act.filterChanged }, t('filter.any'), options);
  const clearButton = () => h('button', { type: 'button', onclick: act.clearFilters }, t('filter.clear'));
  const view = {
    clear: clearButton(),
    nearButton: h('button', { type: 'button', class: 'primary', onclick: act.locate }, t('near.button')),
    nearStatus: h('p', { role: 'status', class: 'near-status' }),
    mapToggle: h('button', { type: 'button', onclick: act.toggleMap }),
    mapStatus: h('p', { role: 'status', class: 'map-status' }),
    mapNotes: h('div', null),
    count: h('p', { class: 'count', role: 'status' }),
    calendarNote: h('p', { class: 'map-status', hidden: true }, t('open.noCalendar')),
    list: h('ul', { class: 'list', part: 'list', 'aria-label': t('list.label'), onclick: act.cardClicked }),
    emptyLead: h('p', null, t('empty.lead')),
    emptyList: h('ul', { class: 'list', part: 'list', onclick: act.cardClicked }),
    more: h('button', { type: 'button', onclick: act.showMore }),
  };
  const form = h(
    'form',
    { class: 'filters', part: 'filters', role: 'search', onsubmit: (e) => e.preventDefault() },
    h(
      'fieldset',
      null,
      h('legend', null, t('filter.legend')),
      filter(
        'issue',
        'filter.issue',
        ISSUE_CODES.filter((code) => all.some((ws) => ws.issues.includes(code))).map((c) => [c, t(`issue.${c}`)]),
      ),
      filter(
        'type',
        'filter.type',
        AGENCY_TYPES.filter((type) => all.some((ws) => ws.agency_type === type)).map((c) => [c, t(`type.${c}`)]),
      ),
      filter(
        'district',
        'filter.district',
        directory.districts.map((d) => [d.id, d.name[locale]]),
      ),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'open', onchange: act.filterChanged }), t('filter.open')),
      h('label', null, t('filter.q'), h('input', { type: 'search', name: 'q', oninput: act.filterChanged })),
      view.clear,
    ),
  );
  const nearBox = h('div', { class: 'near' }, view.nearButton, h('p', { class: 'hint' }, t('near.privacy')), view.nearStatus);
  const mapWrap = h('div', { class: 'map-wrap' }, mapBox, view.mapStatus, view.mapNotes);
  const empty = h(
    'div',
    { class: 'empty' },
    h('p', { class: 'empty-title' }, t('empty.title')),
    hotline,
    view.emptyLead,
    view.emptyList,
    clearButton(),
  );
  const shell = nodes([
    directory.sample && h('p', { class: 'sample', part: 'sample' }, t('sample')),
    // Nearest first, above the filters: what most workers want first.
    nearBox,
    form,
    h('div', { class: 'map-area' }, view.mapToggle, mapWrap),
    view.count,
    view.calendarNote,
    view.list,
    empty,
    h('div', { class: 'after' }, view.more, h('button', { type: 'button', class: 'print', onclick: () => print() }, t('print.button'))),
  ]) as Node[];
  return { ...view, form, nearBox, mapWrap, empty, shell };
}
