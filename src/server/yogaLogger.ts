// Adapts pino to yoga's logger interface.
import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import { wasMasked } from './errorMasking.js';

type LogMethod = (...args: unknown[]) => void;

export function yogaLogger(logger: Logger): { debug: LogMethod; info: LogMethod; warn: LogMethod; error: LogMethod } {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error'): LogMethod =>
    (...args) => {
      // Yoga logs several debug lines per request: skip the formatting when the level is off.
      if (!logger.isLevelEnabled(level)) return;
      const [first, ...rest] = args;
      // Masked (unexpected) errors are logged with their request id by useUnexpectedErrorLogging.
      if (wasMasked(first)) return;
      if (first instanceof GraphQLError) {
        logger[level]({ err: first.originalError ?? first, ...(first.path ? { path: first.path.join('.') } : {}) }, first.message);
      } else if (first instanceof Error) {
        logger[level]({ err: first }, first.message);
      } else {
        logger[level]([first, ...rest].map(String).join(' '));
      }
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
