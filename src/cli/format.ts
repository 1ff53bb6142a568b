import type { ApiKeySummary } from '../modules/auth/apiKeys.js';

const when = (date: Date | null) => (date ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : '-');

/** A plain-text table of API keys, one row per key, aligned for a terminal. */
export function formatApiKeyTable(keys: ApiKeySummary[]): string {
  const header = ['PREFIX', 'ORGANIZATION', 'LABEL', 'CREATED', 'LAST USED', 'STATUS'];
  const rows = [
    header,
    ...keys.map((key) => [
      key.prefix,
      key.organization,
      key.label ?? '-',
      when(key.createdAt),
      when(key.lastUsedAt),
      key.revokedAt ? `revoked ${when(key.revokedAt)}` : 'active',
    ]),
  ];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
