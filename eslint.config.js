// Flat ESLint config shared by every workspace. Type-aware rules need the
// per-workspace tsconfig files, which projectService discovers on its own.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Reading stored properties by string key, which the client must not do:
 * `x.properties` is a Cypher result cell's property bag, and `attributes`
 * are listed as they are, never read by key. tests/integration/build/
 * propertyGuard.test.ts checks that these selectors catch what they should.
 */
export const PROPERTY_BAG_GUARD = [
  {
    selector:
      "MemberExpression[property.name='properties'], MemberExpression[property.value='properties']",
    message:
      'Only the Cypher results table (client/src/ui/ResultsTable.tsx) reads property bags; explore DTOs have typed fields (model/src/api/graph.ts).',
  },
  {
    selector:
      "MemberExpression[object.property.name='attributes'], VariableDeclarator[init.property.name='attributes'] > ObjectPattern",
    message:
      'Attributes are listed as they are (PropertyList), never read by key; give the value a typed field in model/src/api/graph.ts.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.build/**',
      '.neo4j/**',
      'coverage/**',
      'test-artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-console': 'off',
      // neo4j-driver declares its option bags (Config, SessionConfig) as classes but documents
      // plain object literals as the way to pass them.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Explore DTOs are typed (model/src/api/graph.ts); the open property bag
    // is only for the cells of a Cypher result, shown by the results table.
    files: ['client/**/*.{ts,tsx}'],
    ignores: ['client/src/ui/ResultsTable.tsx', 'client/src/ui/ResultsTable.test.tsx'],
    rules: {
      'no-restricted-syntax': ['error', ...PROPERTY_BAG_GUARD],
    },
  },
  {
    files: ['bench/bare/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
