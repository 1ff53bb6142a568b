// Limits on what one request may ask of the gateway: the size of its body, and the shape of its GraphQL
// document (depth, aliases, tokens, cost, directives), plus whether introspection is served and which browser
// origins may call the gateway.
//
// Every GraphQL limit answers HTTP 400 with one error whose `extensions.code` is "BAD_USER_INPUT" and whose
// message names the limit and the value allowed (`extensions.limit`, `maximum` and, where known, `found` say the
// same for programs). A body over `maxBodyBytes` answers HTTP 413 with code "PAYLOAD_TOO_LARGE" on every path,
// REST included (Fastify's `bodyLimit`, and app.ts checks a declared Content-Length before anything else).
// Failed API-key attempts are limited per client address (`maxAuthFailuresPerMinute`, then 429).
import { Lexer, Source, TokenKind, GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { FastifyCorsOptions } from '@fastify/cors';
import type { Plugin } from 'graphql-yoga';
import { costLimitPlugin, costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin, maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin, maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin, maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { ConfigError } from '../configError.js';
import { persistedDocumentsModes, type PersistedDocumentsMode } from './persistedDocuments.js';

export interface RequestLimits {
  /** Deepest field nesting in an operation; fragments (`... on X`) do not add a level. */
  maxDepth: number;
  /** Aliased fields in one operation (`__typename` aliases are free). */
  maxAliases: number;
  /** Lexical tokens in the document, counted before it is parsed. */
  maxTokens: number;
  /**
   * graphql-armor's cost: 1 per scalar field, 2 per object field, each level's children weighted by 1.5, and an
   * object field's cost multiplied by its `first`/`last` argument. `__schema` costs nothing.
   */
  maxCost: number;
  /** Directives (`@include`, `@skip`, …) in one operation. */
  maxDirectives: number;
  /** Bytes of request body, on every path (GraphQL and REST). */
  maxBodyBytes: number;
  /** Whether `__schema` / `__type` are answered. `__typename` always is. */
  introspection: boolean;
  /**
   * Browser origins (`https://app.example.com`) allowed to call the gateway cross-origin, or '*' for any.
   * Default: none. Every request needs an API key, and keys are organization-wide secrets meant for servers
   * (a key shipped to a browser is a leaked key), so by default no other site's page can call the gateway;
   * same-origin pages (the bundled GraphiQL) and non-browser clients (curl, SDKs, servers) need no CORS at all.
   */
  corsOrigins: string[] | '*';
  /** Requests with an invalid API key one client address may make per minute before it gets 429; 0: no limit. */
  maxAuthFailuresPerMinute: number;
  /** Whether requests may name a persisted document by hash, and whether they must (persistedDocuments.ts). */
  persistedDocuments: PersistedDocumentsMode;
}

export const defaultRequestLimits: RequestLimits = Object.freeze({
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2000,
  // A full page of 100 connections with their configured resources costs about 5000.
  maxCost: 20000,
  maxDirectives: 20,
  maxBodyBytes: 1024 * 1024,
  introspection: true,
  corsOrigins: [] as string[],
  maxAuthFailuresPerMinute: 60,
  persistedDocuments: 'allow',
});

/** graphql-armor's options for each document limit, shared by the yoga plugins and the plain validation rules. */
function armorOptions(limits: RequestLimits) {
  return {
    depth: {
      n: limits.maxDepth,
      flattenFragments: true, // the schema answers with unions (`... on Connection`), which must not cost depth
      ...reportAs(
        'maxDepth',
        limits.maxDepth,
        (found) => `Query depth limit exceeded: the maximum depth is ${limits.maxDepth}, this query has ${found}.`,
      ),
    },
    aliases: {
      n: limits.maxAliases,
      ...reportAs(
        'maxAliases',
        limits.maxAliases,
        (found) => `Query alias limit exceeded: at most ${limits.maxAliases} aliases are allowed, this query has ${found}.`,
      ),
    },
    cost: {
      maxCost: limits.maxCost,
      flattenFragments: true,
      ...reportAs(
        'maxCost',
        limits.maxCost,
        (found) => `Query cost limit exceeded: the maximum cost is ${limits.maxCost}, this query costs ${found}.`,
      ),
    },
    directives: {
      n: limits.maxDirectives,
      ...reportAs(
        'maxDirectives',
        limits.maxDirectives,
        (found) => `Query directive limit exceeded: at most ${limits.maxDirectives} directives are allowed, this query has ${found}.`,
      ),
    },
  };
}

/** The GraphQL document limits, as yoga plugins; their order does not matter. */
export function useRequestLimits(limits: RequestLimits): Plugin[] {
  const options = armorOptions(limits);
  const plugins: Plugin[] = [
    useTokenLimit(limits.maxTokens),
    maxDepthPlugin(options.depth),
    maxAliasesPlugin(options.aliases),
    costLimitPlugin(options.cost),
    maxDirectivesPlugin(options.directives),
  ];
  if (!limits.introspection) plugins.push(useDisableIntrospection());
  return plugins;
}

/** The same limits (but tokens, counted while parsing) as validation rules, for documents validated outside yoga. */
export function documentLimitRules(limits: RequestLimits): ValidationRule[] {
  const options = armorOptions(limits);
  return [maxDepthRule(options.depth), maxAliasesRule(options.aliases), costLimitRule(options.cost), maxDirectivesRule(options.directives)];
}

/** A GraphQL error for a broken limit: HTTP 400 whatever the client accepts, never masked (no originalError). */
export function limitError(message: string, extensions: Record<string, unknown>): GraphQLError {
  // `spec: false` keeps yoga from answering 200 to `Accept: application/json` clients, as it does for spec errors.
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions, http: { status: 400, spec: false } } });
}

