/**
 * What the user must see after two PCs wrote the same thing (real server process): a long text written on both
 * keeps the losing version as a copy, which `sync.resolve restore` brings back (and that syncs); a document number
 * taken on both PCs is refused for the second and becomes a 'number' conflict, never two documents with one number;
 * "Đánh số lại" gives it the next free number, and after a sync every PC and the server hold both, numbered apart.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { call, serverForFile, status, syncNow, type Pc } from './pcs';

const world = serverForFile('CĐCS Xung Đột');
let a: Pc;
let b: Pc;

beforeAll(async () => {
  a = await world.pc(true);
  b = await world.pc(true);
}, 120_000);

const bodyWith = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('conflicts', () => {
  it('a bulletin body written on both PCs: the later wins, the other is a copy the user can restore', async () => {
    const { id } = await call(a.core, 'bulletins.create', { title: 'Bản tin tháng 3', body: bodyWith('Bản đầu') });
    await syncNow(a);
    await syncNow(b);
    await call(a.core, 'bulletins.update', { id, body: bodyWith('Bản của máy A') });
    await new Promise((r) => setTimeout(r, 5));
    await call(b.core, 'bulletins.update', { id, body: bodyWith('Bản của máy B') });
    await syncNow(a);
    const rb = await syncNow(b);
    expect(rb.conflicts).toBeGreaterThanOrEqual(1);
    const ra = await syncNow(a);
    expect(ra.conflicts).toBeGreaterThanOrEqual(1);
    const text = async (pc: Pc) => JSON.stringify((await call(pc.core, 'bulletins.get', { id })).body);
    expect(await text(a)).toContain('Bản của máy B');
    expect(await text(b)).toContain('Bản của máy B');

    const list = await call(a.core, 'sync.conflicts');
    const copy = list.find((c: { kind: string; entityId: string }) => c.kind === 'copy' && c.entityId === id);
    expect(copy.value).toContain('Bản của máy A');
    expect(copy.title).toMatch(/Bản tin/);
    expect((await status(a)).conflicts).toBeGreaterThanOrEqual(1);

    await call(a.core, 'sync.resolve', { id: copy.id, action: 'restore' });
    expect(await text(a)).toContain('Bản của máy A');
    expect((await call(a.core, 'sync.conflicts')).map((c: { id: string }) => c.id)).not.toContain(copy.id);
    expect((await syncNow(a)).pushed).toBe(1);
    await syncNow(b);
    expect(await text(b)).toContain('Bản của máy A');
  }, 120_000);

  it('a document number issued on both PCs is refused for the second: a number conflict, not two documents', async () => {
    // The profile a document needs, set on one PC and synced to the other.
    await call(a.core, 'org.update', {
      chairName: 'Nguyễn Văn Chủ',
      upperLevelName: 'LĐLĐ tỉnh Bắc Ninh',
      place: 'Bắc Ninh',
    });
    await syncNow(a);
    await syncNow(b);
    expect((await call(b.core, 'org.get')).profile.place).toBe('Bắc Ninh');
    const md = (s: string) => `---\ntype: QĐ\nsummary: ${s}\n---\n**Điều 1.** ${s}.`;
    const docA = (await call(a.core, 'docs.create', { markdown: md('Khen thưởng tổ sản xuất') })).doc;
    const docB = (await call(b.core, 'docs.create', { markdown: md('Tặng quà tết') })).doc;
    const na = await call(a.core, 'docs.issue', { id: docA.id, date: '2026-03-10' });
    const nb = await call(b.core, 'docs.issue', { id: docB.id, date: '2026-03-10' });
    expect(na.number).toBe(nb.number);
    await syncNow(a);
    const rb = await syncNow(b);
    expect(rb.conflicts).toBeGreaterThanOrEqual(1);
    const clash = (await call(b.core, 'sync.conflicts')).find(
      (c: { kind: string; entityId: string }) => c.kind === 'number' && c.entityId === docB.id,
    );
    // The number as the secretary reads it, not the key's columns.
    expect(clash.title).toMatch(new RegExp(`^Văn bản 0?${nb.number}/QĐ-\\S+: số này đã được máy khác dùng$`));
    // The refused row is not pending any more (it waits for the user), and the other PC never gets a second #1.
    expect((await status(b)).pending).toBe(0);
    await syncNow(a);
    const numbered = ((await call(a.core, 'docs.list', {})) as { number: number | null; type: string }[]).filter(
      (d) => d.type === 'QĐ' && d.number === na.number,
    );
    expect(numbered).toHaveLength(1);

    // "Đánh số lại" on B: the next number of its type and year past A's (pulled here), sent whole at the next sync.
    const next = na.number + 1;
    const renumbered = await call(b.core, 'sync.resolve', { id: clash.id, action: 'renumber' });
    expect(renumbered).toEqual({ ok: true, number: expect.stringMatching(new RegExp(`^0?${next}/QĐ-`)) });
    const openNumberConflicts = async (pc: Pc) =>
      (await call(pc.core, 'sync.conflicts')).filter((c: { kind: string }) => c.kind === 'number');
    expect(await openNumberConflicts(b)).toEqual([]);
    expect((await status(b)).pending).toBeGreaterThanOrEqual(1);
    const again = await syncNow(b);
    expect(again).toMatchObject({ conflicts: 0 });
    expect(again.pushed).toBeGreaterThanOrEqual(1);
    expect((await status(b)).pending).toBe(0);
    await syncNow(a);
    // A third PC that downloads the CĐCS shows what the server holds.
    const c = await world.pc(true);
    const qd = async (pc: Pc) =>
      Object.fromEntries(
        ((await call(pc.core, 'docs.list', { type: 'QĐ' })) as { id: string; number: number }[]).map((d) => [
          d.id,
          d.number,
        ]),
      );
    for (const pc of [a, b, c]) {
      expect(await qd(pc)).toEqual({ [docA.id]: na.number, [docB.id]: next });
      // The whole row reached the server: the text of the document says the new number too.
      expect((await call(pc.core, 'docs.get', { id: docB.id })).model.fields.number).toBe(next);
    }
    expect(await openNumberConflicts(a)).toEqual([]);
    expect(await openNumberConflicts(b)).toEqual([]);
  }, 120_000);
});
