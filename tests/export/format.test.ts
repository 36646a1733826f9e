import { describe, expect, it } from 'vitest';
import { MEMBER_STATUSES } from '../../src/shared/members-contract';
import {
  formatDateVi,
  genderLabel,
  isoDay,
  longDateVi,
  placeDateLine,
  STATUS_LABELS,
  statusLabel,
  upperVi,
} from '../../src/shared/text/format';

describe('export formatting helpers', () => {
  it('writes dates as dd/mm/yyyy from the ISO string, never m/d, and keeps unparseable text', () => {
    expect(formatDateVi('1990-02-05')).toBe('05/02/1990');
    expect(formatDateVi('1990-12-25')).toBe('25/12/1990');
    expect(formatDateVi(null)).toBe('');
    expect(formatDateVi('khoảng 1990')).toBe('khoảng 1990');
  });

  it('dates documents by the calendar day in Vietnam, whatever the machine zone', () => {
    expect(isoDay(new Date('2026-02-04T18:00:00Z'))).toBe('2026-02-05'); // 01:00 on the 5th in Hà Nội
    expect(isoDay(new Date('2026-02-04T16:59:59Z'))).toBe('2026-02-04');
    expect(isoDay(new Date('2026-02-04T18:00:00Z'), 'UTC')).toBe('2026-02-04');
  });

  it('zero-pads days and months 1–9 in the place/date line', () => {
    expect(longDateVi('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(placeDateLine('Hà Nội', '2026-02-05')).toBe('Hà Nội, ngày 05 tháng 02 năm 2026');
    expect(placeDateLine('Bắc Ninh', '2025-11-20')).toBe('Bắc Ninh, ngày 20 tháng 11 năm 2025');
    expect(placeDateLine('', '2026-01-09')).toBe('Ngày 09 tháng 01 năm 2026');
    expect(placeDateLine('Hà Nội', '2026-05-31')).toBe('Hà Nội, ngày 31 tháng 5 năm 2026');
    expect(longDateVi('2026-03-01')).toBe('ngày 01 tháng 3 năm 2026');
    expect(longDateVi('2026-10-10')).toBe('ngày 10 tháng 10 năm 2026');
    expect(() => longDateVi('05/02/2026')).toThrow();
  });

  it('labels every status and gender in Vietnamese', () => {
    for (const s of MEMBER_STATUSES) expect(statusLabel(s)).toBe(STATUS_LABELS[s]);
    expect(Object.values(STATUS_LABELS)).toEqual([
      'Đang sinh hoạt',
      'Tạm dừng sinh hoạt',
      'Đã chuyển sinh hoạt',
      'Nghỉ hưu',
      'Xin ra khỏi tổ chức',
      'Bị khai trừ',
      'Thôi sinh hoạt',
      'Đoàn viên danh dự',
    ]);
    expect([genderLabel('male'), genderLabel('female'), genderLabel(null)]).toEqual(['Nam', 'Nữ', '']);
  });

  it('upper-cases Vietnamese names into NFC, keeping đ and every tone', () => {
    const nfd = 'Công đoàn cơ sở Trường Mầm non Hoa Sữa'.normalize('NFD');
    expect(upperVi(nfd)).toBe('CÔNG ĐOÀN CƠ SỞ TRƯỜNG MẦM NON HOA SỮA');
    expect(upperVi(nfd).normalize('NFC')).toBe(upperVi(nfd));
  });
});
