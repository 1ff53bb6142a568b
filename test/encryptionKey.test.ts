import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';
import { loadEncryptionKey } from '../src/crypto/encryptionKey';
import { createSecretBox, SecretBoxError } from '../src/crypto/secretBox';
import { root, runToEnd } from './support/processes';

describe('the credentials key', () => {
  let dataDir: string | undefined;
  afterEach(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('is generated into DATA_DIR with mode 0600 when unset, and reused afterwards', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'cgw-key-'));
    const config = loadConfig({ DATA_DIR: dataDir });
    const first = await loadEncryptionKey(config);
    const file = path.join(dataDir, 'encryption.key');
    expect(((await stat(file)).mode & 0o777).toString(8)).toBe('600');
    expect(first).toHaveLength(32);
    expect(await loadEncryptionKey(config)).toEqual(first);
    expect(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64')).toEqual(first);
  });

  it('comes from ENCRYPTION_KEY (hex or base64) when set', async () => {
    const hex = 'ab'.repeat(32);
    expect(await loadEncryptionKey(loadConfig({ ENCRYPTION_KEY: hex }))).toEqual(Buffer.from(hex, 'hex'));
    const base64 = Buffer.alloc(32, 7).toString('base64');
    expect(await loadEncryptionKey(loadConfig({ ENCRYPTION_KEY: base64 }))).toEqual(Buffer.alloc(32, 7));
    expect(() => loadConfig({ ENCRYPTION_KEY: 'too-short' })).toThrow(/ENCRYPTION_KEY: must be 32 bytes/);
  });

  it('is required in production: start-up stops with a clear message', async () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/ENCRYPTION_KEY: required when NODE_ENV=production/);
    const { DATABASE_URL: _url, ENCRYPTION_KEY: _key, ...env } = process.env;
    const result = await runToEnd(
      spawn(process.execPath, ['dist/main.js'], { cwd: root, env: { ...env, NODE_ENV: 'production', DATA_DIR: '/nonexistent/never' } }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ENCRYPTION_KEY: required when NODE_ENV=production');
  });

  it('seals with authenticated encryption: a tampered or foreign ciphertext does not open', () => {
    const box = createSecretBox(Buffer.alloc(32, 1));
    const sealed = box.seal('ghu_secret_token');
    expect(sealed).not.toContain('ghu_secret_token');
    expect(box.seal('ghu_secret_token')).not.toBe(sealed); // a fresh IV every time
    expect(box.open(sealed)).toBe('ghu_secret_token');
    const parts = sealed.split('.');
    // One bit of the ciphertext flipped in its bytes (editing the base64 text could change only padding bits).
    const ciphertext = Buffer.from(parts[3]!, 'base64url');
    ciphertext[0]! ^= 1;
    const flipped = [...parts.slice(0, 3), ciphertext.toString('base64url')].join('.');
    expect(() => box.open(flipped)).toThrow(SecretBoxError);
    expect(() => createSecretBox(Buffer.alloc(32, 2)).open(sealed)).toThrow(/ENCRYPTION_KEY/);
  });
});
