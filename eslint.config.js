// ESLint (flat config): typescript-eslint's recommended rules, without type information so that
// linting stays fast; Prettier owns the layout.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'archway-out/', 'bench/peers/', 'reports/', '.stryker-tmp/', 'test/**/fixtures/', 'test/golden/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Event payload tables name "no payload" as {} (OperationRemoved: {}), deliberately.
      '@typescript-eslint/no-empty-object-type': ['error', { allowObjectTypes: 'always' }],
      // `{ dropped: _x, ...rest }` removes a key by destructuring; the underscore says it is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Parsed OpenAPI/AsyncAPI/Avro documents are untyped JSON walked by key: nodes are Record<string, any> by design.
    files: ['src/contracts/**', 'src/lint/**', 'src/diff/**', 'src/model/**', 'src/resilience/event-contract.ts', 'src/verify/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', globalThis: 'readonly' },
    },
  },
);
