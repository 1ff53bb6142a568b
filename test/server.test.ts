// The gateway as a user runs it: `npm start` (or its entry point) as a process, reached over real HTTP.
import { request as httpRequest } from 'node:http';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { execute } from './support/graphql';
import { runCli, startServer, type ServerProcess } from './support/processes';

const CountConnections = graphql(`
  query ServerCountConnections {
    connections {
      totalCount
    }
  }
`);

/** The same request as bytes, for a request written in two parts. */
const COUNT_QUERY = JSON.stringify({ query: print(CountConnections) });

/** Runs the curl line the first start printed, as curl would: same URL, headers and body. */
async function runPrintedCurl(line: string): Promise<{ status: number; json: any }> {
  const match = /^curl -s (\S+) -H '([^']+)' -H '([^']+)' -d '([^']+)'$/.exec(line.trim());
  if (!match) throw new Error(`not a curl line: ${line}`);
  const [, url, ...rest] = match;
  const headers = Object.fromEntries(rest.slice(0, 2).map((header) => header.split(/:\s*/, 2) as [string, string]));
  const response = await fetch(url!, { method: 'POST', headers, body: rest[2]! });
  return { status: response.status, json: await response.json() };
}

describe('the server on an embedded database', () => {
  let testDb: TestDatabase;
  let server: ServerProcess;
  let firstKey: string;

  beforeAll(async () => {
    testDb = await createTestDatabase('embedded');
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await testDb?.drop();
  });

  it('`npm start` creates organization "default" with one key, printed once with a working curl line', async () => {
    server = await startServer(testDb.env, ['npm', 'start', '--silent']);
    await server.ready;
    await expect.poll(() => server.output().stdout).toContain('curl -s');
    const stdout = server.output().stdout;

    firstKey = /^ {2}(cgw_\S+)$/m.exec(stdout)?.[1] ?? '';
    expect(firstKey).toMatch(/^cgw_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const curlLine = stdout.split('\n').find((line) => line.trim().startsWith('curl -s'))!;
    expect(curlLine).toContain(`Bearer ${firstKey}`);
    // PUBLIC_URL defaults to http://localhost:$PORT; run that exact line.
    expect(curlLine).toContain(`http://localhost:${server.port}/graphql`);
    expect(await runPrintedCurl(curlLine)).toEqual({ status: 200, json: { data: { connections: { totalCount: 0 } } } });

    const anonymous = await execute(server.url, CountConnections);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    // The key reaches stdout only in the banner, never in a log line.
    const logLines = server
      .output()
      .stdout.split('\n')
      .filter((line) => line.startsWith('{'));
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) expect(line).not.toContain(firstKey);
  });

  it('serves GraphiQL to a browser and answers the probes', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(await page.text()).toContain('Connections Gateway');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('keeps the embedded database to itself: the CLI asks the server for keys, and migrate refuses clearly', async () => {
    const listed = await runCli(['apikey', 'list'], testDb.env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`${firstKey.slice(0, 16)}\\s+default\\s+created on first start`));
    expect(listed.stderr).toContain('Carried out by the gateway process');
    const migrate = await runCli(['migrate'], testDb.env);
    expect(migrate.code).toBe(1);
    expect(migrate.stderr).toContain('is in use by a running gateway');
  });

  it('stops on Ctrl-C (SIGINT to the process group) and closes the database', async () => {
    const exit = await server.stop('SIGINT');
    expect(exit.stdout).toContain('shutdown complete');
    const listed = await runCli(['apikey', 'list'], testDb.env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`${firstKey.slice(0, 16)}\\s+default\\s+created on first start`));
    expect(listed.stderr).not.toContain('Carried out by the gateway process');
  });

  it('does not create another key on the next start, and the first key still works', async () => {
    server = await startServer(testDb.env);
    await server.ready;
    expect(server.output().stdout).not.toContain('first API key');
    expect((await execute(server.url, CountConnections, { key: firstKey })).status).toBe(200);
  });

  it('finishes an in-flight request on SIGTERM, refuses new ones, exits 0 and closes the database', async () => {
    // A request whose body is still arriving when the signal comes is in flight by any definition.
    const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${firstKey}`, 'content-length': COUNT_QUERY.length },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      req.write(COUNT_QUERY.slice(0, 10));
      setTimeout(() => {
        server.signal('SIGTERM');
        setTimeout(() => {
          // While it drains, the server takes no new connections.
          fetch(`${server.url}/healthz`).then(
            () => reject(new Error('a new connection was accepted during shutdown')),
            () => req.end(COUNT_QUERY.slice(10)),
          );
        }, 300);
      }, 300);
    });

    expect(await inFlight).toEqual({ status: 200, body: JSON.stringify({ data: { connections: { totalCount: 0 } } }) });
    const exit = await server.stop();
    expect(exit.code).toBe(0);
    expect(exit.stdout).toContain('shutting down');
    expect(exit.stdout).toContain('shutdown complete');
    expect((await runCli(['apikey', 'list'], testDb.env)).code).toBe(0);
  });

  it('restarts after being killed outright (kill -9) with its data intact', async () => {
    server = await startServer(testDb.env);
    await server.ready;
    await server.stop('SIGKILL');
    // The dead process's lock is waited out rather than refused, and PGlite recovers its files.
    server = await startServer(testDb.env);
    await server.ready;
    expect((await execute(server.url, CountConnections, { key: firstKey })).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});

describe.runIf(databaseKinds.includes('postgres'))('several gateways on one PostgreSQL', () => {
  let testDb: TestDatabase;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop('SIGKILL')));
    await testDb?.drop();
  });

  it('start at once against a fresh database, migrate it once, and all serve the same data', async () => {
    servers.push(...(await Promise.all([startServer(testDb.env), startServer(testDb.env), startServer(testDb.env)])));
    await Promise.all(servers.map((server) => server.ready));
    for (const server of servers) {
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      // No organization is invented on a server database: operators create keys with the CLI.
      expect(server.output().stdout).not.toContain('first API key');
    }
    const created = await runCli(['apikey', 'create', '--org', 'shared'], testDb.env);
    const key = created.stdout.trim().split('\n').at(-1)!;
    for (const server of servers) {
      const answer = await execute(server.url, CountConnections, { key });
      expect({ status: answer.status, json: answer.body }).toEqual({
        status: 200,
        json: { data: { connections: { totalCount: 0 } } },
      });
    }
    const migrations = await runCli(['migrate'], testDb.env);
    expect(migrations.stderr).not.toContain('Applied migrations');
  });
});
