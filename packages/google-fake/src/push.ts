// Outgoing pushes: Drive's web-hook notifications to watch channels and Pub/Sub push messages for Gmail
// watches. They queue up as state changes and leave when `deliverPendingNotifications()` sends them (or, with
// `notifications: 'auto'`, on the next turn of the event loop), in order, one at a time.
import type { Signer } from './jwt';

export interface ChannelNotification {
  type: 'drive';
  url: string;
  /** `sync` right after `changes.watch`, `change` after every change the channel's user can see. */
  state: 'sync' | 'change';
  headers: Record<string, string>;
}

export interface PubSubNotification {
  type: 'pubsub';
  url: string;
  topic: string;
  subscription: string;
  audience: string;
  serviceAccountEmail: string;
  emailAddress: string;
  historyId: number;
  messageId: string;
  publishTime: string;
}

export type Notification = ChannelNotification | PubSubNotification;

export interface Delivery {
  notification: Notification;
  /** The headers sent (Pub/Sub's `authorization` included). */
  headers: Record<string, string>;
  body: string;
  /** The receiver's status, or null when it could not be reached. */
  status: number | null;
  error?: string;
}

export class Outbox {
  private pending: Notification[] = [];
  readonly delivered: Delivery[] = [];
  private flushing: Promise<Delivery[]> = Promise.resolve([]);
  private readonly routes = new Map<string, string>();

  constructor(
    private readonly signer: Signer,
    private readonly auto: boolean,
  ) {}

  enqueue(notification: Notification): void {
    this.pending.push(notification);
    if (this.auto) setImmediate(() => void this.deliverPending());
  }

  /** Sends what is addressed under `fromOrigin` to `toOrigin` instead. */
  route(fromOrigin: string, toOrigin: string): void {
    this.routes.set(fromOrigin, toOrigin);
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Resolves once the deliveries already under way have finished (nothing queued is sent). */
  async idle(): Promise<void> {
    await this.flushing;
  }

  /** Sends everything queued, in order; the deliveries of this call. Calls queue behind one another. */
  deliverPending(): Promise<Delivery[]> {
    this.flushing = this.flushing.then(async () => {
      const batch = this.pending;
      this.pending = [];
      const deliveries: Delivery[] = [];
      for (const notification of batch) deliveries.push(await this.send(notification));
      this.delivered.push(...deliveries);
      return deliveries;
    });
    return this.flushing;
  }

  private async send(notification: Notification): Promise<Delivery> {
    let headers: Record<string, string>;
    let body: string;
    if (notification.type === 'drive') {
      headers = notification.headers;
      body = '';
    } else {
      const now = Math.floor(Date.now() / 1000);
      const jwt = this.signer.sign({
        aud: notification.audience,
        azp: notification.serviceAccountEmail,
        email: notification.serviceAccountEmail,
        email_verified: true,
        exp: now + 3600,
        iat: now,
        iss: 'https://accounts.google.com',
        sub: notification.serviceAccountEmail,
      });
      headers = { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' };
      const data = Buffer.from(JSON.stringify({ emailAddress: notification.emailAddress, historyId: notification.historyId })).toString(
        'base64',
      );
      body = JSON.stringify({
        message: {
          data,
          messageId: notification.messageId,
          message_id: notification.messageId,
          publishTime: notification.publishTime,
          publish_time: notification.publishTime,
        },
        subscription: notification.subscription,
      });
    }
    try {
      const response = await fetch(this.routed(notification.url), { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      return { notification, headers, body, status: response.status };
    } catch (error) {
      return { notification, headers, body, status: null, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private routed(url: string): string {
    for (const [from, to] of this.routes) if (url.startsWith(from)) return to + url.slice(from.length);
    return url;
  }
}
