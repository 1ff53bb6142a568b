// Gmail end to end against the Google fake, with sync workers on: a connected mailbox's labels listed through
// GraphQL, REST and the supermemory SDK; selected labels synced into Markdown documents by the initial run, then
// kept up to date from the mailbox's history by manual syncs (a new message, a label taken off a message); and an
// upstream failure failing the run without deleting anything.
import Supermemory from 'supermemory';
import { expect } from 'vitest';
import { graphql } from './gql';
import { describeEachDatabase } from './support/fixtures';
import { GOOGLE_USER as USER, googleTest } from './support/google';
import { dataOf, having } from './support/graphql';

const GmailLabels = graphql(`
  query GmailLabels($id: ID!, $search: String, $perPage: Int) {
    connection(id: $id) {
      ... on Connection {
        resources(search: $search, perPage: $perPage) {
          ... on ResourcePage {
            totalCount
            nodes {
              id
              kind
              name
              fullName
              description
              private
              parentId
            }
          }
        }
      }
    }
  }
`);

const GmailConfigure = graphql(`
  mutation GmailConfigure($input: ConfigureConnectionInput!) {
    configureConnection(input: $input) {
      __typename
    }
  }
`);

const GmailSyncNow = graphql(`
  mutation GmailSyncNow($id: ID!) {
    syncConnection(id: $id) {
      __typename
    }
  }
`);

const gmailTest = googleTest
  .extend('syncWorkers', { scope: 'file' }, true)
  .extend('labels', ({ gateway, organization }) => async (id: string, variables: { search?: string; perPage?: number } = {}) => {
    const connection = having(
      dataOf(await gateway.graphql(GmailLabels, { key: organization.key, variables: { id, ...variables } })).connection,
      'resources',
    );
    return having(connection.resources, 'nodes');
  })
  .extend('configure', ({ gateway, organization }) => async (connectionId: string, labels: { id: string; name: string }[]) => {
    const response = await gateway.graphql(GmailConfigure, {
      key: organization.key,
      variables: { input: { connectionId, resources: labels } },
    });
    expect(dataOf(response).configureConnection.__typename).toBe('ConfigureConnectionPayload');
  })
  .extend('syncNow', ({ gateway, organization }) => async (id: string) => {
    const response = await gateway.graphql(GmailSyncNow, { key: organization.key, variables: { id } });
    expect(dataOf(response).syncConnection.__typename).toBe('SyncConnectionPayload');
  });

