/** Synthetic but realistic Vietnamese members for benchmarks (deterministic). */
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
  'Lý',
];
const MIDDLE = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Minh',
  'Thanh',
  'Ngọc',
  'Thu',
  'Quốc',
  'Xuân',
  'Hoàng',
  'Kim',
  'Thị Thu',
  'Văn Hải',
];
const GIVEN = [
  'An',
  'Ánh',
  'Bình',
  'Châu',
  'Cường',
  'Dũng',
  'Đức',
  'Giang',
  'Hà',
  'Hải',
  'Hoà',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Ngân',
  'Nhung',
  'Oanh',
  'Phong',
  'Phương',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thuỷ',
  'Trang',
  'Tú',
  'Tuấn',
  'Vân',
  'Yến',
];
const PREFIXES = [
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '070',
  '077',
  '078',
  '079',
  '081',
  '083',
  '084',
  '085',
  '086',
  '088',
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
];
const PROVINCES = ['001', '024', '026', '027', '030', '031', '036', '038', '040', '079', '074', '075', '092'];
const UNITS = [
  'Tổ sản xuất 1',
  'Tổ sản xuất 2',
  'Tổ may',
  'Tổ cắt',
  'Tổ hoàn thiện',
  'Văn phòng',
  'Kho vận',
  'Bảo trì',
];

export function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

export interface BenchMember {
  fullName: string;
  gender: 'male' | 'female';
  dateOfBirth: string;
  idNumber: string;
  phone: string;
  unit: string;
  cardNumber: string;
  joinedOn: string;
}

export function makeMembers(n: number, seed = 42): BenchMember[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    const y = 1965 + Math.floor(r() * 40);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    return {
      fullName: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
      gender: r() < 0.6 ? 'female' : 'male',
      dateOfBirth: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      idNumber: `${pick(PROVINCES)}${r() < 0.5 ? '1' : '3'}${String(80 + Math.floor(r() * 20))}${String(1_000_000 + i).slice(-6)}`,
      phone: `${pick(PREFIXES)}${String(10_000_000 + i).slice(-7)}`,
      unit: pick(UNITS),
      cardNumber: `CD${String(i).padStart(7, '0')}`,
      joinedOn: `${2010 + Math.floor(r() * 15)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
    };
  });
}

export const QUERIES = [
  'nguyen',
  'nguyen van',
  'tran thi',
  'duc',
  'dang',
  'hoa',
  'thuy',
  'le thi hoa',
  'an',
  'anh',
  'ph',
  'vo',
  'ngoc lan',
  'minh tuan',
  'b',
  'x',
  '0912',
  '0386',
  'cd00123',
  '079',
  'bui van hai',
  'ho',
];
