// Lint configuration. Besides the usual TypeScript checks it enforces the layer rules of
// ../shared/spec/architecture.md: a wrong import between top-level folders fails CI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];
const nativeAndDb = ['better-sqlite3', 'kysely', 'kysely/*'];

/** Builds a no-restricted-imports rule: `groups` are forbidden module patterns, with a Vietnamese-free, developer-facing message. */
function layerRule(layer, forbidden) {
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map(({ group, why }) => ({
          group,
          message: `Layer rule (${layer}): ${why} — see ../shared/spec/architecture.md.`,
          allowTypeImports: group.includes('electron'),
        })),
      },
    ],
  };
}

const toDb = ['**/db/*', '**/db', '../db/**', '../../db/**'];
const toElectron = ['**/electron/*', '**/electron/**'];
const toRenderer = ['**/renderer/*', '**/renderer/**'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'release/**', 'test-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: layerRule('shared', [
      { group: [...toDb, ...toElectron, ...toRenderer], why: 'shared/ may import nothing but pure libraries' },
      { group: [...nodeBuiltins, ...nativeAndDb, 'electron', 'react', 'react-dom', 'react-dom/*', 'zustand'], why: 'shared/ must stay pure and platform-neutral' },
    ]),
  },
  {
    files: ['db/**/*.ts'],
    rules: layerRule('db', [
      { group: [...toElectron, ...toRenderer], why: 'db/ may import only shared/' },
      { group: ['electron', 'react', 'react-dom', 'zustand'], why: 'db/ runs in plain Node' },
    ]),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: layerRule('electron/core', [
      { group: [...toRenderer, '**/main/*', '**/preload/*'], why: 'the core must not depend on the renderer or the Electron shell' },
      { group: ['electron'], why: 'the core runs in plain Node; only electron/main and electron/preload import electron at runtime' },
    ]),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: layerRule('electron shell', [{ group: toRenderer, why: 'the shell talks to the renderer only over IPC' }]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      ...layerRule('renderer', [
        { group: [...toDb, ...toElectron], why: 'the renderer talks to the app only through the typed client' },
        { group: [...nodeBuiltins, ...nativeAndDb, 'electron'], why: 'no Node in the renderer' },
      ]),
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'build/**/*.{js,mjs,ts}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
