import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Layers (docs/architecture.md): src-shared knows no Node, DOM, database or UI.
    files: ['src-shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto', 'worker_threads', 'child_process'],
              message: 'src-shared is pure: no Node.',
            },
            {
              group: ['electron', 'better-sqlite3', 'kysely', 'react', 'react-dom', '@fullcalendar/*', 'ag-grid-*'],
              message: 'src-shared is pure: no platform or UI code.',
            },
            {
              group: ['**/src-main/**', '**/src-renderer/**'],
              message: 'src-shared imports nothing from the other layers.',
            },
          ],
        },
      ],
    },
  },
  {
    // Rooms inside src-main (docs/architecture.md): the database layer serves the service, never
    // the reverse; the solver proposes and never touches the database.
    files: ['src-main/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only src-main/electron and src-main/preload import electron.' }],
          patterns: [
            {
              group: ['**/service/**', '**/files/**', '**/solver/**'],
              message: 'db/ serves the service; it imports none of it.',
            },
          ],
        },
      ],
    },
  },
  {
    // files/ is a pure format layer: it parses and writes bytes and knows no workspace.
    files: ['src-main/files/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only src-main/electron and src-main/preload import electron.' }],
          patterns: [
            {
              group: ['**/service/**', '**/db/**', 'better-sqlite3', 'kysely'],
              message: 'files/ is a pure format layer: handlers that take a workspace live in service/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/solver/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only src-main/electron and src-main/preload import electron.' }],
          patterns: [
            {
              group: ['**/db/**', '**/service/**', 'better-sqlite3', 'kysely'],
              message: 'The solver proposes; it never touches the database.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: [
      'src-main/electron/**',
      'src-main/preload/**',
      'src-main/db/**',
      'src-main/solver/**',
      'src-main/files/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only src-main/electron and src-main/preload import electron.' }] },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src-main/**', 'electron', 'better-sqlite3', 'kysely', 'node:*'],
              message: 'The renderer talks to main only through the contract.',
            },
          ],
        },
      ],
    },
  },
);
