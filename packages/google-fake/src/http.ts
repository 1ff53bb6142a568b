// Request and response shapes shared by the endpoint handlers, and Google's JSON error body.
import { randomUUID } from 'node:crypto';

export type RequestKind =
  | 'oauth.authorize'
  | 'oauth.token'
  | 'oauth.revoke'
  | 'oauth.certs'
  | 'oauth.userinfo'
  | 'drive.about.get'
  | 'drive.drives.list'
  | 'drive.files.list'
  | 'drive.files.get'
  | 'drive.files.export'
  | 'drive.changes.getStartPageToken'
  | 'drive.changes.list'
  | 'drive.changes.watch'
  | 'drive.channels.stop'
  | 'gmail.getProfile'
  | 'gmail.labels.list'
  | 'gmail.messages.list'
  | 'gmail.messages.get'
  | 'gmail.attachments.get'
  | 'gmail.history.list'
  | 'gmail.watch'
  | 'gmail.stop'
  | 'other';

/** The part of Google a kind belongs to: what `rateLimit('drive', …)` and `failNext('gmail', …)` match. */
export type Api = 'oauth' | 'drive' | 'gmail';

export interface FakeRequest {
  kind: RequestKind;
  method: string;
  /** The URL as received. */
  url: URL;
  /** Lowercased names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** Parsed JSON or form fields; the raw text when neither parses; undefined without a body. */
  body: unknown;
  /** Path parameters the route captured (`fileId`, `messageId`, …). */
  params: Record<string, string>;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialized as JSON unless `text` or `bytes` is given. */
  json?: unknown;
  text?: string;
  bytes?: Buffer;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse {
  return { status, json: body, headers };
}

const statusNames: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
};

export interface ErrorDetail {
  reason: string;
  domain?: string;
  message?: string;
  location?: string;
  locationType?: string;
}

/** Google's API error: `{ error: { code, message, errors: [{ message, domain, reason, … }], status } }`. */
export function googleError(code: number, message: string, detail: ErrorDetail, headers: Record<string, string> = {}): FakeResponse {
  return json(
    code,
    {
      error: {
        code,
        message,
        errors: [{ message: detail.message ?? message, domain: detail.domain ?? 'global', reason: detail.reason, ...locationOf(detail) }],
        status: statusNames[code] ?? 'UNKNOWN',
      },
    },
    headers,
  );
}

function locationOf({ location, locationType }: ErrorDetail): object {
  return location === undefined ? {} : { location, locationType: locationType ?? 'parameter' };
}

/** 400 Invalid Value for a query parameter, as Drive and Gmail answer a bad `q`, `pageSize` or `pageToken`. */
export function invalidParameter(name: string, message = `Invalid Value`): FakeResponse {
  return googleError(400, message, { reason: 'invalid', location: name, locationType: 'parameter' });
}

export function notFound(message = 'Requested entity was not found.'): FakeResponse {
  return googleError(404, message, { reason: 'notFound' });
}

/** What an injected failure (`failNext`) answers with. */
export function injectedFailure(status: number): FakeResponse {
  const reasons: Record<number, [string, string]> = {
    400: ['badRequest', 'Bad Request'],
    401: ['authError', 'Invalid Credentials'],
    403: ['forbidden', 'Forbidden'],
    404: ['notFound', 'Requested entity was not found.'],
    500: ['internalError', 'Internal Error'],
    502: ['backendError', 'Backend Error'],
    503: ['backendError', 'The service is currently unavailable.'],
  };
  const [reason, message] = reasons[status] ?? ['backendError', 'Backend Error'];
  return googleError(status, message, { reason });
}

/** The bearer token of an `Authorization` header, undefined without one. */
export function bearerToken(headers: Record<string, string>): string | undefined {
  const match = /^bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1];
}

/** Query parameters and body fields together (the OAuth endpoints take either). */
export function params(request: FakeRequest): Record<string, string> {
  const merged: Record<string, string> = Object.fromEntries(request.url.searchParams);
  if (request.body && typeof request.body === 'object' && !Array.isArray(request.body)) {
    for (const [key, value] of Object.entries(request.body)) {
      if (value !== undefined && value !== null) merged[key] = String(value);
    }
  }
  return merged;
}

/** A boolean query parameter as Google reads it (`true`/`false`; anything else is an error upstream). */
export function flag(url: URL, name: string): boolean {
  return url.searchParams.get(name) === 'true';
}

export function newId(): string {
  return randomUUID();
}
