// The shipped manifests, checked as data (ids fit the GraphQL enum and slugs a path, each `{VARIABLE}` in a URL is
// declared with a default, defaults are valid), and the registry built from their settings.
import { describe, expect, it } from 'vitest';
import { fillUrl } from './manifest.js';
import { createProviderRegistry, providerManifests, UnknownProviderError } from './registry.js';
import { providerSettingsFromEnv } from './settings.js';

const defaults = providerSettingsFromEnv(providerManifests, {}, { retries: 0, retryBaseMs: 1 });

describe('the provider manifests', () => {
  it('have unique ids that can be GraphQL enum values and unique slugs that can be path segments', () => {
    const ids = providerManifests.map((manifest) => manifest.id);
    const slugs = providerManifests.map((manifest) => manifest.slug);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9_]*$/);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('declare, with a default, every variable their OAuth URLs are filled from, and give https URLs', () => {
    for (const manifest of providerManifests) {
      if (!manifest.oauth) continue;
      for (const template of [manifest.oauth.authorizeUrl, manifest.oauth.tokenUrl]) {
        for (const [, name] of template.matchAll(/\{([^}]*)\}/g)) {
          expect({ provider: manifest.id, name, default: manifest.variables?.[name ?? '']?.default }).toEqual({
            provider: manifest.id,
            name,
            default: expect.any(String) as unknown,
          });
        }
        const filled = fillUrl(template, defaults.settings[manifest.id]?.variables ?? {});
        expect(new URL(filled).protocol).toBe('https:');
      }
    }
  });

  it('have defaults their own settings accept, and upper-case variable names', () => {
    expect(defaults.issues).toEqual([]);
    for (const manifest of providerManifests) {
      for (const [name, variable] of Object.entries(manifest.variables ?? {})) {
        expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
        if (variable.default !== undefined) expect(defaults.settings[manifest.id]?.variables[name]).toBe(variable.default);
      }
    }
  });

  it('pair each OAuth client id variable with one secret variable, also where providers share an app', () => {
    const secretOf = new Map<string, string>();
    for (const { oauth } of providerManifests) {
      if (!oauth) continue;
      expect(secretOf.get(oauth.clientIdVariable) ?? oauth.clientSecretVariable).toBe(oauth.clientSecretVariable);
      secretOf.set(oauth.clientIdVariable, oauth.clientSecretVariable);
    }
  });

  it('name each resource kind once', () => {
    for (const manifest of providerManifests) {
      const kinds = manifest.resourceKinds.map((kind) => kind.kind);
      expect(new Set(kinds).size).toBe(kinds.length);
    }
  });
});

describe('fillUrl', () => {
  it('fills each {VARIABLE} from the settings, and an unknown one with nothing', () => {
    expect(fillUrl('{WEB}/login/{WEB}', { WEB: 'https://ghe.example.com' })).toBe('https://ghe.example.com/login/https://ghe.example.com');
    expect(fillUrl('{MISSING}/token', {})).toBe('/token');
    expect(fillUrl('https://x/{lower}', { lower: 'no' })).toBe('https://x/{lower}');
  });
});

describe('createProviderRegistry', () => {
  const registry = createProviderRegistry(defaults.settings);

  it('builds every provider in the manifests’ order, found by id and by slug', () => {
    expect(registry.all.map((adapter) => adapter.id)).toEqual(providerManifests.map((manifest) => manifest.id));
    expect(registry.get('GITHUB').slug).toBe('github');
    expect(registry.bySlug('google-drive')?.id).toBe('GOOGLE_DRIVE');
    expect(registry.bySlug('GITHUB')).toBeUndefined();
  });

  it('refuses an id it does not know, and settings that miss a provider', () => {
    expect(() => registry.get('GITLAB')).toThrow(UnknownProviderError);
    const { GITHUB: _github, ...withoutGitHub } = defaults.settings;
    expect(() => createProviderRegistry(withoutGitHub)).toThrow('No provider "GITHUB" is registered');
  });

  it('configures no OAuth app without its variables', () => {
    expect(registry.all.map((adapter) => adapter.oauth?.app ?? null)).toEqual(registry.all.map(() => null));
  });
});
