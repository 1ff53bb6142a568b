// Words for the enums the gateway returns.
import type { ConnectionStatus, SyncRunStatus } from '../gql/graphql';

export const connectionStatusLabel: Record<ConnectionStatus, string> = {
  ACTIVE: 'Active',
  PENDING: 'Waiting for authorization',
  REAUTHORIZATION_REQUIRED: 'Needs reconnecting',
  DELETED: 'Deleted',
};

export const syncStatusLabel: Record<SyncRunStatus, string> = {
  QUEUED: 'queued',
  RUNNING: 'running',
  SUCCEEDED: 'succeeded',
  PARTIAL: 'partly succeeded',
  FAILED: 'failed',
};

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString();
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** How a provider's resources are named (its ResourceKind: `Repository` / `Repositories`), for headings and sentences. */
export interface ResourceLabels {
  label: string;
  pluralLabel: string;
}

/** For a provider that lists no kind of resource. */
export const genericResourceLabels: ResourceLabels = { label: 'Resource', pluralLabel: 'Resources' };

/** `repository`, `repositories`: the labels as words inside a sentence. */
export function resourceWords(labels: ResourceLabels): { one: string; many: string } {
  return { one: labels.label.toLowerCase(), many: labels.pluralLabel.toLowerCase() };
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
