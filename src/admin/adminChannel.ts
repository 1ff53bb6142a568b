// The administration channel of a gateway on the embedded database: how `npm run gateway -- apikey …` reaches the
// database while `npm start` holds it.
//
// PGlite is one PostgreSQL session inside one process, so a second process can neither open the data directory
// (dataDirLock.ts refuses it) nor share the session safely: serving that session over the PostgreSQL protocol
// (`@electric-sql/pglite-socket`) would let the CLI's statements interleave with the gateway's own, a transaction
// of one running inside a transaction of the other, and that package pins an older PGlite than this one. So the
// process that holds the database carries out the command itself, with the same ApiKeyService it uses for the
// API (a revocation clears its own cache at once), and the CLI only sends the command and prints the answer.
//
// Transport: HTTP with JSON bodies over a unix socket, `<DATA_DIR>/admin/gateway.sock`. The socket is reachable
// only by whoever may use the data directory anyway: its folder is 0700 and the socket 0600, so nothing is
// exposed on a network port and no other user of the machine can connect. With PostgreSQL no channel is needed:
// the CLI opens the database itself beside any number of gateways.
import { chmod, mkdir, rm } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import type { DatabaseConfig } from '../config.js';
import type { Logger } from '../logger.js';
import {
  ApiKeyNotFoundError,
  InvalidSlugError,
  OrganizationRequiredError,
  type ApiKeyAdministration,
  type ApiKeySummary,
  type CreatedApiKey,
} from '../modules/auth/apiKeys.js';

/** Unix socket paths are limited to about 104 bytes (sun_path: 108 on Linux, 104 on macOS). */
const MAX_SOCKET_PATH = 103;
const MAX_REQUEST_BYTES = 64 * 1024;
/** A command touches a few rows; one that takes longer than this has hung. */
const REQUEST_TIMEOUT_MS = 60_000;
const CLOSE_GRACE_MS = 5_000;

/** Where a gateway holding the embedded database in `dataDir` answers administration commands. */
export function adminSocketPath(dataDir: string): string {
  return path.join(dataDir, 'admin', 'gateway.sock');
}

/**
 * The address to bind or connect to: the absolute path, or the one relative to the working directory when that
 * is shorter (each process works it out for itself), since a longer path does not fit in a socket address.
 */
function socketAddress(socketPath: string): string | null {
  const relative = path.relative(process.cwd(), socketPath);
  const shortest = relative.length < socketPath.length ? relative : socketPath;
  return Buffer.byteLength(shortest) <= MAX_SOCKET_PATH ? shortest : null;
}

const AdminRequest = z.discriminatedUnion('command', [
  z.object({ command: z.literal('apikey.create'), organization: z.string().optional(), label: z.string().optional() }),
  z.object({ command: z.literal('apikey.list') }),
  z.object({ command: z.literal('apikey.revoke'), prefix: z.string() }),
]);
type AdminRequest = z.infer<typeof AdminRequest>;

/** One command, carried out by the same service whichever process runs it. */
function execute(apiKeys: ApiKeyAdministration, request: AdminRequest): Promise<unknown> {
  switch (request.command) {
    case 'apikey.create':
      return apiKeys.create({ organization: request.organization, label: request.label });
    case 'apikey.list':
      return apiKeys.list();
    case 'apikey.revoke':
      return apiKeys.revoke(request.prefix);
  }
}

/** Failures the operator can act on travel back with their message; anything else stays in the gateway's log. */
const EXPECTED_FAILURES = [InvalidSlugError, OrganizationRequiredError, ApiKeyNotFoundError];

export interface AdminChannel {
  close(): Promise<void>;
}

const NO_CHANNEL: AdminChannel = { close: () => Promise.resolve() };

/**
 * Serves administration commands on the data directory's socket while this process holds the embedded database
 * (the caller holds its lock). Nothing on PostgreSQL. A channel that cannot be opened is logged and left out: the
 * gateway serves regardless, and the CLI says that it cannot reach it.
 */
export async function serveAdminChannel(
  database: DatabaseConfig,
  { apiKeys, logger }: { apiKeys: ApiKeyAdministration; logger: Logger },
): Promise<AdminChannel> {
  if (database.kind !== 'embedded') return NO_CHANNEL;
  const socketPath = adminSocketPath(database.dataDir);
  const address = socketAddress(socketPath);
  if (!address) {
    logger.warn({ socketPath }, 'admin channel not started: its socket path is too long (set a shorter DATA_DIR)');
    return NO_CHANNEL;
  }
  const server = http.createServer((request, response) => void answer(request, response, apiKeys, logger));
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  try {
    // Only the owner may enter the folder, so the socket is never reachable by others, not even for the moment
    // before its own mode is set.
    await mkdir(path.dirname(socketPath), { recursive: true, mode: 0o700 });
    await chmod(path.dirname(socketPath), 0o700);
    // The data directory's lock is this process's: a socket file left here belongs to a process that was killed.
    await rm(socketPath, { force: true });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(address, () => {
        server.off('error', reject);
        resolve();
      });
    });
    await chmod(socketPath, 0o600);
  } catch (error) {
    server.close();
    logger.warn({ err: error, socketPath }, 'admin channel not started');
    return NO_CHANNEL;
  }
  logger.debug({ socketPath }, 'admin channel listening');
  return {
    // A command under way finishes (it takes milliseconds); one that does not is cut off after a few seconds.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      }),
  };
}

