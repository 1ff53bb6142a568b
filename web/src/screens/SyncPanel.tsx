// The connection's sync: a progress bar fed live by the syncProgress subscription, then the run's counts. Runs
// executed elsewhere (a separate worker process) send no events, so a queued or running run is also polled.
import { useEffect, useEffectEvent, useId, type ReactNode } from 'react';
import { useMutation, useSubscription } from 'urql';
import { ReconnectButton } from '../components/ConnectButton';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatDateTime, plural, resourceWords, syncStatusLabel, type ResourceLabels } from '../components/labels';
import { graphql } from '../gql';
import type { PickerConnectionQuery, PickerSyncProgressSubscription, SyncRunStatus } from '../gql/graphql';

const SyncProgress = graphql(`
  subscription PickerSyncProgress($connectionId: ID!) {
    syncProgress(connectionId: $connectionId) {
      type
      runId
      resource
      resources
      filesDone
      filesTotal
      status
      added
      updated
      deleted
    }
  }
`);

const SyncNow = graphql(`
  mutation PickerSyncNow($id: ID!) {
    syncConnection(id: $id) {
      __typename
      ... on SyncConnectionPayload {
        run {
          id
          status
        }
      }
      ... on Error {
        ...PickerError
      }
    }
  }
`);

type LatestSync = NonNullable<Extract<PickerConnectionQuery['connection'], { __typename: 'Connection' }>['latestSync']>;
type ProgressEvent = PickerSyncProgressSubscription['syncProgress'];

/** What the live events have told about the current run. */
interface LiveRun {
  runId: string;
  resourcesTotal: number;
  resourcesDone: number;
  resource: string | null;
  filesDone: number;
  filesTotal: number;
  finished: { status: string; added: number; updated: number; deleted: number } | null;
}

function foldProgress(previous: LiveRun | undefined, event: ProgressEvent): LiveRun {
  const run: LiveRun =
    previous?.runId === event.runId && event.type !== 'STARTED'
      ? { ...previous }
      : { runId: event.runId, resourcesTotal: 0, resourcesDone: 0, resource: null, filesDone: 0, filesTotal: 0, finished: null };
  switch (event.type) {
    case 'STARTED':
      run.resourcesTotal = event.resources ?? 0;
      break;
    case 'RESOURCE':
      run.resource = event.resource ?? run.resource;
      run.filesDone = event.filesDone ?? 0;
      run.filesTotal = event.filesTotal ?? 0;
      break;
    case 'RESOURCE_DONE':
      run.resourcesDone += 1;
      run.filesDone = run.filesTotal;
      break;
    case 'FINISHED':
      run.finished = {
        status: event.status ?? 'SUCCEEDED',
        added: event.added ?? 0,
        updated: event.updated ?? 0,
        deleted: event.deleted ?? 0,
      };
      break;
  }
  return run;
}

function percentDone(run: LiveRun): number {
  if (run.finished) return 100;
  if (run.resourcesTotal === 0) return 0;
  const current = run.filesTotal > 0 ? run.filesDone / run.filesTotal : 0;
  return Math.min(99, Math.floor(((run.resourcesDone + current) / run.resourcesTotal) * 100));
}

// A FINISHED event's status is a plain string: a status this build has no word for is shown as it comes.
const finishedLabel = (status: string) =>
  Object.hasOwn(syncStatusLabel, status) ? syncStatusLabel[status as SyncRunStatus] : status.toLowerCase();
const counts = (added: number, updated: number, deleted: number) => `${added} added, ${updated} updated, ${deleted} deleted`;

interface SyncPanelProps {
  connectionId: string;
  latestSync: LatestSync | null;
  /** What the provider calls its resources. */
  labels: ResourceLabels;
  /** Whether Sync now makes sense: an authorized connection with a saved selection. */
  canSync: boolean;
  onRunFinished: () => void;
  /** Reads the connection's latest run again. */
  onRefresh: () => void;
}

