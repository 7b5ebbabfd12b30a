import type { ReactiveController } from '@lit/reactive-element/reactive-controller.js';
import { message } from '../core/core.strings.js';
import { formatNumber } from '../core/format.js';
import { byDistance, toLatLng } from './distance.js';
import type { LatLng } from './gcj02.js';
import { nearestStrings } from './nearest.strings.js';
import type { FinderHost, ListSide, Located } from './host.js';
import type { District, Workstation } from './workstations.js';

type GeoState = 'idle' | 'asking' | 'denied' | 'timeout' | 'unsupported';
type Origin = { point: LatLng; district?: District };

const position = (ws: Workstation) => (ws.location ? toLatLng(ws.location) : undefined);

/**
 * "Nearest to me first" of <la-workstation-map>: the phone's position (with a timeout) or a district picked
 * by hand, and the list sorted from there. Loaded the first time the worker asks, so the list does not wait
 * for it. The position stays in memory: it never enters the URL or a request.
 */
export class Nearest implements ReactiveController {
  geo: GeoState = 'idle';
  private origin: Origin | undefined;
  /** The district picker, in the list's "nearest" box; made again when the list is rebuilt. */
  private picker: HTMLLabelElement | undefined;

  constructor(
    private readonly host: FinderHost,
    private readonly list: ListSide,
  ) {
    host.addController(this);
  }

  /** Its own words, in the element's language. */
  private readonly t = (key: keyof (typeof nearestStrings)['zh-CN'], values?: Record<string, string | number>) =>
    message(nearestStrings, this.host.locale, key, values);

  private set(patch: { geo?: GeoState; origin?: Origin }): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  locate(): void {
    const geolocation = navigator.geolocation;
    if (!geolocation) {
      void this.failed('unsupported');
      return;
    }
    this.set({ geo: 'asking' });
    let settled = false;
    const settle = (then: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      then();
    };
    // Some WebViews never call back at all: give up on our own clock too.
    const timer = setTimeout(() => settle(() => this.failed('timeout')), this.host.geoTimeout + 1000);
    geolocation.getCurrentPosition(
      // The Geolocation API answers in WGS-84, like our data.
      ({ coords }) => settle(() => this.set({ origin: { point: { lat: coords.latitude, lng: coords.longitude } }, geo: 'idle' })),
      (error) => settle(() => this.failed(error.code === error.TIMEOUT ? 'timeout' : 'denied')),
      { timeout: this.host.geoTimeout, maximumAge: 300_000, enableHighAccuracy: false },
    );
  }

  private async failed(why: GeoState): Promise<void> {
    this.set({ geo: why });
    await this.host.updateComplete;
    this.picker?.querySelector('select')!.focus();
  }

  /** The list nearest first once there is an origin; as it is before. */
  sort(list: readonly Workstation[]): Located[] {
    return this.origin ? byDistance(list, this.origin.point, position) : list.map((item) => ({ item }));
  }

  /** The workstation nearest to the origin, if there is one. */
  closest(list: readonly Workstation[]): Located | undefined {
    return this.origin && this.sort(list)[0];
  }

  /** "About 2.4 km from you / from Tanzhou". */
  distance(metres: number): string {
    const { t } = this;
    const locale = this.host.locale;
    // "800米" / "2.4公里"
    const distance =
      metres < 1000
        ? formatNumber(Math.round(metres / 50) * 50 || 50, this.host.locale, { style: 'unit', unit: 'meter' })
        : formatNumber(metres / 1000, this.host.locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
    const district = this.origin?.district;
    return district ? t('item.distanceFrom', { distance, place: district.name[locale] }) : t('item.distance', { distance });
  }

  /** What the status line says: asking, why the position failed, or where the list is sorted from. */
  status(): string {
    const { geo, origin } = this;
    const { t } = this;
    if (geo === 'asking') return this.host.text('near.asking');
    if (geo !== 'idle') return t(`near.${geo}`);
    return origin ? t('near.sorted', { place: origin.district?.name[this.host.locale] ?? t('near.here') }) : '';
  }

  /** After the list's render: the status line, and the district picker once the position failed or a district was picked. */
  hostUpdated(): void {
    const parts = this.list.view!;
    if (parts.nearStatus.textContent !== this.status()) parts.nearStatus.textContent = this.status();
    if (this.picker?.parentNode !== parts.nearBox) this.picker = parts.nearBox.appendChild(this.makePicker());
    this.picker.hidden = !this.origin?.district && (this.geo === 'idle' || this.geo === 'asking');
    this.picker.querySelector('select')!.value = this.origin?.district?.id ?? '';
  }

  /** "Or pick your town": a labelled select of the districts, sorting from the one picked. */
  private makePicker(): HTMLLabelElement {
    const { t } = this;
    const districts = this.host.directory!.districts;
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '') =>
      Object.assign(document.createElement(tag), { textContent: text });
    const select = make('select');
    select.id = 'la-near-district';
    select.append(
      make('option', t('near.choose')),
      ...districts.map((d) => Object.assign(make('option', d.name[this.host.locale]), { value: d.id })),
    );
    select.firstElementChild!.setAttribute('value', '');
    select.onchange = () => this.pick(districts.find((d) => d.id === select.value));
    const label = make('label', t('near.pick'));
    label.append(select);
    return label;
  }

  /** Where the phone said the worker is, once they let it; never a district picked by hand. */
  get here(): LatLng | undefined {
    return this.origin && !this.origin.district ? this.origin.point : undefined;
  }

  /** Sorts from a district's centre (none: back to the data's order). */
  pick(district: District | undefined): void {
    this.set({ origin: district && { point: toLatLng(district.location), district } });
  }
}
