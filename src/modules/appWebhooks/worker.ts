// Delivery of the event log to webhook endpoints, in processes that run workers. Two steps, both safe to run in any
// number of processes on one database:
// - fan-out: each endpoint has a cursor over its organization's event positions (handed out in commit order, so a
//   cursor never skips an event); new events after it become one message each (if the endpoint wants the type),
//   and the cursor moves, in one transaction that only succeeds if the cursor has not moved meanwhile.
// - delivery: a claim loop over webhook_messages takes the oldest pending message of each (endpoint, connection)
//   with a lease, posts it, records the attempt, and marks it delivered or schedules the next attempt.
// The message table is the queue itself, rather than pg-boss: pg-boss's per-key policies would give one in-flight
// message per key, but a busy key then blocks every other key (timgit/pg-boss#535, see sync/jobQueue.ts), and its
// jobs would duplicate what the rows already say. A worker killed mid-delivery leaves a lease that runs out; the
// message is then claimed again (at least once: receivers dedupe on webhook-id).
// Wake-ups come from the event log's announcements (every process hears them) and a sweep every few seconds, so a
// lost announcement delays delivery by at most a sweep.
import type { Transact } from '../../db/transaction.js';
import type { SecretBox } from '../../crypto/secretBox.js';
import type { Logger } from '../../logger.js';
import type { EventLog } from '../events/service.js';
import { nextAttemptAt, type RetryPolicy } from './backoff.js';
import { webhookBody } from './webhookBody.js';
import type { WebhookSender } from './sender.js';
import type { ClaimedMessage, NewMessage, WebhookEndpoint, WebhookStorage } from './storage.js';

/** How often each process looks for events no announcement told it about, and for due retries. */
export const SWEEP_MS = 2_000;
/** Deliveries in flight at once in one process (each a different ordering key). */
const CONCURRENCY = 32;
/** How often each process deletes settled messages past the retention period. */
const PRUNE_EVERY_MS = 3_600_000;
/** Events read per fan-out step. */
const FAN_OUT_BATCH = 500;

export interface DeliveryWorkerOptions {
  storage: WebhookStorage;
  events: EventLog;
  transact: Transact;
  secretBox: SecretBox;
  sender: WebhookSender;
  logger: Logger;
  retry: RetryPolicy;
  /** An endpoint whose attempts all failed for this long is disabled. */
  disableAfterMs: number;
  /** How long one request may take; a claim's lease outlives it by a margin. */
  timeoutMs: number;
  /** Delivered and given-up messages are kept as long as the events they carry (EVENT_RETENTION_DAYS). */
  retentionMs: number;
}

export class DeliveryWorker {
  private running = false;
  private inFlight = 0;
  private wakeLoop: (() => void) | null = null;
  /** A wake-up that came while the loop was busy claiming: it claims again instead of waiting. */
  private woken = false;
  private loopDone: Promise<void> = Promise.resolve();
  private sweep: NodeJS.Timeout | undefined;
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private readonly deliveries = new Set<Promise<void>>();
  /** Organizations whose log grew, waiting for a fan-out; one fan-out runs at a time per process. */
  private readonly dirty = new Set<string | null>();
  private fanningOut: Promise<void> | null = null;
  private lastPrune = 0;

  constructor(private readonly options: DeliveryWorkerOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.options.events.onAppended((organizationId) => {
      if (this.running) this.requestFanOut(organizationId);
    });
    this.sweep = setInterval(() => {
      // null: every organization with an enabled endpoint.
      this.requestFanOut(null);
      this.wake();
      if (Date.now() - this.lastPrune >= PRUNE_EVERY_MS) {
        this.lastPrune = Date.now();
        this.prune().catch((error: unknown) => {
          this.options.logger.warn({ err: error }, 'could not delete old webhook deliveries');
        });
      }
    }, SWEEP_MS);
    this.sweep.unref();
    this.requestFanOut(null);
    this.loopDone = this.loop();
  }

  /** Stops claiming, waits for the deliveries in flight to be recorded. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearInterval(this.sweep);
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.wake();
    await this.loopDone;
    await Promise.allSettled([...this.deliveries]);
    await this.fanningOut;
    this.options.sender.close();
  }

  /** Deletes settled messages older than the retention period; returns how many went. */
  prune(now = new Date()): Promise<number> {
    return this.options.storage.pruneSettled(new Date(now.getTime() - this.options.retentionMs));
  }

  private wake(): void {
    const wake = this.wakeLoop;
    this.wakeLoop = null;
    if (wake) wake();
    else this.woken = true;
  }

  private wokenMeanwhile(): boolean {
    return this.woken;
  }

  private requestFanOut(organizationId: string | null): void {
    this.dirty.add(organizationId);
    this.fanningOut ??= this.drainFanOut().finally(() => {
      this.fanningOut = null;
    });
  }

  private async drainFanOut(): Promise<void> {
    while (this.running && this.dirty.size > 0) {
      const organizations = [...this.dirty];
      this.dirty.clear();
      try {
        const all = organizations.includes(null);
        const endpoints = all
          ? await this.options.storage.endpointsBehind()
          : (await Promise.all(organizations.map((id) => this.options.storage.endpointsBehind(id ?? undefined)))).flat();
        let queued = 0;
        for (const endpoint of endpoints) queued += await this.fanOut(endpoint);
        if (queued > 0) this.wake();
      } catch (error) {
        this.options.logger.warn({ err: error }, 'could not fan events out to webhook endpoints; the next sweep retries');
      }
    }
  }

