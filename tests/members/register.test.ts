import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import { call, callErr, initCore } from '../helpers/core';

let core: Core;
const names = [
  'Nguyễn Văn An',
  'NGUYỄN VĂN AN',
  'Lê Thị Ánh',
  'Trần Văn Bình',
  'Hoàng Dũng',
  'Phạm Minh Đức',
  'Đặng Thị Hoà',
  'Bùi Thị Thuỷ',
  'Đỗ An',
];

beforeAll(async () => {
  ({ core } = await initCore());
  const tổ1 = await call(core, 'units.save', { name: 'Tổ sản xuất 1' });
  await call(core, 'units.save', { name: 'Tổ may', parentId: tổ1.id });
  for (const [i, fullName] of names.entries()) {
    await call(core, 'members.add', {
      fullName: i === 6 ? fullName.normalize('NFD') : fullName,
      gender: i % 2 ? 'female' : 'male',
      dateOfBirth: `19${80 + i}-0${(i % 9) + 1}-15`,
      unit: i < 3 ? 'Tổ sản xuất 1' : i < 5 ? 'TỔ MAY' : 'Văn phòng',
      idNumber: `0010900000${String(i).padStart(2, '0')}`,
      phone: `09123456${String(i).padStart(2, '0')}`,
      email: i === 2 ? 'Anh.Le@Example.vn' : undefined,
      cardNumber: `TH-${100 + i}`,
      joinedOn: '2015-05-01',
      positions: i === 5 ? [{ title: 'Chủ tịch', body: 'BCH', term: '2025–2030', from: '2025-06-01' }] : undefined,
    });
  }
});
afterAll(() => core.close());

const list = async (f: Record<string, unknown> = {}) =>
  (await call(core, 'members.list', { limit: 0, ...f })).items.map((m: any) => m.fullName);

