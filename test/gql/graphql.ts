/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ChangeDelivery =
  /** No notifications: the scheduled sync reads what changed (Gmail without a Pub/Sub topic). */
  | 'POLLING'
  /** One push subscription per connection covers its selection (Drive's channels, Gmail's Pub/Sub watch). */
  | 'PUSH'
  /** Each configured resource has a webhook at the provider (GitHub). */
  | 'WEBHOOKS';

export type ConfigureConnectionInput = {
  connectionId: string;
  /** The complete new selection (it replaces the previous one); at most 500. */
  resources: Array<ResourceSelectionInput>;
};

/** PENDING until the OAuth round trip completes; REAUTHORIZATION_REQUIRED when the grant stopped working; DELETED when deleted with its documents kept (readable by id, left out of lists). */
export type ConnectionStatus =
  | 'ACTIVE'
  | 'DELETED'
  | 'PENDING'
  | 'REAUTHORIZATION_REQUIRED';

export type CreateConnectionInput = {
  /** Tags to group connections by. */
  containerTags?: Array<string> | null | undefined;
  /** The most documents it keeps (default 10,000; at most 1,000,000). */
  documentLimit?: number | null | undefined;
  /** Your own data to keep with the connection (a JSON object). */
  metadata?: unknown;
  provider: Provider;
  /** Where the user returns after authorizing (http or https). */
  redirectUrl: string;
};

export type DocumentChangeKind =
  /** A new document. */
  | 'ADDED'
  /** A tombstone: the document is gone (its file was deleted or its resource deselected). */
  | 'DELETED'
  /** New content for a document already stored. */
  | 'UPDATED';

/** Stable, machine-readable failure codes. */
export type ErrorCode =
  | 'API_KEY_NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'CONNECTION_DELETED'
  | 'MISSING_REFRESH_TOKEN'
  | 'NOT_FOUND'
  | 'NOT_IMPLEMENTED'
  | 'PROVIDER_NOT_CONFIGURED'
  | 'RATE_LIMITED'
  | 'UPSTREAM_ERROR'
  | 'WEBHOOK_ENDPOINT_NOT_FOUND'
  | 'WEBHOOK_EVENT_NOT_FOUND';

/** What happened; webhook bodies and REST spell it dotted ('sync.finished' for SYNC_FINISHED). */
export type EventType =
  | 'CONNECTION_AUTHORIZED'
  | 'CONNECTION_CREATED'
  | 'CONNECTION_DELETED'
  | 'CONNECTION_REAUTHORIZATION_REQUIRED'
  | 'CONNECTION_RECOVERED'
  | 'DOCUMENTS_LIMIT_REACHED'
  | 'SELECTION_CHANGED'
  | 'SYNC_FINISHED'
  | 'SYNC_STARTED'
  | 'WEBHOOK_ENDPOINT_DISABLED';

/** A third-party service users connect to. */
export type Provider =
  /** GitHub */
  | 'GITHUB'
  /** Gmail */
  | 'GMAIL'
  /** Google Drive */
  | 'GOOGLE_DRIVE'
  /** Notion */
  | 'NOTION'
  /** OneDrive */
  | 'ONEDRIVE'
  /** Amazon S3 */
  | 'S3'
  /** Web Crawler */
  | 'WEB_CRAWLER';

export type ResourceSelectionInput = {
  /** The branch to sync; defaults to the resource’s default branch. */
  defaultBranch?: string | null | undefined;
  /** The resource id from Connection.resources. */
  id: string;
  /** Its fullName, as listed. */
  name: string;
};

export type SyncProgressType =
  /** The run finished, with its status and counts. */
  | 'FINISHED'
  /** Progress within one resource: filesDone of filesTotal. */
  | 'RESOURCE'
  /** A resource finished, with its counts. */
  | 'RESOURCE_DONE'
  /** The run started. */
  | 'STARTED';

export type SyncRunStatus =
  | 'FAILED'
  | 'PARTIAL'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** What started a sync: a new selection, a webhook, a person, or the schedule. */
export type SyncTrigger =
  | 'CONFIGURE'
  | 'MANUAL'
  | 'SCHEDULE'
  | 'WEBHOOK';

/** PENDING: not delivered yet (retrying); DELIVERED: a 2xx answer came; FAILED: given up, or the endpoint was disabled. */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

export type ListKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ListKeysQuery = { apiKeys: Array<{ prefix: string, label: string | null, current: boolean, revokedAt: string | null, lastUsedAt: string | null, createdAt: string }> };

export type CreateKeyMutationVariables = Exact<{
  label?: string | null | undefined;
}>;


export type CreateKeyMutation = { createApiKey:
    | { __typename: 'CreateApiKeyPayload', key: string, apiKey: { prefix: string, label: string | null, current: boolean, revokedAt: string | null } }
    | { __typename: 'ValidationError', argument: string, message: string, code: ErrorCode }
   };

export type RevokeKeyByPrefixMutationVariables = Exact<{
  prefix: string;
}>;


export type RevokeKeyByPrefixMutation = { revokeApiKey:
    | { __typename: 'ApiKeyNotFoundError', prefix: string, message: string, code: ErrorCode, httpStatus: number }
    | { __typename: 'RevokeApiKeyPayload', apiKey: { prefix: string, current: boolean, revokedAt: string | null } }
   };

export type CreateAppWebhookEndpointMutationVariables = Exact<{
  url: string;
  events?: Array<EventType> | EventType | null | undefined;
  description?: string | null | undefined;
}>;


export type CreateAppWebhookEndpointMutation = { createWebhookEndpoint:
    | { __typename: 'ValidationError', argument: string, message: string, code: ErrorCode, httpStatus: number }
    | { __typename: 'WebhookEndpointSecretPayload', secret: string, endpoint: { id: string, url: string, events: Array<EventType>, enabled: boolean } }
   };

export type RotateAppWebhookSecretMutationVariables = Exact<{
  id: string;
}>;


export type RotateAppWebhookSecretMutation = { rotateWebhookEndpointSecret:
    | { __typename: 'WebhookEndpointNotFoundError' }
    | { __typename: 'WebhookEndpointSecretPayload', secret: string, endpoint: { id: string, previousSecretExpiresAt: string | null } }
   };

export type AppWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppWebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, url: string, enabled: boolean, disabledReason: string | null, failingSince: string | null, events: Array<EventType> }> };

export type AppWebhookDeliveriesQueryVariables = Exact<{
  endpointId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AppWebhookDeliveriesQuery = { webhookDeliveries:
    | { __typename: 'WebhookDeliveryConnection', totalCount: number, edges: Array<{ node: { id: string, eventId: string, eventType: EventType | null, status: WebhookDeliveryStatus, attemptCount: number, nextAttemptAt: string | null, attempts: Array<{ statusCode: number | null, latencyMs: number, responseExcerpt: string | null, error: string | null, attemptedAt: string }> } }> }
    | { __typename: 'WebhookEndpointNotFoundError', endpointId: string, code: ErrorCode }
   };

export type RedeliverAppWebhookMutationVariables = Exact<{
  endpointId: string;
  eventId: string;
}>;


export type RedeliverAppWebhookMutation = { redeliverWebhookEvent:
    | { __typename: 'RedeliverWebhookEventPayload', delivery: { eventId: string, status: WebhookDeliveryStatus } }
    | { __typename: 'WebhookEndpointNotFoundError' }
    | { __typename: 'WebhookEventNotFoundError', eventId: string, code: ErrorCode, httpStatus: number }
   };

export type FlowCreateEndpointMutationVariables = Exact<{
  url: string;
}>;


export type FlowCreateEndpointMutation = { createWebhookEndpoint:
    | { secret: string, endpoint: { id: string } }
    | Record<PropertyKey, never>
   };

export type FlowConfigureMutationVariables = Exact<{
  input: ConfigureConnectionInput;
}>;


export type FlowConfigureMutation = { configureConnection:
    | { __typename: 'ConfigureConnectionPayload' }
    | { __typename: 'ConnectionBusyError' }
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'MissingRefreshTokenError' }
    | { __typename: 'ProviderNotSupportedError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError' }
   };

export type FlowSyncNowMutationVariables = Exact<{
  id: string;
}>;


export type FlowSyncNowMutation = { syncConnection:
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'MissingRefreshTokenError' }
    | { __typename: 'ProviderNotSupportedError' }
    | { __typename: 'SyncConnectionPayload' }
   };

export type FlowEventsQueryVariables = Exact<{
  after?: string | null | undefined;
  connectionId?: string | null | undefined;
}>;


