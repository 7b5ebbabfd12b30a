import { html, nothing, type TemplateResult } from 'lit-html';
import { formatCitation } from '../eligibility/engine/citations.js';
import { EligibilityInputError } from '../eligibility/engine/answers.js';
import { calculateClaim, type Claim } from '../eligibility/engine/claim.js';
import { formatClaimBasis } from '../eligibility/engine/claim.strings.js';
import { BASELINE_PACK } from '../eligibility/engine/baseline.js';
import { nearestPack, type RulePack } from '../eligibility/engine/packs.js';
import type { Locale } from '../core/locale.js';
import type { CaseFile } from './case-steps.js';
import { buildPapers, type Block, type Paper } from './papers/index.js';
import { paperWords } from './papers/paper.words.js';
export { papersViewWords } from './papers-view.strings.js';

/**
 * The amounts to check and the papers, loaded once the worker starts answering (the claim calculator and
 * the paper builders are not needed for the first screens, and the entry stays within its budget).
 */

export interface PapersHost {
  locale: Locale;
  t(key: string, values?: Record<string, string | number>): string;
  yuan(value: number): string;
  file: CaseFile;
  today: string;
  region: string | undefined;
  packs: readonly RulePack[];
  /** Pictures made so far (object URLs), by paper index, and a message about them. */
  pictures: string[];
  notice: string;
  onBack(): void;
  onContinue(): void;
  onPrint(): void;
  onPicture(papers: Paper[]): void;
}

export type ClaimResult = { claim: Claim } | { problem: string };

export function claimFor(host: PapersHost): ClaimResult {
  try {
    const packs = host.packs.length ? host.packs : [BASELINE_PACK];
    return { claim: calculateClaim(host.file.facts.claim ?? {}, { today: host.today, region: host.region, packs }) };
  } catch (error) {
    if (!(error instanceof EligibilityInputError)) throw error;
    return { problem: error.problems.map((p) => `${p.path} ${p.message}`).join('; ') };
  }
}

const MISSING_KEYS = new Set(['monthlyWage', 'dailyWage', 'startedWork', 'employmentEnded', 'injury.monthlyWage', 'injury.grade']);

export function renderAmounts(host: PapersHost, result: ClaimResult): TemplateResult {
  const body =
    'problem' in result
      ? html`<p class="field-error" role="alert">${host.t('error.claim', { problem: result.problem })}</p>`
      : html`${result.claim.items.length ? nothing : html`<p>${host.t('amounts.none')}</p>`}
          <ul class="amounts">
            ${result.claim.items.map((item) => {
              const { name, formula } = formatClaimBasis(item, host.locale);
              return html`<li>
                <p class="amount-line"><span>${name}</span> <strong>${host.yuan(item.amount)}</strong></p>
                <p class="formula">${formula}</p>
                <p class="hint">${item.citations.map((c) => formatCitation(c, host.locale)).join(host.locale === 'en' ? '; ' : '、')}</p>
                ${item.finalAward ? html`<p class="hint">${host.t('amounts.final')}</p>` : nothing}
              </li>`;
            })}
          </ul>
          ${result.claim.items.length ? html`<p class="amount-line total"><span>${host.t('amounts.total')}</span> <strong>${host.yuan(result.claim.total)}</strong></p>` : nothing}
          ${missingNote(host, result.claim)}
          ${result.claim.unverified.length || result.claim.missing.some((key) => key.startsWith('pack.')) ? html`<p class="hint">${host.t('amounts.unverified')}</p>` : nothing}`;
  return html`<button type="button" class="back" @click=${host.onBack}>${host.t('back')}</button>
    <section part="amounts" aria-labelledby="amounts-title">
      <h2 id="amounts-title" tabindex="-1">${host.t('q.amounts')}</h2>
      <p class="hint">${host.t('hint.amounts')}</p>
      ${body}
      <div class="actions"><button type="button" class="primary" @click=${host.onContinue}>${host.t('continue')}</button></div>
    </section>`;
}

