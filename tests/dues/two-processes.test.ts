/**
 * The app and the CLI are two cores on one vault. The register's dues data cached by one (data.ts) must not outlive a
 * change the other commits: its change feed never hears it, the sources' mark does. Closing a month from the cached
 * register must freeze what the vault holds, not what this core saw last.
 */
import { expect, it } from 'vitest';
import { newCore, PASS } from '../helpers/core';
import { call, duesCore } from './helpers';

it("a core's cached ledger and the month it closes follow what another core committed", async () => {
  const { core: app, ids } = await duesCore([{ fullName: 'Nguyễn Thị Lan', joinedOn: '2024-01-10', duesSalary: 8e6 }]);
  const due = async () =>
    (await call(app, 'dues.ledger', { month: '2026-09' })).rows.find((l: any) => l.memberId === ids[0]).due;
  expect(await due()).toBe(40_000); // 0.5% of 8,000,000: now cached in the app's core
  const cli = await newCore({ dataDir: app.dataDir });
  try {
    await call(cli, 'vault.unlock', { passphrase: PASS });
    await call(cli, 'dues.setSalary', { memberId: ids[0], fromMonth: '2026-09', amount: 10_000_000 });
  } finally {
    await cli.close();
  }
  expect(await due()).toBe(50_000);
  await call(app, 'dues.close', { month: '2026-09' });
  expect(await due()).toBe(50_000); // frozen from the vault's data, read back from the month's stored lines
  await app.close();
});
