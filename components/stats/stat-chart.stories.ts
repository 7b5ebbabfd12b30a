import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit-html';
import { LaStatChart } from './stat-chart.js';
import { figures } from './stat.stories.js';

// Registered here: see stat.stories.ts.
LaStatChart.define('la-stat-chart');

// The report's period and licence, on sample figures.
const meta = { ...figures.meta, source: { 'zh-CN': '示例数据', en: 'Sample data' }, sample: true };
const months = ['1月', '2月', '3月', '4月', '5月', '6月'];
const monthly = (id: string, unit: string, values: number[], zh: string, en: string) => ({
  ...meta,
  id,
  unit,
  kind: 'month',
  label: { 'zh-CN': zh, en },
  definition: { 'zh-CN': '示例：数字是编的，只为演示。', en: 'Sample: the numbers are made up for the demonstration.' },
  points: values.map((value, i) => ({ key: `2023-0${i + 1}`, label: { 'zh-CN': months[i]!, en: `Month ${i + 1}` }, value })),
});
const cases = monthly('cases-by-month', 'case', [78, 64, 102, 96, 105, 117], '每月办理的案件', 'Cases by month');
const consultations = monthly(
  'consultations-by-month',
  'consultation',
  [290, 245, 380, 362, 381, 413],
  '每月接待的咨询',
  'Consultations by month',
);
const byIssue = {
  ...cases,
  id: 'cases-by-issue',
  kind: 'issue',
  label: { 'zh-CN': '案件按事由分', en: 'Cases by issue' },
  points: [
    { key: 'wages', label: { 'zh-CN': '拖欠工资', en: 'Unpaid wages' }, value: 401 },
    { key: 'work-injury', label: { 'zh-CN': '工伤', en: 'Work injury' }, value: 96 },
    { key: 'contract', label: { 'zh-CN': '劳动合同', en: 'Labour contract' }, value: 41 },
  ],
};

const storyMeta: Meta = {
  title: 'Statistics/la-stat-chart',
  component: 'la-stat-chart',
  parameters: {
    docs: {
      description: {
        component:
          'A series as an accessible SVG chart with a one-sentence summary, the table behind it and a CSV download; Chart.js loads only when the reader asks.',
      },
    },
  },
};
export default storyMeta;

export const Ready: StoryObj = { render: () => html`<la-stat-chart .data=${{ series: [cases] }}></la-stat-chart>` };
export const Line: StoryObj = { render: () => html`<la-stat-chart type="line" .data=${{ series: [consultations] }}></la-stat-chart>` };
export const HorizontalBars: StoryObj = { render: () => html`<la-stat-chart .data=${{ series: [byIssue] }}></la-stat-chart>` };
export const Interactive: StoryObj = { render: () => html`<la-stat-chart interactive .data=${{ series: [cases] }}></la-stat-chart>` };
export const Loading: StoryObj = {
  render: () => html`<la-stat-chart series="cases-by-month" src="/never-answers.json" timeout="120000"></la-stat-chart>`,
};
export const LoadError: StoryObj = {
  render: () => html`<la-stat-chart series="cases-by-month" src="/this-file-does-not-exist.json"></la-stat-chart>`,
};
export const MixedUnitsRefused: StoryObj = {
  render: () => html`<la-stat-chart .data=${{ series: [cases, consultations] }}></la-stat-chart>`,
};
export const Empty: StoryObj = { render: () => html`<la-stat-chart></la-stat-chart>` };
export const LargeText: StoryObj = { render: () => html`<la-stat-chart large-text .data=${{ series: [cases] }}></la-stat-chart>` };
export const English: StoryObj = {
  render: () => html`<div lang="en"><la-stat-chart type="line" .data=${{ series: [consultations] }}></la-stat-chart></div>`,
};
