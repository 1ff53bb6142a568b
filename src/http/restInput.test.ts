// What REST routes read, checked at the edge: JSON bodies (objects only, nothing unsafe in them), path and query
// parameters (given once, no NUL or lone surrogate), whole numbers; a bad part is a ValidationError naming it.
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { acceptJsonBodies, parseInput, stringList, text, wholeNumber } from './restInput.js';

type Done = (error: Error | null, value?: unknown) => void;
type ContentParser = (request: unknown, body: string, done: Done) => void;

/** The JSON body parser acceptJsonBodies installs, taken from a stand-in for the route's scope. */
function jsonBodyParser(): (body: string) => { error: Error | null; value?: unknown } {
  const parsers = new Map<string, ContentParser>();
  let removed = false;
  const scope = {
    removeAllContentTypeParsers: () => {
      removed = true;
    },
    addContentTypeParser: (type: string, _options: { parseAs: string }, parser: ContentParser) => {
      parsers.set(type, parser);
    },
  };
  acceptJsonBodies(scope as unknown as FastifyInstance);
  expect(removed).toBe(true);
  expect([...parsers.keys()]).toEqual(['application/json']);
  const parser = parsers.get('application/json');
  if (!parser) throw new Error('No JSON parser was installed.');
  return (body) => {
    let outcome: { error: Error | null; value?: unknown } = { error: new Error('done was not called') };
    parser(undefined, body, (error, value) => (outcome = { error, value }));
    return outcome;
  };
}

/** What `run` threw, as the argument and message of a ValidationError. */
function rejection(run: () => unknown): { argument: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return { argument: error.argument, message: error.message };
    throw error;
  }
  throw new Error('Expected a ValidationError.');
}

describe('JSON bodies', () => {
  const parse = jsonBodyParser();

  it('reads a JSON object, and an empty body as none', () => {
    expect(parse('{"containerTags":["a"]}')).toEqual({ error: null, value: { containerTags: ['a'] } });
    expect(parse('')).toEqual({ error: null, value: undefined });
    expect(parse('  \n ')).toEqual({ error: null, value: undefined });
  });

  it('refuses anything but a JSON object', () => {
    for (const body of ['[]', 'null', '"text"', '42', 'true', '{', '{"a":1}x']) {
      const { error } = parse(body);
      expect(error).toEqual(new ValidationError('body', 'The request body must be a JSON object.'));
    }
  });

  it('refuses NUL, lone surrogates and deep nesting, naming where', () => {
    expect(parse('{"resources":[{"name":"a\\u0000b"}]}').error).toEqual(
      new ValidationError('body.resources[0].name', 'body.resources[0].name contains a NUL character (U+0000).'),
    );
    expect(parse('{"name":"\\ud800"}').error).toEqual(new ValidationError('body.name', 'body.name contains an unpaired UTF-16 surrogate.'));
    expect((parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`).error as ValidationError).message).toMatch(/nests deeper than 32 levels\.$/);
  });
});

describe('parseInput', () => {
  const schema = z.object({ id: text('id'), limit: wholeNumber('limit', 20), tags: stringList('tags').optional() });

  it('returns the typed value, defaults applied', () => {
    expect(parseInput(schema, { id: 'c-1' }, 'query')).toEqual({ id: 'c-1', limit: 20 });
    expect(parseInput(schema, { id: 'c-1', limit: '7', tags: ['a'] }, 'query')).toEqual({ id: 'c-1', limit: 7, tags: ['a'] });
    expect(parseInput(schema, { id: 'c-1', limit: '' }, 'query').limit).toBe(20);
  });

  it('names the first part that does not fit, by its path', () => {
    expect(rejection(() => parseInput(schema, { id: 'a\u0000' }, 'query'))).toEqual({
      argument: 'id',
      message: 'id contains a NUL character (U+0000).',
    });
    expect(rejection(() => parseInput(schema, { id: ['a', 'b'] }, 'query'))).toEqual({ argument: 'id', message: 'id must be given once.' });
    expect(rejection(() => parseInput(schema, { id: 'x', tags: ['a', 3] }, 'body'))).toEqual({
      argument: 'tags[1]',
      message: 'Invalid input: expected string, received number',
    });
  });

  it('names the whole when the value itself is wrong', () => {
    expect(rejection(() => parseInput(z.object({ a: z.string() }, { error: 'Send an object.' }), 'text', 'body'))).toEqual({
      argument: 'body',
      message: 'Send an object.',
    });
  });

  it('within a list item, names the part by its full path and starts the message with it', () => {
    const item = z.object({ name: z.string({ error: 'must be a string.' }) });
    expect(rejection(() => parseInput(item, { name: 5 }, 'resources[2]', 'resources[2]'))).toEqual({
      argument: 'resources[2].name',
      message: 'resources[2].name must be a string.',
    });
    expect(rejection(() => parseInput(z.object({}, { error: 'must be an object.' }), 'x', 'resources[0]', 'resources[0]'))).toEqual({
      argument: 'resources[0]',
      message: 'resources[0] must be an object.',
    });
  });
});

describe('wholeNumber', () => {
  const limit = z.object({ limit: wholeNumber('limit', 20) });

  it('takes whole numbers, negative ones too (ranges are the caller’s), up to 15 digits', () => {
    expect(parseInput(limit, { limit: '0' }, 'query').limit).toBe(0);
    expect(parseInput(limit, { limit: '-3' }, 'query').limit).toBe(-3);
    expect(parseInput(limit, { limit: '999999999999999' }, 'query').limit).toBe(999_999_999_999_999);
  });

  it('refuses anything else', () => {
    for (const raw of ['1.5', '1e3', ' 1', '0x10', 'ten', '-', '1234567890123456']) {
      expect(rejection(() => parseInput(limit, { limit: raw }, 'query'))).toEqual({
        argument: 'limit',
        message: 'limit must be a whole number.',
      });
    }
  });
});
