import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { graphql } from './gql';
import { appOver, testConfig } from './support/gateway';
import { execute } from './support/graphql';
import { root, runCli, runToEnd } from './support/processes';

const CountConnections = graphql(`
  query CliKeyCheck {
    connections {
      totalCount
    }
  }
`);

const KEY_LINE = /^cgw_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/;

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

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

  it('creates a key (and its organization) through `npm run gateway`, printing the key alone on the last line', async () => {
    const result = await runToEnd(
      spawn('npm', ['run', 'gateway', '--', 'apikey', 'create', '--org', 'acme', '--name', 'ci deploys'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: '', ...testDb.env },
      }),
    );
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

    const missing = await runCli(['apikey', 'create'], testDb.env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('apikey create needs --org <slug>');
    expect(missing.stderr).toContain('Usage: npm run gateway');

    const unknownCommand = await runCli(['frobnicate'], testDb.env);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toContain('Unknown command: frobnicate');
  });
});
