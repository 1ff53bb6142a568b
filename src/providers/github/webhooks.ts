// Repository webhooks through GitHub's REST API (GraphQL has no mutation for them).
import type { ProviderCredentials, ProviderResource, RegisteredWebhook, WebhookManager, WebhookTarget } from '../types.js';
import { createGitHubClient, translateGitHubError, type GitHubClientOptions } from './client.js';

interface HookFailure {
  status?: number;
  response?: { data?: { errors?: { message?: string }[] } };
}

function splitFullName(fullName: string): { owner: string; repo: string } {
  const [owner, repo] = fullName.split('/');
  return { owner: owner ?? '', repo: repo ?? '' };
}

function hookConfig(target: WebhookTarget) {
  return { url: target.url, content_type: 'json', secret: target.secret, insecure_ssl: '0' };
}

export function createWebhookManager(options: GitHubClientOptions): WebhookManager {
  return {
    async register(credentials: ProviderCredentials, resource: ProviderResource, target: WebhookTarget): Promise<RegisteredWebhook> {
      const client = createGitHubClient(credentials.accessToken, options);
      const { owner, repo } = splitFullName(resource.fullName);
      try {
        const created = await client.request('POST /repos/{owner}/{repo}/hooks', {
          owner,
          repo,
          name: 'web',
          active: true,
          events: ['push'],
          config: hookConfig(target),
        });
        return { webhookId: String(created.data.id), takenOver: false };
      } catch (error) {
        if (!isHookAlreadyExists(error)) throw translateGitHubError(error, 'register a webhook', resource.fullName);
      }
      // A hook for our URL is already there (an earlier run, or another gateway): take it over with our secret.
      try {
        const hooks = await client.request('GET /repos/{owner}/{repo}/hooks', { owner, repo, per_page: 100 });
        const existing = hooks.data.find((hook) => hook.config.url === target.url);
        if (!existing) throw new Error('GitHub reported an existing hook that is not listed');
        await client.request('PATCH /repos/{owner}/{repo}/hooks/{hook_id}', {
          owner,
          repo,
          hook_id: existing.id,
          active: true,
          events: ['push'],
          config: hookConfig(target),
        });
        return { webhookId: String(existing.id), takenOver: true };
      } catch (error) {
        throw translateGitHubError(error, 'take over the existing webhook', resource.fullName);
      }
    },

    async remove(credentials: ProviderCredentials, resource: { fullName: string }, webhookId: string): Promise<void> {
      const { owner, repo } = splitFullName(resource.fullName);
      try {
        await createGitHubClient(credentials.accessToken, options).request('DELETE /repos/{owner}/{repo}/hooks/{hook_id}', {
          owner,
          repo,
          hook_id: Number(webhookId),
        });
      } catch (error) {
        if ((error as HookFailure).status === 404) return;
        throw translateGitHubError(error, 'remove a webhook', resource.fullName);
      }
    },
  };
}

function isHookAlreadyExists(error: unknown): boolean {
  const failure = error as HookFailure;
  return failure.status === 422 && (failure.response?.data?.errors ?? []).some((entry) => /hook already exists/i.test(entry.message ?? ''));
}
