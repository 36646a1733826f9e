/**
 * "Đánh số lại" for a number conflict, on a real vault without a server: the refusal is set up as push.ts's settle()
 * records it (the outbox rows rejected with NUMBER_CLASH, a 'number' conflict per refusal). Renumbering gives the
 * next number of the row's own numbering (past a number pulled from another PC), queues the whole row again as one
 * pending ["*"] write that supersedes the unnumbered ones, and closes the conflicts; other kinds refuse it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { syncContract } from '../../../src/shared/sync-contract';
import type { OfficialFields } from '../../../src/shared/document-model';
import { foldVi } from '../../../src/shared/text/fold';
import { uuidv7 } from '../../../src/core/db/ids';
import { insertRecord, updateRecord } from '../../../src/core/db/records';
import { createDraft, issueDocument, saveDocument } from '../../../src/core/documents/register';
import { buildDocument } from '../../../src/core/documents/templates/build';
import type { Session } from '../../../src/core/session';
import { Applier, nextUnsent, numberOutbox, toMutations, UNSENT } from '../../../src/core/sync';
import { addConflict, numberClashTitle, resolveConflict } from '../../../src/core/sync/conflicts';
import { change, memberFields, openVault } from './vault';

const open: Session[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

const ORG = { name: 'CĐCS', chairName: 'Nguyễn Văn Chủ', place: 'Bắc Ninh', upperLevelName: 'LĐLĐ tỉnh Bắc Ninh' };
const model = (summary: string) =>
  buildDocument(`---\ntype: QĐ\nsummary: ${summary}\n---\n**Điều 1.** ${summary}.`, {
    today: '2026-03-10',
    org: ORG as never,
  });

/**
 * What settle() does with a NUMBER_CLASH: the unsent outbox rows of these rows refused, one conflict per refusal;
 * everything else this PC wrote was accepted. Returns the conflicts' ids, oldest first.
 */
async function refuseAsClash(s: Session, rows: [entity: string, id: string][]): Promise<string[]> {
  await s.db.transaction((trx) => numberOutbox(trx, s.record));
  const ids = rows.map(([, id]) => id);
  const refused = await s.db('outbox').whereIn('entity_id', ids).whereRaw(UNSENT).orderBy('mutation_id');
  await s.db('outbox').whereRaw(UNSENT).whereNotIn('entity_id', ids).update({ sent_at: new Date().toISOString() });
  for (const o of refused) {
    const rejection = { mutationId: o.mutation_id, id: o.entity_id, code: 'NUMBER_CLASH', message: 'Số này đã dùng' };
    await s
      .db('outbox')
      .where({ id: o.id })
      .update({ rejected: JSON.stringify(rejection) });
    const row = await s.db(o.entity).where({ id: o.entity_id }).first();
    await addConflict(s.db, s.record, {
      kind: 'number',
      entity: o.entity,
      entityId: o.entity_id,
      title: numberClashTitle(o.entity, row),
      detail: rejection.message,
    });
  }
  return (await s.db('sync_conflicts').whereIn('entity_id', ids).orderBy('id')).map((c) => String(c.id));
}

const resolve = (s: Session, id: string, action: 'restore' | 'dismiss' | 'renumber') =>
  s.db.transaction((trx) => resolveConflict(trx, s.record, id, action));

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

/** A document as another PC issued it, pulled here. */
function pulledDocument(number: number, summary: string) {
  const id = uuidv7();
  const at = '2026-03-10T08:00:00.000Z';
  return change('documents', id, {
    type: 'QĐ',
    year: 2026,
    number,
    issuer_code: 'CĐCS',
    summary,
    date: '2026-03-10',
    status: 'issued',
    current_version: 1,
    template_id: null,
    signer: 'Trần Văn Khác',
    recipients: '[]',
    issued_at: at,
    search_fold: '',
    created_at: at,
    updated_at: at,
    deleted_at: null,
  });
}

