// Repository contents as git stores them: blobs, trees and commits with their real object ids, so that what
// the fake returns for `object(expression:)` or `defaultBranchRef.target` is what GitHub would return.
import { gitObjectId } from './ids';

export interface GitBlob {
  type: 'blob';
  oid: string;
  content: Buffer;
}

export interface GitTreeEntry {
  name: string;
  /** The path from the repository root. */
  path: string;
  /** As GraphQL's `TreeEntry.mode` gives it: 33188 (0o100644) for files, 16384 (0o40000) for directories. */
  mode: number;
  object: GitBlob | GitTree;
}

export interface GitTree {
  type: 'tree';
  oid: string;
  entries: GitTreeEntry[];
}

export interface GitCommit {
  type: 'commit';
  oid: string;
  tree: GitTree;
  parent: GitCommit | null;
  message: string;
  /** ISO-8601 without milliseconds, like GitHub's DateTime values. */
  committedDate: string;
}

export type GitObject = GitBlob | GitTree | GitCommit;

export type FileContent = string | Uint8Array;

const fileMode = 0o100644;
const treeMode = 0o40000;

export function blob(content: FileContent): GitBlob {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return { type: 'blob', oid: gitObjectId('blob', buffer), content: buffer };
}

/** Builds the tree of a whole snapshot, `{ 'src/index.ts': '…' }`, with every subtree. */
export function treeOf(files: ReadonlyMap<string, GitBlob>): GitTree {
  return buildTree('', files);
}

function buildTree(prefix: string, files: ReadonlyMap<string, GitBlob>): GitTree {
  const children = new Map<string, GitTreeEntry>();
  const subdirectories = new Set<string>();
  for (const [path, file] of files) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash === -1) children.set(rest, { name: rest, path, mode: fileMode, object: file });
    else subdirectories.add(rest.slice(0, slash));
  }
  for (const name of subdirectories) {
    children.set(name, { name, path: prefix + name, mode: treeMode, object: buildTree(`${prefix}${name}/`, files) });
  }
  // Git's order: bytewise by name, a directory's name compared as if it ended in '/'.
  const sortName = (entry: GitTreeEntry) => Buffer.from(entry.object.type === 'tree' ? `${entry.name}/` : entry.name);
  const entries = [...children.values()].sort((a, b) => Buffer.compare(sortName(a), sortName(b)));
  const content = Buffer.concat(
    entries.flatMap((entry) => [Buffer.from(`${entry.mode.toString(8)} ${entry.name}\0`), Buffer.from(entry.object.oid, 'hex')]),
  );
  return { type: 'tree', oid: gitObjectId('tree', content), entries };
}

export function commit(tree: GitTree, parent: GitCommit | null, message: string, date: Date, author: string): GitCommit {
  const seconds = Math.floor(date.getTime() / 1000);
  const signature = `${author} <${author}@users.noreply.github.com> ${seconds} +0000`;
  const text = [
    `tree ${tree.oid}`,
    ...(parent ? [`parent ${parent.oid}`] : []),
    `author ${signature}`,
    `committer ${signature}`,
    '',
    `${message}\n`,
  ].join('\n');
  return {
    type: 'commit',
    oid: gitObjectId('commit', Buffer.from(text)),
    tree,
    parent,
    message,
    committedDate: isoSeconds(date),
  };
}

/** Git's heuristic: a NUL byte within the first 8000 bytes makes a file binary. */
export function isBinary(file: GitBlob): boolean {
  return file.content.subarray(0, 8000).includes(0);
}

/** Resolves `path` (no leading slash, '' for the root) inside a tree. */
export function lookupPath(tree: GitTree, path: string): GitBlob | GitTree | null {
  const parts = path.split('/').filter(Boolean);
  let current: GitBlob | GitTree = tree;
  for (const part of parts) {
    if (current.type !== 'tree') return null;
    const entry: GitTreeEntry | undefined = current.entries.find((candidate) => candidate.name === part);
    if (!entry) return null;
    current = entry.object;
  }
  return current;
}

/** Every object reachable from a commit, by oid (for `object(oid:)`). */
export function findObject(head: GitCommit | null, oid: string): GitObject | null {
  for (let current = head; current; current = current.parent) {
    if (current.oid === oid) return current;
    const found = findInTree(current.tree, oid);
    if (found) return found;
  }
  return null;
}

function findInTree(tree: GitTree, oid: string): GitBlob | GitTree | null {
  if (tree.oid === oid) return tree;
  for (const entry of tree.entries) {
    if (entry.object.oid === oid) return entry.object;
    if (entry.object.type === 'tree') {
      const found = findInTree(entry.object, oid);
      if (found) return found;
    }
  }
  return null;
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
