// A provider's manifest: what the gateway knows about it as data (in the spirit of Nango's providers.yaml), in
// its own folder beside the adapter. Configuration is built from the manifests (each declares the variables it
// reads) and the API shows what they say (names, resource kinds and their labels).
export interface ResourceKind {
  /** Stable id, e.g. `repository`. */
  kind: string;
  /** Display labels, e.g. `Repository` / `Repositories`. */
  label: string;
  pluralLabel: string;
  /** Whether resources of this kind hold others (a folder): listings can then be browsed by parent. */
  contains?: boolean;
}

export interface ProviderVariable {
  description: string;
  /** Used when the variable is unset; a variable without one is optional. */
  default?: string;
  /** `url` values must be http(s) URLs; a trailing slash is dropped. */
  kind: 'url' | 'text';
}

export interface ProviderManifest {
  /** The provider's id in the API (`GITHUB`): the GraphQL enum value, and what connections store. */
  id: string;
  /** The provider as REST paths and the SDK spell it (`google-drive`). */
  slug: string;
  /** Display name. */
  name: string;
  /** How users connect it: the OAuth app's variables (providers of one family share them) and its endpoints. */
  oauth?: {
    clientIdVariable: string;
    clientSecretVariable: string;
    /** `{VARIABLE}` stands for the value of one of `variables`. */
    authorizeUrl: string;
    tokenUrl: string;
    scopes: readonly string[];
  };
  /** Further configuration the adapter reads, by environment variable name. */
  variables?: Readonly<Record<string, ProviderVariable>>;
  /** The kinds of resource it lists (none for a provider that lists none). */
  resourceKinds: readonly ResourceKind[];
  /**
   * What its synced documents are, as the supermemory SDK's document `type` spells it (`github_markdown`; `text`
   * when unset): one per provider, since a stored document keeps no media type of its own.
   */
  documentType?: string;
}

/** A manifest URL with `{VARIABLE}` filled in from the settings. */
export function fillUrl(template: string, variables: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Z0-9_]+)\}/g, (_match, name: string) => variables[name] ?? '');
}
