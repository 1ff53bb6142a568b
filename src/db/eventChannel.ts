// One channel for events every gateway process on the database must hear: sync progress (published by whichever
// process runs the sync) and changes that make cached rows stale. On PostgreSQL it is LISTEN/NOTIFY on one
// dedicated connection, which also sends, so events from one process arrive in the order they were published.
// The embedded database serves one process, so there the channel is in-process with the same interface.
import pg from 'pg';
import type { Logger } from '../logger.js';

/** NOTIFY refuses payloads of 8,000 bytes or more; events carry ids and counts, and readers fetch the rest. */
export const MAX_EVENT_BYTES = 7_900;

const CHANNEL = 'gateway_events';
const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5_000;

export type EventHandler = (payload: unknown) => void;

export interface EventChannel {
  /**
   * Sends `payload` (JSON) to the subscribers of `topic` in every process, this one included; resolves once sent.
   * A channel that is down logs and drops the event (caches then fall back to their lifetime): publishing never
   * fails the change that announces it.
   */
  publish(topic: string, payload: object): Promise<void>;
  subscribe(topic: string, handler: EventHandler): () => void;
  /**
   * Called after the channel was down and is listening again: events sent meanwhile are lost, so whatever they
   * would have invalidated has to be dropped now.
   */
  onResync(handler: () => void): void;
  close(): Promise<void>;
}

export class EventTooLargeError extends Error {
  constructor(topic: string, bytes: number) {
    super(`An event on ${topic} of ${String(bytes)} bytes exceeds ${String(MAX_EVENT_BYTES)}; send ids instead.`);
    this.name = 'EventTooLargeError';
  }
}

class Subscribers {
  private readonly handlers = new Map<string, Set<EventHandler>>();
  private readonly resyncs = new Set<() => void>();

  add(topic: string, handler: EventHandler): () => void {
    let set = this.handlers.get(topic);
    if (!set) this.handlers.set(topic, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  }

  onResync(handler: () => void): void {
    this.resyncs.add(handler);
  }

  dispatch(topic: string, payload: unknown, logger: Logger): void {
    for (const handler of this.handlers.get(topic) ?? []) {
      try {
        handler(payload);
      } catch (error) {
        logger.error({ err: error, topic }, 'an event handler failed');
      }
    }
  }

  resync(): void {
    for (const handler of this.resyncs) handler();
  }
}

function encode(topic: string, payload: object): string {
  const text = JSON.stringify({ topic, payload });
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_EVENT_BYTES) throw new EventTooLargeError(topic, bytes);
  return text;
}

/** In-process: what the embedded database (one process) uses. */
export function localEventChannel(logger: Logger): EventChannel {
  const subscribers = new Subscribers();
  return {
    publish: (topic, payload) => {
      // Same checks and the same asynchrony as over PostgreSQL, so code that works here works there.
      const { payload: decoded } = JSON.parse(encode(topic, payload)) as { payload: unknown };
      queueMicrotask(() => subscribers.dispatch(topic, decoded, logger));
      return Promise.resolve();
    },
    subscribe: (topic, handler) => subscribers.add(topic, handler),
    onResync: (handler) => subscribers.onResync(handler),
    close: () => Promise.resolve(),
  };
}

/** LISTEN/NOTIFY on a connection of its own, reconnected with backoff when it drops. */
export function postgresEventChannel(connectionString: string, logger: Logger): EventChannel {
  const subscribers = new Subscribers();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;
  let everConnected = false;
  let retryDelay = RECONNECT_MIN_MS;
  let retryTimer: NodeJS.Timeout | undefined;
  // One publish at a time on the one connection: NOTIFYs of one session are delivered in the order sent.
  let sending: Promise<unknown> = Promise.resolve();

  // At most one connection listens at a time: a second one would deliver every event twice.
  const connect = (): Promise<pg.Client> => {
    if (client) return Promise.resolve(client);
    connecting ??= (async () => {
      // Named, so an operator (and a test) can tell these connections apart in pg_stat_activity.
      const next = new pg.Client({ connectionString, application_name: 'gateway-events' });
      next.on('error', (error) => {
        logger.warn({ err: error }, 'event channel connection failed; reconnecting');
        dropped(next);
      });
      next.on('end', () => dropped(next));
      next.on('notification', (message) => {
        if (next !== client || message.channel !== CHANNEL || !message.payload) return;
        try {
          const { topic, payload } = JSON.parse(message.payload) as { topic: string; payload: unknown };
          subscribers.dispatch(topic, payload, logger);
        } catch (error) {
          logger.warn({ err: error }, 'ignored a malformed event');
        }
      });
      try {
        await next.connect();
        await next.query(`LISTEN ${CHANNEL}`);
      } catch (error) {
        await next.end().catch(() => undefined);
        throw error;
      }
      client = next;
      retryDelay = RECONNECT_MIN_MS;
      if (everConnected) subscribers.resync();
      everConnected = true;
      return next;
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  };

  const dropped = (which: pg.Client) => {
    if (client !== which) return;
    client = null;
    which.end().catch(() => undefined);
    scheduleReconnect();
  };

  const scheduleReconnect = () => {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (closed || client) return;
      connect().catch((error: unknown) => {
        logger.warn({ err: error, retryInMs: retryDelay }, 'event channel cannot reconnect yet');
        retryDelay = Math.min(retryDelay * 2, RECONNECT_MAX_MS);
        scheduleReconnect();
      });
    }, retryDelay);
    retryTimer.unref();
  };

  const ready = async (): Promise<pg.Client> => client ?? (await connect());

  return {
    publish: (topic, payload) => {
      const text = encode(topic, payload);
      const sent = sending.then(async () => {
        try {
          const connection = await ready();
          await connection.query('SELECT pg_notify($1, $2)', [CHANNEL, text]);
        } catch (error) {
          logger.warn({ err: error, topic }, 'an event could not be sent; other processes see the change when their caches expire');
        }
      });
      sending = sent;
      return sent;
    },
    subscribe: (topic, handler) => {
      // Listening starts with the first subscriber; until it is up, caches fall back to their lifetime.
      if (!client && !closed)
        void connect().catch((error: unknown) => {
          logger.warn({ err: error }, 'event channel cannot connect yet');
          scheduleReconnect();
        });
      return subscribers.add(topic, handler);
    },
    onResync: (handler) => subscribers.onResync(handler),
    close: async () => {
      closed = true;
      clearTimeout(retryTimer);
      await sending;
      const open = client ?? (await connecting?.catch(() => null));
      client = null;
      await open?.end().catch(() => undefined);
    },
  };
}
