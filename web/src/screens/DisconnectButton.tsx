// Disconnect, from the connection list: a confirmation that says what goes (the selection, its webhooks, the grant
// and, only if ticked, the synced documents), then deleteConnection.
import { useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { plural } from '../components/labels';
import { graphql } from '../gql';

const DeleteConnection = graphql(`
  mutation PickerDeleteConnection($id: ID!, $deleteDocuments: Boolean!) {
    deleteConnection(id: $id, deleteDocuments: $deleteDocuments) {
      __typename
      ... on DeleteConnectionPayload {
        id
        webhooksRemoved
        unremovedWebhooks
        grantRevoked
        grantError
        documentsKept
      }
      ... on Error {
        ...PickerError
      }
    }
  }
`);

interface DisconnectButtonProps {
  connectionId: string;
  /** How the person knows the connection: `GitHub connection octocat`. */
  name: string;
  /** What is selected on it, in words: `2 repositories`. */
  selected: string;
  /** Called with a sentence on what was removed (and what could not be), once the connection is gone. */
  onDisconnected: (summary: string) => void;
}

export function DisconnectButton({ connectionId, name, selected, onDisconnected }: DisconnectButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [deleteDocuments, setDeleteDocuments] = useState(false);
  const [result, deleteConnection] = useMutation(DeleteConnection);
  const ids = { heading: useId(), description: useId(), documents: useId() };
  const outcome = result.data?.deleteConnection;

  const confirm = async () => {
    const { data } = await deleteConnection({ id: connectionId, deleteDocuments });
    const deleted = data?.deleteConnection;
    if (deleted?.__typename !== 'DeleteConnectionPayload') return;
    dialog.current?.close();
    const left = [
      deleted.unremovedWebhooks.length > 0 ? `remove the webhooks of ${deleted.unremovedWebhooks.join(', ')} at the provider yourself` : '',
      deleted.grantError ? `the grant could not be revoked (${deleted.grantError})` : '',
    ].filter(Boolean);
    onDisconnected(
      `Disconnected ${name}: ${plural(deleted.webhooksRemoved, 'webhook')} removed, ` +
        `${deleted.documentsKept ? 'documents kept' : 'documents deleted'}.` +
        (left.length > 0 ? ` Left to do: ${left.join('; ')}.` : ''),
    );
  };

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} aria-label={`Disconnect ${name}`}>
        Disconnect
      </button>
      <dialog ref={dialog} aria-labelledby={ids.heading} aria-describedby={ids.description} onClose={() => setDeleteDocuments(false)}>
        <h2 id={ids.heading}>Disconnect {name}?</h2>
        <p id={ids.description}>
          This removes its selection ({selected}) and the webhooks registered for it, and revokes the gateway's access at the provider.
          Nothing is synced from it any more.
        </p>
        <p>
          <input
            id={ids.documents}
            type="checkbox"
            checked={deleteDocuments}
            onChange={(event) => setDeleteDocuments(event.target.checked)}
          />{' '}
          <label htmlFor={ids.documents}>Also delete its synced documents</label>
          <br />
          <span className="hint">
            {deleteDocuments
              ? 'The documents and their change feed are deleted too.'
              : 'Otherwise the documents stay readable through the API, no longer updated.'}
          </span>
        </p>
        {outcome && outcome.__typename !== 'DeleteConnectionPayload' && <ErrorNotice error={outcome} />}
        {result.error && !outcome && <ErrorNotice requestError={result.error} onRetry={() => void confirm()} />}
        <div className="actions">
          <button type="button" className="danger" onClick={() => void confirm()} disabled={result.fetching}>
            {result.fetching ? 'Disconnecting…' : deleteDocuments ? 'Disconnect and delete documents' : 'Disconnect'}
          </button>
          <button type="button" onClick={() => dialog.current?.close()} disabled={result.fetching}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
