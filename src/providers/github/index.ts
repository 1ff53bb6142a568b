// GitHub: repositories as resources (GraphQL), their files as documents, push webhooks (REST).
import { adapterOf } from '../adapter.js';
import type { ProviderModule, ProviderSettings } from '../types.js';
import type { GitHubClientOptions } from './client.js';
import { createDocumentSource } from './documents.js';
import { manifest } from './manifest.js';
import { createGitHubOAuthFlow } from './oauth.js';
import { createRepositoryLister } from './repositories.js';
import { gitHubWebhookParser } from './webhookDeliveries.js';
import { createWebhookManager } from './webhooks.js';

function clientOptions(settings: ProviderSettings): GitHubClientOptions {
  return { apiUrl: settings.variables.GITHUB_API_URL ?? manifest.variables.GITHUB_API_URL.default, ...settings.upstream };
}

export const github: ProviderModule = {
  manifest,
  createAdapter(settings) {
    const options = clientOptions(settings);
    return adapterOf(manifest, {
      oauth: { flow: createGitHubOAuthFlow(options, settings.variables), app: settings.oauthApp },
      resources: createRepositoryLister(options),
      documents: createDocumentSource(options),
      webhooks: { manager: createWebhookManager(options), parser: gitHubWebhookParser },
    });
  },
};
