/** `uniondesk members …` / `units …` end to end: add, register order, Vietnamese search, lifecycle, show, update. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, initVault, json, run, runsOn, tempDir } from './helpers';

afterAll(cleanup);

let dataDir = '';
let files = '';
const { cli, human, withStdin: runWithStdin } = runsOn(() => dataDir);

const PEOPLE = [
  { fullName: 'Hoàng Minh Đức', gender: 'male', dateOfBirth: '1988-11-30', idNumber: '001088000006', unit: 'Tổ 2' },
  {
    fullName: 'Nguyễn Văn An',
    gender: 'male',
    dateOfBirth: '1990-02-05',
    idNumber: '001090000001',
    phone: '0912345678',
    unit: 'Tổ 1',
    eventDate: '2020-01-01',
  },
  { fullName: 'Đặng Thị Lan', gender: 'female', idNumber: '001190000008', unit: 'Tổ 2', email: 'Lan.Dang@Example.VN' },
  {
    fullName: 'Lê Thị Ánh'.normalize('NFD'),
    gender: 'female',
    dateOfBirth: '1995-07-01',
    idNumber: '001195000003',
    unit: 'Tổ 1',
  },
  { fullName: 'Trần Văn Bình', gender: 'male', idNumber: '001092000004', unit: 'Tổ 2' },
  { fullName: 'NGUYỄN VĂN AN', gender: 'male', idNumber: '001090000002', unit: 'Tổ 2' },
  { fullName: 'Phạm Văn Dũng', gender: 'male', idNumber: '001091000005', unit: 'Tổ 1' },
  { fullName: 'Đặng Thị Hoa', gender: 'female', idNumber: '001193000007', unit: 'Tổ 2' },
];
const ids: Record<string, string> = {};
const names = (list: { fullName: string }[]) => list.map((m) => m.fullName);

beforeAll(async () => {
  dataDir = (await initVault()).dataDir;
  files = tempDir();
  for (const [i, p] of PEOPLE.entries()) {
    const file = path.join(files, `m${i}.json`);
    writeFileSync(file, JSON.stringify(p));
    const r = await cli('members', 'add', file);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const saved = json(r);
    expect(saved.id).toBeTruthy();
    ids[p.fullName.normalize('NFC')] = saved.id;
  }
});

describe('uniondesk members', () => {
  it('add stores names in NFC with their parts, and emails lower-cased', async () => {
    const anh = json(await cli('members', 'show', ids['Lê Thị Ánh']));
    expect(anh.fullName).toBe('Lê Thị Ánh');
    expect(anh.fullName).toBe(anh.fullName.normalize('NFC'));
    expect([anh.familyName, anh.middleName, anh.givenName]).toEqual(['Lê', 'Thị', 'Ánh']);
    expect(anh.dateOfBirth).toBe('1995-07-01');
    const lan = json(await cli('members', 'show', ids['Đặng Thị Lan']));
    expect(lan.email).toBe('lan.dang@example.vn');
  });

  it('list --json is the whole register in Vietnamese order (given name, then family, then middle)', async () => {
    const r = await cli('members', 'list');
    expect(r.code, r.stderr).toBe(0);
    const list = json<{ fullName: string; givenName: string }[]>(r);
    expect(list).toHaveLength(PEOPLE.length);
    expect(list.slice(2).map((m) => m.givenName)).toEqual(['Ánh', 'Bình', 'Dũng', 'Đức', 'Hoa', 'Lan']);
    // The two An's, whatever their case, sort together at the top, before Ánh; Dũng before Đức.
    expect(new Set(names(list.slice(0, 2)))).toEqual(new Set(['Nguyễn Văn An', 'NGUYỄN VĂN AN']));
    expect(names(list.slice(2))).toEqual([
      'Lê Thị Ánh',
      'Trần Văn Bình',
      'Phạm Văn Dũng',
      'Hoàng Minh Đức',
      'Đặng Thị Hoa',
      'Đặng Thị Lan',
    ]);
  });

  it('list filters: --unit, --gender, --status (comma list); a bad status is a usage error', async () => {
    expect(names(json(await cli('members', 'list', '--unit', 'Tổ 1'))).sort()).toEqual(
      ['Lê Thị Ánh', 'Nguyễn Văn An', 'Phạm Văn Dũng'].sort(),
    );
    // The one group lookup: typed without diacritics, the group is still found.
    expect(names(json(await cli('members', 'list', '--unit', 'to 1'))).sort()).toEqual(
      ['Lê Thị Ánh', 'Nguyễn Văn An', 'Phạm Văn Dũng'].sort(),
    );
    expect(names(json(await cli('members', 'list', '--gender', 'female')))).toEqual([
      'Lê Thị Ánh',
      'Đặng Thị Hoa',
      'Đặng Thị Lan',
    ]);
    expect(json(await cli('members', 'list', '--status', 'active,honorary')).length).toBeGreaterThan(0);
    const bad = await cli('members', 'list', '--status', 'sleeping');
    expect(bad.code).toBe(2);
    expect(json(bad).error.code).toBe('USAGE');
  });

  it('list in human mode is a table with Vietnamese dates and statuses', async () => {
    const r = await human('members', 'list');
    expect(r.code, r.stderr).toBe(0);
    for (const s of [
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Tổ',
      'Trạng thái',
      'Điện thoại',
      '05/02/1990',
      'Đang sinh hoạt',
      '0912345678',
      'Tổng cộng: 8',
    ]) {
      expect(r.stdout).toContain(s);
    }
  });

  const search = async (...args: string[]) => {
    const r = await cli('members', 'search', ...args);
    expect(r.code, r.stderr).toBe(0);
    return names(json(r));
  };

  it('search ignores case, diacritics, NFC/NFD and đ/d', async () => {
    expect(new Set(await search('nguyen van an'))).toEqual(new Set(['Nguyễn Văn An', 'NGUYỄN VĂN AN']));
    expect(await search('duc')).toEqual(['Hoàng Minh Đức']);
    expect(await search('dang thi')).toEqual(['Đặng Thị Hoa', 'Đặng Thị Lan']);
    expect(await search('Đặng Thị')).toEqual(['Đặng Thị Hoa', 'Đặng Thị Lan']);
    expect(await search('anh')).toEqual(['Lê Thị Ánh']);
  });

  it('search finds a phone; --limit N caps the results, --limit 0 means all', async () => {
    expect(await search('0912345678')).toEqual(['Nguyễn Văn An']);
    expect(await search('van')).toHaveLength(4);
    expect(await search('van', '--limit', '2')).toHaveLength(2);
    expect(await search('van', '--limit', '0')).toHaveLength(4);
    expect((await cli('members', 'search', 'van', '--limit', '-1')).code).toBe(2);
  });

  it('set-status: a legal change is recorded; an illegal one is refused (CONFLICT, exit 1) with a Vietnamese message', async () => {
    const id = ids['Nguyễn Văn An'];
    const ok = await cli(
      'members',
      'set-status',
      id,
      '--status',
      'suspended',
      '--date',
      '2024-03-01',
      '--reason',
      'Đi học dài hạn',
      '--ref',
      'QĐ 05/2024',
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(json(ok)).toMatchObject({ id, status: 'suspended' });

    const illegal = await human(
      'members',
      'set-status',
      id,
      '--status',
      'honorary',
      '--date',
      '2024-04-01',
      '--reason',
      'Thử',
    );
    expect(illegal.code).toBe(1);
    expect(illegal.stderr).toMatch(/^Lỗi: .*[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/m);
    const illegalJson = await cli(
      'members',
      'set-status',
      id,
      '--status',
      'honorary',
      '--date',
      '2024-04-01',
      '--reason',
      'Thử',
    );
    expect(json(illegalJson).error.code).toBe('CONFLICT');
    expect(names(json(await cli('members', 'list', '--status', 'suspended')))).toEqual(['Nguyễn Văn An']);
    expect(
      (await cli('members', 'set-status', id, '--status', 'napping', '--date', '2024-04-01', '--reason', 'x')).code,
    ).toBe(2);
    expect((await cli('members', 'set-status', id, '--status', 'active', '--reason', 'x')).code).toBe(2);
  });

  it('show --json: member fields at the top level plus the dated history; human mode shows the timeline', async () => {
    const id = ids['Nguyễn Văn An'];
    const r = await cli('members', 'show', id);
    expect(r.code, r.stderr).toBe(0);
    const m = json(r);
    expect(m).toMatchObject({
      id,
      fullName: 'Nguyễn Văn An',
      familyName: 'Nguyễn',
      middleName: 'Văn',
      givenName: 'An',
      gender: 'male',
      unit: 'Tổ 1',
      status: 'suspended',
    });
    expect(m.history.map((e: { event: string; date: string }) => [e.event, e.date])).toEqual([
      ['admitted', '2020-01-01'],
      ['suspended', '2024-03-01'],
    ]);
    expect(m.history[1]).toMatchObject({
      fromStatus: 'active',
      toStatus: 'suspended',
      reason: 'Đi học dài hạn',
      ref: 'QĐ 05/2024',
    });
    const h = await human('members', 'show', id);
    expect(h.stdout).toContain('01/03/2024');
    expect(h.stdout).toContain('Tạm dừng sinh hoạt');
    expect(h.stdout).toContain('QĐ 05/2024');
    expect((await cli('members', 'show', 'khong-co')).code).toBe(4);
  });

  it('update: an invalid CCCD is rejected (exit 4) naming idNumber; a valid change from stdin is saved', async () => {
    const id = ids['Trần Văn Bình'];
    const bad = path.join(files, 'bad.json');
    writeFileSync(bad, JSON.stringify({ idNumber: '12345', phone: '12' }));
    const r = await cli('members', 'update', id, bad);
    expect(r.code).toBe(4);
    const err = json(r).error;
    expect(err.code).toBe('VALIDATION');
    expect(err.details.map((d: { path: string[] }) => d.path.join('.'))).toEqual(
      expect.arrayContaining(['idNumber', 'phone']),
    );
    const h = await human('members', 'update', id, bad);
    expect(h.code).toBe(4);
    expect(h.stderr).toContain('idNumber');
    expect(h.stderr).toContain('phone');
    expect(json(await cli('members', 'show', id)).idNumber).toBe('001092000004');

    const ok = await runWithStdin(['members', 'update', id, '-'], JSON.stringify({ phone: '0987000111' }));
    expect(ok.code, ok.stderr).toBe(0);
    expect(json(ok)).toMatchObject({ id, phone: '0987000111', fullName: 'Trần Văn Bình' });
    expect((await runWithStdin(['members', 'update', id, '-'], '{not json')).code).toBe(4);
    expect((await cli('members', 'add', path.join(files, 'none.json'))).code).toBe(4);
  });

  it('tags come in the JSON file; list --tag finds their members (accents folded)', async () => {
    const id = ids['Đặng Thị Hoa'];
    const r = await runWithStdin(
      ['members', 'update', id, '-'],
      JSON.stringify({ tags: ['Nữ công', ' CLB  cầu lông'] }),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).tags).toEqual(['Nữ công', 'CLB cầu lông']);
    expect(names(json(await cli('members', 'list', '--tag', 'nu cong')))).toEqual(['Đặng Thị Hoa']);
  });

  it('update takes back what show printed (status unchanged); a changed status must go through set-status', async () => {
    const id = ids['Phạm Văn Dũng'];
    const shown = json(await cli('members', 'show', id));
    const file = path.join(files, 'roundtrip.json');
    writeFileSync(file, JSON.stringify({ ...shown, jobTitle: 'Thợ hàn' }));
    const r = await cli('members', 'update', id, file);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(json(r).jobTitle).toBe('Thợ hàn');
    writeFileSync(file, JSON.stringify({ status: 'retired' }));
    const changed = await cli('members', 'update', id, file);
    expect(changed.code).toBe(4);
    expect(json(changed).error.details[0].path).toEqual(['status']);
  });

  it('units add (with --parent by name) and list', async () => {
    const added = await cli('units', 'add', 'Tổ 1A', '--parent', 'to 1');
    expect(added.code, added.stderr).toBe(0);
    const units = json<{ id: string; name: string; parentId: string | null; memberCount: number }[]>(
      await cli('units', 'list'),
    );
    const parent = units.find((u) => u.name === 'Tổ 1')!;
    expect(units.find((u) => u.name === 'Tổ 1A')!.parentId).toBe(parent.id);
    expect(parent.memberCount).toBe(3);
    expect((await cli('units', 'add', 'Tổ X', '--parent', 'Không có')).code).toBe(4);
    expect((await human('units', 'list')).stdout).toMatch(/^ {2}Tổ 1A/m);
  });

  it('--unit includes sub-groups; delete removes a member', async () => {
    const file = path.join(files, 'sub.json');
    writeFileSync(file, JSON.stringify({ fullName: 'Vũ Thị Yến', unit: 'Tổ 1A' }));
    expect((await cli('members', 'add', file)).code).toBe(0);
    expect(names(json(await cli('members', 'list', '--unit', 'Tổ 1')))).toContain('Vũ Thị Yến');

    const del = await cli('members', 'delete', ids['Đặng Thị Lan']);
    expect(del.code, del.stderr).toBe(0);
    expect(names(json(await cli('members', 'search', 'dang thi')))).toEqual(['Đặng Thị Hoa']);
    expect((await cli('members', 'show', ids['Đặng Thị Lan'])).code).toBe(4);
  });
});

describe('members help', () => {
  it('is in Vietnamese, with English fallback', async () => {
    for (const cmd of [['members'], ['members', 'import'], ['members', 'set-status'], ['units', 'add']]) {
      const h = await run([...cmd, '--help']);
      expect(h.code, cmd.join(' ')).toBe(0);
      expect(h.stdout, cmd.join(' ')).toContain('Cách dùng:');
    }
    expect((await run(['members', 'export', '--help'])).stdout).toContain('nhạy cảm');
    expect((await run(['--lang', 'en', 'members', 'search', '--help'])).stdout).toContain('0 = all matches');
  });
});
