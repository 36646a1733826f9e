import { afterAll } from 'vitest';
import { startTestPg, type TestPg } from '../../helpers/pg';
import { defineDashboardSuite } from './server-suite';

let pg: TestPg | undefined;
afterAll(async () => {
  await pg?.stop();
});

defineDashboardSuite('PostgreSQL', async () => {
  pg = await startTestPg();
  return pg.url;
});
