// One access-log line per request, with a request id that is also returned as `X-Request-Id`. The log never
// includes headers, so API keys cannot end up in it.
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger';
import { requestIdFor } from './requestContext';

const requestIds = new WeakMap<Request, { id: string; startedAt: number }>();

export function requestIdOf(request: Request): string {
  return requestIds.get(request)?.id ?? requestIdFor(request);
}

export function useRequestLogging(logger: Logger): Plugin {
  return {
    onRequest({ request }) {
      requestIds.set(request, { id: requestIdFor(request), startedAt: performance.now() });
    },
    onResponse({ request, response }) {
      const started = requestIds.get(request);
      const requestId = started?.id ?? requestIdFor(request);
      response.headers.set('x-request-id', requestId);
      const url = new URL(request.url);
      logger.info(
        {
          requestId,
          method: request.method,
          path: url.pathname,
          status: response.status,
          durationMs: started ? Math.round((performance.now() - started.startedAt) * 10) / 10 : undefined,
        },
        'request completed',
      );
    },
  };
}
