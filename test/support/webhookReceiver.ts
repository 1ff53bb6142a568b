// A real HTTP receiver for the gateway's webhooks, on 127.0.0.1: it keeps every request and answers as told.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** The body parsed. */
  json: { type: string; timestamp: string; data: Record<string, unknown> & { eventId: string; cursor: string } };
  /** The status it was answered with (null: never answered). */
  answeredWith: number | null;
}

/** How to answer the n-th request (0-based): a status, or 'hang' to never answer. */
export type Answer = (request: ReceivedWebhook, index: number) => number | 'hang';

export interface WebhookReceiver {
  url: string;
  port: number;
  received: ReceivedWebhook[];
  answer: Answer;
  /** Those answered 2xx. */
  delivered(): ReceivedWebhook[];
  close(): Promise<void>;
}

export async function startWebhookReceiver(answer: Answer = () => 200, port = 0): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const hanging = new Set<ServerResponse>();
  const receiver: WebhookReceiver = {
    url: '',
    port: 0,
    received,
    answer,
    delivered: () => received.filter((request) => request.answeredWith !== null && request.answeredWith < 300),
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const entry: ReceivedWebhook = {
        path: request.url ?? '/',
        headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)])),
        body,
        json: JSON.parse(body) as ReceivedWebhook['json'],
        answeredWith: null,
      };
      const index = received.length;
      received.push(entry);
      const status = receiver.answer(entry, index);
      if (status === 'hang') {
        hanging.add(response);
        return;
      }
      entry.answeredWith = status;
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : `failed with ${String(status)}`);
    });
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  receiver.port = (server.address() as AddressInfo).port;
  receiver.url = `http://127.0.0.1:${String(receiver.port)}`;
  return receiver;
}
