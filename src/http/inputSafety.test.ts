// What no input may carry, found wherever it hides: NUL and lone UTF-16 surrogates in any string (keys included),
// and JSON nested deeper than MAX_JSON_DEPTH; the path names where, in the notation the error messages use.
import { describe, expect, it } from 'vitest';
import { describeUnsafe, findUnsafeJson, MAX_JSON_DEPTH, unsafeStringReason } from './inputSafety.js';

const NUL_REASON = 'contains a NUL character (U+0000)';
const SURROGATE_REASON = 'contains an unpaired UTF-16 surrogate';

/** `{"a":{"a":…1…}}`, `levels` objects deep. */
const nested = (levels: number): unknown => JSON.parse(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);

describe('unsafeStringReason', () => {
  it('refuses NUL and lone surrogates, high or low, anywhere', () => {
    for (const value of ['\u0000', 'a\u0000', '\u0000b', 'id\u0000id']) expect(unsafeStringReason(value)).toBe(NUL_REASON);
    for (const value of ['\ud800', 'a\udbff', '\udc00b', 'x\udfffy', '\udc00\ud800'])
      expect(unsafeStringReason(value)).toBe(SURROGATE_REASON);
  });

  it('takes everything else, paired surrogates (emoji) and other control characters included', () => {
    for (const value of ['', 'plain', 'über', '😀', '\ud83d\ude00', 'tab\tnew\nline', '\u0001\u001f\u007f', '\uffff']) {
      expect(unsafeStringReason(value)).toBeNull();
    }
  });
});

describe('findUnsafeJson', () => {
  it('finds nothing in safe values of any type', () => {
    for (const value of [null, undefined, 0, true, 'text', [], {}, { a: [1, 'two', { three: null }] }, nested(MAX_JSON_DEPTH)]) {
      expect(findUnsafeJson(value, 'body')).toBeNull();
    }
  });

  it('names the first unsafe string by its path: fields with dots, items with brackets', () => {
    expect(findUnsafeJson({ user: { tags: ['ok', 'b\u0000d'] } }, 'body')).toEqual({ path: 'body.user.tags[1]', reason: NUL_REASON });
    expect(findUnsafeJson(['\ud800'], '$ids')).toEqual({ path: '$ids[0]', reason: SURROGATE_REASON });
    expect(findUnsafeJson('\u0000', 'id')).toEqual({ path: 'id', reason: NUL_REASON });
    expect(findUnsafeJson({ first: '\ud800', second: '\u0000' }, 'body')?.path).toBe('body.first');
  });

  it('starts a path at the field when the whole is unnamed', () => {
    expect(findUnsafeJson({ name: '\u0000' }, '')).toEqual({ path: 'name', reason: NUL_REASON });
  });

  it('refuses an unsafe key, naming the object that holds it', () => {
    expect(findUnsafeJson({ meta: { 'k\u0000': 1 } }, 'body')).toEqual({ path: 'body.meta', reason: `has a key that ${NUL_REASON}` });
    expect(findUnsafeJson({ '\udc00': 'v' }, '$input')).toEqual({ path: '$input', reason: `has a key that ${SURROGATE_REASON}` });
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels, objects and arrays alike`, () => {
    const tooDeep = findUnsafeJson(nested(MAX_JSON_DEPTH + 1), 'body');
    expect(tooDeep).toEqual({ path: `body${'.a'.repeat(MAX_JSON_DEPTH)}`, reason: `nests deeper than ${MAX_JSON_DEPTH} levels` });
    const arrays: unknown = JSON.parse(`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`);
    expect(findUnsafeJson(arrays, 'x')?.path).toBe(`x${'[0]'.repeat(MAX_JSON_DEPTH)}`);
    // Far deeper than any stack would take recursing to the bottom: the walk stops at the limit.
    expect(findUnsafeJson(nested(20_000), 'body')?.reason).toBe(`nests deeper than ${MAX_JSON_DEPTH} levels`);
  });

  it('reads a string at the deepest allowed level', () => {
    const deepString: unknown = JSON.parse(`${'{"a":'.repeat(MAX_JSON_DEPTH)}"\\u0000"${'}'.repeat(MAX_JSON_DEPTH)}`);
    expect(findUnsafeJson(deepString, 'body')).toEqual({ path: `body${'.a'.repeat(MAX_JSON_DEPTH)}`, reason: NUL_REASON });
  });
});

describe('describeUnsafe', () => {
  it('says where and why in one sentence', () => {
    expect(describeUnsafe({ path: 'body.name', reason: NUL_REASON })).toBe('body.name contains a NUL character (U+0000).');
  });
});
