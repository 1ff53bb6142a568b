import { builder } from './builder.js';

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items there are in all pages together.',
    resolve: (connection) => connection.totalCount(),
  }),
);
