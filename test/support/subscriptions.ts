// Subscriptions as a client takes them: graphql-sse's client, in the GraphQL-over-SSE protocol's distinct
// connections mode that yoga serves (one POST with `Accept: text/event-stream` per subscription), with typed
// documents from test/gql.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type ExecutionResult } from 'graphql-sse';

export interface Subscription<Data> extends AsyncIterable<ExecutionResult<Data, unknown>> {
  /**
   * The headers of the event stream once the gateway answered with it. yoga registers the subscription before the
   * stream's first bytes (its opening comment) leave the server, so from here on no event can be missed.
   * Rejects when the gateway answers with anything other than a stream.
   */
  readonly opened: Promise<Headers>;
  /** Ends the subscription: the client closes the stream. */
  close(): Promise<void>;
}

/** Subscribes to `document` at `${origin}/graphql` with the API key `key`; results are read with `for await`. */
export function subscribe<Data, Variables extends Record<string, unknown>>(
  origin: string,
  document: TypedDocumentNode<Data, Variables>,
  { key, variables }: { key: string; variables: Variables },
): Subscription<Data> {
  let headers: Headers | undefined;
  let resolveOpened: (headers: Headers) => void = () => undefined;
  let rejectOpened: (error: unknown) => void = () => undefined;
  const opened = new Promise<Headers>((resolve, reject) => {
    resolveOpened = resolve;
    rejectOpened = reject;
  });
  const client = createClient({
    url: `${origin}/graphql`,
    headers: { authorization: `Bearer ${key}` },
    // A test wants the first answer, not the client's reconnection with backoff.
    retryAttempts: 0,
    fetchFn: async (url: string, init: RequestInit) => {
      try {
        const response = await fetch(url, init);
        if (!response.ok) throw new Error(`the gateway answered ${response.status}: ${await response.clone().text()}`);
        headers = response.headers;
        return response;
      } catch (error) {
        rejectOpened(error);
        throw error;
      }
    },
  });
  const results = client.iterate<Data>(
    { query: print(document), variables },
    {
      connected: () => {
        resolveOpened(headers!);
      },
    },
  );
  return {
    opened,
    [Symbol.asyncIterator]: () => results,
    close: async () => {
      await results.return?.();
      client.dispose();
    },
  };
}
