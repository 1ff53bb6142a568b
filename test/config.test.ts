import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';
import { root, runToEnd } from './support/processes';

describe('configuration', () => {
  it('has working defaults: embedded database in ./.data, port 4000 on 127.0.0.1', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:4000',
      database: { kind: 'embedded', dataDir: expect.stringMatching(/\.data$/) },
    });
  });

  it('derives PUBLIC_URL from PORT, and uses a PostgreSQL server when DATABASE_URL is set', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u@db:5432/gw', PUBLIC_URL: 'https://gw.example.com/' });
    expect(config.publicUrl).toBe('https://gw.example.com');
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/gw' });
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://root@localhost/db'],
    ['DATABASE_URL', 'not a url'],
    ['PUBLIC_URL', 'ftp://example.com'],
    ['LOG_LEVEL', 'loud'],
    ['NODE_ENV', 'staging'],
  ])('rejects %s=%s, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}: `));
  });

  it('reports every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).issues.map((issue) => issue.split(':')[0])).toEqual(['PORT', 'LOG_LEVEL']);
    }
  });

  it('stops `npm start` with exit code 1 and a message naming the variable', async () => {
    const { PORT: _port, DATABASE_URL: _url, ...env } = process.env;
    const result = await runToEnd(
      spawn('npm', ['start', '--silent'], { cwd: root, env: { ...env, PORT: 'not-a-port', DATA_DIR: '/nonexistent/never-created' } }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toMatch(/PORT: must be a number \(got "not-a-port"\)/);
    expect(result.stdout).not.toContain('gateway listening');
  });
});
