// The repository picker (web/, built by `npm run build` into web/dist) served at /picker. The build is small, so
// it is read and gzipped once; hashed assets are cached for good, the page itself is revalidated every time.
// The page holds no secret: the user types an API key, which stays in the tab's session storage.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { acceptsGzip } from './acceptsGzip';

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

export function usePickerPage(dir = pickerBuildDir): Plugin {
  // Read on the first request (servers that never serve the page never read it), until a build is there.
  let files: Map<string, StaticFile> | null = null;
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== PICKER_PATH && !url.pathname.startsWith(`${PICKER_PATH}/`)) return;
      files ??= loadPickerBuild(dir);
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      if (url.pathname === PICKER_PATH) {
        endResponse(new fetchAPI.Response(null, { status: 308, headers: { location: `${PICKER_PATH}/${url.search}` } }));
        return;
      }
      if (!files) {
        endResponse(
          new fetchAPI.Response('The picker is not built on this server: run `npm run build` and restart.\n', {
            status: 503,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
        return;
      }
      const relative = url.pathname.slice(PICKER_PATH.length);
      // The page routes with its query string; any other path without a file of its own gets the page too,
      // except missing assets, which must fail loudly rather than come back as HTML.
      const file = files.get(relative) ?? (relative.startsWith('/assets/') ? undefined : files.get('/index.html'));
      if (!file) {
        endResponse(new fetchAPI.Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      const gzip = file.gzipped !== null && acceptsGzip(request);
      const body = gzip ? file.gzipped! : file.body;
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          headers: {
            ...securityHeaders,
            'content-type': file.contentType,
            'cache-control': file.cacheControl,
            'content-length': String(body.length),
            vary: 'accept-encoding',
            ...(gzip ? { 'content-encoding': 'gzip' } : {}),
          },
        }),
      );
    },
  };
}