export type FlowEventsQuery = { events:
    | { events: Array<{ id: string, type: EventType, cursor: string }> }
    | Record<PropertyKey, never>
   };

export type CountConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CountConnectionsQuery = { connections: { totalCount: number } };

export type FeedConfigureMutationVariables = Exact<{
  input: ConfigureConnectionInput;
}>;


export type FeedConfigureMutation = { configureConnection:
    | { __typename: 'ConfigureConnectionPayload' }
    | { __typename: 'ConnectionBusyError' }
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'MissingRefreshTokenError' }
    | { __typename: 'ProviderNotSupportedError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError' }
   };

export type FeedSyncNowMutationVariables = Exact<{
  id: string;
}>;


export type FeedSyncNowMutation = { syncConnection:
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'MissingRefreshTokenError' }
    | { __typename: 'ProviderNotSupportedError' }
    | { __typename: 'SyncConnectionPayload' }
   };

export type FeedLatestQueryVariables = Exact<{
  id: string;
}>;


export type FeedLatestQuery = { connection:
    | { status: ConnectionStatus, latestSync: { id: string, status: SyncRunStatus, documentsAdded: number, documentsSkipped: number } | null }
    | Record<PropertyKey, never>
   };

export type FeedChangesQueryVariables = Exact<{
  connectionId: string;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type FeedChangesQuery = { documentChanges:
    | { __typename: 'ConnectionNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'DocumentChangeFeed', endCursor: string | null, hasMore: boolean, changes: Array<{ cursor: string, kind: DocumentChangeKind, documentId: string, path: string, resourceId: string, sha: string | null, deletedAt: string | null }> }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   };

export type FeedDocumentsQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type FeedDocumentsQuery = { connection:
    | { documents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, path: string, sha: string, resourceId: string } }> } }
    | Record<PropertyKey, never>
   };

export type FeedConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FeedConnectionsQuery = { connections: { edges: Array<{ node: { id: string } }> } };

export type FeedDeleteMutationVariables = Exact<{
  id: string;
  deleteDocuments: boolean;
}>;


export type FeedDeleteMutation = { deleteConnection:
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'DeleteConnectionPayload', documentsKept: boolean }
   };

export type FeedEventsQueryVariables = Exact<{
  connectionId?: string | null | undefined;
  types?: Array<EventType> | EventType | null | undefined;
}>;


export type FeedEventsQuery = { events:
    | { events: Array<{ type: EventType, payload: unknown }> }
    | Record<PropertyKey, never>
   };

export type CliKeyCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type CliKeyCheckQuery = { connections: { totalCount: number } };

export type ConfigureRepositoriesMutationVariables = Exact<{
  input: ConfigureConnectionInput;
}>;


export type ConfigureRepositoriesMutation = { configureConnection:
    | { __typename: 'ConfigureConnectionPayload', success: boolean, message: string, webhooksRegistered: number, connection: { id: string, latestSync: { status: SyncRunStatus, trigger: SyncTrigger } | null }, configuredResources: Array<{ id: string, resourceId: string, name: string, defaultBranch: string | null, webhookActive: boolean, createdAt: string }> }
    | { __typename: 'ConnectionBusyError', message: string, code: ErrorCode, httpStatus: number }
    | { __typename: 'ConnectionNotFoundError', message: string, code: ErrorCode, httpStatus: number }
    | { __typename: 'MissingRefreshTokenError', message: string, code: ErrorCode, httpStatus: number }
    | { __typename: 'ProviderNotSupportedError', message: string, code: ErrorCode, httpStatus: number }
    | { __typename: 'RateLimitedError', message: string, code: ErrorCode, httpStatus: number }
    | { __typename: 'UpstreamError', message: string, code: ErrorCode, httpStatus: number, resource: string | null }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, httpStatus: number, argument: string }
   };

export type ConfiguredStateQueryVariables = Exact<{
  id: string;
}>;


export type ConfiguredStateQuery = { connection:
    | { configuredResources: Array<{ resourceId: string, name: string, webhookActive: boolean }>, latestSync: { status: SyncRunStatus, trigger: SyncTrigger } | null, resources:
        | { nodes: Array<{ id: string, configured: boolean }> }
        | Record<PropertyKey, never>
       }
    | Record<PropertyKey, never>
   };

export type ConfiguredResourcesOfThreeQueryVariables = Exact<{
  c0: string;
  c1: string;
  c2: string;
}>;


export type ConfiguredResourcesOfThreeQuery = { c0:
    | { configuredResources: Array<{ name: string }> }
    | Record<PropertyKey, never>
  , c1:
    | { configuredResources: Array<{ name: string }> }
    | Record<PropertyKey, never>
  , c2:
    | { configuredResources: Array<{ name: string }> }
    | Record<PropertyKey, never>
   };

export type ConfiguredNamesFragment = { configuredResources: Array<{ name: string }> };

export type ProviderCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderCapabilitiesQuery = { providers: Array<{ id: Provider, name: string, capabilities: { listResources: boolean, configureResources: boolean, webhooks: boolean } }> };

export type ConnectionFieldsQueryVariables = Exact<{
  id: string;
}>;


export type ConnectionFieldsQuery = { connection:
    | { id: string, provider: Provider, status: ConnectionStatus, accountLogin: string | null, metadata: unknown, createdAt: string, updatedAt: string, capabilities: { listResources: boolean } }
    | Record<PropertyKey, never>
   };

export type ConnectionsPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConnectionsPageQuery = { connections: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GitHubConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type GitHubConnectionsQuery = { connections: { totalCount: number, edges: Array<{ node: { id: string, provider: Provider } }> } };

export type FirstConnectionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type FirstConnectionsQuery = { connections: { totalCount: number } };

export type SevenConnectionsByIdQueryVariables = Exact<{
  c0: string;
  c1: string;
  c2: string;
  c3: string;
  c4: string;
  c5: string;
  c6: string;
}>;


export type SevenConnectionsByIdQuery = { c0:
    | { id: string, provider: Provider }
    | Record<PropertyKey, never>
  , c1:
    | { id: string, provider: Provider }
    | Record<PropertyKey, never>
  , c2:
    | { id: string, provider: Provider }
    | Record<PropertyKey, never>
  , c3:
    | { id: string, provider: Provider }
    | Record<PropertyKey, never>
  , c4:
    | { id: string, provider: Provider }
    | Record<PropertyKey, never>
  , c5:
    | { id: string, provider: Provider }
    | Record<PropertyKey, never>
  , c6:
    | { id: string, provider: Provider }
    | Record<PropertyKey, never>
  , absent:
    | { __typename: 'Connection' }
    | { __typename: 'ConnectionNotFoundError' }
   };

export type IdAndProviderFragment = { id: string, provider: Provider };

export type CountConnectionsOrFailQueryVariables = Exact<{ [key: string]: never; }>;


export type CountConnectionsOrFailQuery = { connections: { totalCount: number } };

export type MissingConnectionQueryVariables = Exact<{ [key: string]: never; }>;


export type MissingConnectionQuery = { connection:
    | { code: ErrorCode }
    | Record<PropertyKey, never>
   };

export type ProviderIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderIdsQuery = { providers: Array<{ id: Provider }> };

export type EventsCreateMutationVariables = Exact<{
  input: CreateConnectionInput;
}>;


export type EventsCreateMutation = { createConnection:
    | { authLink: string, connection: { id: string, documentLimit: number } }
    | Record<PropertyKey, never>
   };

export type EventsConfigureMutationVariables = Exact<{
  input: ConfigureConnectionInput;
}>;


export type EventsConfigureMutation = { configureConnection:
    | { __typename: 'ConfigureConnectionPayload' }
    | { __typename: 'ConnectionBusyError' }
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'MissingRefreshTokenError' }
    | { __typename: 'ProviderNotSupportedError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError' }
   };

export type EventsReadQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  types?: Array<EventType> | EventType | null | undefined;
  connectionId?: string | null | undefined;
}>;


export type EventsReadQuery = { events:
    | { __typename: 'EventFeed', endCursor: string | null, hasMore: boolean, events: Array<{ id: string, type: EventType, cursor: string, connectionId: string | null, payload: unknown, createdAt: string }> }
    | { __typename: 'ValidationError', argument: string, message: string }
   };

export type EventsChangesQueryVariables = Exact<{
  connectionId: string;
}>;


export type EventsChangesQuery = { documentChanges:
    | { changes: Array<{ cursor: string }> }
    | Record<PropertyKey, never>
   };

