/**
 * "Ban hành" refuses a draft that still holds its template's example values (issue 13), naming the fields in
 * Vietnamese; a draft with real values is issued, and its number fills the appendix line "(Kèm theo Quyết định số …)".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import { call, callErr, initCore } from '../helpers/core';

let core: Core;
beforeAll(async () => {
  ({ core } = await initCore());
  await call(core, 'org.update', {
    place: 'Hà Nội',
    chairName: 'Nguyễn Văn An',
    term: '2023 – 2028',
    upperLevelName: 'Công đoàn KCN Thăng Long',
    upperLevelType: 'industrial-zone',
  });
});
afterAll(() => core.close());

const examples = async (templateId: string) => {
  const t = (await call(core, 'docs.templates')).find((x: any) => x.id === templateId);
  return Object.fromEntries(t.variables.filter((v: any) => !v.automatic).map((v: any) => [v.name, v.example]));
};

const realAward = {
  subject: 'đoàn viên xuất sắc quý I năm 2026',
  achievement: 'phong trào thi đua quý I năm 2026',
  proposedBy: 'Tổ công đoàn Phân xưởng Cắt',
  fundSource: 'quỹ khen thưởng của công đoàn cơ sở',
  awardees: [
    { fullName: 'Nguyễn Thị Lan', unit: 'Tổ trưởng Tổ công đoàn Phân xưởng Cắt', amount: 400000 },
    { fullName: 'Trần Văn Bình', unit: 'Tổ viên Tổ công đoàn Kho vận', amount: 300000 },
  ],
};

const text = async (id: string) =>
  Buffer.from((await call(core, 'docs.render', { id, format: 'txt' })).base64, 'base64').toString('utf8');

describe('issuing refuses template examples', () => {
  it('names every field still holding an example, in Vietnamese, and assigns no number', async () => {
    const { doc } = await call(core, 'docs.create', {
      templateId: 'quyet-dinh-khen-thuong',
      data: await examples('quyet-dinh-khen-thuong'),
    });
    const err = await callErr(core, 'docs.issue', { id: doc.id });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('giá trị ví dụ');
    expect(err.message).toContain('Danh sách được khen thưởng');
    expect(err.message).toContain('Phạm Thị X');
    expect(err.details.map((d: any) => d.path.join('.'))).toEqual(
      expect.arrayContaining(['data.subject', 'data.achievement', 'data.awardees']),
    );
    expect((await call(core, 'docs.get', { id: doc.id })).doc).toMatchObject({ status: 'draft', number: null });
  });

  it('refuses one example left among real values, naming only that field', async () => {
    const invented = { fullName: 'Vũ Văn Y', unit: 'Công nhân Phân xưởng Cắt', amount: 500000 };
    const { doc } = await call(core, 'docs.create', {
      templateId: 'quyet-dinh-khen-thuong',
      data: { ...realAward, awardees: [...realAward.awardees, invented] },
    });
    const err = await callErr(core, 'docs.issue', { id: doc.id });
    expect(err.details).toEqual([{ path: ['data', 'awardees'], message: expect.stringContaining('Vũ Văn Y') }]);
  });

  it('issues a decision with real values; the number fills the appendix after the signature', async () => {
    const { doc, model } = await call(core, 'docs.create', { templateId: 'quyet-dinh-khen-thuong', data: realAward });
    expect(model.appendices.map((a: any) => a.title)).toEqual(['Danh sách cá nhân được khen thưởng']);
    expect(await text(doc.id)).toContain('(Kèm theo Quyết định số \u00a0');
    const issued = await call(core, 'docs.issue', { id: doc.id, date: '2026-03-10' });
    expect(issued).toMatchObject({ status: 'issued', numberText: '01/QĐ-CĐCS' });
    const t = await text(doc.id);
    expect(t).toMatch(
      /Quyết định có hiệu lực kể từ ngày ký\.[^]*TM\. BAN CHẤP HÀNH[^]*Nơi nhận:[^]*\nPhụ lục\nDANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG\n\(Kèm theo Quyết định số 01\/QĐ-CĐCS ngày 10 tháng 3 năm 2026 của /,
    );
    expect(t).toMatch(/Nguyễn Thị Lan[^]*Trần Văn Bình[^]*Tổng cộng \| {2}\| 700\.000/);
  });

  it('a real name that only begins like an example is issued (people in examples are "Phạm Thị X" placeholders)', async () => {
    const people = await examples('quyet-dinh-khen-thuong');
    expect(people.awardees.map((a: any) => a.fullName)).toEqual(['Phạm Thị X', 'Vũ Văn Y', 'Hoàng Thị O']);
    const real = [{ fullName: 'Phạm Thị Xuân', unit: 'Tổ viên Tổ công đoàn Kho vận', amount: 300000 }];
    const { doc } = await call(core, 'docs.create', {
      templateId: 'quyet-dinh-khen-thuong',
      data: { ...realAward, awardees: [...realAward.awardees, ...real] },
    });
    expect(await call(core, 'docs.issue', { id: doc.id })).toMatchObject({ status: 'issued' });
  });

  it('a blank document (no template) is not compared with anything', async () => {
    const md = '---\ntype: TB\nsummary: Về việc nghỉ lễ\n---\nĐoàn viên Phạm Thị Hồng nghỉ phép.';
    const { doc } = await call(core, 'docs.create', { markdown: md });
    expect(await call(core, 'docs.issue', { id: doc.id })).toMatchObject({ status: 'issued' });
  });
});
