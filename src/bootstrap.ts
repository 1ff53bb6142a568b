// First start on an empty embedded database: create organization `default` with one API key, so GraphiQL and
// curl work right away. The key is returned to be shown once; it is never logged.
import type { Database } from './db/database.js';
import { DEFAULT_ORGANIZATION, type ApiKeyService } from './modules/auth/apiKeys.js';

export async function createFirstApiKey(db: Pick<Database, 'kind'>, apiKeys: ApiKeyService): Promise<string | null> {
  if (db.kind !== 'embedded' || (await apiKeys.anyOrganization())) return null;
  const { key } = await apiKeys.create({ organization: DEFAULT_ORGANIZATION, label: 'created on first start' });
  return key;
}

export function firstKeyBanner(key: string, publicUrl: string): string {
  const body = JSON.stringify({ query: '{ connections { totalCount } }' });
  return [
    '',
    `Created organization "${DEFAULT_ORGANIZATION}" and its first API key. It is shown only this once; store it now:`,
    '',
    `  ${key}`,
    '',
    'Try it:',
    `  curl -s ${publicUrl}/graphql -H 'Authorization: Bearer ${key}' -H 'Content-Type: application/json' -d '${body}'`,
    '',
    `GraphiQL: ${publicUrl}/graphql (put the key in the Authorization header)`,
    `Resource picker: ${publicUrl}/picker (asks for the key)`,
    'More keys: npm run gateway -- apikey create (also while the gateway runs)',
    '',
  ].join('\n');
}
