/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ListKeys {\n    apiKeys {\n      prefix\n      label\n      current\n      revokedAt\n      lastUsedAt\n      createdAt\n    }\n  }\n": typeof types.ListKeysDocument,
    "\n  mutation CreateKey($label: String) {\n    createApiKey(label: $label) {\n      __typename\n      ... on CreateApiKeyPayload {\n        key\n        apiKey {\n          prefix\n          label\n          current\n          revokedAt\n        }\n      }\n      ... on ValidationError {\n        argument\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateKeyDocument,
    "\n  mutation RevokeKeyByPrefix($prefix: String!) {\n    revokeApiKey(prefix: $prefix) {\n      __typename\n      ... on RevokeApiKeyPayload {\n        apiKey {\n          prefix\n          current\n          revokedAt\n        }\n      }\n      ... on ApiKeyNotFoundError {\n        prefix\n        message\n        code\n        httpStatus\n      }\n    }\n  }\n": typeof types.RevokeKeyByPrefixDocument,
    "\n  query CountConnections {\n    connections {\n      totalCount\n    }\n  }\n": typeof types.CountConnectionsDocument,
    "\n  query CliKeyCheck {\n    connections {\n      totalCount\n    }\n  }\n": typeof types.CliKeyCheckDocument,
    "\n  mutation ConfigureRepositories($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      __typename\n      ... on ConfigureConnectionPayload {\n        success\n        message\n        webhooksRegistered\n        connection {\n          id\n          latestSync {\n            status\n            trigger\n          }\n        }\n        configuredResources {\n          id\n          resourceId\n          name\n          defaultBranch\n          webhookActive\n          createdAt\n        }\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n      ... on ValidationError {\n        argument\n      }\n      ... on UpstreamError {\n        resource\n      }\n    }\n  }\n": typeof types.ConfigureRepositoriesDocument,
    "\n  query ConfiguredState($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        configuredResources {\n          resourceId\n          name\n          webhookActive\n        }\n        latestSync {\n          status\n          trigger\n        }\n        resources(perPage: 100) {\n          ... on ResourcePage {\n            nodes {\n              id\n              configured\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConfiguredStateDocument,
    "\n  query ConfiguredResourcesOfThree($c0: ID!, $c1: ID!, $c2: ID!) {\n    c0: connection(id: $c0) {\n      ...ConfiguredNames\n    }\n    c1: connection(id: $c1) {\n      ...ConfiguredNames\n    }\n    c2: connection(id: $c2) {\n      ...ConfiguredNames\n    }\n  }\n\n  fragment ConfiguredNames on ConnectionResult {\n    ... on Connection {\n      configuredResources {\n        name\n      }\n    }\n  }\n": typeof types.ConfiguredResourcesOfThreeDocument,
    "\n  query ProviderCapabilities {\n    providers {\n      id\n      name\n      capabilities {\n        listResources\n        configureResources\n        webhooks\n      }\n    }\n  }\n": typeof types.ProviderCapabilitiesDocument,
    "\n  query ConnectionFields($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        id\n        provider\n        status\n        accountLogin\n        metadata\n        createdAt\n        updatedAt\n        capabilities {\n          listResources\n        }\n      }\n    }\n  }\n": typeof types.ConnectionFieldsDocument,
    "\n  query ConnectionsPage($after: String) {\n    connections(first: 3, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConnectionsPageDocument,
    "\n  query GitHubConnections {\n    connections(provider: GITHUB) {\n      totalCount\n      edges {\n        node {\n          id\n          provider\n        }\n      }\n    }\n  }\n": typeof types.GitHubConnectionsDocument,
    "\n  query FirstConnections($first: Int) {\n    connections(first: $first) {\n      totalCount\n    }\n  }\n": typeof types.FirstConnectionsDocument,
    "\n  query SevenConnectionsById($c0: ID!, $c1: ID!, $c2: ID!, $c3: ID!, $c4: ID!, $c5: ID!, $c6: ID!) {\n    c0: connection(id: $c0) {\n      ...IdAndProvider\n    }\n    c1: connection(id: $c1) {\n      ...IdAndProvider\n    }\n    c2: connection(id: $c2) {\n      ...IdAndProvider\n    }\n    c3: connection(id: $c3) {\n      ...IdAndProvider\n    }\n    c4: connection(id: $c4) {\n      ...IdAndProvider\n    }\n    c5: connection(id: $c5) {\n      ...IdAndProvider\n    }\n    c6: connection(id: $c6) {\n      ...IdAndProvider\n    }\n    absent: connection(id: \"01a21200-0000-7000-8000-000000000000\") {\n      __typename\n    }\n  }\n\n  fragment IdAndProvider on ConnectionResult {\n    ... on Connection {\n      id\n      provider\n    }\n  }\n": typeof types.SevenConnectionsByIdDocument,
    "\n  query CountConnectionsOrFail {\n    connections {\n      totalCount\n    }\n  }\n": typeof types.CountConnectionsOrFailDocument,
    "\n  query MissingConnection {\n    connection(id: \"x\") {\n      ... on Error {\n        code\n      }\n    }\n  }\n": typeof types.MissingConnectionDocument,
    "\n  query ProviderIds {\n    providers {\n      id\n    }\n  }\n": typeof types.ProviderIdsDocument,
    "\n  mutation FuzzConfigureAll($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      __typename\n      ... on ConfigureConnectionPayload {\n        webhooksRegistered\n      }\n    }\n  }\n": typeof types.FuzzConfigureAllDocument,
    "\n  mutation FuzzCreatePending {\n    createConnection(input: { provider: GITHUB, redirectUrl: \"https://app.example.com/back\" }) {\n      ... on CreateConnectionPayload {\n        authLink\n      }\n    }\n  }\n": typeof types.FuzzCreatePendingDocument,
    "\n  query SelectionNames($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        configuredResources {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SelectionNamesDocument,
    "\n  mutation CreateDoomedKey($label: String) {\n    createApiKey(label: $label) {\n      ... on CreateApiKeyPayload {\n        key\n      }\n    }\n  }\n": typeof types.CreateDoomedKeyDocument,
    "\n  mutation RevokeKey($prefix: String!) {\n    revokeApiKey(prefix: $prefix) {\n      __typename\n    }\n  }\n": typeof types.RevokeKeyDocument,
    "\n  query KeyPrefixes {\n    apiKeys {\n      prefix\n    }\n  }\n": typeof types.KeyPrefixesDocument,
    "\n  query LatestSyncOfConnection($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.LatestSyncOfConnectionDocument,
    "\n  mutation SyncConnectionNow($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n    }\n  }\n": typeof types.SyncConnectionNowDocument,
    "\n  subscription ProgressAcrossProcesses($id: ID!) {\n    syncProgress(connectionId: $id) {\n      type\n      runId\n      resource\n      status\n    }\n  }\n": typeof types.ProgressAcrossProcessesDocument,
    "\n  mutation CreateOAuthConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on CreateConnectionPayload {\n        authLink\n        expiresIn\n        connection {\n          id\n          provider\n          status\n          accountLogin\n          metadata\n        }\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n      ... on ValidationError {\n        argument\n      }\n      ... on ProviderNotConfiguredError {\n        variables\n      }\n    }\n  }\n": typeof types.CreateOAuthConnectionDocument,
    "\n  query OAuthConnectionStatus($id: ID!) {\n    connection(id: $id) {\n      __typename\n      ... on Connection {\n        status\n        accountLogin\n      }\n    }\n  }\n": typeof types.OAuthConnectionStatusDocument,
    "\n  query OAuthConnectionResources($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        resources(perPage: 5) {\n          __typename\n          ... on ResourcePage {\n            totalCount\n          }\n          ... on Error {\n            code\n            httpStatus\n            message\n          }\n        }\n      }\n    }\n  }\n": typeof types.OAuthConnectionResourcesDocument,
    "\n  mutation ConfigureWebhooks($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      ... on ConfigureConnectionPayload {\n        webhooksRegistered\n      }\n    }\n  }\n": typeof types.ConfigureWebhooksDocument,
    "\n  mutation DeleteOAuthConnection($id: ID!) {\n    deleteConnection(id: $id) {\n      __typename\n      ... on DeleteConnectionPayload {\n        id\n        provider\n        webhooksRemoved\n        unremovedWebhooks\n        grantRevoked\n        grantError\n      }\n    }\n  }\n": typeof types.DeleteOAuthConnectionDocument,
    "\n  query ProviderManifests {\n    providers {\n      id\n      name\n      capabilities {\n        connect\n        listResources\n        configureResources\n        sync\n        webhooks\n        resourceKinds {\n          kind\n          label\n          pluralLabel\n        }\n      }\n    }\n  }\n": typeof types.ProviderManifestsDocument,
    "\n  query ResourceTotal($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        resources {\n          ... on ResourcePage {\n            totalCount\n          }\n          ... on Error {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResourceTotalDocument,
    "\n  query ConnectionResources($id: ID!, $page: Int, $perPage: Int, $search: String) {\n    connection(id: $id) {\n      ... on Connection {\n        resources(page: $page, perPage: $perPage, search: $search) {\n          __typename\n          ... on ResourcePage {\n            totalCount\n            page\n            perPage\n            hasNextPage\n            nodes {\n              id\n              name\n              fullName\n              description\n              private\n              defaultBranch\n              updatedAt\n              configured\n            }\n          }\n          ... on Error {\n            message\n            code\n            httpStatus\n          }\n          ... on ValidationError {\n            argument\n          }\n          ... on ProviderNotSupportedError {\n            provider\n            operation\n          }\n          ... on RateLimitedError {\n            retryAfterSeconds\n          }\n          ... on UpstreamError {\n            provider\n            resource\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConnectionResourcesDocument,
    "\n  query ConnectionStatusOnly($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        status\n      }\n    }\n  }\n": typeof types.ConnectionStatusOnlyDocument,
    "\n  query ServerCountConnections {\n    connections {\n      totalCount\n    }\n  }\n": typeof types.ServerCountConnectionsDocument,
    "\n  mutation ConfigureForSync($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      ... on ConfigureConnectionPayload {\n        connection {\n          latestSync {\n            id\n            status\n            trigger\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConfigureForSyncDocument,
    "\n  mutation DurableSyncNow($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n    }\n  }\n": typeof types.DurableSyncNowDocument,
    "\n  query DurableSyncState($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          id\n          status\n          documentsAdded\n        }\n        documents(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.DurableSyncStateDocument,
    "\n  query LatestSync($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          id\n          status\n          trigger\n          documentsAdded\n          documentsUpdated\n          documentsDeleted\n          failures {\n            resource\n            reason\n          }\n        }\n        syncRuns(first: 10) {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.LatestSyncDocument,
    "\n  mutation ConfigureAndSync($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ConfigureAndSyncDocument,
    "\n  query SyncedDocuments($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        documents(first: 10) {\n          totalCount\n          edges {\n            node {\n              path\n              resourceName\n              size\n              sha\n              content\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SyncedDocumentsDocument,
    "\n  mutation SyncNow($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n      ... on SyncConnectionPayload {\n        run {\n          id\n          status\n          trigger\n        }\n      }\n    }\n  }\n": typeof types.SyncNowDocument,
    "\n  mutation SyncUnsupported($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n      ... on Error {\n        code\n        httpStatus\n      }\n    }\n  }\n": typeof types.SyncUnsupportedDocument,
    "\n  subscription SyncProgressStream($id: ID!) {\n    syncProgress(connectionId: $id) {\n      type\n      runId\n      resource\n      resources\n      filesDone\n      filesTotal\n      status\n      added\n      updated\n      deleted\n    }\n  }\n": typeof types.SyncProgressStreamDocument,
    "\n  query LatestSyncFailures($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          status\n          failures {\n            resource\n            reason\n            paths\n          }\n        }\n      }\n    }\n  }\n": typeof types.LatestSyncFailuresDocument,
    "\n  query TenantConnection($id: ID!) {\n    connection(id: $id) {\n      __typename\n      ... on Connection {\n        id\n        provider\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n      ... on ConnectionNotFoundError {\n        connectionId\n      }\n    }\n  }\n": typeof types.TenantConnectionDocument,
    "\n  query TenantConnections {\n    connections {\n      totalCount\n      edges {\n        node {\n          id\n          provider\n        }\n      }\n    }\n  }\n": typeof types.TenantConnectionsDocument,
    "\n  query ConnectionsOverview($first: Int, $provider: Provider) {\n    connections(first: $first, provider: $provider) {\n      totalCount\n      edges {\n        node {\n          id\n          provider\n          status\n          accountLogin\n          capabilities {\n            listResources\n            configureResources\n            webhooks\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConnectionsOverviewDocument,
    "\n  query ConnectionById($id: ID!) {\n    connection(id: $id) {\n      __typename\n      ... on Connection {\n        id\n        provider\n        metadata\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n    }\n  }\n": typeof types.ConnectionByIdDocument,
};
const documents: Documents = {
    "\n  query ListKeys {\n    apiKeys {\n      prefix\n      label\n      current\n      revokedAt\n      lastUsedAt\n      createdAt\n    }\n  }\n": types.ListKeysDocument,
    "\n  mutation CreateKey($label: String) {\n    createApiKey(label: $label) {\n      __typename\n      ... on CreateApiKeyPayload {\n        key\n        apiKey {\n          prefix\n          label\n          current\n          revokedAt\n        }\n      }\n      ... on ValidationError {\n        argument\n        message\n        code\n      }\n    }\n  }\n": types.CreateKeyDocument,
    "\n  mutation RevokeKeyByPrefix($prefix: String!) {\n    revokeApiKey(prefix: $prefix) {\n      __typename\n      ... on RevokeApiKeyPayload {\n        apiKey {\n          prefix\n          current\n          revokedAt\n        }\n      }\n      ... on ApiKeyNotFoundError {\n        prefix\n        message\n        code\n        httpStatus\n      }\n    }\n  }\n": types.RevokeKeyByPrefixDocument,
    "\n  query CountConnections {\n    connections {\n      totalCount\n    }\n  }\n": types.CountConnectionsDocument,
    "\n  query CliKeyCheck {\n    connections {\n      totalCount\n    }\n  }\n": types.CliKeyCheckDocument,
    "\n  mutation ConfigureRepositories($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      __typename\n      ... on ConfigureConnectionPayload {\n        success\n        message\n        webhooksRegistered\n        connection {\n          id\n          latestSync {\n            status\n            trigger\n          }\n        }\n        configuredResources {\n          id\n          resourceId\n          name\n          defaultBranch\n          webhookActive\n          createdAt\n        }\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n      ... on ValidationError {\n        argument\n      }\n      ... on UpstreamError {\n        resource\n      }\n    }\n  }\n": types.ConfigureRepositoriesDocument,
    "\n  query ConfiguredState($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        configuredResources {\n          resourceId\n          name\n          webhookActive\n        }\n        latestSync {\n          status\n          trigger\n        }\n        resources(perPage: 100) {\n          ... on ResourcePage {\n            nodes {\n              id\n              configured\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConfiguredStateDocument,
    "\n  query ConfiguredResourcesOfThree($c0: ID!, $c1: ID!, $c2: ID!) {\n    c0: connection(id: $c0) {\n      ...ConfiguredNames\n    }\n    c1: connection(id: $c1) {\n      ...ConfiguredNames\n    }\n    c2: connection(id: $c2) {\n      ...ConfiguredNames\n    }\n  }\n\n  fragment ConfiguredNames on ConnectionResult {\n    ... on Connection {\n      configuredResources {\n        name\n      }\n    }\n  }\n": types.ConfiguredResourcesOfThreeDocument,
    "\n  query ProviderCapabilities {\n    providers {\n      id\n      name\n      capabilities {\n        listResources\n        configureResources\n        webhooks\n      }\n    }\n  }\n": types.ProviderCapabilitiesDocument,
    "\n  query ConnectionFields($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        id\n        provider\n        status\n        accountLogin\n        metadata\n        createdAt\n        updatedAt\n        capabilities {\n          listResources\n        }\n      }\n    }\n  }\n": types.ConnectionFieldsDocument,
    "\n  query ConnectionsPage($after: String) {\n    connections(first: 3, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConnectionsPageDocument,
    "\n  query GitHubConnections {\n    connections(provider: GITHUB) {\n      totalCount\n      edges {\n        node {\n          id\n          provider\n        }\n      }\n    }\n  }\n": types.GitHubConnectionsDocument,
    "\n  query FirstConnections($first: Int) {\n    connections(first: $first) {\n      totalCount\n    }\n  }\n": types.FirstConnectionsDocument,
    "\n  query SevenConnectionsById($c0: ID!, $c1: ID!, $c2: ID!, $c3: ID!, $c4: ID!, $c5: ID!, $c6: ID!) {\n    c0: connection(id: $c0) {\n      ...IdAndProvider\n    }\n    c1: connection(id: $c1) {\n      ...IdAndProvider\n    }\n    c2: connection(id: $c2) {\n      ...IdAndProvider\n    }\n    c3: connection(id: $c3) {\n      ...IdAndProvider\n    }\n    c4: connection(id: $c4) {\n      ...IdAndProvider\n    }\n    c5: connection(id: $c5) {\n      ...IdAndProvider\n    }\n    c6: connection(id: $c6) {\n      ...IdAndProvider\n    }\n    absent: connection(id: \"01a21200-0000-7000-8000-000000000000\") {\n      __typename\n    }\n  }\n\n  fragment IdAndProvider on ConnectionResult {\n    ... on Connection {\n      id\n      provider\n    }\n  }\n": types.SevenConnectionsByIdDocument,
    "\n  query CountConnectionsOrFail {\n    connections {\n      totalCount\n    }\n  }\n": types.CountConnectionsOrFailDocument,
    "\n  query MissingConnection {\n    connection(id: \"x\") {\n      ... on Error {\n        code\n      }\n    }\n  }\n": types.MissingConnectionDocument,
    "\n  query ProviderIds {\n    providers {\n      id\n    }\n  }\n": types.ProviderIdsDocument,
    "\n  mutation FuzzConfigureAll($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      __typename\n      ... on ConfigureConnectionPayload {\n        webhooksRegistered\n      }\n    }\n  }\n": types.FuzzConfigureAllDocument,
    "\n  mutation FuzzCreatePending {\n    createConnection(input: { provider: GITHUB, redirectUrl: \"https://app.example.com/back\" }) {\n      ... on CreateConnectionPayload {\n        authLink\n      }\n    }\n  }\n": types.FuzzCreatePendingDocument,
    "\n  query SelectionNames($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        configuredResources {\n          name\n        }\n      }\n    }\n  }\n": types.SelectionNamesDocument,
    "\n  mutation CreateDoomedKey($label: String) {\n    createApiKey(label: $label) {\n      ... on CreateApiKeyPayload {\n        key\n      }\n    }\n  }\n": types.CreateDoomedKeyDocument,
    "\n  mutation RevokeKey($prefix: String!) {\n    revokeApiKey(prefix: $prefix) {\n      __typename\n    }\n  }\n": types.RevokeKeyDocument,
    "\n  query KeyPrefixes {\n    apiKeys {\n      prefix\n    }\n  }\n": types.KeyPrefixesDocument,
    "\n  query LatestSyncOfConnection($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.LatestSyncOfConnectionDocument,
    "\n  mutation SyncConnectionNow($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n    }\n  }\n": types.SyncConnectionNowDocument,
    "\n  subscription ProgressAcrossProcesses($id: ID!) {\n    syncProgress(connectionId: $id) {\n      type\n      runId\n      resource\n      status\n    }\n  }\n": types.ProgressAcrossProcessesDocument,
    "\n  mutation CreateOAuthConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on CreateConnectionPayload {\n        authLink\n        expiresIn\n        connection {\n          id\n          provider\n          status\n          accountLogin\n          metadata\n        }\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n      ... on ValidationError {\n        argument\n      }\n      ... on ProviderNotConfiguredError {\n        variables\n      }\n    }\n  }\n": types.CreateOAuthConnectionDocument,
    "\n  query OAuthConnectionStatus($id: ID!) {\n    connection(id: $id) {\n      __typename\n      ... on Connection {\n        status\n        accountLogin\n      }\n    }\n  }\n": types.OAuthConnectionStatusDocument,
    "\n  query OAuthConnectionResources($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        resources(perPage: 5) {\n          __typename\n          ... on ResourcePage {\n            totalCount\n          }\n          ... on Error {\n            code\n            httpStatus\n            message\n          }\n        }\n      }\n    }\n  }\n": types.OAuthConnectionResourcesDocument,
    "\n  mutation ConfigureWebhooks($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      ... on ConfigureConnectionPayload {\n        webhooksRegistered\n      }\n    }\n  }\n": types.ConfigureWebhooksDocument,
    "\n  mutation DeleteOAuthConnection($id: ID!) {\n    deleteConnection(id: $id) {\n      __typename\n      ... on DeleteConnectionPayload {\n        id\n        provider\n        webhooksRemoved\n        unremovedWebhooks\n        grantRevoked\n        grantError\n      }\n    }\n  }\n": types.DeleteOAuthConnectionDocument,
    "\n  query ProviderManifests {\n    providers {\n      id\n      name\n      capabilities {\n        connect\n        listResources\n        configureResources\n        sync\n        webhooks\n        resourceKinds {\n          kind\n          label\n          pluralLabel\n        }\n      }\n    }\n  }\n": types.ProviderManifestsDocument,
    "\n  query ResourceTotal($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        resources {\n          ... on ResourcePage {\n            totalCount\n          }\n          ... on Error {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.ResourceTotalDocument,
    "\n  query ConnectionResources($id: ID!, $page: Int, $perPage: Int, $search: String) {\n    connection(id: $id) {\n      ... on Connection {\n        resources(page: $page, perPage: $perPage, search: $search) {\n          __typename\n          ... on ResourcePage {\n            totalCount\n            page\n            perPage\n            hasNextPage\n            nodes {\n              id\n              name\n              fullName\n              description\n              private\n              defaultBranch\n              updatedAt\n              configured\n            }\n          }\n          ... on Error {\n            message\n            code\n            httpStatus\n          }\n          ... on ValidationError {\n            argument\n          }\n          ... on ProviderNotSupportedError {\n            provider\n            operation\n          }\n          ... on RateLimitedError {\n            retryAfterSeconds\n          }\n          ... on UpstreamError {\n            provider\n            resource\n          }\n        }\n      }\n    }\n  }\n": types.ConnectionResourcesDocument,
    "\n  query ConnectionStatusOnly($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        status\n      }\n    }\n  }\n": types.ConnectionStatusOnlyDocument,
    "\n  query ServerCountConnections {\n    connections {\n      totalCount\n    }\n  }\n": types.ServerCountConnectionsDocument,
    "\n  mutation ConfigureForSync($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      ... on ConfigureConnectionPayload {\n        connection {\n          latestSync {\n            id\n            status\n            trigger\n          }\n        }\n      }\n    }\n  }\n": types.ConfigureForSyncDocument,
    "\n  mutation DurableSyncNow($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n    }\n  }\n": types.DurableSyncNowDocument,
    "\n  query DurableSyncState($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          id\n          status\n          documentsAdded\n        }\n        documents(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n": types.DurableSyncStateDocument,
    "\n  query LatestSync($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          id\n          status\n          trigger\n          documentsAdded\n          documentsUpdated\n          documentsDeleted\n          failures {\n            resource\n            reason\n          }\n        }\n        syncRuns(first: 10) {\n          totalCount\n        }\n      }\n    }\n  }\n": types.LatestSyncDocument,
    "\n  mutation ConfigureAndSync($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      __typename\n    }\n  }\n": types.ConfigureAndSyncDocument,
    "\n  query SyncedDocuments($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        documents(first: 10) {\n          totalCount\n          edges {\n            node {\n              path\n              resourceName\n              size\n              sha\n              content\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SyncedDocumentsDocument,
    "\n  mutation SyncNow($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n      ... on SyncConnectionPayload {\n        run {\n          id\n          status\n          trigger\n        }\n      }\n    }\n  }\n": types.SyncNowDocument,
    "\n  mutation SyncUnsupported($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n      ... on Error {\n        code\n        httpStatus\n      }\n    }\n  }\n": types.SyncUnsupportedDocument,
    "\n  subscription SyncProgressStream($id: ID!) {\n    syncProgress(connectionId: $id) {\n      type\n      runId\n      resource\n      resources\n      filesDone\n      filesTotal\n      status\n      added\n      updated\n      deleted\n    }\n  }\n": types.SyncProgressStreamDocument,
    "\n  query LatestSyncFailures($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          status\n          failures {\n            resource\n            reason\n            paths\n          }\n        }\n      }\n    }\n  }\n": types.LatestSyncFailuresDocument,
    "\n  query TenantConnection($id: ID!) {\n    connection(id: $id) {\n      __typename\n      ... on Connection {\n        id\n        provider\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n      ... on ConnectionNotFoundError {\n        connectionId\n      }\n    }\n  }\n": types.TenantConnectionDocument,
    "\n  query TenantConnections {\n    connections {\n      totalCount\n      edges {\n        node {\n          id\n          provider\n        }\n      }\n    }\n  }\n": types.TenantConnectionsDocument,
    "\n  query ConnectionsOverview($first: Int, $provider: Provider) {\n    connections(first: $first, provider: $provider) {\n      totalCount\n      edges {\n        node {\n          id\n          provider\n          status\n          accountLogin\n          capabilities {\n            listResources\n            configureResources\n            webhooks\n          }\n        }\n      }\n    }\n  }\n": types.ConnectionsOverviewDocument,
    "\n  query ConnectionById($id: ID!) {\n    connection(id: $id) {\n      __typename\n      ... on Connection {\n        id\n        provider\n        metadata\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n    }\n  }\n": types.ConnectionByIdDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListKeys {\n    apiKeys {\n      prefix\n      label\n      current\n      revokedAt\n      lastUsedAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query ListKeys {\n    apiKeys {\n      prefix\n      label\n      current\n      revokedAt\n      lastUsedAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKey($label: String) {\n    createApiKey(label: $label) {\n      __typename\n      ... on CreateApiKeyPayload {\n        key\n        apiKey {\n          prefix\n          label\n          current\n          revokedAt\n        }\n      }\n      ... on ValidationError {\n        argument\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateKey($label: String) {\n    createApiKey(label: $label) {\n      __typename\n      ... on CreateApiKeyPayload {\n        key\n        apiKey {\n          prefix\n          label\n          current\n          revokedAt\n        }\n      }\n      ... on ValidationError {\n        argument\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeKeyByPrefix($prefix: String!) {\n    revokeApiKey(prefix: $prefix) {\n      __typename\n      ... on RevokeApiKeyPayload {\n        apiKey {\n          prefix\n          current\n          revokedAt\n        }\n      }\n      ... on ApiKeyNotFoundError {\n        prefix\n        message\n        code\n        httpStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeKeyByPrefix($prefix: String!) {\n    revokeApiKey(prefix: $prefix) {\n      __typename\n      ... on RevokeApiKeyPayload {\n        apiKey {\n          prefix\n          current\n          revokedAt\n        }\n      }\n      ... on ApiKeyNotFoundError {\n        prefix\n        message\n        code\n        httpStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountConnections {\n    connections {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CountConnections {\n    connections {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliKeyCheck {\n    connections {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CliKeyCheck {\n    connections {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigureRepositories($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      __typename\n      ... on ConfigureConnectionPayload {\n        success\n        message\n        webhooksRegistered\n        connection {\n          id\n          latestSync {\n            status\n            trigger\n          }\n        }\n        configuredResources {\n          id\n          resourceId\n          name\n          defaultBranch\n          webhookActive\n          createdAt\n        }\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n      ... on ValidationError {\n        argument\n      }\n      ... on UpstreamError {\n        resource\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfigureRepositories($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      __typename\n      ... on ConfigureConnectionPayload {\n        success\n        message\n        webhooksRegistered\n        connection {\n          id\n          latestSync {\n            status\n            trigger\n          }\n        }\n        configuredResources {\n          id\n          resourceId\n          name\n          defaultBranch\n          webhookActive\n          createdAt\n        }\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n      ... on ValidationError {\n        argument\n      }\n      ... on UpstreamError {\n        resource\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfiguredState($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        configuredResources {\n          resourceId\n          name\n          webhookActive\n        }\n        latestSync {\n          status\n          trigger\n        }\n        resources(perPage: 100) {\n          ... on ResourcePage {\n            nodes {\n              id\n              configured\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConfiguredState($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        configuredResources {\n          resourceId\n          name\n          webhookActive\n        }\n        latestSync {\n          status\n          trigger\n        }\n        resources(perPage: 100) {\n          ... on ResourcePage {\n            nodes {\n              id\n              configured\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfiguredResourcesOfThree($c0: ID!, $c1: ID!, $c2: ID!) {\n    c0: connection(id: $c0) {\n      ...ConfiguredNames\n    }\n    c1: connection(id: $c1) {\n      ...ConfiguredNames\n    }\n    c2: connection(id: $c2) {\n      ...ConfiguredNames\n    }\n  }\n\n  fragment ConfiguredNames on ConnectionResult {\n    ... on Connection {\n      configuredResources {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConfiguredResourcesOfThree($c0: ID!, $c1: ID!, $c2: ID!) {\n    c0: connection(id: $c0) {\n      ...ConfiguredNames\n    }\n    c1: connection(id: $c1) {\n      ...ConfiguredNames\n    }\n    c2: connection(id: $c2) {\n      ...ConfiguredNames\n    }\n  }\n\n  fragment ConfiguredNames on ConnectionResult {\n    ... on Connection {\n      configuredResources {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderCapabilities {\n    providers {\n      id\n      name\n      capabilities {\n        listResources\n        configureResources\n        webhooks\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProviderCapabilities {\n    providers {\n      id\n      name\n      capabilities {\n        listResources\n        configureResources\n        webhooks\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionFields($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        id\n        provider\n        status\n        accountLogin\n        metadata\n        createdAt\n        updatedAt\n        capabilities {\n          listResources\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionFields($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        id\n        provider\n        status\n        accountLogin\n        metadata\n        createdAt\n        updatedAt\n        capabilities {\n          listResources\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsPage($after: String) {\n    connections(first: 3, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionsPage($after: String) {\n    connections(first: 3, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GitHubConnections {\n    connections(provider: GITHUB) {\n      totalCount\n      edges {\n        node {\n          id\n          provider\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GitHubConnections {\n    connections(provider: GITHUB) {\n      totalCount\n      edges {\n        node {\n          id\n          provider\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstConnections($first: Int) {\n    connections(first: $first) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FirstConnections($first: Int) {\n    connections(first: $first) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SevenConnectionsById($c0: ID!, $c1: ID!, $c2: ID!, $c3: ID!, $c4: ID!, $c5: ID!, $c6: ID!) {\n    c0: connection(id: $c0) {\n      ...IdAndProvider\n    }\n    c1: connection(id: $c1) {\n      ...IdAndProvider\n    }\n    c2: connection(id: $c2) {\n      ...IdAndProvider\n    }\n    c3: connection(id: $c3) {\n      ...IdAndProvider\n    }\n    c4: connection(id: $c4) {\n      ...IdAndProvider\n    }\n    c5: connection(id: $c5) {\n      ...IdAndProvider\n    }\n    c6: connection(id: $c6) {\n      ...IdAndProvider\n    }\n    absent: connection(id: \"01a21200-0000-7000-8000-000000000000\") {\n      __typename\n    }\n  }\n\n  fragment IdAndProvider on ConnectionResult {\n    ... on Connection {\n      id\n      provider\n    }\n  }\n"): (typeof documents)["\n  query SevenConnectionsById($c0: ID!, $c1: ID!, $c2: ID!, $c3: ID!, $c4: ID!, $c5: ID!, $c6: ID!) {\n    c0: connection(id: $c0) {\n      ...IdAndProvider\n    }\n    c1: connection(id: $c1) {\n      ...IdAndProvider\n    }\n    c2: connection(id: $c2) {\n      ...IdAndProvider\n    }\n    c3: connection(id: $c3) {\n      ...IdAndProvider\n    }\n    c4: connection(id: $c4) {\n      ...IdAndProvider\n    }\n    c5: connection(id: $c5) {\n      ...IdAndProvider\n    }\n    c6: connection(id: $c6) {\n      ...IdAndProvider\n    }\n    absent: connection(id: \"01a21200-0000-7000-8000-000000000000\") {\n      __typename\n    }\n  }\n\n  fragment IdAndProvider on ConnectionResult {\n    ... on Connection {\n      id\n      provider\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountConnectionsOrFail {\n    connections {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CountConnectionsOrFail {\n    connections {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissingConnection {\n    connection(id: \"x\") {\n      ... on Error {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query MissingConnection {\n    connection(id: \"x\") {\n      ... on Error {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderIds {\n    providers {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ProviderIds {\n    providers {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzConfigureAll($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      __typename\n      ... on ConfigureConnectionPayload {\n        webhooksRegistered\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzConfigureAll($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      __typename\n      ... on ConfigureConnectionPayload {\n        webhooksRegistered\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzCreatePending {\n    createConnection(input: { provider: GITHUB, redirectUrl: \"https://app.example.com/back\" }) {\n      ... on CreateConnectionPayload {\n        authLink\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzCreatePending {\n    createConnection(input: { provider: GITHUB, redirectUrl: \"https://app.example.com/back\" }) {\n      ... on CreateConnectionPayload {\n        authLink\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelectionNames($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        configuredResources {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SelectionNames($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        configuredResources {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDoomedKey($label: String) {\n    createApiKey(label: $label) {\n      ... on CreateApiKeyPayload {\n        key\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDoomedKey($label: String) {\n    createApiKey(label: $label) {\n      ... on CreateApiKeyPayload {\n        key\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeKey($prefix: String!) {\n    revokeApiKey(prefix: $prefix) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeKey($prefix: String!) {\n    revokeApiKey(prefix: $prefix) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyPrefixes {\n    apiKeys {\n      prefix\n    }\n  }\n"): (typeof documents)["\n  query KeyPrefixes {\n    apiKeys {\n      prefix\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestSyncOfConnection($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestSyncOfConnection($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncConnectionNow($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation SyncConnectionNow($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProgressAcrossProcesses($id: ID!) {\n    syncProgress(connectionId: $id) {\n      type\n      runId\n      resource\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription ProgressAcrossProcesses($id: ID!) {\n    syncProgress(connectionId: $id) {\n      type\n      runId\n      resource\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOAuthConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on CreateConnectionPayload {\n        authLink\n        expiresIn\n        connection {\n          id\n          provider\n          status\n          accountLogin\n          metadata\n        }\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n      ... on ValidationError {\n        argument\n      }\n      ... on ProviderNotConfiguredError {\n        variables\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOAuthConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on CreateConnectionPayload {\n        authLink\n        expiresIn\n        connection {\n          id\n          provider\n          status\n          accountLogin\n          metadata\n        }\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n      ... on ValidationError {\n        argument\n      }\n      ... on ProviderNotConfiguredError {\n        variables\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OAuthConnectionStatus($id: ID!) {\n    connection(id: $id) {\n      __typename\n      ... on Connection {\n        status\n        accountLogin\n      }\n    }\n  }\n"): (typeof documents)["\n  query OAuthConnectionStatus($id: ID!) {\n    connection(id: $id) {\n      __typename\n      ... on Connection {\n        status\n        accountLogin\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OAuthConnectionResources($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        resources(perPage: 5) {\n          __typename\n          ... on ResourcePage {\n            totalCount\n          }\n          ... on Error {\n            code\n            httpStatus\n            message\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OAuthConnectionResources($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        resources(perPage: 5) {\n          __typename\n          ... on ResourcePage {\n            totalCount\n          }\n          ... on Error {\n            code\n            httpStatus\n            message\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigureWebhooks($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      ... on ConfigureConnectionPayload {\n        webhooksRegistered\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfigureWebhooks($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      ... on ConfigureConnectionPayload {\n        webhooksRegistered\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOAuthConnection($id: ID!) {\n    deleteConnection(id: $id) {\n      __typename\n      ... on DeleteConnectionPayload {\n        id\n        provider\n        webhooksRemoved\n        unremovedWebhooks\n        grantRevoked\n        grantError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteOAuthConnection($id: ID!) {\n    deleteConnection(id: $id) {\n      __typename\n      ... on DeleteConnectionPayload {\n        id\n        provider\n        webhooksRemoved\n        unremovedWebhooks\n        grantRevoked\n        grantError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderManifests {\n    providers {\n      id\n      name\n      capabilities {\n        connect\n        listResources\n        configureResources\n        sync\n        webhooks\n        resourceKinds {\n          kind\n          label\n          pluralLabel\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProviderManifests {\n    providers {\n      id\n      name\n      capabilities {\n        connect\n        listResources\n        configureResources\n        sync\n        webhooks\n        resourceKinds {\n          kind\n          label\n          pluralLabel\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceTotal($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        resources {\n          ... on ResourcePage {\n            totalCount\n          }\n          ... on Error {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceTotal($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        resources {\n          ... on ResourcePage {\n            totalCount\n          }\n          ... on Error {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionResources($id: ID!, $page: Int, $perPage: Int, $search: String) {\n    connection(id: $id) {\n      ... on Connection {\n        resources(page: $page, perPage: $perPage, search: $search) {\n          __typename\n          ... on ResourcePage {\n            totalCount\n            page\n            perPage\n            hasNextPage\n            nodes {\n              id\n              name\n              fullName\n              description\n              private\n              defaultBranch\n              updatedAt\n              configured\n            }\n          }\n          ... on Error {\n            message\n            code\n            httpStatus\n          }\n          ... on ValidationError {\n            argument\n          }\n          ... on ProviderNotSupportedError {\n            provider\n            operation\n          }\n          ... on RateLimitedError {\n            retryAfterSeconds\n          }\n          ... on UpstreamError {\n            provider\n            resource\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionResources($id: ID!, $page: Int, $perPage: Int, $search: String) {\n    connection(id: $id) {\n      ... on Connection {\n        resources(page: $page, perPage: $perPage, search: $search) {\n          __typename\n          ... on ResourcePage {\n            totalCount\n            page\n            perPage\n            hasNextPage\n            nodes {\n              id\n              name\n              fullName\n              description\n              private\n              defaultBranch\n              updatedAt\n              configured\n            }\n          }\n          ... on Error {\n            message\n            code\n            httpStatus\n          }\n          ... on ValidationError {\n            argument\n          }\n          ... on ProviderNotSupportedError {\n            provider\n            operation\n          }\n          ... on RateLimitedError {\n            retryAfterSeconds\n          }\n          ... on UpstreamError {\n            provider\n            resource\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionStatusOnly($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionStatusOnly($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerCountConnections {\n    connections {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ServerCountConnections {\n    connections {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigureForSync($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      ... on ConfigureConnectionPayload {\n        connection {\n          latestSync {\n            id\n            status\n            trigger\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfigureForSync($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      ... on ConfigureConnectionPayload {\n        connection {\n          latestSync {\n            id\n            status\n            trigger\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DurableSyncNow($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation DurableSyncNow($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DurableSyncState($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          id\n          status\n          documentsAdded\n        }\n        documents(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DurableSyncState($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          id\n          status\n          documentsAdded\n        }\n        documents(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestSync($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          id\n          status\n          trigger\n          documentsAdded\n          documentsUpdated\n          documentsDeleted\n          failures {\n            resource\n            reason\n          }\n        }\n        syncRuns(first: 10) {\n          totalCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestSync($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          id\n          status\n          trigger\n          documentsAdded\n          documentsUpdated\n          documentsDeleted\n          failures {\n            resource\n            reason\n          }\n        }\n        syncRuns(first: 10) {\n          totalCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigureAndSync($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ConfigureAndSync($input: ConfigureConnectionInput!) {\n    configureConnection(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyncedDocuments($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        documents(first: 10) {\n          totalCount\n          edges {\n            node {\n              path\n              resourceName\n              size\n              sha\n              content\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SyncedDocuments($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        documents(first: 10) {\n          totalCount\n          edges {\n            node {\n              path\n              resourceName\n              size\n              sha\n              content\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncNow($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n      ... on SyncConnectionPayload {\n        run {\n          id\n          status\n          trigger\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SyncNow($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n      ... on SyncConnectionPayload {\n        run {\n          id\n          status\n          trigger\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncUnsupported($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n      ... on Error {\n        code\n        httpStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SyncUnsupported($id: ID!) {\n    syncConnection(id: $id) {\n      __typename\n      ... on Error {\n        code\n        httpStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SyncProgressStream($id: ID!) {\n    syncProgress(connectionId: $id) {\n      type\n      runId\n      resource\n      resources\n      filesDone\n      filesTotal\n      status\n      added\n      updated\n      deleted\n    }\n  }\n"): (typeof documents)["\n  subscription SyncProgressStream($id: ID!) {\n    syncProgress(connectionId: $id) {\n      type\n      runId\n      resource\n      resources\n      filesDone\n      filesTotal\n      status\n      added\n      updated\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestSyncFailures($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          status\n          failures {\n            resource\n            reason\n            paths\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestSyncFailures($id: ID!) {\n    connection(id: $id) {\n      ... on Connection {\n        latestSync {\n          status\n          failures {\n            resource\n            reason\n            paths\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantConnection($id: ID!) {\n    connection(id: $id) {\n      __typename\n      ... on Connection {\n        id\n        provider\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n      ... on ConnectionNotFoundError {\n        connectionId\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantConnection($id: ID!) {\n    connection(id: $id) {\n      __typename\n      ... on Connection {\n        id\n        provider\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n      ... on ConnectionNotFoundError {\n        connectionId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantConnections {\n    connections {\n      totalCount\n      edges {\n        node {\n          id\n          provider\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantConnections {\n    connections {\n      totalCount\n      edges {\n        node {\n          id\n          provider\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsOverview($first: Int, $provider: Provider) {\n    connections(first: $first, provider: $provider) {\n      totalCount\n      edges {\n        node {\n          id\n          provider\n          status\n          accountLogin\n          capabilities {\n            listResources\n            configureResources\n            webhooks\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionsOverview($first: Int, $provider: Provider) {\n    connections(first: $first, provider: $provider) {\n      totalCount\n      edges {\n        node {\n          id\n          provider\n          status\n          accountLogin\n          capabilities {\n            listResources\n            configureResources\n            webhooks\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionById($id: ID!) {\n    connection(id: $id) {\n      __typename\n      ... on Connection {\n        id\n        provider\n        metadata\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionById($id: ID!) {\n    connection(id: $id) {\n      __typename\n      ... on Connection {\n        id\n        provider\n        metadata\n      }\n      ... on Error {\n        message\n        code\n        httpStatus\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;