// The scope every REST route of the API lives in: the API key checked first (before the body is read), and JSON
// bodies read by acceptJsonBodies. Modules declare their routes inside it.
import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import { acceptJsonBodies } from './restInput.js';

export function apiRoutes(requireApiKey: onRequestAsyncHookHandler, declare: (scope: FastifyInstance) => void) {
  // eslint-disable-next-line @typescript-eslint/require-await -- a Fastify plugin: async, so that an error while adding routes rejects app.register() (a plain function's throw would escape Fastify's loader).
  return async (scope: FastifyInstance) => {
    scope.addHook('onRequest', requireApiKey);
    acceptJsonBodies(scope);
    declare(scope);
  };
}
