// A repository's files for the sync engine, through GitHub's GraphQL API: the head commit, then the tree level
// by level and the blobs, many objects per request (aliased `object(oid:)` lookups) to keep request counts low.
import type { DocumentSource, ProviderCredentials, SourceFile } from '../types';
import { ResourceUnavailableError } from '../types';
import { createGitHubClient, translateGitHubError, type GitHubClient, type GitHubClientOptions } from './client';

/** Trees per request while walking; blobs per request, and bytes, while fetching text. */
const TREES_PER_REQUEST = 50;
const BLOBS_PER_REQUEST = 50;
const BYTES_PER_REQUEST = 4 * 1024 * 1024;

export const HEAD_QUERY = /* GraphQL */ `
  query GatewayRepositoryHead($owner: String!, $name: String!, $branch: String!) {
    repository(owner: $owner, name: $name) {
      defaultBranchRef {
        name
        target {
          oid
          ... on Commit {
            tree {
              oid
            }
          }
        }
      }
      ref(qualifiedName: $branch) {
        target {
          oid
          ... on Commit {
            tree {
              oid
            }
          }
        }
      }
    }
  }
`;

/** A query for several objects of one repository by oid, each under its own alias and variable. */
export function objectsQuery(operation: string, count: number, selection: string): string {
  const variables = Array.from({ length: count }, (_, index) => `$o${index}: GitObjectID!`).join(', ');
  const fields = Array.from({ length: count }, (_, index) => `o${index}: object(oid: $o${index}) { ${selection} }`).join('\n      ');
  return `query ${operation}($owner: String!, $name: String!, ${variables}) {\n    repository(owner: $owner, name: $name) {\n      ${fields}\n    }\n  }`;
}

export const TREE_SELECTION = '... on Tree { entries { path type oid object { ... on Blob { byteSize isBinary } } } }';
export const BLOB_SELECTION = '... on Blob { oid isBinary isTruncated text }';

/** The variables of an objectsQuery: the repository, and each oid under its alias's variable. */
function objectVariables(repo: { owner: string; name: string }, oids: string[]): Record<string, string> {
  return { ...repo, ...Object.fromEntries(oids.map((oid, index) => [`o${index}`, oid])) };
}

interface Target {
  oid: string;
  tree?: { oid: string };
}

interface TreeEntry {
  path: string;
  type: string;
  oid: string;
  object: { byteSize?: number; isBinary?: boolean | null } | null;
}

function split(fullName: string) {
  const [owner, name] = fullName.split('/');
  return { owner: owner ?? '', name: name ?? '' };
}

async function run<T>(client: GitHubClient, query: string, variables: Record<string, unknown>, action: string, fullName: string): Promise<T> {
  try {
    return await client.graphql<T>(query, variables);
  } catch (error) {
    const failure = error as { errors?: { type?: string }[] };
    if (failure.errors?.some((entry) => entry.type === 'NOT_FOUND')) {
      throw new ResourceUnavailableError('the repository was deleted or this connection lost access to it');
    }
    throw translateGitHubError(error, action, fullName);
  }
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks;
}

/** Unique blobs in batches of at most BLOBS_PER_REQUEST objects and about BYTES_PER_REQUEST bytes. */
function batchesOf(files: Pick<SourceFile, 'sha' | 'size'>[]): string[][] {
  const batches: string[][] = [];
  const seen = new Set<string>();
  let current: string[] = [];
  let bytes = 0;
  for (const file of files) {
    if (seen.has(file.sha)) continue;
    seen.add(file.sha);
    if (current.length > 0 && (current.length >= BLOBS_PER_REQUEST || bytes + file.size > BYTES_PER_REQUEST)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file.sha);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export function createDocumentSource(options: GitHubClientOptions): DocumentSource {
  return {
    async snapshot(credentials: ProviderCredentials, resource: { fullName: string; branch: string | null }) {
      const client = createGitHubClient(credentials.accessToken, options);
      const repo = split(resource.fullName);
      const head = await run<{ repository: { defaultBranchRef: { target: Target } | null; ref: { target: Target } | null } | null }>(
        client,
        HEAD_QUERY,
        { ...repo, branch: `refs/heads/${resource.branch ?? ''}` },
        'read the head commit',
        resource.fullName,
      );
      if (!head.repository) throw new ResourceUnavailableError('the repository was deleted or this connection lost access to it');
      const target = (resource.branch ? head.repository.ref?.target : null) ?? head.repository.defaultBranchRef?.target;
      if (!target?.tree) {
        throw new ResourceUnavailableError(
          head.repository.defaultBranchRef ? `the branch ${resource.branch} does not exist` : 'the repository is empty',
        );
      }

      const files: SourceFile[] = [];
      let level = [target.tree.oid];
      while (level.length > 0) {
        const next: string[] = [];
        for (const oids of chunk(level, TREES_PER_REQUEST)) {
          const data = await run<{ repository: Record<string, { entries: TreeEntry[] } | null> }>(
            client,
            objectsQuery('GatewayTrees', oids.length, TREE_SELECTION),
            objectVariables(repo, oids),
            'read the file tree',
            resource.fullName,
          );
          for (const tree of Object.values(data.repository)) {
            for (const entry of tree?.entries ?? []) {
              if (entry.type === 'tree') next.push(entry.oid);
              else if (entry.type === 'blob') {
                files.push({ path: entry.path, sha: entry.oid, size: entry.object?.byteSize ?? 0, binary: entry.object?.isBinary === true });
              }
            }
          }
        }
        level = next;
      }
      return { commit: target.oid, files };
    },

    async fetchText(credentials: ProviderCredentials, resource: { fullName: string }, files: Pick<SourceFile, 'sha' | 'size'>[]) {
      const client = createGitHubClient(credentials.accessToken, options);
      const repo = split(resource.fullName);
      const texts = new Map<string, string>();
      for (const oids of batchesOf(files)) {
        const data = await run<{ repository: Record<string, { oid: string; isBinary: boolean | null; isTruncated: boolean; text: string | null } | null> }>(
          client,
          objectsQuery('GatewayBlobs', oids.length, BLOB_SELECTION),
          objectVariables(repo, oids),
          'read file contents',
          resource.fullName,
        );
        for (const blob of Object.values(data.repository)) {
          if (blob && !blob.isBinary && !blob.isTruncated && blob.text !== null) texts.set(blob.oid, blob.text);
        }
      }
      return texts;
    },
  };
}

