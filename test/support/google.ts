// The Google fake beside the gateway, for tests of Google Drive and Gmail: one fake per file and database kind, the
// gateway's Google hosts pointed at it, and `connect(provider)` to connect an account through its consent screen.
import { startGoogleFake } from '@connections-gateway/google-fake';
import { expect } from 'vitest';
import { graphql } from '../gql';
import { test } from './fixtures';
import { dataOf, having } from './graphql';

export const GOOGLE_CLIENT = { clientId: 'gateway-test.apps.googleusercontent.com', clientSecret: 'GOCSPX-gateway-test-secret' };
export const GOOGLE_USER = 'ada@example.com';

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

const GoogleDocuments = graphql(`
  query GoogleDocuments($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        documents(first: 100) {
          edges {
            node {
              path
              sha
              content
              resourceId
              resourceName
            }
          }
        }
      }
    }
  }
`);

const GoogleLatestSync = graphql(`
  query GoogleLatestSync($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        latestSync {
          id
          status
          trigger
          documentsAdded
          documentsUpdated
          documentsDeleted
          error
          failures {
            resource
            reason
          }
          skippedFiles {
            resource
            path
            reason
          }
        }
      }
    }
  }
`);

export const googleTest = test
  /** More gateway settings for a suite (Gmail's Pub/Sub topic, say): set with test.extend('googleEnv', { scope: 'file' }, …). */
  .extend('googleEnv', { scope: 'file' }, {} as Record<string, string>)
  // One fake per database kind's set of fixtures, like the GitHub fake.
  .extend('google', { scope: 'file' }, async ({ databaseKind: _kind }, { onCleanup }) => {
    const google = await startGoogleFake();
    onCleanup(() => google.close());
    google.addOAuthClient({
      ...GOOGLE_CLIENT,
      redirectUris: ['http://gateway.test/oauth/callback/google-drive', 'http://gateway.test/oauth/callback/gmail'],
    });
    google.addDriveUser(GOOGLE_USER);
    google.addMailbox(GOOGLE_USER);
    google.setAuthorizingUser(GOOGLE_USER);
    return google;
  })
  .extend('gatewayEnv', { scope: 'file' }, ({ google, googleEnv }) => ({
    ...googleEnv,
    GOOGLE_CLIENT_ID: GOOGLE_CLIENT.clientId,
    GOOGLE_CLIENT_SECRET: GOOGLE_CLIENT.clientSecret,
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
  })
  /** The connection's documents (the first 100), of every resource. */
  .extend('documents', ({ gateway, organization }) => async (id: string) => {
    const connection = having(
      dataOf(await gateway.graphql(GoogleDocuments, { key: organization.key, variables: { id } })).connection,
      'documents',
    );
    return connection.documents.edges.map(({ node }) => node);
  })
  /** Waits (with a deadline) until the latest run is another than `after` and has finished; returns it. */
  .extend('settled', ({ gateway, organization }) => async (id: string, after: string | null = null) => {
    const latest = async () =>
      having(dataOf(await gateway.graphql(GoogleLatestSync, { key: organization.key, variables: { id } })).connection, 'latestSync')
        .latestSync;
    await expect
      .poll(
        async () => {
          const run = await latest();
          return run && run.id !== after ? run.status : null;
        },
        { timeout: 60_000, interval: 100 },
      )
      .toMatch(/SUCCEEDED|PARTIAL|FAILED/);
    const run = await latest();
    if (!run) return expect.fail('no sync run');
    return run;
  });
