// Provider settings from the environment, as the manifests declare them: defaults for unset (or empty) variables,
// URLs checked and without a trailing slash, the OAuth app's pair set both or neither (reported once for a pair
// that providers share), and every bad variable named.
import { describe, expect, it } from 'vitest';
import type { ProviderManifest } from './manifest.js';
import { providerSettingsFromEnv, providerVariableNames } from './settings.js';

const upstream = { retries: 2, retryBaseMs: 100 };

const oauth = (prefix: string) => ({
  clientIdVariable: `${prefix}_CLIENT_ID`,
  clientSecretVariable: `${prefix}_CLIENT_SECRET`,
  authorizeUrl: 'https://auth.example.com/authorize',
  tokenUrl: 'https://auth.example.com/token',
  scopes: [],
});

const forge: ProviderManifest = {
  id: 'FORGE',
  slug: 'forge',
  name: 'Forge',
  oauth: oauth('FORGE'),
  variables: {
    FORGE_API_URL: { kind: 'url', default: 'https://api.forge.example', description: 'API' },
    FORGE_WEB_URL: { kind: 'url', description: 'Web host (optional)' },
    FORGE_TEAM: { kind: 'text', default: 'everyone', description: 'Team' },
  },
  resourceKinds: [],
};
const docs: ProviderManifest = { id: 'DOCS', slug: 'docs', name: 'Docs', oauth: oauth('SUITE'), resourceKinds: [] };
const mail: ProviderManifest = { id: 'MAIL', slug: 'mail', name: 'Mail', oauth: oauth('SUITE'), resourceKinds: [] };
const crawler: ProviderManifest = { id: 'CRAWLER', slug: 'crawler', name: 'Crawler', resourceKinds: [] };
const manifests = [forge, docs, mail, crawler];

describe('providerSettingsFromEnv', () => {
  it('applies the defaults, leaves optional variables out, and configures no OAuth app, with nothing set', () => {
    const { settings, issues } = providerSettingsFromEnv(manifests, {}, upstream);
    expect(issues).toEqual([]);
    expect(settings).toEqual({
      FORGE: { oauthApp: null, variables: { FORGE_API_URL: 'https://api.forge.example', FORGE_TEAM: 'everyone' }, upstream },
      DOCS: { oauthApp: null, variables: {}, upstream },
      MAIL: { oauthApp: null, variables: {}, upstream },
      CRAWLER: { oauthApp: null, variables: {}, upstream },
    });
  });

  it('reads the values given, trimmed, URLs without a trailing slash; an empty value counts as unset', () => {
    const { settings, issues } = providerSettingsFromEnv(
      manifests,
      {
        FORGE_API_URL: ' https://forge.internal/api/v3// ',
        FORGE_WEB_URL: 'http://forge.internal',
        FORGE_TEAM: '',
        FORGE_CLIENT_ID: ' id ',
        FORGE_CLIENT_SECRET: 'secret',
      },
      upstream,
    );
    expect(issues).toEqual([]);
    expect(settings.FORGE).toEqual({
      oauthApp: { clientId: 'id', clientSecret: 'secret' },
      variables: { FORGE_API_URL: 'https://forge.internal/api/v3', FORGE_WEB_URL: 'http://forge.internal', FORGE_TEAM: 'everyone' },
      upstream,
    });
  });

  it('names each URL variable that is not an http(s) URL, with what it was given, and leaves it out', () => {
    const { settings, issues } = providerSettingsFromEnv(
      [forge],
      { FORGE_API_URL: 'ftp://forge.internal', FORGE_WEB_URL: 'not a url' },
      upstream,
    );
    expect(issues).toEqual([
      'FORGE_API_URL: must be an http(s) URL (got "ftp://forge.internal")',
      'FORGE_WEB_URL: must be an http(s) URL (got "not a url")',
    ]);
    expect(settings.FORGE?.variables).toEqual({ FORGE_TEAM: 'everyone' });
  });

  it('asks for both halves of an OAuth app, once for a pair providers share, and shares the app when both are set', () => {
    const half = providerSettingsFromEnv(manifests, { SUITE_CLIENT_ID: 'id', FORGE_CLIENT_SECRET: 'secret' }, upstream);
    expect(half.issues).toEqual([
      'FORGE_CLIENT_ID and FORGE_CLIENT_SECRET: set both or neither',
      'SUITE_CLIENT_ID and SUITE_CLIENT_SECRET: set both or neither',
    ]);
    expect([half.settings.FORGE?.oauthApp, half.settings.DOCS?.oauthApp, half.settings.MAIL?.oauthApp]).toEqual([null, null, null]);

    const blank = providerSettingsFromEnv([docs], { SUITE_CLIENT_ID: 'id', SUITE_CLIENT_SECRET: '  ' }, upstream);
    expect(blank.issues).toEqual(['SUITE_CLIENT_ID and SUITE_CLIENT_SECRET: set both or neither']);

    const both = providerSettingsFromEnv(manifests, { SUITE_CLIENT_ID: 'id', SUITE_CLIENT_SECRET: 'secret' }, upstream);
    expect(both.issues).toEqual([]);
    expect(both.settings.DOCS?.oauthApp).toEqual({ clientId: 'id', clientSecret: 'secret' });
    expect(both.settings.MAIL?.oauthApp).toEqual({ clientId: 'id', clientSecret: 'secret' });
  });
});

describe('providerVariableNames', () => {
  it('lists every variable the manifests read, each once, OAuth pairs first for each provider', () => {
    expect(providerVariableNames(manifests)).toEqual([
      'FORGE_CLIENT_ID',
      'FORGE_CLIENT_SECRET',
      'FORGE_API_URL',
      'FORGE_WEB_URL',
      'FORGE_TEAM',
      'SUITE_CLIENT_ID',
      'SUITE_CLIENT_SECRET',
    ]);
  });
});
