// GET /oauth/callback/:provider — where the provider sends the user's browser back. It carries no API key (the
// signed state authenticates it) and answers with a redirect to the app, or 400 for a bad state.
import type { Plugin } from 'graphql-yoga';
import { completeAuthorization } from '../services/connect';
import type { Gateway } from '../services/gateway';

const CALLBACK_PATH = /^\/oauth\/callback\/([a-z0-9-]+)$/;

export function useOAuthCallback(gateway: Gateway): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      const match = CALLBACK_PATH.exec(url.pathname);
      if (!match) return;
      if (request.method !== 'GET') {
        endResponse(new Response('Method not allowed.\n', { status: 405, headers: { allow: 'GET' } }));
        return;
      }
      const get = (name: string) => url.searchParams.get(name);
      return completeAuthorization(gateway, match[1]!, {
        state: get('state'),
        code: get('code'),
        error: get('error'),
        errorDescription: get('error_description'),
      }).then((outcome) =>
        endResponse(
          outcome.kind === 'redirect'
            ? new Response(null, { status: 302, headers: { location: outcome.location, 'cache-control': 'no-store' } })
            : new Response('This authorization link is invalid, expired or already used. Start connecting again from the app.\n', {
                status: 400,
                headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
              }),
        ),
      );
    },
  };
}
