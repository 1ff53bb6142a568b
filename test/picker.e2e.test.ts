// The resource picker (/picker) in a real browser: Chromium (test/support/browser.ts says which) driven by
// playwright-core, against the gateway served over HTTP with a sync worker, and the GitHub fake as GitHub (API,
// OAuth pages and all). Also GraphiQL, whose Docs must show the schema before a key is pasted.
// Screenshots land in test-artifacts/picker/.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../src/logger';
import { createGatewayApp, type GatewayApp } from '../src/server/app';
import { closeGracefully, listen } from '../src/server/http';
import { startGitHubFake, type GitHubFake } from '@connections-gateway/github-fake';
import { googleMimeTypes, startGoogleFake, type GoogleFake } from '@connections-gateway/google-fake';
import { launchChromium } from './support/browser';
import { startTestGateway, type TestGateway } from './support/gateway';
import { freePort, root } from './support/processes';

const artifacts = path.join(root, 'test-artifacts', 'picker');
const OAUTH_APP = { clientId: 'Iv1.picker0000000000', clientSecret: 'picker-secret-0000000000000000000000000000' };
const GOOGLE_APP = { clientId: 'picker.apps.googleusercontent.com', clientSecret: 'GOCSPX-picker-secret' };
const GOOGLE_USER = 'ada@example.com';
const REPOSITORY_COUNT = 45;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A and AA checks on what the page shows now: rule ids and the elements that break them. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(`(async () => {
    ${axeSource}
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
  })()`);
  return violations as string[];
}

