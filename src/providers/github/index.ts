// GitHub: repositories as resources (GraphQL), push webhooks (REST).
import type { OAuthApp, ProviderAdapter } from '../types';
import type { GitHubClientOptions } from './client';
import { createDocumentSource } from './documents';
import { createGitHubOAuthFlow } from './oauth';
import { gitHubWebhookParser } from './webhookDeliveries';
import { createRepositoryLister } from './repositories';
import { createWebhookManager } from './webhooks';

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
