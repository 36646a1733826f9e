/** Three members, two union groups, and the funds fake: the setup the finance and welfare page tests share. */
import { EMPTY_PROFILE, createFakeCore, makeMember } from './fakeCore';
import { installFakeFunds } from './fakeFunds';

export function fundsSetup() {
  const core = createFakeCore({
    vault: 'unlocked',
    passphrase: 'x'.repeat(8),
    profile: { ...EMPTY_PROFILE, name: 'CĐCS Dệt may', chairName: 'Trần Văn Chủ' },
  });
  core.state.units = [
    { id: 'u-may', name: 'Tổ May 1', parentId: null, memberCount: 0 },
    { id: 'u-cat', name: 'Tổ Cắt', parentId: null, memberCount: 0 },
  ];
  const inMay = { unitId: 'u-may', unit: 'Tổ May 1', joinedOn: '2020-01-01' };
  core.state.members = [
    makeMember({ id: 'an', fullName: 'Nguyễn Văn An', idNumber: '001090000001', ...inMay }),
    makeMember({ id: 'binh', fullName: 'Trần Thị Bình', idNumber: '001090000002', hazardousWork: true, ...inMay }),
    makeMember({ id: 'chi', fullName: 'Lê Thị Chi', unitId: 'u-cat', unit: 'Tổ Cắt', joinedOn: '2020-01-01' }),
  ];
  return { core, funds: installFakeFunds(core) };
}
