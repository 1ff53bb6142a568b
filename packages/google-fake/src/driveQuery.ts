// Drive's search language (`q` of files.list): comparisons on name, mimeType, trashed, starred, sharedWithMe,
// times, parents and owners, joined with and/or/not and parentheses. Anything else is rejected as Drive rejects it, with 400
// Invalid Value, rather than matching everything.

export interface Searchable {
  name: string;
  mimeType: string;
  parents: string[];
  owners: string[];
  trashed: boolean;
  starred: boolean;
  /** Shared with the searching user by someone else (My Drive items only). */
  sharedWithMe: boolean;
  createdTime: string;
  modifiedTime: string;
  /** The text `fullText contains` searches besides the name. */
  text: string;
}

export type Predicate = (file: Searchable) => boolean;

type Token = { type: 'string'; value: string } | { type: 'word'; value: string } | { type: 'op'; value: string };

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < q.length) {
    const char = q[position]!;
    if (/\s/.test(char)) {
      position++;
    } else if (char === "'") {
      let value = '';
      position++;
      while (position < q.length && q[position] !== "'") {
        if (q[position] === '\\') position++;
        value += q[position] ?? '';
        position++;
      }
      if (q[position] !== "'") throw new Error('unterminated string');
      position++;
      tokens.push({ type: 'string', value });
    } else if (/[A-Za-z]/.test(char)) {
      const start = position;
      while (position < q.length && /[A-Za-z]/.test(q[position]!)) position++;
      tokens.push({ type: 'word', value: q.slice(start, position) });
    } else {
      const op = /^(!=|<=|>=|=|<|>|\(|\))/.exec(q.slice(position))?.[0];
      if (!op) throw new Error(`unexpected ${char}`);
      position += op.length;
      tokens.push({ type: 'op', value: op });
    }
  }
  return tokens;
}

const textFields = new Set(['name', 'mimeType', 'fullText']);
const timeFields = new Set(['modifiedTime', 'createdTime']);
const booleanFields = new Set(['trashed', 'starred', 'sharedWithMe']);
const collections = new Set(['parents', 'owners']);

/** The predicate for a `q`; throws when Drive would answer 400. */
export function parseDriveQuery(q: string): Predicate {
  const tokens = tokenize(q);
  let position = 0;
  const peek = () => tokens[position];
  const isWord = (token: Token | undefined, word: string) => token?.type === 'word' && token.value.toLowerCase() === word;
  const next = (): Token => {
    const token = tokens[position++];
    if (!token) throw new Error('unexpected end');
    return token;
  };

  const comparison = (): Predicate => {
    const first = next();
    if (first.type === 'string') {
      // 'value' in parents | owners
      if (!isWord(next(), 'in')) throw new Error('expected in');
      const collection = next();
      if (collection.type !== 'word' || !collections.has(collection.value)) throw new Error('unknown collection');
      const value = first.value;
      return collection.value === 'parents' ? (file) => file.parents.includes(value) : (file) => file.owners.includes(value);
    }
    if (first.type !== 'word') throw new Error('expected a field');
    const field = first.value;
    // `sharedWithMe` stands alone as well as in `sharedWithMe = true`.
    if (field === 'sharedWithMe' && !(peek()?.type === 'op' && ['=', '!='].includes(peek()!.value))) return (file) => file.sharedWithMe;
    const operator = next();
    const operatorName = operator.type === 'word' ? operator.value.toLowerCase() : operator.value;
    const operand = next();
    if (booleanFields.has(field)) {
      if (operand.type !== 'word' || !['true', 'false'].includes(operand.value) || !['=', '!='].includes(operatorName)) {
        throw new Error('bad boolean comparison');
      }
      const wanted = operand.value === 'true';
      const key = field as 'trashed' | 'starred' | 'sharedWithMe';
      return operatorName === '=' ? (file) => file[key] === wanted : (file) => file[key] !== wanted;
    }
    if (operand.type !== 'string') throw new Error('expected a string');
    const value = operand.value;
    if (timeFields.has(field)) {
      const key = field as 'modifiedTime' | 'createdTime';
      const at = Date.parse(value);
      if (Number.isNaN(at)) throw new Error('bad time');
      const compare = {
        '=': (a: number) => a === at,
        '!=': (a: number) => a !== at,
        '<': (a: number) => a < at,
        '<=': (a: number) => a <= at,
        '>': (a: number) => a > at,
        '>=': (a: number) => a >= at,
      }[operatorName];
      if (!compare) throw new Error('bad time comparison');
      return (file) => compare(Date.parse(file[key]));
    }
    if (!textFields.has(field)) throw new Error(`unknown field ${field}`);
    if (field === 'fullText') {
      if (operatorName !== 'contains') throw new Error('fullText takes contains');
      const needle = value.toLowerCase();
      return (file) => `${file.name}\n${file.text}`.toLowerCase().includes(needle);
    }
    const key = field as 'name' | 'mimeType';
    if (operatorName === '=') return (file) => file[key] === value;
    if (operatorName === '!=') return (file) => file[key] !== value;
    if (operatorName !== 'contains') throw new Error('bad text comparison');
    if (key === 'mimeType') return (file) => file.mimeType.includes(value);
    // Drive matches `name contains` on the start of the name's words only: 'Hello' finds HelloWorld, 'World' does not.
    const needle = value.toLowerCase();
    return (file) =>
      file.name.toLowerCase().startsWith(needle) ||
      file.name
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .some((word) => word.startsWith(needle));
  };

  const factor = (): Predicate => {
    if (isWord(peek(), 'not')) {
      position++;
      const inner = factor();
      return (file) => !inner(file);
    }
    const token = peek();
    if (token?.type === 'op' && token.value === '(') {
      position++;
      const inner = disjunction();
      const close = next();
      if (close.type !== 'op' || close.value !== ')') throw new Error('expected )');
      return inner;
    }
    return comparison();
  };
  const conjunction = (): Predicate => {
    const parts = [factor()];
    while (isWord(peek(), 'and')) {
      position++;
      parts.push(factor());
    }
    return (file) => parts.every((part) => part(file));
  };
  const disjunction = (): Predicate => {
    const parts = [conjunction()];
    while (isWord(peek(), 'or')) {
      position++;
      parts.push(conjunction());
    }
    return (file) => parts.some((part) => part(file));
  };

  const predicate = disjunction();
  if (position !== tokens.length) throw new Error('trailing input');
  return predicate;
}
