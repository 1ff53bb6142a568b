/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** PENDING until the OAuth round trip completes; REAUTHORIZATION_REQUIRED when the grant stopped working. */
export type ConnectionStatus =
  | 'ACTIVE'
  | 'PENDING'
  | 'REAUTHORIZATION_REQUIRED';

/** Stable, machine-readable failure codes. */
export type ErrorCode =
  | 'API_KEY_NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'MISSING_REFRESH_TOKEN'
  | 'NOT_FOUND'
  | 'NOT_IMPLEMENTED'
  | 'PROVIDER_NOT_CONFIGURED'
  | 'RATE_LIMITED'
  | 'UPSTREAM_ERROR';

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


export const ConnectionsOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionsOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accountLogin"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listResources"}},{"kind":"Field","name":{"kind":"Name","value":"configureResources"}},{"kind":"Field","name":{"kind":"Name","value":"webhooks"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionsOverviewQuery, ConnectionsOverviewQueryVariables>;
export const ConnectionByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectionByIdQuery, ConnectionByIdQueryVariables>;