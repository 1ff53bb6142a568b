// Notion: connects through its public OAuth integration; resources and sync are not implemented yet.
import type { ProviderManifest } from '../manifest.js';

export const manifest = {
  id: 'NOTION',
  slug: 'notion',
  name: 'Notion',
  oauth: {
    clientIdVariable: 'NOTION_CLIENT_ID',
    clientSecretVariable: 'NOTION_CLIENT_SECRET',
    authorizeUrl: 'https://api.notion.com/v1/oauth/authorize',
    tokenUrl: 'https://api.notion.com/v1/oauth/token',
    scopes: [],
  },
  resourceKinds: [],
  documentType: 'notion_doc',
} as const satisfies ProviderManifest;
