/**
 * The doctor's plain sentences in Vietnamese, for a secretary: what was found and, when something is wrong, what to
 * do. The app has the same sentences in both languages (renderer/settings/doctor texts); the CLI prints these.
 */
import type { DoctorCheck } from '../../shared/doctor-contract';

type Sentence = (facts: DoctorCheck['facts']) => string;
type Sentences = Partial<Record<DoctorCheck['state'], Sentence>>;

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy HH:mm in this computer's time zone (the doctor runs on the user's own PC). */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const HELP = 'Hãy nhờ người phụ trách máy tính xem phần chi tiết kỹ thuật.';

export const SENTENCES: Record<string, Sentences> = {
  'data-dir': {
    ok: () => 'Thư mục dữ liệu trên máy này ghi được.',
    failed: () => `Ứng dụng không ghi được vào thư mục dữ liệu (ổ đĩa đầy hoặc không có quyền ghi). ${HELP}`,
  },
  'vault-file': {
    ok: () => 'Tệp giữ khoá của kho dữ liệu còn nguyên vẹn.',
    failed: () =>
      `Tệp giữ khoá của kho dữ liệu bị thiếu hoặc hỏng. Đừng xoá gì; hãy dùng khoá khôi phục đã in khi thiết lập. ${HELP}`,
  },
  'database-encrypted': {
    ok: () => 'Dữ liệu được mã hoá: không ai đọc được nếu không có mật khẩu.',
    failed: () => `Không thấy tệp dữ liệu, hoặc tệp dữ liệu không được mã hoá. ${HELP}`,
  },
  key: {
    ok: () => 'Mật khẩu mở được dữ liệu.',
    skipped: () => 'Kho dữ liệu đang khoá: mở khoá rồi kiểm tra lại để xem cả dữ liệu bên trong.',
    failed: () => `Không kiểm tra được khoá vì tệp giữ khoá có vấn đề. ${HELP}`,
  },
  integrity: {
    ok: () => 'Dữ liệu không có chỗ nào bị hỏng.',
    failed: () =>
      'Dữ liệu có chỗ bị hỏng. Hãy tạo ngay một bản sao lưu, rồi khôi phục bản sao lưu gần nhất còn tốt (Cài đặt → Sao lưu).',
  },
  'foreign-keys': {
    ok: () => 'Các liên kết giữa đoàn viên, tổ công đoàn và hồ sơ đều khớp.',
    failed: (f) => `Có ${f.count} liên kết trong dữ liệu không khớp. ${HELP}`,
  },
  schema: {
    ok: () => 'Dữ liệu đúng với phiên bản ứng dụng đang dùng.',
    failed: (f) =>
      Number(f.database) > Number(f.app)
        ? 'Dữ liệu do một phiên bản UnionDesk mới hơn tạo ra: hãy cập nhật ứng dụng.'
        : `Dữ liệu chưa được nâng cấp cho phiên bản ứng dụng này. ${HELP}`,
  },
  cipher: {
    ok: () => 'Bộ mã hoá dữ liệu hoạt động bình thường.',
    failed: () => `Không thấy bộ mã hoá dữ liệu. ${HELP}`,
  },
  backups: {
    ok: (f) => `Có ${f.count} bản sao lưu; bản mới nhất lúc ${f.lastAtLocal}.`,
    warning: (f) =>
      Number(f.count) === 0
        ? 'Chưa có bản sao lưu nào. Hãy tạo một bản sao lưu và lưu ra USB (Cài đặt → Sao lưu).'
        : `Bản sao lưu mới nhất đã cũ (lúc ${f.lastAtLocal}, ${f.days} ngày trước). Hãy tạo bản sao lưu mới và lưu ra USB.`,
  },
};
