// Typed documents for the picker (web/) and the tests, generated from the checked-in schema.graphql.
// `npm run codegen` writes them; `npm test` runs `codegen:check`, which fails when they are stale.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

const config = {
  scalars: { ID: 'string', DateTime: 'string', JSON: 'unknown' },
  enumsAsTypes: true,
  useTypeImports: true,
};

// Each document also gets its sha256 hash (`__meta__.hash`) and a line in persisted-documents.json, the manifest the
// gateway loads at start: clients send the hash instead of the text (src/server/persistedDocuments.ts).
const persistedDocuments = { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' } as const;

const codegen: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      preset: 'client',
      // The picker reads fragment fields where it spreads them; masking would only add unwrapping.
      presetConfig: { fragmentMasking: false, persistedDocuments },
      // urql's document cache adds __typename to every selection before it sends one; the hashed text must have them.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config,
    },
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**'],
      preset: 'client',
      // Tests read fragment fields where they spread them (aliases of one selection), as the picker does.
      presetConfig: { fragmentMasking: false, persistedDocuments },
      config,
    },
  },
};

export default codegen;