  /** Moves one endpoint's cursor to the end of its organization's log; returns how many messages it queued. */
  async fanOut(endpoint: WebhookEndpoint): Promise<number> {
    let cursor = endpoint.cursor;
    let queued = 0;
    for (;;) {
      const page = await this.options.events.page(endpoint.organizationId, { after: String(cursor), first: FAN_OUT_BATCH });
      const last = page.events.at(-1);
      if (!last) return queued;
      const wanted =
        endpoint.eventTypes.length === 0 ? page.events : page.events.filter((event) => endpoint.eventTypes.includes(event.type));
      const messages: NewMessage[] = wanted.map((event) => ({
        endpointId: endpoint.id,
        eventId: event.id,
        eventType: event.type,
        orderingKey: event.connectionId ?? '',
        body: webhookBody(event),
      }));
      // Another process moved the cursor first: it queued these same events.
      if (!(await this.options.storage.fanOut(endpoint.id, cursor, last.position, messages))) return queued;
      queued += messages.length;
      cursor = last.position;
      if (!page.hasMore) return queued;
    }
  }

  private async loop(): Promise<void> {
    while (this.running) {
      this.woken = false;
      const free = CONCURRENCY - this.inFlight;
      let claimed: ClaimedMessage[] = [];
      if (free > 0) {
        try {
          // The lease outlives the request's timeout, with time to record the attempt.
          claimed = await this.options.storage.claim(free, new Date(), this.options.timeoutMs * 2 + 1_000);
        } catch (error) {
          this.options.logger.warn({ err: error }, 'could not claim webhook messages; trying again');
        }
      }
      for (const message of claimed) this.deliverInBackground(message);
      if (claimed.length > 0 && claimed.length === free) continue;
      // Idle (or full): wait for a delivery to finish, an announcement, a due retry or the sweep.
      if (this.wokenMeanwhile()) continue;
      await new Promise<void>((resolve) => {
        this.wakeLoop = resolve;
        if (!this.running) resolve();
      });
    }
  }

  private deliverInBackground(claimed: ClaimedMessage): void {
    this.inFlight += 1;
    const delivery = this.deliver(claimed)
      .catch((error: unknown) => {
        // Its lease runs out and the message is claimed again.
        this.options.logger.warn({ err: error, messageId: claimed.message.id }, 'could not record a webhook delivery');
      })
      .finally(() => {
        this.inFlight -= 1;
        this.deliveries.delete(delivery);
        this.wake();
      });
    this.deliveries.add(delivery);
  }

  private secretsOf(endpoint: ClaimedMessage['endpoint'], now: Date): string[] {
    const secrets = [this.options.secretBox.open(endpoint.secretSealed)];
    if (endpoint.previousSecretSealed && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now)
      secrets.push(this.options.secretBox.open(endpoint.previousSecretSealed));
    return secrets;
  }

  private async deliver({ message, endpoint, lease }: ClaimedMessage): Promise<void> {
    const { storage, sender, transact, retry, events, logger } = this.options;
    const attemptedAt = new Date();
    const result = await sender.send(
      { url: endpoint.url, messageId: message.eventId, body: message.body, secrets: this.secretsOf(endpoint, attemptedAt) },
      attemptedAt,
    );
    const finishedAt = new Date();
    const retryAt = result.ok ? null : nextAttemptAt(message.attempts + 1, message.firstAttemptAt ?? attemptedAt, finishedAt, retry);
    const attempt = {
      attemptedAt,
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      responseExcerpt: result.responseExcerpt,
      error: result.error,
    };
    if (result.ok) {
      await storage.settleDelivered({ messageId: message.id, lease, endpointId: endpoint.id }, attempt);
      return;
    }
    const disabled = await transact(async (tx) => {
      const settled = await storage.settle(
        tx,
        { messageId: message.id, lease },
        attempt,
        result.ok ? { delivered: true } : { delivered: false, retryAt },
      );
      if (!settled) return false;
      // Failing since the claim of the first attempt, the same instant the retry window counts from: the last retry
      // (at the window's end) then always finds the endpoint failing for the whole window, however long a busy
      // process took between claiming and sending.
      const failingSince = await storage.noteOutcome(tx, endpoint.id, false, message.firstAttemptAt ?? attemptedAt);
      if (!failingSince || finishedAt.getTime() - failingSince.getTime() < this.options.disableAfterMs) return false;
      const reason = `Every delivery attempt failed since ${failingSince.toISOString()}.`;
      if (!(await storage.disable(tx, endpoint.id, reason, finishedAt))) return false;
      await events.append(tx, [
        {
          organizationId: endpoint.organizationId,
          connectionId: null,
          type: 'webhook_endpoint.disabled',
          payload: { endpointId: endpoint.id, url: endpoint.url, reason },
        },
      ]);
      return true;
    });
    if (disabled) {
      logger.warn({ endpointId: endpoint.id, url: endpoint.url }, 'webhook endpoint disabled after failing continuously');
      await events.announce([{ organizationId: endpoint.organizationId }]);
    } else if (retryAt && this.running) {
      // Wake exactly when the retry is due (the sweep would find it too, a little later).
      const timer = setTimeout(
        () => {
          this.retryTimers.delete(timer);
          this.wake();
        },
        Math.max(0, retryAt.getTime() - Date.now()),
      );
      timer.unref();
      this.retryTimers.add(timer);
    }
  }
}
