// Google Drive and Gmail connect through one Google OAuth app, end to end against the Google fake: the gateway's
// Google hosts are settings (GOOGLE_ACCOUNTS_URL, GOOGLE_OAUTH2_URL, GOOGLE_API_URL), so the whole round trip —
// authorize, code exchange, the account's identity, revocation on delete — runs over real HTTP here.
import { expect } from 'vitest';
import { graphql } from './gql';
import { describeEachDatabase } from './support/fixtures';
import { GOOGLE_USER as USER, googleTest } from './support/google';
import { dataOf, having } from './support/graphql';

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
