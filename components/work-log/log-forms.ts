import { html, nothing, type TemplateResult } from 'lit-html';
import { type Locale } from '../core/locale.js';
import { saveEmployer, type DayEntry, type DayFields, type Employer, type WorkLog } from './log-model.js';

/**
 * The forms behind a summary, loaded when the worker opens one: the day's details (site, employer, hours,
 * work, money received), the employer (包工头) forms and his own name and phone. The first screen shows
 * only their summaries. Their words come with them, in both languages.
 */

const zh = {
  'day.site': '在哪个工地',
  'day.hours': '干了几个小时',
  'day.work': '干了什么活',
  'day.received': '今天拿到多少钱（元）',
  'day.employer': '给谁干的',
  'day.none': '没选',
  name: '名字',
  phone: '电话',
  site: '工地地址',
  wage: '说好一天多少钱（元）',
  save: '保存',
  saved: '保存好了。',
};
const en: typeof zh = {
  'day.site': 'Which site',
  'day.hours': 'Hours worked',
  'day.work': 'What work you did',
  'day.received': 'Money received today (yuan)',
  'day.employer': 'Who you worked for',
  'day.none': 'Not chosen',
  name: 'Name',
  phone: 'Phone',
  site: 'Site address',
  wage: 'Agreed wage for a day (yuan)',
  save: 'Save',
  saved: 'Saved.',
};
const formWords = { 'zh-CN': zh, en };

/** What the forms need of the log: the log, its language, the moment now, and saves that say so. */
export interface FormsHost {
  log: WorkLog;
  locale: Locale;
  now(): string;
  save(log: WorkLog, notice: string): void;
  /** Records the details of the day on view (its status stays). */
  saveDay(fields: Omit<DayFields, 'status'>): void;
}

type Text = (key: string) => string | undefined;

/** A form's submit with its trimmed text fields (an empty one is undefined). */
const onSubmit = (act: (text: Text, form: HTMLFormElement) => void) => (event: Event) => {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const data = new FormData(form);
  act((key) => String(data.get(key) ?? '').trim() || undefined, form);
};
const close = (form: HTMLFormElement) => form.closest('details')?.removeAttribute('open');
const number = (text: Text, key: string) => (text(key) === undefined ? undefined : Number(text(key)));

/** The day's details: where, for whom, how long, what work, and the money received that day. */
export function dayForm(host: FormsHost, entry: DayEntry): TemplateResult {
  const t = formWords[host.locale];
  const field = (key: 'site' | 'work') =>
    html`<label>${t[`day.${key}`]}<input name=${key} autocomplete="off" .value=${entry[key] ?? ''} /></label>`;
  const amount = (key: 'hours' | 'received', max?: number) =>
    html`<label
      >${t[`day.${key}`]}<input
        name=${key}
        type="number"
        inputmode="decimal"
        min="0"
        max=${max ?? nothing}
        step="any"
        .value=${String(entry[key] ?? '')}
    /></label>`;
  const save = onSubmit((text) =>
    host.saveDay({
      site: text('site'),
      hours: number(text, 'hours'),
      work: text('work'),
      received: number(text, 'received'),
      employerId: text('employerId'),
    }),
  );
  return html`<form @submit=${save}>
    ${field('site')}
    <label
      >${t['day.employer']}<select name="employerId">
        <option value="">${t['day.none']}</option>
        ${host.log.employers.map((e) => html`<option value=${e.id} ?selected=${entry.employerId === e.id}>${e.name}</option>`)}
      </select></label
    >
    ${amount('hours', 24)} ${field('work')} ${amount('received')}
    <button class="primary">${t.save}</button>
  </form>`;
}

/** A new employer's form, or an employer's with his values to change (the model keeps the earlier ones). */
export function employerForm(host: FormsHost, e?: Employer): TemplateResult {
  const t = formWords[host.locale];
  const input = (name: 'name' | 'phone' | 'site' | 'wage', key: string, value: string | number | undefined, type = 'text') =>
    html`<label
      >${t[name]}<input
        name=${key}
        type=${type}
        ?required=${name === 'name'}
        inputmode=${type === 'tel' ? 'tel' : type === 'number' ? 'decimal' : nothing}
        min=${type === 'number' ? '0' : nothing}
        step=${type === 'number' ? 'any' : nothing}
        .value=${String(value ?? '')}
    /></label>`;
  const save = onSubmit((text, form) => {
    const name = text('name');
    if (!name) return; // the field is required: the browser says so
    const fields = { name, phone: text('phone'), siteAddress: text('siteAddress'), dailyWage: number(text, 'dailyWage') };
    host.save(saveEmployer(host.log, { ...fields, ...(e ? { id: e.id } : {}) }, host.now()), t.saved);
    close(form);
  });
  return html`<form @submit=${save}>
    ${input('name', 'name', e?.name)} ${input('phone', 'phone', e?.phone, 'tel')} ${input('site', 'siteAddress', e?.siteAddress)}
    ${input('wage', 'dailyWage', e?.dailyWage, 'number')}
    <button class="primary">${t.save}</button>
  </form>`;
}

/** The worker's own name and phone, for the crew roster. */
export function meForm(host: FormsHost): TemplateResult {
  const t = formWords[host.locale];
  const save = onSubmit((text, form) => {
    host.save(
      { ...host.log, worker: JSON.parse(JSON.stringify({ name: text('name'), phone: text('phone') })) as WorkLog['worker'] },
      t.saved,
    );
    close(form);
  });
  return html`<form @submit=${save}>
    <label>${t.name}<input name="name" autocomplete="name" .value=${host.log.worker?.name ?? ''} /></label>
    <label>${t.phone}<input name="phone" type="tel" autocomplete="tel" .value=${host.log.worker?.phone ?? ''} /></label>
    <button class="primary">${t.save}</button>
  </form>`;
}
