// The repository picker (web/, built by `npm run build` into web/dist) served at /picker. The build is small, so
// it is read and gzipped once; hashed assets are cached for good, the page itself is revalidated every time.
// The page holds no secret: the user types an API key, which stays in the tab's session storage.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { acceptsGzip } from './acceptsGzip.js';
import { pathOf } from './errorBoundary.js';
import { HttpError } from '../http/httpErrors.js';

export const PICKER_PATH = '/picker';
export const pickerBuildDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

interface StaticFile {
  body: Buffer<ArrayBuffer>;
  gzipped: Buffer<ArrayBuffer> | null;
  contentType: string;
  cacheControl: string;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
};

// Everything the page loads comes from this origin; it talks only to this gateway and cannot be framed.
const securityHeaders = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function loadPickerBuild(dir = pickerBuildDir): Map<string, StaticFile> | null {
  if (!existsSync(path.join(dir, 'index.html'))) return null;
  const files = new Map<string, StaticFile>();
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative))) {
      const file = path.posix.join(relative, name);
      if (statSync(path.join(dir, file)).isDirectory()) {
        walk(file);
        continue;
      }
      const body = readFileSync(path.join(dir, file));
      const extension = path.extname(name);
      const contentType = contentTypes[extension] ?? 'application/octet-stream';
      const compressible = /^(text\/|application\/json|image\/svg)/.test(contentType);
      files.set(`/${file}`, {
        body,
        gzipped: compressible ? gzipSync(body) : null,
        contentType,
        // Vite names assets by their content hash, so a cached copy never goes stale.
        cacheControl: file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
  };
  walk('');
  return files;
}

/** The picker's routes; `dir` is the build to serve (web/dist). */
export function pickerRoutes(dir = pickerBuildDir) {
  // Read on the first request (servers that never serve the page never read it), until a build is there.
  let files: Map<string, StaticFile> | null = null;
  // eslint-disable-next-line @typescript-eslint/require-await -- a Fastify plugin: async, so that an error while adding routes rejects app.register() (a plain function's throw would escape Fastify's loader).
  return async (scope: FastifyInstance) => {
    scope.get(PICKER_PATH, async (request, reply) => {
      const query = request.url.indexOf('?');
      return reply.redirect(`${PICKER_PATH}/${query === -1 ? '' : request.url.slice(query)}`, 308);
    });
    scope.get(`${PICKER_PATH}/*`, async (request, reply) => {
      files ??= loadPickerBuild(dir);
      if (!files) throw new HttpError('SERVICE_UNAVAILABLE', 'The picker is not built on this server: run `npm run build` and restart.');
      const relative = pathOf(request.url).slice(PICKER_PATH.length);
      // The page routes with its query string; any other path without a file of its own gets the page too,
      // except missing assets, which must fail loudly rather than come back as HTML.
      const file = files.get(relative) ?? (relative.startsWith('/assets/') ? undefined : files.get('/index.html'));
      if (!file) throw new HttpError('NOT_FOUND', `The picker has no file ${relative}.`);
      const gzipped = acceptsGzip(request.headers['accept-encoding']) ? file.gzipped : null;
      const body = gzipped ?? file.body;
      reply.headers({ ...securityHeaders, 'content-type': file.contentType, 'cache-control': file.cacheControl, vary: 'accept-encoding' });
      if (gzipped !== null) reply.header('content-encoding', 'gzip');
      return reply.send(body);
    });
  };
}
