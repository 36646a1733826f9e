/**
 * The "phiếu khôi phục": a printable A4 sheet with the recovery key, made only on request and never stored —
 * the key itself is never kept anywhere, so the caller must supply it (and it is checked against the vault).
 */
import { renderPdf, PDF_FONT } from '../pdf/pdf';
import { formatDateVi, isoDay, upperVi } from '../../shared/text/format';

export async function recoverySheetPdf(recoveryKey: string, orgName: string | null, now = new Date()): Promise<Buffer> {
  const mm = (v: number) => (v * 72) / 25.4;
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [mm(30), mm(20), mm(15), mm(20)],
    defaultStyle: { font: PDF_FONT, fontSize: 13, lineHeight: 1.25 },
    info: { title: 'Phiếu khôi phục UnionDesk' },
    content: [
      { text: upperVi(orgName ?? ''), bold: true, alignment: 'center' },
      {
        text: 'PHIẾU KHÔI PHỤC KHO DỮ LIỆU UNIONDESK',
        bold: true,
        fontSize: 16,
        alignment: 'center',
        margin: [0, 18, 0, 4],
      },
      { text: `Lập ngày ${formatDateVi(isoDay(now))}`, italics: true, alignment: 'center', margin: [0, 0, 0, 24] },
      { text: 'Khoá khôi phục:', bold: true },
      {
        text: keyLines(recoveryKey),
        fontSize: 22,
        bold: true,
        alignment: 'center',
        characterSpacing: 1.5,
        margin: [0, 12, 0, 18],
      },
      {
        ul: [
          'Khoá này mở được toàn bộ dữ liệu công đoàn khi quên mật khẩu. Ai có khoá này đều mở được dữ liệu.',
          'Cất phiếu ở nơi an toàn (tủ hồ sơ có khoá), tách khỏi máy tính. Không chụp ảnh, không gửi qua Zalo hay email.',
          'Khi cần: trên màn hình mở khoá chọn "Quên mật khẩu? Dùng khoá khôi phục", nhập khoá và đặt mật khẩu mới.',
          'UnionDesk không lưu khoá này ở bất cứ đâu: mất phiếu và quên mật khẩu là mất dữ liệu.',
        ],
        margin: [0, 0, 0, 30],
      },
      { columns: [{ text: '' }, { text: 'Người giữ phiếu\n(ký, ghi rõ họ tên)', alignment: 'center', italics: true }] },
    ],
  });
}

/**
 * The key on two lines of four whole groups ("ABCD-EFGH-JKMN-PQRS-" / "TVWX-…"): left to pdfmake, a group that
 * starts with a digit cannot break after the hyphen before it (Unicode line breaking), so the line was cut inside a
 * group, and a group split over two lines is easily copied wrong.
 */
export function keyLines(recoveryKey: string): string {
  const groups = recoveryKey.split('-');
  if (groups.length < 2) return recoveryKey;
  const half = Math.ceil(groups.length / 2);
  return `${groups.slice(0, half).join('-')}-\n${groups.slice(half).join('-')}`;
}
