/**
 * The Biên bản họp from the record: made as a draft BB in the register, rendered by the document engine to docx and
 * pdf, and read back so that every figure of the record is proven to be printed; refreshed while a draft, refused
 * once issued.
 */
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf, squash } from '../documents/fixtures/read';
import { BCH_MEETING as MEETING, call, callErr, cccd, registerCore, type Register } from './helpers';

let r: Register;
beforeAll(async () => {
  r = await registerCore();
  await call(r.core, 'org.update', {
    place: 'Hà Nội',
    upperLevelName: 'Công đoàn KCN Thăng Long',
    upperLevelType: 'industrial-zone',
  });
});
afterAll(async () => {
  await r.core.close();
});

/** Everything the minutes must state, as printed. */
const EXPECTED = [
  'BIÊN BẢN',
  'Họp Ban Chấp hành định kỳ tháng 02/2026',
  '14 giờ 00 phút, ngày 05 tháng 02 năm 2026',
  'tiến hành họp Ban Chấp hành định kỳ tháng 02/2026.',
  'Phòng họp tầng 2',
  'Có mặt 4/6',
  'đạt tỷ lệ tối thiểu 2/3 (4 người)',
  'Hoàng Văn Em – vắng mặt, lý do: Đi công tác',
  'Trần Thị Bình – vắng mặt có phép, lý do: Nghỉ phép năm',
  'Phạm Thị Dung – ủy quyền cho đồng chí Nguyễn Văn An',
  'Chủ trì: đồng chí Nguyễn Văn An',
  'Thư ký: đồng chí Trần Thị Mai',
  'Đánh giá hoạt động tháng 01/2026',
  'Kế hoạch kỷ niệm Ngày Quốc tế Phụ nữ 8/3',
  'Đồng chí Lê Văn Cường: Nhất trí với báo cáo.',
  'Đồng chí Vũ Thị Giang: Đề nghị bổ sung số liệu đoàn viên mới.',
  'Đồng chí Nguyễn Văn An: Kinh phí 15.000.000 đồng là hợp lý.',
  'Kết luận: Ban Chấp hành nhất trí với báo cáo.',
  'Kết luận: Giao Ban Nữ công hoàn thiện kế hoạch.',
  'Thông qua báo cáo tháng 01/2026',
  '3/4 (75%)',
  '1/4 (25%)',
  '0/4 (0%)',
  '2/4 (50%)',
  'Thông qua (từ 2/3)',
  'Không thông qua (quá 1/2)',
  'Cuộc họp kết thúc vào lúc 16 giờ 30 phút cùng ngày.',
  'Biên bản được thông qua lúc 16 giờ 30 phút và được các thành viên dự họp nhất trí.',
  'THƯ KÝ',
  'CHỦ TRÌ',
  'Trần Thị Mai',
];

const bytes = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

