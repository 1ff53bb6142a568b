import { ProviderNotConfiguredError, ProviderNotSupportedError, ValidationError } from '../../../errors.js';
import { builder } from '../../../schema/builder.js';
import { ProviderEnum } from '../../../schema/provider.js';
import type { CreatedConnection } from '../service.js';
import { ConnectionRef } from './connection.js';

const CreateConnectionInput = builder.inputType('CreateConnectionInput', {
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, required: true }),
    redirectUrl: t.string({ required: true, description: 'Where the user returns after authorizing (http or https).' }),
    metadata: t.field({ type: 'JSON', description: 'Your own data to keep with the connection (a JSON object).' }),
    containerTags: t.stringList({ description: 'Tags to group connections by.' }),
    documentLimit: t.int({ description: 'The most documents it keeps (default 10,000; at most 1,000,000).' }),
  }),
});

/** A payload of a connection and the link that authorizes it (createConnection's, reauthorizeConnection's). */
export function authLinkPayload(name: string, description: string) {
  return builder.objectRef<CreatedConnection>(name).implement({
    description,
    fields: (t) => ({
      connection: t.field({ type: ConnectionRef, resolve: (created) => created.connection }),
      authLink: t.exposeString('authLink', { description: "Send the user's browser here to authorize the connection." }),
      expiresIn: t.exposeInt('expiresIn', { description: 'Seconds the authLink stays valid.' }),
    }),
  });
}

const CreateConnectionPayload = authLinkPayload('CreateConnectionPayload', 'A PENDING connection and the link that authorizes it.');

builder.mutationField('createConnection', (t) =>
  t.field({
    type: CreateConnectionPayload,
    description: 'Starts connecting a provider account: a PENDING connection and the link that authorizes it.',
    errors: {
      types: [ValidationError, ProviderNotConfiguredError, ProviderNotSupportedError],
      union: { name: 'CreateConnectionResult' },
    },
    args: { input: t.arg({ type: CreateConnectionInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.connections.create(context.organizationId, {
        provider: input.provider,
        redirectUrl: input.redirectUrl,
        metadata: input.metadata,
        containerTags: input.containerTags ?? [],
        documentLimit: input.documentLimit,
      }),
  }),
);
