import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-site/', 'dist-storybook/', '.astro/', 'node_modules/', 'reports/', '.tmp/', 'custom-elements.json', 'cdn-archive/', 'src/**/*.astro'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['components/**/*.ts', 'tests/unit/**/*.ts', 'tests/fixtures/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['components/**/*.ts', 'tests/unit/**/*.ts', 'tests/fixtures/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Chai assertions such as `expect(x).to.exist` are expressions by design.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Registration lives only in *.define.ts files (and test fixtures), so importing a class never defines it.
    files: ['components/**/*.ts'],
    ignores: ['components/**/*.define.ts', 'components/loader.ts', 'components/**/*.stories.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='define'][callee.object.name='customElements']", message: 'Register elements only in *.define.ts files.' }],
    },
  },
);
