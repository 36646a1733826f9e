/**
 * meetings.pack at its edges, through the real core: a bare meeting still packs, a damaged PDF travels in the zip
 * only, a deleted draft is named and left out, elections bring their ballots, progress comes part by part, an
 * unknown meeting starts no job.
 */
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobInfo } from '../../src/shared/contract';
import { call, callErr, registerCore, type Register } from './helpers';
import { b64, packOrg, pdfText, runPack } from './pack-helpers';

let r: Register;
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

beforeAll(async () => {
  r = await registerCore();
  await packOrg(r.core);
});
afterAll(async () => {
  await r.core.close();
});

describe('meetings.pack edges', () => {
  it('packs a bare meeting (no agenda, invitees or motions), reporting progress part by part', async () => {
    const { id } = await call(r.core, 'meetings.create', {
      kind: 'other',
      title: 'Gặp mặt đầu năm',
      startsAt: '2026-02-20T15:00',
    });
    const seen: JobInfo[] = [];
    const off = r.core.onEvent('job.progress', (p) => void seen.push(p as JobInfo));
    const pack = await runPack(r.core, id);
    off();
    expect(pack.parts.map((p) => p.title)).toEqual([
      'Chương trình',
      'Giấy mời',
      'Danh sách đại biểu được mời',
      'Danh sách đại biểu ký tên',
      'Biên bản cuộc họp (mẫu ghi)',
    ]);
    const running = seen.filter((j) => j.kind === 'meetings.pack' && j.state === 'running' && j.done > 0);
    expect(running.map((j) => j.done)).toEqual([1, 2, 3, 4, 5]);
    expect(running.every((j) => j.total === 6)).toBe(true); // five parts, then the assembly
    expect(squash(await pdfText(Buffer.from(pack.pdf.base64, 'base64'), 3))).toContain(
      squash('Chương trình sẽ được thông báo tại cuộc họp'),
    );
  });

  it('keeps a damaged PDF out of the pack, in the zip as given, and says so on the agenda', async () => {
    const { id } = await call(r.core, 'meetings.create', {
      kind: 'group',
      title: 'Họp tổ may',
      startsAt: '2026-02-21T15:00',
      chair: { memberId: r.ids['Nguyễn Văn An'] },
    });
    const damaged = Buffer.from('%PDF-1.4\nkhông phải PDF thật');
    const { fileId } = await call(r.core, 'meetings.addFile', {
      id,
      fileName: 'Hỏng.pdf',
      mime: 'application/pdf',
      base64: b64(damaged),
    });
    await call(r.core, 'meetings.update', { id, agenda: [{ title: 'Xem tệp', attachments: [{ fileId }] }] });
    const pack = await runPack(r.core, id);
    expect(pack.parts.map((p) => p.title)).not.toContain('Hỏng.pdf');
    const zip = unzipSync(new Uint8Array(Buffer.from(pack.zip.base64, 'base64')));
    expect(Buffer.from(zip['05-hong-pdf.pdf']).equals(damaged)).toBe(true);
    const agenda = squash(await pdfText(Buffer.from(pack.pdf.base64, 'base64'), 3));
    expect(agenda).toContain(squash('Hỏng.pdf (tệp trong thư mục nén .zip)'));
  });

  it('names a register draft deleted after it was attached on the agenda, and leaves it out', async () => {
    const { doc } = await call(r.core, 'docs.create', {
      markdown: ['---', 'type: TB', 'summary: Thông báo sẽ bị xoá', '---', 'Nội dung.'].join('\n'),
    });
    const { id } = await call(r.core, 'meetings.create', {
      kind: 'group',
      title: 'Họp tổ cắt',
      startsAt: '2026-02-22T15:00',
      agenda: [{ title: 'Thông báo', attachments: [{ documentId: doc.id }] }],
    });
    await call(r.core, 'docs.delete', { id: doc.id });
    const pack = await runPack(r.core, id);
    expect(pack.parts.map((p) => p.title)).not.toContain('Bản nháp – Thông báo sẽ bị xoá');
    const agenda = squash(await pdfText(Buffer.from(pack.pdf.base64, 'base64'), 3));
    expect(agenda).toContain(squash('Bản nháp – Thông báo sẽ bị xoá (đã xoá khỏi sổ văn bản)'));
  });

  it("puts the ballot papers of the meeting's elections in, one part per election", async () => {
    const { id } = await call(r.core, 'meetings.create', {
      kind: 'congress',
      title: 'Đại hội Công đoàn cơ sở lần thứ II',
      startsAt: '2026-03-01T08:00',
      chair: { memberId: r.ids['Nguyễn Văn An'] },
    });
    await call(r.core, 'elections.create', {
      meetingId: id,
      body: 'bch',
      electing: 'Ban Chấp hành khóa II',
      seats: 2,
      denominator: 'valid',
      candidates: [{ name: 'Trần Thị Bình' }, { name: 'Lê Văn Cường' }, { name: 'Hoàng Văn Em' }],
    });
    const pack = await runPack(r.core, id);
    const ballots = pack.parts.find((p) => p.title === 'Phiếu bầu Ban Chấp hành khóa II')!;
    expect(ballots.pages).toBe(1);
    const text = squash(await pdfText(Buffer.from(pack.pdf.base64, 'base64'), ballots.firstPage));
    for (const name of ['PHIẾU BẦU', 'Trần Thị Bình', 'Hoàng Văn Em']) expect(text).toContain(squash(name));
    const zip = Object.keys(unzipSync(new Uint8Array(Buffer.from(pack.zip.base64, 'base64'))));
    expect(zip).toContain('05-phieu-bau-ban-chap-hanh-khoa-ii.docx');
  });

  it('answers NOT_FOUND for an unknown meeting, before any job', async () => {
    expect((await callErr(r.core, 'meetings.pack', { id: 'khong-co' })).code).toBe('NOT_FOUND');
  });
});
