// Persisted documents: the picker and the typed clients send a document's sha256 hash
// (`extensions.persistedQuery.sha256Hash`, as graphql-codegen's client preset emits it) instead of its text, and the
// gateway looks the text up in the manifests generated beside them (persisted-documents.json). Looked-up texts then
// take the same path as any other: the token limit, the parse and validation caches, the limits, compiled execution.
//
// PERSISTED_DOCUMENTS decides what is accepted: `allow` (the default) takes hashes and texts alike, so GraphiQL and
// ad-hoc clients keep working; `require` refuses texts, for deployments that serve known clients only; `off` takes
// texts only.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';
import { badRequest, HttpError } from '../http/httpErrors.js';

export type PersistedDocumentsMode = 'off' | 'allow' | 'require';

export const persistedDocumentsModes = ['off', 'allow', 'require'] as const satisfies readonly PersistedDocumentsMode[];

/** The picker's manifest, shipped with the gateway (`npm run codegen` writes it). */
export const pickerManifest = fileURLToPath(new URL('../../web/src/gql/persisted-documents.json', import.meta.url));

/** Document texts by hash (`sha256:<hex>`, as the manifests key them). */
export type PersistedDocuments = ReadonlyMap<string, string>;

const manifestSchema = z.record(z.string().regex(/^sha256:[0-9a-f]{64}$/), z.string().min(1));

/** Reads the manifests once, at start; a missing or malformed one stops start-up. */
export function loadPersistedDocuments(manifests: readonly string[] = [pickerManifest]): PersistedDocuments {
  const documents = new Map<string, string>();
  for (const manifest of manifests) {
    for (const [hash, text] of Object.entries(manifestSchema.parse(JSON.parse(readFileSync(manifest, 'utf8'))))) documents.set(hash, text);
  }
  return documents;
}

/** The hash a request names, with or without the `sha256:` prefix (Apollo's clients send bare hex). */
function lookup(documents: PersistedDocuments, hash: string): string | null {
  return documents.get(hash) ?? documents.get(`sha256:${hash}`) ?? null;
}

/** The yoga plugin for `mode`; it goes first, so every later check sees the looked-up text. */
export function usePersistedDocuments(mode: PersistedDocumentsMode, documents: PersistedDocuments): Plugin[] {
  if (mode === 'off') return [];
  return [
    usePersistedOperations({
      getPersistedOperation: (hash) => lookup(documents, hash),
      allowArbitraryOperations: mode === 'allow',
      customErrors: {
        notFound: () =>
          asGraphQLError(new HttpError('PERSISTED_DOCUMENT_NOT_FOUND', 'No persisted document has this hash; send the document itself.')),
        persistedQueryOnly: () =>
          asGraphQLError(
            new HttpError(
              'PERSISTED_DOCUMENT_REQUIRED',
              'This gateway runs persisted documents only: send the hash of a known document (extensions.persistedQuery.sha256Hash), not its text.',
            ),
          ),
        keyNotFound: () =>
          asGraphQLError(badRequest('Send a GraphQL document (query) or the hash of a persisted one (extensions.persistedQuery).')),
      },
    }),
  ];
}

/** A request-level failure as yoga answers it: the failure's status whatever the client accepts. */
function asGraphQLError(failure: HttpError): GraphQLError {
  return new GraphQLError(failure.message, {
    extensions: { code: failure.code, ...failure.details(), http: { status: failure.httpStatus, spec: false } },
  });
}
