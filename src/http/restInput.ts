// What REST routes read from a request, checked at the edge: bodies are JSON objects without NUL, lone surrogates
// or deep nesting (read by a content parser of the route's scope), and every part is validated against a zod
// schema, so the route gets typed input and a bad part is a ValidationError naming it.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { describeUnsafe, findUnsafeJson, unsafeStringReason } from './inputSafety.js';

/** The scope's JSON bodies: an empty body reads as none; anything but a safe JSON object is a ValidationError. */
export function acceptJsonBodies(scope: FastifyInstance): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    try {
      done(null, parseJsonBody(text as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

function parseJsonBody(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ValidationError('body', 'The request body must be a JSON object.');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new ValidationError('body', 'The request body must be a JSON object.');
  const unsafe = findUnsafeJson(value, 'body');
  if (unsafe) throw new ValidationError(unsafe.path, describeUnsafe(unsafe));
  return value as Record<string, unknown>;
}

/** `resources[0].id` for zod's ['resources', 0, 'id']. */
function argumentOf(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${String(part)}]` : `${index > 0 ? '.' : ''}${String(part)}`)).join('');
}

/**
 * `value` as `schema` reads it, or a ValidationError naming the first part that does not fit. `whole` names the
 * value itself; with `within` (an item of a list, say `resources[2]`), the argument is the part's full path and the
 * message starts with it.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown, whole: string, within?: string): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const part = issue && issue.path.length > 0 ? argumentOf(issue.path) : null;
  if (within === undefined) throw new ValidationError(part ?? whole, issue?.message ?? `${whole} is not valid.`);
  const argument = part ? `${within}.${part}` : within;
  throw new ValidationError(argument, `${argument} ${issue?.message ?? 'is not valid.'}`);
}

/** A path or query parameter: given once, and holding nothing no id or name can. */
export function text(name: string) {
  return z.string({ error: `${name} must be given once.` }).superRefine((value, context) => {
    const reason = unsafeStringReason(value);
    if (reason) context.addIssue({ code: 'custom', message: `${name} ${reason}.` });
  });
}

/** An optional whole-number query parameter (absent or empty: the default). */
export function wholeNumber(name: string, fallback: number) {
  return text(name)
    .optional()
    .transform((raw, context) => {
      if (raw === undefined || raw === '') return fallback;
      if (!/^-?\d{1,15}$/.test(raw)) {
        context.addIssue({ code: 'custom', message: `${name} must be a whole number.` });
        return z.NEVER;
      }
      return Number(raw);
    });
}

/** A list of strings in a body. */
export function stringList(name: string) {
  return z.array(z.string(), { error: `${name} must be an array of strings.` });
}
