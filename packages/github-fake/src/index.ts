// A fake GitHub (github.com or GHES layout) over real HTTP for the gateway's tests: GraphQL validated and
// executed against GitHub's published schema, REST webhooks, the OAuth web flow, and failures on demand.
export { startGitHubFake } from './fake';
export type { FakeAccount, FakeHook, FakeRepository, GitHubFake, GitHubFakeOptions, IssueTokenOptions } from './fake';
export type { Delivery } from './deliveries';
export type { ObjectFault, ObjectLookup, ObjectSelector, RateLimitOptions, RateLimitStyle, RequestInfo, RequestMatcher } from './faults';
export type { RequestKind } from './http';
export type { RecordedRequest } from './server';
export type { IssuedTokens, OAuthApp, RepositoryPermission, RepositorySpec } from './state';
export { githubSchema } from './schema';
