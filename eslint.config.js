import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node's globals for the scripts (kept here rather than adding the `globals` package). */
const NODE_GLOBALS = Object.fromEntries(
  [
    'AbortController',
    'AbortSignal',
    'Buffer',
    'URL',
    'URLSearchParams',
    'TextDecoder',
    'TextEncoder',
    'clearImmediate',
    'clearInterval',
    'clearTimeout',
    'console',
    'fetch',
    'performance',
    'process',
    'queueMicrotask',
    'setImmediate',
    'setInterval',
    'setTimeout',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);

/** Tests and test helpers: exempt from the size limits, and may print. */
const TESTS = ['**/*.test.ts', '**/test/**', 'test/**', '**/test-*.ts', '**/test-*.mjs'];

/** Another package's internals: reach it through its entry point (`@newsgraph/NAME`) only. */
const ENTRY_POINTS_ONLY = [
  {
    group: ['@newsgraph/*/src', '@newsgraph/*/src/**', '@newsgraph/*/dist', '@newsgraph/*/dist/**'],
    message: "import the package's entry point (@newsgraph/NAME) and its named exports",
  },
  {
    // Scripts outside the workspace packages reach a package through its built entry point.
    regex: '(^|/)dist/(?!index\\.js$)',
    message: "a build output's insides: import the package's entry point and its named exports",
  },
];

/** A relative path that climbs into another package's sources. */
const SOURCES_OF_ANOTHER_PACKAGE = {
  regex:
    '^(\\.\\./)+(.+/)?(graph-schema|packages/[^/]+|extractor|loader|cli|evaluation|exports|render|cookbook|parallel)/src(/|$)',
  message: "another package's sources: import its entry point (@newsgraph/NAME) instead",
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.cache/**',
      '.neo4j/**',
      'test-artifacts/**',
      '**/*.js',
      'vitest.config.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.test.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { patterns: [...ENTRY_POINTS_ONLY, SOURCES_OF_ANOTHER_PACKAGE] },
      ],
      'max-params': ['error', 5],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': [
        'error',
        { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
  {
    // Plain JavaScript scripts: no type information, Node's globals.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: NODE_GLOBALS,
      sourceType: 'module',
    },
  },
  {
    // Libraries never print: they take a logger.
    files: ['graph-schema/src/**', 'packages/*/src/**'],
    ignores: ['packages/cli/**', ...TESTS],
    rules: { 'no-console': 'error' },
  },
  {
    files: TESTS,
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      'max-lines': 'off',
      'max-lines-per-function': 'off',
      // Cross-package tests (test/) drive a package's test helpers; entry points still hold.
      'no-restricted-imports': ['error', { patterns: ENTRY_POINTS_ONLY }],
    },
  },
);