describe('sync.resolve renumber', () => {
  it('the contract takes renumber and says the new number back', () => {
    const part = syncContract.commands['sync.resolve'];
    expect(part.input.parse({ id: 'c1', action: 'renumber' })).toEqual({ id: 'c1', action: 'renumber' });
    expect(part.output.parse({ ok: true, number: '06/QĐ-CĐCS' })).toEqual({ ok: true, number: '06/QĐ-CĐCS' });
  });

  it('a document takes the next free number (past one pulled from another PC) and is queued again whole', async () => {
    const s = await openVault();
    open.push(s);
    const doc = await createDraft(s, model('Khen thưởng tổ sản xuất'), null);
    expect((await issueDocument(s, doc.id, '2026-03-10')).number).toBe(1);
    // The insert and the issuing update were both refused: two conflicts for one clash.
    const conflicts = await refuseAsClash(s, [['documents', doc.id]]);
    expect(conflicts).toHaveLength(2);
    // Another PC's #1 (the one that won) and its #2 reach this PC.
    const theirs = [pulledDocument(1, 'Tặng quà tết'), pulledDocument(2, 'Cử cán bộ đi học')];
    await s.db.transaction((trx) => new Applier(trx, s.record).apply(theirs));
    // Later changes on this PC: a new version, numbered for a push that was cut off; then one not numbered yet.
    const { fields } = model('Khen thưởng tổ sản xuất năm 2025');
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Điều 1.' }] }] };
    await saveDocument(s, doc.id, fields, body as never);
    await s.db.transaction((trx) => numberOutbox(trx, s.record));
    const numbered = await s.db('outbox').where({ entity: 'documents', entity_id: doc.id }).whereRaw(UNSENT);
    expect(numbered).toHaveLength(1);
    await updateRecord(s.db, s.record, 'documents', doc.id, { signer: 'Nguyễn Văn Chủ, Lê Thị Phó' });

    expect(await resolve(s, conflicts[0], 'renumber')).toEqual({ number: '03/QĐ-CĐCS' });

    const row = await s.db('documents').where({ id: doc.id }).first();
    expect(row).toMatchObject({ number: 3, type: 'QĐ', year: 2026, signer: 'Nguyễn Văn Chủ, Lê Thị Phó' });
    expect(row.search_fold).toContain(foldVi('03/QĐ-CĐCS'));
    // Every version that carried #1 now says #3; the counter moved on.
    for (const v of await s.db('document_versions').where({ document_id: doc.id }))
      expect((JSON.parse(v.fields) as OfficialFields).number).toBe(3);
    expect((await s.db('document_counters').where({ type: 'QĐ', year: 2026 }).first()).last_number).toBe(3);
    // The numbered pending write stays (its mutation id must reach the server); the unnumbered one is superseded
    // by one whole-row write, pending, whose mutation carries every column with the new number.
    const pending = await s.db('outbox').where({ entity: 'documents', entity_id: doc.id }).whereRaw(UNSENT);
    expect(pending.map((o) => [o.op, o.fields, o.mutation_id === null])).toEqual([
      ['update', numbered[0].fields, false],
      ['upsert', '["*"]', true],
    ]);
    await s.db.transaction((trx) => numberOutbox(trx, s.record));
    const ours = (await nextUnsent(s.db, 0, 100)).filter((o) => o.entity_id === doc.id);
    const [, whole] = await toMutations(s.db, ours);
    expect(whole.id).toBe(doc.id);
    expect(whole.fields).toMatchObject({ type: 'QĐ', year: 2026, number: 3, status: 'issued', signer: row.signer });
    expect(Object.keys(whole.fields).sort()).toEqual(
      Object.keys(row)
        .filter((k) => k !== 'id')
        .sort(),
    );
    // The refusals stay recorded; both conflicts of the clash are closed; the other PC's rows are untouched.
    expect(await s.db('outbox').where({ entity_id: doc.id }).whereNotNull('rejected')).toHaveLength(2);
    expect(await s.db('sync_conflicts').whereIn('id', conflicts).whereNull('resolved_at')).toHaveLength(0);
    const others = await s
      .db('documents')
      .whereIn(
        'id',
        theirs.map((c) => c.id),
      )
      .orderBy('number');
    expect(others.map((d) => d.number)).toEqual([1, 2]);
    const audit = await s.db('audit_log').where({ action: 'sync.renumber' });
    expect(audit).toHaveLength(1);
  });

  it('a dues receipt moves with all its months; a fund voucher takes the next number of its series', async () => {
    const s = await openVault();
    open.push(s);
    const member = await insertRecord(s.db, s.record, 'members', memberFields('Đỗ Thị Hoa'));
    const batch = uuidv7();
    const payment = (month: string, receipt: string, batchId: string | null = batch) => ({
      member_id: String(member.id),
      month,
      amount: 50_000,
      paid_on: '2026-04-02',
      method: 'cash',
      batch_id: batchId,
      receipt_number: receipt,
      adjustment: 0, // as SQLite stores it and the protocol carries it
    });
    const mine = [
      await insertRecord(s.db, s.record, 'dues_payments', payment('2026-03', 'DP-2026-00001')),
      await insertRecord(s.db, s.record, 'dues_payments', payment('2026-04', 'DP-2026-00001')),
    ].map((r) => String(r.id));
    const voucher = {
      year: 2026,
      type: 'receipt',
      account: 'cash',
      series: 'PT',
      date: '2026-04-02',
      amount: 100_000,
      description: 'Thu đoàn phí',
    };
    const pt1 = String((await insertRecord(s.db, s.record, 'fund_vouchers', { ...voucher, number: 1 })).id);
    const [receiptClash, voucherClash] = await refuseAsClash(s, [
      ['dues_payments', mine[0]],
      ['fund_vouchers', pt1],
    ]);
    // Another PC's receipt 00002 and voucher PT2 are here already.
    const at = { created_at: 'x', updated_at: 'x', deleted_at: null };
    await s.db.transaction((trx) =>
      new Applier(trx, s.record).apply([
        change('dues_payments', uuidv7(), { ...payment('2026-04', 'DP-2026-00002', uuidv7()), ...at }),
        change('fund_vouchers', uuidv7(), { ...voucher, number: 2, ...at }),
      ]),
    );

    expect(await resolve(s, receiptClash, 'renumber')).toEqual({ number: 'DP-2026-00003' });
    const receipts = await s.db('dues_payments').whereIn('id', mine);
    expect(receipts.map((r) => r.receipt_number)).toEqual(['DP-2026-00003', 'DP-2026-00003']);
    const queued = await s.db('outbox').where({ entity: 'dues_payments', op: 'upsert' }).whereRaw(UNSENT);
    expect(queued.map((o) => o.entity_id).sort()).toEqual([...mine].sort());

    expect(await resolve(s, voucherClash, 'renumber')).toEqual({ number: 'PT3' });
    expect((await s.db('fund_vouchers').where({ id: pt1 }).first()).number).toBe(3);
  });

  it('other kinds refuse renumber, a row that is gone is NOT_FOUND, and a refusal changes nothing', async () => {
    const s = await openVault();
    open.push(s);
    await addConflict(s.db, s.record, {
      kind: 'copy',
      entity: 'bulletins',
      entityId: uuidv7(),
      title: 'Bản tin: nội dung bị sửa ở hai máy',
      column: 'body',
      value: '{"type":"doc"}',
    });
    await addConflict(s.db, s.record, {
      kind: 'number',
      entity: 'documents',
      entityId: uuidv7(),
      title: 'Văn bản: số này đã được máy khác dùng',
    });
    const conflictOf = async (kind: string) => String((await s.db('sync_conflicts').where({ kind }).first()).id);
    const [copy, gone] = [await conflictOf('copy'), await conflictOf('number')];
    const refused = await failure(resolve(s, copy, 'renumber'));
    expect(refused).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/Chỉ đánh số lại được/) });
    const missing = await failure(resolve(s, gone, 'renumber'));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'Văn bản này không còn trên máy.' });
    // Nothing was written by the refusals: both conflicts are still open.
    expect(await s.db('sync_conflicts').whereNull('resolved_at')).toHaveLength(2);
  });
});
