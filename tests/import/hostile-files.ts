/**
 * Hostile spreadsheets, built here byte by byte (nothing big is kept in git): tiny files that ask a reader for
 * minutes of work or gigabytes of memory. Each names what it attacks; hostile.test.ts feeds them to the core.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { handmade } from './handmade';

const HEADER =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Số CCCD</t></is></c></row>';
const MEMBER =
  '<row r="2"><c r="A2" t="inlineStr"><is><t>Nguyễn Văn An</t></is></c><c r="B2" t="inlineStr"><is><t>001080000001</t></is></c></row>';

interface ZipPart {
  name: string;
  /** Raw deflate data, with the size and CRC of what it inflates to. */
  deflated: Buffer;
  size: number;
  crc: number;
}

const part = (name: string, text: string): ZipPart => {
  const data = Buffer.from(text);
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
};

/** A zip of deflated parts; `declare` overrides the size the directory states (a liar). */
function writeZip(parts: ZipPart[], declare: Record<string, number> = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const size = declare[p.name] ?? p.size;
    const head = (sig: number, len: number) => {
      const h = Buffer.alloc(len);
      h.writeUInt32LE(sig, 0);
      return h;
    };
    const local = head(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = head(0x02014b50, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/**
 * A sheet part of `megabytes` MB of blanks inside <sheetData>, deflated 1 MB block by block (each block flushed,
 * so the same few hundred bytes repeat): ~1,000:1, the deflate maximum, as in a real zip bomb.
 */
function bombSheet(megabytes: number): ZipPart {
  const head = Buffer.from(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${HEADER}`);
  const tail = Buffer.from('</sheetData></worksheet>');
  const blank = Buffer.alloc(1 << 20, 0x20);
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const block = deflateRawSync(blank, flush);
  let crc = crc32(head);
  for (let i = 0; i < megabytes; i++) crc = crc32(blank, crc);
  crc = crc32(tail, crc);
  const deflated = Buffer.concat([
    deflateRawSync(head, flush),
    ...Array.from({ length: megabytes }, () => block),
    deflateRawSync(tail),
  ]);
  return { name: 'xl/worksheets/sheet1.xml', deflated, size: head.length + (megabytes << 20) + tail.length, crc };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a one-sheet workbook around a given sheet part. */
function bookAround(sheet: ZipPart, declare: Record<string, number> = {}): Buffer {
  return writeZip(
    [
      part(
        '[Content_Types].xml',
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      part(
        '_rels/.rels',
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      part(
        'xl/workbook.xml',
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      part(
        'xl/_rels/workbook.xml.rels',
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
      sheet,
    ],
    declare,
  );
}

const far = (rows: number) =>
  Array.from({ length: rows }, (_, i) => `<row r="${i + 3}"><c r="XFD${i + 3}"><v>1</v></c></row>`).join('');

/** Each hostile case: a file name and its bytes. `readable` ones are harmless once bounded and import normally. */
export const HOSTILE: Record<string, { fileName: string; data: () => Buffer; readable?: boolean }> = {
  'col min -20,000,000': {
    fileName: 'cot-am.xlsx',
    data: () => handmade({ before: '<cols><col min="-20000000" max="1" style="0"/></cols>', rows: HEADER + MEMBER }),
    readable: true,
  },
  'col max 2,000,000,000': {
    fileName: 'cot-lon.xlsx',
    data: () => handmade({ before: '<cols><col min="20000000" max="2000000000"/></cols>', rows: HEADER + MEMBER }),
    readable: true,
  },
  'row 2,000,000,000': {
    fileName: 'dong-lon.xlsx',
    data: () => handmade({ rows: HEADER + '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>' }),
  },
  'merge over the whole sheet': {
    fileName: 'gop-o.xlsx',
    data: () => handmade({ rows: HEADER + MEMBER, after: '<mergeCells><mergeCell ref="A3:XFD1048576"/></mergeCells>' }),
  },
  'a far cell on 5,000 rows': {
    fileName: 'o-xa.xlsx',
    data: () => handmade({ rows: HEADER + MEMBER + far(5000) }),
  },
  'dimension A1:XFD1048576': {
    fileName: 'kich-thuoc.xlsx',
    data: () => handmade({ before: '<dimension ref="A1:XFD1048576"/>', rows: HEADER + MEMBER }),
    readable: true,
  },
  'strict OOXML (exceljs path) with col max 2,000,000,000': {
    fileName: 'strict.xlsx',
    data: () =>
      handmade({
        ns: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
        relType: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
        before: '<cols><col min="1" max="2000000000"/></cols>',
        rows: HEADER + MEMBER,
      }),
  },
  'zip bomb: 600 MB sheet in ~0.6 MB': { fileName: 'bom.xlsx', data: () => bookAround(bombSheet(600)) },
  'zip bomb declaring 4 KB': {
    fileName: 'bom-noi-doi.xlsx',
    data: () => bookAround(bombSheet(600), { 'xl/worksheets/sheet1.xml': 4096 }),
  },
  'csv with 5,000 columns': { fileName: 'cot.csv', data: () => Buffer.from(`Họ và tên${','.repeat(5000)}\n`) },
  'csv with 3,000,000 empty lines': {
    fileName: 'dong.csv',
    data: () => Buffer.from(`Họ và tên,Số CCCD\n${'\n'.repeat(3_000_000)}`),
  },
};
