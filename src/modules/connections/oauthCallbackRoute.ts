// GET /oauth/callback/:provider — where the provider sends the user's browser back. It carries no API key (the
// signed state authenticates it) and answers with a redirect to the app, or 400 for a bad state.
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../../http/httpErrors.js';
import type { ConnectionService } from './service.js';

export function oauthCallbackRoutes(connections: ConnectionService) {
  // eslint-disable-next-line @typescript-eslint/require-await -- a Fastify plugin: async, so that an error while adding routes rejects app.register() (a plain function's throw would escape Fastify's loader).
  return async (scope: FastifyInstance) => {
    scope.get<{ Params: { provider: string }; Querystring: Record<string, string | string[] | undefined> }>(
      '/oauth/callback/:provider',
      async (request, reply) => {
        // A parameter given twice is not one the provider sent.
        const get = (name: string) => {
          const value = request.query[name];
          return typeof value === 'string' ? value : null;
        };
        reply.header('cache-control', 'no-store');
        const outcome = await connections.completeAuthorization(request.params.provider, {
          state: get('state'),
          code: get('code'),
          error: get('error'),
          errorDescription: get('error_description'),
        });
        if (outcome.kind === 'invalid-state') {
          throw new HttpError(
            'INVALID_OAUTH_STATE',
            'This authorization link is invalid, expired or already used. Start connecting again from the app.',
          );
        }
        return reply.redirect(outcome.location, 302);
      },
    );
  };
}
