/**
 * "Biên bản đã ký": a meeting reads as minutesSigned exactly when its Biên bản is issued in the register (get, list
 * and the list's filter), and a later change to the issued minutes is a new version that leaves the signed one intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cccd, registerCore, type Register } from './helpers';

let r: Register;
beforeAll(async () => {
  r = await registerCore();
  await call(r.core, 'org.update', { place: 'Hà Nội', upperLevelName: 'Công đoàn KCN Thăng Long' });
});
afterAll(async () => {
  await r.core.close();
});

const meeting = (title: string, startsAt: string, status?: string) => ({
  kind: 'bch',
  title,
  startsAt,
  chair: { idNumber: cccd(1) },
  secretary: { idNumber: cccd(3) },
  invitees: [{ bch: true }],
  attendance: [{ member: { idNumber: cccd(1) }, state: 'present' }],
  ...(status ? { status } : {}),
});

const listed = async (status?: string) =>
  (await call(r.core, 'meetings.list', status ? { status } : {})).items.map((i: { title: string }) => i.title);

describe('status minutesSigned from the register', () => {
  it('reads minutesSigned once the minutes are issued, in get, list and the list filter', async () => {
    const { id } = await call(r.core, 'meetings.create', meeting('Họp có biên bản', '2026-02-05T14:00', 'held'));
    const { documentId } = await call(r.core, 'meetings.minutes', { id });
    expect((await call(r.core, 'meetings.get', { id })).meeting.status).toBe('held'); // a draft is not signed
    expect(await listed('minutesSigned')).not.toContain('Họp có biên bản');

    await call(r.core, 'docs.issue', { id: documentId, date: '2026-02-05' });
    expect((await call(r.core, 'meetings.get', { id })).meeting.status).toBe('minutesSigned');
    expect(await listed('minutesSigned')).toContain('Họp có biên bản');
    expect(await listed('held')).not.toContain('Họp có biên bản');
    const line = (await call(r.core, 'meetings.list', {})).items.find((i: { id: string }) => i.id === id);
    expect(line.status).toBe('minutesSigned');
  });

  it('keeps the signed version intact when the issued minutes are changed (a new version)', async () => {
    const { id } = await call(r.core, 'meetings.create', meeting('Họp sửa biên bản', '2026-02-06T14:00', 'held'));
    const { documentId } = await call(r.core, 'meetings.minutes', { id });
    await call(r.core, 'docs.issue', { id: documentId, date: '2026-02-06' });
    const signed = await call(r.core, 'docs.get', { id: documentId });
    const amended = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bổ sung: sửa tên người phát biểu.' }] }],
    };
    await call(r.core, 'docs.save', { id: documentId, fields: signed.model.fields, body: amended });

    const now = await call(r.core, 'docs.get', { id: documentId });
    expect(now.doc.number).toBe(signed.doc.number);
    expect(now.versions.map((v: { version: number; issued: boolean }) => [v.version, v.issued])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(JSON.stringify(now.model.body)).toContain('Bổ sung: sửa tên người phát biểu.');
    const first = await call(r.core, 'docs.get', { id: documentId, version: 1 });
    expect(first.model).toEqual(signed.model);
    expect((await call(r.core, 'meetings.get', { id })).meeting.status).toBe('minutesSigned');
  });

  it('never guesses: a planned meeting in the past stays planned; "signed" without issued minutes reads held', async () => {
    const { id: past } = await call(r.core, 'meetings.create', meeting('Họp đã qua', '2020-01-02T08:00'));
    expect((await call(r.core, 'meetings.get', { id: past })).meeting.status).toBe('planned');
    expect(await listed('planned')).toContain('Họp đã qua');

    const { id } = await call(r.core, 'meetings.create', meeting('Họp ghi nhầm', '2026-02-07T08:00', 'minutesSigned'));
    expect((await call(r.core, 'meetings.get', { id })).meeting.status).toBe('held');
    expect(await listed('minutesSigned')).not.toContain('Họp ghi nhầm');
    expect(await listed('held')).toContain('Họp ghi nhầm');
  });

  it('reads held when its draft minutes were deleted from the register', async () => {
    const { id } = await call(r.core, 'meetings.create', meeting('Họp xoá nháp', '2026-02-08T08:00', 'held'));
    const { documentId } = await call(r.core, 'meetings.minutes', { id });
    await call(r.core, 'docs.delete', { id: documentId });
    expect((await call(r.core, 'meetings.get', { id })).meeting.status).toBe('held');
    expect(await listed('held')).toContain('Họp xoá nháp');
  });
});
