// Webhook endpoints as the API manages them: register (the signing secret is shown once), list, change, disable and
// enable, rotate the secret (the old one keeps signing beside the new one for an overlap period), delete, and look
// at or repeat deliveries. Delivery itself is the DeliveryWorker's (worker.ts).
import { randomBytes } from 'node:crypto';
import type { SecretBox } from '../../crypto/secretBox.js';
import { ValidationError, WebhookEndpointNotFoundError, WebhookEventNotFoundError } from '../../errors.js';
import type { IdPage } from '../../lib/idPage.js';
import { isEventType, type EventType } from '../events/eventTypes.js';
import type { EventLog } from '../events/service.js';
import type { WebhookEndpoint, WebhookMessage, WebhookMessageWithAttempts, WebhookStorage } from './storage.js';
import { checkEndpointUrl, type UrlPolicy } from './urlPolicy.js';
import { webhookBody } from './webhookBody.js';

export const MAX_DESCRIPTION_LENGTH = 500;

/** An endpoint as the API shows it: never its secrets. */
export interface EndpointSummary {
  id: string;
  url: string;
  description: string | null;
  /** Empty: every event type. */
  eventTypes: EventType[];
  enabled: boolean;
  disabledAt: Date | null;
  disabledReason: string | null;
  failingSince: Date | null;
  /** Until when the previous secret still signs deliveries (null: only the current one does). */
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface EndpointChange {
  url?: string | null | undefined;
  eventTypes?: readonly string[] | null | undefined;
  description?: string | null | undefined;
  enabled?: boolean | null | undefined;
}

export function summarize(endpoint: WebhookEndpoint, now = new Date()): EndpointSummary {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: endpoint.eventTypes.filter(isEventType),
    enabled: endpoint.enabled,
    disabledAt: endpoint.disabledAt,
    disabledReason: endpoint.disabledReason,
    failingSince: endpoint.failingSince,
    previousSecretExpiresAt:
      endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now ? endpoint.previousSecretExpiresAt : null,
    createdAt: endpoint.createdAt,
    updatedAt: endpoint.updatedAt,
  };
}

/** A signing secret as Standard Webhooks writes it: `whsec_` and 32 random bytes in base64. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

function checkEventTypes(types: readonly string[] | null | undefined): EventType[] {
  if (!types) return [];
  const unknown = types.filter((type) => !isEventType(type));
  if (unknown.length > 0) throw new ValidationError('events', `Unknown event types: ${unknown.join(', ')}.`);
  return [...new Set(types as EventType[])];
}

function checkDescription(description: string | null | undefined): string | null {
  if (description === null || description === undefined) return null;
  if (description.length > MAX_DESCRIPTION_LENGTH)
    throw new ValidationError('description', `description must be at most ${String(MAX_DESCRIPTION_LENGTH)} characters.`);
  return description;
}

export class WebhookEndpointService {
  constructor(
    private readonly storage: WebhookStorage,
    private readonly secretBox: SecretBox,
    private readonly urlPolicy: UrlPolicy,
    private readonly secretOverlapMs: number,
    /** The event log: a redelivery may send any event it still keeps. */
    private readonly events: Pick<EventLog, 'get'>,
  ) {}

  async create(
    organizationId: string,
    input: { url: string; eventTypes?: readonly string[] | null; description?: string | null },
  ): Promise<{ endpoint: EndpointSummary; secret: string }> {
    const url = await checkEndpointUrl(input.url, this.urlPolicy);
    const eventTypes = checkEventTypes(input.eventTypes);
    const description = checkDescription(input.description);
    const secret = newSecret();
    const endpoint = await this.storage.create({ organizationId, url, description, eventTypes, secretSealed: this.secretBox.seal(secret) });
    return { endpoint: summarize(endpoint), secret };
  }

  async list(organizationId: string): Promise<EndpointSummary[]> {
    const now = new Date();
    return (await this.storage.list(organizationId)).map((endpoint) => summarize(endpoint, now));
  }

  async get(organizationId: string, id: string): Promise<EndpointSummary> {
    return summarize(await this.require(organizationId, id));
  }

  async update(organizationId: string, id: string, change: EndpointChange): Promise<EndpointSummary> {
    let endpoint = await this.require(organizationId, id);
    const data: Parameters<WebhookStorage['update']>[1] = {};
    if (change.url !== undefined && change.url !== null) data.url = await checkEndpointUrl(change.url, this.urlPolicy);
    if (change.eventTypes !== undefined && change.eventTypes !== null) data.eventTypes = checkEventTypes(change.eventTypes);
    if (change.description !== undefined) data.description = checkDescription(change.description);
    if (Object.keys(data).length > 0) endpoint = await this.storage.update(id, data);
    if (change.enabled === true && !endpoint.enabled) endpoint = await this.storage.enable(endpoint);
    if (change.enabled === false && endpoint.enabled) {
      await this.storage.disableNow(id, 'Disabled through the API.');
      endpoint = await this.require(organizationId, id);
    }
    return summarize(endpoint);
  }

  /** A new signing secret, returned once; the previous one keeps signing beside it for the overlap period. */
  async rotateSecret(organizationId: string, id: string): Promise<{ endpoint: EndpointSummary; secret: string }> {
    const endpoint = await this.require(organizationId, id);
    const secret = newSecret();
    const updated = await this.storage.update(id, {
      secretSealed: this.secretBox.seal(secret),
      previousSecretSealed: endpoint.secretSealed,
      previousSecretExpiresAt: new Date(Date.now() + this.secretOverlapMs),
    });
    return { endpoint: summarize(updated), secret };
  }

  async delete(organizationId: string, id: string): Promise<EndpointSummary> {
    const endpoint = await this.require(organizationId, id);
    if (!(await this.storage.delete(organizationId, id))) throw new WebhookEndpointNotFoundError(id);
    return summarize(endpoint);
  }

  /** The endpoint's deliveries, newest first, each with its attempts. */
  async deliveries(organizationId: string, endpointId: string, page: IdPage): Promise<WebhookMessageWithAttempts[]> {
    await this.require(organizationId, endpointId);
    return this.storage.messages(endpointId, page);
  }

  deliveryCount(endpointId: string): Promise<number> {
    return this.storage.messageCount(endpointId);
  }

  /** Sends an event to the endpoint again, as a new message with the same body and webhook-id. */
  /**
   * Sends one event of the log to the endpoint again (or for the first time: an event it did not subscribe to, or
   * one from before it existed), as a new message with the event's own webhook-id.
   */
  async redeliver(organizationId: string, endpointId: string, eventId: string): Promise<WebhookMessage> {
    await this.require(organizationId, endpointId);
    const previous = await this.storage.lastMessageOf(endpointId, eventId);
    if (previous) {
      const { eventType, orderingKey, body } = previous;
      return this.storage.enqueue({ endpointId, eventId, eventType, orderingKey, body });
    }
    const event = await this.events.get(organizationId, eventId);
    if (!event) throw new WebhookEventNotFoundError(eventId);
    return this.storage.enqueue({
      endpointId,
      eventId,
      eventType: event.type,
      orderingKey: event.connectionId ?? '',
      body: webhookBody(event),
    });
  }

  private async require(organizationId: string, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.storage.find(organizationId, id);
    if (!endpoint) throw new WebhookEndpointNotFoundError(id);
    return endpoint;
  }
}
