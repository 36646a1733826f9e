/** CLI strings of `uniondesk reports …` (its face: reports.ts). English is the base; Vietnamese overrides. */
const en = {
  'reports.description': 'statistics reports to the upper-level union',
  'reports.hdcd.description': 'Form 1-HĐCĐ as of 31/5 or 30/11: workers, members, admitted, left, groups',
  'reports.hdcd.asOf': 'the report date, YYYY-MM-DD (31/5 or 30/11)',
  'reports.hdcd.out': 'also write the report to this file (.pdf or .xlsx)',
  'reports.hdcd.period': 'Period {from} – {asOf}',
  'reports.written': 'Written: {path} ({size}).',
  'reports.col.row': 'No.',
  'reports.col.label': 'Item',
  'reports.col.value': 'Number',
};

const vi: typeof en = {
  'reports.description': 'báo cáo thống kê gửi công đoàn cấp trên',
  'reports.hdcd.description': 'báo cáo Mẫu 1-HĐCĐ tính đến 31/5 hoặc 30/11: lao động, đoàn viên, kết nạp, giảm, tổ',
  'reports.hdcd.asOf': 'ngày tính số liệu, YYYY-MM-DD (31/5 hoặc 30/11)',
  'reports.hdcd.out': 'ghi thêm báo cáo ra tệp (.pdf hoặc .xlsx)',
  'reports.hdcd.period': 'Kỳ báo cáo {from} – {asOf}',
  'reports.written': 'Đã ghi: {path} ({size}).',
  'reports.col.row': 'TT',
  'reports.col.label': 'Nội dung',
  'reports.col.value': 'Số lượng',
};

export const reportsStrings = { en, vi };
