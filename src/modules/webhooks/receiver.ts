// Deliveries from providers' webhooks and push subscriptions. The signature (or a push's token) is checked against
// what is stored for the hook or subscription that sent it; a missing or wrong one changes nothing. A redelivery
// (same delivery id) is processed once. A push to a configured resource's tracked branch queues an incremental
// sync of that resource; a push subscription's notification queues one of its connection.
import { HttpError } from '../../http/httpErrors.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import type { Provider, PushParser } from '../../providers/types.js';
import type { PushTarget } from '../pushSubscriptions/service.js';
import type { HookTarget } from '../resources/service.js';
import type { SyncRequests } from '../sync/requests.js';
import type { DeliveryStorage } from './storage.js';

export type DeliveryOutcome = { duplicate: true } | { ok: true } | { queued: string[] } | { ignored: true };

export interface WebhookReceiverOptions {
  providers: ProviderRegistry;
  hookTargets: (provider: Provider, providerResourceId: string, webhookId: string) => Promise<HookTarget[]>;
  pushTargets: (provider: Provider, subscriptionId: string) => Promise<PushTarget[]>;
  deliveries: DeliveryStorage;
  requests: SyncRequests;
}

export class WebhookReceiver {
  constructor(private readonly options: WebhookReceiverOptions) {}

  async receive(slug: string, headers: Headers, body: string): Promise<DeliveryOutcome> {
    const { providers, hookTargets, deliveries, requests } = this.options;
    const adapter = providers.bySlug(slug);
    if (adapter?.push) return this.receivePush(adapter.id, adapter.push.parser, headers, body);
    // A provider that sends no webhooks has no such endpoint: 404, as for a provider that does not exist.
    const parser = adapter?.webhooks?.parser;
    if (!adapter || !parser) throw new HttpError('NOT_FOUND', `No webhooks are received for ${JSON.stringify(slug)}.`);
    const delivery = parser.parse(headers, body);
    if (!delivery) throw new HttpError('BAD_REQUEST', 'Not a webhook delivery: its headers or JSON payload are missing or malformed.');

    const targets = delivery.resourceId && delivery.webhookId ? await hookTargets(adapter.id, delivery.resourceId, delivery.webhookId) : [];
    const secrets = [...new Set(targets.flatMap((target) => (target.secret ? [target.secret] : [])))];
    let verified = false;
    for (const secret of secrets) verified ||= await delivery.verify(secret);
    if (!verified) throw new HttpError('INVALID_SIGNATURE', 'The signature is missing or does not match.');

    if (!(await deliveries.recordFirst(delivery.deliveryId, adapter.id))) return { duplicate: true };
    if (delivery.isPing) return { ok: true };

    const queued: string[] = [];
    for (const target of targets) {
      if (!target.connectionActive || !delivery.changes(target.defaultBranch)) continue;
      queued.push((await requests.request(target.connectionId, 'WEBHOOK', { resourceId: target.providerResourceId })).id);
    }
    return queued.length > 0 ? { queued } : { ignored: true };
  }

  private async receivePush(provider: Provider, parser: PushParser, headers: Headers, body: string): Promise<DeliveryOutcome> {
    const { pushTargets, deliveries, requests } = this.options;
    const notification = parser.parse(headers, body);
    if (!notification) throw new HttpError('BAD_REQUEST', 'Not a push notification: its headers or payload are missing or malformed.');
    const targets = await pushTargets(provider, notification.subscriptionId);
    const verified: PushTarget[] = [];
    for (const target of targets) if (await notification.verify(target.token)) verified.push(target);
    if (verified.length === 0)
      throw new HttpError('INVALID_SIGNATURE', 'The notification’s token or signature is missing or does not match.');

    if (!(await deliveries.recordFirst(notification.deliveryId, provider))) return { duplicate: true };
    if (notification.isPing) return { ok: true };
    const queued: string[] = [];
    for (const target of verified) {
      if (target.connectionActive) queued.push((await requests.request(target.connectionId, 'WEBHOOK', null)).id);
    }
    return queued.length > 0 ? { queued } : { ignored: true };
  }
}
