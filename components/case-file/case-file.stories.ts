import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit-html';
import './case-file.define.js';

const meta: Meta = {
  title: 'Widgets/Case file (the papers)',
  component: 'la-case-file',
  parameters: {
    docs: {
      description: {
        component:
          'From the check’s result to the papers: one question a screen, the amounts with their formula, then the legal-aid form, the arbitration application (a copy for each respondent), the evidence list and, for an injury, the recognition facts sheet, as A4 pages and pictures. Nothing leaves the phone. Rules from /data/rules.json (the arbitration commission’s name comes from the region’s pack).',
      },
    },
  },
};
export default meta;

const fallback = html`<p>农民工讨薪、要工伤赔偿，申请法律援助不用查经济困难。电话：<a href="tel:12348">12348</a></p>`;

export const Loading: StoryObj = {
  render: () => html`<la-case-file src="/never-answers.json" timeout="120000">${fallback}</la-case-file>`,
};
export const Ready: StoryObj = {
  render: () => html`<la-case-file region="442000" src="/data/rules.json">${fallback}</la-case-file>`,
};
export const NotFound: StoryObj = {
  render: () => html`<la-case-file src="/this-file-does-not-exist.json">${fallback}</la-case-file>`,
};
/** No rule packs: the national baseline; the addressees are left as lines to fill in. */
export const Empty: StoryObj = { render: () => html`<la-case-file></la-case-file>` };
export const LargeText: StoryObj = {
  render: () => html`<la-case-file large-text region="442000" src="/data/rules.json">${fallback}</la-case-file>`,
};
export const English: StoryObj = {
  render: () => html`<div lang="en"><la-case-file region="442000" src="/data/rules.json"></la-case-file></div>`,
};
/** What the work log hands over: its monthly summary as the claim's facts. */
export const FromTheWorkLog: StoryObj = {
  render: () =>
    html`<la-case-file
      region="442000"
      src="/data/rules.json"
      .caseFacts=${{ matter: 'unpaid-wages', claim: { dailyWage: 300, unpaidDays: 46, startedWork: '2026-03' } }}
    ></la-case-file>`,
};
