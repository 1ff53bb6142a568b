// Unexpected errors reach GraphQL clients as "Unexpected error." (INTERNAL_SERVER_ERROR, HTTP 500), keeping their
// place in the result; the original stays behind for the log. Errors raised as GraphQL errors pass unchanged.
import { GraphQLError, Kind, locatedError, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConnectionNotFoundError } from '../errors.js';
import { InvalidArgumentError } from '../schema/invalidArgument.js';
import { isUnexpected, maskError, originalOf, wasMasked } from './errorMasking.js';

const MESSAGE = 'Unexpected error.';
const field: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'connections' } };

function expectMasked(stand: Error): asserts stand is GraphQLError {
  if (!(stand instanceof GraphQLError)) throw new Error(`Expected a GraphQLError, got ${stand.name}.`);
  expect(stand.message).toBe(MESSAGE);
  expect(stand.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', http: { status: 500 } });
}

describe('maskError', () => {
  it('hides an error thrown by a resolver behind a fixed message, keeping its path and the original for the log', () => {
    const original = new Error('relation "connections" does not exist');
    const stand = maskError(locatedError(original, [field], ['connections']), MESSAGE);
    expectMasked(stand);
    expect(stand.path).toEqual(['connections']);
    expect(stand.nodes).toEqual([field]);
    expect(JSON.stringify(stand.toJSON())).not.toContain('does not exist');
    expect(originalOf(stand)).toBe(original);
  });

  it('masks a plain error and a thrown non-error alike, with no location', () => {
    const original = new TypeError('x is undefined');
    const stand = maskError(original, MESSAGE);
    expectMasked(stand);
    expect(stand.path).toBeUndefined();
    expect(originalOf(stand)).toBe(original);
    expect(wasMasked(original)).toBe(true);

    const thrown = maskError('a string', MESSAGE);
    expectMasked(thrown);
    expect(originalOf(thrown)).toBe('a string');
    expect(wasMasked('a string')).toBe(false);
  });

  it('masks a domain error that escaped its result union: only the union types it', () => {
    const original = new ConnectionNotFoundError('c-1');
    const stand = maskError(locatedError(original, [field], ['connection']), MESSAGE);
    expectMasked(stand);
    expect(stand.message).not.toContain('c-1');
  });

  it('passes errors raised as GraphQL errors unchanged, and remembers no original for them', () => {
    const invalid = new InvalidArgumentError('first', 'first must be between 1 and 100.');
    expect(maskError(invalid, MESSAGE)).toBe(invalid);
    const located = locatedError(new GraphQLError('Variable "$id" got invalid value.'), [field], ['connection']);
    expect(maskError(located, MESSAGE)).toBe(located);
    expect(originalOf(invalid)).toBeUndefined();
    expect(wasMasked(invalid)).toBe(false);
  });
});

describe('isUnexpected', () => {
  it('is true only for a GraphQL error wrapped around something else thrown', () => {
    expect(isUnexpected(new GraphQLError('raised as such'))).toBe(false);
    expect(isUnexpected(locatedError(new GraphQLError('inner'), [field]))).toBe(false);
    expect(isUnexpected(locatedError(new Error('inner'), [field]))).toBe(true);
    expect(isUnexpected(locatedError('thrown string', [field]))).toBe(true);
  });
});
