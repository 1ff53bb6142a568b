// GitHub: repositories as resources (GraphQL), push webhooks (REST).
import type { ProviderAdapter } from '../types';
import type { GitHubClientOptions } from './client';
import { createRepositoryLister } from './repositories';
import { createWebhookManager } from './webhooks';

export function createGitHubAdapter(options: GitHubClientOptions): ProviderAdapter {
  return {
    id: 'GITHUB',
    slug: 'github',
    name: 'GitHub',
    capabilities: { listResources: true, configureResources: true, webhooks: true },
    resources: createRepositoryLister(options),
    webhooks: createWebhookManager(options),
  };
}