/**
 * graphql-armor's validation rules either throw their own error (message "Syntax Error: …", no code, HTTP 200) or
 * call `onReject`. We take `onReject` and report our error as a validation error, so validation carries on and
 * the client sees every broken limit (and any other validation error) at once.
 */
function reportAs(limit: string, maximum: number, message: (found: string) => string) {
  return {
    exposeLimits: true, // armor's message then ends "…, found N.", the only place it gives N
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, armorError: GraphQLError) => {
        const found = /found (\d+(?:\.\d+)?)\.?$/.exec(armorError.message)?.[1];
        const error = limitError(message(found ?? 'more'), { limit, maximum, ...(found ? { found: Number(found) } : {}) });
        if (context) context.reportError(error);
        else throw error;
      },
    ],
  };
}

/** Upper bound, in bytes, of the texts remembered as within the token limit (documented in the README). */
export const TOKEN_LIMIT_CACHE_BYTES = 4 * 1024 * 1024;

/**
 * Counts the document's tokens before it is parsed, as graphql-armor's max-tokens does (comments and <EOF> do not
 * count), and stops at the first one over the limit. Not armor's plugin: it works inside `parse`, and yoga marks
 * every error thrown there as a spec error, which it answers with HTTP 200 to `Accept: application/json` clients.
 */
function useTokenLimit(maxTokens: number): Plugin {
  // Clients send the same few documents again and again: remember the ones that passed, so they are lexed once.
  // Bounded by bytes (the texts are the keys), and a text over 64 KiB is lexed every time rather than kept.
  const withinLimit = new LRUCache<string, true>({
    maxSize: TOKEN_LIMIT_CACHE_BYTES,
    maxEntrySize: 128 * 1024,
    sizeCalculation: (_passed, text) => 64 + 2 * text.length,
  });
  return {
    onParams({ params, setResult }) {
      if (typeof params.query !== 'string' || withinLimit.has(params.query)) return;
      const lexer = new Lexer(new Source(params.query));
      let tokens = 0;
      try {
        while (lexer.advance().kind !== TokenKind.EOF) {
          if (++tokens > maxTokens) {
            setResult({
              errors: [
                limitError(`Query token limit exceeded: at most ${maxTokens} tokens are allowed.`, {
                  limit: 'maxTokens',
                  maximum: maxTokens,
                }),
              ],
            });
            return;
          }
        }
      } catch {
        // A syntax error: the parser reports it, with its location.
        return;
      }
      withinLimit.set(params.query, true);
    },
  };
}

/**
 * @fastify/cors's options. A listed origin gets `Access-Control-Allow-Origin: <origin>` and may send Authorization
 * and Content-Type; any other origin gets no CORS headers at all. Credentials (cookies) are never allowed: keys
 * travel in the Authorization header, which needs none.
 */
