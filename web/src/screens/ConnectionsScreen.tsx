// The organization's connections, newest first, each with its status, how much of it is selected, how its last sync
// went and Disconnect; and a Connect button for each provider the picker can pick from whose OAuth app the gateway has.
import { useState } from 'react';
import { useQuery } from 'urql';
import { ConnectButton } from '../components/ConnectButton';
import { CursorPager, useCursorPages } from '../components/CursorPager';
import { ErrorNotice } from '../components/ErrorNotice';
import { connectionStatusLabel, formatDateTime, labelsOfKinds, plural, resourceWords, syncStatusLabel } from '../components/labels';
import { RouteLink } from '../components/RouteLink';
import { useHeadingFocus } from '../components/useHeadingFocus';
import { graphql } from '../gql';
import { DisconnectButton } from './DisconnectButton';

const PAGE_SIZE = 25;

const Connections = graphql(`
  query PickerConnections($first: Int!, $after: String) {
    providers {
      id
      name
      oauthConfigured
      capabilities {
        connect
        configureResources
        resourceKinds {
          label
          pluralLabel
        }
      }
    }
    connections(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          provider
          status
          accountLogin
          createdAt
          # Both batched across the page (one query each for all its connections).
          configuredResources {
            id
          }
          latestSync {
            id
            status
            createdAt
            finishedAt
          }
        }
      }
    }
  }
`);

export function ConnectionsScreen() {
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: Connections,
    variables: { first: PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const heading = useHeadingFocus<HTMLHeadingElement>('connections');
  const [disconnected, setDisconnected] = useState<string | null>(null);
  const providers = new Map(data?.providers.map((provider) => [provider.id, provider]));
  const connections = data?.connections;
  const connectable = (data?.providers ?? []).filter(
    (provider) => provider.oauthConfigured && provider.capabilities.connect && provider.capabilities.configureResources,
  );

  return (
    <section aria-labelledby="connections-heading">
      <h1 id="connections-heading" ref={heading} tabIndex={-1}>
        Connections
      </h1>
      <div className="actions">
        {connectable.map((provider) => (
          <ConnectButton key={provider.id} provider={provider.id} label={`Connect ${provider.name}`} />
        ))}
      </div>
      {disconnected && (
        <p role="status" className="notice notice-info">
          {disconnected}
        </p>
      )}
      {error && !data && <ErrorNotice requestError={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {!data && fetching && <p role="status">Loading connections…</p>}
      {connections?.totalCount === 0 && (
        <p role="status" className="empty">
          No connections yet. Connect an account to choose what to sync from it.
        </p>
      )}
      {connections && connections.edges.length > 0 && (
        <>
          <table>
            <caption>{plural(connections.totalCount, 'connection')}</caption>
            <thead>
              <tr>
                <th scope="col">Provider</th>
                <th scope="col">Account</th>
                <th scope="col">Status</th>
                <th scope="col">Selected</th>
                <th scope="col">Last sync</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {connections.edges.map(({ node }) => {
                const provider = providers.get(node.provider);
                const providerName = provider?.name ?? node.provider;
                const words = resourceWords(labelsOfKinds(provider?.capabilities.resourceKinds ?? []));
                // Named by what a person knows it by: its account, or (not connected yet) when it was started.
                const account = node.accountLogin ?? `started ${formatDateTime(node.createdAt)}`;
                const sync = node.latestSync;
                return (
                  <tr key={node.id}>
                    <th scope="row">
                      <RouteLink connectionId={node.id}>
                        {providerName}
                        <span className="visually-hidden"> connection {account}</span>
                      </RouteLink>
                    </th>
                    <td>{node.accountLogin ?? <span className="hint">Started {formatDateTime(node.createdAt)}</span>}</td>
                    <td>{connectionStatusLabel[node.status]}</td>
                    <td>{plural(node.configuredResources.length, words.one, words.many)}</td>
                    <td>
                      {sync ? (
                        <>
                          {syncStatusLabel[sync.status].replace(/^./, (first) => first.toUpperCase())}
                          <br />
                          <span className="hint">{formatDateTime(sync.finishedAt ?? sync.createdAt)}</span>
                        </>
                      ) : (
                        <span className="hint">Never</span>
                      )}
                    </td>
                    <td>
                      <DisconnectButton
                        connectionId={node.id}
                        name={`${providerName} connection ${account}`}
                        selected={plural(node.configuredResources.length, words.one, words.many)}
                        onDisconnected={(summary) => {
                          setDisconnected(summary);
                          refetch({ requestPolicy: 'network-only' });
                        }}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <CursorPager label="Connection pages" pages={pages} pageInfo={connections.pageInfo} />
        </>
      )}
    </section>
  );
}
