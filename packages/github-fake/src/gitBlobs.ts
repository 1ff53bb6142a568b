// GET /repos/{owner}/{repo}/git/blobs/{sha}: a blob as JSON with GitHub's base64 (a newline every 60
// characters), or its bytes themselves when Accept asks for the raw media type. Anyone who can see the
// repository may read its blobs.
import type { Authenticated, FakeContext } from './context';
import { findObject } from './git';
import { json, restError, type FakeRequest, type FakeResponse } from './http';
import { gitObjectNodeId } from './ids';

export const blobPath = /^\/repos\/([^/]+)\/([^/]+)\/git\/blobs\/([^/]+)\/?$/;

const documentation = 'https://docs.github.com/rest/git/blobs#get-a-blob';

export function handleGitBlob(request: FakeRequest, context: FakeContext, caller: Authenticated | null): FakeResponse {
  const [, owner, name, sha] = blobPath.exec(request.path)!;
  const repository = context.state.findRepository(decodeURIComponent(owner!), decodeURIComponent(name!));
  if (!repository || !context.state.canSee(repository, caller?.account.login ?? null)) return restError(404, 'Not Found', documentation);
  const blob = /^[0-9a-f]{40}$/.test(sha!) ? findObject(repository.head, sha!) : null;
  if (blob?.type !== 'blob') return restError(404, 'Not Found', documentation);

  // `application/vnd.github.raw` or `…raw+json`: GitHub answers with the media type asked for, and the bytes.
  const raw = /application\/vnd\.github(?:\.v3)?\.raw(\+json)?/.exec(request.headers.accept ?? '');
  if (raw) {
    return {
      status: 200,
      bytes: blob.content,
      headers: {
        'content-type': `application/vnd.github.raw${raw[1] ?? ''}; charset=utf-8`,
        'x-github-media-type': 'github.v3; param=raw; format=json',
      },
    };
  }
  const base64 = blob.content.toString('base64').replace(/.{60}/g, '$&\n');
  return json(200, {
    sha: blob.oid,
    node_id: gitObjectNodeId(repository.databaseId, 'blob', blob.oid),
    size: blob.content.length,
    url: `${context.apiUrl}/repos/${repository.owner.login}/${repository.name}/git/blobs/${blob.oid}`,
    content: base64.endsWith('\n') ? base64 : `${base64}\n`,
    encoding: 'base64',
  });
}
