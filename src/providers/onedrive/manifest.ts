// OneDrive: connects through the Microsoft identity platform; resources and sync are not implemented yet.
import type { ProviderManifest } from '../manifest.js';

export const manifest = {
  id: 'ONEDRIVE',
  slug: 'onedrive',
  name: 'OneDrive',
  oauth: {
    clientIdVariable: 'MICROSOFT_CLIENT_ID',
    clientSecretVariable: 'MICROSOFT_CLIENT_SECRET',
    authorizeUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    tokenUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
    scopes: ['offline_access', 'User.Read', 'Files.Read.All'],
  },
  resourceKinds: [],
  documentType: 'onedrive',
} as const satisfies ProviderManifest;
