// A thin client for Google's REST APIs (Drive v3, Gmail v1), shared by the Google products. Chosen over the
// generated `@googleapis/*` clients: those bring gaxios and their own retry and agent, while this one goes through
// the gateway's keep-alive pool (providers/http.ts), asks for exactly the fields it names, and maps Google's
// failures onto the gateway's errors in one place. The shapes it returns are typed with Google's own definitions
// (`drive_v3.Schema$…`, `gmail_v1.Schema$…`, imported as types only), so they cannot drift from the API.
import { setTimeout as pause } from 'node:timers/promises';
import { RateLimitedError, UpstreamError } from '../errors.js';
import { upstreamFetch } from './http.js';
import { CredentialsRejectedError, type ProviderCredentials } from './types.js';

export interface GoogleApiOptions {
  /** Google's API host (GOOGLE_API_URL): https://www.googleapis.com, or a fake's origin in tests. */
  apiUrl: string;
  /** Retries of 5xx answers and network failures, with quadratic backoff from `retryBaseMs`. */
  retries: number;
  retryBaseMs: number;
}

export type QueryValue = string | number | boolean | undefined;

export interface GoogleRequest {
  /** Path below the API host, e.g. `/drive/v3/files`. */
  path: string;
  query?: Readonly<Record<string, QueryValue>>;
  method?: 'GET' | 'POST';
  body?: unknown;
  /** What the call does, for error messages ("list Drive files"). */
  action: string;
  /** The resource it concerns, when there is one. */
  resource?: string | null;
}

/** Google's error body: `{ error: { code, message, errors: [{ reason }] } }`. */
interface GoogleErrorBody {
  error?: { code?: number; message?: string; errors?: { reason?: string }[] };
}

/** Reasons Google gives a request refused for quota: back off and pause, never fail at once. */
const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

/** A failed Google call, with what Google said: callers branch on `status` and `reason` (404 notFound, …). */
export class GoogleApiError extends UpstreamError {
  constructor(
    message: string,
    readonly status: number,
    readonly reason: string | null,
    resource: string | null,
  ) {
    super('Google', message, resource);
    this.name = 'GoogleApiError';
  }
}

export interface GoogleApi {
  /** The JSON answer; throws CredentialsRejectedError (401), RateLimitedError, or GoogleApiError. */
  json<T>(credentials: ProviderCredentials, request: GoogleRequest): Promise<T>;
  /** The body as text (file downloads and exports). */
  text(credentials: ProviderCredentials, request: GoogleRequest): Promise<string>;
}

export function createGoogleApi(options: GoogleApiOptions): GoogleApi {
  async function send(credentials: ProviderCredentials, request: GoogleRequest): Promise<Response> {
    const url = new URL(`${options.apiUrl}${request.path}`);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const init: RequestInit = {
      method: request.method ?? 'GET',
      headers: {
        authorization: `Bearer ${credentials.accessToken}`,
        accept: 'application/json',
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    };
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await upstreamFetch(url, init);
      } catch (error) {
        if (attempt < options.retries) {
          await pause(options.retryBaseMs * (attempt + 1) ** 2);
          continue;
        }
        throw new UpstreamError('Google', `Google could not be reached to ${request.action}.`, request.resource ?? null, { cause: error });
      }
      if (response.ok) return response;
      if (response.status >= 500 && attempt < options.retries) {
        await response.body?.cancel();
        await pause(options.retryBaseMs * (attempt + 1) ** 2);
        continue;
      }
      throw await failureOf(response, request);
    }
  }
  return {
    async json<T>(credentials: ProviderCredentials, request: GoogleRequest): Promise<T> {
      const response = await send(credentials, request);
      return (await response.json()) as T;
    },
    async text(credentials, request) {
      const response = await send(credentials, request);
      return response.text();
    },
  };
}

async function failureOf(response: Response, request: GoogleRequest): Promise<Error> {
  const body = (await response.json().catch(() => ({}))) as GoogleErrorBody;
  const reason = body.error?.errors?.[0]?.reason ?? null;
  if (response.status === 401) return new CredentialsRejectedError('Google rejected the access token.');
  if (response.status === 429 || (response.status === 403 && reason !== null && RATE_LIMIT_REASONS.has(reason))) {
    return new RateLimitedError('Google', retryAfterSeconds(response.headers));
  }
  const target = request.resource ? ` for ${request.resource}` : '';
  return new GoogleApiError(
    `Google failed to ${request.action}${target} (HTTP ${String(response.status)}${reason ? `, ${reason}` : ''}).`,
    response.status,
    reason,
    request.resource ?? null,
  );
}

/** Google's 429 may say when to retry; its 403 quota answers do not, so clients back off (a short first pause). */
function retryAfterSeconds(headers: Headers): number {
  const retryAfter = Number(headers.get('retry-after'));
  return Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : 5;
}
