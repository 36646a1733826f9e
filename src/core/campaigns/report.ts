/** The per-recipient report (.xlsx, Vietnamese headers) and the archived content as sent. */
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { RECIPIENT_STATES, recipientRow } from '../../shared/campaigns-contract';
import { AppError } from '../../shared/errors';
import type { FileData } from '../../shared/file-data';
import { withDataUrls } from './snapshot';
import { campaignRow, RECIPIENTS, REPORTED_STATE } from './store';

type RecipientState = (typeof RECIPIENT_STATES)[number];
type RecipientRow = z.infer<typeof recipientRow>;

const STATE_WORDS: Record<RecipientState, string> = {
  queued: 'Chờ gửi',
  sending: 'Đang gửi',
  sent: 'Đã gửi',
  failedTemp: 'Lỗi tạm thời, chờ thử lại',
  gaveUp: 'Lỗi tạm thời, đã thôi thử',
  failedPerm: 'Lỗi vĩnh viễn',
  skipped: 'Bỏ qua',
  uncertain: 'Không chắc đã gửi',
};

const SKIP_WORDS: Record<string, string> = {
  noEmail: 'Không có email',
  noConsent: 'Chưa đồng ý nhận thư',
  unsubscribed: 'Đã hủy đăng ký',
  bounced: 'Địa chỉ bị trả về',
};

interface Row {
  email: string | null;
  name: string;
  unit: string | null;
  state: RecipientState;
  tries: number;
  last_response: string | null;
  sent_at: string | null;
}

const COLUMNS = (db: Knex) => [
  'email',
  'name',
  'unit',
  db.raw(`${REPORTED_STATE} AS state`),
  'tries',
  'last_response',
  'sent_at',
];

const toItem = (r: Row): RecipientRow => ({
  email: r.email ?? '',
  name: r.name,
  unit: r.unit,
  state: r.state,
  tries: Number(r.tries),
  lastResponse: r.state === 'skipped' ? (SKIP_WORDS[r.last_response ?? ''] ?? r.last_response) : r.last_response,
  sentAt: r.sent_at,
});

export async function campaignRecipients(
  db: Knex,
  input: { id: string; state?: RecipientState; offset: number; limit: number },
): Promise<{ total: number; items: RecipientRow[] }> {
  await campaignRow(db, input.id);
  const q = () => {
    const b = db(RECIPIENTS).where({ campaign_id: input.id });
    return input.state ? b.whereRaw(`${REPORTED_STATE} = ?`, [input.state]) : b;
  };
  const total = Number(((await q().count({ n: '*' }).first()) as { n: number }).n);
  const rows = (await q().orderBy('position').offset(input.offset).limit(input.limit).select(COLUMNS(db))) as Row[];
  return { total, items: rows.map(toItem) };
}

export async function campaignReport(db: Knex, id: string): Promise<FileData> {
  const c = await campaignRow(db, id);
  const ExcelJS = (await import('exceljs')).default; // heavy: loaded when a report is asked for
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Người nhận');
  sheet.columns = [
    { header: 'Email', key: 'email', width: 32 },
    { header: 'Họ và tên', key: 'name', width: 28 },
    { header: 'Tổ công đoàn', key: 'unit', width: 20 },
    { header: 'Trạng thái', key: 'state', width: 18 },
    { header: 'Số lần thử', key: 'tries', width: 10 },
    { header: 'Trả lời cuối của máy chủ', key: 'last', width: 40 },
    { header: 'Gửi lúc', key: 'sentAt', width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };
  const rows = (await db(RECIPIENTS).where({ campaign_id: id }).orderBy('position').select(COLUMNS(db))) as Row[];
  for (const item of rows.map(toItem)) {
    sheet.addRow({
      email: item.email,
      name: item.name,
      unit: item.unit ?? '',
      state: STATE_WORDS[item.state],
      tries: item.tries,
      last: item.lastResponse ?? '',
      sentAt: item.sentAt ?? '',
    });
  }
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return {
    fileName: `bao-cao-gui-${c.created_at.slice(0, 10)}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: bytes.toString('base64'),
  };
}

export async function campaignArchive(db: Knex, id: string, format: 'html' | 'pdf'): Promise<FileData> {
  const c = await campaignRow(db, id);
  const day = c.created_at.slice(0, 10);
  if (format === 'html') {
    return {
      fileName: `dot-gui-${day}.html`,
      mime: 'text/html',
      // Its images back in from their parts: the file opens on its own, with no message around it.
      base64: Buffer.from(withDataUrls(c.html, JSON.parse(c.attachments) as FileData[]), 'utf8').toString('base64'),
    };
  }
  const pdf = (JSON.parse(c.attachments) as FileData[]).find((f) => f.mime === 'application/pdf');
  if (!pdf) throw new AppError('NOT_FOUND', 'Đợt gửi này không có tệp PDF đính kèm.', { id });
  return pdf;
}
