/**
 * The papers of a congress's recorded elections, read back: the Biên bản kiểm phiếu of a stored election (every
 * figure of its live count, the name column wide enough for a full name), the tờ trình công nhận (a draft TTr in
 * the register, one appendix per elected body with the register's facts, refreshed while a draft, refused when
 * edited or issued), and electionResultsMarkdown (names escaped: a "*", "|" or "{{" in a name prints as typed).
 */
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Core } from '../../src/core';
import { buildDocument } from '../../src/core/documents/templates';
import { toText } from '../../src/core/documents/render';
import { electionResultsMarkdown } from '../../src/core/elections/results';
import { defineModule } from '../../src/core/module';
import { docxParts, readPdf, squash, topTables } from '../documents/fixtures/read';
import { call, callErr, initCore } from '../helpers/core';

/** A test-only read command: the integrator's entry point, electionResultsMarkdown, on the session's database. */
const resultsProbe = defineModule({
  name: 'results-probe',
  contract: {
    commands: {
      'probe.results': { input: z.object({ meetingId: z.string() }).strict(), output: z.array(z.string()) },
    },
  },
  commands: {
    'probe.results': {
      mode: 'read',
      handler: async ({ meetingId }, ctx) => electionResultsMarkdown(ctx.session().db, meetingId),
    },
  },
});

const AN = 'Nguyễn Văn An';
const BINH = 'Trần Thị Bình';
const CUONG = 'Lê Văn Cường';
const DUNG = 'Phạm Thị Dung';
const EM = 'Hoàng Văn Em';
/** Not in the register, and full of the engine's markup. */
const ODD = 'Đỗ *Thị* | {{Hoa}}';

let core: Core;
let meetingId: string;
const ids: Record<string, string> = {};
const elections: Record<string, string> = {};

beforeAll(async () => {
  core = (await initCore({ modules: [resultsProbe] })).core;
  await call(core, 'org.update', {
    place: 'Hà Nội',
    upperLevelName: 'Công đoàn Khu công nghiệp Thăng Long',
    upperLevelType: 'industrial-zone',
    chairName: 'Chủ Tịch Cũ',
  });
  await call(core, 'units.save', { name: 'Tổ may' });
  const people: [string, string][] = [
    [AN, '1980-03-05'],
    [BINH, '1985-11-20'],
    [CUONG, '1979-01-02'],
    [DUNG, '1990-07-15'],
    [EM, '1988-12-31'],
  ];
  for (const [fullName, dateOfBirth] of people) {
    const positions = fullName === AN ? [{ title: 'Ủy viên', body: 'BCH', term: '2020–2025', from: '2020-06-01' }] : [];
    ids[fullName] = (await call(core, 'members.add', { fullName, dateOfBirth, positions })).id;
  }
  await call(core, 'members.update', { id: ids[AN], unit: 'Tổ may' });
  meetingId = (
    await call(core, 'meetings.create', {
      kind: 'congress',
      title: 'Đại hội Công đoàn cơ sở Công ty TNHH Thử Nghiệm lần thứ II, nhiệm kỳ 2025–2030',
      startsAt: '2025-06-14T08:00',
    })
  ).id;
  const base = { meetingId, denominator: 'valid', date: '2025-06-14', place: 'Hội trường A' };
  const member = (name: string) => ({ name, memberId: ids[name] ?? null });
  elections.bch = (
    await call(core, 'elections.create', {
      ...base,
      body: 'bch',
      electing: 'Ban Chấp hành Công đoàn cơ sở khóa II, nhiệm kỳ 2025–2030',
      seats: 3,
      candidates: [AN, BINH, CUONG, ODD].map(member),
      issued: 6,
      collected: 5,
      convened: 7,
      present: 6,
      counters: ['Vũ Thị Giang', 'Lê Văn Hùng'],
    })
  ).id;
  // 5 ballots: Cường struck on all but one; one ballot keeps everyone (too many): An 4, Bình 4, Hoa 3, Cường 1.
  for (const struck of [[CUONG], [CUONG], [CUONG, ODD], [], [BINH, AN]])
    await call(core, 'elections.addBallot', { id: elections.bch, struck });
  elections.chair = (
    await call(core, 'elections.create', {
      ...base,
      body: 'chair',
      electing: 'Chủ tịch Công đoàn cơ sở khóa II',
      seats: 1,
      candidates: [member(AN)],
      countBy: 'totals',
      totals: { [AN]: 5 },
      invalid: 0,
      issued: 5,
      collected: 5,
    })
  ).id;
  elections.ubkt = (
    await call(core, 'elections.create', {
      ...base,
      body: 'ubkt',
      electing: 'Ủy ban Kiểm tra Công đoàn cơ sở khóa II',
      seats: 2,
      candidates: [member(DUNG), member(EM)],
      countBy: 'totals',
      totals: { [DUNG]: 6, [EM]: 5 },
      invalid: 0,
      issued: 6,
      collected: 6,
    })
  ).id;
  // Delegates to the upper congress: in the resolution, not in the tờ trình (the upper level does not recognise them).
  await call(core, 'elections.create', {
    ...base,
    body: 'delegates',
    electing: 'Đại biểu dự Đại hội Công đoàn Khu công nghiệp',
    seats: 1,
    candidates: [member(BINH)],
    countBy: 'totals',
    totals: { [BINH]: 6 },
    issued: 6,
    collected: 6,
  });
  // Still being counted: left out of the papers.
  await call(core, 'elections.create', {
    ...base,
    body: 'other',
    electing: 'Ban Thanh tra nhân dân',
    seats: 1,
    candidates: [member(BINH)],
    issued: 6,
    collected: 6,
  });
});
afterAll(async () => {
  await core.close();
});

