/**
 * Dues figures on 50,000 members: closing a month (load the register, derive every member's due, store the frozen
 * month) beside a bare knex insert of the same lines as rows; the arrears run as of a month over 24 months of
 * payments beside a bare SQL scan of those payments; the ledger of an open month (derived on read).
 */
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { ChangeFeed } from '../../src/core/db/changes';
import { openDatabase } from '../../src/core/db/connection';
import { HybridClock } from '../../src/core/db/hlc';
import { migrate } from '../../src/core/db/migrate';
import { BatchInserter, type RecordContext } from '../../src/core/db/records';
import { makeIsLocal } from '../../src/core/db/sync-tables';
import { arrearsAsOf } from '../../src/core/dues/arrears';
import { closeMonth } from '../../src/core/dues/close';
import { cachedDuesData, loadDuesData } from '../../src/core/dues/data';
import { monthLedger } from '../../src/core/dues/ledger';
import { deriveLines, frozenLines } from '../../src/core/dues/lines';
import { ensureDefaults } from '../../src/core/dues/rules';
import { LOCAL_TABLES } from '../../src/core/modules';
import type { Session } from '../../src/core/session';
import { nameSortKey, splitName } from '../../src/shared/text/names';
import { makeMembers } from './members-data';
import { median, round, timeIt, tmp, type Suite } from './util';

const MEMBERS = 50_000;
const KEY = Buffer.alloc(32, 7);

export async function register(): Promise<{ db: Knex; s: Session }> {
  const db = await openDatabase({ file: path.join(tmp(), 'dues.db'), key: KEY });
  await migrate(db);
  const record: RecordContext = {
    clock: new HybridClock('bench'),
    deviceId: 'bench-device',
    changes: new ChangeFeed(),
    isLocal: makeIsLocal(LOCAL_TABLES),
  };
  const s = { db, record } as unknown as Session;
  await ensureDefaults(s);
  await db.transaction(async (trx) => {
    const batch = new BatchInserter(record);
    const units = Array.from({ length: 40 }, (_, i) => {
      return batch.add('units', { name: `Tổ ${i + 1}`, parent_id: null, sort_order: i }).id as string;
    });
    makeMembers(MEMBERS, 11).forEach((m, i) => {
      const id = batch.add('members', {
        full_name: m.fullName,
        sort_key: nameSortKey(splitName(m.fullName)),
        id_number: m.idNumber,
        unit_id: units[i % units.length],
        // 5% without a determinable salary (the fixed amount), the rest 5–45 million, some above the cap.
        dues_salary: i % 20 === 0 ? null : 5_000_000 + ((i * 7919) % 40_000_000),
        joined_on: i % 50 === 0 ? '2025-09-15' : m.joinedOn,
        status: 'active',
      }).id as string;
      batch.add('member_status_events', {
        member_id: id,
        event: 'admitted',
        from_status: null,
        to_status: 'active',
        date: i % 50 === 0 ? '2025-09-15' : m.joinedOn,
      });
      if (i % 40 === 0)
        batch.add('dues_exemptions', {
          member_id: id,
          from_month: '2026-03',
          to_month: '2026-06',
          reason: 'maternity',
        });
    });
    await batch.finish(trx);
  });
  // 24 months of payments (bulk SQL: set-up only): 90% pay every month; every tenth member stops at some month.
  await db.raw(`
    WITH RECURSIVE mo(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM mo WHERE n < 23)
    INSERT INTO dues_payments (id, created_at, updated_at, member_id, month, amount, paid_on, method, unit_id,
      adjustment)
    SELECT lower(hex(randomblob(16))), '2026-12-01', '2026-12-01', m.id,
      printf('%04d-%02d', 2025 + n / 12, n % 12 + 1), 260000,
      printf('%04d-%02d-25', 2025 + n / 12, n % 12 + 1), 'payroll', m.unit_id, 0
    FROM members m CROSS JOIN mo
    WHERE NOT (m.rowid % 10 = 0 AND n >= m.rowid % 24)`);
  return { db, s };
}

/**
 * The raw work the close replaces: the month's lines (as the close derived them) written as one row per member by a
 * bare knex batchInsert into a plain table, no sync outbox (what a row-per-member store costs at the least).
 */
