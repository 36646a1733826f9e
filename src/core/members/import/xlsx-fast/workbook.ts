/**
 * The package structure: which part is the workbook, its sheets in tab order with their visibility, and where the
 * shared strings, styles and each sheet live. Paths come from the relationship parts, as Excel resolves them
 * (relative to the part that names them, or absolute "/xl/..."), not from the usual file names.
 */
import { attr, findTag, rootPrefix, tagAttrs, Unsupported } from './xml';
import type { Zip } from './zip';

export interface BookSheet {
  name: string;
  hidden: boolean;
  path: string;
}

export interface Book {
  sheets: BookSheet[];
  date1904: boolean;
  strings?: string;
  styles?: string;
}

interface Rel {
  type: string;
  target: string;
}

const REL = /<(?:[\w.-]+:)?Relationship(?=[\s/>])([^>]*)>/g;
/** Relationship types end the same way in every transitional namespace; strict ones are refused earlier. */
const typeIs = (rel: Rel | undefined, kind: string) => !!rel && rel.type.endsWith(`/${kind}`);

/** `target` as seen from the part at `from` (a package path without a leading slash). */
export function resolvePart(from: string, target: string): string {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

const relsPathOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

function readRels(zip: Zip, part: string): Map<string, Rel> | undefined {
  const xml = zip.text(relsPathOf(part));
  if (xml === undefined) return undefined;
  if (xml.includes('purl.oclc.org')) throw new Unsupported('strict OOXML relationships');
  const rels = new Map<string, Rel>();
  for (const m of xml.matchAll(REL)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (!id || target === undefined || attr(m[1], 'TargetMode') === 'External') continue;
    rels.set(id, { type: attr(m[1], 'Type') ?? '', target: resolvePart(part, target.trim()) });
  }
  return rels;
}

/** The relationship id of a <sheet>: `r:id`, whatever prefix the file binds to the relationships namespace. */
const relId = (attrs: string) => /\s[\w.-]+:id\s*=\s*(["'])(.*?)\1/.exec(attrs)?.[2];

export function readBook(zip: Zip): Book {
  const root = readRels(zip, '');
  const office = root && [...root.values()].find((r) => typeIs(r, 'officeDocument'));
  const path = office?.target ?? 'xl/workbook.xml';
  const xml = zip.text(path);
  if (xml === undefined) throw new Unsupported('no workbook part');
  const rels = readRels(zip, path);
  if (!rels) throw new Unsupported('no workbook relationships');
  const p = rootPrefix(xml);

  const sheets: BookSheet[] = [];
  for (let i = findTag(xml, `<${p}sheet`, 0); i >= 0; i = findTag(xml, `<${p}sheet`, i + 1)) {
    const a = tagAttrs(xml, i, `${p}sheet`);
    const rel = rels.get(relId(a) ?? '');
    // Chart and dialog sheets hold no cells; exceljs leaves them out too.
    if (!typeIs(rel, 'worksheet')) continue;
    const state = attr(a, 'state');
    sheets.push({
      name: attr(a, 'name') ?? '',
      hidden: state === 'hidden' || state === 'veryHidden',
      path: rel!.target,
    });
  }

  const prAt = findTag(xml, `<${p}workbookPr`, 0);
  const d1904 = prAt < 0 ? undefined : attr(tagAttrs(xml, prAt, `${p}workbookPr`), 'date1904');
  const find = (kind: string) => [...rels.values()].find((r) => typeIs(r, kind))?.target;
  return {
    sheets,
    date1904: d1904 === '1' || d1904 === 'true',
    strings: find('sharedStrings'),
    styles: find('styles'),
  };
}
