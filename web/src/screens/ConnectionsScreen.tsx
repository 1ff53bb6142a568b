// The organization's connections, newest first, and a Connect button for each provider the picker can pick from
// whose OAuth app the gateway has.
import { useQuery } from 'urql';
import { ConnectButton } from '../components/ConnectButton';
import { CursorPager, useCursorPages } from '../components/CursorPager';
import { ErrorNotice } from '../components/ErrorNotice';
import { connectionStatusLabel, formatDateTime, plural } from '../components/labels';
import { RouteLink } from '../components/RouteLink';
import { useHeadingFocus } from '../components/useHeadingFocus';
import { graphql } from '../gql';

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
  const names = new Map(data?.providers.map((provider) => [provider.id, provider.name]));
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
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {connections.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <RouteLink connectionId={node.id}>
                      {names.get(node.provider) ?? node.provider}
                      <span className="visually-hidden"> connection {node.accountLogin ?? node.id}</span>
                    </RouteLink>
                  </th>
                  <td>{node.accountLogin ?? '—'}</td>
                  <td>{connectionStatusLabel[node.status]}</td>
                  <td>{formatDateTime(node.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <CursorPager label="Connection pages" pages={pages} pageInfo={connections.pageInfo} />
        </>
      )}
    </section>
  );
}
