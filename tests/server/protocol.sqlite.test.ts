import { defineProtocolSuite } from './protocol-suite';

defineProtocolSuite('SQLite', async () => undefined);