export type EventsResourcesQueryVariables = Exact<{
  id: string;
}>;


export type EventsResourcesQuery = { connection:
    | { resources:
        | { __typename: 'MissingRefreshTokenError' }
        | { __typename: 'ProviderNotSupportedError' }
        | { __typename: 'RateLimitedError' }
        | { __typename: 'ResourcePage' }
        | { __typename: 'UpstreamError' }
        | { __typename: 'ValidationError' }
       }
    | Record<PropertyKey, never>
   };

export type FuzzConfigureAllMutationVariables = Exact<{
  input: ConfigureConnectionInput;
}>;


export type FuzzConfigureAllMutation = { configureConnection:
    | { __typename: 'ConfigureConnectionPayload', webhooksRegistered: number }
    | { __typename: 'ConnectionBusyError' }
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'MissingRefreshTokenError' }
    | { __typename: 'ProviderNotSupportedError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError' }
   };

export type FuzzCreatePendingMutationVariables = Exact<{ [key: string]: never; }>;


export type FuzzCreatePendingMutation = { createConnection:
    | { authLink: string }
    | Record<PropertyKey, never>
   };

export type GmailLabelsQueryVariables = Exact<{
  id: string;
  search?: string | null | undefined;
  perPage?: number | null | undefined;
}>;


export type GmailLabelsQuery = { connection:
    | { resources:
        | { totalCount: number, nodes: Array<{ id: string, kind: string, name: string, fullName: string, description: string | null, private: boolean, parentId: string | null }> }
        | Record<PropertyKey, never>
       }
    | Record<PropertyKey, never>
   };

export type GmailConfigureMutationVariables = Exact<{
  input: ConfigureConnectionInput;
}>;


export type GmailConfigureMutation = { configureConnection:
    | { __typename: 'ConfigureConnectionPayload' }
    | { __typename: 'ConnectionBusyError' }
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'MissingRefreshTokenError' }
    | { __typename: 'ProviderNotSupportedError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError' }
   };

export type GmailSyncNowMutationVariables = Exact<{
  id: string;
}>;


export type GmailSyncNowMutation = { syncConnection:
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'MissingRefreshTokenError' }
    | { __typename: 'ProviderNotSupportedError' }
    | { __typename: 'SyncConnectionPayload' }
   };

export type GoogleStatusQueryVariables = Exact<{
  id: string;
}>;


export type GoogleStatusQuery = { connection:
    | { provider: Provider, status: ConnectionStatus, accountLogin: string | null }
    | Record<PropertyKey, never>
   };

export type GoogleDeleteMutationVariables = Exact<{
  id: string;
}>;


export type GoogleDeleteMutation = { deleteConnection:
    | { grantRevoked: boolean, grantError: string | null }
    | Record<PropertyKey, never>
   };

export type DriveResourcesQueryVariables = Exact<{
  id: string;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  search?: string | null | undefined;
  parentId?: string | null | undefined;
}>;


export type DriveResourcesQuery = { connection:
    | { resources:
        | { totalCount: number, hasNextPage: boolean, nodes: Array<{ id: string, name: string, fullName: string, kind: string, parentId: string | null, mimeType: string | null, url: string | null, size: number | null, configured: boolean }> }
        | Record<PropertyKey, never>
       }
    | Record<PropertyKey, never>
   };

export type DriveSyncMutationVariables = Exact<{
  id: string;
}>;


export type DriveSyncMutation = { syncConnection:
    | { run: { id: string } }
    | Record<PropertyKey, never>
   };

export type DriveChangesQueryVariables = Exact<{
  connectionId: string;
  after?: string | null | undefined;
}>;


export type DriveChangesQuery = { documentChanges:
    | { endCursor: string | null, changes: Array<{ kind: DocumentChangeKind, path: string, resourceId: string }> }
    | Record<PropertyKey, never>
   };

export type PushConfigureMutationVariables = Exact<{
  input: ConfigureConnectionInput;
}>;


export type PushConfigureMutation = { configureConnection:
    | { __typename: 'ConfigureConnectionPayload', webhooksRegistered: number }
    | { __typename: 'ConnectionBusyError' }
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'MissingRefreshTokenError' }
    | { __typename: 'ProviderNotSupportedError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError' }
   };

export type PushRunsQueryVariables = Exact<{
  id: string;
}>;


export type PushRunsQuery = { connection:
    | { syncRuns: { edges: Array<{ node: { id: string, status: SyncRunStatus, trigger: SyncTrigger, documentsAdded: number, documentsUpdated: number, documentsDeleted: number } }> } }
    | Record<PropertyKey, never>
   };

export type PushDeleteMutationVariables = Exact<{
  id: string;
}>;


export type PushDeleteMutation = { deleteConnection:
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'DeleteConnectionPayload', webhooksRemoved: number }
   };

export type PushCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type PushCapabilitiesQuery = { providers: Array<{ id: Provider, capabilities: { webhooks: boolean, changeDelivery: ChangeDelivery } }> };

export type SelectionNamesQueryVariables = Exact<{
  id: string;
}>;


export type SelectionNamesQuery = { connection:
    | { configuredResources: Array<{ name: string }> }
    | Record<PropertyKey, never>
   };

export type CreateDoomedKeyMutationVariables = Exact<{
  label?: string | null | undefined;
}>;


export type CreateDoomedKeyMutation = { createApiKey:
    | { key: string }
    | Record<PropertyKey, never>
   };

export type RevokeKeyMutationVariables = Exact<{
  prefix: string;
}>;


export type RevokeKeyMutation = { revokeApiKey:
    | { __typename: 'ApiKeyNotFoundError' }
    | { __typename: 'RevokeApiKeyPayload' }
   };

export type KeyPrefixesQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyPrefixesQuery = { apiKeys: Array<{ prefix: string }> };

export type LatestSyncOfConnectionQueryVariables = Exact<{
  id: string;
}>;


export type LatestSyncOfConnectionQuery = { connection:
    | { latestSync: { id: string, status: SyncRunStatus } | null }
    | Record<PropertyKey, never>
   };

export type SyncConnectionNowMutationVariables = Exact<{
  id: string;
}>;


export type SyncConnectionNowMutation = { syncConnection:
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'MissingRefreshTokenError' }
    | { __typename: 'ProviderNotSupportedError' }
    | { __typename: 'SyncConnectionPayload' }
   };

export type ProgressAcrossProcessesSubscriptionVariables = Exact<{
  id: string;
}>;


export type ProgressAcrossProcessesSubscription = { syncProgress:
    | { type: SyncProgressType, runId: string, resource: string | null, status: string | null }
    | { type: SyncProgressType, runId: string, resource: string, status: string | null }
    | { type: SyncProgressType, runId: string, resource: string, status: string | null }
    | { type: SyncProgressType, runId: string, resource: string | null, status: string | null }
   };

export type CreateOAuthConnectionMutationVariables = Exact<{
  input: CreateConnectionInput;
}>;


export type CreateOAuthConnectionMutation = { createConnection:
    | { __typename: 'CreateConnectionPayload', authLink: string, expiresIn: number, connection: { id: string, provider: Provider, status: ConnectionStatus, accountLogin: string | null, metadata: unknown } }
    | { __typename: 'ProviderNotConfiguredError', message: string, code: ErrorCode, httpStatus: number, variables: Array<string> }
    | { __typename: 'ProviderNotSupportedError', message: string, code: ErrorCode, httpStatus: number }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, httpStatus: number, argument: string }
   };

export type OAuthConnectionStatusQueryVariables = Exact<{
  id: string;
}>;


export type OAuthConnectionStatusQuery = { connection:
    | { __typename: 'Connection', status: ConnectionStatus, accountLogin: string | null }
    | { __typename: 'ConnectionNotFoundError' }
   };

export type OAuthConnectionResourcesQueryVariables = Exact<{
  id: string;
}>;


export type OAuthConnectionResourcesQuery = { connection:
    | { resources:
        | { __typename: 'MissingRefreshTokenError', code: ErrorCode, httpStatus: number, message: string }
        | { __typename: 'ProviderNotSupportedError', code: ErrorCode, httpStatus: number, message: string }
        | { __typename: 'RateLimitedError', code: ErrorCode, httpStatus: number, message: string }
        | { __typename: 'ResourcePage', totalCount: number }
        | { __typename: 'UpstreamError', code: ErrorCode, httpStatus: number, message: string }
        | { __typename: 'ValidationError', code: ErrorCode, httpStatus: number, message: string }
       }
    | Record<PropertyKey, never>
   };

