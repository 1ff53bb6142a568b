// The one table from a typed failure to its answer on each surface. A failure has a code, an HTTP status, a
// message and machine-readable details; GraphQL carries them as `errors[].extensions` (code first), REST and
// webhooks as `{ "error": message, "details": { "code", … } }`. The HTTP status is the failure's own on both.
import { GatewayError, RateLimitedError } from '../errors.js';
import { HttpError } from '../http/httpErrors.js';

export type Surface = 'graphql' | 'rest';

export interface TypedFailure {
  code: string;
  httpStatus: number;
  message: string;
  details(): Record<string, unknown> | undefined;
}

export interface ErrorAnswer {
  status: number;
  headers: Record<string, string>;
  body: GraphQLErrorBody | RestErrorBody;
}

export interface GraphQLErrorBody {
  errors: { message: string; extensions: Record<string, unknown> }[];
}

export interface RestErrorBody {
  error: string;
  details: Record<string, unknown>;
}

/** What clients see of a failure nobody anticipated; the failure itself goes to the log. */
export const UNEXPECTED: TypedFailure = Object.freeze({
  code: 'INTERNAL_SERVER_ERROR',
  httpStatus: 500,
  message: 'Unexpected error.',
  details: () => undefined,
});

export function isTypedFailure(error: unknown): error is GatewayError | HttpError {
  return error instanceof GatewayError || error instanceof HttpError;
}

/** The headers a failure calls for, beside the body's own content type. */
function headersOf(failure: TypedFailure): Record<string, string> {
  if (failure instanceof HttpError) return failure.headers;
  if (failure instanceof RateLimitedError) return { 'retry-after': String(failure.retryAfterSeconds) };
  return {};
}

export function errorAnswer(surface: Surface, failure: TypedFailure): ErrorAnswer {
  const facts = { code: failure.code, ...failure.details() };
  return {
    status: failure.httpStatus,
    headers: headersOf(failure),
    body:
      surface === 'graphql' ? { errors: [{ message: failure.message, extensions: facts }] } : { error: failure.message, details: facts },
  };
}

/** Which surface answers a path: /graphql speaks GraphQL, everything else (REST, webhooks, OAuth, pages) REST. */
export function surfaceOf(path: string): Surface {
  return path === '/graphql' ? 'graphql' : 'rest';
}
