// GitHub (github.com, or GitHub Enterprise Server through GITHUB_API_URL and GITHUB_WEB_URL).
import type { ProviderManifest } from '../manifest.js';

export const manifest = {
  id: 'GITHUB',
  slug: 'github',
  name: 'GitHub',
  oauth: {
    clientIdVariable: 'GITHUB_CLIENT_ID',
    clientSecretVariable: 'GITHUB_CLIENT_SECRET',
    authorizeUrl: '{GITHUB_WEB_URL}/login/oauth/authorize',
    tokenUrl: '{GITHUB_WEB_URL}/login/oauth/access_token',
    // Repositories and their webhooks (ignored by GitHub Apps, whose permissions are set on the app).
    scopes: ['repo', 'admin:repo_hook'],
  },
  variables: {
    GITHUB_API_URL: {
      kind: 'url',
      default: 'https://api.github.com',
      description: "GitHub's REST base; for GitHub Enterprise Server https://HOST/api/v3 (GraphQL then goes to /api/graphql)",
    },
    GITHUB_WEB_URL: { kind: 'url', default: 'https://github.com', description: "GitHub's web host (OAuth)" },
  },
  resourceKinds: [{ kind: 'repository', label: 'Repository', pluralLabel: 'Repositories' }],
  documentType: 'github_markdown',
} as const satisfies ProviderManifest;
