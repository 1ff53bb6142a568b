import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../src/db/dataDirLock';
import { openDatabase } from '../src/db/database';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { graphql } from './gql';
import { appOver, testConfig } from './support/gateway';
import { execute } from './support/graphql';
import { root, runCli, runToEnd, startServer, type ServerProcess } from './support/processes';

const CountConnections = graphql(`
  query CliKeyCheck {
    connections {
      totalCount
    }
  }
`);

const KEY_LINE = /^cgw_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/;

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

/** `npm run gateway -- <args>`, the way a user types it (and the picker's key screen shows it). */
function npmGateway(args: string[], env: Record<string, string>) {
  return runToEnd(
    spawn('npm', ['run', 'gateway', '--', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: '', DATA_DIR: '', ...env } }),
  );
}

describe.each(databaseKinds)('gateway CLI (%s)', (kind) => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
  });
  afterAll(() => testDb?.drop());

  /** Sends a query with `key` to a gateway over this database, opened after the CLI has exited. */
  async function statusWithKey(key: string): Promise<number> {
    const db = await openDatabase(testDb.config);
    try {
      const { app } = await appOver(db, testConfig(testDb));
      const response = await execute(app.url, CountConnections, { key });
      await app.close();
      return response.status;
    } finally {
      await db.close();
    }
  }

  it('migrate brings a fresh database up to date, then finds nothing to do', async () => {
    const first = await runCli(['migrate'], testDb.env);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/Applied migrations: \d{14}_init/);
    expect(first.stdout).toContain('Database is up to date.');
    const second = await runCli(['migrate'], testDb.env);
    expect(second.code).toBe(0);
    expect(second.stderr).not.toContain('Applied migrations');
  });

  it('without --org, creates organization "default" on a database with none, then keeps to the only one', async () => {
    const first = await runCli(['apikey', 'create'], testDb.env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('for organization "default"');
    expect(lastLine(first.stdout)).toMatch(KEY_LINE);
    const second = await runCli(['apikey', 'create', '--name', 'second'], testDb.env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('for organization "default"');
    expect(await statusWithKey(lastLine(second.stdout))).toBe(200);
    const listed = await runCli(['apikey', 'list'], testDb.env);
    expect(listed.stdout.match(/\sdefault\s/g)).toHaveLength(2);
  });

  it('creates a key (and its organization) through `npm run gateway`, printing the key alone on the last line', async () => {
    const result = await npmGateway(['apikey', 'create', '--org', 'acme', '--name', 'ci deploys'], testDb.env);
    expect(result.code).toBe(0);
    const key = lastLine(result.stdout);
    expect(key).toMatch(KEY_LINE);
    expect(await statusWithKey(key)).toBe(200);
  });

  it('lists keys with prefix, organization and label, never the secret', async () => {
    const created = await runCli(['apikey', 'create', '--org', 'globex'], testDb.env);
    const key = lastLine(created.stdout);
    const listed = await runCli(['apikey', 'list'], testDb.env);
    expect(listed.code).toBe(0);
    const prefix = key.slice(0, 16);
    expect(listed.stdout).toMatch(/PREFIX\s+ORGANIZATION\s+LABEL\s+CREATED\s+LAST USED\s+STATUS/);
    expect(listed.stdout).toMatch(new RegExp(`${prefix}\\s+globex\\s+-\\s+\\S+\\s+-\\s+active`));
    expect(listed.stdout).toMatch(/acme\s+ci deploys/);
    expect(listed.stdout).not.toContain(key.slice(17));
  });

  it('revokes a key by its prefix, after which the key gets 401', async () => {
    const key = lastLine((await runCli(['apikey', 'create', '--org', 'initech'], testDb.env)).stdout);
    expect(await statusWithKey(key)).toBe(200);
    const revoked = await runCli(['apikey', 'revoke', key.slice(0, 16)], testDb.env);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(`Revoked API key ${key.slice(0, 16)}`);
    expect(await statusWithKey(key)).toBe(401);
    expect((await runCli(['apikey', 'list'], testDb.env)).stdout).toMatch(new RegExp(`${key.slice(0, 16)}.*revoked`));
  });

  it('explains mistakes: unknown prefix, bad slug, missing arguments', async () => {
    const unknown = await runCli(['apikey', 'revoke', 'cgw_000000000000'], testDb.env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No API key with prefix "cgw_000000000000"');

    const badSlug = await runCli(['apikey', 'create', '--org', 'Not A Slug'], testDb.env);
    expect(badSlug.code).toBe(1);
    expect(badSlug.stderr).toContain('Invalid organization slug');

    // With several organizations, which one is meant cannot be guessed.
    const ambiguous = await runCli(['apikey', 'create'], testDb.env);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('several organizations (acme, default, globex, initech)');
    expect(ambiguous.stderr).toContain('--org <slug>');
    expect(ambiguous.stdout).toBe('');

    const missing = await runCli(['apikey', 'revoke'], testDb.env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('apikey revoke needs exactly one key prefix');
    expect(missing.stderr).toContain('Usage: npm run gateway');

    const unknownCommand = await runCli(['frobnicate'], testDb.env);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toContain('Unknown command: frobnicate');
  });

  it.runIf(kind === 'embedded')('says so when a process holds the embedded database but answers no command on its socket', async () => {
    const release = await acquireDataDirLock(testDb.env.DATA_DIR!);
    try {
      const started = Date.now();
      const result = await runCli(['apikey', 'list'], testDb.env);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('is in use by another gateway process, which does not answer on');
      expect(result.stderr).toContain(path.join(testDb.env.DATA_DIR!, 'admin', 'gateway.sock'));
      expect(result.stdout).toBe('');
      // It waits a few seconds for a gateway that may be starting, not longer.
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await release();
    }
  });
});

describe.each(databaseKinds)('gateway CLI while a gateway runs (%s)', (kind) => {
  let testDb: TestDatabase;
  let server: ServerProcess;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    server = await startServer(testDb.env);
    await server.ready;
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await testDb?.drop();
  });

  it('`npm run gateway -- apikey create`, exactly as the picker says, prints a key the running gateway accepts', async () => {
    const result = await npmGateway(['apikey', 'create'], testDb.env);
    expect(result.code).toBe(0);
    // The embedded database's first start created "default"; on PostgreSQL the CLI creates it.
    expect(result.stdout).toContain('for organization "default"');
    const key = lastLine(result.stdout);
    expect(key).toMatch(KEY_LINE);
    const answer = await execute(server.url, CountConnections, { key });
    expect({ status: answer.status, body: answer.body }).toEqual({ status: 200, body: { data: { connections: { totalCount: 0 } } } });
  });

  it('lists and revokes keys while it runs; the running gateway refuses a revoked key', async () => {
    const key = lastLine((await runCli(['apikey', 'create', '--name', 'to revoke'], testDb.env)).stdout);
    const prefix = key.slice(0, 16);
    expect((await execute(server.url, CountConnections, { key })).status).toBe(200);

    const listed = await runCli(['apikey', 'list'], testDb.env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`${prefix}\\s+default\\s+to revoke\\s+\\S+\\s+\\S+\\s+active`));
    expect(listed.stdout).not.toContain(key.slice(17));

    const revoked = await runCli(['apikey', 'revoke', prefix], testDb.env);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(`Revoked API key ${prefix} (organization "default")`);
    // Through the gateway's own service (embedded) or its PostgreSQL channel: refused within moments.
    await expect.poll(async () => (await execute(server.url, CountConnections, { key })).status, { timeout: 10_000 }).toBe(401);

    const unknown = await runCli(['apikey', 'revoke', 'cgw_000000000000'], testDb.env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No API key with prefix "cgw_000000000000"');
  });

  it.runIf(kind === 'embedded')("serves the commands on a socket only the data directory's owner can reach", async () => {
    const socket = path.join(testDb.env.DATA_DIR!, 'admin', 'gateway.sock');
    expect((await stat(socket)).isSocket()).toBe(true);
    expect((await stat(socket)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(socket))).mode & 0o777).toBe(0o700);
    const created = await runCli(['apikey', 'create'], testDb.env);
    expect(created.stderr).toContain('Carried out by the gateway process that holds the embedded database');
  });

  it('migrate: refused on the embedded database the gateway holds (saying why), fine beside it on PostgreSQL', async () => {
    const result = await runCli(['migrate'], testDb.env);
    if (kind === 'embedded') {
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('is in use by a running gateway, which applied its migrations when it started');
      expect(result.stderr).toContain('restart it');
    } else {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Database is up to date.');
    }
  });

  it('opens the database itself again once the gateway has stopped', async () => {
    expect((await server.stop('SIGTERM')).code).toBe(0);
    const created = await runCli(['apikey', 'create', '--name', 'after stop'], testDb.env);
    expect(created.code).toBe(0);
    expect(created.stderr).not.toContain('Carried out by the gateway');
    expect(lastLine(created.stdout)).toMatch(KEY_LINE);
    expect((await runCli(['apikey', 'list'], testDb.env)).stdout).toMatch(/default\s+after stop/);
  });
});
