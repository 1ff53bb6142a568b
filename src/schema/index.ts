// Assembles the schema: importing a module registers its types on the builder.
import { builder } from './builder.js';
import './scalars.js';
import './relay.js';
import './error.js';
import './provider.js';
import './connection.js';
import './resource.js';
import './configuredResource.js';
import './syncRun.js';
import './document.js';
import './syncConnection.js';
import './syncProgress.js';
import './configureConnection.js';
import './createConnection.js';
import './deleteConnection.js';

export const schema = builder.toSchema({ sortSchema: true });
