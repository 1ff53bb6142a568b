// Webhook deliveries already processed: the only place that reads or writes the webhook_deliveries table.
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { Provider } from '../../providers/types.js';

export class DeliveryStorage {
  constructor(private readonly prisma: PrismaClient) {}

  /** Records the delivery; false when it was recorded before (a redelivery). */
  async recordFirst(deliveryId: string, provider: Provider): Promise<boolean> {
    const fresh = await this.prisma.webhookDelivery.createMany({ data: [{ id: deliveryId, provider }], skipDuplicates: true });
    return fresh.count === 1;
  }
}
