/**
 * Date-times for invitations: meeting times are local wall-clock times in Asia/Ho_Chi_Minh (what the union writes on
 * the Giấy mời), DTSTAMP is a UTC instant. Errors are Vietnamese sentences for the CLI and the app.
 */
import { AppError } from '../../shared/errors';
import { isRealIsoDate } from '../../shared/iso-date';

export const VN_TZID = 'Asia/Ho_Chi_Minh';

// Seconds are accepted because an ISO local time may carry them; the form the meetings record uses is HH:mm.
const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * `YYYY-MM-DDTHH:mm[:ss]` (a real day, 00:00–23:59) → the iCalendar local form `YYYYMMDDTHHMMSS`.
 * `label` names the field in the error ("Thời gian bắt đầu").
 */
export function icsLocalDateTime(value: string, label: string): string {
  const m = LOCAL.exec(value);
  const bad = () =>
    new AppError(
      'VALIDATION',
      `${label} không hợp lệ: "${value}". Cần dạng YYYY-MM-DDTHH:mm, ví dụ 2026-12-10T08:00.`,
      {
        field: label,
        value,
      },
    );
  if (!m || !isRealIsoDate(m[1]!)) throw bad();
  const [hh, mm, ss = '00'] = [m[2]!, m[3]!, m[4]];
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) throw bad();
  return `${m[1]!.replace(/-/g, '')}T${hh}${mm}${ss}`;
}

// An absolute instant: a Z or an explicit offset, never a bare local time (it would be read in the machine's zone,
// and the same meeting would get a different DTSTAMP on another computer).
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A UTC DATE-TIME (`YYYYMMDDTHHMMSSZ`, §3.3.5 form 2) from a Date or an ISO instant; milliseconds are dropped. */
export function icsUtcDateTime(value: Date | string, label = 'Thời điểm tạo lịch (DTSTAMP)'): string {
  const d = typeof value === 'string' ? (INSTANT.test(value) ? new Date(value) : new Date(NaN)) : value;
  if (Number.isNaN(d.getTime())) {
    throw new AppError(
      'VALIDATION',
      `${label} không hợp lệ: "${String(value)}". Cần một thời điểm ISO có múi giờ, ví dụ 2026-12-07T03:30:00Z.`,
      { field: label, value: String(value) },
    );
  }
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
