import { GraphQLError } from 'graphql';

/**
 * An argument out of range on a field whose result is not a union (lists, connections), where no typed error
 * can be returned. It reads like GraphQL's own validation errors: code BAD_USER_INPUT, HTTP 400.
 */
export class InvalidArgumentError extends GraphQLError {
  constructor(argument: string, message: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', argument, http: { status: 400 } } });
  }
}
