// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'console/src/gql/**',
      'coverage/**',
      'server/test-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['console/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The browser collector: plain ES5-style script for any page.
    files: ['server/sdk/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
  {
    files: ['server/sdk/**/*.mjs'],
    languageOptions: { sourceType: 'module' },
  },
  {
    // The scoring engine is pure: no I/O, no ORM, no GraphQL, no clock.
    files: ['server/src/engine/**/*.ts'],
    ignores: ['server/src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@mikro-orm/*', 'type-graphql', 'graphql', 'graphql/*', 'dataloader', 'pg'],
              message: 'engine/ is pure: load data before it, persist after it.',
            },
            {
              group: ['node:*', 'fs', 'http', 'https', 'net', 'child_process'],
              message: 'engine/ does no I/O.',
            },
            {
              group: ['**/db/**', '**/graphql/**', '**/modules/**'],
              message: 'engine/ depends on nothing outside itself.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass `now` in.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass `now` in.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Pass a seed in.',
        },
      ],
    },
  },
  prettier,
);
