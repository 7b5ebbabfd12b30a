import { html, nothing, type TemplateResult } from 'lit-html';
import { fullAddress, hoursLines, navigationLinks, openingText } from '../workstation-map/present.js';
import { LABOUR, mapLink } from './plan-contents.js';
import { stateOf, type ResultHost } from './plan-host.js';
import { StationFinder, type StationPick } from './plan-station.js';
import type { PartialAnswers } from './question-flow.js';

/**
 * "Go here to apply": the nearest workstation that handles the matter and is open (from the same data as the
 * map; the worker's location only if he allows it, else the district he picks), and the union's free legal
 * service where the data has one.
 */

function finderFor(host: ResultHost): StationFinder | undefined {
  const src = host.element.getAttribute('workstations-src');
  if (!src) return undefined;
  const state = stateOf(host.element);
  if (state.finder?.src !== src) state.finder = new StationFinder(host.element, src);
  return state.finder;
}

export function pickFor(host: ResultHost, answers: PartialAnswers): { pick?: StationPick; union?: StationPick; finder?: StationFinder } {
  const finder = finderFor(host);
  if (!finder || finder.state !== 'ready') return { finder };
  const now = new Date();
  const pick = finder.best(answers.matter, now, undefined, host.calendar);
  const union = LABOUR.includes(answers.matter ?? '') ? finder.best(answers.matter, now, 'union', host.calendar) : undefined;
  return { finder, pick, union: union?.item.id === pick?.item.id ? undefined : union };
}

function distanceText(host: ResultHost, finder: StationFinder, metres: number): string {
  const distance =
    metres < 1000
      ? new Intl.NumberFormat(host.locale, { style: 'unit', unit: 'meter' }).format(Math.round(metres / 50) * 50 || 50)
      : new Intl.NumberFormat(host.locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(metres / 1000);
  const district = finder.directory?.districts.find((d) => d.id === finder.origin?.district);
  return host.t('station.from', { distance, place: district ? district.name[host.locale] : host.t('station.here') });
}

export function renderStation(host: ResultHost, answers: PartialAnswers): TemplateResult | typeof nothing {
  const { finder, pick, union } = pickFor(host, answers);
  const map = mapLink(host.mapHref, answers);
  const mapLine = map ? html`<p class="no-print"><a href=${map}>${host.t('where.map')}</a></p>` : nothing;
  if (!finder) return map ? html`<section class="station" part="station">${mapLine}</section>` : nothing;
  const t = finder.translate(host.locale);
  let body: unknown;
  if (finder.state === 'loading' || !t) body = html`<p class="muted" role="status">${host.t('station.loading')}</p>`;
  else if (finder.state === 'error') body = html`<p role="alert">${host.t('station.error')}</p>`;
  else {
    const directory = finder.directory!;
    const ws = pick?.item;
    const links = ws && navigationLinks(ws, host.locale);
    const phone = ws?.phones[0]?.number;
    body = html`<div class="place no-print">
        <label
          >${host.t('station.pick')}
          <select @change=${(e: Event) => finder.pick((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!finder.origin?.district}>${host.t('station.choose')}</option>
            ${directory.districts.map((d) => html`<option value=${d.id} ?selected=${finder.origin?.district === d.id}>${d.name[host.locale]}</option>`)}
          </select></label
        >
        ${
          'geolocation' in navigator
            ? html`<button type="button" @click=${() => finder.locate()}>${host.t('station.locate')}</button>`
            : nothing
        }
        <p class="muted" role="status">${finder.geo === 'idle' ? '' : host.t(`station.${finder.geo}`)}</p>
      </div>
      ${
        ws
          ? html`<div class="station-card">
              <p class="station-name">${ws.name[host.locale]}</p>
              <p>${fullAddress(ws, host.locale)}</p>
              ${pick.metres === undefined ? nothing : html`<p class="muted">${distanceText(host, finder, pick.metres)}</p>`}
              <p class=${pick.opening.open ? 'open' : ''}>${openingText(pick.opening, t, host.locale)}</p>
              ${hoursLines(ws.schedules, t, host.locale).map((line) => html`<p class="muted">${line}</p>`)}
              ${phone ? html`<p>${host.t('station.phone')}<a href="tel:${phone}">${phone}</a></p>` : nothing}
              ${
                links
                  ? html`<p class="no-print nav">
                      <a href=${links.amap} rel="noopener">${host.t('station.amap')}</a>
                      <a href=${links.tencent} rel="noopener">${host.t('station.tencent')}</a>
                    </p>`
                  : nothing
              }
              ${ws.sample ? html`<p class="muted sample">${host.t('station.sample')}</p>` : nothing}
            </div>`
          : html`<p>${host.t('station.none')}</p>`
      }
      ${
        union
          ? html`<p class="union">${host.t('station.union', { name: union.item.name[host.locale] })}</p>
              ${
                union.item.phones[0]
                  ? html`<p>${host.t('station.phone')}<a href="tel:${union.item.phones[0].number}">${union.item.phones[0].number}</a></p>`
                  : nothing
              }`
          : nothing
      }`;
  }
  return html`<section class="station" part="station" aria-labelledby="station-heading">
    <h3 id="station-heading">${host.t('station.heading')}</h3>
    ${body} ${mapLine}
  </section>`;
}
