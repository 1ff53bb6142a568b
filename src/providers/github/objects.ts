// Many git objects of one repository per GraphQL request: aliased `object(oid:)` lookups, answered in the
// order asked, so each answer is matched to what was asked for even when GitHub answers null.
import { ResourceUnavailableError } from '../types.js';
import { translateGitHubError, type GitHubClient } from './client.js';

/** A query for several objects of one repository by oid, each under its own alias and variable. */
export function objectsQuery(operation: string, count: number, selection: string): string {
  const variables = Array.from({ length: count }, (_, index) => `$o${index}: GitObjectID!`).join(', ');
  const fields = Array.from({ length: count }, (_, index) => `o${index}: object(oid: $o${index}) { ${selection} }`).join('\n      ');
  return `query ${operation}($owner: String!, $name: String!, ${variables}) {\n    repository(owner: $owner, name: $name) {\n      ${fields}\n    }\n  }`;
}

export function splitFullName(fullName: string): { owner: string; name: string } {
  const [owner, name] = fullName.split('/');
  return { owner: owner ?? '', name: name ?? '' };
}

/** One GraphQL request about a repository; GitHub's failures become the gateway's errors. */
export async function runQuery<T>(
  client: GitHubClient,
  query: string,
  variables: Record<string, unknown>,
  action: string,
  fullName: string,
): Promise<T> {
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

/**
 * The objects at `oids`, in the same order: null where GitHub answered null, and every one null when it
 * answered no repository at all. Callers decide what a null means; it never means "does not exist".
 */
export async function lookupObjects<T>(
  client: GitHubClient,
  fullName: string,
  request: { operation: string; selection: string; action: string },
  oids: string[],
): Promise<(T | null)[]> {
  const variables = { ...splitFullName(fullName), ...Object.fromEntries(oids.map((oid, index) => [`o${index}`, oid])) };
  const data = await runQuery<{ repository: Record<string, T | null> | null }>(
    client,
    objectsQuery(request.operation, oids.length, request.selection),
    variables,
    request.action,
    fullName,
  );
  return oids.map((_, index) => data.repository?.[`o${index}`] ?? null);
}

export function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks;
}
