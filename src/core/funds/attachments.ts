/**
 * Files kept with a voucher: bounded in size, one of the types an accountant files (pdf, jpg, png, docx, xlsx,
 * checked by extension and by the file's first bytes, so a renamed program is refused), stored encrypted in the
 * vault. A voucher of a closed year keeps its files as they were: none added, none removed.
 */
import { AppError } from '../../shared/errors';
import type { FileData } from '../../shared/file-data';
import { VOUCHER_FILE_MAX_BYTES, VOUCHER_FILE_TYPES, type VoucherFileInfo } from '../../shared/funds-files-contract';
import { audit } from '../audit/audit';
import { insertRecord, softDeleteRecord } from '../db/records';
import { deliver } from '../deliver';
import { cleanFileName } from '../meetings/files';
import type { Session } from '../session';
import { voucherRows } from './vouchers-table';
import { assertYearWritable } from './year-lock';

type Db = Session['db'];
type Row = Record<string, unknown>;
type Ext = keyof typeof VOUCHER_FILE_TYPES;

const MAX_MB = VOUCHER_FILE_MAX_BYTES / (1024 * 1024);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The first bytes each type starts with (docx and xlsx are zip packages). */
const MAGIC: Record<Ext, number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46],
  jpg: [0xff, 0xd8, 0xff],
  jpeg: [0xff, 0xd8, 0xff],
  png: [0x89, 0x50, 0x4e, 0x47],
  docx: ZIP,
  xlsx: ZIP,
};
const ALLOWED = 'PDF, JPG, PNG, DOCX hoặc XLSX';

/** The file's type from its name, checked against its first bytes; VALIDATION otherwise. */
function fileType(fileName: string, bytes: Buffer): string {
  const ext = (fileName.split('.').pop() ?? '').toLowerCase();
  if (!fileName.includes('.') || !(ext in VOUCHER_FILE_TYPES))
    throw new AppError('VALIDATION', `Chỉ đính kèm được tệp ${ALLOWED}.`, { fileName });
  const magic = MAGIC[ext as Ext];
  if (!magic.every((b, i) => bytes[i] === b))
    throw new AppError('VALIDATION', `Nội dung tệp "${fileName}" không phải là tệp ${ext.toUpperCase()} hợp lệ.`, {
      fileName,
    });
  return VOUCHER_FILE_TYPES[ext as Ext];
}

const infoOut = (r: Row): VoucherFileInfo => ({
  id: String(r.id),
  voucherId: String(r.voucher_id),
  fileName: String(r.file_name),
  mime: String(r.mime),
  size: Number(r.size),
  createdAt: String(r.created_at),
});

const INFO_COLUMNS = ['id', 'voucher_id', 'file_name', 'mime', 'size', 'created_at'];

async function voucherYear(db: Db, id: string): Promise<{ year: number; code: string }> {
  const v = (await voucherRows(db).where({ id }).first('year', 'series', 'number')) as Row | undefined;
  if (!v) throw new AppError('NOT_FOUND', 'Không tìm thấy chứng từ.', { id });
  return { year: Number(v.year), code: `${String(v.series)}${Number(v.number)}` };
}

export async function attachVoucherFile(
  s: Session,
  input: { voucherId: string; fileName: string; base64: string },
): Promise<VoucherFileInfo> {
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length > VOUCHER_FILE_MAX_BYTES)
    throw new AppError('VALIDATION', `Tệp quá lớn: tối đa ${MAX_MB} MB cho mỗi tệp đính kèm chứng từ.`, {
      size: bytes.length,
      maxBytes: VOUCHER_FILE_MAX_BYTES,
    });
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Tệp rỗng.', { fileName: input.fileName });
  const fileName = cleanFileName(input.fileName);
  const mime = fileType(fileName, bytes);
  return s.db.transaction(async (trx) => {
    const v = await voucherYear(trx, input.voucherId);
    await assertYearWritable(trx, v.year);
    const row = await insertRecord(trx, s.record, 'fund_voucher_files', {
      voucher_id: input.voucherId,
      file_name: fileName,
      mime,
      size: bytes.length,
      bytes,
    });
    await audit(
      trx,
      s.record,
      'funds.attachFile',
      { type: 'fund_voucher_files', id: String(row.id) },
      {
        voucher: v.code,
        fileName,
      },
    );
    return infoOut(row);
  });
}

export async function listVoucherFiles(db: Db, voucherId: string): Promise<VoucherFileInfo[]> {
  await voucherYear(db, voucherId);
  const rows = (await db('fund_voucher_files')
    .where({ voucher_id: voucherId })
    .whereNull('deleted_at')
    .orderBy([{ column: 'created_at' }, { column: 'id' }])
    .select(INFO_COLUMNS)) as Row[];
  return rows.map(infoOut);
}

async function fileRow(db: Db, id: string, columns: string[]): Promise<Row> {
  const r = (await db('fund_voucher_files').where({ id }).whereNull('deleted_at').first(columns)) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm.', { id });
  return r;
}

export async function getVoucherFile(db: Db, id: string): Promise<FileData> {
  const r = await fileRow(db, id, ['file_name', 'mime', 'bytes']);
  return deliver(String(r.file_name), String(r.mime), r.bytes as Buffer);
}

export async function removeVoucherFile(s: Session, id: string): Promise<{ id: string }> {
  return s.db.transaction(async (trx) => {
    const r = await fileRow(trx, id, ['voucher_id', 'file_name']);
    const v = await voucherYear(trx, String(r.voucher_id));
    await assertYearWritable(trx, v.year);
    await softDeleteRecord(trx, s.record, 'fund_voucher_files', id);
    await audit(
      trx,
      s.record,
      'funds.removeFile',
      { type: 'fund_voucher_files', id },
      {
        voucher: v.code,
        fileName: String(r.file_name),
      },
    );
    return { id };
  });
}
