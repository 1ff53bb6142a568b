// For the Drive adapter's unit tests: the Google fake over HTTP with one Drive user, a token of theirs, and the
// adapter pointed at the fake (quick retries). Not part of the build (tsconfig.build.json leaves *.testing.ts out).
import { startGoogleFake, type GoogleFake } from '@connections-gateway/google-fake';
import type { ProviderAdapter, ProviderCredentials } from '../types.js';
import { googleDrive } from './index.js';

export interface DriveTestbed {
  google: GoogleFake;
  adapter: ProviderAdapter;
  credentials: ProviderCredentials;
}

export async function startDriveTestbed(user: string): Promise<DriveTestbed> {
  const google = await startGoogleFake();
  google.addDriveUser(user);
  const adapter = googleDrive.createAdapter({
    oauthApp: null,
    variables: { GOOGLE_API_URL: google.apiUrl },
    upstream: { retries: 1, retryBaseMs: 10 },
  });
  return { google, adapter, credentials: { accessToken: google.issueToken(user).accessToken } };
}
