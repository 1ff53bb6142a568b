// Unexpected errors are logged here, once, in full and with the request's id, whether they were thrown while
// executing (a resolver), around it (a plugin, parsing, the context) or in a subscription's events: every one
// reaches the result masked (errorMasking.ts), and its stand-in leads back to the original.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { FastifyRequest } from 'fastify';
import { originalOf } from './errorMasking.js';

function logUnexpected(request: FastifyRequest, result: ExecutionResult): void {
  for (const error of result.errors ?? []) {
    const original = originalOf(error);
    if (original === undefined) continue;
    request.log.error({ err: original, ...(error.path ? { path: error.path.join('.') } : {}) }, messageOf(original));
  }
}

/** What was thrown says what went wrong when it carries a message (an Error does); anything else is just unexpected. */
function messageOf(thrown: unknown): string {
  const message: unknown = typeof thrown === 'object' && thrown !== null && 'message' in thrown ? thrown.message : undefined;
  return typeof message === 'string' ? message : 'unexpected error';
}

async function* loggingEach(results: AsyncIterable<ExecutionResult>, request: FastifyRequest): AsyncGenerator<ExecutionResult> {
  for await (const result of results) {
    logUnexpected(request, result);
    yield result;
  }
}

export function useUnexpectedErrorLogging(): Plugin<Record<string, unknown>, { req: FastifyRequest }> {
  return {
    onResultProcess(payload) {
      const { result, serverContext } = payload;
      const request = serverContext.req;
      if (Symbol.asyncIterator in result) payload.setResult(loggingEach(result as AsyncIterable<ExecutionResult>, request));
      else for (const single of Array.isArray(result) ? result : [result]) logUnexpected(request, single);
    },
  };
}
