/** The server's migrations, in order: one list for PostgreSQL and SQLite (knex schema only). */
import type { Knex } from 'knex';
import { up as core } from './001-core';
import { up as dashboard } from './002-dashboard';
import { up as sharedNumbers } from './003-shared-numbers';
import { up as changeHlc } from './004-change-hlc';

export interface ServerMigration {
  version: number;
  name: string;
  up(knex: Knex): Promise<void>;
}

export const SERVER_MIGRATIONS: ServerMigration[] = [
  { version: 1, name: 'core', up: core },
  { version: 2, name: 'dashboard', up: dashboard },
  { version: 3, name: 'shared-numbers', up: sharedNumbers },
  { version: 4, name: 'change-hlc', up: changeHlc },
];
