import { defineDashboardSuite } from './server-suite';

defineDashboardSuite('SQLite', async () => undefined);
