import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit-html';
import { coreEn } from './core.strings.en.js';
import { LaDataElement } from './data-element.js';
import { statusStyles } from './status.styles.js';
import { tokens } from './tokens.styles.js';

/** A stand-in widget that shows only the shared loading and error views every data widget uses. */
class LaStatusPreview extends LaDataElement<unknown> {
  static override styles = [tokens, statusStyles];
  static override strings = { 'zh-CN': {}, en: coreEn };
  protected parseData(raw: unknown): unknown {
    if (raw === 'bad') throw new Error('bad data');
    return raw;
  }
  protected render() {
    return this.renderStatus();
  }
}
LaStatusPreview.define('la-status-preview');

const meta: Meta = {
  title: 'Core/Loading and error views',
  parameters: {
    docs: {
      description: {
        component:
          'What every data widget shows while its data loads and when it cannot be used: plain words and the 12348 hotline, never a blank box.',
      },
    },
  },
};
export default meta;

export const Loading: StoryObj = { render: () => html`<la-status-preview src="/never-answers" timeout="120000"></la-status-preview>` };
export const NotFound: StoryObj = { render: () => html`<la-status-preview src="/this-file-does-not-exist.json"></la-status-preview>` };
export const BrokenData: StoryObj = { render: () => html`<la-status-preview .data=${'bad'}></la-status-preview>` };
export const NoData: StoryObj = { render: () => html`<la-status-preview></la-status-preview>` };
export const LargeText: StoryObj = { render: () => html`<la-status-preview large-text></la-status-preview>` };
export const English: StoryObj = { render: () => html`<div lang="en"><la-status-preview></la-status-preview></div>` };
