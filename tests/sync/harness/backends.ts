/**
 * The server's two databases: the embedded SQLite file (`uniondesk-server start` with no setup) and PostgreSQL
 * (production; a throwaway cluster from tests/helpers/pg.ts). Every integration proof runs on both. Each call of
 * `databaseUrl()` gives a fresh database; a file calls `afterAll(stopBackends)`.
 */
import { startTestPg, type TestPg } from '../../helpers/pg';

export interface Backend {
  name: string;
  /** The `--database-url` for `uniondesk-server init`: undefined = the embedded SQLite file. */
  databaseUrl(): Promise<string | undefined>;
}

const started: TestPg[] = [];

export const BACKENDS: Backend[] = [
  { name: 'SQLite', databaseUrl: async () => undefined },
  {
    name: 'PostgreSQL',
    async databaseUrl() {
      const pg = await startTestPg();
      started.push(pg);
      return pg.url;
    },
  },
];

export async function stopBackends(): Promise<void> {
  for (const pg of started.splice(0)) await pg.stop();
}
