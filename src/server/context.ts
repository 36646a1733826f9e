/** What every part of the server gets: the database (PostgreSQL or the embedded SQLite file) and a clock. */
import type { Knex } from 'knex';

export interface ServerContext {
  readonly knex: Knex;
  readonly dialect: 'pg' | 'sqlite';
  /** The server's clock (tests move it to check code expiry and clock skew). */
  now(): Date;
  /** One line per event, never a token, a code or a password. */
  log(message: string, fields?: Record<string, unknown>): void;
}
