// Assembles the schema: importing a module registers its types on the builder.
import { builder } from './builder';
import './scalars';
import './relay';
import './error';
import './provider';
import './connection';
import './resource';
import './configuredResource';
import './syncRun';
import './document';
import './syncConnection';
import './syncProgress';
import './configureConnection';
import './createConnection';
import './deleteConnection';

export const schema = builder.toSchema({ sortSchema: true });
