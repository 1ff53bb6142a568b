// What each provider can do, as the API says it and as the API does it: one gate decides both.
import { describe, expect, it } from 'vitest';
import { ProviderNotSupportedError } from '../src/errors';
import { capabilitiesOf, capabilityNames, requireCapability } from '../src/providers/capabilities';
import { createProviderRegistry, providerManifests } from '../src/providers/registry';
import { providerSettingsFromEnv } from '../src/providers/settings';
import { graphql } from './gql';
import { startGatewayFirst, test } from './support/fixtures';

const upstream = { retries: 0, retryBaseMs: 1 };

describe('the capability gate', () => {
  const { settings } = providerSettingsFromEnv(providerManifests, {}, upstream);
  const registry = createProviderRegistry(settings);

  it('answers every capability of every provider from what its adapter implements, and refuses with a typed 501', () => {
    for (const adapter of registry.all) {
      const capabilities = capabilitiesOf(adapter);
      for (const capability of capabilityNames) {
        if (capabilities[capability]) expect(() => requireCapability(adapter, capability)).not.toThrow();
        else expect(() => requireCapability(adapter, capability)).toThrow(ProviderNotSupportedError);
      }
    }
    expect(capabilitiesOf(registry.get('GITHUB'))).toEqual({
      connect: true,
      listResources: true,
      configureResources: true,
      sync: true,
      webhooks: true,
    });
    expect(capabilitiesOf(registry.get('S3'))).toEqual({
      connect: false,
      listResources: false,
      configureResources: false,
      sync: false,
      webhooks: false,
    });
  });

  it('reads each provider’s variables from its manifest: defaults, URLs checked, OAuth pairs whole or not at all', () => {
    expect(settings.GITHUB?.variables).toEqual({ GITHUB_API_URL: 'https://api.github.com', GITHUB_WEB_URL: 'https://github.com' });
    const configured = providerSettingsFromEnv(
      providerManifests,
      { GITHUB_API_URL: 'https://ghe.example.com/api/v3/', GOOGLE_CLIENT_ID: 'id', GOOGLE_CLIENT_SECRET: 'secret' },
      upstream,
    );
    expect(configured.issues).toEqual([]);
    expect(configured.settings.GITHUB?.variables.GITHUB_API_URL).toBe('https://ghe.example.com/api/v3');
    // One Google OAuth app serves both Google products.
    expect(configured.settings.GMAIL?.oauthApp).toEqual({ clientId: 'id', clientSecret: 'secret' });
    expect(configured.settings.GOOGLE_DRIVE?.oauthApp).toEqual({ clientId: 'id', clientSecret: 'secret' });
    const bad = providerSettingsFromEnv(providerManifests, { GITHUB_WEB_URL: 'github', NOTION_CLIENT_ID: 'half' }, upstream);
    expect(bad.issues).toEqual([
      'GITHUB_WEB_URL: must be an http(s) URL (got "github")',
      'NOTION_CLIENT_ID and NOTION_CLIENT_SECRET: set both or neither',
    ]);
  });
});

const ProviderManifests = graphql(`
  query ProviderManifests {
    providers {
      id
      name
      capabilities {
        connect
        listResources
        configureResources
        sync
        webhooks
        resourceKinds {
          kind
          label
          pluralLabel
        }
      }
    }
  }
`);

describe('providers over GraphQL', () => {
  startGatewayFirst(test);

  test('lists every manifest with what it supports and the kinds of resource it lists', async ({ gateway, organization: { key } }) => {
    const response = await gateway.graphql(ProviderManifests, { key });
    const providers = response.body.data!.providers;
    expect(providers.map((provider) => provider.id)).toEqual(providerManifests.map((manifest) => manifest.id));
    expect(providers.find((provider) => provider.id === 'GITHUB')).toEqual({
      id: 'GITHUB',
      name: 'GitHub',
      capabilities: {
        connect: true,
        listResources: true,
        configureResources: true,
        sync: true,
        webhooks: true,
        resourceKinds: [{ kind: 'repository', label: 'Repository', pluralLabel: 'Repositories' }],
      },
    });
    expect(providers.find((provider) => provider.id === 'NOTION')?.capabilities).toMatchObject({
      connect: true,
      listResources: false,
      sync: false,
      resourceKinds: [],
    });
  });
});
