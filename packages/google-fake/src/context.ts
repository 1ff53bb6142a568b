// What every endpoint handler gets: the state, the switches, the URLs, and bearer-token authentication with
// Google's 401 and insufficient-scope 403.
import type { DriveState } from './driveState';
import type { Faults } from './faults';
import type { GmailState } from './gmailState';
import { bearerToken, googleError, type FakeRequest, type FakeResponse } from './http';
import type { Signer } from './jwt';
import type { Outbox } from './push';
import type { AccessToken, AuthState } from './state';

export interface FakeContext {
  auth: AuthState;
  drive: DriveState;
  gmail: GmailState;
  faults: Faults;
  signer: Signer;
  outbox: Outbox;
  /** `http://127.0.0.1:PORT`: every endpoint lives on this one origin. */
  baseUrl: string;
}

const driveScopes = ['drive', 'drive.readonly', 'drive.file', 'drive.metadata', 'drive.metadata.readonly'].map(
  (name) => `https://www.googleapis.com/auth/${name}`,
);
const gmailScopes = [
  'https://mail.google.com/',
  ...['gmail.readonly', 'gmail.modify', 'gmail.metadata'].map((name) => `https://www.googleapis.com/auth/${name}`),
];

/** The token behind the request's bearer header, or Google's answer for a missing, unknown or under-scoped one. */
export function authenticate(request: FakeRequest, context: FakeContext, api: 'drive' | 'gmail'): AccessToken | FakeResponse {
  const value = bearerToken(request.headers);
  const token = value === undefined ? null : context.auth.validAccess(value);
  if (!token) {
    return googleError(
      401,
      'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      value === undefined
        ? { reason: 'required', message: 'Login Required.', location: 'Authorization', locationType: 'header' }
        : { reason: 'authError', message: 'Invalid Credentials', location: 'Authorization', locationType: 'header' },
      { 'www-authenticate': `Bearer realm="https://accounts.google.com/"${value === undefined ? '' : ', error="invalid_token"'}` },
    );
  }
  const needed = api === 'drive' ? driveScopes : gmailScopes;
  if (!token.scopes.some((scope) => needed.includes(scope))) {
    return googleError(
      403,
      'Request had insufficient authentication scopes.',
      { reason: 'insufficientPermissions' },
      {
        'www-authenticate': `Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="${needed.join(' ')}"`,
      },
    );
  }
  return token;
}

export function isResponse(value: object): value is FakeResponse {
  return 'status' in value && typeof value.status === 'number';
}
