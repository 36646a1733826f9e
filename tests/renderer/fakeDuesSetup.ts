/** Four members in two union groups with salaries below, at and above the cap, and one without (the fixed amount). */
import { EMPTY_PROFILE, createFakeCore, makeMember } from './fakeCore';
import { installFakeDues } from './fakeDues';

export function duesSetup() {
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may' },
  });
  core.state.units = [
    { id: 'u-may', name: 'Tổ May 1', parentId: null, memberCount: 0 },
    { id: 'u-cat', name: 'Tổ Cắt', parentId: null, memberCount: 0 },
  ];
  const inMay = { unitId: 'u-may', unit: 'Tổ May 1', joinedOn: '2020-01-01' };
  core.state.members = [
    makeMember({ id: 'an', fullName: 'Nguyễn Văn An', idNumber: '001090000001', duesSalary: 7_250_000, ...inMay }),
    makeMember({ id: 'binh', fullName: 'Trần Thị Bình', idNumber: '001090000002', duesSalary: 6_000_000, ...inMay }),
    makeMember({ id: 'chi', fullName: 'Lê Thị Chi', duesSalary: 60_000_000, ...inMay }),
    makeMember({ id: 'dung', fullName: 'Phạm Dũng', unitId: 'u-cat', unit: 'Tổ Cắt', joinedOn: '2020-01-01' }),
  ];
  return { core, dues: installFakeDues(core) };
}
