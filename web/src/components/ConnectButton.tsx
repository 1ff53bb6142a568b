// Starts the OAuth round trip: createConnection (a new connection) or reauthorizeConnection (the same one again, in
// place: Finish connecting, Reconnect), then off to the provider's authorize page; the gateway's callback brings
// the browser back to this page (see takeOAuthReturn).
import type { CombinedError } from 'urql';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { PickerErrorFragment, Provider } from '../gql/graphql';
import { ErrorNotice } from './ErrorNotice';

const CreateConnection = graphql(`
  mutation PickerCreateConnection($input: CreateConnectionInput!) {
    createConnection(input: $input) {
      __typename
      ... on CreateConnectionPayload {
        authLink
      }
      ... on Error {
        ...PickerError
      }
    }
  }
`);

const ReauthorizeConnection = graphql(`
  mutation PickerReauthorizeConnection($id: ID!, $redirectUrl: String) {
    reauthorizeConnection(id: $id, redirectUrl: $redirectUrl) {
      __typename
      ... on ReauthorizeConnectionPayload {
        authLink
      }
      ... on Error {
        ...PickerError
      }
    }
  }
`);

/** Where the provider sends the user back to: this page, whatever path the gateway serves it under. */
const pickerUrl = () => new URL('./', document.baseURI).toString();

/** A new connection to the provider. */
export function ConnectButton({ provider, label }: { provider: Provider; label: string }) {
  const [result, createConnection] = useMutation(CreateConnection);
  const outcome = result.data?.createConnection;
  return (
    <AuthLinkButton
      label={label}
      fetching={result.fetching}
      authLink={outcome?.__typename === 'CreateConnectionPayload' ? outcome.authLink : undefined}
      error={outcome?.__typename === 'CreateConnectionPayload' ? undefined : outcome}
      requestError={result.error}
      start={async () => {
        const { data } = await createConnection({ input: { provider, redirectUrl: pickerUrl() } });
        return data?.createConnection.__typename === 'CreateConnectionPayload' ? data.createConnection.authLink : undefined;
      }}
    />
  );
}

/** The same connection authorized again (or for the first time, if it never was): same id, selection and documents. */
export function ReconnectButton({ connectionId, label }: { connectionId: string; label: string }) {
  const [result, reauthorize] = useMutation(ReauthorizeConnection);
  const outcome = result.data?.reauthorizeConnection;
  return (
    <AuthLinkButton
      label={label}
      fetching={result.fetching}
      authLink={outcome?.__typename === 'ReauthorizeConnectionPayload' ? outcome.authLink : undefined}
      error={outcome?.__typename === 'ReauthorizeConnectionPayload' ? undefined : outcome}
      requestError={result.error}
      start={async () => {
        const { data } = await reauthorize({ id: connectionId, redirectUrl: pickerUrl() });
        const payload = data?.reauthorizeConnection;
        return payload?.__typename === 'ReauthorizeConnectionPayload' ? payload.authLink : undefined;
      }}
    />
  );
}

interface AuthLinkButtonProps {
  label: string;
  fetching: boolean;
  /** Set once the mutation gave the link: the browser is on its way there. */
  authLink: string | undefined;
  error: PickerErrorFragment | undefined;
  requestError: CombinedError | undefined;
  /** Runs the mutation; the link to go to, if it gave one. */
  start: () => Promise<string | undefined>;
}

function AuthLinkButton({ label, fetching, authLink, error, requestError, start }: AuthLinkButtonProps) {
  // urql reports a failed mutation in `result`, never by rejecting: nothing is left to await at the call sites.
  const go = async () => {
    const link = await start();
    if (link) window.location.assign(link);
  };
  const redirecting = authLink !== undefined;
  return (
    <>
      <button type="button" onClick={() => void go()} disabled={fetching || redirecting}>
        {fetching || redirecting ? 'Opening the provider…' : label}
      </button>
      {error && <ErrorNotice error={error} />}
      {requestError && <ErrorNotice requestError={requestError} onRetry={() => void go()} />}
    </>
  );
}
