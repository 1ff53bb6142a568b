// Google Drive and Gmail connect through one Google OAuth app, end to end against the Google fake: the gateway's
// Google hosts are settings (GOOGLE_ACCOUNTS_URL, GOOGLE_OAUTH2_URL, GOOGLE_API_URL), so the whole round trip —
// authorize, code exchange, the account's identity, revocation on delete — runs over real HTTP here.
import { startGoogleFake } from '@connections-gateway/google-fake';
import { expect } from 'vitest';
import { graphql } from './gql';
import { describeEachDatabase, test } from './support/fixtures';
import { dataOf, having } from './support/graphql';

const CLIENT = { clientId: 'gateway-test.apps.googleusercontent.com', clientSecret: 'GOCSPX-gateway-test-secret' };
const USER = 'ada@example.com';

const GoogleCreate = graphql(`
  mutation GoogleCreate($provider: Provider!) {
    createConnection(input: { provider: $provider, redirectUrl: "https://app.example.com/connected" }) {
      ... on CreateConnectionPayload {
        authLink
        connection {
          id
        }
      }
    }
  }
`);

const GoogleStatus = graphql(`
  query GoogleStatus($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        provider
        status
        accountLogin
      }
    }
  }
`);

const GoogleDelete = graphql(`
  mutation GoogleDelete($id: ID!) {
    deleteConnection(id: $id) {
      ... on DeleteConnectionPayload {
        grantRevoked
        grantError
      }
    }
  }
`);

const googleTest = test
  // One fake per database kind's set of fixtures, like the GitHub fake.
  .extend('google', { scope: 'file' }, async ({ databaseKind: _kind }, { onCleanup }) => {
    const google = await startGoogleFake();
    onCleanup(() => google.close());
    google.addOAuthClient({
      ...CLIENT,
      redirectUris: ['http://gateway.test/oauth/callback/google-drive', 'http://gateway.test/oauth/callback/gmail'],
    });
    google.addDriveUser(USER);
    google.addMailbox(USER);
    google.setAuthorizingUser(USER);
    return google;
  })
  .extend('gatewayEnv', { scope: 'file' }, ({ google }) => ({
    GOOGLE_CLIENT_ID: CLIENT.clientId,
    GOOGLE_CLIENT_SECRET: CLIENT.clientSecret,
    GOOGLE_ACCOUNTS_URL: google.oauthUrl,
    GOOGLE_OAUTH2_URL: google.oauthUrl,
    GOOGLE_API_URL: google.apiUrl,
  }))
  /** Connects `provider` through the fake's consent screen; returns the connection's id and the sealed tokens. */
  .extend('connect', ({ gateway, organization }) => async (provider: 'GOOGLE_DRIVE' | 'GMAIL') => {
    const created = having(
      dataOf(await gateway.graphql(GoogleCreate, { key: organization.key, variables: { provider } })).createConnection,
      'authLink',
    );
    const atGoogle = await fetch(created.authLink, { redirect: 'manual' });
    expect(atGoogle.status).toBe(302);
    const callback = atGoogle.headers.get('location')!;
    const back = await gateway.app.fetch(callback);
    expect(back.status).toBe(302);
    expect(new URL(back.headers.get('location')!).searchParams.get('status')).toBe('success');
    return created.connection.id;
  });

describeEachDatabase('connecting Google Drive and Gmail (%s)', googleTest, (it) => {
  it('connects both products through one Google app, offline, with the account’s address', async ({
    gateway,
    google,
    organization,
    connect,
  }) => {
    for (const [provider, scope] of [
      ['GOOGLE_DRIVE', 'https://www.googleapis.com/auth/drive.readonly'],
      ['GMAIL', 'https://www.googleapis.com/auth/gmail.readonly'],
    ] as const) {
      google.resetCounters();
      const id = await connect(provider);
      const status = having(dataOf(await gateway.graphql(GoogleStatus, { key: organization.key, variables: { id } })).connection, 'status');
      expect(status).toEqual({ provider, status: 'ACTIVE', accountLogin: USER });
      const authorize = google.requests.find((request) => request.url.startsWith('/o/oauth2/v2/auth'))!;
      const params = new URL(authorize.url, google.baseUrl).searchParams;
      expect(params.get('access_type')).toBe('offline');
      expect(params.get('scope')!.split(' ')).toEqual(expect.arrayContaining(['openid', 'email', scope]));
      // A refresh token came with the grant, and both tokens are sealed at rest.
      const row = await gateway.db.prisma.connection.findUniqueOrThrow({ where: { id } });
      expect(row.refreshTokenEncrypted).not.toBeNull();
      expect(gateway.secretBox.open(row.accessTokenEncrypted!)).not.toBe(row.accessTokenEncrypted);
    }
  });

  it('revokes the grant at Google when the connection is deleted', async ({ gateway, google, organization, connect }) => {
    const id = await connect('GOOGLE_DRIVE');
    const row = await gateway.db.prisma.connection.findUniqueOrThrow({ where: { id } });
    const accessToken = gateway.secretBox.open(row.accessTokenEncrypted!);
    const userinfo = () => fetch(`${google.apiUrl}/oauth2/v3/userinfo`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect((await userinfo()).status).toBe(200);
    const deleted = dataOf(await gateway.graphql(GoogleDelete, { key: organization.key, variables: { id } })).deleteConnection;
    expect(deleted).toEqual({ grantRevoked: true, grantError: null });
    expect((await userinfo()).status).toBe(401);
  });
});
