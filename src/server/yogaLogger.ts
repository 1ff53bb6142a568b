// Adapts pino to yoga's logger interface; lines carry the current request id when there is one.
import { GraphQLError } from 'graphql';
import type { Logger } from '../logger';
import { currentRequestId } from './requestContext';

type LogMethod = (...args: unknown[]) => void;

export function yogaLogger(logger: Logger): { debug: LogMethod; info: LogMethod; warn: LogMethod; error: LogMethod } {
  const write = (level: 'debug' | 'info' | 'warn' | 'error'): LogMethod => (...args) => {
    const requestId = currentRequestId();
    const [first, ...rest] = args;
    const fields: Record<string, unknown> = requestId ? { requestId } : {};
    if (first instanceof GraphQLError) {
      fields.err = first.originalError ?? first;
      if (first.path) fields.path = first.path.join('.');
      logger[level](fields, first.message);
    } else if (first instanceof Error) {
      logger[level]({ ...fields, err: first }, first.message);
    } else {
      logger[level](fields, [first, ...rest].map(String).join(' '));
    }
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
