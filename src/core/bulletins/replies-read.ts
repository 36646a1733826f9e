/**
 * The files of "Nhập thư trả lời…" cut into what can be judged one by one: the messages of an .eml or .mbox, the
 * lines of a .txt/.csv that the union's web form collected (tokens or unsubscribe links). Nothing here touches the
 * database; replies.ts decides and writes.
 */
import { AppError } from '../../shared/errors';

export const MAX_FILE_BYTES = 25 * 1024 * 1024;
export const MAX_FILES = 20;
/** More messages than any union's mailbox of replies; past it, the rest of the file is reported, not read. */
export const MAX_ITEMS_PER_FILE = 20_000;

export type ReplyItem =
  | { kind: 'message'; file: string; raw: Buffer }
  | { kind: 'line'; file: string; line: number; text: string }
  | { kind: 'unreadable'; file: string; reason: string };

const extensionOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

/** A file of the mbox family: messages, each starting with a "From " line (">From " in a body is escaped). */
export function splitMbox(bytes: Buffer): Buffer[] {
  const text = bytes.toString('latin1'); // byte-preserving: each message is decoded by the parser, in its charset
  const starts: number[] = [];
  const re = /(^|\n)From [^\n]*\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[1].length);
  if (!starts.length) return [bytes];
  return starts.map((start, i) => {
    const body = text.slice(text.indexOf('\n', start) + 1, starts[i + 1] ?? text.length);
    return Buffer.from(body.replace(/\n>(>*From )/g, '\n$1'), 'latin1');
  });
}

/** A message on its own looks like headers from its first line ("Return-Path:", "From:", "Received:"…). */
const looksLikeMessage = (bytes: Buffer) =>
  /^[A-Za-z][A-Za-z0-9-]*:[ \t]/.test(bytes.subarray(0, 200).toString('latin1'));

export function readReplyFile(fileName: string, base64: string): ReplyItem[] {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_FILE_BYTES)
    throw new AppError('VALIDATION', `Tệp «${fileName}» lớn hơn 25 MB: hãy tách thành nhiều tệp nhỏ hơn.`, [
      { path: ['files'], message: 'Tệp quá lớn' },
    ]);
  const ext = extensionOf(fileName);
  const head = bytes.subarray(0, 5).toString('latin1');
  if (ext === 'mbox' || (ext !== 'eml' && head === 'From ')) {
    return splitMbox(bytes)
      .slice(0, MAX_ITEMS_PER_FILE)
      .map((raw) => ({ kind: 'message', file: fileName, raw }));
  }
  if (ext === 'eml' || (ext !== 'txt' && ext !== 'csv' && looksLikeMessage(bytes)))
    return [{ kind: 'message', file: fileName, raw: bytes }];
  if (ext === 'txt' || ext === 'csv') {
    const lines = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    return lines
      .map((text, i) => ({ kind: 'line' as const, file: fileName, line: i + 1, text: text.normalize('NFC').trim() }))
      .filter((l) => l.text)
      .slice(0, MAX_ITEMS_PER_FILE);
  }
  return [
    { kind: 'unreadable', file: fileName, reason: 'Không đọc được loại tệp này (chỉ nhận .eml, .mbox, .txt, .csv).' },
  ];
}
