import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import { call, callErr, initCore } from '../helpers/core';

let core: Core;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ core } = await initCore());
  const add = async (fullName: string, extra: Record<string, unknown> = {}) =>
    (ids[fullName] = (await call(core, 'members.add', { fullName, ...extra })).id);
  await add('Nguyễn Thị Lan', { tags: ['  Nữ   công ', 'CLB bóng chuyền', 'nữ công'], idNumber: '001190000001' });
  await add('Trần Văn Hùng', { tags: ['CLB bóng đá'], idNumber: '001090000002' });
  await add('Lê Thị Mai', { idNumber: '001190000003' });
}, 60_000);
afterAll(() => core.close());

const listTagged = async (tag: string) =>
  (await call(core, 'members.list', { tag, limit: 0 })).items.map((m: { fullName: string }) => m.fullName);

describe('tags on members', () => {
  it('are stored cleaned (spaces collapsed, each once whatever its case or accents) and always read as an array', async () => {
    const lan = await call(core, 'members.get', { id: ids['Nguyễn Thị Lan'] });
    expect(lan.member.tags).toEqual(['Nữ công', 'CLB bóng chuyền']);
    const mai = await call(core, 'members.get', { id: ids['Lê Thị Mai'] });
    expect(mai.member.tags).toEqual([]);
  });

  it('refuses a tag over 50 characters, an empty one, and more than 20, in Vietnamese', async () => {
    const long = await callErr(core, 'members.add', { fullName: 'Phạm Văn Dài', tags: ['x'.repeat(51)] });
    expect(long.code).toBe('VALIDATION');
    expect(JSON.stringify(long.details)).toContain('Nhãn dài tối đa 50 ký tự');
    const many = await callErr(core, 'members.update', {
      id: ids['Lê Thị Mai'],
      tags: Array.from({ length: 21 }, (_, i) => `Nhãn ${i}`),
    });
    expect(JSON.stringify(many.details)).toContain('Tối đa 20 nhãn');
    const empty = await callErr(core, 'members.update', { id: ids['Lê Thị Mai'], tags: ['   '] });
    expect(JSON.stringify(empty.details)).toContain('Nhãn không được để trống');
  });

  it('filter the register by tag, accents and case folded, and the filter follows every update', async () => {
    expect(await listTagged('nu cong')).toEqual(['Nguyễn Thị Lan']);
    expect(await listTagged('NỮ CÔNG')).toEqual(['Nguyễn Thị Lan']);
    expect(await listTagged('CLB')).toEqual([]); // a whole tag, not a part of one
    await call(core, 'members.update', { id: ids['Lê Thị Mai'], tags: ['Nữ công'] });
    expect(await listTagged('nữ công')).toEqual(['Nguyễn Thị Lan', 'Lê Thị Mai']);
    await call(core, 'members.update', { id: ids['Lê Thị Mai'], tags: [] });
    expect(await listTagged('nữ công')).toEqual(['Nguyễn Thị Lan']);
    expect((await call(core, 'members.get', { id: ids['Lê Thị Mai'] })).member.tags).toEqual([]);
  });

  it('lists the tags in use with how many members carry each', async () => {
    expect(await call(core, 'members.tags', {})).toEqual({
      items: [
        { tag: 'CLB bóng chuyền', count: 1 },
        { tag: 'CLB bóng đá', count: 1 },
        { tag: 'Nữ công', count: 1 },
      ],
    });
  });

  it('an import column "Nhãn" tags new members and adds to the tags of members already in the register', async () => {
    const csv = [
      'Họ và tên,Số CCCD,Nhãn',
      'Nguyễn Thị Lan,001190000001,"Ban nữ công; nữ công"',
      'Hoàng Văn Nam,001090000009,"CLB bóng đá, Tình nguyện"',
    ].join('\n');
    const { jobId } = await call(core, 'members.importData', {
      fileName: 'ds.csv',
      base64: Buffer.from(csv).toString('base64'),
    });
    const job = await call(core, 'jobs.wait', { jobId });
    expect(job.result).toMatchObject({ imported: 1, updated: 1, rejected: [] });
    expect(job.result.mapping).toMatchObject({ C: 'tags' });
    const lan = await call(core, 'members.get', { id: ids['Nguyễn Thị Lan'] });
    expect(lan.member.tags).toEqual(['Nữ công', 'CLB bóng chuyền', 'Ban nữ công']);
    expect(await listTagged('clb bong da')).toEqual(['Trần Văn Hùng', 'Hoàng Văn Nam']);
  });
});
