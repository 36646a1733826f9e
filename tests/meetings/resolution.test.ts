/**
 * The Nghị quyết from the record: a draft NQ of the motions that passed, read back from docx and pdf; typed texts
 * cannot become layout; refreshed while a draft, refused once issued; a congress's recorded election results are
 * articles before the one on implementation, and its minutes list them.
 */
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf, squash } from '../documents/fixtures/read';
import { BCH_MEETING, call, callErr, cccd, registerCore, type Register } from './helpers';

let r: Register;
beforeAll(async () => {
  r = await registerCore();
  await call(r.core, 'org.update', {
    place: 'Hà Nội',
    chairName: 'Nguyễn Văn An',
    upperLevelName: 'Công đoàn KCN Thăng Long',
    upperLevelType: 'industrial-zone',
  });
  // The Điều lệ guidance as the union's settings name it: the nghị quyết cites it as the templates do.
  await call(r.core, 'settings.update', {
    documentTexts: {
      employer: 'Ban Giám đốc Công ty',
      charterGuidance: 'Hướng dẫn số 99/HD-TLĐ ngày 01/02/2026 của Tổng Liên đoàn Lao động Việt Nam',
    },
  });
});
afterAll(async () => {
  await r.core.close();
});

const present = [1, 3, 6].map((n) => ({ member: { idNumber: cccd(n) }, state: 'present' }));
const MEETING = {
  ...BCH_MEETING,
  attendance: [...present, { member: { idNumber: cccd(4) }, state: 'proxy', proxy: { idNumber: cccd(1) } }],
  motions: [
    { text: 'Thông qua báo cáo tháng 01/2026.', for: 3, against: 1, abstain: 0, rule: 'twoThirds' },
    { text: 'Mua xe ô tô cho công đoàn', for: 1, against: 3 },
    { text: 'Thông qua kế hoạch kỷ niệm Ngày Quốc tế Phụ nữ 8/3', for: 4, against: 0 },
  ],
};

const bytes = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

async function printed(documentId: string): Promise<{ docx: string; pdf: string }> {
  const docx = await call(r.core, 'docs.render', { id: documentId, format: 'docx' });
  const pdf = await call(r.core, 'docs.render', { id: documentId, format: 'pdf' });
  return {
    docx: squash((await mammoth.extractRawText({ buffer: bytes(docx) })).value),
    pdf: squash((await readPdf(bytes(pdf))).pages.join('\n')),
  };
}

