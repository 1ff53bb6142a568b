// Unexpected errors are logged in full here, with the request's id, while they still carry their original error;
// yoga then masks them for the client (see errorMasking.ts) and its logger skips what was logged already.
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../schema/context';
import { isUnexpected } from './errorMasking';

const logged = new WeakSet<object>();

export function wasLogged(error: unknown): boolean {
  return typeof error === 'object' && error !== null && logged.has(error);
}

export function logUnexpected(logger: GraphQLContext['logger'], error: unknown, fields: Record<string, unknown> = {}): void {
  if (typeof error === 'object' && error !== null) logged.add(error);
  const original = (error as GraphQLError).originalError ?? error;
  logger.error({ ...fields, err: original }, (original as Error)?.message ?? 'unexpected error');
}

export function useUnexpectedErrorLogging(): Plugin<GraphQLContext> {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result }) {
          if (!('errors' in result) || !result.errors) return;
          const { logger } = args.contextValue as GraphQLContext;
          for (const error of result.errors) {
            if (isUnexpected(error)) logUnexpected(logger, error, { path: error.path?.join('.') });
          }
        },
      };
    },
  };
}
