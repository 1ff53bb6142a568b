// The schema builder, its plugins and the root types. The types themselves are defined in one file per domain
// type, in each module's graphql/ folder (src/modules/<domain>/graphql/); src/server/graphqlSchema.ts assembles them.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { GraphQLContext } from './context.js';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
  // Every connection in the API reports its size; counting is deferred until a client asks for it.
  Connection: { totalCount: () => Promise<number> };
  DefaultFieldNullability: false;
}>({
  plugins: [ErrorsPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: { clientMutationId: 'omit', cursorType: 'String' },
  errors: { directResult: true },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
