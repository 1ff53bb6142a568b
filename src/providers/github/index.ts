// GitHub: repositories as resources (GraphQL), push webhooks (REST).
import type { OAuthApp, ProviderAdapter } from '../types.js';
import type { GitHubClientOptions } from './client.js';
import { createDocumentSource } from './documents.js';
import { createGitHubOAuthFlow } from './oauth.js';
import { gitHubWebhookParser } from './webhookDeliveries.js';
import { createRepositoryLister } from './repositories.js';
import { createWebhookManager } from './webhooks.js';

export function createGitHubAdapter(options: GitHubClientOptions & { webUrl: string; app: OAuthApp | null }): ProviderAdapter {
  return {
    id: 'GITHUB',
    slug: 'github',
    name: 'GitHub',
    capabilities: { listResources: true, configureResources: true, webhooks: true },
    resources: createRepositoryLister(options),
    webhooks: createWebhookManager(options),
    documents: createDocumentSource(options),
    webhookParser: gitHubWebhookParser,
    oauth: { flow: createGitHubOAuthFlow(options), app: options.app },
  };
}
