/**
 * One document model for every renderer (docx, pdf, html, text) and for the editor:
 * official fields (the union's form, Quyết định 933/QĐ-TLĐ + Nghị định 30/2020) + a body.
 * The body is TipTap/ProseMirror JSON restricted to an allow-list of nodes and marks, so the editor's own
 * document is what gets stored and rendered, and nothing else (scripts, links to anywhere) can slip in.
 */
import { z } from 'zod';
import { isoDate } from './iso-date';

/** Document types and their codes (DOMAIN.md). A công văn has no code: "Số: 12/CĐCS-VP". */
export const DOC_TYPES = [
  { code: 'NQ', name: 'Nghị quyết' },
  { code: 'QĐ', name: 'Quyết định' },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'QC', name: 'Quy chế' },
  { code: 'TB', name: 'Thông báo' },
  { code: 'HD', name: 'Hướng dẫn' },
  { code: 'CTr', name: 'Chương trình' },
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'BB', name: 'Biên bản' },
  { code: 'TTr', name: 'Tờ trình' },
  { code: 'GM', name: 'Giấy mời' },
  { code: 'GGT', name: 'Giấy giới thiệu' },
  { code: 'DS', name: 'Danh sách' },
  { code: 'CV', name: 'Công văn' },
] as const;
export type DocTypeCode = (typeof DOC_TYPES)[number]['code'];
export const docTypeCode = z.enum(DOC_TYPES.map((t) => t.code) as [DocTypeCode, ...DocTypeCode[]]);

export const signer = z.object({
  /** The authority line above the position, e.g. "TM. BAN CHẤP HÀNH", "KT. CHỦ TỊCH", "Q. CHỦ TỊCH"; may be empty. */
  authority: z.string().max(200).default(''),
  /** e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "THƯ KÝ", "CHỦ TRÌ". */
  position: z.string().max(200),
  name: z.string().max(200),
});
export type Signer = z.infer<typeof signer>;

export const officialFields = z.object({
  upperLevel: z.string().max(300),
  issuer: z.string().min(1, 'Cần tên cơ quan ban hành').max(300),
  type: docTypeCode,
  /** Assigned when issued; null for a draft ("Số:      /BB-CĐCS" is printed with blanks). */
  number: z.number().int().positive().nullable(),
  /** "CĐCS" in "Số: 05/BB-CĐCS"; a công văn adds its unit: "CĐCS-VP". */
  issuerCode: z.string().max(50),
  place: z.string().max(100),
  date: isoDate,
  summary: z.string().max(1000).default(''),
  /** One signer; two for minutes (left THƯ KÝ, right CHỦ TRÌ); three for a payment list (NGƯỜI LẬP, KẾ TOÁN, chair). */
  signers: z.array(signer).min(1).max(3),
  /** Nơi nhận; the renderers add "Lưu: VT" when the list does not end with a "Lưu" item. */
  recipients: z.array(z.string().max(300)).max(30).default([]),
});
export type OfficialFields = z.infer<typeof officialFields>;

// ---- Body: allow-listed TipTap JSON -------------------------------------------------------------

const mark = z.object({ type: z.enum(['bold', 'italic', 'underline']) }).strict();
export const textNode = z
  .object({ type: z.literal('text'), text: z.string().min(1).max(100_000), marks: z.array(mark).max(3).optional() })
  .strict();
const hardBreak = z.object({ type: z.literal('hardBreak') }).strict();
const inline = z.discriminatedUnion('type', [textNode, hardBreak]);
export type InlineNode = z.infer<typeof inline>;

const align = z.enum(['left', 'center', 'right', 'justify']).nullable().optional();

export type BlockNode =
  | {
      type: 'paragraph';
      attrs?: { textAlign?: 'left' | 'center' | 'right' | 'justify' | null };
      content?: InlineNode[];
    }
  | {
      type: 'heading';
      attrs: { level: 1 | 2 | 3; textAlign?: 'left' | 'center' | 'right' | 'justify' | null };
      content?: InlineNode[];
    }
  | { type: 'bulletList'; content: ListItemNode[] }
  | { type: 'orderedList'; attrs?: { start?: number }; content: ListItemNode[] }
  | { type: 'table'; content: TableRowNode[] }
  | { type: 'image'; attrs: { src: string; alt?: string | null; width?: number | null; height?: number | null } }
  | { type: 'pageBreak' };
