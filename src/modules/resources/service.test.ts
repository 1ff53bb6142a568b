// The resource service's paging arguments: whole numbers in range, or a ValidationError naming the argument as
// the caller spells it (GraphQL `perPage`, REST `per_page`).
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors.js';
import { MAX_PER_PAGE, validatePaging } from './service.js';

function thrownBy(...args: Parameters<typeof validatePaging>): unknown {
  try {
    validatePaging(...args);
  } catch (error) {
    return error;
  }
  return null;
}

describe('validatePaging', () => {
  it('takes pages from 1 and sizes from 1 to the maximum', () => {
    expect(validatePaging(1, 1)).toEqual({ page: 1, perPage: 1 });
    expect(validatePaging(1_000_000, MAX_PER_PAGE)).toEqual({ page: 1_000_000, perPage: MAX_PER_PAGE });
  });

  it('refuses a page that is not a whole number of at least 1, a null one included', () => {
    for (const page of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, null]) {
      expect(thrownBy(page, 10)).toEqual(new ValidationError('page', 'page must be a whole number of at least 1.'));
    }
  });

  it('refuses a size out of range, naming the maximum', () => {
    for (const perPage of [0, MAX_PER_PAGE + 1, 2.5, null]) {
      expect(thrownBy(1, perPage)).toEqual(new ValidationError('perPage', 'perPage must be a whole number from 1 to 100.'));
    }
  });

  it('names the arguments as the caller spells them, the page first', () => {
    const rest = { page: 'page', perPage: 'per_page' };
    expect(thrownBy(1, 500, rest)).toEqual(new ValidationError('per_page', 'per_page must be a whole number from 1 to 100.'));
    expect(thrownBy(0, 500, rest)).toEqual(new ValidationError('page', 'page must be a whole number of at least 1.'));
  });
});
