// Assembles the schema: importing a module registers its types on the builder.
import { builder } from './builder';
import './scalars';
import './relay';
import './error';
import './provider';
import './connection';

export const schema = builder.toSchema({ sortSchema: true });
