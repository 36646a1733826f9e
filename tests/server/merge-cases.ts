/** The push's merge rules (design decision 1), over HTTP against the real server: part of the protocol suite. */
import { expect, it } from 'vitest';
import { addOrg, runServerCli, serverJson } from '../helpers/server-process';
import type { SuiteEnv } from './protocol-suite';
import { api, hlc, hlcFromNow, pull, pullAll, push, snapshotAll } from './wire';

async function row(dev: Parameters<typeof snapshotAll>[0], entity: string, id: string) {
  return (await snapshotAll(dev)).rows.find((r) => r.entity === entity && r.id === id);
}

export function mergeCases(env: () => SuiteEnv) {
  it('per-column last writer wins: different columns both kept, the later HLC wins a column, deletes are tombstones', async () => {
    const a = await env().newDevice();
    const b = await env().newDevice(a.orgId);
    await push(a, [
      { entity: 'members', id: 'lww-1', fields: { full_name: 'Phạm Thị Dung', phone: '0901' }, hlc: hlc(1000, 'a') },
    ]);
    // Offline on both PCs: A edits the email, B the phone.
    await push(b, [{ entity: 'members', id: 'lww-1', fields: { phone: '0902' }, hlc: hlc(3000, 'b') }]);
    await push(a, [{ entity: 'members', id: 'lww-1', fields: { email: 'dung@example.vn' }, hlc: hlc(2000, 'a') }]);
    expect((await row(a, 'members', 'lww-1'))!.fields).toEqual({
      full_name: 'Phạm Thị Dung',
      phone: '0902',
      email: 'dung@example.vn',
    });
    // An older write of the phone loses: accepted (seen), nothing in the log.
    const older = await push(a, [{ entity: 'members', id: 'lww-1', fields: { phone: '0903' }, hlc: hlc(2500, 'a') }]);
    expect(older.body).toMatchObject({ accepted: 1, rejected: [], cursor: 3 });
    // The same write again (equal HLC) is a no-op too.
    const same = await push(b, [{ entity: 'members', id: 'lww-1', fields: { phone: '0902' }, hlc: hlc(3000, 'b') }]);
    expect(same.body.cursor).toBe(3);
    const newer = await push(a, [
      { entity: 'members', id: 'lww-1', fields: { phone: '0904', email: 'x@y.vn' }, hlc: hlc(4000, 'a') },
    ]);
    expect(newer.body.cursor).toBe(4);
    expect((await row(a, 'members', 'lww-1'))!.fields.phone).toBe('0904');
    // B deletes; a later-arriving but older edit from A keeps its column, the tombstone stays.
    await push(b, [
      { entity: 'members', id: 'lww-1', fields: { deleted_at: '2026-01-01T00:00:06.000Z' }, hlc: hlc(6000, 'b') },
    ]);
    await push(a, [
      { entity: 'members', id: 'lww-1', fields: { full_name: 'Phạm Thị Dung (sửa)' }, hlc: hlc(5000, 'a') },
    ]);
    const final = await row(a, 'members', 'lww-1');
    expect(final!.fields).toMatchObject({ deleted_at: '2026-01-01T00:00:06.000Z', full_name: 'Phạm Thị Dung (sửa)' });
    expect(final!.hlcs).toMatchObject({ deleted_at: hlc(6000, 'b'), phone: hlc(4000, 'a'), email: hlc(4000, 'a') });
    // The log: only what won, each with its writer.
    const log = (await pullAll(b)).changes;
    expect(log.map((c) => [c.deviceId === a.deviceId ? 'a' : 'b', Object.keys(c.fields).sort().join(',')])).toEqual([
      ['a', 'full_name,phone'],
      ['b', 'phone'],
      ['a', 'email'],
      ['a', 'email,phone'],
      ['b', 'deleted_at'],
      ['a', 'full_name'],
    ]);
  });

  it('refuses a mutation stamped more than 10 minutes ahead of the server (CLOCK_AHEAD) and keeps going', async () => {
    const dev = await env().newDevice();
    const r = await push(dev, [
      { entity: 'members', id: 'clk-1', fields: { full_name: 'Giờ nhanh' }, hlc: hlcFromNow(20 * 60_000, 'fast') },
      { entity: 'members', id: 'clk-2', fields: { full_name: 'Giờ hơi nhanh' }, hlc: hlcFromNow(5 * 60_000, 'fast') },
    ]);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ lastMutationId: 2, accepted: 1, cursor: 1 });
    expect(r.body.rejected).toEqual([
      {
        mutationId: 1,
        entity: 'members',
        id: 'clk-1',
        code: 'CLOCK_AHEAD',
        message: expect.stringMatching(/(19|20) phút/),
      },
    ]);
    expect((await pullAll(dev)).changes.map((c) => c.id)).toEqual(['clk-2']);
  });

  it('refuses entities that do not sync (FORBIDDEN_ENTITY) and invalid mutations (INVALID)', async () => {
    const dev = await env().newDevice();
    const r = await push(dev, [
      { entity: 'audit_log', id: 'f-1', fields: { action: 'x' }, hlc: hlc(1) },
      { entity: 'members', id: 'f-2', fields: { id: 'another-id' }, hlc: hlc(2) },
      { entity: 'members', id: 'f-3', fields: { deleted_at: 5 }, hlc: hlc(3) },
    ]);
    expect(r.body.rejected.map((x: any) => x.code)).toEqual(['FORBIDDEN_ENTITY', 'INVALID', 'INVALID']);
    expect(r.body).toMatchObject({ accepted: 0, lastMutationId: 3, cursor: 0 });
  });

  it("refuses another CĐCS's row ids (FOREIGN_ROW), never dropping them silently", async () => {
    const a = await env().newDevice();
    const b = await env().newDevice();
    const ownedByA = '019af3c2-5d1e-7a42-9b1c-3e5f7a9b1c2d';
    await push(a, [{ entity: 'members', id: ownedByA, fields: { full_name: 'Đoàn viên của A' }, hlc: hlc(1) }]);
    const r = await push(b, [
      { entity: 'members', id: ownedByA, fields: { full_name: 'Ghi đè từ B' }, hlc: hlc(9000) },
      { entity: 'units', id: ownedByA, fields: { name: 'Tổ khác bảng' }, hlc: hlc(9001) },
      { entity: 'org_profile', id: a.orgId, fields: { name: 'Mạo danh' }, hlc: hlc(9002) },
      { entity: 'members', id: 'b-own', fields: { full_name: 'Đoàn viên của B' }, hlc: hlc(9003) },
    ]);
    expect(r.status).toBe(200);
    expect(r.body.rejected.map((x: any) => [x.id, x.code])).toEqual([
      [ownedByA, 'FOREIGN_ROW'],
      [ownedByA, 'FOREIGN_ROW'],
      [a.orgId, 'FOREIGN_ROW'],
    ]);
    expect(r.body.rejected[0].message).toMatch(/công đoàn cơ sở khác/);
    expect(r.body.accepted).toBe(1);
    expect((await row(a, 'members', ownedByA))!.fields.full_name).toBe('Đoàn viên của A');
    expect((await pullAll(a)).changes).toHaveLength(1);
    expect((await snapshotAll(b)).rows.map((x) => x.id)).toEqual(['b-own']);
  });

  it('lets each CĐCS edit its own copy of a row every vault seeds with one fixed id', async () => {
    const a = await env().newDevice();
    const b = await env().newDevice();
    const kpcd = (name: string, ms: number) => ({
      entity: 'fund_categories',
      id: 'fund-category-kpcd',
      fields: { code: 'kpcd', name },
      hlc: hlc(ms),
    });
    expect((await push(a, [kpcd('Kinh phí công đoàn (A)', 1)])).body).toMatchObject({ accepted: 1, rejected: [] });
    expect((await push(b, [kpcd('Kinh phí công đoàn (B)', 2)])).body).toMatchObject({ accepted: 1, rejected: [] });
    expect((await push(a, [kpcd('Kinh phí công đoàn (A sửa)', 3)])).body).toMatchObject({ accepted: 1, rejected: [] });
    expect((await row(a, 'fund_categories', 'fund-category-kpcd'))!.fields.name).toBe('Kinh phí công đoàn (A sửa)');
    expect((await row(b, 'fund_categories', 'fund-category-kpcd'))!.fields.name).toBe('Kinh phí công đoàn (B)');
    expect((await pullAll(b)).changes).toHaveLength(1);
  });

  it('checks unique numbers across the CĐCS (NUMBER_CLASH), among live rows only', async () => {
    const a = await env().newDevice();
    const b = await env().newDevice(a.orgId);
    const doc = (number: number | null) => ({ type: 'QĐ', year: 2026, number, title: 'Quyết định' });
    await push(a, [{ entity: 'documents', id: 'doc-1', fields: doc(5), hlc: hlc(1) }]);
    const clash = await push(b, [{ entity: 'documents', id: 'doc-2', fields: doc(5), hlc: hlc(2) }]);
    expect(clash.body.rejected).toEqual([
      expect.objectContaining({
        id: 'doc-2',
        code: 'NUMBER_CLASH',
        clashWith: 'doc-1',
        message: expect.stringMatching(/Số này/),
      }),
    ]);
    expect(clash.body.accepted).toBe(0);
    expect(await row(a, 'documents', 'doc-2')).toBeUndefined();
    // Another number is fine; so is no number yet; then moving onto a taken number clashes.
    const ok = await push(b, [
      { entity: 'documents', id: 'doc-2', fields: doc(6), hlc: hlc(3) },
      { entity: 'documents', id: 'doc-3', fields: doc(null), hlc: hlc(4) },
      { entity: 'documents', id: 'doc-2', fields: { number: 5 }, hlc: hlc(5) },
    ]);
    expect(ok.body.accepted).toBe(2);
    expect(ok.body.rejected.map((x: any) => [x.mutationId, x.code])).toEqual([[b.next - 1, 'NUMBER_CLASH']]);
    // Within one batch: a number freed by one row can be taken by another; a deleted row frees its number.
    const moves = await push(a, [
      { entity: 'documents', id: 'doc-1', fields: { number: 7 }, hlc: hlc(6) },
      { entity: 'documents', id: 'doc-3', fields: { number: 5 }, hlc: hlc(7) },
      { entity: 'documents', id: 'doc-1', fields: { deleted_at: '2026-01-01T00:00:00.008Z' }, hlc: hlc(8) },
      { entity: 'documents', id: 'doc-4', fields: doc(7), hlc: hlc(9) },
    ]);
    expect(moves.body).toMatchObject({ accepted: 4, rejected: [] });
    // A receipt number and a different year do not clash with documents.
    const other = await push(a, [
      { entity: 'documents', id: 'doc-5', fields: { ...doc(5), year: 2025 }, hlc: hlc(10) },
      { entity: 'dues_payments', id: 'pay-1', fields: { receipt_number: 'PT-0005' }, hlc: hlc(11) },
      { entity: 'dues_payments', id: 'pay-2', fields: { receipt_number: 'PT-0005' }, hlc: hlc(12) },
    ]);
    expect(other.body.rejected.map((x: any) => [x.id, x.code, x.clashWith])).toEqual([
      ['pay-2', 'NUMBER_CLASH', 'pay-1'],
    ]);
  });

  it('a receipt number belongs to one payment batch: its months share it, another batch (or none) clashes', async () => {
    const a = await env().newDevice();
    const b = await env().newDevice(a.orgId);
    const month = (m: string, batch: string | null, receipt = 'DP-2026-00001') => ({
      month: m,
      amount: 35_000,
      batch_id: batch,
      receipt_number: receipt,
    });
    // One pay action of three months: one receipt, a row each, in one push and in a later one (another PC's too).
    const first = await push(a, [
      { entity: 'dues_payments', id: 'rc-1', fields: month('2026-01', 'batch-x'), hlc: hlc(1) },
      { entity: 'dues_payments', id: 'rc-2', fields: month('2026-02', 'batch-x'), hlc: hlc(2) },
    ]);
    expect(first.body).toMatchObject({ accepted: 2, rejected: [] });
    const later = await push(b, [
      { entity: 'dues_payments', id: 'rc-3', fields: month('2026-03', 'batch-x'), hlc: hlc(3) },
    ]);
    expect(later.body).toMatchObject({ accepted: 1, rejected: [] });
    // Another payment with that number: another batch, or none, is a clash.
    const clash = await push(b, [
      { entity: 'dues_payments', id: 'rc-4', fields: month('2026-01', 'batch-y'), hlc: hlc(4) },
      { entity: 'dues_payments', id: 'rc-5', fields: month('2026-01', null), hlc: hlc(5) },
    ]);
    expect(clash.body.rejected.map((x: any) => [x.id, x.code])).toEqual([
      ['rc-4', 'NUMBER_CLASH'],
      ['rc-5', 'NUMBER_CLASH'],
    ]);
    // Within one batch: a month moved to another pay action while keeping the number clashes with its old months;
    // once the old receipt's rows are gone, the new batch has the number to itself.
    const moved = await push(a, [
      { entity: 'dues_payments', id: 'rc-3', fields: { batch_id: 'batch-z' }, hlc: hlc(6) },
    ]);
    expect(moved.body.rejected.map((x: any) => [x.id, x.code])).toEqual([['rc-3', 'NUMBER_CLASH']]);
    const gone = { deleted_at: '2026-01-01T00:00:00.010Z' };
    const retaken = await push(a, [
      { entity: 'dues_payments', id: 'rc-1', fields: gone, hlc: hlc(7) },
      { entity: 'dues_payments', id: 'rc-2', fields: { receipt_number: 'DP-2026-00002' }, hlc: hlc(8) },
      { entity: 'dues_payments', id: 'rc-3', fields: gone, hlc: hlc(9) },
      { entity: 'dues_payments', id: 'rc-6', fields: month('2026-04', 'batch-z'), hlc: hlc(10) },
      { entity: 'dues_payments', id: 'rc-7', fields: month('2026-05', 'batch-z'), hlc: hlc(11) },
      { entity: 'dues_payments', id: 'rc-8', fields: month('2026-04', 'batch-w', 'DP-2026-00002'), hlc: hlc(12) },
    ]);
    expect(retaken.body.rejected.map((x: any) => [x.id, x.code, x.clashWith])).toEqual([
      ['rc-8', 'NUMBER_CLASH', 'rc-2'],
    ]);
    expect(retaken.body.accepted).toBe(5);
    // And as stored: the new batch's third month is accepted, the old batch's number is not taken back.
    const after = await push(b, [
      { entity: 'dues_payments', id: 'rc-9', fields: month('2026-06', 'batch-z'), hlc: hlc(13) },
      { entity: 'dues_payments', id: 'rc-10', fields: month('2026-06', 'batch-x'), hlc: hlc(14) },
    ]);
    expect(after.body.rejected.map((x: any) => [x.id, x.code])).toEqual([['rc-10', 'NUMBER_CLASH']]);
  });

  it('keeps the losing version of a long text written concurrently as a conflict copy', async () => {
    const a = await env().newDevice();
    const b = await env().newDevice(a.orgId);
    await push(a, [
      { entity: 'document_versions', id: 'ver-1', fields: { body: 'Bản của máy A', version: 1 }, hlc: hlc(1000, 'a') },
    ]);
    // B had not pulled A's text (baseCursor 0) and writes later: B wins, A's text is kept as a copy.
    const bWins = await push(
      b,
      [{ entity: 'document_versions', id: 'ver-1', fields: { body: 'Bản của máy B' }, hlc: hlc(2000, 'b') }],
      0,
    );
    expect(bWins.body).toMatchObject({ accepted: 1, cursor: 2 });
    // A, still not having pulled, writes with an older clock: A loses, its text becomes a copy.
    const aLoses = await push(
      a,
      [{ entity: 'document_versions', id: 'ver-1', fields: { body: 'Bản A sửa lại' }, hlc: hlc(1500, 'a') }],
      1,
    );
    expect(aLoses.body).toMatchObject({ accepted: 1, cursor: 3 });
    const pulled = await pullAll(a);
    expect(pulled.conflicts).toEqual([
      {
        seq: 2,
        entity: 'document_versions',
        id: 'ver-1',
        column: 'body',
        value: 'Bản của máy A',
        hlc: hlc(1000, 'a'),
        deviceId: a.deviceId,
        at: expect.any(String),
      },
      {
        seq: 3,
        entity: 'document_versions',
        id: 'ver-1',
        column: 'body',
        value: 'Bản A sửa lại',
        hlc: hlc(1500, 'a'),
        deviceId: a.deviceId,
        at: expect.any(String),
      },
    ]);
    expect(pulled.changes[2]).toMatchObject({ seq: 3, fields: {}, hlc: hlc(1500, 'a') });
    // A page holds the copies of its own sequence range only.
    expect((await pull(a, 2, 1)).body.conflicts.map((c: any) => c.seq)).toEqual([3]);
    // Having pulled (baseCursor 3), A's next edit simply wins: no copy.
    const informed = await push(
      a,
      [{ entity: 'document_versions', id: 'ver-1', fields: { body: 'Bản thống nhất' }, hlc: hlc(3000, 'a') }],
      3,
    );
    expect(informed.body.cursor).toBe(4);
    expect((await pull(a, 3)).body.conflicts).toEqual([]);
    expect((await row(a, 'document_versions', 'ver-1'))!.fields).toEqual({ body: 'Bản thống nhất', version: 1 });
  });

  it('answers 410 below the compaction horizon; the snapshot pages every row with one cursor', async () => {
    const dev = await env().newDevice();
    const rows = Array.from({ length: 30 }, (_, i) => ({
      entity: i % 2 ? 'members' : 'units',
      id: `cmp-${String(i).padStart(2, '0')}`,
      fields: { name: `Dòng ${i}` },
      hlc: hlc(i + 1),
    }));
    await push(dev, rows);
    await push(dev, [
      { entity: 'units', id: 'cmp-00', fields: { deleted_at: '2026-01-01T00:01:00.000Z' }, hlc: hlc(60_000) },
    ]);
    const done = await serverJson(['compact', '--data-dir', env().srv.dataDir, '--org', dev.orgId, '--before', '20']);
    expect(done).toEqual({ deleted: 20, horizon: 20 });
    const gone = await pull(dev, 10);
    expect(gone.status).toBe(410);
    expect(gone.body).toMatchObject({ error: 'CURSOR_COMPACTED', horizon: 20 });
    expect(gone.body.message).toMatch(/tải lại/);
    const fromHorizon = await pullAll(dev, 20);
    expect(fromHorizon.changes.map((c) => c.seq)).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);
    const snap = await snapshotAll(dev, 7);
    expect(snap).toMatchObject({ cursor: 31, pages: 5 });
    expect(snap.rows).toHaveLength(30);
    expect(snap.rows.map((r) => `${r.entity}/${r.id}`)).toEqual(snap.rows.map((r) => `${r.entity}/${r.id}`).sort());
    expect(snap.rows.find((r) => r.id === 'cmp-00')!.fields.deleted_at).toBe('2026-01-01T00:01:00.000Z');
    const state = await api(dev.url, 'GET', '/v1/sync/state', undefined, dev.token);
    expect(state.body).toMatchObject({ cursor: 31, horizon: 20 });
    const unknown = await runServerCli(['compact', '--data-dir', env().srv.dataDir, '--org', 'nope', '--before', '1']);
    expect(unknown.code).toBe(4);
    const bad = await api(dev.url, 'GET', '/v1/sync/snapshot?after=not-a-token', undefined, dev.token);
    expect(bad.status).toBe(400);
  });

  it('serialises concurrent pushes of one CĐCS: one gapless sequence, a batch sent twice at once applied once', async () => {
    const a = await env().newDevice();
    const others = await Promise.all([env().newDevice(a.orgId), env().newDevice(a.orgId)]);
    const batch = (tag: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        mutationId: i + 1,
        entity: 'members',
        id: `con-${tag}-${i}`,
        fields: { full_name: `${tag} ${i}` },
        hlc: hlc(i, tag),
      }));
    const results = await Promise.all([
      push(a, batch('a', 200)),
      push(a, batch('a', 200)),
      push(others[0], batch('b', 150)),
      push(others[1], batch('c', 100)),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(results[0].body.accepted + results[1].body.accepted).toBe(200);
    const log = await pullAll(a, 0, 97);
    expect(log.changes.map((c) => c.seq)).toEqual(Array.from({ length: 450 }, (_, i) => i + 1));
    expect(new Set(log.changes.map((c) => c.id)).size).toBe(450);
  });

  it('report counts the active members each push projected, and the last sync', async () => {
    const dev = await env().newDevice();
    await push(dev, [
      { entity: 'members', id: 'rep-1', fields: { full_name: 'A', status: 'active', gender: 'nu' }, hlc: hlc(1) },
      { entity: 'members', id: 'rep-2', fields: { full_name: 'B', status: 'active', gender: 'nam' }, hlc: hlc(2) },
      { entity: 'members', id: 'rep-3', fields: { full_name: 'C', status: 'left' }, hlc: hlc(3) },
      { entity: 'members', id: 'rep-2', fields: { deleted_at: '2026-01-01T00:00:00.004Z' }, hlc: hlc(4) },
    ]);
    const report = await serverJson(['report', '--data-dir', env().srv.dataDir]);
    const entry = report.orgs.find((o: any) => o.id === dev.orgId);
    expect(entry).toEqual({ id: dev.orgId, name: expect.any(String), members: 1, lastSyncAt: expect.any(String) });
    expect(Math.abs(Date.parse(entry.lastSyncAt) - Date.now())).toBeLessThan(10 * 60_000);
    const { upperOrgId } = await serverJson(['init', '--data-dir', env().srv.dataDir]);
    expect(report.orgs.map((o: any) => o.id)).not.toContain(upperOrgId);
  });

  it('reports serverHasData once the CĐCS has members or documents on the server', async () => {
    const org = await addOrg(env().srv.dataDir, 'CĐCS có dữ liệu');
    const first = await env().newDevice(org);
    expect((await api(first.url, 'GET', '/v1/sync/state', undefined, first.token)).body.serverHasData).toBe(false);
    await push(first, [{ entity: 'members', id: 'has-1', fields: { full_name: 'A' }, hlc: hlc(1) }]);
    expect((await api(first.url, 'GET', '/v1/sync/state', undefined, first.token)).body.serverHasData).toBe(true);
  });
}
