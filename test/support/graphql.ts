// GraphQL over HTTP for the suites: typed documents from test/gql (graphql-codegen's client preset, written by
// `npm run codegen`) sent as a client sends them, with results typed by the document. A raw query text is for
// tests that send what no typed document can: malformed, hostile or generated operations.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult } from 'graphql';
import { expect } from 'vitest';

export interface GraphQLResponse<Data = Record<string, any>> {
  status: number;
  headers: Headers;
  body: FormattedExecutionResult<Data>;
}

export interface GraphQLRequestOptions<Variables = Record<string, unknown>> {
  /** The API key, sent as `Authorization: Bearer <key>`. */
  key?: string | null;
  variables?: Variables;
  headers?: Record<string, string>;
}

/** Sends one operation to `${origin}/graphql` with `send` (a fetch), and returns the answer as is. */
export async function execute<Data, Variables>(
  origin: string,
  operation: TypedDocumentNode<Data, Variables> | string,
  { key, variables, headers }: GraphQLRequestOptions<Variables> = {},
  send: (url: string, init: RequestInit) => Promise<Response> = fetch,
): Promise<GraphQLResponse<Data>> {
  const response = await send(`${origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query: typeof operation === 'string' ? operation : print(operation), variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as FormattedExecutionResult<Data> };
}

/** The data of an answer without errors: fails the test with the errors when there are any. */
export function dataOf<Data>(response: GraphQLResponse<Data>): Data {
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data).toBeDefined();
  return response.body.data!;
}

/**
 * The member of a result union selected through `... on Type { field }` (no `__typename`): the one that has
 * `field`. Fails the test when the value is another member.
 */
export function having<T extends object, K extends PropertyKey>(value: T, field: K): Extract<T, Record<K, unknown>> {
  if (!(field in value)) expect.fail(`expected a result with ${String(field)}, got ${JSON.stringify(value)}`);
  return value as Extract<T, Record<K, unknown>>;
}

/** Narrows a result union by `__typename`, failing the test (showing the value) when it is another member. */
export function expectTypename<T extends { __typename: string }, N extends T['__typename']>(
  value: T,
  typename: N,
): asserts value is Extract<T, { __typename: N }> {
  expect(value).toMatchObject({ __typename: typename });
}
