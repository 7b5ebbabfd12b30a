import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit-html';
import { LaStat } from './stat.js';

// Registered here rather than by importing *.define.ts: package.json sideEffects lists only dist/, so Vite
// would drop a bare import of the source define files.
LaStat.define('la-stat');

/** The bureau's figures the stories show; stat-group.stories.ts reads them too. */
export const figures = (() => {
  const meta = {
    source: { 'zh-CN': '中山市司法局《上半年农民工法律援助工作总结》', en: 'Zhongshan Justice Bureau, half-year report' },
    licence: 'CC BY 4.0',
    lastUpdated: '2023-07-10',
    period: { start: '2023-01-01', end: '2023-06-30' },
    sample: false,
  };
  const recovered = {
    ...meta,
    id: 'recovered',
    label: { 'zh-CN': '为农民工挽回损失', en: 'Money recovered for migrant workers' },
    value: 12976000,
    unit: 'yuan',
    definition: {
      'zh-CN': '法律援助案件为农民工挽回的工资和赔偿等损失。',
      en: 'Wages, compensation and other losses recovered in legal-aid cases.',
    },
  };
  const outreach = {
    ...recovered,
    id: 'outreach-events',
    label: { 'zh-CN': '法治宣传活动', en: 'Outreach events' },
    value: 40,
    qualifier: 'more-than',
    unit: 'activity',
  };
  return { meta, recovered, outreach };
})();
const { recovered, outreach } = figures;

const storyMeta: Meta = {
  title: 'Statistics/la-stat',
  component: 'la-stat',
  excludeStories: ['figures'],
  parameters: {
    docs: {
      description: {
        component:
          'One of the bureau’s figures, written the Chinese way (1297.6万元, 40余次) and read in full to screen readers, with period, source, data date and definition.',
      },
    },
  },
};
export default storyMeta;

export const Ready: StoryObj = { render: () => html`<la-stat .data=${recovered}></la-stat>` };
export const CountUp: StoryObj = { render: () => html`<la-stat count-up .data=${recovered}></la-stat>` };
export const Loading: StoryObj = {
  render: () => html`<la-stat indicator="recovered" src="/never-answers.json" timeout="120000"></la-stat>`,
};
export const LoadError: StoryObj = { render: () => html`<la-stat indicator="recovered" src="/this-file-does-not-exist.json"></la-stat>` };
export const BadData: StoryObj = { render: () => html`<la-stat .data=${{ ...recovered, value: '1297.6万' }}></la-stat>` };
export const Empty: StoryObj = { render: () => html`<la-stat></la-stat>` };
export const SampleData: StoryObj = { render: () => html`<la-stat .data=${{ ...outreach, sample: true }}></la-stat>` };
export const LargeText: StoryObj = { render: () => html`<la-stat large-text .data=${recovered}></la-stat>` };
export const English: StoryObj = { render: () => html`<div lang="en"><la-stat .data=${outreach}></la-stat></div>` };
