// Request and response shapes shared by the endpoint handlers, and the bits of HTTP GitHub answers with.
import { STATUS_CODES } from 'node:http';

export type RequestKind =
  | 'graphql'
  | 'hooks.create'
  | 'hooks.list'
  | 'hooks.get'
  | 'hooks.update'
  | 'hooks.delete'
  | 'oauth.authorize'
  | 'oauth.token'
  | 'grant.delete'
  | 'git.blob'
  | 'other';

export interface FakeRequest {
  kind: RequestKind;
  method: string;
  /**
   * The path below the endpoint's root, without the query: REST paths without GHES's `/api/v3` prefix
   * (`/repos/o/r/hooks`), `/graphql` for GraphQL in both layouts, `/login/oauth/…` for OAuth.
   */
  path: string;
  /** The URL as received. */
  url: URL;
  /** Lowercased names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** Parsed JSON or form fields; the raw text when neither parses; undefined without a body. */
  body: unknown;
  requestId: string;
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

/** GitHub's REST error body: `{ message, documentation_url, status }` (status as a string). */
export function restError(
  status: number,
  message: string,
  documentationUrl = 'https://docs.github.com/rest',
  extra: object = {},
): FakeResponse {
  return json(status, { message, ...extra, documentation_url: documentationUrl, status: String(status) });
}

/** GitHub's message for a GraphQL query that failed on its side. */
export function somethingWentWrong(requestId: string): string {
  return (
    'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. ' +
    `Please include \`${requestId}\` when reporting this issue.`
  );
}

/** What an injected failure (`failNext`, `failHookCreation`) answers with. */
export function injectedFailure(status: number, kind: RequestKind, requestId: string): FakeResponse {
  if (kind === 'graphql' && status >= 500) return json(status, { data: null, errors: [{ message: somethingWentWrong(requestId) }] });
  if (kind === 'oauth.token' || kind === 'oauth.authorize') {
    return {
      status,
      text: `<html><body><h1>${status} ${STATUS_CODES[status] ?? ''}</h1></body></html>`,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    };
  }
  const messages: Record<number, string> = {
    401: 'Bad credentials',
    403: 'Forbidden',
    404: 'Not Found',
    422: 'Validation Failed',
    500: 'Server Error',
    502: 'Server Error',
    503: 'Service Unavailable',
  };
  return restError(status, messages[status] ?? STATUS_CODES[status] ?? 'Error');
}

/**
 * The token of an `Authorization: bearer <token>` or `token <token>` header (any case), undefined without the
 * header, null when it is there but is neither.
 */
export function tokenFrom(headers: Record<string, string>): string | null | undefined {
  const header = headers.authorization;
  if (header === undefined) return undefined;
  const match = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}

export function basicCredentials(headers: Record<string, string>): { user: string; password: string } | null {
  const match = /^basic\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
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
