// Errors the code did not anticipate reach clients as "Unexpected error." with code INTERNAL_SERVER_ERROR and
// HTTP 500. They are logged in full before masking (see unexpectedErrors.ts).
import { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

export function maskError(error: unknown, message: string): Error {
  if (error instanceof GraphQLError && !isUnexpected(error)) return error;
  const located = error instanceof GraphQLError ? error : undefined;
  return createGraphQLError(message, {
    nodes: located?.nodes ?? null,
    path: located?.path ?? null,
    extensions: { code: 'INTERNAL_SERVER_ERROR', http: { status: 500 } },
  });
}

/** A GraphQLError is expected when it was raised as one, not wrapped around some other thrown value. */
export function isUnexpected(error: GraphQLError): boolean {
  return error.originalError != null && !(error.originalError instanceof GraphQLError);
}
