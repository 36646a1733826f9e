import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import type { DocumentModel } from '../../src/shared/document-model';
import { call, callErr, initCore } from '../helpers/core';

let core: Core;
afterEach(() => core?.close());

function model(type: DocumentModel['fields']['type'], date: string, summary: string): DocumentModel {
  return {
    fields: {
      upperLevel: 'Công đoàn Khu công nghiệp Bắc Thăng Long',
      issuer: 'Công đoàn cơ sở Công ty TNHH Thử Nghiệm',
      type,
      number: null,
      issuerCode: type === 'CV' ? 'CĐCS-VP' : 'CĐCS',
      place: 'Hà Nội',
      date,
      summary,
      signers: [{ authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' }],
      recipients: ['Như Điều 3', 'Công đoàn KCN (để b/c)'],
    },
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Nội dung ${summary}` }] }] },
  };
}

async function draft(m: DocumentModel) {
  return (await call(core, 'docs.create', { model: m })).doc;
}

describe('register of outgoing documents', () => {
  it('issuing assigns the next number per type and year, restarting each 1 January; drafts have none', async () => {
    ({ core } = await initCore());
    const a = await draft(model('QĐ', '2025-12-30', 'Về việc khen thưởng'));
    expect(a).toMatchObject({ status: 'draft', number: null, numberText: null, version: 1 });
    const issuedA = await call(core, 'docs.issue', { id: a.id });
    expect(issuedA).toMatchObject({ status: 'issued', number: 1, numberText: '01/QĐ-CĐCS', year: 2025 });
    const b = await call(core, 'docs.issue', { id: (await draft(model('QĐ', '2025-12-31', 'Về việc chi hỗ trợ'))).id });
    expect(b.numberText).toBe('02/QĐ-CĐCS');
    const bb = await call(core, 'docs.issue', { id: (await draft(model('BB', '2025-12-31', 'Họp BCH'))).id });
    expect(bb.numberText).toBe('01/BB-CĐCS');
    const jan = await call(core, 'docs.issue', { id: (await draft(model('QĐ', '2026-01-02', 'Về việc kết nạp'))).id });
    expect(jan).toMatchObject({ number: 1, year: 2026, numberText: '01/QĐ-CĐCS' });
    const cv = await call(core, 'docs.issue', {
      id: (await draft(model('CV', '2026-01-05', 'V/v đăng ký khám sức khoẻ'))).id,
      date: '2026-01-06',
    });
    expect(cv).toMatchObject({ numberText: '01/CĐCS-VP', date: '2026-01-06' });
    expect((await callErr(core, 'docs.issue', { id: a.id })).code).toBe('CONFLICT');
    const { model: stored } = await call(core, 'docs.get', { id: b.id });
    expect(stored.fields).toMatchObject({ number: 2, type: 'QĐ' });
  });

  it('a draft is edited in place; an issued document changes only by a new version, the old stays readable', async () => {
    ({ core } = await initCore());
    const m = model('TB', '2026-03-02', 'Thông báo lịch khám sức khoẻ');
    const d = await draft(m);
    const edited = { ...m.fields, summary: 'Thông báo lịch khám sức khoẻ định kỳ' };
    expect((await call(core, 'docs.save', { id: d.id, fields: edited, body: m.body })).version).toBe(1);
    await call(core, 'docs.issue', { id: d.id });
    const v2body = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Sửa: khám vào thứ Bảy' }] }],
    };
    const after = await call(core, 'docs.save', {
      id: d.id,
      fields: { ...edited, number: 99, date: '2030-01-01' },
      body: v2body,
    });
    expect(after).toMatchObject({ version: 2, number: 1, date: '2026-03-02', status: 'issued' });
    const v1 = await call(core, 'docs.get', { id: d.id, version: 1 });
    expect(v1.model.body.content[0].content[0].text).toBe('Nội dung Thông báo lịch khám sức khoẻ');
    const v2 = await call(core, 'docs.get', { id: d.id });
    expect(v2.model.fields).toMatchObject({ number: 1, date: '2026-03-02' });
    expect(v2.versions.map((v: any) => [v.version, v.issued])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect((await callErr(core, 'docs.save', { id: d.id, fields: { ...edited, type: 'QĐ' }, body: v2body })).code).toBe(
      'CONFLICT',
    );
    expect((await callErr(core, 'docs.delete', { id: d.id })).code).toBe('CONFLICT');
  });

  it('keeps a document’s appendices through create, save (the editor sends no appendices), issue and render', async () => {
    ({ core } = await initCore());
    const m = model('QĐ', '2026-03-10', 'Về việc khen thưởng');
    const appendices = [
      {
        title: 'Danh sách khen thưởng',
        body: {
          type: 'doc' as const,
          content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Nguyễn Văn An' }] }],
        },
      },
    ];
    const d = await draft({ ...m, appendices });
    expect((await call(core, 'docs.get', { id: d.id })).model.appendices).toEqual(appendices);
    await call(core, 'docs.save', { id: d.id, fields: m.fields, body: m.body });
    await call(core, 'docs.issue', { id: d.id });
    const v2body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Sửa' }] }] };
    expect((await call(core, 'docs.save', { id: d.id, fields: m.fields, body: v2body })).version).toBe(2);
    const v2 = await call(core, 'docs.get', { id: d.id });
    expect(v2.model.appendices).toEqual(appendices);
    expect(v2.model.body).toEqual(v2body);
    const txt = Buffer.from((await call(core, 'docs.render', { id: d.id, format: 'txt' })).base64, 'base64').toString(
      'utf8',
    );
    expect(txt).toMatch(
      /Nơi nhận:[^]*Phụ lục\nDANH SÁCH KHEN THƯỞNG\n\(Kèm theo Quyết định số 01\/QĐ-CĐCS ngày 10 tháng 3 năm 2026 của Công đoàn cơ sở Công ty TNHH Thử Nghiệm\)\n\nNguyễn Văn An/,
    );
    // A document without appendices reads back without the key.
    expect('appendices' in (await call(core, 'docs.get', { id: (await draft(m)).id })).model).toBe(false);
  });

  it('the register is searchable without diacritics, filters by type/year/status, and exports to xlsx', async () => {
    ({ core } = await initCore());
    for (const [t, date, s] of [
      ['QĐ', '2026-02-01', 'Về việc khen thưởng đoàn viên xuất sắc'],
      ['BB', '2026-02-03', 'Họp Ban Chấp hành tháng 2'],
      ['KH', '2026-02-05', 'Kế hoạch tổ chức Tết Trung thu'],
    ] as const)
      await call(core, 'docs.issue', { id: (await draft(model(t, date, s))).id });
    const d = await draft(model('TB', '2026-02-06', 'Thông báo nháp'));
    expect((await call(core, 'docs.list', { query: 'khen thuong' })).map((x: any) => x.numberText)).toEqual([
      '01/QĐ-CĐCS',
    ]);
    expect((await call(core, 'docs.list', { query: 'trung thu' })).length).toBe(1);
    expect((await call(core, 'docs.list', { query: '01/bb' })).length).toBe(1);
    expect((await call(core, 'docs.list', { status: 'draft' })).map((x: any) => x.id)).toEqual([d.id]);
    expect((await call(core, 'docs.list', { year: 2026, type: 'KH' })).length).toBe(1);
    await call(core, 'docs.delete', { id: d.id });
    expect((await call(core, 'docs.list', {})).length).toBe(3);
    const x = await call(core, 'docs.exportRegister', { year: 2026 });
    expect(x.count).toBe(3);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.base64, 'base64') as unknown as ArrayBuffer);
    const texts = wb.worksheets[0]
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(texts).toEqual(
      expect.arrayContaining([
        'SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2026',
        '01/QĐ-CĐCS',
        '01/02/2026',
        'Kế hoạch tổ chức Tết Trung thu',
      ]),
    );
  });

  it('refuses a body outside the allow-list and issuing without a signer name', async () => {
    ({ core } = await initCore());
    const m = model('QĐ', '2026-04-01', 'Về việc X');
    const bad = { ...m, body: { type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] } };
    expect((await callErr(core, 'docs.create', { model: bad })).code).toBe('VALIDATION');
    const img = {
      ...m,
      body: { type: 'doc', content: [{ type: 'image', attrs: { src: 'https://evil.example/x.png' } }] },
    };
    expect((await callErr(core, 'docs.create', { model: img })).code).toBe('VALIDATION');
    const noName = await draft({
      ...m,
      fields: { ...m.fields, signers: [{ authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: '' }] },
    });
    expect((await callErr(core, 'docs.issue', { id: noName.id })).code).toBe('VALIDATION');
  });
});
