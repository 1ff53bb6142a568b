// Configuration is read from the environment once, at start, and validated as a whole: a bad value stops
// start-up with a message naming the variable, instead of failing later inside a request.
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './configError.js';
import type { ProviderSettings } from './providers/types.js';
import { providerManifests } from './providers/registry.js';
import { providerSettingsFromEnv } from './providers/settings.js';
import { requestLimitsFromEnv, type RequestLimits } from './server/requestLimits.js';

const port = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(4000),
  HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://gateway.example.com' }).optional(),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL (leave it unset for the embedded database)' })
    .optional(),
  DATA_DIR: z.string().trim().min(1, 'must not be empty').default('./.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ENCRYPTION_KEY: z
    .string()
    .regex(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=?)$/, 'must be 32 bytes as 64 hex digits or base64 (openssl rand -base64 32)')
    .optional(),
  RESOURCES_CACHE_TTL_SECONDS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 (no cache) or more')
    .max(3600, 'must be at most 3600')
    .default(60),
  ALLOWED_REDIRECT_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'must be comma-separated http(s) origins' })))
    .optional(),
  UPSTREAM_RETRIES: z.coerce.number({ error: 'must be a number' }).int().min(0).max(10).default(2),
  WORKERS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0).max(64).default(1),
  SYNC_JOB_TIMEOUT_SECONDS: z.coerce.number({ error: 'must be a number' }).int().min(5).max(86_400).default(900),
  SYNC_INTERVAL_MINUTES: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1).max(525_600).default(240),
  EVENT_RETENTION_DAYS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1).max(3650).default(30),
  WEBHOOK_ALLOW_PRIVATE_URLS: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1).max(3_600_000).default(5_000),
  WEBHOOK_DISABLE_AFTER_SECONDS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1)
    .max(30 * 86_400)
    .default(86_400),
  WEBHOOK_SECRET_OVERLAP_SECONDS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0)
    .max(30 * 86_400)
    .default(86_400),
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1).max(60).default(10),
  UPSTREAM_RETRY_BASE_MS: z.coerce.number({ error: 'must be a number' }).int().min(0).max(60_000).default(500),
  TRUST_PROXY: z
    .string()
    .trim()
    .transform((value, context) => {
      if (value === 'true' || value === 'false') return value === 'true';
      if (/^\d{1,2}$/.test(value)) return Number(value);
      const entries = value.split(',').map((entry) => entry.trim());
      if (entries.every((entry) => isIP(entry.split('/')[0] ?? '') !== 0)) return entries.join(',');
      context.addIssue({
        code: 'custom',
        message: 'must be true, false, a number of proxy hops, or comma-separated proxy addresses/CIDRs',
      });
      return z.NEVER;
    })
    .default(false),
});

export type DatabaseConfig = { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string };

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  database: DatabaseConfig;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** 32-byte key for credentials at rest; when unset, one is kept in DATA_DIR (not in production). */
  encryptionKey: Buffer | null;
  resourcesCacheTtlMs: number;
  /** Each provider's settings, by provider id, read from the variables its manifest names. */
  providers: Record<string, ProviderSettings>;
  /** When set, createConnection accepts only redirect URLs on these origins. */
  allowedRedirectOrigins: string[] | null;
  /** GraphQL query limits, the request body limit, introspection and CORS. */
  limits: RequestLimits;
  /** Which proxies' X-Forwarded-For names the client (its address is what failed API keys are counted by). */
  trustProxy: boolean | string | number;
  /** Sync workers in this process (0: serve the API only); the job timeout after which a run is taken over. */
  sync: { workers: number; jobTimeoutSeconds: number; intervalMinutes: number };
  /** How long the event log keeps events (apps replay what they missed within it). */
  eventRetentionDays: number;
  /** Webhooks to the app (src/modules/appWebhooks). */
  webhooks: WebhookSettings;
}

export interface WebhookSettings {
  /** http and private/loopback addresses allowed as endpoints (development and tests only). */
  allowPrivateUrls: boolean;
  /** The first retry's wait; later ones are 4 times longer each, up to 10 hours. */
  retryBaseMs: number;
  /** A message is retried this long, and an endpoint whose attempts all failed this long is disabled. */
  disableAfterMs: number;
  /** How long a rotated-out secret still signs deliveries, beside the new one. */
  secretOverlapMs: number;
  /** How long one delivery request may take. */
  timeoutMs: number;
}

export { ConfigError };

/** Parses the gateway's configuration from an environment (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as shells and .env files commonly leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`);
  let limits: RequestLimits | undefined;
  try {
    limits = requestLimitsFromEnv(present);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    issues.push(...error.issues);
  }
  if (!parsed.success || !limits) throw new ConfigError(issues);
  const vars = parsed.data;
  const providers = providerSettingsFromEnv(providerManifests, present, {
    retries: vars.UPSTREAM_RETRIES,
    retryBaseMs: vars.UPSTREAM_RETRY_BASE_MS,
  });
  if (providers.issues.length > 0) throw new ConfigError(providers.issues);
  if (vars.NODE_ENV === 'production' && !vars.ENCRYPTION_KEY) {
    throw new ConfigError([
      'ENCRYPTION_KEY: required when NODE_ENV=production (credentials are encrypted with it); generate one with `openssl rand -base64 32`',
    ]);
  }
  const dataDir = path.resolve(vars.DATA_DIR);
  const publicUrl = (vars.PUBLIC_URL ?? `http://localhost:${vars.PORT}`).replace(/\/+$/, '');
  return {
    env: vars.NODE_ENV,
    port: vars.PORT,
    host: vars.HOST,
    publicUrl,
    dataDir,
    database: vars.DATABASE_URL ? { kind: 'postgres', url: vars.DATABASE_URL } : { kind: 'embedded', dataDir },
    logLevel: vars.LOG_LEVEL,
    encryptionKey: vars.ENCRYPTION_KEY ? Buffer.from(vars.ENCRYPTION_KEY, vars.ENCRYPTION_KEY.length === 64 ? 'hex' : 'base64') : null,
    resourcesCacheTtlMs: vars.RESOURCES_CACHE_TTL_SECONDS * 1000,
    providers: providers.settings,
    // The gateway's own origin is always allowed: the picker at /picker sends users back to itself.
    allowedRedirectOrigins: vars.ALLOWED_REDIRECT_ORIGINS
      ? [...new Set([...vars.ALLOWED_REDIRECT_ORIGINS.map((origin) => new URL(origin).origin), new URL(publicUrl).origin])]
      : null,
    limits,
    trustProxy: vars.TRUST_PROXY,
    sync: { workers: vars.WORKERS, jobTimeoutSeconds: vars.SYNC_JOB_TIMEOUT_SECONDS, intervalMinutes: vars.SYNC_INTERVAL_MINUTES },
    eventRetentionDays: vars.EVENT_RETENTION_DAYS,
    webhooks: {
      allowPrivateUrls: vars.WEBHOOK_ALLOW_PRIVATE_URLS === 'true',
      retryBaseMs: vars.WEBHOOK_RETRY_BASE_MS,
      disableAfterMs: vars.WEBHOOK_DISABLE_AFTER_SECONDS * 1000,
      secretOverlapMs: vars.WEBHOOK_SECRET_OVERLAP_SECONDS * 1000,
      timeoutMs: vars.WEBHOOK_TIMEOUT_SECONDS * 1000,
    },
  };
}
