// The GraphQL schema, assembled: importing a module's graphql/ files registers its types on the builder.
import { builder } from '../schema/builder.js';
import '../schema/scalars.js';
import '../schema/relay.js';
import '../schema/error.js';
import '../schema/provider.js';
import '../modules/auth/graphql/apiKey.js';
import '../modules/events/graphql/event.js';
import '../modules/connections/graphql/connection.js';
import '../modules/connections/graphql/createConnection.js';
import '../modules/connections/graphql/deleteConnection.js';
import '../modules/connections/graphql/reauthorizeConnection.js';
import '../modules/resources/graphql/resource.js';
import '../modules/resources/graphql/configuredResource.js';
import '../modules/resources/graphql/configureConnection.js';
import '../modules/sync/graphql/syncRun.js';
import '../modules/sync/graphql/document.js';
import '../modules/sync/graphql/documentChange.js';
import '../modules/sync/graphql/syncConnection.js';
import '../modules/sync/graphql/syncProgress.js';
import '../modules/appWebhooks/graphql/webhookEndpoint.js';
import '../modules/appWebhooks/graphql/webhookDelivery.js';

export const schema = builder.toSchema({ sortSchema: true });
