/**
 * The one page layout every renderer (docx, pdf, html) reads, so Word, PDF and preview agree line for line.
 * Form rules: Nghị định 30/2020 + Quyết định 933/QĐ-TLĐ (DOMAIN.md, "Official document form"). Sizes are in points
 * and millimetres here; each renderer converts with the helpers below, never with its library's own rounding.
 */
import { PDF_FONT } from '../../pdf/pdf';
import { AppError } from '../../../shared/errors';

export interface MarginsMm {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The legal ranges (mm) and the defaults the form prescribes. */
export const MARGIN_RANGES: Record<keyof MarginsMm, [number, number]> = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
};
export const DEFAULT_MARGINS: MarginsMm = { top: 20, bottom: 20, left: 30, right: 15 };
const MARGIN_LABELS: Record<keyof MarginsMm, string> = {
  top: 'Lề trên',
  bottom: 'Lề dưới',
  left: 'Lề trái',
  right: 'Lề phải',
};

export interface RenderOptions {
  /** Any margin left out keeps its default; each must lie in its legal range. */
  margins?: Partial<MarginsMm>;
}

/** twips (1/20 pt): docx's own helper floors (20 mm → 1133), Word itself rounds (→ 1134). */
export const mmToTwip = (mm: number): number => Math.round((mm / 25.4) * 1440);
export const mmToPt = (mm: number): number => (mm * 72) / 25.4;
export const ptToTwip = (pt: number): number => Math.round(pt * 20);

/**
 * Line height of Times New Roman / Liberation Serif / Tinos (identical metrics, units per em 2048): Word and
 * LibreOffice lay a "single" line out as ascent + descent + line gap (1825 + 443 + 87) = 1.15 em; pdfkit (under
 * pdfmake) as ascent + descent only, and pdfmake's `lineHeight` multiplies that.
 */
export const SINGLE_LINE_EM = (1825 + 443 + 87) / 2048;
const PDFKIT_LINE_EM = (1825 + 443) / 2048;

/**
 * A line of `size` pt at `multiple` spacing, in twips, as the word processors compute it: the single line is
 * rounded to whole twips, then its multiple (14 pt at 1.2: 322 → 386 twips = 19.30 pt, not 19.32). The 0.02 pt
 * matter: over a page they add up to the last line fitting or not.
 */
export const lineTwips = (multiple: number, size: number): number =>
  Math.round(Math.round(size * 20 * SINGLE_LINE_EM) * multiple);

/** pdfmake's `lineHeight` for the same line. */
export const pdfLine = (multiple: number, size: number): number =>
  lineTwips(multiple, size) / 20 / (size * PDFKIT_LINE_EM);

export const LAYOUT = {
  /** A4 portrait. In twips Word writes 11906 × 16838. */
  page: { widthMm: 210, heightMm: 297 },
  fonts: { word: 'Times New Roman', pdf: PDF_FONT },
  /** Word "multiple" line spacing for body text (w:line 288, lineRule auto); PDF: pdfLine(). */
  lineSpacing: 1.2,
  /** Header, signature and table cells use single spacing so the masthead stays compact. */
  compactLineSpacing: 1,
  body: { size: 14, firstLineIndentMm: 10, afterPt: 6 },
  headings: { size: 14 },
  /** Page number: centred, 10 mm from the top edge (inside the 20 mm top margin), from page 2 on. */
  pageNumber: { size: 13, topMm: 10 },
  masthead: {
    /** Left column share of the text width; the right one must hold the national name (248.8 pt at Tinos Bold 12). */
    leftShare: 0.4,
    upperLevelSize: 13,
    issuerSize: 13,
    numberSize: 13,
    /** "V/v …" of a công văn, under the number. */
    letterSummarySize: 12,
    nationSize: 12,
    mottoSize: 13,
    dateSize: 14,
    /** Under the issuer: 1/3–1/2 of its line; under the motto: as long as the motto (158.9 pt in Tinos Bold 13). */
    issuerRulePt: 70,
    mottoRulePt: 159,
    ruleWidthPt: 0.75,
    /** The rule paragraph: an exact line this high, the border 1 pt under it (clear of the descenders above). */
    ruleLinePt: 3,
    /** Space above the "Số:" / date row. */
    secondRowBeforePt: 6,
  },
  title: { size: 14, beforePt: 18, summarySize: 14, afterPt: 12 },
  /** Tables in the body: 13 pt, thin black grid, cell padding like Word's default (0.19 cm) left/right. */
  table: { size: 13, padXPt: 5.4, padYPt: 2, borderPt: 0.5 },
  /** Lists: marker at 10 mm + 7.5 mm per level, text 7.5 mm further (a hanging indent). */
  list: { firstMm: 10, stepMm: 7.5 },
  signature: {
    size: 14,
    beforePt: 12,
    /** Room for the signature and the seal: ~2.5 cm. */
    signSpaceMm: 25,
    /** One signer: Nơi nhận left, signature right. */
    recipientsShare: 0.45,
    /**
     * Two signers (minutes: THƯ KÝ, CHỦ TRÌ) share the width; three (a payment list: NGƯỜI LẬP, KẾ TOÁN, the chair)
     * give the chair the widest column, so "TM. BAN CHẤP HÀNH" stays on one line at 14 pt.
     */
    twoShares: [0.5, 0.5],
    threeShares: [0.3, 0.3, 0.4],
  },
  recipients: { labelSize: 12, itemSize: 11 },
  /**
   * Phụ lục (Nghị định 30/2020): "Phụ lục I" centred, bold, 14 pt; its name below in bold capitals; the
   * "(Kèm theo …)" line in italics; then its body, as the title block is followed by the document's body.
   */
  appendix: { labelSize: 14, titleSize: 14, noteSize: 14, afterPt: 12 },
  /** Masthead and signature tables: no borders, Word's default left/right cell margin. */
  layoutTablePadXPt: 5.4,
} as const;

/** The column shares of the signature row for two or three signers (left to right, the chair last). */
export const signerShares = (count: number): readonly number[] =>
  count >= 3 ? LAYOUT.signature.threeShares : LAYOUT.signature.twoShares;

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The geometry of one render: margins checked against the legal ranges, widths derived once. */
export interface PageGeometry {
  margins: MarginsMm;
  /** Text width between the margins, in points and twips (twips from the rounded page and margins, as Word does). */
  contentPt: number;
  contentTwip: number;
}

export function pageGeometry(opts: RenderOptions = {}): PageGeometry {
  const margins = { ...DEFAULT_MARGINS };
  for (const key of Object.keys(DEFAULT_MARGINS) as (keyof MarginsMm)[]) {
    const v = opts.margins?.[key];
    if (v === undefined) continue;
    const [lo, hi] = MARGIN_RANGES[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) {
      throw new AppError('VALIDATION', `${MARGIN_LABELS[key]} phải từ ${lo} đến ${hi} mm`, {
        field: `margins.${key}`,
        value: v,
      });
    }
    margins[key] = v;
  }
  const widthMm = LAYOUT.page.widthMm - margins.left - margins.right;
  return {
    margins,
    contentPt: mmToPt(widthMm),
    contentTwip: mmToTwip(LAYOUT.page.widthMm) - mmToTwip(margins.left) - mmToTwip(margins.right),
  };
}
