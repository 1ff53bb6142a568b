// The picker: asks for an API key once per tab, then shows the connection list or one connection.
import { useMemo, useState } from 'react';
import { Provider } from 'urql';
import { forgetApiKey, readApiKey, storeApiKey } from './apiKey';
import { createGatewayClient } from './client';
import { useRoute } from './navigation';
import { ApiKeyForm } from './screens/ApiKeyForm';
import { ConnectionScreen } from './screens/ConnectionScreen';
import { ConnectionsScreen } from './screens/ConnectionsScreen';

export function App() {
  const [apiKey, setApiKey] = useState(readApiKey);
  const [rejected, setRejected] = useState(false);
  const route = useRoute();

  const signOut = (keyWasRejected: boolean) => {
    forgetApiKey();
    setRejected(keyWasRejected);
    setApiKey(null);
  };
  const client = useMemo(() => (apiKey ? createGatewayClient(apiKey, () => signOut(true)) : null), [apiKey]);

  if (!apiKey || !client) {
    return (
      <ApiKeyForm
        rejected={rejected}
        onSubmit={(key) => {
          storeApiKey(key);
          setRejected(false);
          setApiKey(key);
        }}
      />
    );
  }
  return (
    <Provider value={client}>
      <header className="bar">
        <span className="brand">Connections Gateway · Picker</span>
        <button type="button" className="link-button" onClick={() => signOut(false)}>
          Forget API key
        </button>
      </header>
      <main>
        {route.notice && (
          <p role="status" className="notice notice-info">
            {route.notice}
          </p>
        )}
        {route.connectionId ? <ConnectionScreen key={route.connectionId} connectionId={route.connectionId} /> : <ConnectionsScreen />}
      </main>
    </Provider>
  );
}
