// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'examples/*/dist/', 'coverage/', 'storybook-static/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
    rules: { ...lit.configs['flat/recommended'].rules, 'lit/no-template-bind': 'error' },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Untrusted server text must never be rendered as HTML (Code of conduct).
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Render server text as text.' }] }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/contract/**/*.ts', 'src/adapters/**/*.ts'],
    rules: {
      // The pure core and the adapters know nothing of Lit or the elements (STYLE.md §1).
      'no-restricted-imports': ['error', { patterns: ['lit', 'lit/*', '@lit/*', '**/elements/**', '**/controllers/**', '**/context/**'] }],
    },
  },
  {
    // chai assertions such as `expect(x).to.be.true` are expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['demo/**/*.js', 'examples/**/*.js'],
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', navigator: 'readonly', location: 'readonly', console: 'readonly',
        sessionStorage: 'readonly', localStorage: 'readonly', crypto: 'readonly', customElements: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', HTMLElement: 'readonly', Event: 'readonly',
      },
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs', '.ci/**', 'test/node/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
