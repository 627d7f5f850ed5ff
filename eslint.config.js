// Lint rules for the whole repository. Kept syntax-only (no type information) so that
// `eslint .` stays fast; types are checked by `tsc` and templates by lit-analyzer.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-demo/',
    'coverage/',
    'storybook-static/',
    'node_modules/',
    'bench/',
    'test-results/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['components/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['components/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['components/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['components/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // LitElement always defines connectedCallback and friends, so the guard this rule
      // asks for would be dead code.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '*.ts', 'test-node/**', 'cli/**'],
    ignores: ['components/**', 'src/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // End-to-end tests run in Node but pass callbacks to page.evaluate(), which run in the
    // page: both sets of globals are real there.
    files: ['test-e2e/**', 'test-node/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      // `_name` marks a parameter an interface requires but this implementation ignores.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
