/**
 * ESLint flat config. Formatting belongs to Prettier (`npm run format:check`): eslint-config-prettier turns off
 * every rule that would fight it. ESLint keeps what a formatter cannot judge: likely bugs, and lines over 120
 * characters that Prettier cannot wrap (comments). Which layer may import which is checked by tests/layers.test.ts.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noUnusedExpressions from './eslint/no-unused-expressions.js';

export default defineConfig(
  globalIgnores(['out/**', 'dist/**', 'node_modules/**', 'test-results/**', '.tmp/**', 'coverage/**', 'resources/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    plugins: { local: { rules: { 'no-unused-expressions': noUnusedExpressions } } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `cond && run()`, `cond ? a() : b()` and `(a(), b = 1)` are statements here by habit (the local rule allows
      // the last); a bare `value;` is still a bug.
      '@typescript-eslint/no-unused-expressions': 'off',
      'local/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // `_name` marks a deliberately unused parameter; `{ id, ...rest }` drops fields on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Importers and sanitizers look for control characters on purpose (legacy encodings, pasted rich text).
      'no-control-regex': 'off',
      // Prettier wraps code at 120 (printWidth); this catches what it cannot: a comment line over 120, or code that
      // Prettier left long. Strings, URLs, template literals and regexes cannot be wrapped and are let through.
      'max-len': [
        'error',
        {
          code: 120,
          tabWidth: 2,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
        },
      ],
    },
  },
  {
    // Tests reach into internals and build odd inputs on purpose: `any` for a private field, sparse arrays to
    // compare with what a spreadsheet reader returns.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-sparse-arrays': 'off' },
  },
  {
    files: ['src/renderer/**', 'tests/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
