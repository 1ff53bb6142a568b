// Starts the OAuth round trip: createConnection, then off to the provider's authorize page; the gateway's callback
// brings the browser back to this page (see takeOAuthReturn).
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { Provider } from '../gql/graphql';
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

export function ConnectButton({ provider, label }: { provider: Provider; label: string }) {
  const [result, createConnection] = useMutation(CreateConnection);
  const outcome = result.data?.createConnection;

  // urql reports a failed mutation in `result`, never by rejecting: nothing is left to await at the call sites.
  const start = async () => {
    const redirectUrl = new URL('./', document.baseURI).toString();
    const { data } = await createConnection({ input: { provider, redirectUrl } });
    if (data?.createConnection.__typename === 'CreateConnectionPayload') window.location.assign(data.createConnection.authLink);
  };

  const redirecting = outcome?.__typename === 'CreateConnectionPayload';
  return (
    <>
      <button type="button" onClick={() => void start()} disabled={result.fetching || redirecting}>
        {result.fetching || redirecting ? 'Opening the provider…' : label}
      </button>
      {outcome && outcome.__typename !== 'CreateConnectionPayload' && <ErrorNotice error={outcome} />}
      {result.error && <ErrorNotice requestError={result.error} onRetry={() => void start()} />}
    </>
  );
}