export type ListItemNode = { type: 'listItem'; content: BlockNode[] };
export type TableCellNode = {
  type: 'tableCell' | 'tableHeader';
  attrs?: { colspan?: number; rowspan?: number; colwidth?: number[] | null };
  content: BlockNode[];
};
export type TableRowNode = { type: 'tableRow'; content: TableCellNode[] };

// A discriminated union: zod picks the branch by `type` instead of trying each one (the body of a 20-page
// document has thousands of nodes).
export const blockNode: z.ZodType<BlockNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z
      .object({
        type: z.literal('paragraph'),
        attrs: z.object({ textAlign: align }).strict().optional(),
        content: z.array(inline).optional(),
      })
      .strict(),
    z
      .object({
        type: z.literal('heading'),
        attrs: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]), textAlign: align }).strict(),
        content: z.array(inline).optional(),
      })
      .strict(),
    z.object({ type: z.literal('bulletList'), content: z.array(listItem).min(1) }).strict(),
    z
      .object({
        type: z.literal('orderedList'),
        attrs: z
          .object({ start: z.number().int().min(0).optional() })
          .strict()
          .optional(),
        content: z.array(listItem).min(1),
      })
      .strict(),
    z.object({ type: z.literal('table'), content: z.array(tableRow).min(1).max(2000) }).strict(),
    z
      .object({
        type: z.literal('image'),
        // Images are embedded (data: URLs) so a document never fetches anything.
        attrs: z
          .object({
            src: z.string().regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'Ảnh phải là PNG/JPEG nhúng'),
            alt: z.string().nullable().optional(),
            width: z.number().positive().nullable().optional(),
            height: z.number().positive().nullable().optional(),
          })
          .strict(),
      })
      .strict(),
    z.object({ type: z.literal('pageBreak') }).strict(),
  ]),
);
const listItem: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(blockNode).min(1) }).strict(),
);
const tableCell: z.ZodType<TableCellNode> = z.lazy(() =>
  z
    .object({
      type: z.enum(['tableCell', 'tableHeader']),
      attrs: z
        .object({
          colspan: z.number().int().min(1).max(50).optional(),
          rowspan: z.number().int().min(1).max(500).optional(),
          colwidth: z.array(z.number().positive()).nullable().optional(),
        })
        .strict()
        .optional(),
      content: z.array(blockNode).min(1),
    })
    .strict(),
);
const tableRow: z.ZodType<TableRowNode> = z.lazy(() =>
  z.object({ type: z.literal('tableRow'), content: z.array(tableCell).min(1).max(50) }).strict(),
);

export const docBody = z.object({ type: z.literal('doc'), content: z.array(blockNode) }).strict();
export type DocBody = z.infer<typeof docBody>;

/**
 * A phụ lục (Nghị định 30/2020): printed after the signature and Nơi nhận, each on a page of its own, under
 * "Phụ lục" (I, II… when there are several), its optional name and "(Kèm theo <văn bản> số … ngày … của …)".
 * Its body is the same allow-listed rich text as the document's.
 */
export const appendix = z.object({ title: z.string().max(300).optional(), body: docBody }).strict();
export type Appendix = z.infer<typeof appendix>;

export const documentModel = z.object({
  fields: officialFields,
  body: docBody,
  appendices: z.array(appendix).max(20).optional(),
});
export type DocumentModel = z.infer<typeof documentModel>;

export function docTypeName(code: DocTypeCode): string {
  return DOC_TYPES.find((t) => t.code === code)!.name;
}

/** "05/BB-CĐCS"; a công văn: "12/CĐCS-VP"; numbers below 10 get a leading zero; drafts leave the number blank. */
export function formatDocNumber(f: Pick<OfficialFields, 'number' | 'type' | 'issuerCode'>): string {
  const n = f.number === null ? '      ' : String(f.number).padStart(2, '0');
  return f.type === 'CV' ? `${n}/${f.issuerCode}` : `${n}/${f.type}-${f.issuerCode}`;
}
