// The `Error` interface every typed failure implements, and one object type per failure.
import { ConnectionNotFoundError, GatewayError, ValidationError, errorCodes } from '../errors';
import { builder } from './builder';

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
