import { describe, expect, it } from 'vitest';
import {
  buildDocument,
  resolveDocType,
  TemplateError,
  toAppError,
  upperLevelOn,
} from '../../src/core/documents/templates';
import type { OrgProfile, UpperLevelRecord } from '../../src/shared/contract';
import { documentModel, formatDocNumber } from '../../src/shared/document-model';

const org: OrgProfile = {
  name: 'Công đoàn cơ sở Công ty TNHH May Thành Công',
  shortName: 'CĐCS May Thành Công',
  enterprise: 'Công ty TNHH May Thành Công',
  address: 'Long Biên, Hà Nội',
  place: 'Hà Nội',
  upperLevelName: 'Công đoàn phường Long Biên',
  upperLevelType: 'ward',
  chairName: 'Nguyễn Văn Hùng',
  term: '2023 – 2028',
  email: '',
  phone: '',
  workerCount: null,
};
const history: UpperLevelRecord[] = [
  { name: 'Công đoàn phường Long Biên', type: 'ward', validFrom: '2025-07-01' },
  { name: 'Liên đoàn Lao động quận Long Biên', type: null, validFrom: '2023-01-10' },
];
const err = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as TemplateError;
  }
  throw new Error('no error');
};

describe('buildDocument', () => {
  it('fills the official fields from the profile: issuer, place, CĐCS, today, TM. BAN CHẤP HÀNH / CHỦ TỊCH', () => {
    const m = buildDocument('---\ntype: QĐ\nsummary: Về việc {{x}}\n---\n**Điều 1.** {{x}} {{org.name}}.', {
      org,
      data: { x: 'khen thưởng' },
      today: '2026-02-05',
    });
    expect(m.fields).toEqual({
      upperLevel: 'Công đoàn phường Long Biên',
      issuer: org.name,
      type: 'QĐ',
      number: null,
      issuerCode: 'CĐCS',
      place: 'Hà Nội',
      date: '2026-02-05',
      summary: 'Về việc khen thưởng',
      signers: [{ authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: 'Nguyễn Văn Hùng' }],
      recipients: [],
    });
    expect(m.body.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Điều 1.', marks: [{ type: 'bold' }] },
        { type: 'text', text: ` khen thưởng ${org.name}.` },
      ],
    });
    expect(() => documentModel.parse(m)).not.toThrow();
  });

  it('front matter overrides every default; number from a string; dates typed dd/mm/yyyy; dashes off recipients', () => {
    const t =
      '---\ntype: Biên bản\nnumber: "07"\nissuerCode: CĐCS-BNC\nupperLevel: LĐLĐ tỉnh X\nissuer: Công đoàn Y\nplace: Huế\ndate: 05/02/2026\nsigners:\n  - { position: THƯ KÝ, name: A }\n  - { position: CHỦ TRÌ, name: B }\nrecipients:\n  - "- Như trên;"\n  - Lưu VT.\n---\nx';
    const f = buildDocument(t, { org }).fields;
    expect(f).toMatchObject({
      type: 'BB',
      number: 7,
      issuerCode: 'CĐCS-BNC',
      upperLevel: 'LĐLĐ tỉnh X',
      issuer: 'Công đoàn Y',
      place: 'Huế',
      date: '2026-02-05',
      recipients: ['Như trên;', 'Lưu VT.'],
    });
    expect(f.signers).toEqual([
      { authority: '', position: 'THƯ KÝ', name: 'A' },
      { authority: '', position: 'CHỦ TRÌ', name: 'B' },
    ]);
    expect(formatDocNumber(f)).toBe('07/BB-CĐCS-BNC');
  });

  it('appendices from "\\phuluc" lines, their names and bodies filled like the rest', () => {
    const t =
      '---\ntype: QĐ\nsummary: Về việc khen thưởng\n---\n**Điều 1.** Khen thưởng {{n|count}} đoàn viên.\n\n\\phuluc Danh sách khen thưởng năm {{date|year}}\n{{n|table:name=Họ và tên}}';
    const m = buildDocument(t, { org, data: { n: [{ name: 'An' }, { name: 'Bình' }] }, today: '2026-02-05' });
    expect(m.body.content).toHaveLength(1);
    expect(m.appendices).toHaveLength(1);
    expect(m.appendices![0].title).toBe('Danh sách khen thưởng năm 2026');
    expect(JSON.stringify(m.appendices![0].body)).toContain('Bình');
    expect(() => documentModel.parse(m)).not.toThrow();
    expect(buildDocument('---\ntype: QĐ\nsummary: x\n---\nx', { org }).appendices).toBeUndefined();
  });

  it('type is accepted as the code or the name, with or without diacritics', () => {
    for (const v of ['BB', 'bb', 'Biên bản', 'BIÊN BẢN', 'bien ban']) expect(resolveDocType(v)).toBe('BB');
    expect(resolveDocType('QĐ')).toBe('QĐ');
    expect(resolveDocType('QD')).toBe('QĐ');
    expect(resolveDocType('Quyết định')).toBe('QĐ');
    expect(resolveDocType('CTr')).toBe('CTr');
    expect(resolveDocType('CT')).toBe('CT');
    expect(resolveDocType('Công văn')).toBe('CV');
    expect(resolveDocType('Thư')).toBeNull();
    const a = buildDocument('---\ntype: BB\n---\nx', { org, today: '2026-02-05' });
    const b = buildDocument('---\ntype: Biên bản\n---\nx', { org, today: '2026-02-05' });
    expect(a).toEqual(b);
  });

  it('the upper-level name printed is the one in force on the document date (before and after a change)', () => {
    expect(upperLevelOn(history, '2025-06-30')).toBe('Liên đoàn Lao động quận Long Biên');
    expect(upperLevelOn(history, '2025-07-01')).toBe('Công đoàn phường Long Biên');
    expect(upperLevelOn(history, '2020-01-01')).toBe('Liên đoàn Lao động quận Long Biên');
    expect(upperLevelOn([], '2025-01-01')).toBeNull();
    const t = '---\ntype: BC\ndate: "{{d}}"\n---\nGửi {{org.upperLevelName}}.';
    const before = buildDocument(t, { org, upperLevels: history, data: { d: '2025-03-15' } });
    const after = buildDocument(t, { org, upperLevels: history, data: { d: '2025-09-01' } });
    expect(before.fields.upperLevel).toBe('Liên đoàn Lao động quận Long Biên');
    expect(before.body.content[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Gửi Liên đoàn Lao động quận Long Biên.' }],
    });
    expect(after.fields.upperLevel).toBe('Công đoàn phường Long Biên');
    // Without a history the profile's current name is used.
    expect(buildDocument(t, { org, data: { d: '2025-03-15' } }).fields.upperLevel).toBe('Công đoàn phường Long Biên');
  });

  it('a công văn has no type code: "12/CĐCS-VP", and needs its "V/v" summary', () => {
    const m = buildDocument(
      '---\ntype: CV\nnumber: 12\nissuerCode: CĐCS-VP\nsummary: V/v đối thoại\n---\nKính gửi: {{to}}',
      { org, data: { to: 'Ban Giám đốc' }, today: '2026-02-05' },
    );
    expect(formatDocNumber(m.fields)).toBe('12/CĐCS-VP');
    expect(formatDocNumber({ ...m.fields, number: 5 })).toBe('05/CĐCS-VP');
    expect(formatDocNumber({ ...m.fields, type: 'BB', issuerCode: 'CĐCS', number: 7 })).toBe('07/BB-CĐCS');
    expect(err(() => buildDocument('---\ntype: Công văn\n---\nx', { org })).missing).toEqual(['summary']);
  });

  it('{{docNumber}}, {{date}} and {{today}} are automatic; a draft number is left blank', () => {
    const t =
      '---\ntype: QĐ\ndate: 2026-02-03\n---\nKèm theo Quyết định số {{docNumber}} {{date|long}}; lập {{today}}.';
    const text = (n: string) =>
      JSON.stringify(buildDocument(t.replace('type: QĐ', `type: QĐ${n}`), { org, today: '2026-02-10' }).body);
    expect(text('')).toContain('Kèm theo Quyết định số       /QĐ-CĐCS ngày 03 tháng 02 năm 2026; lập 10/02/2026.');
    expect(text('\nnumber: 3')).toContain('số 03/QĐ-CĐCS ngày');
  });

  it('missing fields, missing required variables, unknown names and bad values come in one TemplateError', () => {
    const t = [
      '---',
      'type: NQ',
      'date: 2026-02-30',
      'sumary: typo',
      'signers:',
      '  - position: CHỦ TRÌ',
      '    name: "{{chair}}"',
      'variables:',
      '  - { name: chair, label: Chủ trì }',
      '  - { name: guests, required: false }',
      '---',
      '{{chair}} {{guests}} {{who}} {{amount|words}} {{also.unknown}}',
    ].join('\n');
    const e = err(() => buildDocument(t, { org: { ...org, place: '' }, data: { amount: 'nhiều' } }));
    expect(e).toBeInstanceOf(TemplateError);
    expect(e.code).toBe('VALIDATION');
    expect(e.missing).toEqual(['chair', 'place']);
    expect(e.unknown).toEqual(['who', 'also.unknown']);
    expect(e.invalid.join('\n')).toMatch(/"sumary"[\s\S]*2026-02-30[\s\S]*words/);
    expect(e.toJSON()).toMatchObject({
      code: 'VALIDATION',
      details: { missing: ['chair', 'place'], unknown: ['who', 'also.unknown'] },
    });
  });

  it('without an organisation profile the header fields and {{org.*}} are reported missing', () => {
    const e = err(() => buildDocument('---\ntype: TB\n---\n{{org.name}}', { data: {} }));
    expect(e.missing).toEqual(['signers[0].name', 'upperLevel', 'issuer', 'place', 'org.name']);
    expect(e.unknown).toEqual([]);
    // Said in words a secretary knows, with where to fill them; the keys stay in the details for the form.
    expect(e.message).toBe(
      'Thiếu thông tin bắt buộc: họ tên người ký, tên công đoàn cấp trên, tên công đoàn ban hành, ' +
        'địa danh (nơi ban hành), tên công đoàn (điền ở Cài đặt → Thông tin công đoàn).',
    );
  });

  it('type missing or unknown; more than three signers; a number that is not a positive integer', () => {
    expect(err(() => buildDocument('x', { org })).missing).toEqual(['type']);
    const e = err(() =>
      buildDocument(
        '---\ntype: Thư\nnumber: 7a\nsigners: [{position: A, name: a}, {position: B, name: b}, {position: C, name: c}, {position: D, name: d}]\n---\n',
        { org },
      ),
    );
    expect(e.invalid).toHaveLength(3);
  });

  it('a body the model cannot hold (a table wider than 50 columns) is a VALIDATION error, not a crash', () => {
    const wide = `| ${Array.from({ length: 51 }, (_, i) => `c${i}`).join(' | ')} |\n|${'---|'.repeat(51)}`;
    const e = err(() => buildDocument(`---\ntype: DS\n---\n${wide}`, { org }));
    expect(e).toBeInstanceOf(TemplateError);
    expect(e.invalid).toEqual(['Bảng có 51 cột; tối đa 50 cột.']);
    // Anything else the model refuses still arrives as VALIDATION; other errors pass through.
    const huge = buildDocument.bind(null, `---\ntype: DS\n---\n${'x'.repeat(100_001)}`, { org });
    expect(err(huge).invalid[0]).toMatch(/^Nội dung văn bản không hợp lệ/);
    const plain = new Error('x');
    expect(toAppError(plain)).toBe(plain);
  });

  it('accepts today as a Date (its calendar day in Vietnam)', () => {
    const m = buildDocument('---\ntype: TB\n---\nx', { org, today: new Date('2026-02-04T18:30:00Z') });
    expect(m.fields.date).toBe('2026-02-05');
  });
});
