/**
 * Programmes through a real core: capacity enforced (CONFLICT in Vietnamese), eligibility (active members only, the
 * hazardous-work flag with a blank flag counting as not hazardous, a union group with its sub-groups), unregister
 * freeing a place, and the organiser's list sorted by given name, read back from the PDF and the .xlsx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytes, call, callErr, pdfText, readXlsx, sheetValues, squash, welfareCore, type WelfareEnv } from './helpers';

let env: WelfareEnv;

beforeAll(async () => {
  env = await welfareCore([
    { fullName: 'Nguyễn Văn Bình', unit: 'Tổ may', hazardousWork: true },
    { fullName: 'Trần Thị Ánh', unit: 'Tổ cắt', hazardousWork: true },
    { fullName: 'Lê Văn An', unit: 'Tổ hoàn thiện', hazardousWork: true },
    { fullName: 'Phạm Thị Đào', unit: 'Tổ cắt' }, // hazardous flag left blank
    { fullName: 'Hoàng Văn Dũng', unit: 'Tổ may', hazardousWork: false },
    { fullName: 'Vũ Thị Ân', unit: 'Tổ may', hazardousWork: true },
  ]);
  await call(env.core, 'members.setStatus', {
    id: env.ids['Vũ Thị Ân'],
    status: 'retired',
    date: '2026-06-30',
    reason: 'Nghỉ hưu',
  });
});
afterAll(async () => {
  await env.core.close();
});

const reg = (programmeId: string, name: string) =>
  env.core.invoke('welfare.register', { programmeId, memberId: env.ids[name] });

describe('welfare programmes', () => {
  it('enforces capacity with a Vietnamese CONFLICT, and unregistering frees the place', async () => {
    const p = await call(env.core, 'welfare.addProgramme', { name: 'Quà Tết 2027', kind: 'gift', capacity: 2 });
    expect(p).toMatchObject({ capacity: 2, registered: 0, hazardousOnly: false, unitId: null });
    const id = p.id as string;
    expect(await call(env.core, 'welfare.register', { programmeId: id, memberId: env.ids['Lê Văn An'] })).toEqual({
      registered: 1,
      capacity: 2,
    });
    const twice = await callErr(env.core, 'welfare.register', { programmeId: id, memberId: env.ids['Lê Văn An'] });
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toContain('đã đăng ký');
    expect((await reg(id, 'Phạm Thị Đào')).ok).toBe(true);
    const full = await callErr(env.core, 'welfare.register', { programmeId: id, memberId: env.ids['Hoàng Văn Dũng'] });
    expect(full.code).toBe('CONFLICT');
    expect(full.message).toBe('Chương trình "Quà Tết 2027" đã đủ 2 suất: không thể đăng ký thêm Hoàng Văn Dũng.');
    expect(await call(env.core, 'welfare.unregister', { programmeId: id, memberId: env.ids['Phạm Thị Đào'] })).toEqual({
      registered: 1,
      capacity: 2,
    });
    expect(
      (await callErr(env.core, 'welfare.unregister', { programmeId: id, memberId: env.ids['Phạm Thị Đào'] })).code,
    ).toBe('NOT_FOUND');
    expect(await call(env.core, 'welfare.register', { programmeId: id, memberId: env.ids['Hoàng Văn Dũng'] })).toEqual({
      registered: 2,
      capacity: 2,
    });
    const listed = (await call(env.core, 'welfare.programmes', {})).items.find((x: { id: string }) => x.id === id);
    expect(listed.registered).toBe(2);
    // A member deleted from the register frees the place and leaves the list.
    const extra = await call(env.core, 'members.add', { fullName: 'Đinh Văn Tạm', joinedOn: '2020-01-01' });
    await call(env.core, 'welfare.unregister', { programmeId: id, memberId: env.ids['Hoàng Văn Dũng'] });
    await call(env.core, 'welfare.register', { programmeId: id, memberId: extra.id });
    await call(env.core, 'members.delete', { id: extra.id });
    const after = await call(env.core, 'welfare.programme', { id });
    expect(after.programme.registered).toBe(1);
    expect(after.members.map((m: { fullName: string }) => m.fullName)).toEqual(['Lê Văn An']);
    await call(env.core, 'welfare.register', { programmeId: id, memberId: env.ids['Hoàng Văn Dũng'] });
  });

  it('lets only active members register', async () => {
    const p = await call(env.core, 'welfare.addProgramme', { name: 'Tham quan Hạ Long', kind: 'trip', capacity: 50 });
    const retired = await callErr(env.core, 'welfare.register', { programmeId: p.id, memberId: env.ids['Vũ Thị Ân'] });
    expect(retired.code).toBe('VALIDATION');
    expect(retired.message).toBe('Vũ Thị Ân: Chỉ đoàn viên đang sinh hoạt mới được đăng ký chương trình.');
    expect((await reg(p.id, 'Nguyễn Văn Bình')).ok).toBe(true);
  });

  it('hazardous-only: a blank flag counts as not hazardous; a group includes its sub-groups', async () => {
    const p = await call(env.core, 'welfare.addProgramme', {
      name: 'Khám sức khỏe 6 tháng',
      kind: 'health-check',
      capacity: 10,
      hazardousOnly: true,
      unitId: env.units.may,
      date: '2027-01-15',
    });
    expect(p).toMatchObject({ hazardousOnly: true, unitId: env.units.may, unitName: 'Tổ may', date: '2027-01-15' });
    expect((await reg(p.id, 'Nguyễn Văn Bình')).ok).toBe(true); // Tổ may, hazardous
    expect((await reg(p.id, 'Trần Thị Ánh')).ok).toBe(true); // Tổ cắt (inside Tổ may), hazardous
    const blank = await callErr(env.core, 'welfare.register', { programmeId: p.id, memberId: env.ids['Phạm Thị Đào'] });
    expect(blank.code).toBe('VALIDATION');
    expect(blank.message).toContain('nặng nhọc, độc hại');
    const notFlagged = await reg(p.id, 'Hoàng Văn Dũng');
    expect(notFlagged.ok).toBe(false);
    const otherGroup = await callErr(env.core, 'welfare.register', {
      programmeId: p.id,
      memberId: env.ids['Lê Văn An'],
    });
    expect(otherGroup.code).toBe('VALIDATION');
    expect(otherGroup.message).toContain('tổ công đoàn đã chọn');
    const shown = await call(env.core, 'welfare.programme', { id: p.id });
    expect(shown.programme.registered).toBe(2);
    expect(shown.members.map((m: { fullName: string }) => m.fullName)).toEqual(['Trần Thị Ánh', 'Nguyễn Văn Bình']);
  });

  it('refuses an unknown programme, member or group', async () => {
    const p = await call(env.core, 'welfare.addProgramme', { name: 'Trung thu', kind: 'gift', capacity: 5 });
    expect(
      (await callErr(env.core, 'welfare.register', { programmeId: 'x', memberId: env.ids['Lê Văn An'] })).code,
    ).toBe('NOT_FOUND');
    expect((await callErr(env.core, 'welfare.register', { programmeId: p.id, memberId: 'nobody' })).code).toBe(
      'NOT_FOUND',
    );
    const badUnit = await callErr(env.core, 'welfare.addProgramme', {
      name: 'X',
      kind: 'other',
      capacity: 1,
      unitId: 'u',
    });
    expect(badUnit.code).toBe('NOT_FOUND');
  });

  it("prints the organiser's list by given name (Vietnamese order: A < Á < Â…, B), PDF and .xlsx", async () => {
    const p = await call(env.core, 'welfare.addProgramme', {
      name: 'Quà 1/6 cho con đoàn viên',
      kind: 'gift',
      capacity: 9,
    });
    for (const n of ['Nguyễn Văn Bình', 'Lê Văn An', 'Trần Thị Ánh', 'Hoàng Văn Dũng', 'Phạm Thị Đào'])
      expect((await reg(p.id, n)).ok).toBe(true);
    const order = ['Lê Văn An', 'Trần Thị Ánh', 'Nguyễn Văn Bình', 'Hoàng Văn Dũng', 'Phạm Thị Đào'];
    const shown = await call(env.core, 'welfare.programme', { id: p.id });
    expect(shown.members.map((m: { fullName: string }) => m.fullName)).toEqual(order);

    const pdf = await call(env.core, 'welfare.programmeFile', { id: p.id, format: 'pdf' });
    expect(pdf.mime).toBe('application/pdf');
    const text = pdfText(bytes(pdf)).text;
    expect(squash(text)).toContain(squash('DANH SÁCH ĐOÀN VIÊN ĐĂNG KÝ: QUÀ 1/6 CHO CON ĐOÀN VIÊN'));
    expect(squash(text)).toContain(squash('Đã đăng ký 5/9 suất'));
    const positions = order.map((n) => squash(text).indexOf(squash(n)));
    expect(positions.every((x) => x >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const xlsx = await call(env.core, 'welfare.programmeFile', { id: p.id, format: 'xlsx' });
    expect(xlsx.fileName).toBe('danh-sach-qua-1-6-cho-con-doan-vien.xlsx');
    const rows = sheetValues((await readXlsx(bytes(xlsx))).worksheets[0]);
    expect(rows[5]).toEqual(['STT', 'Họ và tên', 'Số CCCD', 'Tổ công đoàn', 'Ký nhận']);
    expect(rows.slice(6).map((r) => r[1])).toEqual(order);
    expect(rows[6]).toEqual([1, 'Lê Văn An', '001090000003', 'Tổ hoàn thiện', null]);
  });
});
