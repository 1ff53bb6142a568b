// Each provider's settings, read from the environment its manifest names: the OAuth app's pair (set both or
// neither; providers of one family share it) and its further variables (URLs checked, defaults applied).
import { z } from 'zod';
import type { ProviderManifest, ProviderVariable } from './manifest.js';
import type { ProviderSettings } from './types.js';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

function readVariable(
  name: string,
  spec: ProviderVariable,
  env: Readonly<Record<string, string | undefined>>,
  issues: string[],
): string | undefined {
  // An empty variable counts as unset, as shells and .env files leave them.
  const given = env[name]?.trim();
  const raw = given === undefined || given === '' ? spec.default : given;
  if (raw === undefined || spec.kind === 'text') return raw;
  const parsed = httpUrl.safeParse(raw);
  if (!parsed.success) {
    issues.push(`${name}: must be an http(s) URL (got ${JSON.stringify(env[name])})`);
    return undefined;
  }
  return parsed.data.replace(/\/+$/, '');
}

/** Every provider's settings; `issues` names each bad variable (the caller reports them all at once). */
export function providerSettingsFromEnv(
  manifests: readonly ProviderManifest[],
  env: Readonly<Record<string, string | undefined>>,
  upstream: ProviderSettings['upstream'],
): { settings: Record<string, ProviderSettings>; issues: string[] } {
  const issues: string[] = [];
  const reported = new Set<string>();
  const settings: Record<string, ProviderSettings> = {};
  for (const manifest of manifests) {
    const variables: Record<string, string> = {};
    for (const [name, spec] of Object.entries(manifest.variables ?? {})) {
      // Providers of one family share variables: a bad one is reported once.
      const found: string[] = [];
      const value = readVariable(name, spec, env, found);
      for (const issue of found) if (!issues.includes(issue)) issues.push(issue);
      if (value !== undefined) variables[name] = value;
    }
    let oauthApp: ProviderSettings['oauthApp'] = null;
    if (manifest.oauth) {
      const { clientIdVariable, clientSecretVariable } = manifest.oauth;
      const clientId = env[clientIdVariable]?.trim();
      const clientSecret = env[clientSecretVariable]?.trim();
      if (clientId && clientSecret) oauthApp = { clientId, clientSecret };
      else if ((clientId || clientSecret) && !reported.has(clientIdVariable)) {
        reported.add(clientIdVariable);
        issues.push(`${clientIdVariable} and ${clientSecretVariable}: set both or neither`);
      }
    }
    settings[manifest.id] = { oauthApp, variables, upstream };
  }
  return { settings, issues };
}

/** Every variable the manifests read, for documentation and for telling them from unknown ones. */
export function providerVariableNames(manifests: readonly ProviderManifest[]): string[] {
  return [
    ...new Set(
      manifests.flatMap((manifest) => [
        ...(manifest.oauth ? [manifest.oauth.clientIdVariable, manifest.oauth.clientSecretVariable] : []),
        ...Object.keys(manifest.variables ?? {}),
      ]),
    ),
  ];
}