const bytes = (f: { base64: string }) => Buffer.from(f.base64, 'base64');
const docxText = async (f: { base64: string }) => squash((await mammoth.extractRawText({ buffer: bytes(f) })).value);
const pdfText = async (f: { base64: string }) => squash((await readPdf(bytes(f))).pages.join('\n'));

describe('elections.recordedMinutes', () => {
  it('prints every figure of the live count, in docx and pdf, with the profile header', async () => {
    const { tally } = await call(core, 'elections.get', { id: elections.bch });
    expect(tally).toMatchObject({ valid: 4, invalid: 1, threshold: 3 });
    const expected = [
      'BIÊN BẢN',
      'Công đoàn Khu công nghiệp Thăng Long'.toUpperCase(),
      'Đại hội Công đoàn cơ sở Công ty TNHH Thử Nghiệm lần thứ II',
      'Hội trường A',
      'Tổng số đại biểu được triệu tập: 7',
      'Số đại biểu có mặt: 6',
      'Số phiếu phát ra: 6',
      'Số phiếu thu vào: 5',
      'Số phiếu hợp lệ: 4',
      'Số phiếu không hợp lệ: 1',
      ...tally.results.flatMap((c: { name: string; votes: number }) => [c.name, `${c.votes}`]),
      '75,00%',
      '25,00%',
      'Số người trúng cử: 3/3',
      'Vũ Thị Giang',
      'TRƯỞNG BAN KIỂM PHIẾU',
    ];
    const docx = await call(core, 'elections.recordedMinutes', { id: elections.bch, format: 'docx' });
    const pdf = await call(core, 'elections.recordedMinutes', { id: elections.bch, format: 'pdf' });
    const [dt, pt] = [await docxText(docx), await pdfText(pdf)];
    for (const s of expected) {
      expect(dt, `docx: ${s}`).toContain(squash(s));
      expect(pt, `pdf: ${s}`).toContain(squash(s));
    }
  });

  it('gives the name column the widest share of the results table', async () => {
    const docx = await call(core, 'elections.recordedMinutes', { id: elections.bch, format: 'docx' });
    const xml = (await docxParts(bytes(docx)))['word/document.xml'];
    const results = topTables(xml).find((t) => t.includes('Họ và tên'))!;
    const cols = [...results.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(5);
    expect(Math.max(...cols)).toBe(cols[1]);
    expect(cols[1]).toBeGreaterThan(2.5 * cols[0]);
  });

  it('refuses, in the count’s words, an election whose ballots do not add up yet', async () => {
    const { items } = await call(core, 'elections.list', { meetingId });
    const counting = items.find((e: { body: string }) => e.body === 'other').id;
    const err = await callErr(core, 'elections.recordedMinutes', { id: counting, format: 'pdf' });
    expect(err).toMatchObject({ code: 'VALIDATION', message: 'Đã nhập 0 phiếu nhưng số phiếu thu vào là 6.' });
  });
});

describe('electionResultsMarkdown', () => {
  it('says who each body elected, one escaped sentence each, in the order of the bodies', async () => {
    const lines: string[] = await call(core, 'probe.results', { meetingId });
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('Bầu Đại biểu dự Đại hội Công đoàn Khu công nghiệp gồm 01 đồng chí: Trần Thị Bình.');
    expect(lines[1]).toBe('Bầu đồng chí Nguyễn Văn An giữ chức Chủ tịch Công đoàn cơ sở khóa II.');
    expect(lines[2]).toBe('Bầu Ủy ban Kiểm tra Công đoàn cơ sở khóa II gồm 02 đồng chí: Phạm Thị Dung, Hoàng Văn Em.');
    // Through the engine (fill, then Markdown), the odd name prints exactly as typed and asks for no variable.
    const md = [
      '---',
      'type: NQ',
      'issuer: CĐCS',
      'upperLevel: CĐ',
      'place: HN',
      'signers:',
      '  - position: CT',
      '    name: A',
      '---',
      ...lines.map((l) => `- ${l}`),
    ].join('\n');
    const text = squash(toText(buildDocument(md, { today: '2025-06-15' })));
    expect(text).toContain(
      squash(
        'Bầu Ban Chấp hành Công đoàn cơ sở khóa II, nhiệm kỳ 2025–2030 gồm 03 đồng chí: ' +
          'Đỗ *Thị* | {{Hoa}}, Nguyễn Văn An, Trần Thị Bình.', // the count's rank: 3 votes each, then by name
      ),
    );
    expect(await call(core, 'probe.results', { meetingId: 'no-such-meeting' })).toEqual([]);
  });
});

describe('elections.recognition', () => {
  let documentId: string;

  it('makes a draft TTr with one appendix per elected body, the register’s facts and the votes', async () => {
    documentId = (await call(core, 'elections.recognition', { meetingId })).documentId;
    const { doc, model } = await call(core, 'docs.get', { id: documentId });
    expect(doc).toMatchObject({ type: 'TTr', status: 'draft', number: null });
    expect(model.fields.summary).toBe(
      'Về việc đề nghị công nhận kết quả bầu cử tại Đại hội Công đoàn cơ sở Công ty TNHH Thử Nghiệm lần thứ II, nhiệm kỳ 2025–2030',
    );
    // The newly elected chair signs, not the profile's former one.
    expect(model.fields.signers).toEqual([{ authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: AN }]);
    expect(model.appendices.map((a: { title: string }) => a.title)).toEqual([
      'Danh sách Ban Chấp hành Công đoàn cơ sở khóa II, nhiệm kỳ 2025–2030',
      'Danh sách Chủ tịch Công đoàn cơ sở khóa II',
      'Danh sách Ủy ban Kiểm tra Công đoàn cơ sở khóa II',
    ]);
    const expected = [
      'TỜ TRÌNH',
      'Kính gửi: Công đoàn Khu công nghiệp Thăng Long',
      'Ban Chấp hành Công ty TNHH Thử Nghiệm'.replace('Ban Chấp hành ', 'Ban Chấp hành Công đoàn cơ sở '),
      'gồm 03 đồng chí (danh sách tại Phụ lục I)',
      'Đồng chí Nguyễn Văn An giữ chức Chủ tịch Công đoàn cơ sở khóa II (Phụ lục II)',
      'Phụ lục III',
      'DANH SÁCH ỦY BAN KIỂM TRA CÔNG ĐOÀN CƠ SỞ KHÓA II',
      'Chức vụ, tổ công đoàn',
      '05/03/1980',
      'Ủy viên BCH, Tổ may',
      '15/07/1990',
      ODD,
      '100,00%',
      '83,33%',
    ];
    const docx = await docxText(await call(core, 'docs.render', { id: documentId, format: 'docx' }));
    const pdf = await pdfText(await call(core, 'docs.render', { id: documentId, format: 'pdf' }));
    for (const s of expected) {
      expect(docx, `docx: ${s}`).toContain(squash(s));
      expect(pdf, `pdf: ${s}`).toContain(squash(s));
    }
    expect(docx).not.toContain(squash('Lê Văn Cường')); // not elected
    expect(docx).not.toContain(squash('Ban Thanh tra nhân dân')); // not counted yet
    expect(docx).not.toContain(squash('Đại biểu dự Đại hội')); // not for the upper level to recognise
    expect((await call(core, 'docs.list', { type: 'TTr' })).map((d: { id: string }) => d.id)).toEqual([documentId]);
  });

  it('refreshes the same draft, appendices included, after the count changes', async () => {
    await call(core, 'elections.update', { id: elections.ubkt, totals: { [DUNG]: 6, [EM]: 2 } });
    expect((await call(core, 'elections.recognition', { meetingId })).documentId).toBe(documentId);
    const { model } = await call(core, 'docs.get', { id: documentId });
    const last = JSON.stringify(model.appendices.at(-1));
    expect(last).toContain(DUNG);
    expect(last).not.toContain(EM);
    expect(JSON.stringify(model.body)).toContain('gồm 01 đồng chí');
  });

  it('refuses to overwrite an edited draft unless asked, and an issued one at all', async () => {
    const { model } = await call(core, 'docs.get', { id: documentId });
    await call(core, 'docs.save', { id: documentId, fields: model.fields, body: { type: 'doc', content: [] } });
    const edited = await callErr(core, 'elections.recognition', { meetingId });
    expect(edited.code).toBe('CONFLICT');
    expect(edited.details).toMatchObject({ documentId, edited: true });
    await call(core, 'elections.recognition', { meetingId, overwrite: true });
    await call(core, 'docs.issue', { id: documentId });
    const issued = await callErr(core, 'elections.recognition', { meetingId, overwrite: true });
    expect(issued).toMatchObject({ code: 'CONFLICT', message: 'Tờ trình đã ban hành; hãy sửa bằng văn bản bổ sung.' });
  });

  it('refuses a meeting with no one elected, and an unknown meeting', async () => {
    const other = (
      await call(core, 'meetings.create', { kind: 'congress', title: 'Đại hội khác', startsAt: '2025-07-01T08:00' })
    ).id;
    expect((await callErr(core, 'elections.recognition', { meetingId: other })).code).toBe('VALIDATION');
    expect((await callErr(core, 'elections.recognition', { meetingId: 'nope' })).code).toBe('NOT_FOUND');
  });
});