export function corsOptions(limits: RequestLimits): FastifyCorsOptions {
  const allowed = limits.corsOrigins === '*' ? null : new Set(limits.corsOrigins);
  return {
    // '*' reflects the request's origin (with `Vary: Origin`) rather than sending a literal '*'.
    origin: (origin, callback) => callback(null, origin !== undefined && (allowed === null || allowed.has(origin))),
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'accept', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after', 'www-authenticate'],
    credentials: false,
    maxAge: 600,
    strictPreflight: false,
  };
}

const positiveInteger = z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1');

const envSchema = z.object({
  GRAPHQL_INTROSPECTION: z
    .stringbool({ truthy: ['true'], falsy: ['false'], case: 'insensitive', error: 'must be true or false' })
    .default(defaultRequestLimits.introspection),
  MAX_BODY_BYTES: positiveInteger.default(defaultRequestLimits.maxBodyBytes),
  GRAPHQL_MAX_DEPTH: positiveInteger.default(defaultRequestLimits.maxDepth),
  GRAPHQL_MAX_ALIASES: positiveInteger.default(defaultRequestLimits.maxAliases),
  GRAPHQL_MAX_TOKENS: positiveInteger.default(defaultRequestLimits.maxTokens),
  GRAPHQL_MAX_COST: positiveInteger.default(defaultRequestLimits.maxCost),
  GRAPHQL_MAX_DIRECTIVES: positiveInteger.default(defaultRequestLimits.maxDirectives),
  AUTH_FAILURES_PER_MINUTE: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 (no limit) or more')
    .default(defaultRequestLimits.maxAuthFailuresPerMinute),
  PERSISTED_DOCUMENTS: z
    .enum(persistedDocumentsModes, { error: `must be ${persistedDocumentsModes.join(', ')}` })
    .default(defaultRequestLimits.persistedDocuments),
});

/**
 * Reads the limits from the environment (unset or empty variables keep their defaults). Throws ConfigError
 * naming each bad variable.
 */
export function requestLimitsFromEnv(env: NodeJS.ProcessEnv): RequestLimits {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const issues: string[] = [];
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push(`${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`);
    }
  }
  const corsOrigins = parseCorsOrigins(present.CORS_ORIGINS, issues);
  if (!parsed.success || issues.length > 0) throw new ConfigError(issues);
  const vars = parsed.data;
  return {
    maxDepth: vars.GRAPHQL_MAX_DEPTH,
    maxAliases: vars.GRAPHQL_MAX_ALIASES,
    maxTokens: vars.GRAPHQL_MAX_TOKENS,
    maxCost: vars.GRAPHQL_MAX_COST,
    maxDirectives: vars.GRAPHQL_MAX_DIRECTIVES,
    maxBodyBytes: vars.MAX_BODY_BYTES,
    introspection: vars.GRAPHQL_INTROSPECTION,
    corsOrigins,
    maxAuthFailuresPerMinute: vars.AUTH_FAILURES_PER_MINUTE,
    persistedDocuments: vars.PERSISTED_DOCUMENTS,
  };
}

/** `https://a.example.com, http://localhost:3000` or `*`; each origin is normalized as browsers send it. */
function parseCorsOrigins(value: string | undefined, issues: string[]): string[] | '*' {
  if (value === undefined) return [];
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.includes('*')) {
    if (entries.length > 1)
      issues.push(`CORS_ORIGINS: '*' allows every origin and cannot be combined with others (got ${JSON.stringify(value)})`);
    return '*';
  }
  const origins: string[] = [];
  for (const entry of entries) {
    const origin = originOf(entry);
    if (origin) origins.push(origin);
    else {
      issues.push(
        `CORS_ORIGINS: ${JSON.stringify(entry)} is not an origin; list http(s) origins (scheme, host and port, no path) separated by commas, e.g. https://app.example.com,http://localhost:3000, or '*'`,
      );
    }
  }
  return [...new Set(origins)];
}

function originOf(entry: string): string | null {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return null;
  }
  const bare =
    url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password && !entry.endsWith('?') && !entry.endsWith('#');
  return (url.protocol === 'http:' || url.protocol === 'https:') && bare ? url.origin : null;
}
