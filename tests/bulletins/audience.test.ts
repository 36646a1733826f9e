import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../meetings/helpers';
import { bulletinCore, call, callErr, SAMPLE_MD } from './helpers';

let reg: Register;
let bulletinId: string;
beforeAll(async () => {
  reg = await bulletinCore();
  bulletinId = (await call(reg.core, 'bulletins.create', { markdown: SAMPLE_MD })).id;
}, 60_000);
afterAll(async () => reg.core.close());

const count = (audience: unknown) => call(reg.core, 'audiences.count', { audience });
const none = { noEmail: 0, noConsent: 0, unsubscribed: 0, bounced: 0 };

describe('audiences and consent', () => {
  it('counts every skip reason: no email, no consent, unsubscribed, bounced', async () => {
    expect(await count({ all: true })).toEqual({ recipients: 4, skipped: { ...none, noEmail: 1, noConsent: 1 } });
    const un = await call(reg.core, 'audiences.unsubscribe', { email: ' EM@example.vn ', reason: 'Trả lời thư' });
    expect(un).toEqual({ email: 'em@example.vn', memberIds: [reg.ids['Hoàng Văn Em']] });
    await call(reg.core, 'probe.bounce', { email: 'giang@example.vn', reason: '550 5.1.1 User unknown' });
    expect(await count({ all: true })).toEqual({
      recipients: 2,
      skipped: { noEmail: 1, noConsent: 1, unsubscribed: 1, bounced: 1 },
    });
    const list = await call(reg.core, 'audiences.suppressed', {});
    expect(list.items.map((i: { email: string; state: string }) => [i.email, i.state]).sort()).toEqual([
      ['em@example.vn', 'unsubscribed'],
      ['giang@example.vn', 'bounced'],
    ]);
    expect(await call(reg.core, 'probe.isSuppressed', { email: 'Em@Example.vn' })).toEqual({ state: 'unsubscribed' });
    expect(await call(reg.core, 'probe.isSuppressed', { email: 'an@example.vn' })).toEqual({ state: null });
  });

  it('consent left blank counts as no consent when the union requires opt-in', async () => {
    await call(reg.core, 'settings.update', { emailOptInRequired: true });
    try {
      const c = await count({ all: true });
      expect(c.recipients).toBe(1);
      expect(c.skipped.noConsent).toBe(2);
    } finally {
      await call(reg.core, 'settings.update', { emailOptInRequired: false });
    }
  });

  it('groups include their sub-groups; BCH is today’s; positions; hand-picked; each person once', async () => {
    // Tổ may holds Tổ cắt: An, Bình (mailed), Cường (no email), Dung (refused).
    expect(await count({ unitIds: [reg.units.may] })).toEqual({
      recipients: 2,
      skipped: { ...none, noEmail: 1, noConsent: 1 },
    });
    // BCH today: An, Cường, Em (Giang's position ended in 2025).
    expect(await count({ bch: true })).toEqual({ recipients: 1, skipped: { ...none, noEmail: 1, unsubscribed: 1 } });
    expect(await count({ positions: ['ủy viên bch'] })).toEqual(await count({ bch: true }));
    // The same people through three routes, and an external address equal to a member's: counted once.
    const overlap = await count({
      unitIds: [reg.units.may, reg.units.cat],
      bch: true,
      memberIds: [reg.ids['Nguyễn Văn An']],
      external: ['an@example.vn', 'khach@example.org'],
    });
    expect(overlap).toEqual({ recipients: 3, skipped: { ...none, noEmail: 1, noConsent: 1, unsubscribed: 1 } });
  });

  it('tags: active members carrying any of them (accents folded), with the same skip reasons; campaigns use it', async () => {
    for (const name of ['Nguyễn Văn An', 'Phạm Thị Dung', 'Vũ Thị Giang'])
      await call(reg.core, 'members.update', { id: reg.ids[name], tags: ['Nữ công'] });
    await call(reg.core, 'members.update', { id: reg.ids['Trần Thị Bình'], tags: ['CLB bóng đá'] });
    expect(await count({ tags: ['nu cong'] })).toEqual({
      recipients: 1,
      skipped: { ...none, noConsent: 1, bounced: 1 },
    });
    expect((await count({ tags: ['NỮ CÔNG', 'clb bóng đá'] })).recipients).toBe(2);
    expect(await count({ tags: ['Không ai có'] })).toEqual({ recipients: 0, skipped: none });
    const snap = await call(reg.core, 'probe.snapshot', { bulletinId, audience: { tags: ['Nữ công'] } });
    expect(snap.recipients.map((r: { email: string }) => r.email)).toEqual(['an@example.vn']);
  });

  it('refuses a group or member that does not exist, in Vietnamese', async () => {
    const unit = await callErr(reg.core, 'audiences.count', { audience: { unitIds: ['khong-co'] } });
    expect(unit).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy tổ công đoàn (mã khong-co).' });
    const member = await callErr(reg.core, 'audiences.count', {
      audience: { memberIds: [reg.ids['Nguyễn Văn An'], 'x'] },
    });
    expect(member.message).toBe('Không tìm thấy đoàn viên (mã x).');
  });

  it('external addresses skip consent but not unsubscribes; resubscribe lifts it at once', async () => {
    await call(reg.core, 'audiences.unsubscribe', { email: 'khach@example.org' });
    expect(await count({ external: ['khach@example.org'] })).toEqual({
      recipients: 0,
      skipped: { ...none, unsubscribed: 1 },
    });
    expect(await call(reg.core, 'audiences.resubscribe', { email: 'khach@example.org' })).toEqual({
      email: 'khach@example.org',
    });
    expect((await count({ external: ['khach@example.org'] })).recipients).toBe(1);
    expect((await callErr(reg.core, 'audiences.resubscribe', { email: 'khach@example.org' })).code).toBe('NOT_FOUND');
  });

  it('builds the snapshot: subject, markers, PDF attached, recipients with group and a stable token', async () => {
    const snap = await call(reg.core, 'probe.snapshot', { bulletinId, audience: { all: true } });
    expect(snap.kind).toBe('bulletin');
    expect(snap.subject).toBe('Bản tin số 05: Chăm lo Tết Nguyên đán 2027 cho đoàn viên');
    for (const part of [snap.html, snap.text]) {
      expect(part).toContain('%%TEN%%');
      expect(part).toContain('%%HUY_DANG_KY%%');
    }
    expect(snap.attachments).toHaveLength(1);
    expect(snap.attachments[0]).toMatchObject({ fileName: 'Ban-tin-so-05.pdf', mime: 'application/pdf' });
    expect(Buffer.from(snap.attachments[0].base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const an = snap.recipients.find((r: { name: string }) => r.name === 'Nguyễn Văn An');
    expect(an).toMatchObject({ memberId: reg.ids['Nguyễn Văn An'], email: 'an@example.vn', unit: 'Tổ may' });
    expect(an.unsubscribeToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(snap.recipients.map((r: { email: string }) => r.email)).toEqual(['an@example.vn', 'binh@example.vn']);
    expect(snap.skipped.map((s: { name: string; reason: string }) => [s.name, s.reason])).toEqual([
      ['Lê Văn Cường', 'noEmail'],
      ['Phạm Thị Dung', 'noConsent'],
      ['Hoàng Văn Em', 'unsubscribed'],
      ['Vũ Thị Giang', 'bounced'],
    ]);
    const again = await call(reg.core, 'probe.snapshot', { bulletinId, audience: { memberIds: [an.memberId] } });
    expect(again.recipients[0].unsubscribeToken).toBe(an.unsubscribeToken);
    const other = snap.recipients[1].unsubscribeToken;
    expect(other).not.toBe(an.unsubscribeToken);
  });

  it('builds inside the caller’s write transaction too, with the same tokens', async () => {
    const audience = { memberIds: [reg.ids['Nguyễn Văn An']], external: ['moi@example.org'] };
    const inTrx = await call(reg.core, 'probe.snapshotInTrx', { bulletinId, audience });
    const plain = await call(reg.core, 'probe.snapshot', { bulletinId, audience });
    expect(inTrx.recipients).toEqual(plain.recipients);
    expect(inTrx.recipients[1]).toEqual({
      memberId: null,
      email: 'moi@example.org',
      name: 'moi@example.org',
      unit: null,
      unsubscribeToken: null,
    });
  });

  it('syncs bulletins, suppressions and tokens (outbox rows), so another computer stops the mail too', async () => {
    const outbox = await call(reg.core, 'probe.outbox', {});
    expect(outbox.bulletins).toBeGreaterThan(0);
    expect(outbox.email_suppressions).toBeGreaterThanOrEqual(3);
    expect(outbox.member_unsubscribe_tokens).toBe(2);
  });
});
