// The API key lives in this tab's session storage only: it is typed in once, survives the OAuth round trip and
// reloads, and is gone when the tab closes. It is never part of the bundle or of a URL.
const storageKey = 'connections-gateway.api-key';

export function readApiKey(): string | null {
  return sessionStorage.getItem(storageKey);
}

export function storeApiKey(key: string): void {
  sessionStorage.setItem(storageKey, key);
}

export function forgetApiKey(): void {
  sessionStorage.removeItem(storageKey);
}
