/**
 * CLI strings. The program's own are here (global options, help titles, usage and core errors); each domain's live
 * beside its commands and come in with its face (faces.ts). English is the complete base; Vietnamese (the default
 * language) overrides it key by key, so a string not yet translated falls back to English instead of showing a key.
 */
import type { CLI_FACES } from './faces';
import { filesEn, filesVi } from './i18n-files';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** One face's strings: every key in English, any of them in Vietnamese. */
export interface FaceStrings<K extends string = string> {
  readonly en: Readonly<Record<K, string>>;
  readonly vi: Readonly<Partial<Record<K, string>>>;
}

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
  'job.progress': '{done}/{total}',

  'err.prefix': 'Error',
  'err.passphraseArg':
    'Passphrases and keys are never accepted as command-line arguments: they would be visible in shell history and to other users in the process list. Use the environment variable {env} or --passphrase-file FILE.',
  'err.needPassphrase': 'A passphrase is needed: set UNIONDESK_PASSPHRASE or use --passphrase-file FILE.',
  'err.readFile': 'Cannot read the file {file}.',
  'err.emptyFile': 'The file {file} has an empty first line.',
  'err.badLang': 'Unknown language "{lang}"; use vi or en.',
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
  'err.code.INTERRUPTED': 'The job stopped before it finished (a crash, a lock or a restore); start it again.',
  'err.code.NEWER_DATABASE': 'The database was written by a newer UnionDesk; update the app.',
  'err.code.BACKUP_INVALID': 'The backup is invalid or does not belong to this vault.',
  'err.code.NOT_FOUND': 'Not found.',
  'err.code.CONFLICT': 'Conflict with the current state.',
  'err.code.INTERNAL': 'Internal error.',
  ...filesEn,
};

const vi: Partial<Record<keyof typeof en, string>> = {
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

  'err.prefix': 'Lỗi',
  'err.passphraseArg':
    'Không nhận mật khẩu hay khóa qua tham số dòng lệnh: chúng sẽ lộ trong lịch sử shell và trong danh sách tiến trình mà người dùng khác xem được. Hãy dùng biến môi trường {env} hoặc --passphrase-file FILE.',
  'err.needPassphrase': 'Cần mật khẩu: đặt biến UNIONDESK_PASSPHRASE hoặc dùng --passphrase-file FILE.',
  'err.readFile': 'Không đọc được tệp {file}.',
  'err.emptyFile': 'Dòng đầu của tệp {file} trống.',
  'err.badLang': 'Ngôn ngữ "{lang}" không hỗ trợ; dùng vi hoặc en.',
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
  ...filesVi,
};

type KeysOf<Face> = Face extends { strings: { en: infer E } } ? keyof E & string : never;
/** The keys of the program and of every built-in face: `t` with a misspelt key is a type error. */
export type MsgKey = keyof typeof en | KeysOf<(typeof CLI_FACES)[number]>;

interface Table {
  en: Record<string, string>;
  vi: Record<string, string>;
}

/**
 * The program's strings plus each face's. A key claimed twice throws: two faces must never show each other's text,
 * and which one won would depend on their order.
 */
export function mergeStrings(faces: readonly { name: string; strings: FaceStrings }[]): Table {
  const table: Table = { en: { ...en }, vi: { ...vi } };
  const owner = new Map(Object.keys(en).map((key) => [key, 'the program']));
  for (const { name, strings } of faces) {
    for (const key of Object.keys(strings.en)) {
      const first = owner.get(key);
      if (first) throw new Error(`CLI string "${key}" is claimed by both ${first} and ${name}`);
      owner.set(key, name);
    }
    const orphan = Object.keys(strings.vi).find((key) => !Object.hasOwn(strings.en, key));
    if (orphan) throw new Error(`CLI string "${orphan}" of ${name} has Vietnamese but no English`);
    Object.assign(table.en, strings.en);
    Object.assign(table.vi, strings.vi);
  }
  return table;
}

let table = mergeStrings([]);
let current: Lang = 'vi';

/** The strings of the program's faces, from now on (the program calls it once it knows its faces). */
export function useStrings(faces: readonly { name: string; strings: FaceStrings }[]): void {
  table = mergeStrings(faces);
}

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
  return translate(key, params);
}

/** `t` for a face outside the built-in list (a test's toy face), checked against that face's own keys. */
export function translatorFor<K extends string>(
  _strings: FaceStrings<K>,
): (key: K, params?: Record<string, string | number>) => string {
  return translate;
}

function translate(key: string, params: Record<string, string | number> = {}): string {
  const template = (current === 'vi' ? table.vi[key] : undefined) ?? table.en[key];
  if (template === undefined) throw new Error(`No CLI string "${key}": its face is not in the program`);
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** True when the key has a string (used for optional per-code messages and help titles). */
export function has(key: string): key is MsgKey {
  return Object.hasOwn(table.en, key);
}
