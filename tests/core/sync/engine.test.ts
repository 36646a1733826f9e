/**
 * The sync engine's pieces on a real SQLCipher vault, without a server: the outbox numbering (and numbering again
 * after a restore), the mutations read from the rows, applying protocol-shaped pages (per-column rule against this
 * PC's own writes, no outbox rows, the change feed, natural-key adopt, a unique clash parked).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { insertRecord, softDeleteRecord, updateRecord } from '../../../src/core/db/records';
import type { Session } from '../../../src/core/session';
import {
  Applier,
  nextUnsent,
  numberOutbox,
  queueEverything,
  readState,
  reconcile,
  toMutations,
  writeState,
} from '../../../src/core/sync';
import { uuidv7 } from '../../../src/core/db/ids';
import { change, hlcOf, memberFields, openVault } from './vault';

const open: Session[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
async function vault() {
  const s = await openVault();
  open.push(s);
  return s;
}

async function addMembers(s: Session, names: string[]) {
  const ids: string[] = [];
  for (const n of names) ids.push(String((await insertRecord(s.db, s.record, 'members', memberFields(n))).id));
  return ids;
}

describe('outbox numbering', () => {
  it('numbers unsent rows 1, 2, 3… in write order and keeps the ids across runs', async () => {
    const s = await vault();
    const [a, b] = await addMembers(s, ['Nguyễn Văn An', 'Trần Thị Bình']);
    await updateRecord(s.db, s.record, 'members', a, { phone: '0901' });
    const last = await s.db.transaction((trx) => numberOutbox(trx, s.record));
    expect(last).toBe(3);
    const rows = await nextUnsent(s.db, 0, 100);
    expect(rows.map((r) => [r.entity_id, r.mutation_id])).toEqual([
      [a, 1],
      [b, 2],
      [a, 3],
    ]);
    // Numbering again gives nothing new (a retry resends the same ids).
    expect(await s.db.transaction((trx) => numberOutbox(trx, s.record))).toBe(3);
    await addMembers(s, ['Lê Văn Cường']);
    expect(await s.db.transaction((trx) => numberOutbox(trx, s.record))).toBe(4);
    expect((await readState(s.db)).lastMutationId).toBe(4);
  });

  it("after a restore (the server knows more ids) unsent rows are numbered again after the server's last", async () => {
    const s = await vault();
    await addMembers(s, ['A', 'B']);
    await s.db.transaction((trx) => numberOutbox(trx, s.record));
    await s.db.transaction(async (trx) => {
      await reconcile(trx, s.record, 7); // the server had 7 of this device's mutations: the backup was older
      await numberOutbox(trx, s.record);
    });
    expect((await nextUnsent(s.db, 0, 10)).map((r) => r.mutation_id)).toEqual([8, 9]);
    expect((await readState(s.db)).renumber).toBe(true);
  });

  it('rows the server already has (a lost answer) are marked sent, the rest stay pending', async () => {
    const s = await vault();
    await addMembers(s, ['A', 'B', 'C']);
    await s.db.transaction((trx) => numberOutbox(trx, s.record));
    await s.db.transaction((trx) => reconcile(trx, s.record, 2));
    expect((await nextUnsent(s.db, 0, 10)).map((r) => r.mutation_id)).toEqual([3]);
  });
});

describe('an upload queued again', () => {
  it('keeps writes already numbered (an upload cut off), so the next push has no gap; drops unnumbered ones', async () => {
    const s = await vault();
    const [a] = await addMembers(s, ['Nguyễn Văn An']);
    await s.db.transaction((trx) => numberOutbox(trx, s.record)); // the first attempt numbered a's insert: 1
    await updateRecord(s.db, s.record, 'members', a, { phone: '0912' }); // not numbered yet
    await s.db.transaction((trx) => queueEverything(trx, s.record));
    await s.db.transaction((trx) => numberOutbox(trx, s.record));
    const rows = await nextUnsent(s.db, 0, 100);
    const ours = rows.filter((o) => o.entity === 'members' && o.entity_id === a);
    expect(ours.map((o) => [o.op, o.mutation_id])).toEqual([
      ['insert', 1],
      ['upsert', expect.any(Number)],
    ]);
    // Every pending number, from 1 on, with no hole: what the server accepts.
    const ids = rows.map((o) => o.mutation_id);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
  });
});

describe('mutations read from the rows', () => {
  it('an insert sends every column but the id, an update its columns and updated_at, a delete deleted_at', async () => {
    const s = await vault();
    const [a] = await addMembers(s, ['Phạm Thị Dung']);
    await updateRecord(s.db, s.record, 'members', a, { phone: '0912', email: 'dung@example.vn' });
    await softDeleteRecord(s.db, s.record, 'members', a);
    await s.db.transaction((trx) => numberOutbox(trx, s.record));
    const [ins, upd, del] = await toMutations(s.db, await nextUnsent(s.db, 0, 10));
    expect(ins.fields.full_name).toBe('Phạm Thị Dung');
    expect(ins.fields).not.toHaveProperty('id');
    expect(ins.fields.phone).toBe('0912'); // the row's value now, under the insert's HLC
    expect(Object.keys(upd.fields).sort()).toEqual(['email', 'phone', 'updated_at']);
    expect(Object.keys(del.fields)).toEqual(['deleted_at']);
    expect(del.fields.deleted_at).toEqual(expect.any(String));
    expect(ins.hlc < upd.hlc && upd.hlc < del.hlc).toBe(true);
  });
});

describe("applying another PC's changes", () => {
  it('inserts and updates rows, writes no outbox rows, and tells the change feed', async () => {
    const s = await vault();
    const seen: string[] = [];
    s.changes.subscribe((c) => {
      const ids = c.tables.get('members');
      if (ids && ids !== 'all') seen.push(...ids);
    });
    const id = uuidv7();
    const res = await s.db.transaction((trx) =>
      new Applier(trx, s.record).apply([
        change('members', id, memberFields('Hoàng Văn Em')),
        change('members', id, { phone: '0987' }),
      ]),
    );
    expect(res).toMatchObject({ applied: 2, conflicts: 0 });
    const row = await s.db('members').where({ id }).first();
    expect(row).toMatchObject({ full_name: 'Hoàng Văn Em', phone: '0987' });
    expect(Number((await s.db('outbox').count({ n: '*' }).first())!.n)).toBe(0);
    expect(seen).toContain(id);
  });

  it('a column this PC wrote later (pending) keeps its value; a column it wrote earlier takes the incoming one', async () => {
    const s = await vault();
    const [a] = await addMembers(s, ['Vũ Thị Giang']);
    const early = hlcOf('otherpc', Date.parse('2020-01-01T00:00:00Z'));
    await updateRecord(s.db, s.record, 'members', a, { phone: 'mine' });
    const late = hlcOf('otherpc', Date.now() + 60_000);
    await s.db.transaction((trx) =>
      new Applier(trx, s.record).apply([
        {
          entity: 'members',
          id: a,
          fields: { phone: 'theirs-old', email: 'x@y.vn' },
          hlcs: { phone: early, email: early },
        },
        change('members', a, { notes: 'theirs-late' }, hlcOf('otherpc', Date.now() + 30_000)),
      ]),
    );
    let row = await s.db('members').where({ id: a }).first();
    expect(row.phone).toBe('mine'); // this PC's later write stands
    expect(row.notes).toBe('theirs-late'); // a column this PC wrote earlier takes the later value
    expect(row.email).toBeNull(); // the insert wrote every column, later than this change
    await s.db.transaction((trx) =>
      new Applier(trx, s.record).apply([change('members', a, { phone: 'theirs-new' }, late)]),
    );
    row = await s.db('members').where({ id: a }).first();
    expect(row.phone).toBe('theirs-new');
  });

  it('a row made on both PCs for one real thing (a setting by key) ends with the smaller id on both', async () => {
    const s = await vault();
    const mine = await insertRecord(s.db, s.record, 'settings', { key: 'emailOptIn', value: '"mine"' });
    const smaller = '00000000-0000-7000-8000-000000000001';
    await s.db.transaction((trx) =>
      new Applier(trx, s.record).apply([
        change(
          'settings',
          smaller,
          { key: 'emailOptIn', value: '"theirs"', created_at: 'x', updated_at: 'x', deleted_at: null },
          hlcOf('otherpc', 0),
        ),
      ]),
    );
    const rows = await s.db('settings').where({ key: 'emailOptIn' });
    expect(rows.map((r) => r.id)).toEqual([smaller]);
    expect(rows[0].value).toBe('"mine"'); // this PC's unsent write is later: it stays, and is pushed under the id
    const outbox = await s.db('outbox').where({ entity: 'settings' });
    expect(outbox.map((o) => o.entity_id)).toEqual([smaller]);
    // The larger id coming from the other PC is its copy of the same setting: not stored twice.
    const larger = 'ffffffff-ffff-7fff-bfff-ffffffffffff';
    await s.db.transaction((trx) =>
      new Applier(trx, s.record).apply([
        change('settings', larger, {
          key: 'emailOptIn',
          value: '"other"',
          created_at: 'x',
          updated_at: 'x',
          deleted_at: null,
        }),
      ]),
    );
    expect((await s.db('settings').where({ key: 'emailOptIn' })).map((r) => r.id)).toEqual([smaller]);
    void mine;
  });

  it('a row clashing with a local unique number is parked as a duplicate conflict, the rest applies', async () => {
    const s = await vault();
    const base = {
      year: 2026,
      type: 'receipt',
      account: 'cash',
      series: 'PT',
      number: 1,
      date: '2026-01-02',
      amount: 1000,
      description: 'Thu đoàn phí',
    };
    await insertRecord(s.db, s.record, 'fund_vouchers', base);
    const clash = uuidv7();
    const ok = uuidv7();
    const res = await s.db.transaction((trx) =>
      new Applier(trx, s.record).apply([
        change('fund_vouchers', clash, { ...base, created_at: 'x', updated_at: 'x', deleted_at: null }),
        change('members', ok, memberFields('Đỗ Văn Hải')),
      ]),
    );
    expect(res).toMatchObject({ applied: 1, conflicts: 1 });
    const conflicts = await s.db('sync_conflicts');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'duplicate', entity: 'fund_vouchers', entity_id: clash });
    expect(await s.db('members').where({ id: ok }).first()).toBeTruthy();
  });

  it('own writes refused by the server do not hold back the incoming value', async () => {
    const s = await vault();
    const [a] = await addMembers(s, ['Bùi Thị Kim']);
    await s.db('outbox').where({ entity_id: a }).update({ rejected: '{"code":"INVALID"}' });
    await s.db.transaction((trx) =>
      new Applier(trx, s.record).apply([change('members', a, { full_name: 'Bùi Thị Kim Anh' }, hlcOf('z', 0))]),
    );
    expect((await s.db('members').where({ id: a }).first()).full_name).toBe('Bùi Thị Kim Anh');
    await writeState(s.db, s.record, { cursor: 5 });
    expect((await readState(s.db)).cursor).toBe(5);
  });
});