describe('member register', () => {
  it('stores NFC, derives the name parts and email consent', async () => {
    const [hoa] = (await call(core, 'members.list', { query: 'thi hoa' })).items;
    expect(hoa.fullName).toBe('Đặng Thị Hoà');
    expect(hoa).toMatchObject({ familyName: 'Đặng', middleName: 'Thị', givenName: 'Hoà', status: 'active' });
    const [anh] = (await call(core, 'members.list', { query: 'anh' })).items;
    expect(anh).toMatchObject({ email: 'anh.le@example.vn', emailConsent: true, unit: 'Tổ sản xuất 1' });
  });

  it('sorts by given name, family, middle, case-insensitively (An < Ánh < Bình, Dũng < Đức)', async () => {
    const all = await list();
    expect(all.slice(0, 3).map((n: string) => n.toLowerCase())).toEqual(['đỗ an', 'nguyễn văn an', 'nguyễn văn an']);
    expect(all.indexOf('Lê Thị Ánh')).toBe(3);
    expect(all.indexOf('Trần Văn Bình')).toBe(4);
    expect(all.indexOf('Hoàng Dũng')).toBeLessThan(all.indexOf('Phạm Minh Đức'));
  });

  it('searches word starts ignoring case, tones, NFD, tone placement and đ; and by phone, CCCD, card, email', async () => {
    expect(await list({ query: 'nguyen van an' })).toHaveLength(2);
    expect(await list({ query: 'dang thi' })).toEqual(['Đặng Thị Hoà']);
    expect(await list({ query: 'Đặng Thị' })).toEqual(['Đặng Thị Hoà']);
    expect(await list({ query: 'duc' })).toEqual(['Phạm Minh Đức']);
    expect(await list({ query: 'hòa' })).toEqual(['Hoàng Dũng', 'Đặng Thị Hoà']);
    expect(await list({ query: 'thị hòa' })).toEqual(['Đặng Thị Hoà']);
    expect(await list({ query: 'thủy' })).toEqual(['Bùi Thị Thuỷ']);
    expect(await list({ query: 'van an'.normalize('NFD') })).toHaveLength(2);
    expect(await list({ query: 'an ng' })).toHaveLength(2);
    expect(await list({ query: 'uc' })).toEqual([]);
    expect(await list({ query: '0912 3456 05' })).toEqual(['Phạm Minh Đức']);
    expect(await list({ query: '001090000003' })).toEqual(['Trần Văn Bình']);
    expect(await list({ query: 'th-104' })).toEqual(['Hoàng Dũng']);
    expect(await list({ query: 'anh.le@' })).toEqual(['Lê Thị Ánh']);
  });

  it('filters by union group (with sub-groups), gender, age band, position and status; pages', async () => {
    expect(await list({ unit: 'Tổ sản xuất 1' })).toHaveLength(5);
    expect(await list({ unit: 'Tổ may' })).toHaveLength(2);
    expect((await list({ gender: 'female' })).length).toBe(4);
    const age = new Date().getFullYear() - 1980;
    expect((await list({ ageMin: age - 1, ageMax: age })).sort()).toEqual(['NGUYỄN VĂN AN', 'Nguyễn Văn An'].sort());
    expect(await list({ position: 'chu tich' })).toEqual(['Phạm Minh Đức']);
    const page = await call(core, 'members.list', { offset: 2, limit: 3 });
    expect(page.total).toBe(names.length);
    expect(page.items.map((m: any) => m.fullName)).toEqual((await list()).slice(2, 5));
    const units = await call(core, 'units.list');
    expect(units.find((u: any) => u.name === 'Tổ may')).toMatchObject({ memberCount: 2, parentId: expect.any(String) });
  });

  it('keeps a dated lifecycle history and refuses illegal transitions with a clear message', async () => {
    const [m] = (await call(core, 'members.list', { query: 'binh' })).items;
    await call(core, 'members.setStatus', {
      id: m.id,
      status: 'suspended',
      date: '2026-03-01',
      reason: 'Nghỉ không lương 3 tháng',
      ref: 'QĐ 12/QĐ-CĐCS',
    });
    await call(core, 'members.setStatus', { id: m.id, status: 'active', date: '2026-06-01', reason: 'Đi làm lại' });
    await call(core, 'members.setStatus', {
      id: m.id,
      status: 'expelled',
      date: '2026-07-01',
      reason: 'Vi phạm kỷ luật',
      ref: 'NQ 03/NQ-CĐCS',
    });
    const early = await callErr(core, 'members.setStatus', {
      id: m.id,
      status: 'withdrawn',
      date: '2026-06-30',
      reason: 'thử',
    });
    expect(early.code).toBe('VALIDATION');
    const err = await callErr(core, 'members.setStatus', {
      id: m.id,
      status: 'active',
      date: '2026-08-01',
      reason: 'thử',
    });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('Bị khai trừ');
    const { history } = await call(core, 'members.get', { id: m.id });
    expect(history.map((h: any) => [h.event, h.fromStatus, h.toStatus, h.date])).toEqual([
      ['admitted', null, 'active', '2015-05-01'],
      ['suspended', 'active', 'suspended', '2026-03-01'],
      ['reinstated', 'suspended', 'active', '2026-06-01'],
      ['expelled', 'active', 'expelled', '2026-07-01'],
    ]);
    expect(history[1].ref).toBe('QĐ 12/QĐ-CĐCS');
    expect(await list({ status: ['expelled'] })).toEqual(['Trần Văn Bình']);
  });

  it('updates, validates and deletes (tombstone), keeping search current', async () => {
    const [m] = (await call(core, 'members.list', { query: 'thuy' })).items;
    const up = await call(core, 'members.update', { id: m.id, fullName: 'Bùi Thị Thu Thuỷ', email: 'thuy@cty.vn' });
    expect(up).toMatchObject({ middleName: 'Thị Thu', givenName: 'Thuỷ', emailConsent: true });
    expect(await list({ query: 'thu thuy' })).toEqual(['Bùi Thị Thu Thuỷ']);
    const bad = await callErr(core, 'members.update', { id: m.id, idNumber: '12345', email: 'không-phải-email' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.details.map((d: any) => d.path[0]).sort()).toEqual(['email', 'idNumber']);
    expect((await callErr(core, 'members.add', { fullName: '  ' })).details[0].path).toEqual(['fullName']);
    await call(core, 'members.delete', { id: m.id });
    expect(await list({ query: 'thuy' })).toEqual([]);
    expect((await callErr(core, 'members.get', { id: m.id })).code).toBe('NOT_FOUND');
  });
});
