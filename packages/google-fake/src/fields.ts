// Partial responses: the `fields` parameter (`nextPageToken, files(id,name,parents)`, `files/id`, `*`) parsed
// into a tree and applied to an answer, so a caller gets only what it asked for, as from Google.

/** A selected field maps to `true` (all of it) or to the selection within it. */
export type FieldMask = Map<string, FieldMask | true>;

/** What a resource's fields are: `true` for a leaf or an object returned whole, a shape for one a mask can reach into. */
export interface Shape {
  [field: string]: Shape | true;
}

/** Parses a field mask; throws an Error with Google's message when it is malformed. */
export function parseFields(text: string): FieldMask {
  let position = 0;
  const fail = (): never => {
    throw new Error(`Invalid field selection ${text}`);
  };
  const skipSpaces = () => {
    while (text[position] === ' ') position++;
  };
  const parseList = (): FieldMask => {
    const mask: FieldMask = new Map();
    for (;;) {
      skipSpaces();
      const start = position;
      while (position < text.length && /[\w*/.]/.test(text[position]!)) position++;
      const path = text.slice(start, position).split('/');
      if (path.some((name) => name === '')) fail();
      skipSpaces();
      let inner: FieldMask | true = true;
      if (text[position] === '(') {
        position++;
        inner = parseList();
        if (text[position] !== ')') fail();
        position++;
        skipSpaces();
      }
      // `a/b(c)` is `a(b(c))`.
      for (let index = path.length - 1; index > 0; index--) inner = new Map([[path[index]!, inner]]);
      merge(mask, path[0]!, inner);
      if (text[position] !== ',') return mask;
      position++;
    }
  };
  const mask = parseList();
  if (position !== text.length) fail();
  return mask;
}

function merge(mask: FieldMask, name: string, selection: FieldMask | true): void {
  const existing = mask.get(name);
  if (existing === true || selection === true || existing === undefined) {
    mask.set(name, existing === true || selection === true ? true : selection);
    return;
  }
  for (const [inner, value] of selection) merge(existing, inner, value);
}

/** The first field the mask names that `shape` does not have (`files.owner`), or null. */
export function unknownField(mask: FieldMask, shape: Shape, prefix = ''): string | null {
  for (const [name, selection] of mask) {
    if (name === '*') continue;
    const field = shape[name];
    if (field === undefined) return `${prefix}${name}`;
    if (selection !== true && field !== true) {
      const inner = unknownField(selection, field, `${prefix}${name}.`);
      if (inner) return inner;
    }
  }
  return null;
}

/** `value` with only the fields the mask selects; arrays are masked element by element. */
export function applyFields(value: unknown, mask: FieldMask): unknown {
  if (Array.isArray(value)) return value.map((item) => applyFields(item, mask));
  if (value === null || typeof value !== 'object') return value;
  if (mask.has('*')) return value;
  const out: Record<string, unknown> = {};
  for (const [name, selection] of mask) {
    const field = (value as Record<string, unknown>)[name];
    if (field === undefined) continue;
    out[name] = selection === true ? field : applyFields(field, selection);
  }
  return out;
}
