/**
 * One page of rows by id (UUIDv7: id order is creation order), as every list's storage reads it: `after` and
 * `before` are ids, and `inverted` asks for the list's natural order reversed (how Relay reads `last`).
 */
export interface IdPage {
  after?: string | undefined;
  before?: string | undefined;
  limit: number;
  inverted: boolean;
}
