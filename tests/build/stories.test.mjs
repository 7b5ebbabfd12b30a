// Storybook is the partners' catalogue of what a widget looks like: each widget has a stories file whose
// docs come from custom-elements.json (its `component` is the tag), with a story for every state a
// partner's page can show. Read from the sources; `npm run build-storybook` then builds them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { discoverWidgets, filesUnder } from '../../scripts/build/widgets.mjs';

const storyFiles = filesUnder('components', '.stories.ts');

/** The states issue 8 names, and the story names that show each. */
const states = [
  ['loading', /^Loading$/],
  ['ready', /^Ready$/],
  ['error', /^(LoadError|Error|NotFound)$/],
  ['empty', /^Empty$/],
  ['large text', /^LargeText$/],
  ['English', /^English$/],
];

describe('Storybook stories', () => {
  for (const widget of discoverWidgets()) {
    it(`<${widget.tag}> has a stories file with a story for each state`, () => {
      const file = storyFiles.find((each) => fs.readFileSync(each, 'utf8').includes(`component: '${widget.tag}'`));
      assert.ok(file, `no stories file declares component: '${widget.tag}'`);
      const source = fs.readFileSync(file, 'utf8');
      const stories = [...source.matchAll(/^export const (\w+): StoryObj\b/gm)].map((match) => match[1]);
      for (const [state, name] of states)
        assert.ok(
          stories.some((story) => name.test(story)),
          `${file}: no ${state} story`,
        );
      // Each state shows the widget itself, not another one.
      assert.ok(source.includes(`<${widget.tag}`), `${file} never renders <${widget.tag}>`);
    });
  }
});
