// Google accounts and OAuth: clients, authorization codes, access tokens that expire, refresh tokens that can be
// revoked. Pure data and the rules over it; no HTTP here.
import { newAccessToken, newAuthorizationCode, newRefreshToken, newSubject } from './ids';

export interface Account {
  email: string;
  /** The stable account id (`sub` in id tokens). */
  sub: string;
  name: string;
}

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  /** When set, `redirect_uri` must be one of these exactly, as Google requires. */
  redirectUris?: string[];
}

export interface AccessToken {
  token: string;
  email: string;
  clientId: string | null;
  scopes: string[];
  /** Epoch milliseconds. */
  expiresAt: number;
  revoked: boolean;
  refreshToken: string | null;
}

export interface RefreshToken {
  token: string;
  email: string;
  clientId: string | null;
  scopes: string[];
  revoked: boolean;
}

export interface AuthorizationCode {
  code: string;
  clientId: string;
  email: string;
  redirectUri: string;
  scopes: string[];
  /** `access_type=offline`: only then does the exchange hand out a refresh token. */
  offline: boolean;
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
  nonce: string | null;
  expiresAt: number;
  used: boolean;
}

export interface IssueTokenOptions {
  /** Default 3599, as Google's. */
  expiresInSeconds?: number;
  /** true for a random refresh token, or the refresh token's value. */
  refreshToken?: boolean | string;
  /** Default: openid, email, drive.readonly and gmail.readonly. */
  scopes?: string[];
  clientId?: string;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  scopes: string[];
}

export const defaultScopes = [
  'openid',
  'https://www.googleapis.com/auth/userinfo.email',
  'https://www.googleapis.com/auth/drive.readonly',
  'https://www.googleapis.com/auth/gmail.readonly',
];
export const accessTokenLifetimeSeconds = 3599;
const codeLifetimeMs = 10 * 60_000;

/** Google answers `email` and `profile` in a scope with their long names. */
export function normalizeScopes(scope: string): string[] {
  const long: Record<string, string> = {
    email: 'https://www.googleapis.com/auth/userinfo.email',
    profile: 'https://www.googleapis.com/auth/userinfo.profile',
  };
  return [
    ...new Set(
      scope
        .split(/\s+/)
        .filter(Boolean)
        .map((name) => long[name] ?? name),
    ),
  ];
}

export class AuthState {
  readonly accounts = new Map<string, Account>();
  readonly clients = new Map<string, OAuthClient>();
  private readonly accessTokens = new Map<string, AccessToken>();
  private readonly refreshTokens = new Map<string, RefreshToken>();
  private readonly codes = new Map<string, AuthorizationCode>();
  /** The signed-in user who consents at the authorize endpoint (null: Google's sign-in page is shown). */
  authorizingUser: string | null = null;
  denyAuthorizations = 0;

  addAccount(email: string, name?: string): Account {
    const existing = this.accounts.get(email);
    if (existing) return existing;
    const account = { email, sub: newSubject(), name: name ?? email.split('@')[0]! };
    this.accounts.set(email, account);
    return account;
  }

  requireAccount(email: string): Account {
    const account = this.accounts.get(email);
    if (!account) throw new Error(`No Google account ${email}: add it with addDriveUser or addMailbox`);
    return account;
  }

  issueToken(email: string, options: IssueTokenOptions = {}): IssuedTokens {
    this.requireAccount(email);
    const scopes = options.scopes ?? defaultScopes;
    const clientId = options.clientId ?? null;
    let refreshToken: string | null = null;
    if (options.refreshToken) {
      refreshToken = typeof options.refreshToken === 'string' ? options.refreshToken : newRefreshToken();
      this.refreshTokens.set(refreshToken, { token: refreshToken, email, clientId, scopes, revoked: false });
    }
    const access = this.mintAccess(email, clientId, scopes, refreshToken, options.expiresInSeconds ?? accessTokenLifetimeSeconds);
    return { accessToken: access.token, ...(refreshToken ? { refreshToken } : {}), expiresAt: access.expiresAt, scopes };
  }

  mintAccess(email: string, clientId: string | null, scopes: string[], refreshToken: string | null, lifetimeSeconds: number): AccessToken {
    const access: AccessToken = {
      token: newAccessToken(),
      email,
      clientId,
      scopes,
      expiresAt: Date.now() + lifetimeSeconds * 1000,
      revoked: false,
      refreshToken,
    };
    this.accessTokens.set(access.token, access);
    return access;
  }

  /** The access token if it is known, unexpired and not revoked. */
  validAccess(token: string): AccessToken | null {
    const access = this.accessTokens.get(token);
    return access && !access.revoked && access.expiresAt > Date.now() ? access : null;
  }

  validRefresh(token: string): RefreshToken | null {
    const refresh = this.refreshTokens.get(token);
    return refresh && !refresh.revoked ? refresh : null;
  }

  expireToken(token: string): void {
    const access = this.accessTokens.get(token);
    if (!access) throw new Error('Unknown access token');
    access.expiresAt = Date.now() - 1;
  }

  /**
   * Revokes a token as Google's revoke endpoint does: the whole grant goes, so revoking either the access or the
   * refresh token also revokes the other and every access token minted from that refresh token. False if unknown.
   */
  revoke(token: string): boolean {
    const access = this.accessTokens.get(token);
    const refreshValue = access ? access.refreshToken : token;
    const refresh = refreshValue ? this.refreshTokens.get(refreshValue) : undefined;
    if (!access && !refresh) return false;
    if (access) access.revoked = true;
    if (refresh) {
      refresh.revoked = true;
      for (const other of this.accessTokens.values()) if (other.refreshToken === refresh.token) other.revoked = true;
    }
    return true;
  }

  createCode(fields: Omit<AuthorizationCode, 'code' | 'expiresAt' | 'used'>): AuthorizationCode {
    const code: AuthorizationCode = { ...fields, code: newAuthorizationCode(), expiresAt: Date.now() + codeLifetimeMs, used: false };
    this.codes.set(code.code, code);
    return code;
  }

  code(value: string): AuthorizationCode | undefined {
    return this.codes.get(value);
  }

  registerRefresh(refresh: RefreshToken): void {
    this.refreshTokens.set(refresh.token, refresh);
  }
}
