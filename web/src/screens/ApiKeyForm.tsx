import { useState } from 'react';
import { useHeadingFocus } from '../components/useHeadingFocus';

export function ApiKeyForm({ rejected, onSubmit }: { rejected: boolean; onSubmit: (key: string) => void }) {
  const [key, setKey] = useState('');
  const heading = useHeadingFocus<HTMLHeadingElement>(rejected);
  return (
    <main className="narrow">
      <h1 ref={heading} tabIndex={-1}>
        Resource picker
      </h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (key.trim()) onSubmit(key.trim());
        }}
      >
        {rejected && (
          <p role="alert" className="notice notice-error">
            The gateway did not accept that API key (unknown, revoked or mistyped). Enter a valid one.
          </p>
        )}
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          required
          aria-describedby="api-key-help"
          value={key}
          onChange={(event) => setKey(event.target.value)}
        />
        <p id="api-key-help" className="hint">
          Create one with <code>npm run gateway -- apikey create</code>. It is kept in this browser tab only and sent to this gateway alone.
        </p>
        <button type="submit">Continue</button>
      </form>
    </main>
  );
}
