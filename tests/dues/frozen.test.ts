/**
 * A closed month's lines as one stored value (dues/frozen.ts): what goes in comes back, one member is found without
 * decoding the rest, a damaged value is refused; and migration 017 converts months closed as rows (version 16).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/connection';
import { migrate, MIGRATIONS } from '../../src/core/db/migrate';
import { encodeFrozen, FrozenMonth, type FrozenLine } from '../../src/core/dues/frozen';
import { tempDir } from '../helpers/core';

const line = (memberId: string, over: Partial<FrozenLine> = {}): FrozenLine => ({
  memberId,
  unitId: 'u-1',
  basis: 9_000_000,
  due: 45_000,
  extra: 0,
  exempt: false,
  capped: false,
  ...over,
});

describe('frozen month value', () => {
  it('round-trips every field and finds members by id', () => {
    const lines = [
      line('0199aaaa-0000-7000-8000-000000000003', { unitId: null, basis: null, due: 11_700, capped: true }),
      line('0199aaaa-0000-7000-8000-000000000001', { exempt: true, due: 0 }),
      line('0199aaaa-0000-7000-8000-000000000002', { unitId: 'u-2', extra: 9_000, due: 234_000 }),
    ];
    const frozen = new FrozenMonth(encodeFrozen(lines, 'rule-1'));
    expect(frozen.count).toBe(3);
    expect(frozen.ruleId).toBe('rule-1');
    const byId = (a: FrozenLine, b: FrozenLine) => (a.memberId < b.memberId ? -1 : 1);
    expect(frozen.all()).toEqual([...lines].sort(byId));
    for (const l of lines) expect(frozen.find(l.memberId)).toEqual(l);
    expect(frozen.find('0199aaaa-0000-7000-8000-000000000004')).toBeNull();
    expect(frozen.find('m1')).toBeNull();
  });

  it('finds each of 5,000 members and keeps short ids', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => line(`m${i}`, { due: i }));
    const frozen = new FrozenMonth(encodeFrozen(lines, null));
    for (let i = 0; i < 5000; i += 7) expect(frozen.find(`m${i}`)?.due).toBe(i);
    expect(frozen.all()).toHaveLength(5000);
  });

  it('refuses a damaged value and an id it cannot store', () => {
    const good = encodeFrozen([line('m1')], null);
    expect(() => new FrozenMonth(good.subarray(0, good.length - 1))).toThrow(/bị hỏng/);
    expect(() => new FrozenMonth(Buffer.from('not a month'))).toThrow(/bị hỏng/);
    expect(() => encodeFrozen([line('x'.repeat(37))], null)).toThrow(/không hợp lệ/);
    expect(() => encodeFrozen([line('thành-viên')], null)).toThrow(/không hợp lệ/);
  });
});

it('migration 017 moves months closed as rows into the month value and drops dues_lines', async () => {
  const db = await openDatabase({ file: path.join(tempDir(), 'm17.db'), key: Buffer.alloc(32, 3) });
  try {
    await migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < 17) });
    const now = '2026-10-31T00:00:00.000Z';
    const sync = { created_at: now, updated_at: now, deleted_at: null };
    await db('members').insert([
      { id: 'm-a', full_name: 'Nguyễn Văn A', sort_key: 'a', status: 'active', ...sync },
      { id: 'm-b', full_name: 'Trần Thị B', sort_key: 'b', status: 'active', ...sync },
    ]);
    await db('dues_months').insert({ id: 'mo', month: '2026-09', closed_at: now, total_due: 90_000, ...sync });
    await db('dues_lines').insert([
      {
        id: 'l1',
        month: '2026-09',
        member_id: 'm-a',
        unit_id: 'u',
        basis: 9e6,
        due: 45_000,
        exempt: false,
        rule_id: 'r',
        ...sync,
      },
      { id: 'l2', month: '2026-09', member_id: 'm-b', unit_id: null, basis: null, due: 45_000, exempt: true, ...sync },
    ]);
    await db('outbox').insert({
      id: 'o1',
      entity: 'dues_lines',
      entity_id: 'l1',
      op: 'insert',
      fields: '["*"]',
      hlc: '1',
      device_id: 'd',
      created_at: now,
    });
    await migrate(db);
    expect(await db.schema.hasTable('dues_lines')).toBe(false);
    expect(await db('outbox').where({ entity: 'dues_lines' })).toEqual([]);
    const { lines } = (await db('dues_months').where({ month: '2026-09' }).first('lines')) as { lines: Buffer };
    const frozen = new FrozenMonth(lines);
    expect(frozen.ruleId).toBe('r');
    expect(frozen.all()).toEqual([
      { memberId: 'm-a', unitId: 'u', basis: 9e6, due: 45_000, extra: 0, exempt: false, capped: false },
      { memberId: 'm-b', unitId: null, basis: null, due: 45_000, extra: 0, exempt: true, capped: false },
    ]);
  } finally {
    await db.destroy();
  }
});
