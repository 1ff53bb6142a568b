// Introspection without an API key, while introspection is on: the schema is public (it is schema.graphql in the
// repository of this open-source gateway and says nothing about any organization), and GraphiQL fetches it once,
// when the page opens, with whatever its Authorization header holds then, the placeholder. Had that fetch needed
// a key, Docs would say "Error fetching schema" until the user, having pasted a key, thought of clicking ↻:
// GraphiQL does not fetch the schema again when headers change, and teaching it to would mean patching its bundle.
// Answering the schema without a key fixes it at the root, for GraphiQL and any other tool (codegen, IDEs).
//
// What stays true for requests without a valid key: nothing they send is cached, no resolver runs, and everything
// but introspection still gets 401. Only small requests qualify (a declared body of at most 16 KiB, or a GET), so
// the key is still checked before any large body is read; such a document is parsed (within the token limit) just
// to see whether it asks for nothing but __schema, __type and __typename, checked against the same limits as any
// other document, and executed against the schema alone.
import type { FastifyRequest } from 'fastify';
import {
  execute,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { documentLimitRules, type RequestLimits } from './requestLimits.js';

/** The largest body a request without a key may send for introspection: GraphiQL's own query is about 2 KB. */
export const PUBLIC_INTROSPECTION_MAX_BYTES = 16 * 1024;

const SCHEMA_FIELDS = new Set(['__schema', '__type']);

/**
 * Whether a request without a valid key may still be read, as a possible introspection query: a GET (its query is
 * in the URL, already bounded) or a POST whose declared length is small.
 */
export function mayBePublicIntrospection(request: FastifyRequest): boolean {
  if (request.method === 'GET') return true;
  const length = Number(request.headers['content-length']);
  return request.method === 'POST' && Number.isInteger(length) && length > 0 && length <= PUBLIC_INTROSPECTION_MAX_BYTES;
}

/** The document text and the variables of a GraphQL request over GET (query string) or POST (JSON body text). */
function requestParts(request: FastifyRequest): { query?: unknown; variables?: unknown; operationName?: unknown } {
  if (request.method === 'GET') {
    const { query, operationName, variables } = request.query as Record<string, unknown>;
    let parsedVariables: unknown;
    try {
      parsedVariables = typeof variables === 'string' && variables !== '' ? JSON.parse(variables) : undefined;
    } catch {
      parsedVariables = undefined;
    }
    return { query, operationName, variables: parsedVariables };
  }
  try {
    const body: unknown = typeof request.body === 'string' ? JSON.parse(request.body) : undefined;
    return typeof body === 'object' && body !== null ? body : {};
  } catch {
    return {};
  }
}

/** The root fields a selection set asks for, through inline fragments and fragment spreads. */
function rootFieldsOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldsOf(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (seen.has(name) || !fragment) return [];
    seen.add(name);
    return rootFieldsOf(fragment.selectionSet, fragments, seen);
  });
}

/**
 * Whether every operation in the document is a query for the schema's description and nothing else (`__typename`
 * may come along; alone it is no introspection, and gets 401 like any other query without a key).
 */
function asksOnlyForTheSchema(document: DocumentNode): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return (
    operations.length > 0 &&
    operations.every((operation) => {
      const fields = rootFieldsOf(operation.selectionSet, fragments);
      return (
        operation.operation === OperationTypeNode.QUERY &&
        fields.some((field) => SCHEMA_FIELDS.has(field)) &&
        fields.every((field) => SCHEMA_FIELDS.has(field) || field === '__typename')
      );
    })
  );
}

/**
 * The answer to a request without a valid key, if it is an introspection query; null for anything else (which the
 * caller answers with the key check's 401). Nothing here is cached, and the schema's resolvers are never reached.
 */
export async function answerPublicIntrospection(
  request: FastifyRequest,
  schema: GraphQLSchema,
  limits: RequestLimits,
): Promise<ExecutionResult | null> {
  const { query, variables, operationName } = requestParts(request);
  if (typeof query !== 'string') return null;
  let document: DocumentNode;
  try {
    document = parse(query, { maxLexicalTokens: limits.maxTokens, noLocation: true });
  } catch {
    return null;
  }
  // A document that is not valid introspection within the limits gets the same 401 as any other: what it lacks is
  // the key, and a client without one learns nothing about the limits.
  if (!asksOnlyForTheSchema(document)) return null;
  if (validate(schema, document, [...specifiedRules, ...documentLimitRules(limits)], { maxErrors: 1 }).length > 0) return null;
  const result = await execute({
    schema,
    document,
    operationName: typeof operationName === 'string' ? operationName : undefined,
    variableValues: typeof variables === 'object' && variables !== null ? (variables as Record<string, unknown>) : undefined,
    contextValue: {},
  });
  // Introspection of a valid document fails only on what the request got wrong around it (an unknown operationName,
  // several operations and none named, variables the query does not declare correctly): graphql-js's errors carry
  // no code, and a request without a key gets the key check's typed 401 rather than an untyped error.
  return result.errors?.length ? null : result;
}
