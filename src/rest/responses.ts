// The REST API's JSON shapes, as the API it grew out of (and the supermemory SDK) define them.
import type { Connection } from '../generated/prisma/client.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { ResourcePage } from '../services/resources.js';

export function connectionItem(connection: Connection, providers: ProviderRegistry) {
  return {
    id: connection.id,
    provider: providers.get(connection.provider).slug,
    status: connection.status,
    createdAt: connection.createdAt.toISOString(),
    containerTags: connection.containerTags,
    metadata: connection.metadata,
    ...(connection.accessTokenExpiresAt ? { expiresAt: connection.accessTokenExpiresAt.toISOString() } : {}),
  };
}

export function resourcesBody(page: ResourcePage) {
  return {
    resources: page.nodes.map((resource) => ({
      // The reference API sends numeric ids as numbers; any other id stays a string.
      id: /^\d+$/.test(resource.id) ? Number(resource.id) : resource.id,
      name: resource.name,
      full_name: resource.fullName,
      description: resource.description,
      private: resource.private,
      default_branch: resource.defaultBranch,
      updated_at: resource.updatedAt.toISOString(),
    })),
    total_count: page.totalCount,
  };
}
