// A connection's resources (repositories, say), 30 a page, with a filter, checkboxes for the selection (pre-ticked from what is
// configured, kept across pages) and Save, which registers the webhooks and queues the first sync. Where resources
// hold others (Drive's folders), the list starts at the top and folders open, with a trail back up; a filter
// searches everything, however deep.
import { useEffect, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ReconnectButton } from '../components/ConnectButton';
import { ErrorNotice } from '../components/ErrorNotice';
import { plural, resourceWords, type ResourceLabels } from '../components/labels';
import { graphql } from '../gql';
import type { PickerConnectionQuery, ResourceSelectionInput } from '../gql/graphql';

export const PER_PAGE = 30;

const Resources = graphql(`
  query PickerResources($id: ID!, $page: Int!, $perPage: Int!, $search: String, $parentId: String) {
    connection(id: $id) {
      __typename
      ... on Connection {
        id
        resources(page: $page, perPage: $perPage, search: $search, parentId: $parentId) {
          __typename
          ... on ResourcePage {
            page
            perPage
            totalCount
            hasNextPage
            nodes {
              id
              kind
              name
              fullName
              description
              private
              defaultBranch
            }
          }
          ... on Error {
            ...PickerError
          }
        }
      }
      ... on Error {
        ...PickerError
      }
    }
  }
`);

const Configure = graphql(`
  mutation PickerConfigure($input: ConfigureConnectionInput!) {
    configureConnection(input: $input) {
      __typename
      ... on ConfigureConnectionPayload {
        webhooksRegistered
        configuredResources {
          id
          resourceId
          name
          defaultBranch
        }
      }
      ... on Error {
        ...PickerError
      }
    }
  }
`);

type Configured = Extract<PickerConnectionQuery['connection'], { __typename: 'Connection' }>['configuredResources'];

function selectionOf(
  configured: readonly Pick<Configured[number], 'resourceId' | 'name' | 'defaultBranch'>[],
): Map<string, ResourceSelectionInput> {
  return new Map(
    configured.map((resource) => [
      resource.resourceId,
      { id: resource.resourceId, name: resource.name, defaultBranch: resource.defaultBranch },
    ]),
  );
}

/** Whether two selections name different resources (what a save would change). */
function differs(selection: ReadonlyMap<string, unknown>, saved: ReadonlyMap<string, unknown>): boolean {
  return selection.size !== saved.size || [...selection.keys()].some((id) => !saved.has(id));
}

