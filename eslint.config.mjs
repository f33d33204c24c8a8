// Lint with zero warnings allowed. The process layering is enforced here, not in a wiki page:
// - src/shared imports no electron, node or DOM-bound module;
// - only src/main/electron (the thin adapter folder) and src/preload import 'electron';
// - the renderer never imports main-process or server code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'events', 'stream', 'util', 'worker_threads'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'server/node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', ...nodeBuiltins, 'dexie', 'react', 'react-dom', 'react-dom/*'], message: 'src/shared is pure: no electron, node, DOM or UI modules.' },
          { group: ['../main/*', '../renderer/*', '../preload/*', '../../server/*'], message: 'src/shared depends on nothing else in the app.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['electron', 'electron/*'], message: 'Only src/main/electron/ (the adapter layer) imports electron.' }],
      }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'The renderer is sandboxed: no electron or node modules; use window.consoleApi.' },
          { group: ['**/main/**', '**/server/**', '**/preload/**'], message: 'The renderer talks to main only through the API bridge.' },
        ],
      }],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'The server is plain Node.' },
          { group: ['**/src/main/**', '**/src/renderer/**', '**/src/preload/**'], message: 'The server shares only the contract in src/shared.' },
        ],
      }],
    },
  },
);
