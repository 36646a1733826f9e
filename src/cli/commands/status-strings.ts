/** CLI strings of `uniondesk status` (its face: status.ts). English is the base; Vietnamese overrides key by key. */
const en = {
  'status.description': 'show the state of the vault',
  'status.state': 'State',
  'status.state.new': 'not set up yet',
  'status.state.locked': 'locked',
  'status.state.unlocked': 'unlocked',
  'status.version': 'Version',
  'status.schema': 'Database schema',
  'status.org': 'Organisation',
  'status.dataDir': 'Data folder',
};

const vi: Partial<Record<keyof typeof en, string>> = {
  'status.description': 'xem trạng thái kho dữ liệu',
  'status.state': 'Trạng thái',
  'status.state.new': 'chưa khởi tạo',
  'status.state.locked': 'đang khóa',
  'status.state.unlocked': 'đã mở khóa',
  'status.version': 'Phiên bản',
  'status.schema': 'Lược đồ CSDL',
  'status.org': 'Tổ chức',
  'status.dataDir': 'Thư mục dữ liệu',
};

export const statusStrings = { en, vi };
