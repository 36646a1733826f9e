/** CLI strings of `uniondesk web` (its face: web.ts). English is the base; Vietnamese overrides key by key. */
const en = {
  'web.description': 'serve UnionDesk to the local browser (127.0.0.1 only) until Ctrl+C',
  'web.port': 'port (0 = any free port)',
  'web.stopping': 'Stopping…',
  'web.err.badPort': 'Invalid port "{port}".',
};

const vi: Partial<Record<keyof typeof en, string>> = {
  'web.description': 'phục vụ UnionDesk cho trình duyệt trên máy này (chỉ 127.0.0.1) đến khi bấm Ctrl+C',
  'web.port': 'cổng (0 = cổng trống bất kỳ)',
  'web.stopping': 'Đang dừng…',
  'web.err.badPort': 'Cổng "{port}" không hợp lệ.',
};

export const webStrings = { en, vi };
