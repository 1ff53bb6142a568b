// The resource picker (web/, built by `npm run build` into web/dist, with gzip and brotli copies of its text
// files) served at /picker by @fastify/static: each file as built, compressed as the client accepts; hashed assets
// cached for good, the page itself revalidated every time; every other path under /picker gets the page (it routes
// by query string) except a missing asset, which is a 404. The page holds no secret: the user types an API key,
// which stays in the tab's session storage.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http/httpErrors.js';
import { pathOf } from './errorBoundary.js';

export const PICKER_PATH = '/picker';
export const pickerBuildDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

// Everything the page loads comes from this origin; it talks only to this gateway and cannot be framed.
const securityHeaders = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

// RFC 9239's type for scripts (send's table still says application/javascript).
const SCRIPT_TYPE = 'text/javascript; charset=utf-8';

/** The picker's routes; `dir` is the build to serve (web/dist). */
export function pickerRoutes(dir = pickerBuildDir) {
  return async (scope: FastifyInstance) => {
    scope.get(PICKER_PATH, (request, reply) => {
      const query = request.url.indexOf('?');
      return reply.redirect(`${PICKER_PATH}/${query === -1 ? '' : request.url.slice(query)}`, 308);
    });
    if (!existsSync(path.join(dir, 'index.html'))) {
      scope.get(`${PICKER_PATH}/*`, () => {
        throw new HttpError('SERVICE_UNAVAILABLE', 'The picker is not built on this server: run `npm run build` and restart.');
      });
      return;
    }
    scope.addHook('onSend', (_request, reply, payload, done) => {
      // Only a script send() typed: an error for a missing .js file stays JSON.
      if (String(reply.getHeader('content-type')).startsWith('application/javascript')) reply.header('content-type', SCRIPT_TYPE);
      done(null, payload);
    });
    await scope.register(fastifyStatic, {
      root: dir,
      prefix: `${PICKER_PATH}/`,
      // One route per file of the build (and its compressed copies), found once; the fallback below does the rest.
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders(response, file) {
        for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
        // Vite names assets by their content hash, so a cached copy never goes stale.
        const asset = path.relative(dir, file).startsWith(`assets${path.sep}`);
        response.setHeader('cache-control', asset ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    scope.get(`${PICKER_PATH}/*`, (request, reply) => {
      if (pathOf(request.url).startsWith(`${PICKER_PATH}/assets/`)) {
        throw new HttpError('NOT_FOUND', `The picker has no file ${pathOf(request.url).slice(PICKER_PATH.length)}.`);
      }
      return reply.sendFile('index.html');
    });
  };
}
