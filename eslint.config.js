// ESLint for src/, test/, packages/ and web/: typescript-eslint's strict type-checked rules and React's hooks rules for the
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
    rules: {
      // A number in a message (`${count} documents`, `port ${port}`) prints as expected; anything else (nullish,
      // objects, any) still has to be made a string on purpose.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowAny: false, allowBoolean: false, allowNever: false, allowNullish: false, allowRegExp: false },
      ],
      // `() => setOpen(false)` and `(reply) => reply.send()` are how handlers are written here; a void value
      // returned anywhere else (a `return`, an assignment, a condition) is still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // A leading underscore marks a parameter or binding left unused on purpose (`_reply`, `{ url: _url, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },

  {
    files: ['web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    // A missing effect dependency is a bug here, not a style point.
    rules: { 'react-hooks/exhaustive-deps': 'error' },
  },

  // Tests and the GitHub and Google fakes they run against. Responses from the gateway and from the fake are untyped JSON (`Record<string, any>`,
  // `response.json()`), read in order to hand them to expect(): a wrong shape fails the assertion, which is the
  // check, so the any-tracking rules (and `any` in a template or a sum) would only ask for casts. Test data is
  // looked up with `!` for the same reason: a missing item throws and fails the test. afterAll hooks write
  // `gateway?.close()` because a beforeAll that threw leaves variables typed as assigned unassigned, which
  // no-unnecessary-condition cannot know.
  {
    files: ['test/**/*.ts', 'packages/github-fake/**/*.ts', 'packages/google-fake/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowAny: true, allowBoolean: false, allowNever: false, allowNullish: false, allowRegExp: false },
      ],
      '@typescript-eslint/restrict-plus-operands': [
        'error',
        { allowAny: true, allowBoolean: false, allowNullish: false, allowNumberAndString: false, allowRegExp: false },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },

  // The config files are plain JavaScript outside every tsconfig: lint them without type information.
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // Last, so that no rule above argues with Prettier about layout.
  prettier,
);