async function answer(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  apiKeys: ApiKeyAdministration,
  logger: Logger,
): Promise<void> {
  const reply = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  let command: AdminRequest;
  try {
    command = AdminRequest.parse(JSON.parse(await readBody(request)));
  } catch {
    reply(400, { error: { message: 'Not an administration command this gateway knows.' } });
    return;
  }
  try {
    const result = await execute(apiKeys, command);
    // Never the key itself: it is in the answer only.
    logger.info({ command: command.command }, 'admin command carried out');
    reply(200, { result });
  } catch (error) {
    if (EXPECTED_FAILURES.some((type) => error instanceof type)) {
      reply(422, { error: { message: (error as Error).message } });
      return;
    }
    logger.error({ err: error, command: command.command }, 'admin command failed');
    reply(500, { error: { message: 'The gateway failed to carry out the command; its log has the details.' } });
  }
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_BYTES) throw new RangeError('request too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The data directory is held by a process that does not answer on its socket (yet: it may be starting). */
export class AdminChannelUnreachableError extends Error {
  constructor(
    readonly dataDir: string,
    reason: string,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another gateway process, which does not answer on ` +
        `${adminSocketPath(dataDir)} (${reason}). A running gateway answers there and carries out the command; if ` +
        'it is starting or stopping, retry in a moment. Otherwise stop that process and retry, or run both against a ' +
        'PostgreSQL server with DATABASE_URL.',
    );
    this.name = 'AdminChannelUnreachableError';
  }
}

/** The running gateway refused the command (its message says why) or failed it. */
export class AdminCommandError extends Error {
  override name = 'AdminCommandError';
}

const isoDate = z.iso.datetime().transform((text) => new Date(text));
const Summary = z.object({
  id: z.string(),
  prefix: z.string(),
  organization: z.string(),
  label: z.string().nullable(),
  createdAt: isoDate,
  lastUsedAt: isoDate.nullable(),
  revokedAt: isoDate.nullable(),
});
const Created = z.object({ key: z.string(), prefix: z.string(), organization: z.string(), organizationId: z.string() });
// The refusal first: any object would do for a result.
const Answer = z.union([z.object({ error: z.object({ message: z.string() }) }), z.object({ result: z.unknown() })]);

/** The API key commands, carried out by the gateway that holds the embedded database in `dataDir`. */
export function adminChannelClient(dataDir: string): ApiKeyAdministration {
  const call = (request: AdminRequest) => send(dataDir, request);
  return {
    create: async (input): Promise<CreatedApiKey> => Created.parse(await call({ command: 'apikey.create', ...input })),
    list: async (): Promise<ApiKeySummary[]> => z.array(Summary).parse(await call({ command: 'apikey.list' })),
    revoke: async (prefix): Promise<ApiKeySummary> => Summary.parse(await call({ command: 'apikey.revoke', prefix })),
  };
}

/** Connection failures that mean nothing was sent: no one listens (yet) on the socket. */
const NOT_LISTENING = new Set(['ENOENT', 'ECONNREFUSED']);

function send(dataDir: string, command: AdminRequest): Promise<unknown> {
  const socketPath = adminSocketPath(dataDir);
  const address = socketAddress(socketPath);
  if (!address) return Promise.reject(new AdminChannelUnreachableError(dataDir, 'its path is too long for a socket'));
  const body = JSON.stringify(command);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { socketPath: address, method: 'POST', path: '/', headers: { 'content-type': 'application/json' }, timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            const answer = Answer.parse(JSON.parse(text));
            if ('error' in answer) reject(new AdminCommandError(answer.error.message));
            else resolve(answer.result);
          } catch {
            reject(new AdminCommandError(`The gateway on ${socketPath} answered something that is not an administration result.`));
          }
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code && NOT_LISTENING.has(error.code)) {
        reject(new AdminChannelUnreachableError(dataDir, error.code));
        return;
      }
      reject(
        new AdminCommandError(
          `Lost the connection to the gateway on ${socketPath} during the command (${error.code ?? error.message}); ` +
            'it may or may not have been carried out: check with `npm run gateway -- apikey list`.',
        ),
      );
    });
    request.end(body);
  });
}
