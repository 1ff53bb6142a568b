// Deleting a connection: remove the webhooks it registered, revoke the grant at the provider, then delete the
// row (its configured resources and sync runs go with it). Provider failures are reported, never swallowed,
// and do not keep the connection alive.
import type { Connection } from '../generated/prisma/client.js';
import { removeWebhooks, type WithCredentials } from './configureConnection.js';
import type { Gateway } from './gateway.js';
import { listingKey } from './resources.js';

export interface DeleteResult {
  connection: Connection;
  webhooksRemoved: number;
  /** Resources whose webhook could not be removed (delete those hooks on the provider). */
  unremovedWebhooks: string[];
  grantRevoked: boolean;
  /** Why the grant could not be revoked, if it could not. */
  grantError: string | null;
}

export async function deleteConnection(gateway: Gateway, connection: Connection): Promise<DeleteResult> {
  const adapter = gateway.providers.get(connection.provider);
  const withCredentials: WithCredentials = (call) => gateway.credentials.withCredentials(connection, call);
  const configured = await gateway.prisma.configuredResource.findMany({ where: { connectionId: connection.id } });
  const hooked = configured.filter((row) => row.webhookId);
  const unremovedWebhooks = await removeWebhooks(gateway, adapter, withCredentials, configured);

  let grantRevoked = false;
  let grantError: string | null = null;
  const oauth = adapter.oauth;
  if (oauth?.flow.revokeGrant && connection.accessTokenEncrypted) {
    const { flow, app } = oauth;
    if (!app) {
      grantError = `${adapter.name}'s OAuth app is not configured, so the grant could not be revoked.`;
    } else {
      try {
        await withCredentials(async (credentials) => {
          await flow.revokeGrant?.(app, credentials);
        });
        grantRevoked = true;
      } catch (error) {
        grantError = (error as Error).message;
        gateway.logger.warn({ err: error, connectionId: connection.id }, 'could not revoke the grant of a deleted connection');
      }
    }
  }

  await gateway.prisma.connection.delete({ where: { id: connection.id } });
  gateway.connections.invalidate(connection.id);
  gateway.listings.invalidate(listingKey(connection));
  return { connection, webhooksRemoved: hooked.length - unremovedWebhooks.length, unremovedWebhooks, grantRevoked, grantError };
}
