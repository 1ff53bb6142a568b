// Document paths from Drive names. Drive allows '/' in names and many files of one name in one folder; paths must
// be unique and the same every time, so a '/' becomes '∕' (division slash) and a name already taken in its folder
// gets the file's id before its extension ("notes (1AbC…).txt"). Files claim in a stable order (oldest first), so
// the same files get the same paths on every full listing.

export function segmentOf(name: string): string {
  return name.replaceAll('/', '\u2215');
}

export function joinPath(folder: string, name: string): string {
  return folder === '' ? segmentOf(name) : `${folder}/${segmentOf(name)}`;
}

/** The taken paths of one listing. */
export class PathClaims {
  private readonly taken = new Set<string>();

  constructor(paths: Iterable<string> = []) {
    for (const path of paths) this.taken.add(path);
  }

  /** `path` if free, otherwise `path` with the file's id; the result is taken from now on. */
  claim(path: string, id: string): string {
    const claimed = this.taken.has(path) ? withId(path, id) : path;
    this.taken.add(claimed);
    return claimed;
  }

  release(path: string): void {
    this.taken.delete(path);
  }
}

function withId(path: string, id: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  // An extension is a dot inside the last segment, not its first character.
  return dot > slash + 1 ? `${path.slice(0, dot)} (${id})${path.slice(dot)}` : `${path} (${id})`;
}
