// The HTTP side: one node:http server on 127.0.0.1 serving every Google host the gateway talks to (accounts,
// oauth2, www.googleapis.com, gmail.googleapis.com) on one origin, with latency, injected failures, rate limits,
// and a record of every exchange.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeContext } from './context';
import {
  driveHandler,
  handleAbout,
  handleChangesList,
  handleChangesWatch,
  handleChannelsStop,
  handleDrivesList,
  handleFilesExport,
  handleFilesGet,
  handleFilesList,
  handleStartPageToken,
} from './drive';
import { infoOf } from './faults';
import {
  gmailHandler,
  handleAttachmentGet,
  handleHistoryList,
  handleLabelsList,
  handleMessagesGet,
  handleMessagesList,
  handleProfile,
  handleStop,
  handleWatch,
} from './gmail';
import { googleError, injectedFailure, type FakeRequest, type FakeResponse, type RequestKind } from './http';
import { handleAuthorize, handleCerts, handleRevoke, handleToken, handleUserinfo } from './oauth';
import { rateLimitedResponse } from './ratelimit';

export interface RecordedRequest {
  kind: RequestKind;
  method: string;
  /** The path as received, without the query. */
  path: string;
  /** Path and query exactly as received. */
  url: string;
  /** Lowercased names, `authorization` included. */
  headers: Record<string, string>;
  /** Parsed JSON or form fields; raw text when neither; undefined when empty. */
  body: unknown;
  status: number;
}

type Handler = (request: FakeRequest, context: FakeContext) => FakeResponse;

interface Route {
  kind: RequestKind;
  method: string;
  pattern: RegExp;
  handler: Handler;
}

const gmailUser = `/gmail/v1/users/(?<userId>[^/]+)`;
const routes: Route[] = [
  { kind: 'oauth.authorize', method: 'GET', pattern: /^\/o\/oauth2\/v2\/auth$/, handler: handleAuthorize },
  { kind: 'oauth.token', method: 'POST', pattern: /^\/token$/, handler: handleToken },
  { kind: 'oauth.revoke', method: 'POST', pattern: /^\/revoke$/, handler: handleRevoke },
  { kind: 'oauth.certs', method: 'GET', pattern: /^\/oauth2\/v3\/certs$/, handler: handleCerts },
  { kind: 'oauth.userinfo', method: 'GET', pattern: /^\/oauth2\/v3\/userinfo$/, handler: handleUserinfo },
  { kind: 'drive.about.get', method: 'GET', pattern: /^\/drive\/v3\/about$/, handler: driveHandler(handleAbout) },
  { kind: 'drive.drives.list', method: 'GET', pattern: /^\/drive\/v3\/drives$/, handler: driveHandler(handleDrivesList) },
  { kind: 'drive.files.list', method: 'GET', pattern: /^\/drive\/v3\/files$/, handler: driveHandler(handleFilesList) },
  {
    kind: 'drive.files.export',
    method: 'GET',
    pattern: /^\/drive\/v3\/files\/(?<fileId>[^/]+)\/export$/,
    handler: driveHandler(handleFilesExport),
  },
  { kind: 'drive.files.get', method: 'GET', pattern: /^\/drive\/v3\/files\/(?<fileId>[^/]+)$/, handler: driveHandler(handleFilesGet) },
  {
    kind: 'drive.changes.getStartPageToken',
    method: 'GET',
    pattern: /^\/drive\/v3\/changes\/startPageToken$/,
    handler: driveHandler(handleStartPageToken),
  },
  { kind: 'drive.changes.list', method: 'GET', pattern: /^\/drive\/v3\/changes$/, handler: driveHandler(handleChangesList) },
  { kind: 'drive.changes.watch', method: 'POST', pattern: /^\/drive\/v3\/changes\/watch$/, handler: driveHandler(handleChangesWatch) },
  { kind: 'drive.channels.stop', method: 'POST', pattern: /^\/drive\/v3\/channels\/stop$/, handler: driveHandler(handleChannelsStop) },
  { kind: 'gmail.getProfile', method: 'GET', pattern: new RegExp(`^${gmailUser}/profile$`), handler: gmailHandler(handleProfile) },
  { kind: 'gmail.labels.list', method: 'GET', pattern: new RegExp(`^${gmailUser}/labels$`), handler: gmailHandler(handleLabelsList) },
  { kind: 'gmail.messages.list', method: 'GET', pattern: new RegExp(`^${gmailUser}/messages$`), handler: gmailHandler(handleMessagesList) },
  {
    kind: 'gmail.attachments.get',
    method: 'GET',
    pattern: new RegExp(`^${gmailUser}/messages/(?<messageId>[^/]+)/attachments/(?<attachmentId>[^/]+)$`),
    handler: gmailHandler(handleAttachmentGet),
  },
  {
    kind: 'gmail.messages.get',
    method: 'GET',
    pattern: new RegExp(`^${gmailUser}/messages/(?<messageId>[^/]+)$`),
    handler: gmailHandler(handleMessagesGet),
  },
  { kind: 'gmail.history.list', method: 'GET', pattern: new RegExp(`^${gmailUser}/history$`), handler: gmailHandler(handleHistoryList) },
  { kind: 'gmail.watch', method: 'POST', pattern: new RegExp(`^${gmailUser}/watch$`), handler: gmailHandler(handleWatch) },
  { kind: 'gmail.stop', method: 'POST', pattern: new RegExp(`^${gmailUser}/stop$`), handler: gmailHandler(handleStop) },
];

