// Errors the code did not anticipate reach clients as "Unexpected error." with code INTERNAL_SERVER_ERROR and
// HTTP 500. The masked error remembers the original, so unexpectedErrors.ts can log it in full with the request id.
import { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

const originals = new WeakMap<GraphQLError, unknown>();
const masked = new WeakSet<object>();

export function maskError(error: unknown, message: string): Error {
  if (error instanceof GraphQLError && !isUnexpected(error)) return error;
  const located = error instanceof GraphQLError ? error : undefined;
  const stand = createGraphQLError(message, {
    nodes: located?.nodes ?? null,
    // Compiled execution's errors are located by position in the document, not by nodes (compiledExecution.ts).
    source: located?.source ?? null,
    positions: located?.positions ?? null,
    path: located?.path ?? null,
    extensions: { code: 'INTERNAL_SERVER_ERROR', http: { status: 500 } },
  });
  originals.set(stand, located?.originalError ?? error);
  if (typeof error === 'object' && error !== null) masked.add(error);
  return stand;
}

/** The error a masked one stands for; undefined for an error that was not masked. */
export function originalOf(error: GraphQLError): unknown {
  return originals.get(error);
}

/** Whether `error` was masked: it is logged with its request (unexpectedErrors.ts), not by yoga's logger. */
export function wasMasked(error: unknown): boolean {
  return typeof error === 'object' && error !== null && masked.has(error);
}

/** A GraphQLError is expected when it was raised as one, not wrapped around some other thrown value. */
export function isUnexpected(error: GraphQLError): boolean {
  return error.originalError != null && !(error.originalError instanceof GraphQLError);
}
