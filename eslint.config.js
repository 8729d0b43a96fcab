// Lint: the recommended JS and TypeScript rules (not type-aware, so the whole tree lints in seconds), import cycles and
// unused code. Formatting is prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', '.tmp/**', 'bench/out/**', 'e2e/screenshots/**', 'src/client/schema.d.ts'] },
  js.configs.recommended,
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      'no-unused-private-class-members': 'error',
      'no-unused-labels': 'error',
      // TypeScript checks names itself; ESLint's no-undef does not know DOM/Node globals in .ts files.
      'no-undef': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Control characters in patterns are deliberate here: NUL and C0 checks on input and file names.
      'no-control-regex': 'off',
      // An initial value that every branch then overwrites is kept where it documents the variable's type and default.
      'no-useless-assignment': 'off',
      // Thin and no-break spaces inside Chinese report strings are typography, not typos.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
