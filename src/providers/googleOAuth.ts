// The OAuth part of a Google product's manifest: one Google OAuth app (GOOGLE_CLIENT_ID / GOOGLE_CLIENT_SECRET)
// serves Google Drive and Gmail, each asking for its own scopes.

/** The manifest's `oauth` of a Google product asking for `scopes` (besides the account's identity). */
export function googleOAuth(scopes: readonly string[]) {
  return {
    clientIdVariable: 'GOOGLE_CLIENT_ID',
    clientSecretVariable: 'GOOGLE_CLIENT_SECRET',
    authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    scopes: ['openid', 'email', ...scopes],
  } as const;
}

export type GoogleOAuth = ReturnType<typeof googleOAuth>;
