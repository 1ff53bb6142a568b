import type { ApiKeySummary } from '../auth/apiKeys.js';

const when = (date: Date | null) => (date ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : '-');

/** A plain-text table of API keys, one row per key, aligned for a terminal. */
export function formatApiKeyTable(keys: ApiKeySummary[]): string {
  const rows = [
    ['PREFIX', 'ORGANIZATION', 'LABEL', 'CREATED', 'LAST USED', 'STATUS'],
    ...keys.map((key) => [
      key.prefix,
      key.organization,
      key.label ?? '-',
      when(key.createdAt),
      when(key.lastUsedAt),
      key.revokedAt ? `revoked ${when(key.revokedAt)}` : 'active',
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