describe('the resource picker in Chromium', () => {
  let github: GitHubFake;
  let google: GoogleFake;
  let gateway: TestGateway;
  let server: GatewayApp;
  let browser: Browser;
  let base: string;
  let key: string;
  let organizationId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    github = await startGitHubFake();
    github.addUser({ login: 'octocat' });
    github.setAuthorizingUser('octocat');
    github.addRepositories(
      'octocat',
      Array.from({ length: REPOSITORY_COUNT }, (_, index) => {
        const name = `project-${String(index + 1).padStart(2, '0')}`;
        return { name, files: { 'README.md': `# ${name}`, 'docs/guide.md': `How to use ${name}.` } };
      }),
    );

    // The browser follows real redirects (gateway → GitHub fake → gateway callback → picker), so the gateway
    // listens on a real port that PUBLIC_URL names.
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    google = await startGoogleFake();
    google.addOAuthClient({ ...GOOGLE_APP, redirectUris: [`${base}/oauth/callback/google-drive`, `${base}/oauth/callback/gmail`] });
    google.addDriveUser(GOOGLE_USER);
    google.setAuthorizingUser(GOOGLE_USER);
    const projects = google.addFolder(GOOGLE_USER, { name: 'Projects' });
    google.addFile(GOOGLE_USER, {
      name: 'Roadmap',
      parent: projects.id,
      mimeType: googleMimeTypes.document,
      text: '# Roadmap\n\nShip it.',
    });
    google.addFile(GOOGLE_USER, { name: 'notes.txt', parent: projects.id, text: 'Remember the milk.' });
    const archive = google.addFolder(GOOGLE_USER, { name: 'Archive', parent: projects.id });
    google.addFile(GOOGLE_USER, { name: 'Old plan', parent: archive.id, mimeType: googleMimeTypes.document, text: '# Old plan' });
    google.addFile(GOOGLE_USER, { name: 'Welcome', mimeType: googleMimeTypes.document, text: '# Welcome' });
    google.addMailbox(GOOGLE_USER, { labels: ['Receipts', 'Travel'] });
    google.addMessage(GOOGLE_USER, {
      from: 'shop@example.com',
      subject: 'Your receipt',
      text: 'Paid 10 EUR.',
      labels: ['INBOX', 'Receipts'],
    });
    google.addMessage(GOOGLE_USER, { from: 'air@example.com', subject: 'Your flight', text: 'Gate 12.', labels: ['INBOX', 'Travel'] });
    google.addMessage(GOOGLE_USER, { from: 'bob@example.com', subject: 'Lunch?', text: 'Noon.', labels: ['INBOX'] });
    // As registered on GitHub: the callback under the gateway's public URL, which GitHub checks redirect_uri against.
    github.addOAuthApp({ ...OAUTH_APP, expiringTokens: false, callbackUrl: `${base}/oauth/callback/github` });
    gateway = await startTestGateway(
      'embedded',
      {
        PUBLIC_URL: base,
        GITHUB_API_URL: github.apiUrl,
        GITHUB_WEB_URL: github.webUrl,
        GITHUB_CLIENT_ID: OAUTH_APP.clientId,
        GITHUB_CLIENT_SECRET: OAUTH_APP.clientSecret,
        GOOGLE_CLIENT_ID: GOOGLE_APP.clientId,
        GOOGLE_CLIENT_SECRET: GOOGLE_APP.clientSecret,
        GOOGLE_ACCOUNTS_URL: google.oauthUrl,
        GOOGLE_OAUTH2_URL: google.oauthUrl,
        GOOGLE_API_URL: google.apiUrl,
        // The picker sends every operation by its persisted document's hash: texts would be refused.
        PERSISTED_DOCUMENTS: 'require',
      },
      { syncWorkers: true },
    );
    // The test gateway serves on a port of its own; this one, named by PUBLIC_URL, is the one the browser uses.
    server = await createGatewayApp({
      db: gateway.db,
      services: gateway.services,
      logger: createLogger('silent'),
      limits: gateway.config.limits,
    });
    await listen(server, port, '127.0.0.1');
    ({ key, organizationId } = await gateway.createOrganization('acme'));

    // Found, and checked to start, by test/globalSetup.ts.
    browser = await launchChromium(inject('chromium'));
  });

  afterEach(async ({ task }) => {
    // What the last page showed when a step failed, next to the other screenshots.
    const last = contexts.at(-1)?.pages()[0];
    if (task.result?.state === 'fail' && last)
      await screenshot(last, `failed-${task.name.split(':')[0]!.replace(/\W+/g, '-')}`).catch(() => {
        // A screenshot that cannot be taken must not hide why the test failed.
      });
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await closeGracefully(server, 1000);
    await gateway?.close();
    await github?.close();
    await google?.close();
  });

  /** A fresh tab (its own session storage) on `path`, signed in with the organization's API key. */
  async function openPicker(pagePath = '/picker', apiKey = key, viewport = { width: 1100, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${base}${pagePath}`);
    await page.getByLabel('API key').fill(apiKey);
    await page.getByRole('button', { name: 'Continue' }).click();
    return page;
  }

  const screenshot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage });

  /** Whether the element is inside the window and nothing covers its middle: a person can see and click it. */
  const inReach = (element: Element) => {
    const box = element.getBoundingClientRect();
    const covering = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return box.top >= 0 && box.bottom <= window.innerHeight && covering !== null && element.contains(covering);
  };

  it('connects GitHub, pages to page 2 of 45, saves two repositories, follows the sync and lists the documents', async () => {
    const page = await openPicker();
    await page.getByText('No connections yet').waitFor();
    // Only the providers whose OAuth app the gateway has (GitHub and Google here) can be connected from here.
    expect(await page.getByRole('button', { name: /^Connect / }).allTextContents()).toEqual([
      'Connect GitHub',
      'Connect Google Drive',
      'Connect Gmail',
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Connect GitHub: createConnection → GitHub's authorize page (the fake approves as octocat) → back here.
    await page.getByRole('button', { name: 'Connect GitHub' }).click();
    await page.getByRole('heading', { name: 'GitHub connection: octocat' }).waitFor();
    expect(new URL(page.url()).search).toMatch(/^\?connection=/);
    // A new screen puts focus on its heading, as a page load would for a screen reader.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('GitHub connection: octocat');
    const connected = page.getByText('Connected. Pick what to sync.');
    await connected.waitFor();

    await page.getByText(`${REPOSITORY_COUNT} repositories · page 1 of 2`).waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(30);
    // Nothing is selected yet: Save has nothing to save, and there is nothing to sync.
    const save = page.getByRole('button', { name: 'Save selection' });
    expect(await save.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Sync now' }).count()).toBe(0);
    await page.getByText('Not synced yet: select repositories and save.').waitFor();
    await screenshot(page, '0-connected-nothing-selected');
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText(`${REPOSITORY_COUNT} repositories · page 2 of 2`).waitFor();
    const onPage2 = await page.locator('.resources label').allTextContents();
    expect(onPage2).toHaveLength(REPOSITORY_COUNT - 30);
    await screenshot(page, '1-repositories-page-2');

    const picked = onPage2.slice(0, 2);
    await page.getByLabel(picked[0]!, { exact: true }).check();
    // The second one with the keyboard: Tab from the first checkbox, Space.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).toBe(picked[1]);
    await page.keyboard.press('Space');
    await page.getByText('2 repositories selected (not saved yet)').waitFor();
    expect(await save.isEnabled()).toBe(true);
    // GitHub answers slowly now, so the run takes long enough to be seen part-way.
    github.setLatency(150);
    try {
      await save.click();
      await page.getByText('2 webhooks registered.').waitFor();
      for (const name of picked) expect(github.hooks(name)).toHaveLength(1);
      // "Connected" has done its job once something is picked; the saved selection is nothing to save again.
      await connected.waitFor({ state: 'detached' });
      expect(await save.isDisabled()).toBe(true);

      // The progress bar follows the run over the syncProgress subscription: part-way, then full with the counts.
      await page.waitForFunction(() => {
        const bar = document.querySelector('progress');
        return bar !== null && bar.hasAttribute('value') && bar.value > 0 && bar.value < 100;
      });
      await page.getByText('Sync succeeded: 4 added, 0 updated, 0 deleted.').waitFor({ timeout: 30_000 });
    } finally {
      github.setLatency(0);
    }
    // Nothing says the sync is queued, or that the connection was just made, once the sync has succeeded.
    expect(await page.getByText(/sync is queued|Sync queued|Connected\. Pick/).count()).toBe(0);
    const progress = page.getByLabel('Sync progress');
    expect(await progress.evaluate((element) => [(element as HTMLProgressElement).value, (element as HTMLProgressElement).max])).toEqual([
      100, 100,
    ]);

    const documents = page.getByRole('table', { name: '4 documents' });
    await documents.waitFor();
    const rows = await documents.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(4);
    for (const name of picked) {
      expect(rows.filter((row) => row.includes(name))).toHaveLength(2);
    }
    // The connection's recent events, from the event log: the sync's result with its counts, and the selection.
    const recentEvents = page.getByRole('list', { name: 'Recent events' });
    await recentEvents.getByText('Sync finished, succeeded: 4 added, 0 updated, 0 deleted.').waitFor({ timeout: 30_000 });
    expect(await recentEvents.getByText('Selection saved: 2 items selected.').count()).toBe(1);
    await screenshot(page, '2-sync-finished-notices-cleared');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Sync now: a second run, followed live the same way; nothing changed upstream, so nothing changes here.
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByText('Sync succeeded: 0 added, 0 updated, 0 deleted.').waitFor({ timeout: 30_000 });

    // The key stays in the tab's session storage across a reload, and the saved selection comes back ticked.
    await page.reload();
    await page.getByRole('heading', { name: 'GitHub connection: octocat' }).waitFor();
    await page.getByText('Last sync succeeded').waitFor();
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText(`${REPOSITORY_COUNT} repositories · page 2 of 2`).waitFor();
    // A filter searches all 45 and starts again at its first page.
    const filter = page.getByLabel('Filter repositories');
    await filter.fill(picked[0]!.split('/')[1]!);
    await page.getByText(`1 repository match “${picked[0]!.split('/')[1]!}” · page 1 of 1`).waitFor();
    expect(await page.getByLabel(picked[0]!, { exact: true }).isChecked()).toBe(true);
    await filter.fill('');
    await page.getByText(`${REPOSITORY_COUNT} repositories · page 1 of 2`).waitFor();
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
  });

  it('connects Google Drive, browses into a folder, selects a folder and a file, and syncs them', async () => {
    const page = await openPicker();
    await page.getByRole('button', { name: 'Connect Google Drive' }).click();
    await page.getByRole('heading', { name: `Google Drive connection: ${GOOGLE_USER}` }).waitFor();
    // The provider's resource kinds name the list.
    await page.getByRole('heading', { name: 'Shared drives, files and folders' }).waitFor();
    // The top of My Drive: the folder and the file there, nothing from inside the folder.
    await page.getByText('2 items · page 1 of 1').waitFor();
    expect(await page.locator('.resources label').allTextContents()).toEqual(['Projects', 'Welcome']);
    await page.getByRole('button', { name: 'Open Projects' }).click();
    await page.getByRole('navigation', { name: 'Folder' }).getByText('Projects').waitFor();
    await page.getByText('3 items · page 1 of 1').waitFor();
    expect(await page.locator('.resources label').allTextContents()).toEqual(['Archive', 'notes.txt', 'Roadmap']);
    await page.getByLabel('Archive', { exact: true }).check();
    await page.getByLabel('Roadmap', { exact: true }).check();
    await screenshot(page, '5-drive-folder');
    expect(await accessibilityViolations(page)).toEqual([]);
    // Back to the top: the selection made inside the folder stays.
    await page.getByRole('navigation', { name: 'Folder' }).getByRole('button', { name: 'Top' }).click();
    await page.getByText('2 items · page 1 of 1').waitFor();
    await page.getByText('2 items selected').waitFor();
    await page.getByRole('button', { name: 'Save selection' }).click();
    // One push channel covers the connection's whole selection.
    await page.getByText('1 webhook registered.').waitFor();
    await page.getByText('Sync succeeded: 2 added, 0 updated, 0 deleted.').waitFor({ timeout: 30_000 });
    const documents = page.getByRole('table', { name: '2 documents' });
    await documents.waitFor();
    const rows = await documents.locator('tbody tr').allTextContents();
    expect(rows.some((row) => row.includes('Old plan'))).toBe(true);
    expect(rows.some((row) => row.includes('Roadmap'))).toBe(true);
    await screenshot(page, '6-drive-synced');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('connects Gmail, selects two labels and syncs their messages', async () => {
    const page = await openPicker();
    await page.getByRole('button', { name: 'Connect Gmail' }).click();
    await page.getByRole('heading', { name: `Gmail connection: ${GOOGLE_USER}` }).waitFor();
    await page.getByRole('heading', { name: 'Labels' }).waitFor();
    await page.getByLabel('Filter labels').waitFor();
    await page.getByLabel('Receipts', { exact: true }).check();
    await page.getByLabel('Travel', { exact: true }).check();
    await page.getByText('2 labels selected').waitFor();
    await page.getByRole('button', { name: 'Save selection' }).click();
    await page.getByText('Sync succeeded: 2 added, 0 updated, 0 deleted.').waitFor({ timeout: 30_000 });
    await page.getByRole('table', { name: '2 documents' }).waitFor();
    await screenshot(page, '7-gmail-synced');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('says a Notion connection is not supported and shows no list', async () => {
    const notion = await gateway.createConnection(organizationId, 'NOTION', { accessToken: 'secret_notion', accountLogin: 'ada' });
    const page = await openPicker(`/picker/?connection=${notion}`);
    await page.getByRole('heading', { name: 'Notion connection: ada' }).waitFor();
    await page.getByText('Notion connections are not supported by the picker').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Back to connections');
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save selection' }).count()).toBe(0);
    expect(await page.getByLabel('Sync progress').count()).toBe(0);
    await screenshot(page, '3-notion-not-supported');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows a connection deleted with its documents kept: the documents and its events, nothing to pick or sync', async () => {
    const kept = await gateway.createConnection(organizationId, 'GITHUB', { accessToken: 'gho_deleted', accountLogin: 'octocat' });
    await gateway.db.prisma.document.create({
      data: {
        connectionId: kept,
        resourceId: '1',
        resourceName: 'octocat/old',
        path: 'KEPT.md',
        sha: 'abc',
        size: 4,
        content: 'kept',
        commitSha: 'c1',
      },
    });
    const deleted = await gateway.app.fetch(`http://gateway.test/v3/connections/${kept}?deleteDocuments=false`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(deleted.status).toBe(200);
    const page = await openPicker(`/picker/?connection=${kept}`);
    await page.getByText('This connection was deleted with its documents kept').waitFor();
    const documents = page.getByRole('table', { name: '1 document' });
    await documents.waitFor();
    expect(await documents.locator('tbody tr').allTextContents()).toEqual([expect.stringContaining('KEPT.md')]);
    await page.getByRole('list', { name: 'Recent events' }).getByText('Connection deleted.').waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Save selection|Sync now|Reconnect/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('keeps Save within reach in a long list, saves only a change, and offers Sync now once something is saved', async () => {
    const { key: ownKey, organizationId: own } = await gateway.createOrganization('long-list');
    const connection = await gateway.createConnection(own, 'GITHUB', {
      accessToken: github.issueToken('octocat').accessToken,
      accountLogin: 'octocat',
    });
    // A short window, so that 30 rows (of uneven height: some have a description, some not) run far below it.
    const page = await openPicker(`/picker/?connection=${connection}`, ownKey, { width: 1000, height: 600 });
    await page.getByText(`${REPOSITORY_COUNT} repositories · page 1 of 2`).waitFor();
    const save = page.getByRole('button', { name: 'Save selection' });
    expect(await save.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Sync now' }).count()).toBe(0);

    // Ticking and unticking again is no change.
    const first = page.getByRole('checkbox').first();
    await first.check();
    expect(await save.isEnabled()).toBe(true);
    await first.uncheck();
    expect(await save.isDisabled()).toBe(true);

    const rows = page.locator('.resources li');
    expect(await rows.count()).toBe(30);
    const heights = await rows.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().height)));
    expect(new Set(heights).size).toBeGreaterThan(1);
    // Wherever the list is scrolled to, down to its last row, Save is in the window and nothing covers it.
    for (const index of [0, 10, 20, 29]) {
      await rows.nth(index).evaluate((row) => row.scrollIntoView({ block: 'start' }));
      expect([index, await save.evaluate(inReach)]).toEqual([index, true]);
    }
    const last = page.getByRole('checkbox').nth(29);
    await last.check();
    expect(await save.evaluate(inReach)).toBe(true);
    await screenshot(page, '10-long-list-sticky-save', false);
    await save.click();
    await page.getByText('1 webhook registered.').waitFor();
    await page.getByText('Sync succeeded: 2 added, 0 updated, 0 deleted.').waitFor({ timeout: 30_000 });
    expect(await save.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Sync now' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('names a connection that was never authorized by its provider and offers one neutral Finish connecting', async () => {
    const { key: ownKey, organizationId: own } = await gateway.createOrganization('pending');
    const pending = await gateway.createConnection(own, 'GITHUB', { status: 'PENDING' });
    const page = await openPicker('/picker', ownKey);
    const table = page.getByRole('table', { name: '1 connection' });
    await table.waitFor();
    const row = table.locator('tbody tr');
    expect(await row.textContent()).toContain('Waiting for authorization');
    expect(await row.textContent()).toContain('Never');
    expect(await page.locator('main').textContent()).not.toContain(pending);
    await row.getByRole('link', { name: /^GitHub connection started / }).click();

    await page.getByRole('heading', { name: 'GitHub connection' }).waitFor();
    await page.getByText('Connecting GitHub was started on').waitFor();
    expect(await page.getByRole('button', { name: 'Finish connecting' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Reconnect' }).count()).toBe(0);
    // Not an error: nothing red, nothing said about losing the provider; and nothing to pick or sync yet.
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('.notice-error').count()).toBe(0);
    expect(await page.getByText('can no longer reach its provider').count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Save selection|Sync now/ }).count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain(pending);
    await screenshot(page, '11-pending-finish-connecting');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Finishing connects this very connection (reauthorizeConnection), not a new one beside it.
    await page.getByRole('button', { name: 'Finish connecting' }).click();
    await page.getByText('Connected. Pick what to sync.').waitFor();
    expect(new URL(page.url()).searchParams.get('connection')).toBe(pending);
    await page.getByRole('heading', { name: 'GitHub connection: octocat' }).waitFor();
    await page.getByText(`${REPOSITORY_COUNT} repositories · page 1 of 2`).waitFor();
    await page.getByRole('link', { name: '← All connections' }).click();
    const rows = page.getByRole('table', { name: '1 connection' }).locator('tbody tr');
    await rows.getByText('Active').waitFor();
    expect(await rows.count()).toBe(1);
  });

  it('lists each connection with its status, selection and last sync, and disconnects one after saying what goes', async () => {
    const { key: ownKey, organizationId: own } = await gateway.createOrganization('disconnect');
    const connection = await gateway.createConnection(own, 'GITHUB', {
      accessToken: github.issueToken('octocat').accessToken,
      accountLogin: 'octocat',
    });
    const page = await openPicker(`/picker/?connection=${connection}`, ownKey);
    await page.getByText(`${REPOSITORY_COUNT} repositories · page 1 of 2`).waitFor();
    const picked = (await page.locator('.resources label').allTextContents()).slice(0, 2);
    for (const name of picked) await page.getByLabel(name, { exact: true }).check();
    await page.getByRole('button', { name: 'Save selection' }).click();
    await page.getByText('Sync succeeded: 4 added, 0 updated, 0 deleted.').waitFor({ timeout: 30_000 });
    for (const name of picked) expect(github.hooks(name)).toHaveLength(1);

    await page.getByRole('link', { name: '← All connections' }).click();
    const table = page.getByRole('table', { name: '1 connection' });
    await table.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.slice(0, 5)).toEqual(['Provider', 'Account', 'Status', 'Selected', 'Last sync']);
    const cells = await table.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(cells[1]).toBe('octocat');
    expect(cells[2]).toBe('Active');
    expect(cells[3]).toBe('2 repositories');
    expect(cells[4]).toMatch(/^Succeeded.*\d/);
    await screenshot(page, '12-connection-list');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Disconnect asks first, saying what goes; Cancel keeps everything.
    await page.getByRole('button', { name: 'Disconnect GitHub connection octocat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Disconnect GitHub connection octocat?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('This removes its selection (2 repositories) and the webhooks registered for it');
    expect(await dialog.getByLabel('Also delete its synced documents').isChecked()).toBe(false);
    await screenshot(page, '13-disconnect-confirmation', false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await table.locator('tbody tr').count()).toBe(1);

    await page.getByRole('button', { name: 'Disconnect GitHub connection octocat' }).click();
    await dialog.getByLabel('Also delete its synced documents').check();
    await dialog.getByRole('button', { name: 'Disconnect and delete documents' }).click();
    await page.getByText('Disconnected GitHub connection octocat: 2 webhooks removed, documents deleted.').waitFor();
    await page.getByText('No connections yet').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    for (const name of picked) expect(github.hooks(name)).toHaveLength(0);
    await screenshot(page, '14-disconnected');
  });

  it('opens GraphiQL with the schema in its Docs before any key is pasted, and runs queries once one is', async () => {
    // Its own app on its own port: the one above accepts persisted documents only, where GraphiQL cannot run texts.
    const graphiql = await createGatewayApp({
      db: gateway.db,
      services: gateway.services,
      logger: createLogger('silent'),
      limits: { ...gateway.config.limits, persistedDocuments: 'allow' },
    });
    const graphiqlPort = await freePort();
    await listen(graphiql, graphiqlPort, '127.0.0.1');
    try {
      const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      const schemaAnswers: number[] = [];
      page.on('response', (response) => {
        if (response.url().endsWith('/graphql') && response.request().method() === 'POST') schemaAnswers.push(response.status());
      });
      await page.goto(`http://127.0.0.1:${graphiqlPort}/graphql`);
      await page.getByRole('button', { name: /Documentation Explorer/ }).click();
      // The Docs name the root types: the schema came with the placeholder in the Authorization header.
      await page.getByText('Root Types').waitFor();
      expect(await page.getByText('Error fetching schema').count()).toBe(0);
      expect(schemaAnswers[0]).toBe(200);
      await screenshot(page, '16-graphiql-docs-without-key', false);

      // The key pasted into the headers: the default query runs, and answers with this organization's data.
      await page.locator('.graphiql-editor-tool .monaco-editor').last().click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${key}` }));
      // The editor closes brackets and quotes as they are typed: drop what it added after the text.
      await page.keyboard.press('Shift+ControlOrMeta+End');
      await page.keyboard.press('Delete');
      await page.getByRole('button', { name: /Execute query/ }).click();
      await page.locator('.result-window').getByText('"totalCount"').waitFor();
      expect(schemaAnswers.at(-1)).toBe(200);
    } finally {
      await closeGracefully(graphiql, 1000);
    }
  });

  it('turns the other typed errors into an action: not found, reconnect, rate limited', async () => {
    // A wrong API key: the key form again, saying why.
    let page = await openPicker('/picker', 'cgw_000000000000_not-a-real-key');
    await page.getByText('The gateway did not accept that API key').waitFor();
    await page.getByLabel('API key').waitFor();

    // The gateway out of reach: say so and offer to try again.
    await gateway.createConnection(organizationId, 'NOTION', { accessToken: 'secret_notion', accountLogin: 'grace' });
    page = await openPicker('/picker');
    const firstConnection = page
      .getByRole('table', { name: /connections?$/ })
      .getByRole('link')
      .first();
    await firstConnection.waitFor();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await firstConnection.click();
    await page.getByText('Could not reach the gateway').waitFor();
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Notion connection: grace' }).waitFor();

    // Not found: back to the list, with the reason.
    page = await openPicker('/picker/?connection=00000000-0000-4000-8000-000000000000');
    await page.getByText('That connection does not exist (any more).').waitFor();
    await page.getByRole('heading', { name: 'Connections' }).waitFor();
    expect(new URL(page.url()).search).toBe('');

    // No usable credentials: Reconnect runs the OAuth round trip again and lands on the new connection.
    const broken = await gateway.createConnection(organizationId, 'GITHUB', {
      status: 'REAUTHORIZATION_REQUIRED',
      accountLogin: 'octocat',
    });
    page = await openPicker(`/picker/?connection=${broken}`);
    await page.getByText("GitHub no longer accepts this connection's grant").waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(0);
    // One way out, said once: no second Reconnect from the list's error, and nothing to sync until then.
    expect(await page.getByRole('button', { name: 'Reconnect' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Sync now' }).count()).toBe(0);
    await screenshot(page, '9-reauthorization-required');
    // Reconnect authorizes the same connection again (reauthorizeConnection): back on it, ACTIVE, listing again.
    await page.getByRole('button', { name: 'Reconnect' }).click();
    await page.getByText('Connected. Pick what to sync.').waitFor();
    expect(new URL(page.url()).searchParams.get('connection')).toBe(broken);
    await page.getByText('Status: Active').waitFor();
    await page.getByText(`${REPOSITORY_COUNT} repositories · page 1 of 2`).waitFor();
    await page.getByRole('list', { name: 'Recent events' }).getByText('Reconnected.').waitFor();
    await screenshot(page, '15-reconnected-in-place');

    // Rate limited: says when to retry, and offers Try again only from then on.
    const token = github.issueToken('octocat').accessToken;
    const limited = await gateway.createConnection(organizationId, 'GITHUB', { accessToken: token, accountLogin: 'octocat' });
    github.rateLimit('graphql', { retryAfterSeconds: 3, style: 'graphql' });
    try {
      page = await openPicker(`/picker/?connection=${limited}`);
      await page.getByText("GitHub's rate limit was reached. Try again at").waitFor();
      const tryAgain = page.getByRole('button', { name: 'Try again' });
      expect(await tryAgain.isDisabled()).toBe(true);
      await screenshot(page, '4-rate-limited');
      github.clearRateLimit();
      await page.waitForFunction(() => {
        const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Try again');
        return button && !button.disabled;
      });
      await tryAgain.click();
      await page.getByText(`${REPOSITORY_COUNT} repositories · page 1 of 2`).waitFor();
    } finally {
      github.clearRateLimit();
    }
  });
});
