// GraphiQL with its assets inlined rather than loaded from a CDN, so it also works offline and behind firewalls.
// The page is about 9 MB, so it is rendered and gzipped once and then served from memory: compressing it per
// request would hand anyone a cheap way to burn CPU (brotli takes seconds on it).
import { gzipSync } from 'node:zlib';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GraphiQLOptions } from 'graphql-yoga';
import { acceptsGzip } from './acceptsGzip.js';

interface RenderedPage {
  raw: Buffer<ArrayBuffer>;
  gzipped: Buffer<ArrayBuffer>;
}

/** Browsers navigating to the endpoint get the page; every other client gets GraphQL. */
export function wantsGraphiQL(request: FastifyRequest): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

export function graphiqlPage(endpoint: string, options: GraphiQLOptions): (request: FastifyRequest, reply: FastifyReply) => FastifyReply {
  let page: RenderedPage | undefined;
  return (request, reply) => {
    if (!page) {
      const raw = Buffer.from(renderGraphiQL({ endpoint, ...options }));
      page = { raw, gzipped: gzipSync(raw) };
    }
    const gzip = acceptsGzip(request.headers['accept-encoding']);
    reply.header('content-type', 'text/html; charset=utf-8').header('vary', 'accept-encoding');
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply.send(gzip ? page.gzipped : page.raw);
  };
}
