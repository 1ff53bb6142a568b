// GraphiQL with its assets inlined rather than loaded from a CDN, so it also works offline and behind firewalls.
// The page is about 9 MB, so it is rendered and gzipped once and then served from memory: compressing it per
// request would hand anyone a cheap way to burn CPU (brotli takes seconds on it).
import { gzipSync } from 'node:zlib';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { shouldRenderGraphiQL, type GraphiQLOptions, type Plugin } from 'graphql-yoga';
import { acceptsGzip } from './acceptsGzip';

interface RenderedPage {
  raw: Buffer<ArrayBuffer>;
  gzipped: Buffer<ArrayBuffer>;
}

export function useGraphiQLPage(endpoint: string, options: GraphiQLOptions): Plugin {
  let page: RenderedPage | undefined;
  const rendered = (): RenderedPage => {
    if (!page) {
      const raw = Buffer.from(renderGraphiQL({ endpoint, ...options }));
      page = { raw, gzipped: gzipSync(raw) };
    }
    return page;
  };

  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname.replace(/\/$/, '') !== endpoint || !shouldRenderGraphiQL(request)) return;
      const gzip = acceptsGzip(request);
      const { raw, gzipped } = rendered();
      endResponse(
        new fetchAPI.Response(gzip ? gzipped : raw, {
          headers: {
            'content-type': 'text/html; charset=utf-8',
            vary: 'accept-encoding',
            ...(gzip ? { 'content-encoding': 'gzip' } : {}),
          },
        }),
      );
    },
  };
}