export type ConfigureWebhooksMutationVariables = Exact<{
  input: ConfigureConnectionInput;
}>;


export type ConfigureWebhooksMutation = { configureConnection:
    | { webhooksRegistered: number }
    | Record<PropertyKey, never>
   };

export type DeleteOAuthConnectionMutationVariables = Exact<{
  id: string;
}>;


export type DeleteOAuthConnectionMutation = { deleteConnection:
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'DeleteConnectionPayload', id: string, provider: Provider, webhooksRemoved: number, unremovedWebhooks: Array<string>, grantRevoked: boolean, grantError: string | null }
   };

export type PersistedProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type PersistedProvidersQuery = { providers: Array<{ id: Provider, name: string }> };

export type ProviderManifestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderManifestsQuery = { providers: Array<{ id: Provider, name: string, capabilities: { connect: boolean, listResources: boolean, configureResources: boolean, sync: boolean, webhooks: boolean, resourceKinds: Array<{ kind: string, label: string, pluralLabel: string }> } }> };

export type ReauthorizeMutationVariables = Exact<{
  id: string;
  redirectUrl?: string | null | undefined;
}>;


export type ReauthorizeMutation = { reauthorizeConnection:
    | { __typename: 'ConnectionDeletedError', message: string, code: ErrorCode, httpStatus: number }
    | { __typename: 'ConnectionNotFoundError', message: string, code: ErrorCode, httpStatus: number }
    | { __typename: 'ProviderNotConfiguredError', message: string, code: ErrorCode, httpStatus: number, variables: Array<string> }
    | { __typename: 'ProviderNotSupportedError', message: string, code: ErrorCode, httpStatus: number }
    | { __typename: 'ReauthorizeConnectionPayload', authLink: string, expiresIn: number, connection: { id: string, status: ConnectionStatus } }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, httpStatus: number, argument: string }
   };

export type ReauthorizeStateQueryVariables = Exact<{
  id: string;
}>;


export type ReauthorizeStateQuery = { connection:
    | { id: string, status: ConnectionStatus, accountLogin: string | null, configuredResources: Array<{ resourceId: string, name: string, webhookActive: boolean }>, documents: { edges: Array<{ node: { id: string, path: string, sha: string } }> } }
    | Record<PropertyKey, never>
   };

export type ReauthorizeConfigureMutationVariables = Exact<{
  input: ConfigureConnectionInput;
}>;


export type ReauthorizeConfigureMutation = { configureConnection:
    | { __typename: 'ConfigureConnectionPayload', webhooksRegistered: number }
    | { __typename: 'ConnectionBusyError' }
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'MissingRefreshTokenError' }
    | { __typename: 'ProviderNotSupportedError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError' }
   };

export type ReauthorizeSyncMutationVariables = Exact<{
  id: string;
}>;


export type ReauthorizeSyncMutation = { syncConnection:
    | { __typename: 'ConnectionNotFoundError', code: ErrorCode }
    | { __typename: 'MissingRefreshTokenError', code: ErrorCode }
    | { __typename: 'ProviderNotSupportedError', code: ErrorCode }
    | { __typename: 'SyncConnectionPayload' }
   };

export type ReauthorizeEventsQueryVariables = Exact<{
  connectionId: string;
}>;


export type ReauthorizeEventsQuery = { events:
    | { events: Array<{ type: EventType, payload: unknown }> }
    | Record<PropertyKey, never>
   };

export type ReauthorizeDeleteMutationVariables = Exact<{
  id: string;
}>;


export type ReauthorizeDeleteMutation = { deleteConnection:
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'DeleteConnectionPayload' }
   };

export type ResourceTotalQueryVariables = Exact<{
  id: string;
}>;


export type ResourceTotalQuery = { connection:
    | { resources:
        | { code: ErrorCode }
        | { code: ErrorCode }
        | { code: ErrorCode }
        | { totalCount: number }
        | { code: ErrorCode }
        | { code: ErrorCode }
       }
    | Record<PropertyKey, never>
   };

export type ConnectionResourcesQueryVariables = Exact<{
  id: string;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
  search?: string | null | undefined;
}>;


export type ConnectionResourcesQuery = { connection:
    | { resources:
        | { __typename: 'MissingRefreshTokenError', message: string, code: ErrorCode, httpStatus: number }
        | { __typename: 'ProviderNotSupportedError', message: string, code: ErrorCode, httpStatus: number, provider: string, operation: string }
        | { __typename: 'RateLimitedError', message: string, code: ErrorCode, httpStatus: number, retryAfterSeconds: number }
        | { __typename: 'ResourcePage', totalCount: number, page: number, perPage: number, hasNextPage: boolean, nodes: Array<{ id: string, name: string, fullName: string, description: string | null, private: boolean, defaultBranch: string | null, updatedAt: string, configured: boolean }> }
        | { __typename: 'UpstreamError', message: string, code: ErrorCode, httpStatus: number, provider: string, resource: string | null }
        | { __typename: 'ValidationError', message: string, code: ErrorCode, httpStatus: number, argument: string }
       }
    | Record<PropertyKey, never>
   };

export type ConnectionStatusOnlyQueryVariables = Exact<{
  id: string;
}>;


export type ConnectionStatusOnlyQuery = { connection:
    | { status: ConnectionStatus }
    | Record<PropertyKey, never>
   };

export type ServerCountConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerCountConnectionsQuery = { connections: { totalCount: number } };

export type GoogleCreateMutationVariables = Exact<{
  provider: Provider;
}>;


export type GoogleCreateMutation = { createConnection:
    | { authLink: string, connection: { id: string } }
    | Record<PropertyKey, never>
   };

export type GoogleDocumentsQueryVariables = Exact<{
  id: string;
}>;


export type GoogleDocumentsQuery = { connection:
    | { documents: { edges: Array<{ node: { path: string, sha: string, content: string, resourceId: string, resourceName: string } }> } }
    | Record<PropertyKey, never>
   };

export type GoogleLatestSyncQueryVariables = Exact<{
  id: string;
}>;


export type GoogleLatestSyncQuery = { connection:
    | { latestSync: { id: string, status: SyncRunStatus, trigger: SyncTrigger, documentsAdded: number, documentsUpdated: number, documentsDeleted: number, error: string | null, failures: Array<{ resource: string, reason: string }>, skippedFiles: Array<{ resource: string, path: string, reason: string }> } | null }
    | Record<PropertyKey, never>
   };

export type ConfigureForSyncMutationVariables = Exact<{
  input: ConfigureConnectionInput;
}>;


export type ConfigureForSyncMutation = { configureConnection:
    | { connection: { latestSync: { id: string, status: SyncRunStatus, trigger: SyncTrigger } | null } }
    | Record<PropertyKey, never>
   };

export type DurableSyncNowMutationVariables = Exact<{
  id: string;
}>;


export type DurableSyncNowMutation = { syncConnection:
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'MissingRefreshTokenError' }
    | { __typename: 'ProviderNotSupportedError' }
    | { __typename: 'SyncConnectionPayload' }
   };

export type DurableSyncStateQueryVariables = Exact<{
  id: string;
}>;


export type DurableSyncStateQuery = { connection:
    | { latestSync: { id: string, status: SyncRunStatus, documentsAdded: number } | null, documents: { totalCount: number } }
    | Record<PropertyKey, never>
   };

export type LatestSyncQueryVariables = Exact<{
  id: string;
}>;


export type LatestSyncQuery = { connection:
    | { latestSync: { id: string, status: SyncRunStatus, trigger: SyncTrigger, documentsAdded: number, documentsUpdated: number, documentsDeleted: number, failures: Array<{ resource: string, reason: string }> } | null, syncRuns: { totalCount: number } }
    | Record<PropertyKey, never>
   };

export type ConfigureAndSyncMutationVariables = Exact<{
  input: ConfigureConnectionInput;
}>;


export type ConfigureAndSyncMutation = { configureConnection:
    | { __typename: 'ConfigureConnectionPayload' }
    | { __typename: 'ConnectionBusyError' }
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'MissingRefreshTokenError' }
    | { __typename: 'ProviderNotSupportedError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError' }
   };

export type SyncedDocumentsQueryVariables = Exact<{
  id: string;
}>;


export type SyncedDocumentsQuery = { connection:
    | { documents: { totalCount: number, edges: Array<{ node: { path: string, resourceName: string, size: number, sha: string, content: string } }> } }
    | Record<PropertyKey, never>
   };