describe('meetings.resolution', () => {
  let meetingId: string;
  let documentId: string;

  it('makes a draft NQ of the passed motions only, one article each with its vote, in docx and pdf', async () => {
    meetingId = (await call(r.core, 'meetings.create', MEETING)).id;
    documentId = (await call(r.core, 'meetings.resolution', { id: meetingId })).documentId;
    const { doc, model } = await call(r.core, 'docs.get', { id: documentId });
    expect(doc).toMatchObject({ type: 'NQ', status: 'draft', number: null });
    expect((await call(r.core, 'meetings.get', { id: meetingId })).meeting.resolutionDocumentId).toBe(documentId);
    expect(model.fields.signers).toEqual([
      { authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
    ]);
    expect(model.fields.recipients[0]).toBe('Công đoàn KCN Thăng Long (để báo cáo);');
    expect(model.fields.date).toBe('2026-02-05');

    const text = await printed(documentId);
    const expected = [
      'NGHỊ QUYẾT',
      'Họp Ban Chấp hành định kỳ tháng 02/2026',
      'Căn cứ Luật Công đoàn số 50/2024/QH15 ngày 27 tháng 11 năm 2024;',
      'Căn cứ Điều lệ Công đoàn Việt Nam và Hướng dẫn số 99/HD-TLĐ ngày 01/02/2026 của Tổng Liên đoàn Lao động Việt Nam;',
      'Căn cứ Biên bản họp ngày 05 tháng 02 năm 2026;',
      'Hội nghị Ban Chấp hành Công đoàn cơ sở Công ty TNHH Thử Nghiệm họp ngày 05 tháng 02 năm 2026 tại Phòng họp tầng 2, có mặt 4/6 đồng chí được triệu tập,',
      'QUYẾT NGHỊ:',
      'Điều 1. Thông qua báo cáo tháng 01/2026 (3/4 đồng chí có mặt tán thành, đạt 75%).',
      'Điều 2. Thông qua kế hoạch kỷ niệm Ngày Quốc tế Phụ nữ 8/3 (4/4 đồng chí có mặt tán thành, đạt 100%).',
      'Điều 3. Ban Chấp hành, các tổ công đoàn và đoàn viên',
      'Nghị quyết có hiệu lực kể từ ngày ký./.',
      'TM. BAN CHẤP HÀNH',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
      'Nơi nhận',
    ];
    for (const s of expected) {
      expect(text.docx, `docx: ${s}`).toContain(squash(s));
      expect(text.pdf, `pdf: ${s}`).toContain(squash(s));
    }
    expect(text.docx).not.toContain(squash('Mua xe ô tô'));
    expect(text.docx).not.toContain(squash('Điều 4.'));
  });

  it('prints a motion with Markdown characters or \\phuluc as typed, never as layout', async () => {
    const nasty = '**Đậm** _nghiêng_ ++gạch++ \\phuluc Danh sách {{org.name}} # [x](y) <b>z</b> &amp; 2. mục';
    const { id } = await call(r.core, 'meetings.create', {
      ...MEETING,
      title: 'Họp thử ký tự',
      motions: [
        { text: nasty, for: 4, against: 0 },
        { text: '\\phuluc Phụ lục giả', for: 4, against: 0 },
      ],
    });
    const { documentId: d } = await call(r.core, 'meetings.resolution', { id });
    const { model } = await call(r.core, 'docs.get', { id: d });
    const body = JSON.stringify(model.body);
    expect(model.appendices ?? []).toEqual([]);
    expect(body).not.toContain('"marks"'.concat(':[{"type":"italic"'));
    expect(body).not.toContain('"underline"');
    // The bold the template puts on "Điều N." is the only bold: the motion's "**" stayed characters.
    const bolds = [...body.matchAll(/"text":"([^"]*)","marks":\[\{"type":"bold"\}\]/g)].map((m) => m[1]);
    expect(bolds.filter((b) => !/^Điều \d+\.$/.test(b) && b !== 'QUYẾT NGHỊ:')).toEqual([]);
    const { docx } = await printed(d);
    expect(docx).toContain(squash(`Điều 1. ${nasty} (4/4`));
    expect(docx).toContain(squash('Điều 2. \\phuluc Phụ lục giả (4/4'));
  });

  it('refreshes the same draft, keeps edits unless overwrite, and is locked once issued', async () => {
    await call(r.core, 'meetings.update', {
      id: meetingId,
      motions: [{ text: 'Thông qua kế hoạch đã sửa', for: 3, against: 1 }],
    });
    expect((await call(r.core, 'meetings.resolution', { id: meetingId })).documentId).toBe(documentId);
    let body = JSON.stringify((await call(r.core, 'docs.get', { id: documentId })).model.body);
    expect(body).toContain('Thông qua kế hoạch đã sửa');
    expect(body).not.toContain('Thông qua báo cáo tháng 01/2026');

    const { model } = await call(r.core, 'docs.get', { id: documentId });
    const edited = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lời văn sửa' }] }] };
    await call(r.core, 'docs.save', { id: documentId, fields: model.fields, body: edited });
    const err = await callErr(r.core, 'meetings.resolution', { id: meetingId });
    expect(err).toMatchObject({ code: 'CONFLICT', details: { documentId, edited: true } });
    expect(err.message).toContain('Bản nháp nghị quyết đã được sửa');
    await call(r.core, 'meetings.resolution', { id: meetingId, overwrite: true });
    body = JSON.stringify((await call(r.core, 'docs.get', { id: documentId })).model.body);
    expect(body).not.toContain('Lời văn sửa');

    await call(r.core, 'docs.issue', { id: documentId, date: '2026-02-06' });
    const locked = await callErr(r.core, 'meetings.resolution', { id: meetingId, overwrite: true });
    expect(locked.code).toBe('CONFLICT');
    expect(locked.message).toContain('Nghị quyết đã ban hành');
  });

  it('cites the issued minutes by number', async () => {
    const { id } = await call(r.core, 'meetings.create', { ...MEETING, title: 'Họp có biên bản' });
    const { documentId: bb } = await call(r.core, 'meetings.minutes', { id });
    const issued = await call(r.core, 'docs.issue', { id: bb, date: '2026-02-05' });
    const { documentId: nq } = await call(r.core, 'meetings.resolution', { id });
    const body = JSON.stringify((await call(r.core, 'docs.get', { id: nq })).model.body);
    expect(body).toContain(
      `Căn cứ Biên bản họp ngày 05 tháng 02 năm 2026 (số ${String(issued.number).padStart(2, '0')}/BB-CĐCS);`,
    );
  });

  it('answers VALIDATION in Vietnamese when no motion passed', async () => {
    const { id } = await call(r.core, 'meetings.create', {
      ...MEETING,
      motions: [{ text: 'Không đủ phiếu', for: 2, against: 2 }],
    });
    const err = await callErr(r.core, 'meetings.resolution', { id });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('chưa có nội dung nào được biểu quyết thông qua');
    expect((await callErr(r.core, 'meetings.resolution', { id: 'nope' })).code).toBe('NOT_FOUND');
  });

  it("puts a congress's election results, one article per elected body, before the one on implementation", async () => {
    const congress = {
      ...MEETING,
      kind: 'congress',
      title: 'Đại hội Công đoàn cơ sở nhiệm kỳ 2025–2030',
      motions: [{ text: 'Thông qua báo cáo chính trị', for: 4, against: 0 }],
    };
    const { id } = await call(r.core, 'meetings.create', congress);
    const election = {
      meetingId: id,
      body: 'bch',
      electing: 'Ban Chấp hành Công đoàn cơ sở khóa II, nhiệm kỳ 2025–2030',
      seats: 2,
      candidates: [{ name: 'Nguyễn Văn An' }, { name: 'Lê Văn Cường' }, { name: 'Trần Thị Bình' }],
      denominator: 'valid',
      issued: 4,
      collected: 4,
      countBy: 'totals',
      totals: { 'Nguyễn Văn An': 4, 'Lê Văn Cường': 3, 'Trần Thị Bình': 1 },
      invalid: 0,
    };
    await call(r.core, 'elections.create', election);
    const documentId = (await call(r.core, 'meetings.resolution', { id })).documentId;
    const { model } = await call(r.core, 'docs.get', { id: documentId });
    const body = squash(JSON.stringify(model.body));
    const bch = squash('Bầu Ban Chấp hành Công đoàn cơ sở khóa II, nhiệm kỳ 2025–2030 gồm 02 đồng chí');
    expect(body).toContain(bch + squash(': Nguyễn Văn An, Lê Văn Cường.'));
    expect(body).not.toContain(squash('Trần Thị Bình'));
    expect(body.indexOf(squash('Điều 2.'))).toBeLessThan(body.indexOf(bch));
    expect(body.indexOf(bch)).toBeLessThan(body.indexOf(squash('Điều 3.')));
    expect(model.fields.signers[0]).toEqual({
      authority: 'TM. ĐOÀN CHỦ TỊCH',
      position: 'CHỦ TRÌ',
      name: 'Nguyễn Văn An',
    });
    expect(model.fields.recipients).toContain('Các đại biểu dự Đại hội;');
    // The congress's minutes record the same results.
    const minutesId = (await call(r.core, 'meetings.minutes', { id })).documentId;
    const minutes = await printed(minutesId);
    expect(minutes.pdf).toContain(squash('IV. KẾT QUẢ BẦU CỬ'));
    expect(minutes.docx).toContain(bch);
    // Election results alone are enough to resolve.
    const { id: onlyElection } = await call(r.core, 'meetings.create', { ...congress, motions: [] });
    await call(r.core, 'elections.create', { ...election, meetingId: onlyElection });
    const alone = (await call(r.core, 'meetings.resolution', { id: onlyElection })).documentId;
    expect(JSON.stringify((await call(r.core, 'docs.get', { id: alone })).model.body)).toContain('Điều 1.');
  });
});
