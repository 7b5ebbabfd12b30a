import { html, nothing, saveEmployer, type TemplateResult, type Locale, type Employer, type WorkLog } from './log-parts.js';

/**
 * The employer (包工头) forms and the worker's own name and phone, loaded when the worker opens one: the
 * first screen shows only their summaries. Their words come with them, in both languages.
 */

const zh = {
  name: '名字',
  phone: '电话',
  site: '工地地址',
  wage: '说好一天多少钱（元）',
  save: '保存',
  saved: '保存好了。',
};
const en: typeof zh = {
  name: 'Name',
  phone: 'Phone',
  site: 'Site address',
  wage: 'Agreed wage for a day (yuan)',
  save: 'Save',
  saved: 'Saved.',
};
const formWords = { 'zh-CN': zh, en };

/** What the forms need of the log: the log, its language, the moment now, and a save that says so. */
export interface FormsHost {
  log: WorkLog;
  locale: Locale;
  now(): string;
  save(log: WorkLog, notice: string): void;
}

/** A form's submit: its trimmed text fields (empty ones as undefined), then the details it sits in closes. */
const onSubmit = (act: (text: (key: string) => string | undefined) => false | void) => (event: Event) => {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const data = new FormData(form);
  if (act((key) => String(data.get(key) ?? '').trim() || undefined) !== false) form.closest('details')?.removeAttribute('open');
};

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
  const save = onSubmit((text) => {
    const name = text('name');
    if (!name) return false; // the field is required: the browser says so
    const wage = text('dailyWage');
    const fields = {
      name,
      phone: text('phone'),
      siteAddress: text('siteAddress'),
      dailyWage: wage === undefined ? undefined : Number(wage),
    };
    host.save(saveEmployer(host.log, { ...fields, ...(e ? { id: e.id } : {}) }, host.now()), t.saved);
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
  const save = onSubmit((text) =>
    host.save(
      { ...host.log, worker: JSON.parse(JSON.stringify({ name: text('name'), phone: text('phone') })) as WorkLog['worker'] },
      t.saved,
    ),
  );
  return html`<form @submit=${save}>
    <label>${t.name}<input name="name" autocomplete="name" .value=${host.log.worker?.name ?? ''} /></label>
    <label>${t.phone}<input name="phone" type="tel" autocomplete="tel" .value=${host.log.worker?.phone ?? ''} /></label>
    <button class="primary">${t.save}</button>
  </form>`;
}