describe('meetings.minutes', () => {
  let meetingId: string;
  let documentId: string;

  it('makes a draft BB linked to the meeting, printing every figure of the record in docx and pdf', async () => {
    meetingId = (await call(r.core, 'meetings.create', MEETING)).id;
    documentId = (await call(r.core, 'meetings.minutes', { id: meetingId })).documentId;
    const doc = await call(r.core, 'docs.get', { id: documentId });
    expect(doc.doc).toMatchObject({ type: 'BB', status: 'draft', number: null });
    expect((await call(r.core, 'meetings.get', { id: meetingId })).meeting.minutesDocumentId).toBe(documentId);

    const docx = await call(r.core, 'docs.render', { id: documentId, format: 'docx' });
    const docxText = squash((await mammoth.extractRawText({ buffer: bytes(docx) })).value);
    const pdf = await call(r.core, 'docs.render', { id: documentId, format: 'pdf' });
    const pdfText = squash((await readPdf(bytes(pdf))).pages.join('\n'));
    for (const s of EXPECTED) {
      expect(docxText, `docx: ${s}`).toContain(squash(s));
      expect(pdfText, `pdf: ${s}`).toContain(squash(s));
    }
    // The signatures: THƯ KÝ on the left, CHỦ TRÌ on the right.
    expect(doc.model.fields.signers.map((s: { position: string }) => s.position)).toEqual(['THƯ KÝ', 'CHỦ TRÌ']);
  });

  it('refreshes the same draft from the record after an edit', async () => {
    await call(r.core, 'meetings.update', {
      id: meetingId,
      motions: [{ text: 'Thông qua kế hoạch 8/3 đã sửa', for: 4, against: 0 }],
    });
    const again = await call(r.core, 'meetings.minutes', { id: meetingId });
    expect(again.documentId).toBe(documentId);
    const body = JSON.stringify((await call(r.core, 'docs.get', { id: documentId })).model.body);
    expect(body).toContain('Thông qua kế hoạch 8/3 đã sửa');
    expect(body).toContain('4/4 (100%)');
    expect(body).not.toContain('Thông qua báo cáo tháng 01/2026');
    const drafts = await call(r.core, 'docs.list', { type: 'BB' });
    expect(drafts.filter((d: { id: string }) => d.id === documentId)).toHaveLength(1);
  });

  it("never overwrites the secretary's edits to the draft unless asked to", async () => {
    const { model } = await call(r.core, 'docs.get', { id: documentId });
    const edited = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lời văn thư ký' }] }],
    };
    await call(r.core, 'docs.save', { id: documentId, fields: model.fields, body: edited });
    const err = await callErr(r.core, 'meetings.minutes', { id: meetingId });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('đã được sửa sau lần lập gần nhất');
    expect(JSON.stringify((await call(r.core, 'docs.get', { id: documentId })).model.body)).toContain('Lời văn thư ký');
    // Asked explicitly: remade from the record, and a later refresh needs no overwrite again.
    await call(r.core, 'meetings.minutes', { id: meetingId, overwrite: true });
    const remade = JSON.stringify((await call(r.core, 'docs.get', { id: documentId })).model.body);
    expect(remade).not.toContain('Lời văn thư ký');
    expect(remade).toContain('Thông qua kế hoạch 8/3 đã sửa');
    expect((await call(r.core, 'meetings.minutes', { id: meetingId })).documentId).toBe(documentId);
  });

  it('refuses with CONFLICT once the minutes are issued', async () => {
    await call(r.core, 'docs.issue', { id: documentId, date: '2026-02-05' });
    const err = await callErr(r.core, 'meetings.minutes', { id: meetingId });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('Biên bản đã ban hành; hãy sửa bằng bản bổ sung');
  });

  it('titles other kinds by their body and states an online place', async () => {
    const { id } = await call(r.core, 'meetings.create', {
      kind: 'standing',
      title: 'Phiên họp tháng 3',
      startsAt: '2026-03-02T08:05',
      onlineUrl: 'https://meet.example.vn/abc',
      chair: { idNumber: cccd(1) },
      secretary: { idNumber: cccd(3) },
    });
    const { documentId: d } = await call(r.core, 'meetings.minutes', { id });
    const { model } = await call(r.core, 'docs.get', { id: d });
    expect(model.fields.summary).toBe('Họp Ban Thường vụ – Phiên họp tháng 3');
    const body = JSON.stringify(model.body);
    expect(body).toContain('trực tuyến qua đường dẫn https://meet.example.vn/abc');
    expect(body).toContain('08 giờ 05 phút, ngày 02 tháng 3 năm 2026');
  });

  it('asks for the chair and the secretary before it makes minutes', async () => {
    const { id } = await call(r.core, 'meetings.create', {
      kind: 'group',
      title: 'Họp tổ',
      startsAt: '2026-03-03T08:00',
    });
    const err = await callErr(r.core, 'meetings.minutes', { id });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('chủ trì và thư ký');
  });

  it('names convened members nobody marked as absent, and prints typed Markdown as characters', async () => {
    const { id } = await call(r.core, 'meetings.create', {
      kind: 'bch',
      title: 'Họp *thử* ký tự',
      startsAt: '2026-03-04T08:00',
      chair: { idNumber: cccd(1) },
      secretary: { idNumber: cccd(3) },
      invitees: [{ bch: true }],
      attendance: [{ member: { idNumber: cccd(1) }, state: 'present' }],
      agenda: [
        {
          title: '2. Tài chính',
          opinions: [{ speaker: 'Lê Văn Cường', text: '**Đậm** \\phuluc Danh sách' }],
          conclusion: '# Không phải tiêu đề',
        },
      ],
    });
    const { documentId: d } = await call(r.core, 'meetings.minutes', { id });
    const { model } = await call(r.core, 'docs.get', { id: d });
    const text = squash(
      (await mammoth.extractRawText({ buffer: bytes(await call(r.core, 'docs.render', { id: d, format: 'docx' })) }))
        .value,
    );
    // BCH: An, Cường, Em; only An was marked: the other two are absent by name, and the count agrees (1/3).
    expect(text).toContain(squash('Có mặt 1/3'));
    expect(text).toContain(squash('Vắng mặt, ủy quyền: 2 đồng chí:'));
    expect(text).toContain(squash('Lê Văn Cường – vắng mặt, không rõ lý do'));
    expect(text).toContain(squash('Hoàng Văn Em – vắng mặt, không rõ lý do'));
    expect(text).toContain(squash('1. 2. Tài chính'));
    expect(text).toContain(squash('Đồng chí Lê Văn Cường: **Đậm** \\phuluc Danh sách'));
    expect(text).toContain(squash('Kết luận: # Không phải tiêu đề'));
    expect(model.appendices ?? []).toEqual([]);
    expect(JSON.stringify(model.body)).not.toContain('"heading","attrs":{"level":1');
  });

  it('answers NOT_FOUND for an unknown meeting', async () => {
    expect((await callErr(r.core, 'meetings.minutes', { id: 'nope' })).code).toBe('NOT_FOUND');
  });
});
