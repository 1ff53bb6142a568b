// The OAuth part of a Google product's manifest: one Google OAuth app (GOOGLE_CLIENT_ID / GOOGLE_CLIENT_SECRET)
// serves Google Drive and Gmail, each asking for its own scopes.

/** The manifest's `oauth` of a Google product asking for `scopes` (besides the account's identity). */
export function googleOAuth(scopes: readonly string[]) {
  return {
    clientIdVariable: 'GOOGLE_CLIENT_ID',
    clientSecretVariable: 'GOOGLE_CLIENT_SECRET',
    authorizeUrl: '{GOOGLE_ACCOUNTS_URL}/o/oauth2/v2/auth',
    tokenUrl: '{GOOGLE_OAUTH2_URL}/token',
    scopes: ['openid', 'email', ...scopes],
  } as const;
}

/**
 * Google's hosts, as variables every Google product's manifest declares: Google's own by default; tests (and a
 * proxy, if one is needed) point them elsewhere. Sign-in, tokens, and the APIs live on three hosts.
 */
export const googleVariables = {
  GOOGLE_ACCOUNTS_URL: { kind: 'url', default: 'https://accounts.google.com', description: "Google's sign-in host (the authorize page)" },
  GOOGLE_OAUTH2_URL: { kind: 'url', default: 'https://oauth2.googleapis.com', description: "Google's token host (tokens, revocation)" },
  GOOGLE_API_URL: {
    kind: 'url',
    default: 'https://www.googleapis.com',
    description: "Google's API host (the account's identity, Drive, Gmail)",
  },
} as const;

export type GoogleOAuth = ReturnType<typeof googleOAuth>;