describeEachDatabase('Gmail (%s)', gmailTest, (it) => {
  it('lists the mailbox’s labels through GraphQL, REST and the supermemory SDK', async ({
    gateway,
    google,
    organization,
    connect,
    labels,
  }) => {
    google.addLabel(USER, 'Receipts');
    google.addLabel(USER, 'Projects/Alpha');
    const id = await connect('GMAIL');

    const all = await labels(id, { perPage: 100 });
    expect(all.totalCount).toBe(all.nodes.length);
    expect(all.nodes.map((label) => label.name)).toEqual(expect.arrayContaining(['INBOX', 'SENT', 'Receipts', 'Projects/Alpha']));
    const alpha = await labels(id, { search: 'alpha' });
    expect(alpha.totalCount).toBe(1);
    expect(alpha.nodes[0]).toMatchObject({
      kind: 'label',
      name: 'Projects/Alpha',
      fullName: 'Projects/Alpha',
      description: 'Gmail user label',
      private: true,
      parentId: null,
    });

    const rest = await gateway.app.fetch(`http://gateway.test/v3/connections/${id}/resources?search=receipts`, {
      headers: { authorization: `Bearer ${organization.key}` },
    });
    expect(rest.status).toBe(200);
    expect(await rest.json()).toMatchObject({ total_count: 1, resources: [{ name: 'Receipts', full_name: 'Receipts', private: true }] });

    // The SDK's own HTTP calls, answered in-process by the gateway app.
    const inProcessFetch = (async (url: string | URL, init?: RequestInit) => gateway.app.fetch(String(url), init)) as typeof fetch;
    const client = new Supermemory({ apiKey: organization.key, baseURL: 'http://gateway.test', maxRetries: 0, fetch: inProcessFetch });
    const listed = await client.connections.resources(id, { per_page: 100 });
    expect(listed.total_count).toBe(all.totalCount);
    expect(listed.resources.map((label) => label.full_name)).toEqual(all.nodes.map((label) => label.fullName));
    expect(await client.connections.getByID(id)).toMatchObject({ id, provider: 'gmail' });
  });

  it('syncs the selected labels’ messages as Markdown, then new and unlabelled messages from the history', async ({
    google,
    connect,
    labels,
    configure,
    syncNow,
    settled,
    documents,
  }) => {
    const travel = google.addLabel(USER, 'Travel');
    const bills = google.addLabel(USER, 'Bills');
    google.addLabel(USER, 'Ignored');
    const flight = google.addMessage(USER, {
      from: 'Airline <tickets@airline.example>',
      subject: 'Your flight to Zürich ✈',
      date: '2026-03-01T12:00:00Z',
      text: 'Gate B12, boarding 10:40.',
      labels: ['Travel', 'INBOX'],
    });
    const invoice = google.addMessage(USER, {
      from: 'billing@power.example',
      subject: 'Invoice March',
      date: '2026-03-02T08:00:00Z',
      html: '<p>Amount due: <b>42 €</b></p>',
      attachments: [{ filename: 'invoice.pdf', mimeType: 'application/pdf', content: 'pdf' }],
      labels: ['Bills'],
    });
    const both = google.addMessage(USER, { from: 'a@example.com', subject: 'Trip costs', text: 'see both', labels: ['Travel', 'Bills'] });
    google.addMessage(USER, { from: 'a@example.com', subject: 'Not selected', text: 'no', labels: ['Ignored'] });
    const id = await connect('GMAIL');
    const selectable = new Map((await labels(id, { perPage: 100 })).nodes.map((label) => [label.id, label]));
    expect(selectable.has(travel.id) && selectable.has(bills.id)).toBe(true);

    await configure(
      id,
      [travel, bills].map((label) => ({ id: label.id, name: label.name })),
    );
    const initial = await settled(id);
    expect(initial).toMatchObject({ status: 'SUCCEEDED', documentsAdded: 4, documentsDeleted: 0, skippedFiles: [] });
    const stored = await documents(id);
    // A message in both labels is a document of each.
    expect(stored.map((document) => `${document.resourceName}:${document.path}`).sort()).toEqual(
      [`Travel:messages/${flight.id}`, `Travel:messages/${both.id}`, `Bills:messages/${invoice.id}`, `Bills:messages/${both.id}`].sort(),
    );
    const travelDocuments = stored.filter((document) => document.resourceId === travel.id);
    expect(travelDocuments.find((document) => document.sha === flight.id)?.content).toBe(
      '# Your flight to Zürich ✈\n\nFrom: Airline <tickets@airline.example>\nTo: ada@example.com\nDate: Sun, 01 Mar 2026 12:00:00 +0000\n\nGate B12, boarding 10:40.\n',
    );
    const invoiceDocument = stored.find((document) => document.sha === invoice.id);
    expect(invoiceDocument?.content).toContain('Amount due: **42 €**');
    expect(invoiceDocument?.content).toContain('## Attachments\n\n- invoice.pdf (application/pdf, 3 bytes)');

    // A new message in a selected label, and one in a label not selected: the manual sync adds exactly one.
    const postcard = google.addMessage(USER, {
      from: 'mum@example.com',
      subject: 'Postcard',
      text: 'Wish you were here',
      labels: ['Travel'],
    });
    google.addMessage(USER, { from: 'a@example.com', subject: 'Still not selected', text: 'no', labels: ['Ignored'] });
    await syncNow(id);
    const added = await settled(id, initial.id);
    expect(added).toMatchObject({ status: 'SUCCEEDED', trigger: 'MANUAL', documentsAdded: 1, documentsUpdated: 0, documentsDeleted: 0 });
    expect((await documents(id)).find((document) => document.path === `messages/${postcard.id}`)?.content).toMatch(/^# Postcard\n/);

    // Taking the label off a message deletes its document (the other label's copy stays).
    google.labelMessage(USER, both.id, { remove: ['Travel'] });
    await syncNow(id);
    const removed = await settled(id, added.id);
    expect(removed).toMatchObject({ status: 'SUCCEEDED', documentsAdded: 0, documentsDeleted: 1 });
    const after = await documents(id);
    expect(after.filter((document) => document.sha === both.id).map((document) => document.resourceName)).toEqual(['Bills']);
    expect(after).toHaveLength(4);
  });

  it('fails the run and deletes nothing when Gmail keeps failing', async ({ google, connect, configure, syncNow, settled, documents }) => {
    const label = google.addLabel(USER, 'Archive');
    for (let index = 0; index < 3; index += 1)
      google.addMessage(USER, { from: 'a@example.com', subject: `kept ${index}`, labels: ['Archive'] });
    const id = await connect('GMAIL');
    await configure(id, [{ id: label.id, name: label.name }]);
    const initial = await settled(id);
    expect(initial).toMatchObject({ status: 'SUCCEEDED', documentsAdded: 3 });
    const before = await documents(id);

    const gone = before[0];
    if (!gone) return expect.fail('no document');
    google.deleteMessage(USER, gone.sha);
    google.failNext('gmail.history.list', 500, 1_000);
    try {
      await syncNow(id);
      const failed = await settled(id, initial.id);
      expect(failed).toMatchObject({ status: 'FAILED', documentsDeleted: 0, failures: [{ resource: 'Archive' }] });
      expect(failed.failures[0]?.reason).toMatch(/HTTP 500/);
      expect((await documents(id)).map((document) => document.path).sort()).toEqual(before.map((document) => document.path).sort());
    } finally {
      google.resetBehaviour();
    }
  });
});
