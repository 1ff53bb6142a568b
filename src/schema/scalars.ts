import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { builder } from './builder.js';

// DateTime as graphql-scalars validates it, but serialized to the ISO string itself: a Date left in the result
// would be converted later by JSON.stringify through toJSON, which takes V8 off its fast serialization path.
// Cached listings serve the same Date objects again and again, so their strings are remembered (the code never
// mutates a Date).
const isoStrings = new WeakMap<Date, string>();

const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize: (value) => {
    if (value instanceof Date) {
      const cached = isoStrings.get(value);
      if (cached !== undefined) return cached;
    }
    const valid = DateTimeResolver.serialize(value);
    if (!(valid instanceof Date)) return valid;
    const iso = valid.toISOString();
    isoStrings.set(valid, iso);
    return iso;
  },
});

builder.addScalarType('DateTime', DateTime);
builder.addScalarType('JSON', JSONResolver);
