/**
 * What the official fields print as, decided once for every renderer: the masthead lines, the title, the signers
 * and the "Nơi nhận" list. A renderer only chooses fonts and boxes; the words come from here, so the Word, PDF, HTML
 * and text outputs can never disagree on them.
 */
import {
  documentModel,
  docTypeName,
  formatDocNumber,
  type DocBody,
  type DocumentModel,
} from '../../../shared/document-model';
import { longDateVi, placeDateLine, upperVi } from '../../../shared/text/format';
import { upperRoman } from './body-shared';
import { isParsed } from './parsed';
import { AppError } from '../../../shared/errors';
import { MOTTO, NATION } from './layout';

export interface SignerView {
  /** "TM. BAN CHẤP HÀNH"; '' when there is no authority line. */
  authority: string;
  position: string;
  /** As typed (NFC, trimmed): names keep their own case. */
  name: string;
  /**
   * The lines above the signing space: authority (if any) and position. With two signers the shorter heading is
   * padded with a blank line below, so both titles start on one line and both names end on one line.
   */
  heading: string[];
}

export interface AppendixView {
  /** "Phụ lục"; "Phụ lục I", "Phụ lục II"… when the document has more than one. */
  label: string;
  /** The appendix's name in UPPERCASE, as a title is printed; '' when it has none. */
  title: string;
  /** "(Kèm theo Quyết định số 03/QĐ-CĐCS ngày 05 tháng 02 năm 2026 của Công đoàn cơ sở …)". */
  note: string;
  body: DocBody;
}

export interface DocView {
  upperLevel: string;
  issuer: string;
  /** "Số: 07/BB-CĐCS". A draft has blanks where the number goes (no-break spaces, so no renderer collapses them). */
  numberLine: string;
  nation: string;
  motto: string;
  dateLine: string;
  /** A công văn: no title; its "V/v …" summary goes under the number. */
  isLetter: boolean;
  letterSummary: string;
  /** "BIÊN BẢN"; '' for a công văn. */
  title: string;
  summary: string;
  /** One signer (right), two: [left THƯ KÝ, right CHỦ TRÌ], or three: [NGƯỜI LẬP, KẾ TOÁN, chair]. */
  signers: SignerView[];
  /** "- Như trên;" … "- Lưu: VT." */
  recipients: string[];
  body: DocBody;
  /** After the signature and Nơi nhận, each from a new page. */
  appendices: AppendixView[];
}

const nfc = (s: string) => s.normalize('NFC').trim();
const NBSP = '\u00a0';

function parse(input: DocumentModel): DocumentModel {
  if (isParsed(input)) return input;
  const parsed = documentModel.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError(
      'VALIDATION',
      `Văn bản không hợp lệ: ${first?.path.join('.') || '(gốc)'}: ${first?.message ?? ''}`,
      { issues: parsed.error.issues },
    );
  }
  return parsed.data;
}

/**
 * Parses (the renderers accept nothing the model schema rejects; a model the core has just parsed is not parsed
 * twice, see parsed.ts) and derives every printed string.
 */
export function docView(input: DocumentModel): DocView {
  const { fields: f, body, appendices = [] } = parse(input);
  const isLetter = f.type === 'CV';
  const summary = nfc(f.summary);
  const number = formatDocNumber({ ...f, issuerCode: nfc(f.issuerCode) }).replace(/^ +/, (s) => NBSP.repeat(s.length));
  // Nghị định 30: "(Kèm theo Quyết định số …/QĐ-… ngày … tháng … năm … của …)";
  // the issuer keeps the case it was typed in.
  const note = appendices.length
    ? `(Kèm theo ${docTypeName(f.type)} số ${number} ${longDateVi(f.date)} của ${nfc(f.issuer)})`
    : '';
  return {
    upperLevel: upperVi(f.upperLevel),
    issuer: upperVi(f.issuer),
    numberLine: `Số: ${number}`,
    nation: NATION,
    motto: MOTTO,
    dateLine: placeDateLine(nfc(f.place), f.date),
    isLetter,
    letterSummary: isLetter && summary ? (/^v\/v\b/i.test(summary) ? `V/v${summary.slice(3)}` : `V/v ${summary}`) : '',
    title: isLetter ? '' : upperVi(docTypeName(f.type)),
    summary: isLetter ? '' : summary,
    signers: signerViews(f.signers),
    recipients: recipientLines(f.recipients),
    body,
    appendices: appendices.map((a, i) => ({
      label: appendices.length > 1 ? `Phụ lục ${upperRoman(i + 1)}` : 'Phụ lục',
      title: upperVi(a.title),
      note,
      body: a.body,
    })),
  };
}

function signerViews(signers: readonly { authority: string; position: string; name: string }[]): SignerView[] {
  const views = signers.map((s) => {
    const authority = upperVi(s.authority);
    const position = upperVi(s.position);
    return { authority, position, name: nfc(s.name), heading: [authority, position].filter(Boolean) };
  });
  const rows = Math.max(...views.map((s) => s.heading.length));
  for (const s of views) while (s.heading.length < rows) s.heading.push('');
  return views;
}

/**
 * "- item;" for each recipient and "- Lưu: VT." last, added when the list does not already end with a "Lưu" item.
 * Whatever dash or final punctuation the user typed is dropped first, so it is never doubled.
 */
export function recipientLines(items: readonly string[]): string[] {
  const clean = items
    .map((s) =>
      nfc(s)
        .replace(/^[-–•+]\s*/, '')
        .replace(/[;.,]+$/, '')
        .trim(),
    )
    .filter(Boolean);
  if (!clean.length || !/^lưu\b/i.test(clean[clean.length - 1])) clean.push('Lưu: VT');
  return clean.map((s, i) => `- ${s}${i === clean.length - 1 ? '.' : ';'}`);
}

export const RECIPIENTS_LABEL = 'Nơi nhận:';
