// What no input may carry, checked at the edge (GraphQL variables and literals, REST paths, queries and bodies,
// webhook payloads) before any of it reaches a service: PostgreSQL text cannot hold NUL, a lone UTF-16 surrogate
// has no UTF-8 form, and JSON nested without end exhausts the recursion of every layer below.

/** JSON values nest at most this deep (an object or array in an object or array … counts one level each). */
export const MAX_JSON_DEPTH = 32;

export interface UnsafeInput {
  /** Where in the input: `id`, `$input.metadata.tags[2]`, `body.resources[0].name`. */
  path: string;
  reason: string;
}

/** Why a string cannot be taken, or null when it can. */
export function unsafeStringReason(value: string): string | null {
  if (value.includes('\0')) return 'contains a NUL character (U+0000)';
  if (!value.isWellFormed()) return 'contains an unpaired UTF-16 surrogate';
  return null;
}

/** The first unsafe string (in a key or a value) or too-deep nesting in a JSON value, or null. */
export function findUnsafeJson(value: unknown, path: string, depth = 0): UnsafeInput | null {
  if (typeof value === 'string') {
    const reason = unsafeStringReason(value);
    return reason ? { path, reason } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_JSON_DEPTH) return { path, reason: `nests deeper than ${MAX_JSON_DEPTH} levels` };
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findUnsafeJson(value[index], `${path}[${index}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const key in value) {
    const keyReason = unsafeStringReason(key);
    if (keyReason) return { path, reason: `has a key that ${keyReason}` };
    const found = findUnsafeJson((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

export function describeUnsafe(unsafe: UnsafeInput): string {
  return `${unsafe.path} ${unsafe.reason}.`;
}
