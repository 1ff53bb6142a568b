// The urql client every screen uses: POSTs to this gateway's /graphql with the session's API key, and
// subscriptions over server-sent events on the same endpoint (graphql-yoga's default transport). Operations go by
// their persisted document's hash, not their text: the gateway knows the picker's documents (codegen's manifest).
import { cacheExchange, Client, fetchExchange, makeOperation, mapExchange, type CombinedError, type Operation } from 'urql';

export function createGatewayClient(apiKey: string, onUnauthenticated: () => void): Client {
  return new Client({
    // Relative to the page, so a gateway behind a path prefix still works: /picker/ → /graphql.
    url: new URL('../graphql', document.baseURI).toString(),
    preferGetMethod: false,
    fetchSubscriptions: true,
    fetchOptions: () => ({ headers: { authorization: `Bearer ${apiKey}` } }),
    exchanges: [
      cacheExchange,
      mapExchange({
        onOperation: byHash,
        onError(error) {
          if (httpStatusOf(error) === 401) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
  });
}

/**
 * The operation with its document's hash (graphql-codegen's `__meta__.hash`) in `extensions.persistedQuery`, which
 * urql then sends instead of the text. Documents from elsewhere (none today) still go as text.
 */
function byHash(operation: Operation): Operation {
  const { __meta__: meta } = operation.query as { __meta__?: { hash?: unknown } };
  if (typeof meta?.hash !== 'string') return operation;
  const persistedQuery = { version: 1 as const, sha256Hash: meta.hash };
  return makeOperation(operation.kind, { ...operation, extensions: { ...operation.extensions, persistedQuery } }, operation.context);
}

/** The HTTP status a failed request was answered with, if it got an answer (urql types its response as any). */
export function httpStatusOf(error: CombinedError | undefined): number | undefined {
  const response: unknown = error?.response;
  return response instanceof Response ? response.status : undefined;
}
