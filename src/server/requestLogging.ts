// Every request gets an id (returned as `X-Request-Id`) and ends with one access-log line. The log never
// includes headers, so API keys cannot end up in it.
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger';
import { beginRequest, requestScopeOf } from './requestContext';

export function useRequestLogging(logger: Logger): Plugin {
  return {
    onRequest({ request }) {
      beginRequest(request);
    },
    onResponse({ request, response }) {
      const scope = requestScopeOf(request);
      response.headers.set('x-request-id', scope.requestId);
      if (!logger.isLevelEnabled('info')) return;
      logger.info(
        {
          requestId: scope.requestId,
          method: request.method,
          path: new URL(request.url).pathname,
          status: response.status,
          durationMs: Math.round((performance.now() - scope.startedAt) * 10) / 10,
        },
        'request completed',
      );
    },
  };
}
