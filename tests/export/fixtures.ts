/** Generated Vietnamese members and an organisation for the export tests (no hand-typed lists of rows). */
import type { ExportMember, ExportOrg } from '../../src/core/members/export';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thị Thu', 'Hữu', 'Ngọc', 'Quang', 'Thị Mỹ', 'Xuân'];
const GIVEN = [
  'An',
  'Ánh',
  'Bình',
  'Dũng',
  'Đức',
  'Hường',
  'Thủy',
  'Phương Thảo',
  'Yến',
  'Khoa',
  'Nguyệt',
  'Ước',
  'Ơn',
  'Hiếu',
  'Quỳnh',
  'Tuấn',
  'Lộc',
];
const UNITS = ['Tổ Sản xuất 1', 'Tổ Hành chính', 'Tổ Kỹ thuật', 'Công đoàn bộ phận Kho vận'];
const STATUSES = ['active', 'active', 'active', 'suspended', 'retired', 'honorary'] as const;

export const ORG: ExportOrg = {
  name: 'Công đoàn cơ sở Công ty TNHH Điện tử Ánh Dương',
  upperLevelName: 'Công đoàn Khu công nghiệp Thăng Long',
  place: 'Hà Nội',
  chairName: 'Trần Thị Hoa',
};

/** 05/02/2026 in Vietnam (10:00 there). */
export const GENERATED_AT = new Date('2026-02-05T03:00:00Z');

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Distinct names (given × family × middle), NFC, with dates whose day > 12 so a US m/d reading would be visible. */
export function makeMembers(count: number): ExportMember[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`;
    return {
      fullName: name.normalize('NFC'),
      gender: i % 2 ? 'female' : 'male',
      dateOfBirth: `${1965 + (i % 40)}-${pad(1 + (i % 12), 2)}-${pad(13 + (i % 15), 2)}`,
      idNumber: `0${pad(1234567890 + i, 11)}`, // 12 digits, leading zero (province codes start 0xx)
      phone: `09${pad(12345678 + i, 8)}`,
      email: `doanvien${i}@example.vn`,
      unit: UNITS[i % UNITS.length],
      position: i % 10 === 0 ? 'Ủy viên Ban Chấp hành' : i % 7 === 0 ? 'Tổ trưởng' : null,
      joinedOn: `20${pad(10 + (i % 15), 2)}-0${1 + (i % 9)}-15`,
      cardNumber: `CD${pad(100000 + i, 7)}`,
      memberCode: `0${pad(79000000 + i, 9)}`,
      status: STATUSES[i % STATUSES.length],
      ethnicity: i % 3 ? 'Kinh' : 'Tày',
      religion: i % 4 ? 'Không' : 'Phật giáo',
    };
  });
}

export const squash = (s: string) => s.replace(/\s+/g, '');
