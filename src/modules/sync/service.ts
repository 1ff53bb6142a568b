// Sync for the API: a connection's runs and documents, a run on request, and its progress as it happens.
import { requireCapability } from '../../providers/capabilities.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import type { IdPage } from '../../lib/idPage.js';
import { assertUsableCredentials } from '../connections/credentials.js';
import type { Connection } from '../connections/storage.js';
import type { SyncProgress } from './progress.js';
import type { SyncProgressHub } from './progressHub.js';
import type { SyncRequests } from './requests.js';
import { readFeed, type FeedQuery } from '../../lib/positionFeed.js';
import type { DocumentChange, DocumentScope, DocumentSummary, SyncRun, SyncScope, SyncStorage, SyncTriggerName } from './storage.js';

export const MAX_CHANGES_PAGE = 1_000;
export const DEFAULT_CHANGES_PAGE = 100;

/** A page of a connection's change feed; endCursor is where the next starts (kept on an empty page). */
export interface ChangePage {
  changes: DocumentChange[];
  endCursor: string | null;
  hasMore: boolean;
}

export class SyncService {
  constructor(
    private readonly options: { storage: SyncStorage; requests: SyncRequests; progress: SyncProgressHub; providers: ProviderRegistry },
  ) {}

  /** The most recent run of each connection, batched. */
  latest(connectionIds: readonly string[]): Promise<Map<string, SyncRun>> {
    return this.options.storage.latest(connectionIds);
  }

  runs(connectionId: string, page: IdPage): Promise<SyncRun[]> {
    return this.options.storage.runs(connectionId, page);
  }

  runCount(connectionId: string): Promise<number> {
    return this.options.storage.runCount(connectionId);
  }

  documents(scope: DocumentScope, page: IdPage): Promise<DocumentSummary[]> {
    return this.options.storage.documents(scope, page);
  }

  /** The documents of these connections, most recently first synced first, at most `limit`. */
  latestDocuments(connectionIds: readonly string[], limit: number): Promise<DocumentSummary[]> {
    return this.options.storage.latestDocuments(connectionIds, limit);
  }

  documentCount(scope: DocumentScope): Promise<number> {
    return this.options.storage.documentCount(scope);
  }

  content(documentId: string): Promise<string> {
    return this.options.storage.content(documentId);
  }

  /** The connection's document changes after a cursor, in commit order. */
  async changes(connectionId: string, query: FeedQuery, names = { after: 'after', first: 'first' }): Promise<ChangePage> {
    const { rows: changes, ...page } = await readFeed(
      query,
      { defaultSize: DEFAULT_CHANGES_PAGE, maxSize: MAX_CHANGES_PAGE, names },
      (after, limit) => this.options.storage.changes(connectionId, after, limit),
    );
    return { changes, ...page };
  }

  /** Queues a sync of the connection, or of one resource of it (joining a run already queued). */
  request(connectionId: string, trigger: SyncTriggerName, scope: SyncScope | null): Promise<SyncRun> {
    return this.options.requests.request(connectionId, trigger, scope);
  }

  /** Queues a sync of every configured resource now (joining a run already queued). */
  syncNow(connection: Connection): Promise<SyncRun> {
    requireCapability(this.options.providers.get(connection.provider), 'sync');
    assertUsableCredentials(connection);
    return this.options.requests.request(connection.id, 'MANUAL', null);
  }

  /** The progress of the connection's runs executed by this process's workers, as they happen. */
  progressOf(connectionId: string): AsyncIterable<SyncProgress> {
    return this.options.progress.subscribe(connectionId);
  }
}
