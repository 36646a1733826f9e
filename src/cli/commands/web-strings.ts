/** CLI strings of `uniondesk web` (its face: web.ts). English is the base; Vietnamese overrides key by key. */
const en = {
  'web.description': 'serve UnionDesk to the local browser (127.0.0.1 only) until Ctrl+C',
  'web.port': 'port (0 = any free port)',
  'web.stopping': 'Stopping…',
  'web.err.badPort': 'Invalid port "{port}".',
  'web.passphraseSet':
    'Warning: UNIONDESK_PASSPHRASE is set. `uniondesk web` does not need it (you unlock in the browser) and it stays ' +
    'readable in this process environment while the host runs: unset it before starting `uniondesk web`.',
};

const vi: Partial<Record<keyof typeof en, string>> = {
  'web.description': 'phục vụ UnionDesk cho trình duyệt trên máy này (chỉ 127.0.0.1) đến khi bấm Ctrl+C',
  'web.port': 'cổng (0 = cổng trống bất kỳ)',
  'web.stopping': 'Đang dừng…',
  'web.err.badPort': 'Cổng "{port}" không hợp lệ.',
  'web.passphraseSet':
    'Cảnh báo: biến UNIONDESK_PASSPHRASE đang được đặt. `uniondesk web` không cần nó (mở khoá ngay trên trình duyệt) ' +
    'và mật khẩu vẫn nằm trong môi trường của tiến trình suốt thời gian chạy: hãy bỏ biến này trước khi chạy `uniondesk web`.',
};

export const webStrings = { en, vi };
