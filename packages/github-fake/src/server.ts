// The HTTP side: one node:http server on 127.0.0.1 that routes github.com's (or GHES's) URL layout to the
// handlers, applies latency and injected failures, adds GitHub's common headers and records every exchange.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeContext } from './context';
import { infoOf } from './faults';
import { handleGraphQL } from './graphql';
import { injectedFailure, restError, type FakeRequest, type FakeResponse, type RequestKind } from './http';
import { newRequestId } from './ids';
import { handleAccessToken, handleAuthorize } from './oauth';
import { handleRest, restKind } from './rest';

export interface RecordedRequest {
  kind: RequestKind;
  method: string;
  /** The path as received, without the query: `/repos/o/r/hooks`, or `/api/v3/repos/o/r/hooks` on GHES. */
  path: string;
  /** The path below the API root: `/repos/o/r/hooks` in both layouts, `/graphql` for GraphQL, `/login/oauth/…`. */
  apiPath: string;
  /** Path and query exactly as received. */
  url: string;
  /** Lowercased names, `authorization` included. */
  headers: Record<string, string>;
  /** Parsed JSON or form fields; raw text when neither; undefined when empty. */
  body: unknown;
  status: number;
}

type Handler = (request: FakeRequest, context: FakeContext) => FakeResponse | Promise<FakeResponse>;

interface Route {
  kind: RequestKind;
  path: string;
  handler: Handler;
}

export interface RunningServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export async function listen(
  // The URLs depend on the port, so the context is completed once the server listens.
  makeContext: (port: number) => FakeContext,
  record: (entry: RecordedRequest) => void,
): Promise<RunningServer> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const context = makeContext(port);
  // Only now does anyone know the port, so no request can have come before this handler.
  server.on('request', (req, res) => {
    void respond(req, context, record).then(
      ({ status, headers, body }) => {
        if (res.destroyed) return;
        res.writeHead(status, headers);
        res.end(body);
      },
      (error: unknown) => {
        if (res.destroyed) return;
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`GitHub fake failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      },
    );
  });
  return {
    server,
    port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

function route(method: string, pathname: string, enterprise: boolean): Route {
  if (pathname === '/login/oauth/authorize') return { kind: 'oauth.authorize', path: pathname, handler: handleAuthorize };
  if (pathname === '/login/oauth/access_token') return { kind: 'oauth.token', path: pathname, handler: handleAccessToken };
  const graphqlPath = enterprise ? '/api/graphql' : '/graphql';
  if (pathname === graphqlPath || pathname === `${graphqlPath}/`) return { kind: 'graphql', path: '/graphql', handler: handleGraphQL };
  if (enterprise) {
    if (pathname !== '/api/v3' && !pathname.startsWith('/api/v3/')) {
      // GHES serves its web interface here, not the API.
      return { kind: 'other', path: pathname, handler: () => restError(404, 'Not Found') };
    }
    pathname = pathname.slice('/api/v3'.length) || '/';
  }
  return { kind: restKind(method, pathname), path: pathname, handler: handleRest };
}

async function respond(
  req: IncomingMessage,
  context: FakeContext,
  record: (entry: RecordedRequest) => void,
): Promise<{ status: number; headers: Record<string, string>; body: string | Buffer | undefined }> {
  const url = new URL(req.url ?? '/', context.webUrl);
  const method = (req.method ?? 'GET').toUpperCase();
  const headers = Object.fromEntries(
    Object.entries(req.headers).map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(', ') : (value ?? '')]),
  );
  const raw = await readBody(req);
  const { kind, path, handler } = route(method, url.pathname, context.enterprise);
  const request: FakeRequest = {
    kind,
    method,
    path,
    url,
    headers,
    body: parseBody(raw, headers['content-type']),
    requestId: newRequestId(),
  };

  if (context.faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, context.faults.latencyMs));
  const failure = context.faults.takeFailure(infoOf(request));
  const response = failure !== null ? injectedFailure(failure, kind, request.requestId) : await handler(request, context);

  const isApi = kind !== 'oauth.authorize' && kind !== 'oauth.token';
  const out: Record<string, string> = {
    server: 'github.com',
    date: new Date().toUTCString(),
    ...(response.json !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    ...(isApi ? { 'x-github-api-version-selected': '2022-11-28', 'x-github-media-type': 'github.v3; format=json' } : {}),
    ...(isApi && context.enterprise ? { 'x-github-enterprise-version': '3.14.0' } : {}),
    ...response.headers,
    'x-github-request-id': request.requestId,
  };
  record({
    kind,
    method,
    path: url.pathname,
    apiPath: path,
    url: url.pathname + url.search,
    headers,
    body: request.body,
    status: response.status,
  });
  const body = response.bytes ?? response.text ?? (response.json !== undefined ? JSON.stringify(response.json) : undefined);
  return { status: response.status, headers: out, body };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Form bodies as fields; everything else as JSON when it parses (GitHub ignores the content type), else text. */
function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString('utf8');
  if ((contentType ?? '').includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
