// The `Error` interface every typed failure implements, and one object type per failure, named and described by
// the error table (src/errors.ts).
import {
  ApiKeyNotFoundError,
  ConnectionBusyError,
  ConnectionDeletedError,
  ConnectionNotFoundError,
  GatewayError,
  MissingRefreshTokenError,
  ProviderNotConfiguredError,
  ProviderNotSupportedError,
  RateLimitedError,
  UpstreamError,
  ValidationError,
  WebhookEventNotFoundError,
  WebhookEndpointNotFoundError,
  errorCodes,
  errorTable,
} from '../errors.js';
import { builder } from './builder.js';

export const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description: 'Stable, machine-readable failure codes.',
  values: errorCodes,
});

export const ErrorInterface = builder.interfaceRef<GatewayError>('Error').implement({
  description: 'A failure the client can act on.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'Human-readable explanation.' }),
    code: t.field({ type: ErrorCodeEnum, resolve: (error) => error.code }),
    httpStatus: t.exposeInt('httpStatus', { description: 'The HTTP status the REST API answers with.' }),
  }),
});

builder.objectType(ConnectionNotFoundError, {
  name: errorTable.NOT_FOUND.graphqlType,
  description: errorTable.NOT_FOUND.description,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    connectionId: t.exposeID('connectionId'),
  }),
});

builder.objectType(ValidationError, {
  name: errorTable.BAD_USER_INPUT.graphqlType,
  description: errorTable.BAD_USER_INPUT.description,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    argument: t.exposeString('argument', { description: 'The rejected argument or input field.' }),
  }),
});

builder.objectType(ProviderNotSupportedError, {
  name: errorTable.NOT_IMPLEMENTED.graphqlType,
  description: errorTable.NOT_IMPLEMENTED.description,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.exposeString('provider'),
    operation: t.exposeString('operation', {
      description: '`listResources`, `configureResources`, `createConnection` or `syncDocuments`.',
    }),
  }),
});

builder.objectType(MissingRefreshTokenError, {
  name: errorTable.MISSING_REFRESH_TOKEN.graphqlType,
  description: errorTable.MISSING_REFRESH_TOKEN.description,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    connectionId: t.exposeID('connectionId'),
  }),
});

builder.objectType(RateLimitedError, {
  name: errorTable.RATE_LIMITED.graphqlType,
  description: errorTable.RATE_LIMITED.description,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.exposeString('provider'),
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', { description: 'When trying again can succeed.' }),
  }),
});

builder.objectType(UpstreamError, {
  name: errorTable.UPSTREAM_ERROR.graphqlType,
  description: errorTable.UPSTREAM_ERROR.description,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.exposeString('provider'),
    resource: t.exposeString('resource', { nullable: true, description: 'The resource the failure concerns, if any.' }),
  }),
});

builder.objectType(ProviderNotConfiguredError, {
  name: errorTable.PROVIDER_NOT_CONFIGURED.graphqlType,
  description: errorTable.PROVIDER_NOT_CONFIGURED.description,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.exposeString('provider'),
    variables: t.exposeStringList('variables', { description: 'The environment variables to set.' }),
  }),
});

builder.objectType(ApiKeyNotFoundError, {
  name: errorTable.API_KEY_NOT_FOUND.graphqlType,
  description: errorTable.API_KEY_NOT_FOUND.description,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    prefix: t.exposeString('prefix'),
  }),
});

builder.objectType(ConnectionBusyError, {
  name: errorTable.CONFLICT.graphqlType,
  description: errorTable.CONFLICT.description,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    connectionId: t.exposeID('connectionId'),
  }),
});

builder.objectType(ConnectionDeletedError, {
  name: errorTable.CONNECTION_DELETED.graphqlType,
  description: errorTable.CONNECTION_DELETED.description,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    connectionId: t.exposeID('connectionId'),
  }),
});

builder.objectType(WebhookEndpointNotFoundError, {
  name: errorTable.WEBHOOK_ENDPOINT_NOT_FOUND.graphqlType,
  description: errorTable.WEBHOOK_ENDPOINT_NOT_FOUND.description,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    endpointId: t.exposeID('endpointId'),
  }),
});

builder.objectType(WebhookEventNotFoundError, {
  name: errorTable.WEBHOOK_EVENT_NOT_FOUND.graphqlType,
  description: errorTable.WEBHOOK_EVENT_NOT_FOUND.description,
  interfaces: [ErrorInterface],
  fields: (t) => ({
    eventId: t.exposeID('eventId'),
  }),
});

/** The failures of any operation that calls a provider for a connection. */
export const providerCallErrors = [ProviderNotSupportedError, MissingRefreshTokenError, RateLimitedError, UpstreamError];
