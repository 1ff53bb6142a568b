// GraphiQL with its assets inlined rather than loaded from a CDN, so it also works offline and behind firewalls.
// The page is about 9 MB, so it is rendered and gzipped once and then served from memory: compressing it per
// request would hand anyone a cheap way to burn CPU (brotli takes seconds on it). Its renderer (the assets as
// JavaScript strings, some 35 MB of heap) is loaded only when a browser first asks for the page.
import { gzipSync } from 'node:zlib';
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

export function graphiqlPage(
  endpoint: string,
  options: GraphiQLOptions,
): (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply> {
  let page: Promise<RenderedPage> | undefined;
  const render = async (): Promise<RenderedPage> => {
    const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
    const raw = Buffer.from(renderGraphiQL({ endpoint, ...options }));
    return { raw, gzipped: gzipSync(raw) };
  };
  return async (request, reply) => {
    page ??= render();
    const { raw, gzipped } = await page;
    const gzip = acceptsGzip(request.headers['accept-encoding']);
    reply.header('content-type', 'text/html; charset=utf-8').header('vary', 'accept-encoding');
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply.send(gzip ? gzipped : raw);
  };
}
