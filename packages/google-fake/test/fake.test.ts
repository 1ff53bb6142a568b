// The Google fake itself, over real HTTP: what the gateway's tests rely on must behave as Google does.
import { createHash, createPublicKey, createVerify } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportSizeLimit, googleMimeTypes, startGoogleFake, type GoogleFake } from '../src';

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body };
}

function api(
  google: GoogleFake,
  token: string | null,
  path: string,
  query: Record<string, string | string[]> = {},
  init: RequestInit = {},
) {
  const url = new URL(`${google.apiUrl}${path}`);
  for (const [key, value] of Object.entries(query)) for (const item of [value].flat()) url.searchParams.append(key, item);
  return call(url.toString(), {
    ...init,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers as object) },
  });
}

function post(google: GoogleFake, token: string, path: string, body: unknown, query: Record<string, string> = {}) {
  return api(google, token, path, query, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
}

function form(url: string, fields: Record<string, string>) {
  return call(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local receiver for push notifications that records what it got and answers 200. */
async function startReceiver(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Polls `check` until it holds or the deadline passes; no fixed sleeps on a busy machine. */
async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met before the deadline');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Verifies an RS256 JWT against a JWKS with node:crypto alone; returns its claims. */
function verifyJwt(jwt: string, keys: any[]): Record<string, any> {
  const [header, payload, signature] = jwt.split('.') as [string, string, string];
  const { kid, alg } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
  expect(alg).toBe('RS256');
  const jwk = keys.find((key) => key.kid === kid);
  expect(jwk).toBeDefined();
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  const valid = createVerify('RSA-SHA256').update(`${header}.${payload}`).verify(key, Buffer.from(signature, 'base64url'));
  expect(valid).toBe(true);
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';

describe('Google fake', () => {
  let google: GoogleFake;
  let token: string;

  beforeAll(async () => {
    google = await startGoogleFake();
    google.addDriveUser(ALICE, { name: 'Alice' });
    google.addDriveUser(BOB);
    google.addMailbox(ALICE, { labels: ['Receipts'] });
    token = google.issueToken(ALICE).accessToken;
  });
  afterAll(() => google?.close());
  afterEach(() => {
    google.resetBehaviour();
    google.resetCounters();
  });

  it('serves every Google endpoint on one local origin', () => {
    expect(google.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(google.authorizeUrl).toBe(`${google.oauthUrl}/o/oauth2/v2/auth`);
    expect(google.tokenUrl).toBe(`${google.oauthUrl}/token`);
    expect(google.driveUrl).toBe(`${google.apiUrl}/drive/v3`);
    expect(google.gmailUrl).toBe(`${google.apiUrl}/gmail/v1`);
    expect(token).toMatch(/^ya29\./);
  });

  describe('OAuth', () => {
    const client = {
      clientId: 'client-1.apps.googleusercontent.com',
      clientSecret: 'secret-1',
      redirectUris: ['http://127.0.0.1/callback'],
    };
    beforeAll(() => google.addOAuthClient(client));

    function authorize(extra: Record<string, string> = {}) {
      const url = new URL(google.authorizeUrl);
      for (const [key, value] of Object.entries({
        client_id: client.clientId,
        redirect_uri: client.redirectUris[0]!,
        response_type: 'code',
        scope: 'openid email https://www.googleapis.com/auth/drive.readonly',
        state: 'state-123',
        ...extra,
      })) {
        url.searchParams.set(key, value);
      }
      return call(url.toString());
    }

    it('redirects back with code and state, exchanges the code once, refreshes, and revokes the grant', async () => {
      google.setAuthorizingUser(ALICE);
      const verifier = 'verifier-'.padEnd(50, 'x');
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      const consent = await authorize({
        access_type: 'offline',
        prompt: 'consent',
        code_challenge: challenge,
        code_challenge_method: 'S256',
      });
      expect(consent.status).toBe(302);
      const back = new URL(consent.headers.get('location')!);
      expect(back.origin + back.pathname).toBe(client.redirectUris[0]);
      expect(back.searchParams.get('state')).toBe('state-123');
      expect(back.searchParams.get('scope')).toBe(
        'openid https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/drive.readonly',
      );
      const code = back.searchParams.get('code')!;

      const exchange = {
        grant_type: 'authorization_code',
        code,
        redirect_uri: client.redirectUris[0]!,
        client_id: client.clientId,
        client_secret: client.clientSecret,
      };
      const missingVerifier = await form(google.tokenUrl, exchange);
      expect(missingVerifier.body).toEqual({ error: 'invalid_grant', error_description: 'Missing code verifier.' });
      const tokens = await form(google.tokenUrl, { ...exchange, code_verifier: verifier });
      expect(tokens.status).toBe(200);
      expect(tokens.body).toEqual({
        access_token: expect.stringMatching(/^ya29\./),
        expires_in: 3599,
        refresh_token: expect.stringMatching(/^1\/\//),
        scope: 'openid https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/drive.readonly',
        token_type: 'Bearer',
        id_token: expect.any(String),
      });
      const certs = await call(google.certsUrl);
      const idClaims = verifyJwt(tokens.body.id_token, certs.body.keys);
      expect(idClaims).toMatchObject({ iss: 'https://accounts.google.com', aud: client.clientId, email: ALICE, email_verified: true });

      const again = await form(google.tokenUrl, { ...exchange, code_verifier: verifier });
      expect(again.status).toBe(400);
      expect(again.body.error).toBe('invalid_grant');

      const files = await api(google, tokens.body.access_token, '/drive/v3/files');
      expect(files.status).toBe(200);
      // A Drive-only grant cannot read mail.
      const mail = await api(google, tokens.body.access_token, '/gmail/v1/users/me/labels');
      expect(mail.status).toBe(403);
      expect(mail.body.error.errors[0].reason).toBe('insufficientPermissions');

      const refreshed = await form(google.tokenUrl, {
        grant_type: 'refresh_token',
        refresh_token: tokens.body.refresh_token,
        client_id: client.clientId,
        client_secret: client.clientSecret,
      });
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.refresh_token).toBeUndefined();
      expect(refreshed.body.access_token).not.toBe(tokens.body.access_token);

      const revoked = await form(google.revokeUrl, { token: tokens.body.refresh_token });
      expect(revoked.status).toBe(200);
      expect((await api(google, refreshed.body.access_token, '/drive/v3/files')).status).toBe(401);
      const afterRevoke = await form(google.tokenUrl, {
        grant_type: 'refresh_token',
        refresh_token: tokens.body.refresh_token,
        client_id: client.clientId,
        client_secret: client.clientSecret,
      });
      expect(afterRevoke.body).toEqual({ error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
      expect((await form(google.revokeUrl, { token: 'ya29.unknown' })).status).toBe(400);
    });

    it('gives no refresh token without access_type=offline, and refuses wrong clients, secrets and redirect URIs', async () => {
      google.setAuthorizingUser(ALICE);
      const online = await authorize();
      const code = new URL(online.headers.get('location')!).searchParams.get('code')!;
      const wrongSecret = await form(google.tokenUrl, {
        grant_type: 'authorization_code',
        code,
        redirect_uri: client.redirectUris[0]!,
        client_id: client.clientId,
        client_secret: 'nope',
      });
      expect(wrongSecret.status).toBe(401);
      expect(wrongSecret.body.error).toBe('invalid_client');
      const tokens = await call(google.tokenUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: client.redirectUris[0]! }).toString(),
      });
      expect(tokens.status).toBe(200);
      expect(tokens.body.refresh_token).toBeUndefined();

      const mismatch = await authorize({ redirect_uri: 'http://evil.example/callback' });
      expect(mismatch.status).toBe(400);
      expect(mismatch.body).toContain('redirect_uri_mismatch');
      expect((await authorize({ client_id: 'unknown' })).status).toBe(401);

      google.denyNextAuthorization();
      const denied = new URL((await authorize()).headers.get('location')!);
      expect(Object.fromEntries(denied.searchParams)).toEqual({ error: 'access_denied', state: 'state-123' });
      google.setAuthorizingUser(null);
      expect((await authorize()).status).toBe(200);
    });

    it('answers 401 in Google’s shape for missing, unknown and expired tokens', async () => {
      const missing = await api(google, null, '/drive/v3/files');
      expect(missing.status).toBe(401);
      expect(missing.body.error).toMatchObject({
        code: 401,
        status: 'UNAUTHENTICATED',
        errors: [{ reason: 'required', domain: 'global' }],
      });
      const unknown = await api(google, 'ya29.nope', '/gmail/v1/users/me/profile');
      expect(unknown.status).toBe(401);
      expect(unknown.body.error.errors[0]).toMatchObject({
        reason: 'authError',
        message: 'Invalid Credentials',
        location: 'Authorization',
      });
      expect(unknown.headers.get('www-authenticate')).toContain('invalid_token');
      const short = google.issueToken(ALICE, { expiresInSeconds: 3600 });
      expect((await api(google, short.accessToken, '/drive/v3/files')).status).toBe(200);
      google.expireToken(short.accessToken);
      expect((await api(google, short.accessToken, '/drive/v3/files')).status).toBe(401);
      const userinfo = await api(google, token, '/oauth2/v3/userinfo');
      expect(userinfo.body).toMatchObject({ email: ALICE, email_verified: true, sub: expect.stringMatching(/^\d{21}$/) });
    });
  });

  describe('Drive', () => {
    const user = 'drive-user@example.com';
    let driveToken: string;
    let projects: string;
    let doc: string;
    let sheet: string;
    let slides: string;
    let pdf: string;

    beforeAll(() => {
      google.addDriveUser(user);
      driveToken = google.issueToken(user).accessToken;
      projects = google.addFolder(user, { name: 'Projects' }).id;
      doc = google.addFile(user, {
        name: 'Roadmap',
        parent: projects,
        mimeType: googleMimeTypes.document,
        text: '# Roadmap\n\nShip **it**.',
      }).id;
      sheet = google.addFile(user, { name: 'Budget', parent: projects, mimeType: googleMimeTypes.spreadsheet, text: 'a,b\n1,2\n' }).id;
      slides = google.addFile(user, { name: 'Pitch deck', mimeType: googleMimeTypes.presentation, text: 'Slide 1\nSlide 2' }).id;
      pdf = google.addFile(user, { name: 'HelloWorld.pdf', mimeType: 'application/pdf', content: Buffer.from('%PDF-1.4 bytes') }).id;
      for (let index = 1; index <= 25; index++)
        google.addFile(user, { name: `note-${String(index).padStart(2, '0')}.txt`, text: `note ${index}` });
    });

    it('pages files.list and returns only the fields asked for', async () => {
      const seen: string[] = [];
      let pageToken: string | undefined;
      let pages = 0;
      do {
        const page = await api(google, driveToken, '/drive/v3/files', {
          pageSize: '10',
          fields: 'nextPageToken, files(id,name,mimeType,parents,modifiedTime,size,webViewLink)',
          ...(pageToken ? { pageToken } : {}),
        });
        expect(page.status).toBe(200);
        for (const file of page.body.files) {
          expect(
            Object.keys(file).every((key) => ['id', 'name', 'mimeType', 'parents', 'modifiedTime', 'size', 'webViewLink'].includes(key)),
          ).toBe(true);
          seen.push(file.name);
        }
        expect(page.body.kind).toBeUndefined();
        pageToken = page.body.nextPageToken;
        pages++;
      } while (pageToken);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(30);
      expect(new Set(seen).size).toBe(30);

      const defaults = await api(google, driveToken, '/drive/v3/files', { pageSize: '1' });
      expect(Object.keys(defaults.body)).toEqual(['kind', 'nextPageToken', 'incompleteSearch', 'files']);
      expect(Object.keys(defaults.body.files[0])).toEqual(['kind', 'id', 'name', 'mimeType']);

      const pdfFile = await api(google, driveToken, `/drive/v3/files/${pdf}`, { fields: 'id,size,md5Checksum,owners(emailAddress,me)' });
      expect(pdfFile.body).toEqual({
        id: pdf,
        size: '14',
        md5Checksum: createHash('md5').update('%PDF-1.4 bytes').digest('hex'),
        owners: [{ emailAddress: user, me: true }],
      });
      expect((await api(google, driveToken, '/drive/v3/files', { pageSize: '1001' })).status).toBe(400);
      expect((await api(google, driveToken, '/drive/v3/files', { fields: 'files(id,colour)' })).status).toBe(400);
      const otherQuery = await api(google, driveToken, '/drive/v3/files', {
        pageSize: '10',
        q: 'trashed = false',
        pageToken: defaults.body.nextPageToken,
      });
      expect(otherQuery.status).toBe(400);
      expect(otherQuery.body.error.errors[0]).toMatchObject({ reason: 'invalid', location: 'pageToken' });
    });

    it('filters with q and orders by name or modifiedTime', async () => {
      const names = async (q: string, orderBy?: string) => {
        const answer = await api(google, driveToken, '/drive/v3/files', {
          q,
          fields: 'files(name)',
          pageSize: '1000',
          ...(orderBy ? { orderBy } : {}),
        });
        expect(answer.status).toBe(200);
        return answer.body.files.map((file: { name: string }) => file.name);
      };
      expect(await names(`'${projects}' in parents and trashed = false`, 'name')).toEqual(['Budget', 'Roadmap']);
      expect(await names(`mimeType = '${googleMimeTypes.folder}'`)).toEqual(['Projects']);
      expect(await names(`mimeType != 'text/plain' and mimeType != '${googleMimeTypes.folder}'`, 'name')).toEqual([
        'Budget',
        'HelloWorld.pdf',
        'Pitch deck',
        'Roadmap',
      ]);
      // Drive's `contains` on names matches word prefixes only.
      expect(await names("name contains 'Hello'")).toEqual(['HelloWorld.pdf']);
      expect(await names("name contains 'World'")).toEqual([]);
      expect(await names("name contains 'deck'")).toEqual(['Pitch deck']);
      expect((await names("'root' in parents and name contains 'note'", 'name desc'))[0]).toBe('note-25.txt');
      google.updateFile(doc, { text: '# Roadmap\n\nShip it twice.' });
      expect((await names('trashed = false', 'modifiedTime desc'))[0]).toBe('Roadmap');
      const since = google.file(doc)!.modifiedTime;
      expect(await names(`modifiedTime >= '${since}'`)).toEqual(['Roadmap']);
      const invalid = await api(google, driveToken, '/drive/v3/files', { q: "title = 'x'" });
      expect(invalid.status).toBe(400);
      expect(invalid.body.error).toMatchObject({ code: 400, message: 'Invalid Value', errors: [{ reason: 'invalid', location: 'q' }] });
    });

    it('answers about.get for the user, and only with a field mask', async () => {
      const about = await api(google, driveToken, '/drive/v3/about', { fields: 'user(emailAddress,permissionId,me)' });
      expect(about.body).toEqual({ user: { emailAddress: user, permissionId: expect.stringMatching(/^\d+$/), me: true } });
      const withoutFields = await api(google, driveToken, '/drive/v3/about');
      expect(withoutFields.status).toBe(400);
      expect(withoutFields.body.error.errors[0]).toMatchObject({ reason: 'required', location: 'fields' });
    });

    it('browses folders and answers root, 404 for unknown files', async () => {
      const root = await api(google, driveToken, '/drive/v3/files/root', { fields: 'id,name,mimeType' });
      expect(root.body).toMatchObject({ name: 'My Drive', mimeType: googleMimeTypes.folder });
      const children = await api(google, driveToken, '/drive/v3/files', {
        q: `'${root.body.id}' in parents and mimeType = '${googleMimeTypes.folder}'`,
      });
      expect(children.body.files.map((file: { id: string }) => file.id)).toEqual([projects]);
      const missing = await api(google, driveToken, '/drive/v3/files/1doesnotexist');
      expect(missing.status).toBe(404);
      expect(missing.body.error).toMatchObject({
        code: 404,
        message: 'File not found: 1doesnotexist.',
        errors: [{ reason: 'notFound', location: 'fileId' }],
      });
      // Someone else's file does not exist for this user.
      expect((await api(google, token, `/drive/v3/files/${doc}`)).status).toBe(404);
    });

    it('exports Google files as text and downloads the others', async () => {
      const markdown = await api(google, driveToken, `/drive/v3/files/${doc}/export`, { mimeType: 'text/markdown' });
      expect(markdown.status).toBe(200);
      expect(markdown.body).toBe('# Roadmap\n\nShip it twice.');
      expect(markdown.headers.get('content-type')).toContain('text/markdown');
      expect((await api(google, driveToken, `/drive/v3/files/${sheet}/export`, { mimeType: 'text/csv' })).body).toBe('a,b\n1,2\n');
      expect((await api(google, driveToken, `/drive/v3/files/${slides}/export`, { mimeType: 'text/plain' })).body).toBe('Slide 1\nSlide 2');
      const unsupported = await api(google, driveToken, `/drive/v3/files/${sheet}/export`, { mimeType: 'text/markdown' });
      expect(unsupported.status).toBe(400);
      const media = await fetch(`${google.driveUrl}/files/${pdf}?alt=media`, { headers: { authorization: `Bearer ${driveToken}` } });
      expect(media.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await media.arrayBuffer()).toString()).toBe('%PDF-1.4 bytes');
      const notDownloadable = await api(google, driveToken, `/drive/v3/files/${doc}`, { alt: 'media' });
      expect(notDownloadable.status).toBe(403);
      expect(notDownloadable.body.error.errors[0].reason).toBe('fileNotDownloadable');
      const notExportable = await api(google, driveToken, `/drive/v3/files/${pdf}/export`, { mimeType: 'text/plain' });
      expect(notExportable.body.error.errors[0].reason).toBe('fileNotExportable');
      const huge = google.addFile(user, { name: 'Huge', mimeType: googleMimeTypes.document, text: 'big', exportSize: exportSizeLimit + 1 });
      const tooLarge = await api(google, driveToken, `/drive/v3/files/${huge.id}/export`, { mimeType: 'text/plain' });
      expect(tooLarge.status).toBe(403);
      expect(tooLarge.body.error).toMatchObject({
        code: 403,
        errors: [{ reason: 'exportSizeLimitExceeded' }],
        status: 'PERMISSION_DENIED',
      });
      google.deleteFile(huge.id);
    });

    it('lists shared drives and their files only with the all-drives parameters', async () => {
      const team = google.addSharedDrive('Team', [user, ALICE]);
      google.addSharedDrive('Other team', [BOB]);
      const specs = google.addFolder(user, { name: 'Specs', parent: team.id });
      const spec = google.addFile(ALICE, { name: 'Spec', parent: specs.id, mimeType: googleMimeTypes.document, text: 'spec' });

      const drives = await api(google, driveToken, '/drive/v3/drives');
      expect(drives.body).toEqual({ kind: 'drive#driveList', drives: [{ kind: 'drive#drive', id: team.id, name: 'Team' }] });
      const inDrive = await api(google, driveToken, '/drive/v3/files', {
        corpora: 'drive',
        driveId: team.id,
        includeItemsFromAllDrives: 'true',
        supportsAllDrives: 'true',
        fields: 'files(id,name,driveId,parents,owners)',
      });
      expect(inDrive.body.files).toEqual([
        { id: specs.id, name: 'Specs', driveId: team.id, parents: [team.id] },
        { id: spec.id, name: 'Spec', driveId: team.id, parents: [specs.id] },
      ]);
      const userOnly = await api(google, driveToken, '/drive/v3/files', { q: "name = 'Spec'" });
      expect(userOnly.body.files).toEqual([]);
      const allDrives = await api(google, driveToken, '/drive/v3/files', {
        q: "name = 'Spec'",
        corpora: 'allDrives',
        includeItemsFromAllDrives: 'true',
        supportsAllDrives: 'true',
      });
      expect(allDrives.body.files.map((file: { id: string }) => file.id)).toEqual([spec.id]);
      expect((await api(google, driveToken, '/drive/v3/files', { corpora: 'drive', driveId: team.id })).status).toBe(400);
      expect((await api(google, driveToken, '/drive/v3/files', { includeItemsFromAllDrives: 'true' })).status).toBe(403);
      expect((await api(google, driveToken, `/drive/v3/files/${spec.id}`)).status).toBe(404);
      expect((await api(google, driveToken, `/drive/v3/files/${spec.id}`, { supportsAllDrives: 'true' })).status).toBe(200);
    });

    it('reports edits, moves, trashing and deletion in the changes feed, once per file, then a newStartPageToken', async () => {
      const start = await api(google, driveToken, '/drive/v3/changes/startPageToken');
      expect(start.body).toEqual({ kind: 'drive#startPageToken', startPageToken: expect.stringMatching(/^\d+$/) });
      const nothing = await api(google, driveToken, '/drive/v3/changes', { pageToken: start.body.startPageToken });
      expect(nothing.body).toEqual({ kind: 'drive#changeList', newStartPageToken: start.body.startPageToken, changes: [] });

      const archive = google.addFolder(user, { name: 'Archive' });
      const memo = google.addFile(user, { name: 'memo.txt', text: 'v1' });
      google.updateFile(memo.id, { text: 'v2' });
      google.moveFile(memo.id, archive.id);
      google.trashFile(slides);
      google.deleteFile(pdf);
      // Another user's change is not in this user's feed.
      google.addFile(BOB, { name: 'bob.txt', text: 'bob' });

      const fields = 'nextPageToken,newStartPageToken,changes(changeType,removed,fileId,file(name,parents,trashed))';
      const first = await api(google, driveToken, '/drive/v3/changes', { pageToken: start.body.startPageToken, pageSize: '2', fields });
      expect(first.body.newStartPageToken).toBeUndefined();
      const second = await api(google, driveToken, '/drive/v3/changes', { pageToken: first.body.nextPageToken, pageSize: '2', fields });
      expect(second.body.nextPageToken).toBeUndefined();
      expect(second.body.newStartPageToken).toMatch(/^\d+$/);
      expect([...first.body.changes, ...second.body.changes]).toEqual([
        {
          changeType: 'file',
          removed: false,
          fileId: archive.id,
          file: { name: 'Archive', parents: [expect.any(String)], trashed: false },
        },
        { changeType: 'file', removed: false, fileId: memo.id, file: { name: 'memo.txt', parents: [archive.id], trashed: false } },
        { changeType: 'file', removed: false, fileId: slides, file: { name: 'Pitch deck', parents: [expect.any(String)], trashed: true } },
        { changeType: 'file', removed: true, fileId: pdf },
      ]);
      const withoutRemoved = await api(google, driveToken, '/drive/v3/changes', {
        pageToken: start.body.startPageToken,
        includeRemoved: 'false',
        fields,
      });
      expect(withoutRemoved.body.changes.map((change: { fileId: string }) => change.fileId)).not.toContain(pdf);

      // The new start token sees only what happens next.
      const next = second.body.newStartPageToken;
      expect((await api(google, driveToken, '/drive/v3/changes', { pageToken: next })).body.changes).toEqual([]);
      google.updateFile(doc, { name: 'Roadmap 2027' });
      const after = await api(google, driveToken, '/drive/v3/changes', { pageToken: next, fields: 'changes(fileId,file(name))' });
      expect(after.body.changes).toEqual([{ fileId: doc, file: { name: 'Roadmap 2027' } }]);
      expect((await api(google, driveToken, '/drive/v3/changes')).status).toBe(400);
      expect((await api(google, driveToken, '/drive/v3/changes', { pageToken: '99999999' })).status).toBe(400);
    });

    it('sends sync then change notifications to a watch channel, with Drive’s headers, until stopped', async () => {
      const receiver = await startReceiver();
      try {
        const start = await api(google, driveToken, '/drive/v3/changes/startPageToken');
        const expiration = Date.now() + 600_000;
        const watch = await post(
          google,
          driveToken,
          '/drive/v3/changes/watch',
          { id: 'channel-1', type: 'web_hook', address: receiver.url, token: 'secret-token', expiration: String(expiration) },
          { pageToken: start.body.startPageToken },
        );
        expect(watch.status).toBe(200);
        expect(watch.body).toEqual({
          kind: 'api#channel',
          id: 'channel-1',
          resourceId: expect.any(String),
          resourceUri: `${google.driveUrl}/changes?alt=json&pageToken=${start.body.startPageToken}`,
          token: 'secret-token',
          expiration: String(expiration),
        });
        expect(google.channels(user)).toEqual([expect.objectContaining({ id: 'channel-1', address: receiver.url, stopped: false })]);

        google.updateFile(doc, { text: 'edited' });
        google.addFile(BOB, { name: 'not for this channel.txt' });
        expect(google.pendingNotifications).toBe(2);
        const deliveries = await google.deliverPendingNotifications();
        expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200]);
        expect(receiver.received.map((request) => request.headers['x-goog-resource-state'])).toEqual(['sync', 'change']);
        const change = receiver.received[1]!;
        expect(change.method).toBe('POST');
        expect(change.body).toBe('');
        expect(change.headers).toMatchObject({
          'x-goog-channel-id': 'channel-1',
          'x-goog-channel-token': 'secret-token',
          'x-goog-message-number': '2',
          'x-goog-resource-id': watch.body.resourceId,
          'x-goog-channel-expiration': new Date(expiration).toUTCString(),
        });

        const stop = await post(google, driveToken, '/drive/v3/channels/stop', { id: 'channel-1', resourceId: watch.body.resourceId });
        expect(stop.status).toBe(204);
        google.updateFile(doc, { text: 'edited again' });
        expect(google.pendingNotifications).toBe(0);
        expect(
          (await post(google, driveToken, '/drive/v3/channels/stop', { id: 'channel-1', resourceId: watch.body.resourceId })).status,
        ).toBe(404);
      } finally {
        await receiver.close();
      }
    });
  });

  describe('Gmail', () => {
    let first: { id: string; threadId: string; historyId: string };
    let second: { id: string };

    beforeAll(() => {
      first = google.addMessage(ALICE, {
        from: 'Carol <carol@example.com>',
        subject: 'Quarterly report',
        date: '2026-01-05T10:00:00Z',
        text: 'Numbers attached.',
        html: '<p>Numbers <b>attached</b>.</p>',
        attachments: [{ filename: 'report.csv', mimeType: 'text/csv', content: 'q,revenue\n1,100\n' }],
        labels: ['INBOX', 'UNREAD', 'Receipts'],
      });
      second = google.addMessage(ALICE, { from: 'dave@example.com', subject: 'Lunch?', date: '2026-01-06T12:00:00Z', text: 'Noon?' });
      for (let index = 0; index < 5; index++) {
        google.addMessage(ALICE, {
          from: 'news@example.com',
          subject: `Newsletter ${index}`,
          date: `2026-01-0${index + 1}T08:00:00Z`,
          text: 'news',
          labels: ['CATEGORY_PROMOTIONS'],
        });
      }
    });

    it('lists system and user labels', async () => {
      const labels = await api(google, token, '/gmail/v1/users/me/labels');
      expect(labels.status).toBe(200);
      const byId = new Map(labels.body.labels.map((label: { id: string }) => [label.id, label]));
      expect(byId.get('INBOX')).toEqual({ id: 'INBOX', name: 'INBOX', type: 'system', labelListVisibility: 'labelShow' });
      expect(byId.get('SENT')).toMatchObject({ type: 'system' });
      expect(byId.get('Label_1')).toEqual({
        id: 'Label_1',
        name: 'Receipts',
        type: 'user',
        messageListVisibility: 'show',
        labelListVisibility: 'labelShow',
      });
      const profile = await api(google, token, '/gmail/v1/users/me/profile');
      expect(profile.body).toEqual({ emailAddress: ALICE, messagesTotal: 7, threadsTotal: 7, historyId: google.historyId(ALICE) });
    });

    it('lists messages newest first by label and query, in pages', async () => {
      const inbox = await api(google, token, '/gmail/v1/users/me/messages', { labelIds: 'INBOX' });
      expect(inbox.body).toEqual({
        messages: [
          { id: second.id, threadId: second.id },
          { id: first.id, threadId: first.threadId },
        ],
        resultSizeEstimate: 2,
      });
      expect((await api(google, token, '/gmail/v1/users/me/messages', { labelIds: ['INBOX', 'Label_1'] })).body.messages).toEqual([
        { id: first.id, threadId: first.threadId },
      ]);
      expect((await api(google, token, '/gmail/v1/users/me/messages', { q: 'from:carol has:attachment' })).body.messages).toHaveLength(1);
      expect((await api(google, token, '/gmail/v1/users/me/messages', { q: 'subject:nothing-like-this' })).body).toEqual({
        resultSizeEstimate: 0,
      });
      const ids: string[] = [];
      let pageToken: string | undefined;
      do {
        const page = await api(google, token, '/gmail/v1/users/me/messages', { maxResults: '3', ...(pageToken ? { pageToken } : {}) });
        ids.push(...page.body.messages.map((message: { id: string }) => message.id));
        expect(page.body.resultSizeEstimate).toBe(7);
        pageToken = page.body.nextPageToken;
      } while (pageToken);
      expect(ids).toHaveLength(7);
      expect(new Set(ids).size).toBe(7);
    });

    it('gets a message as a MIME tree with text, html and an attachment, or its metadata headers only', async () => {
      const full = await api(google, token, `/gmail/v1/users/me/messages/${first.id}`, { format: 'full' });
      expect(full.status).toBe(200);
      const { payload } = full.body;
      expect(full.body).toMatchObject({
        id: first.id,
        threadId: first.threadId,
        labelIds: ['INBOX', 'UNREAD', 'Label_1'],
        snippet: 'Numbers attached.',
      });
      expect(full.body.internalDate).toBe(String(Date.parse('2026-01-05T10:00:00Z')));
      expect(payload.mimeType).toBe('multipart/mixed');
      expect(payload.headers).toEqual(
        expect.arrayContaining([
          { name: 'Subject', value: 'Quarterly report' },
          { name: 'From', value: 'Carol <carol@example.com>' },
        ]),
      );
      const [alternative, attachment] = payload.parts;
      expect(alternative.mimeType).toBe('multipart/alternative');
      expect(alternative.parts.map((part: any) => [part.partId, part.mimeType])).toEqual([
        ['0.0', 'text/plain'],
        ['0.1', 'text/html'],
      ]);
      expect(Buffer.from(alternative.parts[0].body.data, 'base64url').toString()).toBe('Numbers attached.');
      expect(Buffer.from(alternative.parts[1].body.data, 'base64url').toString()).toBe('<p>Numbers <b>attached</b>.</p>');
      expect(attachment).toMatchObject({
        partId: '1',
        mimeType: 'text/csv',
        filename: 'report.csv',
        body: { size: 16, attachmentId: expect.any(String) },
      });
      const content = await api(google, token, `/gmail/v1/users/me/messages/${first.id}/attachments/${attachment.body.attachmentId}`);
      expect(Buffer.from(content.body.data, 'base64url').toString()).toBe('q,revenue\n1,100\n');

      const metadata = await api(google, token, `/gmail/v1/users/me/messages/${first.id}`, {
        format: 'metadata',
        metadataHeaders: ['Subject', 'From'],
      });
      expect(metadata.body.payload).toEqual({
        mimeType: 'multipart/mixed',
        headers: [
          { name: 'Subject', value: 'Quarterly report' },
          { name: 'From', value: 'Carol <carol@example.com>' },
        ],
      });
      const plain = await api(google, token, `/gmail/v1/users/me/messages/${second.id}`);
      expect(plain.body.payload).toMatchObject({
        partId: '',
        mimeType: 'text/plain',
        body: { size: 5, data: Buffer.from('Noon?').toString('base64url') },
      });
      expect((await api(google, token, '/gmail/v1/users/me/messages/abcdef0123')).status).toBe(404);
    });

    it('reports history since a startHistoryId, filtered by type and label, and 404 once it is too old', async () => {
      const start = google.historyId(ALICE);
      const added = google.addMessage(ALICE, { from: 'erin@example.com', subject: 'New', text: 'hi' });
      google.labelMessage(ALICE, added.id, { add: ['Receipts'], remove: ['UNREAD'] });
      google.deleteMessage(ALICE, second.id);

      const history = await api(google, token, '/gmail/v1/users/me/history', { startHistoryId: start });
      expect(history.status).toBe(200);
      expect(history.body.historyId).toBe(google.historyId(ALICE));
      expect(history.body.history).toEqual([
        {
          id: expect.any(String),
          messages: [{ id: added.id, threadId: added.threadId }],
          messagesAdded: [{ message: { id: added.id, threadId: added.threadId, labelIds: ['INBOX', 'UNREAD'] } }],
        },
        {
          id: expect.any(String),
          messages: [{ id: added.id, threadId: added.threadId }],
          labelsAdded: [
            { message: { id: added.id, threadId: added.threadId, labelIds: ['INBOX', 'UNREAD', 'Label_1'] }, labelIds: ['Label_1'] },
          ],
        },
        {
          id: expect.any(String),
          messages: [{ id: added.id, threadId: added.threadId }],
          labelsRemoved: [{ message: { id: added.id, threadId: added.threadId, labelIds: ['INBOX', 'Label_1'] }, labelIds: ['UNREAD'] }],
        },
        {
          id: expect.any(String),
          messages: [{ id: second.id, threadId: second.id }],
          messagesDeleted: [{ message: { id: second.id, threadId: second.id } }],
        },
      ]);
      const ids = history.body.history.map((record: { id: string }) => Number(record.id));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      const addedOnly = await api(google, token, '/gmail/v1/users/me/history', { startHistoryId: start, historyTypes: 'messageAdded' });
      expect(addedOnly.body.history).toHaveLength(1);
      const receipts = await api(google, token, '/gmail/v1/users/me/history', { startHistoryId: start, labelId: 'Label_1' });
      expect(receipts.body.history).toHaveLength(2);
      const paged = await api(google, token, '/gmail/v1/users/me/history', { startHistoryId: start, maxResults: '3' });
      const rest = await api(google, token, '/gmail/v1/users/me/history', {
        startHistoryId: start,
        maxResults: '3',
        pageToken: paged.body.nextPageToken,
      });
      expect([...paged.body.history, ...rest.body.history]).toEqual(history.body.history);
      const upToDate = await api(google, token, '/gmail/v1/users/me/history', { startHistoryId: google.historyId(ALICE) });
      expect(upToDate.body).toEqual({ historyId: google.historyId(ALICE) });

      google.expireHistory(ALICE);
      const tooOld = await api(google, token, '/gmail/v1/users/me/history', { startHistoryId: start });
      expect(tooOld.status).toBe(404);
      expect(tooOld.body.error).toMatchObject({ code: 404, status: 'NOT_FOUND', errors: [{ reason: 'notFound' }] });
      expect((await api(google, token, '/gmail/v1/users/me/history')).status).toBe(400);
    });

    it('pushes to Pub/Sub while watched, with a JWT that verifies against the JWKS', async () => {
      const receiver = await startReceiver();
      try {
        const topic = 'projects/gateway-test/topics/gmail';
        google.setPubSubPush(topic, receiver.url, {
          audience: 'https://gateway.example/pubsub',
          serviceAccountEmail: 'push@gateway-test.iam.gserviceaccount.com',
        });
        expect((await post(google, token, '/gmail/v1/users/me/watch', { topicName: 'gmail' })).status).toBe(400);
        const watch = await post(google, token, '/gmail/v1/users/me/watch', { topicName: topic, labelIds: ['INBOX'] });
        expect(watch.body).toEqual({ historyId: google.historyId(ALICE), expiration: expect.stringMatching(/^\d+$/) });

        google.addMessage(ALICE, { from: 'frank@example.com', subject: 'Watched', text: 'ping' });
        const historyId = Number(google.historyId(ALICE));
        google.addMessage(ALICE, { from: 'spam@example.com', subject: 'Filtered out', text: 'x', labels: ['SPAM'] });
        const deliveries = await google.deliverPendingNotifications();
        expect(deliveries.map((delivery) => delivery.status)).toEqual([200]);
        const push = receiver.received[0]!;
        const body = JSON.parse(push.body);
        expect(body).toEqual({
          message: {
            data: expect.any(String),
            messageId: expect.any(String),
            message_id: expect.any(String),
            publishTime: expect.any(String),
            publish_time: expect.any(String),
          },
          subscription: 'projects/gateway-test/subscriptions/gmail-push',
        });
        expect(JSON.parse(Buffer.from(body.message.data, 'base64').toString())).toEqual({ emailAddress: ALICE, historyId });

        const certs = await call(google.certsUrl);
        const claims = verifyJwt(String(push.headers.authorization).replace(/^Bearer /, ''), certs.body.keys);
        expect(claims).toMatchObject({
          iss: 'https://accounts.google.com',
          aud: 'https://gateway.example/pubsub',
          email: 'push@gateway-test.iam.gserviceaccount.com',
          email_verified: true,
        });
        expect(claims.exp).toBeGreaterThan(claims.iat);

        expect((await post(google, token, '/gmail/v1/users/me/stop', {})).status).toBe(204);
        google.addMessage(ALICE, { from: 'frank@example.com', subject: 'After stop', text: 'pong' });
        expect(google.pendingNotifications).toBe(0);
      } finally {
        await receiver.close();
      }
    });

    it('delivers by itself with notifications: auto', async () => {
      const receiver = await startReceiver();
      const auto = await startGoogleFake({ notifications: 'auto' });
      try {
        auto.addMailbox(BOB);
        const bobToken = auto.issueToken(BOB).accessToken;
        auto.setPubSubPush('projects/p/topics/t', receiver.url);
        await post(auto, bobToken, '/gmail/v1/users/me/watch', { topicName: 'projects/p/topics/t' });
        auto.addMessage(BOB, { from: 'a@example.com', text: 'hello' });
        // The fake records a delivery once the receiver has answered, which can be after the receiver saw it.
        await until(() => receiver.received.length === 1 && auto.deliveries.length === 1);
        expect(receiver.received).toHaveLength(1);
      } finally {
        await auto.close();
        await receiver.close();
      }
    });
  });

  describe('Drive sharing, trash and channels across drives', () => {
    const owner = 'owner@example.com';
    const reader = 'reader@example.com';
    let ownerToken: string;
    let readerToken: string;

    beforeAll(() => {
      google.addDriveUser(owner);
      google.addDriveUser(reader);
      ownerToken = google.issueToken(owner).accessToken;
      readerToken = google.issueToken(reader).accessToken;
    });

    it('trashes a folder with its contents and untrashes them again', async () => {
      const folder = google.addFolder(owner, { name: 'Old' });
      const inside = google.addFile(owner, { name: 'inside.txt', parent: folder.id, text: 'x' });
      const alive = async () =>
        (await api(google, ownerToken, '/drive/v3/files', { q: 'trashed = false', fields: 'files(id)' })).body.files.map(
          (file: { id: string }) => file.id,
        );
      expect(await alive()).toEqual(expect.arrayContaining([folder.id, inside.id]));
      google.trashFile(folder.id);
      expect(await alive()).not.toContain(inside.id);
      const trashed = await api(google, ownerToken, `/drive/v3/files/${inside.id}`, { fields: 'trashed,explicitlyTrashed' });
      expect(trashed.body).toEqual({ trashed: true, explicitlyTrashed: false });
      // Trashed files are still listed when the query does not exclude them, as in Drive.
      expect((await api(google, ownerToken, '/drive/v3/files', { q: `'${folder.id}' in parents` })).body.files).toHaveLength(1);
      google.untrashFile(folder.id);
      expect(await alive()).toEqual(expect.arrayContaining([folder.id, inside.id]));
    });

    it('shows a shared file to its reader, and reports it removed from their feed once unshared', async () => {
      const start = (await api(google, readerToken, '/drive/v3/changes/startPageToken')).body.startPageToken;
      const shared = google.addFile(owner, { name: 'shared.txt', text: 'hello' });
      google.shareFile(shared.id, reader);
      const seen = await api(google, readerToken, `/drive/v3/files/${shared.id}`, { fields: 'id,ownedByMe,owners(emailAddress,me)' });
      expect(seen.body).toEqual({ id: shared.id, ownedByMe: false, owners: [{ emailAddress: owner, me: false }] });
      const sharedWithMe = await api(google, readerToken, '/drive/v3/files', {
        q: 'sharedWithMe and trashed = false',
        fields: 'files(id)',
      });
      expect(sharedWithMe.body.files).toEqual([{ id: shared.id }]);
      expect((await api(google, ownerToken, '/drive/v3/files', { q: 'sharedWithMe = true' })).body.files).toEqual([]);
      const feed = await api(google, readerToken, '/drive/v3/changes', {
        pageToken: start,
        fields: 'newStartPageToken,changes(fileId,removed)',
      });
      expect(feed.body.changes).toEqual([{ fileId: shared.id, removed: false }]);
      google.shareFile(shared.id, reader, false);
      const after = await api(google, readerToken, '/drive/v3/changes', {
        pageToken: feed.body.newStartPageToken,
        fields: 'changes(fileId,removed,file)',
      });
      expect(after.body.changes).toEqual([{ fileId: shared.id, removed: true }]);
      expect((await api(google, readerToken, `/drive/v3/files/${shared.id}`)).status).toBe(404);
    });

    it('notifies a channel of shared drive changes only when it watches all drives', async () => {
      const receiver = await startReceiver();
      try {
        const team = google.addSharedDrive('Owners', [owner]);
        const token = (await api(google, ownerToken, '/drive/v3/changes/startPageToken')).body.startPageToken;
        const myDrive = await post(
          google,
          ownerToken,
          '/drive/v3/changes/watch',
          { id: 'my-drive', type: 'web_hook', address: receiver.url },
          { pageToken: token },
        );
        const allDrives = await post(
          google,
          ownerToken,
          '/drive/v3/changes/watch',
          { id: 'all-drives', type: 'web_hook', address: receiver.url },
          { pageToken: token, includeItemsFromAllDrives: 'true', supportsAllDrives: 'true' },
        );
        expect([myDrive.status, allDrives.status]).toEqual([200, 200]);
        google.addFile(owner, { name: 'team.txt', parent: team.id, text: 't' });
        await google.deliverPendingNotifications();
        expect(
          receiver.received.map((request) => [request.headers['x-goog-channel-id'], request.headers['x-goog-resource-state']]),
        ).toEqual([
          ['my-drive', 'sync'],
          ['all-drives', 'sync'],
          ['all-drives', 'change'],
        ]);
        // Nothing listens any more: the delivery records the failure instead of throwing.
        await receiver.close();
        google.addFile(owner, { name: 'mine.txt', text: 'm' });
        const failed = await google.deliverPendingNotifications();
        expect(failed.map((delivery) => delivery.status)).toEqual([null, null]);
        expect(failed[0]!.error).toBeDefined();
        expect(google.channels(owner).map((channel) => channel.messageNumber)).toEqual([2, 3]);
      } finally {
        await receiver.close().catch(() => undefined);
      }
    });
  });

  describe('tokens from issueToken', () => {
    it('refresh at the token endpoint and give raw messages to a Gmail scope', async () => {
      google.addOAuthClient({ clientId: 'client-2', clientSecret: 'secret-2' });
      const issued = google.issueToken(ALICE, { refreshToken: true, expiresInSeconds: 60 });
      google.expireToken(issued.accessToken);
      expect((await api(google, issued.accessToken, '/gmail/v1/users/me/profile')).status).toBe(401);
      const refreshed = await form(google.tokenUrl, {
        grant_type: 'refresh_token',
        refresh_token: issued.refreshToken!,
        client_id: 'client-2',
        client_secret: 'secret-2',
      });
      expect(refreshed.status).toBe(200);
      const list = await api(google, refreshed.body.access_token, '/gmail/v1/users/me/messages', { maxResults: '1' });
      const raw = await api(google, refreshed.body.access_token, `/gmail/v1/users/me/messages/${list.body.messages[0].id}`, {
        format: 'raw',
      });
      const text = Buffer.from(raw.body.raw, 'base64url').toString('utf8');
      expect(text).toMatch(/^MIME-Version: 1\.0\r\n/);
      expect(text).toContain('\r\nSubject: ');
      expect(raw.body.sizeEstimate).toBe(Buffer.byteLength(text));
      expect(raw.body.payload).toBeUndefined();
      // A mailbox-only Google account still has (an empty) Drive; a Drive-only one has no Gmail.
      const driveOnly = google.issueToken(BOB).accessToken;
      const noMail = await api(google, driveOnly, '/gmail/v1/users/me/labels');
      expect(noMail.status).toBe(400);
      expect(noMail.body.error.errors[0].reason).toBe('failedPrecondition');
      expect((await api(google, token, `/gmail/v1/users/${BOB}/labels`)).status).toBe(403);
    });
  });

  describe('faults and limits', () => {
    it('rate limits Drive with 403 rateLimitExceeded and Gmail with 429 and retry-after, then lifts', async () => {
      google.rateLimit('drive', { style: '403-rateLimitExceeded', retryAfterSeconds: 30 });
      const drive = await api(google, token, '/drive/v3/files');
      expect(drive.status).toBe(403);
      expect(drive.body).toEqual({
        error: {
          code: 403,
          message: 'Rate Limit Exceeded',
          errors: [{ message: 'Rate Limit Exceeded', domain: 'usageLimits', reason: 'rateLimitExceeded' }],
          status: 'PERMISSION_DENIED',
        },
      });
      // Gmail is not limited by a Drive limit.
      expect((await api(google, token, '/gmail/v1/users/me/labels')).status).toBe(200);
      google.rateLimit('gmail.messages.list', { style: '429', reason: 'userRateLimitExceeded', retryAfterSeconds: 7 });
      const gmail = await api(google, token, '/gmail/v1/users/me/messages');
      expect(gmail.status).toBe(429);
      expect(gmail.headers.get('retry-after')).toBe('7');
      expect(gmail.body.error).toMatchObject({
        code: 429,
        status: 'RESOURCE_EXHAUSTED',
        errors: [{ domain: 'usageLimits', reason: 'userRateLimitExceeded' }],
      });
      google.clearRateLimit();
      expect((await api(google, token, '/drive/v3/files')).status).toBe(200);
      google.rateLimit('drive', { style: '429', count: 1 });
      expect((await api(google, token, '/drive/v3/files')).status).toBe(429);
      expect((await api(google, token, '/drive/v3/files')).status).toBe(200);
    });

    it('fails the next matching requests on demand, adds latency, and counts requests', async () => {
      google.failNext('drive.files.list', 503, 2);
      const failed = await api(google, token, '/drive/v3/files');
      expect(failed.status).toBe(503);
      expect(failed.body.error).toMatchObject({ code: 503, errors: [{ reason: 'backendError' }], status: 'UNAVAILABLE' });
      expect((await api(google, token, '/drive/v3/files/root')).status).toBe(200);
      expect((await api(google, token, '/drive/v3/files')).status).toBe(503);
      expect((await api(google, token, '/drive/v3/files')).status).toBe(200);
      google.failNext((request) => request.path.endsWith('/labels'), 500);
      expect((await api(google, token, '/gmail/v1/users/me/labels')).status).toBe(500);

      google.setLatency(50);
      const started = Date.now();
      await api(google, token, '/drive/v3/files');
      expect(Date.now() - started).toBeGreaterThanOrEqual(45);

      expect(google.count('drive.files.list')).toBe(4);
      expect(google.count((request) => request.status >= 500)).toBe(3);
      expect(google.requests.at(-1)).toMatchObject({ kind: 'drive.files.list', method: 'GET', path: '/drive/v3/files', status: 200 });
      google.resetCounters();
      expect(google.requests).toHaveLength(0);
    });
  });
});