function route(method: string, pathname: string): { kind: RequestKind; handler: Handler; params: Record<string, string> } {
  for (const candidate of routes) {
    const match = candidate.pattern.exec(pathname);
    if (!match) continue;
    if (candidate.method !== method) {
      return {
        kind: candidate.kind,
        params: {},
        handler: () => googleError(405, 'Method Not Allowed', { reason: 'httpMethodNotAllowed' }),
      };
    }
    const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([name, value]) => [name, decodeURIComponent(value)]));
    return { kind: candidate.kind, handler: candidate.handler, params };
  }
  return { kind: 'other', params: {}, handler: () => googleError(404, 'Not Found', { reason: 'notFound' }) };
}

export interface RunningServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export async function listen(makeContext: (port: number) => FakeContext, record: (entry: RecordedRequest) => void): Promise<RunningServer> {
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
        res.end(`Google fake failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
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

async function respond(
  req: IncomingMessage,
  context: FakeContext,
  record: (entry: RecordedRequest) => void,
): Promise<{ status: number; headers: Record<string, string>; body: string | Buffer | undefined }> {
  const url = new URL(req.url ?? '/', context.baseUrl);
  const method = (req.method ?? 'GET').toUpperCase();
  const headers = Object.fromEntries(
    Object.entries(req.headers).map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(', ') : (value ?? '')]),
  );
  const raw = await readBody(req);
  const { kind, handler, params } = route(method, url.pathname);
  const request: FakeRequest = { kind, method, url, headers, body: parseBody(raw, headers['content-type']), params };

  if (context.faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, context.faults.latencyMs));
  const info = infoOf(request);
  const failure = context.faults.takeFailure(info);
  // Rate limits are Google's quota on the APIs; the OAuth endpoints have none the gateway could hit.
  const limit = failure === null && !kind.startsWith('oauth.') ? context.faults.takeRateLimit(info) : null;
  const response = failure !== null ? injectedFailure(failure) : limit ? rateLimitedResponse(limit) : handler(request, context);

  const out: Record<string, string> = {
    date: new Date().toUTCString(),
    server: 'ESF',
    ...(response.json !== undefined ? { 'content-type': 'application/json; charset=UTF-8' } : {}),
    vary: 'Origin, X-Origin, Referer',
    ...response.headers,
  };
  record({ kind, method, path: url.pathname, url: url.pathname + url.search, headers, body: request.body, status: response.status });
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

/** Form bodies as fields; everything else as JSON when it parses, else text. */
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
