// What happened to a connection lately, from the gateway's event log: connected, selection saved, syncs and their
// counts, the grant lost. The same events an app receives as webhooks.
import { useEffect, useEffectEvent, useId } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { eventSummary, formatDateTime } from '../components/labels';
import { graphql } from '../gql';

const RecentConnectionEvents = graphql(`
  query PickerRecentEvents($id: ID!) {
    connection(id: $id) {
      __typename
      ... on Connection {
        id
        recentEvents(first: 8) {
          id
          type
          payload
          createdAt
        }
      }
    }
  }
`);

/** `refreshKey` changes when a sync run finishes or the selection is saved, so the list shows the new events. */
export function RecentEvents({ connectionId, refreshKey }: { connectionId: string; refreshKey: number }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: RecentConnectionEvents, variables: { id: connectionId } });
  const headingId = useId();
  const reloadEvents = useEffectEvent(() => refetch({ requestPolicy: 'network-only' }));
  useEffect(() => {
    if (refreshKey > 0) reloadEvents();
  }, [refreshKey]);

  const events = data?.connection.__typename === 'Connection' ? data.connection.recentEvents : null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Recent events</h2>
      {error && !data && <ErrorNotice requestError={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {!events && fetching && <p role="status">Loading events…</p>}
      {events?.length === 0 && <p className="empty">Nothing has happened to this connection yet.</p>}
      {events && events.length > 0 && (
        <ul className="event-list" aria-labelledby={headingId}>
          {events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time> {eventSummary(event.type, event.payload)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
