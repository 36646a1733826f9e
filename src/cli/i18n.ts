/**
 * CLI strings. English is the complete base; Vietnamese (the default language) overrides it key by key,
 * so a string not yet translated falls back to English instead of showing a key.
 */
import { membersEn, membersVi } from './i18n-members';
import { docsEn, docsVi } from './i18n-docs';
import { filesEn, filesVi } from './i18n-files';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

const en = {
  'prog.description': 'UnionDesk command line: the same encrypted core as the desktop app, without a window.',
  'opt.dataDir': 'data folder (else $UNIONDESK_DATA_DIR, else the desktop app folder)',
  'opt.passphraseFile': 'read the passphrase from the first line of FILE (else $UNIONDESK_PASSPHRASE)',
  'opt.json': 'print exactly one JSON document on stdout',
  'opt.lang': 'language of help and messages (else $UNIONDESK_LANG)',
  'opt.help': 'show help for the command',
  'opt.version': 'show the version',
  'cmd.help': 'show help for a command',
  'title.Usage:': 'Usage:',
  'title.Options:': 'Options:',
  'title.Global Options:': 'Global options:',
  'title.Commands:': 'Commands:',
  'title.Arguments:': 'Arguments:',
  'help.choices': 'choices',
  'help.default': 'default',
  'help.after': `
Secrets are never taken as arguments (they would leak into shell history and the process list):
  UNIONDESK_PASSPHRASE       passphrase (or --passphrase-file FILE)
  UNIONDESK_NEW_PASSPHRASE   new passphrase for "vault change-passphrase" and "vault recover"
  UNIONDESK_RECOVERY_KEY     recovery key for "vault recover"
Other environment: UNIONDESK_DATA_DIR, UNIONDESK_LANG (vi|en).

Exit codes: 0 ok, 1 failure, 2 usage error, 3 locked / wrong passphrase or recovery key / no vault yet,
4 input rejected (invalid value, already initialised, not found, invalid backup).`,

  'init.description': 'create the encrypted vault and the organisation profile; prints the recovery key once',
  'init.orgName': 'full name of the grassroots union (CĐCS)',
  'init.upperLevel': 'name of the upper-level union',
  'init.upperLevelType': 'kind of upper-level union',
  'init.recoveryTitle': 'RECOVERY KEY: shown only this once',
  'init.recoveryWarn1': 'Write it down or print it and keep it somewhere safe, apart from this computer.',
  'init.recoveryWarn2': 'Without the passphrase and without this key, the data cannot be opened by anyone.',
  'init.done': 'Vault created for "{name}" in {dir}.',
  'init.needName': 'The union name (--org-name) must not be empty.',

  'org.description': 'organisation profile',
  'org.show.description': 'show the organisation profile',
  'org.set.description': 'change profile fields: KEY=VALUE … (an empty VALUE clears the field)',
  'org.set.pairs': 'KEY=VALUE pairs; keys: {keys}',
  'org.none': 'No organisation profile yet.',
  'org.upperLevels': 'Upper-level union history:',
  'org.from': 'from',
  'org.saved': 'Profile saved.',
  'org.badPair': 'Expected KEY=VALUE, got "{pair}".',
  'org.badKey': 'Unknown key "{key}". Valid keys: {keys}.',
  'org.field.name': 'Union name',
  'org.field.shortName': 'Short name',
  'org.field.enterprise': 'Enterprise / agency',
  'org.field.address': 'Address',
  'org.field.place': 'Place (for date lines)',
  'org.field.upperLevelName': 'Upper-level union',
  'org.field.upperLevelType': 'Upper-level type',
  'org.field.chairName': 'Chair',
  'org.field.term': 'Term',
  'org.field.email': 'Email',
  'org.field.phone': 'Phone',

  'vault.description': 'the encrypted vault: passphrase and recovery key',
  'vault.change.description':
    'change the passphrase (current: $UNIONDESK_PASSPHRASE or --passphrase-file; new: $UNIONDESK_NEW_PASSPHRASE or --new-passphrase-file)',
  'vault.recover.description':
    'set a new passphrase with the recovery key ($UNIONDESK_RECOVERY_KEY or --recovery-key-file; new: $UNIONDESK_NEW_PASSPHRASE or --new-passphrase-file)',
  'vault.newFile': 'read the new passphrase from the first line of FILE',
  'vault.recoveryFile': 'read the recovery key from the first line of FILE',
  'vault.changed': 'Passphrase changed.',
  'vault.recovered': 'New passphrase set with the recovery key.',
  'vault.sheet.description': 'Write the printable recovery sheet (PDF) for the recovery key in UNIONDESK_RECOVERY_KEY',
  'vault.sheet.out': 'where to write the PDF',
  'vault.sheet.written': 'Recovery sheet written: {path}',

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
  'job.progress': '{done}/{total}',

  'doctor.description': 'check the data folder, the keys and the database integrity',
  'doctor.ok': 'Everything looks right.',
  'doctor.notOk': 'Some checks failed.',

  'web.description': 'serve UnionDesk to the local browser (127.0.0.1 only) until Ctrl+C',
  'web.port': 'port (0 = any free port)',
  'web.stopping': 'Stopping…',

  'status.description': 'show the state of the vault',
  'status.state': 'State',
  'status.state.new': 'not set up yet',
  'status.state.locked': 'locked',
  'status.state.unlocked': 'unlocked',
  'status.version': 'Version',
  'status.schema': 'Database schema',
  'status.org': 'Organisation',
  'status.dataDir': 'Data folder',

  'err.prefix': 'Error',
  'err.passphraseArg':
    'Passphrases and keys are never accepted as command-line arguments: they would be visible in shell history and to other users in the process list. Use the environment variable {env} or --passphrase-file FILE.',
  'err.needPassphrase': 'A passphrase is needed: set UNIONDESK_PASSPHRASE or use --passphrase-file FILE.',
  'err.needNewPassphrase':
    'The new passphrase is needed: set UNIONDESK_NEW_PASSPHRASE or use --new-passphrase-file FILE.',
  'err.needRecoveryKey': 'The recovery key is needed: set UNIONDESK_RECOVERY_KEY or use --recovery-key-file FILE.',
  'err.readFile': 'Cannot read the file {file}.',
  'err.emptyFile': 'The file {file} has an empty first line.',
  'err.badLang': 'Unknown language "{lang}"; use vi or en.',
  'err.badPort': 'Invalid port "{port}".',
  'err.webUnavailable': 'The web host is not available in this build.',
  'err.unknownOption': 'Unknown option {what}.',
  'err.unknownCommand': 'Unknown command {what}.',
  'err.missingArgument': 'Missing argument {what}.',
  'err.optionMissingArgument': 'Option {what} needs a value.',
  'err.missingMandatory': 'Required option {what} is missing.',
  'err.invalidArgument': 'Invalid value: {what}',
  'err.excessArguments': 'Too many arguments.',
  'err.usage': 'Invalid command line.',
  'err.seeHelp': 'See "uniondesk --help".',
  'err.didYouMean': '(Did you mean {what}?)',
  'err.code.VALIDATION': 'Invalid input.',
  'err.code.UNKNOWN_COMMAND': 'Unknown command.',
  'err.code.NOT_INITIALIZED': 'No vault here yet: run "uniondesk init" first.',
  'err.code.ALREADY_INITIALIZED': 'A vault already exists in this data folder.',
  'err.code.LOCKED': 'The vault is locked.',
  'err.code.WRONG_SECRET': 'Wrong passphrase or recovery key.',
  'err.code.KEYSTORE_UNAVAILABLE': 'The OS keystore is not available.',
  'err.code.NEWER_DATABASE': 'The database was written by a newer UnionDesk; update the app.',
  'err.code.BACKUP_INVALID': 'The backup is invalid or does not belong to this vault.',
  'err.code.NOT_FOUND': 'Not found.',
  'err.code.CONFLICT': 'Conflict with the current state.',
  'err.code.INTERNAL': 'Internal error.',
  ...membersEn,
  ...docsEn,
  ...filesEn,
};

