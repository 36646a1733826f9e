/** Meeting files and agenda attachments through the real encrypted core: stored, attached, read back, refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETING_FILE_MAX_BYTES } from '../../src/shared/meetings-contract';
import { call, callErr, registerCore, type Register } from './helpers';
import { b64, packOrg } from './pack-helpers';

let r: Register;
let id: string;
let other: string;
const meeting = (title: string) => ({ kind: 'bch', title, startsAt: '2026-04-02T14:00' });
const get = async (mid = id) => (await call(r.core, 'meetings.get', { id: mid })).meeting;

beforeAll(async () => {
  r = await registerCore();
  await packOrg(r.core);
  ({ id } = await call(r.core, 'meetings.create', meeting('Họp tháng 4')));
  ({ id: other } = await call(r.core, 'meetings.create', meeting('Họp tổ may')));
});
afterAll(async () => {
  await r.core.close();
});

describe('meeting files and attachments', () => {
  it('stores a file, attaches it with a register document, and reads both back by name', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255, 10, 13]);
    // Decomposed (NFD) and with a folder part, as a Mac or a drag-and-drop may give it.
    const { fileId } = await call(r.core, 'meetings.addFile', {
      id,
      fileName: 'C:\\Tài liệu\\Dự  toán   quý II.xlsx'.normalize('NFD'),
      mime: 'application/vnd.ms-excel',
      base64: b64(bytes),
    });
    const file = await call(r.core, 'meetings.getFile', { id, fileId });
    expect(file.fileName).toBe('Dự toán quý II.xlsx');
    expect(file.fileName).toBe(file.fileName.normalize('NFC'));
    expect(file.mime).toBe('application/vnd.ms-excel');
    expect(Buffer.from(file.base64, 'base64').equals(bytes)).toBe(true);

    const { doc } = await call(r.core, 'docs.create', {
      markdown: ['---', 'type: BC', 'summary: Tình hình quý I', '---', 'Nội dung.'].join('\n'),
    });
    await call(r.core, 'meetings.update', {
      id,
      agenda: [{ title: 'Dự toán', attachments: [{ fileId }, { documentId: doc.id }] }],
    });
    expect((await get()).agenda[0].attachments).toEqual([
      { type: 'file', id: fileId, name: 'Dự toán quý II.xlsx' },
      { type: 'document', id: doc.id, name: 'Bản nháp – Tình hình quý I' },
    ]);
    // Issued, the document is named by its number.
    await call(r.core, 'docs.issue', { id: doc.id, date: '2026-03-30' });
    expect((await get()).agenda[0].attachments[1].name).toBe('01/BC-CĐCS – Tình hình quý I');
    // A new agenda replaces the attachments with it.
    await call(r.core, 'meetings.update', { id, agenda: [{ title: 'Dự toán', attachments: [{ fileId }] }] });
    expect((await get()).agenda[0].attachments.map((a: { id: string }) => a.id)).toEqual([fileId]);
  });

  it('refuses unknown documents and files by name, and a file of another meeting', async () => {
    const unknownDoc = await callErr(r.core, 'meetings.update', {
      id,
      agenda: [{ title: 'X', attachments: [{ documentId: 'khong-co' }] }],
    });
    expect(unknownDoc).toMatchObject({ code: 'VALIDATION', details: { documentId: 'khong-co' } });
    expect(unknownDoc.message).toContain('khong-co');
    const unknownFile = await callErr(r.core, 'meetings.create', {
      ...meeting('Họp có tệp lạ'),
      agenda: [{ title: 'X', attachments: [{ fileId: 'tep-la' }] }],
    });
    expect(unknownFile).toMatchObject({ code: 'VALIDATION', details: { fileId: 'tep-la' } });
    expect(unknownFile.message).toContain('tep-la');

    const { fileId } = await call(r.core, 'meetings.addFile', {
      id: other,
      fileName: 'Tổ may.pdf',
      mime: 'application/pdf',
      base64: b64('%PDF-1.4'),
    });
    const foreign = await callErr(r.core, 'meetings.update', {
      id,
      agenda: [{ title: 'X', attachments: [{ fileId }] }],
    });
    expect(foreign).toMatchObject({ code: 'VALIDATION', details: { fileId } });
    expect(foreign.message).toContain('cuộc họp khác');
    // Nor can it be read through this meeting.
    expect((await callErr(r.core, 'meetings.getFile', { id, fileId })).code).toBe('NOT_FOUND');
    // The refused update changed nothing.
    expect((await get()).agenda[0].title).toBe('Dự toán');
  });

  it('bounds a file at MEETING_FILE_MAX_BYTES with a Vietnamese message, refuses empty files and lost meetings', async () => {
    const tooBig = await callErr(r.core, 'meetings.addFile', {
      id,
      fileName: 'lon.bin',
      mime: 'application/octet-stream',
      base64: Buffer.alloc(MEETING_FILE_MAX_BYTES + 1).toString('base64'),
    });
    expect(tooBig).toMatchObject({ code: 'VALIDATION', details: { maxBytes: MEETING_FILE_MAX_BYTES } });
    expect(tooBig.message).toContain('Tệp quá lớn: tối đa 20 MB');
    const empty = await callErr(r.core, 'meetings.addFile', { id, fileName: 'a.txt', mime: 'text/plain', base64: '' });
    expect(empty.code).toBe('VALIDATION');
    const noName = await callErr(r.core, 'meetings.addFile', { id, fileName: '...', mime: '', base64: b64('x') });
    expect(noName.code).toBe('VALIDATION');
    const lost = await callErr(r.core, 'meetings.addFile', {
      id: 'khong-co',
      fileName: 'a',
      mime: '',
      base64: b64('x'),
    });
    expect(lost.code).toBe('NOT_FOUND');
  });

  it('deletes a meeting with its files and attachments, each a synced row', async () => {
    const { id: gone } = await call(r.core, 'meetings.create', meeting('Họp sẽ xoá'));
    const { fileId } = await call(r.core, 'meetings.addFile', {
      id: gone,
      fileName: 'a.txt',
      mime: '',
      base64: b64('a'),
    });
    await call(r.core, 'meetings.update', { id: gone, agenda: [{ title: 'A', attachments: [{ fileId }] }] });
    const outbox = await call<Record<string, number>>(r.core, 'probe.outbox');
    expect(outbox.meeting_files).toBeGreaterThanOrEqual(1);
    expect(outbox.meeting_agenda_attachments).toBeGreaterThanOrEqual(1);
    await call(r.core, 'meetings.delete', { id: gone });
    expect((await callErr(r.core, 'meetings.getFile', { id: gone, fileId })).code).toBe('NOT_FOUND');
  });
});
