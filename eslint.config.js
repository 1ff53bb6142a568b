// ESLint for src/, test/ and web/: typescript-eslint's strict type-checked rules and React's hooks rules for the
// picker. Style is Prettier's alone (`prettier --check .`); import cycles are dependency-cruiser's
// (.dependency-cruiser.js), because eslint-plugin-import-x's no-cycle skips type-only imports. All three run in
// `npm run lint`.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    // Generated code and build output.
    'src/generated/',
    'web/src/gql/',
    'test/gql/',
    'dist/',
    'web/dist/',
    // Local state and artefacts.
    '.data/',
    'scratch/',
    'test-artifacts/',
    'coverage/',
  ]),

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      // Each file is checked against the nearest tsconfig.json: web/tsconfig.json for the picker, the root one for the rest.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  {
    files: ['web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    // A missing effect dependency is a bug here, not a style point.
    rules: { 'react-hooks/exhaustive-deps': 'error' },
  },

  // This file is plain JavaScript outside every tsconfig: lint it without type information.
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // Last, so that no rule above argues with Prettier about layout.
  prettier,
);