async function bareInsert(db: Knex, month: string): Promise<number> {
  const rows = deriveLines(await loadDuesData(db), month).map((l) => ({
    month,
    member_id: l.memberId,
    unit_id: l.unitId,
    basis: l.basis,
    due: l.due,
    extra: l.extra,
    exempt: l.exempt,
    capped: l.capped,
  }));
  await db.raw(
    'CREATE TABLE IF NOT EXISTS bench_lines (month TEXT, member_id TEXT, unit_id TEXT, basis INTEGER, due INTEGER, ' +
      'extra INTEGER, exempt INTEGER, capped INTEGER, UNIQUE (month, member_id))',
  );
  await db('bench_lines').delete();
  return timeIt(() => db.transaction((trx) => trx.batchInsert('bench_lines', rows, 400)));
}

/** This process's CPU time (its own and the driver's threads): steadier than wall time on a shared machine. */
async function cpuMs(fn: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export const duesBench: Suite = async () => {
  const { db, s } = await register();
  const payments = Number(((await db('dues_payments').count({ n: '*' }).first()) as { n: number }).n);
  // Cold: a session that has not read the register yet (loads 100,000 rows). Warm: as in the app, where the month's
  // ledger was on screen before closing it (the cached register, checked against the vault's sources).
  const close: number[] = [];
  const closeCpu: number[] = [];
  const cold: number[] = [];
  const bare: number[] = [];
  let lines = 0;
  for (const month of ['2026-07', '2026-08', '2026-09']) {
    const fresh = { ...s } as Session;
    cold.push(await timeIt(() => closeMonth(fresh, month)));
  }
  await cachedDuesData(s);
  for (const month of ['2026-10', '2026-11', '2026-12']) {
    let cpu = 0;
    close.push(await timeIt(async () => void (cpu = await cpuMs(() => closeMonth(s, month)))));
    closeCpu.push(cpu);
    lines = (await frozenLines(db, month)).length;
    bare.push(await bareInsert(db, month));
  }
  const arrears: number[] = [];
  const arrearsCpu: number[] = [];
  const scan: number[] = [];
  let listed = 0;
  for (let i = 0; i < 3; i++) {
    let cpu = 0;
    const run = async () => void (listed = (await arrearsAsOf(db, '2026-12')).length);
    arrears.push(await timeIt(async () => void (cpu = await cpuMs(run))));
    arrearsCpu.push(cpu);
    scan.push(
      await timeIt(() =>
        db('dues_payments')
          .whereNull('deleted_at')
          .whereNull('cancelled_at')
          .whereBetween('month', ['2025-01', '2026-12'])
          .groupBy('member_id', 'month')
          .select('member_id', 'month')
          .sum({ s: 'amount' }),
      ),
    );
  }
  const ledger: number[] = [];
  for (let i = 0; i < 3; i++) ledger.push(await timeIt(() => monthLedger(db, '2026-09')));
  // What the commands do once the register is cached (data.ts: kept until a source table changes).
  const cached = await loadDuesData(db);
  const warmArrears: number[] = [];
  const warmLedger: number[] = [];
  for (let i = 0; i < 3; i++) {
    warmArrears.push(await timeIt(() => arrearsAsOf(db, '2026-12', undefined, cached)));
    warmLedger.push(await timeIt(() => monthLedger(db, '2026-09', undefined, cached)));
  }
  await db.destroy();
  return {
    load_average: os.loadavg().map((x) => round(x)),
    close_month_50k: {
      members: MEMBERS,
      lines,
      note: 'dues.close with the register cached (the month was on screen): check the sources, derive every due, store the frozen month (one value, dues/frozen.ts); cold = a session that loads the register first; bare = knex batchInsert of the same 50,000 lines as rows into a plain table (no outbox)',
      ours_ms: round(median(close)),
      cold_ms: round(median(cold)),
      ours_cpu_ms: round(median(closeCpu)),
      bare_knex_insert_ms: round(median(bare)),
      ratio: round(median(close) / median(bare)),
      target_ms: 1000,
    },
    arrears_24_months_50k: {
      members: MEMBERS,
      payments,
      in_arrears: listed,
      note: 'dues.arrears as of 2026-12 over 2025-01..2026-12 (last 6 months closed); bare = one SQL scan summing every payment of the 24 months per member and month',
      ours_ms: round(median(arrears)),
      ours_cpu_ms: round(median(arrearsCpu)),
      bare_sql_scan_ms: round(median(scan)),
      ratio: round(median(arrears) / median(scan)),
      target_ms: 2000,
    },
    arrears_24_months_50k_register_cached_ms: round(median(warmArrears)),
    ledger_open_month_50k: {
      ours_ms: round(median(ledger)),
      register_cached_ms: round(median(warmLedger)),
      note: 'dues.ledger of an open month, derived on read (all 50,000 rows; the UI shows 5,000-member registers)',
    },
  };
};
