// Every request runs in a scope with its id (returned as `X-Request-Id`) and ends with one access-log line.
// The log never includes headers, so API keys cannot end up in it.
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger';
import { requestIdFromHeader, requestScope } from './requestContext';

export function useRequestLogging(logger: Logger): Plugin {
  return {
    instrumentation: {
      request: ({ request }, handle) =>
        requestScope.run(
          { requestId: requestIdFromHeader(request.headers.get('x-request-id')), startedAt: performance.now() },
          handle,
        ),
    },
    onResponse({ request, response }) {
      const scope = requestScope.getStore();
      if (!scope) return;
      response.headers.set('x-request-id', scope.requestId);
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
