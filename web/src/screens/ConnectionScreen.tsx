// One connection: its resources to pick from (named as its provider names them), its sync, and what the sync stored.
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { ReconnectButton } from '../components/ConnectButton';
import { ErrorNotice } from '../components/ErrorNotice';
import { connectionStatusLabel, formatDateTime, labelsOfKinds } from '../components/labels';
import { RouteLink } from '../components/RouteLink';
import { useHeadingFocus } from '../components/useHeadingFocus';
import { graphql } from '../gql';
import { clearNotice, navigate } from '../navigation';
import { DocumentList } from './DocumentList';
import { RecentEvents } from './RecentEvents';
import { ResourcePicker } from './ResourcePicker';
import { SyncPanel } from './SyncPanel';

const ConnectionDetails = graphql(`
  query PickerConnection($id: ID!) {
    providers {
      id
      name
    }
    connection(id: $id) {
      __typename
      ... on Connection {
        id
        provider
        status
        accountLogin
        createdAt
        capabilities {
          listResources
          configureResources
          resourceKinds {
            kind
            label
            pluralLabel
            contains
          }
        }
        configuredResources {
          id
          resourceId
          name
          defaultBranch
          webhookActive
        }
        latestSync {
          id
          status
          documentsAdded
          documentsUpdated
          documentsDeleted
          finishedAt
          failures {
            resource
            reason
          }
          skippedFiles {
            resource
            path
            reason
          }
        }
      }
    }
  }
`);

export function ConnectionScreen({ connectionId }: { connectionId: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ConnectionDetails,
    variables: { id: connectionId },
    requestPolicy: 'cache-and-network',
  });
  const [finishedRuns, setFinishedRuns] = useState(0);
  // After a save, a finished run, or while a run is awaited: read the connection again, bypassing the cache.
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const heading = useHeadingFocus<HTMLHeadingElement>(data?.connection.__typename);
  const connection = data?.connection.__typename === 'Connection' ? data.connection : null;

  // An unknown id (deleted, mistyped, or another organization's) goes back to the list and says why.
  useEffect(() => {
    if (data?.connection.__typename === 'ConnectionNotFoundError') {
      navigate(null, { replace: true, notice: 'That connection does not exist (any more). Here are the ones that do.' });
    }
  }, [data?.connection.__typename]);

  const backLink = <RouteLink connectionId={null}>← All connections</RouteLink>;
  if (!connection) {
    return (
      <section>
        {backLink}
        {error && !data ? <ErrorNotice requestError={error} onRetry={reload} /> : fetching && <p role="status">Loading the connection…</p>}
      </section>
    );
  }

  const providerName = data?.providers.find((provider) => provider.id === connection.provider)?.name ?? connection.provider;
  const labels = labelsOfKinds(connection.capabilities.resourceKinds);
  return (
    <section aria-labelledby="connection-heading">
      {backLink}
      <h1 id="connection-heading" ref={heading} tabIndex={-1}>
        {providerName} connection{connection.accountLogin ? `: ${connection.accountLogin}` : ''}
      </h1>
      <p>
        Status: <strong>{connectionStatusLabel[connection.status]}</strong>
      </p>
      {connection.status === 'DELETED' && (
        <p className="notice notice-info">This connection was deleted with its documents kept: they are listed below, no longer updated.</p>
      )}
      {connection.status === 'PENDING' && (
        // Not an error: the OAuth round trip was started and never finished (closed tab, Back, a denial).
        <div className="notice notice-neutral">
          <p>
            Connecting {providerName} was started on {formatDateTime(connection.createdAt)} but not finished: {providerName} has not
            authorized it yet. Finish connecting to pick what to sync.
          </p>
          <ReconnectButton connectionId={connection.id} label="Finish connecting" />
        </div>
      )}
      {connection.status === 'REAUTHORIZATION_REQUIRED' && (
        <div className="notice notice-warning">
          <p>{providerName} no longer accepts this connection's grant. Reconnect to keep syncing; the selection stays as it is.</p>
          <ReconnectButton connectionId={connection.id} label="Reconnect" />
        </div>
      )}
      {/* Only an authorized connection can list what it reaches: the others say what to do above, once. */}
      {connection.status === 'ACTIVE' && (
        <ResourcePicker
          connectionId={connection.id}
          configured={connection.configuredResources}
          labels={labels}
          containerKinds={connection.capabilities.resourceKinds.filter((kind) => kind.contains).map((kind) => kind.kind)}
          onSaved={() => {
            // "Connected. Pick what to sync." is done with once something is picked.
            clearNotice();
            reload();
          }}
        />
      )}
      {connection.status === 'DELETED' && <DocumentList connectionId={connection.id} refreshKey={finishedRuns} labels={labels} />}
      {(connection.status === 'ACTIVE' || connection.status === 'REAUTHORIZATION_REQUIRED') &&
        connection.capabilities.configureResources && (
          <>
            <SyncPanel
              connectionId={connection.id}
              latestSync={connection.latestSync ?? null}
              labels={labels}
              canSync={connection.status === 'ACTIVE' && connection.configuredResources.length > 0}
              onRunFinished={() => {
                setFinishedRuns((count) => count + 1);
                reload();
              }}
              onRefresh={reload}
            />
            <DocumentList connectionId={connection.id} refreshKey={finishedRuns} labels={labels} />
          </>
        )}
      <RecentEvents connectionId={connection.id} refreshKey={finishedRuns} />
    </section>
  );
}