/** The filter's value once typing pauses, so each keystroke does not cost a request. */
function useSettled(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

interface ResourcePickerProps {
  connectionId: string;
  configured: Configured;
  /** What the provider calls its resources. */
  labels: ResourceLabels;
  /** The kinds of resource that hold others (folders): with any, the list is browsed from the top. */
  containerKinds: readonly string[];
  onSaved: () => void;
}

/** Where the list is browsed to: the trail of opened folders, from the top. */
interface Place {
  id: string;
  name: string;
}

const TOP: Place = { id: 'root', name: 'Top' };

export function ResourcePicker({ connectionId, configured, labels, containerKinds, onSaved }: ResourcePickerProps) {
  const words = resourceWords(labels);
  const [filter, setFilter] = useState('');
  const search = useSettled(filter.trim(), 250);
  const browsing = containerKinds.length > 0;
  const [trail, setTrail] = useState<Place[]>([TOP]);
  const here = trail[trail.length - 1] ?? TOP;
  // A filter searches everything; otherwise a browsable provider lists one folder at a time.
  const parentId = browsing && !search ? here.id : null;
  const listKey = `${search}\u0000${parentId ?? ''}`;
  // Every new search or folder starts at page 1, decided during render so no request asks for a stale page.
  const [chosenPage, setChosenPage] = useState({ listKey, page: 1 });
  if (chosenPage.listKey !== listKey) setChosenPage({ listKey, page: 1 });
  const page = chosenPage.listKey === listKey ? chosenPage.page : 1;
  const goToPage = (next: number) => setChosenPage({ listKey, page: next });
  const [selection, setSelection] = useState(() => selectionOf(configured));
  const [dirty, setDirty] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: Resources,
    variables: { id: connectionId, page, perPage: PER_PAGE, search: search || null, parentId },
  });
  const [saved, configure] = useMutation(Configure);
  const ids = { filter: useId(), heading: useId(), status: useId() };

  // The stored selection may arrive or change later (another tab, a save); it wins unless the user is editing.
  // Taken over during render, like the page above, whenever the stored selection or the editing state changes.
  const [seen, setSeen] = useState({ configured, dirty });
  if (seen.configured !== configured || seen.dirty !== dirty) {
    setSeen({ configured, dirty });
    if (!dirty) setSelection(selectionOf(configured));
  }

  const outer = data?.connection;
  const listing = outer?.__typename === 'Connection' ? outer.resources : outer;
  const retry = () => refetch({ requestPolicy: 'network-only' });

  if (listing && listing.__typename !== 'ResourcePage') {
    // Not supported, no credentials, rate limited, provider down: say so instead of showing a list.
    return (
      <section aria-labelledby={ids.heading}>
        <h2 id={ids.heading}>{labels.heading ?? labels.pluralLabel}</h2>
        <ErrorNotice error={listing} onRetry={retry} reconnect={<ReconnectButton connectionId={connectionId} label="Reconnect" />} />
      </section>
    );
  }

  const toggle = (resource: ResourceSelectionInput, checked: boolean) => {
    const next = new Map(selection);
    if (checked) next.set(resource.id, resource);
    else next.delete(resource.id);
    setSelection(next);
    // Ticking and unticking the same box again is no edit: the stored selection may take over again.
    setDirty(differs(next, selectionOf(configured)));
  };

  const save = async () => {
    const { data: result } = await configure({ input: { connectionId, resources: [...selection.values()] } });
    if (result?.configureConnection.__typename === 'ConfigureConnectionPayload') {
      setSelection(selectionOf(result.configureConnection.configuredResources));
      setDirty(false);
      onSaved();
    }
  };

  const outcome = saved.data?.configureConnection;
  // Save only does something when the selection differs from the stored one.
  const changed = dirty && differs(selection, selectionOf(configured));
  const pages = listing ? Math.max(1, Math.ceil(listing.totalCount / PER_PAGE)) : 1;
  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{labels.heading ?? labels.pluralLabel}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="filter">
          <label htmlFor={ids.filter}>Filter {words.many}</label>
          <input id={ids.filter} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} autoComplete="off" />
        </div>
        {browsing && !search && (
          <nav aria-label="Folder" className="trail">
            <ol>
              {trail.map((place, index) =>
                index === trail.length - 1 ? (
                  <li key={place.id} aria-current="location">
                    {place.name}
                  </li>
                ) : (
                  <li key={place.id}>
                    <button type="button" className="link-button" onClick={() => setTrail(trail.slice(0, index + 1))}>
                      {place.name}
                    </button>
                  </li>
                ),
              )}
            </ol>
          </nav>
        )}
        {error && !data && <ErrorNotice requestError={error} onRetry={retry} />}
        {!listing && fetching && <p role="status">Loading {words.many}…</p>}
        {listing && (
          <>
            <p id={ids.status} role="status" className="count">
              {search
                ? `${plural(listing.totalCount, words.one, words.many)} match “${search}”`
                : plural(listing.totalCount, words.one, words.many)}
              {listing.totalCount > 0 && ` · page ${listing.page} of ${pages}`}
              {fetching && ' · loading…'}
            </p>
            {listing.totalCount === 0 ? (
              <p className="empty">
                {search
                  ? `No ${words.one} matches the filter.`
                  : parentId !== null && parentId !== TOP.id
                    ? `${here.name} is empty.`
                    : `This connection cannot reach any ${words.one}.`}
              </p>
            ) : (
              <ul className="resources" aria-describedby={ids.status} aria-busy={fetching}>
                {listing.nodes.map((resource) => {
                  const checkboxId = `resource-${resource.id}`;
                  const opens = containerKinds.includes(resource.kind);
                  // Inside a folder its name says enough; a search shows where each match is.
                  const shown = parentId !== null ? resource.name : resource.fullName;
                  return (
                    <li key={resource.id}>
                      <input
                        id={checkboxId}
                        type="checkbox"
                        checked={selection.has(resource.id)}
                        onChange={(event) =>
                          toggle({ id: resource.id, name: resource.fullName, defaultBranch: resource.defaultBranch }, event.target.checked)
                        }
                        aria-describedby={resource.description ? `${checkboxId}-description` : undefined}
                      />
                      <label htmlFor={checkboxId}>{shown}</label>
                      {opens && (
                        <button
                          type="button"
                          className="link-button"
                          aria-label={`Open ${resource.name}`}
                          onClick={() => {
                            setFilter('');
                            setTrail([...(search ? [TOP] : trail), { id: resource.id, name: resource.name }]);
                          }}
                        >
                          Open
                        </button>
                      )}
                      {resource.private && <span className="badge">private</span>}
                      {resource.description && (
                        <span id={`${checkboxId}-description`} className="description">
                          {resource.description}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {pages > 1 && (
              <nav aria-label={`${labels.label} pages`} className="pager">
                <button type="button" disabled={page <= 1} onClick={() => goToPage(page - 1)}>
                  Previous page
                </button>
                <span aria-current="page">
                  Page {listing.page} of {pages}
                </span>
                <button type="button" disabled={!listing.hasNextPage} onClick={() => goToPage(page + 1)}>
                  Next page
                </button>
              </nav>
            )}
          </>
        )}
        <div className="actions sticky-actions">
          <button type="submit" disabled={saved.fetching || !listing || !changed}>
            {saved.fetching ? 'Saving…' : 'Save selection'}
          </button>
          <span className="hint">
            {plural(selection.size, words.one, words.many)} selected{changed ? ' (not saved yet)' : ''}
          </span>
        </div>
        <div aria-live="polite">
          {/* What the save did, as long as it stands; where the sync is (queued, running, done) is the Sync section's. */}
          {outcome?.__typename === 'ConfigureConnectionPayload' && !dirty && (
            <p className="notice notice-success">
              {plural(outcome.webhooksRegistered, 'webhook')} registered.{selection.size > 0 ? '' : ' Nothing is synced now.'}
            </p>
          )}
        </div>
        {outcome && outcome.__typename !== 'ConfigureConnectionPayload' && (
          <ErrorNotice
            error={outcome}
            onRetry={() => void save()}
            reconnect={<ReconnectButton connectionId={connectionId} label="Reconnect" />}
          />
        )}
        {saved.error && !outcome && <ErrorNotice requestError={saved.error} onRetry={() => void save()} />}
      </form>
    </section>
  );
}
