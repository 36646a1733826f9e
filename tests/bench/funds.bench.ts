/**
 * Funds figures on two years of 25,000 vouchers each, 20,000 of them in the cash book (2025 still open, so 2026
 * opens with its running closing): the cash book of 2026 (opening, every voucher with its running balance, month
 * totals) beside the bare SQL reading the same rows and columns in the same order with the same opening sum; B07 of
 * 2026 beside one bare GROUP BY of the year's vouchers.
 */
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { ChangeFeed } from '../../src/core/db/changes';
import { openDatabase } from '../../src/core/db/connection';
import { HybridClock } from '../../src/core/db/hlc';
import { migrate } from '../../src/core/db/migrate';
import type { RecordContext } from '../../src/core/db/records';
import { makeIsLocal } from '../../src/core/db/sync-tables';
import { accountBook } from '../../src/core/funds/book';
import { ensureCategories, SHIPPED_CATEGORIES } from '../../src/core/funds/categories';
import { b07 } from '../../src/core/funds/reports';
import { LOCAL_TABLES } from '../../src/core/modules';
import type { Session } from '../../src/core/session';
import { median, round, timeIt, tmp, type Suite } from './util';

/** Vouchers in the cash book per year; the bank book has a quarter as many more. */
const CASH_BOOK = 20_000;
const PER_YEAR = CASH_BOOK + CASH_BOOK / 4;
const KEY = Buffer.alloc(32, 9);

/** 25,000 vouchers a year: 20,000 in the cash book (1 in 50 a transfer to the bank), 5,000 in the bank book. */
async function books(): Promise<Knex> {
  const db = await openDatabase({ file: path.join(tmp(), 'funds.db'), key: KEY });
  await migrate(db);
  const record: RecordContext = {
    clock: new HybridClock('bench'),
    deviceId: 'bench-device',
    changes: new ChangeFeed(),
    isLocal: makeIsLocal(LOCAL_TABLES),
  };
  await ensureCategories({ db, record } as unknown as Session);
  await db('fund_years').insert({
    id: 'bench-year-2025',
    created_at: '2025-01-01',
    updated_at: '2025-01-01',
    year: 2025,
    cash_opening: 50_000_000,
    bank_opening: 200_000_000,
  });
  const revenue = SHIPPED_CATEGORIES.filter((c) => c.kind === 'revenue' && !c.reserved).map((c) => `'${c.code}'`);
  const spending = SHIPPED_CATEGORIES.filter((c) => c.kind === 'spending').map((c) => `'${c.code}'`);
  for (const year of [2025, 2026])
    // Set-up only (bulk SQL): numbers per series follow entry order; receipts outweigh payments so cash stays > 0.
    await db.raw(`
      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${PER_YEAR - 1}),
      v AS (SELECT i,
        CASE WHEN i % 50 = 0 THEN 'transfer' WHEN i % 3 = 0 THEN 'receipt' ELSE 'payment' END AS type,
        CASE WHEN i % 5 = 4 THEN 'bank' ELSE 'cash' END AS account FROM n)
      INSERT INTO fund_vouchers (id, created_at, updated_at, year, type, account, series, number, pair_series,
        pair_number, date, amount, category, description, source, cancelled_at)
      SELECT printf('${year}-%012d', i), '${year}-12-31', '${year}-12-31', ${year}, type, account,
        CASE WHEN type = 'receipt' THEN (CASE WHEN account = 'cash' THEN 'PT' ELSE 'BC' END)
             ELSE (CASE WHEN account = 'cash' THEN 'PC' ELSE 'BN' END) END,
        i + 1, CASE WHEN type = 'transfer' THEN (CASE WHEN account = 'cash' THEN 'BC' ELSE 'PT' END) END,
        CASE WHEN type = 'transfer' THEN 100000 + i END,
        printf('${year}-%02d-%02d', 1 + (i * 12) / ${PER_YEAR}, 1 + i % 28),
        CASE WHEN type = 'receipt' THEN 3000000 ELSE 500000 + (i % 7) * 1000 END,
        CASE WHEN type = 'transfer' THEN NULL WHEN type = 'receipt'
          THEN (CASE i % ${revenue.length} ${revenue.map((c, k) => `WHEN ${k} THEN ${c}`).join(' ')} END)
          ELSE (CASE i % ${spending.length} ${spending.map((c, k) => `WHEN ${k} THEN ${c}`).join(' ')} END) END,
        'Chứng từ số ' || i, 'manual', CASE WHEN i % 97 = 0 THEN '${year}-12-31T00:00:00Z' END
      FROM v`);
  return db;
}

/** The same rows the book reads, in its order, and the same opening sums (anchor → 1 January), by bare SQL. */
async function bareBook(db: Knex): Promise<number> {
  const signed =
    "CASE WHEN cancelled_at IS NOT NULL THEN 0 WHEN account = 'cash' THEN (CASE WHEN type = 'receipt' " +
    'THEN amount ELSE -amount END) ELSE amount END';
  const where = "deleted_at IS NULL AND (account = 'cash' OR type = 'transfer')";
  await db.raw(
    `SELECT SUM(${signed}) FROM fund_vouchers WHERE ${where} AND date >= '2025-01-01' AND date < '2026-01-01'`,
  );
  const rows = (await db.raw(
    `SELECT id, date, category, description, cancelled_at IS NOT NULL, series || number, ${signed}
      FROM fund_vouchers WHERE ${where} AND date BETWEEN '2026-01-01' AND '2026-12-31' ORDER BY date, id`,
  )) as unknown[];
  return rows.length;
}

export const fundsBench: Suite = async () => {
  const db = await books();
  const book: number[] = [];
  const bare: number[] = [];
  let entries = 0;
  let bareRows = 0;
  for (let i = 0; i < 5; i++) {
    book.push(
      await timeIt(
        async () => void (entries = (await accountBook(db, 'cash', '2026-01-01', '2026-12-31')).entries.length),
      ),
    );
    bare.push(await timeIt(async () => void (bareRows = await bareBook(db))));
  }
  const report: number[] = [];
  const group: number[] = [];
  for (let i = 0; i < 5; i++) {
    report.push(await timeIt(() => b07(db, 2026)));
    group.push(
      await timeIt(() =>
        db.raw(
          'SELECT category, SUM(amount) FROM fund_vouchers WHERE deleted_at IS NULL AND cancelled_at IS NULL ' +
            'AND year = 2026 AND category IS NOT NULL GROUP BY category',
        ),
      ),
    );
  }
  await db.destroy();
  if (entries !== bareRows) throw new Error(`book ${entries} rows, bare ${bareRows}`);
  return {
    load_average: os.loadavg().map((x) => round(x)),
    cash_book_year_20k: {
      vouchers_per_year: PER_YEAR,
      cash_book_vouchers: CASH_BOOK,
      entries,
      note: 'funds.book cash for 2026 (2025 open: its running closing opens 2026): opening, running balances, month totals; bare = the same opening sum and row read in SQL',
      ours_ms: round(median(book)),
      bare_sql_ms: round(median(bare)),
      ratio: round(median(book) / median(bare)),
      target_ms: 300,
    },
    b07_year_20k: {
      note: 'funds.b07 for 2026: line totals, opening and closing of cash and bank; bare = one GROUP BY category of the year',
      ours_ms: round(median(report)),
      bare_sql_ms: round(median(group)),
      ratio: round(median(report) / median(group)),
      target_ms: 500,
    },
  };
};
