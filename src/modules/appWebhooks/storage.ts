// Webhooks to the app: the only code that reads or writes webhook_endpoints, webhook_messages and
// webhook_attempts. Messages are the durable queue: one row per event and endpoint, delivered in `seq` order per
// (endpoint, ordering key), claimed by compare-and-set with a lease so a dead worker's message is taken over.
import { randomUUID } from 'node:crypto';
import type { PrismaClient, WebhookAttempt, WebhookEndpoint, WebhookMessage } from '../../generated/prisma/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import { feedScopes } from '../../db/feedPositions.js';
import type { Tx } from '../../db/transaction.js';
import type { IdPage } from '../../lib/idPage.js';

export type { WebhookAttempt, WebhookEndpoint, WebhookMessage };

export type WebhookMessageWithAttempts = WebhookMessage & { attemptLog: WebhookAttempt[] };

/** A message a worker holds (its lease), with the endpoint to send it to: what sending and recording need. */
export interface ClaimedMessage {
  message: Pick<WebhookMessage, 'id' | 'eventId' | 'body' | 'attempts' | 'firstAttemptAt'>;
  endpoint: Pick<WebhookEndpoint, 'id' | 'organizationId' | 'url' | 'secretSealed' | 'previousSecretSealed' | 'previousSecretExpiresAt'>;
  lease: string;
}

interface ClaimedRow {
  id: string;
  eventId: string;
  body: string;
  attempts: number | bigint;
  firstAttemptAt: Date | string | null;
  endpointId: string;
  organizationId: string;
  url: string;
  secretSealed: string;
  previousSecretSealed: string | null;
  previousSecretExpiresAt: Date | string | null;
}

/** A timestamp column read by a raw query (stored as UTC without a zone). */
function asDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value.endsWith('Z') ? value : `${value.replace(' ', 'T')}Z`);
}

export interface NewMessage {
  endpointId: string;
  eventId: string;
  eventType: string;
  orderingKey: string;
  body: string;
}

export interface AttemptRecord {
  attemptedAt: Date;
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

export class WebhookStorage {
  constructor(private readonly prisma: PrismaClient) {}

  // ---- endpoints -------------------------------------------------------------------------------------------------

  /** The organization's last event position (0 before its first event): where a new endpoint starts. */
  private async logEnd(client: Tx | PrismaClient, organizationId: string): Promise<bigint> {
    // The driver may hand a bigint back as a number or text.
    const rows = await client.$queryRaw<{ position: bigint | number | string }[]>`
      SELECT position FROM feed_positions WHERE scope = ${feedScopes.events(organizationId)}`;
    return rows[0] ? BigInt(rows[0].position) : 0n;
  }

  async create(data: {
    organizationId: string;
    url: string;
    description: string | null;
    eventTypes: string[];
    secretSealed: string;
  }): Promise<WebhookEndpoint> {
    return this.prisma.$transaction(async (tx) =>
      tx.webhookEndpoint.create({ data: { ...data, cursor: await this.logEnd(tx, data.organizationId) } }),
    );
  }

  async list(organizationId: string): Promise<WebhookEndpoint[]> {
    return this.prisma.webhookEndpoint.findMany({ where: { organizationId }, orderBy: { id: 'asc' } });
  }

  async find(organizationId: string, id: string): Promise<WebhookEndpoint | null> {
    return this.prisma.webhookEndpoint.findFirst({ where: { organizationId, id } });
  }

  async update(
    id: string,
    data: Partial<
      Pick<WebhookEndpoint, 'url' | 'description' | 'eventTypes' | 'secretSealed' | 'previousSecretSealed' | 'previousSecretExpiresAt'>
    >,
  ): Promise<WebhookEndpoint> {
    return this.prisma.webhookEndpoint.update({ where: { id }, data });
  }

  /** Enables an endpoint again: it starts over at the end of the log (events meanwhile are in the log to replay). */
  async enable(endpoint: WebhookEndpoint): Promise<WebhookEndpoint> {
    return this.prisma.$transaction(async (tx) =>
      tx.webhookEndpoint.update({
        where: { id: endpoint.id },
        data: {
          enabled: true,
          disabledAt: null,
          disabledReason: null,
          failingSince: null,
          cursor: await this.logEnd(tx, endpoint.organizationId),
        },
      }),
    );
  }

