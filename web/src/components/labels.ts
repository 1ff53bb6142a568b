// Words for the enums the gateway returns.
import type { ConnectionStatus, EventType, SyncRunStatus } from '../gql/graphql';

export const connectionStatusLabel: Record<ConnectionStatus, string> = {
  ACTIVE: 'Active',
  PENDING: 'Waiting for authorization',
  REAUTHORIZATION_REQUIRED: 'Needs reconnecting',
  DELETED: 'Deleted (documents kept)',
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
  /** The heading over the list, when it is not pluralLabel (several kinds: `Shared drives, files and folders`). */
  heading?: string;
}

/** For a provider that lists no kind of resource. */
export const genericResourceLabels: ResourceLabels = { label: 'Resource', pluralLabel: 'Resources' };

/**
 * The words for everything a provider lists: its one kind's labels, or its kinds together (`Shared drives, files
 * and folders`, `Item`) when it lists several.
 */
export function labelsOfKinds(kinds: readonly ResourceLabels[]): ResourceLabels {
  const [first, ...rest] = kinds;
  if (!first) return genericResourceLabels;
  if (rest.length === 0) return first;
  const words = kinds.map((kind, index) => (index === 0 ? kind.pluralLabel : kind.pluralLabel.toLowerCase()));
  // Counted as items ("3 items selected"); the heading names the kinds.
  return { label: 'Item', pluralLabel: 'Items', heading: `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}` };
}

/** `repository`, `repositories`: the labels as words inside a sentence. */
export function resourceWords(labels: ResourceLabels): { one: string; many: string } {
  return { one: labels.label.toLowerCase(), many: labels.pluralLabel.toLowerCase() };
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One event of the log in a sentence. */
export function eventSummary(type: EventType, payload: unknown): string {
  const data = (payload ?? {}) as Record<string, unknown>;
  const count = (key: string) => (typeof data[key] === 'number' ? data[key] : 0);
  switch (type) {
    case 'CONNECTION_CREATED':
      return 'Connection started.';
    case 'CONNECTION_AUTHORIZED':
      return 'Connected.';
    case 'CONNECTION_RECOVERED':
      return 'Reconnected.';
    case 'CONNECTION_REAUTHORIZATION_REQUIRED':
      return 'The provider stopped accepting the grant: reconnect it.';
    case 'CONNECTION_DELETED':
      return 'Connection deleted.';
    case 'SELECTION_CHANGED':
      return `Selection saved: ${plural(count('selected'), 'item')} selected.`;
    case 'SYNC_STARTED':
      return 'Sync started.';
    case 'SYNC_FINISHED': {
      const status =
        typeof data.status === 'string' && data.status in syncStatusLabel ? syncStatusLabel[data.status as SyncRunStatus] : 'finished';
      return `Sync finished, ${status}: ${count('added')} added, ${count('updated')} updated, ${count('deleted')} deleted.`;
    }
    case 'DOCUMENTS_LIMIT_REACHED':
      return `Document limit reached: ${plural(count('skipped'), 'new file')} not stored.`;
    case 'WEBHOOK_ENDPOINT_DISABLED':
      return 'A webhook endpoint was disabled after failing for too long.';
  }
}