export type MsgKey = keyof typeof en;

const vi: Partial<Record<MsgKey, string>> = {
  'prog.description': 'Dòng lệnh UnionDesk: cùng lõi mã hóa với ứng dụng máy tính, không cần cửa sổ.',
  'opt.dataDir': 'thư mục dữ liệu (nếu không: $UNIONDESK_DATA_DIR, rồi thư mục của ứng dụng)',
  'opt.passphraseFile': 'đọc mật khẩu từ dòng đầu của FILE (nếu không: $UNIONDESK_PASSPHRASE)',
  'opt.json': 'in đúng một tài liệu JSON ra stdout',
  'opt.lang': 'ngôn ngữ của trợ giúp và thông báo (nếu không: $UNIONDESK_LANG)',
  'opt.help': 'xem trợ giúp của lệnh',
  'opt.version': 'xem phiên bản',
  'cmd.help': 'xem trợ giúp của một lệnh',
  'title.Usage:': 'Cách dùng:',
  'title.Options:': 'Tùy chọn:',
  'title.Global Options:': 'Tùy chọn chung:',
  'title.Commands:': 'Lệnh:',
  'title.Arguments:': 'Tham số:',
  'help.choices': 'chọn một trong',
  'help.default': 'mặc định',
  'help.after': `
Mật khẩu và khóa không bao giờ nhận qua tham số (sẽ lộ trong lịch sử shell và danh sách tiến trình):
  UNIONDESK_PASSPHRASE       mật khẩu (hoặc --passphrase-file FILE)
  UNIONDESK_NEW_PASSPHRASE   mật khẩu mới cho "vault change-passphrase" và "vault recover"
  UNIONDESK_RECOVERY_KEY     khóa khôi phục cho "vault recover"
Biến môi trường khác: UNIONDESK_DATA_DIR, UNIONDESK_LANG (vi|en).

Mã thoát: 0 thành công, 1 thất bại, 2 sai cú pháp lệnh, 3 đang khóa / sai mật khẩu hoặc khóa khôi phục / chưa khởi tạo,
4 dữ liệu bị từ chối (giá trị không hợp lệ, đã khởi tạo, không tìm thấy, bản sao lưu không hợp lệ).`,

  'init.description': 'tạo kho dữ liệu mã hóa và hồ sơ tổ chức; in khóa khôi phục một lần duy nhất',
  'init.orgName': 'tên đầy đủ của công đoàn cơ sở (CĐCS)',
  'init.upperLevel': 'tên công đoàn cấp trên',
  'init.upperLevelType': 'loại công đoàn cấp trên',
  'init.recoveryTitle': 'KHÓA KHÔI PHỤC: chỉ hiển thị một lần này',
  'init.recoveryWarn1': 'Hãy chép lại hoặc in ra và cất giữ an toàn, tách biệt khỏi máy tính này.',
  'init.recoveryWarn2': 'Mất cả mật khẩu lẫn khóa này thì không ai mở được dữ liệu.',
  'init.done': 'Đã tạo kho dữ liệu cho "{name}" tại {dir}.',
  'init.needName': 'Tên công đoàn (--org-name) không được để trống.',

  'org.description': 'hồ sơ tổ chức',
  'org.show.description': 'xem hồ sơ tổ chức',
  'org.set.description': 'sửa các trường của hồ sơ: KHÓA=GIÁ_TRỊ … (GIÁ_TRỊ rỗng để xóa trường)',
  'org.set.pairs': 'các cặp KHÓA=GIÁ_TRỊ; khóa: {keys}',
  'org.none': 'Chưa có hồ sơ tổ chức.',
  'org.upperLevels': 'Lịch sử công đoàn cấp trên:',
  'org.from': 'từ',
  'org.saved': 'Đã lưu hồ sơ.',
  'org.badPair': 'Cần dạng KHÓA=GIÁ_TRỊ, nhận được "{pair}".',
  'org.badKey': 'Khóa "{key}" không tồn tại. Các khóa hợp lệ: {keys}.',
  'org.field.name': 'Tên công đoàn',
  'org.field.shortName': 'Tên viết tắt',
  'org.field.enterprise': 'Doanh nghiệp / cơ quan',
  'org.field.address': 'Địa chỉ',
  'org.field.place': 'Địa danh (dòng ngày tháng)',
  'org.field.upperLevelName': 'Công đoàn cấp trên',
  'org.field.upperLevelType': 'Loại cấp trên',
  'org.field.chairName': 'Chủ tịch',
  'org.field.term': 'Nhiệm kỳ',
  'org.field.email': 'Email',
  'org.field.phone': 'Điện thoại',

  'vault.description': 'kho dữ liệu mã hóa: mật khẩu và khóa khôi phục',
  'vault.change.description':
    'đổi mật khẩu (hiện tại: $UNIONDESK_PASSPHRASE hoặc --passphrase-file; mới: $UNIONDESK_NEW_PASSPHRASE hoặc --new-passphrase-file)',
  'vault.recover.description':
    'đặt mật khẩu mới bằng khóa khôi phục ($UNIONDESK_RECOVERY_KEY hoặc --recovery-key-file; mới: $UNIONDESK_NEW_PASSPHRASE hoặc --new-passphrase-file)',
  'vault.newFile': 'đọc mật khẩu mới từ dòng đầu của FILE',
  'vault.recoveryFile': 'đọc khóa khôi phục từ dòng đầu của FILE',
  'vault.changed': 'Đã đổi mật khẩu.',
  'vault.recovered': 'Đã đặt mật khẩu mới bằng khóa khôi phục.',
  'vault.sheet.description': 'Ghi phiếu khôi phục (PDF) để in, cho khoá khôi phục trong UNIONDESK_RECOVERY_KEY',
  'vault.sheet.out': 'tệp PDF sẽ ghi',
  'vault.sheet.written': 'Đã ghi phiếu khôi phục: {path}',

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

  'doctor.description': 'kiểm tra thư mục dữ liệu, khóa và tính toàn vẹn của cơ sở dữ liệu',
  'doctor.ok': 'Mọi thứ đều ổn.',
  'doctor.notOk': 'Có mục kiểm tra không đạt.',

  'web.description': 'phục vụ UnionDesk cho trình duyệt trên máy này (chỉ 127.0.0.1) đến khi bấm Ctrl+C',
  'web.port': 'cổng (0 = cổng trống bất kỳ)',
  'web.stopping': 'Đang dừng…',

  'status.description': 'xem trạng thái kho dữ liệu',
  'status.state': 'Trạng thái',
  'status.state.new': 'chưa khởi tạo',
  'status.state.locked': 'đang khóa',
  'status.state.unlocked': 'đã mở khóa',
  'status.version': 'Phiên bản',
  'status.schema': 'Lược đồ CSDL',
  'status.org': 'Tổ chức',
  'status.dataDir': 'Thư mục dữ liệu',

  'err.prefix': 'Lỗi',
  'err.passphraseArg':
    'Không nhận mật khẩu hay khóa qua tham số dòng lệnh: chúng sẽ lộ trong lịch sử shell và trong danh sách tiến trình mà người dùng khác xem được. Hãy dùng biến môi trường {env} hoặc --passphrase-file FILE.',
  'err.needPassphrase': 'Cần mật khẩu: đặt biến UNIONDESK_PASSPHRASE hoặc dùng --passphrase-file FILE.',
  'err.needNewPassphrase': 'Cần mật khẩu mới: đặt biến UNIONDESK_NEW_PASSPHRASE hoặc dùng --new-passphrase-file FILE.',
  'err.needRecoveryKey': 'Cần khóa khôi phục: đặt biến UNIONDESK_RECOVERY_KEY hoặc dùng --recovery-key-file FILE.',
  'err.readFile': 'Không đọc được tệp {file}.',
  'err.emptyFile': 'Dòng đầu của tệp {file} trống.',
  'err.badLang': 'Ngôn ngữ "{lang}" không hỗ trợ; dùng vi hoặc en.',
  'err.badPort': 'Cổng "{port}" không hợp lệ.',
  'err.webUnavailable': 'Bản dựng này không có máy chủ web.',
  'err.unknownOption': 'Tùy chọn không hợp lệ: {what}.',
  'err.unknownCommand': 'Lệnh không tồn tại: {what}.',
  'err.missingArgument': 'Thiếu tham số {what}.',
  'err.optionMissingArgument': 'Tùy chọn {what} cần một giá trị.',
  'err.missingMandatory': 'Thiếu tùy chọn bắt buộc {what}.',
  'err.invalidArgument': 'Giá trị không hợp lệ: {what}',
  'err.excessArguments': 'Thừa tham số.',
  'err.usage': 'Dòng lệnh không hợp lệ.',
  'err.seeHelp': 'Xem "uniondesk --help".',
  'err.didYouMean': '(Có phải ý bạn là {what}?)',
  ...membersVi,
  ...docsVi,
  ...filesVi,
};

let current: Lang = 'vi';

export function setLang(lang: Lang): void {
  current = lang;
}
export function getLang(): Lang {
  return current;
}
export function isLang(v: string | undefined): v is Lang {
  return v === 'vi' || v === 'en';
}

/** Translate `key` into the current language (English fallback), filling `{name}` placeholders. */
export function t(key: MsgKey, params: Record<string, string | number> = {}): string {
  const template = (current === 'vi' ? vi[key] : undefined) ?? en[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** True when the key has a translation in the current language (used for optional per-code messages). */
export function has(key: string): key is MsgKey {
  return key in en;
}
