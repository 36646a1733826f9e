/**
 * .xlsx packages written part by part (zipped with fflate), for what exceljs never writes: namespace prefixes,
 * inline strings, missing r attributes, absolute relationship targets, strict OOXML…
 */
import { strToU8, zipSync } from 'fflate';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface Handmade {
  /** The <sheetData> content (rows), written with prefix `p`. */
  rows: string;
  /** Anything after </sheetData> (mergeCells, hyperlinks) or before it (cols). */
  after?: string;
  before?: string;
  /** <si> items of the shared string table. */
  strings?: string[];
  /** Content of <styleSheet>. */
  styles?: string;
  /** Extra content of <workbook> before <sheets> (workbookPr). */
  workbookPr?: string;
  /** Element prefix used throughout ('x:' as the OpenXML SDK writes), and its namespace. */
  p?: string;
  ns?: string;
  /** Where the parts live and how the relationships name them. */
  workbookPath?: string;
  workbookTarget?: string;
  sheetTarget?: string;
  sheetPath?: string;
  relType?: string;
  /** Extra parts, or parts to replace. */
  parts?: Record<string, string>;
}

const root = (p: string, name: string, ns: string, body: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}${name} xmlns${p ? `:${p.slice(0, -1)}` : ''}="${ns}"${extra}>${body}</${p}${name}>`;

export function handmade(h: Handmade): Buffer {
  const p = h.p ?? '';
  const ns = h.ns ?? MAIN;
  const relType = h.relType ?? 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const wbPath = h.workbookPath ?? 'xl/workbook.xml';
  const wbDir = wbPath.slice(0, wbPath.lastIndexOf('/') + 1);
  const sheetPath = h.sheetPath ?? 'xl/worksheets/sheet1.xml';
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${relType}/${type}" Target="${target}"/>`;
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_NS}">${rel('rId1', 'officeDocument', h.workbookTarget ?? wbPath)}</Relationships>`,
    [wbPath]: root(
      p,
      'workbook',
      ns,
      `${h.workbookPr ?? ''}<${p}sheets><${p}sheet name="Danh sách" sheetId="1" r:id="rId1"/></${p}sheets>`,
      ` xmlns:r="${REL_NS}"`,
    ),
    [`${wbDir}_rels/${wbPath.slice(wbDir.length)}.rels`]: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_NS}">${rel('rId1', 'worksheet', h.sheetTarget ?? 'worksheets/sheet1.xml')}${rel('rId2', 'sharedStrings', 'sharedStrings.xml')}${rel('rId3', 'styles', 'styles.xml')}</Relationships>`,
    [sheetPath]: root(
      p,
      'worksheet',
      ns,
      `${h.before ?? ''}<${p}sheetData>${h.rows}</${p}sheetData>${h.after ?? ''}`,
      ` xmlns:r="${REL_NS}"`,
    ),
    [`${wbDir}sharedStrings.xml`]: root(p, 'sst', ns, (h.strings ?? []).map((s) => `<${p}si>${s}</${p}si>`).join('')),
    [`${wbDir}styles.xml`]: root(
      p,
      'styleSheet',
      ns,
      h.styles ??
        `<${p}fonts count="1"><${p}font><${p}name val="Calibri"/></${p}font></${p}fonts><${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0"/></${p}cellXfs>`,
    ),
    ...h.parts,
  };
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)]))));
}
