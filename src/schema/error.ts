// The `Error` interface every typed failure implements, and one object type per failure.
import {
  ConnectionNotFoundError,
  GatewayError,
  MissingRefreshTokenError,
  ProviderNotConfiguredError,
  ProviderNotSupportedError,
  RateLimitedError,
  UpstreamError,
  ValidationError,
  errorCodes,
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
  name: 'ConnectionNotFoundError',
  description: 'No connection with this id exists in your organization.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    connectionId: t.exposeID('connectionId'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'An argument was rejected; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    argument: t.exposeString('argument', { description: 'The rejected argument or input field.' }),
  }),
});

builder.objectType(ProviderNotSupportedError, {
  name: 'ProviderNotSupportedError',
  description: "The connection's provider does not support this operation.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.exposeString('provider'),
    operation: t.exposeString('operation', {
      description: '`listResources`, `configureResources`, `createConnection` or `syncDocuments`.',
    }),
  }),
});

builder.objectType(MissingRefreshTokenError, {
  name: 'MissingRefreshTokenError',
  description: 'The connection holds no credentials it can use; the user has to connect again.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    connectionId: t.exposeID('connectionId'),
  }),
});

builder.objectType(RateLimitedError, {
  name: 'RateLimitedError',
  description: "The provider's rate limit was reached.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.exposeString('provider'),
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', { description: 'When trying again can succeed.' }),
  }),
});

builder.objectType(UpstreamError, {
  name: 'UpstreamError',
  description: 'The provider failed, also after retries.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.exposeString('provider'),
    resource: t.exposeString('resource', { nullable: true, description: 'The resource the failure concerns, if any.' }),
  }),
});

builder.objectType(ProviderNotConfiguredError, {
  name: 'ProviderNotConfiguredError',
  description: "The provider's OAuth app is not configured on this gateway.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    provider: t.exposeString('provider'),
    variables: t.exposeStringList('variables', { description: 'The environment variables to set.' }),
  }),
});

/** The failures of any operation that calls a provider for a connection. */
export const providerCallErrors = [ProviderNotSupportedError, MissingRefreshTokenError, RateLimitedError, UpstreamError];