export type SyncNowMutationVariables = Exact<{
  id: string;
}>;


export type SyncNowMutation = { syncConnection:
    | { __typename: 'ConnectionNotFoundError' }
    | { __typename: 'MissingRefreshTokenError' }
    | { __typename: 'ProviderNotSupportedError' }
    | { __typename: 'SyncConnectionPayload', run: { id: string, status: SyncRunStatus, trigger: SyncTrigger } }
   };

export type SyncUnsupportedMutationVariables = Exact<{
  id: string;
}>;


export type SyncUnsupportedMutation = { syncConnection:
    | { __typename: 'ConnectionNotFoundError', code: ErrorCode, httpStatus: number }
    | { __typename: 'MissingRefreshTokenError', code: ErrorCode, httpStatus: number }
    | { __typename: 'ProviderNotSupportedError', code: ErrorCode, httpStatus: number }
    | { __typename: 'SyncConnectionPayload' }
   };

export type SyncProgressStreamSubscriptionVariables = Exact<{
  id: string;
}>;


export type SyncProgressStreamSubscription = { syncProgress:
    | { type: SyncProgressType, runId: string, resource: string | null, resources: number | null, filesDone: number | null, filesTotal: number | null, status: string | null, added: number, updated: number, deleted: number }
    | { type: SyncProgressType, runId: string, resource: string, resources: number | null, filesDone: number | null, filesTotal: number | null, status: string | null, added: number, updated: number, deleted: number }
    | { type: SyncProgressType, runId: string, resource: string, resources: number | null, filesDone: number, filesTotal: number, status: string | null, added: number | null, updated: number | null, deleted: number | null }
    | { type: SyncProgressType, runId: string, resource: string | null, resources: number, filesDone: number | null, filesTotal: number | null, status: string | null, added: number | null, updated: number | null, deleted: number | null }
   };

export type LatestSyncFailuresQueryVariables = Exact<{
  id: string;
}>;


export type LatestSyncFailuresQuery = { connection:
    | { latestSync: { status: SyncRunStatus, failures: Array<{ resource: string, reason: string, paths: Array<string> }> } | null }
    | Record<PropertyKey, never>
   };

export type TenantConnectionQueryVariables = Exact<{
  id: string;
}>;


export type TenantConnectionQuery = { connection:
    | { __typename: 'Connection', id: string, provider: Provider }
    | { __typename: 'ConnectionNotFoundError', message: string, code: ErrorCode, httpStatus: number, connectionId: string }
   };

export type TenantConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantConnectionsQuery = { connections: { totalCount: number, edges: Array<{ node: { id: string, provider: Provider } }> } };

export type ConnectionsOverviewQueryVariables = Exact<{
  first?: number | null | undefined;
  provider?: Provider | null | undefined;
}>;


export type ConnectionsOverviewQuery = { connections: { totalCount: number, edges: Array<{ node: { id: string, provider: Provider, status: ConnectionStatus, accountLogin: string | null, capabilities: { listResources: boolean, configureResources: boolean, webhooks: boolean } } }> } };

export type ConnectionByIdQueryVariables = Exact<{
  id: string;
}>;


export type ConnectionByIdQuery = { connection:
    | { __typename: 'Connection', id: string, provider: Provider, metadata: unknown }
    | { __typename: 'ConnectionNotFoundError', message: string, code: ErrorCode, httpStatus: number }
   };

