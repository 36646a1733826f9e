/** CLI strings of `uniondesk backup …` (its face: backup.ts). English is the base; Vietnamese overrides key by key. */
const en = {
  'backup.description': 'encrypted backups',
  'backup.create.description': 'create a backup now',
  'backup.create.out': 'write the backup to FILE (else into the backups folder)',
  'backup.list.description': 'list the backups',
  'backup.restore.description': 'restore a backup (a name from "backup list" or a file path)',
  'backup.restore.file': 'backup name or file',
  'backup.created': 'Backup created: {path} ({size}).',
  'backup.restored': 'Backup restored: {file}.',
  'backup.none': 'No backups yet.',
  'backup.col.date': 'Date',
  'backup.col.size': 'Size',
  'backup.col.kind': 'Kind',
  'backup.col.name': 'Name',
  'backup.kind.auto': 'automatic',
  'backup.kind.manual': 'manual',
  'backup.kind.pre-restore': 'before restore',
  'backup.kind.pre-migration': 'before upgrade',
};

const vi: Partial<Record<keyof typeof en, string>> = {
  'backup.description': 'sao lưu mã hóa',
  'backup.create.description': 'tạo bản sao lưu ngay',
  'backup.create.out': 'ghi bản sao lưu vào FILE (nếu không: thư mục backups)',
  'backup.list.description': 'liệt kê các bản sao lưu',
  'backup.restore.description': 'khôi phục một bản sao lưu (tên trong "backup list" hoặc đường dẫn tệp)',
  'backup.restore.file': 'tên hoặc tệp sao lưu',
  'backup.created': 'Đã tạo bản sao lưu: {path} ({size}).',
  'backup.restored': 'Đã khôi phục bản sao lưu: {file}.',
  'backup.none': 'Chưa có bản sao lưu nào.',
  'backup.col.date': 'Ngày',
  'backup.col.size': 'Dung lượng',
  'backup.col.kind': 'Loại',
  'backup.col.name': 'Tên',
  'backup.kind.auto': 'tự động',
  'backup.kind.manual': 'thủ công',
  'backup.kind.pre-restore': 'trước khôi phục',
  'backup.kind.pre-migration': 'trước nâng cấp',
};

export const backupStrings = { en, vi };
