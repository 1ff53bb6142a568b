// Failures of the HTTP exchange itself (no route, wrong method, body too large, no valid key, …), as opposed to the
// domain failures in src/errors.ts. Each has a stable code and status; errorBodies.ts renders both kinds in the
// shape of the surface that answers (GraphQL or REST).

export const httpErrorStatus = {
  BAD_REQUEST: 400,
  INVALID_OAUTH_STATE: 400,
  UNAUTHENTICATED: 401,
  INVALID_SIGNATURE: 401,
  PERSISTED_DOCUMENT_REQUIRED: 403,
  NOT_FOUND: 404,
  PERSISTED_DOCUMENT_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  REQUEST_TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  REQUEST_HEADER_FIELDS_TOO_LARGE: 431,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type HttpErrorCode = keyof typeof httpErrorStatus;

export class HttpError extends Error {
  readonly httpStatus: number;

  constructor(
    readonly code: HttpErrorCode,
    message: string,
    /** Machine-readable facts: REST `details`, GraphQL `extensions`. */
    readonly facts: Record<string, unknown> = {},
    /** Response headers the failure calls for (`Allow`, `Retry-After`, `WWW-Authenticate`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.httpStatus = httpErrorStatus[code];
  }

  details(): Record<string, unknown> {
    return this.facts;
  }
}

export function unauthenticated(): HttpError {
  return new HttpError(
    'UNAUTHENTICATED',
    'A valid API key is required: send it as "Authorization: Bearer <key>".',
    {},
    {
      'www-authenticate': 'Bearer realm="connections-gateway"',
    },
  );
}

export function methodNotAllowed(method: string, allowed: readonly string[]): HttpError {
  return new HttpError(
    'METHOD_NOT_ALLOWED',
    `Method ${method} is not allowed here; use ${allowed.join(' or ')}.`,
    { allowed: [...allowed] },
    {
      allow: allowed.join(', '),
    },
  );
}

export function payloadTooLarge(maxBytes: number): HttpError {
  return new HttpError('PAYLOAD_TOO_LARGE', `Request body too large: the limit is ${maxBytes} bytes.`, { maxBytes });
}

export function badRequest(message: string, facts: Record<string, unknown> = {}): HttpError {
  return new HttpError('BAD_REQUEST', message, facts);
}
