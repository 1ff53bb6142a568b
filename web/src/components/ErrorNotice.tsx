// Every typed error the picker can meet, as a sentence a person understands and the one thing they can do next.
import { useEffect, useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { httpStatusOf } from '../client';
import { graphql } from '../gql';
import type { PickerErrorFragment } from '../gql/graphql';
import { RouteLink } from './RouteLink';

export const PickerErrorFields = graphql(`
  fragment PickerError on Error {
    __typename
    message
    code
    ... on RateLimitedError {
      provider
      retryAfterSeconds
    }
    ... on ProviderNotSupportedError {
      provider
      operation
    }
    ... on ProviderNotConfiguredError {
      provider
      variables
    }
    ... on UpstreamError {
      provider
    }
  }
`);

interface ErrorNoticeProps {
  error?: PickerErrorFragment;
  /** A request that failed outside the result types: no answer at all, or a GraphQL error such as a 500. */
  requestError?: CombinedError;
  onRetry?: () => void;
  /** The Reconnect action, for errors that need a new authorization. */
  reconnect?: ReactNode;
}

export function ErrorNotice({ error, requestError, onRetry, reconnect }: ErrorNoticeProps) {
  if (!error) {
    // A rejected API key is not shown here: the picker goes back to the key form (see client.ts).
    if (httpStatusOf(requestError) === 401) return null;
    const graphQLError = requestError?.graphQLErrors[0];
    return (
      <div role="alert" className="notice notice-error">
        <p>
          {graphQLError
            ? `The gateway could not complete the request: ${graphQLError.message}`
            : `Could not reach the gateway (${requestError?.networkError?.message ?? 'no answer'}).`}
        </p>
        {onRetry && (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    );
  }
  switch (error.__typename) {
    case 'RateLimitedError':
      return <RateLimited provider={error.provider} retryAfterSeconds={error.retryAfterSeconds} onRetry={onRetry} />;
    case 'MissingRefreshTokenError':
      return (
        <div role="alert" className="notice notice-error">
          <p>This connection can no longer reach its provider and has to be connected again.</p>
          <p className="detail">{error.message}</p>
          {reconnect}
        </div>
      );
    case 'ProviderNotSupportedError':
      return (
        <div role="alert" className="notice notice-info">
          <p>
            {error.provider} connections are not supported by the picker: the gateway cannot list what they can reach, so there is nothing
            to select here.
          </p>
          <p className="detail">{error.message}</p>
          <BackToList />
        </div>
      );
    case 'ProviderNotConfiguredError':
      return (
        <div role="alert" className="notice notice-error">
          <p>
            This gateway has no OAuth app for {error.provider}. Set {error.variables.join(' and ')} on the gateway and restart it.
          </p>
        </div>
      );
    case 'ConnectionNotFoundError':
      return (
        <div role="alert" className="notice notice-error">
          <p>This connection does not exist (any more).</p>
          <BackToList />
        </div>
      );
    case 'UpstreamError':
      return (
        <div role="alert" className="notice notice-error">
          <p>{error.provider} did not answer properly, also after retries.</p>
          <p className="detail">{error.message}</p>
          {onRetry && (
            <button type="button" onClick={onRetry}>
              Try again
            </button>
          )}
        </div>
      );
    default:
      // ValidationError, and the rest (a connection deleted meanwhile, a busy one): the gateway's sentence says it.
      return (
        <div role="alert" className="notice notice-error">
          <p>{error.message}</p>
        </div>
      );
  }
}

function BackToList() {
  return <RouteLink connectionId={null}>Back to connections</RouteLink>;
}

/** Says when trying again can succeed, counting down, and only then offers to. */
function RateLimited({ provider, retryAfterSeconds, onRetry }: { provider: string; retryAfterSeconds: number; onRetry?: () => void }) {
  const [retryAt] = useState(() => new Date(Date.now() + retryAfterSeconds * 1000));
  const [now, setNow] = useState(() => Date.now());
  const secondsLeft = Math.max(0, Math.ceil((retryAt.getTime() - now) / 1000));
  const counting = secondsLeft > 0;
  // Ticks while there is time left, and stops once: the effect follows `counting`, not every second's value.
  useEffect(() => {
    if (!counting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [counting]);
  return (
    <div role="alert" className="notice notice-error">
      <p>
        {provider}'s rate limit was reached. Try again at <time dateTime={retryAt.toISOString()}>{retryAt.toLocaleTimeString()}</time>
        {/* The countdown is for the eyes: an alert that changes every second would be read out every second. */}
        <span aria-hidden="true">{secondsLeft > 0 ? ` (in ${secondsLeft} s)` : ''}</span>.
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry} disabled={secondsLeft > 0}>
          Try again
        </button>
      )}
    </div>
  );
}
