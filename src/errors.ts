// Failures a client can act on. Each has a stable code and the HTTP status the REST layer answers with; the
// GraphQL schema exposes every one as an object type implementing the `Error` interface.

export const errorCodes = ['NOT_FOUND', 'BAD_USER_INPUT'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export abstract class GatewayError extends Error {
  abstract readonly code: ErrorCode;
  abstract readonly httpStatus: number;
}

export class ConnectionNotFoundError extends GatewayError {
  readonly code = 'NOT_FOUND';
  readonly httpStatus = 404;
  constructor(readonly connectionId: string) {
    super(`Connection ${JSON.stringify(connectionId)} was not found.`);
    this.name = 'ConnectionNotFoundError';
  }
}

export class ValidationError extends GatewayError {
  readonly code = 'BAD_USER_INPUT';
  readonly httpStatus = 400;
  /** The argument or input field that was rejected, e.g. `first` or `input.resources`. */
  constructor(readonly argument: string, message: string) {
    super(message);
    this.name = 'ValidationError';
  }
}
