// Every request ends with one access-log line. The log never includes headers, so API keys cannot end up in it.
import type { FastifyInstance } from 'fastify';
import type { Logger } from '../logger.js';
import { pathOf } from './errorBoundary.js';

export function installRequestLogging(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- Fastify types request.log as its base logger interface; it is a child of the pino Logger app.ts passes as loggerInstance.
    if ((request.log as Logger).isLevelEnabled('info')) {
      request.log.info(
        {
          method: request.method,
          path: pathOf(request.url),
          status: reply.statusCode,
          durationMs: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request completed',
      );
    }
    done();
  });
}
