// What the sync stored for a connection, 25 a page.
import { useEffect, useEffectEvent, useId } from 'react';
import { useQuery } from 'urql';
import { CursorPager, useCursorPages } from '../components/CursorPager';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatBytes, formatDateTime, plural, type ResourceLabels } from '../components/labels';
import { graphql } from '../gql';

const PAGE_SIZE = 25;

const Documents = graphql(`
  query PickerDocuments($id: ID!, $first: Int!, $after: String) {
    connection(id: $id) {
      __typename
      ... on Connection {
        id
        documents(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              path
              resourceName
              size
              updatedAt
            }
          }
        }
      }
    }
  }
`);

/** `refreshKey` changes when a sync run finishes, so the list shows what it stored. */
export function DocumentList({ connectionId, refreshKey, labels }: { connectionId: string; refreshKey: number; labels: ResourceLabels }) {
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: Documents,
    variables: { id: connectionId, first: PAGE_SIZE, after: pages.after },
  });
  const headingId = useId();

  // Refetch when refreshKey changes, and only then: refetch itself changes with every page turned.
  const reloadDocuments = useEffectEvent(() => refetch({ requestPolicy: 'network-only' }));
  useEffect(() => {
    if (refreshKey > 0) reloadDocuments();
  }, [refreshKey]);

  const documents = data?.connection.__typename === 'Connection' ? data.connection.documents : null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Documents</h2>
      {error && !data && <ErrorNotice requestError={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {!documents && fetching && <p role="status">Loading documents…</p>}
      {documents?.totalCount === 0 && <p className="empty">No documents yet. They appear here once a sync has stored them.</p>}
      {documents && documents.totalCount > 0 && (
        <>
          <table aria-busy={fetching}>
            <caption>{plural(documents.totalCount, 'document')}</caption>
            <thead>
              <tr>
                <th scope="col">Path</th>
                <th scope="col">{labels.label}</th>
                <th scope="col">Size</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {documents.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">{node.path}</th>
                  <td>{node.resourceName}</td>
                  <td>{formatBytes(node.size)}</td>
                  <td>{formatDateTime(node.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <CursorPager label="Document pages" pages={pages} pageInfo={documents.pageInfo} />
        </>
      )}
    </section>
  );
}