  /** Within `tx`: disables the endpoint and gives up its pending messages; false when it was disabled already. */
  async disable(tx: Tx, endpointId: string, reason: string, now: Date): Promise<boolean> {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: endpointId, enabled: true },
      data: { enabled: false, disabledAt: now, disabledReason: reason },
    });
    if (count === 0) return false;
    await tx.webhookMessage.updateMany({ where: { endpointId, status: 'PENDING' }, data: { status: 'FAILED', lease: null } });
    return true;
  }

  /** Disables the endpoint at once (the API asked), giving up its pending messages. */
  async disableNow(endpointId: string, reason: string): Promise<void> {
    await this.prisma.$transaction((tx) => this.disable(tx, endpointId, reason, new Date()));
  }

  async delete(organizationId: string, id: string): Promise<boolean> {
    const { count } = await this.prisma.webhookEndpoint.deleteMany({ where: { organizationId, id } });
    return count === 1;
  }

  /**
   * Enabled endpoints (of one organization, or all) whose cursor is behind their organization's log: the only
   * ones a fan-out has work for. One query, however many endpoints are up to date.
   */
  async endpointsBehind(organizationId?: string): Promise<WebhookEndpoint[]> {
    const scopePrefix = feedScopes.events('');
    const behind = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT e.id FROM webhook_endpoints AS e
      JOIN feed_positions AS f ON f.scope = ${scopePrefix} || e.organization_id
      WHERE e.enabled AND f.position > e.cursor ${organizationId !== undefined ? Prisma.sql`AND e.organization_id = ${organizationId}` : Prisma.empty}
      LIMIT 10000`;
    if (behind.length === 0) return [];
    return this.prisma.webhookEndpoint.findMany({ where: { id: { in: behind.map((row) => row.id) } }, orderBy: { id: 'asc' } });
  }

  /**
   * Fans events out to the endpoint: inserts `messages` and moves its cursor from `from` to `to`, in one
   * transaction, only if the cursor is still at `from` (compare-and-set: of two dispatchers, one wins; the other's
   * events are the same and are dropped). The update holds the row until commit, so an endpoint's messages are
   * inserted, and numbered, in event order.
   */
  async fanOut(endpointId: string, from: bigint, to: bigint, messages: NewMessage[]): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const moved = await tx.webhookEndpoint.updateMany({ where: { id: endpointId, cursor: from, enabled: true }, data: { cursor: to } });
      if (moved.count !== 1) return false;
      if (messages.length > 0) await tx.webhookMessage.createMany({ data: messages });
      return true;
    });
  }

  // ---- messages --------------------------------------------------------------------------------------------------

  /** A message queued again: it goes to the end of its ordering key's queue. */
  async enqueue(message: NewMessage): Promise<WebhookMessage> {
    return this.prisma.webhookMessage.create({ data: message });
  }

  /** The most recent message of an event to an endpoint (what a redelivery copies). */
  async lastMessageOf(endpointId: string, eventId: string): Promise<WebhookMessage | null> {
    return this.prisma.webhookMessage.findFirst({ where: { endpointId, eventId }, orderBy: { seq: 'desc' } });
  }

  /**
   * Claims up to `limit` messages that are due: each the oldest pending message of its (endpoint, ordering key),
   * not held by a live lease. So a key's next message waits until the one before it is delivered or given up.
   * The UPDATE re-checks status and lease on the row it locks: of two workers, only one gets a message. One
   * statement returns what sending needs, endpoint included (the embedded database pays per statement).
   */
  async claim(limit: number, now: Date, leaseMs: number): Promise<ClaimedMessage[]> {
    const lease = randomUUID();
    const expires = new Date(now.getTime() + leaseMs);
    const rows = await this.prisma.$queryRaw<ClaimedRow[]>`
      UPDATE webhook_messages AS m
      SET lease = ${lease}, lease_expires_at = ${expires}::timestamp, first_attempt_at = COALESCE(m.first_attempt_at, ${now}::timestamp)
      FROM (
        SELECT h.id FROM (
          SELECT DISTINCT ON (w.endpoint_id, w.ordering_key) w.id, w.next_attempt_at, w.lease_expires_at
          FROM webhook_messages AS w JOIN webhook_endpoints AS e ON e.id = w.endpoint_id AND e.enabled
          WHERE w.status = 'PENDING'
          ORDER BY w.endpoint_id, w.ordering_key, w.seq
        ) AS h
        WHERE h.next_attempt_at <= ${now}::timestamp AND (h.lease_expires_at IS NULL OR h.lease_expires_at < ${now}::timestamp)
        ORDER BY h.next_attempt_at
        LIMIT ${limit}
      ) AS ready, webhook_endpoints AS e
      WHERE m.id = ready.id AND e.id = m.endpoint_id
        AND m.status = 'PENDING' AND (m.lease_expires_at IS NULL OR m.lease_expires_at < ${now}::timestamp)
      RETURNING m.id, m.event_id AS "eventId", m.body, m.attempts, m.first_attempt_at AS "firstAttemptAt",
        e.id AS "endpointId", e.organization_id AS "organizationId", e.url, e.secret_sealed AS "secretSealed",
        e.previous_secret_sealed AS "previousSecretSealed", e.previous_secret_expires_at AS "previousSecretExpiresAt"`;
    return rows.map((row) => ({
      lease,
      message: {
        id: row.id,
        eventId: row.eventId,
        body: row.body,
        attempts: Number(row.attempts),
        firstAttemptAt: asDate(row.firstAttemptAt),
      },
      endpoint: {
        id: row.endpointId,
        organizationId: row.organizationId,
        url: row.url,
        secretSealed: row.secretSealed,
        previousSecretSealed: row.previousSecretSealed,
        previousSecretExpiresAt: asDate(row.previousSecretExpiresAt),
      },
    }));
  }

  /**
   * Within `tx`: records an attempt of a claimed message and its outcome (delivered; retry at `retryAt`; or, with
   * neither, given up), only while `lease` still holds it. False when another worker took it over.
   */
  async settle(
    tx: Tx,
    claimed: { messageId: string; lease: string },
    attempt: AttemptRecord,
    outcome: { delivered: true } | { delivered: false; retryAt: Date | null },
  ): Promise<boolean> {
    const { count } = await tx.webhookMessage.updateMany({
      where: { id: claimed.messageId, lease: claimed.lease, status: 'PENDING' },
      data: {
        attempts: { increment: 1 },
        lease: null,
        leaseExpiresAt: null,
        ...(outcome.delivered
          ? { status: 'DELIVERED', deliveredAt: attempt.attemptedAt }
          : outcome.retryAt
            ? { nextAttemptAt: outcome.retryAt }
            : { status: 'FAILED' }),
      },
    });
    if (count !== 1) return false;
    await tx.webhookAttempt.create({ data: { messageId: claimed.messageId, ...attempt } });
    return true;
  }

  /**
   * A delivered message, in one statement (the common case, so no interactive transaction): marks it DELIVERED
   * while `lease` still holds it, records the attempt and ends the endpoint's failure streak. False when another
   * worker took it over.
   */
  async settleDelivered(claimed: { messageId: string; lease: string; endpointId: string }, attempt: AttemptRecord): Promise<boolean> {
    // Attempts are never paged by id (they are listed by time), so a random id does.
    const rows = await this.prisma.$queryRaw<{ settled: bigint | number }[]>`
      WITH settled AS (
        UPDATE webhook_messages
        SET status = 'DELIVERED', delivered_at = ${attempt.attemptedAt}::timestamp, attempts = attempts + 1, lease = NULL, lease_expires_at = NULL
        WHERE id = ${claimed.messageId} AND lease = ${claimed.lease} AND status = 'PENDING'
        RETURNING id
      ), recorded AS (
        INSERT INTO webhook_attempts (id, message_id, attempted_at, status_code, latency_ms, response_excerpt, error)
        SELECT ${randomUUID()}, id, ${attempt.attemptedAt}::timestamp, ${attempt.statusCode}, ${attempt.latencyMs}, ${attempt.responseExcerpt}, ${attempt.error}
        FROM settled
        RETURNING id
      ), recovered AS (
        UPDATE webhook_endpoints SET failing_since = NULL
        WHERE id = ${claimed.endpointId} AND failing_since IS NOT NULL AND EXISTS (SELECT 1 FROM settled)
        RETURNING id
      )
      SELECT (SELECT count(*) FROM settled) + 0 * (SELECT count(*) FROM recorded) + 0 * (SELECT count(*) FROM recovered) AS settled`;
    return Number(rows[0]?.settled ?? 0) === 1;
  }

  /** Within `tx`: the endpoint's failure streak after an attempt; returns since when it has been failing (null: it is not). */
  async noteOutcome(tx: Tx, endpointId: string, succeeded: boolean, at: Date): Promise<Date | null> {
    if (succeeded) {
      await tx.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: { not: null } }, data: { failingSince: null } });
      return null;
    }
    await tx.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: null }, data: { failingSince: at } });
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { failingSince: true } });
    return endpoint?.failingSince ?? null;
  }

  /** Deletes delivered and given-up messages (with their attempts) created before `before`; returns how many went. */
  async pruneSettled(before: Date, batch = 5_000): Promise<number> {
    let total = 0;
    for (;;) {
      const old = await this.prisma.webhookMessage.findMany({
        where: { createdAt: { lt: before }, status: { in: ['DELIVERED', 'FAILED'] } },
        select: { id: true },
        take: batch,
      });
      if (old.length === 0) return total;
      const { count } = await this.prisma.webhookMessage.deleteMany({ where: { id: { in: old.map((row) => row.id) } } });
      total += count;
    }
  }

  /** A page of the endpoint's messages, newest first, with their attempts. */
  async messages(endpointId: string, { after, before, limit, inverted }: IdPage): Promise<WebhookMessageWithAttempts[]> {
    return this.prisma.webhookMessage.findMany({
      where: { endpointId, id: { lt: after, gt: before } },
      orderBy: { id: inverted ? 'asc' : 'desc' },
      take: limit,
      include: { attemptLog: { orderBy: { attemptedAt: 'asc' } } },
    });
  }

  async messageCount(endpointId: string): Promise<number> {
    return this.prisma.webhookMessage.count({ where: { endpointId } });
  }
}
