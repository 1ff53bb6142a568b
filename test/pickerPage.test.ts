// How the gateway serves the picker's build at /picker: the page, its assets, and what it refuses.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import { createGatewayApp } from '../src/server/app';
import { pickerBuildDir } from '../src/server/pickerPage';
import { serve, startTestGateway, TEST_ENCRYPTION_KEY, TEST_ORIGIN, type TestGateway } from './support/gateway';

describe('the picker page at /picker', () => {
  let gateway: TestGateway;
  const get = (pathname: string, init: RequestInit = {}) => gateway.app.fetch(`http://gateway.test${pathname}`, init);

  beforeAll(async () => {
    gateway = await startTestGateway('embedded', {
      GITHUB_CLIENT_ID: 'Iv1.picker-page',
      GITHUB_CLIENT_SECRET: 'picker-page-client-secret',
    });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('serves the built page without an API key, with a strict content security policy', async () => {
    expect((await get('/picker?connection=abc')).headers.get('location')).toBe('/picker/?connection=abc');
    const page = await get('/picker/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const html = await page.text();
    expect(html).toBe(readFileSync(path.join(pickerBuildDir, 'index.html'), 'utf8'));
    // The page routes by query string; other paths under /picker get the page too.
    expect(await (await get('/picker/connections/abc')).text()).toBe(html);

    const script = /src="(\/picker\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await get(script!, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    // fetch undoes the gzip encoding itself.
    const code = await asset.text();
    expect(code).toBe(readFileSync(path.join(pickerBuildDir, script!.slice('/picker/'.length)), 'utf8'));
    // Nothing of the server's configuration is in the bundle: it only knows where the API is.
    for (const secret of [TEST_ENCRYPTION_KEY, 'picker-page-client-secret', 'Iv1.picker-page']) expect(code).not.toContain(secret);
    expect(code).toContain('sessionStorage');
  });

  it('answers 404 for a missing asset, 405 for other methods, and leaves other paths alone', async () => {
    const missing = await get('/picker/assets/missing-123.js');
    expect(missing.status).toBe(404);
    // The error is JSON like every other, not typed as the script that was asked for.
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await missing.json()) as { details: { code: string } }).details.code).toBe('NOT_FOUND');
    expect((await get('/picker/', { method: 'POST' })).status).toBe(405);
    expect((await get('/pickers')).status).toBe(404);
  });

  it('says how to build the page when there is no build', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'picker-'));
    const unbuilt = await serve(
      await createGatewayApp({ db: gateway.db, services: gateway.services, logger: createLogger('silent'), pickerDir: empty }),
    );
    const response = await unbuilt.fetch(`${TEST_ORIGIN}/picker/`);
    await unbuilt.close();
    expect(response.status).toBe(503);
    expect((await response.json()).error).toContain('npm run build');
  });
});
