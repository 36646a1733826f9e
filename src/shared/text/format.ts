/**
 * Pure formatting helpers for tables, exports and printed documents (no Node, no DOM). Vietnamese conventions from
 * DOMAIN.md: dd/mm/yyyy in tables, "ngày 05 tháng 02 năm 2026"
 * in documents, never US m/d.
 */
import type { MemberStatus } from '../members-contract';

/** Documents are dated in Vietnam's calendar day, whatever the machine's zone (a CI box runs in UTC). */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export const STATUS_LABELS: Record<MemberStatus, string> = {
  active: 'Đang sinh hoạt',
  suspended: 'Tạm dừng sinh hoạt',
  transferred_out: 'Đã chuyển sinh hoạt',
  retired: 'Nghỉ hưu',
  withdrawn: 'Xin ra khỏi tổ chức',
  expelled: 'Bị khai trừ',
  ceased: 'Thôi sinh hoạt',
  honorary: 'Đoàn viên danh dự',
};

export function statusLabel(status: MemberStatus | null | undefined): string {
  return status ? (STATUS_LABELS[status] ?? status) : '';
}

export function genderLabel(gender: 'male' | 'female' | null | undefined): string {
  return gender === 'male' ? 'Nam' : gender === 'female' ? 'Nữ' : '';
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "1990-02-05" → "05/02/1990". Works on the string, not through Date, so no time zone can shift the day.
 * Anything that is not an ISO date is returned unchanged rather than lost.
 */
export function formatDateVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The calendar day of an instant in Vietnam (or another zone), as "YYYY-MM-DD". */
export function isoDay(at: Date, timeZone: string = VN_TIME_ZONE): string {
  // en-CA formats as YYYY-MM-DD; formatToParts keeps us independent of that detail anyway.
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "ngày 05 tháng 02 năm 2026": days and months 1–9 zero-padded, as Nghị định 30 prescribes. */
export function longDateVi(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  // Nghị định 30/2020: days below 10 and months 1–2 take a leading zero ("tháng 02"), other months do not ("tháng 5").
  const month = Number(m[2]) <= 2 ? m[2] : String(Number(m[2]));
  return `ngày ${m[3]} tháng ${month} năm ${m[1]}`;
}

/** The place/date line under the national motto: "Hà Nội, ngày 05 tháng 02 năm 2026" (no place: "Ngày …"). */
export function placeDateLine(place: string | null | undefined, iso: string): string {
  const p = (place ?? '').trim();
  const d = longDateVi(iso);
  return p ? `${p}, ${d}` : d.charAt(0).toUpperCase() + d.slice(1);
}

/** Names in headers are UPPERCASE; the Vietnamese locale keeps đ → Đ and every tone mark. */
export function upperVi(s: string | null | undefined): string {
  return (s ?? '').normalize('NFC').toLocaleUpperCase('vi-VN').trim();
}

export function totalLine(n: number): string {
  return `Tổng cộng: ${n} đoàn viên`;
}

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** "2026-01-16" → "thứ Sáu" (an invitation names the weekday beside the date). */
export function weekdayVi(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()]!;
}
