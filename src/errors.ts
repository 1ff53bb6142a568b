// Failures a client can act on, and the one table that says how each one is answered: its stable code, the HTTP
// status (REST and GraphQL alike), and the GraphQL object type (implementing the `Error` interface) that carries it
// in a result union. The REST body is `{ error, details: { code, …details() } }` (src/server/errorBodies.ts).
// Failures of the HTTP exchange itself (no route, body too large, …) have their own table in src/http/httpErrors.ts.

export const errorTable = {
  NOT_FOUND: {
    httpStatus: 404,
    graphqlType: 'ConnectionNotFoundError',
    description: 'No connection with this id exists in your organization.',
  },
  BAD_USER_INPUT: { httpStatus: 400, graphqlType: 'ValidationError', description: 'An argument was rejected; nothing was changed.' },
  NOT_IMPLEMENTED: {
    httpStatus: 501,
    graphqlType: 'ProviderNotSupportedError',
    description: "The connection's provider does not support this operation.",
  },
  MISSING_REFRESH_TOKEN: {
    httpStatus: 400,
    graphqlType: 'MissingRefreshTokenError',
    description: 'The connection holds no credentials it can use; the user has to connect again.',
  },
  RATE_LIMITED: { httpStatus: 429, graphqlType: 'RateLimitedError', description: "The provider's rate limit was reached." },
  UPSTREAM_ERROR: { httpStatus: 502, graphqlType: 'UpstreamError', description: 'The provider failed, also after retries.' },
  // The gateway's own configuration, not a fault of the server at run time: a 4xx the app can act on (set the
  // variables), not a 5xx a client would retry.
  PROVIDER_NOT_CONFIGURED: {
    httpStatus: 400,
    graphqlType: 'ProviderNotConfiguredError',
    description: "The provider's OAuth app is not configured on this gateway.",
  },
  API_KEY_NOT_FOUND: {
    httpStatus: 404,
    graphqlType: 'ApiKeyNotFoundError',
    description: 'No API key with this prefix exists in your organization.',
  },
  WEBHOOK_ENDPOINT_NOT_FOUND: {
    httpStatus: 404,
    graphqlType: 'WebhookEndpointNotFoundError',
    description: 'No webhook endpoint with this id exists in your organization.',
  },
  WEBHOOK_EVENT_NOT_FOUND: {
    httpStatus: 404,
    graphqlType: 'WebhookEventNotFoundError',
    description: 'No event with this id is in your organization’s event log (never, or no longer: see EVENT_RETENTION_DAYS).',
  },
  CONFLICT: {
    httpStatus: 409,
    graphqlType: 'ConnectionBusyError',
    description: 'Another change to this connection is still in progress; nothing was changed. Try again.',
  },
  CONNECTION_DELETED: {
    httpStatus: 409,
    graphqlType: 'ConnectionDeletedError',
    description: 'The connection was deleted (its documents kept): it cannot be reconnected. Create a new connection.',
  },
} as const satisfies Record<string, { httpStatus: number; graphqlType: string; description: string }>;

export type ErrorCode = keyof typeof errorTable;
export const errorCodes = Object.keys(errorTable) as ErrorCode[];

export abstract class GatewayError extends Error {
  abstract readonly code: ErrorCode;

  get httpStatus(): number {
    return errorTable[this.code].httpStatus;
  }

  /** Extra, machine-readable facts for the REST body's `details`. */
  details(): Record<string, unknown> | undefined {
    return undefined;
  }
}

export class ConnectionNotFoundError extends GatewayError {
  readonly code = 'NOT_FOUND';
  constructor(readonly connectionId: string) {
    super(`Connection ${JSON.stringify(connectionId)} was not found.`);
    this.name = 'ConnectionNotFoundError';
  }
}

export class ValidationError extends GatewayError {
  readonly code = 'BAD_USER_INPUT';
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

export class ConnectionBusyError extends GatewayError {
  readonly code = 'CONFLICT';
  constructor(readonly connectionId: string) {
    super(`Another change to connection ${connectionId} is still in progress; nothing was changed. Try again.`);
    this.name = 'ConnectionBusyError';
  }
  override details() {
    return { connectionId: this.connectionId };
  }
}

/** The connection is DELETED (kept for its documents, readable by id): nothing can connect it again. */
export class ConnectionDeletedError extends GatewayError {
  readonly code = 'CONNECTION_DELETED';
  constructor(readonly connectionId: string) {
    super(`Connection ${connectionId} was deleted; create a new connection instead.`);
    this.name = 'ConnectionDeletedError';
  }
  override details() {
    return { connectionId: this.connectionId };
  }
}

export class ApiKeyNotFoundError extends GatewayError {
  readonly code = 'API_KEY_NOT_FOUND';
  constructor(readonly prefix: string) {
    super(`No API key with prefix ${JSON.stringify(prefix)}.`);
    this.name = 'ApiKeyNotFoundError';
  }
  override details() {
    return { prefix: this.prefix };
  }
}

export class WebhookEndpointNotFoundError extends GatewayError {
  readonly code = 'WEBHOOK_ENDPOINT_NOT_FOUND';
  constructor(readonly endpointId: string) {
    super(`Webhook endpoint ${JSON.stringify(endpointId)} was not found.`);
    this.name = 'WebhookEndpointNotFoundError';
  }
  override details() {
    return { endpointId: this.endpointId };
  }
}

export class WebhookEventNotFoundError extends GatewayError {
  readonly code = 'WEBHOOK_EVENT_NOT_FOUND';
  constructor(readonly eventId: string) {
    super(`Event ${JSON.stringify(eventId)} is not in your organization's event log.`);
    this.name = 'WebhookEventNotFoundError';
  }
  override details() {
    return { eventId: this.eventId };
  }
}
