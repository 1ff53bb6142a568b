// Failures a client can act on. Each has a stable code and the HTTP status the REST layer answers with; the
// GraphQL schema exposes every one as an object type implementing the `Error` interface.

export const errorCodes = [
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'NOT_IMPLEMENTED',
  'MISSING_REFRESH_TOKEN',
  'RATE_LIMITED',
  'UPSTREAM_ERROR',
  'PROVIDER_NOT_CONFIGURED',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export abstract class GatewayError extends Error {
  abstract readonly code: ErrorCode;
  abstract readonly httpStatus: number;
  /** Extra, machine-readable facts for the REST body's `details`. */
  details(): Record<string, unknown> | undefined {
    return undefined;
  }
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
  /** The argument or input field that was rejected, e.g. `perPage` or `input.resources`. */
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
    this.name = 'ValidationError';
  }
  override details() {
    return { argument: this.argument };
  }
}

export type ProviderOperation = 'listResources' | 'configureResources' | 'createConnection' | 'syncDocuments' | 'receiveWebhooks';

export class ProviderNotSupportedError extends GatewayError {
  readonly code = 'NOT_IMPLEMENTED';
  readonly httpStatus = 501;
  constructor(
    readonly provider: string,
    readonly operation: ProviderOperation,
  ) {
    super(`${provider} ${describeOperation(operation)}.`);
    this.name = 'ProviderNotSupportedError';
  }
  override details() {
    return { provider: this.provider, operation: this.operation };
  }
}

const operationSentences: Record<ProviderOperation, string> = {
  createConnection: 'connections cannot be created through OAuth yet',
  syncDocuments: 'connections cannot be synced yet',
  listResources: 'connections do not support listing resources',
  configureResources: 'connections do not support configuring resources',
  receiveWebhooks: 'sends no webhooks to this gateway',
};

function describeOperation(operation: ProviderOperation): string {
  return operationSentences[operation];
}

export class ProviderNotConfiguredError extends GatewayError {
  readonly code = 'PROVIDER_NOT_CONFIGURED';
  // The gateway's own configuration, not a fault of the server at run time: a 4xx the app can act on (set the
  // variables), not a 5xx a client would retry.
  readonly httpStatus = 400;
  constructor(
    readonly provider: string,
    readonly variables: readonly string[],
  ) {
    super(`${provider}'s OAuth app is not configured on this gateway: set ${variables.join(' and ')}.`);
    this.name = 'ProviderNotConfiguredError';
  }
  override details() {
    return { provider: this.provider, variables: [...this.variables] };
  }
}

export class MissingRefreshTokenError extends GatewayError {
  readonly code = 'MISSING_REFRESH_TOKEN';
  readonly httpStatus = 400;
  constructor(
    readonly connectionId: string,
    reason: string,
  ) {
    super(`Connection ${connectionId} has no usable credentials (${reason}); connect it again.`);
    this.name = 'MissingRefreshTokenError';
  }
}

export class RateLimitedError extends GatewayError {
  readonly code = 'RATE_LIMITED';
  readonly httpStatus = 429;
  constructor(
    readonly provider: string,
    readonly retryAfterSeconds: number,
  ) {
    super(`${provider} rate limit reached; retry in ${retryAfterSeconds} seconds.`);
    this.name = 'RateLimitedError';
  }
  override details() {
    return { provider: this.provider, retryAfterSeconds: this.retryAfterSeconds };
  }
}

export class UpstreamError extends GatewayError {
  readonly code = 'UPSTREAM_ERROR';
  readonly httpStatus = 502;
  /** The provider resource the failure concerns, when there is one (e.g. the repository a webhook failed on). */
  constructor(
    readonly provider: string,
    message: string,
    readonly resource: string | null = null,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'UpstreamError';
  }
  override details() {
    return { provider: this.provider, ...(this.resource ? { resource: this.resource } : {}) };
  }
}