export const ConfiguredNamesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfiguredNames"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configuredResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConfiguredNamesFragment, unknown>;
export const IdAndProviderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdAndProvider"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]} as unknown as DocumentNode<IdAndProviderFragment, unknown>;
export const ListKeysDocument = {"__meta__":{"hash":"sha256:a270e10510d01d9c2b21ff57714d83be941d4f3805622475bddcf247aeea086f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ListKeysQuery, ListKeysQueryVariables>;
export const CreateKeyDocument = {"__meta__":{"hash":"sha256:fd6a0d948d63cb2b4370a34b9a2bbe325854d1645c1fd78c953fe5659b451bf7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"argument"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateKeyMutation, CreateKeyMutationVariables>;
export const RevokeKeyByPrefixDocument = {"__meta__":{"hash":"sha256:4ac6c45f1bb257bfbc38c02b2803c6f28fef7156cc931b21c6b0da08b4f779cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeKeyByPrefix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeKeyByPrefixMutation, RevokeKeyByPrefixMutationVariables>;
export const CreateAppWebhookEndpointDocument = {"__meta__":{"hash":"sha256:4e53ebf46a381ca25e836f5ea31ee744592137d89aa154994a7f47889c7c5417"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAppWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}},{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointSecretPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"argument"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAppWebhookEndpointMutation, CreateAppWebhookEndpointMutationVariables>;
export const RotateAppWebhookSecretDocument = {"__meta__":{"hash":"sha256:4ab82785ec9c5ebe08d714d1cabdfefb4f2e28d8ea6822935e8cdf65e37b54e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateAppWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookEndpointSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointSecretPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RotateAppWebhookSecretMutation, RotateAppWebhookSecretMutationVariables>;
export const AppWebhookEndpointsDocument = {"__meta__":{"hash":"sha256:345a3de44bd42660bb3b067ed6aaf2f1095a69d952e9cee36c2a8fc9125eccb0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppWebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<AppWebhookEndpointsQuery, AppWebhookEndpointsQueryVariables>;
export const AppWebhookDeliveriesDocument = {"__meta__":{"hash":"sha256:745428707a80a2c7c92e9bd5388e5851d60d5d860287572fb1e16dc68cf58552"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppWebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AppWebhookDeliveriesQuery, AppWebhookDeliveriesQueryVariables>;
export const RedeliverAppWebhookDocument = {"__meta__":{"hash":"sha256:445a382ed0911749d853a5a18438b87e2bc6a6e48747c6557e085e2ebe045666"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverAppWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhookEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedeliverWebhookEventPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEventNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}}]}}]}}]} as unknown as DocumentNode<RedeliverAppWebhookMutation, RedeliverAppWebhookMutationVariables>;
export const FlowCreateEndpointDocument = {"__meta__":{"hash":"sha256:64316154e61a592695f53117580bdc00d78629e07505162fb4d9f95e1dc57472"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowCreateEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointSecretPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FlowCreateEndpointMutation, FlowCreateEndpointMutationVariables>;
export const FlowConfigureDocument = {"__meta__":{"hash":"sha256:f6d3a8de7577222a8e4b34f60dd71942ed90e7db18c4a1743d4e84d8658cb3eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<FlowConfigureMutation, FlowConfigureMutationVariables>;
export const FlowSyncNowDocument = {"__meta__":{"hash":"sha256:73e27a55cc3d36041c90a5443c8bf265c02a608b5e4a725f530f88bd7d6570bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlowSyncNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<FlowSyncNowMutation, FlowSyncNowMutationVariables>;
export const FlowEventsDocument = {"__meta__":{"hash":"sha256:6c6c747c654d30ad6a863b33ca0c4c2244a5ff9b4b1a8c9a76ab9f9d504b88c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlowEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FlowEventsQuery, FlowEventsQueryVariables>;
export const CountConnectionsDocument = {"__meta__":{"hash":"sha256:8f7cdf700ba6c8a0cc0f7af4674f47284c0b1ff75e85ccffa5ec5f9db92fc500"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountConnections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CountConnectionsQuery, CountConnectionsQueryVariables>;
export const FeedConfigureDocument = {"__meta__":{"hash":"sha256:b0eb07f3ebcd3b388e846d5080c3e71037618c72217e42c59da64b0bcb4a2b12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<FeedConfigureMutation, FeedConfigureMutationVariables>;
export const FeedSyncNowDocument = {"__meta__":{"hash":"sha256:4383c9d737cdbd989c180beba197c648097916f2b43e767295f3892bc0fb1ce7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedSyncNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<FeedSyncNowMutation, FeedSyncNowMutationVariables>;
export const FeedLatestDocument = {"__meta__":{"hash":"sha256:3c19e44005e3ff225f021234a77159e44ffc86bb0fa4755595b12d322bc9fea0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedLatest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latestSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"documentsSkipped"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedLatestQuery, FeedLatestQueryVariables>;
export const FeedChangesDocument = {"__meta__":{"hash":"sha256:151e111f0cc2e807b7b6c8148f6bd635f92f0aea378e5ccce706332abd39b8b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentChangeFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"sha"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FeedChangesQuery, FeedChangesQueryVariables>;
export const FeedDocumentsDocument = {"__meta__":{"hash":"sha256:9aaaa28bdebd4f10daf7dcba7db6e1b9ceaee2019697309d3bba57d1d2499348"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sha"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedDocumentsQuery, FeedDocumentsQueryVariables>;
export const FeedConnectionsDocument = {"__meta__":{"hash":"sha256:064b341e4ab507259c6f83cb352092006197ed3bd9e905c7c032dbbf1448a176"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedConnections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedConnectionsQuery, FeedConnectionsQueryVariables>;
export const FeedDeleteDocument = {"__meta__":{"hash":"sha256:79230b980cc5c7e1f467f70c23f4dd2ec13e3b98cde9ac1b4a81db6ffdc69ee2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deleteDocuments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"deleteDocuments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deleteDocuments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentsKept"}}]}}]}}]}}]} as unknown as DocumentNode<FeedDeleteMutation, FeedDeleteMutationVariables>;
export const FeedEventsDocument = {"__meta__":{"hash":"sha256:6e89df15a0a6f11cd5900b9b52f85b7d5fffc221e1c7a2b3348934dd69ada73e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedEventsQuery, FeedEventsQueryVariables>;
export const CliKeyCheckDocument = {"__meta__":{"hash":"sha256:6353b17579b74700aa586dbe49f26dacbf2d405f404a077e57bde111eada49cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliKeyCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CliKeyCheckQuery, CliKeyCheckQueryVariables>;
export const ConfigureRepositoriesDocument = {"__meta__":{"hash":"sha256:ac6d0526770885454fa74b41b10f050d6c5c340ae9ef52b980917ac2ac84eee2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureRepositories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"webhooksRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latestSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"configuredResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultBranch"}},{"kind":"Field","name":{"kind":"Name","value":"webhookActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"argument"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}}]}}]}}]}}]} as unknown as DocumentNode<ConfigureRepositoriesMutation, ConfigureRepositoriesMutationVariables>;
export const ConfiguredStateDocument = {"__meta__":{"hash":"sha256:6e8f9e9ea571b9220063ebced100a1bf268ec13e663495e87ecc68e8b26fe622"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConfiguredState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configuredResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"webhookActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConfiguredStateQuery, ConfiguredStateQueryVariables>;
export const ConfiguredResourcesOfThreeDocument = {"__meta__":{"hash":"sha256:62ffff5cbecd8f08ba8e7bbf4e766099b7cccc161d777949ee9b71a03b7e689c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConfiguredResourcesOfThree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"c0"},"name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfiguredNames"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c1"},"name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfiguredNames"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c2"},"name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfiguredNames"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfiguredNames"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configuredResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConfiguredResourcesOfThreeQuery, ConfiguredResourcesOfThreeQueryVariables>;
export const ProviderCapabilitiesDocument = {"__meta__":{"hash":"sha256:511b85f6cf540365c9b4b7d1ae1763e718bf470b496578ee0af5fb5159f6fd79"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listResources"}},{"kind":"Field","name":{"kind":"Name","value":"configureResources"}},{"kind":"Field","name":{"kind":"Name","value":"webhooks"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderCapabilitiesQuery, ProviderCapabilitiesQueryVariables>;
export const ConnectionFieldsDocument = {"__meta__":{"hash":"sha256:44af86662187344996bb457f88be98876d5947b88a2a2c0573b380d79c5a6772"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accountLogin"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listResources"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionFieldsQuery, ConnectionFieldsQueryVariables>;
export const ConnectionsPageDocument = {"__meta__":{"hash":"sha256:b140f5c8565986262263cd040a5a1558f690102343d4e080756e429823b13e05"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionsPageQuery, ConnectionsPageQueryVariables>;
export const GitHubConnectionsDocument = {"__meta__":{"hash":"sha256:0e546a87535d822cc9775577721c04eecbcfa01a818e42ca3b98bff0a6babaa3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GitHubConnections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"EnumValue","value":"GITHUB"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GitHubConnectionsQuery, GitHubConnectionsQueryVariables>;
export const FirstConnectionsDocument = {"__meta__":{"hash":"sha256:c1d7cfc518c68812bc21a7fdbbd3015ab22c2e41bf510ab0c3ad766f909998f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstConnections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<FirstConnectionsQuery, FirstConnectionsQueryVariables>;
export const SevenConnectionsByIdDocument = {"__meta__":{"hash":"sha256:5dc5d6a16cdc9934927811b700e57290ef0ffa915b19a91c80fcd295689cc1ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SevenConnectionsById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c5"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c6"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"c0"},"name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdAndProvider"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c1"},"name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdAndProvider"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c2"},"name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdAndProvider"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c3"},"name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdAndProvider"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c4"},"name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c4"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdAndProvider"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c5"},"name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c5"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdAndProvider"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c6"},"name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c6"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdAndProvider"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"absent"},"name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"01a21200-0000-7000-8000-000000000000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdAndProvider"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]} as unknown as DocumentNode<SevenConnectionsByIdQuery, SevenConnectionsByIdQueryVariables>;
export const CountConnectionsOrFailDocument = {"__meta__":{"hash":"sha256:f25056c45bd1b94861123388f50b06aa3365065c5f2b899331c5a7931a46fc7d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountConnectionsOrFail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CountConnectionsOrFailQuery, CountConnectionsOrFailQueryVariables>;
export const MissingConnectionDocument = {"__meta__":{"hash":"sha256:08ce9fcfbeab6a6c3c6fc762c44b7c3444d3f43d741d509c430e1ee5708d89c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissingConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"x","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MissingConnectionQuery, MissingConnectionQueryVariables>;
export const ProviderIdsDocument = {"__meta__":{"hash":"sha256:a38c6179d65659bd726a4e7cc2f72da86bbaf01855e352e41a9b78a3e770665f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProviderIdsQuery, ProviderIdsQueryVariables>;
export const EventsCreateDocument = {"__meta__":{"hash":"sha256:185448afce5351e32238ecbaec2f6f6fc7f71645c9c8ad9aa52fff2097f7388e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLink"}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentLimit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsCreateMutation, EventsCreateMutationVariables>;
export const EventsConfigureDocument = {"__meta__":{"hash":"sha256:6da2e0ffe12e0e0694ef0daaaea338642fc9fff43be97bcf0aa92cc45f974bb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventsConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<EventsConfigureMutation, EventsConfigureMutationVariables>;
export const EventsReadDocument = {"__meta__":{"hash":"sha256:5e7af470d3266225c0dcd8196f1aee30076f0f8760f0def14280562eebefe2a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"argument"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EventsReadQuery, EventsReadQueryVariables>;
export const EventsChangesDocument = {"__meta__":{"hash":"sha256:cc3f8d2b051488c6b70752d9eacdf63ddcb950c5f07741f27f5cde5d3fa75a83"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentChangeFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsChangesQuery, EventsChangesQueryVariables>;
export const EventsResourcesDocument = {"__meta__":{"hash":"sha256:a746c4dd4944e37d36ae5f28ed964bfa7fefa337a4d2f3cca59261f2ab8f7bb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsResourcesQuery, EventsResourcesQueryVariables>;
export const FuzzConfigureAllDocument = {"__meta__":{"hash":"sha256:b8f4536a8e3a3f420e5455fba855113144ac32f6c4324bfde95f9d14c695320a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FuzzConfigureAll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooksRegistered"}}]}}]}}]}}]} as unknown as DocumentNode<FuzzConfigureAllMutation, FuzzConfigureAllMutationVariables>;
export const FuzzCreatePendingDocument = {"__meta__":{"hash":"sha256:2038d1840bce92422cfd2a9a21229a5779b0066c0c851341c1cab2444755ba38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FuzzCreatePending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provider"},"value":{"kind":"EnumValue","value":"GITHUB"}},{"kind":"ObjectField","name":{"kind":"Name","value":"redirectUrl"},"value":{"kind":"StringValue","value":"https://app.example.com/back","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLink"}}]}}]}}]}}]} as unknown as DocumentNode<FuzzCreatePendingMutation, FuzzCreatePendingMutationVariables>;
export const GmailLabelsDocument = {"__meta__":{"hash":"sha256:eec75dcc96c8b3c3f646963a9a9e04e022e68850c2281eb7cc8f919207714e0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GmailLabels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GmailLabelsQuery, GmailLabelsQueryVariables>;
export const GmailConfigureDocument = {"__meta__":{"hash":"sha256:2722a46f025400feb3e13bf770eebba3b46723869a097e4fb5bfb109fa6da9d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GmailConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<GmailConfigureMutation, GmailConfigureMutationVariables>;
export const GmailSyncNowDocument = {"__meta__":{"hash":"sha256:1dcb5423050736a7ae45f5f03b4691c097e794a3dd263c147440416eef973b67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GmailSyncNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<GmailSyncNowMutation, GmailSyncNowMutationVariables>;
export const GoogleStatusDocument = {"__meta__":{"hash":"sha256:b405de123a66124d100ab67d1a014d354c753ada02e4a94891266c2e15914cbb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoogleStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accountLogin"}}]}}]}}]}}]} as unknown as DocumentNode<GoogleStatusQuery, GoogleStatusQueryVariables>;
export const GoogleDeleteDocument = {"__meta__":{"hash":"sha256:104ae070bf23ded7cca05c0dbe4510736ecefc7fcfb3a91f1c7bbfe8b3b6847c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GoogleDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRevoked"}},{"kind":"Field","name":{"kind":"Name","value":"grantError"}}]}}]}}]}}]} as unknown as DocumentNode<GoogleDeleteMutation, GoogleDeleteMutationVariables>;
export const DriveResourcesDocument = {"__meta__":{"hash":"sha256:00c85b647ee6870e1b13d698e3f14802dafe6da27586f91f909bde9e39ca6740"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DriveResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DriveResourcesQuery, DriveResourcesQueryVariables>;
export const DriveSyncDocument = {"__meta__":{"hash":"sha256:70352e73e01e3370005ffe5fe82981e8cd8b247cdd8d3a05512a8e5bab5467e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DriveSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DriveSyncMutation, DriveSyncMutationVariables>;
export const DriveChangesDocument = {"__meta__":{"hash":"sha256:e202fe1244174f8e0c8553f0cd9363eb21aac7be3c1719fad148b7c175df9254"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DriveChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentChangeFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DriveChangesQuery, DriveChangesQueryVariables>;
export const PushConfigureDocument = {"__meta__":{"hash":"sha256:19715ecec6c8bf1dacd9a0514303ea5ecc6391f1cc5135c1fa5e58c5c559e11f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PushConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooksRegistered"}}]}}]}}]}}]} as unknown as DocumentNode<PushConfigureMutation, PushConfigureMutationVariables>;
export const PushRunsDocument = {"__meta__":{"hash":"sha256:43446c021365b310715cb6ccbaae23017d70f9f606b4c79348b16e9dc34dd071"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PushRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"documentsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"documentsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDeleted"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PushRunsQuery, PushRunsQueryVariables>;
export const PushDeleteDocument = {"__meta__":{"hash":"sha256:98e4e992b0a063b08951d8b596c4f0ff91be052edc6fa3d7b7df0f14b5f236a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PushDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooksRemoved"}}]}}]}}]}}]} as unknown as DocumentNode<PushDeleteMutation, PushDeleteMutationVariables>;
export const PushCapabilitiesDocument = {"__meta__":{"hash":"sha256:a0f946b65bf5a8d979c3ecd3645bddc04fcf96ee63644d51aaf3774fa4a063ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PushCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"}},{"kind":"Field","name":{"kind":"Name","value":"changeDelivery"}}]}}]}}]}}]} as unknown as DocumentNode<PushCapabilitiesQuery, PushCapabilitiesQueryVariables>;
export const SelectionNamesDocument = {"__meta__":{"hash":"sha256:d633de9eab70c076526210f3dd1547c20b48787ad331b5b47a5de7d982c59b35"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelectionNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configuredResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SelectionNamesQuery, SelectionNamesQueryVariables>;
export const CreateDoomedKeyDocument = {"__meta__":{"hash":"sha256:be051cbfe252aebb4ed209b9fed7e29904dcd75b053a4ee40e4229f1b571d086"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDoomedKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDoomedKeyMutation, CreateDoomedKeyMutationVariables>;
export const RevokeKeyDocument = {"__meta__":{"hash":"sha256:ea47b774c31efb374fa278825a2361fbff71c8a5fff9d22f796c5bbeb28ddfcf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RevokeKeyMutation, RevokeKeyMutationVariables>;
export const KeyPrefixesDocument = {"__meta__":{"hash":"sha256:90df76af7e1af4225fd46ed64254340305040d773247126eb3aa9600242f8638"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeyPrefixes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}}]}}]} as unknown as DocumentNode<KeyPrefixesQuery, KeyPrefixesQueryVariables>;
export const LatestSyncOfConnectionDocument = {"__meta__":{"hash":"sha256:90824660216d4ae069baf492b8864b17639bf2a45bbfe10fad0844395735d149"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestSyncOfConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LatestSyncOfConnectionQuery, LatestSyncOfConnectionQueryVariables>;
export const SyncConnectionNowDocument = {"__meta__":{"hash":"sha256:9c5f2a113191e6df367f4f7c4a39a9e44abe2cffe2fb4aeea58b509f5e7ea702"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncConnectionNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SyncConnectionNowMutation, SyncConnectionNowMutationVariables>;
export const ProgressAcrossProcessesDocument = {"__meta__":{"hash":"sha256:a83eb28ba330fde4e97ccb7ba7ef632d320014b9eef9071e664b36ac55f44d53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ProgressAcrossProcesses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProgressAcrossProcessesSubscription, ProgressAcrossProcessesSubscriptionVariables>;
export const CreateOAuthConnectionDocument = {"__meta__":{"hash":"sha256:b268dd2a7e20746600bb24b78f68634e67d208bcf9311d2fd1761b1db5d3dcc7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOAuthConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLink"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accountLogin"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"argument"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderNotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variables"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOAuthConnectionMutation, CreateOAuthConnectionMutationVariables>;
export const OAuthConnectionStatusDocument = {"__meta__":{"hash":"sha256:08648e80a2de1bbbdc9b59914518c147a0d330221aef4bf297c8f2bf6f706226"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OAuthConnectionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accountLogin"}}]}}]}}]}}]} as unknown as DocumentNode<OAuthConnectionStatusQuery, OAuthConnectionStatusQueryVariables>;
export const OAuthConnectionResourcesDocument = {"__meta__":{"hash":"sha256:ea6ea58fb529a1665a50f001499815d4e8647b98cb9a1eaee29b23b25820fee5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OAuthConnectionResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OAuthConnectionResourcesQuery, OAuthConnectionResourcesQueryVariables>;
export const ConfigureWebhooksDocument = {"__meta__":{"hash":"sha256:a42b509480732861f1c2a91967620096618c695066aee5ea6dc81394ec416980"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureWebhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooksRegistered"}}]}}]}}]}}]} as unknown as DocumentNode<ConfigureWebhooksMutation, ConfigureWebhooksMutationVariables>;
export const DeleteOAuthConnectionDocument = {"__meta__":{"hash":"sha256:a516b4c7daf5a7bd7cd016bf4df65e8d66e97c215b7c95e53cad58c83b3937ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOAuthConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"webhooksRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"unremovedWebhooks"}},{"kind":"Field","name":{"kind":"Name","value":"grantRevoked"}},{"kind":"Field","name":{"kind":"Name","value":"grantError"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteOAuthConnectionMutation, DeleteOAuthConnectionMutationVariables>;
export const PersistedProvidersDocument = {"__meta__":{"hash":"sha256:f1177ab6c2d77ca9a6efd4b20d9ceb548ef26ef946b9fb8cd0294fb9a63e69c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersistedProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PersistedProvidersQuery, PersistedProvidersQueryVariables>;
export const ProviderManifestsDocument = {"__meta__":{"hash":"sha256:06967b6b345230df2264f5db51694ba7d75af7236187b6829d1a1397c1167d30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderManifests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connect"}},{"kind":"Field","name":{"kind":"Name","value":"listResources"}},{"kind":"Field","name":{"kind":"Name","value":"configureResources"}},{"kind":"Field","name":{"kind":"Name","value":"sync"}},{"kind":"Field","name":{"kind":"Name","value":"webhooks"}},{"kind":"Field","name":{"kind":"Name","value":"resourceKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"pluralLabel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderManifestsQuery, ProviderManifestsQueryVariables>;
export const ReauthorizeDocument = {"__meta__":{"hash":"sha256:6a99011c799d42455966e5bc22135eb07f731115bf654daa4e9cdf2e6f0cfd00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reauthorize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"redirectUrl"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reauthorizeConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"redirectUrl"},"value":{"kind":"Variable","name":{"kind":"Name","value":"redirectUrl"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReauthorizeConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLink"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"argument"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderNotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variables"}}]}}]}}]}}]} as unknown as DocumentNode<ReauthorizeMutation, ReauthorizeMutationVariables>;
export const ReauthorizeStateDocument = {"__meta__":{"hash":"sha256:e416a962046bce5311a45cc1d4cf8fe0f6b3cb8c15ac276cbcc37ba030045184"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReauthorizeState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accountLogin"}},{"kind":"Field","name":{"kind":"Name","value":"configuredResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"webhookActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sha"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReauthorizeStateQuery, ReauthorizeStateQueryVariables>;
export const ReauthorizeConfigureDocument = {"__meta__":{"hash":"sha256:2165d510be701ffd91103f72a5c26737c779c14ee0e36d22b6388a11ae141835"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReauthorizeConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooksRegistered"}}]}}]}}]}}]} as unknown as DocumentNode<ReauthorizeConfigureMutation, ReauthorizeConfigureMutationVariables>;
export const ReauthorizeSyncDocument = {"__meta__":{"hash":"sha256:8272ee6a887e1de299ba6a844a7769b71f01d0f278cf3a4637e989691a40912d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReauthorizeSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReauthorizeSyncMutation, ReauthorizeSyncMutationVariables>;
export const ReauthorizeEventsDocument = {"__meta__":{"hash":"sha256:d2cb4f39f9ae1c8bdac1824e7fecac9cbaae58a0455dfa8596a6b0475c8123f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReauthorizeEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReauthorizeEventsQuery, ReauthorizeEventsQueryVariables>;
export const ReauthorizeDeleteDocument = {"__meta__":{"hash":"sha256:efe75c0093fb24b430b053b56e4d80eae78ca91df20778d20672b57701d61e5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReauthorizeDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"deleteDocuments"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ReauthorizeDeleteMutation, ReauthorizeDeleteMutationVariables>;
export const ResourceTotalDocument = {"__meta__":{"hash":"sha256:766728e3e5d69cf51239329df8fae3ca3dec60fef42b1e8cd84b1cbc282f2378"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResourceTotalQuery, ResourceTotalQueryVariables>;
export const ConnectionResourcesDocument = {"__meta__":{"hash":"sha256:a5fcd40f2bc65bf25277370c605e5e5f0131b785b3b1c6d3bd9b09863a5f1ec4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourcePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"perPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"private"}},{"kind":"Field","name":{"kind":"Name","value":"defaultBranch"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"argument"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderNotSupportedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionResourcesQuery, ConnectionResourcesQueryVariables>;
export const ConnectionStatusOnlyDocument = {"__meta__":{"hash":"sha256:35f6143cd2bb4d70bd26cc3a6c9cb3592025647b4ff59150d8efd9a75efea98f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionStatusOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionStatusOnlyQuery, ConnectionStatusOnlyQueryVariables>;
export const ServerCountConnectionsDocument = {"__meta__":{"hash":"sha256:f486c50ac5d67aaef8bff4729c72b3b833bd8100fce774fbc9e4adee7763efa3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServerCountConnections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ServerCountConnectionsQuery, ServerCountConnectionsQueryVariables>;
export const GoogleCreateDocument = {"__meta__":{"hash":"sha256:4e83858d6c35d911918b45b8fd283867954a047cd484caa97a15a7204f4880e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GoogleCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"redirectUrl"},"value":{"kind":"StringValue","value":"https://app.example.com/connected","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLink"}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GoogleCreateMutation, GoogleCreateMutationVariables>;
export const GoogleDocumentsDocument = {"__meta__":{"hash":"sha256:2c7b535000b3433861d412165cb17d06031e2f513889939c7821fd97afe4fdc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoogleDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sha"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GoogleDocumentsQuery, GoogleDocumentsQueryVariables>;
export const GoogleLatestSyncDocument = {"__meta__":{"hash":"sha256:182ac93056fec4b4b928b4ce30adcdbb1df8eb39b0914d98bdb94d22a8162353"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoogleLatestSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"documentsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"documentsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skippedFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GoogleLatestSyncQuery, GoogleLatestSyncQueryVariables>;
export const ConfigureForSyncDocument = {"__meta__":{"hash":"sha256:df3a7bd106cdd4fa8b7456a00654f58409e00cd5571cbfa6f59565bc8598c5d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureForSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConfigureForSyncMutation, ConfigureForSyncMutationVariables>;
export const DurableSyncNowDocument = {"__meta__":{"hash":"sha256:321f3b12cf53aecf27db99708255561983f7d4b36c36b5377ca6bed210784ad4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DurableSyncNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DurableSyncNowMutation, DurableSyncNowMutationVariables>;
export const DurableSyncStateDocument = {"__meta__":{"hash":"sha256:406b07d0231f215b52e88142fe8006ef9915b57902013cfbe3ac8add13d86b9a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DurableSyncState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentsAdded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DurableSyncStateQuery, DurableSyncStateQueryVariables>;
export const LatestSyncDocument = {"__meta__":{"hash":"sha256:aed7c65c5f23a714ac14b7aaa935c1bb8063666c3b6a5af3bb3551bc823c4aa6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"documentsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"documentsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"syncRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LatestSyncQuery, LatestSyncQueryVariables>;
export const ConfigureAndSyncDocument = {"__meta__":{"hash":"sha256:93c178716485fa4e290de670e8bc46b7f684769eee3d0761717f60dcf8453c86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureAndSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ConfigureAndSyncMutation, ConfigureAndSyncMutationVariables>;
export const SyncedDocumentsDocument = {"__meta__":{"hash":"sha256:400a5b12bb8c4b775296a796b48a9332e22987ee0a6c0b01fca38b1136c27833"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncedDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"resourceName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SyncedDocumentsQuery, SyncedDocumentsQueryVariables>;
export const SyncNowDocument = {"__meta__":{"hash":"sha256:0a9fd4616d1521c12c5c571f8eb25baa0f6e92e9b17d9df037e9bced934fbe28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SyncNowMutation, SyncNowMutationVariables>;
export const SyncUnsupportedDocument = {"__meta__":{"hash":"sha256:72045c865ecb8858633bac459c65f16233806787b7bfe2a8ef330983b9161190"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncUnsupported"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}}]}}]}}]} as unknown as DocumentNode<SyncUnsupportedMutation, SyncUnsupportedMutationVariables>;
export const SyncProgressStreamDocument = {"__meta__":{"hash":"sha256:b8d99a2068f9a2200b9f619ad46c2d2b64fdb57290a8a81812dbb04f6fe41ca9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SyncProgressStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"filesDone"}},{"kind":"Field","name":{"kind":"Name","value":"filesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<SyncProgressStreamSubscription, SyncProgressStreamSubscriptionVariables>;
export const LatestSyncFailuresDocument = {"__meta__":{"hash":"sha256:16d2dbe97781d3b731f4bc75b0b353b91a97689ce7bb9a33cb45fa3af7783fe0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestSyncFailures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"paths"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LatestSyncFailuresQuery, LatestSyncFailuresQueryVariables>;
export const TenantConnectionDocument = {"__meta__":{"hash":"sha256:69b3a160e7cffe78b47f8ccf815bb4db8586ca8fc156bcc97b94755f7b606c60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectionNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}}]}}]}}]}}]} as unknown as DocumentNode<TenantConnectionQuery, TenantConnectionQueryVariables>;
export const TenantConnectionsDocument = {"__meta__":{"hash":"sha256:148b7c629338ea30ae27456b159b1c27e0a3f1e69c19a4b2f57ded3787d3bcc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantConnections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantConnectionsQuery, TenantConnectionsQueryVariables>;
export const ConnectionsOverviewDocument = {"__meta__":{"hash":"sha256:aaec65b20e77e1896c6ffd60a91d0d74064a41de15b07b1a2b6883a72c591b1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionsOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accountLogin"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listResources"}},{"kind":"Field","name":{"kind":"Name","value":"configureResources"}},{"kind":"Field","name":{"kind":"Name","value":"webhooks"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionsOverviewQuery, ConnectionsOverviewQueryVariables>;
export const ConnectionByIdDocument = {"__meta__":{"hash":"sha256:c0a6b5ad35ed1da3d3cf601c08f8ae47ce88f4abb77c8844e85279d9baa4e67e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionByIdQuery, ConnectionByIdQueryVariables>;