// GraphQL's share of the edge checks (inputSafety.ts): variables are checked before execution, literals in the
// document by a validation rule (cached with the document), and every error that leaves without a code gets one,
// so a client can always branch on `extensions.code`.
import { GraphQLError, Kind, type ASTVisitor, type ExecutionResult, type ValidationContext, type ValueNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { describeUnsafe, findUnsafeJson, MAX_JSON_DEPTH, unsafeStringReason, type UnsafeInput } from '../http/inputSafety.js';
import { limitError } from './requestLimits.js';

export function unsafeInputError(unsafe: UnsafeInput): GraphQLError {
  return limitError(`Invalid input: ${describeUnsafe(unsafe)}`, { argument: unsafe.path });
}

/** Rejects variables and literal arguments holding NUL, lone surrogates or JSON nested too deep. */
export function useInputSafety(): Plugin {
  return {
    onParams({ params, setResult }) {
      const variables: unknown = params.variables;
      if (variables === null || typeof variables !== 'object') return;
      for (const [name, value] of Object.entries(variables)) {
        const unsafe = findUnsafeJson(value, `$${name}`);
        if (unsafe) {
          setResult({ errors: [unsafeInputError(unsafe)] });
          return;
        }
      }
    },
    onValidate({ addValidationRule }) {
      addValidationRule(safeLiteralsRule);
    },
  };
}

function safeLiteralsRule(context: ValidationContext): ASTVisitor {
  return {
    Argument(node) {
      const unsafe = findUnsafeLiteral(node.value, node.name.value, 0);
      if (unsafe) context.reportError(unsafeInputError(unsafe));
    },
  };
}

function findUnsafeLiteral(value: ValueNode, path: string, depth: number): UnsafeInput | null {
  switch (value.kind) {
    case Kind.STRING: {
      const reason = unsafeStringReason(value.value);
      return reason ? { path, reason } : null;
    }
    case Kind.LIST:
    case Kind.OBJECT: {
      if (depth >= MAX_JSON_DEPTH) return { path, reason: `nests deeper than ${MAX_JSON_DEPTH} levels` };
      if (value.kind === Kind.LIST) {
        for (const [index, item] of value.values.entries()) {
          const found = findUnsafeLiteral(item, `${path}[${index}]`, depth + 1);
          if (found) return found;
        }
        return null;
      }
      for (const field of value.fields) {
        const found = findUnsafeLiteral(field.value, `${path}.${field.name.value}`, depth + 1);
        if (found) return found;
      }
      return null;
    }
    default:
      return null;
  }
}

/**
 * graphql-js reports bad variables ("Variable "$id" got invalid value …") and some request errors without a code;
 * yoga's own request errors (unreadable body, no query) have none either. Code them: BAD_USER_INPUT for what the
 * caller passed, BAD_REQUEST for a request that is malformed as a whole.
 */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess(payload) {
      const { result } = payload;
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const { errors } = result as ExecutionResult;
      if (!errors?.some((error) => error.extensions.code === undefined || 'originalError' in error.extensions)) return;
      payload.setResult({ ...(result as ExecutionResult), errors: errors.map(withCode) });
    },
  };
}

/** The error with a code, and without yoga's `originalError` extension (a parser's message about the body). */
function withCode(error: GraphQLError): GraphQLError {
  if (error.extensions.code !== undefined && !('originalError' in error.extensions)) return error;
  const { originalError: _parserDetail, ...extensions } = error.extensions;
  const aboutInput = error.path !== undefined || error.message.startsWith('Variable "$');
  // A field's error sits beside the data of the others (HTTP 200); a request-level one fails the request (400).
  const http = error.path === undefined ? { http: { status: 400, ...error.extensions.http, spec: false } } : {};
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions: { code: aboutInput ? 'BAD_USER_INPUT' : 'BAD_REQUEST', ...extensions, ...http },
  });
}
