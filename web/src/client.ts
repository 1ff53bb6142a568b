// The urql client every screen uses: POSTs to this gateway's /graphql with the session's API key, and
// subscriptions over server-sent events on the same endpoint (graphql-yoga's default transport).
import { cacheExchange, Client, fetchExchange, mapExchange, type CombinedError } from 'urql';

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
        onError(error) {
          if (httpStatusOf(error) === 401) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
  });
}

/** The HTTP status a failed request was answered with, if it got an answer (urql types its response as any). */
export function httpStatusOf(error: CombinedError | undefined): number | undefined {
  const response: unknown = error?.response;
  return response instanceof Response ? response.status : undefined;
}
