// The urql client every screen uses: POSTs to this gateway's /graphql with the session's API key, and
// subscriptions over server-sent events on the same endpoint (graphql-yoga's default transport).
import { cacheExchange, Client, fetchExchange, mapExchange } from 'urql';

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
          if (error.response?.status === 401) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
  });
}
