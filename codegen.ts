// Typed documents for the picker (web/) and the tests, generated from the checked-in schema.graphql.
// `npm run codegen` writes them; `npm test` runs `codegen:check`, which fails when they are stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config = {
  scalars: { ID: 'string', DateTime: 'string', JSON: 'unknown' },
  enumsAsTypes: true,
  useTypeImports: true,
};

const codegen: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      preset: 'client',
      // The picker reads fragment fields where it spreads them; masking would only add unwrapping.
      presetConfig: { fragmentMasking: false },
      config,
    },
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**'],
      preset: 'client',
      // Tests read fragment fields where they spread them (aliases of one selection), as the picker does.
      presetConfig: { fragmentMasking: false },
      config,
    },
  },
};

export default codegen;