export function SyncPanel({ connectionId, latestSync, labels, canSync, onRunFinished, onRefresh }: SyncPanelProps) {
  const words = resourceWords(labels);
  const [{ data: live }] = useSubscription({ query: SyncProgress, variables: { connectionId } }, (previous: LiveRun | undefined, data) =>
    foldProgress(previous, data.syncProgress),
  );
  const [syncNow, startSync] = useMutation(SyncNow);
  const ids = { heading: useId(), progress: useId() };

  // The parent's callbacks are new functions on every render: effect events call the latest ones without making
  // the effects below start again (once per finished run, and one polling timer while waiting).
  const runFinished = useEffectEvent(() => onRunFinished());
  const refresh = useEffectEvent(() => onRefresh());

  const finishedRunId = live?.finished ? live.runId : null;
  useEffect(() => {
    if (finishedRunId) runFinished();
  }, [finishedRunId]);

  // The live run is the one to show unless it finished and a newer run has been queued since.
  const showLive = live && (!latestSync || live.runId === latestSync.id || !live.finished);
  // No live events for a run that is queued or running: ask again every few seconds until it ends.
  const waiting = !showLive && (latestSync?.status === 'QUEUED' || latestSync?.status === 'RUNNING');
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => refresh(), 3000);
    return () => clearInterval(timer);
  }, [waiting]);

  const sync = async () => {
    const { data } = await startSync({ id: connectionId });
    if (data?.syncConnection.__typename === 'SyncConnectionPayload') onRefresh();
  };
  const outcome = syncNow.data?.syncConnection;
  const waitingState = latestSync?.status === 'QUEUED' ? 'queued' : 'running';

  // One sentence on where the sync stands, read out when it changes.
  let summary: ReactNode = null;
  if (showLive) {
    if (live.finished) {
      const { status, added, updated, deleted } = live.finished;
      summary = (
        <p className="notice notice-success">
          Sync {finishedLabel(status)}: {counts(added, updated, deleted)}.
        </p>
      );
    }
  } else if (waiting) {
    summary = <p>Sync {waitingState}…</p>;
  } else if (latestSync) {
    summary = (
      <p>
        Last sync {syncStatusLabel[latestSync.status]}
        {latestSync.finishedAt ? ` at ${formatDateTime(latestSync.finishedAt)}` : ''}:{' '}
        {counts(latestSync.documentsAdded, latestSync.documentsUpdated, latestSync.documentsDeleted)}.
      </p>
    );
  } else {
    summary = <p className="empty">Not synced yet: select {words.many} and save.</p>;
  }

  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Sync</h2>
      {showLive ? (
        <>
          <label htmlFor={ids.progress}>Sync progress</label>
          <progress id={ids.progress} max={100} value={percentDone(live)} aria-valuetext={`${percentDone(live)}%`}>
            {percentDone(live)}%
          </progress>
          {!live.finished && (
            <p className="hint">
              {live.resource ? `Syncing ${live.resource}: ${live.filesDone} of ${live.filesTotal} files. ` : 'Sync started. '}
              {live.resourcesDone} of {plural(live.resourcesTotal, words.one, words.many)} done.
            </p>
          )}
        </>
      ) : waiting ? (
        <>
          <label htmlFor={ids.progress}>Sync progress</label>
          <progress id={ids.progress} aria-valuetext={`Sync ${waitingState}`} />
        </>
      ) : null}
      <div aria-live="polite">{summary}</div>
      {latestSync && latestSync.failures.length > 0 && !waiting && (
        <ul className="failures" aria-label={`${labels.pluralLabel} that could not be synced`}>
          {latestSync.failures.map((failure) => (
            <li key={failure.resource}>
              {failure.resource}: {failure.reason}
            </li>
          ))}
        </ul>
      )}
      {latestSync && latestSync.skippedFiles.length > 0 && !waiting && (
        <details className="skipped">
          <summary>{plural(latestSync.skippedFiles.length, 'file')} not synced (not a supported type, or too large)</summary>
          <ul aria-label="Files not synced">
            {latestSync.skippedFiles.map((file) => (
              <li key={`${file.resource}/${file.path}`}>
                {file.path}: {file.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {canSync && (
        <div className="actions">
          <button type="button" onClick={() => void sync()} disabled={syncNow.fetching}>
            Sync now
          </button>
        </div>
      )}
      {outcome && outcome.__typename !== 'SyncConnectionPayload' && (
        <ErrorNotice error={outcome} reconnect={<ReconnectButton connectionId={connectionId} label="Reconnect" />} />
      )}
      {syncNow.error && !outcome && <ErrorNotice requestError={syncNow.error} onRetry={() => void sync()} />}
    </section>
  );
}
