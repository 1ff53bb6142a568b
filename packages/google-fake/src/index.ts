// A fake Google (OAuth, Drive v3, Gmail v1) over real HTTP for the gateway's tests: Google's documented shapes,
// typed by Google's own definitions, push notifications and Pub/Sub pushes, failures on demand.
export { startGoogleFake } from './fake';
export type { FakeChannel, FakeFile, GoogleFake, GoogleFakeOptions, PubSubPushOptions } from './fake';
export { mimeTypes as googleMimeTypes, exportSizeLimit } from './driveState';
export type { FileSpec, FileUpdate } from './driveState';
export type { MessageSpec, Watch } from './gmailState';
export type { RateLimitOptions, RateLimitStyle, RequestInfo, RequestMatcher } from './faults';
export type { Api, RequestKind } from './http';
export type { Delivery, Notification } from './push';
export type { RecordedRequest } from './server';
export type { IssuedTokens, IssueTokenOptions, OAuthClient } from './state';
