// Words for the enums the gateway returns.
import type { ConnectionStatus, SyncRunStatus } from '../gql/graphql';

export const connectionStatusLabel: Record<ConnectionStatus, string> = {
  ACTIVE: 'Active',
  PENDING: 'Waiting for authorization',
  REAUTHORIZATION_REQUIRED: 'Needs reconnecting',
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

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
