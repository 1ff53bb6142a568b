// The repositories a connection's token can see, read through GitHub's GraphQL API 100 at a time.
import type { ProviderCredentials, ResourceBatch, ResourceLister } from '../types.js';
import { createGitHubClient, translateGitHubError, type GitHubClientOptions } from './client.js';

export const REPOSITORY_BATCH_SIZE = 100;

// Ordered by creation time, oldest first: immutable and unique enough that walking pages never skips or repeats
// a repository, and new repositories append at the end instead of shifting earlier pages.
export const LIST_REPOSITORIES_QUERY = /* GraphQL */ `
  query GatewayListRepositories($cursor: String) {
    viewer {
      repositories(
        first: ${REPOSITORY_BATCH_SIZE}
        after: $cursor
        affiliations: [OWNER, COLLABORATOR, ORGANIZATION_MEMBER]
        ownerAffiliations: [OWNER, COLLABORATOR, ORGANIZATION_MEMBER]
        orderBy: { field: CREATED_AT, direction: ASC }
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          databaseId
          nameWithOwner
          description
          isPrivate
          updatedAt
          defaultBranchRef {
            name
          }
        }
      }
    }
  }
`;

interface RepositoriesResponse {
  viewer: {
    repositories: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: ({
        databaseId: number;
        nameWithOwner: string;
        description: string | null;
        isPrivate: boolean;
        updatedAt: string;
        defaultBranchRef: { name: string } | null;
      } | null)[];
    };
  };
}

export function createRepositoryLister(options: GitHubClientOptions): ResourceLister {
  return {
    batchSize: REPOSITORY_BATCH_SIZE,
    async listBatch(credentials: ProviderCredentials, cursor: string | null): Promise<ResourceBatch> {
      let data: RepositoriesResponse;
      try {
        data = await createGitHubClient(credentials.accessToken, options).graphql<RepositoriesResponse>(LIST_REPOSITORIES_QUERY, {
          cursor,
        });
      } catch (error) {
        throw translateGitHubError(error, 'list repositories');
      }
      const { totalCount, pageInfo, nodes } = data.viewer.repositories;
      return {
        totalCount,
        nextCursor: pageInfo.hasNextPage ? pageInfo.endCursor : null,
        resources: nodes.flatMap((node) =>
          node
            ? [
                {
                  id: String(node.databaseId),
                  kind: 'repository',
                  name: node.nameWithOwner,
                  fullName: node.nameWithOwner,
                  description: node.description,
                  private: node.isPrivate,
                  defaultRef: node.defaultBranchRef?.name ?? null,
                  updatedAt: new Date(node.updatedAt),
                },
              ]
            : [],
        ),
      };
    },
  };
}
