import { html, nothing, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import type { CaseFile, Field, Step } from './case-steps.js';
import { readPath } from './case-steps.js';
import type { RawField } from './field-input.js';

/**
 * One question screen, in the checker's plain style and classes (its styles are shared): the question as
 * the form's legend, a hint, the error, the fields, Continue. Pure template: the element reads the form.
 */

export interface QuestionHost {
  t(key: string, values?: Record<string, string | number>): string;
  file: CaseFile;
  /** The field in error and the message key, or null. */
  error: { path: string; key: string } | null;
  onSubmit(event: SubmitEvent, step: Step): void;
  onBack(): void;
}

const INPUT_MODES: Partial<Record<Field['kind'], string>> = { tel: 'tel', amount: 'decimal', count: 'decimal', id: 'text' };

function optionLabel(host: QuestionHost, field: Field, option: string): string {
  const key = field.path === 'claim.injury.grade' ? (option === 'none' ? 'opt.grade.none' : 'opt.grade.n') : optionKey(field.path, option);
  return host.t(key, { n: option });
}

function optionKey(path: string, option: string): string {
  if (path === 'matter') return `opt.matter.${option}`;
  if (path === 'economicCheck') return `opt.status.${option}`;
  if (path === 'wageUnit') return `opt.unit.${option}`;
  if (path.endsWith('.role')) return `opt.role.${option}`;
  if (path === 'claim.writtenContract') return `opt.contract.${option}`;
  if (path === 'claim.endReason') return `opt.end.${option}`;
  return `ev.${option}`;
}

function renderField(host: QuestionHost, field: Field, title: string, single: boolean): TemplateResult {
  const value = readPath(host.file, field.path);
  const invalid = host.error?.path === field.path;
  const describedBy = invalid ? 'error' : nothing;
  if (field.kind === 'choice' || field.kind === 'checks') {
    const type = field.kind === 'choice' ? 'radio' : 'checkbox';
    const ticked = (option: string) => (Array.isArray(value) ? value.includes(option) : value === option);
    return html`<div class="choices" role=${single ? nothing : 'group'} aria-label=${single ? nothing : title}>
      ${field.options!.map(
        (option) =>
          html`<label class="choice"
            ><input type=${type} name=${field.path} value=${option} .checked=${ticked(option)} /><span
              >${optionLabel(host, field, option)}</span
            ></label
          >`,
      )}
    </div>`;
  }
  // Unpaid time is counted in the unit of the wage.
  const labelKey = field.path === 'claim.unpaid' && host.file.wageUnit === 'day' ? 'label.unpaidDays' : field.label!;
  const label = single ? title : host.t(labelKey);
  const optional = field.optional ? html` <span class="hint">${host.t('optional')}</span>` : nothing;
  if (field.kind === 'date') {
    const [y, m, d] = String(value ?? '').split('-');
    const part = (name: 'year' | 'month' | 'day', text: string | undefined) =>
      html`<label class="date-part ${name === 'year' ? 'wide' : ''}"
        >${host.t(name)}<input
          name="${field.path}.${name}"
          inputmode="numeric"
          autocomplete="off"
          maxlength=${name === 'year' ? 5 : 3}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${describedBy}
          .value=${text ? String(Number(text)) : ''}
      /></label>`;
    return html`<div class="date" role="group" aria-label=${label}>${part('year', y)}${part('month', m)}${part('day', d)}</div>
      <label class="month-only"
        ><input type="checkbox" name="${field.path}.monthOnly" .checked=${!!y && !d} />${host.t('monthOnly')}</label
      >`;
  }
  const attrs = {
    name: field.path,
    value: value === undefined ? '' : String(value),
  };
  const input = field.long
    ? html`<textarea
        name=${attrs.name}
        rows="3"
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedBy}
        .value=${attrs.value}
      ></textarea>`
    : html`<input
        name=${attrs.name}
        autocomplete="off"
        inputmode=${INPUT_MODES[field.kind] ?? nothing}
        class=${field.kind === 'text' || field.kind === 'id' ? 'text' : nothing}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedBy}
        .value=${attrs.value}
      />`;
  return html`<label class="field ${field.kind === 'amount' || field.kind === 'count' ? 'amount' : ''}"
    ><span class=${single ? 'visually-hidden' : nothing}>${label}</span>${optional}${input}</label
  >`;
}

/** The raw values of a step's fields from its form. */
export function rawValues(form: HTMLFormElement, field: Field): RawField {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  if (field.kind === 'checks') return { checks: data.getAll(field.path).map(String) };
  if (field.kind === 'choice') return { choice: data.get(field.path) === null ? '' : text(field.path) };
  if (field.kind === 'date') {
    const p = field.path;
    return { date: { year: text(`${p}.year`), month: text(`${p}.month`), day: text(`${p}.day`), monthOnly: data.has(`${p}.monthOnly`) } };
  }
  return { text: text(field.path) };
}

export function renderQuestion(host: QuestionHost, step: Step, index: number, total: number): unknown {
  const title = host.t(`q.${step.id}`);
  const single = step.fields.length === 1;
  const described = [step.hint ? 'hint' : '', host.error ? 'error' : ''].filter(Boolean).join(' ') || nothing;
  return keyed(
    step.id,
    html`${index > 0 ? html`<button type="button" class="back" @click=${host.onBack}>${host.t('back')}</button>` : nothing}
      <p class="progress">${host.t('progress', { n: index + 1, total })}</p>
      <form part="question" data-step=${step.id} novalidate @submit=${(e: SubmitEvent) => host.onSubmit(e, step)}>
        <fieldset aria-describedby=${described} aria-invalid=${host.error ? 'true' : nothing}>
          <legend><h2 tabindex="-1">${title}</h2></legend>
          ${step.hint ? html`<p id="hint" class="hint">${host.t(`hint.${step.id}`)}</p>` : nothing}
          ${host.error ? html`<p id="error" class="field-error" role="alert">${host.t(host.error.key)}</p>` : nothing}
          ${step.fields.map((field) => renderField(host, field, title, single))}
        </fieldset>
        <div class="actions"><button type="submit" class="primary">${host.t('continue')}</button></div>
      </form>`,
  );
}
