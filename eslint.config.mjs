import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', '*.js', '*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // the web console: browser code with its own tsconfig (DOM, JSX for Preact)
    files: ['console/**/*.ts', 'console/**/*.tsx'],
    languageOptions: {
      parserOptions: { project: './console/tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // workflow code runs in Temporal's deterministic sandbox: no I/O libraries, no Node built-ins
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'http', 'https', 'crypto', 'os', 'child_process', 'net'],
              message: 'workflow code is deterministic: no Node built-ins',
            },
            {
              group: [
                'mongoose',
                'openai',
                'express',
                'pino',
                '@temporalio/client',
                '@temporalio/worker',
                '@temporalio/activity',
              ],
              message: 'all I/O belongs in activities',
            },
            {
              group: ['**/activities/**', '**/src/**'],
              message: 'the workflow contract owns the types that cross into activities; nothing flows back',
            },
          ],
        },
      ],
    },
  },
  {
    // a case's transitions are plain code: state in, state and effects out, testable without Temporal
    files: [
      'workflows/case/domain.ts',
      'workflows/case/status.ts',
      'workflows/case/model.ts',
      'workflows/case/step.ts',
      'workflows/case/transitions.ts',
      'workflows/case/timers.ts',
      'workflows/case/sla.ts',
      'workflows/case/stats.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'crypto', 'os'], message: 'workflow code is deterministic' },
            { group: ['**/activities/**', '**/src/**'], message: 'nothing flows back into the workflow' },
            { group: ['@temporalio/*'], message: 'transitions are plain code; Temporal lives in runtime.ts' },
          ],
        },
      ],
    },
  },
);
