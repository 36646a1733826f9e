/** The funds paper: a voucher (PDF), the books, B07 and B14 (PDF or .xlsx). Spread into the funds module. */
import { DOC_TYPES, formatDocNumber } from '../../../shared/document-model';
import { formatDateVi } from '../../../shared/text/format';
import type { HandlerMap } from '../../context';
import { deliver, MIME_PDF, MIME_XLSX } from '../../deliver';
import { paperOrg } from '../../dues/files/paper';
import { today } from '../../dues/months';
import { withModes } from '../../module';
import { getSettings } from '../../settings/settings';
import type { Session } from '../../session';
import { listVoucherFiles } from '../attachments';
import { accountBook, getVoucher } from '../book';
import { b07, b14 } from '../reports';
import { bookPdf, bookXlsx } from './book-file';
import { b07Pdf, b07Xlsx, b14Pdf, b14Xlsx } from './reports-file';
import { voucherPdf } from './voucher-pdf';

type Db = Session['db'];
type Row = Record<string, unknown>;

async function paper(db: Db, date: string) {
  return { org: await paperOrg(db, date), signers: (await getSettings(db)).fundsSigners, date };
}

/**
 * The "Kèm theo" line: "Quyết định số 12/QĐ-CĐCS ngày 05/03/2026: …" as the register names the document (a draft:
 * "Quyết định (dự thảo)"), then the files kept with the voucher by name.
 */
async function attachedLine(db: Db, documentId: string | null, voucherId: string): Promise<string | null> {
  const parts: string[] = [];
  const d = documentId
    ? ((await db('documents').where({ id: documentId }).first('type', 'number', 'issuer_code', 'date', 'summary')) as
        Row | undefined)
    : undefined;
  if (d) {
    const typeName = DOC_TYPES.find((t) => t.code === d.type)?.name ?? 'Văn bản';
    const head =
      d.number === null || d.number === undefined
        ? `${typeName} (dự thảo)`
        : `${typeName} số ${formatDocNumber({ number: Number(d.number), type: d.type as never, issuerCode: String(d.issuer_code) })} ngày ${formatDateVi(String(d.date))}`;
    parts.push(`${head}${d.summary ? `: ${String(d.summary)}` : ''}`);
  }
  const files = await listVoucherFiles(db, voucherId);
  if (files.length > 0) parts.push(`${files.length} tệp (${files.map((f) => f.fileName).join(', ')})`);
  return parts.length > 0 ? parts.join('; ') : null;
}

const pick = (format: 'pdf' | 'xlsx', name: string, pdf: () => Promise<Buffer>, xlsx: () => Promise<Buffer>) =>
  format === 'pdf'
    ? pdf().then((b) => deliver(`${name}.pdf`, MIME_PDF, b))
    : xlsx().then((b) => deliver(`${name}.xlsx`, MIME_XLSX, b));

type Names = 'funds.voucherPdf' | 'funds.bookFile' | 'funds.b07File' | 'funds.b14File';

const handlers: HandlerMap<Names> = {
  'funds.voucherPdf': async ({ id }, ctx) => {
    const db = ctx.session().db;
    const v = await getVoucher(db, id);
    const cat = v.category
      ? ((await db('fund_categories').where({ code: v.category }).first('name')) as Row | undefined)
      : undefined;
    const p = await paper(db, v.date);
    const pdf = await voucherPdf({
      ...p,
      voucher: v,
      categoryName: cat ? String(cat.name) : null,
      document: await attachedLine(db, v.documentId, v.id),
    });
    return deliver(`chung-tu-${v.code.toLowerCase()}-${v.date.slice(0, 4)}.pdf`, MIME_PDF, pdf);
  },
  'funds.bookFile': async ({ account, from, to, format }, ctx) => {
    const db = ctx.session().db;
    const book = await accountBook(db, account, from, to);
    const p = { ...(await paper(db, today())), book };
    const name = `${account === 'cash' ? 'so-quy-tien-mat' : 'so-tien-gui'}-${from}-${to}`;
    return pick(
      format,
      name,
      () => bookPdf(p),
      () => bookXlsx(p),
    );
  },
  'funds.b07File': async ({ year, format }, ctx) => {
    const db = ctx.session().db;
    const [p, r] = [await paper(db, today()), await b07(db, year)];
    return pick(
      format,
      `b07-tld-${year}`,
      () => b07Pdf(p, r),
      () => b07Xlsx(p, r),
    );
  },
  'funds.b14File': async ({ year, format }, ctx) => {
    const db = ctx.session().db;
    const [p, r] = [await paper(db, today()), await b14(db, year)];
    return pick(
      format,
      `b14-tld-${year}`,
      () => b14Pdf(p, r),
      () => b14Xlsx(p, r),
    );
  },
};

export const fundsFileHandlers = withModes(handlers, {
  'funds.voucherPdf': 'read',
  'funds.bookFile': 'read',
  'funds.b07File': 'read',
  'funds.b14File': 'read',
});
