import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit-html';
import sample from '../../content/workstations/zhongshan-sample.json';
import { LaWorkstationMap } from './workstation-map.js';

// Registered here rather than through workstation-map.define.ts: package.json "sideEffects" lets Vite drop
// a bare import of the source define file.
LaWorkstationMap.define('la-workstation-map');

/** Friday 10:00 in Shanghai, so "open now" reads the same every time the story is opened. */
const FRIDAY_MORNING = new Date('2026-12-04T10:00:00+08:00');

const meta: Meta = {
  title: 'Widgets/Workstation map',
  component: 'la-workstation-map',
  parameters: {
    docs: {
      description: {
        component:
          'Find the nearest legal-aid workstation: the list first (phone, open now, what to bring, directions), filters in the URL, nearest first, and a map that loads Leaflet only when opened. Sample data for 中山市.',
      },
    },
  },
};
export default meta;

export const Ready: StoryObj = {
  render: () => html`<la-workstation-map ignore-url map-mode="manual" .now=${FRIDAY_MORNING} .data=${sample}></la-workstation-map>`,
};

export const MapOpen: StoryObj = {
  render: () => html`<la-workstation-map ignore-url .now=${FRIDAY_MORNING} .data=${sample}></la-workstation-map>`,
  parameters: { docs: { description: { story: 'On a wide screen the plain sketch map opens by itself once the widget is visible.' } } },
};

export const Loading: StoryObj = {
  render: () => html`<la-workstation-map ignore-url src="/never-answers.json" timeout="120000"></la-workstation-map>`,
};

export const Error: StoryObj = {
  render: () => html`<la-workstation-map ignore-url src="/this-file-does-not-exist.json"></la-workstation-map>`,
};

export const BrokenData: StoryObj = {
  render: () => html`<la-workstation-map ignore-url .data=${{ ...sample, workstations: [{ id: 'x' }] }}></la-workstation-map>`,
};

export const Empty: StoryObj = {
  render: () =>
    html`<la-workstation-map
      ignore-url
      map-mode="manual"
      .now=${FRIDAY_MORNING}
      .data=${{ ...sample, workstations: [] }}
    ></la-workstation-map>`,
  parameters: {
    docs: {
      description: {
        story:
          'Nothing to show: the widget says so and gives the 12348 hotline (with data, it also shows the nearest workstation of any kind).',
      },
    },
  },
};

export const LargeText: StoryObj = {
  render: () =>
    html`<la-workstation-map ignore-url large-text map-mode="manual" .now=${FRIDAY_MORNING} .data=${sample}></la-workstation-map>`,
};

export const English: StoryObj = {
  render: () =>
    html`<div lang="en">
      <la-workstation-map ignore-url map-mode="manual" .now=${FRIDAY_MORNING} .data=${sample}></la-workstation-map>
    </div>`,
};

export const TilesFailing: StoryObj = {
  render: () =>
    html`<la-workstation-map
      ignore-url
      tiles="/tiles-that-fail/{z}/{x}/{y}.png"
      tiles-timeout="1000"
      .now=${FRIDAY_MORNING}
      .data=${sample}
    ></la-workstation-map>`,
};
