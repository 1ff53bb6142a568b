// Compiled execution: graphql-jit turns each distinct operation into a JavaScript function once, and later requests
// for the same document run that function instead of walking the syntax tree again. What it cannot compile
// (subscriptions, documents with several operations, anything compileQuery refuses) runs on yoga's own executor.
import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  GraphQLError,
  getVariableValues,
  Kind,
  OperationTypeNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type DocumentNode,
  type ExecutionResult,
  type Source,
  type SourceLocation,
} from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

interface Operation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
}

/**
 * Whether jit runs the operation. Compilability is decided once per document (yoga's parse cache hands out the same
 * DocumentNode for the same text). Only single-operation documents, since the plugin keeps one compiled operation per
 * document, and only when the request names that operation or none (graphql-js reports any other name). Variables
 * graphql-js would refuse go to graphql-js too, so that the error reads the same.
 */
function compilableOnce(): (operation: Operation) => boolean {
  // The document's one compilable operation, or null when jit cannot run it.
  const decided = new WeakMap<DocumentNode, OperationDefinitionNode | null>();
  return ({ schema, document, operationName, variableValues }) => {
    let compiled = decided.get(document);
    if (compiled === undefined) {
      const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
      const [operation] = operations;
      const kind = operations.length === 1 ? operation?.operation : undefined;
      // A compile error (or a throw) means graphql-js runs it and reports what is wrong in its own words.
      const compilable = (kind === OperationTypeNode.QUERY || kind === OperationTypeNode.MUTATION) && compiles(schema, document);
      compiled = compilable && operation ? operation : null;
      decided.set(document, compiled);
    }
    if (compiled === null || (operationName && operationName !== compiled.name?.value)) return false;
    const definitions = compiled.variableDefinitions ?? [];
    return definitions.length === 0 || getVariableValues(schema, definitions, variableValues ?? {}).errors === undefined;
  };
}

/** Compiles to decide; the plugin then compiles once more for its own cache: twice per document, never per request. */
function compiles(schema: GraphQLSchema, document: DocumentNode): boolean {
  try {
    return isCompiledQuery(compileQuery(schema, document, undefined, compilerOptions));
  } catch {
    return false;
  }
}

// A thrown error keeps its own stack; the wrapper's would only cost time (and never reaches a response).
const compilerOptions = { disablingCapturingStackErrors: true };

export function useCompiledExecution(): [ReturnType<typeof useGraphQlJit>, Plugin] {
  const compilable = compilableOnce();
  return [useGraphQlJit(compilerOptions, { enableIf: compilable }), useGraphQLJsErrors()];
}

/**
 * graphql-jit's errors carry `locations` but no `nodes`/`positions`, and no `extensions` when the thrown value had
 * none; yoga rebuilds errors from their positions and the rest of the gateway reads `extensions`. Turn them into
 * graphql-js errors before masking sees them, so results look the same whichever executor ran (errors only: rare).
 */
function useGraphQLJsErrors(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const { errors } = result as ExecutionResult;
          if (!errors?.some(isJitError)) return;
          // envelop types the arguments graphql-agnostically (any); yoga's are graphql-js's.
          const source = (args.document as DocumentNode).loc?.source;
          setResult({
            ...(result as ExecutionResult),
            errors: errors.map((error) => (isJitError(error) ? asGraphQLJsError(error, source) : error)),
          });
        },
      };
    },
  };
}

/** graphql-jit's errors are GraphQLErrors made by its own constructor, which never sets `nodes`. */
function isJitError(error: GraphQLError): boolean {
  return !Object.hasOwn(error, 'nodes');
}

function asGraphQLJsError(error: GraphQLError, source: Source | undefined): GraphQLError {
  return new GraphQLError(error.message, {
    source: source ?? null,
    positions: source && error.locations ? error.locations.map((location) => offsetOf(source.body, location)) : null,
    path: error.path ?? null,
    // graphql-js takes the original's extensions, as graphql-jit did. What graphql-jit raises itself (a null in a
    // non-null field, a value a scalar cannot serialize) graphql-js raises as a plain Error: unexpected, so masked.
    originalError: error.originalError ?? new Error(error.message),
  });
}

/** The character offset of a 1-based line and column, as graphql-js's getLocation counts them. */
function offsetOf(body: string, { line, column }: SourceLocation): number {
  const lineBreaks = /\r\n|[\n\r]/g;
  let start = 0;
  for (let current = 1; current < line; current++) {
    if (lineBreaks.exec(body) === null) break;
    start = lineBreaks.lastIndex;
  }
  return start + column - 1;
}
