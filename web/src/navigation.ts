// Where the user is: the connection list, or one connection (`?connection=<id>`). Kept in the URL, so reloads,
// the back button and the OAuth return all land on the right screen. A notice travels with the history entry.
import { useSyncExternalStore } from 'react';

export interface Route {
  connectionId: string | null;
  notice: string | null;
}

const changed = 'picker:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(changed, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(changed, onChange);
  };
}

let cached: { key: string; route: Route } | null = null;

function snapshot(): Route {
  const state: unknown = history.state;
  const notice = typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string' ? state.notice : null;
  const key = `${location.search}\n${notice ?? ''}`;
  if (cached?.key !== key) {
    cached = { key, route: { connectionId: new URLSearchParams(location.search).get('connection'), notice } };
  }
  return cached.route;
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot);
}

export function hrefFor(connectionId: string | null): string {
  return connectionId ? `?connection=${encodeURIComponent(connectionId)}` : './';
}

export function navigate(connectionId: string | null, options: { notice?: string; replace?: boolean } = {}): void {
  const url = new URL(hrefFor(connectionId), location.href);
  const state = options.notice ? { notice: options.notice } : null;
  if (options.replace) {
    history.replaceState(state, '', url);
  } else {
    // A notice describes the moment it was given: leaving the screen ends it, and Back does not bring it back.
    history.replaceState(null, '', location.href);
    history.pushState(state, '', url);
  }
  window.dispatchEvent(new Event(changed));
}

/** Drops the current screen's notice once what it said has passed (e.g. "Connected" once a selection is saved). */
export function clearNotice(): void {
  if (history.state === null) return;
  history.replaceState(null, '', location.href);
  window.dispatchEvent(new Event(changed));
}

/**
 * The gateway's OAuth callback sends the browser back here with `connectionId` and `status`; turns that into the
 * connection's screen with a notice (on failure too: its screen offers to try again), and drops the parameters from
 * the address bar.
 */
export function takeOAuthReturn(): void {
  const params = new URLSearchParams(location.search);
  const status = params.get('status');
  const connectionId = params.get('connectionId');
  if (!status || !connectionId) return;
  if (status === 'success') {
    navigate(connectionId, { replace: true, notice: 'Connected. Pick what to sync.' });
  } else if (params.get('error') === 'account_mismatch') {
    // Reconnecting took another account's grant: the gateway dropped it and the connection stays as it was.
    navigate(connectionId, {
      replace: true,
      notice: 'That was another account: this connection stays with the account it was made with. Sign in to that one and try again.',
    });
  } else {
    // Back to the connection, whose screen offers the way to try again (Finish connecting, or Reconnect).
    const reason = params.get('error_description') ?? params.get('error') ?? 'the provider did not say why';
    navigate(connectionId, { replace: true, notice: `Connecting failed: ${reason}. Try again when ready.` });
  }
}
