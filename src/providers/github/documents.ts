// A repository's files for the sync engine, through GitHub's GraphQL API: the head commit, then the tree level
// by level (treeWalk.ts) and the blobs (blobTexts.ts), many objects per request to keep request counts low.
import type { DocumentSource, ProviderCredentials, SourceFile } from '../types.js';
import { ResourceUnavailableError } from '../types.js';
import { fetchBlobTexts } from './blobTexts.js';
import { createGitHubClient, type GitHubClientOptions } from './client.js';
import { runQuery, splitFullName } from './objects.js';
import { walkTree } from './treeWalk.js';

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

interface Target {
  oid: string;
  tree?: { oid: string };
}

export function createDocumentSource(options: GitHubClientOptions): DocumentSource {
  return {
    async snapshot(credentials: ProviderCredentials, resource: { fullName: string; ref: string | null }) {
      const client = createGitHubClient(credentials.accessToken, options);
      const head = await runQuery<{ repository: { defaultBranchRef: { target: Target } | null; ref: { target: Target } | null } | null }>(
        client,
        HEAD_QUERY,
        { ...splitFullName(resource.fullName), branch: `refs/heads/${resource.ref ?? ''}` },
        'read the head commit',
        resource.fullName,
      );
      if (!head.repository) throw new ResourceUnavailableError('the repository was deleted or this connection lost access to it');
      const target = (resource.ref ? head.repository.ref?.target : null) ?? head.repository.defaultBranchRef?.target;
      if (!target?.tree) {
        const reason = !head.repository.defaultBranchRef
          ? 'the repository is empty'
          : resource.ref
            ? `the branch ${resource.ref} does not exist`
            : 'the default branch has no commit';
        throw new ResourceUnavailableError(reason);
      }
      return { version: target.oid, files: await walkTree(client, resource.fullName, target.tree.oid) };
    },

    fetchText(credentials: ProviderCredentials, resource: { fullName: string }, files: Pick<SourceFile, 'sha' | 'size'>[]) {
      return fetchBlobTexts(createGitHubClient(credentials.accessToken, options), resource.fullName, files);
    },
  };
}
