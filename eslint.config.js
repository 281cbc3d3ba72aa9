// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'url',
  'crypto',
  'util',
];

/** Imports that would break core's purity: UI, Electron, Node. */
const corePurity = {
  patterns: [
    {
      group: ['**/renderer/**', '**/electron/**'],
      message: 'core/ may not import renderer/ or electron/.',
    },
    {
      group: ['react', 'react-*', 'three', 'three/*', 'plotly*', 'electron', 'zustand*'],
      message: 'core/ is pure: no UI or Electron libraries.',
    },
    {
      group: ['node:*', ...nodeBuiltins],
      message: 'core/ may not use Node built-ins (only core/cli/ may).',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/cli/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', corePurity],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['core/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**', 'react', 'three', 'plotly*', 'electron'],
              message: 'the CLI uses core only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', 'node:*', ...nodeBuiltins],
              message: 'the renderer talks to the host only through HostApi.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'react-dom', 'three', 'plotly*'],
              message: 'electron/ may not import the renderer.',
            },
          ],
        },
      ],
    },
  },
);
