// yoga keeps parsed documents (and, keyed by them, their validation results) and parse errors by query text, so
// clients sending the same few operations parse and validate each once. Its default caches count entries, and
// one entry can be a megabyte of query text: these count bytes instead. Only authenticated requests reach them.
import type { DocumentNode, GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';

const MiB = 1024 * 1024;

/** Upper bounds, in bytes, documented in the README. */
export const DOCUMENT_CACHE_BYTES = 32 * MiB;
export const PARSE_ERROR_CACHE_BYTES = 2 * MiB;

// Measured with graphql 16: a parsed document costs about 340 bytes per token with its locations.
const BYTES_PER_TOKEN = 350;

/** The text (counted at two bytes a character, V8's worst case) and the syntax tree it parsed into. */
function documentBytes(document: DocumentNode, text: string): number {
  let tokens = 0;
  for (let token = document.loc?.startToken ?? null; token !== null; token = token.next) tokens++;
  return 64 + 2 * text.length + tokens * BYTES_PER_TOKEN;
}

export interface DocumentCaches {
  documentCache: LRUCache<string, DocumentNode>;
  errorCache: LRUCache<string, GraphQLError>;
}

export function documentCaches(): DocumentCaches {
  return {
    documentCache: new LRUCache<string, DocumentNode>({
      maxSize: DOCUMENT_CACHE_BYTES,
      // One document may not take more than an eighth of the cache: the rest stays for everyday operations.
      maxEntrySize: DOCUMENT_CACHE_BYTES / 8,
      sizeCalculation: documentBytes,
      ttl: 60 * 60 * 1000,
    }),
    errorCache: new LRUCache<string, GraphQLError>({
      maxSize: PARSE_ERROR_CACHE_BYTES,
      maxEntrySize: PARSE_ERROR_CACHE_BYTES / 8,
      // The error keeps its source (the text) and little else.
      sizeCalculation: (_error, text) => 2 * text.length + 1024,
      ttl: 60 * 60 * 1000,
    }),
  };
}
