/**
 * Scanning SpreadsheetML without an XML library. The parts we read are machine-written and regular, so plain
 * indexOf over the text is enough and several times faster than a SAX parse. Whatever the scanner cannot be sure
 * of (strict OOXML, CDATA, comments, UTF-16) throws Unsupported and the caller reads the file with exceljs.
 *
 * Element names are matched with the prefix the part's root element uses ("x:" from the OpenXML SDK, usually none).
 */

/** The fast reader cannot read this file as faithfully as exceljs; fall back to it. */
export class Unsupported extends Error {
  override name = 'Unsupported';
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** The character after a tag name: whitespace, '/' or '>'. Tells `<c ` from `<col` and `<r>` from `<rPr>`. */
export const endsName = (c: number) => isSpace(c) || c === 47 || c === 62;

/** The root element's namespace prefix ("" or "x:"); refuses strict OOXML and constructs we do not scan. */
export function rootPrefix(xml: string): string {
  let i = 0;
  for (;;) {
    i = xml.indexOf('<', i);
    if (i < 0) throw new Unsupported('no root element');
    const c = xml.charCodeAt(i + 1);
    if (c !== 63 /* ? */ && c !== 33 /* ! */) break;
    i++;
  }
  const end = xml.indexOf('>', i);
  const head = xml.slice(i + 1, end);
  if (head.includes('purl.oclc.org')) throw new Unsupported('strict OOXML');
  if (xml.indexOf('<!', end) >= 0) throw new Unsupported('CDATA or comments'); // one pass finds both
  let n = 0;
  while (n < head.length && !endsName(head.charCodeAt(n))) n++;
  const name = head.slice(0, n);
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}

/** Index of the next `<name` start tag at or after `from` (not a longer name that begins the same), or -1. */
export function findTag(xml: string, open: string, from: number): number {
  for (let i = xml.indexOf(open, from); i >= 0; i = xml.indexOf(open, i + 1)) {
    if (endsName(xml.charCodeAt(i + open.length))) return i;
  }
  return -1;
}

/** One attribute's value from a start tag's attribute text (entities decoded), or undefined. */
export function attr(tag: string, name: string): string | undefined {
  for (let i = tag.indexOf(name); i >= 0; i = tag.indexOf(name, i + 1)) {
    if (i > 0 && !isSpace(tag.charCodeAt(i - 1))) continue;
    let j = i + name.length;
    while (isSpace(tag.charCodeAt(j))) j++;
    if (tag.charCodeAt(j) !== 61 /* = */) continue;
    j++;
    while (isSpace(tag.charCodeAt(j))) j++;
    const q = tag[j];
    if (q !== '"' && q !== "'") continue;
    const end = tag.indexOf(q, j + 1);
    if (end < 0) return undefined;
    return decodeAttr(tag.slice(j + 1, end));
  }
  return undefined;
}

/** An element's content between its start tag at `at` and `</name>`; '' when self-closing. */
export function contentAt(xml: string, at: number, qname: string): { text: string; end: number } {
  const gt = xml.indexOf('>', at);
  if (gt < 0) throw new Unsupported(`unterminated <${qname}>`);
  if (xml.charCodeAt(gt - 1) === 47) return { text: '', end: gt + 1 };
  const close = xml.indexOf(`</${qname}>`, gt);
  if (close < 0) throw new Unsupported(`no </${qname}>`);
  return { text: xml.slice(gt + 1, close), end: close + qname.length + 3 };
}

/** The attribute text of the start tag at `at` (between the name and '>' or '/>'). */
export function tagAttrs(xml: string, at: number, qname: string): string {
  const gt = xml.indexOf('>', at);
  return xml.slice(at + qname.length + 1, xml.charCodeAt(gt - 1) === 47 ? gt - 1 : gt);
}

/**
 * Text cut from a part read as Latin-1, back to what its UTF-8 bytes say. A sheet's markup is all ASCII and its
 * text is mostly numbers and shared-string indexes, so decoding only the few text values is much cheaper than
 * decoding the whole part. Must run before entities are resolved (they may make characters beyond Latin-1).
 */
export function utf8Of(s: string): string {
  return /[\x80-\xff]/.test(s) ? Buffer.from(s, 'latin1').toString('utf8') : s;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const entity = (_: string, dec?: string, hex?: string, name?: string) =>
  name ? NAMED[name] : String.fromCodePoint(dec ? parseInt(dec, 10) : parseInt(hex as string, 16));

/** Character data as an XML parser reports it: line ends normalised to \n, then entities resolved. */
export function decodeText(s: string): string {
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  return s.includes('&') ? s.replace(ENTITY, entity) : s;
}

/** Attribute values: literal whitespace becomes a space (XML attribute normalisation), then entities. */
export function decodeAttr(s: string): string {
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n|[\t\n\r]/g, ' ');
  return s.includes('&') ? s.replace(ENTITY, entity) : s;
}

/** Excel's _xHHHH_ escapes (a character XML cannot hold, or a literal "_x" as _x005F_x), as exceljs reads them. */
export function unescapeX(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}