function missingNote(host: PapersHost, claim: Claim): TemplateResult | typeof nothing {
  // A local figure not known (the average-wage cap) does not stop an item: 「请核对」 says so below.
  const words = claim.missing.filter((key) => MISSING_KEYS.has(key)).map((key) => host.t(`missing.${key}`));
  const unique = [...new Set(words)];
  return unique.length
    ? html`<p class="hint">${host.t('amounts.missing', { what: unique.join(host.locale === 'en' ? ', ' : '、') })}</p>`
    : nothing;
}

export function papersFor(host: PapersHost, claim: Claim): Paper[] {
  const authorities = nearestPack(host.packs, host.region)?.authorities ?? {};
  const economicCheck = host.file.economicCheck ?? 'required';
  return buildPapers({ facts: host.file.facts, claim, today: host.today, economicCheck, authorities });
}

function renderBlock(block: Block): TemplateResult {
  switch (block.kind) {
    case 'heading':
      return html`<h4>${block.text}</h4>`;
    case 'paragraph':
      return html`<p>${block.text}</p>`;
    case 'list':
      return html`${block.heading ? html`<h4>${block.heading}</h4>` : nothing}
        <ul class=${block.numbered ? 'plain' : nothing}>
          ${block.items.map((item) => html`<li>${item}</li>`)}
        </ul>`;
    case 'salute':
      return html`<p class="salute">${paperWords.salute}</p>
        <p>${block.to}</p>`;
    case 'fields':
      return html`<table class="form">
        ${
          block.heading
            ? html`<caption>
                ${block.heading}
              </caption>`
            : nothing
        }
        ${block.rows.map(
          ([label, value]) =>
            html`<tr>
              <th scope="row">${label}</th>
              <td>${value}</td>
            </tr>`,
        )}
      </table>`;
    case 'table':
      return html`<table class="grid">
        <thead>
          <tr>
            ${block.head.map((cell) => html`<th scope="col">${cell}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${block.rows.map(
            (row) =>
              html`<tr>
                ${row.map((cell) => html`<td>${cell}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>`;
    default:
      return html`<div class="closing">${block.lines.map((line) => html`<p>${line}</p>`)}</div>`;
  }
}

/** A paper as an A4 page: always Chinese, whatever the page's language. */
function renderPaper(paper: Paper, index: number): TemplateResult {
  return html`<article class="paper" lang="zh-CN" aria-labelledby="paper-${index}">
    <h3 id="paper-${index}">${paper.title}</h3>
    ${paper.copy ? html`<p class="copy">${paper.copy}</p>` : nothing} ${paper.blocks.map(renderBlock)}
    <p class="paper-footer">${paper.footer}</p>
  </article>`;
}

export function renderPapers(host: PapersHost, result: ClaimResult): TemplateResult {
  if ('problem' in result) return renderAmounts(host, result);
  const papers = papersFor(host, result.claim);
  return html`<button type="button" class="back no-print" @click=${host.onBack}>${host.t('papers.edit')}</button>
    <section part="papers" aria-labelledby="papers-title">
      <h2 id="papers-title" class="no-print" tabindex="-1">${host.t('q.papers')}</h2>
      <p class="no-print">${host.t('papers.lead')}</p>
      <p class="no-print hint">${host.t('papers.count', { count: papers.length })}</p>
      <div class="actions no-print">
        <button type="button" class="primary" @click=${host.onPrint}>${host.t('papers.print')}</button>
        <button type="button" @click=${() => host.onPicture(papers)}>${host.t('papers.picture')}</button>
      </div>
      <p class="notice no-print" role="status">${host.notice}</p>
      ${
        host.pictures.length
          ? html`<div class="pictures no-print">
              <p class="hint">${host.t('papers.pictureHint')}</p>
              ${host.pictures.map((url, i) => html`<img src=${url} alt=${host.t('papers.pictureAlt', { title: papers[i]!.title })} />`)}
            </div>`
          : nothing
      }
      <div class="papers">${papers.map(renderPaper)}</div>
    </section>`;
}
