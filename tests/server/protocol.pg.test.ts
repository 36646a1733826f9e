import { afterAll } from 'vitest';
import { startTestPg, type TestPg } from '../helpers/pg';
import { defineProtocolSuite } from './protocol-suite';

let pg: TestPg | undefined;
afterAll(async () => {
  await pg?.stop();
});

defineProtocolSuite('PostgreSQL', async () => {
  pg = await startTestPg();
  return pg.url;
});
