// Compiled execution answers exactly as graphql-js does: the same data, the same errors (message, locations, path,
// extensions, masking), and graphql-js itself for what graphql-jit should not run.
import { GraphQLError, type ExecutionResult } from 'graphql';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useCompiledExecution } from './compiledExecution.js';
import { maskError } from './errorMasking.js';

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      items(first: Int!): [Item!]!
      expected: String
      unexpected: String
      required: String!
    }
    type Mutation {
      touch: Int!
    }
    type Item {
      id: ID!
      name: String!
    }
  `,
  resolvers: {
    Query: {
      items: (_root: unknown, { first }: { first: number }) =>
        Array.from({ length: first }, (_, index) => ({ id: String(index), name: `item ${index}` })),
      expected: () => {
        throw new GraphQLError('Not today.', { extensions: { code: 'BAD_USER_INPUT', argument: 'x' } });
      },
      unexpected: () => {
        throw new Error('relation "x" does not exist');
      },
      required: () => null,
    },
    Mutation: { touch: () => 1 },
  },
});

function server(compiled: boolean) {
  let executions = 0;
  const yoga = createYoga({
    schema,
    logging: false,
    maskedErrors: { maskError },
    plugins: [
      // Counts graphql-js executions; the jit plugin, after it, replaces this execute function with its own.
      {
        onExecute({ executeFn, setExecuteFn }) {
          setExecuteFn((args) => {
            executions++;
            return executeFn(args) as ExecutionResult;
          });
        },
      } satisfies Plugin,
      ...(compiled ? useCompiledExecution() : []),
    ],
  });
  return {
    executions: () => executions,
    async post(body: Record<string, unknown>) {
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
  };
}

const requests: [string, Record<string, unknown>][] = [
  ['data', { query: 'query Items($n: Int!) { items(first: $n) { id name } }', variables: { n: 3 } }],
  ['an expected error with its extensions and location', { query: '{\n  items(first: 1) { id }\n  expected\n}' }],
  ['a masked unexpected error', { query: '{ unexpected items(first: 1) { name } }' }],
  ['null in a non-null field', { query: '{ required }' }],
  ['a bad variable', { query: 'query Items($n: Int!) { items(first: $n) { id } }', variables: { n: 'three' } }],
  ['a mutation', { query: 'mutation { touch }' }],
  ['an unknown operation name', { query: 'query A { expected }', operationName: 'B' }],
  ['the second of two operations', { query: 'query A { expected } query B { items(first: 2) { id } }', operationName: 'B' }],
];

describe('compiled execution', () => {
  it.each(requests)('answers %s as graphql-js does', async (_name, body) => {
    const compiled = server(true);
    const interpreted = server(false);
    // Twice: the second request runs the cached compiled operation.
    for (let round = 0; round < 2; round++) expect(await compiled.post(body)).toEqual(await interpreted.post(body));
  });

  it('compiles single-operation queries and mutations, and leaves other documents to graphql-js', async () => {
    const compiled = server(true);
    await compiled.post({ query: '{ items(first: 1) { id } }' });
    await compiled.post({ query: 'mutation { touch }' });
    expect(compiled.executions()).toBe(0);
    await compiled.post({ query: 'query A { expected } query B { items(first: 2) { id } }', operationName: 'B' });
    await compiled.post({ query: 'query Items($n: Int!) { items(first: $n) { id } }', variables: { n: 'three' } });
    expect(compiled.executions()).toBe(2);
  });
});
