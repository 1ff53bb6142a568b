// One delivery request: POST the message's JSON, signed as Standard Webhooks says (webhook-id, webhook-timestamp,
// webhook-signature with one `v1,…` per secret that signs), with a timeout, never following redirects. It goes
// through node's http(s) agents from request-filtering-agent, which check every address a name resolves to when
// the connection is made, so a name that resolved to a public address at registration and to a private one now
// (DNS rebinding) is refused. (undici's fetch has no such hook, and importing npm undici would also replace the
// global dispatcher the rest of the process uses.)
import http from 'node:http';
import https from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { Webhook } from 'standardwebhooks';

/** How much of a response body is kept with the attempt. */
export const RESPONSE_EXCERPT_BYTES = 1024;
// A response body is read only this far; the rest is dropped with the connection.
const MAX_READ_BYTES = 64 * 1024;

export interface SignedRequest {
  url: string;
  /** The event id: stable across retries and redeliveries, so receivers can drop duplicates. */
  messageId: string;
  body: string;
  /** `whsec_…` secrets; each adds a signature. */
  secrets: string[];
}

export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

export interface WebhookSender {
  send(request: SignedRequest, now?: Date): Promise<AttemptResult>;
  close(): void;
}

/** The three Standard Webhooks headers for `body`, signed with every secret. */
export function signatureHeaders(messageId: string, body: string, secrets: readonly string[], at: Date): Record<string, string> {
  const signatures = secrets.map((secret) => new Webhook(secret).sign(messageId, at, body));
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}

export function createSender({ timeoutMs, allowPrivate }: { timeoutMs: number; allowPrivate: boolean }): WebhookSender {
  const options = { keepAlive: true, maxSockets: 64, allowPrivateIPAddress: allowPrivate, allowMetaIPAddress: allowPrivate };
  const agents = { 'http:': new RequestFilteringHttpAgent(options), 'https:': new RequestFilteringHttpsAgent(options) };
  return {
    send: (request, now = new Date()) => post(request, now, timeoutMs, agents),
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}

function post(
  request: SignedRequest,
  now: Date,
  timeoutMs: number,
  agents: { 'http:': http.Agent; 'https:': https.Agent },
): Promise<AttemptResult> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  return new Promise<AttemptResult>((resolve) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      resolve({ ok: false, statusCode: null, latencyMs: 0, responseExcerpt: null, error: 'invalid URL' });
      return;
    }
    const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null;
    if (!client) {
      resolve({ ok: false, statusCode: null, latencyMs: 0, responseExcerpt: null, error: `unsupported protocol ${url.protocol}` });
      return;
    }
    const body = Buffer.from(request.body, 'utf8');
    const outgoing = client.request(url, {
      method: 'POST',
      agent: url.protocol === 'https:' ? agents['https:'] : agents['http:'],
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'content-length': String(body.length),
        'user-agent': 'connections-gateway-webhooks',
        ...signatureHeaders(request.messageId, request.body, request.secrets, now),
      },
    });
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      let read = 0;
      const finish = () => {
        const statusCode = response.statusCode ?? null;
        const excerpt = Buffer.concat(chunks).subarray(0, RESPONSE_EXCERPT_BYTES).toString('utf8');
        resolve({
          ok: statusCode !== null && statusCode >= 200 && statusCode < 300,
          statusCode,
          latencyMs: latency(),
          responseExcerpt: excerpt,
          error: null,
        });
      };
      response.on('data', (chunk: Buffer) => {
        if (read < RESPONSE_EXCERPT_BYTES) chunks.push(chunk);
        read += chunk.length;
        // A receiver that streams on and on has answered enough: its status decides.
        if (read > MAX_READ_BYTES) {
          response.destroy();
          finish();
        }
      });
      response.on('end', finish);
      response.on('error', finish);
    });
    outgoing.on('error', (error: Error) => {
      const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError';
      resolve({
        ok: false,
        statusCode: null,
        latencyMs: latency(),
        responseExcerpt: null,
        error: timedOut ? `no response within ${String(timeoutMs)} ms` : error.message,
      });
    });
    outgoing.end(body);
  });
}
