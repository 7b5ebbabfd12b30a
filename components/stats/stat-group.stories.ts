import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit-html';
import { LaStatGroup } from './stat-group.js';
import { LaStat } from './stat.js';
import { figures } from './stat.stories.js';

// The group draws <la-stat> elements, so both are registered (see stat.stories.ts for why not *.define.ts).
LaStat.define('la-stat');
LaStatGroup.define('la-stat-group');

const { meta, recovered, outreach } = figures;
const report = { reports: [{ ...meta, indicators: [recovered, outreach] }] };

const storyMeta: Meta = {
  title: 'Statistics/la-stat-group',
  component: 'la-stat-group',
  parameters: {
    docs: {
      description: {
        component:
          'Every figure of a published stats document as a grid of <la-stat>, for a partner page that wants them all; one bad figure shows its own error and the others still render.',
      },
    },
  },
};
export default storyMeta;

export const Ready: StoryObj = { render: () => html`<la-stat-group .data=${report}></la-stat-group>` };
export const Loading: StoryObj = {
  render: () => html`<la-stat-group src="/never-answers.json" timeout="120000"></la-stat-group>`,
};
export const LoadError: StoryObj = { render: () => html`<la-stat-group src="/this-file-does-not-exist.json"></la-stat-group>` };
export const OneBadFigure: StoryObj = {
  render: () =>
    html`<la-stat-group
      .data=${{ reports: [{ ...meta, indicators: [recovered, { ...outreach, unit: undefined }, { ...outreach, id: 'leaflets', value: 7000, unit: 'copy' }] }] }}
    ></la-stat-group>`,
};
export const Empty: StoryObj = { render: () => html`<la-stat-group></la-stat-group>` };
export const LargeText: StoryObj = { render: () => html`<la-stat-group large-text .data=${report}></la-stat-group>` };
export const English: StoryObj = { render: () => html`<div lang="en"><la-stat-group .data=${report}></la-stat-group></div>` };
