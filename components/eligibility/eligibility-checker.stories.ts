import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit-html';
import './eligibility-checker.define.js';

const meta: Meta = {
  title: 'Widgets/Eligibility checker',
  component: 'la-eligibility-checker',
  parameters: {
    docs: {
      description: {
        component:
          '“Can I get free legal aid?” One plain question per screen, then the answer in one sentence, the reasons with their legal basis, the deadline, what to bring and where to go. Rules come from /data/rules.json (or inline JSON); without them the national baseline applies.',
      },
    },
  },
};
export default meta;

const fallback = html`<p>拖欠工资、工伤，农民工申请法律援助不用查经济困难。电话：<a href="tel:12348">12348</a></p>`;

export const Loading: StoryObj = {
  render: () => html`<la-eligibility-checker src="/never-answers.json" timeout="120000">${fallback}</la-eligibility-checker>`,
};
export const Ready: StoryObj = {
  render: () => html`<la-eligibility-checker region="442000" src="/data/rules.json" map-href="/map/">${fallback}</la-eligibility-checker>`,
};
export const NotFound: StoryObj = {
  render: () => html`<la-eligibility-checker src="/this-file-does-not-exist.json">${fallback}</la-eligibility-checker>`,
};
/** No rule packs given: the national baseline compiled into the engine (no local hardship figure). */
export const Empty: StoryObj = { render: () => html`<la-eligibility-checker></la-eligibility-checker>` };
export const LargeText: StoryObj = { render: () => html`<la-eligibility-checker large-text></la-eligibility-checker>` };
export const English: StoryObj = {
  render: () => html`<div lang="en"><la-eligibility-checker map-href="/en/map/"></la-eligibility-checker></div>`,
};
