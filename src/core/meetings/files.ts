/**
 * Files a meeting keeps (an agenda item's papers, stored encrypted in the vault) and the attachments of its agenda
 * items: a register document or one of the meeting's files, in the order given. Unknown ids and another meeting's
 * files are refused by name, so a typo never attaches something silently.
 */
import type { Knex } from 'knex';
import { AppError } from '../../shared/errors';
import type { FileData } from '../../shared/file-data';
import { type AttachmentRef, MEETING_FILE_MAX_BYTES } from '../../shared/meetings-contract';
import { formatDocNumber } from '../../shared/document-model';
import { cleanText } from '../../shared/text/fold';
import { insertRecord, type RecordContext } from '../db/records';
import { deliver } from '../deliver';
import type { Session } from '../session';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;

/** A file name as stored: NFC, one line, no folder part, no characters Windows refuses. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const out = cleanText(base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, ' ')).replace(/^\.+/, '');
  if (!out) throw new AppError('VALIDATION', 'Tên tệp không hợp lệ.', [{ path: ['fileName'], message: 'Bắt buộc' }]);
  return out.slice(0, 255);
}

const MAX_MB = MEETING_FILE_MAX_BYTES / (1024 * 1024);

export async function addMeetingFile(
  s: Session,
  input: { id: string; fileName: string; mime: string; base64: string },
): Promise<string> {
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length > MEETING_FILE_MAX_BYTES)
    throw new AppError('VALIDATION', `Tệp quá lớn: tối đa ${MAX_MB} MB cho mỗi tệp của cuộc họp.`, {
      size: bytes.length,
      maxBytes: MEETING_FILE_MAX_BYTES,
    });
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Tệp rỗng.', { fileName: input.fileName });
  const fileName = cleanFileName(input.fileName);
  return s.db.transaction(async (trx) => {
    const meeting = (await trx('meetings').where({ id: input.id }).whereNull('deleted_at').first('id')) as
      Row | undefined;
    if (!meeting) throw new AppError('NOT_FOUND', 'Không tìm thấy cuộc họp.', { id: input.id });
    const row = await insertRecord(trx, s.record, 'meeting_files', {
      meeting_id: input.id,
      file_name: fileName,
      mime: input.mime.trim() || 'application/octet-stream',
      size: bytes.length,
      bytes,
    });
    return row.id as string;
  });
}

export interface StoredFile {
  id: string;
  fileName: string;
  mime: string;
  bytes: Buffer;
}

export async function readMeetingFile(db: Db, meetingId: string, fileId: string): Promise<StoredFile> {
  const r = (await db('meeting_files')
    .where({ id: fileId, meeting_id: meetingId })
    .whereNull('deleted_at')
    .first('id', 'file_name', 'mime', 'bytes')) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp của cuộc họp.', { id: meetingId, fileId });
  return { id: String(r.id), fileName: String(r.file_name), mime: String(r.mime), bytes: r.bytes as Buffer };
}

export async function getMeetingFile(db: Db, meetingId: string, fileId: string): Promise<FileData> {
  const f = await readMeetingFile(db, meetingId, fileId);
  return deliver(f.fileName, f.mime, f.bytes);
}

/** Writes an agenda item's attachments, each checked: a register document, or a file of this same meeting. */
export async function writeAttachments(
  trx: Knex.Transaction,
  rec: RecordContext,
  meetingId: string,
  agendaItemId: string,
  list: AttachmentRef[],
): Promise<void> {
  for (const [position, ref] of list.entries()) {
    if ('documentId' in ref) {
      const doc = await trx('documents').where({ id: ref.documentId }).whereNull('deleted_at').first('id');
      if (!doc)
        throw new AppError('VALIDATION', `Không có văn bản "${ref.documentId}" trong sổ văn bản.`, {
          documentId: ref.documentId,
        });
    } else {
      const file = (await trx('meeting_files')
        .where({ id: ref.fileId })
        .whereNull('deleted_at')
        .first('meeting_id')) as Row | undefined;
      if (!file) throw new AppError('VALIDATION', `Không có tệp "${ref.fileId}".`, { fileId: ref.fileId });
      if (file.meeting_id !== meetingId)
        throw new AppError('VALIDATION', `Tệp "${ref.fileId}" thuộc một cuộc họp khác.`, { fileId: ref.fileId });
    }
    await insertRecord(trx, rec, 'meeting_agenda_attachments', {
      agenda_item_id: agendaItemId,
      position,
      document_id: 'documentId' in ref ? ref.documentId : null,
      file_id: 'fileId' in ref ? ref.fileId : null,
    });
  }
}

export interface AttachmentOut {
  type: 'document' | 'file';
  id: string;
  name: string;
}

/** "07/BB-CĐCS – summary" for an issued document, "Bản nháp – summary" for a draft. */
export function documentName(r: { number: unknown; type: unknown; issuer_code: unknown; summary: unknown }): string {
  const head =
    r.number === null || r.number === undefined
      ? 'Bản nháp'
      : formatDocNumber({ number: Number(r.number), type: r.type as never, issuerCode: String(r.issuer_code) });
  return `${head} – ${String(r.summary ?? '')}`;
}

/** The attachments of these agenda items, by item id, in order (a deleted document or file keeps its place). */
export async function readAttachments(db: Db, itemIds: string[]): Promise<Map<string, AttachmentOut[]>> {
  const out = new Map<string, AttachmentOut[]>();
  if (itemIds.length === 0) return out;
  const rows = (await db('meeting_agenda_attachments as a')
    .leftJoin('documents as d', 'd.id', 'a.document_id')
    .leftJoin('meeting_files as f', 'f.id', 'a.file_id')
    .whereIn('a.agenda_item_id', itemIds)
    .whereNull('a.deleted_at')
    .orderBy('a.position')
    .select(
      'a.agenda_item_id',
      'a.document_id',
      'a.file_id',
      'd.number',
      'd.type',
      'd.issuer_code',
      'd.summary',
      'f.file_name',
    )) as Row[];
  for (const r of rows) {
    const list = out.get(String(r.agenda_item_id)) ?? [];
    list.push(
      r.document_id
        ? { type: 'document', id: String(r.document_id), name: documentName(r as never) }
        : { type: 'file', id: String(r.file_id), name: String(r.file_name ?? '') },
    );
    out.set(String(r.agenda_item_id), list);
  }
  return out;
}
