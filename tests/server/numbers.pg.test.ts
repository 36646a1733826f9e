import knexFactory from 'knex';
import { afterAll } from 'vitest';
import { startTestPg, type TestPg } from '../helpers/pg';
import { defineNumbersSuite } from './numbers-suite';

let pg: TestPg | undefined;
afterAll(async () => {
  await pg?.stop();
});

defineNumbersSuite('PostgreSQL', async () => {
  pg = await startTestPg();
  return { knex: knexFactory({ client: 'pg', connection: pg.url }), dialect: 'pg' };
});
