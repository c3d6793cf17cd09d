// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

const cytoscapeOnlyInGraphView = {
  group: ['cytoscape', 'cytoscape-*'],
  message: 'Cytoscape is used only in src/graph-view/.',
};

// No markup from data, ever: text reaches the page as React text nodes or through
// Cytoscape's canvas, never as HTML that the browser parses.
const noHtmlSinks = [
  {
    selector:
      "JSXAttribute[name.name='dangerouslySetInnerHTML'], Property[key.name='dangerouslySetInnerHTML']",
    message: 'No markup from data: render text as React children.',
  },
  {
    selector:
      'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML|srcdoc)$/]',
    message: 'No markup from data: set textContent, or render with React.',
  },
  {
    selector:
      "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/], CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'No markup from data: build elements, or render with React.',
  },
];

// Imports flow one way: domain → hooks → dataset, store, graph-view, components → features → app.
const layer = (name) => `./src/${name}`;
const importZones = [
  {
    target: layer('domain'),
    from: [
      'app',
      'features',
      'store',
      'graph-view',
      'dataset',
      'drafts',
      'components',
      'hooks',
      'i18n',
    ].map(layer),
    message: 'src/domain is pure TypeScript and imports only from src/domain.',
  },
  {
    target: [layer('dataset'), layer('store'), layer('drafts')],
    from: ['app', 'features', 'graph-view', 'components'].map(layer),
    message:
      'dataset, drafts and store sit below the UI: they import only domain, dataset and store.',
  },
  {
    target: layer('i18n'),
    from: ['app', 'features', 'store', 'dataset', 'graph-view', 'components'].map(layer),
    message: 'The translation layer holds strings; it imports only the domain.',
  },
  {
    target: layer('graph-view'),
    from: ['app', 'features', 'store', 'dataset', 'components'].map(layer),
    message: 'The graph view gets what it draws as props: it imports only the domain.',
  },
  {
    target: layer('components'),
    from: ['app', 'features', 'store', 'dataset', 'graph-view'].map(layer),
    message: 'Components know nothing of the app: pass what they need as props.',
  },
  {
    target: layer('hooks'),
    from: ['app', 'features', 'store', 'dataset', 'drafts', 'graph-view', 'components'].map(layer),
    message:
      'src/hooks holds React hooks that know nothing of the app: they import only the domain.',
  },
  { target: layer('features'), from: layer('app'), message: 'Features do not import the app.' },
  {
    target: layer('features'),
    from: layer('graph-view'),
    except: ['./graphPalette.ts'],
    message: 'Features share only the palette with the graph view; the app wires the graph.',
  },
];
export default defineConfig(
  {
    ignores: [
      'dist',
      'dist-bench',
      'bench-results',
      'coverage',
      'test-results',
      'playwright-report',
      'node_modules',
      'types',
      'src/domain/dataset/generated',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  // Plain JavaScript that any Node.js runs (the Node version preflight): no types to check.
  {
    files: ['scripts/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: importZones }],
      'no-restricted-imports': ['error', { patterns: [cytoscapeOnlyInGraphView] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...noHtmlSinks] },
  },
  {
    files: ['src/graph-view/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Every string an analyst reads goes through the translation layer (src/i18n):
    // text in JSX and in attributes people see or hear (aria-label, title, alt…).
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Template literals too: {`hedged`} or title={`${n} hedged`} are text as much as "hedged".
          'should-validate-template': true,
          'jsx-attributes': {
            exclude: [
              'className',
              'tone',
              'style',
              'type',
              'key',
              'id',
              'role',
              'name',
              'value',
              'lang',
              'htmlFor',
              'href',
              'rel',
              'target',
              'accept',
              'autoComplete',
              'inputMode',
              'data-.*',
              'aria-(live|haspopup|controls|describedby|labelledby|current|expanded|selected|hidden|modal|autocomplete|activedescendant|orientation|pressed|busy|valuenow|valuemin|valuemax|sort|level)',
              'method',
              'dir',
              'step',
              'min',
              'max',
              'pattern',
              'scope',
              'preload',
              'loading',
              'decoding',
            ],
          },
        },
      ],
    },
  },
  {
    // The domain is pure TypeScript. The DOM is kept out by tsconfig.domain.json,
    // which compiles src/domain without the DOM library; UI libraries and the rest
    // of the app are kept out here.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'cytoscape',
                'cytoscape-*',
                'zustand',
                'zustand/*',
                '@tanstack/*',
              ],
              message: 'src/domain is pure TypeScript: no React, Cytoscape, zustand or TanStack.',
            },
            { group: ['node:*'], message: 'src/domain runs in the browser: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    // A feature is one panel; features do not import each other, the app composes them.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            cytoscapeOnlyInGraphView,
            {
              regex: '^\\.\\./(?!\\.)|^\\.\\./\\.\\./(features|app)/',
              message: 'Features do not import other features or the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            cytoscapeOnlyInGraphView,
            {
              regex: '^\\.\\./(features|app|store|dataset|graph-view)/',
              message: 'Components know nothing of the app: pass what they need as props.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  {
    files: ['scripts/**/*.ts', 'e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message:
                "Import test from './test.ts': it fails a journey on any Content-Security-Policy violation.",
            },
          ],
        },
      ],
    },
  },
  prettier,
);
