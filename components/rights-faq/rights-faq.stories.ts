import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit-html';
import './rights-faq.define.js';

const meta: Meta = {
  title: 'Widgets/Rights FAQ',
  component: 'la-rights-faq',
  parameters: {
    docs: {
      description: {
        component:
          'Searchable answers to the questions migrant workers ask, each with its legal basis, reviewed date and next steps. On the site it reads /data/faq.<lang>.json; these stories pass a small sample as the data property.',
      },
    },
  },
};
export default meta;

const sample = {
  entries: [
    {
      id: 'boss-wont-pay',
      question: '老板不给工资，我该怎么办？',
      answer: '您有4条路可以走。\n\n1. **投诉**：打 [12333](tel:12333)。\n2. **劳动仲裁**：不收费。\n\n先打 [12348](tel:12348) 问一问。',
      issues: ['unpaid-wages', 'legal-aid'],
      synonyms: ['欠薪', '讨薪'],
      basis: [{ law: '保障农民工工资支付条例', article: '第10条' }],
      reviewed: '2026-11-29',
    },
    {
      id: 'hurt-at-work-first-steps',
      question: '在工地上受伤了，先做什么？',
      answer: '先看病，再留证据，再申请工伤认定。\n\n- 保留病历和发票\n- 记下在场的工友',
      issues: ['work-injury'],
      synonyms: ['工伤', '摔伤'],
      basis: [{ law: '工伤保险条例', article: '第17条' }],
      reviewed: '2026-11-29',
    },
  ],
};

const english = {
  entries: [
    {
      ...sample.entries[0],
      question: "My boss won't pay my wages. What can I do?",
      answer: 'You have 4 ways to go.\n\n1. **Complain**: call [12333](tel:12333).\n2. **Labour arbitration**: it is free.',
      basis: [{ law: 'Regulations on Ensuring Payment of Wages to Migrant Workers', article: 'art. 10' }],
    },
  ],
};

const hostile = {
  entries: [
    {
      ...sample.entries[0],
      question: '<img src=x onerror="alert(1)"> 恶意问题',
      answer: '<script>alert(1)</script>\n\n[点我](javascript:alert(1))',
    },
  ],
};

export const Loading: StoryObj = { render: () => html`<la-rights-faq src="/never-answers.json" timeout="120000"></la-rights-faq>` };
export const Ready: StoryObj = { render: () => html`<la-rights-faq .data=${sample}></la-rights-faq>` };
export const NoResults: StoryObj = {
  render: () => html`<la-rights-faq .data=${sample}></la-rights-faq>`,
  play: async ({ canvasElement }) => {
    const faq = canvasElement.querySelector('la-rights-faq')!;
    await faq.updateComplete;
    const input = faq.shadowRoot!.querySelector('input')!;
    input.value = '没有这个词';
    input.dispatchEvent(new Event('input'));
  },
};
export const LoadError: StoryObj = { render: () => html`<la-rights-faq src="/this-file-does-not-exist.json"></la-rights-faq>` };
export const Empty: StoryObj = { render: () => html`<la-rights-faq .data=${{ entries: [] }}></la-rights-faq>` };
export const LargeText: StoryObj = { render: () => html`<la-rights-faq large-text .data=${sample}></la-rights-faq>` };
export const English: StoryObj = { render: () => html`<div lang="en"><la-rights-faq .data=${english}></la-rights-faq></div>` };
export const HostileContent: StoryObj = { render: () => html`<la-rights-faq .data=${hostile}></la-rights-faq>` };
